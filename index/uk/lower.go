package uk

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// LowerFilter lower-cases every token. bleve's lowercase filter leaves
// stale bytes behind a letter whose lower case is shorter in UTF-8
// ("İю" comes out as invalid UTF-8), so every Kronika analyzer uses this
// one instead.
type LowerFilter struct{}

// NewLowerFilter returns the filter; it has no state.
func NewLowerFilter() *LowerFilter { return &LowerFilter{} }

// Filter implements analysis.TokenFilter.
func (LowerFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = lower(tok.Term)
	}
	return input
}

// lower lower-cases b in place while every letter keeps its width, the
// common case, and copies the rest through bytes.ToLower from the first
// letter that does not.
func lower(b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		l := unicode.ToLower(r)
		if l == r {
			i += w
			continue
		}
		if utf8.RuneLen(l) != w {
			out := make([]byte, i, len(b)+4)
			copy(out, b[:i])
			return append(out, bytes.ToLower(b[i:])...)
		}
		utf8.EncodeRune(b[i:], l)
		i += w
	}
	return b
}
