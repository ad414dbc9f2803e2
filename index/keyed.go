package index

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Searches without text: pages from the day postings.
//
// A search with no words scores every match the same, so its order is its
// sort key's alone: newest first (by relevance or by date) or oldest
// first. bleve's collector finds a page by reading the sort key of every
// match from the doc values — on 100k articles, most of a filter's or a
// match-all's time. Instead the matches are recorded as bitmaps (unscored,
// so bleve reads nothing per match), and the page is taken from the days'
// postings: newest (or oldest) day first, each day's postings within the
// matches, until the page is full. Only the documents of those days are
// looked at; bleve then loads the page by id, in its own sort.

// keyedSearch answers a search without text, bq — matchAll when it has no
// filters either. It returns the page (size+1 hits, as Search asks bleve
// for) with the total, and the facets when asked. A nil result means the
// page could not be found this way (the page reaches undated matches, the
// index is not one scorch index or changed meanwhile): Search asks bleve,
// with the facets found here if they are not nil.
func (ix *Index) keyedSearch(ctx context.Context, bq query.Query, matchAll bool, mode string, after []string, size int, withFacets bool) (*bleve.SearchResult, *Facets, error) {
	var h *hitSet
	if matchAll {
		snap := currentSnapshot(ix.b)
		if snap == nil {
			return nil, nil, nil
		}
		h = liveHitSet(snap)
	} else {
		req := bleve.NewSearchRequestOptions(bq, 0, 0, false)
		req.Score = "none"
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}}) // no sort key read per match
		_, hits, err := ix.searchRecordingHits(ctx, req)
		if err != nil || hits == nil {
			return nil, nil, err
		}
		h = hits
	}
	defer h.release()
	if !countableSnapshot(h.snap, append(facetFields(), fieldDay)...) {
		return nil, nil, nil
	}

	var facets *Facets
	if withFacets {
		switch f, err := h.facets(ctx, sparseShare); {
		case err == nil:
			facets = &f
		case ctx.Err() != nil:
			return nil, nil, err
		} // else bleve's facets, and bleve's report of what is wrong
	}
	var afterKey string
	if len(after) > 0 {
		afterKey = after[len(after)-1] // by relevance, the score before it is 0
	}
	ids, ok, err := h.keyedPage(ctx, size+1, mode != SortDateAsc, afterKey)
	if err != nil || !ok {
		return nil, facets, err
	}
	if len(ids) == 0 {
		return &bleve.SearchResult{Total: h.n, Hits: search.DocumentMatchCollection{}}, facets, nil
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Score = "none"
	req.SortByCustom(sortOrder(mode))
	req.Fields = displayFields
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	if len(res.Hits) != len(ids) {
		return nil, facets, nil // a page document was deleted meanwhile
	}
	res.Total = h.n
	return res, facets, nil
}

// liveHitSet is every live document of snap as a hitSet, which takes over
// the caller's reference to snap.
func liveHitSet(snap *scorch.IndexSnapshot) *hitSet {
	h := newHitSet(snap)
	for i, ss := range snap.Segments() {
		h.bits[i] = ss.DocNumbersLive()
		h.n += h.bits[i].GetCardinality()
	}
	return h
}

// keyedPage returns the ids of the first n matches in a date order —
// newest first (the sk_new keys descending) or oldest first (sk_old
// ascending) — whose keys come after the key after ("" from the start).
// It reports false when undated matches, which come last either way and
// have no day postings, may belong on the page.
func (h *hitSet) keyedPage(ctx context.Context, n int, newest bool, after string) ([]string, bool, error) {
	segs := h.snap.Segments()
	dicts := make([]segment.TermDictionary, len(segs))
	inSegs := make(map[string][]int) // day -> segments with the term
	for i, ss := range segs {
		if h.bits[i].IsEmpty() {
			continue
		}
		d, err := ss.Segment().Dictionary(fieldDay)
		if err != nil {
			return nil, false, err
		}
		dicts[i] = d
		it := d.AutomatonIterator(nil, nil, nil)
		for {
			e, err := it.Next()
			if err != nil {
				return nil, false, err
			}
			if e == nil {
				break
			}
			inSegs[e.Term] = append(inSegs[e.Term], i)
		}
	}
	days := slices.Sorted(maps.Keys(inSegs))
	keyOf, before := oldestKey, func(a, b string) bool { return a < b }
	if newest {
		slices.Reverse(days)
		keyOf, before = newestKey, func(a, b string) bool { return a > b }
	}
	afterDay, _, _ := strings.Cut(after, spellingSep)

	excepts := make([]*roaring.Bitmap, len(segs)) // the segment's non-matches
	var (
		keys  []string
		dated uint64 // matches with a day, on the days looked at
		pl    segment.PostingsList
		it    segment.PostingsIterator
		term  []byte
	)
	for _, day := range days {
		if len(keys) >= n {
			break // the day before is the page's last: all of it is in keys
		}
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		passed := after != "" && before(day, afterDay) // wholly on earlier pages
		term = append(term[:0], day...)
		for _, i := range inSegs[day] {
			if excepts[i] == nil {
				excepts[i] = roaring.Flip(h.bits[i], 0, uint64(segs[i].FullSize()))
			}
			var err error
			if pl, err = dicts[i].PostingsList(term, excepts[i], pl); err != nil {
				return nil, false, err
			}
			if passed {
				dated += pl.Count()
				continue
			}
			it = pl.Iterator(false, false, false, it)
			for {
				p, err := it.Next()
				if err != nil {
					return nil, false, err
				}
				if p == nil {
					break
				}
				dated++
				id, err := segs[i].DocID(p.Number())
				if err != nil {
					return nil, false, err
				}
				if k := keyOf(day, string(id)); after == "" || before(after, k) {
					keys = append(keys, k)
				}
			}
		}
	}
	if len(keys) < n && dated < h.n {
		// Days ran out with matches left over: those are undated. (Days
		// not looked at are only possible with a full page.)
		return nil, false, nil
	}
	slices.Sort(keys)
	if newest {
		slices.Reverse(keys)
	}
	keys = keys[:min(n, len(keys))]
	ids := make([]string, len(keys))
	for i, k := range keys {
		_, ids[i], _ = strings.Cut(k, spellingSep)
	}
	return ids, true, nil
}
