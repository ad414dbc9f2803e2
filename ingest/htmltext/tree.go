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
	class  int32 // the class attribute's value, numbered per page (0: none)
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
	fHasStory                       // an <article> or <main> of link-free prose is at or below
)

// minStory is the prose (runes in good paragraphs) that makes an <article>
// or <main> element a full story rather than a teaser card.
const minStory = 800

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

// wordStatsSlow counts the runes of a word holding non-ASCII bytes or
// NULs, and the non-ASCII commas among them (ASCII commas are counted by
// the caller). It returns n < 0 when the word holds invisible characters
// to strip, and n == 0 when it holds nothing else.
func wordStatsSlow(w string) (n, commas int) {
	hidden := false
	for i, r := range w {
		switch {
		case dropped(w, i, r):
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

// dropped reports whether the rune r at byte i of word is left out of the
// text: an invisible character, except a zero-width joiner or non-joiner
// between two letters (or emoji), which is part of the spelling in
// Persian, Indic scripts and emoji sequences.
func dropped(word string, i int, r rune) bool {
	if !invisible(r) {
		return false
	}
	if r != '\u200c' && r != '\u200d' {
		return true
	}
	before, n := utf8.DecodeLastRuneInString(word[:i])
	after, m := utf8.DecodeRuneInString(word[i+utf8.RuneLen(r):])
	return n == 0 || m == 0 || !joins(before) || !joins(after)
}

func joins(r rune) bool {
	return r != utf8.RuneError && unicode.In(r, unicode.L, unicode.M, unicode.So)
}

// htmlSpace reports the bytes HTML counts as white space.
func htmlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// hintEntry is the cached reading of one class or id value; id numbers the
// distinct values so that elements can compare classes without keeping a
// pointer to their node. Each part is read when first needed: many values
// appear only on inline elements, which need only the byline and hidden
// tests.
type hintEntry struct {
	h      hint
	id     int32
	byline bool  // a class value naming a byline (see bylineClass)
	hidden bool  // a class value naming hidden helper text (see hiddenClass)
	known  uint8 // the parts read so far
}

// Parts of a hintEntry.
const (
	partHint uint8 = 1 << iota
	partByline
	partHidden
)

// entry reads the parts of a class or id value that it has not read yet
// on this page.
func (w *walker) entry(val string, parts uint8) hintEntry {
	he, ok := w.hints[val]
	if !ok && val != "" {
		he.id = int32(len(w.hints) + 1)
	}
	if missing := parts &^ he.known; missing != 0 {
		if missing&partHint != 0 {
			classify(&he.h, val)
		}
		if missing&partByline != 0 {
			he.byline = bylineClass(val)
		}
		if missing&partHidden != 0 {
			he.hidden = hiddenClass(val)
		}
		he.known |= missing
		w.hints[val] = he
	}
	return he
}

// walker holds the state of one build walk. The text of all units goes
// into one arena, so that the units cost one allocation rather than one
// each, and the element records hold no pointers for the collector to
// scan.
type walker struct {
	t          *tree
	m          *pageMeta  // gathers the metadata in the same walk, when not nil
	skip       *html.Node // root of a subtree walked for metadata only
	maxElems   int
	hints      map[string]hintEntry // class/id values repeat on a page
	blocks     []int32              // stack of open block elems
	blockNodes []*html.Node         // their nodes
	linkDepth  int
	preDepth   int
	lastBrk    int // index of the unit ended by the last <br>, while nothing followed it

	// the open unit
	b      []byte
	runes  int32
	link   int32
	commas int16
	space  bool // a space is pending before the next word

	arena strings.Builder
	lens  []int32 // byte length of each unit's text in the arena
}

// build walks the document once, iteratively (the parser bounds depth, but
// the walk must not depend on it), and returns its flat copy; when m is not
// nil the same walk gathers the page's metadata into it. maxElems bounds
// the work on giant pages: elements past it are ignored.
func build(doc *html.Node, maxElems int, sizeHint int, m *pageMeta) *tree {
	t := &tree{
		elems: make([]elem, 0, max(64, min(sizeHint/70, maxElems))),
		units: make([]unit, 0, max(64, min(sizeHint/120, maxElems))),
	}
	w := &walker{
		t:        t,
		m:        m,
		maxElems: maxElems,
		hints:    make(map[string]hintEntry, 128),
		lastBrk:  -1,
		b:        make([]byte, 0, 256),
		lens:     make([]int32, 0, cap(t.units)),
	}
	w.arena.Grow(max(256, sizeHint/2))
	w.walk(doc)
	w.flush(0)
	for len(w.blocks) > 0 { // elements left open when the walk stopped early
		top := w.blocks[len(w.blocks)-1]
		t.elems[top].end = int32(len(t.elems))
		t.elems[top].u1 = int32(len(t.units))
		w.blocks = w.blocks[:len(w.blocks)-1]
	}
	all := w.arena.String()
	off := 0
	for i, n := range w.lens {
		t.units[i].text = all[off : off+int(n)]
		off += int(n)
	}
	t.finish()
	return t
}

// walk visits the document in order. Subtrees the extractor does not
// descend into (scripts, the head, hidden or surplus elements) are still
// walked for metadata, so that the document is read once.
func (w *walker) walk(doc *html.Node) {
	t := w.t
	n := doc
	for n != nil {
		descend := false
		switch n.Type {
		case html.DocumentNode:
			descend = true
		case html.TextNode:
			if w.skip == nil && len(w.blocks) > 0 {
				w.addText(n.Data)
			}
		case html.ElementNode:
			if w.m != nil && w.metaElement(n) {
				w.m.visit(n)
			}
			if w.skip != nil {
				descend = true
				break
			}
			switch kindOf(n) {
			case kSkip:
				w.count(n)
			case kInline:
				switch {
				case n.DataAtom == atom.Br:
					w.flush(1)
				case w.inlineHidden(n):
				default:
					if isLink(n) {
						w.linkDepth++
					}
					if n.DataAtom == atom.Time && len(w.blocks) > 0 {
						t.elems[w.blocks[len(w.blocks)-1]].flags |= fHasTime
					}
					descend = true
				}
			case kBlock:
				if len(t.elems) >= w.maxElems {
					break
				}
				w.flush(0)
				idx := int32(len(t.elems))
				parent := int32(-1)
				if len(w.blocks) > 0 {
					parent = w.blocks[len(w.blocks)-1]
				}
				t.elems = append(t.elems, elem{})
				w.initElem(&t.elems[idx], n, parent)
				t.elems[idx].u0 = int32(len(t.units))
				if n.DataAtom == atom.H1 {
					t.h1s = append(t.h1s, idx)
				}
				if n.DataAtom == atom.Pre {
					w.preDepth++
				}
				w.blocks = append(w.blocks, idx)
				w.blockNodes = append(w.blockNodes, n)
				descend = true
			}
			if !descend && w.m != nil && n.FirstChild != nil {
				w.skip, descend = n, true
			}
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			w.exit(n)
		}
		// climb until a node with a next sibling, leaving elements on the way.
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n != nil {
				w.exit(n)
			}
		}
		if n != nil {
			n = n.NextSibling
		}
	}
}

// exit is called when the walk is done with a node it descended into.
func (w *walker) exit(n *html.Node) {
	switch w.skip {
	case nil:
		w.leave(n)
	case n:
		w.skip = nil
	}
}

// flush closes the open unit; brk tells how it ended (see unit.brk).
func (w *walker) flush(brk uint8) {
	t := w.t
	raw := w.b
	for len(raw) > 0 && (raw[len(raw)-1] == ' ' || raw[len(raw)-1] == '\n') {
		raw = raw[:len(raw)-1]
	}
	if w.runes > 0 && len(w.blocks) > 0 && len(raw) > 0 {
		w.arena.Write(raw)
		w.lens = append(w.lens, int32(len(raw)))
		t.units = append(t.units, unit{
			owner: w.blocks[len(w.blocks)-1], runes: w.runes,
			link: w.link, commas: w.commas, brk: brk,
		})
		if brk > 0 {
			w.lastBrk = len(t.units) - 1
		} else {
			w.lastBrk = -1
		}
	} else if brk > 0 && w.lastBrk >= 0 {
		t.units[w.lastBrk].brk = 2
	}
	w.b = w.b[:0]
	w.runes, w.link, w.commas, w.space = 0, 0, 0, false
}

// addText appends running text to the open unit, collapsing white space
// (kept as line breaks inside <pre>) and dropping invisible characters.
func (w *walker) addText(s string) {
	b, space := w.b, w.space
	runes, commas, simple := simpleText(s)
	if simple {
		// Words apart by single spaces: the text goes in as it is, but for
		// a space at either end.
		lead, trail := len(s) > 0 && s[0] == ' ', len(s) > 1 && s[len(s)-1] == ' '
		core := s
		if lead {
			core = core[1:]
		}
		if trail {
			core = core[:len(core)-1]
		}
		if core == "" {
			w.space = space || len(s) > 0 && len(b) > 0
			return
		}
		if space || lead && len(b) > 0 {
			b = append(b, ' ')
		}
		w.b, w.space = append(b, core...), trail
		w.add(runes, commas)
		return
	}
	w.addWords(s)
}

// addWords is addText for any text, word by word. The unit's state lives
// in locals during the loop: stores into the walker would each pay the
// collector's write barrier while it runs.
func (w *walker) addWords(s string) {
	b, space := w.b, w.space
	var runes, commas int
	pre := w.preDepth > 0
	for i := 0; i < len(s); {
		c := s[i]
		if htmlSpace(c) {
			if pre && c == '\n' {
				b = append(b, '\n')
				space = false
			} else if len(b) > 0 {
				space = true
			}
			i++
			continue
		}
		// One pass finds the end of the word and tells whether it is plain
		// ASCII, for which bytes are runes.
		j, ascii := i, true
	word:
		for ; j < len(s); j++ {
			switch textClass[s[j]] {
			case 1:
				break word
			case 2:
				commas++
			case 3:
				if s[j] != 0 {
					break word
				}
				ascii = false
			case 4:
				ascii = false
			}
		}
		word := s[i:j]
		i = j
		n := len(word)
		if !ascii {
			var more int
			n, more = wordStatsSlow(word)
			if n == 0 {
				continue // only invisible characters (so no comma either)
			}
			commas += more
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if n < 0 { // holds invisible characters: copy rune by rune
			n = 0
			for k, r := range word {
				if !dropped(word, k, r) {
					b = utf8.AppendRune(b, r)
					n++
				}
			}
		} else {
			b = append(b, word...)
		}
		runes += n
	}
	w.b, w.space = b, space
	w.add(runes, commas)
}

// add counts runes and commas of text added to the open unit.
func (w *walker) add(runes, commas int) {
	w.runes += int32(runes)
	if w.linkDepth > 0 {
		w.link += int32(runes)
	}
	w.commas += int16(commas)
}

// textClass sorts the bytes of text for simpleText: 0 a byte of a word,
// 1 a space, 2 a comma, 3 other white space or NUL, 4 the first byte of a
// non-ASCII character.
const textClass = "" +
	"\x03\x00\x00\x00\x00\x00\x00\x00\x00\x03\x03\x00\x03\x03\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04" +
	"\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04"

// simpleText reports whether s is words apart by single spaces with no
// other white space, NUL, invisible character, non-ASCII comma or invalid
// UTF-8 — most text nodes — and if so counts its runes but spaces, and its
// commas. Such text needs no copying word by word.
func simpleText(s string) (runes, commas int, ok bool) {
	extra := 0 // bytes beyond the first of non-ASCII characters
	spaces := 0
	prevSpace := false
	for i := 0; i < len(s); {
		switch textClass[s[i]] {
		case 0:
			// A tight loop over the rest of the word: most bytes end here.
			for i++; i < len(s) && textClass[s[i]] == 0; i++ {
			}
			prevSpace = false
			continue
		case 1:
			if prevSpace {
				return 0, 0, false
			}
			prevSpace = true
			spaces++
			i++
			continue
		case 2:
			commas++
			prevSpace = false
			i++
			continue
		case 3:
			return 0, 0, false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || invisible(r) || r == '،' || r == '，' || r == '、' {
			return 0, 0, false
		}
		prevSpace = false
		extra += n - 1
		i += n
	}
	return len(s) - spaces - extra, commas, true
}

// count credits skipped form controls and images to the innermost block.
func (w *walker) count(n *html.Node) {
	if len(w.blocks) == 0 {
		return
	}
	e := &w.t.elems[w.blocks[len(w.blocks)-1]]
	switch n.DataAtom {
	case atom.Input, atom.Select, atom.Button:
		if n.DataAtom != atom.Input || attr(n, "type") != "hidden" {
			e.inputs++
		}
	case atom.Textarea:
		e.inputs++
		e.flags |= fHasTextarea
	case atom.Img, atom.Picture, atom.Video, atom.Iframe:
		// An image after words of the same line sits inside a sentence (a
		// formula, a symbol, an emoji): it is not a photo, and the line is
		// not its caption.
		if !iconImage(n) && w.runes == 0 {
			e.imgs++
		}
	}
}

// leave closes an element the walk descended into.
func (w *walker) leave(n *html.Node) {
	// Only two kinds of element are entered with effect: recorded blocks,
	// which are on the block stack, and links.
	bs := w.blocks
	if len(bs) > 0 && w.blockNodes[len(bs)-1] == n {
		w.flush(0)
		t := w.t
		top := bs[len(bs)-1]
		t.elems[top].end = int32(len(t.elems))
		t.elems[top].u1 = int32(len(t.units))
		w.blocks = bs[:len(bs)-1]
		w.blockNodes = w.blockNodes[:len(bs)-1]
		if n.DataAtom == atom.Pre && w.preDepth > 0 {
			w.preDepth--
		}
		return
	}
	if isLink(n) && w.linkDepth > 0 {
		w.linkDepth--
	}
}

// initElem fills the record of a block element in place.
func (w *walker) initElem(e *elem, n *html.Node, parent int32) {
	e.tag, e.parent = n.DataAtom, parent
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
			he := w.entry(a.Val, partHint)
			if a.Key == "id" && he.h.negative && headingSlug(n, a.Val) {
				break // names the section's subject, not a kind of box
			}
			e.hint.merge(he.h)
			if a.Key == "class" {
				e.class = he.id
			}
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
			case "text":
				if w.inComment(parent) {
					break // a schema.org Comment's own text
				}
				fallthrough
			case "articlebody":
				e.flags |= fBodyMark
				e.hint.body, e.hint.positive = true, true
			case "comment", "comments", "commenttext":
				e.hint.merge(commentHint)
			}
		case "itemtype":
			// Microdata names a reader's comment whatever the classes say.
			if t := strings.ToLower(strings.TrimSpace(a.Val)); strings.HasSuffix(t, "/comment") || strings.HasSuffix(t, "/usercomments") {
				e.hint.merge(commentHint)
			}
		}
	}
	if e.hint.body {
		e.flags |= fHasBody
	}
	if e.hint.hidden {
		e.flags |= fHidden
	}
}

// inComment reports whether the element at index i, or one of its
// ancestors, is marked as a reader's comment or a comment section.
func (w *walker) inComment(i int32) bool {
	for ; i >= 0; i = w.t.elems[i].parent {
		if w.t.elems[i].hint.comment {
			return true
		}
	}
	return false
}

// headingSlug reports an id made from the title of the section it marks
// (<div id="sharing-with-a-single-developer"><h2>Sharing with a single
// developer</h2>), as documentation and blog generators write them: its
// words say what the section is about, so "sharing" or "related" in it
// does not make the section a share bar or a related-links box. The id
// must have three words at least, so that <div id="comments"><h2>Comments
// </h2> is still a comment section.
func headingSlug(n *html.Node, id string) bool {
	if strings.Count(id, "-")+strings.Count(id, "_") < 2 {
		return false
	}
	h := firstElement(n)
	if h != nil && !isHeading(h.DataAtom) {
		h = firstElement(h) // <section id=…><header><h2>
	}
	if h == nil || !isHeading(h.DataAtom) {
		return false
	}
	var idBuf, textBuf [96]byte
	slug := squash(idBuf[:0], id)
	text := textBuf[:0]
	for c := range h.Descendants() {
		if c.Type == html.TextNode {
			text = squash(text, c.Data)
			if len(text) > len(slug) {
				break
			}
		}
	}
	return len(slug) >= 12 && string(text) == string(slug)
}

// firstElement returns the first child element of n, skipping text that
// is only white space and comments; nil when n starts with text.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			return c
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		}
	}
	return nil
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
func (w *walker) inlineHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if styleHidden(a.Val) {
				return true
			}
		case "class":
			if w.entry(a.Val, partHidden).hidden {
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
		if e.flags&fArticle != 0 && e.raw.good >= minStory && e.raw.lheads == 0 && e.raw.linkDensity() < 0.2 {
			e.flags |= fHasStory
		}
		if e.parent >= 0 {
			p := &t.elems[e.parent]
			p.raw.add(e.raw)
			p.flags |= e.flags & (fHasH1 | fHasBody | fHasTextarea | fHasTime | fHasLead | fHasStory)
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
