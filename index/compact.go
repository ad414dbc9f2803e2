package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// The background merges keep segments to MaxSegmentDocs articles, so that a
// batch job's memory stays bounded; a 100k-article index keeps some twenty
// of them, and a search visits every one. Compact is the operator's way to
// trade one long merge for fewer segments. On a 105k-article index, before
// facets were counted through forward indexes (segterms.go), 17 segments
// gave a load test p99 of 49–54 ms at a server peak RSS of 215 MB; 9
// segments 38–46 ms at 346 MB; 4 or 6 segments 35 ms at 370–381 MB; 2
// segments 32–35 ms at 524 MB. The memory is file pages: larger segments
// make a search map more of the files. With forward indexes the gain at
// 100k articles fell within the load test's noise, so compaction is the
// operator's choice for large indexes, not a policy of the background
// merges.

// DefaultCompactSegments is the number of segments Compact aims for when
// not told: as fast as fewer in the measures above, for less of the
// server's memory.
const DefaultCompactSegments = 4

// maxCompactRounds bounds Compact's merge rounds. A round merges groups of
// segments sized to reach the target at once; a round may fall short when
// the merge planner leaves a segment out, and the next one finishes.
const maxCompactRounds = 3

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

// Compact merges the index's segments down to target (at least one; zero
// means DefaultCompactSegments) and returns how many there were before and
// after. Each round rewrites the segments it merges; searches keep working
// meanwhile. Only segments already written to disk are merged, so an index
// in memory keeps its segments.
func (ix *Index) Compact(ctx context.Context, target int) (before, after int, err error) {
	if target <= 0 {
		target = DefaultCompactSegments
	}
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
		wg.Go(func() { ix.releaseEvery(ReleaseInterval, done) })
		defer func() {
			close(done)
			wg.Wait()
		}()
	}
	if before, err = ix.Segments(); err != nil {
		return 0, 0, err
	}
	after = before
	for round := 0; round < maxCompactRounds && after > target; round++ {
		opts := mergeplan.SingleSegmentMergePlanOptions
		opts.SegmentsPerMergeTask = max(2, (after+target-1)/target)
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
		stalled := n >= after
		after = n
		if stalled {
			break // the merge planner found nothing more to merge
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
