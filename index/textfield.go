package index

import (
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// textField is a stored, analysed text field with term vectors: a
// record's title or body. It indexes exactly what bleve's TextField with
// the same analyzer and options indexes; what differs is the cost.
//
// bleve's TextField builds its term map with one TokenFreq and one growing
// Locations slice per distinct term — some 600 allocations for a 3 KB
// article — and bleve then measures every document for its memory
// accounting by walking that map and every location in it. Here the term
// map is built from three slabs, and the size is computed from counts.
type textField struct {
	name     string
	value    []byte
	analyzer analysis.Analyzer
	tfs      bindex.TokenFrequencies
	length   int
}

var _ document.Field = (*textField)(nil)

func newTextField(name, value string, an analysis.Analyzer) *textField {
	return &textField{name: name, value: []byte(value), analyzer: an}
}

func (f *textField) Name() string                                      { return f.name }
func (f *textField) ArrayPositions() []uint64                          { return nil }
func (f *textField) Options() bindex.FieldIndexingOptions              { return textOpts }
func (f *textField) Value() []byte                                     { return f.value }
func (f *textField) NumPlainTextBytes() uint64                         { return uint64(len(f.value)) }
func (f *textField) EncodedFieldType() byte                            { return 't' }
func (f *textField) AnalyzedLength() int                               { return f.length }
func (f *textField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.tfs }

const (
	textFieldSize     = int(unsafe.Sizeof(textField{}))
	tokenLocationSize = int(unsafe.Sizeof(bindex.TokenLocation{}))
)

// Size is about what the field holds in memory once analysed, for bleve's
// accounting: the value, the analysed copy, and per token and per term
// what tokenFrequencies allocates.
func (f *textField) Size() int {
	return textFieldSize + len(f.name) + 2*len(f.value) +
		f.length*(tokenLocationSize+8) + len(f.tfs)*(termMapEntry+tokenFreqSize)
}

// Analyze analyses the value into the field's term map. bleve calls it on
// its analysis workers, in parallel.
func (f *textField) Analyze() {
	if f.tfs != nil {
		return
	}
	// The analyzers' filters lower-case and stem terms in place: they get
	// a copy, so that the stored value stays as written.
	input := make([]byte, len(f.value))
	copy(input, f.value)
	tokens := f.analyzer.Analyze(input)
	f.length = len(tokens)
	f.tfs = tokenFrequencies(tokens)
}

// tokenFrequencies is bleve's analysis.TokenFrequency for a field with
// term vectors and no array positions, allocated in slabs: the TokenFreqs,
// the locations, and the location pointers, each term's pointers a
// sub-slice of one array.
func tokenFrequencies(tokens analysis.TokenStream) bindex.TokenFrequencies {
	tfs := make(bindex.TokenFrequencies, len(tokens)/2+1)
	// TokenFreqs are allocated in chunks that never grow, so that the
	// pointers into them stay valid; the first chunk holds half as many
	// as there are tokens, about the distinct terms of an article.
	var chunk []bindex.TokenFreq
	owner := make([]*bindex.TokenFreq, len(tokens))
	for i, t := range tokens {
		tf, ok := tfs[string(t.Term)]
		if !ok {
			if len(chunk) == cap(chunk) {
				chunk = make([]bindex.TokenFreq, 0, max((len(tokens)-i)/2, 16))
			}
			chunk = append(chunk, bindex.TokenFreq{Term: t.Term})
			tf = &chunk[len(chunk)-1]
			tfs[string(t.Term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		owner[i] = tf
	}
	ptrs := make([]*bindex.TokenLocation, len(tokens))
	off := 0
	for _, tf := range tfs {
		n := tf.Frequency()
		tf.Locations = ptrs[off : off : off+n]
		off += n
	}
	locs := make([]bindex.TokenLocation, len(tokens))
	for i, t := range tokens {
		locs[i] = bindex.TokenLocation{Start: t.Start, End: t.End, Position: t.Position}
		owner[i].Locations = append(owner[i].Locations, &locs[i])
	}
	return tfs
}
