package main

import (
	"os"
	"runtime/debug"
)

// batchMemoryLimit is the soft limit of the Go heap during the batch
// commands (ingest, reindex, bench). Their live heap is flat — some
// 100–170 MiB whatever the size of the batch — so the limit mostly makes
// the collector run a little earlier than its default pacing would, and a
// batch of unusually large documents makes it work harder rather than the
// process grow. Measured on a 100k-article ingest (README, "Memory"): peak
// RSS 447 MB at 320 MiB, 357 MB at 250 MiB for ~10% more CPU, 415 MB at
// 180 MiB (before the index released its file pages) for ~30% more.
const batchMemoryLimit = 250 << 20

// batchGCPercent is the collector's pacing during the batch commands.
// Under the soft limit the heap cannot outgrow it anyway, so collecting at
// twice the default growth only spares CPU: a 100k-article ingest took
// 98.8 s and 171 s of user CPU at 200 against 118.5 s and 207 s at 100,
// peak RSS 370 MB against 362 MB (README, "Memory").
const batchGCPercent = 200

// limitBatchMemory sets the soft limit and the pacing unless the operator
// chose them with GOMEMLIMIT and GOGC, and returns the function that
// restores the previous ones (run is also called many times in one
// process by the tests).
func limitBatchMemory() (restore func()) {
	restoreGC := func() {}
	if os.Getenv("GOGC") == "" {
		prev := debug.SetGCPercent(batchGCPercent)
		restoreGC = func() { debug.SetGCPercent(prev) }
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return restoreGC
	}
	prev := debug.SetMemoryLimit(batchMemoryLimit)
	return func() {
		debug.SetMemoryLimit(prev)
		restoreGC()
	}
}

// startBatch prepares the process for a batch command (ingest, reindex):
// the soft heap limit, and an index that gives back the pages of its files
// it has read. It returns the function that restores the heap limit.
func (a *app) startBatch() (restore func()) {
	a.batchJob = true
	return limitBatchMemory()
}
