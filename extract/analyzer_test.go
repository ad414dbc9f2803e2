package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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

// TestTailEntities: the block ingest cut from a plain-text body as
// furniture is read for entities after the body, but the record's text
// stays the body.
func TestTailEntities(t *testing.T) {
	a := Default()
	doc := corpus.Document{ID: "t", Published: "2024-05-06",
		Text: "Estonia and Latvia agreed on Monday to share the cost of a new radar network along their eastern border, officials said.",
		Tail: "Read also:\nPrime Minister Kaja Kallas met Finland's president on 3 May"}
	rec := a.Analyze(context.Background(), doc)
	if rec.Error != "" {
		t.Fatal(rec.Error)
	}
	if strings.Contains(rec.Text, "Kallas") {
		t.Errorf("record text %q holds the tail", rec.Text)
	}
	var names []string
	for _, m := range rec.Entities.Ministers {
		names = append(names, m.Name)
	}
	if len(names) != 1 || names[0] != "Kaja Kallas" {
		t.Fatalf("ministers %q, want the tail's Kaja Kallas", names)
	}
	// Mention offsets index the record's text, which the tail is not in.
	if ms := rec.Entities.Ministers[0].Mentions; len(ms) != 0 {
		t.Errorf("the tail's minister has mentions %+v, want none", ms)
	}
	n := utf8.RuneCountInString(rec.Text)
	for _, nat := range rec.Entities.Nations {
		for _, m := range nat.Mentions {
			if m.End > n || string([]rune(rec.Text)[m.Start:m.End]) != m.Text {
				t.Errorf("nation %s mention %+v does not index the text", nat.Code, m)
			}
		}
		if nat.Code == "EE" && len(nat.Mentions) != 1 {
			t.Errorf("EE mentions %+v, want the body's one", nat.Mentions)
		}
	}
	var nations, dates []string
	for _, n := range rec.Entities.Nations {
		nations = append(nations, n.Code)
	}
	for _, d := range rec.Entities.Dates {
		dates = append(dates, d.Value)
	}
	if !slices.Contains(nations, "EE") || !slices.Contains(nations, "FI") {
		t.Errorf("nations %q, want EE from the body and FI from the tail", nations)
	}
	if !slices.Contains(dates, "2024-05-06") || !slices.Contains(dates, "2024-05-03") {
		t.Errorf("dates %q, want the body's Monday and the tail's 3 May", dates)
	}
}
