package index

import (
	"context"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// segTerms is every term of one field of one segment, in dictionary
// (byte) order, with its postings as a bitmap of segment-local document
// numbers. Deleted documents are in the postings: the matches a count is
// taken over never hold them.
type segTerms struct {
	terms []string
	bits  []*roaring.Bitmap
	sizes []uint64 // each term's number of postings

	fwdOnce sync.Once
	fwd     forward // built by docTerms on first use
}

// forward is a segment field's postings turned around: the ordinals (in
// terms) of document d's terms are ords[start[d]:start[d+1]]. Documents past
// the end of start have no term.
type forward struct {
	start []uint32
	ords  []uint32
}

// docTerms returns the forward index of st, built on first use. Counting a
// facet over a segment's matches then costs a few array increments per
// match, where intersecting every term's postings with the matches walks
// the postings of every term, or the matches once for every term.
func (st *segTerms) docTerms() *forward {
	st.fwdOnce.Do(func() {
		docs, total := 0, 0
		for t, b := range st.bits {
			if !b.IsEmpty() {
				docs = max(docs, int(b.Maximum())+1)
			}
			total += int(st.sizes[t])
		}
		start := make([]uint32, docs+1)
		for _, b := range st.bits {
			b.Iterate(func(d uint32) bool {
				start[d+1]++
				return true
			})
		}
		for d := 1; d <= docs; d++ {
			start[d] += start[d-1]
		}
		next := make([]uint32, docs)
		copy(next, start)
		ords := make([]uint32, total)
		for t, b := range st.bits {
			b.Iterate(func(d uint32) bool {
				ords[next[d]] = uint32(t)
				next[d]++
				return true
			})
		}
		st.fwd = forward{start: start, ords: ords}
	})
	return &st.fwd
}

// termCache keeps the segTerms of the facet, date and entity fields of the
// segments searches read. A segment never changes, so its entry is good
// until a merge replaces the segment; the postings of those few keyword
// fields take a few megabytes for 100k articles. Counting a facet then
// intersects bitmaps in memory instead of walking the term dictionary and
// decoding every term's postings list again for every search — which had
// become a sixth of a loaded server's time.
//
// A nil *termCache caches nothing: each call reads the dictionary.
type termCache struct {
	mu      sync.Mutex
	entries map[termKey]*termEntry
}

type termKey struct {
	seg   segment.Segment
	field string
}

type termEntry struct {
	once  sync.Once
	terms *segTerms
	err   error
}

func newTermCache() *termCache {
	return &termCache{entries: make(map[termKey]*termEntry)}
}

// get returns the terms of field in seg, reading them on first use.
func (c *termCache) get(ctx context.Context, seg segment.Segment, field string) (*segTerms, error) {
	if c == nil {
		return readSegTerms(ctx, seg, field)
	}
	k := termKey{seg, field}
	c.mu.Lock()
	e := c.entries[k]
	if e == nil {
		e = &termEntry{}
		c.entries[k] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.terms, e.err = readSegTerms(ctx, seg, field) })
	if e.err != nil {
		// A cancelled read is not the segment's fault: let the next
		// search read it again.
		c.mu.Lock()
		if c.entries[k] == e {
			delete(c.entries, k)
		}
		c.mu.Unlock()
	}
	return e.terms, e.err
}

// retain drops the entries of segments that snap no longer holds: merged
// away, their memory is the only thing left of them. A search still
// reading an older snapshot reads such a segment's terms again.
func (c *termCache) retain(snap *scorch.IndexSnapshot) {
	if c == nil {
		return
	}
	live := make(map[segment.Segment]bool, len(snap.Segments()))
	for _, ss := range snap.Segments() {
		live[ss.Segment()] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.entries {
		if !live[k.seg] {
			delete(c.entries, k)
		}
	}
}

// readSegTerms reads every term of field in seg with its postings.
func readSegTerms(ctx context.Context, seg segment.Segment, field string) (*segTerms, error) {
	dict, err := seg.Dictionary(field)
	if err != nil {
		return nil, err
	}
	st := &segTerms{}
	var pl segment.PostingsList
	var it segment.PostingsIterator
	var term []byte
	di := dict.AutomatonIterator(nil, nil, nil)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		e, err := di.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		term = append(term[:0], e.Term...)
		if pl, err = dict.PostingsList(term, nil, pl); err != nil {
			return nil, err
		}
		bits := roaring.New()
		if o, ok := pl.(interface{ OrInto(*roaring.Bitmap) }); ok {
			o.OrInto(bits) // zap's postings are a bitmap already
		} else {
			it = pl.Iterator(false, false, false, it)
			for {
				p, err := it.Next()
				if err != nil {
					return nil, err
				}
				if p == nil {
					break
				}
				bits.Add(uint32(p.Number()))
			}
		}
		bits.RunOptimize()
		st.terms = append(st.terms, e.Term)
		st.bits = append(st.bits, bits)
		st.sizes = append(st.sizes, bits.GetCardinality())
	}
	return st, nil
}
