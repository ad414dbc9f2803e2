package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

type tok struct {
	norm string
	kind Kind
	gap  Gap
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []tok
	}{
		{"italian elision", "dell’Ucraina", []tok{{"dell", Word, Paragraph}, {"'", Punct, None}, {"ucraina", Word, None}}},
		{"ukrainian apostrophe and hyphen", "прем'єр-міністр", []tok{{"прем", Word, Paragraph}, {"'", Punct, None}, {"єр", Word, None}, {"-", Punct, None}, {"міністр", Word, None}}},
		{"modifier-letter apostrophe", "Обʼєднані", []tok{{"об", Word, Paragraph}, {"'", Punct, None}, {"єднані", Word, None}}},
		{"numbers and scale", "€10m, 1\u00a0000\u202f000", []tok{{"€", Punct, Paragraph}, {"10", Number, None}, {"m", Word, None}, {",", Punct, None}, {"1", Number, Space}, {"000", Number, Thin}, {"000", Number, Thin}}},
		{"dates", "26/07/2024 23:32", []tok{{"26", Number, Paragraph}, {"/", Punct, None}, {"07", Number, None}, {"/", Punct, None}, {"2024", Number, None}, {"23", Number, Space}, {":", Punct, None}, {"32", Number, None}}},
		{"lines and paragraphs", "a\nb\n\nc  d", []tok{{"a", Word, Paragraph}, {"b", Word, Newline}, {"c", Word, Paragraph}, {"d", Word, Space}}},
		{"dashes unified", "15–16 June", []tok{{"15", Number, Paragraph}, {"-", Punct, None}, {"16", Number, None}, {"june", Word, Space}}},
		{"soft hyphen inside word", "Lussem\u00adburgo", []tok{{"lussemburgo", Word, Paragraph}}},
		{"accents", "Città PERCHÉ", []tok{{"città", Word, Paragraph}, {"perché", Word, Space}}},
		{"invalid utf8", "a\xffb", []tok{{"a", Word, Paragraph}, {"\ufffd", Punct, None}, {"b", Word, None}}},
		{"digits glued to letters", "19th", []tok{{"19", Number, Paragraph}, {"th", Word, None}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := New(c.text, "und", "")
			if len(d.Tokens) != len(c.want) {
				t.Fatalf("got %d tokens %v, want %d", len(d.Tokens), norms(d), len(c.want))
			}
			for i, w := range c.want {
				g := d.Tokens[i]
				if g.Norm != w.norm || g.Kind != w.kind || g.Gap != w.gap {
					t.Errorf("token %d = {%q %v %v}, want {%q %v %v}", i, g.Norm, g.Kind, g.Gap, w.norm, w.kind, w.gap)
				}
			}
		})
	}
}

func norms(d *Doc) []string {
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = t.Norm
	}
	return out
}

func TestCase(t *testing.T) {
	d := New("Estonia NATO ucraino США Ї", "und", "")
	want := []struct{ cap, upper bool }{{true, false}, {true, true}, {false, false}, {true, true}, {true, false}}
	for i, w := range want {
		if d.Tokens[i].Cap != w.cap || d.Tokens[i].Upper != w.upper {
			t.Errorf("%q: Cap=%v Upper=%v, want %v %v", d.Surface(i), d.Tokens[i].Cap, d.Tokens[i].Upper, w.cap, w.upper)
		}
	}
}

func TestOffsets(t *testing.T) {
	text := strings.Repeat("Міністр оборони України Рустем Умєров; ", 20) + "ministro 🇺🇦 Umarov"
	d := New(text, "uk", "")
	runes := []rune(text)
	for i := range d.Tokens {
		m := d.Mention(i, i+1)
		if string(runes[m.Start:m.End]) != m.Text {
			t.Fatalf("token %d: runes[%d:%d] = %q, want %q", i, m.Start, m.End, string(runes[m.Start:m.End]), m.Text)
		}
		if b := d.ByteOffset(m.Start); b != d.Tokens[i].Start {
			t.Fatalf("ByteOffset(%d) = %d, want %d", m.Start, b, d.Tokens[i].Start)
		}
	}
	if d.RuneOffset(len(text)) != utf8.RuneCountInString(text) {
		t.Error("RuneOffset at the end")
	}
	if d.Norm(-1) != "" || d.Norm(len(d.Tokens)) != "" {
		t.Error("Norm out of range must be empty")
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("Il ministro della Difesa ucraino Rustam Umarov, 19 settembre 2023, €10m")
	f.Add("\x00\xff\u00ad'’-–")
	f.Fuzz(func(t *testing.T, text string) {
		d := New(text, "und", "")
		prev := 0
		for i, tk := range d.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %d has bad span [%d,%d) after %d", i, tk.Start, tk.End, prev)
			}
			prev = tk.End
			m := d.Mention(i, i+1)
			if m.End < m.Start || d.ByteOffset(m.Start) != tk.Start {
				t.Fatalf("token %d: offsets do not round-trip", i)
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("Il ministro della Difesa ucraino Rustem Umerov ha detto che l'Estonia e il Lussemburgo guidano la coalizione IT, che ha raccolto oltre 30 milioni di euro. Міністр оборони України Рустем Умєров подякував партнерам 19 вересня 2023 року. ", 12)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		New(text, "und", "")
	}
}

// TestLineStart: the first token of a token's line, after one line break
// or a blank line, and the last line's for an index past the end;
// LineEnd, the token after the line's last; BodyStart, the first token
// after the headline.
func TestLineStart(t *testing.T) {
	d := New("Title here\nFirst line two\n\nNext para", "en", "")
	for _, c := range []struct{ i, want int }{
		{0, 0}, {1, 0}, {2, 2}, {4, 2}, {5, 5}, {6, 5}, {99, 5},
	} {
		if got := d.LineStart(c.i); got != c.want {
			t.Errorf("LineStart(%d) = %d, want %d", c.i, got, c.want)
		}
	}
	if got := d.BodyStart(); got != 2 {
		t.Errorf("BodyStart = %d, want 2", got)
	}
	if got := New("One line only", "en", "").BodyStart(); got != 0 {
		t.Errorf("one-line text: BodyStart = %d, want 0", got)
	}
	for _, c := range []struct{ i, want int }{{0, 2}, {1, 2}, {2, 5}, {4, 5}, {5, 7}, {6, 7}} {
		if got := d.LineEnd(c.i); got != c.want {
			t.Errorf("LineEnd(%d) = %d, want %d", c.i, got, c.want)
		}
	}
}

// TestHeading: the nearest short unpunctuated line at or above a token,
// past lines that end in a colon or a sentence, never the title line of a
// text of several lines.
func TestHeading(t *testing.T) {
	text := "Round-up of the week\n\nEGYPT: the IMF waits\n\nThe fund wants a flexible pound. It costs 30 pounds.\n\nMore news below:\n\nA second paragraph."
	d := New(text, "en", "")
	at := func(word string) int {
		for i, tk := range d.Tokens {
			if d.Surface(i) == word && tk.Kind == Word {
				return i
			}
		}
		t.Fatalf("no token %q", word)
		return 0
	}
	for _, c := range []struct {
		tok  string
		want string // the heading's first word, or "" for none
	}{
		{"pounds", "EGYPT"},
		{"waits", "EGYPT"},
		{"week", ""},
		{"second", "EGYPT"},
	} {
		h := d.Heading(at(c.tok))
		got := ""
		if h >= 0 {
			got = d.Surface(h)
		}
		if got != c.want {
			t.Errorf("Heading(%q) starts at %q, want %q", c.tok, got, c.want)
		}
	}
	if h := New("Short title only", "en", "").Heading(1); h != 0 {
		t.Errorf("one-line text: Heading = %d, want 0", h)
	}
}
