package htmltext

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden.txt outputs of the test pages")

// wantMeta is the hand-written expected metadata of a test page.
type wantMeta struct {
	URL         string // the page's address, passed to Extract
	Title       string
	Published   string
	Author      string
	Site        string
	Canonical   string
	Lang        string
	Description string
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingleF1 scores text against gold as the common article-extraction
// benchmarks do: multisets of 4-token shingles over lower-cased word tokens,
// precision and recall, and their harmonic mean.
func shingleF1(got, gold string) (f1, precision, recall float64) {
	g, w := shingles(got), shingles(gold)
	if len(g) == 0 && len(w) == 0 {
		return 1, 1, 1
	}
	if len(g) == 0 || len(w) == 0 {
		return 0, 0, 0
	}
	inter := 0
	for k, n := range g {
		inter += min(n, w[k])
	}
	var ng, nw int
	for _, n := range g {
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	precision = float64(inter) / float64(ng)
	recall = float64(inter) / float64(nw)
	if precision+recall == 0 {
		return 0, precision, recall
	}
	return 2 * precision * recall / (precision + recall), precision, recall
}

func shingles(s string) map[string]int {
	toks := wordRE.FindAllString(strings.ToLower(s), -1)
	out := map[string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			out[strings.Join(toks, " ")]++
		}
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

func TestShingleF1(t *testing.T) {
	tests := []struct {
		got, gold string
		want      float64
	}{
		{"a b c d e", "a b c d e", 1},
		{"", "", 1},
		{"", "a b c d", 0},
		{"a b c d x y z w", "a b c d", 2.0 / 6}, // p=1/5, r=1
	}
	for _, tt := range tests {
		if f, _, _ := shingleF1(tt.got, tt.gold); f-tt.want > 1e-9 || tt.want-f > 1e-9 {
			t.Errorf("shingleF1(%q, %q) = %v, want %v", tt.got, tt.gold, f, tt.want)
		}
	}
}

// TestPages extracts every page in testdata/pages and checks the body
// against the hand-written gold (shingle F1 ≥ 0.95, or empty when the gold
// is empty), the metadata against the hand-written .meta.json, and the exact
// output against the .golden.txt regression file (-update rewrites it).
func TestPages(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	var sum float64
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(page, ".html")
			raw, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			gold, err := os.ReadFile(base + ".gold.txt")
			if err != nil {
				t.Fatal(err)
			}
			var want wantMeta
			mj, err := os.ReadFile(base + ".meta.json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(mj, &want); err != nil {
				t.Fatalf("%s.meta.json: %v", name, err)
			}
			f, err := os.Open(page)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := Extract(f, want.URL, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if s, err := ExtractString(string(raw), want.URL, Options{}); err != nil || *s != *a {
				t.Errorf("ExtractString differs from Extract (err %v)", err)
			}
			f1, p, r := shingleF1(a.Text, string(gold))
			sum += f1
			t.Logf("F1 %.3f (precision %.3f, recall %.3f)", f1, p, r)
			if strings.TrimSpace(string(gold)) == "" {
				if a.Text != "" {
					t.Errorf("want no article text, got %d bytes:\n%s", len(a.Text), a.Text)
				}
			} else if f1 < 0.95 {
				t.Errorf("F1 %.3f < 0.95 (precision %.3f, recall %.3f); got:\n%s", f1, p, r, a.Text)
			}
			got := *a
			got.Text = ""
			wantA := Article{Title: want.Title, Published: want.Published, Author: want.Author,
				Site: want.Site, Canonical: want.Canonical, Lang: want.Lang, Description: want.Description}
			if got != wantA {
				t.Errorf("metadata:\n got %+v\nwant %+v", got, wantA)
			}
			golden := base + ".golden.txt"
			if *update {
				if err := os.WriteFile(golden, []byte(a.Text), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			g, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(g) != a.Text {
				t.Errorf("output differs from %s (run go test -update after review)", golden)
			}
		})
	}
	t.Logf("mean F1 over %d pages: %.4f", len(pages), sum/float64(len(pages)))
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t ", ErrEmpty},
		{"bom only", "\ufeff", ErrEmpty},
		{"plain text", "Just some words, no markup at all. 3 < 4 and that is all.", ErrNotHTML},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ErrNotHTML},
		{"json", `{"title": "not a page"}`, ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractString(tt.input, "", Options{})
			if !errors.Is(err, tt.want) || a != nil {
				t.Errorf("got (%v, %v), want error %v", a, err, tt.want)
			}
		})
	}
}
