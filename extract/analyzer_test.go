package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

// panicky fails on any text that holds its trigger word, as a bug in an
// extractor would on some input.
type panicky struct{ trigger string }

func (p panicky) Extract(d *token.Doc, e *corpus.Entities) {
	if strings.Contains(d.Text, p.trigger) {
		var toks []int
		_ = toks[len(d.Text)] // index out of range, on purpose
	}
	e.Dates = append(e.Dates, corpus.Date{Value: "2024"})
}

// TestExtractorPanicFailsOneDocument: an extractor's panic becomes that
// document's error, with the id kept, and the next document is analysed
// as usual by the same Analyzer.
func TestExtractorPanicFailsOneDocument(t *testing.T) {
	a := New(Options{Extractors: []Extractor{panicky{trigger: "boom"}}})
	docs := []corpus.Document{
		{ID: "bad", Text: "This text says boom."},
		{ID: "good", Text: "This text is fine."},
	}
	bad := a.Analyze(context.Background(), docs[0])
	if bad.ID != "bad" || bad.Error == "" || !strings.Contains(bad.Error, ErrInternal.Error()) || !strings.Contains(bad.Error, "panicky") {
		t.Fatalf("bad document: id %q error %q, want id bad and an internal error naming the extractor", bad.ID, bad.Error)
	}
	if len(bad.Entities.Dates) != 0 {
		t.Errorf("bad document keeps %d dates of a half-run extraction", len(bad.Entities.Dates))
	}
	good := a.Analyze(context.Background(), docs[1])
	if good.Error != "" || len(good.Entities.Dates) != 1 {
		t.Fatalf("good document after a panic: error %q, %d dates; want no error and 1 date", good.Error, len(good.Entities.Dates))
	}
	if err := runExtractors([]Extractor{panicky{trigger: "boom"}}, token.New("boom", "en", ""), &corpus.Entities{}); !errors.Is(err, ErrInternal) {
		t.Errorf("runExtractors error %v, want ErrInternal", err)
	}
}
