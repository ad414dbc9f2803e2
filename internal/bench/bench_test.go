package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kronika/corpus"
	"kronika/corpus/gen"
	"kronika/extract"
	"kronika/extract/lang"
	"kronika/index"
	"kronika/ingest"
	"kronika/pipeline"
)

var (
	fullN   = flag.Int("bench.n", 0, "run TestFullReport with this many articles and print the table")
	fullDir = flag.String("bench.dir", "", "scratch directory for TestFullReport")
)

// TestRunTiny runs every stage on a small corpus and checks that the report
// has every row with real figures.
func TestRunTiny(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the extractors and indexes; skipped with -short")
	}
	var out bytes.Buffer
	rep, err := Run(context.Background(), Options{N: 60, Queries: 30, Pages: 10, Rounds: 1, Dir: t.TempDir()}, &out)
	if err != nil {
		t.Fatal(err)
	}
	stages := map[string]int{}
	for _, row := range rep.Rows {
		stages[row.Stage]++
		o := row.Ours
		if o.PerSec <= 0 || o.Seconds <= 0 || o.Count <= 0 || o.Workers <= 0 {
			t.Errorf("%s / %s: Kronika side has no figures: %+v", row.Stage, row.Name, o)
		}
		if row.Stage != StageSearch && o.MBPerSec <= 0 {
			t.Errorf("%s / %s: no MB/s", row.Stage, row.Name)
		}
		wantBare := row.Stage != StageExtract
		if (row.Bare != nil) != wantBare {
			t.Errorf("%s / %s: bare side present = %v, want %v", row.Stage, row.Name, row.Bare != nil, wantBare)
		}
		if row.Bare != nil && (row.Bare.PerSec <= 0 || row.Ratio <= 0) {
			t.Errorf("%s / %s: bare side has no figures: %+v ratio %v", row.Stage, row.Name, row.Bare, row.Ratio)
		}
	}
	want := map[string]int{StageHTML: 1, StageLang: 2, StageExtract: 7, StageIngest: 2, StageSearch: 1}
	if rep.GOMAXPROCS == 1 {
		want[StageExtract] = 6
	}
	for s, n := range want {
		if stages[s] != n {
			t.Errorf("stage %s: %d rows, want %d", s, stages[s], n)
		}
	}
	for _, row := range rep.Rows {
		switch row.Stage {
		case StageSearch:
			if row.Ours.P50MS <= 0 || row.Ours.P99MS < row.Ours.P50MS || row.Bare.P50MS <= 0 {
				t.Errorf("search latencies: %+v / %+v", row.Ours, row.Bare)
			}
		case StageHTML:
			if row.Ours.MedianMS <= 0 || row.Ours.Accuracy == nil {
				t.Errorf("html: %+v", row.Ours)
			}
		case StageLang:
			if row.Ours.Accuracy == nil || *row.Ours.Accuracy < 0.9 {
				t.Errorf("lang: accuracy %v on generated articles", row.Ours.Accuracy)
			}
		}
	}
	if rep.PeakRSSMiB <= 0 {
		t.Error("no peak RSS")
	}
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil || len(back.Rows) != len(rep.Rows) {
		t.Fatalf("report does not round-trip through JSON: %v", err)
	}
	for _, s := range Stages {
		if !strings.Contains(out.String(), "\n"+s+" ") {
			t.Errorf("table has no %s line:\n%s", s, out.String())
		}
	}
}

// TestFullReport prints the table for a real run:
//
//	go test ./internal/bench -run TestFullReport -v -timeout 1h -args -bench.n=2000
func TestFullReport(t *testing.T) {
	if *fullN == 0 {
		t.Skip("set -bench.n to run")
	}
	rep, err := Run(context.Background(), Options{N: *fullN, Dir: *fullDir}, os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) == 0 {
		t.Fatal("no rows")
	}
	if data, err := json.MarshalIndent(rep, "", "  "); err == nil {
		_ = os.WriteFile(filepath.Join(os.TempDir(), "kronika-bench.json"), data, 0o644)
	}
}

func TestRunRejectsUnknownStage(t *testing.T) {
	_, err := Run(context.Background(), Options{N: 3, Stages: []string{"html", "nope"}}, nil)
	if err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Fatalf("got %v, want an error naming the stage", err)
	}
}

func TestPercentile(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		out := make([]time.Duration, len(xs))
		for i, x := range xs {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	tests := []struct {
		in   []time.Duration
		q    float64
		want float64
	}{
		{nil, 0.5, 0},
		{ms(7), 0.99, 7},
		{ms(5, 1, 3, 2, 4), 0.5, 3},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.99, 10},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.5, 5},
	}
	for i, tc := range tests {
		if got := percentile(tc.in, tc.q); got != tc.want {
			t.Errorf("%d: got %v, want %v", i, got, tc.want)
		}
	}
}

func TestFirstRunes(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 5, "abc"},
		{"Україна", 3, "Укр"},
		{"a\xffb", 2, "a\xff"},
	}
	for _, tc := range tests {
		if got := firstRunes(tc.in, tc.n); got != tc.want {
			t.Errorf("firstRunes(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestPeakRSS(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	if peakRSSMiB() <= 0 {
		t.Fatal("VmHWM not read")
	}
}

func TestSearchMix(t *testing.T) {
	a, b := searchMix(300, 4), searchMix(300, 4)
	kinds := map[string]int{}
	for i := range a {
		if a[i].kind != b[i].kind || a[i].ours.Q != b[i].ours.Q {
			t.Fatal("same seed, different mix")
		}
		kinds[a[i].kind]++
		if a[i].bare == nil {
			t.Fatalf("%d: no bare query", i)
		}
	}
	for _, k := range []string{"word", "phrase", "nation name", "word + nation", "word + lang", "word + dates"} {
		if kinds[k] == 0 {
			t.Errorf("mix has no %q query", k)
		}
	}
}

func TestReaders(t *testing.T) {
	dir := t.TempDir()
	if err := gen.WriteTextDir(dir, 5, 2); err != nil {
		t.Fatal(err)
	}
	var got []bareDoc
	if err := readTextDir(dir, func(d bareDoc) bool { got = append(got, d); return true }); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := gen.WriteJSONL(&buf, 5, 2); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var fromJSON []bareDoc
	if err := readJSONL(p, func(d bareDoc) bool { fromJSON = append(fromJSON, d); return true }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 || len(fromJSON) != 5 {
		t.Fatalf("read %d text files and %d lines, want 5 each", len(got), len(fromJSON))
	}
	byID := map[string]bareDoc{}
	for _, d := range got {
		byID[d.ID] = d
	}
	for i, d := range gen.Generate(5, 2) {
		if g := byID[d.ID]; g.Title != d.Title || g.Text != d.Text {
			t.Errorf("text file %s: got %+v", d.ID, g)
		}
		if fromJSON[i].ID != d.ID || fromJSON[i].Text != d.Text || fromJSON[i].Published != d.Published {
			t.Errorf("JSONL line %d: got %+v", i, fromJSON[i])
		}
	}
}

func TestWriteTable(t *testing.T) {
	acc := 0.5
	rep := &Report{N: 10, Seed: 1, GOMAXPROCS: 2, PeakRSSMiB: 100, Rows: []Row{
		{Stage: StageHTML, Name: "pages", Ours: Measure{Label: "ours", Unit: "pages", PerSec: 250, Bytes: 1, MBPerSec: 25, MedianMS: 4, Accuracy: &acc},
			Bare: &Measure{Label: "bare", Unit: "pages", PerSec: 500, Bytes: 1, MBPerSec: 50}, Ratio: 0.5},
		{Stage: StageExtract, Name: "all", Ours: Measure{Label: "an", Unit: "docs", PerSec: 12.34, Note: "n"}},
	}}
	var out bytes.Buffer
	rep.WriteTable(&out)
	for _, want := range []string{"250 pages/s", "500 pages/s", "0.50×", "median 4.00 ms", "acc 50.0%", "12.3 docs/s", "—", "an (0): n", "Peak RSS of the whole run: 100 MiB"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

// benchCorpus is written once per benchmark run.
func benchCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	p := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	if err := gen.WriteJSONL(f, n, 1); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, d := range gen.Generate(n, 1) {
		size += int64(len(d.Text))
	}
	return p, size
}

// BenchmarkIngest is the ingest stage on its own, for profiling:
//
//	go test ./internal/bench -run XXX -bench Ingest -cpuprofile /tmp/ingest.prof
func BenchmarkIngest(b *testing.B) {
	const n = 500
	src, size := benchCorpus(b, n)
	kit := extract.NewKit(lang.Options{})
	an := kit.Analyzer()
	bn := &bench{kit: kit}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		dir := b.TempDir()
		st, err := corpus.OpenStore(filepath.Join(dir, "store.db"))
		if err != nil {
			b.Fatal(err)
		}
		ix, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{Resolver: resolver{bn}})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := pipeline.Run(context.Background(), pipeline.Options{Analyzer: an, Store: st, Index: ix},
			ingest.NewLoader(ingest.Options{}).Load(context.Background(), []string{src}))
		if err != nil || sum.Indexed == 0 {
			b.Fatal(sum, err)
		}
		_ = ix.Close()
		_ = st.Close()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkBareIngest is the bare libraries' side of the ingest stage.
func BenchmarkBareIngest(b *testing.B) {
	const n = 500
	src, size := benchCorpus(b, n)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		bn := &bench{opts: Options{Dir: b.TempDir()}, rep: &Report{}}
		if _, err := bn.bareIngest(context.Background(), "jsonl", size, func(y func(bareDoc) bool) error { return readJSONL(src, y) }, false); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkAnalyze is the whole extract step on one goroutine.
func BenchmarkAnalyze(b *testing.B) {
	docs := gen.Generate(200, 1)
	an := extract.Default()
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		an.Analyze(context.Background(), docs[i%len(docs)])
		i++
	}
}

// searchFixture ingests 1000 articles into both indexes once, for the
// search benchmarks.
func searchFixture(b *testing.B) *bench {
	b.Helper()
	bn := &bench{opts: Options{N: 1000, Seed: 1, Rounds: 1, Dir: b.TempDir()}, rep: &Report{}, log: slog.New(slog.DiscardHandler)}
	bn.docs = gen.Generate(bn.opts.N, 1)
	bn.kit = extract.NewKit(lang.Options{})
	bn.an = bn.kit.Analyzer()
	if err := bn.ingest(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { bn.ix.Close(); bn.bare.Close() })
	return bn
}

// BenchmarkSearch runs the query mix on Kronika's index, for profiling:
//
//	go test ./internal/bench -run XXX -bench '^BenchmarkSearch$' -cpuprofile /tmp/search.prof
func BenchmarkSearch(b *testing.B) {
	bn := searchFixture(b)
	cases := searchMix(200, 1)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := bn.ix.Search(context.Background(), cases[i%len(cases)].ours); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkBareSearch runs the equivalent queries on the bare index.
func BenchmarkBareSearch(b *testing.B) {
	bn := searchFixture(b)
	cases := searchMix(200, 1)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := bn.bare.Search(bareRequest(cases[i%len(cases)].bare)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
