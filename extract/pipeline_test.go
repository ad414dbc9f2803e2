package extract

import (
	"context"
	"slices"
	"strconv"
	"testing"

	"kronika/corpus"
)

// TestExtractorsShareSpans checks what one extractor leaves to another
// when both could read the same words: a number the money extractor reads
// as an amount is no year.
func TestExtractorsShareSpans(t *testing.T) {
	a := Default()
	cases := []struct {
		name, lang, text string
		dates, money     []string
	}{
		{"amount before a currency name", "uk",
			"Номер у готелі під час конференції коштував до 1500 манатів за ніч, а квиток — 300 гривень.",
			nil, []string{"1500 AZN", "300 UAH"}},
		{"a year beside an amount", "uk",
			"До 1500 року місто платило данину, а тепер квиток коштує 1500 манатів.",
			[]string{"1500"}, []string{"1500 AZN"}},
		{"a year after until", "en",
			"The hotel charged up to 1,500 manats a night, prices unseen since 2019.",
			[]string{"2019"}, []string{"1500 AZN"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := a.Analyze(context.Background(), corpus.Document{ID: "t", Lang: c.lang, Published: "2024-11-22", Text: c.text})
			var dates, money []string
			for _, d := range rec.Entities.Dates {
				dates = append(dates, d.Value)
			}
			for _, m := range rec.Entities.Money {
				money = append(money, strconv.FormatFloat(m.Amount, 'f', -1, 64)+" "+m.Currency)
			}
			if !slices.Equal(dates, c.dates) || !slices.Equal(money, c.money) {
				t.Errorf("%s\n got dates %v money %v\nwant dates %v money %v", c.text, dates, money, c.dates, c.money)
			}
		})
	}
}
