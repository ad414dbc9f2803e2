package htmltext

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := map[string]string{
		"2024-03-06T10:00:00+01:00":       "2024-03-06",
		"2024-03-06T23:30:00-05:00":       "2024-03-06", // the publisher's own calendar day
		"2024/03/06":                      "2024-03-06",
		"20240306":                        "2024-03-06",
		"20240306T101500Z":                "2024-03-06",
		"06.03.2024":                      "2024-03-06",
		"Wed, 06 Mar 2024 10:00:00 GMT":   "2024-03-06",
		"Wed, 6 Mar 2024 10:00:00 +0100":  "2024-03-06",
		"March 6, 2024":                   "2024-03-06",
		"6 March 2024":                    "2024-03-06",
		"2024-02-30":                      "",
		"2024-13-01":                      "",
		"1850-01-01":                      "",
		"Tue, 12/12/2023 - 09:30":         "",
		"yesterday":                       "",
		"":                                "",
		"2024-03-061":                     "",
		strings.Repeat("2024-03-06 ", 20): "",
	}
	for in, want := range tests {
		if got := parseDate(in); got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateInPath(t *testing.T) {
	tests := map[string]string{
		"/2024/03/06/some-story/":       "2024-03-06",
		"/news/2024/3/6/story":          "2024-03-06",
		"/archivio/2023-11-28-notizia":  "2023-11-28",
		"/a/20231128/story.html":        "2023-11-28",
		"/news/world-68123456":          "",
		"/2024/03/story":                "",
		"/id/12345678901/":              "",
		"/2024/02/31/impossible/":       "",
		"/esteri/24_marzo_05/x.shtml":   "",
		"/products/2024/12/1234567/abc": "",
	}
	for in, want := range tests {
		if got := dateInPath(in); got != want {
			t.Errorf("dateInPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLangCode(t *testing.T) {
	tests := map[string]string{
		"it-IT": "it", "uk_UA": "uk", "EN": "en", "ua": "uk", "ukr": "uk", "ita": "it",
		"en-US,en;q=0.9": "en", "": "", "x-klingon": "", "русский": "", "zzz": "",
	}
	for in, want := range tests {
		if got := langCode(in); got != want {
			t.Errorf("langCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Ministers meet in Rome | The Daily Test", "The Daily Test", "Ministers meet in Rome"},
		{"The Daily Test - Ministers meet in Rome", "The Daily Test", "Ministers meet in Rome"},
		{"Grain corridor keeps ports busy despite winter storms – Black Sea Monitor", "Black Sea Monitor", "Grain corridor keeps ports busy despite winter storms"},
		{"Title of a story about something :: Valley Ledger", "", "Title of a story about something"},
		{"Biden - Putin summit ends without a deal", "", "Biden - Putin summit ends without a deal"},
		{"Short | Site", "", "Short | Site"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSite(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestCleanAuthor(t *testing.T) {
	tests := map[string]string{
		"By Jane Doe":                        "Jane Doe",
		"  di   Mario Rossi ":                "Mario Rossi",
		"Автор: Олена Коваль":                "Олена Коваль",
		"Submitted by Marta on Tue, 12/12":   "Marta",
		"Jane Doe | 5 March 2024":            "Jane Doe",
		"https://facebook.com/someone":       "",
		"@handle":                            "",
		strings.Repeat("very long name ", 9): "",
	}
	for in, want := range tests {
		if got := cleanAuthor(in); got != want {
			t.Errorf("cleanAuthor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBodyText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"First paragraph.\n\nSecond   paragraph.\r\n", "First paragraph.\n\nSecond paragraph."},
		{"<p>First <b>bold</b> words.</p><p>Second.</p>", "First bold words.\n\nSecond."},
		{"Line one<br>line two", "Line one\nline two"},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := bodyText(tt.in); got != tt.want {
			t.Errorf("bodyText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name, script string
		want         ldInfo
	}{
		{"graph with article and website",
			`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site X"},{"@type":["NewsArticle"],"headline":"H","datePublished":"2024-01-02","author":[{"@type":"Person","name":"A"},"B"],"publisher":{"name":"P"},"articleBody":"Body"}]}`,
			ldInfo{article: true, headline: "H", published: "2024-01-02", authors: []string{"A", "B"}, publisher: "P", siteName: "Site X", body: "Body", filledByArticle: true}},
		{"raw newline and trailing comma",
			"{\"@type\":\"Article\",\"headline\":\"Line\nbreak\",}",
			ldInfo{article: true, headline: "Line break", filledByArticle: true}},
		{"article beats webpage",
			`[{"@type":"WebPage","name":"Page name","datePublished":"2020-01-01"},{"@type":"BlogPosting","headline":"Post","datePublished":"2024-05-05"}]`,
			ldInfo{article: true, headline: "Post", published: "2024-05-05", filledByArticle: true}},
		{"garbage", `{not json`, ldInfo{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l ldInfo
			l.parse(tt.script)
			if l.article != tt.want.article || l.headline != tt.want.headline || l.published != tt.want.published ||
				strings.Join(l.authors, ",") != strings.Join(tt.want.authors, ",") || l.publisher != tt.want.publisher ||
				l.siteName != tt.want.siteName || l.body != tt.want.body {
				t.Errorf("got %+v\nwant %+v", l, tt.want)
			}
		})
	}
}

func TestBylineClass(t *testing.T) {
	for _, c := range []string{
		"byline", "Article-Byline", "post-AUTHOR", "autore", "firma-box", "avtor", "c-Writer", "submitted",
		"c-7f3a", "header", "", "authority", "bylin", "WR\u0130TER", "автор", "by-line", "\xffbyline",
	} {
		if got, want := bylineClass(c), isBylineClass(strings.ToLower(c)); got != want {
			t.Errorf("bylineClass(%q) = %v, want %v", c, got, want)
		}
	}
}

func TestAuthorLink(t *testing.T) {
	tests := map[string]bool{
		"/author/jane-doe": true, "https://example.org/Authors/x": true, "/autore/mario": true,
		"/firme/x": true, "/%D0%B0%D0%B2%D1%82%D0%BE%D1%80/x": false, "/автор/олена": true,
		"/news/world-1": false, "https://example.org/about": false, "": false, "/": false,
		"//a/author/": true,
	}
	for href, want := range tests {
		if got := authorLink(href); got != want {
			t.Errorf("authorLink(%q) = %v, want %v", href, got, want)
		}
	}
	// The quick test must let through every link the full test accepts.
	for _, href := range []string{"/a", "/A", "/f", "/F", "/%", "/а", "x/y/a", "/b/c", "a/", "/"} {
		want := strings.Contains(href, "/a") || strings.Contains(href, "/A") || strings.Contains(href, "/f") ||
			strings.Contains(href, "/F") || strings.Contains(href, "/%") || strings.Contains(href, "/а")
		if got := authorLinkCandidate(href); got != want {
			t.Errorf("authorLinkCandidate(%q) = %v, want %v", href, got, want)
		}
	}
}

func TestNormLoose(t *testing.T) {
	tests := map[string]string{
		"Energy  Ministers’ “plan”": `energy ministers' "plan"`,
		"«Київ»\n2024":              `"київ" 2024`,
		"plain":                     "plain",
		"bad \xff byte":             "bad \ufffd byte",
	}
	for in, want := range tests {
		if got := normLoose(in); got != want {
			t.Errorf("normLoose(%q) = %q, want %q", in, got, want)
		}
	}
}
