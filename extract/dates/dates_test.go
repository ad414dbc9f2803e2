package dates_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/dates"
	"kronika/extract/token"
)

var extractor = sync.OnceValue(dates.New)

// tableCase is one line of a case table: "ref | text | want", where ref is
// the anchor date or "-" for none, and want the expected values in order of
// first mention, space separated, or "-" for none.
type tableCase struct {
	line int
	ref  string
	text string
	want []string
}

func parseTable(t *testing.T, table string) []tableCase {
	t.Helper()
	var out []tableCase
	for n, line := range strings.Split(table, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, " | ")
		if len(parts) != 3 {
			t.Fatalf("table line %d: want 3 fields: %q", n+1, line)
		}
		c := tableCase{line: n + 1, ref: strings.TrimSpace(parts[0]), text: strings.TrimSpace(parts[1])}
		if c.ref == "-" {
			c.ref = ""
		}
		if w := strings.TrimSpace(parts[2]); w != "-" {
			c.want = strings.Fields(w)
		}
		out = append(out, c)
	}
	return out
}

// runTable extracts every case and compares the values; it also checks
// every mention against the text.
func runTable(t *testing.T, lang, table string) {
	x := extractor()
	cases := parseTable(t, table)
	pass := 0
	for _, c := range cases {
		d := token.New(c.text, lang, c.ref)
		var e corpus.Entities
		dates.ExtractWithWeeks(x, d, &e) // weeks too: the tables check how they are read
		checkEntities(t, c.text, e)
		got := values(e)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s line %d: %q (ref %s)\n  got  %v\n  want %v", lang, c.line, c.text, c.ref, got, c.want)
			continue
		}
		pass++
	}
	t.Logf("%s: %d/%d cases pass", lang, pass, len(cases))
}

func values(e corpus.Entities) []string {
	var out []string
	for _, d := range e.Dates {
		out = append(out, d.Value)
	}
	return out
}

var valueRE = regexp.MustCompile(`^(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$|^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$`)

// checkEntities asserts the contract: well-formed values, each once,
// mentions that slice the text by code points, in order.
func checkEntities(t *testing.T, text string, e corpus.Entities) {
	t.Helper()
	runes := []rune(text)
	seen := map[string]bool{}
	for _, d := range e.Dates {
		if !valueRE.MatchString(d.Value) {
			t.Errorf("malformed value %q", d.Value)
		}
		if seen[d.Value] {
			t.Errorf("value %q listed twice", d.Value)
		}
		seen[d.Value] = true
		if len(d.Mentions) == 0 {
			t.Errorf("value %q has no mentions", d.Value)
		}
		for i, m := range d.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("value %q: mention %+v out of range", d.Value, m)
				continue
			}
			if got := string(runes[m.Start:m.End]); got != m.Text && utf8.ValidString(text) {
				t.Errorf("value %q: mention text %q but text[%d:%d] is %q", d.Value, m.Text, m.Start, m.End, got)
			}
			if i > 0 && m.Start < d.Mentions[i-1].Start {
				t.Errorf("value %q: mentions out of order", d.Value)
			}
		}
	}
}

func TestEnglish(t *testing.T)   { runTable(t, "en", enCases) }
func TestItalian(t *testing.T)   { runTable(t, "it", itCases) }
func TestUkrainian(t *testing.T) { runTable(t, "uk", ukCases) }

// TestUndetermined runs texts whose language is unknown: every
// language's words apply.
func TestUndetermined(t *testing.T) { runTable(t, "und", undCases) }

const undCases = `
2024-03-13 | 19 settembre 2023 | 2023-09-19
2024-03-13 | 19 вересня 2023 року | 2023-09-19
2024-03-13 | September 19, 2023 | 2023-09-19
2024-03-13 | ieri e вчора e yesterday | 2024-03-12
2024-03-13 | in 2024 e nel 2025 e у 2026 році | 2024 2025 2026
- | 26/07/2024 23:32 | 2024-07-26
- | 3 ago 2024 | 2024-08-03
2024-03-13 | 3 days ago | 2024-03-10
`

func TestDateline(t *testing.T) {
	x := extractor()
	cases := []struct {
		lang, text, want string
	}{
		{"en", "• 26/07/2024 23:32\n\nThe Ministry of Defense released details.", "2024-07-26"},
		{"en", "Tuesday, 02 January 2024 12:17 GMT\n\nMembers of the coalition met.", "2024-01-02"},
		{"it", "ROMA, 3 aprile 2024 – Il ministro ha annunciato un nuovo pacchetto.", "2024-04-03"},
		{"uk", "КИЇВ, 19 вересня 2023 року — Міністр провів зустріч.", "2023-09-19"},
		{"uk", "12:05, 4 березня 2024\nМіністр оборони заявив про нові поставки.", "2024-03-04"},
		{"en", "Home > News\nMarch 5, 2024 | By Staff\nThe talks ended.", "2024-03-05"},
		{"en", "Published: 2024-02-14T09:00:00Z\nText.", "2024-02-14"},
		{"it", "Pubblicato il 12/03/2024 alle 10:15\nTesto dell'articolo.", "2024-03-12"},
		// A date deep in the first sentence is not a dateline.
		{"en", "The ministers of eleven countries that joined the coalition last year gathered in Brussels on 3 April 2024.", ""},
		// Nor is one below the first three lines.
		{"en", "Title\nSubtitle\nBy a reporter\nThe meeting took place on 3 April 2024.", ""},
		// A year or a month is not a publication date.
		{"en", "March 2024\nThe report.", ""},
		{"en", "No date here at all.", ""},
		// Relative and year-less dates give no publication date.
		{"en", "Yesterday the talks resumed.\nMore text.", ""},
		{"it", "Lunedì 19 settembre\nIl vertice.", ""},
		{"en", "", ""},
	}
	for _, c := range cases {
		got, ok := x.Dateline(token.New(c.text, c.lang, ""))
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Dateline(%q) = %q, %v; want %q", c.text, got, ok, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	x := extractor()
	cases := []struct {
		expr, lang, ref string
		want            []string
	}{
		{"the day after tomorrow", "en", "2013-02-12", []string{"2013-02-14"}},
		{"dopodomani", "it", "2013-02-12", []string{"2013-02-14"}},
		{"післязавтра", "uk", "2013-02-12", []string{"2013-02-14"}},
		{"yesterday", "en", "", nil},
		{"19 settembre", "it", "", []string{"XXXX-09-19"}},
		{"from 2022 to 2024", "en", "", []string{"2022", "2024"}},
	}
	for _, c := range cases {
		if got := x.Parse(c.expr, c.lang, c.ref); !slices.Equal(got, c.want) {
			t.Errorf("Parse(%q, %s, %s) = %v, want %v", c.expr, c.lang, c.ref, got, c.want)
		}
	}
}

// TestEaster checks the two computuses against published Easter dates.
func TestEaster(t *testing.T) {
	x := extractor()
	western := map[string]string{
		"1961": "1961-04-02", "2000": "2000-04-23", "2019": "2019-04-21", "2020": "2020-04-12",
		"2021": "2021-04-04", "2022": "2022-04-17", "2023": "2023-04-09", "2024": "2024-03-31",
		"2025": "2025-04-20", "2038": "2038-04-25",
	}
	orthodox := map[string]string{
		"2019": "2019-04-28", "2020": "2020-04-19", "2021": "2021-05-02", "2022": "2022-04-24",
		"2023": "2023-04-16", "2024": "2024-05-05", "2025": "2025-04-20", "2026": "2026-04-12",
	}
	for y, want := range western {
		if got := x.Parse("Easter "+y, "en", ""); !slices.Equal(got, []string{want}) {
			t.Errorf("Easter %s = %v, want %s", y, got, want)
		}
		if got := x.Parse("Pasqua "+y, "it", ""); !slices.Equal(got, []string{want}) {
			t.Errorf("Pasqua %s = %v, want %s", y, got, want)
		}
	}
	for y, want := range orthodox {
		if got := x.Parse("Великдень "+y+" року", "uk", ""); !slices.Equal(got, []string{want}) {
			t.Errorf("Великдень %s = %v, want %s", y, got, want)
		}
	}
	// Offsets and weekday feasts.
	for _, c := range []struct{ expr, lang, want string }{
		{"Good Friday 2024", "en", "2024-03-29"},
		{"Easter Monday 2025", "en", "2025-04-21"},
		{"Pasquetta 2024", "it", "2024-04-01"},
		{"Трійця 2024 року", "uk", "2024-06-23"},
		{"Thanksgiving 2024", "en", "2024-11-28"},
		{"Memorial Day 2024", "en", "2024-05-27"},
		{"festa della mamma 2024", "it", "2024-05-12"},
	} {
		if got := x.Parse(c.expr, c.lang, ""); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s = %v, want %s", c.expr, got, c.want)
		}
	}
}

// TestMentions checks the spans of a text with multi-byte characters
// before the dates, and that one value collects all of its mentions.
func TestMentions(t *testing.T) {
	text := "Україна — «вчора», 19 вересня 2023 року; Київ: 19.09.2023 та знову 19 вересня 2023 р."
	d := token.New(text, "uk", "2023-09-20")
	var e corpus.Entities
	extractor().Extract(d, &e)
	checkEntities(t, text, e)
	want := []struct {
		value    string
		mentions []string
	}{
		{"2023-09-19", []string{"вчора", "19 вересня 2023 року", "19.09.2023", "19 вересня 2023 р."}},
	}
	if len(e.Dates) != len(want) {
		t.Fatalf("got %d values %v, want %d", len(e.Dates), values(e), len(want))
	}
	for i, w := range want {
		var got []string
		for _, m := range e.Dates[i].Mentions {
			got = append(got, m.Text)
		}
		if e.Dates[i].Value != w.value || !slices.Equal(got, w.mentions) {
			t.Errorf("got %s %q, want %s %q", e.Dates[i].Value, got, w.value, w.mentions)
		}
	}
}

// TestAppends checks that Extract adds to what is already there.
func TestAppends(t *testing.T) {
	e := corpus.Entities{Dates: []corpus.Date{{Value: "1999", Mentions: []corpus.Mention{{Text: "x", Start: 0, End: 1}}}}}
	extractor().Extract(token.New("nel 2024", "it", ""), &e)
	if got := values(e); !slices.Equal(got, []string{"1999", "2024"}) {
		t.Errorf("got %v", got)
	}
}

// TestConcurrent runs one Extractor from many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	x := extractor()
	text := "On 3 April 2024 and yesterday, il 19 settembre, 19 вересня 2023 року."
	want := fmt.Sprint(x.Parse(text, "und", "2024-04-10"))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := fmt.Sprint(x.Parse(text, "und", "2024-04-10")); got != want {
					t.Errorf("got %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestBadInput feeds broken text: nothing may panic and offsets stay valid.
func TestBadInput(t *testing.T) {
	inputs := []string{
		"", " ", "\x00\x00", "\xff\xfe19 settembre 2023", "19 \xffsettembre 2023",
		strings.Repeat("19 settembre ", 2000), strings.Repeat("2024-", 3000),
		strings.Repeat("1", 100000), "31/02/2024", "00/00/0000", "99.99.9999",
		"0 days ago", "in 0 days", "99999999 days ago", "29 February", "29 febbraio 2023",
		"l'", "п'", "'''", "- - -", "1st", "the", "Monday,", "March", "від", "з 2024 по",
	}
	for _, in := range inputs {
		for _, ref := range []string{"", "2024-03-13", "bad", "0000-01-01"} {
			d := token.New(in, "und", ref)
			var e corpus.Entities
			extractor().Extract(d, &e)
			checkEntities(t, in, e)
			extractor().Dateline(d)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"• 26/07/2024 23:32", "Tuesday, 02 January 2024 12:17 GMT", "del 19 settembre",
		"у червні 2023 року", "in June last year", "15–16 June", "dal 2024 al 2030",
		"l'8 marzo", "п'ятниці", "3 days ago", "the 2024 budget", "v2.4.1", "24/7",
		"Q3 2024", "the 2023-24 season", "Easter 2024", "3 hours ago", "il primo lunedì di marzo",
		"15 числа", "Угоду підпишуть у серпні.", "lo scorso fine settimana", "15.02", "friday after next",
		"the last day of February 2023", "Великдень",
	} {
		f.Add(s, "2024-03-13")
	}
	x := dates.New()
	f.Fuzz(func(t *testing.T, text, ref string) {
		for _, lang := range []string{"en", "it", "uk", "und"} {
			d := token.New(text, lang, ref)
			var e corpus.Entities
			x.Extract(d, &e)
			checkEntities(t, text, e)
			if v, ok := x.Dateline(d); ok && !valueRE.MatchString(v) {
				t.Errorf("Dateline value %q", v)
			}
		}
	})
}
