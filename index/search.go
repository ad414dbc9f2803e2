package index

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortDate      = "date"     // newest first
	SortDateAsc   = "date_asc" // oldest first
)

// Facet sizes.
const (
	facetSize    = 20
	timelineSize = 100 * 12 // months: a century of news
	maxGapFill   = 50 * 12  // the timeline fills empty months up to this span
)

// facet names in the bleve request
const (
	facetNations   = "nations"
	facetMinisters = "ministers"
	facetLang      = "lang"
	facetSource    = "source"
	facetTimeline  = "timeline"
)

// displayFields are the stored fields a hit shows. The record JSON is not
// among them: a result page never decodes full records.
var displayFields = func() []string {
	fs := []string{fieldURL, fieldDay, fieldLang, fieldSource, fieldNation, fieldMinister, fieldDates, fieldEUR}
	for _, l := range textLangs {
		fs = append(fs, titleField(l.suffix))
	}
	return fs
}()

// pageToken is what a search_after token carries: the sort it belongs to
// and the sort key of the last hit of the previous page.
type pageToken struct {
	Sort string   `json:"s"`
	Keys []string `json:"k"`
}

func encodeToken(t pageToken) string {
	js, _ := json.Marshal(t) // strings only: cannot fail
	return base64.RawURLEncoding.EncodeToString(js)
}

func decodeToken(s string) (pageToken, error) {
	var t pageToken
	js, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return t, qErr("search_after", s, "not a token from a previous result's next")
	}
	if err := json.Unmarshal(js, &t); err != nil || normSort(t.Sort) != t.Sort || len(t.Keys) != sortKeys(t.Sort) {
		return t, qErr("search_after", s, "not a token from a previous result's next")
	}
	if t.Sort == SortRelevance {
		if f, err := strconv.ParseFloat(t.Keys[0], 64); err != nil || math.IsNaN(f) {
			return t, qErr("search_after", s, "not a token from a previous result's next")
		}
	}
	return t, nil
}

// normSort maps the accepted spellings of a sort to its constant, or "".
func normSort(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", SortRelevance, "score":
		return SortRelevance
	case SortDate, "newest", "date_desc":
		return SortDate
	case SortDateAsc, "oldest":
		return SortDateAsc
	}
	return ""
}

// sortOrder is the total order of a sort mode: every key is unique per
// document, so search_after never skips or repeats a tie. Equal scores go
// newest first.
func sortOrder(mode string) search.SortOrder {
	newest := &search.SortField{Field: fieldKeyNew, Type: search.SortFieldAsString, Desc: true}
	switch mode {
	case SortDate:
		return search.SortOrder{newest}
	case SortDateAsc:
		return search.SortOrder{&search.SortField{Field: fieldKeyOld, Type: search.SortFieldAsString}}
	}
	return search.SortOrder{&search.SortScore{Desc: true}, newest}
}

// scoreKey is a position in the relevance order: a score, and the sort key
// that orders equal scores (newest first).
type scoreKey struct {
	score float64
	key   string
}

// orderPage orders the hits of a page searched by score alone as
// sortOrder orders them — equal scores newest first — keeps size+1 of them
// and sets their sort keys as bleve would have. The hits were asked for
// from the scores up to after's (nil: from the top), so hits tied with
// after that come before it in the order are dropped. complete says the
// hits are every match there is from there. It reports false when the hits
// may not hold every document that scores the same as the page's last
// hit: then the tie-break decides which of them make the page, and bleve
// must apply it.
func orderPage(hits []*search.DocumentMatch, size int, complete bool, after *scoreKey) ([]*search.DocumentMatch, bool) {
	var lowest float64 // of the hits fetched
	if len(hits) > 0 {
		lowest = hits[len(hits)-1].Score
	}
	for _, h := range hits {
		day, _ := h.Fields[fieldDay].(string)
		h.Sort = []string{"_score", newestKey(day, h.ID)}
	}
	if after != nil {
		hits = slices.DeleteFunc(hits, func(h *search.DocumentMatch) bool {
			return h.Score > after.score || h.Score == after.score && h.Sort[1] >= after.key
		})
	}
	if !complete && (len(hits) <= size || hits[size-1].Score == lowest) {
		return hits, false
	}
	slices.SortStableFunc(hits, func(a, b *search.DocumentMatch) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(b.Sort[1], a.Sort[1])
	})
	return hits[:min(len(hits), size+1)], true
}

// tieSlack is how many hits past the page a page by relevance fetches, so
// that documents tied with its last hit are usually all there.
const tieSlack = 10

// sortKeys is the number of keys of a sort mode's search_after token.
func sortKeys(mode string) int {
	if mode == SortRelevance {
		return 2
	}
	return 1
}

// Search runs a query. Errors that the query itself causes are
// *QueryError.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	start := time.Now()
	size := q.Size
	switch {
	case size == 0:
		size = DefaultSize
	case size < 0 || size > MaxSize:
		return nil, qErr("size", strconv.Itoa(size), "must be 1..%d", MaxSize)
	}
	mode := normSort(q.Sort)
	if mode == "" {
		return nil, qErr("sort", q.Sort, "want relevance, date or date_asc")
	}
	var after []string
	if q.After != "" {
		tok, err := decodeToken(q.After)
		if err != nil {
			return nil, err
		}
		if tok.Sort != mode {
			return nil, qErr("search_after", q.After, "token belongs to sort=%s, not sort=%s", tok.Sort, mode)
		}
		after = tok.Keys
	}
	c, err := ix.compileText(q.Q)
	if err != nil {
		return nil, err
	}
	filters, err := ix.compileFilters(&q, c.query != nil)
	if err != nil {
		return nil, err
	}
	bq := combine(c.query, filters)

	// One hit more than asked tells whether another page exists.
	// Highlights are not asked for here: bleve would then decode the term
	// locations of every match, not only of the page's hits, which costs
	// more than the search itself on broad queries. highlight asks for
	// them in a second search restricted to the page.
	req := bleve.NewSearchRequestOptions(bq, size+1, 0, false)
	req.SortByCustom(sortOrder(mode))
	req.SearchAfter = after
	// A page by relevance is searched by score alone: bleve then skips
	// reading the date sort key of every match, a third of a broad query's
	// cost. orderPage puts the date tie-break back on the page. A later
	// page starts from the scores up to its token's, ties included, and
	// orderPage drops the ties the earlier pages showed.
	var from *scoreKey
	byScore := mode == SortRelevance && c.query != nil
	if byScore && after != nil {
		score, err := strconv.ParseFloat(after[0], 64)
		if byScore = len(after) == 2 && err == nil && !math.IsNaN(score); byScore {
			from = &scoreKey{score, after[1]}
		}
	}
	if byScore {
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
		if from != nil {
			req.SearchAfter = []string{strconv.FormatFloat(math.Nextafter(from.score, math.Inf(1)), 'g', -1, 64)}
		}
		req.Size += tieSlack
	}
	req.Fields = displayFields
	req.Score = scoreMode(c.query)

	ctx, cancel := context.WithTimeout(ctx, ix.timeout)
	defer cancel()
	ctx = context.WithValue(ctx, search.MaxTermSearchersKey, ix.maxTerms)

	// bleve's facets visit every match's doc values; Search counts each
	// facet term's postings within the matches instead (facets_hits.go,
	// segterms.go): the matches a text search records as it goes, or,
	// without text, those of an unscored search or every live document
	// (keyed.go). bleve's own facets are the fallback.
	var res *bleve.SearchResult
	var fast *Facets
	switch {
	case c.query == nil:
		if res, fast, err = ix.keyedSearch(ctx, bq, len(filters) == 0, mode, after, size, !q.NoFacets); err != nil {
			return nil, ix.searchError(q.Q, err)
		}
	case q.NoFacets:
	default:
		var hits *hitSet
		if res, hits, err = ix.searchRecordingHits(ctx, req); err != nil {
			return nil, ix.searchError(q.Q, err)
		}
		if hits != nil {
			f, err := hits.facets(ctx, sparseShare)
			hits.release()
			switch {
			case err == nil:
				fast = &f
			case ctx.Err() != nil:
				return nil, ix.searchError(q.Q, err)
			}
		}
		if fast == nil {
			res = nil // searched again below, with bleve's facets
		}
	}
	if res == nil {
		if !q.NoFacets && fast == nil {
			addFacets(req)
		}
		if res, err = ix.b.SearchInContext(ctx, req); err != nil {
			return nil, ix.searchError(q.Q, err)
		}
	}

	if byScore {
		var ok bool
		if res.Hits, ok = orderPage(res.Hits, size, len(res.Hits) < req.Size, from); !ok {
			// More equal scores at the page's end than were fetched:
			// which of them belong on it depends on the tie-break, so
			// search again with it.
			req.SortByCustom(sortOrder(mode))
			req.SearchAfter = after
			req.Size = size + 1
			req.Facets = nil
			again, err := ix.b.SearchInContext(ctx, req)
			if err != nil {
				return nil, ix.searchError(q.Q, err)
			}
			res.Hits = again.Hits
		}
	}

	out := &Result{Total: res.Total, Hits: make([]Hit, 0, min(len(res.Hits), size))}
	page := res.Hits
	if len(page) > size {
		last := page[size-1]
		keys := slices.Clone(last.Sort)
		if mode == SortRelevance && len(keys) == 2 {
			keys[0] = strconv.FormatFloat(last.Score, 'g', -1, 64) // bleve shows "_score"
		}
		out.Next = encodeToken(pageToken{Sort: mode, Keys: keys})
		page = page[:size]
	}
	var marks map[string]*search.DocumentMatch
	if c.positive > 0 && len(page) > 0 {
		if marks, err = ix.highlight(ctx, q.Q, page); err != nil {
			return nil, ix.searchError(q.Q, err)
		}
	}
	for _, h := range page {
		out.Hits = append(out.Hits, makeHit(h, marks[h.ID], c))
	}
	switch {
	case q.NoFacets:
		out.Facets = Facets{Nations: []TermCount{}, Ministers: []TermCount{}, Lang: []TermCount{},
			Source: []TermCount{}, Timeline: []MonthCount{}}
	case fast != nil:
		out.Facets = *fast
	default:
		out.Facets = makeFacets(res.Facets)
	}
	out.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return out, nil
}

// highlight runs the positive text clauses of q again over the page's hits
// only — and over the text fields of the page's languages only — with term
// locations and highlighting, and returns those matches by id.
func (ix *Index) highlight(ctx context.Context, q string, page []*search.DocumentMatch) (map[string]*search.DocumentMatch, error) {
	ids := make([]string, len(page))
	var langs []textLang
	for i, h := range page {
		ids[i] = h.ID
		suffix := langSuffix(fieldString(h.Fields[fieldLang]))
		if !slices.ContainsFunc(langs, func(l textLang) bool { return l.suffix == suffix }) {
			for _, l := range textLangs {
				if l.suffix == suffix {
					langs = append(langs, l)
				}
			}
		}
	}
	c, err := compile(q, nil, langs)
	if err != nil || c.query == nil {
		return nil, err
	}
	if bq, ok := c.query.(*query.BooleanQuery); ok {
		bq.MustNot = nil // nothing to mark; the page already satisfies it
		if bq.Must == nil && bq.Should == nil {
			return nil, nil
		}
	}
	hq := query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), c.query})
	req := bleve.NewSearchRequestOptions(hq, len(ids), 0, false)
	req.Highlight = bleve.NewHighlightWithStyle(html.Name)
	for _, l := range langs {
		req.Highlight.Fields = append(req.Highlight.Fields, titleField(l.suffix), bodyField(l.suffix))
	}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*search.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = h
	}
	return out, nil
}

// searchError classifies an error of bleve's search.
func (ix *Index) searchError(q string, err error) error {
	if msg := err.Error(); strings.Contains(msg, "TooManyTermSearchers") || strings.Contains(msg, "TooManyClauses") {
		return qErr("q", q, "expands to too many terms; make wildcards and ranges narrower")
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("index: search took longer than %v: %w", ix.timeout, err)
	}
	return fmt.Errorf("index: search: %w", err)
}

// scoreMode is bleve's scoring of a search: without text nothing ranks,
// so filters are searched unscored (see filterQuery) and equal scores
// leave the hits newest first.
func scoreMode(text query.Query) string {
	if text == nil {
		return "none"
	}
	return ""
}

// combine joins a text query (nil for none) and filters into one query.
func combine(text query.Query, filters []query.Query) query.Query {
	switch {
	case text != nil && len(filters) > 0:
		return query.NewConjunctionQuery([]query.Query{text, filterQuery{combine(nil, filters)}})
	case text != nil:
		return text
	case len(filters) == 1:
		return filters[0]
	case len(filters) > 1:
		return query.NewConjunctionQuery(filters)
	default:
		return query.NewMatchAllQuery()
	}
}

// compileFilters turns the structured filters into queries. Next to a text
// query they carry no weight, so they narrow the matches without changing
// their ranking.
func (ix *Index) compileFilters(q *Query, withText bool) ([]query.Query, error) {
	boost := 1.0
	if withText {
		boost = 0
	}
	var fs []query.Query
	for _, n := range nonEmpty(q.Nations) {
		codes := nationCodes(ix.resolver, n)
		if len(codes) == 0 {
			return nil, qErr("nation", n, "unknown nation: give an ISO 3166-1 alpha-2 code or a country name")
		}
		fs = append(fs, anyTerm(fieldNation, codes, boost))
	}
	for _, m := range nonEmpty(q.Ministers) {
		fs = append(fs, anyTerm(fieldMinister, ministerNames(ix.resolver, m), boost))
	}
	if langs := nonEmpty(q.Langs); len(langs) > 0 {
		terms := make([]string, len(langs))
		for i, l := range langs {
			terms[i] = normLang(l)
		}
		fs = append(fs, anyTerm(fieldLang, terms, boost))
	}
	if srcs := nonEmpty(q.Sources); len(srcs) > 0 {
		var qs []query.Query
		for _, s := range srcs {
			qs = append(qs, termQ(fieldSource, s, boost), termQ(fieldSite, s, boost))
		}
		fs = append(fs, anyOf(qs))
	}
	for _, r := range []struct {
		field, pFrom, pTo, from, to string
	}{
		{fieldPublished, "from", "to", q.From, q.To},
		{fieldMentioned, "date_from", "date_to", q.DateFrom, q.DateTo},
	} {
		lo, hi, err := periodBounds(r.pFrom, r.pTo, r.from, r.to)
		if err != nil {
			return nil, err
		}
		if lo != "" || hi != "" {
			fs = append(fs, dateRange(r.field, lo, hi, boost))
		}
	}
	if q.MinEUR != nil || q.MaxEUR != nil {
		if err := checkEUR(q.MinEUR, q.MaxEUR); err != nil {
			return nil, err
		}
		fs = append(fs, amountRange(fieldEUR, q.MinEUR, q.MaxEUR, boost))
	}
	return fs, nil
}

// periodBounds turns inclusive from/to values (YYYY-MM-DD, YYYY-MM, YYYY)
// into the first day of from's period and the last day of to's.
func periodBounds(pFrom, pTo, from, to string) (lo, hi string, err error) {
	if from = strings.TrimSpace(from); from != "" {
		first, _, ok := parsePeriod(from)
		if !ok {
			return "", "", qErr(pFrom, from, "want a date YYYY-MM-DD, YYYY-MM or YYYY")
		}
		lo = first.Format(time.DateOnly)
	}
	if to = strings.TrimSpace(to); to != "" {
		_, last, ok := parsePeriod(to)
		if !ok {
			return "", "", qErr(pTo, to, "want a date YYYY-MM-DD, YYYY-MM or YYYY")
		}
		hi = last.Format(time.DateOnly)
	}
	if lo != "" && hi != "" && hi < lo {
		return "", "", qErr(pTo, to, "is before %s=%s", pFrom, from)
	}
	return lo, hi, nil
}

func checkEUR(lo, hi *float64) error {
	for _, b := range []struct {
		name string
		v    *float64
	}{{"min_eur", lo}, {"max_eur", hi}} {
		if b.v != nil && (math.IsNaN(*b.v) || math.IsInf(*b.v, 0) || *b.v < 0) {
			return qErr(b.name, strconv.FormatFloat(*b.v, 'g', -1, 64), "want a finite amount ≥ 0")
		}
	}
	if lo != nil && hi != nil && *hi < *lo {
		return qErr("max_eur", strconv.FormatFloat(*hi, 'g', -1, 64), "is below min_eur")
	}
	return nil
}

func nonEmpty(vs []string) []string {
	out := vs[:0:0]
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// makeHit converts a bleve hit using only its stored display fields, and
// takes highlights and term locations from marks, the same document's
// match in the highlighting search (nil when there is none).
func makeHit(h, marks *search.DocumentMatch, c *compiled) Hit {
	hit := Hit{
		ID:        h.ID,
		Score:     h.Score,
		URL:       fieldString(h.Fields[fieldURL]),
		Published: fieldString(h.Fields[fieldDay]),
		Lang:      fieldString(h.Fields[fieldLang]),
		Source:    fieldString(h.Fields[fieldSource]),
		Entities: HitEntities{
			Nations:   fieldStrings(h.Fields[fieldNation]),
			Ministers: fieldStrings(h.Fields[fieldMinister]),
			Dates:     fieldStrings(h.Fields[fieldDates]),
			EUR:       fieldFloats(h.Fields[fieldEUR]),
		},
	}
	if math.IsNaN(hit.Score) || math.IsInf(hit.Score, 0) {
		hit.Score = 0 // JSON cannot carry them
	}
	for _, l := range textLangs {
		if t := fieldString(h.Fields[titleField(l.suffix)]); t != "" {
			hit.Title = t
			break
		}
	}
	if marks == nil {
		marks = &search.DocumentMatch{}
	}
	for field, frags := range marks.Fragments {
		key := "body"
		if strings.HasPrefix(field, "title_") {
			key = "title"
		}
		for _, f := range frags {
			if strings.Contains(f, "<mark>") {
				if hit.Highlights == nil {
					hit.Highlights = make(map[string][]string, 2)
				}
				hit.Highlights[key] = append(hit.Highlights[key], f)
			}
		}
	}
	for _, code := range c.nations {
		if slices.Contains(hit.Entities.Nations, code) {
			hit.Matched = append(hit.Matched, "nation:"+code)
		}
	}
	for _, name := range c.ministers {
		if slices.Contains(hit.Entities.Ministers, name) {
			hit.Matched = append(hit.Matched, "minister:"+name)
		}
	}
	for field, locs := range marks.Locations {
		if len(locs) > 0 && (strings.HasPrefix(field, "title_") || strings.HasPrefix(field, "body_")) {
			hit.Matched = append(hit.Matched, "text")
			break
		}
	}
	return hit
}

func fieldString(v interface{}) string {
	switch x := v.(type) {
	case string:
		return x
	case []interface{}:
		if len(x) > 0 {
			s, _ := x[0].(string)
			return s
		}
	}
	return ""
}

func fieldStrings(v interface{}) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []interface{}:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return []string{}
}

func fieldFloats(v interface{}) []float64 {
	switch x := v.(type) {
	case float64:
		return []float64{x}
	case []interface{}:
		out := make([]float64, 0, len(x))
		for _, e := range x {
			if f, ok := e.(float64); ok {
				out = append(out, f)
			}
		}
		return out
	}
	return nil
}

func makeFacets(fr search.FacetResults) Facets {
	return facetsOf(func(name string) []TermCount {
		out := []TermCount{}
		if f := fr[name]; f != nil {
			for _, t := range f.Terms.Terms() {
				out = append(out, TermCount{Term: t.Term, Count: t.Count})
			}
		}
		return out // bleve sorts by count, then term
	})
}

// facetsOf builds the facets from each facet's term counts, by facet name.
func facetsOf(terms func(name string) []TermCount) Facets {
	return Facets{
		Nations:   terms(facetNations),
		Ministers: terms(facetMinisters),
		Lang:      terms(facetLang),
		Source:    terms(facetSource),
		Timeline:  timeline(terms(facetTimeline)),
	}
}

// timeline orders month counts by month and, when the span is not absurd,
// fills the months without matches with zero so the bars are evenly spaced.
func timeline(counts []TermCount) []MonthCount {
	byMonth := make(map[string]int, len(counts))
	months := make([]string, 0, len(counts))
	for _, c := range counts {
		if _, err := time.Parse("2006-01", c.Term); err != nil {
			continue
		}
		byMonth[c.Term] = c.Count
		months = append(months, c.Term)
	}
	out := []MonthCount{}
	if len(months) == 0 {
		return out
	}
	slices.Sort(months)
	first, _ := time.Parse("2006-01", months[0])
	last, _ := time.Parse("2006-01", months[len(months)-1])
	span := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	if span > maxGapFill {
		for _, m := range months {
			out = append(out, MonthCount{Month: m, Count: byMonth[m]})
		}
		return out
	}
	for t := first; !t.After(last); t = t.AddDate(0, 1, 0) {
		m := t.Format("2006-01")
		out = append(out, MonthCount{Month: m, Count: byMonth[m]})
	}
	return out
}
