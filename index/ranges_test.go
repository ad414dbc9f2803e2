package index

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/numeric"

	"kronika/corpus"
)

func TestCalendarTerms(t *testing.T) {
	tests := []struct {
		day  string
		want []string
	}{
		{"2024-02-29", []string{"d2024-02-29", "m2024-02", "y2024"}},
		{"0001-01-01", []string{"d0001-01-01", "m0001-01", "y0001"}},
		{"9999-12-31", []string{"d9999-12-31", "m9999-12", "y9999"}},
	}
	for _, tt := range tests {
		b := termsBuilder{}
		if !b.calendar("k", date(tt.day)) {
			t.Fatalf("%s refused", tt.day)
		}
		f := b.fields[0]
		f.Analyze()
		var got []string
		for term, tf := range f.AnalyzedTokenFrequencies() {
			got = append(got, term)
			if tf.Frequency() != 1 {
				t.Errorf("%s: term %s frequency %d", tt.day, term, tf.Frequency())
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: terms %v, want %v", tt.day, got, tt.want)
		}
	}
	b := termsBuilder{}
	if b.calendar("k", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)) || b.calendar("k", time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC)) || len(b.fields) != 0 {
		t.Error("a date outside years 1–9999 was indexed")
	}
}

// rangeFixture indexes n records, each with one to three values drawn
// from value, and returns the index and the values by record id.
func rangeFixture[V any](t *testing.T, n int, rng *rand.Rand, value func() V, rec func(id string, vs []V) corpus.Record) (*Index, map[string][]V) {
	t.Helper()
	ix, err := OpenMem(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	byID := make(map[string][]V, n)
	recs := make([]corpus.Record, n)
	for i := range recs {
		id := fmt.Sprintf("r%03d", i)
		vs := make([]V, 1+rng.IntN(3))
		for j := range vs {
			vs[j] = value()
		}
		byID[id] = vs
		recs[i] = rec(id, byID[id])
	}
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	return ix, byID
}

// expectIDs runs q and compares its hits with the ids whose values satisfy
// in.
func expectIDs[V any](t *testing.T, ix *Index, q Query, byID map[string][]V, in func(V) bool) {
	t.Helper()
	var want []string
	for id, vs := range byID {
		if slices.ContainsFunc(vs, in) {
			want = append(want, id)
		}
	}
	slices.Sort(want)
	q.Size, q.NoFacets = MaxSize, true
	res, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("%+v: %v", q, err)
	}
	if got := sorted(ids(res)); !slices.Equal(got, want) || res.Total != uint64(len(want)) {
		t.Errorf("%+v: %d hits %v,\nwant %d %v", q, res.Total, got, len(want), want)
	}
}

// TestDateRanges checks date filters and comparisons against a scan of the
// dates, over ranges that start and end on every kind of boundary: inside
// a month, on its first or last day, on a year's ends, leap days, and the
// calendar's ends.
func TestDateRanges(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	anchors := []string{"0001-01-01", "1654-01-18", "1991-08-24", "1999-12-31", "2000-01-01",
		"2000-02-29", "2022-02-24", "2023-12-31", "2024-01-01", "2024-02-28", "2024-02-29",
		"2024-03-01", "2024-12-31", "2025-06-30", "9999-12-31"}
	randomDay := func() string {
		if rng.IntN(3) == 0 {
			return anchors[rng.IntN(len(anchors))]
		}
		d := date("1990-01-01").AddDate(0, 0, rng.IntN(40*366))
		return d.Format(time.DateOnly)
	}
	ix, byID := rangeFixture(t, 90, rng, randomDay, func(id string, vs []string) corpus.Record {
		r := corpus.Record{ID: id, Lang: "en", Title: "dated", Text: "a dated record", Published: vs[0]}
		for _, v := range vs {
			r.Entities.Dates = append(r.Entities.Dates, corpus.Date{Value: v})
		}
		return r
	})
	published := make(map[string][]string, len(byID))
	for id, vs := range byID {
		if _, dated := corpus.NormalizeDate(vs[0]); dated {
			published[id] = vs[:1]
		}
	}
	periods := func(p string) (string, string) {
		first, last, ok := parsePeriod(p)
		if !ok {
			t.Fatalf("period %q", p)
		}
		return first.Format(time.DateOnly), last.Format(time.DateOnly)
	}
	check := func(from, to string) {
		lo, hi := minDay, maxDay
		if from != "" {
			lo, _ = periods(from)
		}
		if to != "" {
			_, hi = periods(to)
		}
		in := func(v string) bool { return lo <= v && v <= hi }
		expectIDs(t, ix, Query{DateFrom: from, DateTo: to}, byID, in)
		expectIDs(t, ix, Query{From: from, To: to}, published, in)
	}
	for _, a := range append(anchors, "2024-02", "2024", "1999-12", "2000") {
		for _, b := range []string{"", "2024-02-29", "2024-03", "2030", "9999-12-31", a} {
			if b == "" || a <= b {
				check(a, b)
				check("", a)
			}
		}
	}
	for range 150 {
		a, b := randomDay(), randomDay()
		if a > b {
			a, b = b, a
		}
		switch rng.IntN(3) {
		case 1:
			a, b = a[:7], b[:7]
		case 2:
			a = a[:4]
		}
		check(a, b)
	}

	comparisons := []struct {
		q  string
		in func(string) bool
	}{
		{`date:>="2024-02-29"`, func(v string) bool { return v >= "2024-02-29" }},
		{`date:>"2024-02-29"`, func(v string) bool { return v > "2024-02-29" }},
		{`date:<"2024-02-29"`, func(v string) bool { return v < "2024-02-29" }},
		{`date:<="2024-02-29"`, func(v string) bool { return v <= "2024-02-29" }},
		{`date:>="2024-02-29T12:00:00Z"`, func(v string) bool { return v > "2024-02-29" }},
		{`date:<="2024-02-29T12:00:00Z"`, func(v string) bool { return v <= "2024-02-29" }},
		{`date:>"1999-12-31T23:00:00Z"`, func(v string) bool { return v >= "2000-01-01" }},
		{`date:<"2000-01-01T06:00:00Z"`, func(v string) bool { return v <= "2000-01-01" }},
		{`date:2024-02`, func(v string) bool { return v[:7] == "2024-02" }},
	}
	for _, c := range comparisons {
		expectIDs(t, ix, Query{Q: c.q}, byID, c.in)
	}
}

// TestAmountRanges checks euro filters and comparisons against a scan of
// the amounts, with amounts and bounds on and beside the edges of the
// buckets the index groups amounts in.
func TestAmountRanges(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	edges := []float64{0, 1, 1000, 1e6, 1.5e6, 2_000_000, 4e9, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range []float64{1e6, 3.3e7, 1 << 20, 0.75} {
		// the first and last amounts of v's bucket at every level, and
		// their neighbours
		u := uint64(sortableAmount(v)) ^ signBit
		shifts := amountShifts()
		for _, shift := range shifts[1:] {
			low := uint64(1)<<shift - 1
			for _, w := range []uint64{u &^ low, u | low} {
				x := amountOf(w)
				if x >= 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
					edges = append(edges, x, math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)))
				}
			}
		}
	}
	randomAmount := func() float64 {
		if rng.IntN(3) == 0 {
			return edges[rng.IntN(len(edges))]
		}
		return math.Round(math.Pow(10, rng.Float64()*11)*100) / 100
	}
	ix, byID := rangeFixture(t, 90, rng, randomAmount, func(id string, vs []float64) corpus.Record {
		r := corpus.Record{ID: id, Lang: "it", Title: "importi", Text: "un documento con importi"}
		for _, v := range vs {
			r.Entities.Money = append(r.Entities.Money, corpus.Money{Amount: v, Currency: "EUR"})
		}
		return r
	})
	check := func(lo, hi *float64) {
		in := func(v float64) bool { return (lo == nil || v >= *lo) && (hi == nil || v <= *hi) }
		expectIDs(t, ix, Query{MinEUR: lo, MaxEUR: hi}, byID, in)
	}
	for _, a := range edges {
		check(fp(a), nil)
		check(nil, fp(a))
		check(fp(a), fp(a))
		for _, b := range edges {
			if a <= b {
				check(fp(a), fp(b))
			}
		}
	}
	for range 150 {
		a, b := randomAmount(), randomAmount()
		check(fp(min(a, b)), fp(max(a, b)))
	}
	for _, c := range []struct {
		q  string
		in func(float64) bool
	}{
		{"eur:>1000000", func(v float64) bool { return v > 1e6 }},
		{"eur:>=1000000", func(v float64) bool { return v >= 1e6 }},
		{"eur:<1000000", func(v float64) bool { return v < 1e6 }},
		{"eur:<=1000000", func(v float64) bool { return v <= 1e6 }},
		{"eur:1500000", func(v float64) bool { return v == 1.5e6 }},
		{"eur:" + strconv.FormatFloat(math.MaxFloat64, 'g', -1, 64), func(v float64) bool { return v == math.MaxFloat64 }},
	} {
		expectIDs(t, ix, Query{Q: c.q}, byID, c.in)
	}
}

// amountOf is the amount whose sortable bits, sign flipped, are u.
func amountOf(u uint64) float64 { return numeric.Int64ToFloat64(int64(u ^ signBit)) }
