package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"html"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/index"
)

// fakeBackend is an in-memory Backend good enough to drive the API and the
// page: substring matching, the filters of index.Query, facets, a timeline,
// highlights and offset paging.
type fakeBackend struct {
	mu       sync.RWMutex
	recs     []corpus.Record
	traps    bool // enable the magic queries below
	countErr error
}

// Magic queries that make the fake misbehave, when traps is set.
const (
	trapInternal = "__boom__"  // an internal error carrying a file path
	trapSlow     = "__slow__"  // blocks until the context ends
	trapPanic    = "__panic__" // panics
)

// badQuery is the test stand-in for *index.QueryError.
type badQuery struct{ msg string }

func (e *badQuery) Error() string { return e.msg }

func isBadQuery(err error) bool {
	var bq *badQuery
	return errors.As(err, &bq)
}

func newFake() *fakeBackend { return &fakeBackend{recs: sampleRecords()} }

func (f *fakeBackend) Count() (uint64, error) {
	if f.countErr != nil {
		return 0, f.countErr
	}
	f.mu.RLock()
	defer f.mu.RUnlock()
	return uint64(len(f.recs)), nil
}

func (f *fakeBackend) Get(_ context.Context, id string) (*corpus.Record, error) {
	if f.traps && id == trapInternal {
		return nil, errors.New("open /var/lib/kronika/store.db: permission denied")
	}
	f.mu.RLock()
	defer f.mu.RUnlock()
	for i := range f.recs {
		if f.recs[i].ID == id {
			r := f.recs[i]
			return &r, nil
		}
	}
	return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
}

// fakeEntity is the JSON shape /api/entities lists.
type fakeEntity struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Count     int      `json:"count"`
	Spellings []string `json:"spellings"`
}

func (f *fakeBackend) Entities(_ context.Context, kind string) (any, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	byID := map[string]*fakeEntity{}
	var order []string
	add := func(id, name string, spellings []string) {
		e, ok := byID[id]
		if !ok {
			e = &fakeEntity{ID: id, Name: name}
			byID[id] = e
			order = append(order, id)
		}
		e.Count++
		for _, s := range spellings {
			if !slices.Contains(e.Spellings, s) {
				e.Spellings = append(e.Spellings, s)
			}
		}
	}
	for _, r := range f.recs {
		switch kind {
		case KindNation:
			for _, n := range r.Entities.Nations {
				var sp []string
				for _, m := range n.Mentions {
					sp = append(sp, m.Text)
				}
				add(n.Code, n.Name, sp)
			}
		case KindMinister:
			for _, m := range r.Entities.Ministers {
				add(m.Name, m.Name, append([]string{m.Name}, m.Aliases...))
			}
		}
	}
	out := make([]fakeEntity, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	slices.SortStableFunc(out, func(a, b fakeEntity) int { return b.Count - a.Count })
	return out, nil
}

// ingest is the IngestFunc of the fake: add or replace by id.
func (f *fakeBackend) ingest(_ context.Context, recs []corpus.Record) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, r := range recs {
		if i := slices.IndexFunc(f.recs, func(x corpus.Record) bool { return x.ID == r.ID }); i >= 0 {
			f.recs[i] = r
		} else {
			f.recs = append(f.recs, r)
		}
	}
	return len(recs), nil
}

func (f *fakeBackend) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	start := time.Now()
	if f.traps {
		switch q.Q {
		case trapInternal:
			return nil, errors.New("search /var/lib/kronika/index/store: input/output error")
		case trapSlow:
			<-ctx.Done()
			return nil, fmt.Errorf("search: %w", ctx.Err())
		case trapPanic:
			panic("fake backend panic at /work/main/index/server/fake_test.go")
		}
	}
	offset := 0
	if q.After != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(q.After, "o:"))
		if err != nil || !strings.HasPrefix(q.After, "o:") || n < 0 {
			return nil, &badQuery{"search_after token is not one this server issued"}
		}
		offset = n
	}
	terms := strings.Fields(strings.ToLower(q.Q))

	f.mu.RLock()
	defer f.mu.RUnlock()
	type match struct {
		rec   *corpus.Record
		score float64
	}
	var matches []match
	for i := range f.recs {
		r := &f.recs[i]
		score, ok := matchRecord(r, terms, q)
		if ok {
			matches = append(matches, match{r, score})
		}
	}
	switch q.Sort {
	case "date":
		slices.SortStableFunc(matches, func(a, b match) int { return cmp.Compare(b.rec.Published, a.rec.Published) })
	case "date_asc":
		slices.SortStableFunc(matches, func(a, b match) int { return cmp.Compare(a.rec.Published, b.rec.Published) })
	default:
		slices.SortStableFunc(matches, func(a, b match) int { return cmp.Compare(b.score, a.score) })
	}

	res := &index.Result{Total: uint64(len(matches)), Hits: []index.Hit{}}
	if !q.NoFacets {
		var recs []*corpus.Record
		for _, m := range matches {
			recs = append(recs, m.rec)
		}
		res.Facets = facetsOf(recs)
	}
	size := q.Size
	if size == 0 {
		size = index.DefaultSize
	}
	end := min(offset+size, len(matches))
	for _, m := range matches[min(offset, len(matches)):end] {
		res.Hits = append(res.Hits, hitOf(m.rec, m.score, terms))
	}
	if end < len(matches) {
		res.Next = "o:" + strconv.Itoa(end)
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

func matchRecord(r *corpus.Record, terms []string, q index.Query) (float64, bool) {
	hay := strings.ToLower(r.Title + "\n" + r.Text)
	score := 0.0
	for _, t := range terms {
		n := strings.Count(hay, t)
		if n == 0 {
			return 0, false
		}
		score += float64(n)
	}
	for _, want := range q.Nations {
		if !slices.ContainsFunc(r.Entities.Nations, func(n corpus.Nation) bool { return strings.EqualFold(n.Code, want) }) {
			return 0, false
		}
	}
	for _, want := range q.Ministers {
		if !slices.ContainsFunc(r.Entities.Ministers, func(m corpus.Minister) bool { return m.Name == want }) {
			return 0, false
		}
	}
	if len(q.Langs) > 0 && !slices.Contains(q.Langs, r.Lang) {
		return 0, false
	}
	if len(q.Sources) > 0 && !slices.Contains(q.Sources, r.Source) {
		return 0, false
	}
	if (q.From != "" && r.Published < q.From) || (q.To != "" && r.Published > q.To) {
		return 0, false
	}
	if q.DateFrom != "" || q.DateTo != "" {
		if !slices.ContainsFunc(r.Entities.Dates, func(d corpus.Date) bool {
			return (q.DateFrom == "" || d.Value >= q.DateFrom) && (q.DateTo == "" || d.Value <= q.DateTo)
		}) {
			return 0, false
		}
	}
	if q.MinEUR != nil || q.MaxEUR != nil {
		if !slices.ContainsFunc(r.Entities.Money, func(m corpus.Money) bool {
			return m.Currency == "EUR" && (q.MinEUR == nil || m.Amount >= *q.MinEUR) && (q.MaxEUR == nil || m.Amount <= *q.MaxEUR)
		}) {
			return 0, false
		}
	}
	return score + 1, true
}

func facetsOf(recs []*corpus.Record) index.Facets {
	count := func(keys func(*corpus.Record) []string) []index.TermCount {
		m := map[string]int{}
		for _, r := range recs {
			for _, k := range keys(r) {
				if k != "" {
					m[k]++
				}
			}
		}
		out := []index.TermCount{}
		for k, v := range m {
			out = append(out, index.TermCount{Term: k, Count: v})
		}
		slices.SortFunc(out, func(a, b index.TermCount) int {
			return cmp.Or(b.Count-a.Count, strings.Compare(a.Term, b.Term))
		})
		return out
	}
	f := index.Facets{
		Nations: count(func(r *corpus.Record) []string {
			var out []string
			for _, n := range r.Entities.Nations {
				out = append(out, n.Code)
			}
			return out
		}),
		Ministers: count(func(r *corpus.Record) []string {
			var out []string
			for _, m := range r.Entities.Ministers {
				out = append(out, m.Name)
			}
			return out
		}),
		Lang:   count(func(r *corpus.Record) []string { return []string{r.Lang} }),
		Source: count(func(r *corpus.Record) []string { return []string{r.Source} }),
	}
	months := map[string]int{}
	for _, r := range recs {
		if len(r.Published) >= 7 {
			months[r.Published[:7]]++
		}
	}
	f.Timeline = []index.MonthCount{}
	for k, v := range months {
		f.Timeline = append(f.Timeline, index.MonthCount{Month: k, Count: v})
	}
	slices.SortFunc(f.Timeline, func(a, b index.MonthCount) int { return strings.Compare(a.Month, b.Month) })
	return f
}

func hitOf(r *corpus.Record, score float64, terms []string) index.Hit {
	h := index.Hit{ID: r.ID, URL: r.URL, Title: r.Title, Published: r.Published, Lang: r.Lang,
		Source: r.Source, Score: score, Entities: index.HitEntities{Nations: []string{}, Ministers: []string{}}}
	for _, n := range r.Entities.Nations {
		h.Entities.Nations = append(h.Entities.Nations, n.Code)
	}
	for _, m := range r.Entities.Ministers {
		h.Entities.Ministers = append(h.Entities.Ministers, m.Name)
	}
	for _, d := range r.Entities.Dates {
		h.Entities.Dates = append(h.Entities.Dates, d.Value)
	}
	if len(terms) > 0 {
		h.Highlights = map[string][]string{}
		if frag, ok := highlight(r.Text, terms[0], 60); ok {
			h.Highlights["body"] = []string{frag}
		}
		if frag, ok := highlight(r.Title, terms[0], 1000); ok {
			h.Highlights["title"] = []string{frag}
		}
		h.Matched = []string{"text"}
	}
	return h
}

// highlight returns an escaped fragment of s around the first occurrence
// of term, the occurrence wrapped in <mark>, as bleve's HTML highlighter does.
func highlight(s, term string, context int) (string, bool) {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return "", false
	}
	i := strings.Index(lower, term)
	if i < 0 {
		return "", false
	}
	j := i + len(term)
	a, b := max(0, i-context), min(len(s), j+context)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return html.EscapeString(s[a:i]) + "<mark>" + html.EscapeString(s[i:j]) + "</mark>" + html.EscapeString(s[j:b]), true
}

// parseTestQuery stands in for index.ParseQuery: the same parameters and
// the same kind of checks.
func parseTestQuery(v url.Values) (index.Query, error) {
	known := map[string]bool{"q": true, "nation": true, "minister": true, "lang": true, "source": true,
		"from": true, "to": true, "date_from": true, "date_to": true, "min_eur": true, "max_eur": true,
		"sort": true, "size": true, "search_after": true, "facets": true}
	for k := range v {
		if !known[k] {
			return index.Query{}, &badQuery{fmt.Sprintf("unknown parameter %q", k)}
		}
	}
	q := index.Query{Q: strings.TrimSpace(v.Get("q")), After: v.Get("search_after"), Sort: v.Get("sort"),
		NoFacets: v.Get("facets") == "false"}
	if len(q.Q) > 1000 {
		return q, &badQuery{"q is longer than 1000 bytes"}
	}
	if strings.Count(q.Q, `"`)%2 == 1 {
		return q, &badQuery{"q has an unclosed quote"}
	}
	list := func(key string) []string {
		var out []string
		for _, s := range v[key] {
			for _, p := range strings.Split(s, ",") {
				if p = strings.TrimSpace(p); p != "" {
					out = append(out, p)
				}
			}
		}
		return out
	}
	q.Nations, q.Ministers, q.Langs, q.Sources = list("nation"), list("minister"), list("lang"), list("source")
	for _, key := range []string{"from", "to", "date_from", "date_to"} {
		s := v.Get(key)
		if s == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", s); err != nil {
			return q, &badQuery{fmt.Sprintf("%s must be a date YYYY-MM-DD, got %q", key, s)}
		}
		switch key {
		case "from":
			q.From = s
		case "to":
			q.To = s
		case "date_from":
			q.DateFrom = s
		case "date_to":
			q.DateTo = s
		}
	}
	for _, key := range []string{"min_eur", "max_eur"} {
		s := v.Get(key)
		if s == "" {
			continue
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
			return q, &badQuery{fmt.Sprintf("%s must be a non-negative number, got %q", key, s)}
		}
		if key == "min_eur" {
			q.MinEUR = &f
		} else {
			q.MaxEUR = &f
		}
	}
	switch q.Sort {
	case "", "relevance", "date", "date_asc":
	default:
		return q, &badQuery{fmt.Sprintf("sort must be relevance, date or date_asc, got %q", q.Sort)}
	}
	if s := v.Get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > index.MaxSize {
			return q, &badQuery{fmt.Sprintf("size must be a whole number from 1 to %d, got %q", index.MaxSize, s)}
		}
		q.Size = n
	}
	return q, nil
}

// rec builds a record whose mentions are found in its text, so that
// offsets are right by construction. Each entity is given as the texts of
// its mentions, in order.
type recSpec struct {
	id, lang, source, published, title, text string
	nations                                  map[string][]string // code → mention texts
	nationOrder                              []string
	ministers                                []ministerSpec
	dates                                    map[string][]string
	money                                    []moneySpec
}

type ministerSpec struct {
	name, nation, role, portfolio string
	mentions                      []string
}

type moneySpec struct {
	amount  float64
	mention string
}

var nationNames = map[string]string{"UA": "Ukraine", "IT": "Italy", "LV": "Latvia", "NL": "Netherlands",
	"LU": "Luxembourg", "EE": "Estonia", "DE": "Germany"}

func build(s recSpec) corpus.Record {
	r := corpus.Record{ID: s.id, Lang: s.lang, Source: s.source, Published: s.published, Title: s.title,
		Text: s.text, URL: "https://" + s.source + "/news/" + s.id, LangConfidence: 0.99,
		Entities: corpus.Entities{Nations: []corpus.Nation{}, Ministers: []corpus.Minister{},
			Dates: []corpus.Date{}, Money: []corpus.Money{}}}
	// Byte ranges already claimed, so that a repeated or nested word finds
	// its next free occurrence.
	var used [][2]int
	free := func(a, b int) bool {
		for _, u := range used {
			if a < u[1] && u[0] < b {
				return false
			}
		}
		return true
	}
	find := func(text string) corpus.Mention {
		from := 0
		for {
			i := strings.Index(s.text[from:], text)
			if i < 0 {
				panic(fmt.Sprintf("%s: mention %q not in text", s.id, text))
			}
			i += from
			if free(i, i+len(text)) {
				used = append(used, [2]int{i, i + len(text)})
				start := utf8.RuneCountInString(s.text[:i])
				return corpus.Mention{Text: text, Start: start, End: start + utf8.RuneCountInString(text)}
			}
			from = i + 1
		}
	}
	for _, code := range s.nationOrder {
		n := corpus.Nation{Code: code, Name: nationNames[code]}
		for _, m := range s.nations[code] {
			n.Mentions = append(n.Mentions, find(m))
		}
		r.Entities.Nations = append(r.Entities.Nations, n)
	}
	for _, ms := range s.ministers {
		m := corpus.Minister{Name: ms.name, Nation: ms.nation, Role: ms.role, Portfolio: ms.portfolio}
		for _, t := range ms.mentions {
			m.Mentions = append(m.Mentions, find(t))
			if t != ms.name && !slices.Contains(m.Aliases, t) {
				m.Aliases = append(m.Aliases, t)
			}
		}
		r.Entities.Ministers = append(r.Entities.Ministers, m)
	}
	var dateKeys []string
	for k := range s.dates {
		dateKeys = append(dateKeys, k)
	}
	slices.Sort(dateKeys)
	for _, k := range dateKeys {
		d := corpus.Date{Value: k}
		for _, t := range s.dates[k] {
			d.Mentions = append(d.Mentions, find(t))
		}
		r.Entities.Dates = append(r.Entities.Dates, d)
	}
	for _, ms := range s.money {
		r.Entities.Money = append(r.Entities.Money, corpus.Money{Amount: ms.amount, Currency: "EUR",
			Mentions: []corpus.Mention{find(ms.mention)}})
	}
	return r
}

// sampleRecords are short articles written for these tests, in the three
// languages, about real kinds of facts.
func sampleRecords() []corpus.Record {
	return []corpus.Record{
		build(recSpec{
			id: "en-air-defence", lang: "en", source: "news.example.org", published: "2024-02-14",
			title: "Italy pledges a new air defence package for Ukraine",
			text: "Rome, 14 February 2024. Italy will send Ukraine a new air defence package worth €150 million, " +
				"Foreign Minister Antonio Tajani said after meeting his Ukrainian counterpart.\n\n" +
				"Tajani added that the equipment should reach Ukraine before the summer.",
			nationOrder: []string{"IT", "UA"},
			nations:     map[string][]string{"IT": {"Italy"}, "UA": {"Ukraine", "Ukraine"}},
			ministers: []ministerSpec{{name: "Antonio Tajani", nation: "IT", role: corpus.RoleMinister,
				portfolio: "foreign affairs", mentions: []string{"Antonio Tajani", "Tajani"}}},
			dates: map[string][]string{"2024-02-14": {"14 February 2024"}},
			money: []moneySpec{{150e6, "€150 million"}},
		}),
		build(recSpec{
			id: "it-droni", lang: "it", source: "notizie.example.it", published: "2024-03-05",
			title: "Italia e Lettonia guidano la coalizione dei droni per l'Ucraina",
			text: "Il ministro della Difesa Guido Crosetto ha annunciato il 5 marzo 2024 che l'Italia e la Lettonia " +
				"stanzieranno 20 milioni di euro per i droni destinati all'Ucraina.\n\n" +
				"Secondo Crosetto la coalizione crescerà entro l'autunno.",
			nationOrder: []string{"IT", "LV", "UA"},
			nations:     map[string][]string{"IT": {"Italia"}, "LV": {"Lettonia"}, "UA": {"Ucraina"}},
			ministers: []ministerSpec{{name: "Guido Crosetto", nation: "IT", role: corpus.RoleMinister,
				portfolio: "defence", mentions: []string{"Guido Crosetto", "Crosetto"}}},
			dates: map[string][]string{"2024-03-05": {"5 marzo 2024"}},
			money: []moneySpec{{20e6, "20 milioni di euro"}},
		}),
		build(recSpec{
			id: "uk-niderlandy", lang: "uk", source: "novyny.example.ua", published: "2024-03-20",
			title: "Україна та Нідерланди домовилися про нову допомогу",
			// The flags before the first mention are astral code points: two
			// UTF-16 units each, one code point each. The page must count
			// code points.
			text: "🇺🇦🇳🇱 Україна та Нідерланди підписали 20 березня 2024 року угоду про постачання " +
				"обладнання. Міністр оборони Рустем Умєров подякував партнерам.\n\n" +
				"Умєров наголосив, що Україна отримає перші поставки навесні.",
			nationOrder: []string{"UA", "NL"},
			nations:     map[string][]string{"UA": {"Україна", "Україна"}, "NL": {"Нідерланди"}},
			ministers: []ministerSpec{{name: "Rustem Umerov", nation: "UA", role: corpus.RoleMinister,
				portfolio: "defence", mentions: []string{"Рустем Умєров", "Умєров"}}},
			dates: map[string][]string{"2024-03-20": {"20 березня 2024 року"}},
		}),
		build(recSpec{
			id: "en-luxembourg", lang: "en", source: "news.example.org", published: "2024-04-02",
			title: "Luxembourg and Estonia widen the IT coalition for Ukraine",
			text: "Luxembourg and Estonia will fund secure communications for Ukraine, the coalition said on 2 April 2024. " +
				"Mykhailo Fedorov, Ukraine's Minister of Digital Transformation, welcomed the decision.",
			nationOrder: []string{"LU", "EE", "UA"},
			nations:     map[string][]string{"LU": {"Luxembourg"}, "EE": {"Estonia"}, "UA": {"Ukraine", "Ukraine"}},
			ministers: []ministerSpec{{name: "Mykhailo Fedorov", nation: "UA", role: corpus.RoleMinister,
				portfolio: "digital transformation", mentions: []string{"Mykhailo Fedorov"}}},
			dates: map[string][]string{"2024-04-02": {"2 April 2024"}},
		}),
		build(recSpec{
			id: "it-lussemburgo", lang: "it", source: "notizie.example.it", published: "2024-04-03",
			title:       "Il Lussemburgo e l'Estonia entrano nella coalizione IT",
			text:        "Il Lussemburgo e l'Estonia sosterranno l'Ucraina con 5 milioni di euro per le comunicazioni sicure.",
			nationOrder: []string{"LU", "EE", "UA"},
			nations:     map[string][]string{"LU": {"Lussemburgo"}, "EE": {"Estonia"}, "UA": {"Ucraina"}},
			money:       []moneySpec{{5e6, "5 milioni di euro"}},
		}),
		build(recSpec{
			id: "uk-estonia", lang: "uk", source: "novyny.example.ua", published: "2024-05-10",
			title: "Естонія передала Україні обладнання зв'язку",
			text: "Естонія передала Україні нове обладнання зв'язку. Міністр цифрової трансформації " +
				"Михайло Федоров назвав це важливим кроком.",
			nationOrder: []string{"EE", "UA"},
			nations:     map[string][]string{"EE": {"Естонія"}, "UA": {"Україні"}},
			ministers: []ministerSpec{{name: "Mykhailo Fedorov", nation: "UA", role: corpus.RoleMinister,
				portfolio: "digital transformation", mentions: []string{"Михайло Федоров"}}},
		}),
		build(recSpec{
			// A negative: Georgia the US state and Turin are no nations.
			id: "en-weather", lang: "en", source: "weather.example.com", published: "2023-12-01",
			title: "Snow expected in Turin and across Georgia's mountain towns",
			text:  "Forecasters expect snow in Turin on Sunday, while mountain towns in the US state of Georgia brace for ice.",
		}),
		build(recSpec{
			// Markup in a title must be shown as text, never run.
			id: "en-markup", lang: "en", source: "news.example.org", published: "2024-02-20",
			title:       `Budget talks: <b>not bold</b> & <img src=x onerror=alert(1)> stay text`,
			text:        "Germany and Ukraine discussed the budget for repairs of the power grid.",
			nationOrder: []string{"DE", "UA"},
			nations:     map[string][]string{"DE": {"Germany"}, "UA": {"Ukraine"}},
		}),
	}
}
