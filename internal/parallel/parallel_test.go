package parallel

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func TestOrder(t *testing.T) {
	var got []int
	err := OrderedMap(context.Background(), 4, count(500), func(i int) int {
		if i%7 == 0 {
			time.Sleep(time.Millisecond) // finish out of order
		}
		return i * 2
	}, func(r int) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		if r != i*2 {
			t.Fatalf("result %d = %d, want %d", i, r, i*2)
		}
	}
	if len(got) != 500 {
		t.Fatalf("got %d results", len(got))
	}
}

func TestEmitErrorStops(t *testing.T) {
	boom := errors.New("boom")
	var got []int
	err := OrderedMap(context.Background(), 2, count(10000), func(i int) int { return i }, func(r int) error {
		if r == 5 {
			return boom
		}
		got = append(got, r)
		return nil
	})
	if !errors.Is(err, boom) || !slices.Equal(got, []int{0, 1, 2, 3, 4}) {
		t.Fatalf("err=%v got=%v", err, got)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := OrderedMap(ctx, 2, count(1<<30), func(i int) int { return i }, func(int) error {
		n++
		if n == 100 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

func BenchmarkOrderedMap(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = OrderedMap(context.Background(), 0, count(1000), func(i int) int { return i }, func(int) error { return nil })
	}
}
