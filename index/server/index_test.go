package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/index"
)

// These tests run the server over the real bleve index (in memory) with the
// same sample records, wired the way the CLI wires it, so that a change of
// the index's answers that the API or the page rely on shows up here.

func newIndexFixture(t testing.TB) *fixture {
	t.Helper()
	ix, err := index.OpenMem(index.Options{})
	if err != nil {
		t.Fatalf("open index: %v", err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	if err := ix.Put(context.Background(), sampleRecords()); err != nil {
		t.Fatalf("index samples: %v", err)
	}
	f := newFixture(t, func(o *Options) { *o = withIndex(ix, *o) })
	return f
}

func TestWithIndex(t *testing.T) {
	f := newIndexFixture(t)

	t.Run("search", func(t *testing.T) {
		rec := f.do(t, "GET", "/api/search?q=air+defence", nil, nil)
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		res := decode[index.Result](t, rec)
		if res.Total == 0 || res.Hits[0].ID != "en-air-defence" {
			t.Fatalf("air defence: %+v", res)
		}
		found := false
		for _, frags := range res.Hits[0].Highlights {
			for _, fr := range frags {
				found = found || strings.Contains(fr, "<mark>")
			}
		}
		if !found {
			t.Errorf("no highlight: %v", res.Hits[0].Highlights)
		}
		if len(res.Facets.Timeline) == 0 || len(res.Facets.Lang) == 0 {
			t.Errorf("facets: %+v", res.Facets)
		}
	})

	t.Run("filter", func(t *testing.T) {
		res := decode[index.Result](t, f.do(t, "GET", "/api/search?nation=DE", nil, nil))
		if res.Total != 1 || res.Hits[0].ID != "en-markup" {
			t.Errorf("nation=DE: %+v", res)
		}
		res = decode[index.Result](t, f.do(t, "GET", "/api/search?lang=uk&sort=date", nil, nil))
		if res.Total != 2 || res.Hits[0].ID != "uk-estonia" {
			t.Errorf("lang=uk: %+v", res)
		}
	})

	t.Run("bad parameters", func(t *testing.T) {
		for _, q := range []string{"size=0", "size=1000", "sort=sideways", "from=2024-02-31", "min_eur=x", "q=*", "q=bogus:field", "q=%22unclosed", "q=a~3", "search_after=garbage"} {
			t.Run(q, func(t *testing.T) {
				rec := f.do(t, "GET", "/api/search?"+q, nil, nil)
				name, _, _ := strings.Cut(q, "=")
				checkErrorBody(t, rec, http.StatusBadRequest, name)
			})
		}
	})

	t.Run("documents", func(t *testing.T) {
		rec := f.do(t, "GET", "/api/documents/uk-niderlandy", nil, nil)
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		got := decode[corpus.Record](t, rec)
		if got.Text != sampleRecords()[2].Text || len(got.Entities.Nations) != 2 {
			t.Errorf("record: %+v", got)
		}
		checkErrorBody(t, f.do(t, "GET", "/api/documents/nope", nil, nil), 404, "no document")
	})

	t.Run("entities", func(t *testing.T) {
		rec := f.do(t, "GET", "/api/entities?type=nation", nil, nil)
		var body struct {
			Type     string `json:"type"`
			Entities []struct {
				ID    string `json:"id"`
				Count int    `json:"count"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 200 {
			t.Fatalf("%d %v %s", rec.Code, err, rec.Body.String())
		}
		if len(body.Entities) == 0 || body.Entities[0].ID != "UA" || body.Entities[0].Count != 7 {
			t.Errorf("nations: %+v", body)
		}
	})

	t.Run("ingest", func(t *testing.T) {
		line, _ := json.Marshal(corpus.Record{ID: "live-1", Lang: "en", Title: "Moldova joins",
			Published: "2024-06-01", Text: "Moldova joined the grid project on Monday."})
		rec := f.do(t, "POST", "/api/ingest", strings.NewReader(string(line)+"\n"),
			map[string]string{"Content-Type": "application/x-ndjson"})
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		res := decode[index.Result](t, f.do(t, "GET", "/api/search?q=moldova", nil, nil))
		if res.Total != 1 || res.Hits[0].ID != "live-1" {
			t.Errorf("ingested document not found: %+v", res)
		}
	})
}
