package money

import (
	"os"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

func loadArticle(b *testing.B, name string) string {
	b.Helper()
	data, err := os.ReadFile("testdata/" + name + ".txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkExtract measures Extract alone on pre-tokenized articles.
func BenchmarkExtract(b *testing.B) {
	x := New()
	for _, name := range []string{"en_aid", "it_aid", "uk_aid"} {
		text := loadArticle(b, name)
		d := token.New(text, name[:2], "")
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				var e corpus.Entities
				x.Extract(d, &e)
			}
		})
	}
}

// BenchmarkTokenizeExtract includes the shared tokenizer, as the pipeline
// runs it.
func BenchmarkTokenizeExtract(b *testing.B) {
	x := New()
	for _, name := range []string{"en_aid", "it_aid", "uk_aid"} {
		text := loadArticle(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				var e corpus.Entities
				x.Extract(token.New(text, name[:2], ""), &e)
			}
		})
	}
}

// BenchmarkExtractNoMoney measures the common case of text without
// amounts, where nothing may be allocated.
func BenchmarkExtractNoMoney(b *testing.B) {
	x := New()
	text := "Ministers met in Brussels on Wednesday to discuss the next steps of the coalition, " +
		"and 14 countries sent delegations. The meeting lasted 3 hours; the 2024 plan has 12 points.\n"
	for len(text) < 3000 {
		text += text
	}
	d := token.New(text, "en", "")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		var e corpus.Entities
		x.Extract(d, &e)
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New()
	}
}
