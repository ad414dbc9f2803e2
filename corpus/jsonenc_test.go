package corpus

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

// sampleRecord has every field set, with the characters encoding/json
// escapes.
func sampleRecord() Record {
	m := []Mention{{Text: "Ucraina", Start: 3, End: 10}, {Text: "ucraino <b>", Start: 40, End: 51, Qualifier: "more_than"}}
	return Record{
		ID: "it-001", Source: "dir/a & b.txt", URL: "https://example.org/a?x=1&y=<2>", Title: "Titolo \"quoted\" \\ slash",
		Published: "2025-03-01", Lang: "it", LangConfidence: 0.9731,
		Text: "Riga uno\nriga\tdue\r\x01\x1f\x7f \u2028 \u2029 é ß Київ \xff\xfe end",
		Entities: Entities{
			Nations:   []Nation{{Code: "UA", Name: "Ukraine", Mentions: m}},
			Ministers: []Minister{{Name: "Rustem Umerov", Aliases: []string{"Umerov", "Умєров"}, Nation: "UA", Role: RoleMinister, Portfolio: "defence", Mentions: m[:1]}, {Name: "X Y", Role: RolePrimeMinister, Aliases: []string{}}},
			Dates:     []Date{{Value: "2025-03-01", Mentions: nil}},
			Money:     []Money{{Amount: 30e6, Currency: "EUR", Mentions: m}, {Amount: 1.5e21, Currency: "UAH"}, {Amount: 2.5e-7, Currency: "USD"}, {Amount: math.Copysign(0, -1), Currency: "GBP"}, {Amount: 0.1 + 0.2, Currency: "CHF"}},
		},
		Author: "A. Author", Site: "Site", DuplicateOf: "it-000", Error: "boom\b\f",
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	full := sampleRecord()
	tests := []struct {
		name string
		rec  Record
	}{
		{"every field", full},
		{"empty", Record{}},
		{"empty lists", Record{ID: "x", Entities: Entities{Nations: []Nation{}, Ministers: []Minister{}, Dates: []Date{}, Money: []Money{}}}},
		{"nil mentions", Record{ID: "x", Entities: Entities{Nations: []Nation{{Code: "EE"}}, Dates: []Date{{Value: "2024"}}}}},
		{"big and small numbers", Record{ID: "x", LangConfidence: 1, Entities: Entities{Money: []Money{{Amount: 999999999999999999999}, {Amount: 1e-6}, {Amount: 123456789.125}, {Amount: -42}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(&tt.rec)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tt.rec.AppendJSON([]byte("prefix"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got[len("prefix"):], want) {
				t.Errorf("AppendJSON\n got %s\nwant %s", got[len("prefix"):], want)
			}
		})
	}
}

func TestAppendEntryMatchesEncodingJSON(t *testing.T) {
	at := time.Date(2025, 3, 1, 9, 30, 15, 123456789, time.FixedZone("", 3600))
	tests := []struct {
		name  string
		entry Entry
	}{
		{"loaded", Entry{ID: "a", Source: "a.txt", Hash: "00ff", SimHash: math.MaxUint64, Words: 412, Record: sampleRecord(), FirstSeen: at, Updated: at.UTC()}},
		{"fetched", Entry{ID: "b", Source: "https://x.example/feed", Canonical: "https://x.example/a", Fetch: &Fetch{URL: "https://x.example/a?b=<c>", FinalURL: "https://x.example/a2", Status: 200, ContentType: "text/html", ETag: `W/"1"`, LastModified: "Sat, 01 Mar 2025 09:30:15 GMT", FetchedAt: at}, DuplicateOf: "a", FirstSeen: at, Updated: at}},
		{"zero", Entry{}},
		{"bare fetch", Entry{ID: "c", Fetch: &Fetch{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(&tt.entry)
			if err != nil {
				t.Fatal(err)
			}
			got, err := appendEntry(nil, &tt.entry)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("appendEntry\n got %s\nwant %s", got, want)
			}
		})
	}
}

func TestAppendRawDocMatchesEncodingJSON(t *testing.T) {
	for _, d := range []rawDoc{
		{},
		{Document: Document{ID: "a", Text: "x <y> & \u2028 \xff"}},
		{Document: Document{ID: "a", URL: "u", Source: "s", Title: "t", Published: "2025-01-02", Lang: "uk", Text: "Київ", HTML: "<p>Київ</p>",
			Author: "must not leak", Fetch: &Fetch{URL: "u"}}, Author: "A", Site: "S", LangHint: "uk"},
		{Document: Document{HTML: "<html>"}, Site: "only site"},
		{Document: Document{ID: "a", Text: "x", Tail: "must not leak"}, Tail: "Foto: \"ministro\"", TextInEntry: true},
		{Document: Document{ID: "a"}, TextInEntry: true},
		{TextInEntry: true},
	} {
		want, err := json.Marshal(&d)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendRawDoc(nil, &d); !bytes.Equal(got, want) {
			t.Errorf("appendRawDoc\n got %s\nwant %s", got, want)
		}
	}
}

func TestAppendJSONRefusesWhatEncodingJSONRefuses(t *testing.T) {
	for _, r := range []Record{
		{LangConfidence: math.NaN()},
		{Entities: Entities{Money: []Money{{Amount: math.Inf(1)}}}},
	} {
		if _, err := json.Marshal(&r); err == nil {
			t.Fatal("encoding/json accepted the record")
		}
		if _, err := r.AppendJSON(nil); err == nil {
			t.Errorf("AppendJSON accepted %+v", r)
		}
	}
	e := Entry{FirstSeen: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := appendEntry(nil, &e); err == nil {
		t.Error("appendEntry accepted a year json.Marshal refuses")
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("id", "Київ <&> \u2028", "text\n\x00\xff", 0.5, 30e6, int64(5), "EUR")
	f.Add("", "", "", 0.0, 1e21, int64(-1), "")
	f.Fuzz(func(t *testing.T, id, title, text string, conf, amount float64, start int64, cur string) {
		r := Record{ID: id, Title: title, Text: text, LangConfidence: conf, Entities: Entities{
			Nations:   []Nation{{Code: cur, Name: title, Mentions: []Mention{{Text: text, Start: int(start), End: int(start) + 1, Qualifier: id}}}},
			Ministers: []Minister{{Name: title, Aliases: []string{text, id}, Role: cur}},
			Money:     []Money{{Amount: amount, Currency: cur}},
		}}
		want, werr := json.Marshal(&r)
		got, gerr := r.AppendJSON(nil)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("errors differ: encoding/json %v, AppendJSON %v", werr, gerr)
		}
		if werr == nil && !bytes.Equal(got, want) {
			t.Fatalf("AppendJSON\n got %q\nwant %q", got, want)
		}
	})
}

func BenchmarkEncodeEntry(b *testing.B) {
	e := Entry{ID: "a", Source: "a.jsonl", Hash: "00ff00ff00ff00ff00ff00ff00ff00ff", SimHash: 1 << 60, Words: 480, Record: sampleRecord(),
		FirstSeen: time.Now(), Updated: time.Now()}
	e.Record.Text = strings.Repeat("Il ministro della Difesa ha annunciato un pacchetto da 30 milioni di euro.\n"+
		"Міністр оборони України заявив, що коаліція отримає нові дрони до кінця року.\n"+
		"The Estonian minister said on 14 May that \"the coalition\" would grow.\n", 12)
	b.Run("appendEntry", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			var err error
			if buf, err = appendEntry(buf[:0], &e); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(&e); err != nil {
				b.Fatal(err)
			}
		}
	})
}
