package index

import (
	"fmt"
	"math"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
)

// QueryError is a query the index refuses: a malformed parameter, a syntax
// error in q, or a construct too costly to run. The HTTP layer answers it
// with 400; the message says which parameter and why.
type QueryError struct {
	Param  string // "q", "nation", "size", …
	Value  string // the offending value or clause, when there is one
	Reason string
}

func (e *QueryError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("invalid %s: %s", e.Param, e.Reason)
	}
	return fmt.Sprintf("invalid %s %q: %s", e.Param, e.Value, e.Reason)
}

func qErr(param, value, format string, args ...any) *QueryError {
	return &QueryError{Param: param, Value: value, Reason: fmt.Sprintf(format, args...)}
}

// Limits on a query string.
const (
	MaxClauses    = 64   // search terms, phrases and field clauses in q
	MaxQueryBytes = 2048 // length of q
	minAffix      = 2    // literal letters a wildcard or regexp must start with
	minFuzzyRunes = 4    // shortest term a fuzzy (~) match may be asked for
	titleBoost    = 2.0  // a match in the title weighs this much more than in the body
	entityBoost   = 1.0  // weight of an entity-identity match relative to a body match
)

// compiled is q turned into a bleve query over Kronika's fields.
type compiled struct {
	query     query.Query // nil for an empty q
	nations   []string    // identities a positive term of q resolved to, for Hit.Matched
	ministers []string
	positive  int // clauses that can match text (not negated, not only a field filter)
}

// compiler holds what rewriting a query string depends on.
type compiler struct {
	resolver Resolver   // nil: no entity expansion
	langs    []textLang // the languages whose text fields terms search
	out      *compiled
}

// textScope is which text fields a term searches.
type textScope int

const (
	scopeAll   textScope = iota // title and body, every language
	scopeTitle                  // titles only
	scopeBody                   // bodies only
)

// fieldAliases are the field names q may use ("nation:LU", "title:…").
var fieldAliases = map[string]string{
	"": "", "text": "body", "body": "body", "title": "title",
	"nation": fieldNation, "nations": fieldNation, "country": fieldNation,
	"minister": fieldMinister, "ministers": fieldMinister,
	"lang": fieldLang, "language": fieldLang,
	"source": fieldSource, "site": fieldSource,
	"month": fieldMonth, "published": fieldPublished,
	"date": fieldMentioned, "dates": fieldMentioned, "mentioned": fieldMentioned,
	"eur": fieldEUR, "euro": fieldEUR, "id": "_id",
}

func knownFields() string {
	names := make([]string, 0, len(fieldAliases))
	for k := range fieldAliases {
		if k != "" {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// compileText parses q (bleve query-string syntax), refuses what is costly
// or hostile, and rewrites each clause onto Kronika's fields: a free term
// becomes a disjunction over every language's title and body fields and,
// when the resolver knows it as a nation or minister in any language, over
// that entity's identity field too.
func (ix *Index) compileText(q string) (*compiled, error) {
	return compile(q, ix.resolver, textLangs)
}

// compile is compileText with an explicit resolver and language set.
func compile(q string, res Resolver, langs []textLang) (*compiled, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return &compiled{}, nil
	}
	if len(q) > MaxQueryBytes {
		return nil, qErr("q", "", "longer than %d bytes", MaxQueryBytes)
	}
	if !utf8.ValidString(q) {
		return nil, qErr("q", "", "not valid UTF-8")
	}
	if strings.Trim(q, "*? ") == "" {
		return nil, qErr("q", q, "a bare wildcard is not a query; leave q empty to match every document")
	}
	parsed, err := query.NewQueryStringQuery(q).Parse()
	if err != nil {
		return nil, qErr("q", q, "syntax error: %s", firstLine(err.Error()))
	}
	bq, ok := parsed.(*query.BooleanQuery)
	if !ok {
		return nil, qErr("q", q, "unsupported query")
	}
	c := &compiled{}
	cc := &compiler{resolver: res, langs: langs, out: c}
	clauses := 0
	rewrite := func(list []query.Query, positive bool) error {
		for i, leaf := range list {
			clauses++
			if clauses > MaxClauses {
				return qErr("q", "", "more than %d clauses", MaxClauses)
			}
			nq, err := cc.rewriteLeaf(leaf, positive)
			if err != nil {
				return err
			}
			list[i] = nq
		}
		return nil
	}
	if must, ok := bq.Must.(*query.ConjunctionQuery); ok {
		if err := rewrite(must.Conjuncts, true); err != nil {
			return nil, err
		}
	}
	if should, ok := bq.Should.(*query.DisjunctionQuery); ok {
		if err := rewrite(should.Disjuncts, true); err != nil {
			return nil, err
		}
	}
	if mustNot, ok := bq.MustNot.(*query.DisjunctionQuery); ok {
		if err := rewrite(mustNot.Disjuncts, false); err != nil {
			return nil, err
		}
	}
	if clauses == 0 {
		return &compiled{}, nil
	}
	c.query = bq
	return c, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// leafField resolves the field a clause names to an internal field, or
// reports an unknown name.
func leafField(name, clause string) (string, error) {
	f, ok := fieldAliases[strings.ToLower(name)]
	if !ok {
		return "", qErr("q", clause, "unknown field %q (fields: %s)", name, knownFields())
	}
	return f, nil
}

func scopeOf(f string) (textScope, bool) {
	switch f {
	case "":
		return scopeAll, true
	case "title":
		return scopeTitle, true
	case "body":
		return scopeBody, true
	}
	return 0, false
}

// rewriteLeaf turns one clause of the parsed query string into a query on
// Kronika's fields.
func (cc *compiler) rewriteLeaf(leaf query.Query, positive bool) (query.Query, error) {
	switch t := leaf.(type) {
	case *query.MatchQuery:
		return cc.rewriteMatch(t.FieldVal, t.Match, t.Fuzziness, t.BoostVal.Value(), false, positive)
	case *query.MatchPhraseQuery:
		return cc.rewriteMatch(t.FieldVal, t.MatchPhrase, 0, t.BoostVal.Value(), true, positive)
	case *query.DisjunctionQuery:
		// A bare number parses as "the word, or the number in a numeric
		// field": keep the side that fits the field.
		var mq *query.MatchQuery
		var nq *query.NumericRangeQuery
		for _, d := range t.Disjuncts {
			switch x := d.(type) {
			case *query.MatchQuery:
				mq = x
			case *query.NumericRangeQuery:
				nq = x
			}
		}
		if mq == nil {
			return nil, qErr("q", "", "unsupported clause")
		}
		f, err := leafField(mq.FieldVal, mq.Match)
		if err != nil {
			return nil, err
		}
		if f == fieldEUR && nq != nil {
			return numericLeaf(nq), nil
		}
		return cc.rewriteMatch(mq.FieldVal, mq.Match, mq.Fuzziness, mq.BoostVal.Value(), false, positive)
	case *query.WildcardQuery:
		return cc.rewriteWildcard(t, positive)
	case *query.RegexpQuery:
		return cc.rewriteRegexp(t, positive)
	case *query.NumericRangeQuery:
		f, err := leafField(t.FieldVal, t.FieldVal)
		if err != nil {
			return nil, err
		}
		if f != fieldEUR {
			return nil, qErr("q", t.FieldVal, "numeric comparison only applies to eur")
		}
		return numericLeaf(t), nil
	case *query.DateRangeQuery:
		f, err := leafField(t.FieldVal, t.FieldVal)
		if err != nil {
			return nil, err
		}
		if f != fieldPublished && f != fieldMentioned {
			return nil, qErr("q", t.FieldVal, "date comparison only applies to published and date")
		}
		return dateLeaf(f, t), nil
	}
	return nil, qErr("q", "", "unsupported clause %T", leaf)
}

// rewriteMatch handles words and phrases, free or on a field.
func (cc *compiler) rewriteMatch(field, text string, fuzziness int, boost float64, phrase bool, positive bool) (query.Query, error) {
	c := cc.out
	clause := text
	if field != "" {
		clause = field + ":" + text
	}
	f, err := leafField(field, clause)
	if err != nil {
		return nil, err
	}
	if fuzziness > 0 {
		if _, ok := scopeOf(f); !ok {
			return nil, qErr("q", clause, "fuzzy matching (~) only applies to text")
		}
		if fuzziness > 2 {
			return nil, qErr("q", clause, "fuzziness above 2")
		}
		if utf8.RuneCountInString(text) < minFuzzyRunes {
			return nil, qErr("q", clause, "fuzzy matching (~) needs a term of at least %d letters", minFuzzyRunes)
		}
	}
	if scope, ok := scopeOf(f); ok {
		var extra []query.Query
		if positive {
			c.positive++
		}
		if scope == scopeAll && fuzziness == 0 && cc.resolver != nil {
			for _, code := range cc.resolver.Nations(text) {
				extra = append(extra, termQ(fieldNation, code, boost*entityBoost))
				if positive && !slices.Contains(c.nations, code) {
					c.nations = append(c.nations, code)
				}
			}
			for _, name := range cc.resolver.Ministers(text) {
				extra = append(extra, termQ(fieldMinister, name, boost*entityBoost))
				if positive && !slices.Contains(c.ministers, name) {
					c.ministers = append(c.ministers, name)
				}
			}
		}
		return cc.textQuery(scope, boost, extra, func(field string, b float64) query.Query {
			if phrase {
				return newPhraseQuery(text, field, b)
			}
			mq := query.NewMatchQuery(text)
			mq.SetField(field)
			mq.SetBoost(b)
			mq.SetFuzziness(fuzziness)
			return mq
		}), nil
	}
	switch f {
	case fieldNation:
		codes := nationCodes(cc.resolver, text)
		if len(codes) == 0 {
			codes = []string{strings.ToUpper(text)}
		}
		return anyTerm(fieldNation, codes, boost), nil
	case fieldMinister:
		names := ministerNames(cc.resolver, text)
		return anyTerm(fieldMinister, names, boost), nil
	case fieldLang:
		return termQ(fieldLang, normLang(text), boost), nil
	case fieldSource:
		return anyOf([]query.Query{termQ(fieldSource, text, boost), termQ(fieldSite, text, boost)}), nil
	case fieldMonth:
		return termQ(fieldMonth, text, boost), nil
	case fieldPublished, fieldMentioned:
		first, last, ok := parsePeriod(text)
		if !ok {
			return nil, qErr("q", clause, "want a date YYYY-MM-DD, YYYY-MM or YYYY")
		}
		return dateRange(f, first.Format(time.DateOnly), last.Format(time.DateOnly), boost), nil
	case fieldEUR:
		v, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return nil, qErr("q", clause, "want a number")
		}
		return amountRange(fieldEUR, &v, &v, boost), nil
	case "_id":
		return query.NewDocIDQuery([]string{text}), nil
	}
	return nil, qErr("q", clause, "unsupported field")
}

// textQuery builds one clause over the text fields of every language,
// titles weighing titleBoost more, plus extra entity clauses. The
// disjunction is in bleve's query-string mode, so a word every analyzer
// drops (a stop word) drops out of the query instead of matching nothing.
func (cc *compiler) textQuery(scope textScope, boost float64, extra []query.Query, leaf func(field string, boost float64) query.Query) query.Query {
	subs := make([]query.Query, 0, 2*len(cc.langs)+len(extra))
	for _, l := range cc.langs {
		if scope != scopeBody {
			subs = append(subs, leaf(titleField(l.suffix), boost*titleBoost))
		}
		if scope != scopeTitle {
			subs = append(subs, leaf(bodyField(l.suffix), boost))
		}
	}
	subs = append(subs, extra...)
	return query.NewBooleanQueryForQueryString(nil, subs, nil)
}

func (cc *compiler) rewriteWildcard(t *query.WildcardQuery, positive bool) (query.Query, error) {
	clause := t.Wildcard
	if t.FieldVal != "" {
		clause = t.FieldVal + ":" + t.Wildcard
	}
	f, err := leafField(t.FieldVal, clause)
	if err != nil {
		return nil, err
	}
	lead := strings.IndexAny(t.Wildcard, "*?")
	if utf8.RuneCountInString(t.Wildcard[:max(lead, 0)]) < minAffix {
		return nil, qErr("q", clause, "a wildcard needs at least %d letters before * or ?", minAffix)
	}
	boost := t.BoostVal.Value()
	if scope, ok := scopeOf(f); ok {
		if positive {
			cc.out.positive++
		}
		pattern := strings.ToLower(t.Wildcard) // text fields hold lower-case terms
		return cc.textQuery(scope, boost, nil, func(field string, b float64) query.Query {
			wq := query.NewWildcardQuery(pattern)
			wq.SetField(field)
			wq.SetBoost(b)
			return wq
		}), nil
	}
	switch f {
	case fieldNation, fieldMinister, fieldSource, fieldLang, fieldMonth:
		wq := query.NewWildcardQuery(t.Wildcard)
		wq.SetField(f)
		wq.SetBoost(boost)
		return wq, nil
	}
	return nil, qErr("q", clause, "wildcards do not apply to this field")
}

func (cc *compiler) rewriteRegexp(t *query.RegexpQuery, positive bool) (query.Query, error) {
	clause := "/" + t.Regexp + "/"
	if t.FieldVal != "" {
		clause = t.FieldVal + ":" + clause
	}
	f, err := leafField(t.FieldVal, clause)
	if err != nil {
		return nil, err
	}
	re, err := syntax.Parse(t.Regexp, syntax.Perl)
	if err != nil {
		return nil, qErr("q", clause, "bad regular expression: %v", err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, qErr("q", clause, "bad regular expression: %v", err)
	}
	if prefix, _ := prog.Prefix(); utf8.RuneCountInString(prefix) < minAffix {
		return nil, qErr("q", clause, "a regular expression must start with at least %d literal letters", minAffix)
	}
	boost := t.BoostVal.Value()
	if scope, ok := scopeOf(f); ok {
		if positive {
			cc.out.positive++
		}
		return cc.textQuery(scope, boost, nil, func(field string, b float64) query.Query {
			rq := query.NewRegexpQuery(t.Regexp)
			rq.SetField(field)
			rq.SetBoost(b)
			return rq
		}), nil
	}
	switch f {
	case fieldNation, fieldMinister, fieldSource, fieldLang, fieldMonth:
		rq := query.NewRegexpQuery(t.Regexp)
		rq.SetField(f)
		rq.SetBoost(boost)
		return rq, nil
	}
	return nil, qErr("q", clause, "regular expressions do not apply to this field")
}

// nationCodes resolves a nation given as a code or a name in any language.
func nationCodes(res Resolver, v string) []string {
	v = strings.TrimSpace(v)
	if len(v) == 2 && isASCIILetters(v) {
		return []string{strings.ToUpper(v)}
	}
	if res == nil {
		return nil
	}
	return res.Nations(v)
}

// ministerNames resolves a minister given by any spelling; a name the
// resolver does not know is taken as a canonical name.
func ministerNames(res Resolver, v string) []string {
	v = strings.TrimSpace(v)
	if res != nil {
		if names := res.Ministers(v); len(names) > 0 {
			return names
		}
	}
	return []string{v}
}

func isASCIILetters(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func termQ(field, term string, boost float64) *query.TermQuery {
	tq := query.NewTermQuery(term)
	tq.SetField(field)
	tq.SetBoost(boost)
	return tq
}

func anyTerm(field string, terms []string, boost float64) query.Query {
	if len(terms) == 1 {
		return termQ(field, terms[0], boost)
	}
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		qs[i] = termQ(field, t, boost)
	}
	return anyOf(qs)
}

func anyOf(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// numericLeaf turns a parsed comparison on eur ("eur:>1000000") into an
// amount range. Like bleve, an unstated bound is inclusive at the low end
// and exclusive at the high end; exclusive bounds become the next float
// inward.
func numericLeaf(q *query.NumericRangeQuery) query.Query {
	lo, hi := q.Min, q.Max
	if lo != nil && q.InclusiveMin != nil && !*q.InclusiveMin {
		v := math.Nextafter(*lo, math.Inf(1))
		lo = &v
	}
	if hi != nil && (q.InclusiveMax == nil || !*q.InclusiveMax) {
		v := math.Nextafter(*hi, math.Inf(-1))
		hi = &v
	}
	return amountRange(fieldEUR, lo, hi, q.BoostVal.Value())
}

// dateLeaf turns a parsed comparison on a date field
// ("published:>=\"2024-01-01\"") into a range of days. Dates are indexed
// as days (midnight UTC), so an exclusive bound, or an inclusive low bound
// later than midnight, moves to the next day inward; inclusivity defaults
// as in numericLeaf.
func dateLeaf(field string, q *query.DateRangeQuery) query.Query {
	var lo, hi string
	if start := q.Start.Time; !start.IsZero() {
		start = start.UTC()
		first := start.Truncate(24 * time.Hour)
		exclusive := q.InclusiveStart != nil && !*q.InclusiveStart
		if first.Before(start) || exclusive {
			first = first.AddDate(0, 0, 1)
		}
		switch {
		case first.Year() > 9999:
			return query.NewMatchNoneQuery()
		case first.Year() >= 1:
			lo = first.Format(time.DateOnly)
		}
	}
	if end := q.End.Time; !end.IsZero() {
		end = end.UTC()
		last := end.Truncate(24 * time.Hour)
		exclusive := q.InclusiveEnd == nil || !*q.InclusiveEnd
		if last.Equal(end) && exclusive {
			last = last.AddDate(0, 0, -1)
		}
		switch {
		case last.Year() < 1:
			return query.NewMatchNoneQuery()
		case last.Year() <= 9999:
			hi = last.Format(time.DateOnly)
		}
	}
	return dateRange(field, lo, hi, q.BoostVal.Value())
}
