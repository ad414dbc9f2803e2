package htmltext

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// stripped applies the pre-pass to page and returns what the parser reads.
func stripped(page string) string {
	keep := stripSpans(page)
	if keep == nil {
		return page
	}
	var b strings.Builder
	for _, sp := range keep {
		b.WriteString(page[sp.start:sp.end])
	}
	return b.String()
}

func TestStrip(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"script", `<p>a</p><script>var x = "<p>";</script><p>b`, `<p>a</p><script></script><p>b`},
		{"upper case", `<SCRIPT type=text/javascript>x</SCRIPT ><P>y`, `<SCRIPT type=text/javascript></SCRIPT ><P>y`},
		{"style", `<style>p{color:red}</style><p>x`, `<style></style><p>x`},
		{"noscript iframe textarea", `<noscript><img src=x></noscript><iframe>f</iframe><textarea>t</textarea>`,
			`<noscript></noscript><iframe></iframe><textarea></textarea>`},
		{"json-ld kept", `<script type="application/ld+json">{"a":1}</script><script>x</script>`,
			`<script type="application/ld+json">{"a":1}</script><script></script>`},
		{"json-ld in capitals kept", `<script TYPE='Application/LD+JSON'>{}</script>`, `<script TYPE='Application/LD+JSON'>{}</script>`},
		{"escaped type kept", `<script type="application/ld&#43;json">{}</script>`, `<script type="application/ld&#43;json">{}</script>`},
		{"class kept", `<noscript class="byline">Jane</noscript><style>a</style>`, `<noscript class="byline">Jane</noscript><style></style>`},
		{"itemprop kept", `<script itemprop="x">y</script>`, `<script itemprop="x">y</script>`},
		{"end tag must end", `<script>a</scriptx>b</script><p>c`, `<script></script><p>c`},
		{"end tag in a string", `<script>s = "</script>"; t = 1</script>`, `<script></script>"; t = 1</script>`},
		{"escaped script", `<script><!--<script></script>x</script>--></script><p>p`, `<script></script>--></script><p>p`},
		{"escape left by dashes", `<script><!-- a --></script><p>p`, `<script></script><p>p`},
		{"quoted '>' in attribute", `<p a='>' b="<script>">x</p><script>y</script>`, `<p a='>' b="<script>">x</p><script></script>`},
		{"unclosed script kept", `<p>x</p><script>while(1){`, `<p>x</p><script>while(1){`},
		{"unclosed comment kept", `<p>x</p><!-- never ends <p>hidden</p>`, `<p>x</p><!-- never ends <p>hidden</p>`},
		{"comment before a tag", `<p>a<!-- c --></p>`, `<p>a</p>`},
		{"comment between texts kept", `<p>a<!-- c -->b</p>`, `<p>a<!-- c -->b</p>`},
		{"odd comment ends", `<!--->x<!---->y<!--a--!><p>z`, `<!--->x<!---->y<p>z`},
		{"comment after pre kept", `<pre></b><!--c-->` + "\n" + `x</pre><!--d--><p>`, `<pre></b><!--c-->` + "\n" + `x</pre><!--d--><p>`},
		{"title untouched", `<title>a<!--b</title>--><script>s</script>`, `<title>a<!--b</title>--><script></script>`},
		{"xmp untouched", `<xmp><script></xmp><script>s</script>`, `<xmp><script></xmp><script></script>`},
		{"script in svg is markup", `<svg><script>a<x></x></script></svg><script>s</script>`, `<svg><script>a<x></x></script></svg><script></script>`},
		{"html tag leaves svg", `<svg><script>a<b></b></script></svg><script>s</script>`, `<svg><script>a<b></b></script></svg><script>s</script>`},
		{"mixed case", `<Script>x</Script>`, `<Script></Script>`},
		{"cdata in svg", `<svg><![CDATA[</svg><script>x</script>]]></svg><script>s</script>`, `<svg><![CDATA[</svg><script>x</script>]]></svg><script></script>`},
		{"self-closing svg", `<svg/><script>s</script>`, `<svg/><script></script>`},
		{"slash in a value is not self-closing", `<svg a=b/><script>s</script>`, `<svg a=b/><script>s</script>`},
		{"breakout from svg stops", `<svg><p><script>s</script>`, `<svg><p><script>s</script>`},
		{"integration point stops", `<svg><foreignObject><div></svg><script>s</script>`, `<svg><foreignObject><div></svg><script>s</script>`},
		{"svg in select stops", `<select><svg><script>s</script>`, `<select><svg><script>s</script>`},
		{"svg after select", `<select></select><svg></svg><script>s</script>`, `<select></select><svg></svg><script></script>`},
		{"plaintext stops", `<plaintext><script>s</script>`, `<plaintext><script>s</script>`},
		{"nothing to cut", `<div><p>plain</p></div>`, `<div><p>plain</p></div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripped(tt.in); got != tt.want {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
			if got := stripSpans([]byte(tt.in)); !equalSpans(got, stripSpans(tt.in)) {
				t.Errorf("bytes and string scans differ: %v vs %v", got, stripSpans(tt.in))
			}
		})
	}
}

func equalSpans(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// canonical writes the parts of a parse tree the pre-pass must not change:
// every element with its namespace and attributes, and all text but that of
// the elements whose text it may cut. Comments are left out and adjacent
// texts joined, since a comment is cut only where that joins no texts.
func canonical(doc *html.Node) string {
	var b strings.Builder
	var text strings.Builder
	flushText := func() {
		if text.Len() > 0 {
			b.WriteString("T(" + text.String() + ")")
			text.Reset()
		}
	}
	var walk func(n *html.Node, cutText bool)
	walk = func(n *html.Node, cutText bool) {
		switch n.Type {
		case html.TextNode:
			if !cutText {
				text.WriteString(n.Data)
			}
			return
		case html.CommentNode:
			return
		case html.DoctypeNode:
			flushText()
			b.WriteString("D(" + n.Data + ")")
			return
		case html.ElementNode:
			flushText()
			b.WriteString("<" + n.Namespace + ":" + n.Data)
			for _, a := range n.Attr {
				b.WriteString(" " + a.Namespace + ":" + a.Key + "=" + a.Val)
			}
			b.WriteString(">")
			cutText = n.Namespace == "" && mayCutText(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, cutText)
		}
		if n.Type == html.ElementNode {
			flushText()
			b.WriteString("</>")
		}
	}
	walk(doc, false)
	flushText()
	return b.String()
}

// mayCutText reports an element whose text the pre-pass may leave out.
func mayCutText(n *html.Node) bool {
	switch n.Data {
	case "script", "style", "noscript", "iframe", "textarea":
	default:
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "itemprop" || a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
			return false
		}
	}
	return true
}

// FuzzStrip checks the pre-pass against the parser on any input: the tree
// parsed from what it keeps equals the tree of the whole page but for
// comments and the text of elements whose text it may cut; it never grows
// the input, and it keeps ranges in order.
func FuzzStrip(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"<script>a</script>", "<p>a<!--b-->c", "<!--a--><!--b-->c<table>d<!--e-->f", "<pre><!--a-->\nb",
		"<pre></b><!--a-->\nb", "<svg><path d=1/><script>a<!--b</script>--></svg><script>c</script>",
		"<math><mi><script>a</script></mi></math><style>b</style>", "<select><template></select></template><svg><script>a",
		"<table><tr><td><svg><desc><p>x</svg><script>y</script>", "<script><!--<script>a</script>b</script>c--></script>d",
		"<div a=/ b='>'/><style>x</style>", "<noscript><p>a</noscript><iframe src=x>b</iframe>", "<textarea>\na</textarea>",
		"<svg><![CDATA[a]]><!--b-->c</svg>d<!--e--><p>", "<svg><a href=x/><g a=1 a=2/></g></svg><script>z</script>",
		"<colgroup><template><col><svg><script>a</script>", "<frameset><svg><script>a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		keep := stripSpans(page)
		last := 0
		for _, sp := range keep {
			if sp.start < last || sp.end <= sp.start || sp.end > len(page) {
				t.Fatalf("bad spans %v for %d bytes", keep, len(page))
			}
			last = sp.end
		}
		out := stripped(page)
		if len(out) > len(page) {
			t.Fatalf("pre-pass grew the input")
		}
		a, errA := html.Parse(strings.NewReader(page))
		b, errB := html.Parse(strings.NewReader(out))
		if (errA == nil) != (errB == nil) {
			t.Fatalf("parse errors differ: %v / %v", errA, errB)
		}
		if errA != nil {
			return
		}
		if ca, cb := canonical(a), canonical(b); ca != cb {
			t.Fatalf("trees differ for %q (kept %q)\nwhole: %s\n kept: %s", page, out, ca, cb)
		}
	})
}

// TestStripSoup checks the pre-pass as FuzzStrip does, on pages made of
// random pieces chosen to meet its hard cases: raw text that hides end
// tags, foreign content with and without HTML inside, tags in mixed case,
// quoted '>', comments next to text, <pre>, <select> and <template>.
func TestStripSoup(t *testing.T) { checkSoup(t, 4000, 1) }

func checkSoup(t *testing.T, pages int, seed uint64) {
	pieces := []string{
		"<script>", "</script>", "<SCRIPT type=module>", "<script type='application/ld+json'>", "</script x='>'>",
		"<style>", "</style>", "<StYlE>", "<noscript>", "</noscript>", "<iframe>", "</iframe>", "<textarea>", "</textarea>",
		"<title>", "</title>", "<xmp>", "</xmp>", "<svg>", "</svg>", "<svg/>", "<svg a=b/>", "<math>", "</math>",
		"<path d='M0 0'/>", "<g>", "</g>", "<foreignObject>", "<desc>", "<mi>", "<p>", "</p>", "<div>", "</div>",
		"<b>", "</b>", "<a href=x>", "</a>", "<table>", "<td>", "<pre>", "\n", "<select>", "</select>", "<template>",
		"</template>", "<!--", "-->", "--!>", "<!-->", "<!---->", "<![CDATA[", "]]>", "<!doctype html>", "<?x>",
		"</>", "</ x>", "<", ">", "'", "\"", "=", "/", "-", "!", "<!--<script>", "text", " ", "x = 1;", "<span class=byline>",
		"<noscript class=author>", "<script itemprop=x>", "<font color=red>", "<plaintext>", "<frameset>", "<br/>",
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	for i := 0; i < pages; i++ {
		var b strings.Builder
		for n := rng.IntN(30); n >= 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		page := b.String()
		out := stripped(page)
		a, errA := html.Parse(strings.NewReader(page))
		c, errC := html.Parse(strings.NewReader(out))
		if errA != nil || errC != nil {
			if (errA == nil) != (errC == nil) {
				t.Fatalf("parse errors differ on %q: %v / %v", page, errA, errC)
			}
			continue
		}
		if ca, cc := canonical(a), canonical(c); ca != cc {
			t.Fatalf("trees differ for %q (kept %q)\nwhole: %s\n kept: %s", page, out, ca, cc)
		}
	}
}
