package loadtest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"kronika/corpus"
	"kronika/extract"
	"kronika/extract/lang"
	"kronika/index"
	"kronika/index/server"
	"kronika/pipeline"
)

// AllOptions configure RunAll: the whole `kronika loadtest` exercise.
type AllOptions struct {
	// DataDir holds the store and index (the layout of `kronika --data`).
	DataDir string
	// Docs is how many generated articles the index must hold before the
	// load starts; missing ones are built with the real pipeline. 0 uses
	// the index as it is.
	Docs int
	// Seed chooses the generated articles.
	Seed uint64
	// Load configures the clients. Its BaseURL is ignored unless URL is
	// empty and no server is started (never, today): RunAll fills it in.
	Load Options
	// URL, if set, is a running server (loopback only) to load instead of
	// starting one on DataDir's index.
	URL string
	// Addr is where the in-process server listens. Default 127.0.0.1:0 (a
	// free port); it must be a loopback address.
	Addr string
	// IngestWhile runs a batch ingest of IngestDocs new articles (those
	// after the first Docs of the generated corpus) through
	// the running server's POST /api/ingest while the load runs, the path
	// `kronika ingest` takes when a server holds the index.
	IngestWhile bool
	// IngestDocs is how many new articles that ingest adds. Default
	// max(Docs/20, 200).
	IngestDocs int
	// NoCache turns the server's response cache off, so that every
	// request is searched: a mix of a few dozen queries is otherwise
	// answered from the cache after its first round.
	NoCache bool
	// Logger receives the pipeline's and the server's logs; nil discards.
	Logger *slog.Logger
	// Progress, if set, receives a line per phase and build progress.
	Progress io.Writer
}

// AllReport is what RunAll measured; its JSON is `kronika loadtest --json`.
type AllReport struct {
	URL        string        `json:"url"`
	Build      *BuildReport  `json:"build,omitempty"`
	DocsBefore uint64        `json:"index_documents_before"`
	DocsAfter  uint64        `json:"index_documents_after"`
	Load       *Report       `json:"load"`
	Ingest     *IngestReport `json:"ingest,omitempty"`
}

// IngestReport is the batch ingest that ran during the load.
type IngestReport struct {
	Summary  pipeline.Summary `json:"summary"`
	Seconds  float64          `json:"seconds"`
	DocsPerS float64          `json:"docs_per_second"`
	Error    string           `json:"error,omitempty"`
}

// String is the report for a terminal.
func (r *AllReport) String() string {
	var b strings.Builder
	if r.Build != nil {
		fmt.Fprintf(&b, "build: %d requested, %d already stored, %d new in %.1fs (%.0f docs/s)\n",
			r.Build.Requested, r.Build.Skipped, r.Build.Summary.New, r.Build.Seconds, r.Build.DocsPerS)
	}
	fmt.Fprintf(&b, "server: %s, %d documents before, %d after\n", r.URL, r.DocsBefore, r.DocsAfter)
	if r.Load != nil {
		b.WriteString(r.Load.String())
	}
	if r.Ingest != nil {
		fmt.Fprintf(&b, "ingest during the load: %s (%.0f docs/s)", r.Ingest.Summary.String(), r.Ingest.DocsPerS)
		if r.Ingest.Error != "" {
			fmt.Fprintf(&b, ", error: %s", r.Ingest.Error)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// RunAll builds the index if needed, serves it on loopback (or uses URL),
// runs the load — with a concurrent batch ingest if asked — and reports.
// The error is for a run that could not be carried out; failed requests
// are in the Report.
func RunAll(ctx context.Context, opts AllOptions) (*AllReport, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	say := func(format string, a ...any) {
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, format+"\n", a...)
		}
	}
	if opts.DataDir == "" && (opts.URL == "" || opts.IngestWhile) {
		return nil, errors.New("loadtest: no data directory")
	}
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	if opts.IngestDocs <= 0 {
		opts.IngestDocs = max(opts.Docs/20, 200)
	}
	rep := &AllReport{}
	kit := extract.NewKit(lang.Options{})

	base := opts.URL
	var count func() (uint64, error)
	if base == "" {
		if opts.Docs > 0 {
			say("building an index of %d articles in %s", opts.Docs, opts.DataDir)
			b, err := BuildIndexWith(ctx, opts.DataDir, opts.Docs, opts.Seed, BuildOptions{Logger: log, Progress: opts.Progress})
			rep.Build = b
			if err != nil {
				return rep, err
			}
		} else if _, err := os.Stat(IndexPath(opts.DataDir)); err != nil {
			return rep, fmt.Errorf("loadtest: %s: %w", opts.DataDir, errNoIndex)
		}
		ix, err := index.Open(IndexPath(opts.DataDir), index.Options{Resolver: resolver{kit}})
		if err != nil {
			return rep, fmt.Errorf("loadtest: %w", err)
		}
		defer ix.Close()
		srv, err := NewServer(ix, log, opts.NoCache)
		if err != nil {
			return rep, err
		}
		stop, url, err := Serve(srv, opts.Addr)
		if err != nil {
			return rep, err
		}
		defer stop()
		base = url
		count = ix.Count
	} else {
		if _, err := CheckLoopback(base); err != nil {
			return nil, err
		}
		count = func() (uint64, error) { return remoteCount(ctx, base) }
	}
	rep.URL = base
	var err error
	if rep.DocsBefore, err = count(); err != nil {
		return rep, err
	}
	say("serving %d documents at %s", rep.DocsBefore, base)

	ingestDone := make(chan *IngestReport, 1)
	if opts.IngestWhile {
		st, err := corpus.OpenStore(StorePath(opts.DataDir))
		if err != nil {
			return rep, fmt.Errorf("loadtest: %w", err)
		}
		defer st.Close()
		say("ingesting %d new articles through %s/api/ingest during the load", opts.IngestDocs, base)
		go func() {
			start := time.Now()
			// The articles after the index's own: new ids, new stories.
			b, err := build(ctx, st, &HTTPIndex{BaseURL: base}, kit, articleRange(opts.Docs, opts.Docs+opts.IngestDocs, opts.Seed), opts.IngestDocs, BuildOptions{Logger: log})
			ir := &IngestReport{Seconds: time.Since(start).Seconds()}
			if b != nil {
				ir.Summary = b.Summary
				ir.DocsPerS = float64(b.Summary.Ingested()) / max(ir.Seconds, 1e-9)
			}
			if err != nil {
				ir.Error = err.Error()
			}
			ingestDone <- ir
		}()
	} else {
		close(ingestDone)
	}

	lo := opts.Load
	lo.BaseURL = base
	say("load: %d clients for %s (at most %d requests)", max(lo.Clients, 0), lo.Duration, lo.MaxRequests)
	if rep.Load, err = Run(ctx, lo); err != nil {
		return rep, err
	}
	if ir, ok := <-ingestDone; ok {
		rep.Ingest = ir
	}
	if rep.DocsAfter, err = count(); err != nil {
		return rep, err
	}
	return rep, nil
}

// NewServer wires ix to the HTTP server the way `kronika serve` does, with
// live ingestion enabled; noCache turns its response cache off.
func NewServer(ix *index.Index, log *slog.Logger, noCache bool) (*server.Server, error) {
	cache := 0 // the default
	if noCache {
		cache = -1
	}
	return server.ForIndex(ix, server.Options{CacheEntries: cache, Logger: log})
}

// Serve listens on addr (a loopback address) and serves srv until stop is
// called; url is the server's base URL.
func Serve(srv *server.Server, addr string) (stop func(), url string, err error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, "", fmt.Errorf("loadtest: --addr %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); (ip == nil || !ip.IsLoopback()) && host != "localhost" {
		return nil, "", fmt.Errorf("loadtest: --addr %q: serve on a loopback address", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("loadtest: listen: %w", err)
	}
	hs := srv.HTTPServer(addr)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = hs.Serve(ln)
	}()
	stop = func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = hs.Shutdown(ctx)
		<-done
	}
	return stop, "http://" + ln.Addr().String(), nil
}

// HTTPIndex is a pipeline.Index that hands records to a running server's
// POST /api/ingest, as `kronika ingest` does when a server holds the index.
type HTTPIndex struct {
	BaseURL string
	Client  *http.Client
}

// Put sends records to be indexed.
func (h *HTTPIndex) Put(ctx context.Context, recs []corpus.Record) error { return h.post(ctx, recs) }

// Delete sends removals: the server's index drops a record that carries
// duplicate_of.
func (h *HTTPIndex) Delete(ctx context.Context, ids []string) error {
	recs := make([]corpus.Record, len(ids))
	for i, id := range ids {
		recs[i] = corpus.Record{ID: id, DuplicateOf: "removed"}
	}
	return h.post(ctx, recs)
}

func (h *HTTPIndex) post(ctx context.Context, recs []corpus.Record) error {
	if _, err := CheckLoopback(h.BaseURL); err != nil {
		return err
	}
	var body bytes.Buffer
	w := corpus.NewWriter(&body)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(h.BaseURL, "/")+"/api/ingest", &body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	hc := h.Client
	if hc == nil {
		hc = &http.Client{Timeout: 5 * time.Minute}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("ingest through %s: %w", h.BaseURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("ingest through %s: %s: %s", h.BaseURL, resp.Status, bytes.TrimSpace(msg))
	}
	return nil
}

// remoteCount reads the document count a running server reports.
func remoteCount(ctx context.Context, base string) (uint64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+"/api/search?size=1&facets=false", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("loadtest: %s: %w", base, err)
	}
	defer resp.Body.Close()
	var ans struct {
		Total uint64 `json:"total"`
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("loadtest: %s: %s", base, resp.Status)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxBody)).Decode(&ans); err != nil {
		return 0, fmt.Errorf("loadtest: %s: %w", base, err)
	}
	return ans.Total, nil
}

// Usage is the help text of Main, which `kronika loadtest` shows.
const Usage = `usage: kronika loadtest [flags]

Measures the search server under load, on this machine only. It makes sure
the index in --data holds --n generated articles (building the missing ones
with the real pipeline: extraction, store, index), serves it on 127.0.0.1,
runs --clients concurrent clients sending a mix of searches (words and
phrases in Italian, English and Ukrainian, nation/minister/language/date/
amount filters, facets, paging) for --duration or --max-requests, and
prints latency percentiles, throughput and errors. With --ingest-while a
batch ingest adds --ingest-n new articles through the running server during
the load. Exit status: 0 no request failed, 1 some failed, 2 usage error.

  kronika loadtest --n 100000 --clients 50 --duration 30s --ingest-while
  kronika loadtest --url http://127.0.0.1:8080 --clients 8 --duration 10s

flags:
`

// Main is `kronika loadtest`: it parses args (without the command name),
// runs RunAll and prints the report; it returns the exit status.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	defData := os.Getenv("KRONIKA_DATA")
	if defData == "" {
		defData = "./kronika-data"
	}
	var (
		o           AllOptions
		queriesFile string
		asJSON      bool
		seed        uint64
	)
	fs.StringVar(&o.DataDir, "data", defData, "data directory holding the store and the index (env KRONIKA_DATA)")
	fs.IntVar(&o.Docs, "n", 10000, "generated articles the index must hold; missing ones are built first (0: use the index as it is)")
	fs.Uint64Var(&seed, "seed", 1, "seed of the generated articles and of the clients' choices")
	fs.IntVar(&o.Load.Clients, "clients", DefaultClients, "concurrent clients")
	fs.DurationVar(&o.Load.Duration, "duration", DefaultDuration, "how long the load runs")
	fs.IntVar(&o.Load.MaxRequests, "max-requests", DefaultMaxRequests, "most requests the load sends")
	fs.DurationVar(&o.Load.RequestTimeout, "request-timeout", DefaultRequestTimeout, "time limit of one request")
	fs.Float64Var(&o.Load.FollowNext, "follow-next", DefaultFollowNext, "share of searches whose next page is asked for")
	fs.StringVar(&queriesFile, "queries", "", "file of queries, one a line: a query string for /api/search, or a path from /")
	fs.StringVar(&o.URL, "url", "", "load this running server (loopback only) instead of serving --data")
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:0", "where to serve --data (a loopback address)")
	fs.Float64Var(&o.Load.Rate, "rate", 0, "requests per second in all, sent whether or not earlier ones were answered (0: each client waits for its answer)")
	fs.BoolVar(&o.NoCache, "no-cache", false, "turn the server's response cache off, so every request is searched")
	fs.BoolVar(&o.IngestWhile, "ingest-while", false, "ingest new articles through the running server during the load")
	fs.IntVar(&o.IngestDocs, "ingest-n", 0, "articles the concurrent ingest adds (default max(n/20, 200))")
	fs.BoolVar(&asJSON, "json", false, "print the report as JSON")
	fs.Usage = func() {
		fmt.Fprint(stderr, Usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "kronika loadtest: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if o.Docs < 0 || o.IngestDocs < 0 || o.Load.Clients < 1 || o.Load.Duration <= 0 || o.Load.MaxRequests < 1 || o.Load.Rate < 0 {
		fmt.Fprintln(stderr, "kronika loadtest: --n, --ingest-n and --rate must be ≥ 0, --clients and --max-requests ≥ 1, --duration > 0")
		return 2
	}
	o.Seed, o.Load.Seed = seed, seed
	if queriesFile != "" {
		qs, err := readQueries(queriesFile)
		if err != nil {
			fmt.Fprintln(stderr, "kronika loadtest: --queries:", err)
			return 2
		}
		o.Load.Queries = qs
	}
	if o.URL != "" {
		if _, err := CheckLoopback(o.URL); err != nil {
			fmt.Fprintln(stderr, "kronika", err)
			return 2
		}
	}
	o.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	o.Progress = stderr
	rep, err := RunAll(ctx, o)
	if err != nil {
		fmt.Fprintln(stderr, "kronika", err)
		return 1
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return 1
		}
	} else {
		fmt.Fprint(stdout, rep.String())
	}
	if rep.Load.Errors > 0 || (rep.Ingest != nil && rep.Ingest.Error != "") {
		return 1
	}
	return 0
}

// readQueries reads one query a line; blank lines and # comments are
// skipped.
func readQueries(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s holds no queries", path)
	}
	return out, nil
}
