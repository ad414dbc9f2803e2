package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"kronika/corpus"
	"kronika/extract"
	"kronika/ingest"
)

func (a *app) extractCommand() *cobra.Command {
	var web webFlags
	cmd := &cobra.Command{
		Use:   "extract [SOURCE...]",
		Short: "Analyse documents and print one JSON record per document, without storing",
		Long: `extract reads each SOURCE — a .txt, .html, .htm or .jsonl file, a directory (recursively),
an http(s) URL, or - for JSONL on standard input — and writes exactly one JSON line per
input document to standard output, in input order: its language, text, and the nations,
ministers, dates and money it mentions. A document that fails is still one line, with
"error" set. With no SOURCE it reads the embedded sample corpus.`,
		Example: `  kronika extract ../shared/seeds/*.txt
  kronika extract page.html https://example.org/news/article
  cat docs.jsonl | kronika extract -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			loader, closeWeb, err := a.loader(web, nil)
			if err != nil {
				return err
			}
			defer closeWeb()
			items := loader.Load(ctx, args)
			if len(args) == 0 {
				items = loader.LoadFS(ctx, corpus.Sample(), "sample")
			}
			an := extract.Default()
			w := corpus.NewWriter(a.stdout)
			ok, failed := 0, 0
			err = orderedMap(ctx, items, func(it ingest.Item) corpus.Record {
				if it.Err != nil {
					doc := it.Doc
					if doc.ID == "" {
						doc.ID = idFor(it.Source)
					}
					if doc.Source == "" {
						doc.Source = it.Source
					}
					return corpus.Err(doc, it.Err)
				}
				return an.Analyze(ctx, it.Doc)
			}, func(rec corpus.Record) error {
				if rec.Error != "" {
					failed++
					a.log.Error("document failed", "id", rec.ID, "source", rec.Source, "reason", rec.Error)
				} else {
					ok++
				}
				return w.Write(rec)
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "%d extracted, %d failed\n", ok, failed)
			if failed > 0 {
				return partialFailure
			}
			return nil
		},
	}
	web.register(cmd)
	return cmd
}

// idFor derives an id for a source that failed before it became a Document.
func idFor(source string) string {
	if ingest.IsURL(source) {
		return corpus.URLID(source)
	}
	return corpus.FileID(source)
}

// orderedMap applies fn to every item on all cores and hands the results to
// emit in input order, with a bounded window so memory stays flat.
func orderedMap[T, R any](ctx context.Context, items func(func(T) bool), fn func(T) R, emit func(R) error) error {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		v   T
		out chan R
	}
	jobs := make(chan job, workers*4)
	order := make(chan chan R, workers*8)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(order)
		defer close(jobs)
		for v := range items {
			j := job{v: v, out: make(chan R, 1)}
			select {
			case order <- j.out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- fn(j.v)
			}
		}()
	}
	var err error
	for out := range order {
		if err != nil {
			continue // draining after a failure
		}
		select {
		case r := <-out:
			if err = emit(r); err != nil {
				cancel()
			}
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return ctx.Err()
}
