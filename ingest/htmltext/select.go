package htmltext

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Pruning modes, from strict to lenient: a page whose strict extraction is
// too short is retried with fewer elements pruned.
type pruneMode uint8

const (
	pruneAll    pruneMode = iota // tags, roles, hidden, class hints
	pruneNoHint                  // tags, roles, hidden only
	pruneNone                    // nothing
)

// prune marks dead elements for one mode and recomputes live statistics.
func (t *tree) prune(mode pruneMode) {
	var docGood int32
	if len(t.elems) > 0 {
		docGood = t.elems[0].raw.good
	}
	for i := range t.elems {
		e := &t.elems[i]
		e.dead = false
		e.live = stats{}
		e.score, e.scored = 0, false
		if e.parent >= 0 && t.elems[e.parent].dead {
			e.dead = true
			continue
		}
		if mode == pruneNone {
			continue
		}
		e.dead = t.pruneSelf(int32(i), mode, docGood)
	}
	for i := range t.units {
		u := &t.units[i]
		e := &t.elems[u.owner]
		if e.dead {
			continue
		}
		e.live.text += u.runes
		e.live.link += u.link
		e.live.units++
		if goodUnit(u) {
			e.live.good += u.runes
		}
		if isHeading(e.tag) && u.linkDensity() > 0.8 {
			e.live.lheads++
		}
	}
	for i := len(t.elems) - 1; i >= 0; i-- {
		e := &t.elems[i]
		if e.dead {
			continue
		}
		e.live.inputs += e.inputs
		e.live.imgs += e.imgs
		if e.parent >= 0 {
			t.elems[e.parent].live.add(e.live)
		}
	}
}

// pruneSelf decides whether an element is page furniture. Class hints and
// tags are overruled for an element that holds most of the page's prose
// (a "has-sidebar" wrapper around everything), except that a comment section
// is pruned whenever it holds no headline or article-body container.
func (t *tree) pruneSelf(i int32, mode pruneMode, docGood int32) bool {
	e := &t.elems[i]
	major := docGood > 0 && e.raw.good*2 >= docGood
	switch e.tag {
	case atom.Html, atom.Body:
		return false
	}
	if e.flags&fHidden != 0 && !major {
		return true
	}
	if e.flags&fPruneTag != 0 && !major && e.flags&(fHasBody|fArticle) == 0 && !t.articleHeader(e) {
		return true
	}
	if e.flags&fForm != 0 && e.raw.inputs > 0 && (e.flags&fHasTextarea != 0 || e.raw.good < 200) && !major {
		return true
	}
	if mode != pruneAll {
		return false
	}
	h := e.hint
	if h.lead && !h.negative && !h.positive {
		// A summary box is link-free prose; a teaser card opens with a link.
		return e.raw.lheads > 0 || e.raw.linkDensity() > 0.3
	}
	if h.negative && !h.hardNeg && e.flags&(fHasH1|fHasLead) != 0 && e.raw.lheads == 0 && e.raw.linkDensity() < 0.5 {
		return false // "article-header": headline, byline, standfirst
	}
	if leafTag(e.tag) {
		return h.leafNeg && !h.positive && !major
	}
	if !h.negative || h.positive || e.flags&fArticle != 0 {
		return false
	}
	if h.comment {
		return e.flags&(fHasH1|fHasBody) == 0
	}
	// A wrapper named like furniture ("overlay", "modal", "slider") that
	// holds the page's first headline and a whole story in an <article> is
	// the page's article view, not furniture; a box of teaser cards has no
	// such story, and a next story printed below the article has a later
	// headline.
	if e.flags&(fHasH1|fHasStory) == fHasH1|fHasStory && t.h1s[0] >= i && t.h1s[0] < e.end {
		return false
	}
	return !major && e.flags&fHasBody == 0 && !t.wrapsContent(i)
}

// wrapsContent reports a box named like furniture ("intext-links") that,
// with its siblings of the same class, holds nearly all the prose of the
// content-named container around it as link-free paragraphs of a story's
// length: the name says how the body is styled, since a related-links box
// or a share bar holds links or little prose, never most of the article.
func (t *tree) wrapsContent(i int32) bool {
	e := &t.elems[i]
	if e.parent < 0 || e.class == 0 || e.raw.good < minStory/4 || e.raw.linkDensity() >= 0.2 {
		return false
	}
	p := &t.elems[e.parent]
	if !p.hint.positive || p.hint.comment {
		return false
	}
	var same stats
	for c := e.parent + 1; c < p.end; c = t.elems[c].end {
		if t.elems[c].class == e.class {
			same.add(t.elems[c].raw)
		}
	}
	return same.good >= minStory && same.linkDensity() < 0.2 && same.good*5 >= p.raw.good*4
}

// articleHeader reports a header block of the article itself rather than
// of the page: it holds the headline, or it sits inside an <article> or
// <main>. Its furniture (share bars, bylines) is pruned on its own.
func (t *tree) articleHeader(e *elem) bool {
	if e.tag != atom.Header {
		return false
	}
	if e.flags&(fHasH1|fHasLead) != 0 && e.raw.lheads == 0 && e.raw.linkDensity() < 0.5 {
		return true
	}
	for a, n := e.parent, 0; a >= 0 && n < 8; a, n = t.elems[a].parent, n+1 {
		if t.elems[a].flags&fArticle != 0 {
			return true
		}
	}
	return false
}

// leafTag reports tags that hold text directly rather than wrap blocks.
func leafTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
		atom.Td, atom.Th, atom.Dt, atom.Dd, atom.Pre, atom.Blockquote:
		return true
	}
	return false
}

// score credits every prose unit to its nearest block ancestors, nearer
// ones more, then scales each candidate by how little of it is link text.
// It returns the best candidate, or -1.
func (t *tree) score() int32 {
	for i := range t.units {
		u := &t.units[i]
		if u.runes < 25 || u.linkDensity() > 0.5 || t.elems[u.owner].dead {
			continue
		}
		if isHeading(t.elems[u.owner].tag) {
			continue
		}
		content := 1 + float64(u.commas) + min(float64(u.runes)/100, 3)
		start := u.owner
		o := &t.elems[u.owner]
		if o.end == u.owner+1 && (paragraphTag(o.tag) || o.live.units <= 1) {
			start = o.parent // the owner is the paragraph itself
		}
		for level, a := 0, start; level < 5 && a >= 0; level, a = level+1, t.elems[a].parent {
			e := &t.elems[a]
			if !e.scored {
				e.scored = true
				e.score = initialScore(e)
			}
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level) * 3
			}
			e.score += content / div
		}
	}
	for i := range t.elems {
		if e := &t.elems[i]; e.scored && !e.dead {
			e.score *= 1 - e.live.linkDensity()
		}
	}
	return t.bestIn(0, int32(len(t.elems)))
}

// bestIn returns the live scored element of highest score among elements
// [lo, hi), the first of equals, or -1 when there is none.
func (t *tree) bestIn(lo, hi int32) int32 {
	best := int32(-1)
	for i := lo; i < hi; i++ {
		if e := &t.elems[i]; e.scored && !e.dead && (best < 0 || e.score > t.elems[best].score) {
			best = i
		}
	}
	return best
}

// titled returns the best-scored candidate of the story whose heading
// repeats the page's title, when the best candidate of the page lies
// outside it: pages that print the next stories in full below the
// article, or a longer story beside it. The story is the heading's nearest
// ancestor that holds real prose and not the best candidate; a header
// above the body shares an ancestor with it and changes nothing.
func (t *tree) titled(best int32, title string) int32 {
	if best < 0 || title == "" {
		return best
	}
	h := int32(-1)
	for k := range t.units {
		u := &t.units[k]
		if isHeading(t.elems[u.owner].tag) && normLoose(u.text) == title {
			h = u.owner
			break
		}
	}
	be := &t.elems[best]
	if h < 0 || h >= best && h < be.end {
		return best
	}
	for a := t.elems[h].parent; a >= 0; a = t.elems[a].parent {
		e := &t.elems[a]
		if e.tag == atom.Body || e.tag == atom.Html || best >= a && best < e.end {
			return best
		}
		if e.dead || e.live.good < minStory || float64(e.live.good) < 0.3*float64(be.live.good) {
			continue
		}
		if nb := t.bestIn(a, e.end); nb >= 0 {
			return nb
		}
		return best
	}
	return best
}

func paragraphTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Pre, atom.Td, atom.Th,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// initialScore is a candidate's prior from its tag and class names.
func initialScore(e *elem) float64 {
	s := 0.0
	switch e.tag {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	// A content-like class name is a prior, not proof: "content" and "text"
	// also name teaser boxes, so the bonus grows with the prose the element
	// actually holds and a one-paragraph box cannot outscore the article.
	switch {
	case e.hint.body:
		s += 40 * max(0.5, min(1, float64(e.live.good)/200))
	case e.hint.positive:
		s += 25 * max(0.3, min(1, float64(e.live.good)/400))
	case e.hint.negative:
		s -= 25
	}
	if e.flags&fArticle != 0 {
		s += 10
	}
	return s
}

// selection is the set of elements whose text forms the article: subtree
// roots in document order.
type selection []int32

// choose picks the article container(s) from the best candidate: it climbs
// while a parent scores nearly as well (the article is spread over several
// children), prefers a known article-body container around or inside the
// choice, and adds siblings that look like more of the same article.
func (t *tree) choose(best int32, title string) selection {
	if best < 0 {
		return nil
	}
	top := best
	for {
		p := t.elems[top].parent
		if p < 0 {
			break
		}
		pe := &t.elems[p]
		if pe.tag == atom.Body || pe.tag == atom.Html || !pe.scored || pe.dead {
			break
		}
		te := &t.elems[top]
		if pe.score < 0.75*te.score || te.hint.body {
			break
		}
		// Climb only to gather more prose, not more furniture.
		if float64(pe.live.good-te.live.good) < 0.3*float64(te.live.good) {
			break
		}
		top = p
	}
	// A layout wrapper ("main", "content") can outscore the article inside it
	// thanks to its class name: descend while one child holds nearly all of
	// the prose and is itself a container.
	for {
		te := &t.elems[top]
		next := int32(-1)
		for c := top + 1; c < te.end; c = t.elems[c].end {
			ce := &t.elems[c]
			if !ce.dead && float64(ce.live.good) >= 0.8*float64(te.live.good) && ce.live.good > 0 {
				next = c
				break
			}
		}
		if next < 0 {
			break
		}
		ne := &t.elems[next]
		if ne.end == next+1 && ne.live.units < 2 || leafTag(ne.tag) {
			break // a single paragraph: keep its container
		}
		top = next
	}
	top = t.gather(top)
	// A body-named container around the choice: the choice was one chunk of
	// an article split by ads or widgets.
	for a := t.elems[top].parent; a >= 0; a = t.elems[a].parent {
		e := &t.elems[a]
		if e.dead || e.tag == atom.Body {
			break
		}
		if e.hint.body && e.live.linkDensity() < 0.4 && e.live.good >= t.elems[top].live.good {
			top = a
			break
		}
	}
	sel := t.siblings(top)
	// Body-named containers inside the choice: use them when they hold most
	// of its prose (the rest is furniture that escaped pruning).
	var inner selection
	var innerGood, selGood int32
	for _, s := range sel {
		selGood += t.elems[s].live.good
		for i := s; i < t.elems[s].end; i++ {
			e := &t.elems[i]
			if i != s && e.hint.body && !e.dead && e.live.good > 0 && !leafTag(e.tag) {
				inner = append(inner, i)
				innerGood += e.live.good
				i = e.end - 1 // outermost only
			}
		}
	}
	if len(inner) > 0 && float64(innerGood) >= 0.7*float64(selGood) {
		sel = inner
	}
	return t.withLead(sel, title)
}

// Bounds of the stretch between a headline and the body that withLead
// searches for a standfirst.
const (
	maxLeadUnits = 14
	maxLeadRunes = 1500
)

// withLead prepends to sel the standfirst that sits between the headline
// and the body, outside the body container: the summary paragraph (or
// subtitle) that news pages set in a header or intro block. Only prose
// counts; bylines, datelines, captions and link lines in the same stretch
// are skipped.
func (t *tree) withLead(sel selection, title string) selection {
	if len(sel) == 0 {
		return sel
	}
	first := sel[0]
	to := t.elems[first].u0
	// The headline: an h1, or the heading that repeats the title, at most
	// maxLeadUnits live text units above the body (pruned furniture such as
	// share bars does not count).
	from, live := int32(-1), int32(0)
	var runes int32
	for k := to - 1; k >= 0 && live <= maxLeadUnits && runes <= maxLeadRunes; k-- {
		u := &t.units[k]
		if t.inHeadline(u.owner, u.text, title) {
			from = k + 1
			break
		}
		if !t.elems[u.owner].dead {
			live++
			runes += u.runes
		}
	}
	if from < 0 || from >= to {
		return sel
	}
	var lead selection
	for k := from; k < to; k++ {
		u := &t.units[k]
		o := u.owner
		if t.elems[o].end > first {
			continue // text of an ancestor of the body: rendering it would repeat the body
		}
		if n := len(lead); n > 0 && o >= lead[n-1] && o < t.elems[lead[n-1]].end {
			continue // already inside the previous standfirst block
		}
		if t.leadUnit(u) && !t.opensBody(first, u.text) {
			lead = append(lead, o)
		}
	}
	if len(lead) == 0 {
		return sel
	}
	return append(lead, sel...)
}

// opensBody reports whether text repeats the opening of the body at
// first: many pages print the summary again as the first paragraph.
func (t *tree) opensBody(first int32, text string) bool {
	e := &t.elems[first]
	seen := 0
	for k := e.u0; k < e.u1 && seen < 3; k++ {
		u := &t.units[k]
		if t.elems[u.owner].dead {
			continue
		}
		seen++
		if strings.HasPrefix(u.text, text) || strings.HasPrefix(text, u.text) && u.runes >= 40 {
			return true
		}
	}
	return false
}

// inHeadline reports a unit of the page's headline: text inside an h1, or
// inside a heading that repeats the title.
func (t *tree) inHeadline(owner int32, text, title string) bool {
	for a, d := owner, 0; a >= 0 && d < 3; a, d = t.elems[a].parent, d+1 {
		tag := t.elems[a].tag
		if tag == atom.H1 || isHeading(tag) && title != "" && normLoose(text) == title {
			return true
		}
	}
	return false
}

// leadUnit reports a text unit that reads as a standfirst.
func (t *tree) leadUnit(u *unit) bool {
	o := &t.elems[u.owner]
	if o.dead || u.runes < 50 || u.linkDensity() > 0.2 || o.imgs > 0 {
		return false
	}
	n := textWords(u.text)
	if n < 7 || isByline(u.text) {
		return false
	}
	if isHeading(o.tag) && n < 8 {
		return false
	}
	for a, d := int32(u.owner), 0; a >= 0 && d < 4; a, d = t.elems[a].parent, d+1 {
		switch t.elems[a].tag {
		case atom.Figure, atom.Figcaption, atom.Li, atom.A:
			return false
		}
	}
	return u.runes >= 80 || isHeading(o.tag) || endsLikeSentence(u.text)
}

// gather climbs from top to the ancestor that holds the rest of the
// article's prose: an article split into sibling blocks by a page builder,
// a live blog of short entries, a lead above the body. It climbs past levels
// that add nothing and stops at the first level whose added text is mostly
// furniture: link text, linked headlines or short lines.
func (t *tree) gather(top int32) int32 {
	base := t.elems[top].live
	best := top
	for a, level := t.elems[top].parent, 0; a >= 0 && level < 6; a, level = t.elems[a].parent, level+1 {
		e := &t.elems[a]
		if e.dead || e.tag == atom.Body || e.tag == atom.Html {
			break
		}
		add := e.live
		add.sub(base)
		if add.text == 0 {
			continue
		}
		if add.lheads >= 2 || add.link*10 > add.text*3 {
			break
		}
		junk := add.text - add.good
		if junk > max(200, add.good) {
			break
		}
		// A large gain may bring some furniture along (render drops most of
		// it); a small one must be almost all prose.
		if add.good >= 120 && (add.good*4 >= base.good || junk*2 <= add.good) {
			best = a
		}
	}
	return best
}

// siblings returns top plus the siblings that continue the article.
func (t *tree) siblings(top int32) selection {
	te := &t.elems[top]
	p := te.parent
	if p < 0 {
		return selection{top}
	}
	threshold := max(10, te.score*0.2)
	topClass := te.class
	var sel selection
	pe := &t.elems[p]
	for c := p + 1; c < pe.end; c = t.elems[c].end {
		if c == top {
			sel = append(sel, c)
			continue
		}
		e := &t.elems[c]
		if e.dead || e.live.text == 0 {
			continue
		}
		if te.tag == atom.Article && e.tag == atom.Article && t.headed(c) {
			continue // the next story, with its own headline
		}
		bonus := 0.0
		if topClass != 0 && e.class == topClass {
			bonus = te.score * 0.2
		}
		if e.scored && e.score+bonus >= threshold {
			sel = append(sel, c)
			continue
		}
		if e.end == c+1 && e.tag != atom.Li && !isHeading(e.tag) {
			ld := e.live.linkDensity()
			if (e.live.text >= 80 && ld < 0.25) || (e.live.text > 0 && ld == 0 && t.endsSentence(c)) {
				sel = append(sel, c)
			}
		}
	}
	return sel
}

// headed reports an element that holds a headline (h1 to h3) of its own.
func (t *tree) headed(i int32) bool {
	for k := i; k < t.elems[i].end; k++ {
		switch t.elems[k].tag {
		case atom.H1, atom.H2, atom.H3:
			return true
		}
	}
	return false
}

// endsSentence reports whether the last unit of elem i ends like prose.
func (t *tree) endsSentence(i int32) bool {
	e := &t.elems[i]
	for k := e.u1 - 1; k >= e.u0; k-- {
		if t.units[k].owner == i {
			s := t.units[k].text
			if s == "" {
				return false
			}
			switch s[len(s)-1] {
			case '.', '!', '?', ':', ';', '"':
				return true
			}
			return false
		}
	}
	return false
}
