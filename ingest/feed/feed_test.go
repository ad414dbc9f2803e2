package feed

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden files")

// bases are the URLs the testdata files pretend to be fetched from.
var bases = map[string]string{
	"rss.xml":               "https://notizie.example.it/rss/politica.xml",
	"atom.xml":              "https://novyny.example.ua/feed.atom",
	"feed.json":             "https://desk.example.org/feed.json",
	"rdf.xml":               "https://old.example.net/index.rdf",
	"rss-1251.xml":          "https://hromada.example.ua/rss",
	"sitemap.xml":           "https://www.example.com/sitemap.xml",
	"news-sitemap.xml":      "https://giornale.example.it/news-sitemap.xml",
	"sitemap-index.xml":     "https://www.example.com/sitemap_index.xml",
	"malformed-sitemap.xml": "https://www.example.com/broken.xml",
	"malformed-rss.xml":     "https://broken.example/rss",
	"page.html":             "https://notizie.example.it/pagina",
	"not-a-feed.json":       "https://api.example.org/v1/things",
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGolden parses every testdata file and compares the whole result (or
// the error) with testdata/golden/NAME.json. Run with -update to rewrite.
func TestGolden(t *testing.T) {
	for name, base := range bases {
		t.Run(name, func(t *testing.T) {
			f, err := Parse(readTestdata(t, name), base)
			var got any = f
			if err != nil {
				got = map[string]string{"error": err.Error()}
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("%s differs from golden:\n%s", name, out)
			}
		})
	}
}
