package main

import (
	"encoding/json"
	"strings"

	"github.com/spf13/cobra"

	"kronika/internal/bench"
)

func (a *app) benchCommand() *cobra.Command {
	var (
		n, queries int
		seed       uint64
		stages     string
		asJSON     bool
	)
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure every stage on a generated corpus, beside the bare libraries",
		Long: `bench generates N articles in Italian, English and Ukrainian (no network, deterministic
seed), runs HTML extraction, language detection, extraction, ingest into a fresh store and
index, and a query mix, and prints docs/s, MB/s, latency percentiles and peak RSS for each —
beside the same work done by the bare libraries alone (goquery, lingua-go, bleve), as a ratio.`,
		Example: `  kronika bench --n 5000
  kronika bench --n 2000 --stages ingest,search --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			defer limitBatchMemory()() // as ingest runs, for both sides
			opts := bench.Options{N: n, Seed: seed, Queries: queries, Logger: a.log}
			if stages != "" {
				opts.Stages = strings.Split(stages, ",")
			}
			out := a.stdout
			if asJSON {
				out = nil
			}
			rep, err := bench.Run(cmd.Context(), opts, out)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&n, "n", bench.DefaultN, "articles to generate")
	f.Uint64Var(&seed, "seed", bench.DefaultSeed, "generator seed")
	f.IntVar(&queries, "queries", bench.DefaultQueries, "searches timed on each side")
	f.StringVar(&stages, "stages", "", "comma-separated subset of html,lang,extract,ingest,search (default: all)")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}
