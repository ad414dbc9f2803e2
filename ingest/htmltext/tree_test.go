package htmltext

import (
	"strings"
	"testing"
)

// TestAddText checks that the shortcut for simple text leaves the open unit
// as the word-by-word path does, over sequences of text nodes (the pending
// space carries over from one to the next), in and out of <pre>.
func TestAddText(t *testing.T) {
	tests := [][]string{
		{"plain words, with a comma"},
		{" lead", "trail ", " both ", " ", "", "x"},
		{"a", " ", "b", "  ", "c"},
		{"one", "two"},
		{"città è bella", "Київ, 2024", "curly ’quotes’ and — dashes"},
		{"zero\u200bwidth", "soft\u00adhyphen", "\u200b", " \u200b ", "x"},
		{"arabic، comma", "wide，comma", "ideographic、comma"},
		{"bad \xff utf8", "\xc3", "ok"},
		{"tab\tand\nnewline", "\r\n", "nul\x00byte", "form\ffeed"},
		{" ", " ", "a"},
		{"double  space", "end "},
		{strings.Repeat("long paragraph text, ", 40)},
	}
	for _, pre := range []bool{false, true} {
		for _, seq := range tests {
			fast, slow := &walker{}, &walker{}
			if pre {
				fast.preDepth, slow.preDepth = 1, 1
			}
			fast.linkDepth, slow.linkDepth = 1, 1
			for _, s := range seq {
				fast.addText(s)
				slow.addWords(s)
				if string(fast.b) != string(slow.b) || fast.space != slow.space || fast.runes != slow.runes ||
					fast.link != slow.link || fast.commas != slow.commas {
					t.Fatalf("pre %v, after %q of %q:\nshortcut  %q space %v runes %d link %d commas %d\nword-wise %q space %v runes %d link %d commas %d",
						pre, s, seq, fast.b, fast.space, fast.runes, fast.link, fast.commas,
						slow.b, slow.space, slow.runes, slow.link, slow.commas)
				}
			}
		}
	}
}

func TestSimpleText(t *testing.T) {
	tests := []struct {
		in            string
		runes, commas int
		ok            bool
	}{
		{"", 0, 0, true},
		{"a b, c", 4, 1, true},
		{" città ", 5, 0, true},
		{"a  b", 0, 0, false},
		{"a\nb", 0, 0, false},
		{"a\u200bb", 0, 0, false},
		{"a，b", 0, 0, false},
		{"\xff", 0, 0, false},
		{"\ufffd", 1, 0, true},
	}
	for _, tt := range tests {
		r, c, ok := simpleText(tt.in)
		if r != tt.runes || c != tt.commas || ok != tt.ok {
			t.Errorf("simpleText(%q) = %d, %d, %v; want %d, %d, %v", tt.in, r, c, ok, tt.runes, tt.commas, tt.ok)
		}
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnewline", "nbsp\u00a0splits", "\xff \xfe", "Київ, 2024"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
