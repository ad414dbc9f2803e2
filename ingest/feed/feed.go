// Package feed turns fetched feed and sitemap bodies into lists of article
// links for Kronika's ingest: RSS 0.9x/1.0/2.0, Atom and JSON Feed (through
// gofeed, on bytes we fetched ourselves) and XML sitemaps — urlset,
// sitemapindex and Google News sitemaps — streamed with encoding/xml. Links
// come out absolute, dates as YYYY-MM-DD in the publisher's own time zone,
// languages as primary subtags, titles and summaries as plain text. The
// number of items is capped so that a hostile or huge feed stays bounded.
package feed

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
)

// Kind is what a body is.
type Kind string

// Kinds Sniff and Parse tell apart.
const (
	KindUnknown      Kind = ""
	KindHTML         Kind = "html"
	KindRSS          Kind = "rss"
	KindAtom         Kind = "atom"
	KindJSON         Kind = "json"
	KindSitemap      Kind = "sitemap"
	KindSitemapIndex Kind = "sitemapindex"
)

// IsFeed reports whether k lists items (a feed or a urlset sitemap) or
// other sitemaps.
func (k Kind) IsFeed() bool {
	switch k {
	case KindRSS, KindAtom, KindJSON, KindSitemap, KindSitemapIndex:
		return true
	}
	return false
}

// Item is one article a feed or sitemap points to.
type Item struct {
	Link      string `json:"link"`                // absolute http(s) URL, without fragment
	Title     string `json:"title,omitempty"`     // plain text; sitemaps have one only as news:title
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	Modified  string `json:"modified,omitempty"`  // YYYY-MM-DD (Atom updated, sitemap lastmod)
	Lang      string `json:"lang,omitempty"`      // primary language subtag ("it", "uk", "en")
	Summary   string `json:"summary,omitempty"`   // plain text, shortened to Options.MaxSummary runes
}

// Feed is a parsed feed or sitemap.
type Feed struct {
	Title    string   `json:"title,omitempty"`
	Kind     Kind     `json:"kind"`
	Lang     string   `json:"lang,omitempty"`     // the feed's declared language, primary subtag
	Items    []Item   `json:"items,omitempty"`    // in document order
	Sitemaps []string `json:"sitemaps,omitempty"` // sitemapindex: the absolute URLs of nested sitemaps
	// Dropped counts entries left out: beyond Options.MaxItems, or without
	// a usable http(s) link. Non-zero is worth a warning.
	Dropped int `json:"dropped,omitempty"`
}

// Options bound parsing. Zero fields take defaults.
type Options struct {
	// MaxItems caps Items plus Sitemaps. Default 50,000 (the sitemap
	// protocol's own limit per file).
	MaxItems int
	// MaxBytes caps a gzip-compressed body's inflated size. Default 50 MiB
	// (the sitemap protocol's limit per file).
	MaxBytes int64
	// MaxSummary caps Item.Summary in runes. Default 500.
	MaxSummary int
}

// ErrNotFeed is returned for a body that is neither a feed nor a sitemap
// (an HTML page, arbitrary JSON, an empty body).
var ErrNotFeed = errors.New("not a feed or sitemap")

// ErrTooLarge is returned for a gzip body that inflates past MaxBytes.
var ErrTooLarge = errors.New("feed too large")

// Parser parses with fixed Options; it is immutable and safe for
// concurrent use.
type Parser struct {
	opts Options
}

// NewParser returns a Parser with opts (zero fields take defaults).
func NewParser(opts Options) *Parser {
	if opts.MaxItems <= 0 {
		opts.MaxItems = 50000
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 50 << 20
	}
	if opts.MaxSummary <= 0 {
		opts.MaxSummary = 500
	}
	return &Parser{opts: opts}
}

// Parse parses body with default Options; see Parser.Parse.
func Parse(body []byte, baseURL string) (*Feed, error) {
	return NewParser(Options{}).Parse(body, baseURL)
}

// Parse detects what body is and parses it. baseURL is the URL the body was
// fetched from; relative links are resolved against it. A gzip-compressed
// body (sitemap.xml.gz) is inflated first. Errors name baseURL.
func (p *Parser) Parse(body []byte, baseURL string) (*Feed, error) {
	f, err := p.parse(body, baseURL)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", baseURL, err)
	}
	return f, nil
}

func (p *Parser) parse(body []byte, baseURL string) (*Feed, error) {
	base, err := url.Parse(strings.TrimSpace(baseURL))
	if err != nil || !base.IsAbs() {
		base = nil // links must then be absolute already
	}
	if isGzip(body) {
		if body, err = gunzip(body, p.opts.MaxBytes); err != nil {
			return nil, err
		}
	}
	kind := sniffBody(body, true)
	switch kind {
	case KindRSS, KindAtom, KindJSON:
		return p.parseFeed(body, base, kind)
	case KindSitemap, KindSitemapIndex:
		return p.parseSitemap(body, base)
	case KindHTML:
		return nil, fmt.Errorf("%w: an HTML page", ErrNotFeed)
	}
	return nil, ErrNotFeed
}

// parseFeed parses RSS, Atom and JSON Feed with gofeed. gofeed converts
// dates to UTC, which can move a late-evening article to the next day, so
// the date strings are read again here in their own time zone.
func (p *Parser) parseFeed(body []byte, base *url.URL, kind Kind) (f *Feed, err error) {
	defer func() {
		// A third-party parser must not take the pipeline down on hostile
		// input; a panic there is a malformed feed to us.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("malformed %s feed: parser panic: %v", kind, r)
		}
	}()
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("malformed %s feed: %w", kind, err)
	}
	f = &Feed{Kind: kind, Title: cleanText(gf.Title, 0), Lang: normLang(gf.Language)}
	if base == nil {
		// No fetch URL: the feed's own site or self link is the best base.
		for _, l := range []string{gf.FeedLink, gf.Link} {
			if u, err := url.Parse(strings.TrimSpace(l)); err == nil && isWeb(u) {
				base = u
				break
			}
		}
	}
	f.Items = make([]Item, 0, min(len(gf.Items), p.opts.MaxItems))
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		link := resolve(base, itemLink(it))
		if link == "" || len(f.Items) >= p.opts.MaxItems {
			f.Dropped++
			continue
		}
		item := Item{
			Link:      link,
			Title:     cleanText(it.Title, 0),
			Published: feedDate(it.Published, it.PublishedParsed),
			Modified:  feedDate(it.Updated, it.UpdatedParsed),
			Lang:      f.Lang,
		}
		if it.DublinCoreExt != nil && len(it.DublinCoreExt.Language) > 0 {
			if l := normLang(it.DublinCoreExt.Language[0]); l != "" {
				item.Lang = l
			}
		}
		if item.Published == "" && kind == KindAtom {
			// Atom's <published> is optional; <updated> is required and is
			// the publication date of most entries.
			item.Published = item.Modified
		}
		summary := it.Description
		if strings.TrimSpace(summary) == "" {
			summary = it.Content
		}
		item.Summary = cleanText(summary, p.opts.MaxSummary)
		f.Items = append(f.Items, item)
	}
	return f, nil
}

// itemLink is the item's article URL: its link, else the first of its
// links, else a GUID that is a URL (RSS isPermaLink).
func itemLink(it *gofeed.Item) string {
	if s := strings.TrimSpace(it.Link); s != "" {
		return s
	}
	for _, l := range it.Links {
		if s := strings.TrimSpace(l); s != "" {
			return s
		}
	}
	g := strings.TrimSpace(it.GUID)
	if strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// gunzip inflates b, refusing more than limit bytes (gzip bombs).
func gunzip(b []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("bad gzip: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("bad gzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("%w: inflates past %d bytes", ErrTooLarge, limit)
	}
	return out, nil
}
