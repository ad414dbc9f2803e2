package index

import (
	"context"
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	twenty := 20e6
	cases := []struct {
		in   string
		want Query
	}{
		{"", Query{}},
		{"q=Люксембург&size=5", Query{Q: "Люксембург", Size: 5}},
		{"nation=LU,EE&nation=Данія&minister=Rustem+Umerov&minister=Pevkur%2C+Hanno",
			Query{Nations: []string{"LU", "EE", "Данія"}, Ministers: []string{"Rustem Umerov", "Pevkur, Hanno"}}},
		{"lang=it,uk&source=ministero", Query{Langs: []string{"it", "uk"}, Sources: []string{"ministero"}}},
		{"from=2024-01&to=2024&date_from=2023-11-02&date_to=2024-02-29",
			Query{From: "2024-01", To: "2024", DateFrom: "2023-11-02", DateTo: "2024-02-29"}},
		{"min_eur=20_000_000&sort=newest&facets=false", Query{MinEUR: &twenty, Sort: SortDate, NoFacets: true}},
		{"sort=date_asc&search_after=" + encodeToken(pageToken{Sort: SortDateAsc, Keys: []string{"2024-01-01\x1fx"}}),
			Query{Sort: SortDateAsc, After: encodeToken(pageToken{Sort: SortDateAsc, Keys: []string{"2024-01-01\x1fx"}})}},
		{"nation=&lang=,&unknown=1", Query{}},
	}
	for _, c := range cases {
		v, err := url.ParseQuery(c.in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseQuery(v)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.in, got, c.want)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	cases := []struct {
		in, param, reason string
	}{
		{"q=*", "q", "bare wildcard"},
		{"q=/.*/", "q", "literal"},
		{"q=*kraine", "q", "before * or ?"},
		{"q=abc~1", "q", "at least 4"},
		{"q=a&q=b", "q", "given 2 times"},
		{"q=colour:red", "q", "unknown field"},
		{"q=" + url.QueryEscape(strings.Repeat("x ", MaxClauses+1)), "q", "clauses"},
		{"size=0", "size", "1..100"},
		{"size=101", "size", "1..100"},
		{"size=ten", "size", "whole number"},
		{"sort=random", "sort", "relevance"},
		{"from=yesterday", "from", "YYYY-MM-DD"},
		{"to=2024-02-30", "to", "YYYY-MM-DD"},
		{"from=2024-03&to=2024-02", "to", "before from"},
		{"date_from=2024-05-01&date_to=2024-04", "date_to", "before date_from"},
		{"min_eur=lots", "min_eur", "amount"},
		{"max_eur=-5", "max_eur", "amount"},
		{"max_eur=NaN", "max_eur", "amount"},
		{"min_eur=10&max_eur=5", "max_eur", "below min_eur"},
		{"search_after=bm90IGEgdG9rZW4", "search_after", "previous result"},
		{"sort=date&search_after=" + encodeToken(pageToken{Sort: SortRelevance, Keys: []string{"1.5", "x"}}), "search_after", "sort=relevance"},
		{"nation=L", "nation", "ISO"},
		{"facets=maybe", "facets", "true or false"},
		{"minister=" + strings.Repeat("x", maxParamValue+1), "minister", "longer"},
	}
	for _, c := range cases {
		v, err := url.ParseQuery(c.in)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseQuery(v)
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%s: err = %v, want *QueryError", c.in, err)
			continue
		}
		if qe.Param != c.param || !strings.Contains(qe.Error(), c.reason) {
			t.Errorf("%s: %v (param %q), want param %q saying %q", c.in, qe, qe.Param, c.param, c.reason)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"Люксембург", "+Estonia -Umarov", "title:\"a b\"^2", "/.*/", "*", "ab~1", "eur:>5", "published:>=\"2024-01-01\"", "\x00\xff", "nation:"} {
		f.Add(s, "size=5&sort=date&nation=LU")
	}
	ix, err := OpenMem(Options{Resolver: fakeResolver{}})
	if err != nil {
		f.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Put(context.Background(), fixture()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q, params string) {
		v, _ := url.ParseQuery(params)
		if v == nil {
			v = url.Values{}
		}
		v.Set("q", q)
		parsed, err := ParseQuery(v)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseQuery error %v is not a *QueryError", err)
			}
			return
		}
		// whatever ParseQuery accepts, Search runs or refuses cleanly
		if _, err := ix.Search(t.Context(), parsed); err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("Search(%+v): %v", parsed, err)
			}
		}
	})
}
