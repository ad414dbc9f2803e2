package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"kronika/corpus"
)

// segmentedIndex is an index on disk with several segments: the fixture's,
// and fillerSegments of filler records. scorch merges small segments as soon
// as its merger looks at them, so each filler segment is bigger than the
// merge policy's floor (2,000 documents); and the index is closed after
// each batch, because a force merge takes only persisted segments.
func segmentedIndex(t *testing.T) *Index {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "idx")
	batches := [][]corpus.Record{fixture()}
	for s := range fillerSegments {
		var b []corpus.Record
		for i := range 2100 {
			b = append(b, corpus.Record{
				ID:    fmt.Sprintf("filler-%d-%d", s, i),
				Lang:  "en",
				Title: fmt.Sprintf("Filler note %d", i),
				Text:  fmt.Sprintf("A short filler note, number %d of batch %d, about nothing in particular.", i, s),
			})
		}
		batches = append(batches, b)
	}
	for _, b := range batches {
		ix, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := Open(path, Options{Resolver: fakeResolver{}, ReleasePages: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	return ix
}

const fillerSegments = 3

func TestCompact(t *testing.T) {
	ix := segmentedIndex(t)
	queries := []Query{
		{},
		{Q: "defence"},
		{Q: "оборона"},
		{Nations: []string{"EE"}},
		{Q: "coalition", Sort: SortDate},
		{MinEUR: fp(1e6)},
		{DateFrom: "2024-01-01"},
		{From: "2024-01-01", Sort: SortDateAsc},
	}
	type answer struct {
		total uint64
		ids   []string
	}
	ask := func() []answer {
		var out []answer
		for _, q := range queries {
			r := mustSearch(t, ix, q)
			got := ids(r)
			if q.Sort == "" {
				slices.Sort(got) // equal scores may come in another order
			}
			out = append(out, answer{r.Total, got})
		}
		return out
	}
	want := ask()
	wantCount, _ := ix.Count()

	check := func(target, wantBefore int) int {
		t.Helper()
		before, after, err := ix.Compact(context.Background(), target)
		if err != nil {
			t.Fatal(err)
		}
		if before != wantBefore {
			t.Fatalf("Compact(%d) found %d segments, want %d", target, before, wantBefore)
		}
		if after > target || after >= before {
			t.Errorf("Compact(%d): %d segments into %d", target, before, after)
		}
		if n, err := ix.Segments(); err != nil || n != after {
			t.Errorf("Segments() = %d, %v after compacting into %d", n, err, after)
		}
		if n, _ := ix.Count(); n != wantCount {
			t.Errorf("count %d after compacting, was %d", n, wantCount)
		}
		for i, got := range ask() {
			if got.total != want[i].total || !slices.Equal(got.ids, want[i].ids) {
				t.Errorf("%+v: after compacting %d %v, before %d %v", queries[i], got.total, got.ids, want[i].total, want[i].ids)
			}
		}
		return after
	}
	after := check(2, fillerSegments+1)
	after = check(1, after)

	// The default target is more segments than are left: nothing to merge.
	if b, a, err := ix.Compact(context.Background(), 0); err != nil || b != after || a != after {
		t.Errorf("Compact to the default target: %d → %d, %v; want %d → %d", b, a, err, after, after)
	}
}

func TestCompactCancelled(t *testing.T) {
	ix := segmentedIndex(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ix.Compact(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("Compact with a cancelled context: %v", err)
	}
	if n, _ := ix.Count(); n != indexed+fillerSegments*2100 {
		t.Errorf("count %d after a cancelled compaction, want %d", n, indexed+fillerSegments*2100)
	}
}
