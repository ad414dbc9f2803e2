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

// setOf is the set of words.
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

// ukrainianNames are the given names Ukrainians commonly bear, as the
// national romanization spells them: ukrainianGivens and the names they
// share with other nations. A name outside them, in a Ukrainian text, is
// a foreigner's. Read-only.
var ukrainianNames = setOf(
	"anatolii", "andrii", "anton", "antin", "arsen", "arsenii", "artem", "artur", "bohdan",
	"borys", "danylo", "davyd", "denys", "dmytro", "eduard", "fedir", "hennadii", "heorhii",
	"herman", "hlib", "hryhorii", "ihor", "illia", "ivan", "kostiantyn", "kyrylo", "leonid",
	"liubomyr", "maksym", "marko", "markiian", "matvii", "mykhailo", "mykola", "mykyta",
	"myroslav", "nazar", "oleh", "oleksandr", "oleksii", "orest", "ostap", "pavlo", "petro",
	"roman", "rostyslav", "ruslan", "rustem", "semen", "serhii", "stanislav", "stepan",
	"sviatoslav", "taras", "tymofii", "tymur", "vadym", "valentyn", "valerii", "vasyl",
	"viacheslav", "viktor", "vitalii", "vladyslav", "volodymyr", "vsevolod", "yakiv",
	"yaroslav", "yevhen", "yevhenii", "yosyp", "yurii", "zakhar", "zinovii", "oksen",
	"alina", "alla", "anastasiia", "anna", "antonina", "daryna", "diana", "halyna", "hanna",
	"inna", "iryna", "ivanna", "kateryna", "khrystyna", "larysa", "lesia", "liliia", "liubov",
	"liudmyla", "mariia", "mariana", "maryna", "marta", "nadiia", "nataliia", "nina", "oksana",
	"olena", "oleksandra", "olha", "raisa", "sofiia", "solomiia", "svitlana", "tamara",
	"tetiana", "ulana", "valentyna", "valeriia", "vira", "viktoriia", "yana", "yevheniia",
	"yuliia", "zoriana", "zoia", "emine", "veronika",
)

// foreignGiven reports a name of two words or more whose given name is
// none of ukrainianNames: "Marlena Malenh", "Devid Masondo". A long name
// that differs from one of them in its ending only is one of them left
// in an oblique case ("Dmytra" for Dmytro).
func foreignGiven(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	first = strings.ToLower(first)
	if !ok || len(first) <= 2 || strings.Contains(first, ".") || ukrainianNames[first] {
		return false
	}
	if len(first) >= 6 {
		stem := first[:len(first)-1]
		for n := range ukrainianNames {
			if strings.HasPrefix(n, stem) {
				return false
			}
		}
	}
	return true
}

// foreignNameNation is the nation that Ukraine, given by default or by
// the words around, gives way to in a Ukrainian text for a person whose
// given name is no Ukrainian's: the state the text names most after
// Ukraine, twice at least ("Міністерка транспорту Сіндісіве Чикунга" in a
// column on South Africa's railways). A title's own nation is not
// questioned.
func (r *run) foreignNameNation(p *person, c string) string {
	if c != "UA" || r.d.Lang != "uk" || !foreignGiven(p.name) {
		return c
	}
	other := otherNation(r.e.Nations, "UA")
	for _, n := range r.e.Nations {
		// a state named once may be another person's: "грузинку Нану Беридзе"
		if n.Code == other && len(n.Mentions) >= 2 {
			return other
		}
	}
	return c
}
