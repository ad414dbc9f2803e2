package index

import (
	"context"
	"errors"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Facets of any query, from its matches and the term dictionaries.
//
// bleve's facets visit the doc values of every match for every faceted
// field; with five facets, two of them multi-valued (a document names many
// nations), that is most of a broad search's time — on 100k articles a
// word query matching a fifth of them spent three quarters of its time
// there. Instead, the search records its matches as they go by (a
// document-match handler wrapped around bleve's own, which sees every
// match, as the facets builder does, including those a search_after page
// skips) in one bitmap per segment of the snapshot the search read. A
// term's count is then the size of its postings list within the segment's
// matches, summed over the segments: a few hundred bitmap intersections
// per segment, whatever the number of matches. Deleted documents are never
// matches, so they are never counted.

// errUncountable: the search did not read one scorch snapshot; its facets
// come from bleve.
var errUncountable = errors.New("index: matches not countable")

// hitSet is the matches of one search, per segment of the snapshot it read.
type hitSet struct {
	snap    *scorch.IndexSnapshot // a reference of ours; release closes it
	terms   *termCache            // the postings of the segments' facet, date and entity fields
	offsets []uint64              // first global document number of each segment
	bits    []*roaring.Bitmap     // matches, as segment-local document numbers
	n       uint64
	cur     int // segment of the last match: matches come in ascending order
	err     error
}

func newHitSet(snap *scorch.IndexSnapshot, terms *termCache) *hitSet {
	terms.retain(snap)
	segs := snap.Segments()
	h := &hitSet{snap: snap, terms: terms, offsets: make([]uint64, len(segs)), bits: make([]*roaring.Bitmap, len(segs))}
	var running uint64
	for i, ss := range segs {
		h.offsets[i] = running
		running += uint64(ss.FullSize())
		h.bits[i] = roaring.New()
	}
	return h
}

func (h *hitSet) add(id bindex.IndexInternalID) {
	if h.err != nil {
		return
	}
	if len(id) != 8 || len(h.offsets) == 0 {
		h.err = errUncountable
		return
	}
	n := id.Value()
	seg := h.cur
	if n < h.offsets[seg] || (seg+1 < len(h.offsets) && n >= h.offsets[seg+1]) {
		seg = sort.Search(len(h.offsets), func(i int) bool { return h.offsets[i] > n }) - 1
		if seg < 0 {
			h.err = errUncountable
			return
		}
		h.cur = seg
	}
	h.bits[seg].Add(uint32(n - h.offsets[seg]))
	h.n++
}

func (h *hitSet) release() {
	if h != nil && h.snap != nil {
		_ = h.snap.Close()
		h.snap = nil
	}
}

// searchRecordingHits runs req — which must ask for no facets — and
// returns its result with the matches it found. A nil hitSet with a nil
// error means the matches could not be recorded (not one scorch index,
// nested documents, a mapping that dropped a faceted field); the result is
// then still good, only without the matches. The caller releases the set.
func (ix *Index) searchRecordingHits(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, *hitSet, error) {
	var hits *hitSet
	spoiled := false
	maker := func(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
		if err != nil || next == nil {
			return next, loadID, err
		}
		snap, ok := sctx.IndexReader.(*scorch.IndexSnapshot)
		if !ok || hits != nil || spoiled || !countableSnapshot(snap, facetFields()...) {
			// Another collector (an alias searches each index in turn),
			// or not a snapshot whose dictionaries count as bleve does.
			spoiled = true
			return next, loadID, nil
		}
		snap.AddRef()
		hits = newHitSet(snap, ix.terms)
		h := hits
		return func(d *search.DocumentMatch) error {
			if d != nil {
				h.add(d.IndexInternalID)
			}
			return next(d)
		}, loadID, nil
	}
	res, err := ix.b.SearchInContext(context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(maker)), req)
	if err != nil || spoiled || hits == nil || hits.err != nil || hits.n != res.Total {
		hits.release()
		return res, nil, err
	}
	return res, hits, nil
}

// sparseShare: a segment where fewer than one document in sparseShare
// matches has its matches' doc values read, as bleve does, rather than
// every facet term's postings intersected with them. Measured on a 100k
// index: a match's doc values cost ~13 µs (a compressed chunk decoded per
// field, since sparse matches rarely share one), the intersections ~350
// µs for a segment of 5,000 documents whatever its matches.
const sparseShare = 400

// facets counts the search facets over the matches, from the doc values
// of the matches of segments where fewer than one document in share
// matches (sparseShare), else from the terms' postings (termCache).
func (h *hitSet) facets(ctx context.Context, share uint64) (Facets, error) {
	segs := h.snap.Segments()
	fields := facetFields()
	counts := make([]map[string]int, len(fields))
	for i := range counts {
		counts[i] = make(map[string]int)
	}
	var dense, sparse []int
	for i, b := range h.bits {
		switch n, size := b.GetCardinality(), uint64(segs[i].FullSize()); {
		case n == 0:
		case n*share < size:
			sparse = append(sparse, i)
		default:
			dense = append(dense, i)
		}
	}
	if len(sparse) > 0 {
		if err := h.visitSparse(ctx, sparse, fields, counts); err != nil {
			return Facets{}, err
		}
	}
	byName := make(map[string][]TermCount, len(searchFacets))
	sets, rest := h.smaller(dense)
	for i, f := range searchFacets {
		if err := h.countTerms(ctx, f.field, dense, sets, rest, counts[i]); err != nil {
			return Facets{}, err
		}
		byName[f.name] = topTerms(counts[i], f.size)
	}
	return facetsOf(func(name string) []TermCount { return byName[name] }), nil
}

// termCounts counts, for each term of field, the matches holding it, over
// every segment.
func (h *hitSet) termCounts(ctx context.Context, field string) (map[string]int, error) {
	var segs []int
	for i, b := range h.bits {
		if !b.IsEmpty() {
			segs = append(segs, i)
		}
	}
	counts := make(map[string]int)
	sets, rest := h.smaller(segs)
	if err := h.countTerms(ctx, field, segs, sets, rest, counts); err != nil {
		return nil, err
	}
	return counts, nil
}

// smaller returns, for each of the segments segs, the smaller of its
// matches and the rest of its documents, and whether it is the rest (nil
// and false for the other segments). Counting a facet walks the smaller
// set: a term's count is its postings within the matches, or its postings
// less those within the rest.
func (h *hitSet) smaller(segs []int) (sets []*roaring.Bitmap, rest []bool) {
	all := h.snap.Segments()
	sets, rest = make([]*roaring.Bitmap, len(all)), make([]bool, len(all))
	for _, seg := range segs {
		sets[seg] = h.bits[seg]
		if n, size := h.bits[seg].GetCardinality(), uint64(all[seg].FullSize()); 2*n > size {
			sets[seg], rest[seg] = roaring.Flip(h.bits[seg], 0, size), true
		}
	}
	return sets, rest
}

// countTerms adds to counts, for each term of field, the matches of the
// segments segs that hold it, from the segments' forward indexes
// (termCache); sets and rest are what h.smaller returned for segs.
func (h *hitSet) countTerms(ctx context.Context, field string, segs []int, sets []*roaring.Bitmap, rest []bool, counts map[string]int) error {
	all := h.snap.Segments()
	buf := make([]uint32, 256)
	var c []uint64
	for _, seg := range segs {
		if err := ctx.Err(); err != nil {
			return err
		}
		st, err := h.terms.get(ctx, all[seg].Segment(), field)
		if err != nil {
			return err
		}
		fwd := st.docTerms()
		if cap(c) < len(st.terms) {
			c = make([]uint64, len(st.terms))
		} else {
			c = c[:len(st.terms)]
			clear(c)
		}
		it := sets[seg].ManyIterator()
		for k := it.NextMany(buf); k > 0; k = it.NextMany(buf) {
			for _, d := range buf[:k] {
				if int(d)+1 < len(fwd.start) {
					for _, o := range fwd.ords[fwd.start[d]:fwd.start[d+1]] {
						c[o]++
					}
				}
			}
		}
		for j, n := range c {
			if rest[seg] {
				n = st.sizes[j] - n
			}
			if n > 0 {
				counts[st.terms[j]] += int(n)
			}
		}
	}
	return nil
}

// visitSparse counts the facet terms of the matches of the segments
// sparse from their doc values; counts are in the order of fields.
func (h *hitSet) visitSparse(ctx context.Context, sparse []int, fields []string, counts []map[string]int) error {
	dvr, err := h.snap.DocValueReader(fields)
	if err != nil {
		return err
	}
	pos := make(map[string]int, len(fields))
	for i, f := range fields {
		pos[f] = i
	}
	visit := func(field string, term []byte) {
		if i, ok := pos[field]; ok {
			counts[i][string(term)]++
		}
	}
	id := make(bindex.IndexInternalID, 8)
	for _, seg := range sparse {
		if err := ctx.Err(); err != nil {
			return err
		}
		it := h.bits[seg].Iterator()
		for it.HasNext() {
			id = bindex.NewIndexInternalID(id, h.offsets[seg]+uint64(it.Next()))
			if err := dvr.VisitDocValues(id, visit); err != nil {
				return err
			}
		}
	}
	return nil
}
