package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"kronika/corpus"
	"kronika/extract"
	"kronika/extract/lang"
	"kronika/index"
	"kronika/ingest"
	"kronika/ingest/fetch"
)

// webFlags configure fetching for commands that accept URLs.
type webFlags struct {
	allowPrivate bool
	rate         float64
	timeout      time.Duration
	maxBytes     int64
	noRobots     bool
}

func (w *webFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&w.allowPrivate, "allow-private", false, "allow fetching from loopback, private and link-local addresses")
	f.Float64Var(&w.rate, "rate", 1, "requests per second to one host")
	f.DurationVar(&w.timeout, "timeout", 30*time.Second, "total time limit for one HTTP request")
	f.Int64Var(&w.maxBytes, "max-bytes", 10<<20, "largest response body accepted, after decompression")
	f.BoolVar(&w.noRobots, "ignore-robots", false, "do not read robots.txt (only for sites you own)")
}

// loader builds the ingest Loader; known, if set, lets the fetcher make
// conditional requests and skip feed items already stored.
func (a *app) loader(w webFlags, known ingest.Known) (*ingest.Loader, func(), error) {
	if w.rate <= 0 {
		return nil, nil, usageError("--rate must be positive")
	}
	client := fetch.New(fetch.Options{
		Timeout:      w.timeout,
		MaxBytes:     w.maxBytes,
		RatePerHost:  w.rate,
		AllowPrivate: w.allowPrivate,
		IgnoreRobots: w.noRobots,
		Logger:       a.log,
	})
	web := ingest.NewWeb(client, known, a.log)
	l := ingest.NewLoader(ingest.Options{Stdin: a.stdin, Web: web, Logger: a.log})
	return l, func() {}, nil
}

// paths of the data directory.
func (a *app) storePath() string { return filepath.Join(a.dataDir, "store.db") }
func (a *app) indexPath() string { return filepath.Join(a.dataDir, "index.bleve") }

func (a *app) openStore() (*corpus.Store, error) {
	if err := os.MkdirAll(a.dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	return corpus.OpenStore(a.storePath())
}

// kit builds the extractors once per process.
func (a *app) kit() *extract.Kit { return extract.NewKit(lang.Options{}) }

// resolver adapts the extractors' lookups to the index's Resolver.
type resolver struct{ k *extract.Kit }

func (r resolver) Nations(term string) []string   { return r.k.NationCodes(term) }
func (r resolver) Ministers(term string) []string { return r.k.MinisterNames(term) }

func (a *app) openIndex(k *extract.Kit) (*index.Index, error) {
	if err := os.MkdirAll(a.dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	ix, err := index.Open(a.indexPath(), index.Options{Resolver: resolver{k}, ReleasePages: a.batchJob})
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// openIndexForSearch opens the index, explaining a missing one.
func (a *app) openIndexForSearch(k *extract.Kit) (*index.Index, error) {
	if _, err := os.Stat(a.indexPath()); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no index in %s: run `kronika ingest` first", a.dataDir)
	}
	return a.openIndex(k)
}
