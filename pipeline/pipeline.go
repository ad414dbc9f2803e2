// Package pipeline is the batch job: it streams documents from ingest
// through extraction into the corpus store, then applies the store's
// pending changes to the index. Store first, index second: the index is
// derived, and a crash at any point is repaired by the next run.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"runtime"
	"slices"
	"sync"
	"time"

	"kronika/corpus"
	"kronika/extract"
	"kronika/ingest"
	"kronika/internal/parallel"
)

// Index is where records go after the store: the bleve index, or a running
// server that holds it.
type Index interface {
	Put(ctx context.Context, recs []corpus.Record) error
	Delete(ctx context.Context, ids []string) error
}

// Options wires the stages.
type Options struct {
	Analyzer *extract.Analyzer
	Store    *corpus.Store
	Index    Index
	// Workers analyse documents in parallel; 0 means GOMAXPROCS.
	Workers int
	// BatchSize documents are stored in one transaction and indexed in
	// one bleve batch; 0 means DefaultBatchSize.
	BatchSize int
	// Progress, if set, is called after every stored batch.
	Progress func(Progress)
	Logger   *slog.Logger
	// Now is the clock, for tests.
	Now func() time.Time
}

// DefaultBatchSize: large enough that the disk syncs per batch (store and
// index) cost little per document, small enough to keep memory flat with
// Indexers batches in bleve at once — bleve holds some 100 KB of analysis
// per document until a batch is on disk.
const DefaultBatchSize = 250

// Progress is the running count the operator sees.
type Progress struct {
	Done    int
	Failed  int
	Elapsed time.Duration
}

// Failure is one source or document that failed, with its reason.
type Failure struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// Summary is what a run did; its JSON is the --report file.
type Summary struct {
	New        int       `json:"new"`
	Updated    int       `json:"updated"`
	Unchanged  int       `json:"unchanged"`
	Duplicates int       `json:"duplicates"`
	Failed     int       `json:"failed"`
	Failures   []Failure `json:"failures"`
	Indexed    int       `json:"indexed"`
	Removed    int       `json:"removed"`
	Seconds    float64   `json:"seconds"`
	Started    time.Time `json:"started"`
}

// Ingested is the number of documents the run stored or confirmed.
func (s Summary) Ingested() int { return s.New + s.Updated + s.Unchanged + s.Duplicates }

// String is the final summary line.
func (s Summary) String() string {
	return fmt.Sprintf("%d ingested (%d new, %d updated, %d unchanged, %d duplicates), %d failed, %d indexed in %.1fs",
		s.Ingested(), s.New, s.Updated, s.Unchanged, s.Duplicates, s.Failed, s.Indexed, s.Seconds)
}

type analysed struct {
	item ingest.Item
	rec  corpus.Record
	fp   *corpus.Fingerprint // of rec.Text, computed here in parallel rather than by the store
}

// Indexers is how many stored batches are indexed at a time. bleve builds
// a batch's segment on the goroutine that hands it the batch, then waits
// for the disk: a second batch keeps the other core busy meanwhile.
const Indexers = 2

// Run ingests a stream of documents. It returns an error only when the run itself could
// not go on (store or index failure, cancellation); failed sources are
// counted in the Summary.
//
// Documents are analysed in parallel; batches are stored in input order,
// each durably before it is indexed, and indexed up to Indexers at a time.
// A batch leaves the store's queue only once the index has it.
func Run(ctx context.Context, opts Options, docs iter.Seq[ingest.Item]) (Summary, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := opts.Now()
	r := &run{opts: opts, log: log, start: start, inflight: map[string]int{},
		sum: Summary{Started: start, Failures: []Failure{}}}
	r.changed = sync.NewCond(&r.mu)

	// Finish what a crashed run left between store and index.
	n, err := Flush(ctx, opts.Store, opts.Index, opts.BatchSize)
	r.sum.Indexed += n
	if err != nil {
		return r.sum, err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.cancel = cancel
	batches := make(chan []analysed, 1)
	jobs := make(chan *indexJob)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(jobs)
		for b := range batches {
			if ctx.Err() != nil {
				continue // drain after a failure
			}
			job, err := r.store(ctx, b)
			if err != nil {
				r.fatal(err)
				continue
			}
			if job != nil {
				select {
				case jobs <- job:
				case <-ctx.Done():
				}
			}
		}
	})
	for range Indexers {
		wg.Go(func() {
			for job := range jobs {
				if err := r.index(ctx, job); err != nil {
					r.fatal(err)
				}
			}
		})
	}

	batch := make([]analysed, 0, opts.BatchSize)
	// Documents are analysed in parallel but stored in input order, so that
	// which of two duplicates is the original does not depend on timing.
	err = parallel.OrderedMap(ctx, opts.Workers, docs, func(it ingest.Item) analysed {
		a := analysed{item: it}
		if it.Err == nil && !it.NotModified {
			a.rec = opts.Analyzer.Analyze(ctx, it.Doc)
			if a.rec.Error == "" {
				fp := corpus.FingerprintOf(a.rec.Text)
				a.fp = &fp
			}
		}
		return a
	}, func(a analysed) error {
		batch = append(batch, a)
		if len(batch) == opts.BatchSize {
			select {
			case batches <- batch:
			case <-ctx.Done():
				return ctx.Err()
			}
			batch = make([]analysed, 0, opts.BatchSize)
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	r.mu.Lock()
	r.changed.Broadcast() // a storer waiting on indexers that stopped
	r.mu.Unlock()
	wg.Wait()
	sum := r.sum
	if r.err != nil {
		return sum, r.err // the stages' failure is the cause of any cancellation
	}
	if err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	// Anything queued that the batches did not index themselves.
	n, err = Flush(ctx, opts.Store, opts.Index, opts.BatchSize)
	sum.Indexed += n
	if err != nil {
		return sum, err
	}
	sum.Seconds = opts.Now().Sub(start).Seconds()
	return sum, nil
}

// run is what the stages of one Run share.
type run struct {
	opts   Options
	log    *slog.Logger
	start  time.Time
	cancel context.CancelFunc

	mu  sync.Mutex
	sum Summary
	err error // the first failure of a stage
	// inflight counts the ids of stored batches not yet indexed. A batch
	// with one of them waits before it is stored: its queue entry would
	// otherwise be taken off by the earlier batch's indexer, and the two
	// versions could reach the index in either order.
	inflight map[string]int
	changed  *sync.Cond // a batch left inflight, or the run is stopping
}

// indexJob is a stored batch's index work: what the store queued for it.
type indexJob struct {
	puts []corpus.Record
	dels []string
	ids  []string // puts' and dels' ids, to take off the queue
}

func (r *run) fatal(err error) {
	r.mu.Lock()
	if r.err == nil {
		r.err = err
	}
	r.changed.Broadcast()
	r.mu.Unlock()
	r.cancel()
}

// store stores the good documents of a batch durably and records the
// failures. It returns the index work the store queued, or nil.
func (r *run) store(ctx context.Context, batch []analysed) (*indexJob, error) {
	opts := r.opts
	now := opts.Now()
	var items []corpus.Item
	var sources []string
	var failed []Failure
	unchanged := 0
	for _, a := range batch {
		switch {
		case a.item.NotModified:
			unchanged++
		case a.item.Err != nil:
			failed = append(failed, Failure{Source: a.item.Source, Reason: a.item.Err.Error()})
		case a.rec.Error != "":
			failed = append(failed, Failure{Source: a.item.Source, Reason: fmt.Sprintf("%s: %s", a.item.Source, a.rec.Error)})
		default:
			items = append(items, corpus.Item{Doc: a.item.Doc, Record: a.rec, Fingerprint: a.fp})
			sources = append(sources, a.item.Source)
		}
	}
	for _, f := range failed {
		r.log.Warn("failed", "source", f.Source, "reason", f.Reason)
		if err := opts.Store.RecordFailure(f.Source, f.Reason, now); err != nil {
			r.log.Error("recording failure", "source", f.Source, "err", err)
		}
	}
	r.mu.Lock()
	r.sum.Unchanged += unchanged
	r.sum.Failed += len(failed)
	r.sum.Failures = append(r.sum.Failures, failed...)
	for r.err == nil && ctx.Err() == nil && r.overlaps(items) {
		r.changed.Wait()
	}
	r.mu.Unlock()
	if len(items) == 0 {
		r.report(nil)
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	res, err := opts.Store.Put(items, now)
	if err != nil {
		return nil, err
	}
	job := &indexJob{}
	var counts Summary
	for i, x := range res {
		switch x.Outcome {
		case corpus.New:
			counts.New++
		case corpus.Updated:
			counts.Updated++
		case corpus.Unchanged:
			counts.Unchanged++
		case corpus.Duplicate:
			counts.Duplicates++
			r.log.Info("duplicate", "id", x.ID, "of", x.DuplicateOf, "source", sources[i])
		}
		// What Put queued: a put of the record as stored, or a delete.
		switch x.Outcome {
		case corpus.New, corpus.Updated:
			rec := items[i].Record
			rec.DuplicateOf = ""
			job.puts = append(job.puts, rec)
			job.ids = append(job.ids, x.ID)
		case corpus.Duplicate:
			job.dels = append(job.dels, x.ID)
			job.ids = append(job.ids, x.ID)
		}
		if _, failed := opts.Store.FailureOf(sources[i]); failed {
			if err := opts.Store.ClearFailure(sources[i]); err != nil {
				return nil, err
			}
		}
	}
	r.mu.Lock()
	r.sum.New += counts.New
	r.sum.Updated += counts.Updated
	r.sum.Unchanged += counts.Unchanged
	r.sum.Duplicates += counts.Duplicates
	for _, id := range job.ids {
		r.inflight[id]++
	}
	r.mu.Unlock()
	if len(job.ids) == 0 {
		r.report(nil)
		return nil, nil
	}
	return job, nil
}

// overlaps reports whether an item's id is in a batch being indexed.
func (r *run) overlaps(items []corpus.Item) bool {
	if len(r.inflight) == 0 {
		return false
	}
	for _, it := range items {
		if r.inflight[it.Record.ID] > 0 {
			return true
		}
	}
	return false
}

// index applies a stored batch to the index and takes it off the store's
// queue. After a cancellation it only lets the batch go: the store keeps
// it queued for the next run.
func (r *run) index(ctx context.Context, job *indexJob) error {
	err := ctx.Err()
	if err == nil {
		err = apply(ctx, r.opts.Store, r.opts.Index, job.puts, job.dels)
	}
	r.mu.Lock()
	for _, id := range job.ids {
		if r.inflight[id]--; r.inflight[id] <= 0 {
			delete(r.inflight, id)
		}
	}
	r.changed.Broadcast()
	r.mu.Unlock()
	if err != nil {
		return err
	}
	r.report(job)
	return nil
}

// report counts an indexed job (nil: a batch with no index work) and
// tells the operator.
func (r *run) report(job *indexJob) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if job != nil {
		r.sum.Indexed += len(job.puts)
	}
	if r.opts.Progress != nil {
		r.opts.Progress(Progress{Done: r.sum.Ingested(), Failed: r.sum.Failed, Elapsed: r.opts.Now().Sub(r.start)})
	}
}

// Flush applies the store's pending changes to the index, batch by batch,
// and returns how many documents it indexed. Each batch is removed from the
// queue only after the index has it durably, so a crash repeats work but
// never loses it; repeating is harmless because the index is keyed by id.
func Flush(ctx context.Context, st *corpus.Store, ix Index, batchSize int) (int, error) {
	if ix == nil {
		return 0, errors.New("no index")
	}
	indexed := 0
	for {
		if err := ctx.Err(); err != nil {
			return indexed, err
		}
		puts, dels, err := st.Pending(batchSize)
		if err != nil {
			return indexed, err
		}
		if len(puts)+len(dels) == 0 {
			return indexed, nil
		}
		if err := apply(ctx, st, ix, puts, dels); err != nil {
			return indexed, err
		}
		indexed += len(puts)
	}
}

// apply indexes puts, removes dels, and then — only once the index has
// them durably — takes them off the store's queue. A crash in between
// repeats the work on the next run but never loses it; repeating is
// harmless because the index is keyed by id.
func apply(ctx context.Context, st *corpus.Store, ix Index, puts []corpus.Record, dels []string) error {
	if len(puts) > 0 {
		if err := ix.Put(ctx, puts); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	if len(dels) > 0 {
		if err := ix.Delete(ctx, dels); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	if len(puts)+len(dels) == 0 {
		return nil
	}
	done := make([]string, 0, len(puts)+len(dels))
	for _, r := range puts {
		done = append(done, r.ID)
	}
	done = append(done, dels...)
	return st.MarkIndexed(done)
}

// Reindex re-analyses every stored document from its raw input with an's
// extractors, stores the new records, and rebuilds the index from the store.
// It returns how many documents it re-extracted.
//
// Every document is queued for indexing first; each batch is then
// re-extracted on all cores, stored and indexed, and leaves the queue once
// the index has it. Stopped half-way, the queue holds what is left, and the
// next ingest or reindex indexes it.
func Reindex(ctx context.Context, st *corpus.Store, ix Index, an *extract.Analyzer, batchSize int, log *slog.Logger) (int, error) {
	if batchSize <= 0 {
		batchSize = 256
	}
	ids, err := st.RequeueAll()
	if err != nil {
		return 0, err
	}
	n := 0
	for start := 0; start < len(ids); start += batchSize {
		var recs []corpus.Record
		batch := ids[start:min(start+batchSize, len(ids))]
		err := parallel.OrderedMap(ctx, runtime.GOMAXPROCS(0), slices.Values(batch), func(id string) reextracted {
			raw, err := st.Raw(id)
			if err != nil {
				return reextracted{id: id, err: err}
			}
			return reextracted{id: id, rec: an.Analyze(ctx, *raw)}
		}, func(r reextracted) error {
			switch {
			case r.err != nil:
				return r.err
			case r.rec.Error != "":
				if log != nil {
					log.Warn("re-extraction failed; keeping the old record", "id", r.id, "reason", r.rec.Error)
				}
			default:
				recs = append(recs, r.rec)
			}
			return nil
		})
		if err != nil {
			return n, err
		}
		if err := st.Replace(recs); err != nil {
			return n, err
		}
		n += len(recs)
		if err := apply(ctx, st, ix, indexable(recs), nil); err != nil {
			return n, err
		}
	}
	// What the batches did not index (records whose re-extraction failed
	// keep their old version).
	_, err = Flush(ctx, st, ix, batchSize)
	return n, err
}

// reextracted is one document of Reindex.
type reextracted struct {
	id  string
	rec corpus.Record
	err error
}

// indexable keeps the records that are not duplicates: those stay out of
// the index, and off its queue.
func indexable(recs []corpus.Record) []corpus.Record {
	return slices.DeleteFunc(recs, func(r corpus.Record) bool { return r.DuplicateOf != "" })
}
