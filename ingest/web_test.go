package ingest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"kronika/corpus"
	"kronika/ingest/fetch"
)

type fakeKnown struct {
	ids      map[string]string
	etags    map[string]string
	failures map[string]*corpus.Failure
}

func (k *fakeKnown) IDForURL(u string) (string, bool) {
	id, ok := k.ids[corpus.CanonicalURL(u)]
	return id, ok
}

func (k *fakeKnown) Validators(u string) (string, string, bool) {
	e, ok := k.etags[corpus.CanonicalURL(u)]
	return e, "", ok
}

func (k *fakeKnown) FailureOf(src string) (*corpus.Failure, bool) {
	f, ok := k.failures[src]
	return f, ok
}

const articleHTML = `<html lang="it"><head><title>%s | Sito</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>%s</h1><p>Il ministro della Difesa ha annunciato un nuovo contributo alla coalizione per le reti sicure dell'esercito.</p>
<p>La riunione si è svolta a Bruxelles alla presenza di venti delegazioni.</p></article></body></html>`

func newSite(t *testing.T) (*httptest.Server, *int) {
	hits := new(int)
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Sito</title>
<item><title>Primo</title><link>%[1]s/a/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 +0100</pubDate></item>
<item><title>Secondo</title><link>%[1]s/a/2?utm_source=rss</link></item>
<item><title>Terzo</title><link>%[1]s/a/3</link></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		*hits++
		if r.URL.Path == "/a/3" {
			http.Error(w, "gone", http.StatusNotFound)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, articleHTML, "Articolo "+r.URL.Path, "Articolo "+r.URL.Path)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, hits
}

func webLoader(known Known) *Loader {
	c := fetch.New(fetch.Options{AllowPrivate: true, RatePerHost: -1, Retries: -1, Timeout: 5 * time.Second})
	return NewLoader(Options{Web: NewWeb(c, known, nil)})
}

func TestWebFeedSkipsSeenItems(t *testing.T) {
	srv, hits := newSite(t)
	known := &fakeKnown{ids: map[string]string{corpus.CanonicalURL(srv.URL + "/a/2"): "old"}}
	items := collect(t, webLoader(known), srv.URL+"/feed.xml")
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2 (item 2 was seen): %+v", len(items), items)
	}
	first := items[0]
	if first.Err != nil || first.Doc.ID != corpus.URLID(srv.URL+"/a/1") || first.Doc.Published != "2024-01-02" {
		t.Errorf("first item = %+v (err %v)", first.Doc, first.Err)
	}
	if first.Doc.Fetch == nil || first.Doc.Fetch.ETag != `"v1"` {
		t.Errorf("fetch metadata not kept: %+v", first.Doc.Fetch)
	}
	if items[1].Err == nil || !strings.Contains(items[1].Err.Error(), "/a/3") || !strings.Contains(items[1].Err.Error(), "404") {
		t.Errorf("missing page should fail naming its URL and status: %v", items[1].Err)
	}
	if *hits != 2 {
		t.Errorf("fetched %d article pages, want 2", *hits)
	}
}

func TestWebConditionalGet(t *testing.T) {
	srv, _ := newSite(t)
	u := srv.URL + "/a/1"
	known := &fakeKnown{ids: map[string]string{corpus.CanonicalURL(u): "id1"}, etags: map[string]string{corpus.CanonicalURL(u): `"v1"`}}
	items := collect(t, webLoader(known), u)
	if len(items) != 1 || !items[0].NotModified || items[0].Doc.ID != "id1" {
		t.Fatalf("want one not-modified item, got %+v", items)
	}
}

func TestWebDeferredFailure(t *testing.T) {
	srv, hits := newSite(t)
	u := srv.URL + "/a/1"
	known := &fakeKnown{failures: map[string]*corpus.Failure{u: {Source: u, Attempts: 2, Reason: "HTTP 503", Next: time.Now().Add(time.Hour)}}}
	if items := collect(t, webLoader(known), u); len(items) != 0 || *hits != 0 {
		t.Fatalf("a failure not yet due must be skipped: %+v, %d hits", items, *hits)
	}
}

func TestWebRefusesPrivateByDefault(t *testing.T) {
	srv, hits := newSite(t)
	c := fetch.New(fetch.Options{Retries: -1})
	items := collect(t, NewLoader(Options{Web: NewWeb(c, nil, nil)}), srv.URL+"/a/1")
	if len(items) != 1 || items[0].Err == nil || *hits != 0 {
		t.Fatalf("loopback must be refused without AllowPrivate: %+v", items)
	}
}
