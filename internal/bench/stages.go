package bench

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/pemistahl/lingua-go"

	"kronika/corpus"
	"kronika/corpus/gen"
	"kronika/extract"
	"kronika/extract/token"
	"kronika/ingest/htmltext"
)

// html times main-text extraction against goquery's parse alone.
func (b *bench) html(ctx context.Context) error {
	n := b.opts.Pages
	pages := make([][]byte, n)
	var size int64
	for i := range n {
		pages[i] = gen.HTMLPage(b.docs[i], b.opts.Seed)
		size += int64(len(pages[i]))
	}
	// One page each first: code paths and caches warm for both sides.
	_, _ = htmltext.Extract(bytes.NewReader(pages[0]), b.docs[0].URL, htmltext.Options{})
	_, _ = goquery.NewDocumentFromReader(bytes.NewReader(pages[0]))

	// The two sides alternate page by page, so that both see the same
	// machine: on a shared machine load comes and goes.
	ours := b.start("htmltext.Extract", "pages", 1)
	bare := &Measure{Label: "goquery.NewDocumentFromReader (parse only)", Unit: "pages", Workers: 1}
	durs, bareDurs := make([]time.Duration, n), make([]time.Duration, n)
	var total, bareTotal time.Duration
	exact := 0
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := time.Now()
		a, err := htmltext.Extract(bytes.NewReader(p), b.docs[i].URL, htmltext.Options{})
		durs[i] = time.Since(s)
		if err != nil {
			return fmt.Errorf("page %s: %w", b.docs[i].ID, err)
		}
		if a.Text == b.docs[i].Text {
			exact++
		}
		s = time.Now()
		if _, err := goquery.NewDocumentFromReader(bytes.NewReader(p)); err != nil {
			return fmt.Errorf("page %s: %w", b.docs[i].ID, err)
		}
		bareDurs[i] = time.Since(s)
		total += durs[i]
		bareTotal += bareDurs[i]
	}
	b.finish(ours, n, size, total)
	b.finish(bare, n, size, bareTotal)
	ours.PeakRSSMiB, bare.PeakRSSMiB = 0, 0 // interleaved: one peak and one CPU clock for both
	ours.CPUMSPerItem = 0
	ours.MedianMS = percentile(durs, 0.5)
	bare.MedianMS = percentile(bareDurs, 0.5)
	ours.Accuracy = ratio(exact, n)
	ours.Note = "accuracy: pages whose extracted text is exactly the article"
	b.rep.add(Row{Stage: StageHTML, Name: "HTML main text (~100 KB pages)", Ours: *ours, Bare: bare})
	return nil
}

// bareDetector is lingua-go as a user would build it for the three
// languages: the builder's defaults.
func bareDetector() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().
		FromLanguages(lingua.English, lingua.Italian, lingua.Ukrainian).Build()
}

func linguaCode(l lingua.Language, ok bool) string {
	if !ok {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}

// firstRunes is the first n code points of s.
func firstRunes(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// lang times Kronika's detector against lingua-go alone, on whole texts
// and on 500-character prefixes.
func (b *bench) lang(ctx context.Context) error {
	det := b.kit.Detector
	bare := bareDetector()
	// Models load on first use; load them before timing either side.
	for _, d := range b.docs[:min(len(b.docs), 12)] {
		det.Detect(d.Text, "")
		bare.DetectLanguageOf(d.Text)
	}
	var size, size500 int64
	for _, d := range b.docs {
		size += int64(len(d.Text))
		size500 += int64(len(firstRunes(d.Text, 500)))
	}
	// The three detectors take turns on each document, so that all see
	// the same machine load.
	sides := []struct {
		m      *Measure
		detect func(string) string
		d      time.Duration
		ok     int
	}{
		{m: &Measure{Label: "lang.Detector (500-rune sample, 12 candidates)", Note: "MB/s counts the whole text it was given"},
			detect: func(s string) string { l, _ := det.Detect(s, ""); return l }},
		{m: &Measure{Label: "lingua-go {en,it,uk}, whole text"},
			detect: func(s string) string { return linguaCode(bare.DetectLanguageOf(s)) }},
		{m: &Measure{Label: "lingua-go {en,it,uk}, first 500 chars"},
			detect: func(s string) string { return linguaCode(bare.DetectLanguageOf(firstRunes(s, 500))) }},
	}
	b.settle()
	for _, d := range b.docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		want := gen.LangOf(d)
		for i := range sides {
			s := &sides[i]
			t0 := time.Now()
			got := s.detect(d.Text)
			s.d += time.Since(t0)
			if got == want {
				s.ok++
			}
		}
	}
	for i, sz := range []int64{size, size, size500} {
		s := &sides[i]
		s.m.Unit, s.m.Workers = "docs", 1
		b.finish(s.m, len(b.docs), sz, s.d)
		s.m.PeakRSSMiB = 0
		s.m.Accuracy = ratio(s.ok, len(b.docs))
	}
	ours, whole, first := sides[0].m, sides[1].m, sides[2].m
	b.rep.add(Row{Stage: StageLang, Name: "language, vs lingua on whole text", Ours: *ours, Bare: whole})
	b.rep.add(Row{Stage: StageLang, Name: "language, vs lingua on 500 chars", Ours: *ours, Bare: first})
	return nil
}

// extract times the whole extract step on all cores and on one, then the
// tokenizer and each extractor alone.
func (b *bench) extract(ctx context.Context) error {
	size := b.rep.CorpusBytes
	for _, d := range b.docs[:min(len(b.docs), 12)] { // warm up
		b.an.Analyze(ctx, d)
	}
	analyze := func(workers int) (*Measure, error) {
		m := b.start("extract.Analyzer.Analyze", "docs", workers)
		var next atomic.Int64
		var failed atomic.Int64
		var wg sync.WaitGroup
		t0 := time.Now()
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1) - 1)
					if i >= len(b.docs) || ctx.Err() != nil {
						return
					}
					if r := b.an.Analyze(ctx, b.docs[i]); r.Error != "" {
						failed.Add(1)
					}
				}
			})
		}
		wg.Wait()
		b.finish(m, len(b.docs), size, time.Since(t0))
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if f := failed.Load(); f > 0 {
			return nil, fmt.Errorf("%w: %d documents failed analysis", errCheck, f)
		}
		return m, nil
	}
	procs := runtime.GOMAXPROCS(0)
	all, err := analyze(procs)
	if err != nil {
		return err
	}
	b.rep.add(Row{Stage: StageExtract, Name: fmt.Sprintf("whole extract step, %d goroutines", procs), Ours: *all})
	if procs > 1 {
		one, err := analyze(1)
		if err != nil {
			return err
		}
		b.rep.add(Row{Stage: StageExtract, Name: "whole extract step, 1 goroutine", Ours: *one})
	}
	return b.extractors(ctx)
}

// extractors times the tokenizer and each extractor on its own, one
// goroutine, over the corpus in chunks (tokenized untimed, so that the
// token streams of the whole corpus need not be held at once).
func (b *bench) extractors(ctx context.Context) error {
	k := b.kit
	names := []string{"token.New", "nations", "ministers", "dates", "money"}
	durs := make([]time.Duration, len(names))
	found := make([]int, len(names))
	ms := make([]*Measure, len(names))
	for i, n := range names {
		ms[i] = &Measure{Label: n, Unit: "docs", Workers: 1}
	}
	const chunk = 500
	for lo := 0; lo < len(b.docs); lo += chunk {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs := b.docs[lo:min(lo+chunk, len(b.docs))]
		toks := make([]*token.Doc, len(docs))
		t0 := time.Now()
		for i, d := range docs {
			toks[i] = token.New(d.Text, gen.LangOf(d), d.Published)
		}
		durs[0] += time.Since(t0)
		nat := make([]corpus.Entities, len(docs))
		t0 = time.Now()
		for i, t := range toks {
			k.Nations.Extract(t, &nat[i])
		}
		durs[1] += time.Since(t0)
		for i := range nat {
			found[1] += len(nat[i].Nations)
		}
		// Ministers read the nations found before them, as in Analyze.
		mins := make([]corpus.Entities, len(docs))
		for i := range mins {
			mins[i].Nations = nat[i].Nations
		}
		t0 = time.Now()
		for i, t := range toks {
			k.Ministers.Extract(t, &mins[i])
		}
		durs[2] += time.Since(t0)
		for i := range mins {
			found[2] += len(mins[i].Ministers)
		}
		for x, ex := range []extract.Extractor{k.Dates, k.Money} {
			es := make([]corpus.Entities, len(docs))
			t0 = time.Now()
			for i, t := range toks {
				ex.Extract(t, &es[i])
			}
			durs[3+x] += time.Since(t0)
			for i := range es {
				found[3+x] += len(es[i].Dates) + len(es[i].Money)
			}
		}
	}
	for i, m := range ms {
		b.finish(m, len(b.docs), b.rep.CorpusBytes, durs[i])
		m.PeakRSSMiB = 0 // the chunks' tokens are shared by all five rows
		if i > 0 {
			m.Note = fmt.Sprintf("%.1f entities/doc", float64(found[i])/float64(len(b.docs)))
			if found[i] == 0 {
				return fmt.Errorf("%w: the %s extractor found nothing in %d articles", errCheck, names[i], len(b.docs))
			}
		}
		b.rep.add(Row{Stage: StageExtract, Name: names[i] + " alone, 1 goroutine", Ours: *m})
	}
	return nil
}
