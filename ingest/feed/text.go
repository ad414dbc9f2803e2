package feed

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// resolve makes ref absolute against base and returns it if it is an http
// or https URL with a host, without its fragment; otherwise "".
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if u.IsAbs() && !strings.ContainsRune(ref, '#') && strings.HasPrefix(ref, u.Scheme) {
		// Already absolute, as sitemaps require, with its scheme in lower
		// case (url.Parse lowers it; "HTTP://…" is re-serialised): keep
		// the string as is and spare the re-serialisation.
		if !isWeb(u) {
			return ""
		}
		return ref
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !isWeb(u) {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

func isWeb(u *url.URL) bool {
	s := strings.ToLower(u.Scheme)
	return (s == "http" || s == "https") && u.Host != "" && u.Hostname() != ""
}

// normLang reduces a language tag ("it-IT", "uk_UA", "EN") to its primary
// subtag ("it", "uk", "en"); anything that is not 2–3 ASCII letters gives "".
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(s)
}

// cleanText turns a feed's title or summary — often HTML, sometimes
// escaped twice — into one line of plain text, cut to maxRunes (0: no cut)
// at a word boundary when one is near.
func cleanText(s string, maxRunes int) string {
	if strings.ContainsAny(s, "<&") {
		s = htmlText(s)
	}
	s = strings.Join(strings.Fields(s), " ")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if maxRunes > 0 && utf8.RuneCountInString(s) > maxRunes {
		cut, n := 0, 0
		for i := range s {
			if n == maxRunes {
				cut = i
				break
			}
			n++
		}
		if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut*3/4 {
			cut = sp
		}
		s = strings.TrimRight(s[:cut], " ,;:-") + "…"
	}
	return s
}

// htmlText is the text content of an HTML fragment, without script and
// style, with block boundaries turned into spaces.
func htmlText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				skip++
			case "br", "p", "div", "li", "h1", "h2", "h3", "h4", "td":
				b.WriteByte(' ')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if skip > 0 {
					skip--
				}
			case "p", "div", "li", "h1", "h2", "h3", "h4", "td":
				b.WriteByte(' ')
			}
		case html.SelfClosingTagToken:
			b.WriteByte(' ')
		}
	}
}

// feedDate returns the calendar date of a feed timestamp as the publisher
// wrote it (its own offset, not UTC), falling back on gofeed's parse.
func feedDate(raw string, parsed *time.Time) string {
	if d := isoDate(raw); d != "" {
		return d
	}
	if d := rfc822Date(raw); d != "" {
		return d
	}
	if parsed != nil && !parsed.IsZero() && parsed.Year() >= 1000 && parsed.Year() <= 9999 {
		return parsed.Format("2006-01-02")
	}
	return ""
}

// isoDate returns the YYYY-MM-DD that starts a W3C/ISO 8601 datetime
// ("2025-03-14", "2025-03-14T23:30:00+01:00"), if it is a real date.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || (len(s) > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') {
		return ""
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil || t.Year() < 1000 {
		return ""
	}
	return s[:10]
}

// rfc822Date reads the date part of an RFC 822/1123 timestamp
// ("Fri, 14 Mar 2025 23:30:00 +0100"), tolerating a missing weekday, full
// month names, two-digit years and the Italian abbreviations some Italian
// feeds emit ("14 Mag 2025").
func rfc822Date(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ','); i >= 0 && i < 12 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) < 3 {
		return ""
	}
	day, err := strconv.Atoi(f[0])
	if err != nil {
		return ""
	}
	month, ok := monthNumber(f[1])
	if !ok {
		return ""
	}
	year, err := strconv.Atoi(f[2])
	if err != nil || year < 0 {
		return ""
	}
	switch {
	case len(f[2]) == 2 && year < 70:
		year += 2000
	case len(f[2]) == 2:
		year += 1900
	case len(f[2]) != 4:
		return ""
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month || year < 1000 {
		return "" // 31 Feb and the like
	}
	return t.Format("2006-01-02")
}

// monthPrefixes maps the first three letters of English and Italian month
// names to month numbers. Facts, not prose.
var monthPrefixes = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
	"gen": 1, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10, "dic": 12,
}

func monthNumber(s string) (int, bool) {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if len(s) < 3 {
		return 0, false
	}
	m, ok := monthPrefixes[s[:3]]
	return m, ok
}
