package server

import (
	"context"
	"errors"

	"kronika/corpus"
	"kronika/index"
)

// ForIndex serves ix: searches, documents, entities, live ingestion (POST
// /api/ingest writes to ix) and compaction. opts sets everything else; its
// Backend, ParseQuery, IsBadQuery, IsNotFound, Ingest and Compact are
// filled in here.
func ForIndex(ix *index.Index, opts Options) (*Server, error) {
	return New(withIndex(ix, opts))
}

// withIndex is opts with ix as the backend and ingestion target.
func withIndex(ix *index.Index, opts Options) Options {
	opts.Backend = indexBackend{ix}
	opts.ParseQuery = index.ParseQuery
	opts.IsBadQuery = func(err error) bool {
		var qe *index.QueryError
		return errors.As(err, &qe)
	}
	opts.IsNotFound = func(err error) bool { return errors.Is(err, index.ErrNotFound) || errors.Is(err, ErrNotFound) }
	opts.Ingest = func(ctx context.Context, recs []corpus.Record) (int, error) {
		if err := ix.Put(ctx, recs); err != nil {
			return 0, err
		}
		return len(recs), nil
	}
	opts.Compact = ix.Compact
	return opts
}

// indexBackend is the Backend of an *index.Index.
type indexBackend struct{ ix *index.Index }

func (b indexBackend) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	return b.ix.Search(ctx, q)
}

func (b indexBackend) Get(ctx context.Context, id string) (*corpus.Record, error) {
	return b.ix.Get(ctx, id)
}

func (b indexBackend) Entities(ctx context.Context, kind string) (any, error) {
	return b.ix.Entities(ctx, kind)
}

func (b indexBackend) Count() (uint64, error) { return b.ix.Count() }
