package gen

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"kronika/corpus"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x6b726f6e696b61)) }

var update = flag.Bool("update", false, "rewrite testdata golden files")

func TestSameSeedSameBytes(t *testing.T) {
	var a, b, c bytes.Buffer
	if err := WriteJSONL(&a, 200, 42); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(&b, 200, 42); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(&c, 200, 43); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed gave different JSONL")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("different seeds gave the same JSONL")
	}
	d := Article(7, 42)
	if !bytes.Equal(HTMLPage(d, 1), HTMLPage(d, 1)) {
		t.Fatal("same seed gave different HTML")
	}
	if bytes.Equal(HTMLPage(d, 1), HTMLPage(d, 2)) {
		t.Fatal("different seeds gave the same HTML")
	}
}

func TestTextDirSameBytes(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	for _, d := range []string{d1, d2} {
		if err := WriteTextDir(d, 30, 5); err != nil {
			t.Fatal(err)
		}
	}
	files, err := filepath.Glob(filepath.Join(d1, "*.txt"))
	if err != nil || len(files) != 30 {
		t.Fatalf("got %d files (%v), want 30", len(files), err)
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(d2, filepath.Base(f)))
		if err != nil || !bytes.Equal(x, y) {
			t.Fatalf("%s differs between runs (%v)", filepath.Base(f), err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		if !strings.HasPrefix(string(x), Article(mustIndex(t, id), 5).Title+"\n\n") {
			t.Errorf("%s does not start with its title", id)
		}
	}
}

func mustIndex(t *testing.T, id string) int {
	t.Helper()
	var n int
	for _, c := range id[strings.IndexByte(id, '-')+1:] {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestPrefixStable(t *testing.T) {
	small, large := Generate(10, 3), Generate(50, 3)
	for i := range small {
		if small[i] != large[i] {
			t.Fatalf("article %d differs between n=10 and n=50", i)
		}
	}
	if len(Generate(0, 3)) != 0 || len(Generate(-5, 3)) != 0 {
		t.Fatal("n <= 0 must give no articles")
	}
	n := 0
	for range Articles(100, 3) {
		n++
		if n == 4 {
			break
		}
	}
	if n != 4 {
		t.Fatalf("early stop: got %d", n)
	}
}

var leftover = regexp.MustCompile(`[{}]|  |\.\.|\s[,.]|,,|\bnil\b|%!`)

func TestArticlesWellFormed(t *testing.T) {
	docs := Generate(600, 11)
	ids := map[string]bool{}
	perLang := map[string]int{}
	from, to := "2022-01-01", "2025-12-31"
	for _, d := range docs {
		if ids[d.ID] {
			t.Fatalf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
		l := LangOf(d)
		perLang[l]++
		if l == "" {
			t.Errorf("%s: no language in id", d.ID)
		}
		if n := len(d.Text); n < MinTextBytes || n > MaxTextBytes {
			t.Errorf("%s: text is %d bytes, want %d..%d", d.ID, n, MinTextBytes, MaxTextBytes)
		}
		if d.Published < from || d.Published > to {
			t.Errorf("%s: published %s outside %s..%s", d.ID, d.Published, from, to)
		}
		if _, err := time.Parse("2006-01-02", d.Published); err != nil {
			t.Errorf("%s: %v", d.ID, err)
		}
		if d.Title == "" || d.Source == "" || !strings.HasPrefix(d.URL, "https://www.") || !strings.HasSuffix(d.URL, d.ID) {
			t.Errorf("%s: incomplete metadata %+v", d.ID, d)
		}
		for _, s := range []string{d.Title, d.Text} {
			if !utf8.ValidString(s) {
				t.Errorf("%s: invalid UTF-8", d.ID)
			}
			if m := leftover.FindString(s); m != "" {
				i := strings.Index(s, m)
				t.Errorf("%s: suspicious %q in …%s…", d.ID, m, s[max(0, i-60):min(len(s), i+40)])
			}
		}
	}
	for _, l := range Langs {
		if perLang[l] < 150 {
			t.Errorf("%s: only %d of 600 articles", l, perLang[l])
		}
	}
}

// TestEveryTemplateRenders fills every template of every language with
// every minister as the article's main actor: a slot a language lacks
// panics.
func TestEveryTemplateRenders(t *testing.T) {
	for _, l := range languages() {
		for mi := range ministers {
			m := &ministers[mi]
			a := &article{r: newRand(uint64(mi)), pub: time.Date(m.from, 6, 15, 0, 0, 0, 0, time.UTC), lang: l,
				outlet: &outlets[l.code][0], main: m, donor: pickNation(newRand(1), m.nation, "")}
			for _, group := range [][]template{l.titles, l.leads, l.body, l.quotes, l.background, l.closings} {
				for _, tp := range group {
					out := a.bind().render(tp, nil)
					if len(out) == 0 || !utf8.Valid(out) {
						t.Fatalf("%s: empty or invalid sentence", l.code)
					}
				}
			}
			_ = l.dateline(a.bind())
		}
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, 40, 9); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 40 {
		t.Fatalf("got %d lines, want 40", len(lines))
	}
	for i, line := range lines {
		d, err := corpus.ParseDocument([]byte(line))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if want := Article(i, 9); d != want {
			t.Fatalf("line %d: decoded %+v, want %+v", i+1, d, want)
		}
	}
}

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, 6, 1); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("testdata", "articles.golden.jsonl")
	if *update {
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Fatal("generated articles differ from testdata/articles.golden.jsonl; if the change is intended, run go test -update")
	}
}

func TestHTMLPage(t *testing.T) {
	for i := range 9 {
		d := Article(i, 21)
		p := HTMLPage(d, 21)
		if n := len(p); n < PageBytes-4<<10 || n > PageBytes+8<<10 {
			t.Errorf("%s: page is %d bytes, want about %d", d.ID, n, PageBytes)
		}
		s := string(p)
		if !strings.Contains(s, `<html lang="`+LangOf(d)+`"`) {
			t.Errorf("%s: no lang attribute", d.ID)
		}
		for _, para := range strings.Split(d.Text, "\n\n") {
			if !strings.Contains(s, "<p>"+html.EscapeString(para)+"</p>") {
				t.Errorf("%s: paragraph missing from page: %.60s", d.ID, para)
			}
		}
		// The page must be well-formed enough for a tokenizer to reach
		// the end, with every opened <p> closed.
		z := html.NewTokenizer(bytes.NewReader(p))
		open := 0
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			name, _ := z.TagName()
			if string(name) == "p" {
				switch tt {
				case html.StartTagToken:
					open++
				case html.EndTagToken:
					open--
				}
			}
		}
		if open != 0 {
			t.Errorf("%s: %d unclosed <p>", d.ID, open)
		}
	}
}

func TestHelpers(t *testing.T) {
	tests := []struct{ got, want string }{
		{group(2500000, ","), "2,500,000"},
		{group(999, "."), "999"},
		{group(1000, " "), "1 000"},
		{ukPlural(1, "a", "b", "c"), "a"},
		{ukPlural(11, "a", "b", "c"), "c"},
		{ukPlural(21, "a", "b", "c"), "a"},
		{ukPlural(23, "a", "b", "c"), "b"},
		{ukPlural(13, "a", "b", "c"), "c"},
		{ukPlural(105, "a", "b", "c"), "c"},
		{ukIn("Одесі"), "в Одесі"},
		{ukIn("Римі"), "у Римі"},
		{itWithArt("l'", "di", "Estonia"), "dell'Estonia"},
		{itWithArt("gli", "a", "Stati Uniti"), "agli Stati Uniti"},
		{itWithArt("il", "", "Belgio"), "il Belgio"},
		{itBeforeVowel("nel ", "nell'", "aprile"), "nell'aprile"},
		{itBeforeVowel("a ", "ad ", "marzo"), "a marzo"},
		{itArtDay(8) + itDay(8, 3), "l'8 marzo"},
		{itArtDay(1) + itDay(1, 5), "il 1° maggio"},
		{enOrdinal(1) + enOrdinal(12) + enOrdinal(22) + enOrdinal(113), "1st12th22nd113th"},
		{ukAdj("естонський", gen, true, false), "естонської"},
		{ukAdj("люксембурзький", ins, false, false), "люксембурзьким"},
		{ukAdj("британський", gen, false, true), "британських"},
		{slugify("Italy's €30m: «Grazie»!"), "italy-s-30m-grazie"},
		{slugify("Зустріч у Києві"), ""},
		{possessive("the Netherlands"), "the Netherlands'"},
		{string(capitalizeAt([]byte("«l'Ucraina»"), 0)), "«L'Ucraina»"},
		{string(capitalizeAt([]byte("x: ґава"), 3)), "x: Ґава"},
	}
	for i, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%d: got %q, want %q", i, tc.got, tc.want)
		}
	}
	if c, ok := itCity("L'Aia", "a"); !ok || c != "all'Aia" {
		t.Errorf("itCity: %q", c)
	}
	if ukGender(&nations[nationIndex("US")]) != 2 || ukGender(&nations[nationIndex("LU")]) != 0 || ukGender(&nations[nationIndex("EE")]) != 1 {
		t.Error("ukGender")
	}
}

// TestTables checks the fact tables for gaps the templates would expose.
func TestTables(t *testing.T) {
	codes := map[string]bool{}
	for _, n := range nations {
		if codes[n.code] {
			t.Errorf("duplicate nation %s", n.code)
		}
		codes[n.code] = true
		for c, f := range n.uk {
			if f == "" {
				t.Errorf("%s: empty Ukrainian case %d", n.code, c)
			}
		}
		if !strings.HasSuffix(n.ukAdj, "ий") || n.en == "" || n.it == "" || n.itIn == "" || itPrep["di"][n.itArt] == "" {
			t.Errorf("%s: incomplete row", n.code)
		}
	}
	for _, m := range ministers {
		if !codes[m.nation] || m.from > m.to || m.from < 2022 || m.to > 2025 {
			t.Errorf("%s: bad nation or years", m.name)
		}
		if !strings.HasSuffix(m.name, m.surname) {
			t.Errorf("%s: surname %q is not the end of the name", m.name, m.surname)
		}
		for c := range nCases {
			if m.first[c] == "" || m.last[c] == "" {
				t.Errorf("%s: empty Ukrainian case %d", m.name, c)
			}
		}
	}
	for year := 2022; year <= 2025; year++ {
		n := 0
		for _, m := range ministers {
			if m.from <= year && year <= m.to {
				n++
			}
		}
		if n < 10 {
			t.Errorf("%d: only %d ministers in office", year, n)
		}
	}
}

// FuzzHTMLPage: any document, however odd, gives a page without panicking,
// and the page's text is valid UTF-8 when the document's is.
func FuzzHTMLPage(f *testing.F) {
	f.Add("en-000001", "Title", "Text\n\nMore", "2024-01-02", "https://www.x.example/a")
	f.Add("", "", "", "", "")
	f.Add("uk-1", "<b>&", "\x00\xff", "garbage", "://www.")
	f.Fuzz(func(t *testing.T, id, title, text, pub, url string) {
		d := corpus.Document{ID: id, Title: title, Text: text, Published: pub, URL: url}
		p := HTMLPage(d, 1)
		if len(p) < PageBytes/2 {
			t.Fatalf("page of %d bytes", len(p))
		}
		valid := true
		for _, s := range []string{id, title, text, pub, url} {
			// Each field on its own: two invalid halves can join into a valid whole.
			valid = valid && utf8.ValidString(s)
		}
		if valid && !utf8.Valid(p) {
			t.Fatal("invalid UTF-8 from valid input")
		}
	})
}

func BenchmarkArticle(b *testing.B) {
	b.ReportAllocs()
	var n int64
	i := 0
	for b.Loop() {
		d := Article(i, 1)
		n += int64(len(d.Text) + len(d.Title))
		i++
	}
	b.SetBytes(n / int64(max(i, 1)))
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkWriteJSONL(b *testing.B) {
	b.ReportAllocs()
	var buf bytes.Buffer
	_ = WriteJSONL(&buf, 100, 1)
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		buf.Reset()
		if err := WriteJSONL(&buf, 100, 1); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTMLPage(b *testing.B) {
	b.ReportAllocs()
	docs := Generate(16, 1)
	b.SetBytes(PageBytes)
	i := 0
	for b.Loop() {
		_ = HTMLPage(docs[i%len(docs)], 1)
		i++
	}
}
