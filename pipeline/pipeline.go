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
	// one bleve batch; 0 means 256.
	BatchSize int
	// Progress, if set, is called after every stored batch.
	Progress func(Progress)
	Logger   *slog.Logger
	// Now is the clock, for tests.
	Now func() time.Time
}

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
}

// Run ingests a stream of documents. It returns an error only when the run itself could
// not go on (store or index failure, cancellation); failed sources are
// counted in the Summary.
func Run(ctx context.Context, opts Options, docs iter.Seq[ingest.Item]) (Summary, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 256
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := opts.Now()
	sum := Summary{Started: start, Failures: []Failure{}}

	// Finish what a crashed run left between store and index.
	n, err := Flush(ctx, opts.Store, opts.Index, opts.BatchSize)
	sum.Indexed += n
	if err != nil {
		return sum, err
	}

	batch := make([]analysed, 0, opts.BatchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := storeBatch(ctx, opts, log, batch, &sum)
		batch = batch[:0]
		if err != nil {
			return err
		}
		if opts.Progress != nil {
			opts.Progress(Progress{Done: sum.Ingested(), Failed: sum.Failed, Elapsed: opts.Now().Sub(start)})
		}
		return nil
	}
	// Documents are analysed in parallel but stored in input order, so that
	// which of two duplicates is the original does not depend on timing.
	err = parallel.OrderedMap(ctx, opts.Workers, docs, func(it ingest.Item) analysed {
		a := analysed{item: it}
		if it.Err == nil && !it.NotModified {
			a.rec = opts.Analyzer.Analyze(ctx, it.Doc)
		}
		return a
	}, func(a analysed) error {
		batch = append(batch, a)
		if len(batch) == opts.BatchSize {
			return flush()
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	if err := flush(); err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	sum.Seconds = opts.Now().Sub(start).Seconds()
	return sum, nil
}

// storeBatch stores the good documents of a batch durably, records the
// failures, then indexes what the store queued.
func storeBatch(ctx context.Context, opts Options, log *slog.Logger, batch []analysed, sum *Summary) error {
	now := opts.Now()
	var items []corpus.Item
	var sources []string
	for _, a := range batch {
		switch {
		case a.item.NotModified:
			sum.Unchanged++
			continue
		case a.item.Err != nil:
			fail(opts.Store, log, sum, a.item.Source, a.item.Err.Error(), now)
			continue
		case a.rec.Error != "":
			fail(opts.Store, log, sum, a.item.Source, fmt.Sprintf("%s: %s", a.item.Source, a.rec.Error), now)
			continue
		}
		items = append(items, corpus.Item{Doc: a.item.Doc, Record: a.rec})
		sources = append(sources, a.item.Source)
	}
	if len(items) > 0 {
		res, err := opts.Store.Put(items, now)
		if err != nil {
			return err
		}
		for i, r := range res {
			switch r.Outcome {
			case corpus.New:
				sum.New++
			case corpus.Updated:
				sum.Updated++
			case corpus.Unchanged:
				sum.Unchanged++
			case corpus.Duplicate:
				sum.Duplicates++
				log.Info("duplicate", "id", r.ID, "of", r.DuplicateOf, "source", sources[i])
			}
			if _, failed := opts.Store.FailureOf(sources[i]); failed {
				if err := opts.Store.ClearFailure(sources[i]); err != nil {
					return err
				}
			}
		}
	}
	n, err := Flush(ctx, opts.Store, opts.Index, opts.BatchSize)
	sum.Indexed += n
	return err
}

func fail(st *corpus.Store, log *slog.Logger, sum *Summary, source, reason string, now time.Time) {
	sum.Failed++
	sum.Failures = append(sum.Failures, Failure{Source: source, Reason: reason})
	log.Warn("failed", "source", source, "reason", reason)
	if err := st.RecordFailure(source, reason, now); err != nil {
		log.Error("recording failure", "source", source, "err", err)
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
		if len(puts) > 0 {
			if err := ix.Put(ctx, puts); err != nil {
				return indexed, fmt.Errorf("index: %w", err)
			}
		}
		if len(dels) > 0 {
			if err := ix.Delete(ctx, dels); err != nil {
				return indexed, fmt.Errorf("index: %w", err)
			}
		}
		done := make([]string, 0, len(puts)+len(dels))
		for _, r := range puts {
			done = append(done, r.ID)
		}
		done = append(done, dels...)
		if err := st.MarkIndexed(done); err != nil {
			return indexed, err
		}
		indexed += len(puts)
	}
}

// Reindex re-analyses every stored document from its raw input with an's
// extractors, stores the new records, and rebuilds the index from the store.
// It returns how many documents it re-extracted.
func Reindex(ctx context.Context, st *corpus.Store, ix Index, an *extract.Analyzer, batchSize int, log *slog.Logger) (int, error) {
	if batchSize <= 0 {
		batchSize = 256
	}
	var ids []string
	if err := st.Each(func(e *corpus.Entry) error { ids = append(ids, e.ID); return nil }); err != nil {
		return 0, err
	}
	n := 0
	for start := 0; start < len(ids); start += batchSize {
		var recs []corpus.Record
		for _, id := range ids[start:min(start+batchSize, len(ids))] {
			raw, err := st.Raw(id)
			if err != nil {
				return n, err
			}
			rec := an.Analyze(ctx, *raw)
			if rec.Error != "" {
				if log != nil {
					log.Warn("re-extraction failed; keeping the old record", "id", id, "reason", rec.Error)
				}
				continue
			}
			recs = append(recs, rec)
		}
		if err := st.Replace(recs); err != nil {
			return n, err
		}
		n += len(recs)
	}
	if err := st.RequeueAll(); err != nil {
		return n, err
	}
	_, err := Flush(ctx, st, ix, batchSize)
	return n, err
}
