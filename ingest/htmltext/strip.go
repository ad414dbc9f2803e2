package htmltext

import (
	"bytes"
	"io"
	"strings"
)

// Before parsing, a page is scanned once for bytes that the parser would
// turn into nodes the extractor never reads: the text of scripts (all but
// JSON-LD), style sheets, <noscript>, <iframe> and <textarea>, and comments.
// On many pages they are a large share of the bytes, and the parser spends
// time and memory on each of them. The scan keeps the tags themselves, so
// the tree keeps its elements and only loses their unused text.
//
// The scan follows the tokenizer of golang.org/x/net/html byte for byte
// wherever the decision to cut depends on it: tags and their quoted
// attribute values, comments, doctypes, CDATA sections, and the end of raw
// text, including the escaping rules of script text. That tokenizer changes
// state on what the tree builder tells it in foreign content (<svg> and
// <math>): there, <script> and <style> hold markup and CDATA sections are
// text. The scan mirrors the open foreign elements as long as their markup
// is well-formed and gives up — keeps the rest of the page as it is — on
// anything it cannot follow exactly: an HTML element or integration point
// inside foreign content, an end tag that closes nothing open, an <svg>
// where the tree builder may ignore it (inside <select>, <template> or a
// frameset page). A comment is cut only where that cannot join two runs of
// text into one token, and not at all once a <pre> or <listing> was seen
// (the tree builder drops a newline right after those tags only when the
// element has no child yet, and a comment is a child).

// span is a half-open byte range [start, end) of a page.
type span struct{ start, end int }

// rawTags are the elements whose content the tokenizer reads as raw text or
// RCDATA outside foreign content; cut says whether the extractor never
// reads that content.
var rawTags = []struct {
	name string
	cut  bool
}{
	{"script", true}, {"style", true}, {"noscript", true}, {"iframe", true}, {"textarea", true},
	{"title", false}, {"xmp", false}, {"noembed", false}, {"noframes", false},
}

// cutTag reports a tag whose content the scan may cut.
func cutTag[T ~string | ~[]byte](name T) bool {
	for _, r := range rawTags {
		if r.cut && foldEq(name, r.name) {
			return true
		}
	}
	return false
}

// breakoutTags are the start tags that leave foreign content, "font" among
// them (it leaves only with some attributes: the scan does not tell).
var breakoutTags = toSet(strings.Fields(`b big blockquote body br center code dd div dl dt em
	embed font h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s
	small span strong strike sub sup table tt u ul var`))

// integrationTags are the foreign elements inside which markup is HTML
// again.
var integrationTags = toSet(strings.Fields(`mi mo mn ms mtext annotation-xml foreignobject desc title`))

// stripper is the state of one scan.
type stripper[T ~string | ~[]byte] struct {
	s    T
	keep []span // ranges kept so far
	from int    // start of the range being kept

	last       int    // the scan stops after this index
	foreign    []span // names of the open foreign elements, innermost last
	selects    int    // <select> start tags not yet closed
	templates  int    // <template> start tags not yet closed
	noComments bool   // a <pre> or <listing> start tag was seen
}

// tag is what the scan learns from one tag.
type tag struct {
	name        span
	end         int  // one past the closing '>'; -1 when the page ends inside the tag
	selfClosing bool // the tokenizer reports a self-closing start tag
	uncertain   bool // too many attributes to tell selfClosing
	kept        bool // class, itemprop or a type that may be JSON-LD: keep the content
}

// stripSpans returns the ranges of page to parse, in order, or nil when
// there is nothing to cut.
func stripSpans[T ~string | ~[]byte](page T) []span {
	st := &stripper[T]{s: page, last: lastCandidate(page)}
	if st.last < 0 {
		return nil
	}
	st.run()
	if len(st.keep) == 0 && st.from == 0 {
		return nil
	}
	if st.from < len(page) {
		st.keep = append(st.keep, span{st.from, len(page)})
	}
	return st.keep
}

// lastCandidate returns the index of the last "<" that may open something
// to cut ("<script", "<style", "<noscript", "<iframe", "<textarea" in any
// case, "<!--"), or -1. The scan stops there, so that a page with nothing to
// cut after its <head> costs one fast pass over its bytes rather than a
// scan.
func lastCandidate[T ~string | ~[]byte](s T) int {
	last := -1
	for i := 0; ; i++ {
		j := indexByte(s[i:], '<')
		if j < 0 || i+j+2 >= len(s) {
			return last
		}
		i += j
		var word string
		switch s[i+1] | 0x20 {
		case 's':
			word = "script"
			if s[i+2]|0x20 == 't' {
				word = "style"
			}
		case 'n':
			word = "noscript"
		case 'i':
			word = "iframe"
		case 't':
			word = "textarea"
		case '!':
			word = "!--"
		default:
			continue
		}
		if i+1+len(word) <= len(s) && foldEq(s[i+1:i+1+len(word)], word) {
			last = i
		}
	}
}

// indexByte is strings.IndexByte for either kind of page.
func indexByte[T ~string | ~[]byte](s T, c byte) int {
	switch v := any(s).(type) {
	case string:
		return strings.IndexByte(v, c)
	case []byte:
		return bytes.IndexByte(v, c)
	}
	return strings.IndexByte(string(s), c)
}

// hasPrefixAt reports whether s holds prefix at i.
func hasPrefixAt[T ~string | ~[]byte](s T, i int, prefix string) bool {
	if len(s)-i < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if s[i+k] != prefix[k] {
			return false
		}
	}
	return true
}

// cut drops page[start:end] from the output.
func (st *stripper[T]) cut(start, end int) {
	if start > st.from {
		st.keep = append(st.keep, span{st.from, start})
	}
	st.from = end
}

// run scans the page in the tokenizer's data state. It returns when the
// page ends or when the scan cannot follow the tokenizer further; whatever
// follows is kept.
func (st *stripper[T]) run() {
	s := st.s
	n := len(s)
	for i := 0; i <= st.last; {
		j := indexByte(s[i:], '<')
		if j < 0 {
			return
		}
		p := i + j
		if p+1 >= n {
			return
		}
		c := s[p+1]
		switch {
		case isLetter(c):
			t := readTag(s, p+1, true, len(st.foreign) > 0)
			if t.end < 0 {
				return
			}
			next, ok := st.startTag(p, t)
			if !ok {
				return
			}
			i = next
		case c == '/':
			if p+2 >= n {
				return
			}
			c2 := s[p+2]
			switch {
			case c2 == '>':
				i = p + 3
			case isLetter(c2):
				t := readTag(s, p+2, false, false)
				if t.end < 0 || !st.endTag(t) {
					return
				}
				i = t.end
			default:
				k := indexByte(s[p+2:], '>')
				if k < 0 {
					return
				}
				i = p + 2 + k + 1
			}
		case c == '!':
			next, ok := st.markup(p)
			if !ok {
				return
			}
			i = next
		case c == '?':
			k := indexByte(s[p+1:], '>')
			if k < 0 {
				return
			}
			i = p + 1 + k + 1
		default:
			i = p + 1
		}
	}
}

// startTag handles a start tag at p and returns where scanning goes on,
// or false to give up.
func (st *stripper[T]) startTag(p int, t tag) (int, bool) {
	s := st.s
	name := s[t.name.start:t.name.end]
	if len(st.foreign) > 0 {
		// Inside foreign content no tag starts raw text; only tags that
		// stay foreign can be followed.
		if !plainName(name) {
			return 0, false
		}
		var buf [32]byte
		lower := appendLower(buf[:0], name)
		if _, ok := breakoutTags[string(lower)]; ok {
			return 0, false
		}
		if _, ok := integrationTags[string(lower)]; ok {
			return 0, false
		}
		if t.uncertain {
			return 0, false
		}
		if !t.selfClosing {
			st.foreign = append(st.foreign, t.name)
		}
		return t.end, true
	}
	switch {
	case foldEq(name, "svg"), foldEq(name, "math"):
		if st.selects > 0 || st.templates > 0 || t.uncertain {
			return 0, false // the tree builder may ignore the tag
		}
		if !t.selfClosing {
			st.foreign = append(st.foreign, t.name)
		}
		return t.end, true
	case foldEq(name, "select"):
		st.selects++
	case foldEq(name, "template"):
		if st.selects > 0 {
			return 0, false // a </select> inside it may be ignored
		}
		st.templates++
	case foldEq(name, "frameset"):
		return 0, false
	case foldEq(name, "pre"), foldEq(name, "listing"):
		st.noComments = true
	case foldEq(name, "plaintext"):
		return 0, false // raw text to the end of the page
	}
	for _, r := range rawTags {
		if !foldEq(name, r.name) {
			continue
		}
		var end int
		if r.name == "script" {
			end = scriptEnd(s, t.end)
		} else {
			end = rawTextEnd(s, t.end, r.name)
		}
		if end < 0 {
			return 0, false // raw text to the end of the page: keep it
		}
		if r.cut && !t.kept && end > t.end {
			st.cut(t.end, end)
		}
		return end, true
	}
	return t.end, true
}

// endTag handles an end tag; false gives up.
func (st *stripper[T]) endTag(t tag) bool {
	s := st.s
	name := s[t.name.start:t.name.end]
	if len(st.foreign) > 0 {
		// The tree builder closes the nearest open foreign element of the
		// name (compared with strings.EqualFold); an end tag that matches
		// none reaches HTML content, which the scan does not follow.
		if !plainName(name) {
			return false
		}
		for k := len(st.foreign) - 1; k >= 0; k-- {
			f := st.foreign[k]
			if strings.EqualFold(string(s[f.start:f.end]), string(name)) {
				st.foreign = st.foreign[:k]
				return true
			}
		}
		return false
	}
	switch {
	case foldEq(name, "select"):
		st.selects = max(0, st.selects-1)
	case foldEq(name, "template"):
		st.templates = max(0, st.templates-1)
	}
	return true
}

// markup handles "<!" at p: a comment, a doctype, a CDATA section (in
// foreign content) or a bogus comment.
func (st *stripper[T]) markup(p int) (int, bool) {
	s := st.s
	n := len(s)
	q := p + 2
	if q+2 > n {
		return 0, false
	}
	if s[q] == '-' && s[q+1] == '-' {
		end := commentEnd(s, q+2)
		if end < 0 {
			return 0, false
		}
		if !st.noComments && !textAt(s, end) {
			st.cut(p, end)
		}
		return end, true
	}
	if q+7 <= n && foldEq(s[q:q+7], "doctype") {
		k := indexByte(s[q+7:], '>')
		if k < 0 {
			return 0, false
		}
		return q + 7 + k + 1, true
	}
	if len(st.foreign) > 0 && hasPrefixAt(s, q, "[CDATA[") {
		end := cdataEnd(s, q+7)
		if end < 0 {
			return 0, false
		}
		return end, true
	}
	k := indexByte(s[q:], '>')
	if k < 0 {
		return 0, false
	}
	return q + k + 1, true
}

// textAt reports whether the token at i is text. Cutting a comment that
// sits between two texts would join them into one token, which the tree
// builder may treat differently (in a table, for one).
func textAt[T ~string | ~[]byte](s T, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] != '<' || i+1 >= len(s) {
		return true
	}
	switch c := s[i+1]; {
	case isLetter(c), c == '!', c == '?':
		return false
	case c == '/':
		return i+2 >= len(s) // "</" at the very end is text
	}
	return true
}

// readTag reads a tag whose name starts at k, as the tokenizer does: the
// name runs to white space, '/' or '>'; attribute values may be quoted and
// then hold any byte. For a start tag that may open or sits in foreign
// content it tells whether the tokenizer reports it as self-closing: the
// byte before '>' is '/' and is not the last byte of the last attribute the
// tokenizer keeps (attributes with an empty or repeated name are not kept).
func readTag[T ~string | ~[]byte](s T, k int, start, foreign bool) tag {
	n := len(s)
	t := tag{end: -1}
	i := k + 1
	for i < n && tagByte[s[i]]&1 == 0 {
		i++
	}
	t.name = span{k, i}
	// Only some tags need their attributes read closely: those that may
	// open foreign content or sit in it, for selfClosing, and those whose
	// content may be cut, for kept. Others need only their end.
	name := s[k:i]
	closely := start && (foreign || foldEq(name, "svg") || foldEq(name, "math"))
	flags := start && cutTag(name)
	if i < n && htmlSpace(s[i]) {
		i++
	}
	var saved [16]span // names of the attributes kept so far
	nSaved := 0
	lastValueEnd := -1 // end of the last kept attribute's value
	for {
		i = skipSpace(s, i)
		if i >= n {
			return t
		}
		if s[i] == '>' {
			t.end = i + 1
			break
		}
		// The attribute name: a leading '=' belongs to it.
		ks := i
		i++
		if s[ks] == '/' || s[ks] == '>' || htmlSpace(s[ks]) {
			i = ks
		}
		for i < n && tagByte[s[i]] == 0 {
			i++
		}
		key := span{ks, i}
		// The value.
		vs, ve := i, i
		i = skipSpace(s, i)
		switch {
		case i >= n:
		case s[i] == '/':
			i++
		case s[i] == '=':
			i = skipSpace(s, i+1)
			if i >= n {
				break
			}
			switch q := s[i]; q {
			case '>':
			case '"', '\'':
				vs = i + 1
				e := indexByte(s[vs:], q)
				if e < 0 {
					ve, i = n, n
					break
				}
				ve, i = vs+e, vs+e+1
			default:
				vs = i
				for i < n && tagByte[s[i]]&4 == 0 {
					i++
				}
				ve = i
				if i < n && htmlSpace(s[i]) {
					i++
				}
			}
		}
		if key.end == key.start || !closely && !flags {
			continue
		}
		kname := s[key.start:key.end]
		if foldEq(kname, "class") || foldEq(kname, "itemprop") {
			t.kept = true
		}
		if foldEq(kname, "type") {
			v := s[vs:ve]
			if indexByte(v, '&') >= 0 || foldContains(v, "ld+json") {
				t.kept = true
			}
		}
		if !closely {
			continue
		}
		dup := false
		for _, o := range saved[:min(nSaved, len(saved))] {
			if foldEqual(s[o.start:o.end], kname) {
				dup = true
				break
			}
		}
		if nSaved >= len(saved) {
			t.uncertain = true // a duplicate could hide beyond the table
		}
		if !dup {
			if nSaved < len(saved) {
				saved[nSaved] = key
			}
			nSaved++
			lastValueEnd = ve
		}
	}
	if closely && s[t.end-2] == '/' && (nSaved == 0 || t.end-2 != lastValueEnd-1) {
		t.selfClosing = true
	}
	return t
}

// tagByte sorts the bytes of a tag for readTag: 1 ends a tag name (white
// space, '/', '>'), 2 is '=', which also ends an attribute name, 4 ends an
// unquoted value (white space, '>').
const tagByte = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x05\x00\x05\x05\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x05\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// commentEnd returns one past the end of a comment whose text starts at i
// (after "<!--"), or -1 if the page ends first. It ends at "-->", at "--!>",
// and right away at ">" or "->".
func commentEnd[T ~string | ~[]byte](s T, i int) int {
	n := len(s)
	dashes := 0
	beginning := true
	for i < n {
		c := s[i]
		i++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i
			}
		case '!':
			if dashes >= 2 {
				if i >= n {
					return -1
				}
				c = s[i]
				i++
				if c == '>' {
					return i
				}
				if c == '-' {
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
	return -1
}

// cdataEnd returns one past the "]]>" that ends a CDATA section whose text
// starts at i, or -1.
func cdataEnd[T ~string | ~[]byte](s T, i int) int {
	brackets := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case ']':
			brackets++
		case '>':
			if brackets >= 2 {
				return i + 1
			}
			brackets = 0
		default:
			brackets = 0
		}
	}
	return -1
}

// endTagAt matches "name" followed by white space, '/' or '>' at i, right
// after "</", case-insensitively. It returns ok, or the index at which the
// tokenizer resumes reading text (the first byte that did not match), or
// eof when the page ends first.
func endTagAt[T ~string | ~[]byte](s T, i int, name string) (ok bool, resume int, eof bool) {
	for k := 0; k < len(name); k++ {
		if i >= len(s) {
			return false, 0, true
		}
		if c := s[i]; c != name[k] && c != name[k]-('a'-'A') {
			return false, i, false
		}
		i++
	}
	if i >= len(s) {
		return false, 0, true
	}
	switch s[i] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true, 0, false
	}
	return false, i, false
}

// rawTextEnd returns the index of the "</name" that ends raw text or RCDATA
// starting at i, or -1 when the text runs to the end of the page.
func rawTextEnd[T ~string | ~[]byte](s T, i int, name string) int {
	for {
		j := indexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		p := i + j
		if p+1 >= len(s) {
			return -1
		}
		if s[p+1] != '/' {
			i = p + 1
			continue
		}
		ok, resume, eof := endTagAt(s, p+2, name)
		switch {
		case eof:
			return -1
		case ok:
			return p
		}
		i = resume
	}
}

// States of script text: the tokenizer's rules for "<!--" and "<script"
// inside a script, which hide a "</script>" from it. They follow
// golang.org/x/net/html, which differs from the standard in one place: "<"
// followed by anything but "/" or a letter in escaped text returns to plain
// script text.
const (
	sData = iota
	sLess
	sEscapeStart
	sEscapeStartDash
	sEscaped
	sEscapedDash
	sEscapedDashDash
	sEscapedLess
	sDouble
	sDoubleDash
	sDoubleDashDash
	sDoubleLess
)

// scriptEnd returns the index of the "</script" that ends script text
// starting at i, or -1 when the text runs to the end of the page.
func scriptEnd[T ~string | ~[]byte](s T, i int) int {
	n := len(s)
	state := sData
	for {
		if state == sData {
			j := indexByte(s[i:], '<')
			if j < 0 {
				return -1
			}
			i += j + 1
			state = sLess
			continue
		}
		if i >= n {
			return -1
		}
		c := s[i]
		// Each case either consumes c (i++) or leaves it to be read again
		// in the next state.
		switch state {
		case sLess:
			switch c {
			case '/':
				ok, resume, eof := endTagAt(s, i+1, "script")
				switch {
				case eof:
					return -1
				case ok:
					return i - 1
				}
				i, state = resume, sData
			case '!':
				i, state = i+1, sEscapeStart
			default:
				state = sData
			}
		case sEscapeStart, sEscapeStartDash:
			if c != '-' {
				state = sData
				break
			}
			i++
			if state == sEscapeStart {
				state = sEscapeStartDash
			} else {
				state = sEscapedDashDash
			}
		case sEscaped, sEscapedDash, sEscapedDashDash:
			i++
			switch {
			case c == '-' && state == sEscaped:
				state = sEscapedDash
			case c == '-':
				state = sEscapedDashDash
			case c == '<':
				state = sEscapedLess
			case c == '>' && state == sEscapedDashDash:
				state = sData
			default:
				state = sEscaped
			}
		case sEscapedLess:
			switch {
			case c == '/':
				ok, resume, eof := endTagAt(s, i+1, "script")
				switch {
				case eof:
					return -1
				case ok:
					return i - 1
				}
				i, state = resume, sEscaped
			case isLetter(c):
				ok, resume, eof := endTagAt(s, i, "script")
				switch {
				case eof:
					return -1
				case ok:
					i, state = i+len("script")+1, sDouble
				default:
					i, state = resume, sEscaped
				}
			default:
				state = sData
			}
		case sDouble, sDoubleDash, sDoubleDashDash:
			i++
			switch {
			case c == '-' && state == sDouble:
				state = sDoubleDash
			case c == '-':
				state = sDoubleDashDash
			case c == '<':
				state = sDoubleLess
			case c == '>' && state == sDoubleDashDash:
				state = sData
			default:
				state = sDouble
			}
		case sDoubleLess:
			if c != '/' {
				state = sDouble
				break
			}
			ok, resume, eof := endTagAt(s, i+1, "script")
			switch {
			case eof:
				return -1
			case ok:
				i, state = i+1+len("script")+1, sEscaped
			default:
				i, state = resume, sDouble
			}
		}
	}
}

// spanReader reads the kept ranges of a page as one stream.
type spanReader[T ~string | ~[]byte] struct {
	s     T
	spans []span
	k     int // current span
	off   int // next byte to read
}

func (r *spanReader[T]) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && r.k < len(r.spans) {
		sp := r.spans[r.k]
		r.off = max(r.off, sp.start)
		c := copy(p[n:], r.s[r.off:sp.end])
		n += c
		r.off += c
		if r.off >= sp.end {
			r.k++
		}
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func skipSpace[T ~string | ~[]byte](s T, i int) int {
	for i < len(s) && htmlSpace(s[i]) {
		i++
	}
	return i
}

// plainName reports a tag name of ASCII bytes other than NUL, which the
// tokenizer keeps as they are but for case.
func plainName[T ~string | ~[]byte](name T) bool {
	for i := 0; i < len(name); i++ {
		if name[i] == 0 || name[i] >= 0x80 {
			return false
		}
	}
	return true
}

// appendLower appends s to dst with ASCII letters lower-cased.
func appendLower[T ~string | ~[]byte](dst []byte, s T) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// foldEq reports whether s is the lower-case ASCII word w in any case.
func foldEq[T ~string | ~[]byte](s T, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// foldEqual compares two names with ASCII letters folded, as the tokenizer
// does when it drops a repeated attribute.
func foldEqual[T ~string | ~[]byte](a, b T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// foldContains reports whether s contains the lower-case ASCII word w in
// any case.
func foldContains[T ~string | ~[]byte](s T, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if foldEq(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
