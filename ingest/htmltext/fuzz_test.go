package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that no input makes Extract panic, and that every
// field of a result is valid UTF-8 without NULs. Crashers found by the
// fuzzer live in testdata/fuzz/FuzzExtract and run as regression cases.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "<", "<p>", "<!doctype html>", "<html lang='ua'><body><p>a</p>",
		"<div><br><br><br></div>", "<pre>\n\n</pre>", "<a href=x><h2>t</h2></a>",
		"<script type='application/ld+json'>{\"@graph\":[{\"@type\":[\"NewsArticle\"],\"author\":[[\"x\"]]}]}</script><p>x",
		"<table><td><table><td>text", "<svg><title>x</title><p>y", "<math><mi>x</mi><p>y",
		"<time datetime='2024-02-30'>", "<p>\xff\xfe</p>", "<body><p>a<br>b<br><br>c</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		a, err := ExtractString(page, "https://example.org/2024/01/02/x", Options{MaxNodes: 5000})
		if err != nil {
			if a != nil {
				t.Fatalf("non-nil article with error %v", err)
			}
			return
		}
		for _, s := range []string{a.Title, a.Text, a.Published, a.Author, a.Site, a.Canonical, a.Lang, a.Description} {
			if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
				t.Fatalf("invalid output field %q", s)
			}
		}
		if a.Published != "" && parseDate(a.Published) != a.Published {
			t.Fatalf("Published %q is not YYYY-MM-DD", a.Published)
		}
	})
}
