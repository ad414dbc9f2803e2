package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// filterQuery narrows a text query's matches without taking part in their
// scores. Its searcher is built unscored: bleve then folds a disjunction of
// term postings — a date or amount range is one of dozens of terms
// (ranges.go), a nation one of a few codes — into a single bitmap ("disjunction:
// unadorned"), instead of merging and scoring every term's postings for
// every match. A conjunction of the text and a filter leaps through the
// filter's bitmap.
type filterQuery struct{ q query.Query }

func (f filterQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, _ search.SearcherOptions) (search.Searcher, error) {
	s, err := f.q.Searcher(ctx, i, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	return unscored{s}, nil
}

// unscored is a searcher that weighs nothing in its parent's query norm, so
// that a filter leaves the text's scores as they are without it.
type unscored struct{ search.Searcher }

func (unscored) Weight() float64        { return 0 }
func (unscored) SetQueryNorm(_ float64) {}

func (u unscored) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return zeroScore(u.Searcher.Next(ctx))
}

func (u unscored) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return zeroScore(u.Searcher.Advance(ctx, id))
}

func zeroScore(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if d != nil {
		d.Score = 0
		d.Expl = nil
	}
	return d, err
}
