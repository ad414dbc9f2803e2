package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Our own test sentences.
const (
	ukText = "Міністр оборони України заявив, що нова партія допомоги надійде до кінця березня. " +
		"Уряд обіцяє ґрунтовний звіт про використання коштів, а їхні партнери чекають на рішення."
	itText = "Il governo italiano ha stanziato nuovi fondi per la ricostruzione: è già più di quanto previsto, " +
		"perché la città ha chiesto aiuto."
	itEuro = "La spesa prevista è di 5 milioni di € per l'anno in corso."
)

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func page(head string, body []byte) []byte {
	return append([]byte("<!DOCTYPE html><html><head>"+head+"<title>t</title></head><body><p>"), append(body, "</p></body></html>"...)...)
}

func TestDecodeText(t *testing.T) {
	utf16 := append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "<p>"+ukText+"</p>")...)
	tests := []struct {
		name        string
		contentType string
		body        []byte
		want        string
		wantCharset string
	}{
		{"1251 header", "text/html; charset=windows-1251", page("", encode(t, charmap.Windows1251, ukText)), ukText, "windows-1251"},
		{"1251 meta charset", "text/html", page(`<meta charset="windows-1251">`, encode(t, charmap.Windows1251, ukText)), ukText, "windows-1251"},
		{"1251 meta http-equiv", "text/html", page(`<meta http-equiv="Content-Type" content="text/html; charset=cp1251">`, encode(t, charmap.Windows1251, ukText)), ukText, "windows-1251"},
		{"1251 sniffed", "text/html", page("", encode(t, charmap.Windows1251, ukText)), ukText, "windows-1251"},
		{"koi8-u header", "text/html; charset=KOI8-U", page("", encode(t, charmap.KOI8U, ukText)), ukText, "koi8-u"},
		{"koi8-u meta", "text/html", page(`<META CHARSET=koi8-u>`, encode(t, charmap.KOI8U, ukText)), ukText, "koi8-u"},
		{"koi8-u sniffed", "", page("", encode(t, charmap.KOI8U, ukText)), ukText, "koi8-u"},
		{"latin1 header", "text/html; charset=ISO-8859-1", page("", encode(t, charmap.ISO8859_1, itText)), itText, "windows-1252"},
		{"latin1 sniffed", "text/html", page("", encode(t, charmap.ISO8859_1, itText)), itText, "windows-1252"},
		{"latin9 meta euro", "text/html", page(`<meta http-equiv=content-type content="text/html;charset=iso-8859-15">`, encode(t, charmap.ISO8859_15, itEuro)), itEuro, "iso-8859-15"},
		{"xhtml xml declaration", "application/xhtml+xml", append([]byte(`<?xml version="1.0" encoding="KOI8-U"?><html><body>`), encode(t, charmap.KOI8U, ukText)...), ukText, "koi8-u"},
		{"utf-8 despite latin1 header", "text/html; charset=iso-8859-1", page("", []byte(itText+" "+ukText)), itText + " " + ukText, "utf-8"},
		{"utf-8 despite 1251 meta", "text/html", page(`<meta charset="windows-1251">`, []byte(ukText)), ukText, "utf-8"},
		{"utf-8 BOM", "text/html", append([]byte("\xEF\xBB\xBF"), page("", []byte(ukText))...), ukText, "utf-8"},
		{"utf-16 BOM", "text/html", utf16, ukText, "utf-16le"},
		{"1251 declared utf-8 by header", "text/html; charset=UTF-8", page("", encode(t, charmap.Windows1251, ukText)), ukText, "windows-1251"},
		{"koi8 declared utf-8 by meta", "text/html", page(`<meta charset="utf-8">`, encode(t, charmap.KOI8U, ukText)), ukText, "koi8-u"},
		{"utf-8 with one stray byte", "text/html; charset=utf-8", page("", []byte(ukText+"\xff")), ukText + "\uFFFD", "utf-8"},
		{"ascii", "text/plain", []byte("plain ascii"), "plain ascii", "utf-8"},
		{"utf-8 declared, none in body", "text/html; charset=utf-8", []byte("ok \xff\xfe bad"), "ok ÿþ bad", "windows-1252"},
		{"empty", "text/html", nil, "", "utf-8"},
		{"nul bytes", "text/plain", []byte("a\x00b"), "a\x00b", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := DecodeText(tt.body, tt.contentType)
			if !strings.Contains(string(got), tt.want) || cs != tt.wantCharset {
				t.Errorf("DecodeText = %q (%s), want it to contain %q (%s)", got, cs, tt.want, tt.wantCharset)
			}
			if strings.HasPrefix(string(got), "\uFEFF") {
				t.Error("BOM kept")
			}
		})
	}
}

// TestCharsetEndToEnd serves encoded pages and checks Get returns UTF-8.
func TestCharsetEndToEnd(t *testing.T) {
	pages := map[string]struct {
		ct   string
		body []byte
		want string
	}{
		"/uk-1251":    {"text/html; charset=windows-1251", page("", encode(t, charmap.Windows1251, ukText)), ukText},
		"/uk-koi8":    {"text/html", page(`<meta charset="koi8-u">`, encode(t, charmap.KOI8U, ukText)), ukText},
		"/it-8859":    {"text/html; charset=iso-8859-1", page("", encode(t, charmap.ISO8859_1, itText)), itText},
		"/it-8859-15": {"text/plain; charset=iso-8859-15", encode(t, charmap.ISO8859_15, itEuro), itEuro},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", p.ct)
		_, _ = w.Write(p.body)
	}))
	defer srv.Close()
	c, _, _ := testClient(t, Options{})
	for path, p := range pages {
		resp, err := c.Get(context.Background(), srv.URL+path, nil)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if !strings.Contains(string(resp.Body), p.want) {
			t.Errorf("%s: body %q", path, resp.Body)
		}
	}
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("<meta charset=koi8-u>\xf0\xf2\xe9"), "text/html")
	f.Add([]byte("\xEF\xBB\xBFok"), "text/html; charset=utf-8")
	f.Add([]byte("\xFF\xFEa\x00"), "")
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?>`), "text/plain; charset=\"")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		out, cs := DecodeText(body, ct)
		if cs == "" {
			t.Fatal("no charset name")
		}
		if !utf8Valid(out) {
			t.Fatalf("invalid UTF-8 out of %q (%s)", body, cs)
		}
	})
}

func BenchmarkDecodeText(b *testing.B) {
	body := page("", encode(b, charmap.Windows1251, strings.Repeat(ukText+" ", 400)))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		DecodeText(body, "text/html")
	}
}

func BenchmarkDecodeTextUTF8(b *testing.B) {
	body := page(`<meta charset="utf-8">`, []byte(strings.Repeat(ukText+" "+itText, 200)))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		DecodeText(body, "text/html; charset=utf-8")
	}
}

func utf8Valid(b []byte) bool { return utf8.Valid(b) }

func TestAttrValue(t *testing.T) {
	tests := []struct {
		in, key, want string
	}{
		{"text/html; charset=koi8-u", "charset", "koi8-u"},
		{"text/html; CHARSET = \"Windows-1251\"", "charset", "Windows-1251"},
		{`version="1.0" encoding='KOI8-U'`, "encoding", "KOI8-U"},
		{"text/html; charset=\"utf-8", "charset", ""},
		{"text/html", "charset", ""},
		{"charset", "charset", ""},
		// Bytes that lower-casing would widen (invalid UTF-8 turns into
		// three-byte U+FFFD, İ into three bytes) before the key.
		{"\xff\xfe\xfd\xfc;charset=cp1251", "charset", "cp1251"},
		{"İİİİ charset=latin1", "charset", "latin1"},
		{"\xffcharset", "charset", ""},
	}
	for _, tt := range tests {
		if got := attrValue(tt.in, tt.key); got != tt.want {
			t.Errorf("attrValue(%q, %q) = %q, want %q", tt.in, tt.key, got, tt.want)
		}
	}
}
