package ministers

import (
	"strings"
	"unicode/utf8"
)

// Ukrainian personal names decline. These rules cover the paradigms of
// first names and surnames that news text uses: nouns in a consonant
// (Рустем, Умєров, Певкур), in -о (Дмитро, Шевченко), in -а/-я (Кулеба,
// Катерина, Юлія), in -ь/-й (Шмигаль, Андрій), and adjectival surnames
// (Зеленський, Стефанішина). Foreign names in other vowels (Мелоні,
// Крозетто) and feminine names in a consonant (Бакес) do not decline.
// All functions work on lower-case text.

// ukVowels are the letters after which a name ends "in a vowel".
const ukVowels = "аеєиіїоуюя"

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isUkVowel(r rune) bool { return strings.ContainsRune(ukVowels, r) }

// ukForms lists the case forms of a name part given in the nominative,
// the nominative first. fem marks a woman's name: feminine names in a
// consonant or in -о do not decline.
func ukForms(nom string, fem bool) []string {
	out := []string{nom}
	ukParadigm(nom, fem, func(stem, end string) bool {
		out = append(out, stem+end)
		return false
	})
	return out
}

// ukHasForm reports whether form is an inflected form of the nominative
// nom, without building the forms.
func ukHasForm(nom string, fem bool, form string) bool {
	return ukParadigm(nom, fem, func(stem, end string) bool {
		return len(form) == len(stem)+len(end) && strings.HasPrefix(form, stem) && strings.HasSuffix(form, end)
	})
}

// ukParadigm calls visit with the stem and ending of each oblique form of
// nom until visit returns true, and reports whether it did.
func ukParadigm(nom string, fem bool, visit func(stem, end string) bool) bool {
	add := func(stem string, ends ...string) bool {
		for _, e := range ends {
			if visit(stem, e) {
				return true
			}
		}
		return false
	}
	trim := func(suffix string) string { return strings.TrimSuffix(nom, suffix) }
	if len(nom) < 4 || !hasCyrillic(nom) { // fewer than two Cyrillic letters
		return false
	}
	switch {
	case strings.HasSuffix(nom, "ий"): // Сольський, Лісовий
		return add(trim("ий"), "ого", "ому", "им", "ім")
	case strings.HasSuffix(nom, "ій") && !fem: // Андрій, Сергій, Олексій
		return add(trim("й"), "я", "ю", "єві", "єм")
	case strings.HasSuffix(nom, "ська"), strings.HasSuffix(nom, "цька"), strings.HasSuffix(nom, "зька"):
		return add(trim("а"), "ої", "ій", "у", "ою")
	case strings.HasSuffix(nom, "а"):
		stem := trim("а")
		if add(stem, "и", "і", "у", "ою", "о") {
			return true
		}
		switch {
		case strings.HasSuffix(stem, "г"):
			if add(strings.TrimSuffix(stem, "г"), "зі") {
				return true
			}
		case strings.HasSuffix(stem, "к"):
			if add(strings.TrimSuffix(stem, "к"), "ці") {
				return true
			}
		case strings.HasSuffix(stem, "х"):
			if add(strings.TrimSuffix(stem, "х"), "сі") {
				return true
			}
		}
		switch lastRune(stem) {
		case 'ж', 'ч', 'ш', 'щ', 'ц':
			if add(stem, "ею") {
				return true
			}
		}
		if hasAnySuffix(stem, "ов", "ев", "єв", "ін", "їн", "ин") { // Стефанішина, Калмикова
			return add(stem, "ої", "ій")
		}
		return false
	case strings.HasSuffix(nom, "ія"): // Юлія, Наталія
		return add(trim("я"), "ї", "ю", "єю")
	case strings.HasSuffix(nom, "я"): // Ілля
		return add(trim("я"), "і", "ю", "ею")
	case strings.HasSuffix(nom, "о"):
		// Дмитро, Шевченко; a woman's Черногоренко does not decline
		return !fem && add(trim("о"), "а", "у", "ові", "ом", "і")
	case strings.HasSuffix(nom, "ець") && !fem: // Стрілець → Стрільця
		stem := trim("ець")
		if strings.HasSuffix(stem, "л") {
			stem += "ь"
		}
		return add(stem, "ця", "цю", "цеві", "цем", "ці")
	case strings.HasSuffix(nom, "ь") && !fem: // Шмигаль, Коваль
		return add(trim("ь"), "я", "ю", "еві", "ем", "і")
	case strings.HasSuffix(nom, "й") && !fem: // Гай
		return add(trim("й"), "я", "ю", "єві", "єм")
	case !isUkVowel(lastRune(nom)) && !fem:
		if add(nom, "а", "у", "ові", "і") {
			return true
		}
		switch {
		case hasAnySuffix(nom, "ов", "ев", "єв", "ін", "їн", "ин"): // Умєров → Умєровим
			if add(nom, "им") {
				return true
			}
		case strings.ContainsRune("жчшщц", lastRune(nom)):
			if add(nom, "ем") {
				return true
			}
		default:
			if add(nom, "ом") {
				return true
			}
		}
		if strings.HasSuffix(nom, "р") { // Ігор → Ігоря, Ігорем
			return add(trim("р"), "ря", "рю", "рем")
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// ukRule turns an inflected ending back into a nominative one.
type ukRule struct {
	from, to string
}

// The endings to undo, per case, most specific first. A form may fit
// several rules; ukNominative keeps the first candidate whose own paradigm
// produces the form.
var (
	ukGenRules = []ukRule{
		{"ського", "ський"}, {"цького", "цький"}, {"ого", "ий"},
		{"ської", "ська"}, {"цької", "цька"}, {"ої", "а"},
		{"ія", "ій"}, {"ря", "р"}, {"ля", "ль"}, {"льця", "лець"}, {"вця", "вець"}, {"я", "й"}, {"я", "ь"},
		{"ка", "ко"}, {"тра", "тро"}, {"вла", "вло"}, {"йла", "йло"}, {"ила", "ило"}, {"а", ""}, {"а", "о"},
		{"ії", "ія"}, {"и", "а"}, {"ї", "я"},
		// feminine accusative
		{"ську", "ська"}, {"цьку", "цька"}, {"у", "а"}, {"ю", "я"},
	}
	ukDatRules = []ukRule{
		{"ському", "ський"}, {"цькому", "цький"}, {"ому", "ий"},
		{"ській", "ська"}, {"цькій", "цька"}, {"овій", "ова"}, {"евій", "ева"}, {"іній", "іна"}, {"иній", "ина"},
		{"кові", "ко"}, {"єві", "й"}, {"леві", "ль"}, {"еві", ""}, {"ові", ""},
		{"ію", "ій"}, {"льцю", "лець"}, {"вцю", "вець"}, {"лю", "ль"}, {"рю", "р"}, {"ю", "й"},
		{"ку", "ко"}, {"тру", "тро"}, {"влу", "вло"}, {"йлу", "йло"}, {"илу", "ило"}, {"у", ""}, {"у", "о"},
		{"зі", "га"}, {"ці", "ка"}, {"сі", "ха"}, {"ії", "ія"}, {"і", "а"}, {"і", ""},
	}
	ukAccRules = []ukRule{
		{"ську", "ська"}, {"цьку", "цька"}, {"у", "а"}, {"ю", "я"},
		{"ського", "ський"}, {"цького", "цький"}, {"ого", "ий"}, {"ія", "ій"}, {"ря", "р"}, {"ля", "ль"},
		{"ка", "ко"}, {"тра", "тро"}, {"вла", "вло"}, {"йла", "йло"}, {"ила", "ило"}, {"а", ""}, {"а", "о"},
	}
	ukInsRules = []ukRule{
		{"ським", "ський"}, {"цьким", "цький"}, {"им", ""}, {"им", "ий"},
		{"ієм", "ій"}, {"льцем", "лець"}, {"вцем", "вець"}, {"лем", "ль"}, {"рем", "р"}, {"єм", "й"}, {"ем", ""},
		{"ком", "ко"}, {"тром", "тро"}, {"влом", "вло"}, {"йлом", "йло"}, {"илом", "ило"}, {"ом", ""}, {"ом", "о"},
		{"ською", "ська"}, {"цькою", "цька"}, {"ією", "ія"}, {"ею", "я"}, {"ою", "а"},
	}
)

func ukNominativeRules(c gcase) []ukRule {
	switch c {
	case caseGen:
		return ukGenRules
	case caseDat, caseLoc:
		return ukDatRules
	case caseAcc:
		return ukAccRules
	case caseIns:
		return ukInsRules
	}
	return nil
}

// ukNominative guesses the nominative of a lower-case Ukrainian name part
// that stands in case c. It prefers a candidate whose paradigm yields the
// form, tried as a man's and then a woman's name; when no rule fits, the
// form is taken as indeclinable.
func ukNominative(form string, c gcase) string {
	if !hasCyrillic(form) || c == caseNom || c == caseAny {
		return form
	}
	for _, r := range ukNominativeRules(c) {
		if !strings.HasSuffix(form, r.from) {
			continue
		}
		cand := strings.TrimSuffix(form, r.from) + r.to
		if utf8.RuneCountInString(cand) < 2 || vowelKo(cand) {
			continue
		}
		if ukHasForm(cand, false, form) || ukHasForm(cand, true, form) {
			return cand
		}
	}
	return form
}

// vowelKo reports a candidate nominative in -ко with a vowel before the к.
// Names in -ко have a consonant there (Шевченко, Бойко, Кличко, Марко);
// after a vowel the к ends the name (Ковальчук, Новак, Ерік), so
// "Ковальчука" is Ковальчук's genitive, not Ковальчуко's.
func vowelKo(cand string) bool {
	stem, ok := strings.CutSuffix(cand, "ко")
	if !ok || stem == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(stem)
	return isUkVowel(r)
}

// ukAgrees reports whether a name whose first word is first (lower case)
// can stand in case c. After a title in an oblique case a man's first name
// never ends in a consonant or -й: "речник міністра оборони Іларіон
// Павлюк" names the spokesman, not the minister.
func ukAgrees(first string, c gcase) bool {
	if !c.oblique() || !hasCyrillic(first) {
		return true
	}
	r := lastRune(first)
	if isUkVowel(r) || r == 'ь' {
		return true
	}
	if c == caseIns && hasAnySuffix(first, "ом", "ем", "єм", "им") {
		return true
	}
	return false
}

// ukNameAgrees is ukAgrees for a whole name: also a woman's name after a
// feminine title, whose consonant ending shows she is not declined
// ("прем'єрки Пхетхонгтхан Чинават"), a name that declines only its last
// word, when that word's ending is unmistakably the case's ("з
// прем'єр-міністром Хун Сеном"), and one whose last word ends in two
// vowels, which Ukrainian does not decline ("Ван Веньтао").
func ukNameAgrees(words []unit, c gcase, fem bool) bool {
	if ukAgrees(words[0].norm, c) || fem {
		return true
	}
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1].norm
	if hasAnySuffix(last, "ао", "ео", "іо", "уо", "ое") {
		return true // a foreign name that no case changes: "з міністром Ван Веньтао"
	}
	if koreanSyllables(words) {
		return true // "прем'єр-міністрові Хан Док Су"
	}
	switch c {
	case caseIns:
		return hasAnySuffix(last, "ом", "ем", "єм")
	case caseDat:
		return hasAnySuffix(last, "ові", "еві", "єві")
	}
	return false
}

// koreanSyllables reports a name of three short words, as Ukrainian
// writes a Korean name syllable by syllable ("Хан Док Су", "Лі Чхан Ян"):
// no case changes it.
func koreanSyllables(words []unit) bool {
	if len(words) != 3 {
		return false
	}
	for _, w := range words {
		if w.e != w.s+1 || utf8.RuneCountInString(w.norm) > 4 {
			return false
		}
	}
	return true
}
