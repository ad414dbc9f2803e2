// Package stem holds Kronika's English and Italian stemming token filters
// for bleve. They give exactly the terms of bleve's Porter filter and
// Italian light stemmer, which turn every token into a rune slice and back
// into a new byte slice — two allocations per word of every article
// indexed. These stem in place in the token's own bytes, which the
// analysis owns, reusing one rune buffer per token stream for Porter.
//
// Importing the package registers the filters under PorterName and
// ItalianLightName with bleve's registry, which bleve reads when it opens
// an index; registration is write-once, in init.
package stem

import (
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// Registry names of the token filters.
const (
	PorterName       = "kronika_porter"
	ItalianLightName = "kronika_it_light"
)

// Porter is the Porter stemmer (go-porterstemmer, as bleve's
// stemmer_porter uses it) for lower-cased English tokens.
type Porter struct{}

// Filter stems every token that is not marked as a keyword.
func (Porter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var buf []rune
	for _, tok := range input {
		if tok.KeyWord {
			continue
		}
		buf = buf[:0]
		for i := 0; i < len(tok.Term); {
			r, n := utf8.DecodeRune(tok.Term[i:])
			buf = append(buf, r)
			i += n
		}
		stemmed := porterstemmer.StemWithoutLowerCasing(buf)
		// The stem is never longer than the word: it is written over it.
		tok.Term = analysis.BuildTermFromRunesOptimistic(tok.Term, stemmed)
	}
	return input
}

// ItalianLight is the light Italian stemmer Jacques Savoy described for
// CLEF 2001, as bleve's stemmer_it_light applies it to lower-cased
// tokens: a word of six letters or more loses its accents and a final
// vowel, or the two letters of the endings -ie, -he, -hi, -ii, -ia, -io.
type ItalianLight struct{}

// Filter stems every token.
func (ItalianLight) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = italianLight(tok.Term)
	}
	return input
}

func italianLight(term []byte) []byte {
	if utf8.RuneCount(term) < 6 {
		return term
	}
	// Accented vowels are two bytes and become one: writing behind the
	// reading position folds them in place.
	out := term[:0]
	for i := 0; i < len(term); i++ {
		c := term[i]
		if c == 0xC3 && i+1 < len(term) {
			if v := unaccented(term[i+1]); v != 0 {
				out = append(out, v)
				i++
				continue
			}
		}
		out = append(out, c)
	}
	// A multi-byte letter ends in a continuation byte, so a byte equal to
	// an ASCII letter is that letter.
	n := len(out)
	last, before := out[n-1], out[n-2]
	switch {
	case last == 'e' && (before == 'i' || before == 'h'),
		last == 'i' && (before == 'h' || before == 'i'),
		(last == 'a' || last == 'o') && before == 'i':
		return out[:n-2]
	case last == 'e' || last == 'i' || last == 'a' || last == 'o':
		return out[:n-1]
	}
	return out
}

// unaccented maps the second byte of a lower-case accented vowel à-ü
// (U+00E0–U+00FC, first byte 0xC3) to its plain vowel, and anything else
// to 0.
func unaccented(b byte) byte {
	switch b {
	case 0xA0, 0xA1, 0xA2, 0xA4: // à á â ä
		return 'a'
	case 0xA8, 0xA9, 0xAA, 0xAB: // è é ê ë
		return 'e'
	case 0xAC, 0xAD, 0xAE, 0xAF: // ì í î ï
		return 'i'
	case 0xB2, 0xB3, 0xB4, 0xB6: // ò ó ô ö
		return 'o'
	case 0xB9, 0xBA, 0xBB, 0xBC: // ù ú û ü
		return 'u'
	}
	return 0
}

func init() {
	for name, f := range map[string]analysis.TokenFilter{PorterName: Porter{}, ItalianLightName: ItalianLight{}} {
		err := registry.RegisterTokenFilter(name, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return f, nil
		})
		if err != nil {
			panic(fmt.Sprintf("stem: registering %s: %v", name, err))
		}
	}
}
