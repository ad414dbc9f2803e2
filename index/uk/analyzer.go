// Package uk is Kronika's Ukrainian text analysis for bleve: a tokenizer
// chain that unifies the apostrophe variants Ukrainian text uses (' ’ ʼ),
// lower-cases, drops Ukrainian function words and reduces nouns and
// adjectives to a light stem, so that "Україна", "України", "Україні" and
// "Україною" are one term.
//
// Importing the package registers the analyzer under AnalyzerName (and its
// token filters and stop-word map) with bleve's registry. bleve resolves
// analyzers by name from that process-wide registry when it opens an index,
// so registration has to happen in init; it is write-once and never changed
// afterwards.
package uk

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Registry names.
const (
	AnalyzerName   = "uk"            // the full analyzer
	TokenizerName  = "kronika_words" // tokenizer: words with inner apostrophes
	ApostropheName = "uk_apostrophe" // token filter: unify apostrophes
	LowerName      = "kronika_lower" // token filter: lower-case
	StopName       = "uk_stop"       // token filter and token map: stop words
	StemmerName    = "uk_stem_light" // token filter: light noun/adjective stemmer
)

// NewAnalyzer builds the Ukrainian analyzer without going through bleve's
// registry: word tokenization, apostrophe unification,
// lower-casing, stop words, light stemming.
func NewAnalyzer() *analysis.DefaultAnalyzer {
	return &analysis.DefaultAnalyzer{
		Tokenizer: NewTokenizer(),
		TokenFilters: []analysis.TokenFilter{
			NewApostropheFilter(),
			NewLowerFilter(),
			NewStopFilter(),
			NewStemFilter(),
		},
	}
}

func analyzerConstructor(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
	return NewAnalyzer(), nil
}

func init() {
	// Registration fails only for a duplicate name, which is a programming
	// error in this binary, so it is fatal at start-up.
	must := func(err error) {
		if err != nil {
			panic(fmt.Sprintf("index/uk: %v", err))
		}
	}
	must(registry.RegisterTokenizer(TokenizerName,
		func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
			return NewTokenizer(), nil
		}))
	must(registry.RegisterTokenFilter(ApostropheName,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return NewApostropheFilter(), nil
		}))
	must(registry.RegisterTokenFilter(LowerName,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return NewLowerFilter(), nil
		}))
	must(registry.RegisterTokenMap(StopName,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenMap, error) {
			return StopWords(), nil
		}))
	must(registry.RegisterTokenFilter(StopName,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return NewStopFilter(), nil
		}))
	must(registry.RegisterTokenFilter(StemmerName,
		func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
			return NewStemFilter(), nil
		}))
	must(registry.RegisterAnalyzer(AnalyzerName, analyzerConstructor))
}
