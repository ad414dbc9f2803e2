package loadtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"kronika/corpus"
	"kronika/corpus/gen"
	"kronika/extract"
	"kronika/extract/lang"
	"kronika/index"
	"kronika/ingest"
	"kronika/pipeline"
)

// The data directory layout `kronika` uses (cmd/kronika/wire.go): a
// loadtest data directory is an ordinary one, and `kronika serve --data`
// serves it.
const (
	storeFile = "store.db"
	indexDir  = "index.bleve"
)

// StorePath and IndexPath are the store and index of a data directory.
func StorePath(dataDir string) string { return filepath.Join(dataDir, storeFile) }

// IndexPath is the bleve index of a data directory.
func IndexPath(dataDir string) string { return filepath.Join(dataDir, indexDir) }

// Articles returns the first n articles of the generated corpus of seed
// (corpus/gen): 2–4 KB news articles in Italian, English and Ukrainian
// naming nations, ministers, dates and amounts, with ids unique within the
// corpus. Language is left for the pipeline to detect.
func Articles(n int, seed uint64) iter.Seq[corpus.Document] { return articleRange(0, n, seed) }

// articleRange yields articles from..to-1 of the corpus of seed: the
// articles a corpus of to articles has beyond one of from.
func articleRange(from, to int, seed uint64) iter.Seq[corpus.Document] {
	return func(yield func(corpus.Document) bool) {
		for i := from; i < to; i++ {
			if !yield(gen.Article(i, seed)) {
				return
			}
		}
	}
}

// BuildReport is what BuildIndex did.
type BuildReport struct {
	Requested int              `json:"requested"`
	Skipped   int              `json:"skipped"` // already stored before this run
	Summary   pipeline.Summary `json:"summary"`
	Seconds   float64          `json:"seconds"`
	DocsPerS  float64          `json:"docs_per_second"`
	Store     corpus.Counts    `json:"store"`
	Indexed   uint64           `json:"index_documents"`
}

// BuildOptions tune BuildIndex; the zero value is what `kronika ingest`
// does.
type BuildOptions struct {
	Workers   int
	BatchSize int
	Logger    *slog.Logger
	// Progress, if set, receives a line every few seconds.
	Progress io.Writer
}

// BuildIndex makes the index in dataDir hold the n generated articles of
// seed, with the real pipeline: language detection and extraction, the
// durable store, then the bleve index. Articles already stored are not
// analysed again, so a second call is cheap and a larger n extends a
// smaller one.
func BuildIndex(ctx context.Context, dataDir string, n int, seed uint64) (*BuildReport, error) {
	return BuildIndexWith(ctx, dataDir, n, seed, BuildOptions{})
}

// BuildIndexWith is BuildIndex with options.
func BuildIndexWith(ctx context.Context, dataDir string, n int, seed uint64, opts BuildOptions) (*BuildReport, error) {
	if n < 0 {
		return nil, fmt.Errorf("loadtest: build: n = %d", n)
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("loadtest: data directory: %w", err)
	}
	st, err := corpus.OpenStore(StorePath(dataDir))
	if err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	defer st.Close()
	kit := extract.NewKit(lang.Options{})
	ix, err := index.Open(IndexPath(dataDir), index.Options{Resolver: resolver{kit}})
	if err != nil {
		return nil, fmt.Errorf("loadtest: %w", err)
	}
	defer ix.Close()
	return build(ctx, st, ix, kit, Articles(n, seed), n, opts)
}

// build runs the pipeline on docs into st and ix.
func build(ctx context.Context, st *corpus.Store, ix pipeline.Index, kit *extract.Kit, docs iter.Seq[corpus.Document], n int, opts BuildOptions) (*BuildReport, error) {
	rep := &BuildReport{Requested: n}
	items := func(yield func(ingest.Item) bool) {
		for d := range docs {
			if _, err := st.Get(d.ID); err == nil {
				rep.Skipped++
				continue
			}
			if !yield(ingest.Item{Doc: d, Source: d.Source + "/" + d.ID}) {
				return
			}
		}
	}
	start := time.Now()
	last := start
	progress := func(p pipeline.Progress) {
		if opts.Progress == nil || time.Since(last) < 3*time.Second {
			return
		}
		last = time.Now()
		rate := float64(p.Done) / max(p.Elapsed.Seconds(), 1e-9)
		fmt.Fprintf(opts.Progress, "building: %d of %d stored (%d skipped), %.0f docs/s\n", p.Done+rep.Skipped, n, rep.Skipped, rate)
	}
	sum, err := pipeline.Run(ctx, pipeline.Options{
		Analyzer: kit.Analyzer(), Store: st, Index: ix,
		Workers: opts.Workers, BatchSize: opts.BatchSize, Logger: opts.Logger, Progress: progress,
	}, items)
	rep.Summary = sum
	rep.Seconds = time.Since(start).Seconds()
	if done := sum.Ingested(); rep.Seconds > 0 {
		rep.DocsPerS = float64(done) / rep.Seconds
	}
	if err != nil {
		return rep, fmt.Errorf("loadtest: build: %w", err)
	}
	if sum.Failed > 0 {
		return rep, fmt.Errorf("loadtest: build: %d of %d articles failed (first: %s)", sum.Failed, n, firstFailure(sum))
	}
	if rep.Store, err = st.Counts(); err != nil {
		return rep, fmt.Errorf("loadtest: %w", err)
	}
	if c, ok := ix.(interface{ Count() (uint64, error) }); ok {
		if rep.Indexed, err = c.Count(); err != nil {
			return rep, fmt.Errorf("loadtest: %w", err)
		}
	}
	return rep, nil
}

func firstFailure(s pipeline.Summary) string {
	if len(s.Failures) == 0 {
		return "unknown"
	}
	return s.Failures[0].Source + ": " + s.Failures[0].Reason
}

// resolver adapts the extractors' lookups to the index's Resolver, as the
// CLI does, so that the load's cross-lingual queries behave as in
// production.
type resolver struct{ k *extract.Kit }

func (r resolver) Nations(term string) []string   { return r.k.NationCodes(term) }
func (r resolver) Ministers(term string) []string { return r.k.MinisterNames(term) }

// errNoIndex is returned by RunAll for a data directory without an index
// when it is not allowed to build one.
var errNoIndex = errors.New("no index in the data directory")
