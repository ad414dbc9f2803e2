package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"
)

// sitemapField is the element whose text is being collected.
type sitemapField int

const (
	fieldNone sitemapField = iota
	fieldLoc
	fieldLastmod
	fieldNewsTitle
	fieldNewsDate
	fieldNewsLang
)

// parseSitemap streams a urlset or sitemapindex: one pass over the tokens,
// keeping only the current entry, so memory is the items kept (capped)
// plus the body. Google News elements (news:title, news:publication_date,
// news:language) are read only inside <news:news>, so an image:title or
// video:title is never taken for the article's title. Elements are matched
// by local name: sitemaps in the wild get their namespaces wrong. RawToken
// (no namespace translation, no copies) is three times faster than Token;
// it does not check that tags balance, so depth is counted here and a body
// that ends with elements still open (truncated) is an error, like a
// truncated RSS feed.
func (p *Parser) parseSitemap(body []byte, base *url.URL) (*Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	// Non-strict: unescaped "&" in URLs is the commonest sitemap error.
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel

	f := &Feed{}
	var (
		depth      int
		entryDepth = -1 // depth of the open <url>/<sitemap>, -1 outside
		newsDepth  = -1 // depth of the open <news:news>, -1 outside
		field      sitemapField
		fieldDepth int
		text       strings.Builder
		cur        Item
	)
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("malformed sitemap at line %d: %s", se.Line, se.Msg)
			}
			return nil, fmt.Errorf("malformed sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			switch {
			case depth == 1:
				switch name {
				case "urlset":
					f.Kind = KindSitemap
				case "sitemapindex":
					f.Kind = KindSitemapIndex
				default:
					return nil, fmt.Errorf("%w: root element <%s>", ErrNotFeed, t.Name.Local)
				}
			case depth == 2 && (name == "url" || name == "sitemap"):
				entryDepth, cur = depth, Item{}
			case entryDepth < 0 || field != fieldNone:
			case depth == entryDepth+1 && name == "loc":
				field = fieldLoc
			case depth == entryDepth+1 && name == "lastmod":
				field = fieldLastmod
			case depth == entryDepth+1 && name == "news":
				newsDepth = depth
			case newsDepth >= 0 && name == "title":
				field = fieldNewsTitle
			case newsDepth >= 0 && name == "publication_date":
				field = fieldNewsDate
			case newsDepth >= 0 && name == "language":
				field = fieldNewsLang
			}
			if field != fieldNone && fieldDepth == 0 {
				fieldDepth = depth
				text.Reset()
			}
		case xml.CharData:
			if field != fieldNone && text.Len() < maxFieldBytes {
				text.Write(t)
			}
		case xml.EndElement:
			if depth == 0 {
				return nil, fmt.Errorf("malformed sitemap: unexpected </%s>", t.Name.Local)
			}
			if field != fieldNone && depth == fieldDepth {
				v := strings.TrimSpace(text.String())
				switch field {
				case fieldLoc:
					cur.Link = v
				case fieldLastmod:
					cur.Modified = isoDate(v)
				case fieldNewsTitle:
					cur.Title = cleanText(v, 0)
				case fieldNewsDate:
					cur.Published = isoDate(v)
				case fieldNewsLang:
					cur.Lang = normLang(v)
				}
				field, fieldDepth = fieldNone, 0
			}
			if depth == newsDepth {
				newsDepth = -1
			}
			if depth == entryDepth {
				p.addEntry(f, base, cur)
				entryDepth = -1
			}
			depth--
		}
	}
	if f.Kind == KindUnknown {
		return nil, ErrNotFeed
	}
	if depth != 0 {
		return nil, fmt.Errorf("malformed sitemap: ends with %d element(s) open (truncated?)", depth)
	}
	return f, nil
}

// maxFieldBytes bounds one element's collected text: a URL or a title is
// never this long, and a hostile sitemap cannot make us buffer a huge one.
const maxFieldBytes = 8 << 10

// addEntry keeps a finished <url> or <sitemap> entry if it has a usable
// link and the cap allows.
func (p *Parser) addEntry(f *Feed, base *url.URL, it Item) {
	it.Link = resolve(base, it.Link)
	if it.Link == "" || len(f.Items)+len(f.Sitemaps) >= p.opts.MaxItems {
		f.Dropped++
		return
	}
	if f.Kind == KindSitemapIndex {
		f.Sitemaps = append(f.Sitemaps, it.Link)
		return
	}
	f.Items = append(f.Items, it)
}
