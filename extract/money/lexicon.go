package money

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"kronika/extract/token"
)

// wflag marks what a word can do inside an amount.
type wflag uint32

const (
	fNum        wflag = 1 << iota // a number word; value in entry.num
	fHundred                      // multiplies the group before it by 100
	fScale                        // multiplies by 10^entry.exp
	fStandalone                   // a scale word that alone means one of it
	fOne                          // an article meaning one before a scale
	fHalf                         // half of the scale that follows
	fConnector                    // joins number words
	fMoneyCue                     // a word of money: a bare scaled amount near it is money
	fBareAfter                    // may follow a bare scaled amount: "in", "l'anno"
	fAdditive                     // before a bare scaled amount, adds to one just priced: "altri", "another"
	fOf                           // links a scale and a currency
	fArticle                      // may follow a qualifier or a range word
	fRangeOpen                    // first word of a range opener
	fRateCue                      // announces an exchange rate
	fVague                        // makes a lone scale word vague
	fYearPrep                     // precedes a year
	fOneMoney                     // an article meaning one before a currency name
	fOneNext                      // may follow "a dollar"
	fOneName                      // a currency name that may follow fOneMoney
	fUnqualify                    // cancels a qualifier word after it
	fGloss                        // introduces a conversion of the amount before: "or", "ossia", "тобто"
	fElidedNext                   // may follow an amount set against a priced one: "dell'", "before"
	fElision                      // ends a contrast or a share phrase: "contro", "against", "cui"
	fPlace                        // opens a sentence on the state it is about: "In", "У"
	fMonth                        // a month's name written before the day: "May 4"
	fLevel                        // presents a rate's number as a level: "quota"
	fVersus                       // sets a rate's currency against another: "sul", "contro"
)

// entry is what the lexicon knows about one token form.
type entry struct {
	flags wflag
	num   dec // value of a number word
	exp   int // power of ten of a scale word
	cur   *curNode
	// apos continues words written with an apostrophe, which the tokenizer
	// splits: "п" + "'" + "ять". The key "" matches any continuation ("d'").
	apos map[string]*entry
}

// curInfo is one currency name as the engine uses it.
type curInfo struct {
	code   string
	role   role
	group  string
	among  []string // see currency.among
	block  [][]string
	before map[string]bool
	reqs   []tokReq // one per token of the name
	scale  int      // power of ten the name multiplies by ("grand": 3)
}

// tokReq is a requirement on one token of a currency name.
type tokReq uint8

const (
	reqUpper tokReq = 1 << iota // all capitals ("EUR")
	reqCap                      // capital first letter ("Rs", "C$")
	reqLower                    // lower case ("p" of "50p")
	reqTight                    // no space before it ("$" of "US$")
)

// curNode is a node of the trie of currency names, keyed by token Norm.
type curNode struct {
	next  map[string]*curNode
	cands []*curInfo
}

// phrase is a sequence of token Norms.
type phrase []string

type qualPhrase struct {
	words phrase
	kind  string
}

type rangeFrame struct {
	open, infix phrase
}

// lexicon is everything the engine needs for one language (or for all of
// them, for text of unknown language). It is built once and only read.
type lexicon struct {
	words        map[string]*entry
	filter       *[filterWords]uint64 // a bit per hash of every key of words
	starts       *[filterWords]uint64 // the same for the words that can begin an amount
	decimalComma bool
	ofCounts     bool
	ellipsisDash bool
	verbEndings  []string
	compound     []func(string) (int64, bool)
	quals        map[string][]qualPhrase // by last word, longest first
	ranges       []rangeFrame
	infixes      []phrase
	andHalf      []phrase
	percent      []phrase
	ratePer      []phrase
	contrasts    []phrase
	shares       []phrase
	ands         []phrase
	destinations []phrase
	origins      []phrase
	resumptives  []phrase
	blockers     []phrase
	changeStems  []string
	denominated  []rangeFrame // the words before and after the currency's name
	corrections  []rangeFrame // the negation and the word of the number put in its place
	partitives   []phrase
	// groupCodes lists the currencies of each family of ambiguous names
	// ("krone": DKK, SEK, NOK, ISK, CZK), for a document that names none
	// of them unambiguously.
	groupCodes map[string][]string
	// rupee is the language's ambiguous name of the rupee ("rupees",
	// "rupie"), which a bare amount counted in lakhs or crores takes when
	// the text prices nothing in a South Asian currency: merge resolves
	// it to the rupee of the state the text names.
	rupee *curInfo
}

// tokens splits a phrase with the shared tokenizer so that it matches the
// token stream exactly.
func tokens(s string) []token.Token {
	return token.New(s, "", "").Tokens
}

func norms(s string) phrase {
	ts := tokens(s)
	p := make(phrase, len(ts))
	for i, t := range ts {
		p[i] = t.Norm
	}
	return p
}

// expand turns "Danish krone|kroner" into "Danish krone" and "Danish kroner".
func expand(name string) []string {
	out := []string{""}
	for i, w := range strings.Split(name, " ") {
		var next []string
		for _, prefix := range out {
			for _, alt := range strings.Split(w, "|") {
				if i > 0 {
					next = append(next, prefix+" "+alt)
				} else {
					next = append(next, alt)
				}
			}
		}
		out = next
	}
	return out
}

func newLexicon() *lexicon {
	return &lexicon{words: make(map[string]*entry, 1024), quals: make(map[string][]qualPhrase)}
}

// entryFor returns the entry for a written form, creating it. Forms with an
// apostrophe hang under their first part.
func (lx *lexicon) entryFor(form string) *entry {
	p := norms(form)
	if len(p) == 0 {
		panic(fmt.Sprintf("money: empty lexicon form %q", form))
	}
	e := lx.words[p[0]]
	if e == nil {
		e = &entry{}
		lx.words[p[0]] = e
	}
	if len(p) == 1 {
		return e
	}
	if p[1] != "'" || len(p) > 3 {
		panic(fmt.Sprintf("money: lexicon form %q is not one word", form))
	}
	rest := ""
	if len(p) == 3 {
		rest = p[2]
	}
	if e.apos == nil {
		e.apos = make(map[string]*entry)
	}
	c := e.apos[rest]
	if c == nil {
		c = &entry{}
		e.apos[rest] = c
	}
	return c
}

func (lx *lexicon) flag(forms []string, f wflag) {
	for _, w := range forms {
		lx.entryFor(w).flags |= f
	}
}

// addCurrency puts a currency name into the trie.
func (lx *lexicon) addCurrency(c currency) {
	if c.group != "" && c.code != "" && !slices.Contains(lx.groupCodes[c.group], c.code) {
		if lx.groupCodes == nil {
			lx.groupCodes = map[string][]string{}
		}
		lx.groupCodes[c.group] = append(lx.groupCodes[c.group], c.code)
	}
	var block [][]string
	for _, b := range c.block {
		block = append(block, norms(b))
	}
	var before map[string]bool
	for _, b := range c.before {
		if before == nil {
			before = make(map[string]bool)
		}
		before[b] = true
	}
	for _, name := range expand(c.name) {
		ts := tokens(name)
		if len(ts) == 0 {
			continue
		}
		info := &curInfo{code: c.code, role: c.role, group: c.group, among: c.among, block: block, before: before, scale: c.scale,
			reqs: make([]tokReq, len(ts))}
		for k, t := range ts {
			var r tokReq
			switch {
			case t.Kind != token.Word:
			case c.exactCase && t.Upper:
				r = reqUpper
			case c.exactCase && t.Cap:
				r = reqCap
			case len(t.Norm) == 1 && !t.Cap:
				r = reqLower
			}
			if k > 0 && t.Gap == token.None {
				r |= reqTight
			}
			info.reqs[k] = r
		}
		e := lx.words[ts[0].Norm]
		if e == nil {
			e = &entry{}
			lx.words[ts[0].Norm] = e
		}
		if e.cur == nil {
			e.cur = &curNode{}
		}
		n := e.cur
		for _, t := range ts[1:] {
			if n.next == nil {
				n.next = make(map[string]*curNode)
			}
			nx := n.next[t.Norm]
			if nx == nil {
				nx = &curNode{}
				n.next[t.Norm] = nx
			}
			n = nx
		}
		n.cands = append(n.cands, info)
		if lx.rupee == nil && c.group == "rupee" && c.role&(amb|sign) == amb {
			lx.rupee = info
		}
	}
}

// add merges one language into the lexicon. Earlier languages win where
// two give a word different values.
func (lx *lexicon) add(l *language) {
	for w, v := range l.numbers {
		e := lx.entryFor(w)
		if e.flags&fNum == 0 {
			e.flags |= fNum
			e.num = decInt(v)
		}
	}
	for w, v := range l.fractions {
		e := lx.entryFor(w)
		if e.flags&fNum == 0 {
			e.flags |= fNum
			e.num = parseDec(v)
		}
	}
	if l.compound != nil {
		lx.compound = append(lx.compound, l.compound)
	}
	lx.flag(l.hundreds, fHundred)
	for w, x := range l.scales {
		e := lx.entryFor(w)
		if e.flags&fScale == 0 {
			e.flags |= fScale
			e.exp = x
		}
	}
	lx.flag(l.standalone, fStandalone)
	lx.flag(l.ones, fOne)
	lx.flag(l.oneMoney, fOneMoney)
	lx.flag(l.oneNext, fOneNext)
	lx.flag(l.oneNames, fOneName)
	lx.flag(l.unqualify, fUnqualify)
	lx.flag(l.halves, fHalf)
	lx.flag(l.connectors, fConnector)
	lx.flag(l.moneyCues, fMoneyCue)
	lx.flag(l.bareAfter, fBareAfter)
	lx.flag(l.additive, fAdditive)
	lx.flag(l.elidedNext, fElidedNext)
	lx.flag(l.glosses, fGloss)
	lx.flag(l.placePreps, fPlace)
	lx.flag(l.of, fOf)
	lx.flag(l.articles, fArticle)
	lx.flag(l.rateCues, fRateCue)
	lx.flag(l.levels, fLevel)
	lx.flag(l.versus, fVersus)
	lx.flag(l.vague, fVague)
	lx.flag(l.yearPreps, fYearPrep)
	lx.flag(l.months, fYearPrep)
	lx.flag(l.months, fMonth)
	for _, c := range l.currencies {
		lx.addCurrency(c)
	}
	for q, kind := range l.qualifiers {
		p := norms(q)
		last := p[len(p)-1]
		lx.quals[last] = append(lx.quals[last], qualPhrase{words: p, kind: kind})
	}
	for _, r := range l.ranges {
		f := rangeFrame{open: norms(r[0]), infix: norms(r[1])}
		lx.ranges = append(lx.ranges, f)
		lx.entryFor(r[0][:firstSpace(r[0])]).flags |= fRangeOpen
	}
	lx.infixes = appendPhrases(lx.infixes, l.infixes)
	lx.andHalf = appendPhrases(lx.andHalf, l.andHalf)
	lx.percent = appendPhrases(lx.percent, l.percent)
	lx.ratePer = appendPhrases(lx.ratePer, l.ratePer)
	lx.contrasts = appendPhrases(lx.contrasts, l.contrasts)
	lx.shares = appendPhrases(lx.shares, l.shares)
	lx.ands = appendPhrases(lx.ands, l.ands)
	lx.destinations = appendPhrases(lx.destinations, l.destinations)
	lx.origins = appendPhrases(lx.origins, l.origins)
	lx.resumptives = appendPhrases(lx.resumptives, l.resumptives)
	for _, ph := range slices.Concat(lx.contrasts, lx.shares, lx.ands, lx.destinations, lx.origins, lx.resumptives) {
		lx.entryFor(ph[len(ph)-1]).flags |= fElision
	}
	lx.blockers = appendPhrases(lx.blockers, l.blockers)
	lx.partitives = appendPhrases(lx.partitives, l.partitives)
	for _, d := range l.denominated {
		lx.denominated = append(lx.denominated, rangeFrame{open: norms(d[0]), infix: norms(d[1])})
	}
	for _, c := range l.corrections {
		lx.corrections = append(lx.corrections, rangeFrame{open: norms(c[0]), infix: norms(c[1])})
	}
	lx.changeStems = append(lx.changeStems, l.changeStems...)
	if l.decimalComma {
		lx.decimalComma = true
	}
}

func firstSpace(s string) int {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return i
	}
	return len(s)
}

func appendPhrases(dst []phrase, src []string) []phrase {
	for _, s := range src {
		dst = append(dst, norms(s))
	}
	// Longest first, so that matching takes the longest phrase.
	sort.SliceStable(dst, func(i, j int) bool { return len(dst[i]) > len(dst[j]) })
	return dst
}

// addSymbols puts the language-independent signs and codes in.
func (lx *lexicon) addSymbols() {
	for _, c := range symbols {
		c.role |= sign
		lx.addCurrency(c)
	}
	for _, c := range codes {
		lx.addCurrency(currency{name: c.code, code: c.code, role: c.role | sign, group: c.group, exactCase: !c.lowerCase})
	}
}

// filterWords sizes the filter that spares most tokens a map lookup: news
// text is mostly words the lexicon does not know.
const filterWords = 1024

func filterHash(s string) uint32 {
	n := len(s)
	h := uint32(n)*0x9e3779b1 ^ uint32(s[0])*0x85ebca77 ^ uint32(s[n-1])*0xc2b2ae3d ^ uint32(s[n/2])*0x27d4eb2f
	return (h ^ h>>15) & (filterWords*64 - 1)
}

// lookup returns the entry of a token form, or nil.
func (lx *lexicon) lookup(norm string) *entry {
	if norm == "" {
		return nil
	}
	if h := filterHash(norm); lx.filter[h>>6]&(1<<(h&63)) == 0 {
		return nil
	}
	return lx.words[norm]
}

// canStart reports whether an amount may begin with this word.
func (e *entry) canStart() bool {
	return e.cur != nil || e.apos != nil || e.flags&(fNum|fHundred|fStandalone|fOne|fOneMoney|fHalf|fRangeOpen) != 0
}

// mayStart reports whether a token form may begin an amount; false
// positives are possible, false negatives are not.
func (lx *lexicon) mayStart(norm string) bool {
	if norm == "" {
		return false
	}
	h := filterHash(norm)
	return lx.starts[h>>6]&(1<<(h&63)) != 0
}

// finish sorts the qualifiers longest first and builds the filter.
func (lx *lexicon) finish() {
	lx.filter = new([filterWords]uint64)
	lx.starts = new([filterWords]uint64)
	for w, e := range lx.words {
		if w == "" {
			continue
		}
		h := filterHash(w)
		lx.filter[h>>6] |= 1 << (h & 63)
		if e.canStart() {
			lx.starts[h>>6] |= 1 << (h & 63)
		}
	}
	for k, qs := range lx.quals {
		sort.SliceStable(qs, func(i, j int) bool { return len(qs[i].words) > len(qs[j].words) })
		lx.quals[k] = qs
	}
}

// parseDec reads a plain decimal such as "1.5" from the language tables.
func parseDec(s string) dec {
	var d dec
	frac := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			frac = 0
		case c >= '0' && c <= '9':
			d.m = d.m*10 + uint64(c-'0')
			if frac >= 0 {
				frac++
			}
		}
	}
	if frac > 0 {
		d.e = -frac
	}
	return d
}
