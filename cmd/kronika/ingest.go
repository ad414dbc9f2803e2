package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"kronika/corpus"
	"kronika/ingest"
	"kronika/pipeline"
)

func (a *app) ingestCommand() *cobra.Command {
	var (
		web         webFlags
		sourcesFile string
		reportFile  string
		workers     int
		batch       int
		progress    string
	)
	cmd := &cobra.Command{
		Use:   "ingest [SOURCE...]",
		Short: "Load or fetch documents, extract, store and index them (the batch job)",
		Long: `ingest is the batch job: it loads or fetches every SOURCE — a .txt, .html, .htm or .jsonl
file, a directory, a page URL, a feed or sitemap URL, or - for JSONL on standard input —
extracts entities, writes each document durably to the store in --data, and then indexes it.
With no SOURCE and no --sources it ingests the embedded sample corpus.

Running the same batch again adds nothing; feeds yield only new items and pages are
re-fetched only when they changed. A killed run is completed by the next one. Failed
sources are recorded with their reason and retried on later runs, with backoff.
Exit status: 0 all succeeded, 1 some failed, 2 usage error.`,
		Example: `  kronika ingest                                  # the embedded sample corpus
  kronika ingest articles/ extra.jsonl --report run.json
  kronika ingest --sources feeds.txt --log-format json   # from cron`,
		RunE: func(cmd *cobra.Command, args []string) error {
			defer a.startBatch()()
			ctx := cmd.Context()
			sources := args
			if sourcesFile != "" {
				more, err := readSourcesFile(sourcesFile)
				if err != nil {
					return usageError("--sources: %w", err)
				}
				sources = append(sources, more...)
			}
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			k := a.kit()
			var ix pipeline.Index
			if remote, ok := a.runningServer(); ok {
				a.log.Info("a server holds the index; sending documents to it", "server", remote.base)
				ix = remote
			} else {
				local, err := a.openIndex(k)
				if err != nil {
					return err
				}
				defer local.Close()
				ix = local
			}
			loader, closeWeb, err := a.loader(web, st)
			if err != nil {
				return err
			}
			defer closeWeb()
			var docs iter.Seq[ingest.Item]
			total, known := 0, false
			if len(sources) == 0 {
				docs = loader.LoadFS(ctx, corpus.Sample(), "sample")
			} else {
				docs = loader.Load(ctx, sources)
				total, known = ingest.Estimate(sources)
			}
			bar := newProgressBar(a.stderr, progress, total, known)
			sum, runErr := pipeline.Run(ctx, pipeline.Options{
				Analyzer: k.Analyzer(), Store: st, Index: ix,
				Workers: workers, BatchSize: batch, Logger: a.log,
				Progress: bar.update,
			}, docs)
			bar.done()
			if err := st.SetMeta("last_run", sum); err != nil {
				a.log.Error("saving the run summary", "err", err)
			}
			if reportFile != "" {
				if err := writeJSONFile(reportFile, sum); err != nil {
					return err
				}
			}
			fmt.Fprintln(a.stderr, sum.String())
			if runErr != nil {
				return runErr
			}
			if sum.Failed > 0 {
				return partialFailure
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&sourcesFile, "sources", "", "file with one source per line (# starts a comment)")
	f.StringVar(&reportFile, "report", "", "write a JSON report of the run to this file")
	f.IntVar(&workers, "workers", 0, "documents analysed in parallel (default: number of CPUs)")
	f.IntVar(&batch, "batch", pipeline.DefaultBatchSize, "documents per store transaction and index batch")
	f.StringVar(&progress, "progress", "auto", "progress bar: auto (on a terminal), always or never")
	web.register(cmd)
	return cmd
}

// readSourcesFile reads one source per line; blank lines and # comments are
// skipped.
func readSourcesFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// progressBar draws items done, rate and ETA on a terminal.
type progressBar struct {
	w       *os.File
	on      bool
	total   int
	known   bool
	started time.Time
	last    time.Time
}

func newProgressBar(w any, mode string, total int, known bool) *progressBar {
	f, _ := w.(*os.File)
	on := false
	switch mode {
	case "always":
		on = f != nil
	case "auto":
		if f != nil {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				on = true
			}
		}
	}
	return &progressBar{w: f, on: on, total: total, known: known, started: time.Now()}
}

func (p *progressBar) update(pr pipeline.Progress) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	secs := pr.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(pr.Done+pr.Failed) / secs
	}
	line := fmt.Sprintf("%6d done  %4d failed  %7.1f docs/s", pr.Done, pr.Failed, rate)
	if p.known && p.total > 0 {
		done := pr.Done + pr.Failed
		frac := min(float64(done)/float64(p.total), 1)
		const width = 24
		n := int(frac * width)
		bar := strings.Repeat("█", n) + strings.Repeat("░", width-n)
		eta := "--"
		if rate > 0 && done < p.total {
			eta = (time.Duration(float64(p.total-done)/rate) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("%s %3.0f%%  %s  ETA %s", bar, frac*100, line, eta)
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

func (p *progressBar) done() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// updateCount shows a plain count of items written.
func (p *progressBar) updateCount(n int) {
	p.update(pipeline.Progress{Done: n, Elapsed: time.Since(p.started)})
}
