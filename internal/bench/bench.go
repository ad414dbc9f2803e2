// Package bench is Kronika's proof by benchmark: it generates a corpus of
// realistic Italian, English and Ukrainian news (kronika/corpus/gen), runs
// every stage of the pipeline over it, and sets each figure beside the same
// work done by the bare libraries Kronika is built on — goquery for HTML,
// lingua-go for language detection, bleve for indexing and search — as a
// ratio (Kronika's throughput ÷ the bare libraries'; above 1 is faster).
//
// The CLI exposes it as
//
//	go run ./cmd/kronika bench --n 5000
//
// with the flags --n (articles), --seed, --queries (searches timed) and
// --json (print the Report as JSON instead of the table).
//
// Stages:
//
//   - html: htmltext.Extract vs goquery.NewDocumentFromReader (parse only)
//     on generated ~100 KB pages, one goroutine each; pages/s, MB/s and the
//     median ms per page. Kronika's row also reports the share of pages whose
//     extracted text is exactly the article's.
//   - lang: lang.Detector vs lingua-go built for {en, it, uk} (its default,
//     high-accuracy mode) on the whole text and on the first 500 characters,
//     one goroutine each, with the share of correct answers.
//   - extract: the whole extract step (Analyzer.Analyze) on all cores and
//     on one, then the tokenizer and each extractor alone on one goroutine.
//     No bare library does this job, so these rows have no ratio.
//   - ingest: pipeline.Run from the JSONL file and from a directory of .txt
//     files into a fresh store and index, vs the bare libraries doing only
//     language detection (lingua-go on the first 500 characters) and bleve
//     batch indexing (default mapping, lang/source/month as keywords for
//     facets, batches of 256) on one goroutine. Peak RSS is measured per row
//     when the kernel lets the process reset its high-water mark.
//   - search: a query mix (words and phrases in the three languages, nation
//     names, filters by nation, language and publication date range, all
//     with facets) against the index the ingest stage built, one client;
//     p50/p99 latency and queries/s, vs bare bleve running equivalent match
//     queries with the facets it can compute on its own index.
//
// All figures are measured on the machine that runs the command; nothing is
// estimated.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"time"

	"github.com/blevesearch/bleve/v2"

	"kronika/corpus"
	"kronika/corpus/gen"
	"kronika/extract"
	"kronika/extract/lang"
	"kronika/index"
)

// Stage names, for Options.Stages.
const (
	StageHTML    = "html"
	StageLang    = "lang"
	StageExtract = "extract"
	StageIngest  = "ingest"
	StageSearch  = "search"
)

// Stages lists every stage in the order Run runs them.
var Stages = []string{StageHTML, StageLang, StageExtract, StageIngest, StageSearch}

// Defaults for Options.
const (
	DefaultN       = 2000
	DefaultSeed    = 1
	DefaultQueries = 500
	DefaultPages   = 400
	DefaultRounds  = 2
)

// Options configure a run. The zero value runs every stage on DefaultN
// articles.
type Options struct {
	N       int    // articles generated; 0 means DefaultN
	Seed    uint64 // corpus seed; 0 means DefaultSeed
	Dir     string // scratch directory; "" means a temporary one, removed afterwards
	Queries int    // searches timed per side; 0 means DefaultQueries
	Pages   int    // HTML pages for the html stage; 0 means min(N, DefaultPages)
	// Rounds each ingest is repeated, Kronika and the bare libraries in
	// turn, keeping each side's fastest; 0 means DefaultRounds.
	Rounds int
	Stages []string
	Logger *slog.Logger
}

// Measure is one side of a row: what ran, on how many goroutines, over how
// much input, and how fast.
type Measure struct {
	Label      string  `json:"label"`
	Workers    int     `json:"workers"`
	Unit       string  `json:"unit"` // docs, pages or queries
	Count      int     `json:"count"`
	Bytes      int64   `json:"bytes"`
	Seconds    float64 `json:"seconds"`
	PerSec     float64 `json:"per_sec"`
	MBPerSec   float64 `json:"mb_per_sec"`
	MedianMS   float64 `json:"median_ms,omitempty"`
	P50MS      float64 `json:"p50_ms,omitempty"`
	P99MS      float64 `json:"p99_ms,omitempty"`
	PeakRSSMiB float64 `json:"peak_rss_mib,omitempty"`
	// Accuracy is the share of right answers where the stage has a
	// ground truth: the language of each article, the article text of each
	// page.
	Accuracy *float64 `json:"accuracy,omitempty"`
	// CPUMSPerItem is the process's CPU time per item, all goroutines
	// together: the work done, whatever else runs on the machine. Omitted
	// where the two sides were interleaved.
	CPUMSPerItem float64 `json:"cpu_ms_per_item,omitempty"`
	Note         string  `json:"note,omitempty"`

	cpu0 time.Duration
}

// Row compares Kronika with the bare libraries on one piece of work.
type Row struct {
	Stage string   `json:"stage"`
	Name  string   `json:"name"`
	Ours  Measure  `json:"kronika"`
	Bare  *Measure `json:"bare,omitempty"`
	// Ratio is Kronika's throughput over the bare libraries' (for search,
	// queries/s); above 1 Kronika is faster. 0 when there is no bare side.
	Ratio float64 `json:"ratio,omitempty"`
}

// Report is the outcome of a run; its JSON is what --json prints.
type Report struct {
	N           int       `json:"n"`
	Seed        uint64    `json:"seed"`
	Queries     int       `json:"queries"`
	Pages       int       `json:"pages"`
	GOMAXPROCS  int       `json:"gomaxprocs"`
	NumCPU      int       `json:"num_cpu"`
	GoVersion   string    `json:"go_version"`
	CorpusBytes int64     `json:"corpus_bytes"` // article text, title excluded
	Started     time.Time `json:"started"`
	Seconds     float64   `json:"seconds"`
	// PeakRSSMiB is the process's peak resident set over the whole run;
	// PerRowRSS says whether the peak could be reset before each measure
	// (otherwise per-row peaks are omitted).
	PeakRSSMiB float64 `json:"peak_rss_mib"`
	PerRowRSS  bool    `json:"per_row_rss"`
	// LoadAvg is the machine's one-minute load average at the start and
	// the end: above GOMAXPROCS, other processes competed for the cores
	// and wall-clock figures are low (CPU ms per item are not affected).
	LoadAvg [2]float64 `json:"load_avg"`
	Rounds  int        `json:"rounds"`
	Rows    []Row      `json:"rows"`
}

func (r *Report) add(row Row) {
	if row.Bare != nil && row.Bare.PerSec > 0 {
		row.Ratio = row.Ours.PerSec / row.Bare.PerSec
	}
	r.Rows = append(r.Rows, row)
}

// Run generates the corpus, runs the chosen stages, writes the table to w
// (when w is not nil; pass nil to print the Report as JSON instead) and
// returns the report. On error the report holds the rows measured so far.
func Run(ctx context.Context, opts Options, w io.Writer) (*Report, error) {
	if opts.N <= 0 {
		opts.N = DefaultN
	}
	if opts.Seed == 0 {
		opts.Seed = DefaultSeed
	}
	if opts.Queries <= 0 {
		opts.Queries = DefaultQueries
	}
	if opts.Pages <= 0 {
		opts.Pages = min(opts.N, DefaultPages)
	}
	if opts.Rounds <= 0 {
		opts.Rounds = DefaultRounds
	}
	if len(opts.Stages) == 0 {
		opts.Stages = Stages
	}
	for _, s := range opts.Stages {
		if !slices.Contains(Stages, s) {
			return nil, fmt.Errorf("bench: unknown stage %q (have %v)", s, Stages)
		}
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.Dir == "" {
		dir, err := os.MkdirTemp("", "kronika-bench-")
		if err != nil {
			return nil, fmt.Errorf("bench: scratch directory: %w", err)
		}
		defer os.RemoveAll(dir)
		opts.Dir = dir
	} else if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: scratch directory: %w", err)
	}

	rep := &Report{N: opts.N, Seed: opts.Seed, Queries: opts.Queries, Pages: opts.Pages,
		GOMAXPROCS: runtime.GOMAXPROCS(0), NumCPU: runtime.NumCPU(), GoVersion: runtime.Version(),
		Started: time.Now().UTC(), PerRowRSS: resetPeakRSS(), Rounds: opts.Rounds}
	rep.LoadAvg[0] = loadAvg()
	log.Info("generating corpus", "n", opts.N, "seed", opts.Seed)
	docs := gen.Generate(opts.N, opts.Seed)
	for _, d := range docs {
		rep.CorpusBytes += int64(len(d.Text))
	}
	want := func(s string) bool { return slices.Contains(opts.Stages, s) }

	// The kit is built once, as the CLI does: building the extractors and
	// loading the language models is not part of any measured stage.
	log.Info("building extractors")
	kit := extract.NewKit(lang.Options{})
	b := &bench{opts: opts, log: log, docs: docs, kit: kit, an: kit.Analyzer(), rep: rep,
		indexOnly: !want(StageIngest)}

	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{StageHTML, b.html},
		{StageLang, b.lang},
		{StageExtract, b.extract},
		{StageIngest, b.ingest},
		{StageSearch, b.search},
	}
	// The indexes the ingest stage leaves open are closed however the run
	// ends.
	closeIndexes := func() error {
		var errs []error
		if b.ix != nil {
			errs = append(errs, b.ix.Close())
			b.ix = nil
		}
		if b.bare != nil {
			errs = append(errs, b.bare.Close())
			b.bare = nil
		}
		return errors.Join(errs...)
	}
	defer closeIndexes()
	start := time.Now()
	for _, s := range steps {
		if !want(s.name) && (s.name != StageIngest || !want(StageSearch)) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		log.Info("stage", "name", s.name)
		if err := s.run(ctx); err != nil {
			return rep, fmt.Errorf("bench: %s: %w", s.name, err)
		}
	}
	if err := closeIndexes(); err != nil {
		return rep, fmt.Errorf("bench: closing indexes: %w", err)
	}
	rep.Seconds = time.Since(start).Seconds()
	rep.PeakRSSMiB = max(b.peak, peakRSSMiB())
	rep.LoadAvg[1] = loadAvg()
	if !want(StageIngest) { // search alone still needed the ingest stage's index
		rep.Rows = slices.DeleteFunc(rep.Rows, func(r Row) bool { return r.Stage == StageIngest })
	}
	if w != nil {
		rep.WriteTable(w)
	}
	return rep, nil
}

// errCheck is returned when a stage's output shows the work was not done
// (nothing indexed, no hits at all): a fast wrong answer proves nothing.
var errCheck = errors.New("sanity check failed")

// bench holds what the stages share.
type bench struct {
	opts Options
	log  *slog.Logger
	docs []corpus.Document
	kit  *extract.Kit
	an   *extract.Analyzer
	rep  *Report
	peak float64 // peak RSS (MiB) before the last reset
	// indexOnly: the search stage runs without the ingest stage's
	// figures, so ingest only builds the two JSONL indexes, once.
	indexOnly bool

	// The indexes the ingest stage built from the JSONL file, left open
	// for the search stage.
	ix   *index.Index
	bare bleve.Index
}
