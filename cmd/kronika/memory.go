package main

import (
	"os"
	"runtime/debug"
)

// batchMemoryLimit is the soft limit of the Go heap during the batch
// commands (ingest, reindex, bench). Their live heap is flat — some
// 100–170 MiB whatever the size of the batch — and with the collector's
// default pacing it stays under this limit, so the limit costs nothing
// then; it is there so that a batch of unusually large documents makes the
// collector work harder rather than the process grow. A lower limit trades
// speed for memory: a 100k-article ingest peaked at 522 MB with this one
// and at 415 MB with GOMEMLIMIT=180MiB, for ~30% more CPU (README,
// "Memory").
const batchMemoryLimit = 320 << 20

// limitBatchMemory sets the soft limit unless the operator chose one with
// GOMEMLIMIT, and returns the function that restores the previous one (run
// is also called many times in one process by the tests).
func limitBatchMemory() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(batchMemoryLimit)
	return func() { debug.SetMemoryLimit(prev) }
}

// startBatch prepares the process for a batch command (ingest, reindex):
// the soft heap limit, and an index that gives back the pages of its files
// it has read. It returns the function that restores the heap limit.
func (a *app) startBatch() (restore func()) {
	a.batchJob = true
	return limitBatchMemory()
}
