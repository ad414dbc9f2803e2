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

// TestReleaseResident: the pages of segment files a search has read are
// resident, and releasing them leaves the index as searchable as before.
func TestReleaseResident(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "index.bleve")
	ctx := context.Background()
	recs := indextest.GenerateRecords(1500, 3)
	ix, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// One batch, one segment: no merge reads the file behind the test's back.
	if err := ix.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil { // the segment persisted, and mapped on reopen
		t.Fatal(err)
	}
	ix, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, r := range recs[:300] { // stored fields of many documents, all over the files
		if _, err := ix.Get(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
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
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "index.bleve")
	ctx := context.Background()
	recs := indextest.GenerateRecords(1500, 4)
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
	ix, err = Open(path, Options{ReleasePages: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs[:300] {
		if _, err := ix.Get(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	read := mappedKiB(t, path)
	deadline := time.Now().Add(20 * ReleaseInterval)
	for mappedKiB(t, path) > read/10 && time.Now().Before(deadline) {
		time.Sleep(ReleaseInterval / 5)
	}
	if left := mappedKiB(t, path); read < 64 || left > read/10 {
		t.Errorf("%d KiB of %d KiB still resident after %s", left, read, 20*ReleaseInterval)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil { // bleve's own would panic
		t.Errorf("second Close: %v", err)
	}
}
