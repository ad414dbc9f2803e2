package htmltext

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"kronika/ingest/plaintext"
)

// Article is the main text and metadata of one page.
type Article struct {
	Title       string
	Text        string // paragraphs separated by a blank line; "" when the page has no article
	Published   string // YYYY-MM-DD, or ""
	Author      string // several authors are joined with ", "
	Site        string
	Canonical   string // absolute URL the page declares for itself, or ""
	Lang        string // the page's own language claim, ISO 639-1 lower case, or ""
	Description string
}

// Options bound the work done on one page. Zero values take the defaults.
type Options struct {
	MaxBytes int64 // input beyond this is ignored (default 16 MiB)
	MaxNodes int   // block elements beyond this are ignored (default 200 000)
	MaxDepth int   // nesting kept when a page is too deep for the parser (default 256)
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 16 << 20
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = 200_000
	}
	if o.MaxDepth <= 0 || o.MaxDepth > 400 {
		o.MaxDepth = 256
	}
	return o
}

// Errors returned (wrapped) by Extract.
var (
	ErrEmpty   = errors.New("htmltext: empty input")
	ErrNotHTML = errors.New("htmltext: input is not HTML")
)

// minBody is the length (runes) under which an extraction is considered a
// failure worth retrying with looser rules.
const minBody = 200

// Extract reads an HTML page (UTF-8; charset decoding is the caller's job)
// and returns its article. pageURL, when known, resolves relative links and
// supplies a fallback site name and date. A page without an article yields
// an Article with empty Text and no error; input that is empty or is not
// HTML yields an error wrapping ErrEmpty or ErrNotHTML.
func Extract(r io.Reader, pageURL string, opts Options) (*Article, error) {
	opts = opts.withDefaults()
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		// A reader that knows its length (bytes.Reader, strings.Reader) is
		// read into one allocation rather than a doubling series.
		buf.Grow(int(min(int64(max(l.Len(), 0)), opts.MaxBytes)) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, opts.MaxBytes)); err != nil {
		return nil, fmt.Errorf("htmltext: reading %s: %w", describe(pageURL), err)
	}
	return extract(buf.Bytes(), pageURL, opts)
}

// ExtractString is Extract for a page already in memory.
func ExtractString(page, pageURL string, opts Options) (*Article, error) {
	opts = opts.withDefaults()
	if int64(len(page)) > opts.MaxBytes {
		page = page[:opts.MaxBytes]
	}
	return extract(page, pageURL, opts)
}

func describe(pageURL string) string {
	if pageURL == "" {
		return "page"
	}
	return pageURL
}

// extract works on the page as given, string or bytes, so that neither
// entry point copies it.
func extract[T ~string | ~[]byte](data T, pageURL string, opts Options) (*Article, error) {
	if err := sniff(data); err != nil {
		return nil, fmt.Errorf("%w (%s, %d bytes)", err, describe(pageURL), len(data))
	}
	keep := stripSpans(data)
	size := 0
	for _, sp := range keep {
		size += sp.end - sp.start
	}
	if keep == nil {
		keep, size = []span{{0, len(data)}}, len(data)
	}
	root, err := parse(&spanReader[T]{s: data, spans: keep}, data, opts.MaxDepth)
	if err != nil {
		return nil, fmt.Errorf("htmltext: parsing %s: %w", describe(pageURL), err)
	}
	m := newPageMeta()
	t := build(root, opts.MaxNodes, size, m)
	a := m.article(pageURL)
	a.Text = t.body(m, a.Title)
	if runeLen(a.Text) < minBody {
		if alt := noscriptBody(data, opts, a.Title); runeLen(alt) >= minBody && runeLen(alt) > 2*runeLen(a.Text) {
			a.Text = alt
		}
	}
	if a.Text == "" && m.isArticle() && wordCount(a.Description) >= 15 {
		// An article page whose body is rendered by script: its summary is
		// the only article text there is.
		a.Text = plaintext.Clean(a.Description)
	}
	if a.Text == "" && len(m.ld.authors) == 0 {
		a.Author = "" // a byline found on a page without an article is a teaser's
	}
	sanitize(a)
	return a, nil
}

// noscriptBody extracts the body again with <noscript> elements read as
// ordinary blocks, for a page that renders its article by script and
// prints it for script-less readers only there (a Blogger post, a
// single-page app with a static fallback). It returns "" when the page has
// no <noscript>.
func noscriptBody[T ~string | ~[]byte](data T, opts Options, title string) string {
	page, inside := renameNoscript([]byte(data))
	if inside < 4*minBody {
		return "" // none, or only tracking pixels and "enable JavaScript" notes
	}
	root, err := parse(bytes.NewReader(page), page, opts.MaxDepth)
	if err != nil {
		return ""
	}
	m := newPageMeta()
	return build(root, opts.MaxNodes, len(page), m).body(m, title)
}

// renameNoscript returns page with every <noscript> and </noscript> tag,
// in any letter case, renamed to div, and the bytes the elements held.
func renameNoscript(page []byte) (out []byte, inside int) {
	out = make([]byte, 0, len(page))
	open := -1
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			out = append(out, page[i:]...)
			break
		}
		j += i
		k := j + 1
		closing := k < len(page) && page[k] == '/'
		if closing {
			k++
		}
		out = append(out, page[i:k]...)
		i = k
		if len(page)-k >= 8 && foldEq(page[k:k+8], "noscript") {
			out = append(out, "div"...)
			i = k + 8
			switch {
			case !closing:
				open = i
			case open >= 0:
				inside += j - open
				open = -1
			}
		}
	}
	return out, inside
}

// sniff rejects input that is empty or is not HTML: binary data (NULs and
// control bytes near the start) or text with no HTML tag at all.
func sniff[T ~string | ~[]byte](data T) error {
	s := data
	for len(s) > 0 {
		if hasPrefixAt(s, 0, "\xef\xbb\xbf") {
			s = s[3:]
		} else if c := s[0]; c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' {
			s = s[1:]
		} else {
			break
		}
	}
	if len(s) == 0 {
		return ErrEmpty
	}
	head := s[:min(len(s), 1024)]
	ctrl, nuls := 0, 0
	for i := 0; i < len(head); i++ {
		c := head[i]
		if c == 0 {
			nuls++
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctrl++
		}
	}
	if nuls > 2 || ctrl*20 > len(head) {
		return ErrNotHTML
	}
	// Some tag the HTML parser knows, within the first 64 KiB.
	scan := s[:min(len(s), 64<<10)]
	var name [12]byte
	for i := 0; i < len(scan)-1; i++ {
		if scan[i] != '<' {
			continue
		}
		j := i + 1
		if scan[j] == '!' || scan[j] == '/' {
			if scan[j] == '!' {
				return nil // doctype or comment
			}
			j++
		}
		k := j
		for k < len(scan) && k-j < 12 && (scan[k]|0x20 >= 'a' && scan[k]|0x20 <= 'z' || scan[k] >= '0' && scan[k] <= '9') {
			name[k-j] = scan[k] | 0x20 // letters to lower case; digits have the bit already
			k++
		}
		if k > j && atom.Lookup(name[:k-j]) != 0 {
			return nil
		}
	}
	return ErrNotHTML
}

// parse builds the DOM from r, which streams data with the unused bytes
// left out. The parser refuses pages nested deeper than 512 elements
// (leaving bytes out changes no nesting); such a page is re-serialized
// with its nesting capped, and if even that fails its text is kept as a
// flat list of paragraphs.
func parse[T ~string | ~[]byte](r io.Reader, data T, maxDepth int) (*html.Node, error) {
	root, err := html.Parse(r)
	if err == nil {
		return root, nil
	}
	raw := []byte(string(data))
	root, err2 := html.Parse(bytes.NewReader(flatten(raw, maxDepth)))
	if err2 == nil {
		return root, nil
	}
	root, err3 := html.Parse(bytes.NewReader(textOnly(raw)))
	if err3 == nil {
		return root, nil
	}
	return nil, errors.Join(err, err2, err3)
}

// article resolves the metadata fields from all the page's claims.
func (m *pageMeta) article(pageURL string) *Article {
	a := &Article{}
	a.Site = m.meta("og:site_name", "application-name", "al:ios:app_name")
	if a.Site == "" {
		a.Site = clean(m.ld.publisher)
	}
	if a.Site == "" {
		a.Site = clean(m.ld.siteName)
	}
	a.Canonical = resolveURL(pageURL, m.canonical)
	if a.Canonical == "" {
		a.Canonical = resolveURL(pageURL, m.meta("og:url"))
	}
	if a.Site == "" {
		a.Site = hostName(pageURL)
		if a.Site == "" {
			a.Site = hostName(a.Canonical)
		}
	}
	a.Title = m.chooseTitle(a.Site)
	a.Published = m.date(pageURL, a.Canonical)
	a.Author = m.author()
	for _, l := range []string{m.htmlLang, m.meta("og:locale"), m.meta("content-language", "language", "dc.language"), m.ld.lang} {
		if c := langCode(l); c != "" {
			a.Lang = c
			break
		}
	}
	a.Description = m.meta("description", "og:description", "twitter:description")
	if a.Description == "" {
		a.Description = clean(m.ld.desc)
	}
	return a
}

func hostName(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// chooseTitle prefers the on-page headline when the declared titles agree
// with it, then og:title, JSON-LD, itemprop and <title>, each stripped of a
// " | Site" suffix.
func (m *pageMeta) chooseTitle(site string) string {
	declared := []string{
		m.meta("og:title", "twitter:title"), clean(m.ld.headline), m.itemHead,
		m.meta("title", "dc.title", "sailthru.title", "parsely-title"), m.title,
	}
	ns := normLoose(site)
	for _, h1 := range m.h1s {
		nh := normLoose(h1)
		if runeLen(h1) > 300 || nh == ns || wordCount(h1) < 2 {
			continue // a logo or a section name, not the headline
		}
		for _, d := range declared {
			if d != "" && strings.Contains(normLoose(d), nh) {
				return h1
			}
		}
	}
	for _, d := range declared {
		if d != "" {
			return stripSite(d, site)
		}
	}
	for _, h1 := range m.h1s {
		if normLoose(h1) != ns {
			return h1
		}
	}
	return ""
}

func normLoose(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(plainQuotes(s)), " "))
}

// plainQuotes replaces typographic quotes with ASCII ones and leaves every
// other byte, valid UTF-8 or not, as it is.
func plainQuotes(s string) string {
	if !strings.ContainsAny(s, "’«»“”") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '’':
			b.WriteByte('\'')
		case '«', '»', '“', '”':
			b.WriteByte('"')
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// stripSite removes a site name joined to a title by a separator, at the
// end ("Title | Site") or the start ("Site - Title").
func stripSite(title, site string) string {
	seps := []string{" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " // ", " • "}
	ns := normLoose(site)
	for _, sep := range seps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		nt := normLoose(tail)
		if ns != "" && (nt == ns || strings.Contains(nt, ns) || strings.Contains(ns, strings.ReplaceAll(nt, " ", ""))) {
			return strings.TrimSpace(head)
		}
		// An unknown short tail after a longer title is a site name too.
		if wordCount(tail) <= 3 && wordCount(head) >= 5 {
			return strings.TrimSpace(head)
		}
	}
	for _, sep := range seps {
		if i := strings.Index(title, sep); i > 0 && ns != "" && normLoose(title[:i]) == ns {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// date takes the first plausible publication date, from the most to the
// least reliable claim.
func (m *pageMeta) date(pageURL, canonical string) string {
	cands := []string{
		m.ld.published,
		m.meta("article:published_time", "og:article:published_time", "article:published",
			"og:published_time", "published_time", "datepublished", "parsely-pub-date",
			"sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
			"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
			"dcterms.created", "date", "citation_publication_date", "article.published",
			"originalpublicationdate", "cxenseparse:recs:publishtime", "release_date"),
		m.itemDate,
	}
	for _, t := range m.times {
		if t.preferred {
			cands = append(cands, t.value)
		}
	}
	for _, c := range cands {
		if d := parseDate(c); d != "" {
			return d
		}
	}
	for _, u := range []string{pageURL, canonical} {
		if p, err := url.Parse(u); err == nil {
			if d := dateInPath(p.Path); d != "" {
				return d
			}
		}
	}
	for _, pass := range []bool{true, false} {
		for _, t := range m.times {
			if t.inArticle == pass {
				if d := parseDate(t.value); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// author joins the names the page claims, most reliable source first.
func (m *pageMeta) author() string {
	var names []string
	switch {
	case len(m.ld.authors) > 0:
		names = m.ld.authors
	case m.meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author") != "":
		names = []string{m.meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author")}
	case len(m.itemAuth) > 0:
		names = m.itemAuth
	case len(m.relAuthor) > 0:
		names = m.relAuthor
	default:
		for _, b := range m.bylines {
			if n := cleanAuthor(b); n != "" {
				names = []string{n}
				break
			}
		}
		if len(names) == 0 && len(m.authorLinks) > 0 {
			names = m.authorLinks[:1]
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		n = cleanAuthor(n)
		if n == "" || seen[strings.ToLower(n)] {
			continue
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}

// cleanAuthor strips "By", "Di", "Автор:" and refuses URLs and long text.
func cleanAuthor(s string) string {
	s = clean(s)
	low := strings.ToLower(s)
	for _, p := range []string{"by ", "di ", "a cura di ", "автор: ", "автор ", "автори: ", "written by ",
		"posted by ", "submitted by ", "published by ", "від ", "pubblicato da "} {
		if strings.HasPrefix(low, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	// "Jane Doe on 12 March", "Jane Doe | 5 March 2024": keep the name.
	for _, sep := range []string{" on ", " | ", " · ", " • ", " il ", " — ", ", updated", " updated "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	s = strings.Trim(s, " ,;:|-–—")
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "@") || runeLen(s) > 80 || !hasLetter(s) {
		return ""
	}
	return s
}

// body runs the extraction: strict first, then with looser pruning when the
// strict result is too short; JSON-LD articleBody replaces a result that is
// much shorter than it; a listing page yields "".
func (t *tree) body(m *pageMeta, title string) string {
	if len(t.elems) == 0 {
		return ""
	}
	articleType := m.isArticle()
	var (
		best      []block
		bestSel   selection
		bestRunes int
	)
	normTitle := normLoose(title)
	for mode := pruneAll; mode <= pruneNone; mode++ {
		t.prune(mode)
		sel := t.choose(t.titled(t.score(), normTitle), normTitle)
		if mode == pruneAll && !articleType && t.isListing(sel) {
			return ""
		}
		blocks := t.render(sel, title)
		n := blocksRunes(blocks)
		// A looser pass replaces a short result only when it keeps what the
		// strict pass found, or when the strict pass found next to nothing.
		if best == nil || n > bestRunes*2 && (bestRunes < minBody/2 || t.covers(sel, bestSel)) {
			best, bestSel, bestRunes = blocks, sel, n
		}
		if bestRunes >= minBody {
			break
		}
	}
	if bestRunes < minBody/2 {
		// Broader: every surviving paragraph of the page.
		t.prune(pruneAll)
		if blocks := t.render(selection{0}, title); blocksRunes(blocks) > bestRunes*2 {
			best = blocks
		}
	}
	text := join(best)
	if ab := bodyText(m.ld.body); ab != "" {
		abWords, words := wordCount(ab), wordCount(text)
		// The page's own articleBody wins when the DOM text is much shorter
		// or is mostly something else (a teaser block, a comment thread).
		if abWords >= 40 && (float64(words) < 0.6*float64(abWords) || overlap(ab, text) < 0.3) {
			text = ab
		}
	}
	return plaintext.Clean(text)
}

// isArticle reports whether the page declares itself an article (JSON-LD
// or Open Graph type).
func (m *pageMeta) isArticle() bool {
	return m.ld.article || strings.EqualFold(m.meta("og:type"), "article")
}

// overlap returns the fraction of a's word trigrams that also occur in b.
func overlap(a, b string) float64 {
	ta, tb := trigrams(a), trigrams(b)
	if len(ta) == 0 {
		return 0
	}
	in := 0
	for h := range ta {
		if _, ok := tb[h]; ok {
			in++
		}
	}
	return float64(in) / float64(len(ta))
}

// trigrams hashes the lower-cased word trigrams of s.
func trigrams(s string) map[uint64]struct{} {
	var words []string
	for f := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		words = append(words, f)
	}
	out := make(map[uint64]struct{}, len(words))
	for i := 0; i+3 <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+3] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out[h.Sum64()] = struct{}{}
	}
	return out
}

// covers reports whether every root of old lies inside a root of sel.
func (t *tree) covers(sel, old selection) bool {
	for _, o := range old {
		in := false
		for _, r := range sel {
			if o >= r && o < t.elems[r].end {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// isListing reports a section or index page: the chosen container is a
// teaser-sized block inside a column of linked headlines whose blurbs are
// short. The rule is strict because an empty result on an article page
// costs far more than a few teasers on an index page.
func (t *tree) isListing(sel selection) bool {
	if len(sel) == 0 {
		return false
	}
	var selGood int32
	for _, s := range sel {
		selGood += t.elems[s].live.good
	}
	if selGood >= 400 {
		return false
	}
	a := sel[0]
	for level := 0; level < 4 && a >= 0; level++ {
		e := &t.elems[a]
		if e.live.lheads >= 4 {
			return e.live.good < (e.live.lheads+1)*400
		}
		a = e.parent
	}
	return false
}

// bodyText turns a JSON-LD articleBody (plain text, sometimes with markup)
// into paragraphs.
func bodyText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if strings.Contains(s, "</") || strings.Contains(s, "<p") || strings.Contains(s, "<br") {
		if root, err := html.Parse(strings.NewReader(s)); err == nil {
			t := build(root, 100_000, len(s), nil)
			t.prune(pruneNone)
			return join(t.render(selection{0}, ""))
		}
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var paras []string
	for p := range strings.SplitSeq(s, "\n") {
		if p = clean(p); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// sanitize guarantees valid UTF-8 in every field.
func sanitize(a *Article) {
	for _, f := range []*string{&a.Title, &a.Text, &a.Author, &a.Site, &a.Canonical, &a.Description, &a.Published, &a.Lang} {
		if !utf8.ValidString(*f) {
			*f = strings.ToValidUTF8(*f, "\uFFFD")
		}
	}
}
