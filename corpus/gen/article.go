package gen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"

	"kronika/corpus"
)

// Size bounds of an article's text, in bytes.
const (
	MinTextBytes = 2048
	MaxTextBytes = 4096
)

// Langs are the languages articles are written in.
var Langs = []string{"en", "it", "uk"}

// languages are parsed once; they are read-only afterwards.
var languages = sync.OnceValue(func() []*language {
	return []*language{english(), italian(), ukrainian()}
})

// corpusStart and corpusDays bound publication dates: 2022-01-01 to
// 2025-12-31.
var corpusStart = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)

const corpusDays = 4*365 + 1

// Articles yields n generated articles. Article i depends only on seed and
// i, so the first k articles of any larger n are the same.
func Articles(n int, seed uint64) iter.Seq[corpus.Document] {
	return func(yield func(corpus.Document) bool) {
		for i := range n {
			if !yield(Article(i, seed)) {
				return
			}
		}
	}
}

// Generate returns n generated articles as a slice.
func Generate(n int, seed uint64) []corpus.Document {
	out := make([]corpus.Document, 0, max(n, 0))
	for d := range Articles(n, seed) {
		out = append(out, d)
	}
	return out
}

// LangOf returns the language an article of this package is written in,
// read from its id ("en-000042"), or "" for another document.
func LangOf(d corpus.Document) string {
	l, _, ok := strings.Cut(d.ID, "-")
	if !ok {
		return ""
	}
	for _, x := range Langs {
		if l == x {
			return l
		}
	}
	return ""
}

// Article generates article i of the corpus for seed. Its Lang field is
// left empty, as most sources leave it, so that analysis detects it; the id
// carries it for checks (LangOf).
func Article(i int, seed uint64) corpus.Document {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	langs := languages()
	l := langs[r.IntN(len(langs))]
	pub := corpusStart.AddDate(0, 0, r.IntN(corpusDays))
	o := pick(r, outlets[l.code])
	main := pickMinister(r, pub.Year(), "")
	a := &article{r: r, pub: pub, lang: l, outlet: &o, main: main, donor: pickNation(r, main.nation, "")}

	title := string(a.bind().render(pick(r, l.titles), nil))
	text := a.text()

	id := fmt.Sprintf("%s-%06d", l.code, i)
	slug := slugify(title)
	if slug == "" {
		slug = "news"
	}
	return corpus.Document{
		ID:        id,
		URL:       fmt.Sprintf("https://www.%s/%s/%s-%s", o.site, pub.Format("2006/01/02"), slug, id),
		Source:    o.name,
		Title:     title,
		Published: pub.Format("2006-01-02"),
		Text:      text,
	}
}

// text writes the article body: a lead paragraph, body paragraphs of two to
// four sentences mixing facts, quotes and background, and often a closing
// line, between MinTextBytes and MaxTextBytes long.
func (a *article) text() string {
	l, r := a.lang, a.r
	target := MinTextBytes + 64 + r.IntN(MaxTextBytes-MinTextBytes-400)
	buf := make([]byte, 0, MaxTextBytes+512)
	if chance(r, 50) {
		buf = append(buf, l.dateline(a.bind())...)
	}
	buf = a.bind().render(pick(r, l.leads), buf)
	used := map[*template]bool{}
	next := func() *template {
		var pool []template
		switch k := r.IntN(10); {
		case k < 6:
			pool = l.body
		case k < 8:
			pool = l.quotes
		default:
			pool = l.background
		}
		t := &pool[r.IntN(len(pool))]
		for try := 0; used[t] && try < 4; try++ {
			t = &pool[r.IntN(len(pool))]
		}
		used[t] = true
		return t
	}
	scratch := make([]byte, 0, 512)
	sentences := 1
	for len(buf) < target {
		t := next()
		scratch = a.bind().render(*t, scratch[:0])
		if len(buf)+2+len(scratch) > MaxTextBytes-200 {
			if len(buf) >= MinTextBytes {
				break
			}
			continue
		}
		if sentences == 0 {
			buf = append(buf, "\n\n"...)
		} else {
			buf = append(buf, ' ')
		}
		buf = append(buf, scratch...)
		sentences++
		if sentences >= 2+r.IntN(3) {
			sentences = 0
		}
	}
	if chance(r, 60) {
		scratch = a.bind().render(pick(r, l.closings), scratch[:0])
		if len(buf)+2+len(scratch) <= MaxTextBytes {
			buf = append(buf, "\n\n"...)
			buf = append(buf, scratch...)
		}
	}
	return string(buf)
}

// slugify keeps ASCII letters and digits of a title, lower-cased, joined by
// dashes; letters outside ASCII are dropped.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
		if b.Len() >= 60 {
			break
		}
	}
	return b.String()
}

// WriteJSONL writes n articles as JSONL, one corpus.Document per line.
func WriteJSONL(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for d := range Articles(n, seed) {
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("gen: write article %s: %w", d.ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gen: write JSONL: %w", err)
	}
	return nil
}

// TextFile is the content of an article as a .txt file: the title on the
// first line, a blank line, the text.
func TextFile(d corpus.Document) []byte {
	return []byte(d.Title + "\n\n" + d.Text + "\n")
}

// WriteTextDir writes n articles into dir (created if missing) as one
// <id>.txt file each.
func WriteTextDir(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	for d := range Articles(n, seed) {
		p := filepath.Join(dir, d.ID+".txt")
		if err := os.WriteFile(p, TextFile(d), 0o644); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	return nil
}
