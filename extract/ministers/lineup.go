package ministers

import "kronika/extract/token"

// minLineUp is the fewest "portfolio: name" lines that make a cabinet's
// line-up: one or two such lines are as likely a story's subheadings.
const minLineUp = 3

// lineUp reads a cabinet's line-up, a list whose lines each give a
// portfolio and its holder ("- Foreign Affairs: Angelino Alfano", "Esteri
// – Angelino Alfano"): no line names a title, yet each names a minister.
// Ukrainian portfolios are known in the genitive a title takes, not in
// the nominative a line-up gives them ("Оборона: Рустем Умєров"). The holders are appended to r.named when the
// text has minLineUp such lines at least.
func (r *run) lineUp() {
	var found []named
	toks := r.toks
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].Gap < token.Newline {
			continue
		}
		if nm, ok := r.lineUpEntry(i); ok {
			found = append(found, nm)
		}
	}
	if len(found) < minLineUp {
		return
	}
	// the line-up's remainder run into a sentence: "Culture (Dario
	// Franceschini), Agriculture (Maurizio Martina) … are unchanged"
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].Cap {
			continue
		}
		p, end := r.x.lx.matchFwd(r.d, k, cPortfolio)
		if p == nil || end+1 >= len(toks) || toks[end].Norm != "(" || !r.sameLine(k, end) {
			continue
		}
		s, e, words, ok := r.parseName(end+1, caseNom, 0)
		if ok && s == end+1 && e < len(toks) && toks[e].Norm == ")" && r.standsAlone(words) {
			t := title{head: k, left: k, end: end, role: roleMinister, kind: kindMinister, portfolio: p.portfolio}
			found = append(found, named{t: t, s: s, e: e, words: words})
		}
	}
	r.named = append(r.named, found...)
}

// lineUpEntry reads the line that starts at token i as one of a
// line-up's entries: a bullet at most, portfolios joined by connectors,
// a colon or a dash, and a name that ends the line (a party in brackets
// may follow).
func (r *run) lineUpEntry(i int) (named, bool) {
	toks, lx := r.toks, r.x.lx
	k := i
	if k < len(toks) && bullets[toks[k].Norm] {
		k++
	}
	portfolio := ""
	for k < len(toks) && r.sameLine(i, k) {
		if p, end := lx.matchFwd(r.d, k, cPortfolio); p != nil {
			if portfolio == "" {
				portfolio = p.portfolio
			}
			k = end
			continue
		}
		if portfolio != "" && (toks[k].Norm == "," || lx.class(toks[k].Norm)&(cConn|cConj) != 0) {
			k++
			continue
		}
		break
	}
	if portfolio == "" || k+1 >= len(toks) || !r.sameLine(i, k) || !separators[toks[k].Norm] {
		return named{}, false
	}
	s, e, words, ok := r.parseName(k+1, caseNom, 0)
	if !ok || s != k+1 || !r.standsAlone(words) {
		return named{}, false
	}
	if e < len(toks) && toks[e].Gap < token.Newline && toks[e].Norm != "(" {
		return named{}, false // the line goes on: a sentence, not an entry
	}
	t := title{head: i, left: i, end: k + 1, role: roleMinister, kind: kindMinister, portfolio: portfolio}
	return named{t: t, s: s, e: e, words: words}, true
}

// bullets open a list's line; separators stand between a line-up's
// portfolio and its holder. Read-only.
var (
	bullets    = map[string]bool{"-": true, "–": true, "—": true, "•": true, "*": true, "·": true}
	separators = map[string]bool{":": true, "-": true, "–": true, "—": true}
)

// lineUpLines counts the lines that open with a portfolio, after a bullet
// at most: a cheap test that spares most texts the line-up's reading.
func (x *Extractor) lineUpLines(d *token.Doc) int {
	n := 0
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].Gap < token.Newline {
			continue
		}
		k := i
		if bullets[toks[k].Norm] && k+1 < len(toks) {
			k++
		}
		if p, _ := x.lx.matchFwd(d, k, cPortfolio); p != nil {
			n++
		}
	}
	return n
}

// parenItems reads the holders that a reshuffle's sentence lists with
// their portfolios in brackets: "Lim Hye-sook (science and ICT), Ahn
// Kyung-duk (labour) and Park Jun-young (oceans and fisheries) complete
// the list". Two such items in a sentence at least make the list; in
// English the portfolio is in lower case, as a party's name is not
// ("Anna Reid (Labour)").
func (r *run) parenItems() {
	toks, lx := r.toks, r.x.lx
	var found []named
	flush := func() {
		if len(found) >= 2 {
			r.named = append(r.named, found...)
		}
		found = found[:0]
	}
	for k := 1; k+2 < len(toks); k++ {
		if sentenceEnd(toks, k) || toks[k].Gap >= token.Newline {
			flush()
		}
		if toks[k].Norm != "(" || r.d.Lang == "en" && toks[k+1].Cap {
			continue
		}
		p, end := lx.matchFwd(r.d, k+1, cPortfolio)
		for p != nil && end < len(toks) && toks[end].Norm != ")" {
			// portfolios joined: "(oceans and fisheries)"
			c, e := lx.matchFwd(r.d, end, cConn|cConj)
			if c == nil {
				break
			}
			next, e2 := lx.matchFwd(r.d, e, cPortfolio)
			if next == nil {
				break
			}
			end = e2
		}
		if p == nil || end >= len(toks) || toks[end].Norm != ")" {
			continue
		}
		words := r.nameBefore(k - 1)
		if !r.standsAlone(words) {
			continue
		}
		t := title{head: k, left: k, end: end + 1, role: roleMinister, kind: kindMinister, portfolio: p.portfolio}
		found = append(found, named{t: t, s: words[0].s, e: words[len(words)-1].e, words: words})
		k = end
	}
	flush()
}

// parenPortfolios counts the portfolios in brackets after a word: a
// cheap test that spares most texts the reading of parenItems.
func (x *Extractor) parenPortfolios(d *token.Doc) int {
	n := 0
	toks := d.Tokens
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Norm != "(" || toks[k-1].Kind != token.Word {
			continue
		}
		if p, _ := x.lx.matchFwd(d, k+1, cPortfolio); p != nil {
			n++
		}
	}
	return n
}
