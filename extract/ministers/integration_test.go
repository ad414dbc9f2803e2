package ministers_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"kronika/corpus"
	"kronika/extract/ministers"
	"kronika/extract/nations"
	"kronika/extract/token"
)

// pipeline runs the nation extractor and then the minister extractor, as
// extract does.
func pipeline(nx *nations.Extractor, mx *ministers.Extractor, text, lang, published string) corpus.Entities {
	d := token.New(text, lang, published)
	var e corpus.Entities
	nx.Extract(d, &e)
	mx.Extract(d, &e)
	return e
}

// With the real nation extractor, our articles give the same ministers and
// nations as with the test gazetteer.
func TestIntegrationArticles(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "articles", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]struct {
		Lang, Published string
		Ministers       []struct{ Name, Nation, Role string }
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	nx, mx := nations.New(), ministers.New()
	for name, w := range want {
		text, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		e := pipeline(nx, mx, string(text), w.Lang, w.Published)
		got := map[string]corpus.Minister{}
		for _, m := range e.Ministers {
			got[m.Name] = m
		}
		if len(got) != len(w.Ministers) {
			t.Errorf("%s: got %d ministers, want %d", name, len(got), len(w.Ministers))
		}
		for _, wm := range w.Ministers {
			g, ok := got[wm.Name]
			switch {
			case !ok:
				t.Errorf("%s: missing %s", name, wm.Name)
			case g.Nation != wm.Nation || g.Role != wm.Role:
				t.Errorf("%s: %s = %s/%s, want %s/%s", name, wm.Name, g.Nation, g.Role, wm.Nation, wm.Role)
			}
		}
	}
}

func TestIntegrationNationFromTitle(t *testing.T) {
	nx, mx := nations.New(), ministers.New()
	cases := []struct{ lang, text, name, nation string }{
		{"it", "Lo ha detto il ministro della Difesa ucraino Rustam Umarov.", "Rustem Umerov", "UA"},
		{"en", "Luxembourg’s Minister of Defence Yuriko Backes spoke.", "Yuriko Backes", "LU"},
		{"en", "Estonian Defence Minister Hanno Pevkur spoke.", "Hanno Pevkur", "EE"},
		{"en", "U.S. Defense Secretary Lloyd Austin spoke.", "Lloyd Austin", "US"},
		{"uk", "Міністр оборони України Рустем Умєров заявив.", "Rustem Umerov", "UA"},
		{"uk", "Естонський міністр оборони Ханно Певкур прибув.", "Hanno Pevkur", "EE"},
		{"it", "Il ministro degli Esteri lussemburghese Xavier Bettel ha parlato.", "Xavier Bettel", "LU"},
		// an official the table does not know takes the nation of the phrase
		{"en", "Belgian Defence Minister Jean Dupont said the jets would arrive.", "Jean Dupont", "BE"},
		{"uk", "Міністр охорони здоров'я України Іван Петренко відкрив лікарню.", "Ivan Petrenko", "UA"},
	}
	for _, c := range cases {
		e := pipeline(nx, mx, c.text, c.lang, "2024-06-01")
		if len(e.Ministers) != 1 || e.Ministers[0].Name != c.name || e.Ministers[0].Nation != c.nation {
			t.Errorf("%q: got %+v, want %s/%s", c.text, e.Ministers, c.name, c.nation)
		}
	}
}

// The budget: nation and minister extraction together at 20 MB/s or more
// per core on a realistic article.
func BenchmarkNationsAndMinisters(b *testing.B) {
	nx, mx := nations.New(), ministers.New()
	for _, name := range []string{"en_ramstein.txt", "it_coalizione.txt", "uk_koalitsiia.txt"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		for len(text) < 3000 {
			text += "\n\n" + string(raw)
		}
		d := token.New(text, "", "2024-06-01")
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				var e corpus.Entities
				nx.Extract(d, &e)
				mx.Extract(d, &e)
			}
		})
	}
}
