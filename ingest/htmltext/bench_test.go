package htmltext

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// benchPage builds a ~100 KB news page shaped like real ones: about a third
// of the bytes are inline state JSON and CSS, the rest markup — the portal
// test page with its sidebar furniture repeated.
func benchPage(tb testing.TB) string {
	page := densePage(tb, 65_000)
	var state strings.Builder
	state.WriteString(`<script>window.__STATE__ = {"items":[`)
	for i := 0; state.Len() < 25_000; i++ {
		state.WriteString(`{"id":"story-` + strings.Repeat("x", i%7) + `","headline":"A headline of some length for the teaser","section":"world","ts":1709740800},`)
	}
	state.WriteString(`{}]};</script>`)
	css := "<style>" + strings.Repeat(".ssrcss-1q0x1qg-Paragraph{margin:0 0 1rem;font-family:serif;line-height:1.5}\n", 120) + "</style>"
	return strings.Replace(page, "</head>", css+state.String()+"</head>", 1)
}

// densePage builds a page of about size bytes that is almost all markup:
// the worst case for the parser.
func densePage(tb testing.TB, size int) string {
	raw, err := os.ReadFile("testdata/pages/portal.html")
	if err != nil {
		tb.Fatal(err)
	}
	page := string(raw)
	i := strings.Index(page, `<div class="ssrcss-secondary-column"`)
	j := strings.Index(page, `<footer class="ssrcss-footer"`)
	filler := page[i:j]
	var b strings.Builder
	b.WriteString(page[:j])
	for b.Len() < size {
		b.WriteString(filler)
	}
	b.WriteString(page[j:])
	return b.String()
}

func BenchmarkExtract100KB(b *testing.B) {
	page := benchPage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ExtractString(page, "https://www.worlddispatch.example.com/news/world-68123456", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractDense100KB(b *testing.B) {
	page := densePage(b, 100_000)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ExtractString(page, "", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractPages(b *testing.B) {
	for _, name := range []string{"wordpress", "italian", "ukrainian", "comments"} {
		raw, err := os.ReadFile("testdata/pages/" + name + ".html")
		if err != nil {
			b.Fatal(err)
		}
		page := string(raw)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ExtractString(page, "", Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestBenchPageSize(t *testing.T) {
	page := benchPage(t)
	if len(page) < 95_000 || len(page) > 110_000 {
		t.Errorf("bench page is %d bytes, want about 100 KB", len(page))
	}
	a, err := ExtractString(page, "", Options{})
	if err != nil || !strings.Contains(a.Text, "Energy ministers from eleven countries") || strings.Contains(a.Text, "Most read") {
		t.Errorf("bench page extraction is wrong (err %v): %q", err, trunc(a.Text))
	}
}

// BenchmarkParseOnly measures the HTML parser alone on the dense page, to
// show how much of Extract is parsing.
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
