package corpus

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// parseDocumentFast reads the common input line — one flat object whose
// known fields are strings or null — in a single pass, where decoding into
// a map and then each value walked every line twice. It reports false for
// anything else (bad syntax, a nested value, an escaped key, a known
// field that is not a string, trailing data), and ParseDocument then
// takes its careful path, which also words the error; so on every line
// it accepts, it gives what that path gives (FuzzParseDocumentFast).
func parseDocumentFast(line []byte) (Document, bool) {
	var d Document
	p := jsonScan{s: line}
	if !p.next('{') {
		return d, false
	}
	if p.next('}') {
		return d, p.end()
	}
	for {
		key, ok := p.key()
		if !ok || !p.next(':') {
			return d, false
		}
		dst := d.field(key)
		p.space()
		switch {
		case p.i < len(p.s) && p.s[p.i] == '"':
			v, ok := p.str(dst != nil)
			if !ok {
				return d, false
			}
			if dst != nil {
				*dst = v
			}
		case p.literal("null"):
			if dst != nil {
				*dst = "" // the last value of a key wins, even a null
			}
		case dst != nil:
			return d, false // a known field that is not a string: the careful path words the error
		case p.literal("true"), p.literal("false"), p.number():
		default:
			return d, false
		}
		if p.next('}') {
			return d, p.end()
		}
		if !p.next(',') {
			return d, false
		}
	}
}

// field is the Document field an input key fills, or nil.
func (d *Document) field(key []byte) *string {
	switch string(key) {
	case "id":
		return &d.ID
	case "url":
		return &d.URL
	case "source":
		return &d.Source
	case "title":
		return &d.Title
	case "published":
		return &d.Published
	case "lang":
		return &d.Lang
	case "text":
		return &d.Text
	case "html":
		return &d.HTML
	}
	return nil
}

// jsonScan walks a JSON text.
type jsonScan struct {
	s []byte
	i int
}

func (p *jsonScan) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// next skips space and then c, if c comes.
func (p *jsonScan) next(c byte) bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end reports whether only space is left.
func (p *jsonScan) end() bool {
	p.space()
	return p.i == len(p.s)
}

func (p *jsonScan) literal(w string) bool {
	if len(p.s)-p.i >= len(w) && string(p.s[p.i:p.i+len(w)]) == w {
		p.i += len(w)
		return true
	}
	return false
}

// number skips a JSON number.
func (p *jsonScan) number() bool {
	s, i := p.s, p.i
	digits := func() int {
		n := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	p.i = i
	return true
}

// member reads an object member's key without escapes and its colon.
func (p *jsonScan) member() ([]byte, bool) {
	key, ok := p.key()
	return key, ok && p.next(':')
}

// key reads an object key without escapes.
func (p *jsonScan) key() ([]byte, bool) {
	p.space()
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		return nil, false
	}
	start := p.i + 1
	for j := start; j < len(p.s); j++ {
		switch c := p.s[j]; {
		case c == '"':
			p.i = j + 1
			return p.s[start:j], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// str reads a string at p.i (a quote), its value when keep is set, as
// encoding/json unquotes it: invalid UTF-8 and lone surrogates become
// U+FFFD.
func (p *jsonScan) str(keep bool) (string, bool) {
	s := p.s
	start := p.i + 1
	j := start
	esc, high := false, false
	for ; j < len(s); j++ {
		c := s[j]
		if c == '"' {
			break
		}
		switch {
		case c < 0x20:
			return "", false
		case c == '\\':
			esc = true
			j++ // the escaped byte; \u's digits are checked when decoding
		case c >= utf8.RuneSelf:
			high = true
		}
	}
	if j >= len(s) {
		return "", false
	}
	p.i = j + 1
	raw := s[start:j]
	if !esc && (!high || utf8.Valid(raw)) {
		if keep {
			return string(raw), true
		}
		return "", true
	}
	valid := !high || utf8.Valid(raw)
	out := make([]byte, 0, len(raw))
	for r := 0; r < len(raw); {
		c := raw[r]
		switch {
		case valid && c != '\\':
			// valid UTF-8 is copied up to the next escape as it is
			n := bytes.IndexByte(raw[r:], '\\')
			if n < 0 {
				n = len(raw) - r
			}
			out = append(out, raw[r:r+n]...)
			r += n
		case c == '\\':
			if r+1 >= len(raw) {
				return "", false
			}
			switch e := raw[r+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				u := hex4(raw[r+2:])
				if u < 0 {
					return "", false
				}
				r += 6
				if utf16.IsSurrogate(u) {
					if len(raw)-r >= 6 && raw[r] == '\\' && raw[r+1] == 'u' {
						if u2 := hex4(raw[r+2:]); u2 >= 0 {
							if dec := utf16.DecodeRune(u, u2); dec != utf8.RuneError {
								out = utf8.AppendRune(out, dec)
								r += 6
								continue
							}
						}
					}
					u = utf8.RuneError
				}
				out = utf8.AppendRune(out, u)
				continue
			default:
				return "", false
			}
			r += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			r++
		default:
			rr, size := utf8.DecodeRune(raw[r:])
			if rr == utf8.RuneError && size == 1 {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = append(out, raw[r:r+size]...)
			}
			r += size
		}
	}
	return string(out), true
}

// hex4 reads four hex digits, or gives -1.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// entryTextFast reads Record.Text out of a stored entry's JSON without
// decoding the rest. appendEntry writes the text before the record's
// entities, which are most of an entry, and the near-duplicate check
// reads the text of every candidate its sketch cannot settle. It reports
// false for a layout appendEntry does not write (a nested value other
// than a flat "fetch" before "record", an escaped key, a record whose
// entities come before its text), and the caller then decodes the entry.
func entryTextFast(js []byte) (string, bool) {
	p := jsonScan{s: js}
	if !p.next('{') {
		return "", false
	}
	for {
		key, ok := p.member()
		if !ok {
			return "", false
		}
		switch string(key) {
		case "record":
			return p.recordText()
		case "fetch":
			ok = p.flatObject()
		default:
			ok = p.scalar()
		}
		if !ok || !p.next(',') {
			return "", false
		}
	}
}

// recordText reads a record object up to its "text" member.
func (p *jsonScan) recordText() (string, bool) {
	if !p.next('{') {
		return "", false
	}
	for {
		key, ok := p.member()
		if !ok {
			return "", false
		}
		p.space()
		if string(key) == "text" {
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				return "", false
			}
			return p.str(true)
		}
		if !p.scalar() || !p.next(',') {
			return "", false
		}
	}
}

// flatObject skips an object whose values are all scalars.
func (p *jsonScan) flatObject() bool {
	if !p.next('{') {
		return false
	}
	if p.next('}') {
		return true
	}
	for {
		if _, ok := p.member(); !ok || !p.scalar() {
			return false
		}
		if p.next('}') {
			return true
		}
		if !p.next(',') {
			return false
		}
	}
}

// scalar skips a string, number, true, false or null.
func (p *jsonScan) scalar() bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '"' {
		_, ok := p.str(false)
		return ok
	}
	return p.literal("null") || p.literal("true") || p.literal("false") || p.number()
}
