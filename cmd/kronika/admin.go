package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"kronika/corpus"
	"kronika/index"
	"kronika/pipeline"
)

func (a *app) reindexCommand() *cobra.Command {
	var batch int
	var compact bool
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Rebuild the index from the store, re-running extraction (no fetching)",
		Long: `reindex re-analyses every stored document from its raw input with the current
extractors — after an upgrade — stores the new records, and rebuilds the index from the
store. Nothing is fetched. With --compact it then merges the new index's segments
(see compact).`,
		Example: `  kronika reindex --data ./kronika-data
  kronika reindex --compact`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			defer a.startBatch()()
			ctx := cmd.Context()
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			if _, running := a.runningServer(); running {
				return fmt.Errorf("a kronika serve holds the index in %s: stop it, reindex, then start it again", a.dataDir)
			}
			k := a.kit()
			an := k.Analyzer()
			// Rebuild from nothing, so the index holds exactly the store.
			// Opening first makes sure no other process holds it; an index
			// that cannot be opened for another reason is what reindex
			// repairs.
			ix, err := a.openIndex(k)
			switch {
			case errors.Is(err, index.ErrLocked):
				return err
			case err != nil:
				a.log.Warn("the old index cannot be opened; rebuilding it", "err", err)
			default:
				if err := ix.Close(); err != nil {
					return err
				}
			}
			if err := os.RemoveAll(a.indexPath()); err != nil {
				return fmt.Errorf("removing the old index: %w", err)
			}
			if ix, err = a.openIndex(k); err != nil {
				return err
			}
			defer ix.Close()
			n, err := pipeline.Reindex(ctx, st, ix, an, batch, a.log)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "%d documents re-extracted and reindexed\n", n)
			if compact {
				start := time.Now()
				before, after, err := ix.Compact(ctx, 0)
				if err != nil {
					return err
				}
				printCompacted(a.stderr, time.Since(start), before, after)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&compact, "compact", false, "merge the rebuilt index's segments, as compact does")
	return cmd
}

func (a *app) compactCommand() *cobra.Command {
	var segments int
	cmd := &cobra.Command{
		Use:   "compact",
		Short: "Merge the index's segments so that searches visit fewer of them",
		Long: `compact merges the index's segments into --segments of them. Batch jobs keep
segments small (10,000 articles) so that their memory stays bounded, and a search visits
every segment. Fewer segments cost a server more memory (larger segments make a search map
more of the index's files); how much they speed searches depends on the index's size: see
the README for what was measured. The documents do not change. While kronika serve runs,
the server compacts its index and goes on answering searches.`,
		Example: `  kronika compact --data ./kronika-data
  kronika compact --segments 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if segments < 1 {
				return usageError("--segments: want at least 1, got %d", segments)
			}
			defer a.startBatch()()
			start := time.Now()
			var before, after int
			if remote, running := a.runningServer(); running {
				var err error
				if before, after, err = remote.compact(cmd.Context(), segments); err != nil {
					return err
				}
			} else {
				ix, err := a.openIndexForSearch(a.kit())
				if err != nil {
					return err
				}
				defer ix.Close()
				if before, after, err = ix.Compact(cmd.Context(), segments); err != nil {
					return err
				}
				if err := ix.Close(); err != nil {
					return err
				}
			}
			printCompacted(a.stderr, time.Since(start), before, after)
			return nil
		},
	}
	cmd.Flags().IntVar(&segments, "segments", index.DefaultCompactSegments, "the segments to merge the index into")
	return cmd
}

func printCompacted(w io.Writer, took time.Duration, before, after int) {
	fmt.Fprintf(w, "index compacted in %s: segments %d → %d\n", took.Round(100*time.Millisecond), before, after)
}

// statsReport is the JSON of `kronika stats --json`.
type statsReport struct {
	Store struct {
		corpus.Counts
	} `json:"store"`
	Index struct {
		Documents uint64 `json:"documents"`
		// Segments is omitted when a running server holds the index.
		Segments  int               `json:"segments,omitempty"`
		Lang      []index.TermCount `json:"lang"`
		Source    []index.TermCount `json:"source"`
		Nations   []index.TermCount `json:"nations"`
		Ministers []index.TermCount `json:"ministers"`
	} `json:"index"`
	LastRun *pipeline.Summary `json:"last_run,omitempty"`
}

func (a *app) statsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   "Documents in the store and the index, by language and source, top entities, last run",
		Example: `  kronika stats\n  kronika stats --json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			k := a.kit()
			var rep statsReport
			if rep.Store.Counts, err = st.Counts(); err != nil {
				return err
			}
			var res *index.Result
			if remote, ok := a.runningServer(); ok {
				// The server holds the index: a match-all search counts it.
				if res, err = remote.search(cmd.Context(), url.Values{"size": {"1"}}); err != nil {
					return err
				}
				rep.Index.Documents = res.Total
			} else {
				ix, err := a.openIndex(k)
				if err != nil {
					return err
				}
				defer ix.Close()
				if rep.Index.Documents, err = ix.Count(); err != nil {
					return err
				}
				if rep.Index.Segments, err = ix.Segments(); err != nil {
					return err
				}
				if res, err = ix.Search(cmd.Context(), index.Query{Size: 1}); err != nil {
					return err
				}
			}
			rep.Index.Lang, rep.Index.Source = res.Facets.Lang, res.Facets.Source
			rep.Index.Nations, rep.Index.Ministers = res.Facets.Nations, res.Facets.Ministers
			var last pipeline.Summary
			if ok, _ := st.Meta("last_run", &last); ok {
				rep.LastRun = &last
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			w := a.stdout
			fmt.Fprintf(w, "store: %d documents (%d duplicates, %d waiting for the index, %d failed sources)\n",
				rep.Store.Documents, rep.Store.Duplicates, rep.Store.Pending, rep.Store.Failures)
			if rep.Index.Segments > 0 {
				fmt.Fprintf(w, "index: %d documents in %d segments\n", rep.Index.Documents, rep.Index.Segments)
			} else {
				fmt.Fprintf(w, "index: %d documents\n", rep.Index.Documents)
			}
			printFacet(w, "languages", rep.Index.Lang, nil)
			printFacet(w, "sources", rep.Index.Source, nil)
			printFacet(w, "top nations", rep.Index.Nations, k.NationName)
			printFacet(w, "top ministers", rep.Index.Ministers, nil)
			if rep.LastRun != nil {
				fmt.Fprintf(w, "last run: %s, %s\n", rep.LastRun.Started.Format("2006-01-02 15:04"), rep.LastRun.String())
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}

func (a *app) exportCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every stored extract record, as JSONL (default) or CSV",
		Example: `  kronika export > corpus.jsonl
  kronika export --format csv > corpus.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "jsonl" && format != "csv" {
				return usageError("--format: %q is not jsonl or csv", format)
			}
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			if format == "jsonl" {
				w := corpus.NewWriter(a.stdout)
				if err := st.Each(func(e *corpus.Entry) error { return w.Write(e.Record) }); err != nil {
					return err
				}
				return w.Flush()
			}
			w := csv.NewWriter(a.stdout)
			_ = w.Write([]string{"id", "url", "source", "title", "published", "lang", "duplicate_of", "nations", "ministers", "dates", "amounts_eur"})
			err = st.Each(func(e *corpus.Entry) error {
				r := e.Record
				return w.Write([]string{r.ID, r.URL, r.Source, r.Title, r.Published, r.Lang, r.DuplicateOf,
					joinNations(r), joinMinisters(r), joinDates(r), joinEUR(r)})
			})
			w.Flush()
			if err == nil {
				err = w.Error()
			}
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl or csv")
	return cmd
}

func joinNations(r corpus.Record) string {
	out := make([]string, len(r.Entities.Nations))
	for i, n := range r.Entities.Nations {
		out[i] = n.Code
	}
	return strings.Join(out, ";")
}

func joinMinisters(r corpus.Record) string {
	out := make([]string, len(r.Entities.Ministers))
	for i, m := range r.Entities.Ministers {
		out[i] = m.Name
	}
	return strings.Join(out, ";")
}

func joinDates(r corpus.Record) string {
	out := make([]string, len(r.Entities.Dates))
	for i, d := range r.Entities.Dates {
		out[i] = d.Value
	}
	return strings.Join(out, ";")
}

func joinEUR(r corpus.Record) string {
	var out []string
	for _, m := range r.Entities.Money {
		if m.Currency == "EUR" {
			out = append(out, strconv.FormatFloat(m.Amount, 'f', -1, 64))
		}
	}
	sort.Strings(out)
	return strings.Join(out, ";")
}
