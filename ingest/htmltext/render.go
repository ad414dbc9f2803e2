package htmltext

import (
	"slices"
	"strings"
	"unicode"
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
	var shows []int32
	normTitle := normLoose(title)
	prose := false // a paragraph of the body has been kept
	for _, root := range sel {
		r := &t.elems[root]
		drop = drop[:0]
		// Furniture inside the article never holds most of its prose; inside
		// the whole page (the last-resort selection) it may.
		keepGood := r.live.good
		if r.tag == atom.Html || r.tag == atom.Body || root == 0 {
			keepGood = 1 << 30
		}
		shows = t.slideshows(root, shows[:0])
		for i := root; i < r.end; i++ {
			e := &t.elems[i]
			d := e.dead
			if !d && i != root {
				d = drop[e.parent-root] || e.live.good*2 < keepGood && t.dropInside(e) || slices.Contains(shows, i)
			}
			drop = append(drop, d)
		}
		for k := r.u0; k < r.u1; k++ {
			u := &t.units[k]
			if drop[u.owner-root] {
				continue
			}
			o := &t.elems[u.owner]
			// An h1 above the body is the headline; after a paragraph of
			// the body it is a section heading (some editors set every
			// heading of a post in h1).
			if o.tag == atom.H1 && u.owner != root && !prose {
				continue
			}
			if o.imgs > 0 && o.live.text < 200 && u.owner != root && o.end == u.owner+1 && !t.proseWithImage(u) {
				continue // a caption sharing its block with the photo
			}
			if t.inPhotoBox(u.owner, root) {
				continue // a caption or credit in a small box around the photo
			}
			if ld := u.linkDensity(); (ld > 0.6 || ld > 0.5 && u.runes < 300) && !linkedSentence(u) && !t.linkedSubhead(k, root, drop) {
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
			if !isHeading(o.tag) && creditLine(u.text) {
				continue
			}
			if isHeading(o.tag) && normTitle != "" && normLoose(u.text) == normTitle {
				continue
			}
			prose = prose || !isHeading(o.tag) && goodUnit(u)
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
	// "By" is a byline or dateline, and so is a longer line of fields set
	// apart by bars or bullets with a date among them; right after a
	// standfirst, a "By" line.
	for i, long := 0, 0; i < len(out) && long < 2; i++ {
		b := out[i]
		if long == 0 && !b.heading && metaLine(b.text) {
			out = append(out[:i], out[i+1:]...)
			i--
			continue
		}
		if runeLen(b.text) >= 100 {
			long++
			continue
		}
		if !b.heading && (long == 0 && isByline(b.text) || long == 1 && i <= 3 && authorLine(b.text)) {
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	out = t.dropRepeats(joinDropCaps(out))
	// A heading with nothing of its own below it was the title of a box
	// that was dropped ("Related stories").
	kept := out[:0]
	for i, b := range out {
		if b.heading && (i == len(out)-1 || out[i+1].heading) && !proseHeading(b.text) {
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// slideshows appends to boxes the photo slideshows inside root: the box
// that holds a slide counter ("1 / 5", "2/50 Title") and the slides'
// captions. A series of counters (1/n, 2/n, …) marks the box that holds
// them all; a lone counter line marks the box around it. A slideshow that
// holds nearly all of root's prose is the article itself (a gallery page)
// and stays.
func (t *tree) slideshows(root int32, boxes []int32) []int32 {
	r := &t.elems[root]
	type series struct {
		n           int
		first, last int32 // owners of the first and the last counter
		k1, k2      bool  // counters 1/n and 2/n were seen
		lone        bool  // a counter is a line of its own
	}
	var found []series
	for k := r.u0; k < r.u1; k++ {
		u := &t.units[k]
		if u.runes > 200 || !isDigit(u.text[0]) || t.elems[u.owner].dead {
			continue
		}
		if tag := t.elems[u.owner].tag; tag == atom.Td || tag == atom.Th {
			continue // a score or a ratio in a table ("5/9 shots")
		}
		i, n, lone, ok := slideCounter(u.text)
		if !ok {
			continue
		}
		j := slices.IndexFunc(found, func(s series) bool { return s.n == n })
		if j < 0 {
			found = append(found, series{n: n, first: u.owner})
			j = len(found) - 1
		}
		s := &found[j]
		s.last = u.owner
		s.k1 = s.k1 || i == 1
		s.k2 = s.k2 || i == 2
		s.lone = s.lone || lone
	}
	for _, s := range found {
		var box int32
		switch {
		case s.k1 && s.k2 && s.n >= 4:
			box = s.first
			for box >= 0 && !(s.last >= box && s.last < t.elems[box].end) {
				box = t.elems[box].parent
			}
		case s.lone && s.first == s.last:
			box = t.elems[s.first].parent
			if box >= 0 && t.elems[box].live.good*2 >= r.live.good {
				continue
			}
		default:
			continue
		}
		if box <= root || r.live.good-t.elems[box].live.good < 500 {
			continue
		}
		boxes = append(boxes, box)
	}
	return boxes
}

// slideCounter reads a slide counter at the start of s: "3/12", "3 / 12",
// "3 of 12", "3 di 12", "3 з 12", with 1 <= i <= n. lone reports that the
// counter is all of s. Fractions in recipes ("1/2 cup") are told apart by
// the caller, which wants a run of counters or a counter on its own line.
func slideCounter(s string) (i, n int, lone, ok bool) {
	i, d := leadingNum(s)
	rest := strings.TrimLeft(s[d:], " ")
	sep := false
	for _, w := range []string{"/", "of ", "di ", "з ", "із "} {
		if strings.HasPrefix(rest, w) {
			rest, sep = strings.TrimLeft(rest[len(w):], " "), true
			break
		}
	}
	if d == 0 || d == 4 || !sep {
		return 0, 0, false, false
	}
	n, e := leadingNum(rest)
	if e == 0 || e == 4 || e < len(rest) && rest[e] != ' ' {
		return 0, 0, false, false
	}
	if i < 1 || i > n || n < 2 {
		return 0, 0, false, false
	}
	return i, n, e == len(rest), true
}

// proseWithImage reports a paragraph of the body that opens with (or
// holds) an inline picture: a <p> among other prose paragraphs whose text
// is a long, link-free sentence with no photo credit. A caption that
// shares a block with its photo is short, or names the photographer.
func (t *tree) proseWithImage(u *unit) bool {
	o := &t.elems[u.owner]
	if o.tag != atom.P || o.parent < 0 || u.linkDensity() > 0.1 {
		return false
	}
	if p := &t.elems[o.parent]; p.live.good-o.live.good < 400 {
		return false
	}
	if textWords(u.text) < 20 || !endsLikeSentence(u.text) || creditLine(u.text) || creditTail(u.text) {
		return false
	}
	low := strings.ToLower(u.text[max(0, len(u.text)-80):])
	for _, c := range creditCues {
		if strings.Contains(low, c) {
			return false // "… on Tuesday. (AP Photo/Jane Roe)"
		}
	}
	return true
}

// creditLine reports a photo credit left in the body without its picture:
// a short line, not a sentence, that names a photographer or an agency
// ("Photograph by Jane Roe", "AFP / John Doe", "Foto: Ansa").
func creditLine(s string) bool {
	if creditTail(s) {
		return true
	}
	if wordCount(s) > 12 || endsLikeSentence(s) {
		return false
	}
	low := strings.ToLower(s)
	for _, c := range creditCues {
		if i := strings.Index(low, c); i >= 0 {
			// Whole words only: "epa" must not match "separate".
			j := i + len(c)
			if (i == 0 || !isWordByte(low[i-1])) && (j == len(low) || !isWordByte(low[j])) {
				return true
			}
		}
	}
	return false
}

// creditTail reports a caption that ends with its credit: "Roots release
// oxygen into the soil. (Photo: Jane Roe, Example Lab)" or
// "Doctors at work in the ward. Photo: Jane Roe/Example Agency".
func creditTail(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 350 {
		return false // a paragraph with a credit glued on is still a paragraph
	}
	tail := strings.ToLower(s[max(0, len(s)-80):])
	for _, c := range []string{"photo:", "photos:", "foto:", "image:", "picture:", "credit:", "фото:", "bild:"} {
		i := strings.LastIndex(tail, c)
		if i < 0 {
			continue
		}
		before := strings.TrimRight(tail[:i], " ")
		if strings.HasSuffix(before, "(") || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "|") {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// linkedSentence reports a sentence of article text most of which is a
// link ("… who <a>held both posts for eight months.</a>"): it has its own
// unlinked words and ends like a sentence, which link lists do not.
func linkedSentence(u *unit) bool {
	if teaserMark(u.text) {
		return false // "Read also: <linked headline>", "See also » …"
	}
	return u.runes-u.link >= 10 && u.linkDensity() <= 0.9 &&
		wordCount(u.text) >= 10 && endsLikeSentence(u.text)
}

// teaserMark reports the mark of a teaser ("Read also: …", "See also » …",
// "News | …"): a colon, », ›, > or | in the first 40 bytes, outside
// quotation marks. A colon inside a quoted title ("“Until Dawn: Rush of
// Blood” ($20)", «Kyiv: a guide») belongs to the title.
func teaserMark(s string) bool {
	s = s[:min(len(s), 40)]
	var open []rune // the quotation marks open at this point
	top := func() rune {
		if len(open) == 0 {
			return 0
		}
		return open[len(open)-1]
	}
	for _, r := range s {
		switch r {
		case '«', '‹', '„', '‘':
			open = append(open, r)
		case '“': // closes „ (Ukrainian inner quotes), opens otherwise
			if top() == '„' {
				open = open[:len(open)-1]
			} else {
				open = append(open, r)
			}
		case '"':
			if top() == '"' {
				open = open[:len(open)-1]
			} else {
				open = append(open, r)
			}
		case '”':
			if t := top(); t == '“' || t == '„' {
				open = open[:len(open)-1]
			}
		case '’': // an apostrophe unless it closes ‘
			if top() == '‘' {
				open = open[:len(open)-1]
			}
		case '»', '›':
			if t := top(); t == '«' && r == '»' || t == '‹' && r == '›' {
				open = open[:len(open)-1]
			} else if len(open) == 0 {
				return true
			}
		case ':', '>', '|':
			if len(open) == 0 {
				return true
			}
		}
	}
	return false
}

// linkedSubhead reports a subheading of the body that is a link (a
// review of several products, each heading linking to its product): a
// short heading followed directly by a prose paragraph of the same
// container, in a container with much prose per linked heading. A column
// of teasers has the same shape, but its blurbs are short.
func (t *tree) linkedSubhead(k, root int32, drop []bool) bool {
	u := &t.units[k]
	o := &t.elems[u.owner]
	if !isHeading(o.tag) || u.runes > 150 || o.parent < root {
		return false
	}
	if teaserMark(u.text) {
		return false // "Read also: <linked headline>"
	}
	p := &t.elems[o.parent]
	if p.live.lheads*300 > p.live.good {
		return false
	}
	for j := k + 1; j < t.elems[root].u1; j++ {
		n := &t.units[j]
		if n.owner == u.owner || drop[n.owner-root] {
			continue
		}
		return t.elems[n.owner].parent == o.parent && goodUnit(n)
	}
	return false
}

// proseHeading reports a heading element used for a paragraph of text (an
// intro set in <h2>): a long sentence rather than a title.
func proseHeading(s string) bool {
	n := wordCount(s)
	return n >= 25 || n >= 12 && endsLikeSentence(s)
}

// dropRepeats removes a summary that the page prints again, whole or cut
// short, as the first paragraph of the body: an opening block repeated by
// one of the next few blocks from another container. The body's copy is
// kept. A block that follows text of its own container is not a summary
// but a paragraph of the body that the text happens to repeat.
func (t *tree) dropRepeats(out []block) []block {
	kept := out[:0]
	for i, b := range out {
		if i < 3 && len(b.text) >= 60 && !t.followsSibling(out[:i], b) && t.repeatedBelow(b, out[i+1:min(len(out), i+5)]) {
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// followsSibling reports whether one of the blocks before b comes from
// the same container as b.
func (t *tree) followsSibling(before []block, b block) bool {
	parent := t.elems[b.owner].parent
	for _, p := range before {
		if p.owner != b.owner && t.elems[p.owner].parent == parent {
			return true
		}
	}
	return false
}

func (t *tree) repeatedBelow(b block, next []block) bool {
	prefix := strings.TrimRight(b.text, ".… ")
	parent := t.elems[b.owner].parent
	for _, n := range next {
		if t.elems[n.owner].parent != parent && strings.HasPrefix(n.text, prefix) {
			return true
		}
	}
	return false
}

// inPhotoBox reports whether elem i sits in a small box (at most two levels
// up, inside the chosen root) that holds a photo directly: the box of a
// picture, its caption and its credit.
func (t *tree) inPhotoBox(i, root int32) bool {
	rootGood := t.elems[root].live.good
	for a, d := t.elems[i].parent, 0; a > root && d < 2; a, d = t.elems[a].parent, d+1 {
		e := &t.elems[a]
		if e.imgs > 0 {
			return e.live.text < 300 && e.live.good*2 < rootGood
		}
	}
	return false
}

// joinDropCaps glues a drop cap set in its own element ("T" + "urkey and
// Poland…") back onto the word it starts.
func joinDropCaps(out []block) []block {
	kept := out[:0]
	for i := 0; i < len(out); i++ {
		b := out[i]
		if i+1 < len(out) && dropCap(b.text) {
			next, _ := utf8.DecodeRuneInString(out[i+1].text)
			if unicode.IsLower(next) {
				out[i+1].text = b.text + out[i+1].text
				continue
			}
		}
		kept = append(kept, b)
	}
	return kept
}

// dropCap reports a lone capital letter.
func dropCap(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.IsUpper(r)
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
	words := textWords(s)
	if words > 15 {
		return false
	}
	low := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		// "By Jane Doe", not "By contrast, the ministry said on Monday…".
		if strings.HasPrefix(low, p) && (words <= 8 || !endsLikeSentence(s)) {
			return true
		}
	}
	// A sentence of some length that merely mentions a year is prose.
	if words >= 6 && endsLikeSentence(s) {
		return hasClock(s)
	}
	return hasDate(s)
}

// metaLine reports a line of page data rather than prose: fields set
// apart by two or more bars or bullets ("Site | 4 May 2015, 13:36 •
// Updated 5 May | By Jane Doe"), one of them a date or a time, and no
// sentence at the end.
func metaLine(s string) bool {
	if endsLikeSentence(s) || wordCount(s) > 40 {
		return false
	}
	seps := strings.Count(s, " | ") + strings.Count(s, " • ") + strings.Count(s, " · ")
	return seps >= 2 && hasDate(s)
}

// hasDate reports a year from 1990 to 2100 standing as a number of its
// own, or a time of day.
func hasDate(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			if y, ok := num(s[i : i+4]); ok && y >= 1990 && y <= 2100 {
				return true
			}
		}
	}
	return hasClock(s)
}

// authorLine reports a short "By Jane Doe" line.
func authorLine(s string) bool {
	low := strings.ToLower(s)
	return wordCount(s) <= 8 && (strings.HasPrefix(low, "by ") || strings.HasPrefix(low, "di ") ||
		strings.HasPrefix(low, "a cura di ") || strings.HasPrefix(low, "автор"))
}

// hasClock reports a time of day such as "14:30".
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

// endsLikeSentence reports text ending with sentence punctuation, allowing
// a closing quote or bracket.
func endsLikeSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”»)’」』）")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// textWords is the length of s in words, counting text written without
// spaces between words (Chinese, Japanese) as one word per two characters:
// a 60-character sentence in Chinese is not a short byline.
func textWords(s string) int {
	n, wide := 0, 0
	for f := range strings.FieldsSeq(s) {
		n++
		for _, r := range f {
			if r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana)) {
				wide++
			}
		}
	}
	return max(n, wide/2)
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

// wordCount is len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
