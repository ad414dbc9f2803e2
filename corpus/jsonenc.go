package corpus

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"time"
	"unicode/utf8"
)

// The store writes an Entry and the index a Record for every document,
// and encoding/json's reflection was most of the store's CPU per document.
// These encoders write the same bytes as json.Marshal (HTML-escaping
// included), which the tests check on generated and fuzzed records, so
// values written by either read back alike.

// AppendJSON appends the JSON encoding of r to b, byte for byte what
// json.Marshal(r) gives.
func (r *Record) AppendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, r.ID)
	b = appendOptString(b, `,"source":`, r.Source)
	b = appendOptString(b, `,"url":`, r.URL)
	b = appendOptString(b, `,"title":`, r.Title)
	b = appendOptString(b, `,"published":`, r.Published)
	b = appendOptString(b, `,"lang":`, r.Lang)
	b = append(b, `,"lang_confidence":`...)
	b, err := appendJSONFloat(b, r.LangConfidence)
	if err != nil {
		return nil, fmt.Errorf("lang_confidence: %w", err)
	}
	b = append(b, `,"text":`...)
	b = appendJSONString(b, r.Text)
	b = append(b, `,"entities":`...)
	if b, err = r.Entities.appendJSON(b); err != nil {
		return nil, err
	}
	b = appendOptString(b, `,"author":`, r.Author)
	b = appendOptString(b, `,"site":`, r.Site)
	b = appendOptString(b, `,"duplicate_of":`, r.DuplicateOf)
	b = appendOptString(b, `,"error":`, r.Error)
	return append(b, '}'), nil
}

func (e *Entities) appendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"nations":`...)
	b = appendList(b, e.Nations, func(b []byte, n *Nation) []byte {
		b = append(b, `{"code":`...)
		b = appendJSONString(b, n.Code)
		b = append(b, `,"name":`...)
		b = appendJSONString(b, n.Name)
		return append(appendMentions(append(b, `,"mentions":`...), n.Mentions), '}')
	})
	b = append(b, `,"ministers":`...)
	b = appendList(b, e.Ministers, func(b []byte, m *Minister) []byte {
		b = append(b, `{"name":`...)
		b = appendJSONString(b, m.Name)
		if len(m.Aliases) > 0 {
			b = append(b, `,"aliases":`...)
			b = appendList(b, m.Aliases, func(b []byte, s *string) []byte { return appendJSONString(b, *s) })
		}
		b = appendOptString(b, `,"nation":`, m.Nation)
		b = append(b, `,"role":`...)
		b = appendJSONString(b, m.Role)
		b = appendOptString(b, `,"portfolio":`, m.Portfolio)
		return append(appendMentions(append(b, `,"mentions":`...), m.Mentions), '}')
	})
	b = append(b, `,"dates":`...)
	b = appendList(b, e.Dates, func(b []byte, d *Date) []byte {
		b = append(b, `{"value":`...)
		b = appendJSONString(b, d.Value)
		return append(appendMentions(append(b, `,"mentions":`...), d.Mentions), '}')
	})
	b = append(b, `,"money":`...)
	var err error
	b = appendList(b, e.Money, func(b []byte, m *Money) []byte {
		b = append(b, `{"amount":`...)
		var ferr error
		if b, ferr = appendJSONFloat(b, m.Amount); ferr != nil && err == nil {
			err = fmt.Errorf("money amount: %w", ferr)
		}
		b = append(b, `,"currency":`...)
		b = appendJSONString(b, m.Currency)
		return append(appendMentions(append(b, `,"mentions":`...), m.Mentions), '}')
	})
	if err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendList writes a slice as encoding/json does: null when nil.
func appendList[T any](b []byte, xs []T, each func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, &xs[i])
	}
	return append(b, ']')
}

func appendMentions(b []byte, ms []Mention) []byte {
	return appendList(b, ms, func(b []byte, m *Mention) []byte {
		b = append(b, `{"text":`...)
		b = appendJSONString(b, m.Text)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = appendOptString(b, `,"qualifier":`, m.Qualifier)
		return append(b, '}')
	})
}

// appendEntry appends the JSON encoding of e, byte for byte what
// json.Marshal(e) gives.
func appendEntry(b []byte, e *Entry) ([]byte, error) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, e.ID)
	b = append(b, `,"source":`...)
	b = appendJSONString(b, e.Source)
	b = appendOptString(b, `,"canonical":`, e.Canonical)
	b = append(b, `,"hash":`...)
	b = appendJSONString(b, e.Hash)
	b = append(b, `,"simhash":`...)
	b = strconv.AppendUint(b, e.SimHash, 10)
	b = append(b, `,"words":`...)
	b = strconv.AppendInt(b, int64(e.Words), 10)
	var err error
	if f := e.Fetch; f != nil {
		b = append(b, `,"fetch":{"url":`...)
		b = appendJSONString(b, f.URL)
		b = appendOptString(b, `,"final_url":`, f.FinalURL)
		b = append(b, `,"status":`...)
		b = strconv.AppendInt(b, int64(f.Status), 10)
		b = appendOptString(b, `,"content_type":`, f.ContentType)
		b = appendOptString(b, `,"etag":`, f.ETag)
		b = appendOptString(b, `,"last_modified":`, f.LastModified)
		b = append(b, `,"fetched_at":`...)
		if b, err = appendJSONTime(b, f.FetchedAt); err != nil {
			return nil, fmt.Errorf("fetched_at: %w", err)
		}
		b = append(b, '}')
	}
	b = append(b, `,"record":`...)
	if b, err = e.Record.AppendJSON(b); err != nil {
		return nil, err
	}
	b = appendOptString(b, `,"duplicate_of":`, e.DuplicateOf)
	b = append(b, `,"first_seen":`...)
	if b, err = appendJSONTime(b, e.FirstSeen); err != nil {
		return nil, fmt.Errorf("first_seen: %w", err)
	}
	b = append(b, `,"updated":`...)
	if b, err = appendJSONTime(b, e.Updated); err != nil {
		return nil, fmt.Errorf("updated: %w", err)
	}
	return append(b, '}'), nil
}

// appendOptString writes an omitempty string field.
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

func appendJSONTime(b []byte, t time.Time) ([]byte, error) {
	js, err := t.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return append(b, js...), nil
}

// appendJSONFloat formats like encoding/json: ES6 number formatting,
// NaN and infinities refused.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, fmt.Errorf("unsupported value %v", f)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendJSONString quotes s as encoding/json does with HTML escaping:
// <, > and & as \u00XX, each byte of invalid UTF-8 as \ufffd, U+2028 and
// U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for {
		n := validPrefix(s)
		b = appendValidJSON(b, s[:n])
		if n == len(s) {
			return append(b, '"')
		}
		b = append(b, `\ufffd`...)
		s = s[n+1:]
	}
}

// validPrefix is the length of the longest prefix of s that is valid
// UTF-8.
func validPrefix(s string) int {
	if utf8.ValidString(s) {
		return len(s)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(s)
}

// appendValidJSON escapes valid UTF-8: only ASCII specials and the two
// separators (E2 80 A8, E2 80 A9) need it. Eight bytes at a time are
// checked for any of them at once.
func appendValidJSON(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			m := specialBytes(uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56)
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		} else if !jsonSpecial(s[i]) {
			i++
			continue
		}
		c := s[i]
		if c >= utf8.RuneSelf { // 0xE2
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', "89"[s[i+2]-0xA8])
				i += 3
				start = i
				continue
			}
			i++
			continue
		}
		b = append(b, s[start:i]...)
		b = appendEscapedASCII(b, c)
		i++
		start = i
	}
	return append(b, s[start:]...)
}

// specialBytes flags, in the high bit of each byte of x, the bytes for
// which jsonSpecial holds. The lowest flag is always exact (a borrow only
// runs upwards), which is all the caller uses.
func specialBytes(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) & ^v & highs }
	return (x-ones*0x20)&^x&highs | // below 0x20
		zero(x^(ones*'"')) | zero(x^(ones*'\\')) | zero(x^(ones*'<')) |
		zero(x^(ones*'>')) | zero(x^(ones*'&')) | zero(x^(ones*0xE2))
}

// jsonSpecial reports the bytes appendJSONString must look at in valid
// UTF-8: ASCII that encoding/json escapes, and 0xE2, which begins U+2028
// and U+2029.
func jsonSpecial(c byte) bool {
	return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0xE2
}

func appendEscapedASCII(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}

// appendRawDoc appends the JSON encoding of d, byte for byte what
// json.Marshal(d) gives.
func appendRawDoc(b []byte, d *rawDoc) []byte {
	b = append(b, '{')
	n := len(b)
	field := func(key, v string) {
		if v == "" {
			return
		}
		if len(b) > n {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, '"', ':')
		b = appendJSONString(b, v)
	}
	field("id", d.ID)
	field("url", d.URL)
	field("source", d.Source)
	field("title", d.Title)
	field("published", d.Published)
	field("lang", d.Lang)
	field("text", d.Text)
	field("html", d.HTML)
	field("author", d.Author)
	field("site", d.Site)
	field("lang_hint", d.LangHint)
	field("tail", d.Tail)
	if d.TextInEntry {
		if len(b) > n {
			b = append(b, ',')
		}
		b = append(b, `"text_in_entry":true`...)
	}
	return append(b, '}')
}
