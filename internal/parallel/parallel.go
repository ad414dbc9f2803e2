// Package parallel runs a function over a stream on all cores and hands the
// results on in input order, with a bounded window so memory stays flat
// however long the stream is.
package parallel

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// OrderedMap applies fn to every item of items with the given number of
// workers (0 means GOMAXPROCS) and calls emit with the results in input
// order. It stops at the first emit error, or when ctx is cancelled, and
// returns that error.
func OrderedMap[T, R any](ctx context.Context, workers int, items iter.Seq[T], fn func(T) R, emit func(R) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		v   T
		out chan R
	}
	jobs := make(chan job, workers*4)
	order := make(chan chan R, workers*8)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(order)
		defer close(jobs)
		for v := range items {
			j := job{v: v, out: make(chan R, 1)}
			select {
			case order <- j.out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- fn(j.v)
			}
		}()
	}
	var err error
	for out := range order {
		if err != nil {
			continue // draining after a failure
		}
		select {
		case r := <-out:
			if err = emit(r); err != nil {
				cancel()
			}
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return ctx.Err()
}
