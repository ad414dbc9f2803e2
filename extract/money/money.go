// Package money finds amounts of money in news text — "more than 30 million
// euros", "€2-3bn", "1,5 млрд євро", "tra 2 e 3 miliardi di euro" — and
// normalizes each to an exact number in its own currency with its ISO 4217
// code. It never converts between currencies.
//
// The engine in this file knows no language: it walks the shared token
// stream and reads the words of each language (en.go, it.go, uk.go) and the
// signs and codes of currency.go from one lexicon built by New.
package money

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

// Extractor finds amounts of money. It is immutable after New and safe for
// concurrent use.
type Extractor struct {
	byLang map[string]*lexicon
	all    *lexicon // every language at once, for text of unknown language
}

// New builds the lexicons of every known language.
func New() *Extractor {
	x := &Extractor{byLang: make(map[string]*lexicon, len(languages))}
	x.all = newLexicon()
	for _, mk := range languages {
		l := mk()
		lx := newLexicon()
		lx.add(l)
		lx.addSymbols()
		lx.decimalComma = l.decimalComma
		lx.ofCounts = l.ofCounts
		lx.ellipsisDash = l.ellipsisDash
		lx.verbEndings = l.verbEndings
		lx.finish()
		x.byLang[l.code] = lx
		x.all.add(l)
	}
	x.all.addSymbols()
	x.all.decimalComma = false
	x.all.finish()
	return x
}

func (x *Extractor) lexicon(lang string) *lexicon {
	if lx, ok := x.byLang[lang]; ok {
		return lx
	}
	return x.all
}

// hit is one amount found in the text.
type hit struct {
	val        dec
	cur        *curInfo
	start, end int // tokens
	qual       string
	scaled     bool // written with a scale word ("million")
	exp        int  // that word's power of ten; -1 when the amount goes on after it ("1 milione e 200 mila")
	elided     elision
	// base is the currency of the amount this one converts, when it
	// glosses the amount just before it: the rand of "254 miliardi di
	// rand, circa 13 miliardi di euro".
	base *curInfo
}

// elision is how an amount without a currency of its own leans on the
// amount priced just before it in its sentence.
type elision uint8

const (
	noElision  elision = iota
	contrasted         // set against it: "95,000 francs, against roughly 60,000 before"
	shared             // a share of it: "22 miliardi di euro, di cui 18,8 garantiti"
	// a share named at the end of a clause the share word opens: "57
	// miliardi di dollari, di cui ne sono stati erogati circa 44"
	sharedLater
	// a second part of one sum, listed in a phrase that repeats the word
	// after it: "1,2 miliardi di euro in sussidi e 300 in prestiti"
	coordinated
	// what it rose or fell to: "pagavamo 9.000 euro al mese, arrivammo a
	// 30.000"
	reached
	// what it rose or fell from: "è sceso a 13.000 dollari, dagli 80.000
	// di un anno fa"
	origin
	// a part of the amount right after it, which a partitive names: "185
	// dei 210 miliardi di euro", "40 of the 50 billion euros"
	partOf
	// what a clitic pronoun before its verb takes up from the amount
	// priced before, in its sentence or the one before: "100 dollari,
	// mentre oggi il Brent ne vale poco più di 65" (see
	// language.resumptives)
	resumed
)

// shareClause is how many words a clause may put between a share word
// and the amount it shares out ("of which Ukraine has received 44").
const shareClause = 4

// resumeClause is how many words may stand between a clitic pronoun and
// the number that counts what it takes up: "ne sono stati spesi finora
// circa 700".
const resumeClause = 6

// mustEnd reports an elision whose amount must end its phrase: a number
// set against a price, reached from it or closing a clause may count a
// noun instead ("contro 1,5 chili di farina", "di cui beneficiano 44
// paesi"), while "di cui 18,8 garantiti" is a share whatever follows.
func (e elision) mustEnd() bool {
	return e == contrasted || e == sharedLater || e == reached || e == origin || e == resumed
}

// isShare reports an elision that takes a part of the amount before,
// which can be no more than the whole.
func (e elision) isShare() bool { return e == shared || e == sharedLater }

// elidedReach is how many tokens may lie between an amount and one that
// leans on it ("95,000 Congolese francs, traders say, against 60,000").
const elidedReach = 8

// priced is the currency the amounts after h borrow: the one h converts,
// for a conversion, else its own.
func (h *hit) priced() *curInfo {
	if h.base != nil {
		return h.base
	}
	return h.cur
}

// Extract appends the document's amounts to e.Money, each (amount,
// currency) once with all of its mentions, in order of first appearance.
func (x *Extractor) Extract(d *token.Doc, e *corpus.Entities) {
	if d == nil || e == nil || len(d.Tokens) == 0 {
		return
	}
	p := parser{lx: x.lexicon(d.Lang), d: d, toks: d.Tokens, n: len(d.Tokens), nations: e.Nations, ministers: e.Ministers}
	for i := 0; i < p.n; {
		if p.canStart(i) {
			if end, ok := p.parse(i); ok {
				p.last = end
				i = end
				continue
			}
		}
		i++
	}
	p.dropWeights()
	if len(p.hits) == 0 {
		return
	}
	p.resolveBare()
	p.splitWholes()
	p.merge(e)
}

// resolveBare gives the scaled amounts found without a currency the
// currency of the amount before them in their sentence ("7,4 miliardi di
// euro, di cui 5 miliardi in prestiti"), or else the document's currency —
// the one its amounts use most, the nearest before on a tie — when their
// sentence speaks of money and they end their
// phrase: "Per finanziare le misure il governo chiederà un contributo di
// circa 11 miliardi in tre anni." in an article priced in euros. A word of
// money right after the amount does both ("150 milioni di sostegno"), and
// so does an additive word before it when an amount was priced just
// before ("1,2 miliardi di euro alla sanità. Altri 300 milioni andranno…").
func (p *parser) resolveBare() {
	if len(p.bare) == 0 {
		return
	}
	counts := map[*curInfo]int{}
	for i := range p.hits {
		if c := p.hits[i].cur; c.role&minor == 0 {
			counts[c]++
		}
	}
	added := false
	parsed := len(p.hits) // the amounts with a currency of their own
	// a story that prices all its amounts in one currency, several times,
	// counts its bare billions in it too, cue or none: "alla sanità
	// vanno 3,25 miliardi" in a live blog of a budget in euros. Millions
	// are as often people: "gli elettori iscritti sono circa 10,8
	// milioni".
	oneCurrency := len(counts) == 1 && parsed >= minOneCurrency
	for _, b := range p.bare {
		// The bare amounts read so far are priced too: a story that has
		// priced three of them in euros, each with a word of money or
		// sharing a priced one out, goes on in euros ("circa 59,5
		// miliardi, è destinata alla rivoluzione verde").
		oneCurrency = oneCurrency || added && p.pricedInOne()
		if b.start > 0 && p.toks[b.start-1].Kind == token.Number && p.covered(b.start) {
			continue // "100 крор" inside "15 100 крор", once that has a currency
		}
		if b.elided == partOf {
			// the whole, parsed after b, lends it its scale and currency:
			// a part is no more than the whole
			if h := p.wholeAfter(b.end); h != nil && h.exp > 0 {
				if v := b.val.shift(h.exp); less(v, h.val) {
					b.val, b.scaled, b.exp, b.cur = v, true, h.exp, h.priced()
					p.hits = append(p.hits, b)
					added = true
				}
			}
			continue
		}
		if h := p.breakdownOf(b, p.hits[:parsed]); h != nil {
			b.cur = h.priced()
			p.hits = append(p.hits, b)
			added = true
			continue
		}
		if c := p.denominatedIn(b); c != nil {
			b.cur = c
			p.hits = append(p.hits, b)
			added = true
			continue
		}
		if b.elided != noElision {
			if h := p.elidedFrom(b); h != nil && (b.scaled || !h.scaled || h.exp > 0) {
				borrows := !b.scaled && h.scaled && less(b.val, dec{m: 1000})
				if borrows {
					b.val = b.val.shift(h.exp) // "22 miliardi di euro, di cui 18,8"
				}
				if !b.elided.isShare() || !less(h.val, b.val) { // a share is no more than the whole
					if borrows {
						// and lends it on: "di cui 390 in sussidi e 360 in prestiti"
						b.scaled, b.exp = true, h.exp
					}
					b.cur = h.priced()
					p.hits = append(p.hits, b)
					added = true
					continue
				}
			}
			if !b.scaled {
				continue
			}
		}
		if p.countedRange(b) {
			continue
		}
		ends := p.endsBare(b.end)
		var before *curInfo // the only licence: a priced sentence right before
		if !p.cueRightAfter(b.end) && !p.addsToPriced(b) && (!ends || !p.cueInSentence(b.start, b.end, fMoneyCue, p.n)) &&
			!(ends && oneCurrency && b.scaled && b.exp >= 9) {
			if !ends {
				continue
			}
			if before = p.pricedSentenceBefore(b.start); before == nil {
				continue
			}
		}
		best := p.pricedInSentence(b.start)
		if p.southAsianScale(b.start, b.end) {
			best = p.southAsianNear(b.start)
		}
		if best == nil {
			best = p.restatedInBody(b)
		}
		if best == nil && before == nil {
			// licensed by a word of money, the amount still goes on in
			// the currency of the sentence right before it, as the
			// amounts a sentence shares out do, whatever the document's
			// other amounts are counted in: "… 300 milioni di euro nel
			// 2020. Le imprese stimano perdite tra 200 e 300 milioni"
			before = p.pricedSentenceBefore(b.start)
		}
		if best == nil {
			best = before
		}
		if best == nil {
			best = p.mostUsed(counts, b.start)
		}
		if best == nil || p.convertedInto(b.end, best) {
			continue
		}
		b.cur = best
		p.hits = append(p.hits, b)
		added = true
	}
	if added {
		slices.SortStableFunc(p.hits, func(a, b hit) int { return a.start - b.start })
	}
}

// pricedInOne reports that the amounts found so far, with a currency of
// their own or borrowed, are minOneCurrency or more and all in one
// currency, minor units aside.
func (p *parser) pricedInOne() bool {
	code, n := "", 0
	for i := range p.hits {
		c := p.hits[i].priced()
		if c.role&minor != 0 {
			continue
		}
		if code != "" && c.code != code {
			return false
		}
		code = c.code
		n++
	}
	return n >= minOneCurrency
}

// minOneCurrency is how many amounts with a currency of their own a
// story must price, all in one currency, for its bare billions to be
// that currency without a word of money.
const minOneCurrency = 3

// southAsianScale reports an amount at tokens [start, end) that a lakh or
// a crore counts: South Asia's scales, which no one counts euros or
// dollars in. "La prima tranche potrebbe valere tra i 10.000 e i 20.000
// crore" in a story that prices everything else in euros is in rupees,
// and so is "another 300 crore" after "€50 million".
func (p *parser) southAsianScale(start, end int) bool {
	for q := start; q < end; q++ {
		if e, _ := p.word(q); e.flags&fScale != 0 && (e.exp == lakh || e.exp == crore) {
			return true
		}
	}
	return false
}

// The powers of ten of the lakh and the crore; no other scale has them.
const (
	lakh  = 5
	crore = 7
)

// southAsianNear is the South Asian currency (a rupee, the taka) of the
// amount nearest token q, before or after it, else the language's
// ambiguous rupee, or nil.
func (p *parser) southAsianNear(q int) *curInfo {
	var best *curInfo
	dist := 0
	for i := range p.hits {
		h := &p.hits[i]
		c := h.priced()
		if !southAsian(c) || c.role&minor != 0 {
			continue
		}
		if d := abs(h.start - q); best == nil || d < dist {
			best, dist = c, d
		}
	}
	if best == nil {
		best = p.lx.rupee
	}
	return best
}

// southAsian reports a currency counted in lakhs and crores: a rupee, the
// taka.
func southAsian(c *curInfo) bool { return c.group == "rupee" || c.code == "BDT" }

// breakdownOf is the amount of hits that bare amount b is a part of when
// a colon right after that amount opens a list of its parts, two or more,
// that add up to it in the rest of the sentence: "до 60 млн фунтів: 40
// млн піде до фонду, ще 20 млн — на суміжні механізми", "€90 million: 50
// million for schools and 40 million for hospitals". Else nil: after
// "€90 million: 3 million homes will be insulated" the count adds up to
// nothing.
func (p *parser) breakdownOf(b hit, hits []hit) *hit {
	var whole *hit
	for i := range hits {
		if h := &hits[i]; h.end < b.start && (whole == nil || h.end > whole.end) {
			whole = h
		}
	}
	if whole == nil || p.toks[whole.end].Norm != ":" || whole.cur.role&minor != 0 {
		return nil
	}
	end := p.sentenceStop(whole.end + 1)
	if b.end > end {
		return nil
	}
	sum, parts := dec{}, 0
	for _, hs := range [...][]hit{hits, p.bare} {
		for i := range hs {
			if h := &hs[i]; h.start > whole.end && h.end <= end {
				var ok bool
				if sum, ok = add(sum, h.val); !ok {
					return nil
				}
				parts++
			}
		}
	}
	if parts < 2 || less(sum, whole.val) || less(whole.val, sum) {
		return nil
	}
	return whole
}

// splitWholes finds the parts, written as bare numbers, that an amount
// with a currency is split into right after it: "6 miliardi di euro, 2 a
// fondo perduto e 4 in prestiti", "€6 billion (2 in grants, 4 in
// loans)", "circa 209 miliardi: 81,4 in sussidi e 127,4 in prestiti".
// Each part takes the whole's currency and, written short of a
// thousand, its scale; the parts must add up to the whole, so that "6
// miliardi di euro, 3 anni dopo" splits nothing.
func (p *parser) splitWholes() {
	found := len(p.hits)
	for i := 0; i < found; i++ {
		h := p.hits[i]
		if h.priced().role&minor != 0 || h.elided != noElision {
			continue
		}
		if k := p.splitOpener(h.end); k > 0 {
			p.splitParts(&h, k)
		}
	}
	if len(p.hits) > found {
		slices.SortStableFunc(p.hits, func(a, b hit) int { return a.start - b.start })
	}
}

// splitWords is how many words, or years, may date or place a whole
// between it and the colon that opens its parts: "6 miliardi di euro
// fino al 2027: 2 a fondo perduto e 4 in prestiti".
const splitWords = 4

// splitOpener returns the token after the colon, bracket or comma that
// opens the parts of an amount ending before token q, or 0.
func (p *parser) splitOpener(q int) int {
	for k := q; k < p.n && k <= q+splitWords && p.toks[k].Gap < token.Newline; k++ {
		switch t := &p.toks[k]; {
		case t.Norm == ":" || k == q && (t.Norm == "(" || t.Norm == ","):
			if k+1 < p.n && p.toks[k+1].Kind == token.Number && p.toks[k+1].Gap <= token.Space {
				return k + 1
			}
			return 0
		case t.Kind == token.Word || t.Kind == token.Number && p.yearAt(k):
		default:
			return 0
		}
	}
	return 0
}

// splitParts reads the parts of whole h that start at token k: numbers,
// each followed by the word that says what it is for, listed after a
// comma or an and-word, until they add up to h. It records those that
// no amount found covers.
func (p *parser) splitParts(h *hit, k int) {
	type part struct {
		val        dec
		start, end int
	}
	var parts []part
	sum := dec{}
	for {
		if p.covered(k) {
			return
		}
		v, end, _, ok := p.digits(k)
		if !ok || end >= p.n || p.toks[end].Kind != token.Word || !p.near(end) || p.scaleAt(end) || p.isPercent(end) {
			return
		}
		if c, _ := p.matchCur(end, post); c != nil {
			return
		}
		switch {
		case h.scaled && less(v, dec{m: 1000}):
			v = v.shift(h.exp)
		case h.scaled:
			return
		}
		if sum, ok = add(sum, v); !ok {
			return
		}
		parts = append(parts, part{v, k, end})
		if len(parts) >= 2 && p.sums(sum, h) {
			break
		}
		if less(h.val, sum) {
			return
		}
		// the next part, after a comma or an and-word
		m := end
		for m < p.n && p.toks[m].Gap < token.Newline && (p.toks[m].Kind == token.Word || p.apostrophe(m)) {
			m++
		}
		if m >= p.n || p.toks[m].Kind != token.Number || p.toks[m].Gap >= token.Newline ||
			p.toks[m-1].Norm != "," && !p.phraseEndsAt(m, p.lx.ands) {
			if m+1 < p.n && p.toks[m].Norm == "," && p.toks[m+1].Kind == token.Number {
				m++
			} else {
				return
			}
		}
		k = m
	}
	for _, pt := range parts {
		p.hits = append(p.hits, hit{val: pt.val, cur: h.priced(), start: pt.start, end: pt.end, scaled: h.scaled, exp: h.exp})
	}
}

// apostrophe reports the apostrophe of an elided word at token q: "l'",
// "dell'".
func (p *parser) apostrophe(q int) bool {
	t := &p.toks[q]
	return (t.Norm == "'" || t.Norm == "’") && t.Gap == token.None && q+1 < p.n && p.toks[q+1].Gap == token.None
}

// sums reports parts that add up to whole h: exactly, or, for a whole
// given as about so much, to within half its last digit ("circa 209
// miliardi: 81,4 in sussidi e 127,4 in prestiti").
func (p *parser) sums(sum dec, h *hit) bool {
	if !less(sum, h.val) && !less(h.val, sum) {
		return true
	}
	if h.qual != About {
		return false
	}
	w := h.val.norm()
	d := sum.float() - w.float()
	if d < 0 {
		d = -d
	}
	return d <= dec{m: 5, e: w.e - 1}.float()
}

// partitiveEnd returns where the whole starts after a partitive at token
// q ("dei", "of the", "з") that a number follows, or -1: "185 dei 210
// miliardi di euro".
func (p *parser) partitiveEnd(q int) int {
	if !p.near(q) {
		return -1
	}
	n := p.matchAny(q, p.lx.partitives)
	if n == 0 || !p.near(q+n) {
		return -1
	}
	if m := p.skipQualifier(q + n); m >= p.n || p.toks[m].Kind != token.Number {
		return -1
	}
	return q + n
}

// wholeAfter is the scaled amount with a currency that a partitive right
// after token q opens (see partitiveEnd), or nil.
func (p *parser) wholeAfter(q int) *hit {
	k := p.partitiveEnd(q)
	if k < 0 {
		return nil
	}
	m := p.skipQualifier(k)
	for i := range p.hits {
		if h := &p.hits[i]; h.start == k || h.start == m {
			if h.scaled && h.cur.role&minor == 0 {
				return h
			}
			return nil
		}
	}
	return nil
}

// denominatedIn is the currency that the words right before bare amount
// b name it in (see language.denominated), or nil. The amount must end
// its phrase: in "spesi in euro per 3 milioni di persone" it counts.
func (p *parser) denominatedIn(b hit) *curInfo {
	for _, d := range p.lx.denominated {
		q := b.start - len(d.infix)
		if q < 2 || p.toks[b.start].Gap > token.Space || p.match(q, d.infix) == 0 || !p.endsBare(b.end) {
			continue
		}
		// the name ends at q and is short: "dollari", "dollari americani"
		for k := q - 1; k >= len(d.open) && k >= q-3; k-- {
			if c, end := p.matchCur(k, post); c != nil && end == q && c.role&minor == 0 &&
				p.toks[q].Gap <= token.Space && p.match(k-len(d.open), d.open) > 0 && p.toks[k].Gap <= token.Space {
				return c
			}
		}
	}
	return nil
}

// countedRange reports a bare amount b that opens a
// range whose closing end, written in digits, counts a noun with no
// currency: "from 77 million to 110 million tonnes a year". Both ends
// count that noun, and neither is money, whatever the sentence prices.
func (p *parser) countedRange(b hit) bool {
	q := b.end
	if !p.near(q) {
		return false
	}
	n := p.matchAny(q, p.lx.infixes)
	for _, f := range p.lx.ranges {
		if o := b.start - len(f.open); n == 0 && o >= 0 && p.match(o, f.open) > 0 {
			n = p.match(q, f.infix) // "da 40 milioni a 60 milioni di passeggeri"
		}
	}
	if n == 0 {
		return false
	}
	m := p.skipQualifier(q + n)
	if !p.near(m) || p.toks[m].Kind != token.Number {
		return false
	}
	c, ok := p.side(m, false, true)
	return ok && c.cur == nil && c.end < p.n && p.toks[c.end].Kind == token.Word && !p.endsBare(c.end)
}

// elidedFrom is the amount an amount without a currency leans on (see
// elision): the last one with a currency before it in its sentence, near
// and with no other number between them, or nil. An amount set against
// it must end its phrase, not count a noun: "2 euro al chilo, contro 1,5
// chili di farina" names no second price.
func (p *parser) elidedFrom(b hit) *hit {
	if b.elided == resumed {
		return p.resumedFrom(b)
	}
	h := p.lastHitBefore(b.start)
	reach := elidedReach
	if b.elided == sharedLater {
		reach += shareClause
	}
	if h == nil || b.start-h.end > reach || p.pricedInSentence(b.start) == nil {
		return nil
	}
	for k := h.end; k < b.start; k++ {
		if p.toks[k].Kind == token.Number {
			return nil
		}
	}
	if b.elided.mustEnd() && !p.endsBare(b.end) {
		// not after a destination, whose "a" or "to" also gives to whom:
		// "trasferimenti di 25.000 naira al mese a 15 milioni di famiglie"
		if e, _ := p.word(b.end); b.elided == reached || e.flags&fElidedNext == 0 {
			return nil
		}
	}
	if b.elided == coordinated && !p.parallel(h, b) {
		return nil
	}
	if b.elided == origin && b.end < p.n && p.near(b.end) && p.rangeInfixAt(b.end) {
		return nil // the opening end of a range: "from 9 million to 12 million containers"
	}
	return h
}

// resumedFrom is the amount a clitic pronoun takes up for the number b
// after its verb: the last one priced before b, in b's sentence or the
// one before it in its paragraph, with no other amount, nor a number
// that may be one, between them, and of b's order of magnitude; or nil.
// b must end its phrase.
func (p *parser) resumedFrom(b hit) *hit {
	h := p.lastHitBefore(b.start)
	if h == nil || h.priced().role&minor != 0 || !p.endsBare(b.end) {
		return nil
	}
	ends := 0
	for k := h.end; k < b.start; k++ {
		t := &p.toks[k]
		if t.Gap >= token.Paragraph {
			return nil
		}
		if p.sentencePunct(k) {
			if ends++; ends > 1 {
				return nil
			}
		}
		if t.Kind == token.Number && !p.yearAt(k) {
			return nil
		}
	}
	// what a pronoun takes up is counted like the amount: ten times more
	// or less is a count of something else ("il biglietto costa 25 euro;
	// ne sono stati venduti 3.000")
	v := b.val
	if !b.scaled && h.scaled && less(v, dec{m: 1000}) {
		v = v.shift(h.exp)
	}
	if less(h.val, v.shift(-1)) || less(v, h.val.shift(-1)) {
		return nil
	}
	return h
}

// yearAt reports a number token of four digits that may be a year, which
// a clause may date itself by between an amount and one that takes it
// up: "da 86 miliardi, firmato nell'agosto 2015, ne ha erogati 61,9".
func (p *parser) yearAt(k int) bool {
	t := &p.toks[k]
	if t.End-t.Start != 4 || k+1 < p.n && p.toks[k+1].Gap == token.None && p.toks[k+1].Kind == token.Number {
		return false
	}
	v, _, _, ok := p.digits(k)
	u, isInt := v.uint()
	return ok && isInt && u >= 1900 && u <= 2100
}

// resumesBefore reports a clitic pronoun among the resumeClause words
// right before token q, with nothing but words between: "ne sono stati
// spesi finora" before "circa 700". The number is the object of the verb
// the pronoun goes with, not of a preposition or an article after it:
// "se ne riparlerà al vertice del 18" dates the summit.
func (p *parser) resumesBefore(q int) bool {
	if q == 0 {
		return false
	}
	if e, _ := p.word(q - 1); e.flags&(fOf|fArticle|fYearPrep|fRangeOpen|fElision) != 0 && !p.phraseEndsAt(q, p.lx.resumptives) {
		return false
	}
	for k := q - 1; k > 0 && k >= q-resumeClause; k-- {
		if p.toks[k].Kind != token.Word || p.toks[k+1].Gap > token.Space {
			return false
		}
		if p.phraseEndsAt(k+1, p.lx.resumptives) {
			return true
		}
	}
	return false
}

// parallel reports a listed amount b whose phrase goes on with the word
// that follows the amount h before it: "1,2 miliardi di euro in sussidi e
// 300 in prestiti", "$2 billion for roads and 300 for schools". That
// repeated word shows the scale and the currency left out, where "e 300
// cantieri" or "and 300 of them" count something else. Without a scale
// of its own b must be short of one, as the scale it borrows multiplies
// it: "2 miliardi di euro nel 2023 e 3.500 nel 2024" says no more.
func (p *parser) parallel(h *hit, b hit) bool {
	if !p.near(h.end) || !p.near(b.end) || p.toks[b.end].Kind != token.Word {
		return false
	}
	// The repeated word may follow a participle the second amount leaves
	// out: "7 destinati all'Irpef e 1 all'Irap", "7 went to schools and
	// 1 to roads".
	rep := false
	for k := h.end; k < b.start && k < h.end+parallelWords && p.toks[k].Kind == token.Word; k++ {
		if p.toks[k].Norm == p.toks[b.end].Norm {
			rep = true
			break
		}
	}
	if !rep {
		return false
	}
	return b.scaled || !h.scaled || less(b.val, dec{m: 1000})
}

// parallelWords is how many words after the first amount of a list may
// hold the word its second one repeats.
const parallelWords = 3

// amountNear reports an amount, with a currency or without, that ends in
// token q's sentence at most elidedReach tokens, or a share clause beyond,
// before it: the only amount a number without a currency of its own may
// lean on.
func (p *parser) amountNear(q int) bool {
	for _, hs := range [...][]hit{p.hits, p.bare} {
		if len(hs) == 0 || q-hs[len(hs)-1].end > elidedReach+shareClause {
			continue
		}
		if e := hs[len(hs)-1].end; e <= q && p.sentenceStop(e) >= q {
			return true // nothing ends the sentence between them
		}
	}
	return false
}

// elisionNear reports a word that ends a contrast or a share phrase
// among the words before token start, where a qualifier or an article, or
// a share's clause, may stand between them: "against roughly", "di cui
// circa", "di cui ne sono stati erogati circa".
func (p *parser) elisionNear(start int) bool {
	for k := start - 1; k >= 0 && k >= start-3-shareClause; k-- {
		if p.toks[k].Kind != token.Word {
			return p.dashEllipsis(k + 1)
		}
		if e := p.lx.lookup(p.toks[k].Norm); e != nil && e.flags&fElision != 0 {
			return true
		}
	}
	return false
}

// dashEllipsis reports a spaced dash right before token q that stands
// for a verb left out (see language.ellipsisDash), in a clause that a
// comma and a place word open at most ellipsisWords words before it.
func (p *parser) dashEllipsis(q int) bool {
	if !p.lx.ellipsisDash || q < 4 || !p.spacedDash(q-1) || p.toks[q].Gap > token.Space {
		return false
	}
	for k := q - 2; k >= 0 && k >= q-2-ellipsisWords; k-- {
		if p.toks[k].Kind == token.Word {
			continue
		}
		if e, _ := p.word(k + 1); p.toks[k].Norm == "," && k+1 < q-2 && e.flags&fPlace != 0 {
			return true
		}
		return false
	}
	return false
}

// ellipsisWords is the longest clause read before an elliptic dash: "у
// приватних клініках", "в інших областях країни".
const ellipsisWords = 4

// elisionBefore reads the words before an amount without a currency that
// starts at token q (after its qualifier) and lean it on the amount
// before: "contro le", "against", "di cui", "з яких".
func (p *parser) elisionBefore(q int) elision {
	if q == 0 || p.toks[q].Gap > token.Space {
		return noElision
	}
	if e, w := p.word(q - 1); e.flags&fArticle != 0 && w == 1 && q > 1 {
		q-- // "contro le 1.500"
		if p.toks[q].Gap > token.Space {
			return noElision
		}
	}
	if p.dashEllipsis(q) {
		return contrasted
	}
	for _, c := range [...]struct {
		phs []phrase
		el  elision
	}{{p.lx.contrasts, contrasted}, {p.lx.shares, shared}, {p.lx.ands, coordinated}, {p.lx.destinations, reached}, {p.lx.origins, origin}} {
		if p.phraseEndsAt(q, c.phs) {
			return c.el
		}
	}
	// a clause between the share word and the amount: "di cui ne sono
	// stati erogati circa 44", "з яких уряд отримав 44"
	for k := q - 1; k > 0 && k >= q-shareClause; k-- {
		if p.toks[k].Kind != token.Word || p.toks[k].Gap > token.Space {
			break
		}
		if p.phraseEndsAt(k, p.lx.shares) {
			return sharedLater
		}
	}
	return noElision
}

// phraseEndsAt reports one of phs ending right before token q.
func (p *parser) phraseEndsAt(q int, phs []phrase) bool {
	for _, ph := range phs {
		if b := q - len(ph); b >= 0 && p.toks[q-1].Norm == ph[len(ph)-1] && p.match(b, ph) > 0 {
			return true
		}
	}
	return false
}

// convertedInto reports an amount in cur that glosses a bare amount ending
// before token q as its conversion: "costs 4.5 billion, or about $300
// million", "4,5 miliardi (circa 300 milioni di dollari)". The bare amount
// is then in a currency the text does not name, not in cur.
func (p *parser) convertedInto(q int, cur *curInfo) bool {
	if q >= p.n || p.toks[q].Gap > token.Space || p.toks[q].Norm != "," && p.toks[q].Norm != "(" {
		return false
	}
	k := q + 1
	if e, w := p.word(k); e.flags&fGloss != 0 {
		k += w
	}
	m := p.skipQualifier(k) // a hit starts at its qualifier
	for i := range p.hits {
		if h := &p.hits[i]; h.start == k || h.start == m {
			return h.cur.code == cur.code
		}
	}
	return false
}

// pricedInSentence returns the currency of the last amount with one that
// ends before token q in q's sentence, on its line (for a conversion, the
// currency it converts). Bare amounts resolved
// before it count: "di cui 5 miliardi in prestiti e 600 milioni in doni".
// A name several states share counts too, and merge resolves both alike:
// "179 miliardi di dinari, di cui 67 miliardi destinati ai salari".
func (p *parser) pricedInSentence(q int) *curInfo {
	last := p.lastHitBefore(q)
	if last == nil || p.toks[q].Gap >= token.Newline {
		return nil
	}
	cur := last.priced()
	if cur.role&minor != 0 {
		return nil
	}
	for k := last.end; k < q; k++ {
		if p.sentencePunct(k) || p.toks[k].Gap >= token.Newline {
			return nil
		}
	}
	return cur
}

// sameScaleBefore reports an amount with a currency before token q in
// its sentence (see pricedInSentence), written at the scale exp.
func (p *parser) sameScaleBefore(q, exp int) bool {
	if p.pricedInSentence(q) == nil {
		return false
	}
	h := p.lastHitBefore(q)
	return h.scaled && h.exp == exp
}

// pricedSentenceBefore returns the currency of the last amount with one
// in the sentence before token q's, in its paragraph, with no other scaled
// number between them, or nil: the amounts
// a sentence shares out after the one that priced the whole go on in its
// currency ("… il pacchetto da 6 miliardi di euro. Alla Macedonia del Nord
// ne spettano circa 750 milioni, legati a riforme"). A price counted in
// units shares out nothing: after "il biglietto costa 200 yen", "i
// visitatori sono stati circa due milioni" are people.
func (p *parser) pricedSentenceBefore(q int) *curInfo {
	last := p.lastHitBefore(q)
	if last == nil || !last.scaled {
		return nil
	}
	if cur := last.priced(); cur.role&minor == 0 {
		ends := 0
		for k := last.end; k < q; k++ {
			if p.toks[k].Gap >= token.Paragraph {
				return nil
			}
			if p.sentencePunct(k) {
				ends++
			}
			if p.toks[k].Kind == token.Number && k+1 < q && p.scaleAt(k+1) {
				return nil // "$75 a barrel and 2.06 million barrels a day; barely 1.5 million": the barrels go on
			}
		}
		if ends <= 1 {
			return cur
		}
	}
	return nil
}

// covered reports an amount found that spans token q.
func (p *parser) covered(q int) bool {
	for i := range p.hits {
		if h := &p.hits[i]; h.start <= q && q < h.end {
			return true
		}
	}
	return false
}

// lastHitBefore is the amount found that ends last before token q, or nil.
func (p *parser) lastHitBefore(q int) *hit {
	var last *hit
	for i := range p.hits {
		if h := &p.hits[i]; h.end <= q && (last == nil || h.end > last.end) {
			last = h
		}
	}
	return last
}

// mostUsed returns the currency the document's amounts use most, the
// nearest before token q on a tie. A name several states' currencies share
// counts too ("miliardi di rupie" in a Pakistani story): the bare amount
// takes it, and merge resolves both alike.
func (p *parser) mostUsed(counts map[*curInfo]int, q int) *curInfo {
	var best *curInfo
	for i := range p.hits {
		h := &p.hits[i]
		c := h.cur
		if c.role&minor != 0 {
			continue
		}
		if best == nil || counts[c] > counts[best] || counts[c] == counts[best] && h.start < q {
			best = c
		}
	}
	return best
}

// restatedInBody is the currency of the body's amounts of the same value
// as a bare amount in the headline, when they all have one: a headline
// leaves out what the story then says ("Оттава обіцяє родинам по 25
// тисяч" over "по 25 тисяч канадських доларів"); else nil.
func (p *parser) restatedInBody(b hit) *curInfo {
	body := p.d.BodyStart()
	if body == 0 || b.start >= body {
		return nil
	}
	var cur *curInfo
	for i := range p.hits {
		h := &p.hits[i]
		if h.start < body || less(h.val, b.val) || less(b.val, h.val) {
			continue
		}
		if cur != nil && h.cur.code != cur.code {
			return nil
		}
		cur = h.cur
	}
	return cur
}

// cueRightAfter reports a word of money right after a bare amount that
// ends before token q, or after an of-word there: "150 milioni di
// sostegno", "150 млн допомоги".
func (p *parser) cueRightAfter(q int) bool {
	for k := q; k < p.n && k <= q+1 && p.toks[k].Gap < token.Newline && p.toks[k].Kind == token.Word; k++ {
		e, _ := p.word(k)
		if e.flags&fMoneyCue != 0 {
			return true
		}
		if e.flags&fOf == 0 {
			return false
		}
	}
	return false
}

// addsToPriced reports a bare amount after an additive word ("altri",
// "another") that follows, within its paragraph, an amount with its
// currency, and that counts no noun after it.
func (p *parser) addsToPriced(b hit) bool {
	k := b.start - 1
	if k < 0 || p.toks[b.start].Gap >= token.Newline {
		return false
	}
	if e, _ := p.word(k); e.flags&fAdditive == 0 {
		return false
	}
	if !p.endsBare(b.end) {
		if !p.lx.ofCounts || b.end >= p.n || p.toks[b.end].Kind != token.Word {
			return false
		}
		if e, _ := p.word(b.end); e.flags&fOf != 0 {
			return false // "altri 300 milioni di persone"
		}
	}
	for i := len(p.hits) - 1; i >= 0; i-- {
		h := &p.hits[i]
		if h.end > k {
			continue
		}
		if k-h.end > 80 || h.cur.role&(minor|amb) != 0 {
			return false
		}
		for m := h.end; m <= k; m++ {
			if p.toks[m].Gap >= token.Paragraph {
				return false
			}
		}
		return true
	}
	return false
}

// endsBare reports that a bare amount ending before token q ends its
// phrase. Where a scale noun takes what it counts only through an of-word
// ("1,2 miliardi di persone"), any other word after one ends it: "15,2
// miliardi attraverso la KfW", "11,4 miliardi prestati".
func (p *parser) endsBare(q int) bool {
	if q >= p.n || p.toks[q].Gap >= token.Newline {
		return true
	}
	t := &p.toks[q]
	if t.Kind == token.Punct {
		switch t.Norm {
		case "»", "”", "\"", "'", "’":
			return true // a quotation ends: "«assorbe circa 18 miliardi»."
		case "«", "“", "„":
			// one opens after a space: the words quoted judge the amount
			// ("un taglio da 4 miliardi «insostenibile per la sanità»"),
			// unless they are short and a noun follows them, which they
			// qualify and the amount counts ("300 “ghost” workers")
			return t.Gap > token.None && !p.quotedModifier(q)
		}
		if p.scaleDot(q) {
			return p.endsBare(q + 1)
		}
		return isSentencePunct(t.Norm) && !p.isPercent(q) || p.spacedDash(q)
	}
	e, _ := p.word(q)
	if e.flags&fBareAfter != 0 || t.Kind == token.Word && !t.Cap && p.finiteVerb(t.Norm) {
		return true
	}
	if !p.lx.ofCounts || e.flags&(fOf|fScale|fConnector) != 0 || t.Kind != token.Word || q == 0 {
		return false
	}
	s, _ := p.word(q - 1)
	return s.flags&fScale != 0 && s.exp >= 6 // "milioni", "mld"; not "mila", which takes its noun straight
}

// quotedModifier reports a quotation opening at token q that closes
// within three words, a word in lower case right after it: "“ghost”
// workers", "«furbetti» del cartellino".
func (p *parser) quotedModifier(q int) bool {
	for k := q + 1; k < p.n && k <= q+4; k++ {
		switch p.toks[k].Norm {
		case "»", "”", "“", "\"":
			n := k + 1
			return n < p.n && p.toks[n].Kind == token.Word && !p.toks[n].Cap && p.toks[n].Gap == token.Space
		}
		if p.toks[k].Kind != token.Word {
			return false
		}
	}
	return false
}

// finiteVerb reports a word that ends like a finite verb (see
// language.verbEndings), with two letters or more before the ending.
func (p *parser) finiteVerb(w string) bool {
	for _, e := range p.lx.verbEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) >= utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// scaleDot reports the dot of a scale's abbreviation at token q with the
// noun the scale counts right after it, in lower case: "центри на 3 тис.
// осіб". It ends no sentence.
func (p *parser) scaleDot(q int) bool {
	t := &p.toks[q]
	if t.Norm != "." || t.Gap != token.None || q == 0 || q+1 >= p.n || p.toks[q+1].Kind != token.Word || p.toks[q+1].Cap {
		return false
	}
	s, _ := p.word(q - 1)
	return s.flags&fScale != 0
}

// dropWeights removes the unscaled amounts of a name that is also a unit
// of weight ("15 pounds") from a document that prices things per pound
// and names no sterling by sign, code or unambiguous name: there "a
// 15-pound bird at $1.60 per pound" weighs, it does not cost.
func (p *parser) dropWeights() {
	if !p.unitPrice {
		return
	}
	for _, h := range p.hits {
		// Sterling by sign, code or unambiguous name: "£3 a pound … 15
		// pounds" are pounds sterling after all.
		if h.cur.role&unit == 0 && slices.ContainsFunc(p.hits, func(o hit) bool {
			return o.cur.role&unit != 0 && o.cur.code == h.cur.code
		}) {
			return
		}
	}
	kept := p.hits[:0]
	for _, h := range p.hits {
		if h.cur.role&unit == 0 || h.scaled {
			kept = append(kept, h)
		}
	}
	p.hits = kept
}

// Parse extracts the amounts of one expression or text, for tests and
// tools.
func (x *Extractor) Parse(expr, lang string) []corpus.Money {
	var e corpus.Entities
	x.Extract(token.New(expr, lang, ""), &e)
	return e.Money
}

// parser is the state of one Extract call.
type parser struct {
	lx   *lexicon
	d    *token.Doc
	toks []token.Token
	n    int
	last int // end of the last amount found
	// unitPrice records a price per unit of weight ("$1.60 per pound"):
	// the document weighs things in pounds.
	unitPrice bool
	hits      []hit
	bare      []hit // scaled amounts without a currency, for resolveBare
	// nations are the states the document names, found before its money
	nations []corpus.Nation
	// ministers are the ministers it names, found before its money too
	ministers []corpus.Minister
}

// grow makes room for hits on the first one, so that text without money
// allocates nothing.
func (p *parser) grow() {
	if p.hits == nil {
		p.hits = make([]hit, 0, 16)
	}
}

// merge resolves ambiguous currency names and adds the hits to e. The
// mentions of new entities share one allocation.
func (p *parser) merge(e *corpus.Entities) {
	type keyed struct {
		amount float64
		code   string
		entity int
	}
	keys := make([]keyed, len(p.hits))
	old := len(e.Money)
	// Documents hold few amounts: a linear search beats building a map.
	find := func(amount float64, code string) int {
		for i := range e.Money {
			if e.Money[i].Amount == amount && e.Money[i].Currency == code {
				return i
			}
		}
		return -1
	}
	counts := make([]int, 0, len(p.hits))
	e.Money = slices.Grow(e.Money, len(p.hits))
	// what a bare "$" or "pounds" means in this text, by the code it has
	// elsewhere, worked out at the first one
	var locals map[string]string
	for i, h := range p.hits {
		code := h.cur.code
		switch {
		case h.cur.role&amb != 0:
			code = p.resolve(i, e.Nations)
		case h.cur.role&local != 0:
			if named := p.restatedBelow(i); named != "" {
				code = named
				break
			}
			if named := p.namedBefore(i); named != "" {
				code = named
				break
			}
			if named := p.onlyPound(i, e); named != "" {
				code = named
				break
			}
			l, ok := locals[code]
			if !ok {
				if locals == nil {
					locals = make(map[string]string, len(localIssuers))
				}
				lead := p.leadCapital()
				l = localCurrency(e, code, p.d.Lang, p.names("USD"), p.names(localIssuers[code][lead]), lead)
				locals[code] = l
			}
			if l != code && !p.ministerInSentence(i, e, code, l) {
				code = l
			}
		}
		if code == "" {
			keys[i] = keyed{entity: -1} // a name no state of the text issues
			continue
		}
		amount := h.val.float()
		k := find(amount, code)
		if k < 0 {
			k = len(e.Money)
			e.Money = append(e.Money, corpus.Money{Amount: amount, Currency: code})
			counts = append(counts, 0)
		}
		if k >= old {
			counts[k-old]++
		}
		keys[i] = keyed{amount, code, k}
	}
	backing := make([]corpus.Mention, 0, len(p.hits))
	for k := old; k < len(e.Money); k++ {
		n := counts[k-old]
		e.Money[k].Mentions = backing[len(backing) : len(backing) : len(backing)+n]
		backing = backing[:len(backing)+n]
	}
	for i, h := range p.hits {
		m := p.d.Mention(h.start, h.end)
		m.Qualifier = h.qual
		k := keys[i].entity
		if k < 0 {
			continue
		}
		e.Money[k].Mentions = append(e.Money[k].Mentions, m)
	}
}

// resolve gives the ambiguous name of hit i ("kroner", "cents") the code
// of an unambiguous name of its family before it in its paragraph (unless
// the paragraph names another state of the family between them), or of
// the state the heading over the paragraph names (a round-up's "NEPAL: …",
// "Пакистан: Пенджаб під водою", whatever neighbour the paragraph brings
// up), or of the state the paragraph names last before it (a Jordanian
// budget's "dinars" after a paragraph on Iraq's census in Iraqi dinars); else of
// the nearest unambiguous name of its family before it, an amount's or one
// said outright ("Danish kroner … 5 kroner", "€2 … 40 cents", "la lira
// turca … lire"); else the currency of its family whose state
// the document names most (Morocco: "dirhams" are MAD; Norway: "kroner"
// are NOK), before a member named outright after it, which marks an
// exception ("corone" in a Swedish story, "corone danesi" for Denmark's
// later); else its default, which is "" for a family without a usual
// member ("dinars" of no named state).
func (p *parser) resolve(i int, nations []corpus.Nation) string {
	c := p.hits[i].cur
	codes := p.meanings(c)
	same := func(h *hit) bool { return h.cur.group == c.group && h.cur.role&amb == 0 }
	// a narrower ambiguous name of the family: "2,800 CFA francs … from
	// 2,200 francs" are both the CFA franc of the region
	narrower := func(h *hit) bool { return c.among == nil && h.cur.group == c.group && h.cur.among != nil }
	// the name said outright without an amount before the hit, back to
	// token lo: "la lira turca crolla … 3,2 miliardi di lire"
	outright := func(lo int) string {
		for k := p.hits[i].start - 1; k >= lo; k-- {
			if n, _ := p.matchCur(k, post); n != nil && n.group == c.group && n.role&amb == 0 {
				return n.code
			}
		}
		return ""
	}
	for k := i - 1; k >= 0 && p.sameParagraph(p.hits[k].end, p.hits[i].start); k-- {
		if same(&p.hits[k]) {
			// another state of the family named between them takes the
			// later amount: "241 Norwegian crowns … Danish peer Orsted …
			// 287 crowns", "7 млрд непальських рупій … до Індії … 25 000
			// рупій"
			lo := p.d.Mention(p.hits[k].start, p.hits[k].end).End
			at := p.d.Mention(p.hits[i].start, p.hits[i].end).Start
			if code := issuerLast(codes, nations, lo, at); code != "" {
				return code
			}
			return p.hits[k].cur.code
		}
	}
	if code := outright(p.d.LineStart(p.hits[i].start)); code != "" {
		return code
	}
	if code := p.issuerInHeading(i, codes, nations); code != "" {
		return code
	}
	if code := p.issuerInParagraph(i, codes, nations); code != "" {
		return code
	}
	for k := i - 1; k >= 0; k-- {
		if same(&p.hits[k]) {
			// a name said outright in another paragraph: the story's own
			// currency still wins where the story is about its state,
			// twice as often named ("15.000 dinari" in a story on Algeria
			// after "120 dinari tunisini" paid on a trip next door)
			if code := issuerNamed(codes, nations); code != "" && code != p.hits[k].cur.code &&
				namedMoreOften(issuers(code), issuers(p.hits[k].cur.code), nations) {
				return code
			}
			return p.hits[k].cur.code
		}
		if narrower(&p.hits[k]) {
			return p.resolve(k, nations)
		}
	}
	if code := outright(0); code != "" {
		return code
	}
	if code := issuerNamed(codes, nations); code != "" {
		return code
	}
	for k := i + 1; k < len(p.hits); k++ {
		if same(&p.hits[k]) {
			return p.hits[k].cur.code
		}
		if narrower(&p.hits[k]) {
			return p.resolve(k, nations)
		}
	}
	return c.code
}

// issuerInParagraph is the currency among codes whose state the paragraph
// of hit i names last before it: in a story about the Nordic grids,
// "Norwegian households … 30 billion kroner" are Norway's whichever state
// the whole text names most.
// A paragraph that opens with a state's name as a run-in heading
// ("Молдова. …", "KENYA: …") is about that state, whatever it names
// after: "Молдова. … Анка Драгу, колишня міністерка фінансів Румунії …
// дефіцит … 17,2 млрд леїв" are Moldova's lei.
func (p *parser) issuerInParagraph(i int, codes []string, nations []corpus.Nation) string {
	h := &p.hits[i]
	a := p.d.LineStart(h.start)
	if k := p.runInHeading(a); k > a {
		if code := issuerLast(codes, nations, p.d.Mention(a, a+1).Start, p.d.Mention(a, k).End); code != "" {
			return code
		}
	}
	if code := p.issuerOpening(i, codes, nations); code != "" {
		return code
	}
	at := p.d.Mention(h.start, h.end).Start
	if code := issuerLast(codes, nations, p.d.Mention(p.sentenceStart(h.start), h.start+1).Start, at); code != "" {
		return code
	}
	// A state named only in an earlier sentence of the paragraph may be a
	// partner or a minister's past, where the text is about another:
	// "Roads, the interconnectors with Romania … Finance Minister Victoria
	// Belous has to fit all this into a budget that already runs a deficit
	// of about 17 billion lei" in a Moldovan interview.
	if code := p.homeIssuer(codes, nations); code != "" && !p.opensOn(a, h.start, codes, code, nations) {
		return code
	}
	return issuerLast(codes, nations, p.d.Mention(a, a+1).Start, at)
}

// homeIssuer is the currency among codes of the state the text is about
// by its ministers: more than half of those it names with a state, two at
// least, serve it, and no other state that issues one of codes is
// mentioned more often than it (see localCurrency). Else "". Its
// mentions alone must hold their own, as its ministers may be another
// state's misread: Turkey's ministers read as Italy's in an Italian story
// on Istanbul that says "lire".
func (p *parser) homeIssuer(codes []string, nations []corpus.Nation) string {
	named, home, most := 0, "", 0
	for _, m := range p.ministers {
		if m.Nation == "" {
			continue
		}
		named++
		if m.Nation == home {
			continue
		}
		k := 0
		for _, o := range p.ministers {
			if o.Nation == m.Nation {
				k++
			}
		}
		if k > most {
			home, most = m.Nation, k
		}
	}
	if most < 2 || most*2 <= named+1 {
		return ""
	}
	said := mentionCount(nations, home)
	code := ""
	for _, c := range codes {
		states := issuers(c)
		if slices.Contains(states, home) {
			code = c
		}
		for _, n := range nations {
			if n.Code != home && slices.Contains(states, n.Code) && len(n.Mentions) > said {
				return ""
			}
		}
	}
	return code
}

// opensOn reports a sentence between tokens a and q that opens on a state,
// other than home's, that issues one of codes: there the paragraph speaks
// of that state, its subject ("Still, the contrast with Pakistan is
// uncomfortable. … Pakistan avoided default … The Federal Board of
// Revenue's target of Rs12.97 trillion" in a Sri Lankan story).
func (p *parser) opensOn(a, q int, codes []string, home string, nations []corpus.Nation) bool {
	for k := a; k < q; k++ {
		if k > a && !p.sentencePunct(k-1) {
			continue
		}
		at := p.d.Mention(k, k+1).Start
		for _, n := range nations {
			if slices.ContainsFunc(codes, func(c string) bool { return c != home && slices.Contains(issuers(c), n.Code) }) &&
				slices.ContainsFunc(n.Mentions, func(m corpus.Mention) bool { return m.Start == at }) {
				return true
			}
		}
	}
	return false
}

// sentenceStart is the first token of token q's sentence, on its line.
func (p *parser) sentenceStart(q int) int {
	for q > 0 && p.toks[q].Gap < token.Newline && !p.sentencePunct(q-1) {
		q--
	}
	return q
}

// issuerOpening is the currency among codes of the state that the last
// sentence of hit i's paragraph to open on a place names as that place:
// "У Пакистані головна міністерка … написати колезі з індійського
// Пенджабу. Уряд у Лахорі виділив 1,5 млрд рупій" are Pakistan's rupees,
// though India is named later.
func (p *parser) issuerOpening(i int, codes []string, nations []corpus.Nation) string {
	h := &p.hits[i]
	a := p.d.LineStart(h.start)
	for k := h.start - 1; k >= a; k-- {
		if k > a && !p.sentencePunct(k-1) || k+1 >= h.start {
			continue
		}
		if e, _ := p.word(k); e.flags&fPlace == 0 {
			continue
		}
		at := p.d.Mention(k+1, k+2).Start
		for _, code := range codes {
			for _, n := range nations {
				if !slices.Contains(issuers(code), n.Code) {
					continue
				}
				for _, m := range n.Mentions {
					if m.Start == at {
						return code
					}
				}
			}
		}
	}
	return ""
}

// runInHeading returns the end of the run-in heading that opens the
// paragraph at token a: at most runInWords words closed by a full stop, a
// colon or a dash, with more text after it on the line; else a.
func (p *parser) runInHeading(a int) int {
	for k := a; k < p.n && k <= a+runInWords; k++ {
		t := &p.toks[k]
		if k > a && t.Gap >= token.Newline {
			return a
		}
		if t.Kind == token.Word {
			continue
		}
		switch t.Norm {
		case ".", ":", "–", "—":
			if k > a && k+1 < p.n && p.toks[k+1].Gap < token.Newline {
				return k
			}
		}
		return a
	}
	return a
}

// runInWords is the longest run-in heading read, in words ("Bosnia ed
// Erzegovina:").
const runInWords = 4

// issuerInHeading is the currency among codes whose state the heading
// over hit i's paragraph names last, or "" (see token.Doc.Heading).
func (p *parser) issuerInHeading(i int, codes []string, nations []corpus.Nation) string {
	h := p.d.Heading(p.hits[i].start)
	if h < 0 || h == p.d.LineStart(p.hits[i].start) {
		return ""
	}
	span := p.d.Mention(h, p.d.LineEnd(h))
	return issuerLast(codes, nations, span.Start, span.End)
}

// issuerLast is the currency among codes whose state nations mention last
// within the runes [lo, at], or "" when none is or two are as near.
func issuerLast(codes []string, nations []corpus.Nation, lo, at int) string {
	best, dist, tie := "", -1, false
	for _, code := range codes {
		states := issuers(code)
		for _, n := range nations {
			if !slices.Contains(states, n.Code) {
				continue
			}
			for _, m := range n.Mentions {
				if m.Start < lo || m.End > at {
					continue
				}
				switch d := abs(m.Start - at); {
				case dist < 0 || d < dist:
					best, dist, tie = code, d, false
				case d == dist && code != best:
					tie = true
				}
			}
		}
	}
	if tie {
		return ""
	}
	return best
}

// sameParagraph reports that tokens a and b lie in one paragraph (one
// line).
func (p *parser) sameParagraph(a, b int) bool {
	return p.d.LineStart(a) == p.d.LineStart(b)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// restatedBelow is the dollar or pound, named outright, in which the
// lines under the headline or a heading restate the amount of a bare "$"
// or "pounds" in that headline or heading, when they all name the same:
// a heading leaves out what its section says ("Канада: вуглецевий податок
// подорожчав до 80 доларів за тонну" over "з 65 до 80 канадських доларів
// за тонну"). Else "", and so when they restate it in two currencies.
func (p *parser) restatedBelow(i int) string {
	h := &p.hits[i]
	body := p.d.BodyStart()
	head := h.start < body
	line := p.d.LineStart(h.start)
	if !head && p.d.Heading(h.start) != line {
		return ""
	}
	code, group := "", ""
	for k := i + 1; k < len(p.hits); k++ {
		o := &p.hits[k]
		if p.d.LineStart(o.start) == line || !head && p.d.Heading(o.start) != line {
			continue
		}
		if o.cur.role&(local|amb|minor) != 0 || less(o.val, h.val) || less(h.val, o.val) {
			continue
		}
		if code != "" && code != o.cur.code {
			return "" // restated in two currencies, it is in neither
		}
		code, group = o.cur.code, o.cur.group
	}
	if group != h.cur.group {
		return ""
	}
	return code
}

// namedBefore is the foreign dollar or pound that hit i's sentence named
// outright before it, when the hit is a bare "dollars" or "pounds": "1,200
// Egyptian pounds for foreigners, 200 pounds for locals". A conversion
// ("C$1.3 billion ($950 million)") is in a currency of its own, and so is
// a bare sign: "C$500 million from Ottawa, $300 million from Washington".
func (p *parser) namedBefore(i int) string {
	h := &p.hits[i]
	if h.base != nil || h.cur.role&sign != 0 {
		return ""
	}
	local := localIssuers[h.cur.code]
	// each earlier hit widens the stretch back to h that must hold no
	// sentence end by the tokens between it and the stretch read so far
	read := h.start
	for k := i - 1; k >= 0; k-- {
		prev := &p.hits[k]
		for q := prev.end; q < read; q++ {
			if p.toks[q].Gap >= token.Newline || p.sentencePunct(q) {
				return ""
			}
		}
		read = min(read, prev.end)
		if s := issuers(prev.cur.code); len(s) == 1 && local[s[0]] == prev.cur.code {
			return prev.cur.code
		}
	}
	return ""
}

// ministerInSentence reports that hit i's sentence names a minister of
// the state that issues code, the usual meaning of a bare "$" or "pounds",
// and neither a minister of the state that issues local, the one the text
// is about, nor that state: there the sentence speaks of the other state's
// money. "Treasury Secretary Steven Mnuchin is haggling over a package
// worth between one and two trillion dollars" in a Canadian budget story
// is in US dollars.
func (p *parser) ministerInSentence(i int, e *corpus.Entities, code, local string) bool {
	home, other := issuers(code), issuers(local)
	if len(home) != 1 {
		return false
	}
	h := &p.hits[i]
	a, b := p.sentenceStart(h.start), h.end
	for b < p.n && p.toks[b].Gap < token.Newline && !p.sentencePunct(b-1) {
		b++
	}
	span := p.d.Mention(a, b)
	in := func(ms []corpus.Mention) bool {
		return slices.ContainsFunc(ms, func(m corpus.Mention) bool { return m.Start >= span.Start && m.End <= span.End })
	}
	found := false
	for _, m := range e.Ministers {
		switch {
		case !in(m.Mentions):
		case m.Nation == home[0]:
			found = true
		case slices.Contains(other, m.Nation):
			return false
		}
	}
	if !found {
		return false
	}
	for _, n := range e.Nations {
		if slices.Contains(other, n.Code) && in(n.Mentions) {
			return false
		}
	}
	return true
}

// onlyPound is the foreign pound of a bare "pounds" at hit i whose state
// its paragraph, or the heading over it, mentions, else the one whose
// state the text mentions most, in a text that neither
// names sterling nor mentions Britain or a British minister: "1,25
// sterline" among Egypt's bread subsidies, or "30,9 фунта" under a
// round-up's "Єгипет: МВФ не поспішає". A text that names one foreign
// pound outright ("sterline egiziane") means no other.
func (p *parser) onlyPound(i int, e *corpus.Entities) string {
	h := &p.hits[i]
	if h.cur.code != "GBP" || h.cur.role&sign != 0 {
		return ""
	}
	if mentions(e.Nations, "GB") || slices.ContainsFunc(e.Ministers, func(m corpus.Minister) bool { return m.Nation == "GB" }) {
		return ""
	}
	found := ""
	for k := range p.hits {
		c := p.hits[k].cur
		switch {
		case c.code == "GBP" && c.role&local == 0:
			return "" // sterling by sign, code or full name
		case c.role&(local|amb|minor) == 0 && isLocalPound(c.code):
			if found != "" && found != c.code {
				return ""
			}
			found = c.code
			if !p.sharesWord(k, i) {
				// the writer calls that pound by another word ("lire
				// libanesi"), so the bare "sterline" is sterling: "Londra ha
				// annunciato un pacchetto da 10 milioni di sterline"
				return ""
			}
		}
	}
	codes := []string{found}
	if found == "" {
		codes = slices.Sorted(maps.Values(localPounds))
	}
	if code := p.issuerInParagraph(i, codes, e.Nations); code != "" {
		return code
	}
	if code := p.issuerInHeading(i, codes, e.Nations); code != "" {
		return code
	}
	// an explainer on Syria's money whose paragraph under "Чому саме
	// зараз?" speaks only of "фунтів"
	return mostNamedLocal(localPounds, found, e.Nations)
}

// sharesWord reports that the name of the currency of hit k holds the
// word that names the bare currency of hit i, or one of its forms: "lire
// libanesi" and "lire", "Egyptian pounds" and "pound", but not "lire
// libanesi" and "sterline". Forms share their first letters ("sterlina",
// "sterline"; "фунт", "фунтів").
func (p *parser) sharesWord(k, i int) bool {
	w := p.toks[p.hits[i].end-1].Norm
	for q := p.hits[k].start; q < p.hits[k].end; q++ {
		if t := &p.toks[q]; t.Kind == token.Word && sameStem(t.Norm, w) {
			return true
		}
	}
	return false
}

// sameStem reports two words whose first four letters (all of a shorter
// word's) are the same.
func sameStem(a, b string) bool {
	n := 0
	for n < 4 && a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return false
		}
		a, b, n = a[sa:], b[sb:], n+1
	}
	return n == 4 || a == "" && b == ""
}

// mentions reports that nations hold the state code.
func mentions(nations []corpus.Nation, code string) bool {
	return slices.ContainsFunc(nations, func(n corpus.Nation) bool { return n.Code == code })
}

// mentionCount is how many times nations mention the state code.
func mentionCount(nations []corpus.Nation, code string) int {
	n := 0
	for _, x := range nations {
		if x.Code == code {
			n += len(x.Mentions)
		}
	}
	return n
}

// ministersOf is how many of the ministers found serve the state code.
func ministersOf(e *corpus.Entities, code string) int {
	n := 0
	for _, m := range e.Ministers {
		if m.Nation == code {
			n++
		}
	}
	return n
}

// outnumbered reports a state other than home, whose currency a bare
// name of code could be, mentioned more often than home is spoken for:
// its mentions and extra (the ministers who speak for it).
func outnumbered(nations []corpus.Nation, code, home string, extra int) bool {
	said := extra + mentionCount(nations, home)
	for _, n := range nations {
		_, rival := localIssuers[code][n.Code]
		if n.Code != home && (rival || slices.Contains(issuers(code), n.Code)) && len(n.Mentions) > said {
			return true
		}
	}
	return false
}

// dominates reports that the text mentions the state home more than
// twice as often as any other.
func dominates(nations []corpus.Nation, home string) bool {
	n := mentionCount(nations, home)
	for _, x := range nations {
		if x.Code != home && 2*len(x.Mentions) >= n {
			return false
		}
	}
	return true
}

// names reports whether the text names the currency code outright rather
// than by a bare "$" or "dollars": "US$", "U.S. dollars", "C$".
func (p *parser) names(code string) bool {
	for _, h := range p.hits {
		if h.cur.code == code && h.cur.role&(local|minor) == 0 {
			return true
		}
	}
	return false
}

// leadCapital is the state whose capital the headline or the body's
// first sentence names, of the states other than the US that issue a
// dollar: Ottawa, Canberra, Wellington; else "".
func (p *parser) leadCapital() string {
	end := p.d.BodyStart()
	for k := end; k < p.n && k < end+60; k++ {
		if t := &p.toks[k]; t.Kind == token.Punct && strings.Contains(".!?", t.Norm) {
			end = k
			break
		}
	}
	for k := 0; k < end && k < p.n; k++ {
		if !p.toks[k].Cap {
			continue
		}
		switch p.toks[k].Norm {
		case "ottawa":
			return "CA"
		case "canberra":
			return "AU"
		case "wellington":
			return "NZ"
		}
	}
	return ""
}

// isLocalPound reports a pound other than sterling.
func isLocalPound(code string) bool {
	for _, c := range localPounds {
		if c == code {
			return true
		}
	}
	return false
}

// localCurrency reads a bare "$" or "dollars" as the dollar of the state
// the text is about, and a bare "pounds" as its pound (Egypt's, Lebanon's),
// else as what the name means elsewhere, code: the US dollar, sterling.
// A text is about a state when more than half of the ministers it names
// with a nation, and two at least, are that state's, and no state is
// mentioned more often than it and its ministers together: a domestic
// story, such as an Australian op-ed's "tuition of $30,000", or a budget
// day in Ottawa that quotes one US secretary. Only a state whose "$" the
// bare one could be counts against it: an Australian story about Papua
// New Guinea names PNG more and still writes Australia's dollars.
// Summits, aid and disaster reports name ministers of several states, and
// their dollars are mostly US dollars even where one state is mentioned
// most; but three ministers of a state that the text mentions more than
// twice as often as any other make its story, whoever else it quotes
// (a Canadian defence story that names former ministers of three European
// states). A foreign dollar the text names outright ("NT$", "C$") says nothing of the bare ones: writers
// name it just where "$" would be read as the US dollar. An Italian or
// Ukrainian paper writes "dollari australiani" for Australia's dollar
// whenever the US is in the story too: there a bare "$" is the US dollar.
// An English text that writes the US dollar outright ("US$50 billion",
// usNamed) means another dollar by a bare "$": that of the dollar-issuing
// state it mentions most, as Canadian and Australian papers write. An
// Italian or Ukrainian one names both dollars outright and still means
// the US one by a bare "доларів".
//
// A story whose headline or first sentence speaks from the capital of a
// dollar-issuing state (lead: "Ottawa's cap on foreign students", "Ottawa
// and Google announced") and names two of its ministers at least is that
// state's, even when it quotes ministers of others as much: its bare "$"
// is that state's dollar, unless another state whose dollar it could be
// is mentioned more, or the text names that dollar outright ("C$").
func localCurrency(e *corpus.Entities, code, lang string, usNamed, localNamed bool, lead string) string {
	if code == "USD" && usNamed && lang == "en" {
		if local := mostNamedLocal(localDollars, "", e.Nations); local != "" {
			return local
		}
	}
	if local, ok := localIssuers[code][lead]; ok && code == "USD" && lang == "en" && !usNamed && !localNamed &&
		ministersOf(e, lead) >= 2 && !outnumbered(e.Nations, code, lead, 0) {
		return local
	}
	if code == "USD" && lang != "en" && mentions(e.Nations, "US") {
		return code // an Italian or Ukrainian story that speaks of the US means its dollar by "$"
	}
	byNation := map[string]int{}
	named := 0
	for _, m := range e.Ministers {
		if m.Nation != "" {
			byNation[m.Nation]++
			named++
		}
	}
	home, ministers := "", 0
	for c, k := range byNation {
		if k > ministers {
			home, ministers = c, k
		}
	}
	local, ok := localIssuers[code][home]
	if !ok || ministers < 2 || ministers*2 <= named+1 && !(ministers >= 3 && dominates(e.Nations, home)) {
		return code
	}
	// "Finance Minister Nicola Willis" in a Wellington paper speaks for New Zealand
	if outnumbered(e.Nations, code, home, ministers) {
		return code
	}
	return local
}

// mostNamedLocal is the currency of the state of table (localDollars,
// localPounds) whose own it is, of code when code is not "", that the
// nations mention most: twice at least, and more than any other such
// state; else "".
func mostNamedLocal(table map[string]string, code string, nations []corpus.Nation) string {
	best, most, tie := "", 1, false
	for _, n := range nations {
		c, ok := table[n.Code]
		switch {
		case !ok || code != "" && c != code:
		case len(n.Mentions) > most:
			best, most, tie = c, len(n.Mentions), false
		case len(n.Mentions) == most:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// issuerNamed picks, of the currencies codes, the one whose issuing state
// (the first two letters of a national currency's ISO 4217 code) the
// nations mention most, or "" when they mention none. Of two as often
// mentioned, the one named first leads: "Rs" in a story that opens in
// Lahore and names India once, as it names Pakistan, is Pakistan's.
func issuerNamed(codes []string, nations []corpus.Nation) string {
	best, most := "", 0
	for _, n := range nations {
		if len(n.Mentions) <= most {
			continue
		}
		for _, code := range codes {
			if slices.Contains(issuers(code), n.Code) {
				best, most = code, len(n.Mentions)
				break
			}
		}
	}
	return best
}

// namedMoreOften reports that the text names the states of a three times at
// least, and twice as often as those of b.
func namedMoreOften(a, b []string, nations []corpus.Nation) bool {
	na, nb := 0, 0
	for _, n := range nations {
		switch {
		case slices.Contains(a, n.Code):
			na += len(n.Mentions)
		case slices.Contains(b, n.Code):
			nb += len(n.Mentions)
		}
	}
	return na >= 3 && na >= 2*nb
}

// issuers lists the states that issue a currency: the first two letters of
// a national currency's code, the members of the two CFA franc unions
// and of the euro area.
func issuers(code string) []string {
	switch code {
	case "XOF":
		return []string{"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"}
	case "XAF":
		return []string{"CM", "CF", "TD", "CG", "GQ", "GA"}
	case "EUR":
		// the euro area, which an ambiguous "cents" of its paragraph
		// means: "Словаччина бере 15 центів"
		return []string{"AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
			"LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"}
	}
	if len(code) != 3 || code[0] == 'X' {
		return nil
	}
	return []string{code[:2]}
}

// near reports whether token q exists and follows its predecessor on the
// same line.
func (p *parser) near(q int) bool { return q < p.n && p.toks[q].Gap <= token.Space }

// word looks token q up, joining words the tokenizer split at an
// apostrophe ("п'ять", "d'"). It returns the entry and how many tokens it
// covers; the zero entry when the token is unknown.
func (p *parser) word(q int) (entry, int) {
	if q >= p.n {
		return entry{}, 1
	}
	t := &p.toks[q]
	e := p.lx.lookup(t.Norm)
	if e == nil {
		if t.Kind == token.Word && len(p.lx.compound) > 0 {
			for _, f := range p.lx.compound {
				if v, ok := f(t.Norm); ok {
					return entry{flags: fNum, num: decInt(v)}, 1
				}
			}
		}
		return entry{}, 1
	}
	if e.apos != nil && q+1 < p.n && p.toks[q+1].Norm == "'" && p.toks[q+1].Gap == token.None {
		if q+2 < p.n && p.toks[q+2].Gap == token.None && p.toks[q+2].Kind == token.Word {
			if c := e.apos[p.toks[q+2].Norm]; c != nil {
				return *c, 3
			}
		}
		if c := e.apos[""]; c != nil {
			return *c, 2
		}
	}
	return *e, 1
}

// canStart reports whether an amount may begin at token i.
func (p *parser) canStart(i int) bool {
	t := &p.toks[i]
	if t.Kind == token.Number {
		return true
	}
	if p.lx.mayStart(t.Norm) {
		if e := p.lx.lookup(t.Norm); e != nil && e.canStart() {
			return true
		}
	}
	if t.Kind == token.Word {
		for _, f := range p.lx.compound {
			if _, ok := f(t.Norm); ok {
				return true
			}
		}
	}
	return false
}

// match reports the length of the phrase ph at token q, or 0.
func (p *parser) match(q int, ph phrase) int {
	if q+len(ph) > p.n || len(ph) == 0 {
		return 0
	}
	for k, w := range ph {
		t := &p.toks[q+k]
		if t.Norm != w || (k > 0 && t.Gap > token.Space) {
			return 0
		}
	}
	return len(ph)
}

// matchAny reports the length of the first (longest) phrase at q, or 0.
func (p *parser) matchAny(q int, phs []phrase) int {
	for _, ph := range phs {
		if n := p.match(q, ph); n > 0 {
			return n
		}
	}
	return 0
}

// matchCur finds the longest currency name at token q that may take the
// wanted role, and the token after it.
func (p *parser) matchCur(q int, want role) (*curInfo, int) {
	if q >= p.n {
		return nil, q
	}
	e := p.lx.lookup(p.toks[q].Norm)
	if e == nil || e.cur == nil {
		return nil, q
	}
	node := e.cur
	best, bestEnd := p.pick(node, q, want), q+1
	for j := q + 1; node.next != nil && j < p.n && p.toks[j].Gap <= token.Space; j++ {
		node = node.next[p.toks[j].Norm]
		if node == nil {
			break
		}
		if c := p.pick(node, q, want); c != nil {
			best, bestEnd = c, j+1
		}
	}
	if best == nil {
		return nil, q
	}
	return best, bestEnd
}

func (p *parser) pick(n *curNode, q int, want role) *curInfo {
	for _, c := range n.cands {
		if c.role&want != 0 && p.reqsOK(c, q) {
			return c
		}
	}
	return nil
}

func (p *parser) reqsOK(c *curInfo, q int) bool {
	for k, r := range c.reqs {
		t := &p.toks[q+k]
		if r&reqUpper != 0 && !t.Upper || r&reqCap != 0 && !t.Cap || r&reqLower != 0 && t.Cap ||
			r&reqTight != 0 && t.Gap != token.None {
			return false
		}
	}
	return true
}

// skipArticle steps over an article after a qualifier or a range word
// ("tra i 2 e i 3 miliardi").
func (p *parser) skipArticle(q int) int {
	if p.near(q) {
		if e, w := p.word(q); e.flags&fArticle != 0 && p.near(q+w) {
			return q + w
		}
	}
	return q
}

// skipAbbrevDot steps over the period of an abbreviation ("тис. грн",
// "mln. di euro") when the amount goes on after it: a currency name, a
// word such as "di", or a range's infix and its second number ("від 500
// тис. до 8 млн гривень") follows. After a word written in full ("million.") the
// period ends the sentence, and so it does before a word that only begins
// a currency name ("A" of "A$" in "$400 million. A spokesman…").
func (p *parser) skipAbbrevDot(q int) int {
	if q > 0 && q+1 < p.n && p.toks[q].Norm == "." && p.toks[q].Gap == token.None && p.near(q+1) &&
		utf8.RuneCountInString(p.toks[q-1].Norm) <= maxAbbrevLen {
		if c, _ := p.matchCur(q+1, post); c != nil {
			return q + 1
		}
		if e, _ := p.word(q + 1); e.flags&fOf != 0 {
			return q + 1
		}
		if p.rangeInfixAt(q + 1) {
			return q + 1 // "від 500 тис. до 8 млн гривень": the range goes on
		}
	}
	return q
}

// rangeInfixAt reports a word in lower case at q that joins the two ends
// of a range, with a number after it: a sentence that ends after an
// abbreviation opens with a capital.
func (p *parser) rangeInfixAt(q int) bool {
	if p.toks[q].Kind != token.Word || p.toks[q].Cap {
		return false
	}
	n := p.matchAny(q, p.lx.infixes)
	for k := 0; n == 0 && k < len(p.lx.ranges); k++ {
		n = p.match(q, p.lx.ranges[k].infix)
	}
	return n > 0 && q+n < p.n && p.near(q+n) && p.toks[q+n].Kind == token.Number
}

// maxAbbrevLen is the longest abbreviation of a scale word: "mln", "mld",
// "тис", "млрд".
const maxAbbrevLen = 4

func (p *parser) isPercent(q int) bool {
	return p.near(q) && p.matchAny(q, p.lx.percent) > 0
}

// parse tries an amount, or a range of two, starting at token i, and
// records what it finds. It returns the token after the expression.
func (p *parser) parse(i int) (int, bool) {
	if p.toks[i].Kind != token.Word {
		return p.expr(i, i, nil)
	}
	if e := p.lx.lookup(p.toks[i].Norm); e != nil && e.flags&fRangeOpen != 0 {
		for k := range p.lx.ranges {
			f := &p.lx.ranges[k]
			n := p.match(i, f.open)
			if n == 0 || !p.near(i+n) {
				continue
			}
			if end, ok := p.expr(i, p.skipQualifier(p.skipArticle(i+n)), f); ok {
				return end, true
			}
		}
	}
	return p.expr(i, i, nil)
}

// expr parses one side at j and, if a range infix follows, the other; the
// expression began at start (a range opener, or j itself).
func (p *parser) expr(start, j int, f *rangeFrame) (int, bool) {
	a, ok := p.side(j, f != nil, false)
	if !ok {
		return 0, false
	}
	k := a.end
	var n int
	if p.near(k) {
		if f != nil {
			n = p.match(k, f.infix)
		} else {
			n = p.matchAny(k, p.lx.infixes)
		}
	}
	if n > 0 {
		m := k + n
		if f != nil {
			m = p.skipArticle(m)
		}
		// A qualifier after a word infix is inside the range ("from about
		// 80 to about 130"); after a dash it opens an aside ("began on
		// July 8 - about €8.8 billion").
		if f != nil || p.toks[k].Kind == token.Word {
			m = p.skipQualifier(m)
		}
		if p.near(m) {
			if b, ok := p.side(m, f != nil, true); ok {
				if end, ok := p.emitRange(start, a, b, f != nil); ok {
					return end, true
				}
			}
		}
	}
	if f != nil {
		return 0, false
	}
	if a.cur == nil && p.toks[j].Kind == token.Number {
		if end, ok := p.list(start, a); ok {
			return end, true
		}
	}
	return p.emitSingle(start, a)
}

// maxListed bounds the amounts one list may join.
const maxListed = 8

// list reads amounts joined by commas and a connector that share the
// currency named after the last of them: "200, 500 and 1,000 naira", "9,7
// e 8,5 miliardi di dollari". Each is an amount of its own, not a range's
// end, and takes the last one's scale when it has none.
func (p *parser) list(start int, a side) (int, bool) {
	items := []side{a}
	joined := false
	for k := a.end; len(items) < maxListed && k+1 < p.n && p.near(k); {
		comma := p.toks[k].Norm == ","
		e, w := p.word(k)
		if n := p.correctionAt(start, k); n > 0 && len(items) == 1 {
			comma, w = false, n
		} else if !comma && e.flags&fConnector == 0 || comma && joined {
			return 0, false
		}
		if comma {
			w = 1
		}
		m := k + w
		if m >= p.n || p.toks[m].Kind != token.Number || p.toks[m].Gap != token.Space {
			return 0, false
		}
		b, ok := p.side(m, true, false)
		if !ok || b.pre {
			return 0, false
		}
		joined = joined || !comma
		if b.cur == nil {
			items = append(items, b)
			k = b.end
			continue
		}
		if !joined || slices.ContainsFunc(items, func(s side) bool { return s.yearLike() }) {
			return 0, false
		}
		n := len(p.hits)
		end, ok := p.emitSingle(b.start, b)
		if !ok || len(p.hits) == n {
			return 0, false
		}
		last := p.hits[n]
		listed := make([]hit, 0, len(items))
		for i, s := range items {
			v, exp := s.val, s.exp
			if !s.scaled && b.scaled && b.exp >= 0 && !b.article {
				if thousandOrMore(v) {
					continue
				}
				v, exp = v.shift(b.exp), b.exp
			}
			if last.cur.role&minor != 0 {
				v = v.shift(last.cur.role.minorShift())
			}
			h := hit{val: v, cur: last.cur, start: s.start, end: s.end, scaled: s.scaled || b.scaled, exp: exp}
			if i == 0 {
				h.start, h.qual = p.qualifier(start)
			}
			listed = append(listed, h)
		}
		p.hits = append(append(p.hits[:n], listed...), last)
		return end, true
	}
	return 0, false
}

// correctionAt is the length of the word, a comma before it or not, at
// token k that puts a number in the place of the one negated at token
// start ("не 10 500, а 5 900 фунтів"), or 0.
func (p *parser) correctionAt(start, k int) int {
	for _, c := range p.lx.corrections {
		o := start - len(c.open)
		if o < 0 || !p.near(start) || p.match(o, c.open) == 0 {
			continue
		}
		q := k
		if p.toks[q].Norm == "," {
			q++
		}
		if n := p.match(q, c.infix); n > 0 && p.near(q) {
			return q + n - k
		}
	}
	return 0
}

// skipQualifier passes a qualifier at q inside a range: "da circa 80 a
// circa 130 euro", "from about 80 to about 130 euros".
func (p *parser) skipQualifier(q int) int {
	for e := q + 1; e <= q+3 && e < p.n && p.near(e); e++ {
		for _, ql := range p.lx.quals[p.toks[e-1].Norm] {
			if len(ql.words) == e-q && p.match(q, ql.words) > 0 {
				return e
			}
		}
	}
	return q
}

// amount is a number, written with digits or words, with its scale.
type amount struct {
	val       dec
	base      dec // the number before the final scale ("2" of "2 billion")
	exp       int // that scale's power of ten, or -1
	end       int
	scaled    bool // a scale word applies ("million", "k", "млн")
	endsScale bool // the amount ends with its scale word (so "di" may follow)
	formatted bool // written with separators or decimals ("1,500", "3.50")
	plain     bool // a bare integer written with digits
	article   bool // "a million", or a lone scale word ("million dollars")
}

// side is one amount with its currency, if it has one of its own.
type side struct {
	amount
	start   int
	cur     *curInfo
	pre     bool // the currency comes first ("€10")
	preWord bool // … and is a word, not a sign or code ("euro 10.000")
	curWord bool // the currency is a name after the number ("10 dollars")
	glued   bool // "-" joins number and currency ("million-dollar")
}

func (p *parser) side(q int, noConn, cont bool) (side, bool) {
	s := side{start: q}
	j := q
	if p.toks[j].Kind == token.Number {
		// No currency sign before: go straight to the number.
	} else if c, k := p.matchCur(j, pre); c != nil && p.near(k) && (c.role&tight == 0 || p.toks[k].Gap == token.None) {
		// A pair such as "EUR/USD 1.08" is a quote, not an amount.
		if p.toks[k].Norm == "/" || j > 0 && p.toks[j].Gap == token.None && p.toks[j-1].Norm == "/" {
			return s, false
		}
		s.cur, s.pre = c, true
		s.preWord = c.role&sign == 0
		j = k
	}
	// A code that is also a word or an acronym, touching a small bare
	// number, names something: "COP30" is a conference ("INR20" is money).
	codeGlued := s.pre && j < p.n && p.toks[j].Gap == token.None && wordCode(s.cur, &p.toks[j-1])
	if j >= p.n {
		return s, false
	}
	a, ok := p.amount(j, s.pre, noConn, cont)
	if !ok {
		return s, false
	}
	s.amount = a
	j = a.end
	if codeGlued && !a.scaled && !a.formatted {
		return s, false
	}
	if s.pre {
		// "$10 million USD": the same currency said again.
		if c, k := p.matchCur(j, post); c != nil && p.near(j) && c.code == s.cur.code && c.role&minor == 0 &&
			!(k < p.n && p.toks[k].Kind == token.Number) {
			j = k
		}
		s.end = j
		return s, true
	}
	k := j
	glued := false
	if k+1 < p.n && p.toks[k].Norm == "-" && p.toks[k].Gap == token.None && p.toks[k+1].Gap == token.None &&
		p.toks[k+1].Kind == token.Word {
		if p.toks[k+1].Cap && !p.toks[k+1].Upper {
			// a wire's slug before its headline, "UPDATE 2-Mexican peso
			// slides": a compound's word after the hyphen is not capitalized
			return s, false
		}
		k++
		glued = true
	}
	c, e := p.matchCur(k, post)
	if c == nil && (a.endsScale || a.formatted && !less(a.val, dec{m: 1, e: 6})) && p.near(k) {
		// "30 milioni di euro"
		if of, w := p.word(k); of.flags&fOf != 0 {
			if c2, e2 := p.matchCur(k+w, post); c2 != nil && p.near(k+w) {
				c, e, k = c2, e2, k+w
			}
		}
	}
	if c != nil && p.near(k) && (c.role&tight == 0 || p.toks[k].Gap == token.None) {
		// A sign touching the next number belongs to it: "10 $20".
		if !(c.role&pre != 0 && e < p.n && p.toks[e].Kind == token.Number && p.toks[e].Gap == token.None &&
			p.toks[k].Gap != token.None) {
			s.cur = c
			s.curWord = c.role&sign == 0
			s.glued = glued
			j = e
			if c.role&amb != 0 {
				if c2, e2 := p.glossCode(e, c); c2 != nil {
					s.cur, j = c2, e2
				}
			}
			if c.scale > 0 {
				if a.scaled || !p.endsPhrase(e) {
					return s, false // "3 million grand", "5 grand slams"
				}
				// "5 grand": the name carries its own thousand.
				s.val, s.base, s.exp = a.val.shift(c.scale), a.val, c.scale
				s.scaled, s.endsScale, s.plain = true, true, false
			}
		}
	}
	s.end = j
	return s, true
}

// glossCode reads a code in parentheses at q that says which of its
// family an ambiguous name means: "150.000 rupie (LKR)".
func (p *parser) glossCode(q int, c *curInfo) (*curInfo, int) {
	if q+2 >= p.n || p.toks[q].Norm != "(" || !p.near(q) {
		return nil, q
	}
	c2, e := p.matchCur(q+1, post)
	if c2 == nil || c2.role&amb != 0 || e >= p.n || p.toks[e].Norm != ")" {
		return nil, q
	}
	if !slices.Contains(p.meanings(c), c2.code) {
		return nil, q
	}
	return c2, e + 1
}

// meanings are the currencies an ambiguous name c may mean: those its
// entry lists, else its whole family.
func (p *parser) meanings(c *curInfo) []string {
	if c.among != nil {
		return c.among
	}
	return p.lx.groupCodes[c.group]
}

// endsPhrase reports whether the amount's phrase ends before token q: at a
// punctuation mark, a line end or a word that may follow an amount ("a
// year", "for", "apiece").
func (p *parser) endsPhrase(q int) bool {
	if q >= p.n || p.toks[q].Gap > token.Space || p.toks[q].Kind == token.Punct {
		return true
	}
	e := p.lx.lookup(p.toks[q].Norm)
	return e != nil && e.flags&fOneNext != 0
}

// amount reads a number at q. afterPre says a currency sign precedes it;
// cont that it continues a range ("2-3"), so it may touch what precedes.
func (p *parser) amount(q int, afterPre, noConn, cont bool) (amount, bool) {
	if p.toks[q].Kind == token.Number {
		return p.digitAmount(q, afterPre, cont, noConn)
	}
	return p.wordAmount(q, noConn)
}

// numberStartsHere rejects digits that continue something else: "G7",
// "F-16", the "30" of "10:30" or of "1.2.30".
func (p *parser) numberStartsHere(q int) bool {
	if q == 0 || p.toks[q].Gap != token.None {
		return true
	}
	prev := &p.toks[q-1]
	switch prev.Kind {
	case token.Word:
		return false
	case token.Punct:
		switch prev.Norm {
		case ",", ".", ":", "/", "'", "-", "#", "№", "+":
			if q >= 2 && prev.Gap == token.None && p.toks[q-2].Kind != token.Punct {
				return false
			}
			return prev.Norm != "#" && prev.Norm != "№" && prev.Norm != "+"
		}
	}
	return true
}

func (p *parser) digitAmount(q int, afterPre, cont, noConn bool) (amount, bool) {
	var a amount
	if !afterPre && !cont && !p.numberStartsHere(q) {
		return a, false
	}
	v, j, formatted, ok := p.digits(q)
	if !ok {
		return a, false
	}
	if n := p.toks[q].Norm; j == q+1 && len(n) > 1 && n[0] == '0' {
		return a, false // a leading zero writes a code or a name, no sum: "TOP 09", "007"
	}
	a = amount{val: v, base: v, exp: -1, formatted: formatted, plain: !formatted}
	// "10-million-euro"
	if j+1 < p.n && p.toks[j].Norm == "-" && p.toks[j].Gap == token.None && p.toks[j+1].Gap == token.None &&
		len(p.toks[j+1].Norm) > 1 {
		if e, _ := p.word(j + 1); e.flags&fScale != 0 {
			j++
		}
	}
	if j < p.n && p.toks[j].Gap <= token.Space {
		e, w := p.word(j)
		t := &p.toks[j]
		if t.Gap == token.None && t.Kind == token.Word && e.flags&fScale == 0 && e.cur == nil {
			return a, false // "10th", "5G"
		}
		if e.flags&fScale != 0 && (len(t.Norm) > 1 || t.Gap == token.None || afterPre) {
			a.base, a.exp = v, e.exp
			j = p.skipAbbrevDot(j + w)
			// "₹1.48 lakh crore", "2 thousand million": a larger scale
			// after a smaller one multiplies it.
			if e2, w2 := p.word(j); e2.flags&fScale != 0 && e2.exp > e.exp && p.near(j) && len(p.toks[j].Norm) > 1 {
				a.exp += e2.exp
				j = p.skipAbbrevDot(j + w2)
			}
			a.val = v.shift(a.exp)
			a.scaled, a.endsScale, a.plain = true, true, false
			if k := p.matchAny(j, p.lx.andHalf); k > 0 && p.near(j) {
				// "2 milioni e mezzo" is 2.5 million, at that scale
				a.val, _ = add(a.val, dec{m: 5, e: a.exp - 1})
				a.base, _ = add(a.base, dec{m: 5, e: -1})
				j += k
			} else if c, w := p.word(j); !afterPre && !noConn && v.integer() && p.near(j) && (c.flags&fConnector != 0 && p.near(j+w) &&
				p.toks[j+w].Kind == token.Number || p.toks[j].Kind == token.Number) {
				// "1 milione e 200 mila euro", "2 млрд 300 млн гривень"; a
				// count with a fraction is whole by itself, and a second
				// amount follows it: "rispettivamente 1,5 miliardi e 800
				// milioni di dollari"
				k := j + w
				if p.toks[j].Kind == token.Number {
					k = j
				}
				if sub, ok := p.digitAmount(k, false, true, true); ok && less(sub.val, dec{m: 1, e: e.exp}) &&
					(k > j || sub.scaled) {
					if sum, ok := add(a.val, sub.val); ok {
						a.val, a.exp, a.endsScale, a.formatted = sum, -1, sub.endsScale, true
						j = sub.end
					}
				}
			}
		}
	}
	a.end = j
	if p.isPercent(j) {
		return a, false
	}
	return a, true
}

// digits reads a number written with digits: 1500, 1,500, 1.500, 1 500,
// 1'500, 1,5, 62.9, 1.234.567,89. A lone separator before three digits is
// a thousands separator unless a scale word follows, when the language's
// decimal mark decides ("1,125 miliardi", "1.125 billion").
func (p *parser) digits(q int) (v dec, end int, formatted bool, ok bool) {
	type group struct {
		tok int
		sep byte
	}
	var gs [8]group
	gs[0] = group{q, 0}
	ng := 1
	j := q + 1
	for ng < len(gs) && j < p.n {
		t := &p.toks[j]
		if t.Kind == token.Punct && t.Gap == token.None && j+1 < p.n && p.toks[j+1].Kind == token.Number &&
			p.toks[j+1].Gap == token.None {
			var c byte
			switch t.Norm {
			case ",":
				c = ','
			case ".":
				c = '.'
			case "'":
				c = '\''
			}
			if c == 0 {
				break
			}
			gs[ng] = group{j + 1, c}
			ng++
			j += 2
			continue
		}
		if t.Kind == token.Number && (t.Gap == token.Thin || t.Gap == token.Space) && t.End-t.Start == 3 &&
			p.tokLen(q) <= 3 && (ng == 1 || gs[ng-1].sep == ' ') {
			gs[ng] = group{j, ' '}
			ng++
			j++
			continue
		}
		break
	}
	// The space-separated groups must not run into a following decimal
	// part with another separator; that case is handled below.
	fracAt := -1
	if ng > 1 {
		last := gs[ng-1].sep
		same := true
		for k := 2; k < ng; k++ {
			if gs[k].sep != gs[1].sep {
				same = false
			}
		}
		switch {
		case !same:
			// "1.234,56", "1 234,56": the last separator differs and is
			// the decimal mark; the others group thousands.
			if last != ',' && last != '.' {
				return p.intToken(q)
			}
			for k := 1; k < ng-1; k++ {
				if gs[k].sep == last || gs[k].sep != gs[1].sep {
					return p.intToken(q)
				}
			}
			fracAt = ng - 1
		case last == ' ' || last == '\'' || ng > 2:
			// grouping only
		default:
			switch {
			case p.tokLen(gs[1].tok) != 3:
				fracAt = 1
			case p.d.Surface(q) == "0":
				fracAt = 1
			case last == ',' && p.lx.decimalComma:
				// Italian and Ukrainian group thousands with a point or a
				// space: "1,125 miliardi", and "2,065 dinari" is two dinars
				// and 65 millimes
				fracAt = 1
			case last == '.' && !p.lx.decimalComma && p.scaleAt(j):
				// "1.125 billion"; without a scale "1.500" may group
				fracAt = 1
			}
		}
	}
	intEnd := ng
	if fracAt >= 0 {
		intEnd = fracAt
	}
	if intEnd > 1 && !p.validGroups(gs[0].tok, func(k int) int { return gs[k].tok }, intEnd, gs[1].sep) {
		if fracAt < 0 && ng == 2 && gs[1].sep != ' ' && gs[1].sep != '\'' {
			// "1234,5": a decimal after a long integer.
			fracAt, intEnd = 1, 1
		} else {
			return p.intToken(q)
		}
	}
	var m uint64
	nd := 0
	addDigits := func(tok int) bool {
		for _, c := range []byte(p.d.Surface(tok)) {
			if m == 0 && c == '0' {
				continue
			}
			if nd++; nd > 18 {
				return false
			}
			m = m*10 + uint64(c-'0')
		}
		return true
	}
	for k := 0; k < intEnd; k++ {
		if !addDigits(gs[k].tok) {
			return dec{}, 0, false, false
		}
	}
	e := 0
	if fracAt >= 0 {
		s := p.d.Surface(gs[fracAt].tok)
		for i := 0; i < len(s); i++ {
			if m == 0 && s[i] == '0' {
				e--
				continue
			}
			if nd++; nd > 18 {
				return dec{}, 0, false, false
			}
			m = m*10 + uint64(s[i]-'0')
			e--
		}
		ng = fracAt + 1
	}
	return dec{m: m, e: e}, gs[ng-1].tok + 1, ng > 1, true
}

// intToken reads token q alone as an integer.
func (p *parser) intToken(q int) (dec, int, bool, bool) {
	s := p.d.Surface(q)
	var m uint64
	nd := 0
	for i := 0; i < len(s); i++ {
		if m == 0 && s[i] == '0' {
			continue
		}
		if nd++; nd > 18 {
			return dec{}, 0, false, false
		}
		m = m*10 + uint64(s[i]-'0')
	}
	return dec{m: m}, q + 1, false, true
}

func (p *parser) tokLen(q int) int { return p.toks[q].End - p.toks[q].Start }

// validGroups checks thousands groups: a lead of one to three digits, then
// groups of three (or the Indian 1,00,000 with groups of two and a last
// group of three).
func (p *parser) validGroups(first int, tok func(int) int, n int, sep byte) bool {
	if l := p.tokLen(first); l < 1 || l > 3 {
		return false
	}
	threes := true
	for k := 1; k < n; k++ {
		if p.tokLen(tok(k)) != 3 {
			threes = false
		}
	}
	if threes {
		return true
	}
	if sep != ',' || n < 3 || p.tokLen(tok(n-1)) != 3 || p.tokLen(first) > 2 {
		return false
	}
	for k := 1; k < n-1; k++ {
		if p.tokLen(tok(k)) != 2 {
			return false
		}
	}
	return true
}

// scaleAt reports whether a scale word follows at q.
func (p *parser) scaleAt(q int) bool {
	if !p.near(q) {
		return false
	}
	if e, _ := p.word(q); e.flags&fScale != 0 {
		return len(p.toks[q].Norm) > 1 || p.toks[q].Gap == token.None
	}
	return false
}

// vagueBefore reports a word before a lone scale word that makes it vague:
// "several million", "multi-million".
func (p *parser) vagueBefore(q int) bool {
	if q == 0 {
		return false
	}
	prev := &p.toks[q-1]
	if prev.Norm == "-" && p.toks[q].Gap == token.None {
		return true
	}
	e := p.lx.lookup(prev.Norm)
	return e != nil && e.flags&fVague != 0
}

// place is the power of ten of the lowest non-zero digit of v: a number
// word after v must be below it ("twenty five", not "twenty twenty").
func place(v dec) uint64 {
	u, ok := v.uint()
	if !ok || u == 0 {
		return 1
	}
	pl := uint64(1)
	for u%10 == 0 {
		u /= 10
		pl *= 10
	}
	return pl
}

func pow10u(e int) uint64 {
	u := uint64(1)
	for ; e > 0 && u < maxMant; e-- {
		u *= 10
	}
	return u
}

// wordAmount reads a number written in words: "one hundred and fifty
// thousand", "half a million", "двісті п'ятдесят тисяч", "un miliardo e
// mezzo", "півтора мільйона".
func (p *parser) wordAmount(q int, noConn bool) (amount, bool) {
	a := amount{exp: -1}
	var total, cur, base dec
	limit := uint64(0)
	lastExp := 1 << 10
	baseExp := -1
	scales := 0
	any, afterMult, ok := false, false, true
	j := q
loop:
	for j < p.n {
		if j > q && p.toks[j].Gap > token.Space {
			break
		}
		e, w := p.word(j)
		switch {
		case e.flags&fNum != 0:
			v := e.num
			u, isInt := v.uint()
			if !cur.zero() && (!isInt || u >= limit) {
				break loop
			}
			if cur.zero() && !total.zero() && (!isInt || u >= pow10u(lastExp)) {
				break loop
			}
			if cur, ok = add(cur, v); !ok {
				return a, false
			}
			limit = place(v)
			any, afterMult = true, false
		case e.flags&fHundred != 0:
			if cur.zero() {
				if j != q || e.flags&fStandalone == 0 || p.vagueBefore(q) {
					break loop
				}
				cur = dec{m: 1}
				a.article = true
			}
			if u, isInt := cur.uint(); isInt && u >= 100 {
				break loop
			}
			cur = cur.shift(2)
			limit = 100
			any, afterMult = true, true
		case e.flags&fScale != 0:
			if len(p.toks[j].Norm) == 1 {
				break loop // "m", "k" follow digits only
			}
			if cur.zero() {
				if !total.zero() || j != q || e.flags&fStandalone == 0 || p.vagueBefore(q) {
					break loop
				}
				cur = dec{m: 1}
				a.article = true
			}
			if e.exp >= lastExp {
				break loop
			}
			if total, ok = add(total, cur.shift(e.exp)); !ok {
				return a, false
			}
			base, baseExp = cur, e.exp
			scales++
			cur = dec{}
			lastExp = e.exp
			any, afterMult = true, true
			j = p.skipAbbrevDot(j + w)
			if k := p.matchAny(j, p.lx.andHalf); k > 0 && p.near(j) {
				// "un miliardo e mezzo" is 1.5 billion, at that scale,
				// and its "un" the numeral, no article: "tra uno e un
				// miliardo e mezzo" ranges over billions
				total, _ = add(total, dec{m: 5, e: e.exp - 1})
				base, _ = add(base, dec{m: 5, e: -1})
				a.article = false
				afterMult = false
				j += k
			}
			continue
		case e.flags&(fOne|fOneMoney) != 0:
			if j != q || !p.near(j+w) {
				break loop
			}
			nx, _ := p.word(j + w)
			if e.flags&fOne != 0 && (nx.flags&(fHundred|fHalf) != 0 || nx.flags&fScale != 0 && len(p.toks[j+w].Norm) > 1) {
				cur = dec{m: 1}
				a.article = true
				break
			}
			if e.flags&fOneMoney != 0 && nx.flags&fOneName != 0 {
				// "a dollar": one, if a currency name follows.
				if c, ce := p.matchCur(j+w, post); c != nil && c.role&(sign|weak) == 0 {
					if c.role&minor != 0 && ce == j+w+1 && !p.ofCurrency(ce) {
						// "Nessuno ha chiesto un centesimo in più", "before
						// a penny reached them": a single coin of no
						// currency named is the idiom of nothing at all;
						// "un centesimo di dollaro" is a price
						break loop
					}
					if c.role&unit != 0 && p.afterAmount(q) {
						// "$3 a pound", "47 cents a pound": a unit price.
						p.unitPrice = true
						break loop
					}
					if p.rateUnitAt(q) {
						break loop // "18,7 pesos per un dollaro": the unit of a rate
					}
					a.val, a.base, a.exp, a.end, a.article = dec{m: 1}, dec{m: 1}, -1, j+w, true
					return a, true
				}
			}
			break loop
		case e.flags&fHalf != 0:
			if !(cur.zero() && total.zero() || a.article && j == q+1) {
				break loop
			}
			k := j + w
			if nx, w2 := p.word(k); nx.flags&fOne != 0 && p.near(k) {
				k += w2 // "half a million"
			}
			nx, _ := p.word(k)
			if !p.near(k) || nx.flags&(fScale|fHundred) == 0 || len(p.toks[k].Norm) == 1 {
				break loop
			}
			cur = dec{m: 5, e: -1}
			a.article = false
			j = k
			continue
		case e.flags&fConnector != 0:
			// "one hundred and fifty", "un milione e duecentomila"
			if noConn || !afterMult || !any || !p.near(j+w) {
				break loop
			}
			nx, _ := p.word(j + w)
			if nx.flags&fNum == 0 {
				break loop
			}
			bound := uint64(100)
			if cur.zero() {
				bound = pow10u(lastExp)
			}
			if u, isInt := nx.num.uint(); !isInt || u >= bound {
				break loop
			}
			afterMult = false
		default:
			// "twenty-five"; a number that cannot extend the one before
			// it ("two-three", "due-tre") leaves the dash to a range.
			if p.toks[j].Norm == "-" && p.toks[j].Gap == token.None && any && j+1 < p.n &&
				p.toks[j+1].Gap == token.None {
				if nx, _ := p.word(j + 1); nx.flags&fNum != 0 {
					if u, isInt := nx.num.uint(); !cur.zero() && isInt && u < limit {
						j++
						continue
					}
				}
			}
			break loop
		}
		j += w
		if any && !cur.zero() && !afterMult {
			// "one and a half million", "два з половиною мільярди"
			if k := p.matchAny(j, p.lx.andHalf); k > 0 && p.near(j) {
				cur, _ = add(cur, dec{m: 5, e: -1})
				limit = 1
				j += k
			}
		}
	}
	if !any {
		return a, false
	}
	if a.val, ok = add(total, cur); !ok || a.val.zero() {
		return a, false
	}
	a.end = j
	a.scaled = scales > 0
	a.endsScale = scales > 0 && cur.zero()
	a.base = a.val
	if scales == 1 && cur.zero() && baseExp >= 0 {
		a.base, a.exp = base, baseExp
	}
	if p.isPercent(j) {
		return a, false
	}
	return a, true
}

// emitRange records both ends of a range. The low end borrows the high
// end's currency and, when it has none of its own, its scale: "€2-3
// billion" is 2 and 3 billion euros.
//
// Framed by "from … to" with the larger amount first, the two are a
// change, not a range: "fell from 1.59 to 0.45 dollars" gives both
// amounts, neither as a range's end.
func (p *parser) emitRange(start int, a, b side, framed bool) (int, bool) {
	cur := b.cur
	if cur == nil {
		cur = a.cur
	}
	if cur == nil && b.scaled && !a.scaled && !b.article && !b.glued && b.exp >= 0 && less(a.val, b.base) {
		// a bare range, "tra i 40 e i 60 milioni": both ends wait for
		// resolveBare
		qs, _ := p.qualifier(start)
		p.bare = append(p.bare, hit{val: a.val.shift(b.exp), start: qs, end: b.end, qual: RangeLow, scaled: true, exp: b.exp},
			hit{val: b.val, start: qs, end: b.end, qual: RangeHigh, scaled: true, exp: b.exp})
		return b.end, true
	}
	if cur == nil || a.cur != nil && b.cur != nil && a.cur.code != b.cur.code {
		return 0, false
	}
	if a.cur == nil && a.yearLike() && p.afterYearPrep(a.start) && !(framed && b.cur != nil && !b.yearLike()) {
		// "raised in February 2023 to S$11,000": a date, then the
		// amount. A range's own opener is no date's preposition when
		// its priced end can be no year: "зросте з 1900 до 2250
		// злотих", "da 2000 a 2400 franchi".
		return 0, false
	}
	if a.cur == nil && !a.scaled && a.start > 0 && p.afterMonth(a.start) {
		return 0, false // "raised on May 4 to 1,920.37 dong": a day, then the amount
	}
	if a.cur != nil && b.cur != nil && a.cur.role&minor != b.cur.role&minor {
		return 0, false
	}
	va, vb := a.val, b.val
	if !a.scaled && b.exp >= 0 && !b.article {
		switch {
		case less(a.val, b.base):
			va = a.val.shift(b.exp)
		case !a.formatted || !thousandOrMore(a.val) || !less(a.val, b.val):
			return 0, false
		}
		// else a whole number written out, which the scale does not
		// reach: "tra 500.000 e 2 milioni di euro"
	}
	change := false
	if !less(va, vb) && (a.cur == nil || b.cur == nil) {
		// "2023 to 30 million": a year, not a range; "$10,000 to 2,000
		// families": a count after the amount
		if !framed || b.cur == nil || a.scaled != b.scaled || !less(vb, va) || a.yearLike() {
			return 0, false
		}
		change = true
	}
	if cur.role&minor != 0 {
		if cur.role&inSum != 0 && !p.issuerMentioned(cur) {
			return 0, false
		}
		va, vb = va.shift(cur.role.minorShift()), vb.shift(cur.role.minorShift())
	}
	if cur.role&weak != 0 && !(b.scaled || b.formatted || a.formatted) && !p.issuerMentioned(cur) {
		return 0, false
	}
	end := b.end
	qs, _ := p.qualifier(start)
	if p.notMoney(start, end, b, cur) {
		return 0, false
	}
	low, high := RangeLow, RangeHigh
	if change {
		low, high = "", ""
	}
	p.grow()
	p.hits = append(p.hits, hit{val: va, cur: cur, start: qs, end: end, qual: low, scaled: b.scaled, exp: b.exp},
		hit{val: vb, cur: cur, start: qs, end: end, qual: high, scaled: b.scaled, exp: b.exp})
	return end, true
}

// emitSingle records one amount, with the cents that may complete it.
func (p *parser) emitSingle(start int, a side) (int, bool) {
	cur := a.cur
	if cur == nil {
		if cur = p.implied(start, a); cur == nil {
			cur = p.rateSubject(a)
		}
		if cur == nil {
			if a.article && a.scaled && !a.glued && p.sameScaleBefore(start, a.exp) && p.endsBare(a.end) {
				// A lone scale word that ends its phrase in a sentence that
				// has priced an amount at its scale before it goes on in
				// its currency: "з 16 млрд євро … зайде хоча б мільярд",
				// "dei 16 miliardi di euro almeno un miliardo,". Elsewhere
				// it counts anything: "a million people", "16 billion euros
				// and reached a million, officials said".
				if n := len(p.bare); n > 0 && p.bare[n-1].end == a.end {
					return 0, false // "miliardo" again, after "un miliardo"
				}
				qs, qual := p.qualifier(start)
				p.bare = append(p.bare, hit{val: a.val, start: qs, end: a.end, qual: qual, scaled: true, exp: a.exp})
				return 0, false
			}
			if a.article || a.glued {
				return 0, false
			}
			whole := !a.scaled && p.toks[start].Kind == token.Number && p.partitiveEnd(a.end) >= 0
			if !a.scaled && !whole && !p.elisionNear(start) {
				return 0, false // most numbers without a currency: years, counts
			}
			qs, qual := p.qualifier(start)
			el := noElision
			if a.scaled || p.amountNear(qs) {
				el = p.elisionBefore(qs)
			}
			if el == noElision && whole {
				el = partOf
			}
			if el == noElision && p.toks[start].Kind == token.Number && p.resumesBefore(qs) {
				el = resumed // the amount it takes up may lie in the sentence before
			}
			if el != noElision && (a.yearLike() || p.isPercent(a.end)) {
				el = noElision // "rispetto al 2023"
			}
			if a.scaled || el != noElision {
				p.bare = append(p.bare, hit{val: a.val, start: qs, end: a.end, qual: qual, scaled: a.scaled, exp: a.exp, elided: el})
			}
			return 0, false
		}
	}
	v := a.val
	end := a.end
	if cur.role&minor != 0 {
		if cur.role&inSum != 0 && !p.issuerMentioned(cur) {
			return 0, false
		}
		v = v.shift(cur.role.minorShift())
	} else if v.integer() {
		if c, e, ok := p.cents(end, a); ok {
			if sum, ok := add(v, c); ok {
				v, end = sum, e
			}
		}
	}
	if rate, _ := p.rateAgainst(end); cur.role&weak != 0 && !(a.scaled || a.formatted) && rate == nil &&
		!p.issuerMentioned(cur) && !p.signPriced(cur, start, end) {
		return 0, false // "five lei", but "480 drams to the dollar", "370 rand al mese" in a story about South Africa
	}
	if a.article && a.glued {
		return 0, false // "a million-dollar question"
	}
	if a.article && !a.scaled && end < p.n && p.near(end) && p.toks[end].Kind == token.Word {
		// "a dollar a day", but not "a dollar amount", "a euro bond".
		if e := p.lx.lookup(p.toks[end].Norm); e == nil || e.flags&fOneNext == 0 {
			return 0, false
		}
	}
	if a.preWord && a.plain && less(v, dec{m: 100}) && p.toks[a.start].Cap {
		return 0, false // "Euro 6", an emission standard
	}
	if u, ok := v.uint(); ok && a.plain && u >= 1900 && u <= 2100 {
		// "Euro 2024", "in 2024 euros"
		if a.preWord {
			return 0, false
		}
		if !a.pre && p.afterYearPrep(a.start) {
			return 0, false
		}
	}
	qs, qual := p.qualifier(start)
	if p.notMoney(start, end, a, cur) {
		return 0, false
	}
	p.grow()
	p.hits = append(p.hits, hit{val: v, cur: cur, start: qs, end: end, qual: qual, scaled: a.scaled, exp: a.exp,
		base: p.glosses(qs, qual, cur)})
	return end, true
}

// afterYearPrep reports a word before token start that a year follows:
// "in 2024", "February 2023".
func (p *parser) afterYearPrep(start int) bool {
	if start == 0 {
		return false
	}
	e := p.lx.lookup(p.toks[start-1].Norm)
	return e != nil && e.flags&fYearPrep != 0
}

// afterMonth reports a month's name right before token start, which makes
// a number there its day.
func (p *parser) afterMonth(start int) bool {
	e := p.lx.lookup(p.toks[start-1].Norm)
	return e != nil && e.flags&fMonth != 0 && p.toks[start].Gap <= token.Space
}

// issuerMentioned reports that the document names a state that issues
// the currency cur by its name (not its sign), which makes a plain number
// before a name that is also a common word an amount: "370 rand" in a
// story about South Africa, "20 левів" in one about Bulgaria.
func (p *parser) issuerMentioned(cur *curInfo) bool {
	return cur.role&sign == 0 && p.issuerInText(cur)
}

// issuerInText reports that the text names a state whose currency cur can
// be.
func (p *parser) issuerInText(cur *curInfo) bool {
	codes := p.meanings(cur)
	if codes == nil {
		codes = []string{cur.code}
	}
	return issuerNamed(codes, p.nations) != ""
}

// signPriced reports a currency's letter before a plain number, in a
// story about its state, in a sentence that speaks of money: "tablets can
// cost R150 or more" among South Africa's pharmacies, not "the R150 road".
func (p *parser) signPriced(cur *curInfo, start, end int) bool {
	return cur.role&sign != 0 && p.issuerInText(cur) && p.cueInSentence(start, end, fMoneyCue, p.n)
}

// glosses returns the currency of the amount just before an amount that
// starts at token s and converts it: another currency, set off by a comma,
// a dash or a parenthesis, with a qualifier or in parentheses ("2.6
// billion krónur (roughly €18 million)", "685 milioni di corone, poco meno
// di 60 milioni di euro"). A conversion of a conversion has the first
// amount's currency.
func (p *parser) glosses(s int, qual string, cur *curInfo) *curInfo {
	if len(p.hits) == 0 {
		return nil
	}
	prev := &p.hits[len(p.hits)-1]
	if prev.cur == cur || prev.cur.code == cur.code || s-prev.end < 1 || s-prev.end > 2 {
		return nil
	}
	paren := false
	for k := prev.end; k < s; k++ {
		switch t := &p.toks[k]; {
		case t.Gap >= token.Newline:
			return nil
		case t.Norm == "(":
			paren = true
		case t.Norm != "," && t.Norm != ":" && !p.spacedDash(k):
			return nil
		}
	}
	if !paren && qual == "" {
		return nil
	}
	return prev.priced()
}

// implied gives a scaled amount without a currency the currency of the
// scaled amount just before it in the same sentence: "Estonia gave €5
// million and Latvia 3 million." The amount must end its clause, so that
// "€5 million for 3 million people" stays a count, unless it repeats the
// shape of the amount before it: "€5 billion in 2023 and 6 billion in
// 2024", "€5 million for tanks and 3 million for shells".
//
// An unscaled amount of a thousand or more written with separators takes
// the currency of an unscaled amount of a thousand or more just before it
// when "and" or "another" joins them and it ends its phrase: "600.000
// euro alla Croce Rossa e 400.000 al PAM", but not "€20,000 and 1,500
// hours"; or when a conversion into another currency glosses it: "70.000
// scellini, circa 490 euro, contro i 206.000 (circa 1.450 euro)".
func (p *parser) implied(start int, a side) *curInfo {
	if a.article || len(p.hits) == 0 {
		return nil
	}
	prev := &p.hits[len(p.hits)-1]
	cur := prev.priced() // "254 miliardi di rand, circa 13 miliardi di euro: una prima tranche di 78 miliardi"
	reach := 15
	glossed := false
	if g := p.glossAt(a.end); g != nil && a.formatted {
		// the amount before may be a conversion into the gloss's currency
		// too: "70.000 scellini al mese, circa 490 euro, contro i 206.000
		// (circa 1.450 euro)"
		if cur.code == g.code && len(p.hits) >= 2 {
			prev = &p.hits[len(p.hits)-2]
			cur = prev.priced()
		}
		glossed = cur.code != g.code
	}
	switch {
	case a.scaled:
		if !prev.scaled || !southAsian(cur) && p.southAsianScale(start, a.end) {
			return nil
		}
	case a.formatted && thousandOrMore(a.val) && (thousandOrMore(prev.val) || glossed) && !prev.scaled && start > 0:
		if e, _ := p.word(start - 1); e.flags&(fConnector|fAdditive) == 0 && !glossed {
			return nil
		}
		reach = 25
	default:
		return nil
	}
	if cur.role&minor != 0 || start-prev.end > reach {
		return nil
	}
	for k := prev.end; k < start; k++ {
		if k > prev.end && p.toks[k].Gap >= token.Newline {
			return nil
		}
		switch p.toks[k].Norm {
		case ".", "!", "?":
			return nil
		}
	}
	if q := a.end; q < p.n && p.toks[q].Gap <= token.Space {
		if p.scaleDot(q) {
			q++ // the noun after a scale's abbreviation: "5 тис. ракет"
		}
		t := &p.toks[q]
		switch {
		case t.Kind == token.Punct && (isSentencePunct(t.Norm) || p.spacedDash(a.end) || glossed):
		case t.Kind == token.Word:
			e := p.lx.lookup(t.Norm)
			if e != nil && e.flags&fConnector != 0 {
				break
			}
			if !a.scaled && e != nil && e.flags&fBareAfter != 0 {
				break
			}
			if prev.end < p.n && p.toks[prev.end].Norm == t.Norm && p.toks[prev.end].Gap <= token.Space {
				break
			}
			return nil
		default:
			return nil
		}
	}
	return cur
}

// glossAt returns the currency of an amount that opens a parenthesis at
// q, a qualifier before it at most ("(circa 1.450 euro)"), or nil.
func (p *parser) glossAt(q int) *curInfo {
	if !p.near(q) || p.toks[q].Norm != "(" || q+1 >= p.n {
		return nil
	}
	m := p.skipQualifier(q + 1)
	if !p.near(m) {
		return nil
	}
	if s, ok := p.side(m, true, false); ok {
		return s.cur
	}
	return nil
}

func thousandOrMore(v dec) bool { return !less(v, dec{m: 1000}) }

// cents reads the minor units that complete an amount: "twenty dollars and
// 43 cents", "$20 and 43c", "3 pounds 1 pence", "20 rupees 43".
func (p *parser) cents(q int, a side) (dec, int, bool) {
	k := q
	conn := false
	if p.near(k) {
		if e, w := p.word(k); e.flags&fConnector != 0 {
			k += w
			conn = true
		}
	}
	if !p.near(k) {
		return dec{}, 0, false
	}
	var m dec
	var mk int
	t := &p.toks[k]
	switch {
	case t.Kind == token.Number:
		if l := p.tokLen(k); l > 2 || !p.numberStartsHere(k) {
			return dec{}, 0, false
		}
		m, _, _, _ = p.intToken(k)
		mk = k + 1
		if mk+1 < p.n && p.toks[mk].Gap == token.None && (p.toks[mk].Norm == "." || p.toks[mk].Norm == ",") &&
			p.toks[mk+1].Gap == token.None && p.toks[mk+1].Kind == token.Number {
			return dec{}, 0, false // a number of its own: "20.000 euro e 1.500 ore"
		}
		if mk < p.n && p.toks[mk].Gap == token.None && p.toks[mk].Kind == token.Punct && p.toks[mk].Norm != "." &&
			p.toks[mk].Norm != "," {
			if c, _ := p.matchCur(mk, post); c == nil || c.role&minor == 0 {
				return dec{}, 0, false
			}
		}
	default:
		w, ok := p.wordAmount(k, true)
		if !ok || w.scaled || w.article {
			return dec{}, 0, false
		}
		m, mk = w.val, w.end
	}
	if u, ok := m.uint(); !ok || u >= 100 {
		return dec{}, 0, false
	}
	if c, e := p.matchCur(mk, post); c != nil && c.role&minor != 0 && p.near(mk) &&
		(c.role&tight == 0 || p.toks[mk].Gap == token.None) {
		return m.shift(c.role.minorShift()), e, true
	}
	// A bare number after a currency name: "twenty dollar and 43".
	if a.curWord && (mk >= p.n || p.toks[mk].Kind == token.Punct && isSentencePunct(p.toks[mk].Norm)) &&
		(conn || p.toks[k].Kind == token.Number) {
		return m.shift(-2), mk, true
	}
	return dec{}, 0, false
}

// spacedDash reports a dash with a space before it at token q, which
// ends a phrase as a comma does: "і ще 40 млн — на поліцію". A dash
// written tight joins ("5-6 million").
func (p *parser) spacedDash(q int) bool {
	return q < p.n && p.toks[q].Norm == "-" && p.toks[q].Gap >= token.Space
}

func isSentencePunct(s string) bool {
	switch s {
	case ".", ",", ";", "!", "?", ")", ":":
		return true
	}
	return false
}

// notMoney rejects what has the shape of an amount but is not one:
// "pounds of", "euro area"; on the way it notes a price per unit of weight
// for dropWeights. The price of a currency is an amount in the other one:
// "41.2 hryvnias per dollar" and "1 євро = 44,5 грн" count.
func (p *parser) notMoney(start, end int, a side, cur *curInfo) bool {
	toks := p.toks
	if a.glued && cur.role&unit != 0 {
		return true
	}
	if start > 0 && cur.before[toks[start-1].Norm] {
		return true
	}
	if a.curWord || a.preWord {
		for _, b := range cur.block {
			if p.near(end) && p.match(end, b) > 0 {
				return true
			}
		}
		if p.near(end) && p.matchAny(end, p.lx.blockers) > 0 {
			return true
		}
		// "euro-area", "dollar-denominated"
		if a.curWord && end+1 < p.n && toks[end].Norm == "-" && toks[end].Gap == token.None &&
			toks[end+1].Gap == token.None && toks[end+1].Kind == token.Word {
			return true
		}
	}
	if a.scaled {
		return false
	}
	// "$1.60 per pound" and "47 cents a pound" price a weight, unless the
	// sentence speaks of exchange: they are the price of a pound sterling.
	if c, e := p.rateAgainst(end); c != nil && c.role&(minor|unit) == unit &&
		!(e < p.n && toks[e].Kind == token.Number) && !p.rateCueNear(start, e) {
		p.unitPrice = true
	}
	return false
}

// ofCurrency reports a currency named at token q or after the word of
// "of" there: "centesimo di dollaro", "cent of a euro".
func (p *parser) ofCurrency(q int) bool {
	if !p.near(q) {
		return false
	}
	if c, _ := p.matchCur(q, post); c != nil {
		return true
	}
	e, w := p.word(q)
	if e.flags&fOf == 0 || !p.near(q+w) {
		return false
	}
	c, _ := p.matchCur(p.skipArticle(q+w), post)
	return c != nil && c.role&minor == 0
}

// afterAmount reports whether token q directly follows an amount: a
// number, a currency name or the end of the last amount found.
func (p *parser) afterAmount(q int) bool {
	if q == 0 || p.toks[q].Gap > token.Space {
		return false
	}
	if n := len(p.hits); n > 0 && p.hits[n-1].end == q {
		return true
	}
	prev := &p.toks[q-1]
	if prev.Kind == token.Number {
		return true
	}
	e := p.lx.lookup(prev.Norm)
	return e != nil && e.cur != nil
}

// rateAgainst is the currency (or unit of weight) named right after an
// amount that ends at token q as what it is the price of: "to the
// dollar", "per un dollaro", "за долар", "a pound"; nil when there is
// none. It also returns the token after the name.
func (p *parser) rateAgainst(q int) (*curInfo, int) {
	if !p.near(q) {
		return nil, q
	}
	k := p.matchAny(q, p.lx.ratePer)
	if k == 0 {
		return nil, q
	}
	m := p.skipArticle(q + k)
	if !p.near(m) {
		return nil, q
	}
	return p.matchCur(m, pre|post)
}

// rateUnitAt reports an article read as "one" at token q that opens the
// unit of an exchange rate after an amount or a number: "18,7 pesos per un
// dollaro". A numeral is not read here: "40 гривень за один долар" still
// gives one dollar.
func (p *parser) rateUnitAt(q int) bool {
	for k := q - 1; k >= 1 && k >= q-2; k-- {
		if n := p.matchAny(k, p.lx.ratePer); n >= q-k && p.afterAmount(k) {
			return true
		}
	}
	return false
}

// rateSubject is the currency whose exchange rate a number without a
// currency gives, when the sentence names that currency as its subject
// before it and the unit of the rate after it: "the lari strengthened to
// about 2.65 per dollar", "il rial resta intorno ai 590.000 per un
// dollaro". The name stands alone, not in an amount, among the
// rateSubjectReach words before the number, and no number lies between
// them; nil otherwise.
func (p *parser) rateSubject(a side) *curInfo {
	unit, _ := p.rateAgainst(a.end)
	if unit == nil || a.yearLike() {
		return nil
	}
	if a.start > 0 && p.near(a.end) {
		// "attorno a quota 7,8 sul dollaro" is a level the rate stands at
		// against the dollar, as an index's; "oltre quota 800.000 per un
		// dollaro" is still what one dollar costs
		e := p.lx.lookup(p.toks[a.start-1].Norm)
		if vs := p.lx.lookup(p.toks[a.end].Norm); e != nil && e.flags&fLevel != 0 && vs != nil && vs.flags&fVersus != 0 {
			return nil
		}
	}
	last := p.lastHitBefore(a.start)
	for k := a.start - 1; k >= 0 && k >= a.start-rateSubjectReach; k-- {
		t := &p.toks[k]
		if t.Kind == token.Number || p.sentencePunct(k) || p.toks[k+1].Gap >= token.Newline ||
			last != nil && last.end > k {
			return nil
		}
		if c, _ := p.matchCur(k, pre|post); c != nil {
			if c.code == unit.code || c.role&minor != 0 {
				return nil
			}
			return c
		}
	}
	return nil
}

// rateSubjectReach is how many words may lie between a currency and the
// rate it is the subject of ("Il sum uzbeko ha superato la soglia dei
// 12.900 per dollaro").
const rateSubjectReach = 10

// rateCueNear reports a word announcing an exchange rate ("exchange",
// "курс") in the sentence around tokens [start, end).
func (p *parser) rateCueNear(start, end int) bool {
	return p.cueInSentence(start, end, fRateCue, 24)
}

// cueInSentence reports a word with flag f in the sentence around the
// tokens [start, end), at most reach tokens away, on the same line.
func (p *parser) cueInSentence(start, end int, f wflag, reach int) bool {
	cue := func(k int) bool {
		e := p.lx.lookup(p.toks[k].Norm)
		return e != nil && e.flags&f != 0
	}
	for k := start - 1; k >= 0 && k >= start-reach && !p.sentencePunct(k); k-- {
		if cue(k) {
			return true
		}
		if p.toks[k].Gap >= token.Newline {
			break
		}
	}
	for k := end; k < p.n && k < end+reach && p.toks[k].Gap < token.Newline && !p.sentencePunct(k); k++ {
		if cue(k) {
			return true
		}
	}
	return false
}

// sentenceStop is the first token from q on that ends its sentence or
// opens a new line, or p.n.
func (p *parser) sentenceStop(q int) int {
	for q < p.n && !p.sentencePunct(q) && p.toks[q].Gap < token.Newline {
		q++
	}
	return q
}

// sentencePunct reports a token that ends a sentence: not the point of
// "1.60" or of "U.S.".
func (p *parser) sentencePunct(k int) bool {
	t := &p.toks[k]
	if t.Kind != token.Punct {
		return false
	}
	switch t.Norm {
	case "!", "?", ";":
		return true
	case ".":
		return k+1 >= p.n || p.toks[k+1].Gap != token.None
	}
	return false
}

// qualifier finds a qualifier phrase right before token start ("more
// than", "oltre i", "понад") and returns where the mention begins.
func (p *parser) qualifier(start int) (int, string) {
	if start == 0 || p.toks[start].Gap > token.Space {
		return start, ""
	}
	if b, kind := p.qualBefore(start); kind != "" {
		return b, kind
	}
	// "oltre i 30 milioni"
	if start >= 2 && p.toks[start-1].Gap <= token.Space {
		if e := p.lx.lookup(p.toks[start-1].Norm); e != nil && e.flags&fArticle != 0 {
			if b, kind := p.qualBefore(start - 1); kind != "" {
				return b, kind
			}
		}
	}
	return start, ""
}

func (p *parser) qualBefore(s int) (int, string) {
	for _, q := range p.lx.quals[p.toks[s-1].Norm] {
		b := s - len(q.words)
		if b < p.last || b < 0 {
			continue
		}
		if p.match(b, q.words) > 0 {
			if b > 0 && p.toks[b].Gap <= token.Space {
				if e := p.lx.lookup(p.toks[b-1].Norm); e != nil && e.flags&fUnqualify != 0 {
					return s, "" // "handed over €5m"
				}
			}
			if q.kind == UpTo && p.afterChange(b) {
				return s, "" // "збільшили до 2 млн": increased to, not up to
			}
			return b, q.kind
		}
	}
	return s, ""
}

// afterChange reports a word of change ("збільшили", "зростання") shortly
// before token b in the same clause, after which an "up to" word names
// the new level rather than a ceiling.
func (p *parser) afterChange(b int) bool {
	if len(p.lx.changeStems) == 0 {
		return false
	}
	const reach = 6
	for k := b - 1; k >= 0 && k >= b-reach; k-- {
		t := &p.toks[k]
		if t.Kind == token.Punct {
			return false
		}
		if t.Kind == token.Word {
			for _, st := range p.lx.changeStems {
				if strings.HasPrefix(t.Norm, st) {
					return true
				}
			}
		}
		if t.Gap >= token.Newline {
			return false
		}
	}
	return false
}

// wordCode reports whether c, matched at t, is a three-letter code that
// matches only in capitals because it is also a word ("COP", "TRY").
func wordCode(c *curInfo, t *token.Token) bool {
	if len(c.reqs) != 1 || c.reqs[0]&reqUpper == 0 || !t.Upper || len(t.Norm) != 3 || !strings.EqualFold(t.Norm, c.code) {
		return false
	}
	for i := 0; i < 3; i++ {
		if t.Norm[i] < 'a' || t.Norm[i] > 'z' {
			return false
		}
	}
	return true
}

// yearLike reports a bare whole number that could be a year: "from 2023
// to 45 dollars" names no amount of 2023.
func (a amount) yearLike() bool {
	u, ok := a.val.uint()
	return !a.scaled && ok && u >= 1800 && u <= 2100
}
