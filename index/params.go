package index

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Query parameter names, shared by the HTTP API and the CLI.
const (
	ParamQ           = "q"
	ParamNation      = "nation"
	ParamMinister    = "minister"
	ParamLang        = "lang"
	ParamSource      = "source"
	ParamFrom        = "from"
	ParamTo          = "to"
	ParamDateFrom    = "date_from"
	ParamDateTo      = "date_to"
	ParamMinEUR      = "min_eur"
	ParamMaxEUR      = "max_eur"
	ParamSort        = "sort"
	ParamSize        = "size"
	ParamSearchAfter = "search_after"
	ParamFacets      = "facets"
)

const maxParamValue = 512 // bytes, for every parameter but q

// ParseQuery turns HTTP or CLI parameters into a Query. Every error is a
// *QueryError naming the parameter and the reason. List parameters
// (nation, lang, source) may repeat and may hold comma-separated values;
// minister may repeat (names can hold commas). Parameters it does not
// know are left to the caller.
func ParseQuery(values url.Values) (Query, error) {
	var q Query
	single := func(name string) (string, error) {
		vs := values[name]
		switch {
		case len(vs) == 0:
			return "", nil
		case len(vs) > 1:
			return "", qErr(name, "", "given %d times; give it once", len(vs))
		}
		v := strings.TrimSpace(vs[0])
		if !utf8.ValidString(v) {
			return "", qErr(name, "", "not valid UTF-8")
		}
		if name != ParamQ && len(v) > maxParamValue {
			return "", qErr(name, "", "longer than %d bytes", maxParamValue)
		}
		return v, nil
	}
	list := func(name string, split bool) ([]string, error) {
		var out []string
		for _, v := range values[name] {
			parts := []string{v}
			if split {
				parts = strings.Split(v, ",")
			}
			for _, p := range parts {
				p = strings.TrimSpace(p)
				if p == "" {
					continue
				}
				if !utf8.ValidString(p) || len(p) > maxParamValue {
					return nil, qErr(name, "", "not valid UTF-8 or longer than %d bytes", maxParamValue)
				}
				out = append(out, p)
			}
		}
		return out, nil
	}

	var err error
	if q.Q, err = single(ParamQ); err != nil {
		return q, err
	}
	if _, err := (&Index{}).compileText(q.Q); err != nil {
		return q, err // syntax and cost rules; entity expansion waits for Search
	}
	if q.Nations, err = list(ParamNation, true); err != nil {
		return q, err
	}
	for _, n := range q.Nations {
		if utf8.RuneCountInString(n) < 2 {
			return q, qErr(ParamNation, n, "give an ISO 3166-1 alpha-2 code or a country name")
		}
	}
	if q.Ministers, err = list(ParamMinister, false); err != nil {
		return q, err
	}
	if q.Langs, err = list(ParamLang, true); err != nil {
		return q, err
	}
	if q.Sources, err = list(ParamSource, true); err != nil {
		return q, err
	}
	for _, p := range []struct {
		name string
		dst  *string
	}{{ParamFrom, &q.From}, {ParamTo, &q.To}, {ParamDateFrom, &q.DateFrom}, {ParamDateTo, &q.DateTo}} {
		if *p.dst, err = single(p.name); err != nil {
			return q, err
		}
	}
	if _, _, err := periodBounds(ParamFrom, ParamTo, q.From, q.To); err != nil {
		return q, err
	}
	if _, _, err := periodBounds(ParamDateFrom, ParamDateTo, q.DateFrom, q.DateTo); err != nil {
		return q, err
	}
	for _, p := range []struct {
		name string
		dst  **float64
	}{{ParamMinEUR, &q.MinEUR}, {ParamMaxEUR, &q.MaxEUR}} {
		v, err := single(p.name)
		if err != nil {
			return q, err
		}
		if v == "" {
			continue
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(v, "_", ""), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
			return q, qErr(p.name, v, "want an amount in euros, a number ≥ 0")
		}
		*p.dst = &f
	}
	if err := checkEUR(q.MinEUR, q.MaxEUR); err != nil {
		return q, err
	}
	if q.Sort, err = single(ParamSort); err != nil {
		return q, err
	}
	if q.Sort != "" {
		if q.Sort = normSort(q.Sort); q.Sort == "" {
			return q, qErr(ParamSort, values.Get(ParamSort), "want relevance, date or date_asc")
		}
	}
	size, err := single(ParamSize)
	if err != nil {
		return q, err
	}
	if size != "" {
		n, err := strconv.Atoi(size)
		if err != nil || n < 1 || n > MaxSize {
			return q, qErr(ParamSize, size, "want a whole number 1..%d", MaxSize)
		}
		q.Size = n
	}
	if q.After, err = single(ParamSearchAfter); err != nil {
		return q, err
	}
	if q.After != "" {
		tok, err := decodeToken(q.After)
		if err != nil {
			return q, err
		}
		if want := normSort(q.Sort); tok.Sort != want {
			return q, qErr(ParamSearchAfter, q.After, "token belongs to sort=%s, not sort=%s", tok.Sort, want)
		}
	}
	facets, err := single(ParamFacets)
	if err != nil {
		return q, err
	}
	if facets != "" {
		on, err := strconv.ParseBool(facets)
		if err != nil {
			return q, qErr(ParamFacets, facets, "want true or false")
		}
		q.NoFacets = !on
	}
	return q, nil
}
