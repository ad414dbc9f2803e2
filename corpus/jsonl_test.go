package corpus

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func readAll(t *testing.T, in string) (docs []Document, errs []*LineError) {
	t.Helper()
	r := NewReader(strings.NewReader(in), "in.jsonl")
	for {
		d, err := r.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		var le *LineError
		if errors.As(err, &le) {
			errs = append(errs, le)
			continue
		}
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		docs = append(docs, d)
	}
}

func TestReaderBadLinesInTheMiddle(t *testing.T) {
	in := `{"id":"a","text":"uno"}
not json
{"id":"b","html":"<p>due</p>"}

{"title":"no body"}
{"text":"tre","url":"https://Example.org/x/?utm_source=feed"}
{"id":"c","text":"x","published":"yesterday"}
[1,2]
{"id":"d","text":"quattro","published":"2024-03-06T10:00:00+01:00","lang":"IT"}`
	docs, errs := readAll(t, in)
	if len(docs) != 4 {
		t.Fatalf("got %d docs, want 4: %+v", len(docs), docs)
	}
	wantLines := []int{2, 5, 7, 8}
	if len(errs) != len(wantLines) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(wantLines), errs)
	}
	for i, e := range errs {
		if e.Line != wantLines[i] || e.File != "in.jsonl" {
			t.Errorf("error %d at %s:%d, want line %d", i, e.File, e.Line, wantLines[i])
		}
		if !strings.Contains(e.Error(), "in.jsonl:") {
			t.Errorf("error %q does not name the file", e)
		}
	}
	if docs[2].ID != URLID("https://example.org/x") {
		t.Errorf("id from URL = %q, want the canonical URL's hash", docs[2].ID)
	}
	if docs[3].Published != "2024-03-06" || docs[3].Lang != "it" {
		t.Errorf("published/lang not normalized: %q %q", docs[3].Published, docs[3].Lang)
	}
	if docs[0].Source != "in.jsonl" {
		t.Errorf("source = %q, want the file name", docs[0].Source)
	}
}

func TestReaderLongLine(t *testing.T) {
	r := NewReader(strings.NewReader(`{"id":"big","text":"`+strings.Repeat("x", 300)+`"}`+"\n"+`{"id":"ok","text":"y"}`), "f")
	r.max = 100
	_, err := r.Next()
	var le *LineError
	if !errors.As(err, &le) || le.Line != 1 {
		t.Fatalf("want a LineError on line 1, got %v", err)
	}
	d, err := r.Next()
	if err != nil || d.ID != "ok" {
		t.Fatalf("the next line must still be read: %v %+v", err, d)
	}
}

func TestDerivedIDWithoutURL(t *testing.T) {
	docs, _ := readAll(t, "\n{\"text\":\"a\"}\n")
	if len(docs) != 1 || docs[0].ID != "in-2" {
		t.Fatalf("got %+v, want id in-2", docs)
	}
}

func TestFileID(t *testing.T) {
	for in, want := range map[string]string{
		"testdata/x/003_abc.txt": "003_abc",
		"a.b.html":               "a.b",
		"noext":                  "noext",
		"-":                      "stdin",
	} {
		if got := FileID(in); got != want {
			t.Errorf("FileID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"2024-01-02", "2024-01-02", true},
		{"2024-01-02T23:30:00Z", "2024-01-02", true},
		{"2024-01-02T23:30:00+02:00", "2024-01-02", true},
		{"Tue, 02 Jan 2024 12:17:00 GMT", "2024-01-02", true},
		{"02/01/2024", "", false},
		{"", "", false},
		{"0000-01-01", "", false},
	}
	for _, c := range cases {
		got, ok := NormalizeDate(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("NormalizeDate(%q) = %q,%v want %q,%v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestWriterKeepsTextReadable(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b)
	if err := w.Write(Record{ID: "x", Text: "<b>Україна</b> & €"}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"text":"<b>Україна</b> & €"`) {
		t.Errorf("text escaped: %s", b.String())
	}
	if strings.Count(b.String(), "\n") != 1 {
		t.Errorf("want exactly one line: %q", b.String())
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x\"}\nnot json\n{\"html\":\"<p>\"}"))
	f.Add([]byte("\xff\xfe{\"text\":\"\x00\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(strings.NewReader(string(data)), "fuzz")
		for range 10000 {
			d, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err == nil && d.ID == "" {
				t.Fatal("document without id")
			}
			if err == nil && strings.TrimSpace(d.Text) == "" && strings.TrimSpace(d.HTML) == "" {
				t.Fatal("document without body accepted")
			}
		}
		t.Fatal("reader did not terminate")
	})
}

func BenchmarkReader(b *testing.B) {
	line := `{"id":"x","url":"https://example.org/a","title":"T","published":"2024-01-02","text":"` + strings.Repeat("parola ", 500) + `"}` + "\n"
	in := strings.Repeat(line, 100)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader(strings.NewReader(in), "b")
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}
