package money

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// articleCases are news-style texts written for these tests, with the set
// of amounts a reader would list. The golden files keep the full output
// (mentions, offsets, qualifiers) so that any change in it shows in review.
var articleCases = []struct {
	name, lang string
	want       []string
}{
	{"en_aid", "en", []string{
		"2400000000 EUR", "91000000 DKK", "12200000 EUR", "500000000 DKK", "7100000000 SEK",
		"2500000000 NOK", "61000000000 USD", "250000000 USD", "300000000 USD", "400000000 USD",
		"245000000 GBP", "125000000 GBP", "2500000000 GBP", "60000000 CAD", "50000000 AUD",
		"5000000000 JPY", "1400000000000 UAH", "20000 UAH", "38.2 UAH", "1.0745 USD", "155000000000 USD", "486000000000 USD",
		"50000000000 EUR", "4500000000 EUR", "3000000000 EUR", "210000000000 EUR", "5000000000 EUR",
		"100000000 EUR", "200000000 EUR", "40000000 EUR", "1200000 USD", "500000 EUR", "20.5 USD", "5 USD",
	}},
	{"it_aid", "it", []string{
		"30000000 EUR", "15000000 EUR", "10000000 EUR", "2000000000 EUR", "3000000000 EUR",
		"1500000000 EUR", "500000 EUR", "2300000 EUR", "29100000000 EUR", "200000000 DKK", "27000000 EUR",
		"100000000 SEK", "60000000000 USD", "300000000 USD", "50000000 GBP", "486000000000 USD",
		"20000 UAH", "3500 EUR", "1.0912 USD", "4000000000 EUR", "5000000000 EUR", "200000000000 EUR", "1200000 EUR",
		"1.2 EUR", "3.5 EUR", "2.5 EUR", "150000 EUR", "10000 EUR",
	}},
	{"uk_aid", "uk", []string{
		"30000000 EUR", "15000000 EUR", "10000000 EUR", "91000000 DKK", "2000000000 EUR", "3000000000 EUR",
		"1500000000 UAH", "250000 UAH", "60000000000 USD", "2500000000 GBP", "100000000 PLN",
		"300000000 SEK", "5000000000 JPY", "20000 UAH", "100000 UAH", "41.2 UAH", "1 EUR", "44.5 UAH", "41.25 UAH", "500000000000 USD", "2000000000 USD",
		"1500000000 USD", "500000 UAH", "2000 EUR", "60 UAH", "8 UAH",
	}},
}

func TestArticles(t *testing.T) {
	x := New()
	for _, c := range articleCases {
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			var e corpus.Entities
			x.Extract(token.New(text, c.lang, ""), &e)
			flatten(t, text, e.Money) // checks offsets and duplicates

			var have []string
			for _, m := range e.Money {
				have = append(have, strconv.FormatFloat(m.Amount, 'f', -1, 64)+" "+m.Currency)
			}
			if !slices.Equal(have, c.want) {
				t.Errorf("amounts\n   got: %q\n  want: %q", have, c.want)
			}

			got, err := json.MarshalIndent(e.Money, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", c.name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("output differs from %s; rerun with -update and review the diff", golden)
			}
		})
	}
}
