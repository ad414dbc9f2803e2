package htmltext

import (
	"bytes"
	"html"

	nethtml "golang.org/x/net/html"
)

// flatten re-serializes a page that the parser rejected for its nesting,
// dropping the start and end tags of elements opened deeper than maxDepth.
// Their text stays in place, so only structure is lost. The depth counted
// here never undercounts the parser's, since implied end tags are ignored.
func flatten(data []byte, maxDepth int) []byte {
	z := nethtml.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	out.Grow(len(data))
	var open []string // names of kept open elements
	dropped := 0      // start tags dropped and not yet closed
	for {
		tt := z.Next()
		switch tt {
		case nethtml.ErrorToken:
			return out.Bytes() // io.EOF or a read error: keep what was read
		case nethtml.StartTagToken:
			tok := z.Token()
			if voidElement(tok.Data) {
				out.WriteString(tok.String())
				continue
			}
			if len(open) >= maxDepth {
				dropped++
				continue
			}
			open = append(open, tok.Data)
			out.WriteString(tok.String())
		case nethtml.EndTagToken:
			tok := z.Token()
			if dropped > 0 {
				dropped--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == tok.Data {
					open = open[:i]
					out.WriteString(tok.String())
					break
				}
			}
		default:
			out.Write(z.Raw())
		}
	}
}

// textOnly keeps a page's text and nothing of its structure but paragraph
// breaks at block tags: the last resort for a page the parser rejects.
func textOnly(data []byte) []byte {
	z := nethtml.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	out.WriteString("<html><body><p>")
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case nethtml.ErrorToken:
			out.WriteString("</p></body></html>")
			return out.Bytes()
		case nethtml.TextToken:
			if skip == 0 {
				out.WriteString(html.EscapeString(string(z.Text())))
			}
		case nethtml.StartTagToken, nethtml.EndTagToken, nethtml.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template", "svg":
				if tt == nethtml.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote":
				out.WriteString("</p><p>")
			}
		}
	}
}

func voidElement(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"param", "source", "track", "wbr", "keygen":
		return true
	}
	return false
}
