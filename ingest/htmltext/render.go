package htmltext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// block is one paragraph, heading or list item of the output.
type block struct {
	text    string
	heading bool
	item    bool  // a list item: joined to the next item by one newline
	owner   int32 // for <br>-separated lines of one element
	brk     uint8
}

// render turns the selected subtrees into paragraphs. Inside them it drops
// what the page-level pruning let through: link lists, form widgets, teaser
// boxes, the headline, ad labels and link-only lines.
func (t *tree) render(sel selection, title string) []block {
	var out []block
	drop := make([]bool, 0, 64)
	normTitle := normLoose(title)
	for _, root := range sel {
		r := &t.elems[root]
		drop = drop[:0]
		for i := root; i < r.end; i++ {
			e := &t.elems[i]
			d := e.dead
			if !d && i != root {
				d = drop[e.parent-root] || t.dropInside(e)
			}
			drop = append(drop, d)
		}
		for k := r.u0; k < r.u1; k++ {
			u := &t.units[k]
			if drop[u.owner-root] {
				continue
			}
			o := &t.elems[u.owner]
			if o.tag == atom.H1 && u.owner != root {
				continue
			}
			if o.imgs > 0 && o.live.text < 200 && u.owner != root && o.end == u.owner+1 {
				continue // a caption sharing its block with the photo
			}
			ld := u.linkDensity()
			if ld > 0.6 || (ld > 0.5 && u.runes < 300) {
				continue
			}
			if !hasLetter(u.text) {
				continue
			}
			if nl := normLine(u.text); nl != "" {
				if _, ok := boilerplateLines[nl]; ok {
					continue
				}
			}
			if isHeading(o.tag) && normTitle != "" && normLoose(u.text) == normTitle {
				continue
			}
			out = append(out, block{
				text:    u.text,
				heading: isHeading(o.tag),
				item:    t.listItem(u.owner),
				owner:   u.owner,
				brk:     u.brk,
			})
		}
	}
	// Above the first real paragraph, a short line with a year, a time or a
	// "By" is a byline or dateline.
	for i := 0; i < len(out); i++ {
		b := out[i]
		n := runeLen(b.text)
		if n >= 100 {
			break
		}
		if !b.heading && isByline(b.text) {
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	// A heading with nothing of its own below it was the title of a box
	// that was dropped ("Related stories").
	kept := out[:0]
	for i, b := range out {
		if b.heading && (i == len(out)-1 || out[i+1].heading) {
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// dropInside decides, for an element inside the chosen container, whether
// it is furniture that page-level pruning missed.
func (t *tree) dropInside(e *elem) bool {
	if e.tag == atom.H1 {
		return false // handled per unit, to keep an h1 that is the container
	}
	s := e.live
	if s.text == 0 {
		return false
	}
	ld := s.linkDensity()
	if leafTag(e.tag) && e.tag != atom.Td && e.tag != atom.Li {
		return false // single paragraphs are judged per unit
	}
	switch {
	case ld > 0.5:
		return true
	case s.inputs > 0 && s.good == 0:
		return true
	case s.units >= 2 && ld > 0.3 && s.good == 0:
		return true
	case s.lheads >= 2 && ld > 0.2:
		return true
	case e.flags&fHasTime != 0 && s.text < 150 && s.good == 0:
		return true // a dateline or byline box
	case s.units >= 2 && s.text < 500 && s.good < 300 && ld > 0.15 && t.opensWithLink(e):
		return true // a teaser card: linked headline, then a blurb
	}
	return false
}

// opensWithLink reports whether the first text of e is a link: a linked
// headline or title.
func (t *tree) opensWithLink(e *elem) bool {
	for k := e.u0; k < e.u1; k++ {
		u := &t.units[k]
		if t.elems[u.owner].dead {
			continue
		}
		return u.linkDensity() > 0.8
	}
	return false
}

// isByline reports a short line that names an author or gives a date and
// time rather than saying something.
func isByline(s string) bool {
	if len(strings.Fields(s)) > 15 {
		return false
	}
	low := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			if y, ok := num(s[i : i+4]); ok && y >= 1990 && y <= 2100 {
				return true
			}
		}
		if s[i] == ':' && i > 0 && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

// bylinePrefixes open author and date lines in the three languages.
var bylinePrefixes = []string{
	"by ", "posted ", "published ", "updated ", "written by ", "di ", "a cura di ",
	"pubblicato ", "aggiornato ", "автор", "від ", "опубліковано", "оновлено",
}

func (t *tree) listItem(i int32) bool {
	switch t.elems[i].tag {
	case atom.Li, atom.Dt, atom.Dd:
		return true
	}
	if p := t.elems[i].parent; p >= 0 && t.elems[i].tag == atom.P {
		return t.elems[p].tag == atom.Li
	}
	return false
}

// join writes blocks as text: paragraphs separated by a blank line, list
// items and <br>-separated lines of one element by a single newline.
func join(blocks []block) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			prev := blocks[i-1]
			switch {
			case prev.owner == bl.owner && prev.brk == 1:
				b.WriteByte('\n')
			case prev.item && bl.item:
				b.WriteByte('\n')
			default:
				b.WriteString("\n\n")
			}
		}
		b.WriteString(bl.text)
	}
	return b.String()
}

func blocksRunes(blocks []block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.text)
	}
	return n
}
