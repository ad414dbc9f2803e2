package nations

import (
	"strings"
	"testing"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

// FuzzExtract checks that no input panics, that offsets always slice the
// text to the mention, and that each code appears once.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "U.S.", "Ukraine's", "dell'Ucraina", "Об'єднаних Арабських Еміратів", "Обʼєднані",
		"Michael Jordan", "Atlanta, Georgia", "Того ж дня", "Sino-", "українсько-", "\x00\xff\xfe",
		"ЮЖНАЯ USA US us", "Папуа Нова Гвінея", "Republic of the Congo", strings.Repeat("Ukraine ", 50),
		"in Ukrainian, Polish and", "Greek-", "dall'ucraino", "'italiano", "in , Ukrainian", "українською",
		"turkey. Turkey", "Georgia, New", "Carolina Georgia", "Jordan Hosts", ", Russian and",
	} {
		for _, lang := range []string{"en", "it", "uk", "und"} {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		var e corpus.Entities
		d := token.New(text, lang, "")
		testX.Extract(d, &e)
		seen := map[string]bool{}
		for _, n := range e.Nations {
			if seen[n.Code] {
				t.Fatalf("code %s twice", n.Code)
			}
			seen[n.Code] = true
			if n.Name == "" || len(n.Mentions) == 0 {
				t.Fatalf("%s: empty name or no mentions", n.Code)
			}
			for _, m := range n.Mentions {
				if m.Start < 0 || m.Start >= m.End {
					t.Fatalf("%s: bad span %d..%d", n.Code, m.Start, m.End)
				}
				if utf8.ValidString(text) {
					r := []rune(text)
					if m.End > len(r) || string(r[m.Start:m.End]) != m.Text {
						t.Fatalf("%s: span %d..%d does not slice %q to %q", n.Code, m.Start, m.End, text, m.Text)
					}
				}
			}
		}
		_, _ = testX.Lookup(text)
	})
}

func TestBadInput(t *testing.T) {
	for _, text := range []string{
		"", "\x00", "\xff\xfe\xfd", "Ukraine\x00Estonia", "Ukr\xffaine Estonia",
		strings.Repeat("Сполучених ", 10000), strings.Repeat("U.S. ", 20000),
	} {
		var e corpus.Entities
		testX.Extract(token.New(text, "en", ""), &e)
		if e.Nations == nil {
			t.Errorf("%.20q: Nations is nil, want an empty list", text)
		}
	}
	got, _ := extract(t, "en", "Ukraine\x00Estonia")
	if got != "UA EE" {
		t.Errorf("NUL-separated names: got %q", got)
	}
	got, _ = extract(t, "en", strings.Repeat("U.S. ", 20000))
	if got != "US" {
		t.Errorf("huge input: got %q", got)
	}
}

// TestConcurrent runs one extractor from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	text := readArticle(t, "uk-koalitsiya.txt")
	done := make(chan string)
	for range 8 {
		go func() {
			var e corpus.Entities
			testX.Extract(token.New(text, "uk", ""), &e)
			done <- e.Nations[0].Code
		}()
	}
	for range 8 {
		if c := <-done; c != "EE" {
			t.Errorf("first nation %s, want EE", c)
		}
	}
}

// TestAppendsToExisting checks that Extract merges into nations already
// present instead of repeating a code.
func TestAppendsToExisting(t *testing.T) {
	e := corpus.Entities{Nations: []corpus.Nation{{Code: "UA", Name: "Ukraine", Mentions: []corpus.Mention{{Text: "x"}}}}}
	testX.Extract(token.New("Ukraine and Estonia", "en", ""), &e)
	if len(e.Nations) != 2 || e.Nations[0].Code != "UA" || len(e.Nations[0].Mentions) != 2 || e.Nations[1].Code != "EE" {
		t.Errorf("got %+v", e.Nations)
	}
}
