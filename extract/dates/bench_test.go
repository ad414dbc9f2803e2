package dates_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

func readArticle(b *testing.B, name string) string {
	b.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "articles", name+".txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(raw)
}

// mixedArticle is about 3 KB of news text in the three languages, with
// dates of every kind and the numbers that must not become dates.
func mixedArticle(b *testing.B) string {
	var sb strings.Builder
	for _, f := range []string{"en-defence-aid", "it-cronaca", "uk-novyny"} {
		sb.WriteString(readArticle(b, f))
		sb.WriteString("\n\n")
	}
	s := sb.String()
	for len(s) < 3000 {
		s += s
	}
	return s
}

// BenchmarkExtract measures the extractor alone on tokenized text, as
// the pipeline runs it.
func BenchmarkExtract(b *testing.B) {
	x := extractor()
	docs := []struct{ name, lang, text string }{
		{"mixed-3KB", "und", mixedArticle(b)},
		{"en", "en", readArticle(b, "en-defence-aid")},
		{"it", "it", readArticle(b, "it-coalizione")},
		{"uk", "uk", readArticle(b, "uk-koalitsiia")},
	}
	for _, dc := range docs {
		b.Run(dc.name, func(b *testing.B) {
			d := token.New(dc.text, dc.lang, "2024-03-13")
			b.SetBytes(int64(len(dc.text)))
			b.ReportAllocs()
			for b.Loop() {
				var e corpus.Entities
				x.Extract(d, &e)
			}
		})
	}
}

// BenchmarkTokenize is the shared tokenizer alone, a yardstick for the
// numbers above on a busy machine.
func BenchmarkTokenize(b *testing.B) {
	text := mixedArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		token.New(text, "und", "2024-03-13")
	}
}

// BenchmarkTokenizeExtract adds the shared tokenizer, for scale.
func BenchmarkTokenizeExtract(b *testing.B) {
	x := extractor()
	text := mixedArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		var e corpus.Entities
		x.Extract(token.New(text, "und", "2024-03-13"), &e)
	}
}

func BenchmarkDateline(b *testing.B) {
	x := extractor()
	d := token.New(readArticle(b, "uk-novyny"), "uk", "")
	b.ReportAllocs()
	for b.Loop() {
		x.Dateline(d)
	}
}
