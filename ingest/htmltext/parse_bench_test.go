package htmltext

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func BenchmarkParseOnly(b *testing.B) {
	page := densePage(b, 100_000)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := html.Parse(strings.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}
