package ministers

import "kronika/extract/token"

// An Italian report of a new cabinet often names its members by the
// portfolio each one gets, with no title: "Agli Esteri va Najla
// el-Mangoush", "alla Sanità torna il socialista Frank Vandenbroucke", "Il
// ministero delle Finanze è affidato a Khaled al-Mabrouk", "gli Affari
// interni tornano a Takeaki Matsumoto", "ha affidato gli Esteri a Workneh
// Gebeyehu". Once a sentence has given one portfolio so, with its verb,
// the next ones may drop it: "…, all'Interno Annelies Verlinden", "; alla
// Giustizia un'altra donna, Halima Rahman", "…, quello del Petrolio a
// Mohamed Aoun".

// allotVerbs give, in Italian, a portfolio to its holder: the portfolio
// stands before them in the dative ("Agli Esteri va X") or as their
// subject ("gli Esteri passano a X"). Read-only.
var allotVerbs = map[string]bool{
	"va": true, "vanno": true, "andrà": true, "andranno": true, "passa": true, "passano": true, "passerà": true,
	"torna": true, "tornano": true, "tornerà": true, "arriva": true, "approda": true, "resta": true,
	"restano": true, "rimane": true, "spetta": true, "spettano": true, "spetterà": true, "siede": true,
}

// allotParticiples entrust a portfolio to its holder, after an auxiliary
// ("è affidato a X"), a comma ("le Finanze, affidate a X") or, active, the
// perfect's "ha" with the portfolio as object ("ha affidato gli Esteri a
// X"). Read-only.
var allotParticiples = map[string]bool{
	"affidato": true, "affidata": true, "affidati": true, "affidate": true,
	"assegnato": true, "assegnata": true, "assegnati": true, "assegnate": true,
}

// allotGate reports a word of allotVerbs or allotParticiples. A switch
// spares allotWords, which reads every word of an Italian text, two map
// lookups a word.
func allotGate(w string) bool {
	switch w {
	case "va", "vanno", "andrà", "andranno", "passa", "passano", "passerà", "torna", "tornano", "tornerà",
		"arriva", "approda", "resta", "restano", "rimane", "spetta", "spettano", "spetterà", "siede",
		"affidato", "affidata", "affidati", "affidate", "assegnato", "assegnata", "assegnati", "assegnate":
		return true
	}
	return false
}

// allotAux stand before an allotParticiple in the passive. Read-only.
var allotAux = map[string]bool{"è": true, "viene": true, "sarà": true, "verrà": true, "era": true, "fu": true, "stato": true, "stata": true}

// allotDatives are the Italian "a" and its forms with the article. Read-only.
var allotDatives = map[string]bool{"a": true, "ad": true, "al": true, "alla": true, "allo": true, "ai": true, "agli": true, "alle": true, "all": true}

// cabinetWords say that a paragraph speaks of a state's cabinet;
// councilWords that it speaks of a region's or a town's, whose members
// are given portfolios the same way. Read-only.
var (
	cabinetWords = map[string]bool{
		"ministro": true, "ministra": true, "ministri": true, "ministre": true, "ministero": true, "ministeri": true,
		"dicastero": true, "dicasteri": true, "governo": true, "esecutivo": true, "premier": true, "vicepremier": true,
		"rimpasto": true, "portafogli": true, "gabinetto": true,
	}
	councilWords = map[string]bool{"assessore": true, "assessora": true, "assessori": true, "assessorato": true, "assessorati": true}
)

// councilKinds make a "giunta" a region's, a province's or a town's, not
// a military one. Read-only.
var councilKinds = map[string]bool{"regionale": true, "comunale": true, "provinciale": true}

// allotWords counts the tokens of an Italian text that may give a
// portfolio to its holder: a cheap test that spares most texts the
// reading of allotments.
func allotWords(d *token.Doc) int {
	if d.Lang != "it" {
		return 0
	}
	n := 0
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Kind != token.Word || t.Cap {
			continue
		}
		// "c'è": "Alla Giustizia c'è X"
		if allotGate(t.Norm) || t.Norm == "è" && i > 1 && d.Tokens[i-2].Norm == "c" && t.Gap == token.None {
			n++
		}
	}
	return n
}

// allotments reads the members of a cabinet that an Italian text names by
// the portfolio each one gets, and appends them to r.named.
func (r *run) allotments() {
	toks := r.toks
	licensed := false // a portfolio given with its verb earlier in the sentence
	cabinet := false
	for p := 0; p < len(toks); p++ {
		if toks[p].Gap >= token.Newline || p > 0 && sentenceStop(toks, p-1) {
			licensed = false
		}
		if p == 0 || toks[p].Gap >= token.Paragraph {
			cabinet = r.cabinetParagraph(p)
		}
		if !cabinet || toks[p].Kind != token.Word {
			continue
		}
		var it allotItem
		switch {
		case r.activeAllot(p):
			// "Hailemariam ha affidato il ministero … a X, e gli Esteri a Y"
			it = r.subjectItem(p+1, true, false)
			it.verb = true
		case r.allotOpener(p):
			if it = r.dativeItem(p, licensed); it.holder == noHolder {
				it = r.subjectItem(p, licensed, false)
			}
		default:
			// a portfolio named inside a clause, its holder in a
			// participle's phrase: "ottengono le Finanze, affidate a X"
			it = r.subjectItem(p, false, true)
		}
		switch it.holder {
		case titleHolder:
			// the title names the holder: "va all'ex premier X"; its
			// verb still serves the items after it
			licensed = licensed || it.verb
		case nameHolder:
			r.named = append(r.named, it.nm)
			p, licensed = it.nm.e-1, licensed || it.verb
		}
	}
}

// allotItem is one item of a line-up: its holder, by name, and whether
// its verb was said.
type allotItem struct {
	nm     named
	verb   bool
	holder holderKind
}

// holderKind says how an item names its holder.
type holderKind uint8

const (
	noHolder    holderKind = iota // no item
	nameHolder                    // a name, which the item gives its title
	titleHolder                   // a title, whose own reading names the holder
)

// sentenceStop reports a token that ends a sentence, a semicolon not: the
// portfolios a sentence gives run on past one.
func sentenceStop(toks []token.Token, i int) bool {
	return toks[i].Norm != ";" && sentenceEnd(toks, i)
}

// cabinetParagraph reports that the paragraph from token p speaks of a
// cabinet and of no regional or town council.
func (r *run) cabinetParagraph(p int) bool {
	found := false
	for k := p; k < len(r.toks) && (k == p || r.toks[k].Gap < token.Paragraph); k++ {
		n := r.toks[k].Norm
		if councilWords[n] || n == "giunta" && k+1 < len(r.toks) && councilKinds[r.toks[k+1].Norm] {
			return false
		}
		found = found || cabinetWords[n]
	}
	return found
}

// allotOpener reports that token p may open an item of a line-up: it
// begins a sentence, a line or a clause after a comma, a semicolon, a
// colon or a conjunction.
func (r *run) allotOpener(p int) bool {
	if r.clauseOpens(p) {
		return true
	}
	prev := r.toks[p-1].Norm
	return prev == ";" || prev == "," || prev == ":" || r.x.lx.class(prev)&cConj != 0 && !isCapWord(&r.toks[p-1])
}

// activeAllot reports an allotParticiple at token p after the perfect's
// "ha" or "hanno": its object is the portfolio given.
func (r *run) activeAllot(p int) bool {
	return p > 0 && allotParticiples[r.toks[p].Norm] && r.x.lx.class(r.toks[p-1].Norm)&cPerfect != 0
}

// dativePortfolio reads, at token k, a preposition "a" with its article
// and a capitalized portfolio. It returns the portfolio and the token
// after it.
func (r *run) dativePortfolio(k int) (portfolio string, end int) {
	toks, lx := r.toks, r.x.lx
	if k >= len(toks) || toks[k].Norm == "a" || toks[k].Norm == "ad" || !allotDatives[toks[k].Norm] || isCapWord(&toks[k]) && !r.clauseOpens(k) {
		return "", k
	}
	m := k + 1
	if toks[k].Norm == "all" && m < len(toks) && toks[m].Norm == "'" {
		m++
	}
	if m >= len(toks) || !toks[m].Cap {
		return "", k
	}
	// a ministry's seat after "a" is more often a place visited: "alla
	// Farnesina arriva il ministro …"
	if e, end := lx.matchFwd(r.d, m, cPortfolio); e != nil && e.portfolio != "" {
		return e.portfolio, end
	}
	return "", k
}

// dativeItem reads an item that opens with its portfolio in the dative,
// at token p: "Agli Esteri va X", "alla Sanità torna il socialista X",
// "Alla Giustizia c'è X", and without the verb when licensed, "all'Interno
// X", "alla Giustizia un'altra donna, X". It returns the holder, the token
// after the name and whether the verb was there.
func (r *run) dativeItem(p int, licensed bool) allotItem {
	toks := r.toks
	portfolio, k := r.dativePortfolio(p)
	if portfolio == "" || k >= len(toks) {
		return allotItem{}
	}
	verb := false
	if allotVerbs[toks[k].Norm] {
		k, verb = k+1, true
	} else if v := r.thereIs(k); v > k {
		k, verb = v, true
	}
	if !verb && !licensed {
		return allotItem{}
	}
	nm, h := r.allotHolder(k, p, portfolio, "")
	return allotItem{nm: nm, verb: verb, holder: h}
}

// thereIs reads "c'è" at token k and returns the token after it, or k.
func (r *run) thereIs(k int) int {
	toks := r.toks
	if k+2 < len(toks) && toks[k].Norm == "c" && toks[k+1].Norm == "'" && toks[k+2].Norm == "è" && toks[k+2].Gap == token.None {
		return k + 3
	}
	return k
}

// subjectItem reads, at token p, an item whose portfolio comes first in
// the nominative, then the verb, then the holder after "a": "Il ministero
// delle Finanze è affidato a X", "gli Affari interni tornano a X", "La
// guida del ministero dell'Industria passa a X"; without the verb when
// licensed: "quello del Petrolio a Y", "(ha affidato) gli Esteri a Y".
// With inner, the item stands inside a clause and its verb must be a
// participle after a comma: "le Finanze, affidate a X".
func (r *run) subjectItem(p int, licensed, inner bool) allotItem {
	toks := r.toks
	portfolio, nation, k := r.allotSubject(p)
	if portfolio == "" || k >= len(toks) {
		return allotItem{}
	}
	verb := false
	switch {
	case toks[k].Norm == "," && k+1 < len(toks) && allotParticiples[toks[k+1].Norm]:
		k, verb = k+2, true
	case inner:
		return allotItem{}
	case allotVerbs[toks[k].Norm]:
		k, verb = k+1, true
	default:
		j := k
		for j < len(toks) && j < k+2 && allotAux[toks[j].Norm] {
			j++
		}
		if j > k && j < len(toks) && allotParticiples[toks[j].Norm] {
			k, verb = j+1, true
		}
	}
	if !verb && !licensed {
		return allotItem{}
	}
	if e := r.officeStateEnd(k); e > k {
		k = e // "passa ad interim a X"
	}
	if k >= len(toks) || !allotDatives[toks[k].Norm] || isCapWord(&toks[k]) {
		return allotItem{}
	}
	nm, h := r.allotHolder(k, p, portfolio, nation)
	return allotItem{nm: nm, verb: verb, holder: h}
}

// allotSubject reads, at token p, the portfolio an item gives in the
// nominative: a ministry or its head's post with the portfolio ("il
// ministero delle Finanze", "la guida del ministero dell'Industria"), a
// capitalized portfolio after its article ("gli Affari interni",
// "l'Agricoltura"), or "quello", "quella" standing for the ministry before
// a portfolio ("quello del Petrolio"). It returns the portfolio, the
// ministry's nation and the token after the phrase.
func (r *run) allotSubject(p int) (portfolio, nation string, end int) {
	toks, lx := r.toks, r.x.lx
	k := p
	pronoun := false
	switch toks[k].Norm {
	case "quello", "quella", "quelli", "quelle":
		k, pronoun = k+1, true
	}
	if !pronoun {
		if a, e := lx.matchFwd(r.d, k, cDet); a != nil && a.article && toks[k].Norm != "un" && toks[k].Norm != "una" {
			k = e
		} else {
			return "", "", p
		}
		// the head's post before the ministry: "la guida del ministero"
		if k+1 < len(toks) && (toks[k].Norm == "guida" || toks[k].Norm == "direzione") {
			if c, e := lx.matchFwd(r.d, k+1, cConn); c != nil && e < len(toks) {
				if m, _ := lx.matchFwd(r.d, e, cMinistry); m != nil {
					k = e
				}
			}
		}
		if m, e := lx.matchFwd(r.d, k, cMinistry); m != nil && !m.gov {
			if m.portfolio != "" {
				return m.portfolio, m.nation, e // "la Farnesina"
			}
			t, ok := r.ministryTitle(k, e, m, caseNom)
			if !ok || t.portfolio == "" || t.org || t.regional {
				return "", "", p
			}
			nation = ""
			if len(t.nations) > 0 {
				nation = t.nations[0]
			}
			return t.portfolio, nation, r.portfolioTail(t.end)
		}
	} else if c, e := lx.matchFwd(r.d, k, cConn); c != nil {
		k = e
		if k < len(toks) && toks[k].Norm == "'" && toks[k].Gap == token.None {
			k++ // "quello dell'Economia"
		}
	} else {
		return "", "", p
	}
	if k >= len(toks) || !toks[k].Cap {
		return "", "", p
	}
	// the portfolio, its filler words and the portfolios joined to it:
	// "gli Affari interni", "l'Industria e il Commercio"
	j := k
	for j < len(toks) && j < k+6 {
		e, end := lx.matchFwd(r.d, j, cPortfolio|cFiller)
		if e == nil {
			if j > k && toks[j].Kind == token.Word && !isCapWord(&toks[j]) && lx.class(toks[j].Norm) == 0 && r.adjectiveTail(j, j-1) {
				j++ // "le Politiche abitative"
				continue
			}
			break
		}
		if portfolio == "" && e.cls&cPortfolio != 0 {
			portfolio = e.portfolio
		}
		j = end
		if c, ce := lx.matchFwd(r.d, j, cConj); c != nil && ce < len(toks) {
			if a, ae := lx.matchFwd(r.d, ce, cDet); a != nil && a.article {
				ce = ae
			}
			if n, _ := lx.matchFwd(r.d, ce, cPortfolio|cFiller); n != nil && toks[ce].Cap {
				j = ce
			}
		}
	}
	if portfolio == "" {
		return "", "", p
	}
	return portfolio, "", j
}

// portfolioTail skips, from token k after a ministry's portfolio, the
// portfolios listed after it that the lexicon does not know: ",
// dell'irrigazione e dell'elettricità".
func (r *run) portfolioTail(k int) int {
	toks, lx := r.toks, r.x.lx
	for k+2 < len(toks) && (toks[k].Norm == "," || lx.class(toks[k].Norm)&cConj != 0) {
		c, e := lx.matchFwd(r.d, k+1, cConn)
		if c != nil && e < len(toks) && toks[e].Norm == "'" && toks[e].Gap == token.None {
			e++ // "dell'irrigazione"
		}
		if c == nil || e >= len(toks) || toks[e].Kind != token.Word || isCapWord(&toks[e]) && !r.afterConnector(e) {
			break
		}
		if lx.class(toks[e].Norm)&(cHead|cMinistry|cStop) != 0 && lx.class(toks[e].Norm)&cPortfolio == 0 {
			break
		}
		k = e + 1
	}
	return k
}

// allotHolder reads the holder an item gives its portfolio to, from token
// k: a name, after words on who the person is ("il socialista", "l'ex
// premier ad interim", "un'altra donna,"), that ends the item. A
// dative's article may open those words ("all'ingegnere idraulico X").
// The title starts at token p, where the item begins.
func (r *run) allotHolder(k, p int, portfolio, nation string) (named, holderKind) {
	toks, lx := r.toks, r.x.lx
	if k >= len(toks) {
		return named{}, noHolder
	}
	if allotDatives[toks[k].Norm] {
		k++
		if k < len(toks) && toks[k].Norm == "'" && toks[k].Gap == token.None {
			k++
		}
	}
	k, h := r.holderDescriptorEnd(k)
	if h != nameHolder {
		return named{}, h
	}
	s, e, words, ok := r.parseName(k, caseNom, 0)
	if !ok || s != k || !r.standsAlone(words) {
		return named{}, noHolder
	}
	// the item ends with the name: a verb after it makes the name the
	// subject of another clause
	if e < len(toks) && toks[e].Gap < token.Newline && toks[e].Kind == token.Word && lx.class(toks[e].Norm)&cConj == 0 {
		return named{}, noHolder
	}
	t := title{head: p, left: p, end: k, role: roleMinister, kind: kindMinister, portfolio: portfolio}
	if nation != "" {
		t.nations = []string{nation}
	}
	return named{t: t, s: s, e: e, words: words}, nameHolder
}

// holderDescriptorEnd skips, from token k, the words before a holder's
// name that say who the person is: an article and up to three lower-case
// words ("il cristiano-democratico", "l'ingegnere idraulico"), or an
// indefinite phrase set off by a comma ("un'altra donna,"). It returns
// the token where the name begins, or titleHolder when a title's head is
// among the words: the title's own reading names the holder ("all'ex
// premier ad interim X").
func (r *run) holderDescriptorEnd(k int) (int, holderKind) {
	const maxWords = 3
	toks, lx := r.toks, r.x.lx
	if k >= len(toks) {
		return k, noHolder
	}
	if isCapWord(&toks[k]) {
		return k, nameHolder
	}
	j := k
	indef := false
	if a, e := lx.matchFwd(r.d, j, cDet|cIndef); a != nil && (a.article || a.cls&cIndef != 0) {
		indef = a.cls&cIndef != 0
		j = e
		if j < len(toks) && toks[j].Norm == "'" && toks[j].Gap == token.None {
			j++ // "un'altra"
		}
	}
	words := 0
	for j < len(toks) && words < maxWords && toks[j].Kind == token.Word && !isCapWord(&toks[j]) {
		c := lx.class(toks[j].Norm)
		if c&cHead != 0 {
			return k, titleHolder
		}
		if c&(cMinistry|cOtherTitle|cStop) != 0 && c&cFiller == 0 {
			return k, noHolder
		}
		j++
		words++
		for j+1 < len(toks) && (toks[j].Norm == "-" || toks[j].Norm == "'") && toks[j].Gap == token.None && toks[j+1].Gap == token.None {
			j += 2 // "cristiano-democratico", "un'altra"
		}
	}
	if j < len(toks) && toks[j].Norm == "," && indef && words > 0 {
		j++
	}
	if j == k || j >= len(toks) || !isCapWord(&toks[j]) {
		return k, noHolder
	}
	return j, nameHolder
}
