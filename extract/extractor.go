package extract

import (
	"kronika/corpus"
	"kronika/extract/token"
)

// Extractor adds the entities of one type to a document's Entities. It
// reads the shared token stream and may read what earlier extractors found
// (the minister extractor reads nation mentions to give a minister a
// nation). Implementations are immutable after construction and safe for
// concurrent use.
type Extractor interface {
	Extract(d *token.Doc, e *corpus.Entities)
}
