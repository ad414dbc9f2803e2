package index

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

func TestOpenLockedFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix.bleve")
	ix, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	start := time.Now()
	_, err = Open(path, Options{LockWait: 100 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
	if waited := time.Since(start); waited > 5*time.Second {
		t.Errorf("second open waited %v", waited)
	}
}

// A creation killed half way leaves a directory beside the index, never an
// index that cannot be opened; an abandoned one is removed by the next
// creation, a fresh one (perhaps another process's) is left alone.
func TestCreationIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ix.bleve")
	old := filepath.Join(dir, "ix.bleve"+creatingSuffix+"1")
	fresh := filepath.Join(dir, "ix.bleve"+creatingSuffix+"2")
	for _, d := range []string{old, fresh} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		// what a kill between bleve's mkdir and its mapping write leaves
		if err := os.WriteFile(filepath.Join(d, "index_meta.json"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"ix.bleve", filepath.Base(fresh)}; !slices.Equal(names, want) {
		t.Errorf("directory holds %v, want %v", names, want)
	}
	if ix, err = Open(path, Options{}); err != nil {
		t.Fatalf("reopen: %v", err)
	}
	ix.Close()
}

// A damaged index is reported with the way out.
func TestDamagedIndexNamesTheRemedy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix.bleve")
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "index_meta.json"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, Options{})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "kronika reindex") {
		t.Errorf("open of a damaged index: %v", err)
	}
}

// scorch reads its merge plan options by a JSON round trip over its
// defaults: the bound must arrive under the name scorch knows, and leave
// the other options as they were.
func TestMergePlanBound(t *testing.T) {
	b, err := json.Marshal(runtimeConfig(time.Second)["scorchMergePlanOptions"])
	if err != nil {
		t.Fatal(err)
	}
	got := mergeplan.DefaultMergePlanOptions
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := mergeplan.DefaultMergePlanOptions
	want.MaxSegmentSize = MaxSegmentDocs
	if got.MaxSegmentSize != want.MaxSegmentSize || got.SegmentsPerMergeTask != want.SegmentsPerMergeTask ||
		got.FloorSegmentSize != want.FloorSegmentSize || got.MaxSegmentsPerTier != want.MaxSegmentsPerTier {
		t.Errorf("merge plan %+v, want %+v", got, want)
	}
	if err := mergeplan.ValidateMergePlannerOptions(&got); err != nil {
		t.Error(err)
	}
}
