package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The clear cases. Most news articles say which of our three languages
// they are in within a few lines, by evidence no statistical model is
// needed for: Ukrainian by letters only Ukrainian uses among the Cyrillic
// languages, English and Italian by their function words. Deciding those
// here spares lingua's n-gram lookups, which cost about a millisecond an
// article with twelve candidate languages, and leaves lingua every text
// whose evidence is thin or mixed — short ones, other languages, quotes
// dominating the sample.
//
// The rules only ever answer en, it or uk, and only when the evidence for
// the answer is overwhelming and the evidence for any of the neighbouring
// languages is absent or marginal: a false answer here costs more than
// the model it spares.

// Thresholds of the rules.
const (
	// quickMinLetters: below this many letters the sample goes to lingua.
	quickMinLetters = 120
	// quickMinWords: the word rules need at least this many words.
	quickMinWords = 25
	// quickScriptShare: the share of the letters in the winner's script.
	quickScriptShare = 0.9
	// quickMarkerShare: the share of words that are the winner's function
	// words. Running English prose has 25–35 %, Italian 20–30 %; lists,
	// tables and headlines have less and go to lingua.
	quickMarkerShare = 0.12
	// quickDominance: how many times the winner's markers must outnumber
	// any other language's.
	quickDominance = 5
	// quickUkLetters: the Ukrainian-only letters a Ukrainian sample of
	// quickMinLetters letters or more shows at least (і alone is about 5 %
	// of Ukrainian letters).
	quickUkLetters = 4
)

// markers are function words frequent in running text of one language and
// rare as words of the others, lower-case. A word another listed or
// neighbouring language also uses often is in no list: "la", "in", "a",
// "e", "un", "il" (French), "al", "del", "lo", "ha" (Spanish), "non", "qui",
// "le", "ne" (French), "sua" (Portuguese), "mai" (Romanian); and English
// words are kept out of the neighbours' lists ("to", "do", "met"), since a
// word counted against English blocks the rule as surely as a foreign one.
var markers = map[string][]string{
	"en": {"the", "of", "and", "to", "that", "with", "was", "is", "for", "by", "from",
		"said", "have", "has", "which", "this", "will", "are", "were", "been", "their",
		"would", "after", "its", "who", "but", "they", "had", "not", "be", "at", "it"},
	"it": {"di", "che", "della", "delle", "degli", "dei", "dello", "è", "per", "sono",
		"gli", "nel", "nella", "nelle", "negli", "alla", "alle", "agli", "allo", "anche",
		"dalla", "dal", "dagli", "più", "sul", "sulla", "sulle", "questo", "questa",
		"essere", "stato", "stata", "hanno", "tra"},
	// Neighbours: the other big Latin-script languages of European news.
	// Their words only count against English and Italian.
	"es": {"el", "los", "las", "y", "por", "para", "pero", "según", "fue", "está",
		"también", "sus", "muy", "desde", "hasta", "cuando", "sobre"},
	"pt": {"não", "os", "em", "com", "são", "foi", "pela", "pelo", "mas", "ao", "às",
		"uma", "seu", "nos"},
	"fr": {"les", "des", "et", "est", "dans", "pour", "une", "sur", "du", "au", "pas",
		"aux", "avec", "été", "sont", "cette"},
	"de": {"der", "die", "und", "den", "das", "ist", "nicht", "mit", "von", "zu",
		"auf", "für", "ein", "eine", "dem", "sich", "wird", "auch"},
	"ro": {"și", "şi", "în", "care", "cu", "pe", "este", "sunt", "fost", "după", "sau"},
	"pl": {"się", "nie", "jest", "że", "na", "w", "z", "oraz", "przez"},
	"nl": {"het", "een", "van", "en", "zijn", "op", "voor", "niet", "ook", "werd"},
}

// elidedItalian are the Italian articulated prepositions that elide before
// a vowel: "dell'Ucraina".
var elidedItalian = map[string]bool{"dell": true, "dall": true, "nell": true, "sull": true, "all": true, "un": true}

// markerIndex maps a marker word to the languages it marks.
type markerIndex map[string][]string

func newMarkerIndex() markerIndex {
	idx := make(markerIndex)
	for lang, words := range markers {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}

// quick decides a sample's language when the evidence is clear, and
// reports false otherwise. The confidence is the winner's share of all the
// evidence counted.
func (idx markerIndex) quick(sample string) (string, float64, bool) {
	var latin, cyr, other int
	var uk, ru, be, southSlav int
	var hasI bool // и: Ukrainian, Russian, Bulgarian; not Belarusian
	for _, r := range sample {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				latin++
			}
			continue
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch unicode.ToLower(r) {
			case 'і', 'ї', 'є', 'ґ':
				uk++
			case 'ы', 'э', 'ъ', 'ё':
				ru++
			case 'ў':
				be++
			case 'ј', 'љ', 'њ', 'ћ', 'ђ', 'џ', 'ѓ', 'ќ', 'ѕ':
				southSlav++
			case 'и':
				hasI = true
			}
		case unicode.IsLetter(r):
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else {
				other++
			}
		}
	}
	letters := latin + cyr + other
	if letters < quickMinLetters {
		return "", 0, false
	}
	if float64(cyr) >= quickScriptShare*float64(letters) {
		if uk >= quickUkLetters && hasI && ru == 0 && be == 0 && southSlav == 0 {
			return "uk", 1, true
		}
		return "", 0, false
	}
	if float64(latin) < quickScriptShare*float64(letters) {
		return "", 0, false
	}
	return idx.words(sample)
}

// words applies the function-word rule to a Latin-script sample.
func (idx markerIndex) words(sample string) (string, float64, bool) {
	counts := make(map[string]int, 4)
	words := 0
	for f := range strings.FieldsFuncSeq(sample, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		words++
		w := strings.ToLower(f)
		// Elided forms: "dell'Ucraina" counts as Italian, "it's" as
		// "it", "l'Europe" as nothing (French and Italian alike).
		if i := strings.IndexAny(w, "'’"); i > 0 {
			if elidedItalian[w[:i]] {
				counts["it"]++
				continue
			}
			w = w[:i]
		}
		for _, l := range idx[w] {
			counts[l]++
		}
	}
	if words < quickMinWords {
		return "", 0, false
	}
	best, total := "", 0
	for l, n := range counts {
		total += n
		if n > counts[best] || (n == counts[best] && l < best) {
			best = l
		}
	}
	if best != "en" && best != "it" {
		return "", 0, false
	}
	n := counts[best]
	if float64(n) < quickMarkerShare*float64(words) {
		return "", 0, false
	}
	for l, m := range counts {
		if l != best && m*quickDominance > n {
			return "", 0, false
		}
	}
	return best, float64(n) / float64(total), true
}
