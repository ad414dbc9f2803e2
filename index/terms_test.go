package index

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/registry"
	bindex "github.com/blevesearch/bleve_index_api"

	"kronika/corpus"
)

// bleveTerms analyses fields the way bleve's segment builder sees several
// values of one field: each analysed alone, the term maps merged, the
// lengths added.
func bleveTerms(fields []document.Field) (bindex.TokenFrequencies, int) {
	var tfs bindex.TokenFrequencies
	n := 0
	for _, f := range fields {
		f.Analyze()
		n += f.AnalyzedLength()
		if tfs == nil {
			tfs = f.AnalyzedTokenFrequencies()
		} else {
			tfs.MergeAll(f.Name(), f.AnalyzedTokenFrequencies())
		}
	}
	return tfs, n
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestTermsFieldIsBleves checks that a termsField holds exactly the terms,
// frequencies and length of bleve's own fields for the same values, so
// the index is the same as when each value was its own field.
func TestTermsFieldIsBleves(t *testing.T) {
	kw, err := registry.NewCache().AnalyzerNamed(keyword.Name)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		bleve []document.Field
		add   func(b *termsBuilder)
	}{
		{"keywords", []document.Field{
			document.NewTextFieldCustom("k", nil, []byte("LU"), keywordOpts, kw),
			document.NewTextFieldCustom("k", nil, []byte("UA"), keywordOpts, kw),
			document.NewTextFieldCustom("k", nil, []byte("Умєров"), keywordOpts, kw),
		}, func(b *termsBuilder) {
			b.keyword("k", "LU")
			b.keyword("k", "UA")
			b.keyword("k", "Умєров")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantLen := bleveTerms(tt.bleve)
			b := termsBuilder{doc: document.NewDocument("x")}
			tt.add(&b)
			if len(b.fields) != 1 {
				t.Fatalf("%d fields, want 1", len(b.fields))
			}
			f := b.fields[0]
			f.Analyze()
			got := f.AnalyzedTokenFrequencies()
			if f.AnalyzedLength() != wantLen {
				t.Errorf("length %d, want %d", f.AnalyzedLength(), wantLen)
			}
			if len(got) != len(want) {
				t.Errorf("%d terms, want %d", len(got), len(want))
			}
			for term, w := range want {
				g, ok := got[term]
				switch {
				case !ok:
					t.Errorf("term %q missing", term)
				case g.Frequency() != w.Frequency() || string(g.Term) != string(w.Term) || len(g.Locations) != 0:
					t.Errorf("term %q: frequency %d, want %d", term, g.Frequency(), w.Frequency())
				}
			}
			if f.Size() <= 0 || f.Value() != nil || !f.Options().IsIndexed() || f.Options().IsStored() {
				t.Errorf("field size %d, value %q, options %v", f.Size(), f.Value(), f.Options())
			}
		})
	}
}

// Dates outside the years bleve's own date fields can hold (1677–2262)
// are indexed and filtered like any other; so is the largest amount.
func TestFarDatesAndAmounts(t *testing.T) {
	ctx := context.Background()
	ix := newFixture(t, nil)
	r := corpus.Record{ID: "old", Lang: "uk", Published: "1654-01-18", Title: "Переяславська рада",
		Text: "Рада відбулася у 1654 році, а угоду підписали 2024 року.",
		Entities: corpus.Entities{Dates: []corpus.Date{{Value: "1654"}, {Value: "2024"}},
			Money: []corpus.Money{{Amount: math.MaxFloat64, Currency: "EUR"}}}}
	if err := ix.Put(ctx, []corpus.Record{r}); err != nil {
		t.Fatal(err)
	}
	res := mustSearch(t, ix, Query{Q: "переяславська"})
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v", ids(res))
	}
	if got := res.Hits[0].Entities.Dates; len(got) != 2 {
		t.Errorf("dates shown %v, want both", got)
	}
	for _, q := range []Query{
		{DateFrom: "2024", DateTo: "2024"},
		{DateFrom: "1654", DateTo: "1654"},
		{DateTo: "1700"},
		{From: "1654-01-18", To: "1654-01-18"},
		{To: "1654"},
		{MinEUR: fp(1e300)},
	} {
		q.Q = "переяславська"
		if res := mustSearch(t, ix, q); len(res.Hits) != 1 {
			t.Errorf("%+v: %v, want the record", q, ids(res))
		}
	}
	for _, q := range []Query{{From: "1655"}, {DateFrom: "1655", DateTo: "2023"}, {MaxEUR: fp(1e300)}} {
		q.Q = "переяславська"
		if res := mustSearch(t, ix, q); len(res.Hits) != 0 {
			t.Errorf("%+v: %v, want none", q, ids(res))
		}
	}
}
