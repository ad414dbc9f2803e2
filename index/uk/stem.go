package uk

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// endings are the inflectional endings the light stemmer removes: the case
// and number endings of Ukrainian nouns of all declensions and of full
// adjectives (hard and soft groups), written lower-case. The stemmer
// removes the longest one that leaves a stem of at least minStem letters,
// so "Україною" loses "ою" and "естонського" loses "ого".
var endings = []string{
	// adjectives: singular masculine/neuter, feminine, plural
	"ий", "ій", "ого", "ього", "ому", "ьому", "им", "ім",
	"ої", "ьої", "ою", "ьою",
	"их", "іх", "ими", "іми",
	// nouns: dative/instrumental/locative singular
	"ові", "еві", "єві", "ом", "ем", "єм", "ею", "єю",
	// nouns: plural oblique cases
	"ам", "ям", "ами", "ями", "ах", "ях", "ів", "їв", "ей",
	// one-letter endings shared by nouns and adjectives
	"а", "я", "у", "ю", "о", "е", "є", "и", "і", "ї", "ь", "й",
}

// minStem is the shortest stem the stemmer leaves, in letters. Shorter
// words are left alone: at two letters too many different words collide.
const minStem = 3

// maxEnding is the length in letters of the longest entry of endings.
const maxEnding = 4

// Stemmer reduces Ukrainian nouns and adjectives to a light stem. It only
// touches words written in Cyrillic; it is immutable and safe for
// concurrent use.
type Stemmer struct {
	endings map[string]struct{}
	// softTail are letters a stem may still end in once its ending is gone,
	// where other forms of the same word have a longer ending that swallows
	// them: "Олексі|я" but "Олекс|ій", "музе|ю" but "муз|ей". One of them
	// is removed after the ending so that every form meets at "олекс",
	// "муз" (and "Італі|я", "Італі|ї" at "італ").
	softTail [utf8.RuneSelf]bool // indexed by rune - 'а' for the Cyrillic lower-case block
}

func (s *Stemmer) isSoftTail(r rune) bool {
	i := r - 'а'
	return i >= 0 && int(i) < len(s.softTail) && s.softTail[i]
}

// NewStemmer builds the stemmer's lookup tables.
func NewStemmer() *Stemmer {
	s := &Stemmer{endings: make(map[string]struct{}, len(endings))}
	for _, r := range "іїйьеєи" {
		s.softTail[r-'а'] = true
	}
	for _, e := range endings {
		s.endings[e] = struct{}{}
	}
	return s
}

// alternations map the last consonant of a stem before the dative and
// locative ending "і" back to the consonant of the other forms: the
// first palatalization Ukrainian shows in "Америка → Америці",
// "Прага → Празі", "Люксембург → Люксембурзі", "рух → русі".
var alternations = map[string]string{"ц": "к", "з": "г", "с": "х"}

// keepWhole are endings that many nominatives also end in ("Рустем",
// "атом", "Амстердам", "шлях", and the endless genitive plural "проблем"):
// a word ending so is indexed both stemmed and whole, so that "Рустема"
// (stem "рустем") still meets "Рустем".
var keepWhole = map[string]bool{"ом": true, "ем": true, "ам": true, "ям": true, "ах": true, "ях": true}

// ovEndings are dative/locative endings whose first two letters may instead
// close a surname in -ов/-ев/-єв ("Умєров → Умєрові"): the alternative
// stem keeps them.
var ovEndings = map[string]bool{"ові": true, "еві": true, "єві": true}

// iotated reports whether an ending starts with я, ю, є or ї, which after
// a vowel spell [j] plus a vowel: "збро|я", "збро|єю" but "збр|ої", so
// the stem's final "о" goes too.
func iotated(ending []byte) bool {
	r, _ := utf8.DecodeRune(ending)
	return r == 'я' || r == 'ю' || r == 'є' || r == 'ї'
}

// Stem returns the stem of a lower-case word, and a second stem when the
// word's ending is ambiguous ("люксембурзі" → "люксембурз" and
// "люксембург"; "рустем" → "руст" and "рустем"); alt is "" otherwise.
func (s *Stemmer) Stem(word string) (stem, alt string) {
	st, a := s.stem([]byte(word))
	return string(st), string(a)
}

// stem works on the bytes of a lower-case term. It returns a sub-slice of
// term (no copy) and, for ambiguous endings, an alternative that is also a
// sub-slice of term or, for consonant alternations, freshly allocated.
func (s *Stemmer) stem(term []byte) (stem, alt []byte) {
	if len(term) < 2*(minStem+1) {
		return term, nil // every Cyrillic letter is two bytes
	}
	last, _ := utf8.DecodeLastRune(term)
	if !isCyrillic(last) {
		return term, nil
	}
	n := utf8.RuneCount(term)
	cut := len(term)
	var ending []byte
	for k := min(maxEnding, n-minStem); k >= 1; k-- {
		off, ok := cyrillicSuffix(term, k)
		if !ok {
			continue
		}
		if _, found := s.endings[string(term[off:])]; found {
			cut, ending = off, term[off:]
			n -= k
			break
		}
	}
	if cut == len(term) {
		return term, nil
	}
	stem = trimApostrophe(term[:cut])
	if n > minStem {
		r, size := utf8.DecodeLastRune(stem)
		if s.isSoftTail(r) || r == 'о' && iotated(ending) {
			stem = trimApostrophe(stem[:len(stem)-size])
		}
	}
	switch {
	case string(ending) == "і":
		r, size := utf8.DecodeLastRune(stem)
		if to, ok := alternations[string(r)]; ok {
			alt = make([]byte, 0, len(stem))
			alt = append(alt, stem[:len(stem)-size]...)
			alt = append(alt, to...)
		}
	case keepWhole[string(ending)]:
		alt = term
	case ovEndings[string(ending)]:
		alt = term[:len(term)-2] // drop the final "і"
	}
	return stem, alt
}

func trimApostrophe(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == Apostrophe {
		b = b[:len(b)-1]
	}
	return b
}

// cyrillicSuffix returns the byte offset where the last k letters of term
// start, if they are all two-byte Cyrillic letters.
func cyrillicSuffix(term []byte, k int) (int, bool) {
	off := len(term)
	for range k {
		r, size := utf8.DecodeLastRune(term[:off])
		if size != 2 || !isCyrillic(r) {
			return 0, false
		}
		off -= size
	}
	return off, true
}

func isCyrillic(r rune) bool { return r >= 0x0400 && r <= 0x04FF }

// StemFilter is the bleve token filter around Stemmer. A word with a
// consonant alternation yields a second token at the same position, so
// both spellings of the stem match, in phrases too.
type StemFilter struct{ s *Stemmer }

// NewStemFilter returns a filter with its own Stemmer.
func NewStemFilter() *StemFilter { return &StemFilter{s: NewStemmer()} }

// Filter implements analysis.TokenFilter.
func (f *StemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream // allocated only when a token gains an alternative
	for i, tok := range input {
		stem, alt := f.s.stem(tok.Term)
		tok.Term = stem
		if alt == nil {
			if out != nil {
				out = append(out, tok)
			}
			continue
		}
		if out == nil {
			out = make(analysis.TokenStream, i, len(input)+4)
			copy(out, input[:i])
		}
		twin := *tok
		twin.Term = alt
		out = append(out, tok, &twin)
	}
	if out == nil {
		return input
	}
	return out
}
