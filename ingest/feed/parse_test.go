package feed

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func TestParseBehaviour(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		check func(t *testing.T, f *Feed)
	}{
		{"dates stay in the publisher's zone (RSS)", "rss.xml", func(t *testing.T, f *Feed) {
			// 00:40 +0100 on the 14th is still the 13th in UTC.
			if f.Items[0].Published != "2025-03-14" {
				t.Errorf("Published %q", f.Items[0].Published)
			}
		}},
		{"dates stay in the publisher's zone (Atom)", "atom.xml", func(t *testing.T, f *Feed) {
			if f.Items[0].Published != "2025-03-14" {
				t.Errorf("Published %q", f.Items[0].Published)
			}
		}},
		{"dates stay in the publisher's zone (JSON)", "feed.json", func(t *testing.T, f *Feed) {
			if f.Items[0].Published != "2025-03-10" {
				t.Errorf("Published %q", f.Items[0].Published)
			}
		}},
		{"Atom without published uses updated", "atom.xml", func(t *testing.T, f *Feed) {
			if f.Items[1].Published != "2025-03-12" {
				t.Errorf("Published %q", f.Items[1].Published)
			}
		}},
		{"relative links, fragments, permalink GUIDs, dropped items", "rss.xml", func(t *testing.T, f *Feed) {
			want := []string{
				"https://notizie.example.it/politica/2025/03/14/pacchetto-aiuti",
				"https://notizie.example.it/en/kyiv-thanks-rome",
				"https://notizie.example.it/esteri/guid-permalink",
				"https://notizie.example.it/cronaca/data-italiana",
			}
			if got := links(f); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("links %q", got)
			}
			if f.Dropped != 2 { // no link at all; javascript:
				t.Errorf("Dropped %d", f.Dropped)
			}
		}},
		{"item language overrides feed language", "rss.xml", func(t *testing.T, f *Feed) {
			if f.Lang != "it" || f.Items[0].Lang != "it" || f.Items[1].Lang != "en" {
				t.Errorf("langs %q %q %q", f.Lang, f.Items[0].Lang, f.Items[1].Lang)
			}
		}},
		{"HTML summaries become text, scripts dropped", "rss.xml", func(t *testing.T, f *Feed) {
			s := f.Items[0].Summary
			if s != "Il governo ha approvato ieri sera un decreto da 120 milioni di euro." {
				t.Errorf("Summary %q", s)
			}
		}},
		{"Italian month abbreviation", "rss.xml", func(t *testing.T, f *Feed) {
			if f.Items[3].Published != "2025-05-07" {
				t.Errorf("Published %q", f.Items[3].Published)
			}
		}},
		{"windows-1251 RSS decoded", "rss-1251.xml", func(t *testing.T, f *Feed) {
			if f.Title != "Новини громади" || f.Items[0].Title != "Депутати підтримали програму відновлення мостів" {
				t.Errorf("titles %q %q", f.Title, f.Items[0].Title)
			}
		}},
		{"news sitemap: news:title, not image:title", "news-sitemap.xml", func(t *testing.T, f *Feed) {
			it := f.Items[0]
			if it.Title != "Crosetto a Kyiv: «Il sostegno italiano continuerà»" || it.Lang != "it" || it.Published != "2025-03-14" {
				t.Errorf("item %+v", it)
			}
			if f.Items[1].Lang != "uk" || !strings.HasPrefix(f.Items[1].Title, "Італія") {
				t.Errorf("item %+v", f.Items[1])
			}
		}},
		{"sitemap: image:loc not taken, bad lastmod ignored, & tolerated", "sitemap.xml", func(t *testing.T, f *Feed) {
			want := []string{
				"https://www.example.com/world/2025/03/aid-package",
				"https://www.example.com/search?q=aid&page=2",
				"https://www.example.com/search?q=aid&page=3",
				"https://www.example.com/relative/path-resolved",
			}
			if got := links(f); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("links %q", got)
			}
			if f.Items[0].Modified != "2025-03-14" || f.Items[3].Modified != "" || f.Items[0].Published != "" {
				t.Errorf("dates %+v", f.Items)
			}
			if f.Dropped != 2 {
				t.Errorf("Dropped %d", f.Dropped)
			}
		}},
		{"sitemap index lists sitemaps, not items", "sitemap-index.xml", func(t *testing.T, f *Feed) {
			if f.Kind != KindSitemapIndex || len(f.Items) != 0 || len(f.Sitemaps) != 3 ||
				f.Sitemaps[2] != "https://www.example.com/sitemaps/archive.xml" {
				t.Errorf("feed %+v", f)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(readTestdata(t, tt.file), bases[tt.file])
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, f)
		})
	}
}

func links(f *Feed) []string {
	var out []string
	for _, it := range f.Items {
		out = append(out, it.Link)
	}
	return out
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		body    []byte
		notFeed bool // errors.Is ErrNotFeed
	}{
		{"html page", readTestdata(t, "page.html"), true},
		{"plain json", readTestdata(t, "not-a-feed.json"), true},
		{"empty", nil, true},
		{"whitespace", []byte(" \n\t "), true},
		{"binary", []byte{0x00, 0x01, 0xff, 0xfe, 0x80}, true},
		{"other xml root", []byte(`<?xml version="1.0"?><catalog><book/></catalog>`), true},
		{"truncated sitemap", readTestdata(t, "malformed-sitemap.xml"), false},
		{"truncated rss", readTestdata(t, "malformed-rss.xml"), false},
		{"bad gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0x01}, false},
		{"json feed marker but broken", []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[`), false},
	}
	const base = "https://errors.example/feed"
	for _, tt := range tests {
		f, err := Parse(tt.body, base)
		if err == nil || f != nil {
			t.Errorf("%s: got %+v, want an error", tt.name, f)
			continue
		}
		if errors.Is(err, ErrNotFeed) != tt.notFeed {
			t.Errorf("%s: err %v, ErrNotFeed want %v", tt.name, err, tt.notFeed)
		}
		if !strings.Contains(err.Error(), base) {
			t.Errorf("%s: error %q does not name the URL", tt.name, err)
		}
	}
}

func TestSitemapCharset(t *testing.T) {
	title := "Уряд затвердив план відновлення енергетики"
	enc, err := charmap.Windows1251.NewEncoder().String(title)
	if err != nil {
		t.Fatal(err)
	}
	body := `<?xml version="1.0" encoding="windows-1251"?><urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` +
		`<url><loc>https://x.example.ua/a</loc><news:news><news:title>` + enc + `</news:title></news:news></url></urlset>`
	f, err := Parse([]byte(body), "https://x.example.ua/s.xml")
	if err != nil || len(f.Items) != 1 || f.Items[0].Title != title {
		t.Fatalf("err %v feed %+v", err, f)
	}
}

func TestParseWithoutBase(t *testing.T) {
	// RSS: the channel link stands in for the base.
	f, err := Parse(readTestdata(t, "rss.xml"), "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Items[0].Link != "https://notizie.example.it/politica/2025/03/14/pacchetto-aiuti" {
		t.Errorf("link %q", f.Items[0].Link)
	}
	// Sitemap: relative locs cannot be resolved and are dropped.
	f, err = Parse(readTestdata(t, "sitemap.xml"), "not a url")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 3 || f.Dropped != 3 {
		t.Errorf("items %d dropped %d", len(f.Items), f.Dropped)
	}
}

func gz(t testing.TB, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGzip(t *testing.T) {
	body := readTestdata(t, "news-sitemap.xml")
	f, err := Parse(gz(t, body), bases["news-sitemap.xml"])
	if err != nil || len(f.Items) != 2 {
		t.Fatalf("gzip sitemap: %v %+v", err, f)
	}
	if k := Sniff("application/x-gzip", gz(t, body)); k != KindSitemap {
		t.Errorf("Sniff gzip = %q", k)
	}
	bomb := gz(t, make([]byte, 3<<20))
	_, err = NewParser(Options{MaxBytes: 1 << 20}).Parse(bomb, "https://x.example/s.xml.gz")
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("gzip bomb: err = %v", err)
	}
}

// sitemapOf builds a urlset with n URLs.
func sitemapOf(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "<url><loc>https://www.example.com/news/%d/article-about-the-aid-package</loc><lastmod>2025-03-%02dT10:00:00+01:00</lastmod></url>\n", i, i%28+1)
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// rssOf builds an RSS 2.0 feed with n items.
func rssOf(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title><language>uk</language>` + "\n")
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Новина номер %d про допомогу</title><link>/n/%d</link><description>&lt;p&gt;Короткий опис новини %d.&lt;/p&gt;</description><pubDate>Mon, 10 Mar 2025 12:00:00 +0200</pubDate></item>\n", i, i, i)
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

func TestCaps(t *testing.T) {
	big := sitemapOf(100000)
	f, err := Parse(big, "https://www.example.com/sitemap.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 50000 || f.Dropped != 50000 {
		t.Errorf("100k sitemap: %d items, %d dropped; want 50000 each", len(f.Items), f.Dropped)
	}
	if f.Items[49999].Link != "https://www.example.com/news/49999/article-about-the-aid-package" {
		t.Errorf("last kept %q", f.Items[49999].Link)
	}
	f, err = NewParser(Options{MaxItems: 10}).Parse(rssOf(1000), "https://www.example.com/rss")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 10 || f.Dropped != 990 || f.Items[9].Link != "https://www.example.com/n/9" {
		t.Errorf("capped RSS: %d items, %d dropped", len(f.Items), f.Dropped)
	}
	s := NewParser(Options{MaxSummary: 20}).mustParse(t, rssOf(1))
	if got := s.Items[0].Summary; utf8.RuneCountInString(got) > 21 || !strings.HasSuffix(got, "…") {
		t.Errorf("MaxSummary: %q", got)
	}
}

func (p *Parser) mustParse(t *testing.T, body []byte) *Feed {
	t.Helper()
	f, err := p.Parse(body, "https://www.example.com/")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, ct string
		body     []byte
		want     Kind
	}{
		{"rss", "text/xml", readTestdata(t, "rss.xml"), KindRSS},
		{"rdf", "", readTestdata(t, "rdf.xml"), KindRSS},
		{"atom", "application/atom+xml", readTestdata(t, "atom.xml"), KindAtom},
		{"json feed", "application/json", readTestdata(t, "feed.json"), KindJSON},
		{"sitemap with stylesheet and comment", "text/xml", readTestdata(t, "sitemap.xml"), KindSitemap},
		{"sitemap index", "application/xml", readTestdata(t, "sitemap-index.xml"), KindSitemapIndex},
		{"html", "text/html; charset=utf-8", readTestdata(t, "page.html"), KindHTML},
		{"html without content type", "", readTestdata(t, "page.html"), KindHTML},
		{"doctype then meta", "", []byte("<!DOCTYPE html>\n<meta charset=utf-8><title>x</title>"), KindHTML},
		{"html mislabelled as rss", "application/rss+xml", readTestdata(t, "page.html"), KindHTML},
		{"rss mislabelled as html", "text/html", readTestdata(t, "rss.xml"), KindRSS},
		{"BOM and whitespace", "", append([]byte("\xEF\xBB\xBF\n  "), readTestdata(t, "atom.xml")...), KindAtom},
		{"plain json", "application/json", readTestdata(t, "not-a-feed.json"), KindUnknown},
		{"empty with rss type", "application/rss+xml", nil, KindRSS},
		{"empty", "", nil, KindUnknown},
		{"pdf", "application/pdf", []byte("%PDF-1.7"), KindUnknown},
		{"fragment", "text/html", []byte("<div>hello</div>"), KindHTML},
	}
	for _, tt := range tests {
		if got := Sniff(tt.ct, tt.body); got != tt.want {
			t.Errorf("%s: Sniff = %q, want %q", tt.name, got, tt.want)
		}
	}
	if !KindSitemap.IsFeed() || KindHTML.IsFeed() || KindUnknown.IsFeed() {
		t.Error("IsFeed")
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-14", "2025-03-14"},
		{"2025-03-14T00:30:00+02:00", "2025-03-14"},
		{"2025-03-14 23:59:59", "2025-03-14"},
		{"2025-02-30", ""},
		{"2025-03", ""},
		{"2025-03-14X", ""},
		{"Fri, 14 Mar 2025 00:40:00 +0100", "2025-03-14"},
		{"14 March 2025 10:00 GMT", "2025-03-14"},
		{"Mon, 7 Jul 25 09:00:00 EST", "2025-07-07"},
		{"Ven, 31 Ott 2025 10:00:00 +0100", "2025-10-31"},
		{"lun, 1 dic 2025", "2025-12-01"},
		{"Thu, 31 Feb 2025 10:00:00 GMT", ""},
		{"Tue, 14 Foo 2025", ""},
		{"14 Mar 125", ""},
		{"", ""},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		if got := feedDate(tt.in, nil); got != tt.want {
			t.Errorf("feedDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestResolve: links come out absolute, http or https, with the scheme
// in lower case, whatever case the feed wrote it in.
func TestResolve(t *testing.T) {
	base, _ := url.Parse("https://example.it/news/")
	for _, c := range []struct{ ref, want string }{
		{"https://example.it/a", "https://example.it/a"},
		{"httP://0", "http://0"},
		{"HTTPS://Example.it/b", "https://Example.it/b"},
		{"/c#top", "https://example.it/c"},
		{"d", "https://example.it/news/d"},
		{"ftp://example.it/e", ""},
		{"  ", ""},
	} {
		if got := resolve(base, c.ref); got != c.want {
			t.Errorf("resolve(%q) = %q, want %q", c.ref, got, c.want)
		}
	}
}

func TestNormLangAndClean(t *testing.T) {
	for in, want := range map[string]string{"it-IT": "it", "uk_UA": "uk", "EN": "en", " en-gb ": "en", "fil": "fil",
		"": "", "x": "", "english": "", "i1": "", "зу": ""} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"  Due   righe\n di testo ":                    "Due righe di testo",
		"<p>Uno</p><p>Due</p>":                         "Uno Due",
		"Prezzi &lt; 5 &euro; &amp; altro":             "Prezzi < 5 € & altro",
		"R&D budget":                                   "R&D budget",
		"a<br/>b":                                      "a b",
		"<style>p{}</style>Testo<script>x()</script>!": "Testo!",
		"bad \xff utf8":                                "bad \uFFFD utf8",
	} {
		if got := cleanText(in, 0); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cleanText("Міністр оборони України заявив про нову допомогу", 20); got != "Міністр оборони…" {
		t.Errorf("cut = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for name := range bases {
		f.Add(readTestdata(f, name), bases[name])
	}
	f.Add([]byte(`<urlset><url><loc>//x</loc></url></urlset>`), "http://a/")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"/a"}]}`), "https://b/")
	p := NewParser(Options{MaxItems: 100})
	f.Fuzz(func(t *testing.T, body []byte, base string) {
		Sniff("", body)
		feed, err := p.Parse(body, base)
		if err != nil {
			if feed != nil {
				t.Fatal("feed with error")
			}
			return
		}
		if !feed.Kind.IsFeed() {
			t.Fatalf("kind %q", feed.Kind)
		}
		if len(feed.Items)+len(feed.Sitemaps) > 100 || feed.Dropped < 0 {
			t.Fatalf("cap broken: %d items, %d sitemaps", len(feed.Items), len(feed.Sitemaps))
		}
		for _, it := range feed.Items {
			if !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
				t.Fatalf("link %q", it.Link)
			}
			for _, d := range []string{it.Published, it.Modified} {
				if d != "" && isoDate(d) != d {
					t.Fatalf("date %q", d)
				}
			}
			if !utf8.ValidString(it.Title) || !utf8.ValidString(it.Summary) {
				t.Fatalf("invalid UTF-8 in %+v", it)
			}
		}
	})
}

func BenchmarkParseSitemap(b *testing.B) {
	body := sitemapOf(50000)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(body, "https://www.example.com/sitemap.xml"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseNewsSitemap(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i := range 1000 {
		fmt.Fprintf(&buf, `<url><loc>https://giornale.example.it/a/%d</loc><news:news><news:publication><news:name>Prova</news:name><news:language>it</news:language></news:publication><news:publication_date>2025-03-14T10:00:00+01:00</news:publication_date><news:title>Il ministro parla del pacchetto numero %d</news:title></news:news></url>`, i, i)
	}
	buf.WriteString(`</urlset>`)
	body := buf.Bytes()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(body, "https://giornale.example.it/news.xml"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRSS(b *testing.B) {
	body := rssOf(1000)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(body, "https://www.example.com/rss"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSniff(b *testing.B) {
	body := readTestdata(b, "sitemap.xml")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		Sniff("text/xml", body)
	}
}
