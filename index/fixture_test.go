package index

import (
	"context"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"kronika/corpus"
)

// fakeResolver stands in for the extractors' lookups: a few names of
// nations and ministers in three languages and two scripts.
type fakeResolver struct{}

func (fakeResolver) Nations(term string) []string {
	switch strings.ToLower(term) {
	case "lussemburgo", "luxembourg", "люксембург", "люксембургу":
		return []string{"LU"}
	case "estonia", "естонія", "естонії":
		return []string{"EE"}
	case "ukraine", "ucraina", "україна", "україни":
		return []string{"UA"}
	case "danimarca", "denmark", "данія":
		return []string{"DK"}
	}
	return nil
}

func (fakeResolver) Ministers(term string) []string {
	switch strings.ToLower(term) {
	case "umerov", "umarov", "умєров", "умєрова", "rustem umerov":
		return []string{"Rustem Umerov"}
	case "pevkur", "певкур", "hanno pevkur":
		return []string{"Hanno Pevkur"}
	}
	return nil
}

func mention(text string) []corpus.Mention { return []corpus.Mention{{Text: text}} }

// fixture is a small multilingual corpus written for these tests.
func fixture() []corpus.Record {
	return []corpus.Record{
		{
			ID: "it-lu", Lang: "it", Source: "ministero", Site: "difesa.example.it", URL: "https://difesa.example.it/lu",
			Published: "2024-03-06",
			Title:     "Il Lussemburgo entra nella coalizione per l'Ucraina",
			Text:      "Il Lussemburgo ha annunciato un contributo di 10 milioni di euro alla coalizione informatica a sostegno dell'Ucraina. La ministra Yuriko Backes ha firmato l'adesione a febbraio.",
			Entities: corpus.Entities{
				Nations: []corpus.Nation{
					{Code: "LU", Name: "Luxembourg", Mentions: mention("Lussemburgo")},
					{Code: "UA", Name: "Ukraine", Mentions: mention("Ucraina")},
				},
				Ministers: []corpus.Minister{{Name: "Yuriko Backes", Nation: "LU", Role: corpus.RoleMinister, Mentions: mention("Yuriko Backes")}},
				Dates:     []corpus.Date{{Value: "2024-02", Mentions: mention("febbraio")}},
				Money:     []corpus.Money{{Amount: 10e6, Currency: "EUR", Mentions: mention("10 milioni di euro")}},
			},
		},
		{
			ID: "uk-ee", Lang: "uk", Source: "mil.example.ua", URL: "https://mil.example.ua/ee",
			Published: "2024-03-15T10:30:00+02:00",
			Title:     "Міністр оборони України Рустем Умєров зустрівся з естонським колегою",
			Text:      "Рустем Умєров і Ганно Певкур обговорили постачання зброї. Естонія виділить Україні ще 30 мільйонів євро до кінця 2024 року.",
			Entities: corpus.Entities{
				Nations: []corpus.Nation{
					{Code: "UA", Name: "Ukraine", Mentions: []corpus.Mention{{Text: "України"}, {Text: "Україні"}}},
					{Code: "EE", Name: "Estonia", Mentions: []corpus.Mention{{Text: "естонським"}, {Text: "Естонія"}}},
				},
				Ministers: []corpus.Minister{
					{Name: "Rustem Umerov", Aliases: []string{"Умєров"}, Nation: "UA", Role: corpus.RoleMinister, Mentions: []corpus.Mention{{Text: "Рустем Умєров"}, {Text: "Рустем Умєров"}}},
					{Name: "Hanno Pevkur", Nation: "EE", Role: corpus.RoleMinister, Mentions: mention("Ганно Певкур")},
				},
				Dates: []corpus.Date{{Value: "2024", Mentions: mention("2024 року")}},
				Money: []corpus.Money{{Amount: 30e6, Currency: "EUR", Mentions: mention("30 мільйонів євро")}},
			},
		},
		{
			ID: "en-ee", Lang: "en", Source: "newswire", URL: "https://news.example.com/ee",
			Published: "2024-01-20",
			Title:     "Estonia and Ukraine sign a defence agreement",
			Text:      "Estonian Defence Minister Hanno Pevkur and his Ukrainian counterpart Rustem Umarov signed the agreement in Tallinn. The package is worth 1.5 billion euros over four years.",
			Entities: corpus.Entities{
				Nations: []corpus.Nation{
					{Code: "EE", Name: "Estonia", Mentions: []corpus.Mention{{Text: "Estonia"}, {Text: "Estonian"}}},
					{Code: "UA", Name: "Ukraine", Mentions: []corpus.Mention{{Text: "Ukraine"}, {Text: "Ukrainian"}}},
				},
				Ministers: []corpus.Minister{
					{Name: "Hanno Pevkur", Nation: "EE", Role: corpus.RoleMinister, Mentions: mention("Hanno Pevkur")},
					{Name: "Rustem Umerov", Aliases: []string{"Umarov"}, Nation: "UA", Role: corpus.RoleMinister, Mentions: mention("Rustem Umarov")},
				},
				Dates: []corpus.Date{{Value: "2024-01-20", Mentions: mention("today")}},
				Money: []corpus.Money{{Amount: 1.5e9, Currency: "EUR", Mentions: mention("1.5 billion euros")}},
			},
		},
		{
			ID: "uk-dk", Lang: "uk", Source: "mil.example.ua",
			Published: "2023-11-02",
			Title:     "Угода між Україною та Данією",
			Text:      "Данія профінансує виробництво дронів в Україні на 91 мільйон данських крон. Договір набуде чинності 2 листопада.",
			Entities: corpus.Entities{
				Nations: []corpus.Nation{
					{Code: "UA", Name: "Ukraine", Mentions: []corpus.Mention{{Text: "Україною"}, {Text: "Україні"}}},
					{Code: "DK", Name: "Denmark", Mentions: []corpus.Mention{{Text: "Данією"}, {Text: "Данія"}}},
				},
				Dates: []corpus.Date{{Value: "2023-11-02", Mentions: mention("2 листопада")}},
				Money: []corpus.Money{{Amount: 91e6, Currency: "DKK", Mentions: mention("91 мільйон данських крон")}},
			},
		},
		{
			ID: "it-dk", Lang: "it", Source: "ministero", Site: "difesa.example.it",
			Published: "2023-12-10",
			Title:     "La Danimarca finanzia i droni ucraini",
			Text:      "Copenaghen stanzia 5 milioni di euro per i droni destinati a Kyiv.",
			Entities: corpus.Entities{
				Nations: []corpus.Nation{
					{Code: "DK", Name: "Denmark", Mentions: mention("Danimarca")},
					{Code: "UA", Name: "Ukraine", Mentions: mention("ucraini")},
				},
				Money: []corpus.Money{{Amount: 5e6, Currency: "EUR", Mentions: mention("5 milioni di euro")}},
			},
		},
		{
			ID: "en-undated", Lang: "en", Source: "newswire",
			Title: "Coalition members meet in Brussels <again>",
			Text:  "Members of the coalition met in Brussels to discuss support for Ukraine & its drone <b>programme</b> in May.",
			Entities: corpus.Entities{
				Nations: []corpus.Nation{{Code: "UA", Name: "Ukraine", Mentions: mention("Ukraine")}},
				Dates:   []corpus.Date{{Value: "XXXX-05", Mentions: mention("May")}},
			},
		},
		{
			ID: "und-1", Lang: "und", Source: "misc",
			Published: "2024-02-29",
			Title:     "Kronika Testseite",
			Text:      "Ein kurzer Text ohne Bezug.",
		},
		{ID: "failed", Lang: "en", Title: "Fetch failed", Error: "http 500"},
		{ID: "dupe", Lang: "en", Title: "Estonia and Ukraine sign a defence agreement", DuplicateOf: "en-ee"},
	}
}

// indexed is the number of fixture records Put indexes.
const indexed = 7

func newFixture(t testing.TB, res Resolver) *Index {
	t.Helper()
	ix, err := OpenMem(Options{Resolver: res})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	if err := ix.Put(context.Background(), fixture()); err != nil {
		t.Fatal(err)
	}
	return ix
}

func ids(r *Result) []string {
	out := make([]string, len(r.Hits))
	for i, h := range r.Hits {
		out[i] = h.ID
	}
	return out
}

// compiledQuery is the bleve query Search runs for q, and its score mode.
func compiledQuery(t testing.TB, ix *Index, q Query) (query.Query, string) {
	t.Helper()
	text, fs := compiledParts(t, ix, q)
	return combine(text, fs), scoreMode(text)
}

func compiledParts(t testing.TB, ix *Index, q Query) (query.Query, []query.Query) {
	t.Helper()
	c, err := ix.compileText(q.Q)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := ix.compileFilters(&q, c.query != nil)
	if err != nil {
		t.Fatal(err)
	}
	return c.query, fs
}

// plainQuery is q as bleve's own queries say it: the text and the
// filters in one scored conjunction.
func plainQuery(t testing.TB, ix *Index, q Query) query.Query {
	t.Helper()
	text, fs := compiledParts(t, ix, q)
	if text != nil {
		fs = append([]query.Query{text}, fs...)
	}
	switch len(fs) {
	case 0:
		return query.NewMatchAllQuery()
	case 1:
		return fs[0]
	}
	return query.NewConjunctionQuery(fs)
}
