package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quickConfidence is reported for texts the clear-case rules decide.
const quickConfidence = 0.99

// minQuickWords: below this many function-word hits the rules abstain.
const minQuickWords = 8

// Function words that occur in nearly every sentence of one language and
// (as whole words) almost never in the others lingua chooses among.
var (
	englishWords = set("the and of that with which was were have has said will this from their been")
	italianWords = set("il della delle degli dei che gli è nel nella alla sono anche hanno dell sull questo questa essere stato stata")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// quick decides the clear cases without lingua, which costs about a
// millisecond an article: Ukrainian Cyrillic with its own letters and none
// of Russian's, Belarusian's or Bulgarian's; English or Italian prose full of
// its own function words and free of the other's. Anything less clear is
// left to lingua (ok false). Measured to agree with lingua on every article
// of the sample corpus and the evaluation set (see quick_test.go).
func quick(sample string) (string, bool) {
	var latin, cyr, ukOnly, notUK int
	for _, r := range sample {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				latin++
			}
		case r >= 0x400 && r <= 0x4FF:
			cyr++
			switch unicode.ToLower(r) {
			case 'ї', 'є', 'ґ':
				ukOnly++
			case 'ы', 'э', 'ъ', 'ё', 'ў':
				notUK++
			}
		case unicode.IsLetter(r):
			latin++ // accented Latin, mostly
		}
	}
	letters := latin + cyr
	if letters < 200 {
		return "", false
	}
	if cyr*10 >= letters*9 {
		if ukOnly >= 3 && notUK == 0 {
			return "uk", true
		}
		return "", false
	}
	if latin*10 < letters*9 {
		return "", false
	}
	en, it := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if englishWords[w] {
			en++
		}
		if italianWords[w] {
			it++
		}
	}
	switch {
	case en >= minQuickWords && it <= 1:
		return "en", true
	case it >= minQuickWords && en <= 1:
		return "it", true
	}
	return "", false
}
