// Package inflect expands the nation gazetteer's dictionary forms into every
// inflected surface form: Ukrainian nouns in all seven cases, Ukrainian
// adjectives in every gender, number and case, Ukrainian demonyms,
// Italian adjectives in -o/-a/-i/-e, -e/-i and -a/-i/-e, and English
// demonym plurals. The rules are ours (standard grammar), with per-word
// overrides written in the data tables; Debian's hunspell-uk paradigms were
// used only to check them.
package inflect

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Ukrainian cases, in the traditional order.
const (
	Nom = iota
	Gen
	Dat
	Acc
	Ins
	Loc
	Voc
	nCases
)

// Paradigm holds the forms of a word or phrase per case.
type Paradigm [nCases][]string

// All lists every distinct form of p.
func (p Paradigm) All() []string {
	var out []string
	for _, forms := range p {
		for _, f := range forms {
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// Ukrainian declension classes of a word inside a name.
const (
	clsFemA     = "fa"  // hard -а: Україна, Литва, Америка
	clsFemMixed = "fm"  // sibilant + а: Польща, Камбоджа
	clsFemVowel = "fv"  // vowel + я: Естонія, Гвінея
	clsFemSoft  = "fs"  // consonant + я
	clsFemCons  = "f"   // consonant or -ь feminine: Білорусь
	clsMasc     = "m"   // hard consonant: Люксембург, Єгипет~Єгипт
	clsMascSoft = "ms"  // -ь masculine: Тайвань, Ізраїль
	clsMascJ    = "mj"  // -й masculine: Китай, Маврикій
	clsNeut     = "n"   // -о neuter: Косово, Королівство
	clsPlural   = "pl"  // plural -и: Філіппіни, Багами
	clsPluralM  = "plm" // plural -и of a masculine noun: Штати, Нідерланди
	clsIndecl   = "ind" // foreign names in -о, -е, -і, -у: Монако, Чилі
	clsAdj      = "adj" // adjective agreeing with the head noun: Велика, Сполучені
	clsFrozen   = "="   // never declined inside the phrase: Республіка Корея
)

// word is one parsed word of a Ukrainian phrase.
type word struct {
	text  string // dictionary form
	stem  string // oblique stem override ("Єгипт"), or ""
	class string
}

// parseWord reads the data markup of one word: a leading "=" freezes it,
// a trailing "*" makes it an adjective, ":cls" forces a class and "~stem"
// gives an oblique stem.
func parseWord(s string) (word, error) {
	w := word{}
	switch {
	case strings.HasPrefix(s, "="):
		w.class = clsFrozen
		s = s[1:]
	case strings.HasSuffix(s, "*"):
		w.class = clsAdj
		s = s[:len(s)-1]
	}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		if w.class != "" {
			return w, fmt.Errorf("word %q: class given twice", s)
		}
		w.class = s[i+1:]
		s = s[:i]
	}
	if i := strings.IndexRune(s, '~'); i >= 0 {
		w.stem = s[i+1:]
		s = s[:i]
	}
	if s == "" {
		return w, fmt.Errorf("empty word")
	}
	w.text = s
	if w.class == "" {
		w.class = guessClass(s)
	}
	return w, nil
}

func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func trimRunes(s string, n int) string { return s[:len(s)-len(lastRunes(s, n))] }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isVowel(r rune) bool { return strings.ContainsRune("аеєиіїоуюяАЕЄИІЇОУЮЯ", r) }

func isSibilant(stem string) bool {
	return strings.ContainsRune("жчшщ", lastRune(stem)) || strings.HasSuffix(stem, "дж")
}

// guessClass infers a noun's class from its ending; the data overrides it
// where the ending misleads (Косово:n, Білорусь:f).
func guessClass(s string) string {
	last := lastRune(s)
	switch {
	case last == 'а' && isVowel(lastRune(trimRunes(s, 1))):
		return clsIndecl // Нікарагуа, Самоа
	case last == 'а':
		if isSibilant(trimRunes(s, 1)) {
			return clsFemMixed
		}
		return clsFemA
	case last == 'я':
		if isVowel(lastRune(trimRunes(s, 1))) {
			return clsFemVowel
		}
		return clsFemSoft
	case last == 'ь':
		return clsMascSoft
	case last == 'й':
		return clsMascJ
	case last == 'и':
		return clsPlural
	case strings.HasSuffix(s, "ство") || strings.HasSuffix(s, "цтво"):
		return clsNeut
	case isVowel(last):
		return clsIndecl
	}
	return clsMasc
}

// palatalize applies the first palatalization before -і: г→з, к→ц, х→с
// (Америка → Америці, Люксембург → Люксембурзі).
func palatalize(stem string) string {
	switch lastRune(stem) {
	case 'г':
		return trimRunes(stem, 1) + "з"
	case 'к':
		return trimRunes(stem, 1) + "ц"
	case 'х':
		return trimRunes(stem, 1) + "с"
	}
	return stem
}

func endings(stem string, ends ...string) []string {
	out := make([]string, 0, len(ends))
	for _, e := range ends {
		out = append(out, stem+e)
	}
	return out
}

// nounParadigm declines a noun (inanimate, as country names are).
func nounParadigm(w word) (Paradigm, error) {
	var p Paradigm
	s := w.text
	one := func(c int, forms ...string) { p[c] = forms }
	switch w.class {
	case clsFrozen, clsIndecl:
		for c := range p {
			one(c, s)
		}
	case clsFemA:
		st := trimRunes(s, 1)
		one(Nom, s)
		one(Gen, st+"и")
		one(Dat, palatalize(st)+"і")
		one(Acc, st+"у")
		one(Ins, st+"ою")
		one(Loc, palatalize(st)+"і")
		one(Voc, st+"о")
	case clsFemMixed:
		st := trimRunes(s, 1)
		one(Nom, s)
		one(Gen, st+"і")
		one(Dat, st+"і")
		one(Acc, st+"у")
		one(Ins, st+"ею")
		one(Loc, st+"і")
		one(Voc, st+"е")
	case clsFemVowel:
		st := trimRunes(s, 1)
		one(Nom, s)
		one(Gen, st+"ї")
		one(Dat, st+"ї")
		one(Acc, st+"ю")
		one(Ins, st+"єю")
		one(Loc, st+"ї")
		one(Voc, st+"є")
	case clsFemSoft:
		st := trimRunes(s, 1)
		one(Nom, s)
		one(Gen, st+"і")
		one(Dat, st+"і")
		one(Acc, st+"ю")
		one(Ins, st+"ею")
		one(Loc, st+"і")
		one(Voc, st+"е")
	case clsFemCons:
		st := strings.TrimSuffix(s, "ь")
		one(Nom, s)
		one(Gen, st+"і")
		one(Dat, st+"і")
		one(Acc, s)
		// Instrumental doubles the final consonant: Білорусь → Білоруссю.
		one(Ins, st+string(lastRune(st))+"ю")
		one(Loc, st+"і")
		one(Voc, st+"е")
	case clsMasc:
		st := s
		if w.stem != "" {
			st = w.stem
		}
		one(Nom, s)
		one(Gen, st+"у")
		one(Acc, s)
		if isSibilant(st) {
			one(Dat, st+"у", st+"еві")
			one(Ins, st+"ем")
			one(Loc, st+"і", st+"у")
		} else {
			one(Dat, st+"у", st+"ові")
			one(Ins, st+"ом")
			one(Loc, palatalize(st)+"і", st+"у")
		}
		one(Voc, s)
	case clsMascSoft:
		st := strings.TrimSuffix(s, "ь")
		one(Nom, s)
		one(Gen, st+"ю")
		one(Dat, st+"ю", st+"еві")
		one(Acc, s)
		one(Ins, st+"ем")
		one(Loc, st+"і", st+"ю")
		one(Voc, s)
	case clsMascJ:
		st := trimRunes(s, 1)
		one(Nom, s)
		one(Gen, st+"ю")
		one(Dat, st+"ю", st+"єві")
		one(Acc, s)
		one(Ins, st+"єм")
		one(Loc, st+"ї", st+"ю")
		one(Voc, s)
	case clsNeut:
		st := trimRunes(s, 1)
		one(Nom, s)
		one(Gen, st+"а")
		one(Dat, st+"у")
		one(Acc, s)
		one(Ins, st+"ом")
		one(Loc, palatalize(st)+"і", st+"у")
		one(Voc, s)
	case clsPlural, clsPluralM:
		st := trimRunes(s, 1)
		one(Nom, s)
		// Genitive plural: -ів (Нідерландів) or no ending (Філіппін). A
		// masculine noun's bare stem is its singular ("Штат", "Емірат"), a
		// common noun, so it gets -ів only.
		if w.class == clsPluralM {
			one(Gen, st+"ів")
		} else {
			one(Gen, st+"ів", st)
		}
		one(Dat, st+"ам")
		one(Acc, s)
		one(Ins, st+"ами")
		one(Loc, st+"ах")
		one(Voc, s)
	case clsAdj:
		return adjAgreeing(s)
	default:
		return p, fmt.Errorf("word %q: unknown class %q", s, w.class)
	}
	return p, nil
}

// adjAgreeing declines an adjective inside a name; its dictionary ending
// tells its gender and number, which follow the head noun.
func adjAgreeing(s string) (Paradigm, error) {
	var p Paradigm
	set := func(st string, ends [nCases][]string) {
		for c, es := range ends {
			p[c] = endings(st, es...)
		}
	}
	switch {
	case strings.HasSuffix(s, "ий"):
		set(trimRunes(s, 2), [nCases][]string{{"ий"}, {"ого"}, {"ому"}, {"ий"}, {"им"}, {"ому", "ім"}, {"ий"}})
	case strings.HasSuffix(s, "а"):
		set(trimRunes(s, 1), [nCases][]string{{"а"}, {"ої"}, {"ій"}, {"у"}, {"ою"}, {"ій"}, {"а"}})
	case strings.HasSuffix(s, "е"):
		set(trimRunes(s, 1), [nCases][]string{{"е"}, {"ого"}, {"ому"}, {"е"}, {"им"}, {"ому", "ім"}, {"е"}})
	case strings.HasSuffix(s, "і"):
		set(trimRunes(s, 1), [nCases][]string{{"і"}, {"их"}, {"им"}, {"і"}, {"ими"}, {"их"}, {"і"}})
	default:
		return p, fmt.Errorf("adjective %q: unknown ending", s)
	}
	return p, nil
}

// splitWords splits a phrase into words at spaces and hyphens, keeping the
// separators so that forms can be joined back.
func splitWords(phrase string) (words, seps []string) {
	start := 0
	for i, r := range phrase {
		if r == ' ' || r == '-' {
			words = append(words, phrase[start:i])
			seps = append(seps, string(r))
			start = i + 1
		}
	}
	words = append(words, phrase[start:])
	return words, seps
}

// UKName declines a Ukrainian name phrase written in the data markup
// ("Велика* Британія", "Республіка =Корея", "Єгипет~Єгипт", "Косово:n")
// and returns its forms per case. Every declinable word takes the same case.
func UKName(phrase string) (Paradigm, error) {
	var out Paradigm
	raw, seps := splitWords(phrase)
	per := make([]Paradigm, len(raw))
	for i, r := range raw {
		w, err := parseWord(r)
		if err != nil {
			return out, fmt.Errorf("%q: %w", phrase, err)
		}
		if per[i], err = nounParadigm(w); err != nil {
			return out, fmt.Errorf("%q: %w", phrase, err)
		}
	}
	for c := range out {
		forms := []string{""}
		for i := range per {
			var next []string
			for _, prefix := range forms {
				for _, f := range per[i][c] {
					s := prefix + f
					if i < len(seps) {
						s += seps[i]
					}
					next = append(next, s)
				}
			}
			forms = next
		}
		for _, f := range forms {
			if !slices.Contains(out[c], f) {
				out[c] = append(out[c], f)
			}
		}
	}
	return out, nil
}

// UKAdjective returns every form of a Ukrainian relational adjective given
// in the masculine nominative (естонський, німецький, французький): three
// genders and the plural in all cases, plus the compound-stem form in -о
// (українсько-естонський) which only stands before a hyphen.
func UKAdjective(masc string) (forms []string, compound string, err error) {
	if !strings.HasSuffix(masc, "ий") {
		return nil, "", fmt.Errorf("adjective %q: want masculine nominative in -ий", masc)
	}
	st := trimRunes(masc, 2)
	forms = endings(st,
		"ий", "ого", "ому", "им", "ім", // masculine and neuter
		"а", "ої", "ій", "у", "ою", // feminine
		"е",              // neuter nominative
		"і", "их", "ими") // plural
	return forms, st + "о", nil
}

// UKDemonym returns the singular and plural forms of a Ukrainian demonym
// (animate noun) given in the nominative singular: естонець, росіянин,
// поляк, латиш, естонка. The markup "~stem" and ":in" work as in names.
func UKDemonym(s string) ([]string, error) {
	w, err := parseWord(s)
	if err != nil {
		return nil, err
	}
	s = w.text
	switch {
	case strings.HasSuffix(s, "ець") || strings.HasSuffix(s, "єць"):
		// Fleeting е: естонець → естонця; after a vowel the є is й+е
		// (італієць → італійця); л softens (бразилець → бразильця).
		var st string
		if strings.HasSuffix(s, "єць") {
			st = trimRunes(s, 3) + "й"
		} else {
			st = trimRunes(s, 3)
			if lastRune(st) == 'л' {
				st += "ь"
			}
		}
		return append([]string{s}, endings(st, "ця", "цю", "цеві", "цем", "ці", "ців", "цям", "цями", "цях")...), nil
	case w.class == "in" || strings.HasSuffix(s, "янин") || strings.HasSuffix(s, "анин"):
		st := trimRunes(s, 2)
		return endings(st, "ин", "ина", "ину", "инові", "ином", "ині", "и", "", "ам", "ами", "ах"), nil
	case strings.HasSuffix(s, "ка"):
		st := trimRunes(s, 2)
		return endings(st, "ка", "ки", "ці", "ку", "кою", "ко", "ок", "кам", "ками", "ках"), nil
	case !isVowel(lastRune(s)) && lastRune(s) != 'ь' && lastRune(s) != 'й':
		st := s
		if w.stem != "" {
			st = w.stem
		}
		if isSibilant(st) {
			return append([]string{s}, endings(st, "а", "у", "еві", "ем", "і", "ів", "ам", "ами", "ах")...), nil
		}
		return append([]string{s}, endings(st, "а", "у", "ові", "ом", "и", "ів", "ам", "ами", "ах")...), nil
	}
	return nil, fmt.Errorf("demonym %q: no rule for this ending", s)
}

// ITAdjective returns the four (or two) forms of an Italian adjective given
// in the masculine singular: ucraino → ucraino, ucraina, ucraini, ucraine;
// francese → francese, francesi; belga → belga, belgi, belghe.
// Irregular adjectives are written out in the data ("greco|greca|greci|greche").
func ITAdjective(s string) ([]string, error) {
	if strings.Contains(s, "|") {
		return strings.Split(s, "|"), nil
	}
	switch {
	case strings.HasSuffix(s, "ico") || strings.HasSuffix(s, "aco"):
		st := s[:len(s)-1] // britannic, austriac
		return []string{s, st + "a", st + "i", st + "he"}, nil
	case strings.HasSuffix(s, "co") || strings.HasSuffix(s, "go"):
		st := s[:len(s)-1] // tedesc, turc
		return []string{s, st + "a", st + "hi", st + "he"}, nil
	case strings.HasSuffix(s, "cio") || strings.HasSuffix(s, "gio"):
		st := s[:len(s)-2] // malgasc: malgascio, malgascia, malgasci, malgasce
		return []string{s, st + "ia", st + "i", st + "e"}, nil
	case strings.HasSuffix(s, "o"):
		st := s[:len(s)-1]
		return []string{s, st + "a", st + "i", st + "e"}, nil
	case strings.HasSuffix(s, "e"):
		return []string{s, s[:len(s)-1] + "i"}, nil
	case strings.HasSuffix(s, "ca") || strings.HasSuffix(s, "ga"):
		st := s[:len(s)-1]
		return []string{s, st + "i", st + "he"}, nil
	case strings.HasSuffix(s, "a"):
		st := s[:len(s)-1]
		return []string{s, st + "i", st + "e"}, nil
	}
	return []string{s}, nil // invariable: burkinabé, swazi
}

// ENPlural returns a demonym and its plural: Dane → Danes, Frenchman →
// Frenchmen; "x/y" gives both forms explicitly.
func ENPlural(s string) []string {
	if a, b, ok := strings.Cut(s, "/"); ok {
		return []string{a, b}
	}
	switch {
	case strings.HasSuffix(s, "man"):
		return []string{s, s[:len(s)-3] + "men"}
	case strings.HasSuffix(s, "s") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") && !strings.HasSuffix(s, "Czech"):
		return []string{s}
	}
	return []string{s, s + "s"}
}

// ENAdjectivePlural reports the demonym plural an English nation adjective
// takes when used as a noun: Ukrainians, Israelis, Thais; adjectives in
// -ese, -ish, -ch or -ss take none (the Chinese, the Swiss).
func ENAdjectivePlural(s string) (string, bool) {
	if strings.HasSuffix(s, "an") || strings.HasSuffix(s, "i") || strings.HasSuffix(s, "ine") {
		return s + "s", true
	}
	return "", false
}
