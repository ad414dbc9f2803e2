package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"kronika/corpus"
)

// phraseIndex holds texts where phrase words meet in every way: adjacent,
// apart, reversed, repeated, across a dropped stop word, in titles and
// bodies, over two segments.
func phraseIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := OpenMem(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	texts := []struct{ lang, title, text string }{
		{"en", "Air defence for Kyiv", "The air defence systems arrived in March."},
		{"en", "Sea and air", "Air and sea defence were discussed, air power too."},
		{"en", "Reversed", "They spoke of defence, then air, then defence air again."},
		{"en", "Twice", "Air defence, more air defence, and air defence air."},
		{"en", "Nothing here", "A report on drones and ammunition."},
		{"en", "air defence", "Only the title says it."},
		{"it", "Il ministero", "Il ministero della difesa ha firmato l'accordo."},
		{"it", "Un altro ministero", "Il ministero per la difesa civile e il ministero difesa."},
		{"it", "Difesa", "La difesa del ministero della cultura."},
		{"uk", "Міністерство оборони", "Міністерство оборони України підписало угоду."},
		{"uk", "Оборона", "Оборони міністерство не коментувало."},
	}
	for round := range 2 { // two batches: two segments
		var recs []corpus.Record
		for i, x := range texts {
			recs = append(recs, corpus.Record{
				ID: fmt.Sprintf("p%d-%02d", round, i), Lang: x.lang, Title: x.title, Text: x.text, Published: "2024-05-01",
			})
		}
		if err := ix.Put(context.Background(), recs); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

// phraseQuery finds what bleve's MatchPhraseQuery finds, with the same
// scores, alone and inside a scored disjunction.
func TestPhraseQueryEqualsBleve(t *testing.T) {
	ix := phraseIndex(t)
	cases := []struct {
		phrase, field string
		matches       int // hits over both segments; the test's own check that it tests something
	}{
		{"air defence", "body_en", 4},
		{"defence air", "body_en", 4},
		{"air defence air", "body_en", 2},
		{"Air Defence", "title_en", 4},
		{"air sea", "body_en", 0},
		{"defence", "body_en", 8},
		{"the of", "body_en", 0}, // stop words only: nothing to find
		{"ministero della difesa", "body_it", 2},
		{"ministero difesa", "body_it", 2},
		{"ministero per la difesa", "body_it", 2},
		{"difesa del ministero", "body_it", 2},
		{"міністерство оборони", "body_uk", 2},
		{"оборони міністерство", "body_uk", 2},
		{"міністерства оборони", "body_uk", 2}, // stems to the same terms
		{"zzz defence", "body_en", 0},
	}
	for _, tc := range cases {
		mine := newPhraseQuery(tc.phrase, tc.field, 1.5)
		theirs := query.NewMatchPhraseQuery(tc.phrase)
		theirs.SetField(tc.field)
		theirs.SetBoost(1.5)
		other := termQ(bodyField("en"), "report", 1)
		for _, form := range []struct {
			name     string
			mine, th query.Query
		}{
			{"alone", mine, theirs},
			{"in a disjunction", query.NewDisjunctionQuery([]query.Query{mine, other}), query.NewDisjunctionQuery([]query.Query{theirs, other})},
		} {
			t.Run(tc.phrase+"/"+tc.field+"/"+form.name, func(t *testing.T) {
				got := phraseHits(t, ix, form.mine)
				want := phraseHits(t, ix, form.th)
				if got != want {
					t.Errorf("\n got %s\nwant %s", got, want)
				}
				if form.name == "alone" {
					if n, _ := ix.b.Search(bleve.NewSearchRequest(form.th)); int(n.Total) != tc.matches {
						t.Errorf("bleve finds %d, the case expects %d", n.Total, tc.matches)
					}
				}
			})
		}
	}
}

func phraseHits(t *testing.T, ix *Index, q query.Query) string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100, 0, false)
	req.SortBy([]string{"-_score", "_id"})
	res, err := ix.b.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	s := fmt.Sprintf("%d:", res.Total)
	for _, h := range res.Hits {
		s += fmt.Sprintf(" %s=%.12g", h.ID, h.Score)
	}
	return s
}

// A phrase search through Search finds the phrase in every language's
// fields and highlights it (highlighting runs bleve's own searcher).
func TestPhraseSearch(t *testing.T) {
	ix := phraseIndex(t)
	r := mustSearch(t, ix, Query{Q: `"ministero della difesa"`, Size: MaxSize})
	if r.Total != 2 {
		t.Fatalf("total %d, want 2: %v", r.Total, ids(r))
	}
	for _, h := range r.Hits {
		if h.ID != "p0-06" && h.ID != "p1-06" {
			t.Errorf("unexpected hit %s", h.ID)
		}
		if len(h.Highlights) == 0 {
			t.Errorf("%s: no highlights", h.ID)
		}
	}
}
