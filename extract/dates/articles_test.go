package dates_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"kronika/corpus"
	"kronika/extract/dates"
	"kronika/extract/token"
)

var update = flag.Bool("update", false, "rewrite the golden mention files in testdata/articles")

// TestArticles runs whole article-style texts (written for these tests)
// the way the pipeline does: the dateline gives the anchor when there is
// no other, then every date is extracted. The expected values are worked
// out by hand; the golden files keep the mentions.
func TestArticles(t *testing.T) {
	cases := []struct {
		file     string
		dateline string // expected dateline, "" for none
		want     []string
	}{
		{"en-defence-aid", "2024-03-13", []string{
			"2024-03-13", "2024-03-12", "2024-02-15", "2024-02-16", "2024-04", "2024", "2023-06",
			"2023", "2027", "2024-01-02", "2022", "2024-01", "2024-03-15"}},
		{"en-us-briefing", "2024-03-05", []string{
			"2024-03-05", "2024-03-04", "2023-12", "2024-04-15", "2024-03-12", "2025",
			"2024-02-28", "2023-12-27", "2022-02-24", "2023", "2024"}},
		{"en-noisy-page", "", []string{"2025", "2027", "2023", "2024"}},
		{"it-coalizione", "2024-04-03", []string{
			"2024-04-03", "2024-04-02", "2024", "2024-03-19", "2025", "2023", "2024-03-08",
			"2024-02-15", "2024-02-16", "2024-06", "2024-07-11", "2024-07-12", "2024-04-01", "2022",
			"2023-12", "2026"}},
		{"it-cronaca", "2024-01-10", []string{
			"2024-01-10", "2024-02", "2024-01-09", "2024-02-14", "2023-12-12", "2023", "2024",
			"2023-11", "2026", "2022", "2023-02-24"}},
		{"uk-koalitsiia", "2023-09-19", []string{
			"2023-09-19", "2024", "2023-06-15", "2023-10", "2023-02", "2023", "2027", "2022",
			"2023-09-18", "2023-10-05", "2023-10-06"}},
		{"uk-novyny", "2024-03-04", []string{
			"2024-03-04", "2024-03-03", "2024-02-14", "2024", "2024-04", "2023",
			"2024-02-29", "2022-02-24"}},
		// Written after the tense rules were reworked: the clause of the
		// date decides, Ukrainian perfective verbs speak of the future.
		{"en-weekly-briefing", "2024-07-09", []string{
			"2024-07-09", "2024-07-11", "2024-07-10", "2024-04", "2024-07-08", "2025-01-31",
			"2025", "2023", "2024", "2024-07-06", "2024-06", "2024-05"}},
		{"it-settimana", "2024-07-09", []string{
			"2024-07-09", "2024-07-11", "2024-07-08", "2024-05", "2024-08-01", "2024-06-15", "2024",
			"2024-03-31", "2024-07-26", "2025", "2024-08-18"}},
		{"uk-tyzhden", "2024-07-09", []string{
			"2024-07-09", "2024-07-11", "2024-06", "2024-05", "2024-08-01", "2024-07-10", "2024-07-13",
			"2024-05-05", "2024-06-15", "2024-12-31", "2024", "2025"}},
	}
	x := extractor()
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "articles", c.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			text, lang := string(raw), c.file[:2]
			pub, ok := x.Dateline(token.New(text, lang, ""))
			if pub != c.dateline || ok != (c.dateline != "") {
				t.Errorf("dateline %q, %v; want %q", pub, ok, c.dateline)
			}
			var e corpus.Entities
			x.Extract(token.New(text, lang, pub), &e)
			checkEntities(t, text, e)
			if got := values(e); !slices.Equal(got, c.want) {
				t.Errorf("values\n  got  %q\n  want %q", got, c.want)
			}
			golden := filepath.Join("testdata", "articles", c.file+".golden.json")
			got, err := json.MarshalIndent(e.Dates, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("mentions differ from %s (run with -update after checking):\n%s", golden, got)
			}
		})
	}
}

// TestUnvaluedPeriodsNotReported: the annotation guideline has no value for
// a week, or for a season or quarter whose year the text does not write, so
// Extract reads them (their words are no other date) without reporting
// them; a written year is still reported, and so is the month of a week
// named by its place in that month.
func TestUnvaluedPeriodsNotReported(t *testing.T) {
	x := dates.New()
	cases := []struct {
		lang, ref, text string
		want            []string
	}{
		{"en", "2024-07-09", "Sales fell last week and will recover next week.", nil},
		{"en", "2024-07-09", "Growth slowed in the second quarter and last winter.", nil},
		{"en", "2024-07-09", "Growth slowed in the second quarter of 2023.", []string{"2023"}},
		{"it", "2024-07-09", "Le consegne arriveranno questo autunno, dopo il 3 settembre.", []string{"2024-09-03"}},
		{"uk", "2023-11-29", "Минулої зими Росія атакувала енергетику.", nil},
		{"uk", "2024-09-13", "Дозволи видадуть восени 2024 року.", []string{"2024"}},
		// a count of weeks is a week's worth of precision, a count of days a day
		{"en", "2024-07-09", "The envoy landed three weeks ago and will fly home in two weeks.", nil},
		{"en", "2024-07-09", "The envoy landed three days ago.", []string{"2024-07-06"}},
		{"it", "2024-07-09", "Il cantiere ha chiuso sei settimane fa.", nil},
		{"it", "2024-07-09", "I sindaci si rivedranno fra quattro settimane.", nil},
		{"uk", "2024-07-09", "Ще тиждень тому ніхто не чекав на угоду.", nil},
		// a count ahead is a wait from now, a span, not a date; a count
		// back points at one
		{"uk", "2024-07-09", "Комісія оприлюднить висновки через три тижні, а не через п'ять днів.", nil},
		{"en", "2024-07-09", "The regulator will publish its ruling in 30 days.", nil},
		{"en", "2024-07-09", "The lease will run out in a year, the landlord says.", nil},
		{"it", "2024-07-09", "Se tra sei mesi i cantieri saranno ancora fermi, la giunta cadrà.", nil},
		{"it", "2024-07-09", "Il porto riaprirà fra dieci giorni.", nil},
		{"uk", "2024-07-09", "Нові правила набудуть чинності через шість місяців.", nil},
		{"en", "2024-07-09", "The mill shut ten years ago.", []string{"2014"}},
		{"it", "2024-07-09", "Due mesi fa il porto era chiuso.", []string{"2024-05"}},
		{"uk", "2024-07-09", "Ще п'ять днів тому міст стояв цілим.", []string{"2024-07-04"}},
		// a week named by its place in a month dates that month, which
		// has a value, where the week has none
		{"en", "2024-07-09", "Orders piled up in the third week of March, then dried up.", []string{"2024-03"}},
		{"en", "2024-07-09", "The ferry service will restart in the last week of September.", []string{"2024-09"}},
		{"en", "2024-07-09", "Shops shut during the first week of January 2023.", []string{"2023-01"}},
		{"it", "2024-07-09", "Le vendite sono crollate nella seconda settimana di aprile.", []string{"2024-04"}},
		{"uk", "2024-07-09", "Роботи завершать в останній тиждень серпня.", []string{"2024-08"}},
	}
	for _, c := range cases {
		var e corpus.Entities
		x.Extract(token.New(c.text, c.lang, c.ref), &e)
		var got []string
		for _, d := range e.Dates {
			got = append(got, d.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
		if c.want == nil && len(x.Parse(c.text, c.lang, c.ref)) == 0 {
			t.Errorf("%q: Parse should still read the period", c.text)
		}
	}
}
