package htmltext

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

const prose = "The delegation arrived in the capital on Monday, and talks on the reconstruction fund continued late into the evening."

func TestRobustInputs(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "<html><body>" + strings.Repeat(open, n) + "<p>" + prose + "</p>" + strings.Repeat(close, n) + "</body></html>"
	}
	tests := []struct {
		name     string
		page     string
		wantText string // a substring the body must contain ("" = only no panic and valid UTF-8)
	}{
		{"deep divs", deep("<div>", "</div>", 100_000), prose},
		{"deep spans", deep("<span>", "</span>", 100_000), prose},
		{"deep unclosed", deep("<div><section>", "", 50_000), prose},
		{"deep tables", deep("<table><tr><td>", "</td></tr></table>", 2_000), prose},
		{"deep formatting", deep("<b><i><u>", "", 30_000), prose},
		{"unclosed everything", "<html><body><div><p>" + prose + "<p>" + prose + "<div><ul><li>one<li>two", prose},
		{"invalid utf8", "<html><body><p>" + prose + " \xff\xfe\xc3 broken \xed\xa0\x80 bytes</p></body></html>", "broken"},
		{"nul bytes", "<html><body><p>" + prose + "\x00 after nul</p></body></html>", "after nul"},
		{"only a fragment", "<p>" + prose + "</p>", prose},
		{"no body text", "<html><head><title>t</title></head><body><script>var x=1;</script></body></html>", ""},
		{"stray end tags", "</div></p></body><p>" + prose + "</p></span></html></html>", prose},
		{"script never closed", "<html><body><p>" + prose + "</p><script>while(1){", prose},
		{"comment never closed", "<html><body><p>" + prose + "</p><!-- never ends <p>hidden</p>", prose},
		{"attribute soup", `<div class="a"b"c" id=>>><p class=` + "\x01" + `>` + prose + `</p>`, prose},
		{"broken json-ld", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":` + "\n" + `"x", ,}</script></head><body><p>` + prose + `</p></body></html>`, prose},
		{"json-ld deep", `<html><head><script type="application/ld+json">` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `</script></head><body><p>` + prose + `</p></body></html>`, prose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractString(tt.page, "https://example.org/x", Options{})
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			for _, f := range []string{a.Title, a.Text, a.Author, a.Site, a.Description} {
				if !utf8.ValidString(f) || strings.ContainsRune(f, 0) {
					t.Errorf("invalid UTF-8 or NUL in output %q", f)
				}
			}
			if !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("text %q does not contain %q", trunc(a.Text), tt.wantText)
			}
		})
	}
}

func trunc(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// TestTruncated cuts a real-looking page at many points: every prefix must
// extract without error (it is still HTML) and the article's opening must
// survive once the cut is past it.
func TestTruncated(t *testing.T) {
	raw, err := os.ReadFile("testdata/pages/wordpress.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(raw)
	first := "Ships carrying wheat, maize and sunflower oil"
	firstAt := strings.Index(page, first)
	for cut := 200; cut < len(page); cut += 97 {
		a, err := ExtractString(page[:cut], "", Options{})
		if err != nil {
			t.Fatalf("cut %d: %v", cut, err)
		}
		if cut > firstAt+400 && !strings.Contains(a.Text, first) {
			t.Fatalf("cut %d: lost the first paragraph; got %q", cut, trunc(a.Text))
		}
	}
}

func TestHugePage(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><nav><a href='/'>Home</a></nav><div class='article-body'>")
	for b.Len() < 6<<20 {
		b.WriteString("<p>" + prose + "</p>\n")
	}
	b.WriteString("</div></body></html>")
	a, err := ExtractString(b.String(), "", Options{MaxBytes: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Text) < 3<<20 {
		t.Errorf("huge page: got %d bytes of text, want most of the 4 MiB read", len(a.Text))
	}
	if strings.Contains(a.Text, "Home") {
		t.Errorf("navigation leaked into a huge page's text")
	}
}

func TestMaxNodes(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div><p>"+prose+"</p></div>", 2000) + "</body></html>"
	a, err := ExtractString(page, "", Options{MaxNodes: 100})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "delegation"); n == 0 || n > 100 {
		t.Errorf("MaxNodes 100: got %d paragraphs", n)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestReadError(t *testing.T) {
	_, err := Extract(failingReader{}, "https://example.org/a", Options{})
	if err == nil || !strings.Contains(err.Error(), "connection reset") || !strings.Contains(err.Error(), "https://example.org/a") {
		t.Errorf("read error not wrapped with the URL: %v", err)
	}
}
