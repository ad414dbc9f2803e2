package index

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kronika/index/indextest"
)

// mappedKiB sums the resident size of the process's mappings of segment
// files under dir, from /proc/self/smaps.
func mappedKiB(t *testing.T, dir string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	total, inDir := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && len(fields[1]) == 4:
			// A mapping's header; anonymous ones have no path.
			inDir = len(fields) >= 6 && strings.HasPrefix(fields[5], dir) && strings.HasSuffix(fields[5], ".zap")
		case inDir && fields[0] == "Rss:":
			n, _ := strconv.Atoi(fields[1])
			total += n
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return total
}

// readSegment builds an index of generated records (seed) in one batch —
// one segment, so no merge reads the file behind the test's back — closes
// it so the segment is persisted, reopens it with opts, mapping the
// segment, and reads the stored fields of many documents all over the
// file. It returns the index and its path.
func readSegment(t *testing.T, seed uint64, opts Options) (*Index, string) {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "index.bleve")
	ctx := context.Background()
	recs := indextest.GenerateRecords(1500, seed)
	ix, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = Open(path, opts); err != nil {
		t.Fatal(err)
	}
	for _, r := range recs[:300] {
		if _, err := ix.Get(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	return ix, path
}

// TestReleaseResident: the pages of segment files a search has read are
// resident, and releasing them leaves the index as searchable as before.
func TestReleaseResident(t *testing.T) {
	ix, path := readSegment(t, 3, Options{})
	defer ix.Close()
	ctx := context.Background()
	before, err := ix.Search(ctx, Query{Q: "defence", Size: 20})
	if err != nil {
		t.Fatal(err)
	}
	read := mappedKiB(t, path)
	if read < 64 {
		t.Fatalf("only %d KiB of the index files resident after reading them", read)
	}
	ix.releaseResident()
	if left := mappedKiB(t, path); left > read/10 {
		t.Errorf("%d KiB of %d KiB still resident after releasing", left, read)
	}
	after, err := ix.Search(ctx, Query{Q: "defence", Size: 20})
	if err != nil {
		t.Fatal(err)
	}
	if before.Total == 0 || after.Total != before.Total || strings.Join(ids(after), " ") != strings.Join(ids(before), " ") {
		t.Errorf("search changed: %d %v → %d %v", before.Total, ids(before), after.Total, ids(after))
	}
}

// TestReleasePagesOption: an index opened for a batch job gives the pages
// back by itself, without a Put, and Close stops it.
func TestReleasePagesOption(t *testing.T) {
	// The reads made megabytes resident (TestReleaseResident shows it), but
	// a tick may already have released them, so only what is left counts.
	ix, path := readSegment(t, 4, Options{ReleasePages: true})
	const most = 64 // KiB
	deadline := time.Now().Add(20 * ReleaseInterval)
	for mappedKiB(t, path) > most && time.Now().Before(deadline) {
		time.Sleep(ReleaseInterval / 5)
	}
	if left := mappedKiB(t, path); left > most {
		t.Errorf("%d KiB still resident after %s", left, 20*ReleaseInterval)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil { // bleve's own would panic
		t.Errorf("second Close: %v", err)
	}
}
