package htmltext

import (
	"encoding/json"
	"net/url"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is everything the page says about itself, gathered during the
// walk that builds the flat copy of the document.
type pageMeta struct {
	metas       map[string]string // first content of each meta name/property, lower-cased key
	htmlLang    string
	title       string   // <title>
	h1s         []string // the first few <h1>s
	canonical   string
	ld          ldInfo
	itemDate    string
	itemAuth    []string
	itemHead    string
	relAuthor   []string
	authorLinks []string // links to an author page (/author/…)
	bylines     []string
	times       []timeRef
}

type timeRef struct {
	value     string
	preferred bool // pubdate attribute, itemprop or a "publish" class
	inArticle bool
}

// ldInfo is what the JSON-LD blocks say about the article.
type ldInfo struct {
	article   bool // an Article-like @type is present
	headline  string
	published string
	authors   []string
	publisher string
	siteName  string
	body      string
	desc      string
	lang      string
	url       string

	filledByArticle bool // an Article object has already filled the fields
}

// metaElement reports the elements metadata can come from: html, title,
// meta, link, script, time, a, h1, anything with itemprop and anything
// whose class names a byline.
func (w *walker) metaElement(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Html, atom.Title, atom.Meta, atom.Link, atom.Script, atom.Time, atom.A, atom.H1:
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			return true
		case "class":
			if w.entry(a.Val, partByline).byline {
				return true
			}
		}
	}
	return false
}

// newPageMeta returns an empty pageMeta for build to fill.
func newPageMeta() *pageMeta {
	return &pageMeta{metas: make(map[string]string, 32)}
}

// visit reads one element that metaElement selected. The build walk calls
// it for every element in document order; it reads the nodes directly
// rather than through goquery selections, which would cost an allocation
// for every link on the page.
func (m *pageMeta) visit(n *html.Node) {
	switch n.Data {
	case "html":
		if m.htmlLang == "" {
			m.htmlLang = attr(n, "lang")
			if m.htmlLang == "" {
				m.htmlLang = attr(n, "xml:lang")
			}
		}
		return
	case "title":
		if m.title == "" && n.Parent != nil && n.Parent.Data == "head" {
			m.title = clean(nodeText(n))
		}
		return
	case "meta":
		content := attr(n, "content")
		if content == "" {
			return
		}
		for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
				if _, ok := m.metas[k]; !ok {
					m.metas[k] = strings.TrimSpace(content)
				}
			}
		}
		return
	case "link":
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return
	case "script":
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			m.ld.parse(nodeText(n))
		}
		return
	case "h1":
		if len(m.h1s) < 5 {
			if h := clean(nodeText(n)); h != "" {
				m.h1s = append(m.h1s, h)
			}
		}
	case "time":
		v := attr(n, "datetime")
		if v == "" {
			v = attr(n, "content")
		}
		if v != "" {
			pub := false
			for _, a := range n.Attr {
				if a.Key == "pubdate" || (a.Key == "itemprop" && strings.EqualFold(a.Val, "datePublished")) ||
					(a.Key == "class" && strings.Contains(strings.ToLower(a.Val), "publish")) {
					pub = true
				}
			}
			m.times = append(m.times, timeRef{value: v, preferred: pub, inArticle: insideArticle(n)})
		}
	}
	if ip := strings.ToLower(attr(n, "itemprop")); ip != "" {
		switch ip {
		case "datepublished":
			if m.itemDate == "" {
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				if v == "" {
					v = nodeText(n)
				}
				m.itemDate = v
			}
		case "author", "creator":
			name := goquery.NewDocumentFromNode(n).Find("[itemprop=name]").First()
			v := ""
			if name.Length() > 0 {
				v = attr(name.Get(0), "content")
				if v == "" {
					v = name.Text()
				}
			} else if v = attr(n, "content"); v == "" {
				v = nodeText(n)
			}
			m.itemAuth = append(m.itemAuth, v)
		case "headline":
			if m.itemHead == "" {
				m.itemHead = clean(nodeText(n))
			}
		}
	}
	if n.DataAtom == atom.A {
		if hasToken(attr(n, "rel"), "author") {
			m.relAuthor = append(m.relAuthor, nodeText(n))
			return
		}
		if authorLink(attr(n, "href")) && len(m.authorLinks) < 4 {
			m.authorLinks = append(m.authorLinks, nodeText(n))
		}
	}
	if class := attr(n, "class"); bylineClass(class) {
		if c := strings.ToLower(class); len(m.bylines) < 8 && !strings.Contains(c, "bio") && !strings.Contains(c, "avatar") {
			m.bylines = append(m.bylines, nodeText(n))
		}
	}
}

// nodeText is the text of n's subtree as goquery's Text gives it: every
// text node's data, unchanged, in document order.
func nodeText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data // the common case needs no copy
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			break
		}
		c = c.NextSibling
	}
	return b.String()
}

// authorLink reports a link to an author's page, by the path segments CMSs
// use for them.
func authorLink(href string) bool {
	if !authorLinkCandidate(href) {
		return false // cheap test first: most links cannot match
	}
	h := strings.ToLower(href)
	for _, seg := range []string{"/author/", "/authors/", "/autore/", "/autori/", "/firme/", "/avtor/", "/avtory/", "/автор/"} {
		if strings.Contains(h, seg) {
			return true
		}
	}
	return false
}

// authorLinkCandidate reports whether href has a slash followed by a byte
// that can open one of authorLink's segments in any letter case: "a", "f",
// "%" (an escaped letter) or the first byte of Cyrillic "а".
func authorLinkCandidate(href string) bool {
	for i := strings.IndexByte(href, '/'); i >= 0 && i+1 < len(href); {
		switch href[i+1] {
		case 'a', 'A', 'f', 'F', '%':
			return true
		case 0xd0:
			if i+2 < len(href) && href[i+2] == 0xb0 {
				return true
			}
		}
		j := strings.IndexByte(href[i+1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// bylineClass is isBylineClass(strings.ToLower(c)), without lower-casing
// plain ASCII values, which is nearly all of them.
func bylineClass(c string) bool {
	for i := 0; i < len(c); i++ {
		if c[i] >= 0x80 {
			return isBylineClass(strings.ToLower(c))
		}
	}
	for i := 0; i < len(c); i++ {
		var hit bool
		switch c[i] | 0x20 {
		case 'a':
			hit = foldPrefix(c[i:], "author") || foldPrefix(c[i:], "autore") || foldPrefix(c[i:], "avtor")
		case 'b':
			hit = foldPrefix(c[i:], "byline")
		case 'f':
			hit = foldPrefix(c[i:], "firma")
		case 's':
			hit = foldPrefix(c[i:], "submitted")
		case 'w':
			hit = foldPrefix(c[i:], "writer")
		}
		if hit {
			return true
		}
	}
	return false
}

// foldPrefix reports whether s starts with the lower-case ASCII word p in
// any letter case.
func foldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i]|0x20 != p[i] {
			return false
		}
	}
	return true
}

func isBylineClass(c string) bool {
	for _, k := range []string{"byline", "author", "autore", "firma", "avtor", "writer", "submitted"} {
		if strings.Contains(c, k) {
			return true
		}
	}
	return false
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Data == "article" || p.Data == "main" {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// clean collapses whitespace and drops invisible characters.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func (m *pageMeta) meta(keys ...string) string {
	for _, k := range keys {
		if v := clean(m.metas[k]); v != "" {
			return v
		}
	}
	return ""
}

// articleTypes are the JSON-LD @types of a news or blog article.
var articleTypes = toSet(strings.Fields(`article newsarticle reportagenewsarticle
	analysisnewsarticle opinionnewsarticle reviewnewsarticle backgroundnewsarticle
	askpublicnewsarticle blogposting liveblogposting socialmediaposting techarticle
	scholarlyarticle report satiricalarticle`))

// parse reads one JSON-LD script. Pages often break JSON with raw control
// characters inside strings or trailing commas; both are repaired first.
func (l *ldInfo) parse(raw string) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<!--")
	raw = strings.TrimSuffix(raw, "-->")
	raw = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), ";"))
	if raw == "" || len(raw) > 4<<20 {
		return
	}
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		fixed := strings.Map(func(r rune) rune {
			if r < 0x20 {
				return ' '
			}
			return r
		}, raw)
		fixed = dropTrailingCommas(fixed)
		if err := json.Unmarshal([]byte(fixed), &v); err != nil {
			return
		}
	}
	l.walk(v, 0)
}

func dropTrailingCommas(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inStr, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			b.WriteByte(c)
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
			continue
		}
		if c == '"' {
			inStr = true
		}
		if c == ',' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// walk visits objects, arrays and @graph lists, keeping the first value of
// each field from article-like objects.
func (l *ldInfo) walk(v any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			l.walk(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			l.walk(g, depth+1)
		}
		types := ldTypes(x["@type"])
		isArticle := false
		for _, t := range types {
			if _, ok := articleTypes[t]; ok {
				isArticle = true
			}
		}
		switch {
		case isArticle:
			l.article = true
			l.fill(x, true)
		case has(types, "webpage") || has(types, "itempage"):
			l.fill(x, false)
		case has(types, "website"):
			if l.siteName == "" {
				l.siteName = ldString(x["name"])
			}
		}
		if main, ok := x["mainEntity"].(map[string]any); ok {
			l.walk(main, depth+1)
		}
	}
}

// fill copies fields from an object; article objects override values that
// came from a WebPage object.
func (l *ldInfo) fill(x map[string]any, article bool) {
	set := func(dst *string, v string) {
		if v != "" && (*dst == "" || article && !l.filledByArticle) {
			*dst = v
		}
	}
	set(&l.headline, ldString(x["headline"]))
	if l.headline == "" {
		set(&l.headline, ldString(x["name"]))
	}
	set(&l.published, ldString(x["datePublished"]))
	if l.published == "" {
		set(&l.published, ldString(x["dateCreated"]))
	}
	if len(l.authors) == 0 || article && !l.filledByArticle {
		if a := ldNames(x["author"], 0); len(a) > 0 {
			l.authors = a
		}
	}
	if p := ldNames(x["publisher"], 0); len(p) > 0 {
		set(&l.publisher, p[0])
	}
	if article {
		if b := ldString(x["articleBody"]); len(b) > len(l.body) {
			l.body = b
		}
	}
	set(&l.desc, ldString(x["description"]))
	set(&l.lang, ldString(x["inLanguage"]))
	u := ldString(x["url"])
	if u == "" {
		if me, ok := x["mainEntityOfPage"].(map[string]any); ok {
			u = ldString(me["@id"])
		} else {
			u = ldString(x["mainEntityOfPage"])
		}
	}
	set(&l.url, u)
	if article {
		l.filledByArticle = true
	}
}

func has(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{strings.ToLower(strings.TrimPrefix(x, "schema:"))}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, strings.ToLower(strings.TrimPrefix(s, "schema:")))
			}
		}
		return out
	}
	return nil
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := x["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// ldNames reads a person or organization reference: a string, an object
// with a name, or a list of either.
func ldNames(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if s := clean(x); s != "" && !strings.Contains(s, "://") {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return []string{clean(s)}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e, depth+1)...)
		}
		return out
	}
	return nil
}

// resolveURL makes ref absolute against base; it returns "" for anything
// but an http(s) URL.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		r = b.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" || r.Host == "" {
		return ""
	}
	return r.String()
}

// langCode reduces a language tag or locale ("it-IT", "uk_UA", "ukr") to a
// lower-case ISO 639-1 code, or "".
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return ""
		}
	}
	switch len(s) {
	case 2:
		if s == "ua" {
			return "uk" // the country code, a frequent mistake for Ukrainian
		}
		return s
	case 3:
		return iso3[s]
	}
	return ""
}

var iso3 = map[string]string{
	"eng": "en", "ita": "it", "ukr": "uk", "rus": "ru", "deu": "de", "ger": "de",
	"fra": "fr", "fre": "fr", "spa": "es", "pol": "pl", "por": "pt", "nld": "nl",
	"dut": "nl", "ron": "ro", "rum": "ro",
}
