package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"kronika/corpus"
	"kronika/extract"
	"kronika/ingest"
	"kronika/internal/parallel"
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
			err = parallel.OrderedMap(ctx, 0, items, func(it ingest.Item) corpus.Record {
				if it.Err != nil {
					doc := it.Doc
					if doc.ID == "" {
						doc.ID = idFor(it)
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

// idFor derives an id for a source that failed before it became a
// Document, the way a good one would have been named.
func idFor(it ingest.Item) string {
	var le *corpus.LineError
	switch {
	case errors.As(it.Err, &le):
		return fmt.Sprintf("%s-%d", corpus.FileID(le.File), le.Line)
	case ingest.IsURL(it.Source):
		return corpus.URLID(it.Source)
	}
	return corpus.FileID(it.Source)
}
