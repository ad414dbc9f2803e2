package fetch

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// prescanBytes is how much of a page is searched for <meta charset>. The
// HTML standard says 1024; real pages often put long comments or inline
// scripts first, so we look further.
const prescanBytes = 4096

var utf8BOM = []byte("\xEF\xBB\xBF")

// DecodeText returns body converted to UTF-8 and the name of the encoding it
// was in. The order: byte-order mark; a body that is valid UTF-8 and has
// non-ASCII bytes (no single-byte Cyrillic or Latin text of any length is
// valid UTF-8 in practice, while "charset=iso-8859-1" server defaults on
// UTF-8 pages are common); the Content-Type charset; <meta charset> or
// <meta http-equiv> or an XML declaration (a UTF-8 claim is skipped when
// the body is mostly not UTF-8); then a byte-statistics sniff
// for Cyrillic (windows-1251 / KOI8-U) before the web's windows-1252 default.
// Invalid sequences become U+FFFD, so the result is always valid UTF-8.
func DecodeText(body []byte, contentType string) ([]byte, string) {
	e, name := detectEncoding(body, contentType)
	if name == "utf-8" {
		body = bytes.TrimPrefix(body, utf8BOM)
		if utf8.Valid(body) {
			return body, name
		}
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), name
	}
	out, err := e.NewDecoder().Bytes(body)
	if err != nil {
		// The x/text decoders replace bad input rather than fail; keep a
		// safe answer should one ever refuse.
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), name
	}
	out = bytes.TrimPrefix(out, utf8BOM)
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out, name
}

func detectEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(body, utf8BOM):
		return encoding.Nop, "utf-8"
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return charset.Lookup("utf-16be")
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return charset.Lookup("utf-16le")
	}
	if hasHighByte(body) && utf8.Valid(body) {
		return encoding.Nop, "utf-8"
	}
	// From here the body is not valid UTF-8. A UTF-8 declaration is still
	// believed when the body is mostly UTF-8 (a stray byte); when it is
	// mostly not, the declaration is a server template's and is skipped.
	lyingUTF8 := func(name string) bool { return name == "utf-8" && !mostlyUTF8(body) }
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := charset.Lookup(params["charset"]); e != nil && !lyingUTF8(name) {
			return e, name
		}
	}
	if label := declaredCharset(body); label != "" {
		if e, name := charset.Lookup(label); e != nil && !lyingUTF8(name) {
			// A page that declares UTF-16 in ASCII-compatible bytes is not
			// UTF-16 (HTML standard, "prescan" step).
			if strings.HasPrefix(name, "utf-16") {
				return encoding.Nop, "utf-8"
			}
			return e, name
		}
	}
	if !hasHighByte(body) {
		return encoding.Nop, "utf-8"
	}
	return sniffSingleByte(body)
}

// mostlyUTF8 reports whether valid multi-byte UTF-8 sequences outnumber
// invalid bytes in b.
func mostlyUTF8(b []byte) bool {
	var good, bad int
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		b = b[n:]
	}
	return good > bad
}

func hasHighByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// declaredCharset finds the charset a document declares about itself in its
// first prescanBytes: an XML declaration's encoding, <meta charset>, or
// <meta http-equiv="Content-Type" content="...; charset=...">.
func declaredCharset(body []byte) string {
	if len(body) > prescanBytes {
		body = body[:prescanBytes]
	}
	if bytes.HasPrefix(body, []byte("<?xml")) {
		if end := bytes.Index(body, []byte("?>")); end > 0 {
			if label := attrValue(string(body[:end]), "encoding"); label != "" {
				return label
			}
		}
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var httpEquiv bool
			var content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					return strings.TrimSpace(string(v))
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
			}
			if httpEquiv || content != "" {
				if label := attrValue(content, "charset"); label != "" {
					return label
				}
			}
		}
	}
}

// attrValue extracts key=value or key="value" from a loose attribute list
// such as `text/html; charset=koi8-u` or `version="1.0" encoding="KOI8-U"`.
func attrValue(s, key string) string {
	i := indexFoldASCII(s, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len(key):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		rest = rest[1:]
		if j := strings.IndexByte(rest, q); j >= 0 {
			return rest[:j]
		}
		return ""
	}
	end := strings.IndexAny(rest, " \t;,\"'")
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

// indexFoldASCII is strings.Index ignoring case. It does not lower-case s
// first because strings.ToLower can change the byte length of text (invalid
// UTF-8 becomes U+FFFD), which would make the index point elsewhere in s.
// key must be lower-case ASCII.
func indexFoldASCII(s, key string) int {
	for i := 0; i+len(key) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(key)], key) {
			return i
		}
	}
	return -1
}

// sniffSingleByte guesses the single-byte encoding of undeclared, non-UTF-8
// text. Cyrillic words put non-ASCII bytes in runs, while accented Latin
// letters stand alone between ASCII ones ("città", "perché"). Cyrillic text
// is mostly lower case: windows-1251 puts lower case at 0xE0–0xFF, KOI8 at
// 0xC0–0xDF.
func sniffSingleByte(body []byte) (encoding.Encoding, string) {
	var high, inRuns, lo1251, lo8 int
	run := 0
	flush := func() {
		if run >= 3 {
			inRuns += run
		}
		run = 0
	}
	for _, c := range body {
		if c < 0x80 {
			flush()
			continue
		}
		high++
		run++
		switch {
		case c >= 0xE0:
			lo1251++
		case c >= 0xC0:
			lo8++
		}
	}
	flush()
	if high > 0 && inRuns*2 > high {
		if lo8 > lo1251 {
			return charmap.KOI8U, "koi8-u"
		}
		return charmap.Windows1251, "windows-1251"
	}
	return charmap.Windows1252, "windows-1252"
}
