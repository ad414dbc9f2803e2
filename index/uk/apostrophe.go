package uk

import (
	"bytes"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Apostrophe is the one apostrophe the index keeps. Ukrainian writes the
// same word with U+0027, U+2019 or U+02BC ("м'ясо", "м’ясо", "мʼясо");
// all of them become this.
const Apostrophe = '\''

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʹ', '′':
		return true
	}
	return false
}

// ApostropheFilter rewrites every apostrophe variant in a token to
// Apostrophe and trims apostrophes from the token's edges (U+02BC is a
// letter to the word segmenter, so it can end up there).
type ApostropheFilter struct{}

// NewApostropheFilter returns the filter; it has no state.
func NewApostropheFilter() *ApostropheFilter { return &ApostropheFilter{} }

// Filter implements analysis.TokenFilter.
func (ApostropheFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	j := 0
	for _, tok := range input {
		tok.Term = unifyApostrophes(tok.Term)
		tok.Term = bytes.Trim(tok.Term, "'")
		if len(tok.Term) == 0 {
			continue
		}
		input[j] = tok
		j++
	}
	return input[:j]
}

// unifyApostrophes returns term with every apostrophe variant replaced by
// Apostrophe. It allocates only when the term has a multi-byte variant.
func unifyApostrophes(term []byte) []byte {
	first := -1
	for i, c := range term {
		switch c {
		case '`':
			term[i] = Apostrophe // same width: rewrite in place
		case 0xC2, 0xCA, 0xE2: // lead bytes of ´, ʼ ʹ, and ’ ‘ ′
			if r, _ := utf8.DecodeRune(term[i:]); isApostrophe(r) {
				first = i
			}
		}
		if first >= 0 {
			break
		}
	}
	if first < 0 {
		return term
	}
	out := make([]byte, 0, len(term))
	out = append(out, term[:first]...)
	for i := first; i < len(term); {
		r, n := utf8.DecodeRune(term[i:])
		if isApostrophe(r) {
			out = append(out, Apostrophe)
		} else {
			out = append(out, term[i:i+n]...)
		}
		i += n
	}
	return out
}
