package ministers

import "strings"

// ukrainianGivens are given names, in the national (KMU) romanization
// that canonical names use, that only Ukrainians bear or that only
// Ukrainian spelling gives an East Slavic name. Names other nations
// share in that spelling (Viktor, Ivan, Roman, Hanna, Herman), and those
// Ukrainian writes foreigners' in (Олександр for Alexander, Марія for
// María, Ярослав for Jaroslav, Ігор for Igor, Надія for Nadia), are
// left out. Read-only.
var ukrainianGivens = setOf(
	"andrii", "anatolii", "arsenii", "artem", "danylo", "denys", "dmytro", "fedir",
	"hennadii", "hryhorii", "illia", "kyrylo", "mykhailo", "mykola", "oleh", "oleksii",
	"ostap", "pavlo", "petro", "rostyslav", "rustem", "serhii", "stepan", "taras",
	"vadym", "valerii", "vasyl", "vitalii", "volodymyr", "yevhen", "yurii",
	"halyna", "iryna", "larysa", "lesia", "liubov", "olena", "oksana", "solomiia",
	"svitlana", "tetiana", "ulana", "vira", "yevheniia", "zoriana",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ukrainianGiven reports a name whose first word is a Ukrainian given
// name: "Artem Nekrasov" is Ukraine's official whatever state the
// headline names, unless a title or his sentence says otherwise.
func ukrainianGiven(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	return ok && ukrainianGivens[strings.ToLower(first)]
}

// postSoviet are the states whose officials' names Ukrainian spelling
// makes look Ukrainian: a Russian, Belarusian, Moldovan or Kazakh
// minister's "Serhii" or "Iryna" says nothing about his state. Read-only.
var postSoviet = map[string]bool{"UA": true, "RU": true, "BY": true, "MD": true, "KZ": true}

// givenNameNation is the nation a default choice c gives way to for a
// person whose given name is Ukrainian, in a text that names Ukraine: c
// came from the headline or the story's main state, which a Ukrainian
// deputy minister quoted in a story about a foreign donor does not share.
func (r *run) givenNameNation(p *person, c string, counts map[string]int) string {
	if postSoviet[c] || counts["UA"] == 0 || !ukrainianGiven(p.name) {
		return c
	}
	return "UA"
}
