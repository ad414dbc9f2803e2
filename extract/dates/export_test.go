package dates

import (
	"kronika/corpus"
	"kronika/extract/token"
)

// ExtractWithWeeks is Extract reporting weeks, and seasons and quarters
// without a year, too, for the tables that check how they are read.
func ExtractWithWeeks(x *Extractor, d *token.Doc, e *corpus.Entities) { x.extract(d, e, true) }
