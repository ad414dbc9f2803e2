// Package dates finds calendar-date expressions in news text — numeric
// ("26/07/2024", "2024-07-26"), written ("19 settembre 2023", "September 19,
// 2023", "у червні 2023 року"), year-only in a year context ("nel 2024",
// "2024 року"), ranges ("15–16 June", "dal 2024 al 2030") and relative
// expressions anchored on the publication date ("yesterday", "l'anno
// scorso", "минулого тижня", "3 days ago", "the week after next",
// "questo fine settimana", "третій квартал", "the first Monday of March",
// "Easter 2024", "Великдень") — and normalizes each TIMEX3-style:
// YYYY-MM-DD, YYYY-MM, YYYY, or XXXX-MM(-DD) when the year is unknown.
// Quarters and seasons are their year when the text writes it ("autumn
// 2024"). Weeks and weekends ("next week", "questo fine settimana"), and
// seasons and quarters without a written year ("last winter", "третій
// квартал"), are read but not reported, since the annotation guideline
// has no value for them; Parse still gives them (ISO week, anchor's year).
//
// A date without a year takes it from the anchor: the most recent one
// unless its clause speaks of the future. The tense comes from the clause
// that holds the date, nearest word first — a future or past word, a verb
// ending, a Ukrainian perfective verb (whose present form is a future) —
// and only then from the rest of the sentence.
//
// The engine in this file knows no language: it walks the shared token
// stream once and looks each word up in a lexicon built from the Language
// values of en.go, it.go and uk.go. There are no regular expressions.
package dates

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

// Extractor finds dates. It is immutable after New and safe for concurrent
// use.
type Extractor struct {
	byLang map[string]*lexicon
	all    *lexicon  // every language at once, for "und" and unknown codes
	scans  sync.Pool // *scan: per-document buffers, reused to spare the allocator
}

// New builds an Extractor for English, Italian and Ukrainian.
func New() *Extractor { return NewWith(English(), Italian(), Ukrainian()) }

// NewWith builds an Extractor for the given languages.
func NewWith(langs ...*Language) *Extractor {
	x := &Extractor{byLang: make(map[string]*lexicon, len(langs)), all: newLexicon(langs...)}
	for _, l := range langs {
		x.byLang[l.Code] = newLexicon(l)
	}
	return x
}

func (x *Extractor) lexicon(lang string) *lexicon {
	if lx := x.byLang[lang]; lx != nil {
		return lx
	}
	return x.all
}

// Extract appends the dates of d to e.Dates, each value once with all of
// its mentions, in order of first mention.
func (x *Extractor) Extract(d *token.Doc, e *corpus.Entities) {
	x.extract(d, e, false)
}

// extract is Extract; periods tells it to report weeks, and seasons and
// quarters without a year, too.
func (x *Extractor) extract(d *token.Doc, e *corpus.Entities, periods bool) {
	s := x.newScan(d, len(d.Tokens))
	defer x.release(s)
	s.run()
	s.finish()
	if len(s.ms) == 0 {
		return
	}
	// Group the matches by value first, so that each value is formatted
	// once and each mention list is allocated at its final size.
	var byVal [64]struct {
		v val
		n int // mentions
	}
	vals := byVal[:0]
	var index map[val]int // only for documents with very many dates
	for i := range s.ms {
		m := &s.ms[i]
		if m.v.wk != 0 && m.of.m != 0 && !periods {
			m.v = m.of
		}
		if (m.v.wk != 0 || m.unvalued) && !periods {
			// A week, or a season or quarter without its year, is read, so
			// that its words are no other date, but not reported: the
			// annotation guideline has days, months and years.
			m.drop = true
		}
		if s.inAmount(m, e.Money) {
			m.drop = true
		}
		if m.drop {
			continue
		}
		k := 0
		if index != nil {
			var ok bool
			if k, ok = index[m.v]; !ok {
				k = len(vals)
			}
		} else {
			for k < len(vals) && vals[k].v != m.v {
				k++
			}
		}
		if k == len(vals) {
			if len(vals) == len(byVal) {
				index = make(map[val]int, 4*len(vals))
				for j, g := range vals {
					index[g.v] = j
				}
			}
			if index != nil {
				index[m.v] = k
			}
			vals = append(vals, struct {
				v val
				n int
			}{m.v, 0})
		}
		vals[k].n++
		m.group = k
	}
	base := len(e.Dates)
	e.Dates = slices.Grow(e.Dates, len(vals))
	for _, g := range vals {
		e.Dates = append(e.Dates, corpus.Date{Value: g.v.String(), Mentions: make([]corpus.Mention, 0, g.n)})
	}
	for i := range s.ms {
		m := &s.ms[i]
		if m.drop {
			continue
		}
		men := d.Mention(s.L[m.a].a, s.L[m.b-1].b)
		dt := &e.Dates[base+m.group]
		if n := len(dt.Mentions); n > 0 && dt.Mentions[n-1].Start == men.Start && dt.Mentions[n-1].End == men.End {
			continue // one span read twice
		}
		dt.Mentions = append(dt.Mentions, men)
	}
}

// Dateline returns the publication date given by a dateline at the very
// top of the text ("• 26/07/2024 23:32", "ROMA, 3 aprile 2024 –",
// "КИЇВ, 19 вересня 2023 року"), as YYYY-MM-DD. Only a full date with its
// year near the start of one of the first three lines counts.
func (x *Extractor) Dateline(d *token.Doc) (string, bool) {
	// The first three non-empty lines.
	n, lines := 0, 0
	for n < len(d.Tokens) && n < 120 {
		if n > 0 && d.Tokens[n].Gap >= token.Newline {
			lines++
			if lines == 3 {
				break
			}
		}
		n++
	}
	s := x.newScan(d, n)
	defer x.release(s)
	// Only what the text writes out counts: "yesterday" or "19 September"
	// say nothing about the date of publication.
	s.hasRef = false
	s.run()
	for i := range s.ms {
		m := &s.ms[i]
		if m.kind != kExplicit || m.v.y == 0 || m.v.d == 0 || m.v.wk != 0 {
			continue
		}
		// The date must open its line, give or take a place name, a
		// bullet or a time: count the lexemes before it on its line.
		before := 0
		for j := m.a; j > 0 && s.L[j].gap < token.Newline; j-- {
			before++
		}
		if before <= 8 {
			return m.v.String(), true
		}
	}
	return "", false
}

// Parse resolves one date expression written in lang against the
// reference date ref (YYYY-MM-DD, or "" for none) and returns its values,
// weeks (YYYY-Www) and the guessed years of seasons and quarters included.
func (x *Extractor) Parse(expr, lang, ref string) []string {
	d := token.New(expr, lang, ref)
	var e corpus.Entities
	x.extract(d, &e, true)
	out := make([]string, len(e.Dates))
	for i, dt := range e.Dates {
		out[i] = dt.Value
	}
	return out
}

// ---------------------------------------------------------------------
// Values

// val is a date at day, month, year or ISO-week precision; y == 0 is an
// unknown year.
type val struct {
	y, m, d int
	wk      int // ISO week number; then y is the ISO year
}

func (v val) String() string {
	var b [10]byte
	n := 0
	put := func(x, width int) {
		for i := width - 1; i >= 0; i-- {
			b[n+i] = byte('0' + x%10)
			x /= 10
		}
		n += width
	}
	if v.y == 0 {
		copy(b[:], "XXXX")
		n = 4
	} else {
		put(v.y, 4)
	}
	switch {
	case v.wk > 0:
		b[n], b[n+1] = '-', 'W'
		n += 2
		put(v.wk, 2)
	case v.m > 0:
		b[n] = '-'
		n++
		put(v.m, 2)
		if v.d > 0 {
			b[n] = '-'
			n++
			put(v.d, 2)
		}
	}
	return string(b[:n])
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

func dayVal(t time.Time) val { return val{y: t.Year(), m: int(t.Month()), d: t.Day()} }

func weekVal(t time.Time) val {
	y, w := t.ISOWeek()
	return val{y: y, wk: w}
}

func monthVal(y, m int) val {
	for m > 12 {
		m -= 12
		y++
	}
	for m < 1 {
		m += 12
		y--
	}
	return val{y: y, m: m}
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// ---------------------------------------------------------------------
// Lexemes: tokens with their lexicon entries, ordinal suffixes and
// apostrophe compounds joined.

type lex struct {
	a, b  int // token span [a, b)
	kind  token.Kind
	gap   token.Gap
	key   string
	w     *word
	n     int  // value of a number of at most 9 digits, else -1
	tense int8 // cache of ownTense + 2; 0 until worked out
	nd    int  // digits
	ord   bool
	cap   bool
}

type kind uint8

const (
	kExplicit kind = iota // v is final
	kYearless             // v.m (and v.d) known; the year comes from the text or the anchor
	kWeekday              // a weekday to resolve against the anchor
	kMonthDay             // v.d of a month to take from the anchor
	kNth                  // the shift-th weekday wd (or day, wd 0) of month v.m, year to resolve
	kFeast                // movable feast number feast, year to resolve
	kTold                 // shift days from the last day told before it (see ToldDays)
)

// Weekday modes.
const (
	wdBare = iota
	wdLast
	wdThis
	wdNext
	wdWeek // in the week shifted by shift
)

type match struct {
	a, b  int // lexeme span [a, b)
	kind  kind
	v     val
	wd    int // weekday hint (time.Weekday + 1), for kYearless and kWeekday
	mode  int // weekday mode
	shift int // week shift with wdWeek; month shift for kYearless months (-1 last, +1 next)
	tense int // +1 the clause speaks of the future, -1 of the past, 0 unknown
	feast int // 1 + index of a movable feast, for kFeast
	drop  bool
	// dated: the text gives the year itself, so that finish, which gives
	// the others theirs, can tell the two apart afterwards
	dated bool
	// anchored: a year-less date that took its year from the anchor and
	// its tense alone, no other date of the text
	anchored bool
	group    int // index of the value among the document's values
	// unvalued: a period the annotation guideline has no value for (a
	// season or a quarter) whose year the text does not write: its year
	// is only a guess from the anchor.
	unvalued bool
	// of is the month of a week that the text names by its place in the
	// month ("the second week of May"): the guideline has no value for a
	// week, and the month is what such a text dates.
	of val
}

type scan struct {
	lx         *lexicon
	d          *token.Doc
	L          []lex
	ref        time.Time
	hasRef     bool
	standalone bool // the text is a date expression and nothing else
	us         int8 // numeric order: 0 undecided, 1 month first, 2 day first
	usWeak     bool // us guessed with no numeric date to show the order
	ms         []match
}

func (x *Extractor) newScan(d *token.Doc, limit int) *scan {
	s, _ := x.scans.Get().(*scan)
	if s == nil {
		s = new(scan)
	}
	*s = scan{lx: x.lexicon(d.Lang), d: d, L: s.L[:0], ms: s.ms[:0]}
	if d.Published != "" {
		p := d.Published
		if len(p) != 10 {
			p, _ = corpus.NormalizeDate(p)
		}
		if t, err := time.Parse("2006-01-02", p); err == nil && t.Year() >= 1100 && t.Year() <= 8900 {
			s.ref, s.hasRef = t, true
		}
	}
	s.lexemes(limit)
	return s
}

// release returns a scan's buffers to the pool, unless a huge text made
// them too big to keep.
func (x *Extractor) release(s *scan) {
	if cap(s.L) > 1<<16 {
		return
	}
	s.d, s.L, s.ms = nil, s.L[:0], s.ms[:0]
	x.scans.Put(s)
}

func (s *scan) lexemes(limit int) {
	toks := s.d.Tokens[:limit]
	lx := s.lx
	L := s.L[:0]
	if cap(L) < len(toks) {
		L = make([]lex, 0, len(toks)+len(toks)/4)
	}
	unknown := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		l := lex{a: i, b: i + 1, kind: t.Kind, gap: t.Gap, key: t.Norm, n: -1, cap: t.Cap || t.Upper}
		switch t.Kind {
		case token.Number:
			l.nd = t.End - t.Start
			// Digits touching a word are part of a name: "G20", "COP30",
			// "F16" hold no day and no year.
			if i > 0 && t.Gap == token.None && toks[i-1].Kind == token.Word {
				if w := lx.words[toks[i-1].Norm]; w == nil || w.flags&fQuarterLetter == 0 { // "Q4"
					break
				}
			}
			if l.nd <= 9 {
				n := 0
				for j := 0; j < len(t.Norm); j++ {
					n = n*10 + int(t.Norm[j]-'0')
				}
				l.n = n
			}
			if i+1 < len(toks) && toks[i+1].Gap == token.None {
				nx := &toks[i+1]
				switch {
				case nx.Kind == token.Word && l.nd <= 2 && lx.ordSuffix[nx.Norm]:
					l.ord, l.b = true, i+2
					i++
				case nx.Kind == token.Punct && l.nd <= 2 && (nx.Norm == "°" || nx.Norm == "º"):
					l.ord, l.b = true, i+2
					i++
				case nx.Kind == token.Punct && nx.Norm == "-" && i+2 < len(toks) &&
					toks[i+2].Gap == token.None && toks[i+2].Kind == token.Word && lx.dashOrd[toks[i+2].Norm]:
					l.ord, l.b = true, i+3
					i += 2
				}
			}
		case token.Word:
			if i+2 < len(toks) && toks[i+1].Norm == "'" && toks[i+1].Gap == token.None &&
				toks[i+2].Gap == token.None && toks[i+2].Kind == token.Word {
				if w := lx.compound(t.Norm, toks[i+2].Norm); w != nil {
					l.w, l.key, l.b = w, w.key, i+3
					i += 2
					L = append(L, l)
					continue
				}
			}
			l.w = lx.words[t.Norm]
			if l.w != nil && l.w.flags&fAlias != 0 {
				if w, end := lx.alias(toks, i); w != nil {
					l.w, l.key, l.b = w, w.key, end
					i = end - 1
				}
			}
			// Words of tense or quantity do not make a text a date
			// expression: "the troops went 20 km in 2 years" is prose.
			if l.w == nil || l.w.flags&exprWord == 0 {
				unknown++
			}
		}
		L = append(L, l)
	}
	s.L = L
	s.standalone = unknown == 0 && len(L) <= 16
}

// alias reads a phrase that stands for one word ("fine settimana") at
// token i and returns that word and the token after the phrase.
func (lx *lexicon) alias(toks []token.Token, i int) (*word, int) {
	for _, p := range lx.aliases[toks[i].Norm] {
		j := i + 1
		for _, k := range p.keys {
			if j >= len(toks) || toks[j].Norm != k || toks[j].Gap > token.Space {
				j = -1
				break
			}
			j++
		}
		if j > 0 {
			return p.alias, j
		}
	}
	return nil, i
}

// ---------------------------------------------------------------------
// Small accessors; all are safe past either end.

func (s *scan) w(i int) *word {
	if i < 0 || i >= len(s.L) {
		return nil
	}
	return s.L[i].w
}

func (s *scan) has(i int, f flag) bool {
	w := s.w(i)
	return w != nil && w.flags&f != 0
}

func (s *scan) punct(i int, p string) bool {
	return i >= 0 && i < len(s.L) && s.L[i].kind == token.Punct && s.L[i].key == p
}

// possessive reports the "'s" of a possessive starting at lexeme k:
// "Tuesday's attack", "the group's May meeting".
func (s *scan) possessive(k int) bool {
	return s.punct(k, "'") && k+1 < len(s.L) && s.L[k+1].key == "s"
}

// sentenceStart reports a lexeme that opens a sentence, a line or a
// quotation.
func (s *scan) sentenceStart(i int) bool {
	if i == 0 || s.L[i].gap >= token.Newline {
		return true
	}
	p := &s.L[i-1]
	if p.kind != token.Punct {
		return false
	}
	switch p.key {
	case ".", "!", "?", ":", "«", "\"", "“", "–", "—":
		return true
	}
	return false
}

// quoteOpens reports a quotation mark that opens right before lexeme i.
func (s *scan) quoteOpens(i int) bool {
	if i == 0 || s.L[i-1].kind != token.Punct || s.L[i].gap != token.None {
		return false
	}
	switch s.L[i-1].key {
	case "«", "\"", "“", "„":
		return true
	}
	return false
}

func (s *scan) tight(i int) bool { return i >= 0 && i < len(s.L) && s.L[i].gap == token.None }

func (s *scan) isNum(i int) bool { return i >= 0 && i < len(s.L) && s.L[i].kind == token.Number }

// dot skips the abbreviation dot right after lexeme i-1.
func (s *scan) dot(i int) int {
	if s.punct(i, ".") && s.tight(i) {
		return i + 1
	}
	return i
}

// ---------------------------------------------------------------------
// The walk

func (s *scan) run() {
	for i := 0; i < len(s.L); {
		if j := s.at(i); j > i {
			i = j
		} else {
			i++
		}
	}
}

// at tries every pattern that can start at lexeme i and returns the index
// after the match, or i.
func (s *scan) at(i int) int {
	l := &s.L[i]
	if l.kind == token.Number {
		if l.ord && l.n >= 1 && l.n <= 5 {
			if j := s.nth(i, l.n); j > i { // "4th quarter 2018", "1st Monday of May"
				return j
			}
		}
		if j := s.numeric(i); j > i {
			return j
		}
		if j := s.dayFirst(i); j > i {
			return j
		}
		if j := s.count(i); j > i {
			return j
		}
		return s.year(i)
	}
	w := l.w
	if w == nil {
		return i
	}
	if w.adjMonth != 0 {
		return s.monthAdjective(i, int(w.adjMonth))
	}
	f := w.flags
	if f&fNth != 0 {
		if j := s.nth(i, int(w.nth)); j > i {
			return j
		}
	}
	if f&fQuarterLetter != 0 && s.tight(i+1) && s.isNum(i+1) && s.L[i+1].n >= 1 && s.L[i+1].n <= 4 && s.L[i+1].nd == 1 {
		if j := s.quarter(i, i+2, s.L[i+1].n); j > i { // "Q3 2024"
			return j
		}
	}
	if f&fPhrase != 0 {
		if j := s.phrase(i); j > i {
			return j
		}
	}
	if f&fRelDay != 0 {
		return s.relDay(i, i+1, int(w.rel))
	}
	if f&fHoliday != 0 {
		if j := s.holiday(i); j > i {
			return j
		}
	}
	if f&fWeekday != 0 {
		if j := s.weekday(i); j > i {
			return j
		}
	}
	if f&fMonth != 0 {
		if j := s.month(i); j > i {
			return j
		}
	}
	if f&(fOrdinal|fNumber) != 0 {
		if j := s.dayFirst(i); j > i {
			return j
		}
		if j := s.count(i); j > i {
			return j
		}
	}
	if f&(fPre|fRelYear) != 0 {
		if j := s.modifier(i); j > i {
			return j
		}
	}
	if f&fUnit != 0 {
		if j := s.unit(i); j > i {
			return j
		}
	}
	if f&fIn != 0 {
		if j := s.in(i); j > i {
			return j
		}
	}
	return i
}

func (s *scan) add(m match) {
	if m.v.y != 0 && (m.v.y < 1000 || m.v.y > 9999) {
		return
	}
	m.dated = m.kind == kExplicit && m.v.y != 0
	s.ms = append(s.ms, m)
}

// ---------------------------------------------------------------------
// Numeric dates

func (s *scan) numeric(i int) int {
	L := s.L
	a := &L[i]
	if a.ord || a.n < 0 || !s.tight(i+1) || !s.tight(i+2) || !s.isNum(i+2) || L[i+2].ord {
		return i
	}
	sep := L[i+1].key
	if L[i+1].kind != token.Punct || sep != "/" && sep != "." && sep != "-" {
		return i
	}
	// Part of a longer run of numbers (an IP address, a version, a code).
	if i > 0 && a.gap == token.None && (L[i-1].kind == token.Number ||
		L[i-1].kind == token.Word && !s.has(i-1, fArticle|fDateCtx|fOf) ||
		L[i-1].kind == token.Punct && (L[i-1].key == "." || L[i-1].key == "/" || L[i-1].key == "-" || L[i-1].key == ",") && s.isNum(i-2)) {
		return i
	}
	b := &L[i+2]
	three := s.punct(i+3, sep) && s.tight(i+3) && s.tight(i+4) && s.isNum(i+4) && !L[i+4].ord
	end := i + 3
	if three {
		end = i + 5
	}
	// Followed by more of the same: 1.2.3.4, 2024-07-26-01.
	if s.tight(end) && end < len(L) && L[end].kind == token.Punct && (L[end].key == sep || L[end].key == ".") &&
		s.tight(end+1) && s.isNum(end+1) {
		return i
	}
	if three {
		c := &L[i+4]
		if a.nd == 4 { // ISO order: 2024-07-26, 2024/07/26, 2024.07.26
			if b.nd > 2 || c.nd > 2 || !validDate(a.n, b.n, c.n) || a.n < 1000 {
				return i
			}
			s.add(match{a: i, b: end, v: val{y: a.n, m: b.n, d: c.n}})
			return end
		}
		if a.nd > 2 || b.nd > 2 || (c.nd != 4 && c.nd != 2) {
			return i
		}
		y := c.n
		if c.nd == 2 {
			// Two-digit years only in the unmistakable shapes 26.07.24
			// and 7/26/24; never with dashes (scores, codes).
			if sep == "-" || sep == "." && (a.nd != 2 || b.nd != 2) {
				return i
			}
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		}
		if y < 1000 || s.notYearAfter(end) {
			return i
		}
		d, m, ok := s.order(a.n, b.n)
		if ok && d != m && d <= 12 && s.weakOrder() && s.hasRef && y == s.ref.Year() &&
			m == s.ref.Day() && d == int(s.ref.Month()) {
			// Read in the order the numbers give no evidence for, the
			// date is the anchor: a page's stamp ("Last updated:
			// 03/04/2024 19:15") in a text that writes "April 12".
			d, m = m, d
		}
		if !ok || !validDate(y, m, d) {
			return i
		}
		s.add(match{a: i, b: end, v: val{y: y, m: m, d: d}})
		return end
	}
	// Month and year: 07/2024; but after an act's name the pair is its
	// number and year: "il decreto-legge 10/2022".
	if b.nd == 4 && (a.nd == 2 || s.standalone || s.has(i-1, fDateCtx|fMonthPrep)) && (sep == "/" || sep == ".") && a.n >= 1 && a.n <= 12 && b.n >= 1900 && b.n <= 2100 &&
		!s.numbered(i) {
		s.add(match{a: i, b: end, v: val{y: b.n, m: a.n}})
		return end
	}
	// Day and month without a year, with dots: "15.02" alone or after a
	// date word, in a language that writes the day first, both numbers of
	// two digits and never swapped (10.30 is a time).
	if sep == "." && !s.lx.usNumeric && a.nd == 2 && b.nd == 2 && !s.isNum(end) &&
		(s.standalone || s.has(i-1, fDateCtx)) && !s.notYearAfter(end) {
		if !validDate(0, b.n, a.n) {
			return i
		}
		s.add(match{a: i, b: end, kind: kYearless, v: val{m: b.n, d: a.n}, tense: s.tense(i, end)})
		return end
	}
	// Day and month without a year: only with a slash, only after a date
	// word ("on 3/4", "dal 15/6") or as the whole text, and never 24/7.
	if sep != "/" || a.nd > 2 || b.nd > 2 || a.n == 24 && b.n == 7 {
		return i
	}
	if s.isNum(end) || s.punct(end, "/") || s.notYearAfter(end) {
		return i
	}
	if !s.standalone && !s.has(i-1, fDateCtx|fWeekday) {
		return i
	}
	d, m, ok := s.order(a.n, b.n)
	if !ok || !validDate(0, m, d) {
		return i
	}
	s.add(match{a: i, b: end, kind: kYearless, v: val{m: m, d: d}, tense: s.tense(i, end)})
	return end
}

// order reads two numbers as day and month, month first only when the
// text is American or the day-first reading is impossible.
func (s *scan) order(p, q int) (d, m int, ok bool) {
	switch {
	case p < 1 || q < 1:
		return 0, 0, false
	case p > 12 && q <= 12:
		return p, q, true
	case q > 12 && p <= 12:
		return q, p, true
	case p > 12:
		return 0, 0, false
	}
	if s.monthFirstNumeric() {
		return q, p, true
	}
	return p, q, true
}

// monthFirstNumeric decides once per text whether ambiguous numeric dates
// put the month first: only in a language that does so (English), and only
// when the text's unambiguous dates say so — or, for a bare expression with
// no such evidence, by the American convention of date software.
func (s *scan) monthFirstNumeric() bool {
	if s.us == 0 {
		s.us = 2
		if s.lx.usNumeric {
			mdy, dmy, mf, df := 0, 0, 0, 0
			L := s.L
			for i := 0; i+2 < len(L); i++ {
				if L[i].kind == token.Number && L[i].nd <= 2 && s.punct(i+1, "/") && s.tight(i+1) && s.tight(i+2) && s.isNum(i+2) && L[i+2].nd <= 2 {
					switch {
					case L[i].n > 12 && L[i+2].n <= 12:
						dmy++
					case L[i+2].n > 12 && L[i].n <= 12:
						mdy++
					}
				}
				if s.has(i, fMonth) && L[i+1].kind == token.Number && L[i+1].nd <= 2 {
					mf++
				}
				if L[i].kind == token.Number && L[i].nd <= 2 && s.has(i+1, fMonth) {
					df++
				}
			}
			switch {
			case mdy > dmy:
				s.us = 1
			case dmy > mdy:
			case mf > df || mf == 0 && df == 0 && s.standalone:
				s.us = 1
				s.usWeak = true
			default:
				s.usWeak = true
			}
		}
	}
	return s.us == 1
}

// weakOrder reports that no numeric date of the text shows the order of
// its numbers, which monthFirstNumeric then guessed from the written dates
// or by convention.
func (s *scan) weakOrder() bool {
	s.monthFirstNumeric()
	return s.usWeak
}

// ---------------------------------------------------------------------
// Written dates

// dayAt reads a day of the month at lexeme i: 1–31 written in digits
// (with or without an ordinal suffix) or as an ordinal word, including
// compounds such as "twenty-first" and "двадцять першого".
func (s *scan) dayAt(i int) (day, end int, ok bool) {
	if i < 0 || i >= len(s.L) {
		return 0, i, false
	}
	l := &s.L[i]
	if l.kind == token.Number {
		if l.nd > 2 || l.n < 1 || l.n > 31 {
			return 0, i, false
		}
		return l.n, i + 1, true
	}
	w := l.w
	if w == nil {
		return 0, i, false
	}
	if w.flags&fNumber != 0 && (w.num == 20 || w.num == 30) {
		j := i + 1
		if s.punct(j, "-") && s.tight(j) {
			j++
		}
		if u := s.w(j); u != nil && u.flags&fOrdinal != 0 && u.ord >= 1 && u.ord <= 9 && int(w.num)+int(u.ord) <= 31 {
			return int(w.num) + int(u.ord), j + 1, true
		}
	}
	if w.flags&fOrdinal != 0 && w.ord >= 1 {
		return int(w.ord), i + 1, true
	}
	return 0, i, false
}

// dayList reads "15", "15-16", "15, 16 e 17", "15 to 16", "15 по 16".
func (s *scan) dayList(i int, buf *[8]int) (n, end int) {
	d, j, ok := s.dayAt(i)
	if !ok {
		return 0, i
	}
	buf[0], n, end = d, 1, j
	for n < len(buf) {
		k := end
		switch {
		case s.punct(k, "-") || s.punct(k, ","):
			k++
		case s.has(k, fRangeTo|fRangeAnd):
			k++
			if s.punct(k, "'") { // the range word elided before a vowel: "dal 9 all'11"
				k++
			}
		default:
			return n, end
		}
		if s.has(k, fArticle) { // "dal 15 al 16", "il 10 e l'11", "the 3rd and the 5th"
			k++
			if s.punct(k, "'") {
				k++
			}
		}
		d, j, ok := s.dayAt(k)
		if !ok || d <= buf[n-1] {
			return n, end
		}
		buf[n] = d
		n++
		end = j
	}
	return n, end
}

// monthAt reads a month name or abbreviation at lexeme i (with its dot).
func (s *scan) monthAt(i int) (m, end int, abbr bool, ok bool) { return s.monthAtStrong(i, false) }

// monthAtStrong is monthAt where the context already rules out the other
// reading of a name such as "may".
func (s *scan) monthAtStrong(i int, strong bool) (m, end int, abbr bool, ok bool) {
	w := s.w(i)
	if w == nil || w.flags&fMonth == 0 {
		return 0, i, false, false
	}
	if w.flags&fNeedCap != 0 && !s.L[i].cap && !s.standalone && !strong {
		return 0, i, false, false
	}
	end = i + 1
	if w.flags&fMonthAbbr != 0 {
		j := s.dot(end)
		if w.flags&fWeakAbbr != 0 && j == end && !s.wireDay(i) {
			// "3 set" is not a date, "3 set. 2024" or "3 set 2024" is.
			if _, ok := s.yearNum(s.skipComma(end)); !ok {
				return 0, i, false, false
			}
		}
		end = j
	}
	return int(w.month), end, w.flags&fMonthAbbr != 0, true
}

// wireDay reports an abbreviation in capitals between a day number and a
// dash, as agencies date their dispatches: "ROMA, 17 GIU -".
func (s *scan) wireDay(i int) bool {
	if i == 0 || !s.d.Tokens[s.L[i].a].Upper {
		return false
	}
	p := &s.L[i-1]
	return p.kind == token.Number && p.n >= 1 && p.n <= 31 && !p.ord && s.punct(i+1, "-")
}

func (s *scan) skipComma(i int) int {
	if s.punct(i, ",") {
		return i + 1
	}
	return i
}

// yearNum reads a four-digit year at lexeme i that is not part of a larger
// number.
func (s *scan) yearNum(i int) (int, bool) {
	if i < 0 || i >= len(s.L) {
		return 0, false
	}
	L := s.L
	l := &L[i]
	if l.kind != token.Number || l.nd != 4 || l.n < 1000 || l.n > 2999 {
		return 0, false
	}
	if l.gap == token.None && i > 0 {
		p := &L[i-1]
		switch {
		case p.kind == token.Number, p.kind == token.Word && !s.has(i-1, fPeriod|fYearPrep):
			return 0, false
		case p.kind == token.Punct && (p.key == "." || p.key == "," || p.key == ":" || p.key == "/" || p.key == "€" || p.key == "$" || p.key == "£") && (s.isNum(i-2) || p.key != "." && p.key != "," && p.key != ":" && p.key != "/"):
			return 0, false
		}
	}
	if s.tight(i + 1) {
		switch {
		case s.punct(i+1, ".") || s.punct(i+1, ",") || s.punct(i+1, ":") || s.punct(i+1, "/"):
			if s.tight(i+2) && s.isNum(i+2) {
				return 0, false
			}
		case s.punct(i+1, "%"):
			return 0, false
		case i+1 < len(L) && L[i+1].kind == token.Word && !l.ord && !s.has(i+1, fYearSuffix):
			return 0, false
		case s.isNum(i + 1):
			return 0, false
		}
	}
	return l.n, true
}

// notYearAfter reports a unit, a currency or a count noun right after a
// number, which makes it an amount rather than a year.
func (s *scan) notYearAfter(i int) bool {
	if i >= len(s.L) {
		return false
	}
	l := &s.L[i]
	if l.kind == token.Punct {
		switch l.key {
		case "%", "€", "$", "£", "₴", "+":
			return true
		case "-", "'", "’":
			return s.decade(i)
		}
		return false
	}
	w := l.w
	return w != nil && (w.flags&fNotAfterYear != 0 || w.flags&fUnit != 0 && w.flags&fYearSuffix == 0)
}

// decade reports a decade ending at lexeme i, right after a year in
// zero: "1980-х", "1990-ті", "the 1980's" — but not the possessive of
// "2020's best result", which a word of its own follows.
func (s *scan) decade(i int) bool {
	if i < 1 || !strings.HasSuffix(s.L[i-1].key, "0") || !s.tight(i) || !s.tight(i+1) || !s.lx.decadeEndings[s.L[i+1].key] {
		return false
	}
	if s.L[i].key == "-" {
		return true
	}
	n := i + 2
	return n >= len(s.L) || s.L[n].kind != token.Word || s.has(n, fOf|fConjunction|fYearPrep|fMonthPrep|fDateCtx|fPast|fFuture|fAux|fPresentAux)
}

// yearAfter reads the year that may follow a day and month: "19 settembre
// 2023", "September 19, 2023", "19 вересня 2023 року", "giugno del 2023".
func (s *scan) yearAfter(i int) (y, end int, ok bool) {
	j := s.skipComma(i)
	if s.punct(j, "-") && s.tight(j) && s.tight(j+1) { // 1-Jan-2015
		j++
	}
	if s.has(j, fOf) && s.isNum(j+1) {
		j++
	}
	y, ok = s.yearNum(j)
	if !ok || s.notYearAfter(j+1) {
		return 0, i, false
	}
	return y, s.yearSuffix(j + 1), true
}

// yearSuffix skips "року", "р.", "рр." after a year.
func (s *scan) yearSuffix(i int) int {
	if s.has(i, fYearSuffix) {
		if len(s.L[i].key) <= 4 { // an abbreviation takes its dot
			return s.dot(i + 1)
		}
		return i + 1
	}
	return i
}

// dayFirst reads "19 settembre 2023", "19th of September", "15–16 June",
// "l'8 marzo", "першого березня".
func (s *scan) dayFirst(i int) int {
	L := s.L
	if L[i].kind == token.Number {
		if L[i].nd > 2 {
			return i
		}
		// A decimal or a time: 1.5, 12:30; money: €15.
		if L[i].gap == token.None && i > 0 && L[i-1].kind == token.Punct {
			switch L[i-1].key {
			case ".", ",", ":":
				if s.isNum(i - 2) {
					return i
				}
			case "€", "$", "£", "/":
				return i
			}
		}
	}
	var buf [8]int
	n, j := s.dayList(i, &buf)
	if n == 0 {
		return i
	}
	strong := false // "first of may": the month cannot be the verb
	switch {
	case s.has(j, fOf) && s.has(j+1, fMonth):
		j++
		strong = true
	case (s.punct(j, "-") || s.punct(j, "/")) && s.tight(j) && s.tight(j+1) && s.has(j+1, fMonth): // 1-Jan
		j++
	}
	m, end, _, ok := s.monthAtStrong(j, strong)
	if !ok {
		k := j
		if n == 1 && s.has(j, fDayNoun) {
			k++
		}
		// "the 15th of next month", "15 числа наступного місяця".
		if y, m, e, ok := s.relMonthAt(k); ok && (k > j || s.has(j, fOf)) {
			for _, d := range buf[:n] {
				if validDate(y, m, d) {
					s.add(match{a: i, b: e, v: val{y: y, m: m, d: d}})
				}
			}
			return e
		}
		if k > j { // "15 числа": a day of this month
			if s.hasRef {
				s.add(match{a: i, b: k, kind: kMonthDay, v: val{d: buf[0]}, tense: s.tense(i, k)})
			}
			return k
		}
		return s.dayOfMonth(i, j, n)
	}
	return s.finishDate(i, end, m, buf[:n])
}

// countsNoun reports a lower-case noun or a unit at lexeme e, which makes
// the number before it a count.
func (s *scan) countsNoun(e int) bool {
	if e >= len(s.L) || s.L[e].kind != token.Word || s.L[e].gap > token.Space {
		return false
	}
	l := &s.L[e]
	if l.w == nil {
		return !l.cap && !s.lx.pronouns[l.key]
	}
	return l.w.flags&(fNotAfterYear|fUnit) != 0
}

// singularAfterDay reports a word at lexeme e that a number above one
// cannot count, for lack of a plural ending of the language: "vote",
// "election", not "soldiers" (the words counts take without one, "people",
// are in the lexicon, and a known word is never one).
func (s *scan) singularAfterDay(e, day int) bool {
	if day < 2 || e >= len(s.L) || s.L[e].kind != token.Word || s.L[e].w != nil || len(s.L[e].key) < 3 {
		return false
	}
	for _, p := range s.lx.pluralEndings {
		if strings.HasSuffix(s.L[e].key, p) {
			return false
		}
	}
	return len(s.lx.pluralEndings) > 0
}

// clockColon reports a colon at lexeme k that minutes follow, making the
// number before it an hour: "15:30", but not "from July 1: what changes".
func (s *scan) clockColon(k int) bool {
	return s.punct(k, ":") && s.tight(k+1) && s.isNum(k+1)
}

// dayEnds reports whether a day number may end a date before lexeme e:
// nothing that makes it a count ("15 people") or a time ("15:30") follows.
func (s *scan) dayEnds(e int) bool {
	if e >= len(s.L) {
		return true
	}
	l := &s.L[e]
	switch l.kind {
	case token.Number:
		return false
	case token.Punct:
		return !(s.clockColon(e) || l.key == "%" || l.key == "." && s.isNum(e+1) && l.gap == token.None)
	}
	return l.w != nil && l.w.flags&(fFiller|fRangeAnd|fRangeTo|fYearPrep|fMonthPrep|fDateCtx|fPast|fFuture) != 0 && l.w.flags&fUnit == 0
}

// dayOfMonth reads "on the 15th", "by the 3rd": an ordinal day after a
// date preposition and an article, with no month: a day of the anchor's
// month.
func (s *scan) dayOfMonth(i, j, n int) int {
	l := &s.L[i]
	if n != 1 || j != i+1 {
		return i
	}
	ctx := s.has(i-1, fDateCtx|fWeekday) || s.has(i-1, fArticle) && s.has(i-2, fDateCtx|fWeekday)
	switch {
	case !ctx:
		return i
	case s.has(i-1, fApprox) || s.has(i-1, fArticle) && s.has(i-2, fApprox):
		// a bound on a number: "lo danno ormai sotto il 20", "oltre il 30"
		return i
	case l.kind == token.Word:
		// An ordinal word alone is a pronoun: "l'ultimo atto, non il
		// primo", "Il primo, la riforma …".
		return i
	case l.ord && l.b == l.a+3 && len(s.lx.bareDayOrd) > 0 && !s.lx.bareDayOrd[s.d.Tokens[l.a+2].Norm]:
		// a case a day alone is not written in: "на 25-му,
		// передостанньому місці" leaves its noun for later
		return i
	case l.ord:
	case l.kind == token.Number && (j == len(s.L) || s.sentenceEnd(j)) && !s.numberJustBefore(i):
		// A plain number only at the end of its sentence: "I'll go back
		// on 15", "Tornerò il 15"; not one set against a number just
		// before it, which counts as that one does: "sales tax will rise
		// to 16 per cent from 12."
	case l.kind == token.Number && s.dayPartBefore(i):
		// or after a part of the day, which only a day has: "La sera del
		// 28 ha lasciato anche il ministro"
	default:
		return i
	}
	// "on the 15th floor": a noun follows; a time of day may.
	if j < len(s.L) && s.L[j].kind == token.Word && (s.L[j].w == nil || s.L[j].w.flags&(fFiller|fRangeAnd|fRangeTo) == 0) &&
		!s.dayPartBefore(i) {
		return i
	}
	// A range goes on to another day; "the 15th to arrive" is the
	// fifteenth one.
	if s.has(j, fRangeAnd|fRangeTo) && !s.isNum(j+1) && !s.has(j+1, fOrdinal|fArticle) {
		return i
	}
	d, _, _ := s.dayAt(i)
	if s.hasRef {
		s.add(match{a: i, b: j, kind: kMonthDay, v: val{d: d}, tense: s.tense(i, j)})
	}
	return j
}

// dayPartBefore reports a part of the day and "of" before the number at
// lexeme i: "la sera del 28", "the night of 28". Another preposition
// may govern something else: "the morning after 11 people died".
func (s *scan) dayPartBefore(i int) bool {
	return i >= 2 && s.has(i-1, fOf) && s.lx.dayParts[s.L[i-2].key] && s.L[i-1].gap <= token.Space
}

// numberJustBefore reports a number among the few words before the
// preposition (and article) that open the number at lexeme i, in its
// clause: "to 16 per cent from 12", "al 3% dal 4".
func (s *scan) numberJustBefore(i int) bool {
	k := i - 1
	if s.has(k, fArticle) {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-3 && !s.boundary(j+1); j-- {
		if s.L[j].kind == token.Number {
			return true
		}
	}
	return false
}

// sentenceEnd reports a full stop, question or exclamation mark at lexeme
// k that ends its sentence.
func (s *scan) sentenceEnd(k int) bool {
	if !s.punct(k, ".") && !s.punct(k, "!") && !s.punct(k, "?") {
		return false
	}
	return k+1 >= len(s.L) || s.boundary(k+1)
}

// holiday reads a fixed-date feast: "Christmas", "vigilia di Natale",
// "День Незалежності", with or without a year.
func (s *scan) holiday(i int) int {
	if s.L[i].w.flags&fNeedCap != 0 && !s.L[i].cap && !s.standalone {
		return i
	}
	for _, p := range s.lx.holidays[s.L[i].key] {
		j := i + 1
		ok := true
		for _, k := range p.keys {
			if j >= len(s.L) || s.L[j].key != k {
				ok = false
				break
			}
			j++
		}
		if !ok {
			continue
		}
		// "Christmas tree", "Christmas market": a modifier, not the day;
		// "Babbo Natale": part of a name.
		if s.lx.nounModifiers && j < len(s.L) && s.L[j].kind == token.Word && s.L[j].w == nil && !s.L[j].cap && s.L[j].gap == token.Space ||
			j < len(s.L) && s.L[j].cap && s.lx.nameHeads[s.L[j].key] ||
			i > 0 && !s.boundary(i) && s.L[i].gap <= token.Space && s.L[i-1].kind == token.Word && s.L[i-1].cap &&
				(s.L[i-1].w == nil || s.L[i-1].w.flags&structural == 0) {
			return i
		}
		if p.feast > 0 && s.greeting(i, j) {
			return i // "Good Friday morning." greets the reader on a Friday
		}
		if s.holidayListed(i) {
			return j // the holiday itself, no date: "two public holidays, Easter Monday and VE Day"
		}
		if p.feast > 0 {
			return s.feast(i, j, p.feast)
		}
		return s.finishDate(i, j, p.rel/100, []int{p.rel % 100})
	}
	return i
}

// holidayListed reports a feast at lexeme i listed after one of
// HolidayNouns in its sentence: after a comma, a colon or a dash that
// follows the noun, past other names of the list ("holidays: VE Day and
// Easter Monday"). It names the holiday, which comes every year, not a
// day of one.
func (s *scan) holidayListed(i int) bool {
	if i == 0 || s.L[i-1].kind != token.Punct && !s.has(i-1, fRangeAnd) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8 && !s.boundary(k+1); k-- {
		l := &s.L[k]
		switch {
		case l.kind == token.Punct:
			if l.key != "," && l.key != ":" && l.key != "—" && l.key != "–" && l.key != "-" {
				return false
			}
			if s.lx.holidayNouns[s.L[max(k-1, 0)].key] {
				return k > 0
			}
		case l.cap, s.has(k, fRangeAnd):
		default:
			return false
		}
	}
	return false
}

// greeting reports a feast at lexemes [i, j) that ends with a weekday and
// that a part of the day follows, the three words making up their whole
// sentence: "Good Friday morning." is "good morning" said on a Friday, the
// way newsletters open, not the morning of the feast, which a sentence
// names within it ("on Good Friday morning the pilgrims set out").
func (s *scan) greeting(i, j int) bool {
	return s.sentenceStart(i) && s.has(j-1, fWeekday) && j < len(s.L) && s.lx.dayParts[s.L[j].key] &&
		s.closesPhrase(j+1)
}

// feast completes a movable feast that ends before lexeme j: "Easter
// 2024", "Pasqua dell'anno scorso", "Великдень".
func (s *scan) feast(a, j, fi int) int {
	f := &s.lx.feasts[fi-1]
	if y, end, ok := s.yearAfter(j); ok {
		s.add(match{a: a, b: end, v: feastDate(f, y)})
		return end
	}
	if delta, end, ok := s.yearRel(j); ok {
		if s.hasRef {
			s.add(match{a: a, b: end, v: feastDate(f, s.ref.Year()+delta)})
		}
		return end
	}
	if s.hasRef {
		s.add(match{a: a, b: j, kind: kFeast, feast: fi, tense: s.tense(a, j)})
	}
	return j
}

// feastDate is the date of a movable feast in year y.
func feastDate(f *Feast, y int) val {
	switch {
	case f.Easter:
		return dayVal(westernEaster(y).AddDate(0, 0, f.Offset))
	case f.Orthodox:
		return dayVal(orthodoxEaster(y).AddDate(0, 0, f.Offset))
	}
	d, _ := nthDay(y, f.Month, f.Nth, int(f.Weekday))
	return val{y: y, m: f.Month, d: d}
}

// westernEaster is Easter Sunday of the Gregorian calendar (the anonymous
// Gregorian computus).
func westernEaster(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return date(y, n/31, n%31+1)
}

// orthodoxEaster is Easter Sunday of the Julian computus, given as a
// Gregorian date (Meeus' Julian algorithm).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	n := d + e + 114
	julianLag := y/100 - y/400 - 2 // days the Julian calendar trails, from March of a century year
	return date(y, n/31, n%31+1).AddDate(0, 0, julianLag)
}

// nthDay is the day of the nth weekday wd of a month (n -1: the last),
// or with wd < 0 the nth day itself.
func nthDay(y, m, n, wd int) (int, bool) {
	last := daysIn(y, m)
	if wd < 0 {
		d := n
		if n < 0 {
			d = last
		}
		return d, d >= 1 && d <= last
	}
	if n < 0 {
		return last - (int(date(y, m, last).Weekday())-wd+7)%7, true
	}
	d := 1 + (wd-int(date(y, m, 1).Weekday())+7)%7 + 7*(n-1)
	return d, n >= 1 && d <= last
}

// nth reads what starts with an ordinal that counts within a month or a
// year: "the first Monday of March", "last day of October 2015",
// "l'ultima domenica di marzo", "перший понеділок березня", "the third
// quarter", "il terzo trimestre del 2024", "третій квартал".
func (s *scan) nth(i, n int) int {
	j := i + 1
	w := s.w(j)
	if w == nil {
		return i
	}
	wd, week := -1, false
	switch {
	case w.flags&fUnit != 0 && w.unit.Grain == Quarter && !w.unit.Plural:
		if n < 1 || n > 4 {
			return i
		}
		return s.quarter(i, j+1, n)
	case w.flags&fWeekday != 0 && w.flags&fWeekdayAbbr == 0:
		wd = int(w.wday)
	case w.oneDay():
	case w.flags&fUnit != 0 && w.unit.Grain == Week && w.unit.Count == 1 && !w.unit.Plural && !w.unit.Weekend:
		week = true
	default:
		return i
	}
	k := j + 1
	for c := 0; c < 2 && s.has(k, fOf|fArticle); c++ {
		k++
	}
	m, end, _, ok := s.monthAtStrong(k, true)
	if !ok {
		// "the first day of next month", "l'ultimo giorno del mese".
		y, m, e, ok := s.relMonthAt(j + 1)
		if !ok && wd >= 0 && n > 0 && s.has(j+1, fDateCtx|fMonthPrep) && s.has(j+2, fHoliday) {
			// "the fourth Friday after Easter": a rule's day, no date; "la
			// prima domenica sera" is the first time, on Sunday evening
			return j + 3
		}
		if !ok || week {
			return i
		}
		if d, ok := nthDay(y, m, n, wd); ok {
			s.add(match{a: i, b: e, v: val{y: y, m: m, d: d}})
		}
		return e
	}
	if week {
		return s.nthWeek(i, end, m, n)
	}
	y, e, ok := s.yearAfter(end)
	if !ok {
		var delta int
		if delta, e, ok = s.yearRel(end); ok && s.hasRef {
			y = s.ref.Year() + delta
		}
	}
	switch {
	case y != 0:
		if d, ok := nthDay(y, m, n, wd); ok {
			s.add(match{a: i, b: e, v: val{y: y, m: m, d: d}})
		}
		return e
	case ok: // a relative year and no anchor
		return e
	case s.hasRef:
		s.add(match{a: i, b: end, kind: kNth, v: val{m: m}, wd: wd + 1, shift: n, tense: s.tense(i, end)})
	case wd < 0 && n > 0 && validDate(0, m, n):
		s.add(match{a: i, b: end, kind: kYearless, v: val{m: m, d: n}})
	}
	return end
}

// nthWeek completes "the first week of October (2014)": the ISO week
// that holds the first day of that week of the month, or the month's last
// day for the last week.
func (s *scan) nthWeek(a, j, m, n int) int {
	y, end, ok := s.yearAfter(j)
	if !ok {
		if !s.hasRef {
			return j
		}
		ym := match{kind: kYearless, v: val{m: m}, tense: s.tense(a, j)}
		y, end = s.resolveYear(&ym).y, j
	}
	d := 1 + 7*(n-1)
	if n < 0 {
		d = daysIn(y, m)
	}
	if d > daysIn(y, m) {
		return end
	}
	s.add(match{a: a, b: end, v: weekVal(date(y, m, d)), of: val{y: y, m: m}})
	return end
}

// relMonthAt reads a month named relative to the anchor at lexeme k,
// after "of" and an article: "of next month", "del mese prossimo",
// "наступного місяця", "of the month" (this one).
//
// A bare month word counts after "of" or an article, or right after a day
// word in a language that needs neither ("останній день місяця").
func (s *scan) relMonthAt(k int) (y, m, end int, ok bool) {
	if !s.hasRef {
		return 0, 0, k, false
	}
	bare := s.has(k-1, fUnit|fDayNoun)
	for c := 0; c < 2 && s.has(k, fOf|fArticle); c++ {
		k++
	}
	if s.punct(k, "'") {
		k++
	}
	if u, delta, e, ok := s.relUnit(k); ok && u.Grain == Month {
		v := monthVal(s.ref.Year(), int(s.ref.Month())+delta)
		return v.y, v.m, e, true
	}
	if u := s.w(k); u != nil && u.flags&fUnit != 0 && u.unit.Grain == Month && u.unit.Count == 1 && !u.unit.Plural && (bare || s.has(k-1, fArticle|fOf)) {
		return s.ref.Year(), int(s.ref.Month()), k + 1, true
	}
	return 0, 0, k, false
}

// quarter completes the quarter q whose words end before lexeme j: its
// year, written after it or taken from the anchor and the tense.
func (s *scan) quarter(a, j, q int) int {
	if y, end, ok := s.yearAfter(j); ok {
		s.add(match{a: a, b: end, v: val{y: y}})
		return end
	}
	if delta, end, ok := s.yearRel(j); ok {
		if s.hasRef {
			s.add(match{a: a, b: end, v: val{y: s.ref.Year() + delta}})
		}
		return end
	}
	if !s.hasRef {
		return j
	}
	// "the third quarter of the match": a quarter of something else.
	if s.has(j, fOf) {
		k := j + 1
		if s.has(k, fArticle) {
			k++
		}
		if s.punct(k, "'") { // dell'anno
			k++
		}
		if u := s.w(k); u == nil || u.flags&fUnit == 0 || u.unit.Grain != Year {
			return j
		}
	}
	y, cur := s.ref.Year(), (int(s.ref.Month())-1)/3+1
	switch t := s.tense(a, j); {
	case t == 0 && s.standalone:
	case t > 0 && q < cur:
		y++
	case t <= 0 && q > cur:
		y--
	}
	s.add(match{a: a, b: j, v: val{y: y}, unvalued: true})
	return j
}

// phraseAt matches one of the phrases at lexeme j and returns the index
// after it.
func (s *scan) phraseAt(j int, phrases [][]string) (int, bool) {
next:
	for _, p := range phrases {
		for k, key := range p {
			if j+k >= len(s.L) || s.L[j+k].key != key {
				continue next
			}
		}
		return j + len(p), true
	}
	return j, false
}

// finishDate completes a day-and-month date that ends before lexeme j with
// its year, if any, and records one match per day.
func (s *scan) finishDate(a, j, m int, days []int) int {
	if y, end, ok := s.yearAfter(j); ok {
		for _, d := range days {
			if !validDate(y, m, d) {
				return end // "31 February 2024" is nothing, not February
			}
		}
		for _, d := range days {
			s.add(match{a: a, b: end, v: val{y: y, m: m, d: d}})
		}
		return end
	}
	for _, d := range days {
		if !validDate(0, m, d) {
			return j
		}
	}
	if delta, end, ok := s.yearRel(j); ok {
		if s.hasRef {
			y := s.ref.Year() + delta
			for _, d := range days {
				if validDate(y, m, d) {
					s.add(match{a: a, b: end, v: val{y: y, m: m, d: d}})
				}
			}
		} else {
			for _, d := range days {
				s.add(match{a: a, b: end, kind: kYearless, v: val{m: m, d: d}})
			}
		}
		return end
	}
	if y, end, ok := s.sameYearAfter(j); ok {
		for _, d := range days {
			if validDate(y, m, d) {
				s.add(match{a: a, b: end, v: val{y: y, m: m, d: d}})
			}
		}
		return end
	}
	if y, ok := s.demonstrativeYear(a); ok {
		for _, d := range days {
			if validDate(y, m, d) {
				s.add(match{a: a, b: j, v: val{y: y, m: m, d: d}})
			}
		}
		return j
	}
	tense := s.tense(a, j)
	for _, d := range days {
		s.add(match{a: a, b: j, kind: kYearless, v: val{m: m, d: d}, tense: tense})
	}
	return j
}

// sameYearAfter reads a phrase such as "того ж року" or "of the same
// year" at lexeme j and gives the year of the last date before it that
// was written with one.
func (s *scan) sameYearAfter(j int) (y, end int, ok bool) {
	end, ok = s.phraseAt(j, s.lx.sameYear)
	if !ok {
		return 0, j, false
	}
	if y, ok = s.lastYear(); ok {
		return y, end, true
	}
	return 0, j, false
}

// demonstrativeYear reads "That September" or "quel 12 settembre", a
// date starting at lexeme a after a demonstrative, and gives the year of
// the last date before it that was written with one: the narrative's
// year, not the one before publication.
func (s *scan) demonstrativeYear(a int) (int, bool) {
	if !s.demonstrativeBefore(a) {
		return 0, false
	}
	return s.lastYear()
}

// laterOpening reports a date at lexeme a in a sentence that opens with
// at most two words of count, a unit of days or weeks and a Later word
// before the date: "Pochi giorni dopo, il 5 gennaio, il ministro si
// dimise", "Two weeks later, on 3 March". Months or years later the year
// may have turned, and the rule keeps out there.
func (s *scan) laterOpening(a int) bool {
	k := a
	for k > 0 && !s.boundary(k) {
		k--
	}
	for j := k; j+1 < a && j <= k+2; j++ {
		if w := s.L[j].w; w != nil && w.flags&fUnit != 0 && (w.unit.Grain == Day || w.unit.Grain == Week) && !w.unit.Weekend {
			// the Later word ends the phrase: "Three weeks after President
			// Vizcarra dissolved Congress on Sept. 30" is no later day
			n := j + 2
			return s.lx.later[s.L[j+1].key] && (n == a || s.punct(n, ",") || s.has(n, fDateCtx|fArticle|fMonthPrep))
		}
	}
	return false
}

// demonstrativeBefore reports a demonstrative right before lexeme a: not
// a conjunction ("said that September …") unless it opens the sentence
// or follows a month preposition.
func (s *scan) demonstrativeBefore(a int) bool {
	d := a - 1
	if s.punct(d, "'") && s.tight(d) { // "quell'ottobre"
		d--
	}
	if d < 0 || s.L[d].kind == token.Punct || !slices.Contains(s.lx.demonstratives, s.L[d].key) {
		return false
	}
	return !s.has(d, fConjunction) || s.sentenceStart(d) || s.has(d-1, fMonthPrep)
}

func (s *scan) lastYear() (int, bool) {
	for k := len(s.ms) - 1; k >= 0; k-- {
		if m := &s.ms[k]; m.kind == kExplicit && m.v.y != 0 && m.v.wk == 0 {
			return m.v.y, true
		}
	}
	return 0, false
}

// month reads what starts with a month name: "September 19, 2023",
// "Sept. 19", "June 2023", "giugno del 2023", "June last year",
// "giugno scorso", or the month alone.
func (s *scan) month(i int) int {
	m, j, abbr, ok := s.monthAt(i)
	if !ok {
		return i
	}
	L := s.L
	// "via XX Settembre", "piazza IV Novembre": a Roman numeral before the
	// month makes a name of a street or an anniversary.
	if i > 0 && L[i].cap && s.roman(i-1) && L[i].gap <= token.Space {
		return j
	}
	// Month first, day second.
	if s.lx.monthFirst || s.standalone {
		k := j
		if s.has(k, fArticle) {
			k++
		} else if (s.punct(k, "-") || s.punct(k, "/")) && s.tight(k) && s.tight(k+1) && s.isNum(k+1) && L[k+1].nd <= 2 { // Jan-1
			k++
		}
		// Not a time ("June 3:30") or a decimal; a full stop before a
		// number that does not touch it ends the date ("February 3.\n07:15 –").
		if !(s.isNum(k) && (s.clockColon(k+1) || s.punct(k+1, ".") && s.tight(k+1) && s.isNum(k+2) && s.tight(k+2))) {
			var buf [8]int
			// Not "in June 15 soldiers were killed", "in March first
			// deliveries arrived": the number counts what follows.
			// After an article the date modifies the noun: "the March 10
			// election"; and a noun without the plural's -s is counted by
			// no number above one: "in March 10 election posters".
			// The figure 1 counts nothing in prose, which spells "one": "opened
			// on March 1 under a presidential order".
			// An ordinal word before a noun is that noun's, whatever
			// stands before the month: "In February the second accrual
			// came in".
			if n, e := s.dayList(k, &buf); n > 0 && (!s.countsNoun(e) || s.isNum(e-1) &&
				(s.has(i-1, fArticle) || s.singularAfterDay(e, buf[n-1]) || buf[n-1] == 1)) {
				return s.finishDate(i, e, m, buf[:n])
			}
		}
	}
	if y, end, ok := s.yearAfter(j); ok {
		s.add(match{a: i, b: end, v: val{y: y, m: m}})
		return end
	}
	// An abbreviation alone only after a preposition: "in Jan".
	if abbr && (L[i].w.flags&(fWeakAbbr|fNeedCap) != 0 || !s.has(i-1, fMonthPrep)) {
		return i
	}
	if delta, end, ok := s.yearRel(j); ok {
		if s.hasRef {
			s.add(match{a: i, b: end, v: val{y: s.ref.Year() + delta, m: m}})
		} else {
			s.add(match{a: i, b: end, kind: kYearless, v: val{m: m}})
		}
		return end
	}
	if y, end, ok := s.sameYearAfter(j); ok {
		s.add(match{a: i, b: end, v: val{y: y, m: m}})
		return end
	}
	if y, ok := s.demonstrativeYear(i); ok {
		s.add(match{a: i, b: j, v: val{y: y, m: m}})
		return j
	}
	if w := s.w(j); w != nil && w.flags&(fPostLast|fPostNext) != 0 {
		shift := 1
		if w.flags&fPostLast != 0 {
			shift = -1
		}
		s.add(match{a: i, b: j + 1, kind: kYearless, v: val{m: m}, shift: shift})
		return j + 1
	}
	w := L[i].w
	ctx := s.context(i, fMonthPrep|fYearPrep|fPeriod|fDateCtx|fPre) || s.listedMonth(i)
	// "the May summit", "the group's May meeting": a modal verb never
	// follows an article or a possessive.
	if w.flags&fNeedCtx != 0 && !ctx && !s.standalone && !s.has(i-1, fArticle) && !s.possessive(i-2) {
		return i
	}
	// "April Smith", "June Carter": a capitalized month before a
	// capitalized word, with no preposition, is a name.
	if !ctx && s.nameLike(j) {
		return i
	}
	if !ctx && !s.lx.capCalendar && L[i].cap && !s.d.Tokens[L[i].a].Upper && !s.sentenceStart(i) {
		return i // "il decreto Agosto", "пакет Серпень"
	}
	s.add(match{a: i, b: j, kind: kYearless, v: val{m: m}, tense: s.tense(i, j)})
	return j
}

// monthAdjective reads the adjective of month m at lexeme i with the year
// that follows it, a noun between or not: "жовтневого вечора 2023 року",
// "березневі вибори 2024 року". With no year, the adjective of a noun
// dates what the noun names to that month as the month's name would
// ("після травневих виборів", "перед жовтневими виборами"), its year
// from the anchor and the tense; not after an indefinite word ("одного
// жовтневого вечора": some evening of some October), nor with a capital
// or in quotation marks, which name a thing ("Жовтнева революція",
// "«січневий локдаун»").
func (s *scan) monthAdjective(i, m int) int {
	j := i + 1
	if l := s.w(j); j < len(s.L) && s.L[j].kind == token.Word && s.L[j].gap <= token.Space && (l == nil || l.flags&structural == 0) {
		j++ // the noun
	}
	if !s.isNum(j) || s.L[j].gap > token.Space {
		if j == i+1 || s.L[i].cap || s.L[j-1].cap || i > 0 && s.lx.indefinites[s.L[i-1].key] || s.quoteOpens(i) {
			return i
		}
		s.add(match{a: i, b: j, kind: kYearless, v: val{m: m}, tense: s.tense(i, j)})
		return j
	}
	y, end, ok := s.yearAfter(j)
	if !ok {
		return i
	}
	s.add(match{a: i, b: end, v: val{y: y, m: m}})
	return end
}

// roman reports a capitalized Roman numeral of two or more letters at
// lexeme k ("XX", "IV"; not "I" or "V", which are words).
func (s *scan) roman(k int) bool {
	l := &s.L[k]
	if l.kind != token.Word || !l.cap || len(l.key) < 2 || len(l.key) > 7 {
		return false
	}
	for _, c := range []byte(l.key) {
		if !strings.ContainsRune("ivxlc", rune(c)) {
			return false
		}
	}
	return s.d.Tokens[l.a].Upper
}

// structural are the flags of words that build date expressions.
const structural = fMonth | fWeekday | fRelDay | fUnit | fPre | fPost | fRelYear | fOrdinal | fNumber |
	fHoliday | fYearSuffix | fAgo | fYearPrep | fMonthPrep | fDateCtx | fArticle | fOf | fRangeTo | fRangeAnd | fPhrase

// exprWord are the flags of words that may make up a bare date
// expression.
const exprWord = structural | fPeriod | fIn | fHence | fRangeFrom | fNth | fQuarterLetter | fDayNoun | fFiller | fYearNoun | fAlias | fPhrasePart

// nameLike reports a capitalized word at lexeme j that plays no part in
// dates, as after "April" in "April Smith" or "Sunday" in "Sunday Times".
func (s *scan) nameLike(j int) bool {
	if j >= len(s.L) {
		return false
	}
	l := &s.L[j]
	return l.kind == token.Word && l.cap && l.gap <= token.Space && (l.w == nil || l.w.flags&structural == 0)
}

// context reports whether a word with one of the flags stands right before
// lexeme i, looking past an article, "of", an apostrophe or a hyphen
// ("alla fine di giugno", "mid-June", "dell'anno").
func (s *scan) context(i int, f flag) bool {
	for k, steps := i-1, 0; k >= 0 && steps < 3; k, steps = k-1, steps+1 {
		l := &s.L[k]
		if l.w != nil && l.w.flags&f != 0 {
			return true
		}
		switch {
		case l.w != nil && l.w.flags&(fArticle|fOf) != 0:
		case l.kind == token.Punct && (l.key == "'" || l.key == "-"):
		default:
			return false
		}
	}
	return false
}

// listedMonth reports a month name at lexeme i that a range or list word
// joins to a month read right before it: "in April and May", "March or
// May", "from April to May". The first month's context is the list's,
// and a modal verb does not follow a month.
func (s *scan) listedMonth(i int) bool {
	if i < 2 || len(s.ms) == 0 || !s.has(i-1, fRangeAnd|fRangeTo) {
		return false
	}
	m := &s.ms[len(s.ms)-1]
	return m.b == i-1 && m.v.m != 0 && m.v.d == 0 && s.has(i-2, fMonth)
}

// yearRel reads "last year", "dell'anno scorso", "di quest'anno",
// "минулого року" after a date without a year.
func (s *scan) yearRel(i int) (delta, end int, ok bool) {
	j := i
	for k := 0; k < 2 && s.has(j, fOf|fArticle); k++ {
		j++
	}
	if s.punct(j, "'") { // dell'anno
		j++
	}
	if n, ok := s.countAt(j); ok && !s.has(j-1, fApprox) {
		// "nel marzo di quattro anni fa", "у березні чотири роки тому"
		if u := s.w(j + 1); u != nil && u.flags&fUnit != 0 && u.unit.Grain == Year && s.has(j+2, fAgo) {
			return -n * u.unit.Count, j + 3, true
		}
	}
	u, delta, end, ok := s.relUnit(j)
	if !ok || u.Grain != Year {
		return 0, i, false
	}
	return delta, end, true
}

// relUnit reads a unit with a modifier: "last week", "l'anno scorso",
// "наступного місяця", "quest'anno", "торік".
func (s *scan) relUnit(i int) (u Unit, delta, end int, ok bool) {
	w := s.w(i)
	if w == nil {
		return Unit{}, 0, i, false
	}
	if w.flags&fRelYear != 0 {
		return Unit{Grain: Year}, int(w.rel), i + 1, true
	}
	j := i
	if w.flags&fPre != 0 {
		j = i + 1
		if s.punct(j, "'") { // quest'
			j++
		}
		u := s.w(j)
		if u != nil && u.flags&fUnit != 0 && u.unit.Grain != Day && u.unit.Count == 1 && !u.unit.Plural {
			return u.unit, modDelta(w.flags, fPreLast, fPreNext), j + 1, true
		}
	}
	if w.flags&fUnit != 0 && w.unit.Grain != Day && w.unit.Count == 1 && !w.unit.Plural {
		if p := s.w(i + 1); p != nil && p.flags&fPost != 0 {
			return w.unit, modDelta(p.flags, fPostLast, fPostNext), i + 2, true
		}
		if end, ok := s.phraseAt(i+1, s.lx.afterNext); ok {
			return w.unit, 2, end, true
		}
		if end, ok := s.phraseAt(i+1, s.lx.beforeLast); ok {
			return w.unit, -2, end, true
		}
	}
	return Unit{}, 0, i, false
}

func modDelta(f, last, next flag) int {
	switch {
	case f&fPreLast2 != 0:
		return -2
	case f&last != 0:
		return -1
	case f&next != 0:
		return 1
	}
	return 0
}

// ---------------------------------------------------------------------
// Weekdays

func (s *scan) weekday(i int) int {
	w := s.L[i].w
	if w.flags&fNeedCap != 0 && !s.L[i].cap && !s.standalone {
		return i
	}
	wd := int(w.wday)
	j := i + 1
	if w.flags&fWeekdayAbbr != 0 {
		j = s.dot(j)
	}
	if i > 0 && s.L[i-1].cap && s.lx.dayNames[s.L[i-1].key] && s.L[i].gap == token.Space {
		return j // "Whit Monday", "Black Friday": a named day
	}
	// Opening hours, "Monday to Friday", "lun-ven", "з понеділка по
	// п'ятницю", are a schedule, not two dates.
	if wd == int(time.Monday) && (s.punct(j, "-") || s.has(j, fRangeTo)) {
		if u := s.w(j + 1); u != nil && u.flags&fWeekday != 0 && (u.wday == int8(time.Friday) || u.wday == int8(time.Saturday) || u.wday == int8(time.Sunday)) {
			return s.dot(j + 2)
		}
	}
	// A weekday in front of a full date: "Tuesday, 02 January 2024".
	k := s.dateAfterWeekday(j)
	if end, ok := s.weekdayDate(i, k, wd); ok {
		return end
	}
	// "giovedì 15", "Tuesday the 19th": a day of a month near the anchor.
	// Not "On Monday, 15 people died": the day stands alone after the
	// weekday and no noun, number or time follows it.
	// A count word after an article is a noun's: "Mercoledì i due si sono
	// visti", "Monday the two sides met" are the two of them.
	if d, e, ok := s.dayAt(k); ok && (k == j || s.L[k-1].kind != token.Punct) && (s.dayEnds(e) || s.has(e, fAfterDay)) &&
		!(k > j && s.has(k, fNumber) && s.L[k].kind == token.Word) {
		if s.hasRef {
			s.add(match{a: i, b: e, kind: kMonthDay, v: val{d: d}, wd: wd + 1, tense: s.tense(i, e)})
		}
		return e
	}
	if w.flags&fWeekdayAbbr != 0 && !s.standalone {
		return i
	}
	// "The Sunday Times": a name, unless a preposition says otherwise.
	if s.nameLike(j) && (s.lx.capCalendar || s.L[i].cap && !s.sentenceStart(i)) && !s.context(i, fDateCtx|fMonthPrep|fYearPrep|fPre) {
		return i
	}
	// "Tuesday next week", "venerdì della settimana scorsa".
	k = j
	for n := 0; n < 2 && s.has(k, fOf|fArticle); n++ {
		k++
	}
	if u, delta, end, ok := s.relUnit(k); ok && u.Grain == Week {
		s.addWeekday(i, end, wd, wdWeek, delta)
		return end
	}
	// "Friday after next".
	if end, ok := s.phraseAt(j, s.lx.afterNext); ok {
		s.addWeekday(i, end, wd, wdNext, 1)
		return end
	}
	// "venerdì scorso", "martedì prossimo".
	if p := s.w(j); p != nil && p.flags&fPost != 0 {
		s.addWeekday(i, j+1, wd, modMode(p.flags, fPostLast, fPostThis, fPostNext), 0)
		return j + 1
	}
	if p := s.w(i - 1); p != nil && p.habit {
		return j // "every Thursday": a habit, no date
	}
	if s.demonstrativeBefore(i) {
		return j // "Quel sabato pomeriggio", "That Monday": a day the story has told of
	}
	s.addWeekday(i, j, wd, wdBare, 0)
	return j
}

func modMode(f, last, this, next flag) int {
	switch {
	case f&last != 0:
		return wdLast
	case f&this != 0:
		return wdThis
	case f&next != 0:
		return wdNext
	}
	return wdBare
}

func (s *scan) addWeekday(a, b, wd, mode, shift int) {
	if !s.hasRef {
		return
	}
	m := match{a: a, b: b, kind: kWeekday, wd: wd + 1, mode: mode, shift: shift}
	switch {
	case mode == wdThis:
		m.tense = s.tense(a, b) // "this Sunday" told in the past is the one gone by
	case mode != wdBare:
	case s.setFor(a, b):
		m.tense = 1
	case s.designated(a, b):
		m.tense = tenseNearest
	default:
		m.tense = s.tense(a, b)
		if t, k := s.tenseAt(a, b, true); m.tense == tenseNearest && t == tenseFutureInPast && k < a && s.reportedWould(k) {
			m.tense = 1
		}
		if t, k := s.tenseAt(a, b, false); t > 0 && k < a && s.has(k, fPreNext) && !s.has(k+1, fUnit|fWeekday|fMonth) {
			// "Наступний огляд — у понеділок", "The next hearing is on
			// Monday": the next of a series falls after the anchor, so
			// on the anchor's own weekday it is a week on. "Next year's
			// limits" is a date of its own, no series.
			m.mode = wdNext
		}
	}
	s.add(m)
}

// reportedWould reports a "would" at lexeme k that one of Reporting puts
// in reported speech, at most six words before it with no sign between:
// "said their party council would choose".
func (s *scan) reportedWould(k int) bool {
	if !s.lx.modals[s.L[k].key] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && s.L[j].kind == token.Word; j-- {
		if s.lx.reporting[s.L[j].key] {
			return true
		}
	}
	return false
}

// designated reports a bare weekday at [a, b) that a decision makes a day
// of something: "declared Wednesday a day of mourning".
func (s *scan) designated(a, b int) bool {
	if s.has(a-1, fDateCtx|fMonthPrep|fYearPrep|fScheduled) {
		return false
	}
	_, ok := s.phraseAt(b, s.lx.designations)
	return ok
}

// dateAfterWeekday is where a date after a weekday that ends before
// lexeme j would start: past a comma and an article ("Tuesday, the 19th").
func (s *scan) dateAfterWeekday(j int) int {
	k := s.skipComma(j)
	if s.has(k, fArticle) {
		k++
	}
	return k
}

// weekdayDate reads the date at lexeme k that a weekday at i stands in
// front of, "Tuesday, 02 January 2024", "минулої суботи, 1 листопада": the
// date is the weekday's, and a relative weekday says no more than it.
func (s *scan) weekdayDate(i, k, wd int) (end int, ok bool) {
	if k >= len(s.L) {
		return 0, false
	}
	n := len(s.ms)
	if s.L[k].kind == token.Number || s.has(k, fOrdinal|fNumber) {
		end = s.dayFirst(k)
	} else if s.has(k, fMonth) {
		end = s.month(k)
	}
	if end <= k {
		return 0, false
	}
	if len(s.ms) == n+1 && s.ms[n].v.d > 0 {
		s.ms[n].a = i
		s.ms[n].wd = wd + 1
	}
	return end, len(s.ms) > n
}

// setFor reports a bare weekday at [a, b) that a Scheduled word sets
// something for: that day lies ahead, whenever it was set ("ha convocato
// per martedì un tavolo", "called a meeting for Thursday"). An event's
// day ("for Thursday's attack"), the night to it ("в ніч на четвер") and
// the day a count stands at ("станом на суботу") are past ones.
func (s *scan) setFor(a, b int) bool {
	if !s.has(a-1, fScheduled) || s.nightOrStatus(a-1) {
		return false
	}
	return !s.possessive(b)
}

// scheduledEvent reports a date that names the day of an event a
// Scheduled word is for: "per il voto del 25 settembre", "for the vote on
// September 25". Such a day is set, and news speaks of it near the time:
// it lies on whichever side of the anchor it is nearer to, as "per il 25
// settembre" does, whatever the verb of the sentence ("è entrato nella
// campagna elettorale per il voto del 25 settembre" of August). The date
// must end the event's phrase at [a, b): one that goes on names
// something else, "per" then being of regard or cause ("Lo stesso vale
// per il verdetto di gennaio della corte d'appello, che ha ritenuto …").
// An auxiliary after the date ends the phrase too, opening the verb the
// event's phrase is the subject of: "la campagna per il voto di settembre
// è cominciata".
func (s *scan) scheduledEvent(a, b int) bool {
	if b < len(s.L) && !s.boundary(b) && !s.clauseEdge(b) && !s.punct(b, ".") &&
		!s.has(b, fAux|fPastAuxiliary|fPerfectAux|fPresentAux) {
		return false
	}
	k := a - 1
	if !s.has(k, fOf) && (!s.has(k, fDateCtx) || s.has(k, fYearPrep|fRangeTo)) {
		return false
	}
	k--
	if k < 0 || s.L[k].kind != token.Word || s.L[k].cap || s.ownTense(k) != 0 || s.has(k, structural) {
		return false
	}
	if k--; s.has(k, fArticle) {
		k--
	}
	return k >= 0 && s.has(k, fScheduled) && !s.nightOrStatus(k)
}

// nightOrStatus reports a Scheduled word at lexeme k that a Night or a
// StatusAt word opens: "в ніч на четвер", "станом на суботу" name a day
// by what happened in the night before it or what a count stood at, not
// a day set for something, so the verb's tense places it.
func (s *scan) nightOrStatus(k int) bool {
	return k >= 1 && (s.lx.nights[s.L[k-1].key] || s.lx.statusAt[s.L[k-1].key])
}

// ---------------------------------------------------------------------
// Relative expressions

// formerBefore reports a word of a past post ("ex", "allora") in the
// sentence before lexeme k, with no date told since: "ha parlato ieri e
// oggi ha firmato" sets two days side by side.
func (s *scan) formerBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if s.lx.formers[s.L[j].key] {
			return len(s.ms) == 0 || s.ms[len(s.ms)-1].a < j
		}
		if s.boundary(j) {
			return false
		}
	}
	return false
}

func (s *scan) relDay(a, b, off int) int {
	if b == a+1 && a > 0 {
		pair := [2]string{s.L[a-1].key, s.L[a].key}
		if s.lx.nowadays[pair] || s.lx.contrastNow[pair] && s.formerBefore(a-1) {
			return b
		}
	}
	if b == a+1 && s.lx.todays[s.L[a].key] && s.nowThen(a) {
		return b
	}
	if s.hasRef {
		s.add(match{a: a, b: b, v: dayVal(s.ref.AddDate(0, 0, off))})
	}
	return b
}

// nowThen reports a bare "today" (one of Todays) at lexeme a, in a clause in the present,
// that its sentence or the one before it in its paragraph sets against an
// earlier year: "Nel 2015 il gruppo valeva poco. Oggi controlla il
// mercato", "Три роки тому тут не було нічого; сьогодні працює завод".
// Such a "today" is these days, the other end of a change told, and no
// date: the gold of the annotated sets lists none of them. A "today"
// after a preposition ("da oggi", "from today") or owning a noun
// ("today's rate") dates something, and one set against yesterday or a
// weekday ("Ieri era a Roma e oggi è a Milano") is the day of the news.
func (s *scan) nowThen(a int) bool {
	if !s.hasRef || s.possessive(a+1) || a > 0 && !s.boundary(a) && s.L[a-1].kind == token.Word &&
		s.L[a-1].w != nil && s.L[a-1].w.flags&(fArticle|fOf|fDateCtx|fMonthPrep|fYearPrep|fRangeFrom|fRangeTo|fDeadline|fScheduled) != 0 {
		return false
	}
	if t := s.verbOfNow(a); t != 0 && t != tensePresent {
		return false
	}
	// the start of the sentence before, within the paragraph
	from, sentences := a, 0
	for from > 0 && s.L[from].gap < token.Newline {
		if s.boundary(from) {
			if sentences++; sentences == 2 {
				break
			}
		}
		from--
	}
	for i := len(s.ms) - 1; i >= 0 && s.ms[i].a >= from; i-- {
		if m := &s.ms[i]; m.a < a && m.v.y != 0 && m.v.y < s.ref.Year() && m.v.wk == 0 {
			return true
		}
	}
	return false
}

// verbOfNow is the tense of the verb that a "today" at lexeme a opening
// its clause governs: the first one after it in its clause, else the
// last one before it there ("riesce oggi a collocare"), else the first
// one after it in the sentence. A participle after a comma opens an
// aside on a noun and is passed over there: "Oggi quella stessa quota,
// passata nel frattempo a Sinochem, è il problema". 0 when there is no
// verb, as in "Сьогодні офіційний курс — 120 песо".
func (s *scan) verbOfNow(a int) int {
	k := a + 1
	for ; k < len(s.L) && !s.boundary(k) && !s.clauseEdge(k); k++ {
		if t := s.wordTense(k); t != 0 {
			return t
		}
	}
	for j := a - 1; j >= 0 && !s.boundary(j+1) && !s.clauseEdge(j); j-- {
		if t := s.wordTense(j); t != 0 {
			return t
		}
	}
	for ; k < len(s.L) && !s.boundary(k); k++ {
		if t := s.wordTense(k); t != 0 && !(t < 0 && s.punct(k-1, ",") && s.L[k].w == nil) {
			return t
		}
	}
	return 0
}

func (s *scan) phrase(i int) int {
	for _, p := range s.lx.phrases[s.L[i].key] {
		j := i + 1
		ok := true
		for _, k := range p.keys {
			if j >= len(s.L) || s.L[j].key != k {
				ok = false
				break
			}
			j++
		}
		if ok && p.told {
			if !s.toldEnds(i, j, p) {
				continue
			}
			s.add(match{a: i, b: j, kind: kTold, shift: p.rel, tense: s.tense(i, j)})
			return j
		}
		if ok {
			return s.relDay(i, j, p.rel)
		}
	}
	return i
}

// toldEnds reports a phrase of ToldDays at lexemes [i, j) that stands
// where it counts from the last day told: after an article if it needs
// one, and ending its phrase. No preposition or of-word follows, which
// would name the event it counts from ("наступного дня після того, як");
// a phrase that ends in a preposition ("the day after", "il giorno dopo")
// takes only a verb after it ("il giorno dopo è arrivato", not "the day
// after the vote" or "the day after Donald Trump returned"); one that
// ends in its noun any other word ("The next day the treaty was sent");
// only a sign may follow a word alone ("яка завершилася напередодні, і",
// not "напередодні саміту").
func (s *scan) toldEnds(i, j int, p phrase) bool {
	if p.article && !s.has(i-1, fArticle) {
		return false
	}
	if j >= len(s.L) || s.L[j].gap >= token.Newline || s.L[j].kind == token.Punct {
		return !s.possessive(j)
	}
	if len(p.keys) == 0 || s.L[j].kind != token.Word || s.has(j, fOf|fRangeFrom|fRangeTo) || s.countsFrom(j) {
		return false // "наступного дня після того, як"
	}
	if !s.has(j-1, fMonthPrep|fRangeFrom|fRangeTo) {
		return true
	}
	return s.ownTense(j) != 0 // "il giorno dopo è arrivato", not "the day after Donald Trump returned"
}

// countsFrom reports a preposition at lexeme k that sets a day apart from
// an event it names ("після", "dopo", "after", "before"): a phrase of
// ToldDays before it counts from that event, not from the day told. A
// preposition of place does not: "The next day in Brazzaville".
func (s *scan) countsFrom(k int) bool {
	key := s.L[k].key
	_, apart := s.lx.apart[key]
	return s.has(k, fMonthPrep) && (apart || s.lx.afters[key] || s.lx.befores[key])
}

// laterDays reads a count of days and a Later word at lexemes [i, j),
// the word at j-1, as a phrase of ToldDays: "A day later", "due giorni
// dopo", "three days later, on". It must open its sentence or a clause,
// as the next step of the story: within a clause it may be told of
// anything ("was followed ten days later by a waiver", "less than a day
// later", "на два дні пізніше від строку"). The Later word must end the
// phrase as toldEnds wants: one that is a preposition takes only a sign
// or a verb after it ("a day after the vote" counts from the vote), and
// no word of origin may follow any ("пізніше від строку").
func (s *scan) laterDays(i, j int) bool {
	if j > len(s.L) || !s.lx.later[s.L[j-1].key] || !s.sentenceStart(i) && (i == 0 || !s.clauseEdge(i-1)) {
		return false
	}
	return s.toldEnds(i, j, phrase{keys: []string{s.L[j-1].key}})
}

// modifier reads what starts with "last", "this", "next" and their
// Italian and Ukrainian forms: a unit ("last week"), a weekday ("next
// Tuesday", "минулої п'ятниці") or a month ("last June").
func (s *scan) modifier(i int) int {
	w := s.L[i].w
	// "over the last year", "for the next month" are durations.
	if w.flags&(fPreLast|fPreNext) != 0 && s.has(i-1, fArticle) && i >= 2 {
		switch s.L[i-2].key {
		case "for", "over", "in", "during", "throughout", "within", "into":
			return i
		}
	}
	if u, delta, end, ok := s.relUnit(i); ok {
		return s.relative(i, end, u, delta)
	}
	if w.flags&fPre == 0 {
		return i
	}
	j := i + 1
	if u := s.w(j); u != nil && u.flags&fWeekday != 0 && u.flags&fWeekdayAbbr == 0 && (u.flags&fNeedCap == 0 || s.L[j].cap) {
		if s.punct(j+1, ",") {
			if end, ok := s.weekdayDate(i, s.dateAfterWeekday(j+1), int(u.wday)); ok {
				return end // "Минулої суботи, 1 листопада"
			}
		}
		s.addWeekday(i, j+1, int(u.wday), modMode(w.flags, fPreLast, fPreThis, fPreNext), 0)
		return j + 1
	}
	if m, end, abbr, ok := s.monthAt(j); ok && !abbr {
		shift := modDelta(w.flags, fPreLast, fPreNext)
		if shift == 0 || shift == 1 && s.lx.nextOfYear[s.L[i].key] {
			if s.hasRef {
				s.add(match{a: i, b: end, v: val{y: s.ref.Year() + shift, m: m}})
			}
			return end
		}
		s.add(match{a: i, b: end, kind: kYearless, v: val{m: m}, shift: shift})
		return end
	}
	return i
}

// relative records the relative unit on lexemes [a, end), or the month
// of a relative year that follows it, and returns the lexeme after them.
func (s *scan) relative(a, end int, u Unit, delta int) int {
	if u.Grain == Year && s.hasRef {
		if j := s.monthOfYear(a, end, s.ref.Year()+delta); j > end {
			return j
		}
	}
	s.relValue(a, end, u, delta)
	return end
}

// monthOfYear reads a month named right after a relative year that ends
// before lexeme j, a comma or a month preposition between them: "L'anno
// scorso, a luglio", "Торік у червні", "last year in June" are one month
// of that year, y, recorded as one match from lexeme a. It returns the
// lexeme after the month, or j when none follows or the month goes on
// with a day or a year of its own.
func (s *scan) monthOfYear(a, j, y int) int {
	if w := s.w(j); w != nil && w.adjMonth != 0 && !s.L[j].cap && s.L[j].gap <= token.Space && j+1 < len(s.L) &&
		s.L[j+1].kind == token.Word && s.L[j+1].gap <= token.Space && !s.L[j+1].cap && (s.w(j+1) == nil || s.w(j+1).flags&structural == 0) {
		// a month's adjective and its noun: "торішні серпневі відключення"
		// are last year's August outages
		s.add(match{a: a, b: j + 2, v: val{y: y, m: int(w.adjMonth)}})
		return j + 2
	}
	k := j
	if s.punct(k, ",") {
		k++
	}
	if s.has(k, fMonthPrep) {
		k++
	}
	m, end, abbr, ok := s.monthAt(k)
	if !ok || abbr || s.isNum(end) && (s.lx.monthFirst || s.L[end].nd == 4) {
		return j
	}
	s.add(match{a: a, b: end, v: val{y: y, m: m}})
	return end
}

// relValue records "last week", "next month", "this year".
func (s *scan) relValue(a, b int, u Unit, delta int) {
	if !s.hasRef {
		return
	}
	r := s.ref
	var v val
	unvalued := false
	switch u.Grain {
	case Week:
		v = weekVal(r.AddDate(0, 0, 7*delta))
	case Month:
		v = monthVal(r.Year(), int(r.Month())+delta)
	case Year:
		v = val{y: r.Year() + delta}
	case Quarter:
		v = val{y: quarterYear(r, delta)}
		unvalued = true
	case Season:
		// The year the season begins in: "last summer" in March is the
		// summer of the year before, in October that of this year.
		y, m := r.Year(), int(r.Month())
		switch {
		case delta < 0 && m <= u.Month+2:
			y--
		case delta > 0 && m >= u.Month:
			y++
		}
		v = val{y: y}
		unvalued = true
	default:
		return
	}
	s.add(match{a: a, b: b, v: v, unvalued: unvalued})
}

// quarterYear is the year of the quarter delta quarters from t's.
func quarterYear(t time.Time, delta int) int {
	q := (int(t.Month())-1)/3 + delta
	y := t.Year() + q/4
	if q < 0 && q%4 != 0 {
		y--
	}
	return y
}

// unit reads what starts with a unit word: "l'anno scorso", "тиждень
// тому", "the end of the year".
func (s *scan) unit(i int) int {
	if u, delta, end, ok := s.relUnit(i); ok {
		return s.relative(i, end, u, delta)
	}
	u := s.L[i].w.unit
	if u.Plural {
		return i
	}
	if s.has(i+1, fAgo) {
		s.shifted(i, i+2, u, -1)
		return i + 2
	}
	// "end of the year", "fine anno", "до кінця року": this unit.
	if u.Grain != Day && u.Grain != Season && u.Count == 1 && s.context(i, fPeriod) {
		if s.punct(i-1, "-") && s.tight(i-1) && s.tight(i) && s.has(i-2, fPeriod) && i+1 < len(s.L) &&
			s.L[i+1].kind == token.Word && (s.L[i+1].w == nil || s.L[i+1].w.fiscal) && s.L[i+1].gap == token.Space {
			// a compound before its noun tells what kind of thing it is,
			// not when: "the mid-year budget update", "a mid-year review",
			// "mid-year measures"
			return i + 1
		}
		a := i - 1
		for a > 0 && !s.has(a, fPeriod) {
			a--
		}
		s.relValue(a, i+1, u, 0)
		return i + 1
	}
	// "entro l'anno", "until the month is out": a deadline of the unit
	// with its article and nothing after it is this one's end; "entro un
	// anno" is a span, "until the year 2030" a year, "paid by the month"
	// a rate.
	if (u.Grain == Year || u.Grain == Month) && u.Count == 1 &&
		(s.has(i-1, fArticle) || s.punct(i-1, "'") && s.has(i-2, fArticle)) && !s.isNum(i+1) && !s.has(i+1, fOf|fPost) {
		if a := s.precededAt(i, fDeadline); a >= 0 && !s.lx.rates[s.L[a].key] {
			s.relValue(a, i+1, u, 0)
			return i + 1
		}
	}
	return i
}

// countAt reads a count: digits or a number word.
func (s *scan) countAt(i int) (int, bool) {
	if i < 0 || i >= len(s.L) {
		return 0, false
	}
	l := &s.L[i]
	if l.kind == token.Number {
		if l.ord || l.nd > 3 || l.n < 1 {
			return 0, false
		}
		if l.gap == token.None && i > 0 && s.L[i-1].kind == token.Punct && (s.L[i-1].key == "." || s.L[i-1].key == ",") {
			return 0, false
		}
		return l.n, true
	}
	if l.w != nil && l.w.flags&fNumber != 0 {
		return int(l.w.num), true
	}
	return 0, false
}

// count reads "3 days ago", "due settimane fa", "два тижні тому",
// "a week from now".
func (s *scan) count(i int) int {
	n, ok := s.countAt(i)
	if !ok {
		return i
	}
	u := s.w(i + 1)
	if u == nil || u.flags&fUnit == 0 {
		return i
	}
	j := i + 2
	switch {
	case (s.has(j, fAgo) || s.has(j, fHence)) && (s.has(i-1, fApprox) || s.has(i-1, fOf) && s.has(i-2, fApprox)):
		// "almost ten years ago", "più di dieci anni fa": no definite date.
		return j + 1
	case s.has(j, fAgo):
		s.shifted(i, j+1, scaled(u.unit, n), -1)
		return j + 1
	case u.unit.Grain == Day && !u.unit.Weekend && n <= 31 && s.laterDays(i, j+1):
		s.add(match{a: i, b: j + 1, kind: kTold, shift: n * max(u.unit.Count, 1), tense: s.tense(i, j+1)})
		return j + 1
	case s.has(j, fHence):
		for _, k := range s.lx.hence[s.L[j].key] {
			if k != "" && j+1 < len(s.L) && s.L[j+1].key == k {
				s.shifted(i, j+2, scaled(u.unit, n), 1)
				return j + 2
			}
		}
		if slices.Contains(s.lx.hence[s.L[j].key], "") { // "7 days hence"
			s.shifted(i, j+1, scaled(u.unit, n), 1)
			return j + 1
		}
	}
	return i
}

func scaled(u Unit, n int) Unit {
	u.Count *= n
	return u
}

// in reads "in 3 days", "tra due settimane", "через тиждень".
func (s *scan) in(i int) int {
	j := i + 1
	n, ok := s.countAt(j)
	if ok {
		j++
	} else {
		n = 1
	}
	u := s.w(j)
	// A bare unit ("через тиждень") only after a word that cannot also
	// introduce a year ("in year two").
	if u == nil || u.flags&fUnit == 0 || !ok && (u.unit.Plural || s.L[i].w.flags&fYearPrep != 0) {
		return i
	}
	// "in the 3 days", "in 2 years" of the past are durations; a year
	// ahead needs a future sentence, and no record or first that the
	// years count back from ("will rise, the first increase in eight
	// years").
	if u.unit.Grain == Year && !s.standalone && (s.tense(i, j+1) <= 0 || s.superlativeBefore(i)) {
		return i
	}
	// "advanced 20 km in 3 days", "через два дні міст було уражено": in a
	// past sentence a duration, or a point of the story, not of the anchor.
	if !s.standalone && s.tense(i, j+1) < 0 {
		return i
	}
	end := j + 1
	if s.punct(end, "'") { // "in two weeks' time", "in a week's time"
		k := end + 1
		if k < len(s.L) && s.L[k].key == "s" {
			k++
		}
		if k < len(s.L) && s.L[k].key == "time" {
			end = k + 1
		}
	}
	s.shifted(i, end, scaled(u.unit, n), 1)
	return end
}

// superlativeBefore reports a superlative or "first" among the few words
// before lexeme i, within its clause: "the highest level in", "the first
// increase in".
func (s *scan) superlativeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := &s.L[k]
		if l.kind != token.Word {
			return false
		}
		if s.lx.superlatives[l.key] {
			return true
		}
	}
	return false
}

// shifted records the anchor moved by a count of units in direction dir.
func (s *scan) shifted(a, b int, u Unit, dir int) {
	if !s.hasRef {
		return
	}
	c := u.Count
	if c == 0 {
		c = 1
	}
	if c > 4000 {
		return
	}
	c *= dir
	r := s.ref
	var v val
	unvalued := false
	switch u.Grain {
	case Day:
		v = dayVal(r.AddDate(0, 0, c))
	case Week:
		// A count of weeks is as exact as a week: "two weeks ago" is
		// about then, not the day fourteen days back, and the guideline
		// has no value for a week.
		v = dayVal(r.AddDate(0, 0, 7*c))
		unvalued = true
	case Month:
		v = monthVal(r.Year(), int(r.Month())+c)
	case Year:
		v = val{y: r.Year() + c}
	case Quarter:
		v = val{y: quarterYear(r, c)}
		unvalued = true
	case Hour, Minute:
		// Only the day counts, and the hour of publication is unknown:
		// half a day or less is the anchor's day.
		h := c * dir
		if u.Grain == Minute {
			h /= 60
		}
		v = dayVal(r.AddDate(0, 0, dir*((h+11)/24)))
	}
	// A count ahead ("in 45 days", "tra un anno", "через шість місяців")
	// measures a wait from now, a span, where a count back ("45 years
	// ago") points at a time: the annotation reads the first as a
	// duration, which the guideline leaves out, and the second as a date.
	// It is still read, so that its words are no other date.
	if dir > 0 {
		unvalued = true
	}
	s.add(match{a: a, b: b, v: v, unvalued: unvalued})
}

// ---------------------------------------------------------------------
// Years

// inAmount reports a bare year that the money extractor, which runs
// before this one, read as an amount: "коштував до 1500 манатів".
func (s *scan) inAmount(m *match, money []corpus.Money) bool {
	if len(money) == 0 || m.v.m != 0 || m.b-m.a != 1 || s.L[m.a].kind != token.Number {
		return false
	}
	l := &s.L[m.a]
	start, end := s.d.RuneOffset(s.d.Tokens[l.a].Start), s.d.RuneOffset(s.d.Tokens[l.b-1].End)
	for i := range money {
		for _, mm := range money[i].Mentions {
			if mm.Start <= start && end <= mm.End {
				return true
			}
		}
	}
	return false
}

// year reads a bare four-digit year when its context makes it one:
// "nel 2024", "in 2024", "2024 року", "the 2024 budget", "between 2022
// and 2024", "2022-2024", "з 2024 по 2030 рік".
func (s *scan) year(i int) int {
	if j := s.yearPair(i); j > i {
		return j
	}
	y, ok := s.yearNum(i)
	if !ok {
		return i
	}
	// Collect a list or range of years.
	var ys [8]int
	var at [8]int
	ys[0], at[0] = y, i
	n, j := 1, i+1
list:
	for n < len(ys) {
		k := j
		rng := false
		switch {
		case s.punct(k, "-"):
			rng = true
			k++
		case s.punct(k, ","):
			k++
		case s.has(k, fRangeTo):
			rng = true
			k++
		case s.has(k, fRangeAnd):
			k++
		default:
			break list
		}
		if s.has(k, fArticle) { // "tra il 2022 e il 2024"
			k++
		}
		if !s.isNum(k) {
			break
		}
		y2, ok := s.yearNum(k)
		if !ok || y2 < 1900 || y2 > 2100 || rng && y2 <= ys[n-1] {
			// "between 2000 and 3000 troops": the first number is an
			// amount too.
			if s.L[k].nd == 4 && !s.punct(j, ",") {
				return i
			}
			break
		}
		ys[n], at[n] = y2, k
		n++
		j = k + 1
	}
	if s.notYearAfter(j) || s.has(j, fNotAfterBareYear) && !s.has(i-1, fYearPrep) {
		return i
	}
	if s.punct(j, "-") && s.tight(j) && s.tight(j+1) && s.L[j+1].kind == token.Word && !s.has(j+1, fYearSuffix) {
		return i // a measure joined to its noun: "1340-кілометровий кордон"
	}
	end := s.yearSuffix(j)
	strong := end > j || s.L[i].ord // "2024 року", "2024-го"
	if !strong {
		strong = s.yearContext(i, y, j)
	}
	if !strong && n >= 2 && y >= 1900 && y <= 2100 {
		// A list of years is its own context, unless it is only a pair
		// joined by a comma ("2023, 2024" in a table of numbers).
		strong = n > 2 || !s.punct(at[0]+1, ",")
	}
	if !strong {
		return i
	}
	if y < 1900 || y > 2100 {
		// Old years only alone after a true preposition, never as
		// modifiers or in lists ("between 1500 and 2000" is an amount),
		// nor in a ratio ("1000 for 1000").
		if n > 1 || !s.has(i-1, fYearPrep|fYearNoun) && end == j || end == j && s.isNum(i-2) {
			return i
		}
		// A year beyond this century is seldom news: after a preposition
		// such a number is an amount ("до 2500 кубометрів", "up to 2500
		// tonnes") unless the text calls it a year ("у 2120 році").
		if y > 2100 && end == j && !s.has(i-1, fYearNoun) {
			return i
		}
	}
	for k := 0; k < n; k++ {
		s.add(match{a: i, b: end, v: val{y: ys[k]}})
	}
	return end
}

// yearPair reads "2023-24", "2024/25", "2023/2024": two consecutive
// years written as one span, the way seasons and fiscal years are; the
// shape alone makes them years.
func (s *scan) yearPair(i int) int {
	L := s.L
	a := &L[i]
	if a.ord || a.nd != 4 || a.n < 1900 || a.n > 2100 {
		return i
	}
	if !(s.punct(i+1, "-") || s.punct(i+1, "/")) || !s.tight(i+1) || !s.tight(i+2) || !s.isNum(i+2) || L[i+2].ord {
		return i
	}
	b := &L[i+2]
	y2 := b.n
	switch b.nd {
	case 2:
		y2 += a.n / 100 * 100
	case 4:
	default:
		return i
	}
	if y2 != a.n+1 {
		return i
	}
	// Not inside a longer run of numbers: a code, a date, an amount.
	if a.gap == token.None && i > 0 && !s.punct(i-1, "(") {
		return i
	}
	end := i + 3
	if end < len(L) && L[end].gap == token.None {
		switch {
		case L[end].kind == token.Number:
			return i
		case L[end].kind == token.Punct && s.isNum(end+1) && s.tight(end+1):
			return i
		case L[end].kind == token.Word && !s.has(end, fYearSuffix):
			return i
		}
	}
	if s.notYearAfter(end) {
		return i
	}
	end = s.yearSuffix(end)
	if s.fiscalAround(i, end) {
		return end
	}
	s.add(match{a: i, b: end, v: val{y: a.n}})
	s.add(match{a: i, b: end, v: val{y: y2}})
	return end
}

// fiscalAround reports a Fiscal word among the three words before a pair
// of years at [a, b) or right after it, in its sentence: "the
// government's 2024/25 budget", "fiscal year 2082/83".
func (s *scan) fiscalAround(a, b int) bool {
	if b < len(s.L) && !s.boundary(b) && s.L[b].w != nil && s.L[b].w.fiscal {
		return true
	}
	for k := a - 1; k >= 0 && k >= a-3 && !s.boundary(k+1); k-- {
		if s.L[k].w != nil && s.L[k].w.fiscal {
			return true
		}
	}
	return false
}

// yearContext reports a word before or after a lone year that makes it a
// year: a preposition, a year noun, a period word, a determiner of a
// modifier ("the 2024 budget"), a verb ("2024 was").
func (s *scan) yearContext(i, y, j int) bool {
	p := i - 1
	// The second number of a range whose first was not a year.
	if (s.punct(p, "-") || s.has(p, fRangeAnd|fRangeTo)) && s.isNum(p-1) {
		return false
	}
	if s.punct(p, "-") && (s.has(p-1, fPeriod|fYearPrep) || s.edition(p-1) && y >= 1900 && y <= 2100) { // mid-2024, pre-2022, вибори-2026
		return true
	}
	// "due around 2028.", "anger about 2020.", "up to 2030." (see
	// YearAround).
	if p >= 0 && (s.lx.yearAround[s.L[p].key] || p >= 1 && s.lx.yearAroundPair[[2]string{s.L[p-1].key, s.L[p].key}]) &&
		s.L[i].nd == 4 && s.L[i].gap <= token.Space &&
		y >= 1900 && y <= 2100 && s.closesPhrase(j) {
		return true
	}
	if s.has(p, fQuantity) || s.has(p-1, fQuantity) && s.has(p, fOf|fArticle) {
		return false
	}
	// "40% з 2000 опитаних", "5 of 2000": a part of a whole. A share of a
	// year that ends its phrase is that year's: "l'affluenza al 52%,
	// sopra il 48% del 2021.", "turnout of 61% in 2024 and 48% of 2019."
	if s.has(p, fPartOf) && (s.punct(p-1, "%") || s.isNum(p-1) && !s.numbered(p-1)) &&
		!(s.punct(p-1, "%") && y >= 1900 && y <= 2100 && s.L[i].nd == 4 && s.closesPhrase(j)) {
		return false
	}
	if s.has(p, fYearPrep|fYearNoun|fPeriod|fRangeFrom) || s.has(p, fRangeTo) && s.has(p-1, fShift) {
		return true
	}
	// The year of a copyright line is a year the text writes as a word
	// of its own, which the conventions count as page furniture does:
	// "© 2024 Nordic Newsroom", "Copyright 2023", "© Lowlands Newswire
	// 2024".
	if y >= 1900 && y <= 2100 && s.copyright(i) {
		return true
	}
	if s.has(p, fArticle) && s.has(p-1, fYearPrep|fYearNoun|fPeriod|fRangeFrom) { // "entro il 2030", "in the year 2024"
		return true
	}
	if y < 1900 || y > 2100 {
		return false
	}
	if s.parallelYear(p, j) {
		return true
	}
	if s.standalone {
		return true
	}
	// "election results 2024", "elezioni 2027": the year of an edition,
	// the noun right before it or one word before that. A budget's year
	// ("Budget 2026", "il bilancio 2025") is the budget's name, as a
	// fiscal year's pair is, not a date.
	if s.L[i].gap <= token.Space && (s.edition(p) ||
		p >= 1 && s.L[p].kind == token.Word && s.L[p].w == nil && !s.L[p].cap && s.edition(p-1)) {
		return true
	}
	if s.punct(p, "(") && s.punct(j, ")") && (p < 1 || !s.isNum(p-1)) {
		return true // "Катар (2019) та Еквадор (2020)": a year in brackets dates what is before it
	}
	if s.eventYear(p, i, j) {
		return true
	}
	// "2023 was a hard year", but not "Room 2024 is on the left".
	if s.has(j, fYearVerb) && s.L[j].gap <= token.Space && (p < 0 || s.boundary(i) || s.L[p].kind == token.Punct) {
		return true
	}
	// "2024 Olympics open": a year that opens its phrase before a name.
	if (p < 0 || s.boundary(i) || s.L[p].kind == token.Punct && s.L[p].key != "-" && s.L[p].key != "/") &&
		j < len(s.L) && s.L[j].kind == token.Word && s.L[j].cap && s.L[j].gap == token.Space && (s.L[j].w == nil || s.L[j].w.flags&structural == 0) {
		return true
	}
	// "lists 2023 as the peak year": an object after a verb.
	if s.has(j, fYearObject) && s.L[j].gap <= token.Space && p >= 0 && s.L[p].kind == token.Word && !s.L[p].cap && s.L[i].gap <= token.Space {
		return true
	}
	det := s.has(p, fDet) || s.possessive(p-1)
	if !det && p >= 1 && s.L[p].kind == token.Word && s.L[p].w == nil && !s.L[p].cap && s.has(p-1, fDet) &&
		s.L[i].gap <= token.Space && s.singularAfterDay(j, y) {
		// "a bruising 2027 election": an adjective may stand between the
		// determiner and the year, which no amount can be, for no number
		// above one counts a noun without the plural's ending ("an
		// estimated 2000 protesters")
		return true
	}
	// "the 2000 of them", "un 2000 di voti" count a part of a whole
	return det && j < len(s.L) && s.L[j].kind == token.Word && s.L[j].gap <= token.Space && !s.has(j, fOf)
}

// eventYear reports a year at lexeme i, before lexeme j, that ends the
// name of an event or a competition, written right after a capitalized
// word with a space or a hyphen: "Parigi 2024", "Milano Cortina 2026",
// "Euro 2024", "Expo 2030", "Пекіні-2022", "Євро-2024". The conventions
// count such years. A name that numbers a thing ("Room 2024", "Via Roma
// 2030", see NumberWords) or a document ("No 2024") makes the number no
// year; a word of date or quantity ("About 2000 people") is no name.
// After a space the year must end its phrase or run on into a word the
// lexicon knows, since a count runs on into its noun ("gave Ukraine 2000
// shells"), which notYearAfter cannot all list; a hyphen never joins a
// count to a name.
func (s *scan) eventYear(p, i, j int) bool {
	hyphen := s.punct(p, "-") && s.tight(p) && s.tight(i)
	if hyphen {
		p--
	} else if s.L[i].gap != token.Space {
		return false
	}
	if !s.eventName(p) || s.numbered(i) {
		return false
	}
	if !hyphen && s.d.Tokens[s.L[p].a].Upper && utf8.RuneCountInString(s.L[p].key) == 2 {
		return false // a code of two capitals numbers a flight or a form: "FR 2024"
	}
	// The name's words, and the word before them, may number the thing.
	// A budget's year stays its name, as yearContext keeps "il bilancio
	// 2025" out: "Budget 2026", "Legge di Bilancio 2025", "Бюджет-2026".
	for k := p; k >= 0 && k > p-3 && s.L[k].kind == token.Word; k-- {
		if s.lx.numberWords[s.L[k].key] || s.L[k].w != nil && s.L[k].w.fiscal {
			return false
		}
		if !s.eventName(k) || s.L[k].gap != token.Space {
			break
		}
	}
	if hyphen || s.closesPhrase(j) {
		return true
	}
	switch l := &s.L[j]; l.kind {
	case token.Punct:
		return true
	case token.Word:
		return l.cap || l.w != nil
	}
	return false
}

// eventName reports a capitalized word at lexeme k that may name an
// event or a place, no word of date, quantity or unit.
func (s *scan) eventName(k int) bool {
	if k < 0 || k >= len(s.L) {
		return false
	}
	l := &s.L[k]
	return l.kind == token.Word && l.cap && (l.w == nil || l.w.flags&(structural|fApprox|fQuantity|fUnit|fPeriod|fYearNoun) == 0)
}

// parallelYear reports a number, ending before lexeme j, that the "and"
// at lexeme p joins to a year read before it in the sentence, the same
// word following both: "by mid-2026 for large cities and 2028 for smaller
// ones", "до 2026 року для великих міст і 2028 для менших", "entro il
// 2026 nelle grandi città e il 2028 nelle piccole". The number
// is the second year of a pair told alike; right after the first year the
// "and" already makes a list ("in 2026 and 2028").
func (s *scan) parallelYear(p, j int) bool {
	if s.has(p, fArticle) { // "e il 2028 nelle piccole"
		p--
	}
	if !s.has(p, fRangeAnd) || j >= len(s.L) || s.L[j].kind != token.Word {
		return false
	}
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := &s.ms[k]
		if m.b > p {
			continue
		}
		return m.kind == kExplicit && m.v.y != 0 && m.v.m == 0 && m.b < p-1 && m.b < len(s.L) &&
			s.L[m.b].key == s.L[j].key && s.oneSentence(m.a, p)
	}
	return false
}

// closesPhrase reports that lexeme j ends the phrase before it: the end
// of the text or its line, or a mark that ends a clause.
func (s *scan) closesPhrase(j int) bool {
	if j >= len(s.L) || s.L[j].gap >= token.Newline {
		return true
	}
	if s.L[j].kind != token.Punct {
		return false
	}
	switch s.L[j].key {
	case ".", ",", ";", ":", "!", "?", ")":
		return true
	}
	return false
}

// edition reports one of Editions at lexeme k, whose year follows it.
func (s *scan) edition(k int) bool {
	return k >= 0 && k < len(s.L) && s.L[k].kind == token.Word && s.lx.editions[s.L[k].key]
}

// numbered reports a number at lexeme k that numbers a document or names
// something: "n. 286 del 2016", "№ 1140 від 2023", "No. 12 of 2020", "G7".
func (s *scan) numbered(k int) bool {
	if s.punct(k-1, "№") || s.punct(k-1, "#") {
		return true
	}
	if k > 0 && s.L[k].gap == token.None && s.L[k-1].kind == token.Word { // "G7", "COP28"
		return true
	}
	w := k - 1
	if s.punct(w, ".") {
		w--
	}
	if w < 0 || s.L[w].kind != token.Word {
		return false
	}
	switch s.L[w].key {
	case "n", "nr", "no", "num", "nos",
		// acts numbered without "n.": "legge 1158 del 1971", "Law 5 of 2020"
		"legge", "decreto", "sentenza", "ordinanza", "delibera", "direttiva", "regolamento", "circolare",
		"law", "decree", "act", "resolution", "directive", "regulation", "ordinance",
		"закон", "закону", "постанова", "постанови", "указ", "указу", "розпорядження":
		return true
	}
	return false
}

// copyright reports the sign or word of a copyright before lexeme i, on
// its line and in its sentence, with no number between: "© 2024",
// "Copyright 2023", "(c) 2020-2024", "© «Вісник регіонів», 2024".
func (s *scan) copyright(i int) bool {
	for k := i - 1; k >= 0 && k >= i-copyrightWords; k-- {
		l := &s.L[k]
		if l.key == "©" || l.w != nil && l.w.flags&fCopyright != 0 {
			return true
		}
		if l.key == "c" && s.punct(k-1, "(") && s.punct(k+1, ")") {
			return true
		}
		// the holder's name, quoted or not, and a comma may stand
		// between: "© «Економічний огляд», 2025"; a number or the end
		// of a sentence or a line may not
		if l.kind == token.Number || s.L[k+1].gap >= token.Newline || s.sentenceEnd(k) {
			return false
		}
	}
	return false
}

// copyrightWords is how many lexemes the holder's name of a copyright
// line may take between the mark and its year.
const copyrightWords = 8

// ---------------------------------------------------------------------
// Tense

// tense reports whether the sentence around lexemes [a, b) speaks of the
// future (+1) or the past (-1): the tense marker nearest to the date
// ("will", "prossimo", "-rà", "буде", "-тиме" against "was", "-ato", "-ла")
// decides; 0 when there is none.
//
// The clause of the date is searched first, so that the verb governing it
// wins over one elsewhere in the sentence: in "The plan, first floated in
// June, will be…" June is past. Only when the clause has no marker ("On
// 19 June, the ministers will meet") does the rest of the sentence count.
//
// With no marker in its clause, a deadline in running text lies ahead:
// "The show, which opened in May, runs until 30 September".
//
// The markers of a range's closing date are searched around its opening
// date (see rangeOpening).
func (s *scan) tense(a, b int) int {
	if !s.standalone && s.teaserDate(a, b) {
		return -1
	}
	if !s.standalone && s.inForceFrom(a) {
		return tenseNearest
	}
	if k := s.beforeArticle(a); !s.standalone && k >= 0 && s.lx.setDate[s.L[k].key] && s.has(b, fScheduled|fYearObject) {
		return 1
	}
	if !s.standalone && s.countdown(a, b) {
		return 1
	}
	if !s.standalone && s.setDeadline(a, b) {
		return 1
	}
	oa, ob := s.rangeOpening(a, b)
	if oa != a && ob == oa+1 && s.has(oa, fRelDay) && s.L[oa].w.rel != 0 {
		// joined to "tomorrow" or "yesterday", a date lies on its side:
		// "Scuole chiuse domani e venerdì"
		if s.L[oa].w.rel > 0 {
			return 1
		}
		return -1
	}
	if t := s.eventClause(oa, ob); t != 0 && !s.standalone {
		return t
	}
	t, tk := s.tenseAt(oa, ob, true)
	if t == 0 && !s.standalone && s.openingInfinitive(oa) {
		// an act named by an infinitive that opens the sentence as its
		// subject has no time of its own: "Presentarsi giovedì a
		// Montevideo senza una linea indebolisce la mediazione"
		return tenseNearest
	}
	if t == 1 {
		if !s.standalone && a > 0 && s.lx.covers[s.L[a-1].key] && s.has(a, fMonth) {
			return tenseNearest // "не оприлюднить звіт за вересень" of 1 October
		}
		return 1
	}
	if t == 0 {
		if w := s.whenAfter(b); w != 0 {
			return w
		}
	}
	if s.sinceBefore(a) {
		return -1
	}
	if k := s.precededAt(a, fScheduled); !s.standalone && k >= 0 && !s.nightOrStatus(k) {
		return tenseNearest
	}
	if !s.standalone && s.scheduledEvent(a, b) {
		return tenseNearest
	}
	if !s.standalone && s.eveBefore(a) {
		return tenseNearest
	}
	if !s.standalone && t == 0 && s.label(a, b) {
		// an agenda's or a timeline's entry: "10–11 July: recovery
		// conference in Rome, hosted by …"
		return tenseNearest
	}
	if !s.standalone && a >= 2 && s.has(a-1, fRangeTo) && s.has(a-2, fShift) &&
		(s.has(a-3, fShift|fAux|fPast|fPastAuxiliary|fPerfectAux|fPresentAux) || s.lx.shiftPresent[s.L[a-2].key]) {
		// the new date of something moved: "the deadline was moved to 18
		// February", "la scadenza è stata spostata al 18 febbraio",
		// "pushed back to", "il prestito slitta al 15 dicembre"; but "the
		// crisis dates back to 24 November"
		return 1
	}
	if !s.standalone && t == 0 && a >= 3 && s.has(a-1, fDateCtx) && s.lx.back[s.L[a-2].key] && s.has(a-3, fPresentAux) {
		// a return on the calendar: "we're back on Monday"
		return 1
	}
	if !s.standalone && t == 0 && s.backSignOff(a, b) {
		return 1
	}
	if !s.standalone && (t == 0 || t == tensePresent) && s.precededBy(a, fRangeFrom) {
		switch {
		case b < len(s.L) && s.lx.stateVerbs[s.L[b].key]:
			return -1 // "che da luglio è ministro": a state begun then
		case t == tensePresent && tk >= 0 && tk < a && a-tk <= 4 && s.lx.stateVerbs[s.L[tk].key] && !s.has(b, fRangeAnd):
			// the state told before its start, two words at most between:
			// "i cantieri sono fermi da febbraio", "aspettiamo da
			// febbraio" (not "tra febbraio e marzo", a span)
			return -1
		case t == 0 && s.lastedFrom(oa, ob):
			return -1
		case t == 0:
			// "the cut, to 20 percent of capacity from Wednesday, …": a
			// start with no verb of its own in its clause
			return tenseNearest
		}
	}
	// a start may take "on" or "from": "starting on Tuesday"
	if !s.standalone && (s.precededBy(a, fDeadline) || s.has(a-1, fDateCtx) && s.precededBy(a-1, fDeadline)) {
		if t == 0 {
			// the sentence's verb beyond the clause: "Голосування тривало
			// сім фаз — з 19 квітня до 1 червня"
			t = s.tenseIn(oa, ob, false)
		}
		if t == tenseNearest && tk >= 0 && s.pastGovernsInfinitive(tk) {
			// a deadline for what was asked or agreed to be done lies
			// after the asking, which news tells of soon after: "ha
			// chiesto di aprire i negoziati entro dicembre" of June is
			// this December
			return 1
		}
		if t < 0 && t != tenseFutureInPast && tk >= 0 && tk < a && s.lx.lasting[s.L[tk].key] {
			if k := s.precededAt(a, fDeadline); k >= 0 && s.lx.until[s.L[k].key] {
				// what lasted up to the date, told in the past, ended
				// behind the anchor: "who led the country until May"
				return -1
			}
		}
		if t < 0 && t != tenseFutureInPast {
			// A past verb tells when the deadline was set, not on which side
			// of the anchor it lies: "had granted his request to prorogue
			// Parliament until March 24", "The show ran until 30 September".
			return tenseNearest
		}
		return 1
	}
	if !s.standalone && t == tensePresent && s.afterBefore(a) && !s.lx.prefixed(s.L[tk].key, s.lx.perfPrefixes, 0, 3) {
		// "після 7 жовтня тримає": since then. A prefixed verb may be a
		// perfective, whose present form is a future: "після 1 січня
		// подорожчає".
		return -1
	}
	if !s.standalone && t == tensePresent && s.beforeBefore(a) {
		return 1 // "залишається головною силою перед жовтневими виборами"
	}
	switch t {
	case tensePresent:
		// The clause has its own verb in the present: the rest of the
		// sentence says nothing of it ("Austin, whose powers end on 20
		// January, held his last meeting"). News writes the present for
		// what is near on either side: "the exchange reopens on Thursday",
		// a headline's "Minister signs deal on Tuesday".
		return tenseNearest
	case 0:
		if !s.standalone && s.possessive(b) && !s.sentenceStart(a) {
			// A date that owns a noun names an event by its day ("under
			// Saturday's ban", "moved Thursday's meeting"): the sentence's
			// verb beyond the clause tells what was done about the event,
			// not when it is, and news speaks of such events just before
			// or just after. Opening its sentence, the event is the
			// subject, and the verb tells of it: "Sunday's ballot – … –
			// gave the list a majority".
			return tenseNearest
		}
		var k int
		t, k = s.tenseAt(oa, ob, false)
		if !s.standalone && (t == 0 || t == tensePresent) && s.question(b) {
			// a question with no past or future asks what is coming:
			// "What happens in June?", "Cosa succede a giugno?"
			return 1
		}
		if !s.standalone && t == 0 && s.scheduleEntry(oa, ob) {
			// an itinerary's entry, its verb left out, goes on in the
			// tense of the paragraph before it: "domenica attraverserà il
			// Negev. Lunedì il trasferimento in Sicilia, martedì la
			// ripartenza" lie ahead, "Il programma era denso. Sabato il
			// colloquio …, domenica l'incontro" behind; with none, it is
			// the day nearest: "Що далі? / У понеділок — урочиста
			// церемонія"
			switch s.tenseBefore(oa) {
			case 1:
				return 1
			case -1:
				return -1
			}
			return tenseNearest
		}
		if t == tensePresent {
			if k < oa && s.lx.stateVerbs[s.L[k].key] && s.futureSubject(k) {
				// "Il prossimo appuntamento è il vertice di Salisburgo,
				// il 20 settembre": the verb of being says what the next
				// one is
				return 1
			}
			return 0
		}
		// A perfect beyond the clause, as a past there, tells what is done,
		// and when, unless the date lies just ahead: "Washington has
		// already signed a deal with Kyiv, in April, but …" of October is
		// the April before. In its own clause the date may be the object's
		// ("have trimmed the meeting to a dinner on 24 June").
		if t == -1 || t == tenseNearest && s.ownTense(k) < 0 {
			return tenseOuterPast
		}
	}
	if t == tenseFutureInPast {
		return tenseNearest
	}
	return t
}

// question reports that the sentence of a date ending before lexeme b
// ends with a question mark.
func (s *scan) question(b int) bool {
	for k := b; k < len(s.L) && (k == b || !s.boundary(k)); k++ {
		if s.sentenceEnd(k) {
			return s.punct(k, "?")
		}
	}
	return false
}

// eventClause is the tense of the relative clause that follows, after a
// comma, a date that "of" joins to a noun at lexemes [a, b) (see
// EventRelatives): the clause tells of the event of that day, "le
// conseguenze del referendum del 6 aprile, nel quale gli elettori hanno
// respinto l'accordo", however the sentence's verb sends what is done
// about it ahead ("dovrà misurare"). A present, no marker in the clause,
// or a verb right after the relative, with no subject, gives 0.
func (s *scan) eventClause(a, b int) int {
	if len(s.lx.eventRelatives) == 0 || !s.punct(b, ",") {
		return 0
	}
	k := b + 1
	switch {
	case k+1 < len(s.L) && s.lx.eventRelatives[[2]string{s.L[k].key, s.L[k+1].key}]:
		k += 2
	case k < len(s.L) && s.lx.eventRelatives[[2]string{"", s.L[k].key}]:
		k++
	default:
		return 0
	}
	if k >= len(s.L) {
		return 0
	}
	if t := s.wordTense(k); t != 0 && t != tensePresent {
		// no subject: a clause cut short ("on Monday, when asked about
		// it") tells nothing of the day
		return 0
	}
	for ; k < len(s.L) && k <= b+12 && !s.boundary(k) && !s.punct(k, ","); k++ {
		if t := s.wordTense(k); t != 0 && t != tensePresent {
			return t
		}
	}
	return 0
}

// tenseBefore is the tense of the marker nearest before lexeme a in its
// paragraph (see wordTense), or 0.
func (s *scan) tenseBefore(a int) int {
	for k := a - 1; k >= 0; k-- {
		if t := s.wordTense(k); t != 0 {
			return t
		}
		if s.L[k].gap >= token.Newline {
			break
		}
	}
	return 0
}

// scheduleEntry reports a weekday at lexemes [a, b) that heads an entry
// with no verb (see entryHead): one set off by a dash or a colon
// ("Tuesday: the vote in Brussels", "У понеділок — церемонія"), or one of
// a list of such days, in its sentence or the next or the one before
// ("Lunedì il trasferimento aereo in Sicilia, martedì la ripartenza").
// A lone day before an article may have a verb in the present that the
// lexicon does not know: "Sabato la commissione conta i voti".
func (s *scan) scheduleEntry(a, b int) bool {
	set, ok := s.entryHead(a, b)
	if !ok {
		return false
	}
	if set {
		return true
	}
	lo, hi, ends := a, b, 0
	for lo > 0 && s.L[lo].gap < token.Newline && ends < 2 {
		if s.boundary(lo) {
			ends++
		}
		lo--
	}
	for ends = 0; hi < len(s.L) && (hi == b || s.L[hi].gap < token.Newline) && ends < 2; hi++ {
		if s.boundary(hi) {
			ends++
		}
	}
	for k := lo; k < hi; k++ {
		if (k < a || k >= b) && s.has(k, fWeekday) {
			if _, ok := s.entryHead(k, k+1); ok {
				return true
			}
		}
	}
	return false
}

// entryHead reports a weekday at lexemes [a, b) that opens its sentence
// or a clause after a comma, a date preposition before it or not, and that
// a dash, a colon (set) or an article follows.
func (s *scan) entryHead(a, b int) (set, ok bool) {
	k := a
	if s.has(k, fDateCtx) {
		k++
	}
	if k >= b || !s.has(k, fWeekday) {
		return false, false
	}
	o := a
	if o > 0 && s.has(o-1, fDateCtx|fMonthPrep) {
		o--
	}
	if !s.sentenceStart(o) && !s.punct(o-1, ",") {
		return false, false
	}
	if b >= len(s.L) || s.L[b].gap >= token.Newline {
		return false, false
	}
	switch {
	case s.punct(b, ":"), s.punct(b, "-") && s.L[b].gap >= token.Space, s.punct(b, "—"), s.punct(b, "–"):
		return true, true
	}
	return false, s.has(b, fArticle)
}

// backSignOff reports a date at lexemes [a, b) that makes up a sentence
// with a Back word before it, a date preposition between or not: "Back
// Monday.", "Back on Tuesday." is how a newsletter signs off, "we're"
// left out, and the return lies ahead. One that goes on past the date
// tells of something else: "Back on Monday, the minister had warned".
func (s *scan) backSignOff(a, b int) bool {
	k := a - 1
	if s.has(k, fDateCtx) {
		k--
	}
	if k < 0 || !s.lx.back[s.L[k].key] || !s.sentenceStart(k) {
		return false
	}
	return b >= len(s.L) || s.L[b].gap >= token.Newline || s.punct(b, ".") || s.punct(b, "!")
}

// setDeadline reports a date at lexemes [a, b) that names the deadline a
// SetDate verb sets, the date modifying the noun or "of" joining them:
// "set an October deadline for the sale", "set a deadline of 15 June".
// As with a day set for something, the deadline lies ahead of the
// setting, which news tells soon after.
func (s *scan) setDeadline(a, b int) bool {
	k := a - 1 // the determiner of "set an October deadline"
	if !s.deadlineNoun(b) {
		k = s.beforeArticle(a) // "of" in "set a deadline of 15 June"
		if !s.has(k, fOf) || !s.deadlineNoun(k-1) {
			return false
		}
		k -= 2
	}
	return k >= 1 && s.has(k, fNounMarker) && s.lx.setDate[s.L[k-1].key]
}

// deadlineNoun reports one of DeadlineNouns at lexeme k.
func (s *scan) deadlineNoun(k int) bool {
	return k >= 0 && k < len(s.L) && s.L[k].kind == token.Word && s.lx.deadlineNouns[s.L[k].key]
}

// eveBefore reports an Eves word among the six lexemes before a, in
// the phrase that ends with the date: words of no tense only, no sign
// ("напередодні саміту ЄС 23–24 червня", "on the eve of the summit on 23
// June"). A comma marks the adverb, the day before a date told in
// apposition: "Напередодні, 10 березня, …".
func (s *scan) eveBefore(a int) bool {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if s.L[k].kind != token.Word || s.boundary(k+1) || s.ownTense(k) != 0 {
			return false
		}
		if s.lx.eves[s.L[k].key] {
			return true
		}
	}
	return false
}

// lastedFrom reports a start at lexemes [a, b) whose clause has no tense
// and whose sentence's verb is one of Lasting told in the past or the
// perfect: what has lasted from the date began behind the anchor ("Dal 1°
// gennaio, con la fine del transito, il Druzhba è rimasto l'ultimo
// canale", "From March, the border has remained closed"). A past of "to
// be" does not count: it tells when a start ahead was announced ("the
// cut, from Wednesday, was announced").
func (s *scan) lastedFrom(a, b int) bool {
	t, k := s.tenseAt(a, b, false)
	if t >= 0 || t == tenseFutureInPast || k < b {
		return false
	}
	if s.L[k].w != nil && s.L[k].w.flags&(fPastAuxiliary|fPerfectAux) != 0 {
		k++
		for k < len(s.L) && s.has(k, fAux) && !s.lx.lasting[s.L[k].key] {
			k++
		}
	}
	if k >= len(s.L) || !s.lx.lasting[s.L[k].key] {
		return false
	}
	w := s.L[k].w
	return w == nil || !w.pastBe && !w.beenP
}

// futureSubject reports a word of the future in the sentence before the
// verb of a state at lexeme k, with no other verb between: the subject
// that verb speaks of is to come.
func (s *scan) futureSubject(k int) bool {
	for j := k - 1; j >= 0 && !s.boundary(j+1); j-- {
		switch s.ownTense(j) {
		case 0:
		case 1:
			return true
		default:
			return false
		}
	}
	return false
}

// inForceFrom reports a date starting at lexeme a that a RangeFrom word
// and an InForce phrase follow a noun with, no verb between: "la tregua in
// vigore dal 12 gennaio", but not "entrerà in vigore dal", "will be in
// force from".
func (s *scan) inForceFrom(a int) bool {
	f := s.beforeArticle(a)
	if !s.has(f, fRangeFrom) {
		return false
	}
	for i, p := range s.lx.inForce {
		k := f - len(p)
		if k < 1 {
			continue
		}
		if _, ok := s.phraseAt(k, s.lx.inForce[i:i+1]); ok {
			n := &s.L[k-1]
			return n.kind == token.Word && n.w == nil && s.ownTense(k-1) == 0
		}
	}
	return false
}

// openingInfinitive reports an infinitive that opens the sentence of a
// date at lexeme a, at most two words before it.
func (s *scan) openingInfinitive(a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if s.L[k].kind != token.Word {
			return false
		}
		if s.sentenceStart(k) {
			return s.L[k].cap && s.infinitive(k)
		}
	}
	return false
}

// countdown reports a date at lexemes [a, b) that a Countdown verb
// follows and an Until word opens at most countdownWords words before it,
// in its sentence: "до виборів 31 березня залишилося два місяці".
func (s *scan) countdown(a, b int) bool {
	if b >= len(s.L) || !s.lx.countdown[s.L[b].key] || s.boundary(b) {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-1-countdownWords; k-- {
		if s.lx.until[s.L[k].key] {
			return true
		}
		if s.L[k].kind != token.Word || s.boundary(k+1) {
			return false
		}
	}
	return false
}

// countdownWords is how many words may name the event between the Until
// word and its date: "до президентських виборів".
const countdownWords = 3

// rangeOpening is the date that opens the range the date at lexemes
// [a, b) closes ("between Oct 24 and Nov 17", "dal 28 luglio al 3
// agosto"), else [a, b) itself: the verb that governs the opening governs
// both ends, though the "and" after it closes a clause and a verb after the
// range may lie nearer its end ("storms that battered the Philippines
// between Oct 24 and Nov 17 could exceed …").
func (s *scan) rangeOpening(a, b int) (int, int) {
	if a < 2 || !s.has(a-1, fRangeAnd|fRangeTo) && !s.punct(a-1, "-") {
		return a, b
	}
	for i := len(s.ms) - 1; i >= 0; i-- {
		if m := &s.ms[i]; m.b == a-1 {
			return m.a, m.b
		}
	}
	return a, b
}

// label reports a date at [a, b) that opens its line and a colon
// follows, the way the entries of a list are dated.
func (s *scan) label(a, b int) bool {
	for b < len(s.L) && s.L[b].kind != token.Punct && b-a < 4 && !s.boundary(b) {
		b++ // the rest of a range: "10–11 July"
	}
	return (a == 0 || s.L[a].gap >= token.Newline) && s.punct(b, ":")
}

// teaserDate reports a date alone in parentheses that closes a line
// opening with a label and its colon: a teaser's "Read also: Minister
// says the plant will stay open (14 February)" dates the linked story,
// which came out before the page, whatever its headline's verbs say.
func (s *scan) teaserDate(a, b int) bool {
	if !s.punct(a-1, "(") || !s.punct(b, ")") || b+1 < len(s.L) && s.L[b+1].gap < token.Newline {
		return false
	}
	h := a - 1
	for h > 0 && s.L[h].gap < token.Newline {
		h--
	}
	for k := h + 1; k <= h+3 && k < a-1; k++ {
		if s.punct(k, ":") {
			return true
		}
	}
	return false
}

// whenAfter is the tense of a clause that a When word opens right after
// the date ending before lexeme b: -1 for a past verb ("ніч на 4 грудня,
// коли Юн оголосив воєнний стан"), 1 for a future one, else 0.
func (s *scan) whenAfter(b int) int {
	k := b
	if s.punct(k, ",") {
		k++
	}
	if k >= len(s.L) || s.L[k].w == nil || !s.L[k].w.when {
		return 0
	}
	for j := k + 1; j < len(s.L) && j <= k+6; j++ {
		if s.boundary(j) || s.clauseEdge(j) {
			return 0
		}
		switch t := s.ownTense(j); t {
		case 0:
		case 1, -1:
			return t
		default:
			return 0 // the present, or a future in the past, says nothing
		}
	}
	return 0
}

// sinceBefore reports a Since word in the phrase that ends at the date
// starting at lexeme a: "has been scrambling since February", "since
// Russia's invasion of Ukraine in February". A perfect reads near on
// either side, but what runs since something has begun. A verb or the
// clause's edge ends the phrase.
func (s *scan) sinceBefore(a int) bool {
	for k := a - 1; k >= 0 && k >= a-8; k-- {
		if s.L[k].kind == token.Word && s.L[k].w != nil && s.L[k].w.since {
			return true
		}
		if s.boundary(k) || s.clauseEdge(k) || s.ownTense(k) != 0 {
			return false
		}
	}
	return false
}

// afterBefore reports an After word right before the date starting at
// lexeme a, or before its article: "після 7 жовтня", "dopo il 7 ottobre".
func (s *scan) afterBefore(a int) bool {
	k := s.beforeArticle(a)
	return k >= 0 && s.lx.afters[s.L[k].key]
}

// beforeBefore reports a Befores word right before the date starting at
// lexeme a, or before its article: "перед жовтневими виборами".
func (s *scan) beforeBefore(a int) bool {
	k := s.beforeArticle(a)
	return k >= 0 && s.lx.befores[s.L[k].key]
}

// beforeArticle is the lexeme before the date starting at lexeme a, past
// the date's article: the word that governs it ("dal", "dopo il").
func (s *scan) beforeArticle(a int) int {
	k := a - 1
	if s.has(k, fArticle) {
		k--
	}
	return k
}

// tenseFutureInPast is what wordTense gives "would": a date it governs
// lies on the nearer side, but a deadline it sets lies ahead ("would open
// an office by December").
const tenseFutureInPast = -3

// tensePresent is what wordTense gives a verb in the present, which
// decides nothing but ends the search in its clause.
const tensePresent = 2

// tenseOuterPast is the tense of a date whose clause has no marker, in
// a sentence whose verb is past: the date is past, unless it lies just
// ahead, for a past verb beyond its clause tells when something was said
// or set, not when it happens ("Zelensky pushed back his visit to the
// Kingdom to March 10", "a due settimane dalle elezioni dell'8 settembre
// ha ribadito"); last year's date would carry its year.
const tenseOuterPast = -4

// tenseNearest is the tense of a date that lies on whichever side of the
// anchor it is nearer to. It is negative, so that every use that knows
// only future and past reads it as past.
const tenseNearest = -2

// precededBy reports a word with flag f ("until", "for", "from") before
// lexeme a, looking past articles, "of" and period words ("by the end
// of").
func (s *scan) precededBy(a int, f flag) bool { return s.precededAt(a, f) >= 0 }

// precededAt is precededBy that gives the lexeme of the word found, or -1.
func (s *scan) precededAt(a int, f flag) int {
	for k, n := a-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		l := &s.L[k]
		switch {
		case l.w != nil && l.w.flags&f != 0:
			return k
		case l.w != nil && l.w.flags&(fArticle|fOf|fPeriod|fRangeTo) != 0, s.punct(k, "'"):
			// "fino al 31 agosto": "al" ends ranges too
		default:
			return -1
		}
	}
	return -1
}

// tenseIn searches outwards from [a, b), nearest word first, to the ends
// of the sentence or, with clause, of the clause.
func (s *scan) tenseIn(a, b int, clause bool) int {
	t, _ := s.tenseAt(a, b, clause)
	return t
}

// tenseAt is tenseIn that also gives the lexeme of the marker found, or
// -1.
func (s *scan) tenseAt(a, b int, clause bool) (int, int) {
	L := s.L
	back, fwd := a-1, b
	// The date's own preposition or article is part of it: in "firmato il
	// 15 giugno scade" the participle is as near as the verb after.
	for n := 0; n < 2 && back > 0 && !s.boundary(back+1) && s.has(back, fArticle|fDateCtx|fMonthPrep|fYearPrep) && s.ownTense(back) == 0; n++ {
		back--
	}
	backOpen := back >= 0 && !s.boundary(back+1) && !(clause && s.clauseEdge(back))
	fwdOpen := !s.forwardStop(b, clause)
	due := false // an infinitive of what is to be done stands between
	// A date that "of" joins to a noun is that noun's: the calendar's
	// present after it tells of its own day ("Dopo la raccomandazione del
	// 12 marzo, il Paese entra nella sala d'attesa").
	ofNoun := s.has(s.beforeArticle(a), fOf)
	// "next year", "l'anno scorso" name a date of their own, the
	// object's or the topic's, and tell a weekday, which lies within days
	// of the anchor, nothing of its side: "approved a budget for next year
	// late on Monday" is the Monday gone by. A month they may place:
	// "навесні наступного року, десь між березнем і травнем".
	wd := false
	for k := a; k < b; k++ {
		wd = wd || s.has(k, fWeekday)
	}
	for n := 0; n < 40 && (backOpen || fwdOpen); n++ {
		if backOpen {
			if t := s.wordTense(back); t != 0 && !(wd && s.spanModifier(back)) {
				if due && t < 0 {
					// "avevano presentato una mozione da votare martedì":
					// the past tells when the motion was filed
					return tenseNearest, back
				}
				if t < 0 && t != tenseFutureInPast && !s.infinitive(back) && s.infinitive(b) {
					// a date set between a past verb and the infinitive it
					// governs is the infinitive's, of a plan made then for
					// either side of the anchor: "пообіцяв у січні внести
					// законопроєкт" of December is the January ahead
					return tenseNearest, back
				}
				return t, back
			}
			if back > 0 && s.lx.dueLinkers[L[back-1].key] && s.infinitive(back) {
				due = true
			}
			if back == 0 || s.boundary(back) || clause && s.clauseEdge(back-1) {
				backOpen = false
			}
			back--
		}
		if fwdOpen && !clause && s.reportTail(fwd) {
			fwdOpen = false
		}
		if fwdOpen && !clause {
			if e := s.asideClosing(fwd); e >= 0 {
				fwd = e // past an aside to the verb of the sentence: "У суботу, …, Мелоні, яка головує в G7, проведе"
			}
		}
		if fwdOpen {
			if t := s.wordTense(fwd); t != 0 && !s.intentNoun(fwd) && !(ofNoun && L[fwd].w != nil && L[fwd].w.sched) && !(wd && s.spanModifier(fwd)) {
				if t == tenseFutureInPast && L[fwd].w != nil && L[fwd].w.charge {
					return -1, fwd // "у п'ятницю доручила": when the charge was given
				}
				if t == tenseNearest && clause && s.activePerfect(fwd) {
					// the date of the subject of an active perfect: what
					// the subject has done, its event has happened ("the
					// invasion on Thursday has reminded everyone")
					return -1, fwd
				}
				return t, fwd
			}
			fwd++
			if s.forwardStop(fwd, clause) {
				fwdOpen = false
			}
		}
	}
	return 0, -1
}

// forwardStop reports a lexeme k where tenseAt's search forward for the
// verb of a date stops: the sentence's end, a clause's edge when only the
// clause counts, a Causes word, a coordinated second sentence.
func (s *scan) forwardStop(k int, clause bool) bool {
	return k >= len(s.L) || s.boundary(k) || clause && (s.clauseEdge(k) || s.subordinate(k)) || s.lx.causes[s.L[k].key] ||
		s.coordinate(k)
}

// reportTail reports a comma at lexeme k that a reporting verb and its
// subject follow up to the sentence's end: ", officials said.", ", he
// added.". The verb tells when the sentence was said, not when what it
// tells happens: "He will address the Chamber on Monday and the Senate on
// Tuesday, officials said" speaks of the Tuesday ahead.
func (s *scan) reportTail(k int) bool {
	if !s.punct(k, ",") {
		return false
	}
	for j := k + 1; j < len(s.L) && j <= k+4 && s.L[j].kind == token.Word; j++ {
		if s.lx.reporting[s.L[j].key] {
			return j+1 >= len(s.L) || s.boundary(j+1) || s.sentenceEnd(j+1)
		}
	}
	return false
}

// An aside is a clause that one of Asides opens after a comma and
// another comma closes in the same sentence: "Meloni, who chairs the G7
// this year, will host". Its verb tells of the noun it describes, not of
// the date beyond it in the sentence, so the search for the sentence's
// verb passes over it. One that runs to the sentence's end is no aside:
// it may hold the only verb there is. Only an aside after the date is
// passed: before it the sentence's own verb stands nearer the date than
// the aside does ("Tickets, which Kuwait hosts from December 21, go on
// sale on Saturday"), and when that verb tells no tense, the aside's is
// the better guess.
const asideMax = 20 // lexemes between the commas

// asideClosing is the comma that closes the aside opened by the comma at
// lexeme k, or -1.
func (s *scan) asideClosing(k int) int {
	if !s.punct(k, ",") || k+1 >= len(s.L) || !s.lx.asides[s.L[k+1].key] {
		return -1
	}
	for j := k + 2; j < len(s.L) && j <= k+asideMax; j++ {
		if s.boundary(j) {
			return -1
		}
		if s.punct(j, ",") {
			return j
		}
	}
	return -1
}

// coordinate reports a comma at lexeme k that an "and" and a subject
// follow, joining a second sentence to the first: "cut its cash rate in
// May, and the Reserve Bank of Australia is widely expected to follow".
// The second one's verb tells nothing of a date in the first, and the
// search for the sentence's verb forward from the date stops there.
// Backward it goes on: a date after such an "and" may be all that is left
// of its clause, the verb being the first one's ("Conte addresses the
// Chamber on Monday, with a vote expected that evening, and the Senate on
// Tuesday").
func (s *scan) coordinate(k int) bool {
	return s.punct(k, ",") && s.has(k+1, fRangeAnd) && (s.subject(k+2) || s.bareSubject(k+2))
}

// bareSubject reports a noun with no article at lexeme k that a verb
// follows, a short phrase of no tense between or not: "and lawyers
// expect", "and lawyers on both sides expect", "and prices rose". A word
// that is itself a verb ("and reopened") is no subject.
func (s *scan) bareSubject(k int) bool {
	if k >= len(s.L) || s.L[k].kind != token.Word || s.L[k].w != nil || s.L[k].cap || s.ownTense(k) != 0 {
		return false
	}
	for j := k + 1; j < len(s.L) && j <= k+4 && s.L[j].kind == token.Word && !s.boundary(j); j++ {
		if s.ownTense(j) != 0 {
			return true
		}
	}
	return false
}

// subject reports a word at lexeme k that opens a subject: a name, a
// pronoun or an article.
func (s *scan) subject(k int) bool {
	if k >= len(s.L) {
		return false
	}
	n := &s.L[k]
	return n.kind == token.Word && (n.cap && n.w == nil || s.lx.pronouns[n.key] || s.has(k, fNounMarker))
}

// subordinate reports a Subordinator at lexeme k that a subject follows,
// opening a clause of its own: "after President Zelenskiy signed", "before
// the court rules", but not "after midnight".
func (s *scan) subordinate(k int) bool {
	return k+1 < len(s.L) && s.lx.subordinators[s.L[k].key] && s.subject(k+1)
}

// intentNoun reports a word of intent used as a noun, after an article or
// an owner: "with a plan to cut taxes". Found after a date, it tells what
// the plan is for, which follows it, and not when the date's verb
// happened: "wrapped up its talks on Wednesday with a plan to cut".
func (s *scan) intentNoun(k int) bool {
	return s.L[k].w != nil && s.L[k].w.intent && s.has(k-1, fNounMarker)
}

// clauseEdge reports what at lexeme k closes a clause: a comma, a colon,
// a parenthesis, a dash between spaces or a conjunction ("if", "and",
// "che", "якщо").
func (s *scan) clauseEdge(k int) bool {
	if k < 0 || k >= len(s.L) {
		return false
	}
	if s.L[k].kind == token.Word {
		// "and" before a preposition joins two phrases, not two clauses:
		// "would take a delegation to the Gulf and to Asian buyers in
		// September"
		return s.has(k, fConjunction) && !(s.has(k, fRangeAnd) && s.has(k+1, fMonthPrep|fYearPrep|fRangeTo)) &&
			!(k > 0 && s.lx.notConj[[2]string{s.L[k-1].key, s.L[k].key}])
	}
	if s.L[k].kind != token.Punct {
		return false
	}
	switch s.L[k].key {
	case ",":
		// a thousands separator: "$15,000"
		return !(s.L[k].gap == token.None && s.isNum(k-1) && s.isNum(k+1) && s.tight(k+1) && len(s.L[k+1].key) == 3)
	case ";", ":", "(", ")":
		return true
	case "-":
		return s.L[k].gap >= token.Space
	}
	return false
}

// boundary reports whether a sentence starts at lexeme k.
func (s *scan) boundary(k int) bool {
	l := &s.L[k]
	if l.gap >= token.Newline {
		return true
	}
	if k > 0 && l.gap >= token.Space {
		p := &s.L[k-1]
		if p.key == "." && p.gap == token.None && l.cap && s.initial(k-2) {
			return false // a name's initial: "Minister S. Jaishankar was"
		}
		if p.key == "." && l.kind == token.Word && !l.cap {
			// a sentence opens with a capital: before a word in lower
			// case the point ends an abbreviation, "в.о. міністра",
			// "e.g. the", "ecc. e", "2019 р. уряд"
			return false
		}
		return p.kind == token.Punct && (p.key == "." || p.key == "!" || p.key == "?" || p.key == ";")
	}
	return false
}

// initial reports a lone capital letter at lexeme k, after a space or at
// a line's start.
func (s *scan) initial(k int) bool {
	return k >= 0 && s.L[k].kind == token.Word && s.L[k].cap && utf8.RuneCountInString(s.L[k].key) == 1 &&
		(k == 0 || s.L[k].gap >= token.Space)
}

// wordTense reports +1 for a word of the future, -1 for one of the past,
// 0 for neither.
func (s *scan) wordTense(k int) int {
	l := &s.L[k]
	if l.kind != token.Word {
		return 0
	}
	t := s.ownTense(k)
	if t < 0 && s.has(s.beforeAux(k), fPresentAux) {
		// a present passive: "are counted", "is not being sidelined";
		// of a set day, the news present: "the cabinet is sworn in on
		// Thursday"
		return tensePresent
	}
	if t < 0 && s.has(k-1, fArticle) {
		return 0 // a participle after an article is a noun: "il posto", "la proposta"
	}
	if t < 0 && l.w != nil && l.w.flags&fPast != 0 && !l.w.pastBe && s.has(k-1, fNounMarker) &&
		!slices.Contains(s.lx.relatives, s.L[k-1].key) {
		// and so after the other words that open a noun, as the regular
		// forms are read: "al posto di", "its left flank"
		return 0
	}
	if t < 0 && k+1 < len(s.L) && s.lx.conditionals[s.L[k+1].key] {
		return tenseFutureInPast // "які мали б 2 вересня піти до школи": should, not did
	}
	if t < 0 && l.w == nil && k >= 2 && s.L[k-1].kind == token.Word && s.L[k-1].w == nil && s.lx.modals[s.L[k-2].key] {
		// a modal, its infinitive, then a participle that modifies a
		// noun: "would publish updated estimates"; two finite verbs
		// never stand side by side
		return 0
	}
	if t < 0 && (s.has(k-1, fPerfectAux) || s.has(k-2, fPerfectAux) && s.L[k-1].kind == token.Word && s.L[k-1].w == nil ||
		s.has(s.beforeAux(k), fPerfectAux)) {
		return tenseNearest // "have trimmed", "has already called", "has been overshadowed"
	}
	if t == 0 && s.pastGovernsInfinitive(k) {
		// a plan made in the past, for a date on either side of the
		// anchor: "домовилися зустрітися знову у жовтні", "hanno concordato
		// di rivedersi a ottobre"
		return tenseNearest
	}
	if t > 0 && k > 0 && s.L[k-1].w != nil && s.L[k-1].w.degree {
		return 0 // an adjective: "il nome più atteso", "the most expected name"
	}
	if t > 0 && l.w != nil && l.w.futurePast {
		return tenseFutureInPast
	}
	if t > 0 && l.w != nil && l.w.attrib && k > 0 && s.L[k-1].kind == token.Word && s.L[k-1].w == nil &&
		s.ownTense(k-1) == 0 && s.pastAround(k) {
		// what a noun is due or planned for, told in the past: "Kenya
		// issued a Eurobond to buy back a bond due in June"
		return tenseNearest
	}
	if t > 0 && l.w != nil && l.w.flags&fFuture != 0 {
		// A plan told in the past may lie on either side: "the trip had
		// been planned for April but was postponed", "the vote was
		// expected on 26 November".
		if p := s.beforeAux(k); p >= 0 && s.L[p].kind == token.Word && s.ownTense(p) < 0 {
			return tenseNearest
		}
	}
	if t < 0 && (l.w == nil || !l.w.pastBe) {
		// A participle after a future auxiliary is future: "will be
		// held", "sarà firmato"; a past of "to be" after a future word is
		// not: "il nome più atteso era".
		p := s.beforeAux(k)
		if p >= 1 && p < k-1 && s.L[p].kind == token.Word && len(s.L[p].key) <= 2 && s.ownTense(p-1) == 1 {
			return 1 // the infinitive's marker: "tornerà a essere scambiato"
		}
		if p >= 0 && p < k-1 && s.lx.infMarkers[s.L[p].key] {
			// an infinitive's participle tells no time: the sentence's
			// verb does ("the budget, to be presented to parliament on
			// February 17, will show")
			return 0
		}
		if p >= 0 && p < k && s.ownTense(p) == 1 {
			if s.L[p].w != nil && s.L[p].w.futurePast {
				return tenseFutureInPast // "would be held"
			}
			return 1
		}
	}
	return t
}

// ownsVerb reports a word at lexeme k, after a "'s", that is the verb of
// the name before the "'s", since it takes an object: "Moody's publishes
// its review on Friday"; but a date's "'s" owns a noun whatever follows:
// "Sunday's vote the ministers called".
func (s *scan) ownsVerb(k int) bool {
	return k >= 3 && s.L[k-3].w == nil && s.L[k-3].cap && s.has(k+1, fNounMarker)
}

// spanModifier reports a lexeme k that makes a unit of a month or
// longer relative, before it or after it: the "next" of "next year", the
// "scorso" of "l'anno scorso".
func (s *scan) spanModifier(k int) bool {
	long := func(u Unit) bool { return u.Grain >= Month && u.Grain <= Season }
	if w := s.L[k].w; w == nil || w.flags&(fPre|fPost) == 0 {
		return false
	}
	if u, _, _, ok := s.relUnit(k); ok && long(u) {
		return true
	}
	if k == 0 {
		return false
	}
	u, _, end, ok := s.relUnit(k - 1)
	return ok && end == k+1 && long(u)
}

// activePerfect reports a participle at lexeme k that a PerfectAux
// makes an active perfect, an adverb between or not: "has reminded", "has
// already shown", but not "has been postponed".
func (s *scan) activePerfect(k int) bool {
	if s.has(k-1, fPerfectAux) {
		return true
	}
	return s.has(k-2, fPerfectAux) && s.L[k-1].kind == token.Word && s.L[k-1].w == nil
}

// pastAround reports that the tense marker nearest to lexeme k in its
// clause, k aside, is a past: "Kenya issued … a bond due in June", not
// "Kenya said it will repay a bond due in June". Beyond the clause an
// adjective in -ed passes for a past ("closed areas, with a review due by
// June").
func (s *scan) pastAround(k int) bool {
	back, fwd := k-1, k+1
	backOpen := back >= 0 && !s.boundary(k) && !s.clauseEdge(back)
	fwdOpen := fwd < len(s.L) && !s.boundary(fwd) && !s.clauseEdge(fwd)
	for backOpen || fwdOpen {
		if backOpen {
			if t := s.ownTense(back); t != 0 {
				return t == -1
			}
			backOpen = back > 0 && !s.boundary(back) && !s.clauseEdge(back-1)
			back--
		}
		if fwdOpen {
			if t := s.ownTense(fwd); t != 0 {
				return t == -1
			}
			fwd++
			fwdOpen = fwd < len(s.L) && !s.boundary(fwd) && !s.clauseEdge(fwd)
		}
	}
	return false
}

// beforeAux is the lexeme before k once auxiliaries ("been", "not",
// "also") are passed, or -1.
func (s *scan) beforeAux(k int) int {
	p := k - 1
	for p >= 0 && s.has(p, fAux) {
		p--
	}
	return p
}

// ownTense is the tense of lexeme k by itself, worked out once per
// document.
func (s *scan) ownTense(k int) int {
	l := &s.L[k]
	if l.tense == 0 {
		l.tense = int8(s.wordOwnTense(k)) + 2
	}
	return int(l.tense) - 2
}

func (s *scan) wordOwnTense(k int) int {
	l := &s.L[k]
	if l.kind != token.Word {
		return 0
	}
	if l.cap && k > 0 && s.L[k-1].kind == token.Word && !s.L[k-1].cap {
		// A capital after a word in lower case begins a name, not a
		// verb: "il vertice Nato di luglio" (NATO, not "born").
		return 0
	}
	if s.relativePresent(k) {
		return tensePresent // "the fiscal year that ends in March"
	}
	if s.compoundTail(k) {
		return 0 // "value-added tax", "state-owned", "long-awaited": an adjective
	}
	if k > 0 && s.lx.notVerbs[[2]string{s.L[k-1].key, l.key}] {
		return 0
	}
	if s.modifierAfterPrep(k) {
		return 0 // "a deal on frozen Russian assets", "aid for displaced families"
	}
	if l.w != nil && l.w.flags&fNotTense != 0 && s.punct(k-1, ",") && s.has(k+1, fDateCtx|fMonthPrep) &&
		(s.isNum(k+2) || s.has(k+2, fMonth)) && s.lx.endingTense(l.key) < 0 {
		// a noun that ends like a participle, opening an apposition with
		// a date right after it, is the participle: "La protesta, partita
		// il 3 aprile, …", "il deputato, uscita il 5 marzo dal gruppo"
		return -1
	}
	if l.w != nil {
		switch {
		case l.w.flags&fFuture != 0:
			if l.w.flags&fPreNext != 0 && s.w(k+1).oneDay() {
				return 0 // the day after a told one: "the next day", "наступного дня"
			}
			if k+1 < len(s.L) && s.lx.notFuture[[2]string{l.key, s.L[k+1].key}] {
				return 0 // a place: "Next door, Ghana set its price in August"
			}
			if k > 0 && s.lx.comparatives[s.L[k-1].key] && l.w.flags&fPreNext == 0 && s.lx.endingTense(l.key) <= 0 &&
				(k+1 >= len(s.L) || !s.lx.comparatives[s.L[k+1].key]) {
				return 0 // a plan kept: "As expected, the bank cut rates on Thursday"
			}
			if (l.w.intent || l.w.sched) && (s.isNum(k-1) || s.possessive(k-2) && !s.ownsVerb(k)) ||
				l.w.sched && s.has(k-1, fNounMarker) {
				// counted, owned or after an article: "by 60 votes to 19",
				// "Sunday's vote", "the votes"; but a word that takes an
				// object after a name's "'s" is its verb: "Moody's
				// publishes its review on Friday"
				return 0
			}
			if l.w.intent && s.has(k-1, fOf) {
				return 0 // no verb follows "of": "took home a list of promises"
			}
			if s.agentAfter(k) {
				return 0 // "previste dalle conclusioni del vertice del 28 giugno"
			}
			if l.w.intent && k > 0 && s.L[k-1].key == "to" {
				return 0 // an infinitive takes the tense of its verb: "agreed to meet again in two weeks"
			}
			if l.w.intent && (s.has(k-1, fNounMarker) ||
				s.has(k-2, fNounMarker) && s.L[k-1].kind == token.Word && s.L[k-1].w == nil ||
				s.compoundBefore(k)) &&
				(k+1 >= len(s.L) || s.L[k+1].key != "to") {
				// "a central promise before …", "survived a no-confidence
				// vote on Feb. 16"; but "the government plans to", "a plan to"
				return 0
			}
			return 1
		case l.w.flags&fFuturePhrase != 0:
			if _, ok := s.phraseAt(k+1, s.lx.futurePhrases[l.key]); ok {
				return 1
			}
		}
		if l.w.modal && s.infinitive(k+1) {
			if k > 0 && s.lx.negations[s.L[k-1].key] {
				return tensePresent
			}
			return 1
		}
		if l.w.flags&fPastAuxiliary != 0 {
			return s.auxTense(k)
		}
		if l.w.flags&fPast != 0 {
			return -1
		}
		if l.w.flags&fPresentAux != 0 && k+1 < len(s.L) && s.L[k+1].w == nil && endsWithAny(s.L[k+1].key, s.lx.progressive) {
			return tensePresent // "she is hosting": its clause is in the present
		}
		return 0
	}
	if s.lx.stateVerbs[l.key] && !s.has(k-1, fNounMarker) {
		return tensePresent // "resta", "continua", "є"; but "la guida" is a noun
	}
	if len(l.key) < 4 {
		return 0
	}
	// After an article a word that ends like a verb is a noun or an
	// adjective: "il campionato", "the proposed law"; but after a relative
	// pronoun, one that an article follows is its clause's verb: "storms
	// that battered the Philippines".
	if (s.has(k-1, fNounMarker) || s.punct(k-1, "'") && s.has(k-2, fNounMarker)) &&
		!(slices.Contains(s.lx.relatives, s.L[k-1].key) && (s.has(k+1, fArticle|fNounMarker|fDateCtx|fMonthPrep|fYearPrep|fPeriod) || s.afterNoun(k-1))) {
		// A determiner's adjective has its noun right after it; a
		// relative's verb may have a preposition or a period word
		// instead: "a session that ended early on Wednesday", "the
		// talks that collapsed in May".
		return 0
	}
	if t := s.lx.endingTense(l.key); t != 0 {
		return t
	}
	if endsWithAny(l.key, s.lx.presentEndings) {
		return tensePresent
	}
	return 0
}

// modifierAfterPrep reports a past form at lexeme k right after one of
// ModifierPreps and right before a word that is no date's: the form
// modifies that word, since no verb follows a preposition ("on frozen
// assets", "in occupied areas").
func (s *scan) modifierAfterPrep(k int) bool {
	if k == 0 || k+1 >= len(s.L) || !s.lx.modifierPreps[s.L[k-1].key] {
		return false
	}
	n := &s.L[k+1]
	if n.kind != token.Word || n.gap > token.Space || n.w != nil && n.w.flags&structural != 0 {
		return false
	}
	l := &s.L[k]
	if l.w != nil {
		return l.w.flags&fPast != 0 && !l.w.pastBe
	}
	return len(l.key) >= 4 && s.lx.endingTense(l.key) < 0
}

// afterNoun reports a relative at lexeme k that follows a noun, a word
// in lower case that builds no date and is no verb: "a reshuffle that received royal endorsement" opens a clause,
// whose verb the word after the relative is, where "said that proposed
// cuts" does not.
func (s *scan) afterNoun(k int) bool {
	if k == 0 {
		return false
	}
	n := &s.L[k-1]
	if n.kind != token.Word || n.cap || n.gap > token.Space || s.L[k].gap > token.Space ||
		n.w != nil && n.w.flags&(structural|fFuture|fPast|fPastAuxiliary|fPerfectAux|fPresentAux|fNounMarker) != 0 {
		return false
	}
	return s.ownTense(k-1) == 0 && !endsWithAny(n.key, s.lx.presentEndings)
}

// compoundTail reports a word at lexeme k that a hyphen joins, with no
// space, to a word of four letters or more before it: the second half of
// a compound adjective ("value-added tax", "Russian-occupied"), which
// tells no time. A shorter first half may be a verb's prefix: "re-elected",
// "co-founded".
func (s *scan) compoundTail(k int) bool {
	return k >= 2 && s.punct(k-1, "-") && s.tight(k-1) && s.tight(k) &&
		s.L[k-2].kind == token.Word && utf8.RuneCountInString(s.L[k-2].key) >= 4
}

// compoundBefore reports words joined by a hyphen right before lexeme k
// ("no-confidence", "long-awaited"): such a compound modifies a noun, and
// the word at k is that noun, not a verb.
func (s *scan) compoundBefore(k int) bool {
	return k >= 3 && s.L[k-1].kind == token.Word && s.punct(k-2, "-") && s.tight(k-2) && s.tight(k-1) &&
		s.L[k-3].kind == token.Word
}

// agentAfter reports an Agents word right after lexeme k that opens a
// noun, not a date: "prevista dall'accordo", but "previsto dal 1°
// gennaio".
func (s *scan) agentAfter(k int) bool {
	if k+2 >= len(s.L) || s.L[k+1].kind != token.Word || !s.lx.agents[s.L[k+1].key] {
		return false
	}
	j := k + 2
	if s.punct(j, "'") {
		j++
	}
	return j < len(s.L) && s.L[j].kind == token.Word && !s.has(j, fMonth|fWeekday|fRelDay|fNumber|fOrdinal|fPre|fPeriod)
}

// oneDay reports the word for one day: "day", "дня".
func (w *word) oneDay() bool {
	return w != nil && w.flags&fUnit != 0 && w.unit.Grain == Day && w.unit.Count == 1 && !w.unit.Plural
}

// relativePresent reports a verb in the present at lexeme k, right after a
// relative that follows a word of its sentence, or the comma after one:
// "the fiscal year that ends in March", "a minister who faces a vote",
// "Albanese, who flies to Johannesburg on Friday".
func (s *scan) relativePresent(k int) bool {
	l := &s.L[k]
	if k < 2 || l.cap || len(l.key) < 4 || (l.w != nil && l.w.flags&(fFuture|fPast|fPastAuxiliary) != 0 && !l.w.sched) ||
		!slices.Contains(s.lx.relatives, s.L[k-1].key) {
		return false
	}
	// endsWithAny wants a stem of three letters; "ends" has two
	if !slices.ContainsFunc(s.lx.relPresent, func(e string) bool { return strings.HasSuffix(l.key, e) }) {
		return false
	}
	return (s.L[k-2].kind == token.Word || s.punct(k-2, ",")) && !s.boundary(k-1)
}

// pastGovernsInfinitive reports an infinitive at lexeme k that a verb in
// the past governs, joined by a linker or not: "домовилися зустрітися",
// "ha deciso di dimettersi". A negation may stand before the infinitive,
// and the verb's object, a word or two of no tense, or a preposition and
// its noun, between: "закликав Конгрес не допустити зриву виплати 15
// жовтня" and "вимагали від Брюсселя продовжити заборону після 15
// вересня" are what was urged, which follows the urging.
func (s *scan) pastGovernsInfinitive(k int) bool {
	if !s.infinitive(k) {
		return false
	}
	j := k
	if k > 0 && s.lx.negations[s.L[k-1].key] {
		j--
	}
	if j > 0 && s.lx.infLinkers[s.L[j-1].key] {
		j--
	}
	p := s.beforeAux(j)
	for n := 0; n < 3 && p > 0 && s.L[p].kind == token.Word && (s.L[p].w == nil || n > 0 && s.preposition(p)) &&
		s.ownTense(p) == 0 && !s.infinitive(p) && !s.boundary(p+1); n++ {
		p--
	}
	return p >= 0 && s.L[p].kind == token.Word && s.ownTense(p) == -1
}

// preposition reports a word at lexeme k that may open the phrase of a
// verb's object, and names no date or tense: the "від" of "вимагали від
// Брюсселя продовжити заборону", "asked of Brussels".
func (s *scan) preposition(k int) bool {
	return s.has(k, fMonthPrep|fDateCtx|fRangeFrom|fOf) && !s.has(k, fMonth|fWeekday|fRelDay|fPast|fFuture|fAux)
}

// infinitive reports an infinitive at lexeme k: "скласти", "відбутися".
func (s *scan) infinitive(k int) bool {
	if k >= len(s.L) || s.L[k].kind != token.Word {
		return false
	}
	return endsWithAny(s.L[k].key, s.lx.infinitives)
}

// auxTense is the tense of an auxiliary at lexeme k that makes a past
// only with a participle: past when one of the next three words is one,
// else present.
func (s *scan) auxTense(k int) int {
	for j := k + 1; j < len(s.L) && j <= k+3; j++ {
		if s.L[j].kind != token.Word {
			break
		}
		if s.L[j].w != nil && s.L[j].w.flags&fPastAuxiliary != 0 {
			continue
		}
		if s.L[j].w != nil && s.L[j].w.beenP {
			return -1
		}
		// after an auxiliary, "partito" is a participle, not the noun
		if s.ownTense(j) < 0 || len(s.L[j].key) >= 4 && s.lx.endingTense(s.L[j].key) < 0 {
			return -1
		}
	}
	return tensePresent
}

// ---------------------------------------------------------------------
// Resolution

// contextYear finds the year the text itself gives a year-less date, the
// surest source first: a year apart from it in the same phrase, the dated
// day or month before in the sentence (it dates a range that follows it:
// "у вересні 1996 року: з 2 по 16 вересня"), a later year, the other end of
// a range, a deadline's year, a year ahead.
func (s *scan) contextYear(i int) (int, bool) {
	for _, find := range [...]func(int) (int, bool){
		s.apartYear, s.sentenceYear, s.laterYear, s.rangeYear, s.deadlineAfter, s.aheadYear,
	} {
		if y, ok := find(i); ok {
			return y, true
		}
	}
	return 0, false
}

// finish gives year-less dates their year — from a dated neighbour in the
// same range ("30 June – 2 July 2024"), else from the anchor — and
// resolves weekdays.
func (s *scan) finish() {
	s.alignRepeats()
	for i := range s.ms {
		m := &s.ms[i]
		if v, ok := s.apposed(i); ok {
			m.kind, m.v = kExplicit, v
			continue
		}
		switch m.kind {
		case kYearless:
			if m.shift == 0 {
				if y, ok := s.contextYear(i); ok {
					m.kind = kExplicit
					m.v.y = y
					continue
				}
			}
			if !s.hasRef {
				if m.shift != 0 && m.v.d == 0 {
					m.drop = true // "last June" with nothing to count from
				}
				continue // XXXX-MM(-DD)
			}
			m.kind = kExplicit
			m.v = s.resolveYear(m)
			m.anchored = m.shift == 0
		case kWeekday:
			m.kind = kExplicit
			if v, ok := s.namedWeekday(i); ok {
				m.v = v
				continue
			}
			if v, ok := s.weekdayRangeStart(i); ok {
				m.v = v
				continue
			}
			if v, ok := s.sequelWeekday(i); ok {
				m.v = v
				continue
			}
			m.v = s.resolveWeekday(m)
		case kMonthDay:
			m.kind = kExplicit
			m.v = s.resolveMonthDay(m)
		case kNth:
			ym := match{kind: kYearless, v: val{m: m.v.m}, tense: m.tense}
			y := s.resolveYear(&ym).y
			d, ok := nthDay(y, m.v.m, m.shift, m.wd-1)
			m.kind, m.v, m.drop = kExplicit, val{y: y, m: m.v.m, d: d}, !ok
		case kFeast:
			f := &s.lx.feasts[m.feast-1]
			ym := match{kind: kYearless, v: feastDate(f, s.ref.Year()), tense: m.tense}
			m.kind, m.v = kExplicit, feastDate(f, s.resolveYear(&ym).y)
		}
	}
	s.oneDay()
	s.toldDays()
}

// apposedDay reports a day written outright that a comma sets m beside,
// before it or after it, its preposition or article after the comma or
// not: the phrase names that day again ("Two days later, on Sunday").
func (s *scan) apposedDay(m *match) bool {
	a := m.a
	if s.has(a-1, fArticle) {
		a--
	}
	for k := range s.ms {
		o := &s.ms[k]
		if o.kind == kTold || o.drop || o.v.d == 0 {
			continue
		}
		if o.b == a-1 && s.punct(o.b, ",") || s.punct(m.b, ",") && (o.a == m.b+1 || o.a == m.b+2 && s.has(m.b+1, fDateCtx|fArticle)) {
			return true
		}
	}
	return false
}

// toldDays dates the phrases of ToldDays from the last day its paragraph
// told of before them, written with its day: "Mercoledì a Pechino … si
// sono rivisti. Il giorno dopo è arrivato lo strappo". Told in the past,
// the phrase counts from a day not after the anchor, told in the future
// from one after it. With no such day, the day before told in the past
// is the one before the anchor's, the day the story tells of ("Сьогодні
// у Вільнюсі … підписали меморандум" above "конференції в Берліні, яка
// завершилася напередодні"); any other phrase is dropped, its day untold:
// "Кульмінацією стали теледебати … Наступного дня він почав пояснювати".
func (s *scan) toldDays() {
	for i := range s.ms {
		m := &s.ms[i]
		if m.kind != kTold {
			continue
		}
		m.kind, m.drop = kExplicit, true
		if s.apposedDay(m) {
			continue // "On 6 July, the next day, …" names 6 July again
		}
		past := m.tense == -1 || m.tense == tenseOuterPast
		var from *match
		for k := range s.ms {
			o := &s.ms[k]
			if o.b > m.a || o.drop || o.kind != kExplicit || o.v.d == 0 || o.v.wk != 0 || from != nil && o.a < from.a ||
				!s.sameLine(o.a, m.a) {
				continue
			}
			d := date(o.v.y, o.v.m, o.v.d)
			if s.hasRef && (past && d.After(s.ref) || m.tense == 1 && !d.After(s.ref)) {
				continue
			}
			from = o
		}
		switch {
		case from != nil:
			d := date(from.v.y, from.v.m, from.v.d).AddDate(0, 0, m.shift)
			if past && s.hasRef && d.After(s.ref) {
				// a day told in the past is no later than the anchor: the
				// day told last was when something was said ("officials
				// said on Tuesday. Two days later, rescuers were still
				// searching"), not the one the story counts from
				continue
			}
			m.v, m.drop = dayVal(d), false
		case past && m.shift < 0 && s.hasRef:
			// no day told in its paragraph: the day before the one the
			// story tells of, the anchor's, as "yesterday" is
			m.v, m.drop = dayVal(s.ref.AddDate(0, 0, m.shift)), false
		}
	}
}

// sameLine reports lexemes a <= b on one line.
func (s *scan) sameLine(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if s.L[k].gap >= token.Newline {
			return false
		}
	}
	return true
}

// oneDay gives every mention of a day written without its year, whose
// clauses put it on different sides of the anchor, one year: a story
// means one 15 December however often it names it. A weekday written with
// one of them decides ("Monday, June 5"); then one that a marker of the
// future placed ahead, over a guess of the nearer side ("Alitalia loan
// deadline pushed back to Dec. 15" over "gave Alitalia until Dec. 15 to
// repay", whose past verb tells when the deadline was given); else the
// reading nearer the anchor wins, as news tells of what is near:
// "removed as economy minister on February 1" and "the increase,
// originally scheduled for February 1" of 12 February are one day, this
// month's.
func (s *scan) oneDay() {
	for i := range s.ms {
		m := &s.ms[i]
		if !m.anchored || m.v.d == 0 || m.drop {
			continue
		}
		best, conflict, weekday, bt := m.v, false, m.wd > 0, m.tense
		for k := i + 1; k < len(s.ms); k++ {
			o := &s.ms[k]
			if !sameDay(m, o) {
				continue
			}
			conflict = conflict || o.v.y != m.v.y
			switch {
			case weekday:
			case o.wd > 0:
				best, weekday = o.v, true
			case bt == 1 && guessedSide(o.tense):
			case o.tense == 1 && guessedSide(bt):
				best, bt = o.v, o.tense
			case nearer(s.ref, o.v, best):
				best, bt = o.v, o.tense
			}
		}
		if !conflict {
			continue
		}
		for k := len(s.ms) - 1; k >= i; k-- { // m itself last
			if o := &s.ms[k]; sameDay(m, o) {
				o.v = best
			}
		}
	}
}

// guessedSide reports a tense that only guesses the side of the anchor
// a day lies on, the nearer one, where a marker of the future places it
// ahead. A past marker is no better evidence than the guess: it often
// tells when a day ahead was announced or threatened ("La lettera del 7
// luglio minacciava il 25% dal 1° agosto").
func guessedSide(t int) bool { return t == tenseNearest }

// sameDay reports a day of the month of o that oneDay reads as m's.
func sameDay(m, o *match) bool {
	return o.anchored && !o.drop && o.v.m == m.v.m && o.v.d == m.v.d
}

// nearer reports a day nearer the anchor r than day w.
func nearer(r time.Time, v, w val) bool {
	return abs(int(date(v.y, v.m, v.d).Sub(r).Hours())) < abs(int(date(w.y, w.m, w.d).Sub(r).Hours()))
}

// apposed reports a weekday, a year-less date or a feast that names again,
// after a comma, the full date just written: "il 6 gennaio 2026, festa
// dell'Epifania", "on 20 April 2025, Easter Sunday". It returns that date.
func (s *scan) apposed(i int) (val, bool) {
	m := &s.ms[i]
	if m.kind != kYearless && m.kind != kWeekday && m.kind != kFeast {
		return val{}, false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		e := &s.ms[k]
		if m.a-e.b > 4 {
			break
		}
		if e.kind != kExplicit || e.v.y == 0 || e.v.d == 0 || !s.punct(e.b, ",") {
			continue
		}
		v := e.v
		switch m.kind {
		case kYearless:
			if m.v.m == v.m && m.v.d == v.d {
				return v, true
			}
		case kWeekday:
			if validDate(v.y, v.m, v.d) && int(date(v.y, v.m, v.d).Weekday()) == m.wd-1 {
				return v, true
			}
		case kFeast:
			if feastDate(&s.lx.feasts[m.feast-1], v.y) == v {
				return v, true
			}
		}
	}
	return val{}, false
}

// deadlineAfter gives the year of a year-less deadline that follows a
// dated day in its sentence (written with its year, or given one before
// it), the first on or after that day, when it falls before the anchor:
// "lo stop deciso il 20 giugno 2023 …, che aveva sospeso la caccia fino
// al 31 agosto" is 2023-08-31, whichever 31 August lies nearer the anchor
// of a text from June 2024.
func (s *scan) deadlineAfter(i int) (int, bool) {
	m := &s.ms[i]
	if s.standalone || !s.hasRef || m.v.d == 0 || !s.precededBy(m.a, fDeadline) {
		return 0, false
	}
	for k := i - 1; k >= 0; k-- {
		e := &s.ms[k]
		if e.b > m.a {
			continue
		}
		if !s.oneSentence(e.b, m.a) {
			return 0, false
		}
		if e.kind != kExplicit || e.v.y == 0 || e.v.d == 0 {
			continue
		}
		y := e.v.y
		if m.v.m < e.v.m || m.v.m == e.v.m && m.v.d < e.v.d {
			y++
		}
		if !s.pastDay(y, m.v.m, m.v.d) {
			return 0, false
		}
		return y, true
	}
	return 0, false
}

// aheadYear gives a year-less day or month the year of the date before
// it in its sentence when that date is written with its year and lies
// ahead of the anchor, and the year-less one falls on or after it in that
// year: "Colombians elect a new Congress on March 8, 2026, and the
// presidential race follows on May 31" of February 2025 is May 2026. A
// coming calendar is told in its order; read against the anchor alone,
// the later date would fall a year before the earlier. A past clause
// tells what is done ("The treaty, which expires on 12 March 2026, was
// signed on 20 May"), and a date earlier in the year may lie either side.
func (s *scan) aheadYear(i int) (int, bool) {
	m := &s.ms[i]
	if s.standalone || !s.hasRef || m.tense < 0 && m.tense != tenseNearest {
		return 0, false
	}
	for k := i - 1; k >= 0; k-- {
		e := &s.ms[k]
		if e.b > m.a {
			continue
		}
		if !s.oneSentence(e.b, m.a) || e.drop {
			return 0, false
		}
		if !e.dated || e.v.m == 0 || e.v.wk != 0 {
			return 0, false
		}
		if !date(e.v.y, e.v.m, max(e.v.d, 1)).After(s.ref) ||
			m.v.m < e.v.m || m.v.m == e.v.m && m.v.d < e.v.d || !validDate(e.v.y, m.v.m, max(m.v.d, 1)) {
			return 0, false
		}
		return e.v.y, true
	}
	return 0, false
}

// apartYear gives a year-less day or month the year that puts it the
// count of units from the anchor that the text sets it apart by: "five
// months before a general election in April" of November 2023 is April
// 2024, "a otto mesi dal voto di ottobre" of June 2018 October 2017. News
// counts such spans from the time of writing, whatever the tense of the
// sentence; a date written with its year earlier in the sentence may be
// the time counted from instead, and then the rule keeps out. Only one
// year may fit, within a quarter of the span or, for a month, half of
// one.
func (s *scan) apartYear(i int) (int, bool) {
	m := &s.ms[i]
	if s.standalone || !s.hasRef || len(s.lx.apart) == 0 {
		return 0, false
	}
	// Back from the date, over the words of the event and no verb, to the
	// word that sets it apart.
	k, dir := m.a-1, 0
	for n := 0; ; n, k = n+1, k-1 {
		if k < 1 || n == 8 || s.boundary(k+1) || s.clauseEdge(k) {
			return 0, false
		}
		l := &s.L[k]
		if l.kind == token.Word {
			if d, ok := s.lx.apart[l.key]; ok {
				dir = d
				break
			}
			if s.ownTense(k) != 0 || l.w != nil && l.w.flags&(fMonth|fWeekday|fRelDay|fUnit|fNumber) != 0 && l.w.flags&(fArticle|fNounMarker) == 0 {
				return 0, false
			}
			continue
		}
		if !s.punct(k, "'") {
			return 0, false
		}
	}
	u := s.w(k - 1)
	if u == nil || u.flags&fUnit == 0 || u.unit.Grain > Month {
		return 0, false
	}
	n, ok := s.countAt(k - 2)
	if !ok {
		if u.unit.Plural {
			return 0, false
		}
		n = 1
	}
	for j := i - 1; j >= 0; j-- {
		if e := &s.ms[j]; e.dated && e.b <= m.a {
			if s.oneSentence(e.b, m.a) {
				return 0, false
			}
			break
		}
	}
	span := n * max(u.unit.Count, 1)
	switch u.unit.Grain {
	case Week:
		span *= 7
	case Month:
		span = span*30 + span/2
	}
	tol, day := max(3, span/4), m.v.d
	if day == 0 {
		tol, day = max(16, span/4), 15 // a month is as near as its middle
	}
	found, year := 0, 0
	for y := s.ref.Year() - 1; y <= s.ref.Year()+1; y++ {
		if !validDate(y, m.v.m, day) {
			continue
		}
		d := int(date(y, m.v.m, day).Sub(s.ref).Hours() / 24)
		if dir*d < 0 || abs(abs(d)-span) > tol {
			continue
		}
		found++
		year = y
	}
	return year, found == 1
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// sentenceYear gives a year-less day the year of the dated day just
// before it in its sentence, in the same month, when it falls later in
// that month and before the anchor: "Мілей склав присягу 10 грудня 2023
// року, а 12 грудня міністр оголосив девальвацію" is 2023-12-12 in a text
// of 2025. Months apart, the sentence often leaps years ("extradited in
// April 2022 and sentenced in June" of 2024), so only a month's days are
// read so. The dated month itself serves a range of its days: "у
// вересні 1996 року: з 2 по 16 вересня".
func (s *scan) sentenceYear(i int) (int, bool) {
	m := &s.ms[i]
	if s.standalone || !s.hasRef || i == 0 || m.v.d == 0 {
		return 0, false
	}
	e := &s.ms[i-1]
	list := e.a == m.a && e.b == m.b // "з 2 по 16 вересня" is one span of two days
	if e.kind != kExplicit || e.v.y == 0 || e.v.m == 0 || e.b > m.a && !list || !s.oneSentence(e.b, m.a) {
		return 0, false
	}
	if e.v.m != m.v.m {
		// A dated day lends its year to a day up to a month after it, the
		// next step of one story: "зник 25 січня 2016 року, а 3 лютого був
		// знайдений мертвим".
		if e.v.d == 0 || !validDate(e.v.y, e.v.m, e.v.d) {
			return 0, false
		}
		from := date(e.v.y, e.v.m, e.v.d)
		y := e.v.y
		if m.v.m < e.v.m {
			y++ // "28 December 2023 … 3 January"
		}
		if !validDate(y, m.v.m, m.v.d) || date(y, m.v.m, m.v.d).After(from.AddDate(0, 1, 0)) || !s.pastDay(y, m.v.m, m.v.d) {
			return 0, false
		}
		return y, true
	}
	if e.v.d == 0 && !(i+1 < len(s.ms) && s.ms[i+1].a == m.a && s.ms[i+1].b == m.b) {
		// a dated month lends its year only to a range of its days: in
		// "Закон ухвалили в червні 2024-го, а першу оплату … мали внести
		// 30 червня" the payment is a year later
		return 0, false
	}
	if m.v.d < e.v.d || !s.pastDay(e.v.y, m.v.m, m.v.d) {
		return 0, false
	}
	return e.v.y, true
}

// laterYear gives a date without a year in a sentence that a count of
// days or weeks and a Later word open the year of the last day told
// before it, written with its year or given one already: the sentence
// carries the story on from that day. "Il 1° gennaio 2002 … Pochi giorni
// dopo, il 5 gennaio, … fino a novembre" is January and November 2002;
// "On Friday … Two days later, on Sunday, he called an election for April
// 28" is the April after that Friday. A month before the day's is the next
// year's: "28 December … Two weeks later, on 11 January". A day after the
// anchor is a plan the story mentions, not a step it told: "entrare in
// vigore il 1° gennaio 2027 … Due giorni dopo, il 15 luglio".
func (s *scan) laterYear(i int) (int, bool) {
	m := &s.ms[i]
	if s.standalone || !s.laterOpening(m.a) {
		return 0, false
	}
	for k := i - 1; k >= 0; k-- {
		e := &s.ms[k]
		if e.drop || e.kind != kExplicit || e.v.y == 0 || e.v.d == 0 || e.v.wk != 0 ||
			validDate(e.v.y, e.v.m, e.v.d) && date(e.v.y, e.v.m, e.v.d).After(s.ref) {
			continue // a day ahead is a plan, not the story's last step
		}
		if m.v.m < e.v.m {
			return e.v.y + 1, true
		}
		return e.v.y, true
	}
	return 0, false
}

// oneSentence reports that no sentence ends among the lexemes [a, b].
func (s *scan) oneSentence(a, b int) bool {
	for j := a; j <= b && j < len(s.L); j++ {
		if s.boundary(j) {
			return false
		}
	}
	return true
}

// pastDay reports that y-m-d is a valid day before the anchor.
func (s *scan) pastDay(y, m, d int) bool {
	return validDate(y, m, d) && date(y, m, d).Before(s.ref)
}

// rangeYear finds the year of the date that closes a range or list
// beginning with match i: the following matches, joined only by range
// words, until one has a year.
//
// A range whose closing date has no year either ("dal 28 luglio al 3
// agosto") takes the year that date resolves to, so that both ends
// resolve alike.
func (s *scan) rangeYear(i int) (int, bool) {
	m := &s.ms[i]
	prev := m
	var closing *match // the last year-less date of the list, or reached through "to"
	// "between October and January": "and" closes the range "between" opens
	between := m.a > 0 && s.has(m.a-1, fRangeFrom)
	for k := i + 1; k < len(s.ms) && k < i+8; k++ {
		n := &s.ms[k]
		to := n.a == prev.a && n.b == prev.b // a day list: "dal 13 al 15 giugno"
		if !to {
			if n.a < prev.b || n.a-prev.b > 4 || n.v.wk != 0 {
				break
			}
			joined := true
			for j := prev.b; j < n.a; j++ {
				// the closing end may be a part of its month: "з березня до
				// кінця серпня", "from March to the end of August", "fino
				// alla fine di agosto"
				// the range word elided before a vowel: "dal 23 luglio
				// all'8 agosto 2032"
				elided := j > prev.b && s.punct(j, "'") && s.tight(j) && s.has(j-1, fRangeTo|fRangeAnd|fArticle)
				if !(s.punct(j, "-") || s.punct(j, ",") || s.has(j, fRangeTo|fRangeAnd|fArticle) || elided ||
					j > prev.b && s.has(j, fPeriod|fOf) || to && s.has(j, fNounMarker)) {
					joined = false
					break
				}
				to = to || s.has(j, fRangeTo) || s.punct(j, "-") || between && s.has(j, fRangeAnd)
			}
			if !joined {
				break
			}
			if n.v.m == 0 {
				if to && prev == m && n.kind == kExplicit && n.v.y > 0 && s.hasRef {
					// A range that runs to a year ("dal 1° luglio fino alla
					// fine del 2021", "from July 1 until 2021") opens on or
					// before it, and the day nearest the anchor there is the
					// one meant: the tense of its clause tells of the range,
					// which may run on past the anchor, not of its opening.
					return min(nearestYear(s.ref, m.v).y, n.v.y), true
				}
				break
			}
		}
		if n.kind == kExplicit && n.v.y > 0 {
			return rangeStartYear(m, n.v), true
		}
		if n.kind != kYearless || n.shift != 0 {
			return 0, false
		}
		if to {
			closing = n
		}
		prev = n
	}
	if closing == nil || !s.hasRef {
		return 0, false
	}
	return rangeStartYear(m, s.resolveYear(closing)), true
}

// rangeStartYear is the year of a range's first date m given its closing
// date end: one year earlier when the range crosses New Year ("28
// December – 3 January 2024").
func rangeStartYear(m *match, end val) int {
	if m.v.m > end.m {
		return end.y - 1
	}
	return end.y
}

func (s *scan) resolveYear(m *match) val {
	r := s.ref
	ry, rm := r.Year(), int(r.Month())
	v := m.v
	if m.tense == tenseNearest && m.shift == 0 {
		return nearestYear(r, v)
	}
	if m.tense == 0 && m.shift == 0 && !s.standalone {
		// No tense anywhere in the sentence: news writes what is scheduled
		// in the present ("Brandenburg votes on 22 September", "ballots
		// are counted on 20 March"), so a date just ahead is that one; a
		// date further ahead is last year's, as the guideline has it.
		if n := nearestYear(r, v); soon(r, n) {
			return n
		}
	}
	if v.d == 0 {
		y := ry
		switch {
		case m.shift < 0: // last June
			if v.m >= rm {
				y--
			}
		case m.shift > 0: // next June
			if v.m <= rm {
				y++
			}
		case m.tense == 0 && s.standalone:
		case m.tense > 0:
			if v.m < rm {
				y++
			}
		case m.tense == tenseOuterPast && soon(r, val{y: ry, m: v.m}):
		default:
			if v.m > rm {
				y--
			}
		}
		return val{y: y, m: v.m}
	}
	y := ry
	t := date(ry, v.m, min(v.d, daysIn(ry, v.m)))
	switch {
	case m.shift < 0:
		if !t.Before(r) {
			y--
		}
	case m.shift > 0:
		if !t.After(r) {
			y++
		}
	case m.tense == 0 && s.standalone:
	case m.tense > 0:
		if t.Before(r) {
			y++
		}
	case m.tense == tenseOuterPast && soon(r, val{y: ry, m: v.m, d: v.d}):
	default:
		if t.After(r) {
			y--
		}
	}
	if m.wd > 0 {
		want := time.Weekday(m.wd - 1)
		for _, c := range [...]int{y, y + 1, y - 1, y + 2, y - 2} {
			if validDate(c, v.m, v.d) && date(c, v.m, v.d).Weekday() == want {
				y = c
				break
			}
		}
	}
	for k := 0; k < 8 && !validDate(y, v.m, v.d); k++ { // 29 February
		if m.tense > 0 {
			y++
		} else {
			y--
		}
	}
	return val{y: y, m: v.m, d: v.d}
}

// alignRepeats gives a month, or a day of one, written without its year
// and with no tense of its own the tense of an earlier or later mention of
// it that has one: a story means one 15 January by a headline's "Fiducia
// il 15 gennaio" and the body's "chiederà la fiducia il 15 gennaio".
// Weekdays stay as they are: a live blog's "on Sunday" is often two
// Sundays.
func (s *scan) alignRepeats() {
	if !s.hasRef || s.standalone {
		return
	}
	repeat := func(m *match) bool { return m.kind == kYearless && m.shift == 0 && !m.drop }
	for i := range s.ms {
		m := &s.ms[i]
		if !repeat(m) || m.tense != 0 {
			continue
		}
		for k := range s.ms {
			if o := &s.ms[k]; o.tense != 0 && o.v == m.v && repeat(o) {
				m.tense = o.tense // the first in the text with a tense
				break
			}
		}
	}
}

// namedWeekday gives a bare weekday whose clause has no tense the day
// that the text writes elsewhere with that weekday and its date, or the
// date alone that heads its live blog entry when that date falls on the
// weekday, when that day lies within a week of the anchor: a headline's
// "Giovedì in aula a Manhattan" is the body's "Giovedì 2 gennaio
// comparirà", and "skipping the rest of Wednesday's programme" under the
// entry "April 23, 02:30" is that Wednesday. A date elsewhere in the text
// may be another week's: "Wednesday" and "next Wednesday, January 29". A tense of its own keeps the weekday to its side of the
// anchor, as a live blog's two Sundays want; one only guessed
// (guessedTense) does not.
func (s *scan) namedWeekday(i int) (val, bool) {
	m := &s.ms[i]
	if s.standalone || !s.hasRef || m.mode != wdBare || !s.guessedTense(m) {
		return val{}, false
	}
	for k := range s.ms {
		o := &s.ms[k]
		if k == i || o.drop || o.wd != m.wd && (o.wd != 0 || k != s.entryDate(i)) || o.v.m == 0 || o.v.d == 0 || o.v.wk != 0 || !s.writesDay(o) {
			continue
		}
		v := o.v
		switch {
		case o.kind == kYearless && o.shift == 0:
			c := *o
			v = s.resolveYear(&c)
		case o.kind != kExplicit || v.y == 0:
			continue
		}
		if !validDate(v.y, v.m, v.d) {
			continue
		}
		t := date(v.y, v.m, v.d)
		if int(t.Weekday()) == m.wd-1 && t.After(s.ref.AddDate(0, 0, -7)) && t.Before(s.ref.AddDate(0, 0, 7)) {
			return v, true
		}
	}
	return val{}, false
}

// sequelWeekday reports a bare weekday in the past, match i, that is the
// anchor's own weekday and follows in its paragraph a day told with its
// weekday ("Mercoledì 3 maggio"), the last date before it, a week or more
// before the anchor; it gives the first such weekday after that day. Read
// alone the weekday would be the anchor's day, skipping over the week the
// story tells of: "Mercoledì 3 maggio un ragazzo ha ucciso otto compagni.
// Giovedì sera un ventenne ha sparato" of Thursday 11 May is Thursday 4
// May. Any other weekday is the last one before the anchor as ever, the
// story having moved on: "Domenica 6 aprile il ministro era ad Algeri …
// Lunedì le autorità hanno intimato" of Wednesday 16 April is the 14th.
func (s *scan) sequelWeekday(i int) (val, bool) {
	m := &s.ms[i]
	if s.standalone || !s.hasRef || m.mode != wdBare || !(m.tense == -1 || m.tense == tenseOuterPast || m.tense == 0) ||
		int(s.ref.Weekday()) != m.wd-1 {
		return val{}, false
	}
	k := i - 1
	for k >= 0 && s.ms[k].drop {
		k--
	}
	if k < 0 {
		return val{}, false
	}
	o := &s.ms[k]
	if o.wd == 0 || o.kind != kExplicit || o.v.d == 0 || o.v.wk != 0 || !s.writesDay(o) || !validDate(o.v.y, o.v.m, o.v.d) {
		return val{}, false
	}
	for j := o.b; j <= m.a && j < len(s.L); j++ {
		if s.L[j].gap >= token.Newline {
			return val{}, false
		}
	}
	t := date(o.v.y, o.v.m, o.v.d)
	if int(t.Weekday()) != o.wd-1 {
		return val{}, false
	}
	delta := (m.wd - o.wd + 7) % 7
	if delta == 0 {
		return val{}, false
	}
	if t = t.AddDate(0, 0, delta); t.After(s.ref) {
		return val{}, false
	}
	return dayVal(t), true
}

// weekdayRangeStart reports a bare weekday, match i, that opens a range
// another bare weekday closes ("tra lunedì e venerdì", "from Monday to
// Wednesday", "з понеділка по п'ятницю"), and gives the day it is: a
// range runs forward, so its opening is the last such weekday before its
// closing one. Each end read by itself may fall on its own side of the
// anchor: the opening, with no verb of its own, is a start taken as the
// nearer day, while the verb of the range dates the closing one.
func (s *scan) weekdayRangeStart(i int) (val, bool) {
	m := &s.ms[i]
	if s.standalone || m.mode != wdBare || i+1 >= len(s.ms) {
		return val{}, false
	}
	n := &s.ms[i+1]
	if n.kind != kWeekday || n.mode != wdBare || n.wd == m.wd || n.a != m.b+1 ||
		!(s.has(m.b, fRangeTo) || s.punct(m.b, "-") || s.has(m.b, fRangeAnd) && s.has(m.a-1, fRangeFrom)) {
		return val{}, false
	}
	end, ok := s.namedWeekday(i + 1)
	if !ok {
		end = s.resolveWeekday(n)
	}
	t := date(end.y, end.m, end.d).AddDate(0, 0, -((n.wd - m.wd + 7) % 7))
	return dayVal(t), true
}

// entryDate is the index of the date that heads the entry holding match
// i, the way a live blog dates its entries: the last match before i that
// opens a line or the text; -1 for none.
func (s *scan) entryDate(i int) int {
	for k := i - 1; k >= 0; k-- {
		if o := &s.ms[k]; o.a == 0 || s.L[o.a].gap >= token.Newline {
			return k
		}
	}
	return -1
}

// guessedTense reports a weekday whose side of the anchor no marker of
// its own clause sets: none at all; a past beyond its clause, which tells
// when something was said ("Note that Sunday is also the day the party had
// planned …"); or a deadline guessed ahead of a past verb's infinitive,
// since what was asked is told of soon after ("Нам сказали збирати речі
// до середи"), or of no marker in its sentence. The text's own date for
// that weekday is better evidence than any of these guesses.
func (s *scan) guessedTense(m *match) bool {
	switch {
	case m.tense == 0, m.tense == tenseOuterPast:
		return true
	case m.tense > 0 && s.precededBy(m.a, fDeadline):
		t, tk := s.tenseAt(m.a, m.b, true)
		return t == 0 && s.tenseIn(m.a, m.b, false) == 0 ||
			t == tenseNearest && tk >= 0 && s.pastGovernsInfinitive(tk)
	}
	return false
}

// writesDay reports a match that writes its day of the month, in digits
// or as an ordinal: "Friday, June 13", not a weekday resolved before.
func (s *scan) writesDay(m *match) bool {
	for k := m.a; k < m.b; k++ {
		if s.isNum(k) || s.has(k, fOrdinal) {
			return true
		}
	}
	return false
}

// soon reports a date, or a month, that begins after the anchor r and at
// most two months after it.
func soon(r time.Time, v val) bool {
	start := date(v.y, v.m, max(v.d, 1))
	return start.After(r) && start.Before(r.AddDate(0, 2, 1))
}

// nearestYear gives a month or a day without a year the year that puts it
// nearest to the anchor r, before or after.
func nearestYear(r time.Time, v val) val {
	best, bestDist := val{}, time.Duration(1<<62)
	for _, y := range [...]int{r.Year(), r.Year() - 1, r.Year() + 1} {
		c := val{y: y, m: v.m, d: v.d}
		var t time.Time
		switch {
		case v.d > 0 && validDate(y, v.m, v.d):
			t = date(y, v.m, v.d)
		case v.d > 0:
			continue // 29 February
		default: // a month is as near as its nearer end
			first, last := date(y, v.m, 1), date(y, v.m, daysIn(y, v.m))
			if !r.Before(first) && !r.After(last) {
				return c
			}
			t = first
			if last.Before(r) {
				t = last
			}
		}
		d := t.Sub(r)
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func (s *scan) resolveMonthDay(m *match) val {
	r := s.ref
	y, mo := r.Year(), int(r.Month())
	if m.wd > 0 {
		// The month, near the anchor, where that day is that weekday.
		order := [...]int{0, -1, 1, -2, 2}
		if m.tense > 0 {
			order = [...]int{0, 1, -1, 2, -2}
		}
		for _, k := range order {
			v := monthVal(y, mo+k)
			if m.v.d <= daysIn(v.y, v.m) && int(date(v.y, v.m, m.v.d).Weekday()) == m.wd-1 {
				v.d = m.v.d
				return v
			}
		}
	}
	switch {
	case m.tense == 0 && s.standalone:
	case m.tense > 0 && m.v.d < r.Day():
		mo++
	case m.tense <= 0 && m.v.d > r.Day():
		mo--
	}
	v := monthVal(y, mo)
	for k := 0; k < 12 && m.v.d > daysIn(v.y, v.m); k++ {
		if m.tense > 0 {
			v = monthVal(v.y, v.m+1)
		} else {
			v = monthVal(v.y, v.m-1)
		}
	}
	v.d = m.v.d
	return v
}

func (s *scan) resolveWeekday(m *match) val {
	r := s.ref
	wd := m.wd - 1
	cur := int(r.Weekday())
	monday := r.AddDate(0, 0, -weekdayIndex(r.Weekday()))
	inWeek := func(shift int) val {
		return dayVal(monday.AddDate(0, 0, 7*shift+weekdayIndex(time.Weekday(wd))))
	}
	switch m.mode {
	case wdLast:
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		return dayVal(r.AddDate(0, 0, -back))
	case wdThis:
		// The anchor's week, unless the tense puts the day on the other
		// side of the anchor: "що Лондон пообіцяв цієї неділі" of a
		// Tuesday is two days before, "will sign this Monday" of a
		// Wednesday five days after.
		v := inWeek(0)
		t := date(v.y, v.m, v.d)
		switch {
		case m.tense == -1 && t.After(r):
			return inWeek(-1)
		case m.tense == 1 && t.Before(r):
			return inWeek(1)
		}
		return v
	case wdNext:
		// "next Friday", "venerdì prossimo", "наступної п'ятниці": the
		// first one after the anchor, as people and most libraries read it.
		ahead := (wd - cur + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return dayVal(r.AddDate(0, 0, ahead+7*m.shift)) // shift 1: "Friday after next"
	case wdWeek:
		return inWeek(m.shift)
	}
	ahead, back := (wd-cur+7)%7, (cur-wd+7)%7
	switch {
	case m.tense == 0 && s.standalone:
		return inWeek(0)
	case m.tense > 0, m.tense == tenseNearest && ahead < back:
		return dayVal(r.AddDate(0, 0, ahead))
	}
	return dayVal(r.AddDate(0, 0, -back))
}
