package index

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"kronika/corpus"
	"kronika/index/indextest"
)

// churnedIndex returns an index whose segments hold deleted documents:
// generated records in several batches, then updates of some of them (the
// old versions stay in their segments, marked deleted), deletions, a
// duplicate that removes its earlier copy, and records whose terms all
// tie, some of which are deleted again. onDisk picks a persisted index,
// with scorch's persister and merger at work, over an in-memory one.
func churnedIndex(t testing.TB, onDisk bool) *Index {
	t.Helper()
	var ix *Index
	var err error
	if onDisk {
		ix, err = Open(t.TempDir()+"/index.bleve", Options{})
	} else {
		ix, err = OpenMem(Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	ctx := context.Background()
	put := func(recs []corpus.Record) {
		t.Helper()
		if err := ix.Put(ctx, recs); err != nil {
			t.Fatal(err)
		}
	}

	recs := indextest.GenerateRecords(600, 7)
	for i := 0; i < len(recs); i += 200 {
		put(recs[i : i+200])
	}
	// 30 sources, months and nations with one document each: more
	// equal counts than a facet keeps, so the tie order decides which.
	var ties []corpus.Record
	for i := range 30 {
		ties = append(ties, corpus.Record{
			ID: fmt.Sprintf("tie-%02d", i), Lang: "en", Source: fmt.Sprintf("src-%02d", 29-i),
			Published: fmt.Sprintf("%04d-%02d-01", 1990+i/12, 1+i%12),
			Title:     "tie", Text: "tie",
			Entities: corpus.Entities{Nations: []corpus.Nation{{Code: fmt.Sprintf("Q%02d", i)}}},
		})
	}
	put(ties)

	// Updates: other language, source, month and entities for every
	// fifth generated record, in two batches.
	var updated []corpus.Record
	for i := 0; i < len(recs); i += 5 {
		r := recs[i]
		r.Lang, r.Source, r.Site = "it", "moved", ""
		if r.Published != "" {
			r.Published = "2021-06-15"
		}
		r.Entities.Nations = []corpus.Nation{{Code: "UA"}, {Code: "ZZ"}}
		r.Entities.Ministers = nil
		updated = append(updated, r)
	}
	put(updated[:len(updated)/2])
	put(updated[len(updated)/2:])
	// An update that changes nothing still replaces the document.
	put(recs[1:4])

	// Deletions: generated records, and some of the ties, so that their
	// terms remain in the dictionaries with no live document.
	var gone []string
	for i := 3; i < len(recs); i += 11 {
		gone = append(gone, recs[i].ID)
	}
	gone = append(gone, "tie-00", "tie-07", "tie-29", "no-such-id")
	if err := ix.Delete(ctx, gone); err != nil {
		t.Fatal(err)
	}
	put([]corpus.Record{{ID: recs[2].ID, Lang: "en", Title: "dupe", DuplicateOf: recs[9].ID}})
	return ix
}

// bleveFacets is what bleve's own collector computes for q: the facets
// of the same request Search runs, with bleve's facets asked for.
func bleveFacets(t *testing.T, ix *Index, q Query) (*bleve.SearchResult, Facets) {
	t.Helper()
	bq, score := compiledQuery(t, ix, q)
	size := q.Size
	if size == 0 {
		size = DefaultSize
	}
	req := bleve.NewSearchRequestOptions(bq, size+1, 0, false)
	req.Score = score
	mode := normSort(q.Sort)
	req.SortByCustom(sortOrder(mode))
	if q.After != "" {
		tok, err := decodeToken(q.After)
		if err != nil {
			t.Fatal(err)
		}
		req.SearchAfter = tok.Keys
	}
	addFacets(req)
	res, err := ix.b.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	return res, makeFacets(res.Facets)
}

// searchLikeBleve runs q and checks its facets, total and page against
// bleve's own search of the same query tree in Search's sort.
func searchLikeBleve(t *testing.T, ix *Index, q Query) *Result {
	t.Helper()
	got := mustSearch(t, ix, q)
	wantRes, want := bleveFacets(t, ix, q)
	if !reflect.DeepEqual(got.Facets, want) {
		t.Errorf("%+v: facets differ\n got %+v\nwant %+v", q, got.Facets, want)
	}
	if got.Total != wantRes.Total {
		t.Errorf("%+v: total %d, bleve's %d", q, got.Total, wantRes.Total)
	}
	var wantIDs []string
	for _, h := range wantRes.Hits[:min(len(wantRes.Hits), len(got.Hits))] {
		wantIDs = append(wantIDs, h.ID)
	}
	if gotIDs := ids(got); !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("%+v: page %v, bleve's %v", q, gotIDs, wantIDs)
	}
	return got
}

func hasDeletions(ix *Index) bool {
	snap := currentSnapshot(ix.b)
	if snap == nil {
		return false
	}
	defer snap.Close()
	for _, ss := range snap.Segments() {
		if d := ss.Deleted(); d != nil && !d.IsEmpty() {
			return true
		}
	}
	return false
}

// The facets, total and page of a match-all search are those bleve's
// collector gives, on an index whose segments hold deleted documents,
// for every sort and on later pages.
func TestMatchAllFacetsEqualBleve(t *testing.T) {
	for _, store := range []struct {
		name   string
		onDisk bool
	}{{"memory", false}, {"disk", true}} {
		t.Run(store.name, func(t *testing.T) {
			ix := churnedIndex(t, store.onDisk)
			if !store.onDisk && !hasDeletions(ix) {
				t.Fatal("no segment holds deleted documents: the test tests nothing")
			}
			n, err := ix.Count()
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range []Query{
				{},
				{Sort: SortDate},
				{Sort: SortDateAsc},
				{Size: 3},
				{Size: MaxSize, Sort: SortDate},
			} {
				// the first page and the two after it
				for page := 1; page <= 3; page++ {
					t.Run(fmt.Sprintf("%s/size%d/page%d", normSort(q.Sort), q.Size, page), func(t *testing.T) {
						got := searchLikeBleve(t, ix, q)
						if got.Total != n {
							t.Errorf("total %d, count %d", got.Total, n)
						}
						q.After = got.Next
					})
				}
			}
			if !store.onDisk {
				// nothing changes an in-memory index behind the test's
				// back: the dictionaries must have counted
				res, f, err := ix.keyedSearch(context.Background(), query.NewMatchAllQuery(), true, SortRelevance, nil, DefaultSize, true)
				if err != nil || f == nil || res == nil {
					t.Errorf("keyedSearch fell back to bleve (err %v)", err)
				}
			}
		})
	}
}

// termCounts over the live documents gives every term's count, not only the top ones: terms
// whose documents are all deleted are absent, updated documents count
// under their new terms only.
func TestLiveTermCountsAllTerms(t *testing.T) {
	ix := churnedIndex(t, false)
	snap := currentSnapshot(ix.b)
	if snap == nil {
		t.Fatal("no scorch snapshot")
	}
	live := liveHitSet(snap, nil)
	defer live.release()
	for _, f := range searchFacets {
		t.Run(f.field, func(t *testing.T) {
			req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 0, 0, false)
			req.AddFacet(f.name, bleve.NewFacetRequest(f.field, 1<<20))
			res, err := ix.b.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]int{}
			for _, tf := range res.Facets[f.name].Terms.Terms() {
				want[tf.Term] = tf.Count
			}
			got, err := live.termCounts(context.Background(), f.field)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("counts differ\n got %v\nwant %v", got, want)
			}
		})
	}
	got, err := live.termCounts(context.Background(), fieldSource)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range []string{"src-29", "src-22", "src-00"} { // tie-00, tie-07, tie-29: deleted
		if n, ok := got[term]; ok {
			t.Errorf("source %s of a deleted document counted %d times", term, n)
		}
	}
	if got["moved"] == 0 {
		t.Error("the updates' new source is not counted")
	}
}

func TestTopTerms(t *testing.T) {
	cases := []struct {
		name   string
		counts map[string]int
		size   int
		want   []TermCount
	}{
		{"empty", map[string]int{}, 20, []TermCount{}},
		{"by count", map[string]int{"a": 1, "b": 3, "c": 2}, 20,
			[]TermCount{{"b", 3}, {"c", 2}, {"a", 1}}},
		{"ties by bytes", map[string]int{"b": 2, "a": 2, "B": 2, "É": 2, "z": 2}, 20,
			[]TermCount{{"B", 2}, {"a", 2}, {"b", 2}, {"z", 2}, {"É", 2}}},
		{"trimmed within a tie", map[string]int{"x": 5, "d": 1, "c": 1, "b": 1}, 3,
			[]TermCount{{"x", 5}, {"b", 1}, {"c", 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := topTerms(c.counts, c.size); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// An index bleve does not back with a single scorch index — an alias over
// several — gets bleve's facets; so does an index the fast path finds
// closed.
func TestMatchAllFacetsFallback(t *testing.T) {
	a, b := newFixture(t, nil), newFixture(t, nil)
	alias := bleve.NewIndexAlias(a.Bleve(), b.Bleve())
	if snap := currentSnapshot(alias); snap != nil {
		_ = snap.Close()
		t.Fatal("an alias over two indexes has a snapshot")
	}
	// wrap would take the alias's mapping, which one over several
	// indexes does not have.
	ix := &Index{b: alias, an: a.an, timeout: DefaultTimeout, maxTerms: DefaultMaxTermSearchers}
	got := mustSearch(t, ix, Query{})
	_, want := bleveFacets(t, ix, Query{})
	if !reflect.DeepEqual(got.Facets, want) {
		t.Errorf("facets differ\n got %+v\nwant %+v", got.Facets, want)
	}
	if got.Total != 2*indexed || len(got.Facets.Lang) == 0 || got.Facets.Lang[0].Count < 2 {
		t.Errorf("total %d, lang facet %v: not over both indexes", got.Total, got.Facets.Lang)
	}

	for _, open := range []struct {
		name string
		open func() (*Index, error)
	}{
		{"memory", func() (*Index, error) { return OpenMem(Options{}) }},
		{"disk", func() (*Index, error) { return Open(t.TempDir()+"/index.bleve", Options{}) }},
	} {
		t.Run("closed "+open.name, func(t *testing.T) {
			c, err := open.open()
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Put(context.Background(), fixture()); err != nil {
				t.Fatal(err)
			}
			if err := c.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Search(context.Background(), Query{}); err == nil {
				t.Error("a search of a closed index succeeds")
			}
		})
	}
}

// Searches while batches come in: each answer's facets are those of the
// documents its total counts (every document has one language, so the
// language counts add up to the total), whichever path computed them. The
// window in which a batch would make them differ is narrow, so this finds
// a missing snapshot check only by luck.
func TestMatchAllFacetsWhileIndexing(t *testing.T) {
	for _, onDisk := range []bool{false, true} {
		t.Run(fmt.Sprintf("onDisk=%v", onDisk), func(t *testing.T) {
			ix := churnedIndex(t, onDisk)
			recs := indextest.GenerateRecords(400, 8)
			var wg sync.WaitGroup
			wg.Go(func() {
				for i := 0; i < len(recs); i += 20 {
					if err := ix.Put(context.Background(), recs[i:i+20]); err != nil {
						t.Error(err)
						return
					}
					if err := ix.Delete(context.Background(), []string{recs[i].ID}); err != nil {
						t.Error(err)
						return
					}
				}
			})
			for range 60 {
				r := mustSearch(t, ix, Query{})
				sum := 0
				for _, l := range r.Facets.Lang {
					sum += l.Count
				}
				if uint64(sum) != r.Total {
					t.Fatalf("language counts add up to %d, total is %d", sum, r.Total)
				}
			}
			wg.Wait()
		})
	}
}

// BenchmarkMatchAllFacets measures a match-all search with facets as
// Search runs it, against the same search with bleve computing the facets
// (what Search did before), and the dictionary counting alone.
func BenchmarkMatchAllFacets(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.Run("search", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ix.Search(ctx, Query{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("bleve_facets", func(b *testing.B) {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), DefaultSize+1, 0, false)
		req.SortByCustom(sortOrder(SortRelevance))
		req.Fields = displayFields
		addFacets(req)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ix.b.SearchInContext(ctx, req); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("counts_only", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			h := liveHitSet(currentSnapshot(ix.b), ix.terms)
			if _, err := h.facets(ctx, sparseShare); err != nil {
				b.Fatal(err)
			}
			h.release()
		}
	})
}

// TestEntityTermsEqualBleve: the entity counts read from the dictionaries
// are bleve's facet counts, in bleve's order, on an index with updates and
// deletions.
func TestEntityTermsEqualBleve(t *testing.T) {
	for _, onDisk := range []bool{false, true} {
		ix := churnedIndex(t, onDisk)
		ctx := context.Background()
		for _, f := range [][2]string{{fieldNation, fieldNationSp}, {fieldMinister, fieldMinisterSp}} {
			ids, sps, err := ix.entityTerms(ctx, f[0], f[1])
			if err != nil {
				t.Fatal(err)
			}
			wantIDs, wantSps, err := ix.bleveEntityTerms(ctx, f[0], f[1])
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) == 0 || len(sps) == 0 {
				t.Fatalf("onDisk=%v %s: no terms", onDisk, f[0])
			}
			if !reflect.DeepEqual(ids, wantIDs) || !reflect.DeepEqual(sps, wantSps) {
				t.Errorf("onDisk=%v %s: dictionaries\n%v %v\nbleve\n%v %v", onDisk, f[0], ids, sps, wantIDs, wantSps)
			}
		}
	}
}

// The facets of queries with text, filters or both, counted over the
// matches the search recorded, are those bleve's collector gives — on an
// index whose segments hold deleted and updated documents, for every sort,
// on later pages, and for queries matching one document or none.
func TestHitFacetsEqualBleve(t *testing.T) {
	queries := []Query{
		{Q: "defence"},
		{Q: "difesa droni"},
		{Q: "оборони"},
		{Q: `"air defence"`},
		{Q: "+coalition -drones"},
		{Q: "Estonia"}, // a nation name: entity terms too
		{Q: "capab*"},
		{Q: "tie"},
		{Q: "zzzz-no-such-word"},
		{Nations: []string{"UA"}}, // nearly everything, updated documents included
		{Nations: []string{"ZZ"}}, // only the updated versions
		{Nations: []string{"EE", "LU"}},
		{Langs: []string{"it"}},
		{Sources: []string{"moved"}},
		{From: "2022-01-01", To: "2022-06-30"},
		{Q: "defence", Nations: []string{"DE"}, Sort: SortDate},
		{Q: "difesa", Langs: []string{"it"}, Sort: SortDateAsc, Size: 3},
		{Q: "support", From: "2023", Size: MaxSize},
		{Ministers: []string{"Rustem Umerov"}},
	}
	for _, store := range []struct {
		name   string
		onDisk bool
	}{{"memory", false}, {"disk", true}} {
		t.Run(store.name, func(t *testing.T) {
			ix := churnedIndex(t, store.onDisk)
			nonEmpty := 0
			for i, q := range queries {
				for page := 1; page <= 2; page++ {
					t.Run(fmt.Sprintf("%d/page%d", i, page), func(t *testing.T) {
						got := searchLikeBleve(t, ix, q)
						if got.Total > 0 && page == 1 {
							nonEmpty++
						}
						q.After = got.Next
					})
				}
			}
			if nonEmpty < len(queries)-2 {
				t.Errorf("only %d of %d queries found anything: the test tests little", nonEmpty, len(queries))
			}
			if !store.onDisk {
				// Nothing changes an in-memory index behind the test's
				// back: the matches must have been recorded and counted.
				c, err := ix.compileText("defence")
				if err != nil {
					t.Fatal(err)
				}
				req := bleve.NewSearchRequestOptions(c.query, 1, 0, false)
				res, hits, err := ix.searchRecordingHits(context.Background(), req)
				if err != nil || hits == nil {
					t.Fatalf("searchRecordingHits recorded nothing (err %v)", err)
				}
				defer hits.release()
				if hits.n != res.Total || res.Total == 0 {
					t.Errorf("recorded %d matches of %d", hits.n, res.Total)
				}
			}
		})
	}
}

// Both ways of counting over the matches — doc values of sparse segments,
// dictionaries of the others — give bleve's facets, alone or mixed.
func TestHitFacetsBothWays(t *testing.T) {
	ix := churnedIndex(t, false)
	ctx := context.Background()
	for _, q := range []Query{{Q: "defence"}, {Q: "оборони"}, {Nations: []string{"UA"}}, {Q: "tie"}, {Q: "difesa", Langs: []string{"it"}}} {
		_, want := bleveFacets(t, ix, q)
		bq, _ := compiledQuery(t, ix, q)
		res, hits, err := ix.searchRecordingHits(ctx, bleve.NewSearchRequestOptions(bq, 1, 0, false))
		if err != nil || hits == nil || res.Total == 0 {
			t.Fatalf("%+v: nothing recorded (%v)", q, err)
		}
		for _, share := range []uint64{0, 8, 1 << 40} { // never, some, always from doc values
			got, err := hits.facets(ctx, share)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%+v share %d: facets differ\n got %+v\nwant %+v", q, share, got, want)
			}
		}
		hits.release()
	}
}

// A search without text takes its pages from the day postings, equal to
// bleve's pages in its sort, and leaves to bleve the pages that reach
// undated matches.
func TestKeyedSearch(t *testing.T) {
	ix := churnedIndex(t, false)
	ctx := context.Background()
	const size = 7
	for _, q := range []Query{{}, {Nations: []string{"UA"}}, {Langs: []string{"it"}}, {From: "2022-01-01"}, {Nations: []string{"ZZ"}}} {
		for _, mode := range []string{SortRelevance, SortDate, SortDateAsc} {
			bq, score := compiledQuery(t, ix, q)
			req := bleve.NewSearchRequestOptions(bq, 10000, 0, false)
			req.Score = score
			req.SortByCustom(sortOrder(mode))
			req.Fields = []string{fieldDay}
			all, err := ix.b.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			dated := 0
			for _, h := range all.Hits {
				if _, ok := h.Fields[fieldDay]; ok {
					dated++
				}
			}
			matchAll := q.Nations == nil && q.Langs == nil && q.From == ""
			var after []string
			answered := 0
			for start := 0; start < len(all.Hits); start += size {
				res, _, err := ix.keyedSearch(ctx, bq, matchAll, mode, after, size, false)
				if err != nil {
					t.Fatal(err)
				}
				end := min(start+size+1, len(all.Hits))
				if end > dated && dated < len(all.Hits) {
					if res != nil {
						t.Errorf("%+v %s from %d: a page reaching undated matches answered", q, mode, start)
					}
					break
				}
				if res == nil {
					t.Fatalf("%+v %s from %d: not answered", q, mode, start)
				}
				answered++
				var want []string
				for _, h := range all.Hits[start:end] {
					want = append(want, h.ID)
				}
				var got []string
				for _, h := range res.Hits {
					got = append(got, h.ID)
				}
				if !slices.Equal(got, want) || res.Total != all.Total {
					t.Fatalf("%+v %s from %d: page %v (total %d), bleve's %v (total %d)", q, mode, start, got, res.Total, want, all.Total)
				}
				if len(res.Hits) <= size {
					break
				}
				last := res.Hits[size-1].Sort
				after = []string{last[len(last)-1]}
			}
			if answered == 0 && dated > size {
				t.Errorf("%+v %s: no page answered from the day postings", q, mode)
			}
		}
	}
}
