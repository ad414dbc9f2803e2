package lang

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pemistahl/lingua-go"

	"kronika/corpus"
	"kronika/ingest"
)

var measure = flag.Bool("lang.measure", false, "print the accuracy/speed table behind the README's language-detection figures")

// labelled returns the sample corpus's texts with their known languages.
func labelled(t *testing.T) (texts, langs []string) {
	for it := range ingest.NewLoader(ingest.Options{}).LoadFS(context.Background(), corpus.Sample(), "sample") {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		texts = append(texts, it.Doc.Text)
		langs = append(langs, it.Doc.ID[:2])
	}
	return texts, langs
}

// sentences cuts texts into pieces of at most n runes at word boundaries.
func pieces(texts, langs []string, n int) (outT, outL []string) {
	for i, t := range texts {
		words := strings.Fields(t)
		var cur []string
		size := 0
		for _, w := range words {
			cur = append(cur, w)
			size += len([]rune(w)) + 1
			if size >= n {
				outT = append(outT, strings.Join(cur, " "))
				outL = append(outL, langs[i])
				cur, size = nil, 0
			}
		}
	}
	return outT, outL
}

func TestSampleCorpusAccuracy(t *testing.T) {
	texts, langs := labelled(t)
	d := New(Options{})
	for i, text := range texts {
		if got, conf := d.Detect(text, ""); got != langs[i] {
			t.Errorf("document %d: %q (%.2f), want %q", i, got, conf, langs[i])
		}
	}
	// Sentence-sized pieces: still nearly always right.
	pt, pl := pieces(texts, langs, 80)
	wrong := 0
	for i := range pt {
		if got, _ := d.Detect(pt[i], ""); got != pl[i] {
			wrong++
		}
	}
	if acc := 1 - float64(wrong)/float64(len(pt)); acc < 0.95 {
		t.Errorf("80-character pieces: accuracy %.3f, want ≥ 0.95", acc)
	}
}

// TestMeasure prints the table in the README (go test ./extract/lang -run Measure -lang.measure -v).
func TestMeasure(t *testing.T) {
	if !*measure {
		t.Skip("run with -lang.measure")
	}
	texts, langs := labelled(t)
	three := []lingua.Language{lingua.English, lingua.Italian, lingua.Ukrainian}
	type config struct {
		name   string
		det    lingua.LanguageDetector
		sample int
	}
	build := func(ls []lingua.Language, high bool) lingua.LanguageDetector {
		b := lingua.NewLanguageDetectorBuilder().FromLanguages(ls...)
		if !high {
			b = b.WithLowAccuracyMode()
		}
		return b.WithPreloadedLanguageModels().Build()
	}
	configs := []config{
		{"3 langs, low, whole", build(three, false), 1 << 30},
		{"3 langs, low, 500", build(three, false), 500},
		{"12 langs, low, whole", build(candidates, false), 1 << 30},
		{"12 langs, low, 500", build(candidates, false), 500},
		{"12 langs, low, 200", build(candidates, false), 200},
		{"12 langs, high, 500", build(candidates, true), 500},
	}
	fmt.Printf("%-22s %10s %10s %12s %12s\n", "config", "doc acc", "ms/doc", "80-char acc", "30-char acc")
	p80t, p80l := pieces(texts, langs, 80)
	p30t, p30l := pieces(texts, langs, 30)
	for _, c := range configs {
		acc := func(ts, ls []string, sample int) (float64, time.Duration) {
			ok := 0
			start := time.Now()
			for i, t := range ts {
				l, found := c.det.DetectLanguageOf(Sample(t, sample))
				if found && iso(l) == ls[i] {
					ok++
				}
			}
			return float64(ok) / float64(len(ts)), time.Since(start) / time.Duration(len(ts))
		}
		a, per := acc(texts, langs, c.sample)
		a80, _ := acc(p80t, p80l, c.sample)
		a30, _ := acc(p30t, p30l, c.sample)
		fmt.Printf("%-22s %10.3f %10.3f %12.3f %12.3f\n", c.name, a, float64(per.Microseconds())/1000, a80, a30)
	}
}
