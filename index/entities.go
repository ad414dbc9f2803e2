package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
)

// Entity kinds for Entities.
const (
	KindNation   = "nation"
	KindMinister = "minister"
)

// EntityCount is one entity of the index: its identity, how many documents
// mention it, and the spellings those documents use, most frequent first.
type EntityCount struct {
	ID        string      `json:"id"` // ISO code or canonical minister name
	Count     int         `json:"count"`
	Spellings []TermCount `json:"spellings"`
}

// entityLimit bounds the identities and spellings Entities lists.
const entityLimit = 100000

// Entities lists every nation or minister of the index with its document
// count and spellings, most mentioned first.
func (ix *Index) Entities(ctx context.Context, kind string) ([]EntityCount, error) {
	var idField, spField string
	switch kind {
	case KindNation:
		idField, spField = fieldNation, fieldNationSp
	case KindMinister:
		idField, spField = fieldMinister, fieldMinisterSp
	default:
		return nil, qErr("kind", kind, "want %s or %s", KindNation, KindMinister)
	}
	ctx, cancel := context.WithTimeout(ctx, ix.timeout)
	defer cancel()
	ids, sps, err := ix.entityTerms(ctx, idField, spField)
	if err != nil {
		return nil, fmt.Errorf("index: entities %s: %w", kind, err)
	}
	out := []EntityCount{}
	pos := make(map[string]int)
	for _, t := range ids {
		pos[t.Term] = len(out)
		out = append(out, EntityCount{ID: t.Term, Count: t.Count, Spellings: []TermCount{}})
	}
	for _, t := range sps {
		id, sp, ok := strings.Cut(t.Term, spellingSep)
		if i, known := pos[id]; ok && known {
			out[i].Spellings = append(out[i].Spellings, TermCount{Term: sp, Count: t.Count})
		}
	}
	for i := range out {
		slices.SortStableFunc(out[i].Spellings, func(a, b TermCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Term, b.Term))
		})
	}
	return out, nil
}

// entityTerms counts the documents holding each term of idField and of
// spField, most frequent first. Every document counts, so each term's
// postings within the live documents give the counts (see facets_fast.go)
// without visiting the documents; bleve's facets over a match-all do it
// otherwise.
func (ix *Index) entityTerms(ctx context.Context, idField, spField string) (ids, sps []TermCount, err error) {
	if snap := currentSnapshot(ix.b); snap != nil {
		live := liveHitSet(snap, ix.terms)
		defer live.release()
		if countableSnapshot(snap, idField, spField) {
			idCounts, err := live.termCounts(ctx, idField)
			if err != nil {
				return nil, nil, err
			}
			spCounts, err := live.termCounts(ctx, spField)
			if err != nil {
				return nil, nil, err
			}
			return topTerms(idCounts, entityLimit), topTerms(spCounts, entityLimit), nil
		}
	}
	return ix.bleveEntityTerms(ctx, idField, spField)
}

// bleveEntityTerms is entityTerms by bleve's facets over a match-all.
func (ix *Index) bleveEntityTerms(ctx context.Context, idField, spField string) (ids, sps []TermCount, err error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	req.AddFacet("id", bleve.NewFacetRequest(idField, entityLimit))
	req.AddFacet("sp", bleve.NewFacetRequest(spField, entityLimit))
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	terms := func(name string) []TermCount {
		out := []TermCount{}
		if f := res.Facets[name]; f != nil {
			for _, t := range f.Terms.Terms() {
				out = append(out, TermCount{Term: t.Term, Count: t.Count})
			}
		}
		return out
	}
	return terms("id"), terms("sp"), nil
}
