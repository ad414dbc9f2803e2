package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The extractor works on a flat copy of the DOM built in one iterative walk:
// block elements become elem records in document (pre-)order, so that a
// subtree is the contiguous range [i, end); running text becomes units, each
// owned by its nearest block element. Every later pass is a loop over these
// slices, never a new search of the tree.

// elem is one block-level element.
type elem struct {
	node   *html.Node
	tag    atom.Atom
	parent int32 // index of the parent elem, -1 for the root
	end    int32 // one past the index of the last descendant
	u0, u1 int32 // the units of the subtree are units[u0:u1]
	hint   hint
	flags  uint16
	inputs int32 // form controls directly inside
	imgs   int32 // images directly inside
	raw    stats // everything below, pruned or not
	live   stats // only what survives pruning
	score  float64
	scored bool
	dead   bool // pruned itself or below a pruned element
}

// stats sums what a subtree holds.
type stats struct {
	text   int32 // runes of text
	link   int32 // runes of text inside links
	units  int32 // text units
	good   int32 // runes in good paragraphs (long enough, few links)
	inputs int32 // form controls
	imgs   int32
	lheads int32 // headings that are links (teaser titles)
}

func (s *stats) add(o stats) {
	s.text += o.text
	s.link += o.link
	s.units += o.units
	s.good += o.good
	s.inputs += o.inputs
	s.imgs += o.imgs
	s.lheads += o.lheads
}

func (s *stats) sub(o stats) {
	s.text -= o.text
	s.link -= o.link
	s.units -= o.units
	s.good -= o.good
	s.inputs -= o.inputs
	s.imgs -= o.imgs
	s.lheads -= o.lheads
}

func (s stats) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// elem flags.
const (
	fPruneTag    uint16 = 1 << iota // nav, aside, footer… (page furniture by tag or role)
	fHidden                         // hidden attribute or inline style
	fBodyMark                       // itemprop=articleBody
	fHasH1                          // an h1 is at or below this element
	fHasBody                        // a body-named container is at or below
	fArticle                        // <article>, role=article or main
	fForm                           // a <form>
	fHasTextarea                    // a textarea is below (comment or contact form)
	fHasTime                        // a <time> element is below (bylines, datelines)
	fHasLead                        // a link-free summary block (standfirst) is at or below
)

// unit is a run of inline text inside one block element, between two block
// boundaries or <br>s.
type unit struct {
	text   string
	owner  int32
	runes  int32
	link   int32
	commas int16
	brk    uint8 // 1: ended by a <br>, 2: ended by two or more
}

func (u *unit) linkDensity() float64 {
	if u.runes == 0 {
		return 0
	}
	return float64(u.link) / float64(u.runes)
}

// goodUnit is a paragraph that looks like prose: long enough and mostly not
// link text.
func goodUnit(u *unit) bool { return u.runes >= 60 && u.linkDensity() < 0.3 }

// tree is the flat copy of one document.
type tree struct {
	elems []elem
	units []unit
	h1s   []int32 // elems that are h1
}

type tagKind uint8

const (
	kBlock tagKind = iota
	kInline
	kSkip
)

func inlineTag(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.Acronym, atom.B, atom.Bdi, atom.Bdo, atom.Big, atom.Cite,
		atom.Code, atom.Data, atom.Del, atom.Dfn, atom.Em, atom.Font, atom.I, atom.Ins,
		atom.Kbd, atom.Mark, atom.Nobr, atom.Q, atom.Rp, atom.Rt, atom.Ruby, atom.S,
		atom.Samp, atom.Small, atom.Span, atom.Strike, atom.Strong, atom.Sub, atom.Sup,
		atom.Time, atom.Tt, atom.U, atom.Var, atom.Wbr, atom.Br, atom.Label, atom.Output:
		return true
	}
	return false
}

func skipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio, atom.Map,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option, atom.Optgroup,
		atom.Head, atom.Title, atom.Meta, atom.Link, atom.Base, atom.Img, atom.Picture,
		atom.Source, atom.Track, atom.Param, atom.Frame, atom.Frameset, atom.Dialog,
		atom.Datalist, atom.Progress, atom.Meter, atom.Area, atom.Hr:
		return true
	}
	return false
}

// ampSkip are AMP components that never hold article text.
var ampSkip = toSet(strings.Fields(`amp-ad amp-embed amp-analytics amp-sidebar
	amp-social-share amp-consent amp-user-notification amp-geo amp-pixel amp-sticky-ad
	amp-iframe amp-video amp-img amp-anim amp-carousel amp-lightbox amp-instagram
	amp-twitter amp-facebook amp-youtube amp-auto-ads amp-call-tracking
	amp-install-serviceworker amp-list amp-live-list-update amp-font amp-story-auto-ads
	amp-brightcove amp-jwplayer amp-soundcloud amp-audio amp-web-push amp-state
	amp-bind-macro amp-script amp-mustache amp-image-lightbox amp-addthis amp-next-page
	amp-app-banner amp-subscriptions amp-access amp-recaptcha-input amp-position-observer
	amp-animation`))

func kindOf(n *html.Node) tagKind {
	if n.DataAtom != 0 {
		if skipTag(n.DataAtom) {
			return kSkip
		}
		if inlineTag(n.DataAtom) {
			return kInline
		}
		return kBlock
	}
	if n.Namespace != "" {
		return kSkip // foreign content that lost its svg/math root
	}
	if _, ok := ampSkip[n.Data]; ok {
		return kSkip
	}
	return kBlock
}

// pruneRoles are ARIA landmark roles of page furniture.
var pruneRoles = toSet(strings.Fields(`navigation banner contentinfo complementary search
	menu menubar dialog alertdialog toolbar tablist tooltip`))

// wordStats counts the runes and commas of a word without spaces. It
// returns n < 0 when the word holds invisible characters to strip.
func wordStats(w string) (n, commas int) {
	ascii := true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == ',':
			commas++
		case c == 0:
			ascii = false
		case c >= 0x80:
			ascii = false
		}
	}
	if ascii {
		return len(w), commas
	}
	hidden := false
	for _, r := range w {
		switch {
		case invisible(r):
			hidden = true
			continue
		case r == '،' || r == '，' || r == '、':
			commas++
		}
		n++
	}
	if hidden {
		if n == 0 {
			return 0, 0
		}
		return -1, commas
	}
	return n, commas
}

// invisible reports zero-width characters, soft hyphens, BOMs and NULs.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', 0:
		return true
	}
	return false
}

// buf is a reusable byte buffer: one per walk, so a unit costs a single
// allocation (its final string).
type buf []byte

func (b *buf) WriteByte(c byte) error { *b = append(*b, c); return nil }
func (b *buf) WriteString(s string)   { *b = append(*b, s...) }
func (b *buf) WriteRune(r rune)       { *b = utf8.AppendRune(*b, r) }
func (b *buf) Len() int               { return len(*b) }
func (b *buf) Reset()                 { *b = (*b)[:0] }

// builder accumulates the open unit while walking.
type builder struct {
	b      buf
	runes  int32
	link   int32
	commas int16
	space  bool // a space is pending before the next word
}

// build walks the document once, iteratively (the parser bounds depth, but
// the walk must not depend on it), and returns its flat copy. maxElems
// bounds the work on giant pages: elements past it are ignored.
func build(doc *html.Node, maxElems int, sizeHint int) *tree {
	t := &tree{
		elems: make([]elem, 0, max(64, min(sizeHint/60, maxElems))),
		units: make([]unit, 0, max(64, min(sizeHint/200, maxElems))),
	}
	hints := make(map[string]hint, 128) // class/id values repeat on a page
	var (
		blocks    []int32 // stack of open block elems
		bl        builder
		linkDepth int
		preDepth  int
		lastBrk   = -1 // index of the unit ended by the last <br>, while nothing followed it
	)
	flush := func(brk uint8) {
		raw := bl.b
		for len(raw) > 0 && (raw[len(raw)-1] == ' ' || raw[len(raw)-1] == '\n') {
			raw = raw[:len(raw)-1]
		}
		if bl.runes > 0 && len(blocks) > 0 && len(raw) > 0 {
			text := string(raw)
			t.units = append(t.units, unit{
				text: text, owner: blocks[len(blocks)-1], runes: bl.runes,
				link: bl.link, commas: bl.commas, brk: brk,
			})
			if brk > 0 {
				lastBrk = len(t.units) - 1
			} else {
				lastBrk = -1
			}
		} else if brk > 0 && lastBrk >= 0 {
			t.units[lastBrk].brk = 2
		}
		bl.b.Reset()
		bl.runes, bl.link, bl.commas, bl.space = 0, 0, 0, false
	}
	addText := func(s string) {
		inLink := linkDepth > 0
		for i := 0; i < len(s); {
			c := s[i]
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
				if preDepth > 0 && c == '\n' {
					bl.b.WriteByte('\n')
					bl.space = false
				} else if bl.b.Len() > 0 {
					bl.space = true
				}
				i++
				continue
			}
			j := i + 1
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' && s[j] != '\f' {
				j++
			}
			word := s[i:j]
			i = j
			n, commas := wordStats(word)
			if n == 0 {
				continue
			}
			if bl.space {
				bl.b.WriteByte(' ')
				bl.space = false
			}
			if n < 0 { // holds invisible characters: copy rune by rune
				n = 0
				for _, r := range word {
					if !invisible(r) {
						bl.b.WriteRune(r)
						n++
					}
				}
			} else {
				bl.b.WriteString(word)
			}
			bl.runes += int32(n)
			if inLink {
				bl.link += int32(n)
			}
			bl.commas += int16(commas)
		}
	}
	// counters for skipped form controls and images, credited to the
	// innermost block.
	count := func(n *html.Node) {
		if len(blocks) == 0 {
			return
		}
		e := &t.elems[blocks[len(blocks)-1]]
		switch n.DataAtom {
		case atom.Input, atom.Select, atom.Button:
			if n.DataAtom != atom.Input || attr(n, "type") != "hidden" {
				e.inputs++
			}
		case atom.Textarea:
			e.inputs++
			e.flags |= fHasTextarea
		case atom.Img, atom.Picture, atom.Video, atom.Iframe:
			if !iconImage(n) {
				e.imgs++
			}
		}
	}

	n := doc
	for n != nil {
		descend := false
		switch n.Type {
		case html.DocumentNode:
			descend = true
		case html.TextNode:
			if len(blocks) > 0 {
				addText(n.Data)
			}
		case html.ElementNode:
			switch kindOf(n) {
			case kSkip:
				count(n)
			case kInline:
				switch {
				case n.DataAtom == atom.Br:
					flush(1)
				case inlineHidden(n):
				default:
					if isLink(n) {
						linkDepth++
					}
					if n.DataAtom == atom.Time && len(blocks) > 0 {
						t.elems[blocks[len(blocks)-1]].flags |= fHasTime
					}
					descend = true
				}
			case kBlock:
				if len(t.elems) >= maxElems {
					break
				}
				flush(0)
				idx := int32(len(t.elems))
				parent := int32(-1)
				if len(blocks) > 0 {
					parent = blocks[len(blocks)-1]
				}
				t.elems = append(t.elems, newElem(n, parent, hints))
				t.elems[idx].u0 = int32(len(t.units))
				if n.DataAtom == atom.H1 {
					t.h1s = append(t.h1s, idx)
				}
				if n.DataAtom == atom.Pre {
					preDepth++
				}
				blocks = append(blocks, idx)
				descend = true
			}
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			leave(n, &blocks, &linkDepth, &preDepth, t, flush)
		}
		// climb until a node with a next sibling, leaving elements on the way.
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n != nil {
				leave(n, &blocks, &linkDepth, &preDepth, t, flush)
			}
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	flush(0)
	for len(blocks) > 0 { // elements left open when the walk stopped early
		t.elems[blocks[len(blocks)-1]].end = int32(len(t.elems))
		t.elems[blocks[len(blocks)-1]].u1 = int32(len(t.units))
		blocks = blocks[:len(blocks)-1]
	}
	t.finish()
	return t
}

// leave closes an element the walk descended into.
func leave(n *html.Node, blocks *[]int32, linkDepth, preDepth *int, t *tree, flush func(uint8)) {
	if n.Type != html.ElementNode {
		return
	}
	switch kindOf(n) {
	case kInline:
		if isLink(n) && *linkDepth > 0 {
			*linkDepth--
		}
	case kBlock:
		bs := *blocks
		if len(bs) == 0 || t.elems[bs[len(bs)-1]].node != n {
			return // not recorded (past maxElems)
		}
		flush(0)
		top := bs[len(bs)-1]
		t.elems[top].end = int32(len(t.elems))
		t.elems[top].u1 = int32(len(t.units))
		*blocks = bs[:len(bs)-1]
		if n.DataAtom == atom.Pre && *preDepth > 0 {
			*preDepth--
		}
	}
}

func newElem(n *html.Node, parent int32, cache map[string]hint) elem {
	e := elem{node: n, tag: n.DataAtom, parent: parent}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Menu, atom.Figcaption, atom.Address:
		e.flags |= fPruneTag
	case atom.Article, atom.Main:
		e.flags |= fArticle
	case atom.Form:
		e.flags |= fForm
	case atom.H1:
		e.flags |= fHasH1
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "data-component", "data-testid", "data-module", "data-type", "data-role":
			h, ok := cache[a.Val]
			if !ok {
				classify(&h, a.Val)
				cache[a.Val] = h
			}
			e.hint.merge(h)
		case "hidden":
			e.flags |= fHidden
		case "style":
			if styleHidden(a.Val) {
				e.flags |= fHidden
			}
		case "role":
			r := strings.ToLower(strings.TrimSpace(a.Val))
			if _, ok := pruneRoles[r]; ok {
				e.flags |= fPruneTag
			} else if r == "main" || r == "article" {
				e.flags |= fArticle
			}
		case "itemprop":
			switch strings.ToLower(a.Val) {
			case "articlebody", "text":
				e.flags |= fBodyMark
				e.hint.body, e.hint.positive = true, true
			}
		}
	}
	if e.hint.body {
		e.flags |= fHasBody
	}
	if e.hint.hidden {
		e.flags |= fHidden
	}
	return e
}

// isLink reports an <a> that leads somewhere: a named anchor (<a name=…>,
// <a id=…>) marks a place in the text and is not link text.
func isLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "href" {
			return true
		}
	}
	return false
}

// inlineHidden reports whether an inline element is invisible helper text.
func inlineHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if styleHidden(a.Val) {
				return true
			}
		case "class":
			if hiddenClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// iconImage reports an inline emoji or icon, which, unlike a photo, does not
// make the text next to it a caption.
func iconImage(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c := strings.ToLower(a.Val)
			if strings.Contains(c, "emoji") || strings.Contains(c, "icon") || strings.Contains(c, "smiley") {
				return true
			}
		case "width", "height":
			if v, ok := num(strings.TrimSuffix(a.Val, "px")); ok && v <= 40 {
				return true
			}
		}
	}
	return false
}

func styleHidden(s string) bool {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// finish computes the raw subtree statistics, bottom-up.
func (t *tree) finish() {
	for i := range t.units {
		u := &t.units[i]
		e := &t.elems[u.owner]
		e.raw.text += u.runes
		e.raw.link += u.link
		e.raw.units++
		if goodUnit(u) {
			e.raw.good += u.runes
		}
		if isHeading(e.tag) && u.linkDensity() > 0.8 {
			e.raw.lheads++
		}
	}
	for i := len(t.elems) - 1; i >= 0; i-- {
		e := &t.elems[i]
		e.raw.inputs += e.inputs
		e.raw.imgs += e.imgs
		if e.hint.lead && !e.hint.negative && e.raw.good > 0 && e.raw.linkDensity() < 0.2 {
			e.flags |= fHasLead
		}
		if e.parent >= 0 {
			p := &t.elems[e.parent]
			p.raw.add(e.raw)
			p.flags |= e.flags & (fHasH1 | fHasBody | fHasTextarea | fHasTime | fHasLead)
		}
	}
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// runeLen counts runes without allocating.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// hasLetter reports whether s holds any letter or digit.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
