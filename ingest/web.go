package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"kronika/corpus"
	"kronika/ingest/feed"
	"kronika/ingest/fetch"
)

// Web loads URL sources: a page becomes one Document; a feed or sitemap
// yields a Document for each item not seen before.
type Web interface {
	Load(ctx context.Context, url string, yield func(Item) bool) bool
}

// Known is what the fetcher asks the store: what it holds for a URL (for a
// conditional GET, and to skip feed items already ingested) and whether a
// failed URL is due for a retry.
type Known interface {
	IDForURL(url string) (string, bool)
	Validators(url string) (etag, lastModified string, ok bool)
	FailureOf(source string) (*corpus.Failure, bool)
}

// maxSitemapDepth bounds sitemap indexes that point at sitemap indexes.
const maxSitemapDepth = 3

// WebLoader is the Web source built on Kronika's fetcher.
type WebLoader struct {
	client *fetch.Client
	known  Known
	log    *slog.Logger
	now    func() time.Time
}

// NewWeb builds a WebLoader; known may be nil (no store: fetch everything).
func NewWeb(client *fetch.Client, known Known, log *slog.Logger) *WebLoader {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &WebLoader{client: client, known: known, log: log, now: time.Now}
}

// Load fetches url and yields its documents.
func (w *WebLoader) Load(ctx context.Context, url string, yield func(Item) bool) bool {
	return w.load(ctx, url, nil, 0, yield)
}

// deferred reports a failed URL whose backoff has not yet passed.
func (w *WebLoader) deferred(url string) (string, bool) {
	if w.known == nil {
		return "", false
	}
	f, ok := w.known.FailureOf(url)
	if !ok || !w.now().Before(f.Next) {
		return "", false
	}
	return fmt.Sprintf("%s: failed %d times (last: %s); next retry after %s", url, f.Attempts, f.Reason, f.Next.Format(time.RFC3339)), true
}

func (w *WebLoader) load(ctx context.Context, url string, from *feed.Item, depth int, yield func(Item) bool) bool {
	if msg, ok := w.deferred(url); ok {
		w.log.Info("skipping until its retry time", "url", url, "detail", msg)
		return true
	}
	var cond *fetch.Conditional
	if w.known != nil && from == nil {
		if et, lm, ok := w.known.Validators(url); ok {
			cond = &fetch.Conditional{ETag: et, LastModified: lm}
		}
	}
	resp, err := w.client.Get(ctx, url, cond)
	if err != nil {
		return yield(Item{Source: url, Err: err})
	}
	if resp.NotModified {
		id, _ := w.known.IDForURL(url)
		return yield(Item{Source: url, NotModified: true, Doc: corpus.Document{ID: id, URL: url}})
	}
	if kind := feed.Sniff(resp.ContentType, resp.Body); kind != feed.KindHTML && kind != feed.KindUnknown {
		if from != nil && kind != feed.KindSitemap && kind != feed.KindSitemapIndex {
			return yield(Item{Source: url, Err: fmt.Errorf("%s: a feed item links to another feed", url)})
		}
		return w.feed(ctx, resp, depth, yield)
	}
	if !resp.IsHTML() {
		return yield(Item{Source: url, Err: fmt.Errorf("%s: content type %s is not an HTML page, feed or sitemap", url, resp.ContentType)})
	}
	doc, err := FromHTML(resp.Body, resp.FinalURL)
	if err != nil {
		return yield(Item{Source: url, Err: fmt.Errorf("%s: %w", url, err)})
	}
	doc.URL = url
	doc.ID = corpus.URLID(url)
	doc.Source = url
	doc.Fetch = &corpus.Fetch{URL: url, FinalURL: resp.FinalURL, Status: resp.Status, ContentType: resp.ContentType,
		ETag: resp.ETag, LastModified: resp.LastModified, FetchedAt: resp.FetchedAt}
	if from != nil {
		// The feed fills what the page lacks.
		if doc.Title == "" {
			doc.Title = from.Title
		}
		if doc.Published == "" {
			doc.Published = from.Published
		}
		if doc.LangHint == "" {
			doc.LangHint = from.Lang
		}
	}
	return yield(Item{Source: url, Doc: doc})
}

func (w *WebLoader) feed(ctx context.Context, resp *fetch.Response, depth int, yield func(Item) bool) bool {
	f, err := feed.Parse(resp.Body, resp.FinalURL)
	if err != nil {
		return yield(Item{Source: resp.URL, Err: fmt.Errorf("%s: %w", resp.URL, err)})
	}
	for _, sm := range f.Sitemaps {
		if depth >= maxSitemapDepth {
			w.log.Warn("sitemap index nested too deep; not followed", "url", sm)
			break
		}
		if !w.load(ctx, sm, nil, depth+1, yield) {
			return false
		}
	}
	fresh := 0
	for i := range f.Items {
		it := &f.Items[i]
		if ctx.Err() != nil {
			return false
		}
		if w.known != nil {
			if _, seen := w.known.IDForURL(it.Link); seen {
				continue
			}
		}
		fresh++
		if !w.load(ctx, it.Link, it, depth+1, yield) {
			return false
		}
	}
	w.log.Info("feed read", "url", resp.URL, "items", len(f.Items), "new", fresh)
	return true
}
