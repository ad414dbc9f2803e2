package nations

import (
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

// benchText is about 3 KB of article text in lang, built from our own
// articles.
func benchText(b testing.TB, lang string) string {
	var sb strings.Builder
	for _, a := range articles {
		if a.lang == lang {
			sb.WriteString(readArticle(b, a.file))
			sb.WriteString("\n\n")
		}
	}
	s := sb.String()
	for len(s) < 3000 {
		s += s
	}
	return s
}

// BenchmarkExtract measures the extractor alone on pre-tokenized text.
func BenchmarkExtract(b *testing.B) {
	for _, lang := range []string{"en", "it", "uk"} {
		b.Run(lang, func(b *testing.B) {
			text := benchText(b, lang)
			d := token.New(text, lang, "")
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				var e corpus.Entities
				testX.Extract(d, &e)
			}
		})
	}
}

// BenchmarkTokenizeExtract includes the shared tokenizer, for scale.
func BenchmarkTokenizeExtract(b *testing.B) {
	for _, lang := range []string{"en", "it", "uk"} {
		b.Run(lang, func(b *testing.B) {
			text := benchText(b, lang)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				var e corpus.Entities
				testX.Extract(token.New(text, lang, ""), &e)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New()
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		testX.Lookup("Люксембургу")
	}
}
