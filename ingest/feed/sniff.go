package feed

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"io"
	"strings"
)

// sniffWindow is how much of a body Sniff reads: the root element of a feed
// or sitemap comes after at most an XML declaration, comments, a doctype
// and stylesheet instructions.
const sniffWindow = 16 << 10

// Sniff tells what a fetched body is — a feed, a sitemap, an HTML page or
// unknown — from its first bytes, falling back on the Content-Type when the
// body says nothing clear. Gzip bodies are looked into.
func Sniff(contentType string, body []byte) Kind {
	if isGzip(body) {
		if zr, err := gzip.NewReader(bytes.NewReader(body)); err == nil {
			head, _ := io.ReadAll(io.LimitReader(zr, sniffWindow))
			body = head
		}
	}
	if k := sniffBody(body, false); k != KindUnknown {
		return k
	}
	mt, _, _ := strings.Cut(strings.ToLower(contentType), ";")
	switch strings.TrimSpace(mt) {
	case "text/html", "application/xhtml+xml":
		return KindHTML
	case "application/rss+xml", "application/rdf+xml":
		return KindRSS
	case "application/atom+xml":
		return KindAtom
	case "application/feed+json":
		return KindJSON
	}
	return KindUnknown
}

// sniffBody decides from the content alone. whole says body is complete,
// so a JSON Feed's version marker may be searched for anywhere in it.
func sniffBody(body []byte, whole bool) Kind {
	head := body
	if len(head) > sniffWindow {
		head = head[:sniffWindow]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n\f\x00")
	if len(head) == 0 {
		return KindUnknown
	}
	switch head[0] {
	case '{':
		scope := head
		if whole {
			scope = body
		}
		if bytes.Contains(scope, []byte("jsonfeed.org/version")) {
			return KindJSON
		}
		return KindUnknown
	case '<':
		switch rootElement(head) {
		case "rss", "rdf":
			return KindRSS
		case "feed":
			return KindAtom
		case "urlset":
			return KindSitemap
		case "sitemapindex":
			return KindSitemapIndex
		case "html", "head", "body":
			return KindHTML
		}
		if bytes.HasPrefix(bytes.ToLower(head[:min(len(head), 15)]), []byte("<!doctype html")) {
			return KindHTML
		}
	}
	return KindUnknown
}

// rootElement returns the lower-case local name of the first element of an
// XML or HTML prefix, or "" if there is none before an error.
func rootElement(head []byte) string {
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	// Element names are ASCII in every encoding a feed uses; the text is
	// not needed here, so any declared charset is read as is.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for range 64 {
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.ToLower(se.Name.Local)
		}
	}
	return ""
}
