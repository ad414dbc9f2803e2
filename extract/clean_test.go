package extract

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestCleanText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"clean prose", "Il ministro è arrivato a Kyiv.\nУряд схвалив №12 — 5 млн ₴.", "Il ministro è arrivato a Kyiv.\nУряд схвалив №12 — 5 млн ₴."},
		{"trailing spaces before newlines", "One line. \nTwo\t\nThree", "One line.\nTwo\nThree"},
		{"carriage returns", "a\r\nb\rc", "a\nb\nc"},
		{"controls dropped", "a\x00b\x07c\u0085d\x7fe", "abcde"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"decomposed accent composed", "perche\u0301 Kyi\u0308v", "perché Kyïv"},
		{"decomposed Cyrillic short i", "Киі\u0308в и\u0306", "Київ й"},
		{"singleton decomposes", "Ohm \u2126", "Ohm \u03a9"},
		{"outer space trimmed", "\u00a0 text \n", "text"},
		{"tabs inside kept", "a\tb", "a\tb"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := CleanText(c.in); got != c.want {
				t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestNFCInert checks the claim isClean rests on: a text made of nfcInert
// characters is in NFC, because no pair of them changes under NFC.
func TestNFCInert(t *testing.T) {
	var inert []rune
	for r := rune(0); r <= 0x10ffff; r++ {
		if nfcInert(r) && utf8.ValidRune(r) {
			inert = append(inert, r)
		}
	}
	if len(inert) < 1000 {
		t.Fatalf("only %d inert characters", len(inert))
	}
	buf := make([]byte, 0, 8)
	for _, a := range inert {
		for _, b := range inert {
			buf = utf8.AppendRune(utf8.AppendRune(buf[:0], a), b)
			if !norm.NFC.IsNormal(buf) {
				t.Fatalf("%U %U is not in NFC", a, b)
			}
		}
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "plain text.", "a \nb", "perche\u0301", "\xff", "Київ\r\n№ 5", " x ", "\u2000y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanText(s)
		if want := cleanText(s); got != want {
			t.Fatalf("CleanText(%q) = %q, the full cleaning gives %q", s, got, want)
		}
		if again := CleanText(got); again != got {
			t.Fatalf("CleanText is not idempotent on %q: %q then %q", s, got, again)
		}
	})
}
