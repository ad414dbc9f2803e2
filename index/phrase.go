package index

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery is a bleve MatchPhraseQuery searched more cheaply.
//
// bleve's phrase searcher walks the conjunction of the phrase's terms with
// their term vectors: every posting it lands on decodes its locations,
// and every document holding all the terms has them gathered into maps
// before the positions are compared. When the words are common and the
// phrase is rare — "ministero della difesa" in a corpus where a third of
// the articles say both "ministero" and "difesa" — that is tens of
// milliseconds spent on documents that do not match. Here the conjunction
// runs without term vectors, and only a document holding every term has
// its positions read, one term reader per term, and compared in place.
//
// The matches and their scores are bleve's: a phrase match scores as the
// conjunction of its terms, and the terms are the phrase analysed by the
// field's analyzer, grouped by position as bleve groups them. Where the
// term locations are asked for (highlighting), where an explanation is,
// and for phrases whose analysis puts two terms at one position, bleve's
// own searcher runs.
type phraseQuery struct {
	*query.MatchPhraseQuery
}

func newPhraseQuery(text, field string, boost float64) phraseQuery {
	pq := query.NewMatchPhraseQuery(text)
	pq.SetField(field)
	pq.SetBoost(boost)
	return phraseQuery{pq}
}

func (q phraseQuery) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	if options.IncludeTermVectors || options.Explain || q.Fuzziness != 0 || q.Analyzer != "" {
		return q.MatchPhraseQuery.Searcher(ctx, i, m, options)
	}
	field := q.FieldVal
	if field == "" {
		field = m.DefaultSearchField()
	}
	an := m.AnalyzerNamed(m.AnalyzerNameForPath(field))
	if an == nil {
		return q.MatchPhraseQuery.Searcher(ctx, i, m, options) // bleve reports it
	}
	tokens := an.Analyze([]byte(q.MatchPhrase))
	if len(tokens) == 0 {
		return searcher.NewMatchNoneSearcher(i)
	}
	first := tokens[0].Position
	for _, t := range tokens {
		first = min(first, t.Position)
	}
	var terms []string
	var offsets []uint64 // each term's position in the phrase
	for _, t := range tokens {
		off := uint64(t.Position - first)
		for k, o := range offsets {
			if o == off && terms[k] != string(t.Term) {
				// Two terms at one position: bleve's disjunction.
				return q.MatchPhraseQuery.Searcher(ctx, i, m, options)
			}
		}
		terms = append(terms, string(t.Term))
		offsets = append(offsets, off)
	}

	ps := &phraseSearcher{offsets: offsets}
	subs := make([]search.Searcher, 0, len(terms))
	closeAll := func() {
		for _, s := range subs {
			_ = s.Close()
		}
		ps.closeReaders()
	}
	boost := q.BoostVal.Value()
	for _, t := range terms {
		ts, err := searcher.NewTermSearcher(ctx, i, t, field, boost, options)
		if err != nil {
			closeAll()
			return nil, err
		}
		subs = append(subs, ts)
		r, err := i.TermFieldReader(ctx, []byte(t), field, false, false, true)
		if err != nil {
			closeAll()
			return nil, err
		}
		ps.readers = append(ps.readers, r)
	}
	must, err := searcher.NewConjunctionSearcher(ctx, i, subs, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	if len(terms) == 1 {
		ps.closeReaders() // one word: every document holding it matches
		return must, nil
	}
	ps.Searcher = must
	ps.docs = make([]bindex.TermFieldDoc, len(terms))
	return ps, nil
}

// phraseSearcher passes on the documents of its conjunction whose term
// positions form the phrase.
type phraseSearcher struct {
	search.Searcher                          // the conjunction of the terms, without term vectors
	readers         []bindex.TermFieldReader // with term vectors, one per term
	offsets         []uint64                 // each term's position in the phrase
	docs            []bindex.TermFieldDoc    // reused by the readers
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	return s.from(ctx, d, err)
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	return s.from(ctx, d, err)
}

// from returns d, or the first document after it, that holds the phrase.
func (s *phraseSearcher) from(ctx *search.SearchContext, d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for d != nil && err == nil {
		ok, herr := s.holds(d.IndexInternalID)
		if herr != nil {
			return nil, herr
		}
		if ok {
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
		d, err = s.Searcher.Next(ctx)
	}
	return nil, err
}

// holds reports whether the document id, which holds every term, holds
// them at the phrase's relative positions, in one value of the field.
func (s *phraseSearcher) holds(id bindex.IndexInternalID) (bool, error) {
	for k, r := range s.readers {
		td, err := r.Advance(id, &s.docs[k])
		if err != nil {
			return false, err
		}
		if td == nil || !td.ID.Equals(id) {
			return false, nil
		}
	}
	for _, v0 := range s.docs[0].Vectors {
		if v0.Pos < s.offsets[0] {
			continue
		}
		start := v0.Pos - s.offsets[0]
		all := true
		for k := 1; k < len(s.readers) && all; k++ {
			all = slices.ContainsFunc(s.docs[k].Vectors, func(v *bindex.TermFieldVector) bool {
				return v.Pos == start+s.offsets[k] && slices.Equal(v.ArrayPositions, v0.ArrayPositions)
			})
		}
		if all {
			return true, nil
		}
	}
	return false, nil
}

func (s *phraseSearcher) closeReaders() {
	for _, r := range s.readers {
		_ = r.Close()
	}
	s.readers = nil
}

func (s *phraseSearcher) Close() error {
	err := s.Searcher.Close()
	s.closeReaders()
	return err
}
