package uk

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/registry"
)

// stems returns the stems the analyzer indexes for one word (the stem and,
// for alternating consonants, its twin).
func stems(t testing.TB, a analysis.Analyzer, word string) []string {
	t.Helper()
	var out []string
	for _, tok := range a.Analyze([]byte(word)) {
		out = append(out, string(tok.Term))
	}
	return out
}

func shareStem(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// Every form of a paradigm must meet the first form on at least one stem:
// that is what makes a search for one form find the others.
func TestParadigmsMeet(t *testing.T) {
	paradigms := []struct {
		name  string
		forms []string
	}{
		{"country in -а", []string{"Україна", "України", "Україні", "Україну", "Україною", "Україно"}},
		{"abstract noun", []string{"оборона", "оборони", "обороні", "оборону", "обороною"}},
		{"adjective hard", []string{"естонський", "естонського", "естонському", "естонським", "естонська", "естонської", "естонською", "естонське", "естонські", "естонських", "естонськими"}},
		{"adjective soft", []string{"третій", "третього", "третьому", "третя", "третьої", "третє", "треті"}},
		{"country in -ія", []string{"Естонія", "Естонії", "Естонію", "Естонією"}},
		{"Greece", []string{"Греція", "Греції", "Грецію", "Грецією"}},
		{"masculine noun", []string{"міністр", "міністра", "міністру", "міністрові", "міністром", "міністрі", "міністри", "міністрів", "міністрам", "міністрами", "міністрах"}},
		{"neuter noun", []string{"міністерство", "міністерства", "міністерству", "міністерством", "міністерстві"}},
		{"surname in -ов", []string{"Умєров", "Умєрова", "Умєрову", "Умєровим", "Умєрові"}},
		{"name in -ем", []string{"Рустем", "Рустема", "Рустему", "Рустемом"}},
		{"genitive plural in -ем", []string{"проблема", "проблем", "проблеми", "проблемами"}},
		{"nominative in -ом", []string{"Укроборонпром", "Укроборонпрому", "Укроборонпромом"}},
		{"first name in -ій", []string{"Олексій", "Олексія", "Олексію", "Олексієм"}},
		{"soft masculine", []string{"Шмигаль", "Шмигаля", "Шмигалю", "Шмигалем"}},
		{"noun in -ння", []string{"постачання", "постачанню", "постачанням"}},
		{"feminine soft", []string{"зброя", "зброї", "зброю", "зброєю"}},
		{"locative г→з", []string{"Люксембург", "Люксембурга", "Люксембургу", "Люксембурзі"}},
		{"locative к→ц", []string{"Америка", "Америки", "Америці", "Америкою"}},
		{"locative г→з feminine", []string{"Прага", "Праги", "Празі", "Прагою"}},
		{"apostrophe variants", []string{"об'єднання", "об’єднання", "обʼєднання", "об'єднанню"}},
		{"plural genitive zero ending", []string{"країна", "країн", "країни", "країнами"}},
		{"Latin word untouched", []string{"Pevkur", "PEVKUR"}},
	}
	a := NewAnalyzer()
	for _, p := range paradigms {
		t.Run(p.name, func(t *testing.T) {
			base := stems(t, a, p.forms[0])
			if len(base) == 0 {
				t.Fatalf("%q produced no token", p.forms[0])
			}
			for _, f := range p.forms[1:] {
				if got := stems(t, a, f); !shareStem(base, got) {
					t.Errorf("%q → %v does not meet %q → %v", f, got, p.forms[0], base)
				}
			}
		})
	}
}

// Different words must stay apart, or a search drowns in false matches.
func TestDifferentWordsStayApart(t *testing.T) {
	pairs := [][2]string{
		{"Україна", "український"},
		{"міністр", "міністерство"},
		{"оборона", "оборонний"},
		{"Естонія", "Латвія"},
		{"Австрія", "Австралія"},
		{"мова", "мир"},
		{"країна", "кран"},
		{"рік", "рука"},
	}
	a := NewAnalyzer()
	for _, p := range pairs {
		x, y := stems(t, a, p[0]), stems(t, a, p[1])
		if shareStem(x, y) {
			t.Errorf("%q → %v and %q → %v share a stem", p[0], x, p[1], y)
		}
	}
}

func TestStemmerExact(t *testing.T) {
	s := NewStemmer()
	cases := []struct{ in, stem, alt string }{
		{"україною", "україн", ""},
		{"естонського", "естонськ", ""},
		{"люксембурзі", "люксембурз", "люксембург"},
		{"америці", "америц", "америк"},
		{"києві", "києв", ""}, // "єві" would leave a two-letter stem
		{"рустем", "руст", "рустем"},
		{"умєрові", "умєр", "умєров"},
		{"зброєю", "збр", ""},
		{"сша", "сша", ""}, // too short to stem
		{"італії", "італ", ""},
		{"2024", "2024", ""},
		{"nato", "nato", ""},
		{"", "", ""},
	}
	for _, c := range cases {
		stem, alt := s.Stem(c.in)
		if stem != c.stem || alt != c.alt {
			t.Errorf("Stem(%q) = %q, %q; want %q, %q", c.in, stem, alt, c.stem, c.alt)
		}
	}
}

func TestAnalyzerStream(t *testing.T) {
	a := NewAnalyzer()
	text := "Міністр оборони України Рустем Умєров і його колега в Люксембурзі"
	toks := a.Analyze([]byte(text))
	var terms []string
	for _, tok := range toks {
		terms = append(terms, string(tok.Term))
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
			t.Errorf("bad offsets %d..%d for %q", tok.Start, tok.End, tok.Term)
		}
	}
	want := []string{"міністр", "оборон", "україн", "руст", "рустем", "умєров", "колег", "люксембурз", "люксембург"}
	if !slices.Equal(terms, want) {
		t.Fatalf("terms = %q, want %q", terms, want)
	}
	// the alternation twin shares its original's position and offsets
	n := len(toks)
	if toks[n-1].Position != toks[n-2].Position || toks[n-1].Start != toks[n-2].Start {
		t.Errorf("twin token at position %d, original at %d", toks[n-1].Position, toks[n-2].Position)
	}
	// stop words ("і", "його", "в") are gone but leave their positions
	if toks[6].Position != toks[5].Position+3 {
		t.Errorf("position after stop words = %d, want %d", toks[6].Position, toks[5].Position+3)
	}
}

func TestRegistered(t *testing.T) {
	cache := registry.NewCache()
	a, err := cache.AnalyzerNamed(AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	if got := stems(t, a, "Україною"); !slices.Equal(got, []string{"україн"}) {
		t.Errorf("registered analyzer gives %q", got)
	}
}

func TestStopWordsAreLowerCaseAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range strings.Fields(stopList) {
		if w != strings.ToLower(w) {
			t.Errorf("stop word %q is not lower-case", w)
		}
		if seen[w] {
			t.Errorf("stop word %q listed twice", w)
		}
		seen[w] = true
	}
}

func TestBadInput(t *testing.T) {
	a := NewAnalyzer()
	for _, in := range []string{"", "\x00\x00", "\xff\xfeУкраїна\xff", strings.Repeat("ʼ", 50), "ʼʼʼ слово ’’", strings.Repeat("оборони ", 10000)} {
		for _, tok := range a.Analyze([]byte(in)) {
			if len(tok.Term) == 0 {
				t.Errorf("empty term from %q", in[:min(len(in), 20)])
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"Україною", "м’ясо об'єкт", "Люксембурзі", "\xff\x00", "ʼ"} {
		f.Add(s)
	}
	a := NewAnalyzer()
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range a.Analyze([]byte(s)) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start > tok.End {
				t.Fatalf("offsets %d..%d out of %d", tok.Start, tok.End, len(s))
			}
			if len(tok.Term) == 0 {
				t.Fatal("empty term")
			}
			if utf8.ValidString(s) && !utf8.Valid(tok.Term) {
				t.Fatalf("invalid UTF-8 term %q from valid input", tok.Term)
			}
		}
	})
}

const benchText = `Міністр оборони України Рустем Умєров провів зустріч з естонським колегою
Ганно Певкуром у Люксембурзі. Сторони обговорили постачання зброї та боєприпасів, а також
спільні проєкти оборонної промисловості. Естонія оголосила про новий пакет допомоги Україні
на суму понад сто мільйонів євро, а міністри домовилися про наступну зустріч в Празі.
`

func BenchmarkAnalyze(b *testing.B) {
	a := NewAnalyzer()
	text := []byte(strings.Repeat(benchText, 20))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf := append([]byte(nil), text...) // filters rewrite terms in place
		a.Analyze(buf)
	}
}

// BenchmarkAnalyzeBleveRussian is the yardstick: bleve's own analyzer for
// the closest language it ships (Unicode segmenter, Snowball stemmer) on the
// same text.
func BenchmarkAnalyzeBleveRussian(b *testing.B) {
	a, err := registry.NewCache().AnalyzerNamed(ru.AnalyzerName)
	if err != nil {
		b.Fatal(err)
	}
	text := []byte(strings.Repeat(benchText, 20))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf := append([]byte(nil), text...)
		a.Analyze(buf)
	}
}

func BenchmarkStem(b *testing.B) {
	s := NewStemmer()
	words := [][]byte{[]byte("україною"), []byte("естонського"), []byte("люксембурзі"), []byte("міністр"), []byte("pevkur")}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			s.stem(w)
		}
	}
}

func TestLower(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Київ", "київ"},
		{"NATO", "nato"},
		{"İю", "iю"},        // İ lower-cases to a narrower i
		{"ȺȾ", "ⱥⱦ"},        // wider in UTF-8 than their capitals
		{"ÀÉÌ", "àéì"},      // same width
		{"5\u212AB", "5kb"}, // so does the Kelvin sign
		{"already", "already"},
		{"\xffABC", "\xffabc"},
	} {
		got := string(lower([]byte(c.in)))
		if got != c.want {
			t.Errorf("lower(%q) = %q, want %q", c.in, got, c.want)
		}
		if utf8.ValidString(c.in) && !utf8.ValidString(got) {
			t.Errorf("lower(%q) = %q: invalid UTF-8", c.in, got)
		}
	}
}
