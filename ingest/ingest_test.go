package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding/charmap"
)

func collect(t *testing.T, l *Loader, sources ...string) []Item {
	t.Helper()
	var out []Item
	for it := range l.Load(context.Background(), sources) {
		out = append(out, it)
	}
	return out
}

func TestLoadTree(t *testing.T) {
	items := collect(t, NewLoader(Options{}), "testdata/tree")
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "ERR "+it.Source)
		} else {
			got = append(got, it.Doc.ID)
		}
	}
	want := []string{"a-it", "b-uk", "c", "j1", "ERR testdata/tree/sub/d.jsonl:2", "j3"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("got %v, want %v", got, want)
	}
	a := items[0].Doc
	if strings.Contains(a.Text, "Lascia un commento") {
		t.Errorf("trailing comment prompt kept: %q", a.Text)
	}
	if a.Title != "Il Belgio aderisce alla coalizione" || a.Source != "testdata/tree/a-it.txt" {
		t.Errorf("title/source = %q / %q", a.Title, a.Source)
	}
	c := items[2].Doc
	if c.Title != "Estonia hosts coalition meeting" || !strings.Contains(c.Text, "Estonia hosted") || strings.Contains(c.Text, "Home") || c.LangHint != "en" {
		t.Errorf("html doc = %+v", c)
	}
	if j3 := items[5].Doc; !strings.Contains(j3.Text, "Terzo documento") {
		t.Errorf("JSONL html line not converted: %q", j3.Text)
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name, path, wantErr string
	}{
		{"empty", write("empty.txt", nil), "empty file"},
		{"blank", write("blank.txt", []byte(" \n\t\n")), "empty file"},
		{"binary", write("img.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), "binary"},
		{"latin1 text", write("l1.txt", []byte("citt\xe0 di Roma")), "not UTF-8"},
		{"unknown ext", write("x.pdf", []byte("%PDF-1.4")), "unsupported file type"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"page without article", write("empty.html", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>")), "no article text"},
	}
	l := NewLoader(Options{MaxFileBytes: 1 << 20})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items := collect(t, l, c.path)
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("got %+v, want one error", items)
			}
			msg := items[0].Err.Error()
			if !strings.Contains(msg, c.wantErr) || !strings.Contains(msg, c.path) {
				t.Errorf("error %q should name %q and say %q", msg, c.path, c.wantErr)
			}
		})
	}
	big := write("big.txt", []byte(strings.Repeat("parola ", 200000)))
	items := collect(t, NewLoader(Options{MaxFileBytes: 1 << 20}), big, "testdata/tree/sub/b-uk.txt")
	if len(items) != 2 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "larger than") || items[1].Err != nil {
		t.Errorf("a too-large file must fail alone: %+v", items)
	}
}

func TestSavedPageEncodings(t *testing.T) {
	const text = "Україна отримала нову партію шкільних автобусів від партнерів. "
	page := func(meta string) string {
		return "<html><head>" + meta + "<title>T</title></head><body><article><p>" +
			strings.Repeat(text, 6) + "</p></article></body></html>"
	}
	for _, tt := range []struct {
		name string
		enc  *charmap.Charmap
		page string
	}{
		{"windows-1251 declared", charmap.Windows1251, page(`<meta charset="windows-1251">`)},
		// Without a declaration the bytes must tell Cyrillic from the
		// web's windows-1252 default.
		{"windows-1251 undeclared", charmap.Windows1251, page("")},
		{"KOI8-U undeclared", charmap.KOI8U, page("")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data, err := tt.enc.NewEncoder().String(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			d, err := FromBytes([]byte(data), ".html", "x.html")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(d.Text, text[:len(text)-1]) {
				t.Errorf("text = %q", d.Text[:min(60, len(d.Text))])
			}
		})
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"x.txt":     {Data: []byte("Testo di prova sul Lussemburgo.")},
		"y.jsonl":   {Data: []byte(`{"id":"y1","text":"uno"}` + "\n")},
		"skip.json": {Data: []byte("{}")},
	}
	var ids []string
	for it := range NewLoader(Options{}).LoadFS(context.Background(), fsys, "sample") {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		ids = append(ids, it.Doc.ID+"@"+it.Doc.Source)
	}
	if strings.Join(ids, " ") != "x@sample/x.txt y1@sample/y.jsonl" {
		t.Errorf("got %v", ids)
	}
}

func TestStdinAndEstimate(t *testing.T) {
	l := NewLoader(Options{Stdin: strings.NewReader(`{"text":"a"}` + "\n" + `{"text":"b"}`)})
	items := collect(t, l, "-")
	if len(items) != 2 || items[1].Doc.ID != "stdin-2" {
		t.Errorf("stdin items %+v", items)
	}
	if n, ok := Estimate([]string{"testdata/tree"}); !ok || n != 6 {
		t.Errorf("Estimate = %d,%v want 6,true", n, ok)
	}
	if _, ok := Estimate([]string{"https://example.org/feed"}); ok {
		t.Error("a URL cannot be estimated")
	}
}

func TestGuessTitle(t *testing.T) {
	cases := map[string]string{
		"Titolo breve\n\nCorpo dell'articolo che continua a lungo con molte parole e frasi.":                                        "Titolo breve",
		"• 26/07/2024 23:32\n\nThe Ministry released details\n\nBody text goes on and on for a while here.":                         "The Ministry released details",
		"Wednesday, 14 February 2024 09:40 GMT\n\nSteering group sets priorities\n\nMembers of the group met and agreed on a list.": "Steering group sets priorities",
		"Una frase completa che termina con un punto.\nAltro testo.":                                                                "",
	}
	for in, want := range cases {
		if got := guessTitle(in); got != want {
			t.Errorf("guessTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTailKept: a plain-text file and a JSONL line both lose their
// trailing furniture from the body and keep it as the document's Tail.
func TestTailKept(t *testing.T) {
	body := "Il governo ha approvato ieri il decreto sulle bollette, che vale tre miliardi di euro e resterà in vigore fino a dicembre."
	tail := "Foto: il ministro dell'Economia a Roma\n\n© Riproduzione riservata"
	line, _ := json.Marshal(map[string]string{"id": "j1", "text": body + "\n\n" + tail})
	fsys := fstest.MapFS{
		"a.txt":   {Data: []byte(body + "\n\n" + tail)},
		"b.jsonl": {Data: append(line, '\n')},
	}
	n := 0
	for it := range NewLoader(Options{}).LoadFS(context.Background(), fsys, "s") {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		n++
		if it.Doc.Text != body || it.Doc.Tail != tail {
			t.Errorf("%s: text %q tail %q, want the body and the cut furniture", it.Source, it.Doc.Text, it.Doc.Tail)
		}
	}
	if n != 2 {
		t.Errorf("%d documents, want 2", n)
	}
}
