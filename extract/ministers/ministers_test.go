package ministers

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

type articleWant struct {
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Ministers []struct {
		Name    string   `json:"name"`
		Nation  string   `json:"nation"`
		Role    string   `json:"role"`
		Aliases []string `json:"aliases"`
	} `json:"ministers"`
}

func loadArticles(t testing.TB) map[string]articleWant {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "articles", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]articleWant
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	return want
}

func readArticle(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "articles", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Our own article-style texts: the exact set of ministers, their nations,
// roles and the spellings the text uses.
func TestArticles(t *testing.T) {
	x := New()
	for name, want := range loadArticles(t) {
		t.Run(name, func(t *testing.T) {
			text := readArticle(t, name)
			got := extract(x, text, want.Lang, want.Published)
			checkOffsets(t, text, got)
			if len(got) != len(want.Ministers) {
				t.Fatalf("got %d ministers: %s\nwant %d", len(got), describe(got), len(want.Ministers))
			}
			for i, w := range want.Ministers {
				g := got[i]
				if g.Name != w.Name || g.Nation != w.Nation || g.Role != w.Role {
					t.Errorf("minister %d = %s, want %s/%s/%s", i, describe(got[i:i+1]), w.Name, w.Nation, w.Role)
				}
				if !slices.Equal(g.Aliases, w.Aliases) && !(len(g.Aliases) == 0 && len(w.Aliases) == 0) {
					t.Errorf("%s aliases = %q, want %q", g.Name, g.Aliases, w.Aliases)
				}
			}
			golden := filepath.Join("testdata", "articles", strings.TrimSuffix(name, ".txt")+".golden.json")
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			prev, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(prev) != string(out) {
				t.Errorf("output differs from %s (run go test -update after checking):\n%s", golden, out)
			}
		})
	}
}

// The public seed articles' kinds of sentences, written anew: a minister
// named with a non-ministerial title elsewhere stays out, a surname-only
// mention without any title is not a minister.
func TestSurnameWithoutTitleIsNotAMinister(t *testing.T) {
	x := New()
	text := "Umerov met Pevkur in Tallinn. Later, Estonian Defence Minister Hanno Pevkur spoke."
	got := extract(x, text, "en", "2024-01-01")
	if len(got) != 1 || got[0].Name != "Hanno Pevkur" || len(got[0].Mentions) != 2 {
		t.Fatalf("got %s, want only Hanno Pevkur with two mentions", describe(got))
	}
}

// TestSurnameInsideAnotherName: a known person's surname between two
// capitalized words he does not bear is another name's word, while a
// person named by surname alone keeps a mention after an inflected first
// name.
func TestSurnameInsideAnotherName(t *testing.T) {
	cases := []struct {
		lang, text, name string
		mentions         int
	}{
		{"en", "Foreign Minister Pham Binh Minh flew home. French firms have long worked in Ho Chi Minh City.", "Pham Binh Minh", 1},
		{"it", "Il ministro degli Esteri Pham Binh Minh è rientrato. Le imprese francesi lavorano a Ho Chi Minh City da anni.", "Pham Binh Minh", 1},
		{"en", "Foreign Minister Pham Binh Minh flew home. Reporters asked Minh about the deal.", "Pham Binh Minh", 2},
		{"uk", "Колишній міністр фінансів Данилюк подав у відставку. Після звільнення Олександра Данилюка Верховна Рада довго шукала заміну.", "Danyliuk", 2},
	}
	x := New()
	for _, c := range cases {
		t.Run(c.text[:40], func(t *testing.T) {
			got := extract(x, c.text, c.lang, "2020-06-01")
			for _, m := range got {
				if m.Name == c.name || strings.HasSuffix(m.Name, " "+c.name) {
					if len(m.Mentions) != c.mentions {
						t.Errorf("%s: %d mentions, want %d", m.Name, len(m.Mentions), c.mentions)
					}
					return
				}
			}
			t.Errorf("no %s in %s", c.name, describe(got))
		})
	}
}

func TestEachMinisterOnceWithAllMentions(t *testing.T) {
	x := New()
	text := "Luxembourg Defense Minister Juriko Backes spoke. Then Luxembourg Defense Minister Yuriko Backes spoke again. \"We stay,\" Backes said. BACKES left."
	got := extract(x, text, "en", "2024-07-26")
	if len(got) != 1 {
		t.Fatalf("got %s, want one minister", describe(got))
	}
	m := got[0]
	if m.Name != "Yuriko Backes" || len(m.Mentions) != 4 {
		t.Errorf("got %s with %d mentions, want Yuriko Backes with 4", describe(got), len(m.Mentions))
	}
	if !slices.Equal(m.Aliases, []string{"Juriko Backes", "Backes", "BACKES"}) {
		t.Errorf("aliases = %q", m.Aliases)
	}
}

func TestFormerQualifier(t *testing.T) {
	x := New()
	for _, text := range []string{
		"Former defence minister Oleksii Reznikov spoke. Reznikov said more.",
		"Ex-Defence Minister Oleksii Reznikov spoke. Reznikov said more.",
		"L'ex ministro della Difesa Oleksii Reznikov ha parlato. Reznikov ha aggiunto.",
		"Колишній міністр оборони Олексій Резніков виступив. Резніков додав.",
		"Екс-міністр оборони Олексій Резніков виступив. Резніков додав.",
	} {
		got := extract(x, text, "", "")
		if len(got) != 1 || len(got[0].Mentions) != 2 || got[0].Mentions[0].Qualifier != "former" || got[0].Mentions[1].Qualifier != "" {
			t.Errorf("%q: got %+v", text, got)
		}
	}
}

// Nation from the ministry named near the title, then the document's main
// nation, when neither the phrase nor the table gives one.
func TestNationFallbacks(t *testing.T) {
	x := New()
	got := extract(x, "Deputy Minister Petra Novak, speaking at the Ministry of Defence of Estonia, welcomed Ukraine's plan.", "en", "")
	if len(got) != 1 || got[0].Nation != "EE" {
		t.Errorf("ministry nearby: got %s, want EE", describe(got))
	}
	got = extract(x, "Ukraine needs help. Ukraine asked. The deputy minister Petra Novak spoke about Estonia.", "en", "")
	if len(got) != 1 || got[0].Nation != "UA" {
		t.Errorf("document fallback: got %s, want UA", describe(got))
	}
}

func TestAppendsToExisting(t *testing.T) {
	x := New()
	d := token.New("Defense Secretary Lloyd Austin spoke.", "en", "")
	e := corpus.Entities{Ministers: []corpus.Minister{{Name: "Someone"}}}
	x.Extract(d, &e)
	if len(e.Ministers) != 2 || e.Ministers[0].Name != "Someone" {
		t.Fatalf("got %+v", e.Ministers)
	}
}

func TestBadInputNeverPanics(t *testing.T) {
	x := New()
	inputs := []string{
		"", "\x00\x00", "\xff\xfe Minister \xff Rustem", "Minister", "minister of", "Minister of the",
		"Prime Minister Giorgia", "Міністр оборони", "il ministro della Difesa dell'", "Secretary of State",
		strings.Repeat("Minister of Defence of Ukraine Rustem Umerov said. ", 2000),
		strings.Repeat("Minister ", 5000), strings.Repeat("Міністра ", 3000) + "Умєрова",
		"Defence Ministers A and B and C and D and E and F and G and H", "- - - Minister -", "Minister ' s",
	}
	for _, in := range inputs {
		d := token.New(in, "", "")
		e := corpus.Entities{Nations: fakeNations(d)}
		x.Extract(d, &e)
		checkOffsets(t, in, e.Ministers)
	}
}

func TestConcurrentUse(t *testing.T) {
	x := New()
	text := readArticle(t, "uk_koalitsiia.txt")
	want := describe(extract(x, text, "uk", "2024-04-03"))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := describe(extract(x, text, "uk", "2024-04-03")); got != want {
					t.Errorf("concurrent result differs: %s", got)
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Minister of Defence of Ukraine Rustem Umerov said.",
		"il ministro della Difesa ucraino Rustam Umarov",
		"міністра оборони Рустема Умєрова",
		"Defence Ministers Hanno Pevkur and Yuriko Backes",
		"Rustem Umerov, Ukraine's defence minister, said",
		"Deputy Prime Minister – Minister of Digital Transformation Mykhailo Fedorov",
		"\xff Minister \x00 X",
		"appointed Jan Novak, until then his deputy, as Ukraine's foreign minister",
		"Рада призначила Рустема Умєрова міністром оборони",
		"Кая Каллас виступила.\n\nКолишня прем'єр-міністерка Естонії запропонувала",
		"Mark Rutte, ex primo ministro olandese,",
		"міністерці культури Франції Рашиді Даті",
	} {
		f.Add(s)
	}
	x := New()
	f.Fuzz(func(t *testing.T, s string) {
		d := token.New(s, "", "")
		e := corpus.Entities{Nations: fakeNations(d)}
		x.Extract(d, &e)
		n := utf8.RuneCountInString(s)
		rs := []rune(s)
		for _, m := range e.Ministers {
			if m.Name == "" || m.Role == "" || len(m.Mentions) == 0 {
				t.Fatalf("incomplete minister %+v", m)
			}
			for _, mn := range m.Mentions {
				if mn.Start < 0 || mn.End > n || mn.Start >= mn.End {
					t.Fatalf("bad span %+v in %q", mn, s)
				}
				if utf8.ValidString(mn.Text) && string(rs[mn.Start:mn.End]) != mn.Text {
					t.Fatalf("span %+v does not hold its text", mn)
				}
			}
		}
	})
}

func benchArticle(b *testing.B, name, lang string) {
	x := New()
	text := readArticle(b, name)
	// a realistic ~3 KB article: repeat the text up to that size
	for len(text) < 3000 {
		text += "\n\n" + readArticle(b, name)
	}
	d := token.New(text, lang, "2024-06-01")
	nations := fakeNations(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		e := corpus.Entities{Nations: nations}
		x.Extract(d, &e)
	}
}

func BenchmarkExtractEN(b *testing.B) { benchArticle(b, "en_ramstein.txt", "en") }
func BenchmarkExtractIT(b *testing.B) { benchArticle(b, "it_coalizione.txt", "it") }
func BenchmarkExtractUK(b *testing.B) { benchArticle(b, "uk_koalitsiia.txt", "uk") }

// An article without any title word: the common case in a news stream.
func BenchmarkExtractNoTitles(b *testing.B) {
	x := New()
	text := strings.Repeat("The coalition met in Brussels on Wednesday and agreed on a roadmap for procurement, communications and cybersecurity. ", 27)
	d := token.New(text, "en", "")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		var e corpus.Entities
		x.Extract(d, &e)
	}
}
