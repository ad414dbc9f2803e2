// Package token splits a document's text once into the tokens that every
// entity extractor reads, and turns byte spans back into the code-point
// mentions of the public contract. Sharing one pass keeps extraction fast:
// no extractor scans the raw text with its own regular expressions.
package token

import (
	"sort"
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

	// Checkpoints (byte offset, code-point offset) at rune starts, for
	// fast conversion to the contract's code-point offsets.
	cpByte, cpRune []int32
	ascii          bool
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
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	case r >= 0xC0 && r <= 0x24F: // Latin-1 and Latin Extended-A/B letters
		return r != 0xD7 && r != 0xF7
	case r == 'ʼ' || r == 'ʹ': // modifier letters used as apostrophes
		return false
	case r >= 0x400 && r <= 0x52F: // Cyrillic
		return r <= 0x481 || r >= 0x48A || r >= 0x483 && r <= 0x489
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isUpper and toLower have fast paths for the scripts of our languages.
func isUpper(r rune) bool {
	switch {
	case r >= 0x410 && r <= 0x42F, r >= 0x400 && r <= 0x40F:
		return true
	case r >= 0x430 && r <= 0x45F:
		return false
	case r >= 0xC0 && r <= 0xDE:
		return r != 0xD7
	case r >= 0xDF && r <= 0xFF:
		return false
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func toLower(r rune) rune {
	switch {
	case r >= 0x410 && r <= 0x42F:
		return r + 0x20
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50
	case r >= 0x430 && r <= 0x45F:
		return r
	case r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return r + 0x20
	}
	return unicode.ToLower(r)
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
	ignorable := false
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
			plainASCII, ignorable = false, true
			j += size
			continue
		}
		if !isLetter(r) {
			break
		}
		plainASCII = false
		if isUpper(r) {
			if letters == 0 {
				capital = true
			}
			uppers++
		}
		if r < 0x300 || r > 0x36F || !unicode.IsMark(r) {
			letters++
		}
		j += size
	}
	word := s[i:j]
	if plainASCII {
		return j, word, false, false
	}
	if uppers == 0 && !ignorable {
		return j, word, capital, false
	}
	norm = strings.Map(func(r rune) rune {
		if isIgnorable(r) {
			return -1
		}
		return toLower(r)
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
	// Checkpoints at rune starts about every stride bytes.
	d.cpByte = make([]int32, 0, len(d.Text)/stride+1)
	d.cpRune = make([]int32, 0, len(d.Text)/stride+1)
	next, n := 0, 0
	for i := 0; i < len(d.Text); {
		if i >= next {
			d.cpByte = append(d.cpByte, int32(i))
			d.cpRune = append(d.cpRune, int32(n))
			next = i + stride
		}
		_, size := utf8.DecodeRuneInString(d.Text[i:])
		i += size
		n++
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
	k := sort.Search(len(d.cpByte), func(i int) bool { return int(d.cpByte[i]) > b }) - 1
	return int(d.cpRune[k]) + utf8.RuneCountInString(d.Text[d.cpByte[k]:b])
}

// ByteOffset converts a code-point offset into a byte offset into Text.
func (d *Doc) ByteOffset(r int) int {
	if r <= 0 {
		return 0
	}
	if d.ascii {
		return min(r, len(d.Text))
	}
	k := sort.Search(len(d.cpRune), func(i int) bool { return int(d.cpRune[i]) > r }) - 1
	b, n := int(d.cpByte[k]), int(d.cpRune[k])
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

// LineStart is the first token of the line holding token i, or of the
// last line for i past the end: where a paragraph, a heading or a
// live-blog entry begins.
func (d *Doc) LineStart(i int) int {
	i = min(i, len(d.Tokens)-1)
	for i > 0 && d.Tokens[i].Gap < Newline {
		i--
	}
	return i
}

// LineEnd is the token after the last one of the line holding token i.
func (d *Doc) LineEnd(i int) int {
	i++
	for i < len(d.Tokens) && d.Tokens[i].Gap < Newline {
		i++
	}
	return i
}

// BodyStart is the first token after the headline, or 0 when the text is
// one line.
func (d *Doc) BodyStart() int {
	for i := 1; i < len(d.Tokens); i++ {
		if d.Tokens[i].Gap >= Newline {
			return i
		}
	}
	return 0
}

// Heading is the first token of the heading nearest above token i, or
// -1: the closest line, token i's own included and at most 40 lines up,
// that is short (16 tokens at most) and ends with no sentence punctuation,
// colon or comma, as a round-up's "KAZAKHSTAN: VAT up by a third" or a
// live blog's "Єгипет: МВФ не поспішає" stand over the lines they
// introduce. The title line of a text of several lines is no heading: it
// stands over everything.
func (d *Doc) Heading(i int) int {
	const maxTokens, maxLines = 16, 40
	body := d.BodyStart()
	start, end := d.LineStart(i), d.LineEnd(i)
	for range maxLines {
		if start < body {
			return -1
		}
		switch d.Tokens[end-1].Norm {
		case ".", "!", "?", ";", ":", ",":
		default:
			if end-start <= maxTokens {
				return start
			}
		}
		if start == 0 {
			return -1
		}
		end = start
		start = d.LineStart(end - 1)
	}
	return -1
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
