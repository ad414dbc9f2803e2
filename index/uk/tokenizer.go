package uk

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Tokenizer splits text into words: runs of letters, marks and digits,
// holding together an apostrophe between two letters ("м’ясо",
// "dell'Ucraina") and a point or comma between two digits ("1,5",
// "30.000"). Everything else separates words. It does what bleve's
// Unicode word segmenter does for Latin and Cyrillic news text at a
// fraction of the cost, and like it returns sub-slices of the input.
type Tokenizer struct{}

// NewTokenizer returns the tokenizer; it has no state.
func NewTokenizer() *Tokenizer { return &Tokenizer{} }

func isWordRune(r rune) bool {
	return '0' <= r && r <= '9' || isLetterRune(r)
}

// isLetterRune has fast paths for the scripts of Kronika's languages;
// the general Unicode tables are a binary search per rune.
func isLetterRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x0400 <= r && r <= 0x04FF: // Cyrillic: all letters or combining marks but ҂
		return r != 0x0482
	case 0x00C0 <= r && r <= 0x00FF: // Latin-1 letters but × and ÷
		return r != 0x00D7 && r != 0x00F7
	case r == utf8.RuneError:
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) && r > 0xFF
}

func decode(b []byte) (rune, int) {
	if len(b) == 0 {
		return utf8.RuneError, 0
	}
	c := b[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// two-byte sequences (Cyrillic, Latin-1, Greek) without the general
	// decoder; 0xC0 and 0xC1 would be over-long and fall through to it
	if c >= 0xC2 && c < 0xE0 && len(b) > 1 && b[1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	return utf8.DecodeRune(b)
}

// Tokenize implements analysis.Tokenizer.
func (Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	rv := make(analysis.TokenStream, 0, len(input)/7+1)
	var slab []analysis.Token // tokens are allocated in blocks, not one by one
	pos := 0
	for i := 0; i < len(input); {
		r, size := decode(input[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start, numeric := i, true
		prev := r
		for i < len(input) {
			r, size = decode(input[i:])
			if isWordRune(r) {
				if numeric && (r < '0' || r > '9') {
					numeric = false
				}
				prev = r
				i += size
				continue
			}
			next, nsize := decode(input[i+size:])
			if nsize > 0 && (isApostrophe(r) && isLetterRune(prev) && isLetterRune(next) ||
				(r == '.' || r == ',') && '0' <= prev && prev <= '9' && '0' <= next && next <= '9') {
				prev = r
				i += size
				continue
			}
			break
		}
		if len(slab) == cap(slab) {
			slab = make([]analysis.Token, 0, 64)
		}
		pos++
		typ := analysis.AlphaNumeric
		if numeric {
			typ = analysis.Numeric
		}
		slab = append(slab, analysis.Token{Start: start, End: i, Term: input[start:i], Position: pos, Type: typ})
		rv = append(rv, &slab[len(slab)-1])
	}
	return rv
}
