package index

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"kronika/corpus"
	"kronika/index/indextest"
)

// benchDocs is the size of the search benchmarks' index; set
// KRONIKA_INDEX_BENCH_DOCS to measure a bigger one (100000 takes minutes
// to build and a few GB of memory).
func benchDocs() int {
	if n, err := strconv.Atoi(os.Getenv("KRONIKA_INDEX_BENCH_DOCS")); err == nil && n > 0 {
		return n
	}
	return 5000
}

var benchIndex = sync.OnceValues(func() (*Index, error) {
	ix, err := OpenMem(Options{Resolver: fakeResolver{}})
	if err != nil {
		return nil, err
	}
	// few big batches: few segments, like a merged index, and little
	// merging in the background while benchmarks run
	recs := indextest.GenerateRecords(benchDocs(), 1)
	for i := 0; i < len(recs); i += 10000 {
		if err := ix.Put(context.Background(), recs[i:min(i+10000, len(recs))]); err != nil {
			return nil, err
		}
	}
	return ix, nil
})

func textBytes(recs []corpus.Record) int64 {
	var n int64
	for _, r := range recs {
		n += int64(len(r.Title) + len(r.Text))
	}
	return n
}

// BenchmarkPut indexes batches of 500 generated records into a fresh
// in-memory index.
func BenchmarkPut(b *testing.B) {
	recs := indextest.GenerateRecords(500, 2)
	b.SetBytes(textBytes(recs))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		ix, err := OpenMem(Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Put(context.Background(), recs); err != nil {
			b.Fatal(err)
		}
		_ = ix.Close()
		n += len(recs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

var benchQueries = []struct {
	name string
	q    Query
}{
	{"match_all_facets", Query{}},
	{"filtered_facets", Query{Q: "drones OR droni OR дронів", Nations: []string{"EE"}, Langs: []string{"en", "it", "uk"}, From: "2023-01-01"}},
	{"text_facets", Query{Q: "defence OR difesa OR оборони"}},
	{"cross_lingual", Query{Q: "Люксембург"}},
	{"word_nation_facets", Query{Q: "coalition", Nations: []string{"DE"}}},
	{"broad_filter_facets", Query{Nations: []string{"UA"}}}, // nearly every document
	{"date_sorted_no_facets", Query{Nations: []string{"UA"}, Sort: SortDate, NoFacets: true}},
	{"word_amount_range", Query{Q: "coalition OR coalizione OR коаліції", MinEUR: fp(1e6), NoFacets: true}},
	{"word_mentioned_dates", Query{Q: "coalition OR coalizione OR коаліції", DateFrom: "2022-03-15", DateTo: "2023-08", NoFacets: true}},
}

func BenchmarkSearch(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	for _, bq := range benchQueries {
		b.Run(bq.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ix.Search(context.Background(), bq.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// bareRequest builds, straight in bleve, the query Search runs for q as
// bleve's own queries say it (text and filters in one conjunction), with
// the same facets, bleve's default sort and no highlighting or stored
// fields: the baseline Search is measured against.
func bareRequest(b *testing.B, ix *Index, q Query) *bleve.SearchRequest {
	bq := plainQuery(b, ix, q)
	req := bleve.NewSearchRequest(bq)
	if !q.NoFacets {
		req.AddFacet(facetNations, bleve.NewFacetRequest(fieldNation, facetSize))
		req.AddFacet(facetMinisters, bleve.NewFacetRequest(fieldMinister, facetSize))
		req.AddFacet(facetLang, bleve.NewFacetRequest(fieldLang, facetSize))
		req.AddFacet(facetSource, bleve.NewFacetRequest(fieldSource, facetSize))
		req.AddFacet(facetTimeline, bleve.NewFacetRequest(fieldMonth, timelineSize))
	}
	if q.Sort == SortDate {
		req.SortBy([]string{"-" + fieldDay})
	}
	return req
}

func BenchmarkBareBleve(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	for _, bq := range benchQueries {
		b.Run(bq.name, func(b *testing.B) {
			req := bareRequest(b, ix, bq.q)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ix.b.Search(req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOverhead alternates Search and the bare bleve request in each
// iteration, so both see the same machine load, and reports Search's time
// as a multiple of bleve's ("x-bleve").
func BenchmarkOverhead(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	for _, bq := range benchQueries {
		b.Run(bq.name, func(b *testing.B) {
			req := bareRequest(b, ix, bq.q)
			ctx := context.Background()
			var ours, bare time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := ix.Search(ctx, bq.q); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if _, err := ix.b.Search(req); err != nil {
					b.Fatal(err)
				}
				ours += t1.Sub(t0)
				bare += time.Since(t1)
			}
			b.ReportMetric(float64(ours)/float64(bare), "x-bleve")
			b.ReportMetric(float64(ours.Microseconds())/1000/float64(b.N), "ms/search")
		})
	}
}
