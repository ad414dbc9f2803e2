// Package token splits a document's text once into the tokens that every
// entity extractor reads, and turns byte spans back into the code-point
// mentions of the public contract. Sharing one pass keeps extraction fast:
// no extractor scans the raw text with its own regular expressions.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kronika/corpus"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters and marks (Latin, Cyrillic, …)
	Number                 // a run of ASCII digits
	Punct                  // any other single non-space rune
)

// Gap says what separates a token from the one before it.
type Gap uint8

// Gaps, from tightest to widest.
const (
	None      Gap = iota // adjacent: "10" "m" in "10m", "dell" "'" "Ucraina"
	Thin                 // only no-break or thin spaces (U+00A0, U+202F, U+2009, U+2007)
	Space                // ordinary spaces or tabs
	Newline              // one line break
	Paragraph            // a blank line (two or more line breaks) or the start of the text
)

// Token is one word, number or punctuation rune of the text.
type Token struct {
	Start, End int    // byte offsets into Doc.Text
	Kind       Kind   // Word, Number or Punct
	Gap        Gap    // whitespace before this token
	Norm       string // lower-case form; every apostrophe is "'" and every dash "-"
	Cap        bool   // the first letter is upper-case
	Upper      bool   // two or more letters, all upper-case
}

// Doc is a text prepared for extraction.
type Doc struct {
	Text      string
	Lang      string // ISO 639-1 code, or "und"
	Published string // YYYY-MM-DD anchor for relative dates, or ""
	Tokens    []Token

	// runeAt[i] is the code-point offset of byte i*stride, for fast
	// conversion of byte offsets to the contract's code-point offsets.
	runeAt []int32
	ascii  bool
}

const stride = 64

// New tokenizes text.
func New(text, lang, published string) *Doc {
	d := &Doc{Text: text, Lang: lang, Published: published}
	d.Tokens = make([]Token, 0, len(text)/5+1)
	d.tokenize()
	d.indexRunes()
	return d
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʹ', '′':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

func isThinSpace(r rune) bool {
	return r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || r == '\u200a'
}

// isIgnorable reports format characters (soft hyphen, zero-width joiners,
// BOM) that may sit inside a word without breaking it.
func isIgnorable(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func (d *Doc) tokenize() {
	s := d.Text
	gap := Paragraph
	newlines := 2
	i := 0
	for i < len(s) {
		c := s[i]
		// ASCII fast path for whitespace and digits.
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				newlines++
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				if gap < Space {
					gap = Space
				}
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				d.emit(i, j, Number, gap, newlines, s[i:j], false, false)
				gap, newlines = None, 0
				i = j
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			newlines++
			i += size
		case isThinSpace(r):
			if gap < Thin {
				gap = Thin
			}
			i += size
		case unicode.IsSpace(r):
			if gap < Space {
				gap = Space
			}
			i += size
		case isIgnorable(r):
			i += size
		case isLetter(r):
			j, norm, capital, upper := scanWord(s, i)
			d.emit(i, j, Word, gap, newlines, norm, capital, upper)
			gap, newlines = None, 0
			i = j
		default:
			norm := s[i : i+size]
			switch {
			case isApostrophe(r):
				norm = "'"
			case isDash(r):
				norm = "-"
			case r == utf8.RuneError && size == 1:
				norm = "\ufffd"
			}
			d.emit(i, i+size, Punct, gap, newlines, norm, false, false)
			gap, newlines = None, 0
			i += size
		}
	}
}

func (d *Doc) emit(start, end int, k Kind, gap Gap, newlines int, norm string, capital, upper bool) {
	switch {
	case newlines >= 2:
		gap = Paragraph
	case newlines == 1:
		gap = Newline
	}
	d.Tokens = append(d.Tokens, Token{Start: start, End: end, Kind: k, Gap: gap, Norm: norm, Cap: capital, Upper: upper})
}

// scanWord reads a run of letters (and ignorable format characters) from i
// and returns its end and its lower-case form.
func scanWord(s string, i int) (end int, norm string, capital, upper bool) {
	j := i
	letters, uppers := 0, 0
	plainASCII := true // no upper-case, no ignorable characters
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				letters++
				j++
				continue
			}
			if c >= 'A' && c <= 'Z' {
				if letters == 0 {
					capital = true
				}
				letters++
				uppers++
				plainASCII = false
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isIgnorable(r) {
			plainASCII = false
			j += size
			continue
		}
		if !isLetter(r) {
			break
		}
		plainASCII = false
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			if letters == 0 {
				capital = true
			}
			uppers++
		}
		if !unicode.IsMark(r) {
			letters++
		}
		j += size
	}
	word := s[i:j]
	if plainASCII {
		return j, word, false, false
	}
	norm = strings.Map(func(r rune) rune {
		if isIgnorable(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, word)
	return j, norm, capital, letters >= 2 && uppers == letters
}

func (d *Doc) indexRunes() {
	d.ascii = true
	for i := 0; i < len(d.Text); i++ {
		if d.Text[i] >= utf8.RuneSelf {
			d.ascii = false
			break
		}
	}
	if d.ascii {
		return
	}
	d.runeAt = make([]int32, len(d.Text)/stride+1)
	n := 0
	for i := range d.runeAt {
		start := i * stride
		if i > 0 {
			n += utf8.RuneCountInString(d.Text[(i-1)*stride : start])
		}
		d.runeAt[i] = int32(n)
	}
}

// RuneOffset converts a byte offset into Text to a code-point offset.
func (d *Doc) RuneOffset(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(d.Text) {
		b = len(d.Text)
	}
	if d.ascii {
		return b
	}
	k := b / stride
	return int(d.runeAt[k]) + utf8.RuneCountInString(d.Text[k*stride:b])
}

// ByteOffset converts a code-point offset into a byte offset into Text.
func (d *Doc) ByteOffset(r int) int {
	if r <= 0 {
		return 0
	}
	if d.ascii {
		return min(r, len(d.Text))
	}
	// Binary search the checkpoints, then walk.
	lo, hi := 0, len(d.runeAt)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if int(d.runeAt[m]) <= r {
			lo = m
		} else {
			hi = m - 1
		}
	}
	b := lo * stride
	n := int(d.runeAt[lo])
	for b < len(d.Text) && n < r {
		_, size := utf8.DecodeRuneInString(d.Text[b:])
		b += size
		n++
	}
	return b
}

// Span is the text of tokens i through j-1.
func (d *Doc) Span(i, j int) string {
	if i >= j {
		return ""
	}
	return d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
}

// Surface is the original text of token i.
func (d *Doc) Surface(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// Mention builds the contract's mention for tokens i through j-1.
func (d *Doc) Mention(i, j int) corpus.Mention {
	return d.MentionBytes(d.Tokens[i].Start, d.Tokens[j-1].End)
}

// MentionBytes builds the contract's mention for the byte span [start, end).
func (d *Doc) MentionBytes(start, end int) corpus.Mention {
	return corpus.Mention{Text: d.Text[start:end], Start: d.RuneOffset(start), End: d.RuneOffset(end)}
}

// Norm is the normalized form of token i, or "" past either end, so that
// look-ahead and look-behind need no bounds checks.
func (d *Doc) Norm(i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.Tokens[i].Norm
}
