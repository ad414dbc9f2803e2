package main

import (
	"runtime/debug"
	"testing"
)

// TestBatchPacing: a batch command paces the collector at batchGCPercent
// and restores the previous pacing after, unless GOGC chose one.
func TestBatchPacing(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	t.Setenv("GOGC", "")
	restore := limitBatchMemory()
	if got := debug.SetGCPercent(batchGCPercent); got != batchGCPercent {
		t.Errorf("during a batch the GC percent is %d, want %d", got, batchGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after a batch the GC percent is %d, want 100 again", got)
	}

	t.Setenv("GOGC", "50")
	restore = limitBatchMemory()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, a batch changed the GC percent to %d", got)
	}
	restore()
}
