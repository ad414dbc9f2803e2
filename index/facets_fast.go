package index

import (
	"cmp"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// The search facets, and what counting them from postings rests on.
//
// bleve computes facets by visiting every match and reading its doc values
// for each faceted field: for a match-all over 100k articles that is nine
// tenths of the search. A term's count is instead the number of matches
// holding it — a document's doc values hold each of its terms once, being
// built from the postings — which the postings give directly: per segment,
// each term's postings within the matches (facets_hits.go), and for every
// document, within the segment's live documents (the match-all facets and
// the entity lists). Updating a document adds the new version to a new
// segment and marks the old one deleted in its segment (scorch's
// introducer does so for every id of a batch), so this counts each live
// document once, as bleve's collector does. A search_after page changes
// nothing: the collector counts facets over every match before it skips
// those up to the token.
//
// bleve's FieldDict counts are no use here: they count postings without
// subtracting deleted documents.

// facetSpec is one facet of a search.
type facetSpec struct {
	name  string // facet name in the bleve request
	field string
	size  int // terms kept, most frequent first
}

// searchFacets are the facets Search asks for; read-only.
var searchFacets = [...]facetSpec{
	{facetNations, fieldNation, facetSize},
	{facetMinisters, fieldMinister, facetSize},
	{facetLang, fieldLang, facetSize},
	{facetSource, fieldSource, facetSize},
	{facetTimeline, fieldMonth, timelineSize},
}

// facetFields are the fields of searchFacets.
func facetFields() []string {
	fs := make([]string, len(searchFacets))
	for i, f := range searchFacets {
		fs[i] = f.field
	}
	return fs
}

// addFacets asks a bleve request for the search facets.
func addFacets(req *bleve.SearchRequest) {
	for _, f := range searchFacets {
		req.AddFacet(f.name, bleve.NewFacetRequest(f.field, f.size))
	}
}

// currentSnapshot returns the scorch snapshot a search of b started now
// would read, or nil when b has none (it is not a scorch index, or it is
// closed). A non-nil snapshot holds a reference the caller must Close.
func currentSnapshot(b bleve.Index) *scorch.IndexSnapshot {
	adv, err := b.Advanced()
	if err != nil || adv == nil {
		return nil // an IndexAlias over several indexes, a closed index
	}
	r, err := adv.Reader()
	if err != nil || r == nil {
		return nil
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		_ = r.Close()
		return nil
	}
	return snap // nil, holding nothing, once a persisted index is closed
}

// countableSnapshot reports whether the dictionaries of snap give exactly
// the counts bleve's collector would for fields: no segment holds nested
// documents (whose postings would count children too) and none of fields
// had its index or doc values dropped by a mapping update (whose postings
// bleve then ignores).
func countableSnapshot(snap *scorch.IndexSnapshot, fields ...string) bool {
	for _, ss := range snap.Segments() {
		if ss.CountRoot() != ss.Count() {
			return false
		}
		if us, ok := ss.Segment().(segment.UpdatableSegment); ok {
			updated := us.GetUpdatedFields()
			for _, f := range fields {
				if updated[f] != nil {
					return false
				}
			}
		}
	}
	return true
}

// topTerms orders term counts as bleve orders a terms facet — by count,
// highest first, then by term bytes — and keeps the first size.
func topTerms(counts map[string]int, size int) []TermCount {
	out := make([]TermCount, 0, len(counts))
	for t, n := range counts {
		out = append(out, TermCount{Term: t, Count: n})
	}
	slices.SortFunc(out, func(a, b TermCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Term, b.Term))
	})
	return out[:min(size, len(out))]
}
