package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	bolterrors "go.etcd.io/bbolt/errors"

	"kronika/corpus"
)

// Resolver maps a query term in any language or script to entity
// identities: "Lussemburgo", "Люксембург" → ["LU"]; "Умєров" → ["Rustem
// Umerov"]. The CLI wires it to the extractors' lookups. It must be safe
// for concurrent use.
type Resolver interface {
	Nations(term string) []string
	Ministers(term string) []string
}

// Options configure an Index. The zero value works: no cross-lingual
// entity search, default limits.
type Options struct {
	// Resolver turns query terms into entity identities for cross-lingual
	// search and resolves nation/minister filters given as names. Nil
	// disables both: filters then take codes and canonical names only.
	Resolver Resolver
	// Timeout bounds one search; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxTermSearchers bounds the term searchers one search may open
	// (wildcards, fuzzy terms and ranges expand into many); 0 means
	// DefaultMaxTermSearchers. It travels in the search context under
	// bleve's MaxTermSearchersKey rather than in a bleve global, so each
	// Index keeps its own limit and no process-wide state changes.
	MaxTermSearchers int
	// LockWait is how long Open waits for another process to release the
	// index; 0 means DefaultLockWait.
	LockWait time.Duration
	// ReleasePages is for batch jobs: after each Put, and every
	// ReleaseInterval while the index is open, the pages of the index
	// files the process has read are dropped from its resident set (they
	// stay in the page cache). The interval catches what background merges
	// read between batches. A server leaves it off, since its searches
	// read the same pages again and again.
	ReleasePages bool
}

// Defaults for Options.
const (
	DefaultTimeout          = 10 * time.Second
	DefaultMaxTermSearchers = 10000
	DefaultLockWait         = 2 * time.Second
)

// ErrLocked is returned by Open when another process holds the index (a
// running `kronika serve`, or another ingest).
var ErrLocked = errors.New("the index is in use by another process")

// Index is a bleve index of corpus Records. It is safe for concurrent use.
type Index struct {
	b        bleve.Index
	an       *analyzers
	resolver Resolver
	timeout  time.Duration
	maxTerms int
	terms    *termCache     // postings of the facet, date and entity fields, per segment
	stop     chan struct{}  // ReleasePages: closed by Close, ends the releasing goroutine
	stopped  sync.WaitGroup // the releasing goroutine

	closeOnce sync.Once
	closeErr  error
}

// ReleaseInterval is how often an index opened with ReleasePages gives back
// the pages of its files: a merge reads ~100 MB of segments in a few
// seconds, and would otherwise keep them resident until it ends.
const ReleaseInterval = 250 * time.Millisecond

// ErrNotFound is returned by Get for an id the index does not hold.
var ErrNotFound = errors.New("index: document not found")

// Open opens the index at path, creating it when missing.
func Open(path string, opts Options) (*Index, error) {
	wait := opts.LockWait
	if wait <= 0 {
		wait = DefaultLockWait
	}
	b, err := bleve.OpenUsing(path, runtimeConfig(wait))
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		if err := create(path, wait); err != nil {
			return nil, err
		}
		// Opened like any other: the index renamed into place may be
		// another process's, created meanwhile.
		b, err = bleve.OpenUsing(path, runtimeConfig(wait))
	}
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("index: open %s: %w", path, ErrLocked)
	case err != nil:
		return nil, fmt.Errorf("index: open %s: %w (if the index is damaged, `kronika reindex` rebuilds it from the store)", path, err)
	default:
		v, err := b.GetInternal([]byte(schemaKey))
		if err != nil || string(v) != schemaVersion {
			_ = b.Close()
			return nil, fmt.Errorf("index: %s has schema %q, this build reads %q: rebuild the index", path, v, schemaVersion)
		}
	}
	return wrap(b, opts)
}

// create makes a new index at path. It is built beside path and renamed
// into place once complete, so that a process killed while creating it
// leaves no index that cannot be opened — only a directory the next
// creation removes. Open opens it.
func create(path string, wait time.Duration) error {
	m, err := newMapping()
	if err != nil {
		return err
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	removeAbandoned(dir, base)
	tmp, err := os.MkdirTemp(dir, base+creatingSuffix)
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	defer os.RemoveAll(tmp) // gone by the rename unless something failed
	// bleve wants to create the directory itself.
	if err := os.Remove(tmp); err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	b, err := bleve.NewUsing(tmp, m, scorch.Name, scorch.Name, runtimeConfig(wait))
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	err = b.SetInternal([]byte(schemaKey), []byte(schemaVersion))
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	// Another process may have created the index meanwhile: then its
	// index is the one Open opens.
	if err := os.Rename(tmp, path); err != nil && !errors.Is(err, fs.ErrExist) && !isNotEmpty(err) {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	return nil
}

// MaxSegmentDocs bounds the documents of a segment the index's background
// merges build. A merge reads every page of its input segments through
// memory maps, and those pages count in the process's resident set until
// the inputs are closed: unbounded, the merges of a 100k-article ingest
// read 270 MB segments and made up much of its peak RSS. Segments of
// 10,000 articles are some 90 MB; a 100k-article index keeps about twenty
// segments (scorch's default policy left fifteen), see the README's
// serving figures for what that costs a search.
const MaxSegmentDocs = 10000

// runtimeConfig is scorch's configuration for opening an index.
func runtimeConfig(lockWait time.Duration) map[string]any {
	return map[string]any{
		// bleve waits forever for another process's lock unless told
		// otherwise.
		"bolt_timeout": lockWait.String(),
		// Read over scorch's defaults, field by field.
		"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": MaxSegmentDocs},
	}
}

// creatingSuffix marks the directory an index is built in before it takes
// its name.
const creatingSuffix = ".creating-"

// removeAbandoned removes the directories of creations that did not finish
// (the process was killed) an hour or more ago; younger ones may belong to
// a process still at work.
func removeAbandoned(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, base+creatingSuffix+"*"))
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && time.Since(fi.ModTime()) > time.Hour {
			_ = os.RemoveAll(m)
		}
	}
}

// isNotEmpty reports a rename refused because the target is a non-empty
// directory (ENOTEMPTY or EEXIST, by platform).
func isNotEmpty(err error) bool {
	var le *os.LinkError
	return errors.As(err, &le) && (errors.Is(le.Err, syscall.ENOTEMPTY) || errors.Is(le.Err, syscall.EEXIST))
}

// OpenMem creates an index that lives in memory only, for tests and
// short-lived tools. It uses the same engine (scorch) as Open.
func OpenMem(opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create in memory: %w", err)
	}
	return wrap(b, opts)
}

func wrap(b bleve.Index, opts Options) (*Index, error) {
	an, err := newAnalyzers(b.Mapping())
	if err != nil {
		_ = b.Close()
		return nil, fmt.Errorf("index: %w", err)
	}
	ix := &Index{b: b, an: an, resolver: opts.Resolver, timeout: opts.Timeout, maxTerms: opts.MaxTermSearchers, terms: newTermCache()}
	if ix.timeout <= 0 {
		ix.timeout = DefaultTimeout
	}
	if ix.maxTerms <= 0 {
		ix.maxTerms = DefaultMaxTermSearchers
	}
	if opts.ReleasePages {
		ix.stop = make(chan struct{})
		ix.stopped.Go(func() { ix.releaseEvery(ReleaseInterval, ix.stop) })
	}
	return ix, nil
}

// releaseEvery releases the index's resident file pages every interval
// until stop is closed.
func (ix *Index) releaseEvery(interval time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			ix.releaseResident()
		}
	}
}

// Bleve returns the underlying bleve index, for an IndexAlias that spreads
// searches over several indexes or for tools that read it directly. Writing
// to it bypasses Put's field layout.
func (ix *Index) Bleve() bleve.Index { return ix.b }

// Close closes the index. Closing it again does nothing and returns the
// first Close's error (bleve panics on a second close).
func (ix *Index) Close() error {
	ix.closeOnce.Do(func() {
		if ix.stop != nil {
			close(ix.stop)
			ix.stopped.Wait()
		}
		if err := ix.b.Close(); err != nil {
			ix.closeErr = fmt.Errorf("index: close: %w", err)
		}
	})
	return ix.closeErr
}

// Count returns the number of indexed documents.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.b.DocCount()
	if err != nil {
		return 0, fmt.Errorf("index: count: %w", err)
	}
	return n, nil
}

// Put indexes records in one batch. A record with the id of an indexed one
// replaces it. Records that failed analysis (Error set) are skipped;
// records that duplicate another (DuplicateOf set) are skipped and any
// earlier copy under their id is removed, so a duplicate is never found.
// A record without an id is an error and nothing of the batch is written.
func (ix *Index) Put(ctx context.Context, recs []corpus.Record) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range recs {
		if r := &recs[i]; r.ID == "" && r.Error == "" && r.DuplicateOf == "" {
			return fmt.Errorf("index: record %d of %d has no id", i+1, len(recs))
		}
	}
	docs, err := ix.buildDocuments(recs)
	if err != nil {
		return err
	}
	b := ix.b.NewBatch()
	for i := range recs {
		r := &recs[i]
		switch {
		case r.Error != "":
			continue
		case r.DuplicateOf != "":
			b.Delete(r.ID)
			continue
		}
		if err := b.IndexAdvanced(docs[i]); err != nil {
			return fmt.Errorf("index: record %q: %w", r.ID, err)
		}
	}
	if b.Size() == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := ix.b.Batch(b); err != nil {
		return fmt.Errorf("index: batch of %d: %w", len(recs), err)
	}
	if ix.stop != nil { // ReleasePages
		ix.releaseResident()
	}
	return nil
}

// buildDocuments builds the documents of the indexable records, on all
// cores: bleve then spends its own time in one goroutine per batch.
func (ix *Index) buildDocuments(recs []corpus.Record) ([]*document.Document, error) {
	docs := make([]*document.Document, len(recs))
	errs := make([]error, len(recs))
	build := func(i int) {
		if r := &recs[i]; Indexable(r) {
			if docs[i], errs[i] = ix.an.buildDocument(r); errs[i] != nil {
				errs[i] = fmt.Errorf("index: record %q: %w", r.ID, errs[i])
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(recs)/minPerWorker)
	if workers <= 1 {
		for i := range recs {
			build(i)
		}
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for i := int(next.Add(1)) - 1; i < len(recs); i = int(next.Add(1)) - 1 {
					build(i)
				}
			})
		}
		wg.Wait()
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// minPerWorker: fewer records than this per goroutine are built on one.
const minPerWorker = 32

// Delete removes documents by id; unknown ids are ignored.
func (ix *Index) Delete(ctx context.Context, ids []string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := ix.b.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	if b.Size() == 0 {
		return nil
	}
	if err := ix.b.Batch(b); err != nil {
		return fmt.Errorf("index: delete %d: %w", len(ids), err)
	}
	return nil
}

// Get returns the full record stored under id, or an error wrapping
// ErrNotFound.
func (ix *Index) Get(ctx context.Context, id string) (*corpus.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := ix.b.Document(id)
	if err != nil {
		return nil, fmt.Errorf("index: get %q: %w", id, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("index: get %q: %w", id, ErrNotFound)
	}
	var js []byte
	var text string
	doc.VisitFields(func(f bindex.Field) {
		switch name := f.Name(); {
		case name == fieldRecord:
			js = append([]byte(nil), f.Value()...)
		case strings.HasPrefix(name, "body_"):
			text = string(f.Value())
		}
	})
	if js == nil {
		return nil, fmt.Errorf("index: get %q: no stored record", id)
	}
	var r corpus.Record
	if err := json.Unmarshal(js, &r); err != nil {
		return nil, fmt.Errorf("index: get %q: %w", id, err)
	}
	r.Text = text
	return &r, nil
}
