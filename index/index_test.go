package index

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"kronika/corpus"
)

func fp(v float64) *float64 { return &v }

func mustSearch(t *testing.T, ix *Index, q Query) *Result {
	t.Helper()
	r, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return r
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// Inflected Ukrainian forms find each other through the uk analyzer; no
// resolver, so only text can match.
func TestUkrainianStemming(t *testing.T) {
	ix := newFixture(t, nil)
	cases := []struct {
		q    string
		want []string
	}{
		{"оборона", []string{"uk-ee"}},              // text has "оборони"
		{"Україна", []string{"uk-dk", "uk-ee"}},     // "України", "Україною", "Україні"
		{"естонський", []string{"uk-ee"}},           // "естонським"
		{"Умєрова", []string{"uk-ee"}},              // "Умєров"
		{"\"міністра оборони\"", []string{"uk-ee"}}, // phrase over inflected forms
		{"Данія", []string{"uk-dk"}},                // "Данією", "Данія"
		{"зброєю", []string{"uk-ee"}},               // "зброї"
		{"мільйонами", []string{"uk-dk", "uk-ee"}},  // "мільйонів", "мільйон"
		{"Ucraina", []string{"it-dk", "it-lu"}},     // Italian elision "dell'Ucraina", stem of "ucraini"
		{"agreements", []string{"en-ee"}},           // English stemming
		{"Testseite", []string{"und-1"}},            // undetermined language: plain analysis
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			r := mustSearch(t, ix, Query{Q: c.q})
			if got := sorted(ids(r)); !slices.Equal(got, c.want) {
				t.Errorf("q=%s: got %v, want %v", c.q, got, c.want)
			}
		})
	}
}

func TestCrossLingualEntitySearch(t *testing.T) {
	ix := newFixture(t, fakeResolver{})
	cases := []struct {
		q       string
		want    []string
		matched map[string][]string
	}{
		{"Люксембург", []string{"it-lu"}, map[string][]string{"it-lu": {"nation:LU"}}},
		{"Lussemburgo", []string{"it-lu"}, map[string][]string{"it-lu": {"nation:LU", "text"}}},
		{"Umarov", []string{"en-ee", "uk-ee"}, map[string][]string{
			"en-ee": {"minister:Rustem Umerov", "text"}, "uk-ee": {"minister:Rustem Umerov"}}},
		{"Умєров", []string{"en-ee", "uk-ee"}, map[string][]string{
			"en-ee": {"minister:Rustem Umerov"}, "uk-ee": {"minister:Rustem Umerov", "text"}}},
		{"Estonia", []string{"en-ee", "uk-ee"}, nil},
		{"+Danimarca +droni", []string{"it-dk"}, nil}, // conjunction of an entity term and a word
		{"Estonia -Umarov", nil, nil},                 // a negated entity excludes its documents too
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			r := mustSearch(t, ix, Query{Q: c.q})
			if got := sorted(ids(r)); !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
				t.Fatalf("q=%s: got %v, want %v", c.q, got, c.want)
			}
			for _, h := range r.Hits {
				if want, ok := c.matched[h.ID]; ok && !slices.Equal(sorted(h.Matched), sorted(want)) {
					t.Errorf("q=%s %s: matched %v, want %v", c.q, h.ID, h.Matched, want)
				}
				if h.Score <= 0 {
					t.Errorf("q=%s %s: score %v", c.q, h.ID, h.Score)
				}
			}
		})
	}
}

func TestFilters(t *testing.T) {
	ix := newFixture(t, fakeResolver{})
	cases := []struct {
		name string
		q    Query
		want []string
	}{
		{"nation code", Query{Nations: []string{"EE"}}, []string{"en-ee", "uk-ee"}},
		{"nation lower-case code", Query{Nations: []string{"lu"}}, []string{"it-lu"}},
		{"nation by name in Ukrainian", Query{Nations: []string{"Данія"}}, []string{"it-dk", "uk-dk"}},
		{"all nations must match", Query{Nations: []string{"UA", "DK"}}, []string{"it-dk", "uk-dk"}},
		{"nations without a common document", Query{Nations: []string{"LU", "DK"}}, nil},
		{"minister canonical", Query{Ministers: []string{"Hanno Pevkur"}}, []string{"en-ee", "uk-ee"}},
		{"minister by Cyrillic spelling", Query{Ministers: []string{"Умєров"}}, []string{"en-ee", "uk-ee"}},
		{"lang any of", Query{Langs: []string{"it", "und"}}, []string{"it-dk", "it-lu", "und-1"}},
		{"source or site", Query{Sources: []string{"difesa.example.it", "newswire"}}, []string{"en-ee", "en-undated", "it-dk", "it-lu"}},
		{"published from", Query{From: "2024-03-01"}, []string{"it-lu", "uk-ee"}},
		{"published month bounds", Query{From: "2023-12", To: "2024-01"}, []string{"en-ee", "it-dk"}},
		{"published to year", Query{To: "2023"}, []string{"it-dk", "uk-dk"}},
		{"mentioned dates", Query{DateFrom: "2024-01-01", DateTo: "2024-02-29"}, []string{"en-ee", "it-lu", "uk-ee"}},
		{"mentioned date of a month", Query{DateFrom: "2024-02", DateTo: "2024-02"}, []string{"it-lu"}},
		{"min eur", Query{MinEUR: fp(20e6)}, []string{"en-ee", "uk-ee"}},
		{"eur range", Query{MinEUR: fp(5e6), MaxEUR: fp(10e6)}, []string{"it-dk", "it-lu"}},
		{"kroner are not euros", Query{MinEUR: fp(90e6), MaxEUR: fp(100e6)}, nil},
		{"text and filter", Query{Q: "Estonia", Langs: []string{"uk"}}, []string{"uk-ee"}},
		{"text and filters", Query{Q: "droni OR Данія", Nations: []string{"DK"}, From: "2023-12-01"}, []string{"it-dk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := mustSearch(t, ix, c.q)
			got := sorted(ids(r))
			if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
				t.Errorf("got %v, want %v", got, c.want)
			}
			if int(r.Total) != len(c.want) {
				t.Errorf("total %d, want %d", r.Total, len(c.want))
			}
		})
	}
}

func TestFiltersDoNotChangeRanking(t *testing.T) {
	ix := newFixture(t, fakeResolver{})
	plain := mustSearch(t, ix, Query{Q: "Estonia"})
	filtered := mustSearch(t, ix, Query{Q: "Estonia", Nations: []string{"EE"}, Langs: []string{"en", "uk"}})
	if len(plain.Hits) != len(filtered.Hits) {
		t.Fatalf("hits %d vs %d", len(plain.Hits), len(filtered.Hits))
	}
	for i := range plain.Hits {
		if plain.Hits[i].ID != filtered.Hits[i].ID || plain.Hits[i].Score != filtered.Hits[i].Score {
			t.Errorf("hit %d: %s %v vs %s %v", i, plain.Hits[i].ID, plain.Hits[i].Score, filtered.Hits[i].ID, filtered.Hits[i].Score)
		}
	}
}

func TestFacets(t *testing.T) {
	ix := newFixture(t, nil)
	r := mustSearch(t, ix, Query{})
	if r.Total != indexed {
		t.Fatalf("total %d, want %d", r.Total, indexed)
	}
	want := Facets{
		Nations:   []TermCount{{"UA", 6}, {"DK", 2}, {"EE", 2}, {"LU", 1}},
		Ministers: []TermCount{{"Hanno Pevkur", 2}, {"Rustem Umerov", 2}, {"Yuriko Backes", 1}},
		Lang:      []TermCount{{"en", 2}, {"it", 2}, {"uk", 2}, {"und", 1}},
		Source:    []TermCount{{"difesa.example.it", 2}, {"mil.example.ua", 2}, {"newswire", 2}, {"misc", 1}},
		Timeline:  []MonthCount{{"2023-11", 1}, {"2023-12", 1}, {"2024-01", 1}, {"2024-02", 1}, {"2024-03", 2}},
	}
	if !reflect.DeepEqual(r.Facets, want) {
		t.Errorf("facets\n got %+v\nwant %+v", r.Facets, want)
	}
	// facets follow the matches
	r = mustSearch(t, ix, Query{Nations: []string{"DK"}})
	if want := []TermCount{{"DK", 2}, {"UA", 2}}; !reflect.DeepEqual(r.Facets.Nations, want) {
		t.Errorf("DK nations facet %v, want %v", r.Facets.Nations, want)
	}
	if want := []MonthCount{{"2023-11", 1}, {"2023-12", 1}}; !reflect.DeepEqual(r.Facets.Timeline, want) {
		t.Errorf("DK timeline %v, want %v", r.Facets.Timeline, want)
	}
	r = mustSearch(t, ix, Query{NoFacets: true})
	if len(r.Facets.Nations) != 0 || r.Facets.Timeline == nil {
		t.Errorf("NoFacets gave %+v", r.Facets)
	}
}

func TestTimelineFillsGaps(t *testing.T) {
	got := timeline([]TermCount{{"2024-03", 2}, {"2023-12", 1}, {"junk", 9}})
	want := []MonthCount{{"2023-12", 1}, {"2024-01", 0}, {"2024-02", 0}, {"2024-03", 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := timeline([]TermCount{{"1900-01", 1}, {"2024-01", 1}}); len(got) != 2 {
		t.Errorf("a century-wide span is not filled: got %d bars", len(got))
	}
}

func TestSortByDate(t *testing.T) {
	ix := newFixture(t, nil)
	cases := []struct {
		sort string
		want []string
	}{
		{SortDate, []string{"uk-ee", "it-lu", "und-1", "en-ee", "it-dk", "uk-dk", "en-undated"}},
		{SortDateAsc, []string{"uk-dk", "it-dk", "en-ee", "und-1", "it-lu", "uk-ee", "en-undated"}},
	}
	for _, c := range cases {
		r := mustSearch(t, ix, Query{Sort: c.sort})
		if got := ids(r); !slices.Equal(got, c.want) {
			t.Errorf("sort=%s: got %v, want %v", c.sort, got, c.want)
		}
	}
}

// Paging with search_after visits every hit exactly once, in every sort,
// even when scores and dates tie.
func TestSearchAfterVisitsEveryHitOnce(t *testing.T) {
	ix := newFixture(t, fakeResolver{})
	for _, q := range []Query{
		{Sort: SortRelevance}, {Sort: SortDate}, {Sort: SortDateAsc},
		{Q: "Ukraine OR Україна OR Ucraina OR coalizione", Sort: SortRelevance},
		{Nations: []string{"UA"}, Sort: SortDate},
	} {
		for _, size := range []int{1, 2, 3} {
			full := mustSearch(t, ix, Query{Q: q.Q, Nations: q.Nations, Sort: q.Sort, Size: MaxSize})
			seen := map[string]int{}
			var order []string
			page := q
			page.Size, page.NoFacets = size, true
			for pages := 0; ; pages++ {
				if pages > 20 {
					t.Fatal("paging does not end")
				}
				r := mustSearch(t, ix, page)
				for _, h := range r.Hits {
					seen[h.ID]++
					order = append(order, h.ID)
				}
				if r.Next == "" {
					break
				}
				if len(r.Hits) != size {
					t.Errorf("%+v: a page of %d hits has a next token", q, len(r.Hits))
				}
				page.After = r.Next
			}
			for id, n := range seen {
				if n != 1 {
					t.Errorf("%+v size %d: %s seen %d times", q, size, id, n)
				}
			}
			if !slices.Equal(order, ids(full)) {
				t.Errorf("%+v size %d: paged order %v, one page %v", q, size, order, ids(full))
			}
		}
	}
}

func TestHighlights(t *testing.T) {
	ix := newFixture(t, fakeResolver{})
	r := mustSearch(t, ix, Query{Q: "Lussemburgo"})
	if len(r.Hits) != 1 {
		t.Fatalf("hits %v", ids(r))
	}
	h := r.Hits[0]
	if len(h.Highlights["title"]) == 0 || !strings.Contains(h.Highlights["title"][0], "<mark>Lussemburgo</mark>") {
		t.Errorf("title highlights %q", h.Highlights["title"])
	}
	if len(h.Highlights["body"]) == 0 || !strings.Contains(h.Highlights["body"][0], "<mark>Lussemburgo</mark>") {
		t.Errorf("body highlights %q", h.Highlights["body"])
	}
	// the rest of the text is escaped
	r = mustSearch(t, ix, Query{Q: "programme"})
	if len(r.Hits) != 1 {
		t.Fatalf("hits %v", ids(r))
	}
	body := strings.Join(r.Hits[0].Highlights["body"], "")
	if !strings.Contains(body, "&lt;b&gt;<mark>programme</mark>&lt;/b&gt;") || !strings.Contains(body, "&amp;") {
		t.Errorf("body highlight not escaped: %q", body)
	}
	if _, ok := r.Hits[0].Highlights["title"]; ok {
		t.Errorf("title without a match is highlighted: %q", r.Hits[0].Highlights["title"])
	}
}

func TestHostileQueriesRefused(t *testing.T) {
	ix := newFixture(t, nil)
	many := strings.Repeat("word ", MaxClauses+1)
	cases := []struct {
		name  string
		q     Query
		param string
	}{
		{"bare star", Query{Q: "*"}, "q"},
		{"stars", Query{Q: " * * "}, "q"},
		{"match-all regexp", Query{Q: "/.*/"}, "q"},
		{"regexp without literal prefix", Query{Q: "/[a-z]+ine/"}, "q"},
		{"leading wildcard", Query{Q: "*raine"}, "q"},
		{"one-letter wildcard", Query{Q: "u*"}, "q"},
		{"fuzzy short term", Query{Q: "ab~1"}, "q"},
		{"fuzzy too fuzzy", Query{Q: "ukraine~3"}, "q"},
		{"too many clauses", Query{Q: many}, "q"},
		{"unknown field", Query{Q: "colour:red"}, "q"},
		{"syntax", Query{Q: "title:\"open"}, "q"},
		{"huge q", Query{Q: strings.Repeat("a", MaxQueryBytes+1)}, "q"},
		{"huge size", Query{Size: 10000}, "size"},
		{"negative size", Query{Size: -1}, "size"},
		{"bad sort", Query{Sort: "random"}, "sort"},
		{"bad token", Query{After: "%%%"}, "search_after"},
		{"token of another sort", Query{Sort: SortDate, After: encodeToken(pageToken{Sort: SortRelevance, Keys: []string{"1", "x"}})}, "search_after"},
		{"unknown nation", Query{Nations: []string{"Atlantis"}}, "nation"},
		{"bad from", Query{From: "March"}, "from"},
		{"to before from", Query{From: "2024-02", To: "2024-01"}, "to"},
		{"bad date_to", Query{DateTo: "2024-13"}, "date_to"},
		{"negative eur", Query{MinEUR: fp(-1)}, "min_eur"},
		{"max below min", Query{MinEUR: fp(10), MaxEUR: fp(1)}, "max_eur"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ix.Search(context.Background(), c.q)
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("err = %v, want *QueryError", err)
			}
			if qe.Param != c.param {
				t.Errorf("param %q, want %q (%v)", qe.Param, c.param, qe)
			}
		})
	}
}

func TestCheapQueriesAllowed(t *testing.T) {
	ix := newFixture(t, nil)
	for _, q := range []string{"Ukr*", "ucrain?", "/ukrain.*/", "Estonia~1", "agreement~2", "title:Estonia", "body:drone", "nation:EE",
		"minister:\"Hanno Pevkur\"", "lang:uk", "eur:>20000000", "published:2024-03", "date:>=\"2024-01-01\"", "id:it-lu", "-Estonia", "source:newswire", "\"the\""} {
		if _, err := ix.Search(context.Background(), Query{Q: q}); err != nil {
			t.Errorf("q=%s: %v", q, err)
		}
	}
}

func TestFieldedQueries(t *testing.T) {
	ix := newFixture(t, nil)
	cases := []struct {
		q    string
		want []string
	}{
		{"title:Estonia", []string{"en-ee"}},
		{"body:drone", []string{"en-undated"}},
		{"nation:LU", []string{"it-lu"}},
		{"minister:\"Yuriko Backes\"", []string{"it-lu"}},
		{"eur:>=1000000000", []string{"en-ee"}},
		{"published:2024-03", []string{"it-lu", "uk-ee"}},
		{"date:2023-11-02", []string{"uk-dk"}},
		{"+lang:it +droni", []string{"it-dk"}},
		{"ucrain*", []string{"it-dk", "it-lu"}},
		{"agrement~1", []string{"en-ee"}},
	}
	for _, c := range cases {
		r := mustSearch(t, ix, Query{Q: c.q})
		if got := sorted(ids(r)); !slices.Equal(got, c.want) {
			t.Errorf("q=%s: got %v, want %v", c.q, got, c.want)
		}
	}
}

func TestPutIdempotentGetDelete(t *testing.T) {
	ctx := context.Background()
	ix := newFixture(t, nil)
	recs := fixture()
	if err := ix.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != indexed {
		t.Fatalf("count after second Put %d, want %d", n, indexed)
	}
	for _, id := range []string{"failed", "dupe"} {
		if _, err := ix.Get(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Get(%s) = %v, want ErrNotFound", id, err)
		}
	}
	got, err := ix.Get(ctx, "uk-ee")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, recs[1]) {
		t.Errorf("Get returned\n%+v\nwant\n%+v", *got, recs[1])
	}

	// same id overwrites
	changed := recs[1]
	changed.Title = "Оновлений заголовок"
	if err := ix.Put(ctx, []corpus.Record{changed}); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != indexed {
		t.Errorf("count after overwrite %d", n)
	}
	if r := mustSearch(t, ix, Query{Q: "заголовок"}); !slices.Equal(ids(r), []string{"uk-ee"}) {
		t.Errorf("new title not found: %v", ids(r))
	}
	if r := mustSearch(t, ix, Query{Q: "title:колегою"}); len(r.Hits) != 0 {
		t.Errorf("old title still found: %v", ids(r))
	}

	// a record that turns out to be a duplicate leaves the index
	dup := recs[0]
	dup.DuplicateOf = "elsewhere"
	if err := ix.Put(ctx, []corpus.Record{dup}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Delete(ctx, []string{"und-1", "no-such-id"}); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != indexed-2 {
		t.Errorf("count after delete %d, want %d", n, indexed-2)
	}
	if err := ix.Put(ctx, []corpus.Record{{Title: "no id"}}); err == nil {
		t.Error("a record without id was accepted")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := ix.Put(cctx, recs); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with a cancelled context: %v", err)
	}
}

func TestEntities(t *testing.T) {
	ix := newFixture(t, nil)
	nations, err := ix.Entities(context.Background(), KindNation)
	if err != nil {
		t.Fatal(err)
	}
	if len(nations) != 4 || nations[0].ID != "UA" || nations[0].Count != 6 {
		t.Fatalf("nations %+v", nations)
	}
	var ua []string
	for _, s := range nations[0].Spellings {
		ua = append(ua, s.Term)
	}
	if want := []string{"Україні", "Ucraina", "Ukraine", "Ukrainian", "ucraini", "України", "Україною"}; !slices.Equal(sorted(ua), sorted(want)) {
		t.Errorf("UA spellings %q, want %q", ua, want)
	}
	// "Ukraine" and "Україні" are in two documents each; ties go by spelling
	if nations[0].Spellings[0].Term != "Ukraine" || nations[0].Spellings[1].Term != "Україні" || nations[0].Spellings[1].Count != 2 {
		t.Errorf("most frequent UA spelling %+v", nations[0].Spellings[0])
	}
	ministers, err := ix.Entities(context.Background(), KindMinister)
	if err != nil {
		t.Fatal(err)
	}
	var umerov *EntityCount
	for i := range ministers {
		if ministers[i].ID == "Rustem Umerov" {
			umerov = &ministers[i]
		}
	}
	if umerov == nil || umerov.Count != 2 || len(umerov.Spellings) != 4 {
		t.Errorf("Rustem Umerov %+v", umerov)
	}
	if _, err := ix.Entities(context.Background(), "city"); err == nil {
		t.Error("unknown kind accepted")
	}
}

func TestOpenOnDisk(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(ctx, fixture()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(path, Options{Resolver: fakeResolver{}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != indexed {
		t.Errorf("count after reopen %d", n)
	}
	// the persisted mapping still knows the custom analyzers
	if r := mustSearch(t, ix, Query{Q: "оборона"}); !slices.Equal(ids(r), []string{"uk-ee"}) {
		t.Errorf("after reopen: %v", ids(r))
	}
}

func TestTermSearcherLimit(t *testing.T) {
	ix, err := OpenMem(Options{MaxTermSearchers: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Put(context.Background(), fixture()); err != nil {
		t.Fatal(err)
	}
	// one word searches eight text fields: eight term searchers
	_, err = ix.Search(context.Background(), Query{Q: "Estonia"})
	var qe *QueryError
	if !errors.As(err, &qe) || qe.Param != "q" {
		t.Fatalf("err = %v, want a *QueryError on q", err)
	}
	if _, err := ix.Search(context.Background(), Query{Nations: []string{"EE"}}); err != nil {
		t.Errorf("a one-term filter fails under the limit: %v", err)
	}
}

func TestCancelledSearch(t *testing.T) {
	ix := newFixture(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, Query{Q: "Estonia"}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestAliasOverBleveIndexes(t *testing.T) {
	a, b := newFixture(t, nil), newFixture(t, nil)
	alias := bleve.NewIndexAlias(a.Bleve(), b.Bleve())
	n, err := alias.DocCount()
	if err != nil {
		t.Fatal(err)
	}
	if n != 2*indexed {
		t.Errorf("alias count %d, want %d", n, 2*indexed)
	}
}

// orderPage puts hits searched by score alone in sortOrder's order, and
// refuses them when documents tied with the page's last hit may be missing.
func TestOrderPage(t *testing.T) {
	hit := func(id, day string, score float64) *search.DocumentMatch {
		return &search.DocumentMatch{ID: id, Score: score, Fields: map[string]any{fieldDay: day}}
	}
	for _, tc := range []struct {
		name     string
		hits     []*search.DocumentMatch
		size     int
		complete bool
		after    *scoreKey
		ok       bool
		want     []string
	}{
		{"ties go newest first, undated last", []*search.DocumentMatch{
			hit("a", "2023-01-02", 2), hit("b", "", 1), hit("c", "2024-05-01", 1), hit("d", "2023-01-02", 1), hit("e", "2020-01-01", 0.5),
		}, 4, false, nil, true, []string{"a", "c", "d", "b", "e"}},
		{"same day: the larger id first", []*search.DocumentMatch{
			hit("x1", "2023-01-02", 1), hit("x2", "2023-01-02", 1),
		}, 10, true, nil, true, []string{"x2", "x1"}},
		{"a tie across the page's end, all fetched: the newest make the page", []*search.DocumentMatch{
			hit("a", "2023-01-02", 2), hit("b", "2021-01-01", 1), hit("c", "2024-01-01", 1), hit("d", "2022-01-01", 1), hit("e", "2025-01-01", 0.5),
		}, 2, false, nil, true, []string{"a", "c"}},
		{"the last match ties with the page's last", []*search.DocumentMatch{
			hit("a", "2023-01-02", 2), hit("b", "2021-01-01", 1), hit("c", "2024-01-01", 1),
		}, 1, true, nil, true, []string{"a", "c"}},
		{"the tie may go on past what was fetched", []*search.DocumentMatch{
			hit("a", "2023-01-02", 2), hit("b", "2021-01-01", 1), hit("c", "2024-01-01", 1),
		}, 2, false, nil, false, nil},
		{"no hits", nil, 10, true, nil, true, nil},
		{"after a tie: the ties shown before are dropped", []*search.DocumentMatch{
			hit("a", "2024-01-01", 1), hit("b", "2023-01-01", 1), hit("c", "2022-01-01", 1), hit("d", "2021-01-01", 0.5), hit("e", "2020-01-01", 0.2),
		}, 2, false, &scoreKey{1, newestKey("2023-01-01", "b")}, true, []string{"c", "d"}},
		{"after a tie, too few left to know the page", []*search.DocumentMatch{
			hit("a", "2024-01-01", 1), hit("b", "2023-01-01", 1), hit("c", "2022-01-01", 1),
		}, 2, false, &scoreKey{1, newestKey("2023-01-01", "b")}, false, nil},
		{"after a tie, the last of the matches", []*search.DocumentMatch{
			hit("a", "2024-01-01", 1), hit("b", "2023-01-01", 1), hit("c", "2022-01-01", 1),
		}, 2, true, &scoreKey{1, newestKey("2023-01-01", "b")}, true, []string{"c"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, ok := orderPage(tc.hits, tc.size, tc.complete, tc.after)
			if ok != tc.ok {
				t.Fatalf("orderPage = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
				if len(h.Sort) != 2 || h.Sort[1] != newestKey(h.Fields[fieldDay].(string), h.ID) {
					t.Errorf("%s: sort keys %q", h.ID, h.Sort)
				}
			}
			if len(got) > tc.size+1 {
				t.Errorf("%d hits kept, want at most size+1 = %d", len(got), tc.size+1)
			}
			if !slices.Equal(got[:min(len(got), tc.size)], tc.want[:min(len(tc.want), tc.size)]) {
				t.Errorf("order %v, want %v", got, tc.want)
			}
		})
	}
}
