package index

import (
	"unsafe"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// termsField is an indexed, unstored field whose terms are given rather
// than produced by an analyzer: keywords, or the terms of dates and
// amounts (ranges.go). It holds every value a document has for the field.
//
// bleve's own fields take one value each, so a document with ten dates
// had ten DateTimeFields of 16 terms, each analysed into its own term map
// of separately allocated tokens, which the segment builder then merged
// into one. Numbers and dates were then about half of what indexing a
// record cost; one termsField per field name builds that map once.
//
// The terms, lengths and frequencies of keywords are exactly those of
// bleve's keyword fields, value by value, so the index is the same.
type termsField struct {
	name   string
	typ    byte // bleve's encoded field type: 't', 'n' or 'd'
	opts   bindex.FieldIndexingOptions
	terms  []byte // the terms, back to back
	ends   []int  // where each term ends in terms
	tfs    bindex.TokenFrequencies
	length int
}

var _ document.Field = (*termsField)(nil)

func (f *termsField) Name() string                                      { return f.name }
func (f *termsField) ArrayPositions() []uint64                          { return nil }
func (f *termsField) Options() bindex.FieldIndexingOptions              { return f.opts }
func (f *termsField) Value() []byte                                     { return nil }
func (f *termsField) NumPlainTextBytes() uint64                         { return uint64(len(f.terms)) }
func (f *termsField) EncodedFieldType() byte                            { return f.typ }
func (f *termsField) AnalyzedLength() int                               { return f.length }
func (f *termsField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.tfs }

const (
	termsFieldSize = int(unsafe.Sizeof(termsField{}))
	tokenFreqSize  = int(unsafe.Sizeof(bindex.TokenFreq{}))
	// termMapEntry is what a term map holds per term besides its
	// TokenFreq: key, value and overhead.
	termMapEntry = 16 + 8 + 8
)

// Size is about what the field holds in memory, for bleve's accounting. It
// is computed per term rather than by walking the term map: bleve asks for
// it once per document and batch.
func (f *termsField) Size() int {
	return termsFieldSize + len(f.name) + cap(f.terms) + 8*cap(f.ends) + len(f.ends)*(termMapEntry+tokenFreqSize)
}

// Analyze counts the terms into the field's term map. bleve calls it on
// its analysis workers, in parallel.
func (f *termsField) Analyze() {
	if f.tfs != nil {
		return
	}
	f.tfs = make(bindex.TokenFrequencies, len(f.ends))
	// One allocation for every TokenFreq; the capacity keeps the
	// pointers into it valid.
	freqs := make([]bindex.TokenFreq, 0, len(f.ends))
	start := 0
	for _, end := range f.ends {
		term := f.terms[start:end:end]
		start = end
		if tf, ok := f.tfs[string(term)]; ok {
			tf.SetFrequency(tf.Frequency() + 1)
			continue
		}
		freqs = append(freqs, bindex.TokenFreq{Term: term})
		tf := &freqs[len(freqs)-1]
		tf.SetFrequency(1)
		f.tfs[string(term)] = tf
	}
	f.length = len(f.ends)
}

func (f *termsField) add(term []byte) {
	f.terms = append(f.terms, term...)
	f.ends = append(f.ends, len(f.terms))
}

// termsBuilder collects a document's termsFields by name, in the order
// their first values come.
type termsBuilder struct {
	doc    *document.Document
	fields []*termsField
}

func (b *termsBuilder) field(name string, typ byte, opts bindex.FieldIndexingOptions) *termsField {
	for _, f := range b.fields {
		if f.name == name {
			return f
		}
	}
	f := &termsField{name: name, typ: typ, opts: opts}
	b.fields = append(b.fields, f)
	return f
}

// keyword adds a value as a single term, as bleve's keyword analyzer
// would.
func (b *termsBuilder) keyword(name, value string) {
	f := b.field(name, 't', keywordOpts)
	f.terms = append(f.terms, value...)
	f.ends = append(f.ends, len(f.terms))

}

// finish adds the fields to the document.
func (b *termsBuilder) finish() {
	for _, f := range b.fields {
		b.doc.AddField(f)
	}
}
