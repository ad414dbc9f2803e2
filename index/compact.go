package index

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// The background merges keep segments to MaxSegmentDocs articles, so that a
// batch job's memory stays bounded; a 100k-article index keeps some twenty
// of them, and a search visits every one. Compact is the operator's way to
// trade one long merge for faster searches after a large import or a
// reindex. On a 105k-article index one round took 17 segments to 2 and the
// load test's p99 latency from 49 to 34 ms; a second round, to 1 segment,
// took as long again and changed no latency. The price: zap sizes a
// posting's chunks by the segment's document count, so searches on large
// segments map more of the files, and a server's peak RSS under the same
// load went from 215 to 524 MB, nearly all of it file pages (README,
// "Serving"). That is why compaction is the operator's choice, not a
// policy of the background merges.

// Compact merges in rounds; a round merges groups of up to compactGroup
// segments. It stops at compactTarget segments, or after maxCompactRounds
// (three rounds take a thousand segments, ten million articles, to one).
const (
	compactGroup     = 10
	compactTarget    = 2
	maxCompactRounds = 3
)

// Segments returns the number of segments the index's searches visit.
func (ix *Index) Segments() (int, error) {
	s, err := ix.scorch()
	if err != nil {
		return 0, err
	}
	st := s.StatsMap()
	files, _ := st["num_root_filesegments"].(uint64)
	mem, _ := st["num_root_memorysegments"].(uint64)
	return int(files + mem), nil
}

// Compact merges the index's segments into one or two and returns how many
// there were before and after. Each round rewrites the segments it merges;
// searches keep working meanwhile. Only segments already written to disk
// are merged, so an index in memory keeps its segments.
func (ix *Index) Compact(ctx context.Context) (before, after int, err error) {
	s, err := ix.scorch()
	if err != nil {
		return 0, 0, err
	}
	if ix.stop == nil {
		// A merge reads its inputs whole through their memory maps: give
		// the pages back as it goes, as ReleasePages does, or a server's
		// resident set would grow by the size of the index.
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			t := time.NewTicker(ReleaseInterval)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					ix.releaseResident()
				}
			}
		})
		defer func() {
			close(done)
			wg.Wait()
		}()
	}
	if before, err = ix.Segments(); err != nil {
		return 0, 0, err
	}
	after = before
	opts := mergeplan.SingleSegmentMergePlanOptions
	opts.SegmentsPerMergeTask = compactGroup
	for round := 0; round < maxCompactRounds && after > compactTarget; round++ {
		if err := s.ForceMerge(ctx, &opts); err != nil {
			return before, after, fmt.Errorf("index: compact: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return before, after, err
		}
		n, err := ix.Segments()
		if err != nil {
			return before, after, err
		}
		done := n >= after
		after = n
		if done {
			break // the merge policy found nothing more to merge
		}
	}
	return before, after, nil
}

func (ix *Index) scorch() (*scorch.Scorch, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil, fmt.Errorf("index: the engine is %T, not scorch", adv)
	}
	return s, nil
}
