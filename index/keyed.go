package index

import (
	"context"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
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
		h = liveHitSet(snap, ix.terms)
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
func liveHitSet(snap *scorch.IndexSnapshot, terms *termCache) *hitSet {
	h := newHitSet(snap, terms)
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
	days := make([]*segTerms, len(segs))
	next := make([]int, len(segs)) // per segment, the day to look at next; -1 when done
	for i, ss := range segs {
		next[i] = -1
		if h.bits[i].IsEmpty() {
			continue
		}
		st, err := h.terms.get(ctx, ss.Segment(), fieldDay)
		if err != nil {
			return nil, false, err
		}
		if len(st.terms) == 0 {
			continue
		}
		days[i] = st
		if newest {
			next[i] = len(st.terms) - 1
		} else {
			next[i] = 0
		}
	}
	keyOf, before := oldestKey, func(a, b string) bool { return a < b }
	if newest {
		keyOf, before = newestKey, func(a, b string) bool { return a > b }
	}
	afterDay, _, _ := strings.Cut(after, spellingSep)

	var keys []string
	var dated uint64 // matches with a day, on the days looked at
	for len(keys) < n {
		// The day that comes first among the segments' next days.
		day, found := "", false
		for i, k := range next {
			if k >= 0 && (!found || before(days[i].terms[k], day)) {
				day, found = days[i].terms[k], true
			}
		}
		if !found {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		passed := after != "" && before(day, afterDay) // wholly on earlier pages
		for i, k := range next {
			if k < 0 || days[i].terms[k] != day {
				continue
			}
			if newest {
				next[i] = k - 1
			} else if next[i] = k + 1; next[i] == len(days[i].terms) {
				next[i] = -1
			}
			on := roaring.And(days[i].bits[k], h.bits[i])
			dated += on.GetCardinality()
			if passed {
				continue
			}
			it := on.Iterator()
			for it.HasNext() {
				id, err := segs[i].DocID(uint64(it.Next()))
				if err != nil {
					return nil, false, err
				}
				if key := keyOf(day, string(id)); after == "" || before(after, key) {
					keys = append(keys, key)
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
