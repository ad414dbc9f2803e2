package index

import (
	"context"
	"slices"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
)

// The cache gives each segment's terms and postings once, drops the
// segments a snapshot no longer holds, and does not keep a cancelled read.
func TestTermCache(t *testing.T) {
	ix := newFixture(t, fakeResolver{})
	ctx := context.Background()
	snap := currentSnapshot(ix.b)
	if snap == nil {
		t.Fatal("no snapshot")
	}
	defer snap.Close()
	seg := snap.Segments()[0].Segment()

	c := newTermCache()
	st, err := c.get(ctx, seg, fieldNation)
	if err != nil {
		t.Fatal(err)
	}
	want, err := readSegTerms(ctx, seg, fieldNation)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(st.terms, want.terms) || len(st.terms) == 0 || !slices.IsSorted(st.terms) {
		t.Fatalf("terms %q, read %q", st.terms, want.terms)
	}
	for i := range st.bits {
		if !st.bits[i].Equals(want.bits[i]) || st.bits[i].IsEmpty() {
			t.Errorf("%s: postings %v, read %v", st.terms[i], st.bits[i], want.bits[i])
		}
	}
	if again, _ := c.get(ctx, seg, fieldNation); again != st {
		t.Error("a second get read the segment again")
	}

	other := newFixture(t, nil) // its segments are not ix's
	osnap := currentSnapshot(other.b)
	defer osnap.Close()
	c.retain(snap)
	if len(c.entries) != 1 {
		t.Errorf("retain dropped a segment the snapshot holds: %d entries", len(c.entries))
	}
	c.retain(osnap)
	if len(c.entries) != 0 {
		t.Errorf("retain kept %d entries of segments the snapshot does not hold", len(c.entries))
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := c.get(cancelled, seg, fieldLang); err == nil {
		t.Fatal("a cancelled read succeeded")
	}
	if len(c.entries) != 0 {
		t.Error("a cancelled read stays cached")
	}
	if _, err := c.get(ctx, seg, fieldLang); err != nil {
		t.Errorf("the read after a cancelled one: %v", err)
	}
}

// TestDocTerms: the forward index lists, for every document, exactly the
// terms whose postings hold it, in term order; documents past the last
// posting, and documents between, have none.
func TestDocTerms(t *testing.T) {
	st := &segTerms{
		terms: []string{"a", "b", "c", "d"},
		bits:  []*roaring.Bitmap{roaring.BitmapOf(0, 2, 5), roaring.BitmapOf(2), roaring.New(), roaring.BitmapOf(0, 5, 70000)},
		sizes: []uint64{3, 1, 0, 3},
	}
	fwd := st.docTerms()
	for d := uint32(0); d < 70005; d++ {
		var want []uint32
		for t, b := range st.bits {
			if b.Contains(d) {
				want = append(want, uint32(t))
			}
		}
		var got []uint32
		if int(d)+1 < len(fwd.start) {
			got = fwd.ords[fwd.start[d]:fwd.start[d+1]]
		}
		if !slices.Equal(got, want) {
			t.Fatalf("document %d: terms %v, want %v", d, got, want)
		}
	}
	if st.docTerms() != fwd {
		t.Error("docTerms built the index twice")
	}
}
