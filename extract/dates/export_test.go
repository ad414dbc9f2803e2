package dates

import (
	"kronika/corpus"
	"kronika/extract/token"
)

// ExtractWithWeeks is Extract reporting weeks too, for the tables that
// check how weeks are read.
func ExtractWithWeeks(x *Extractor, d *token.Doc, e *corpus.Entities) { x.extract(d, e, true) }
