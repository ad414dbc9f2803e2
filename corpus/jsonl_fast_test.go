package corpus

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestParseDocumentFast(t *testing.T) {
	tests := []struct {
		name string
		line string
		fast bool // whether the single pass takes it
		want Document
	}{
		{"plain", `{"id":"a","text":"Київ, 3 березня","published":"2025-03-03"}`, true,
			Document{ID: "a", Text: "Київ, 3 березня", Published: "2025-03-03"}},
		{"spaces", " {\t\"id\" : \"a\" ,\r\n \"text\" : \"x\" } \n", true, Document{ID: "a", Text: "x"}},
		{"escapes", `{"text":"a\"b\\c\/d\n\t\u00e9\u0418\ud83d\ude00 \ud800x \udc00"}`, true,
			Document{Text: "a\"b\\c/d\n\té\u0418\U0001F600 \uFFFDx \uFFFD"}},
		{"lone high surrogate before an escape", `{"text":"\ud83d\n"}`, true, Document{Text: "\uFFFD\n"}},
		{"invalid UTF-8", "{\"text\":\"a\xffb\xc3\"}", true, Document{Text: "a\uFFFDb\uFFFD"}},
		{"unknown fields of every kind", `{"text":"x","n":-1.5e3,"b":true,"f":false,"z":null,"s":"\u0041","zero":0}`, true, Document{Text: "x"}},
		{"null resets a repeated key", `{"text":"x","html":"<p>h</p>","text":null}`, true, Document{HTML: "<p>h</p>"}},
		{"last repeated key wins", `{"text":"x","text":"y"}`, true, Document{Text: "y"}},
		{"case matters", `{"Text":"x","html":"h"}`, true, Document{HTML: "h"}},
		{"nested unknown value", `{"text":"x","meta":{"a":[1,2]}}`, false, Document{Text: "x"}},
		{"escaped key", `{"t\u0065xt":"x"}`, false, Document{Text: "x"}},
		{"number where a string belongs", `{"text":"x","id":5}`, false, Document{}},
		{"bad escape", `{"text":"\x"}`, false, Document{}},
		{"short unicode escape", `{"text":"\u12"}`, false, Document{}},
		{"control character", "{\"text\":\"a\x01\"}", false, Document{}},
		{"trailing data", `{"text":"x"} {}`, false, Document{}},
		{"trailing comma", `{"text":"x",}`, false, Document{}},
		{"bad number", `{"text":"x","n":01}`, false, Document{}},
		{"array", `["text"]`, false, Document{}},
		{"unterminated", `{"text":"x`, false, Document{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDocumentFast([]byte(tt.line))
			if ok != tt.fast {
				t.Fatalf("single pass took it: %v, want %v", ok, tt.fast)
			}
			careful, err := parseDocumentCareful([]byte(tt.line))
			if ok && (err != nil || careful != got) {
				t.Fatalf("single pass %+v, careful path %+v (%v)", got, careful, err)
			}
			if ok && got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if !ok && err == nil && careful != tt.want {
				t.Errorf("careful path %+v, want %+v", careful, tt.want)
			}
		})
	}
}

// FuzzParseDocumentFast checks the single pass against the careful path:
// whatever it takes, the careful path takes too and reads alike.
func FuzzParseDocumentFast(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x"}`, `{"text":"\ud83d\ude00\u00e9\n","n":1e5,"b":[1]}`, "{\"text\":\"\xff\"}",
		`{"text":null,"text":"y","published":"2025-01-02"}`, ` { } `, `{"a":-0.5E+2,"text":"t"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		got, ok := parseDocumentFast(line)
		if !ok {
			return
		}
		careful, err := parseDocumentCareful(line)
		if err != nil {
			t.Fatalf("single pass took %q, the careful path refuses it: %v", line, err)
		}
		if got != careful {
			t.Fatalf("%q: single pass %+v, careful path %+v", line, got, careful)
		}
	})
}

func BenchmarkParseDocument(b *testing.B) {
	line := []byte(`{"id":"it-000001","url":"https://www.example.org/2025/03/03/a","source":"Cronache","title":"Titolo","published":"2025-03-03","text":"` +
		strings.Repeat(`Il ministro della Difesa ha annunciato un pacchetto da 30 milioni di euro.\nМіністр оборони України заявив, що коаліція отримає нові дрони.\n`, 20) + `"}`)
	b.Run("single-pass", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ParseDocument(line); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("careful", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parseDocumentCareful(line); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestEntryTextFast(t *testing.T) {
	fetched := &Fetch{URL: "https://example.org/a?b=\"c\"", Status: 200, ETag: `W/"x1"`,
		FetchedAt: time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)}
	record := Record{ID: "a1", Title: "Titolo", Lang: "it", LangConfidence: 0.75,
		Entities: Entities{Nations: []Nation{{Code: "IT", Mentions: []Mention{{Text: "Italia", Start: 3, End: 9}}}}}}
	for _, tt := range []struct {
		name  string
		fetch *Fetch
		text  string
	}{
		{"plain", nil, "Il ministro ha parlato."},
		{"fetched", fetched, "Міністр заявив: «ні».\nДругий абзац."},
		{"escapes", fetched, "a \"quote\", a \\ back\tslash, \u2028 and \x01"},
		{"invalid UTF-8", nil, "caf\xe9 \xff"},
		{"empty", nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := record
			r.Text = tt.text
			e := Entry{ID: "a1", Source: "s.jsonl", Hash: "h", SimHash: 42, Words: 9, Fetch: tt.fetch, Record: r}
			js, err := appendEntry(nil, &e)
			if err != nil {
				t.Fatal(err)
			}
			checkEntryText(t, js)
		})
	}
	// Layouts appendEntry does not write fall back to a full decode.
	for _, js := range []string{
		`{"id":"a","record":{"entities":{},"text":"x"}}`,
		`{"id":"a","meta":{"k":[1]},"record":{"text":"x"}}`,
		`{"id":"a","record":{"text":5}}`,
		`{"id":"a","record":{"text":"unterminated}}`,
		`["record"]`,
		``,
	} {
		if got, ok := entryTextFast([]byte(js)); ok {
			t.Errorf("%s: fast path took it, read %q", js, got)
		}
	}
}

// FuzzEntryTextFast checks that whatever appendEntry writes, the fast
// path reads the text that a full decode reads.
func FuzzEntryTextFast(f *testing.F) {
	f.Add("testo", "titolo", "W/\"1\"", true)
	f.Add("\xff\\u00e9\"", "", "", false)
	f.Fuzz(func(t *testing.T, text, title, etag string, fetched bool) {
		e := Entry{ID: "x", Record: Record{ID: "x", Title: title, Text: text,
			Entities: Entities{Nations: []Nation{{Code: "FR"}}}}}
		if fetched {
			e.Fetch = &Fetch{URL: title, ETag: etag, Status: 304}
		}
		js, err := appendEntry(nil, &e)
		if err != nil {
			return
		}
		checkEntryText(t, js)
	})
}

// checkEntryText checks that the fast path takes an entry appendEntry
// wrote and reads the text encoding/json reads.
func checkEntryText(t *testing.T, js []byte) {
	t.Helper()
	got, ok := entryTextFast(js)
	if !ok {
		t.Fatalf("fast path refused %s", js)
	}
	var want Entry
	if err := json.Unmarshal(js, &want); err != nil {
		t.Fatal(err)
	}
	if got != want.Record.Text {
		t.Fatalf("got %q, want %q", got, want.Record.Text)
	}
}
