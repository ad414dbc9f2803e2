// Package ministers finds the people a news text names with a ministerial
// title — ministers, deputy ministers, prime ministers and deputy prime
// ministers, and the US and UK cabinet secretaries — in English, Italian
// and Ukrainian, and gives each one identity across spellings, scripts and
// inflections ("Rustam Umarov", "Рустем Умєров", "Умєрова" are all Rustem
// Umerov).
//
// It reads the shared token stream once. Title words are rare, so each
// token costs one map lookup until a title head (minister, ministro,
// міністр, Secretary, premier, глава…) turns up; the phrase around it is
// then parsed for its role, portfolio and nation, and the name after it;
// a title that names no one finds its person before it (an apposition,
// "Mark Rutte, ex primo ministro olandese"), in an appointment ("named X
// foreign minister", "призначила Рустема Умєрова міністром") or, opening a
// sentence, as the one person just named. Later mentions by surname, in
// any case form, join the same person. Nations come from the title phrase
// (with the nation extractor's mentions: run it first), from a reviewed
// table of known officials, from a ministry named nearby, from the
// department of a US or UK secretary, from the article's home government
// (the nation of the known ministers it names without one), from the
// article's language (Italian → Italy, Ukrainian → Ukraine) unless
// another nation dominates, and last from the document's main nation.
package ministers

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

// Extractor finds ministers. It is immutable after New and safe for
// concurrent use.
type Extractor struct {
	lx     *lexicon
	tab    *table
	byName map[string][]int32 // canonical name → table rows
}

// New builds the title vocabulary of every language and indexes the table
// of known officials.
func New() *Extractor {
	x, err := build()
	if err != nil {
		// The table is embedded and checked by the tests: failing here is a
		// build defect, not a run-time condition.
		panic(fmt.Errorf("ministers: %w", err))
	}
	return x
}

func build() (*Extractor, error) {
	tab, err := loadTable(officialsTSV)
	if err != nil {
		return nil, err
	}
	x := &Extractor{lx: newLexicon(english(), italian(), ukrainian()), tab: tab, byName: map[string][]int32{}}
	for i, o := range tab.off {
		x.byName[o.name] = append(x.byName[o.name], int32(i))
	}
	return x, nil
}

// Extract appends the ministers named in d to e.Ministers, in order of
// first mention. It reads e.Nations, so the nation extractor runs first.
func (x *Extractor) Extract(d *token.Doc, e *corpus.Entities) {
	var r *run
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != token.Word {
			continue
		}
		b := x.lx.fwd[toks[i].Norm]
		if b == nil || b.any&(cHead|cLedBy|cHeadVerb) == 0 {
			continue
		}
		if r == nil {
			r = newRun(x, d, e)
		}
		if next := r.parseTitle(i); next > i+1 {
			i = next - 1
		}
	}
	for _, l := range untitledLists {
		if l.present(x, d) {
			if r == nil {
				r = newRun(x, d, e)
			}
			l.read(r)
		}
	}
	if r == nil {
		return
	}
	// a counterpart may hold the office of a title that names no one
	if len(r.named) == 0 {
		return
	}
	r.deputies()
	r.ownedTitles()
	r.namedSuccessors()
	switch d.Lang {
	case "it":
		r.ellipticTitles()
	case "uk":
		r.adjectiveEllipses()
	}
	r.finish()
}

// untitledLists are the readers of lists that give ministers no title
// phrase (a cabinet's line-up, an allotment of portfolios, holders with
// their portfolios in brackets), each with a cheap test of whether the
// text may hold one, which spares most texts the reading. Read-only.
var untitledLists = []struct {
	present func(*Extractor, *token.Doc) bool
	read    func(*run)
}{
	{func(x *Extractor, d *token.Doc) bool { return x.lineUpLines(d) >= minLineUp }, (*run).lineUp},
	{func(_ *Extractor, d *token.Doc) bool { return allotWords(d) > 0 }, (*run).allotments},
	{func(x *Extractor, d *token.Doc) bool { return x.parenPortfolios(d) >= 2 }, (*run).parenItems},
}

// Lookup maps any spelling of a known official — another transliteration,
// Cyrillic, an inflected form, the surname alone — to the canonical name.
// A surname shared by several officials gives the first listed.
func (x *Extractor) Lookup(term string) (canonical string, ok bool) {
	d := token.New(term, "", "")
	var words []nameWord
	var units []unit
	for i := 0; i < len(d.Tokens); {
		if d.Tokens[i].Kind != token.Word {
			i++
			continue
		}
		u := unitAt(d, i)
		i = u.e
		units = append(units, u)
	}
	for i, u := range units {
		if isInitial(u.norm) || (i > 0 && i < len(units)-1 && isPatronymic(u.norm)) {
			continue
		}
		words = append(words, nameWord{key: u.norm, nom: u.norm})
	}
	id, ok := x.tab.match(words, matchCtx{})
	if !ok {
		return "", false
	}
	return x.tab.off[id].name, true
}

// run is the state of one Extract call; it exists only for documents that
// contain a title head.
type run struct {
	x    *Extractor
	d    *token.Doc
	e    *corpus.Entities
	toks []token.Token
	nat  []natSpan // nation mentions as token spans, in text order

	named []named // persons named with a title, in text order

	surnames map[string]bool // textSurname's answers

	// pending is a title without a name that the next title continues
	// ("Deputy Prime Minister – Minister of Digital Transformation X").
	pending    title
	hasPending bool

	// gap is a name that a comma set after one title and that the next
	// title, right after it, belongs to: "A è il ministro degli Esteri, B
	// la ministra delle Finanze" (see gappedName); gapTitle is where that
	// title starts
	gap      named
	gapTitle int
	hasGap   bool

	// govHeads are the mentions of heads of government emitted so far whose
	// state their title or the table gives, so that a sentence they open
	// speaks for their state ("Il premier Andrej Plenković lascia Zagabria
	// insieme al ministro dell'Interno …")
	govHeads []natSpan
}

// natSpan is a nation mention as tokens [s, e).
type natSpan struct {
	s, e int
	code string
}

// title is a parsed title phrase.
type title struct {
	head, left, end int // head token, first token (with articles), token after the complement
	role            role
	kind            kind
	portfolio       string
	nations         []string
	ministry        bool // a ministry or the government is named in the phrase
	former          bool
	article         bool   // an article opens the phrase ("the", "la")
	secNation       string // a US or UK cabinet secretary's government, by the department's name
	org             bool   // an international body owns the title: not a minister
	regional        bool   // a region's government owns the title: not a nation's minister
	deputy          bool
	possessor       bool // uk: a noun owns the title ("речник міністра")
	plural          bool
	gcase           gcase
	fem             bool
	weak            bool // counts only with a nation or a known official
	tabled          bool // counts only for a known official
	acting          bool // the person acts in the post: a deputy's title of theirs stands
	first           bool // "first" before a head that is no deputy's: First Minister, or an ordinal
}

// named is one person named with a title.
type named struct {
	t      title
	s, e   int    // name tokens
	words  []unit // name words
	nation string // the nation paired with this name in a plural title, if any
	// honored: an honorific stands before a name of one word ("Sheikh
	// Hasina, the former prime minister"), which then names someone
	honored bool
	// peer: a minister of the same government, named at token peerAt
	// ("il ministro degli Esteri X e quello della Difesa Y")
	peer   bool
	peerAt int
	// firstName: a name of one word that stands for a full name of the
	// text it opens (see textGiven)
	firstName bool
}

func newRun(x *Extractor, d *token.Doc, e *corpus.Entities) *run {
	r := &run{x: x, d: d, e: e, toks: d.Tokens}
	for _, n := range e.Nations {
		for _, m := range n.Mentions {
			s, t := r.tokenSpan(d.ByteOffset(m.Start), d.ByteOffset(m.End))
			if s < t {
				r.nat = append(r.nat, natSpan{s, t, n.Code})
			}
		}
	}
	// the nation extractor lists mentions nation by nation
	slices.SortFunc(r.nat, func(a, b natSpan) int { return a.s - b.s })
	return r
}

// tokenSpan is the range of tokens lying inside the byte span [bs, be).
func (r *run) tokenSpan(bs, be int) (int, int) {
	lo, hi := 0, len(r.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if r.toks[m].Start < bs {
			lo = m + 1
		} else {
			hi = m
		}
	}
	s := lo
	t := s
	for t < len(r.toks) && r.toks[t].End <= be {
		t++
	}
	return s, t
}

// natAt returns the nation mention that starts at token i.
func (r *run) natAt(i int) (natSpan, bool) {
	lo, hi := 0, len(r.nat)
	for lo < hi {
		m := (lo + hi) / 2
		if r.nat[m].s < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(r.nat) && r.nat[lo].s == i {
		return r.nat[lo], true
	}
	return natSpan{}, false
}

// natEndingAt returns the nation mention whose last token is j.
func (r *run) natEndingAt(j int) (natSpan, bool) {
	lo, hi := 0, len(r.nat)
	for lo < hi {
		m := (lo + hi) / 2
		if r.nat[m].s <= j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		if r.nat[k].e-1 == j {
			return r.nat[k], true
		}
	}
	return natSpan{}, false
}

// cabinetSecretary reports that a secretary's title names no government
// or one whose cabinet members are secretaries: the US's, the UK's, the
// Philippines', Mexico's and Kenya's. India's Foreign Secretary is a civil
// servant.
func cabinetSecretary(nations []string) bool {
	if len(nations) == 0 {
		return true
	}
	for _, n := range nations {
		switch n {
		case "US", "GB", "PH", "MX", "KE":
			return true
		}
	}
	return false
}

// parseTitle reads the title phrase whose head starts at token i and the
// name it gives, and returns the token to resume scanning at.
func (r *run) parseTitle(i int) int {
	d, lx := r.d, r.x.lx
	if next, ok := r.heads(i); ok {
		return next // before a title head: "guida" is both
	}
	he, hend := lx.matchFwd(d, i, cHead)
	if he == nil {
		return r.ledBy(i)
	}
	pending, hasPending := r.pending, r.hasPending
	r.hasPending = false
	if hasPending {
		// the pending title stands alone when the title after it turns out
		// not to continue it or to be no minister's: "Roberto Cingolani,
		// ministro dell'Economia, alla guida del comitato"
		defer func() {
			if hasPending {
				r.nameElsewhere(&pending)
			}
		}()
	}
	if he.upper && !r.toks[i].Upper || r.tagLine(i) {
		return hend
	}
	// "the defence minister's counterpart", "Secretary General"; but a
	// rank before a minister's name is an honorific: "Defence Minister
	// General Luis Sandoval"
	if ne, _ := lx.matchFwd(d, hend, cNegRight); ne != nil && r.toks[hend].Gap <= token.Space && !r.rankBeforeName(he, hend) {
		return hend
	}
	t := title{head: i, left: i, end: hend, role: he.role, kind: he.kind, plural: he.plural,
		former: he.former, gcase: he.gcase, fem: he.fem, portfolio: he.portfolio}
	if he.nation != "" {
		t.nations = append(t.nations, he.nation)
	}
	if !r.parseLeft(&t) || r.regionPastUnknown(&t) || r.regionPlaceBefore(&t) {
		return hend
	}
	r.vicePresidentBefore(&t)
	if he.invariant && t.article {
		// "dai premier Alexis Tsipras e Zoran Zaev"
		a, _ := lx.matchFwd(d, t.left, cDet)
		t.plural = a != nil && a.pluralArt
	}
	if he.invariant && !t.plural && t.left > 0 && lx.class(r.toks[t.left-1].Norm)&cQuantity != 0 {
		t.plural = true // "due vicepremier, Antonio Tajani e Matteo Salvini"
	}
	rightPortfolio, dangling := r.parseRight(&t, he.closed)
	if t.org || t.regional || t.first && t.portfolio == "" && rightPortfolio == "" {
		return t.end
	}
	if t.end = r.skipLeader(&t); dangling >= 0 && dangling < t.end {
		dangling = -1 // the leader's name: "ex ministro del governo di Jair Bolsonaro,"
	}
	if c := r.whenSpanEnd(t.end); c > 0 {
		t.end, dangling = c, -1 // "dell'epoca" is no portfolio's dangling end
	}
	if len(t.nations) == 0 {
		if code := r.superiorNation(&t, cmp.Or(rightPortfolio, t.portfolio)); code != "" {
			t.nations = append(t.nations, code)
		}
	}
	switch t.kind {
	case kindHeadOf:
		if !t.ministry && t.portfolio == "" {
			return t.end
		}
		// "Poland's defence chief, Wladyslaw Kosiniak-Kamysz" names the
		// minister, "Britain's defence chief, Admiral Tony Radakin" the
		// armed forces' head: only a known minister holds it
		t.tabled = !t.ministry
	case kindSecretary:
		if t.portfolio == "" && rightPortfolio == "" || !cabinetSecretary(t.nations) {
			return t.end // "il segretario agli Esteri indiano": a civil servant
		}
	case kindHolder:
		if t.portfolio == "" && rightPortfolio == "" && !t.ministry {
			return t.end
		}
	case kindSecState:
		if t.ministry || !cabinetSecretary(t.nations) {
			return t.end // a ministry's state secretary, or one of a cabinet without secretaries: a civil servant
		}
		if rightPortfolio != "" && len(t.nations) == 0 && (r.d.Lang != "en" || r.foreignSecStateStory()) {
			return t.end // "il segretario di Stato al Lavoro": a junior post outside the UK
		}
		t.weak = len(t.nations) == 0 && rightPortfolio == ""
	case kindPremier:
		t.weak = len(t.nations) == 0 && he.strongIn != r.d.Lang
	case kindDescribed:
		if len(t.nations) == 0 {
			return t.end
		}
	case kindTreasurer:
		if !isCapWord(&r.toks[t.head]) {
			return t.end // "the party's treasurer": a title only capitalized
		}
		t.weak = len(t.nations) == 0
	}
	if rightPortfolio != "" {
		t.portfolio = rightPortfolio
		if t.role == rolePM && t.head+1 < t.end && lx.class(r.toks[t.head].Norm)&cFirst != 0 {
			// a head of government has no portfolio: "la prima ministra
			// degli Esteri" is the first woman in that office
			t.role = roleMinister
		}
	}
	if hasPending && r.continues(&pending, &t) {
		t = mergeTitles(pending, t)
		hasPending = false
	}

	if dangling >= 0 {
		if r.subnationalAt(dangling) {
			return t.end
		}
		if w, ok := r.jointLawOfficer(&t); ok {
			r.named = append(r.named, w)
			return w.e
		}
		// Words the vocabulary does not know follow a connector: the name,
		// if any, comes after them ("ministro per i Beni culturali Dario
		// Franceschini"); never a second title.
		if end := r.ownerEnd(&t, dangling); end > dangling {
			// the holder is named in an apposition after the owner, or
			// before the title
			if end+1 < len(r.toks) && r.toks[end].Norm == "," {
				if names := r.parseNames(end+1, &t); len(names) == 1 && !r.loneWord(names[0]) {
					r.named = append(r.named, names[0])
					return names[0].e
				}
			}
			r.nameElsewhere(&t)
			return t.end
		}
		if w, ok := r.lenientName(dangling, &t); ok {
			r.named = append(r.named, w)
			return w.e
		}
		if names := r.listAfterGroup(&t, dangling); len(names) > 0 {
			listNations(&t, names)
			r.named = append(r.named, names...)
			return names[len(names)-1].e
		}
		r.nameElsewhere(&t)
		return t.end
	}
	k := t.end
	if k < len(r.toks) && r.toks[k].Norm == "," && r.toks[k].Gap == token.None && !r.ownedTitle(&t) {
		if t.gcase == caseIns {
			// the predicate of an appointment whose object came before:
			// "Рада призначила Юлію Свириденко прем'єр-міністеркою, Шмигаль
			// очолив Міноборони" names no one after the comma
			if w, ok := r.appointee(&t); ok {
				r.named = append(r.named, w)
				return t.end
			}
		}
		k++
	} else if k+1 < len(r.toks) && (r.toks[k].Norm == "-" && r.toks[k].Gap == token.Space || r.toks[k].Norm == ":" && r.toks[k].Gap == token.None) &&
		r.toks[k+1].Gap == token.Space && !r.ownedTitle(&t) {
		k++ // "the foreign ministers — Mohamad Hasan, Maris Sangiampongsa and Prak Sokhonn —"
	}
	if e, end := lx.matchFwd(d, k, cExample); t.plural && e != nil && end < len(r.toks) && isCapWord(&r.toks[end]) {
		k = end // "ministri come Antonio Di Pietro e Paolo Ferrero"
	}
	var names []named
	if w, ok := r.postHolder(&t); ok {
		names = []named{w}
	} else {
		names = r.parseNames(k, &t)
	}
	if k > t.end && r.toks[t.end].Norm == "," && (r.gappedName(names) || r.subjectAfterAdjunct(&t, names)) {
		r.nameElsewhere(&t)
		return names[0].e
	}
	if k > t.end && r.toks[t.end].Norm == "-" && (len(names) == 0 || len(names) == 1 && r.loneWord(names[0])) {
		// a capitalized second post after the dash, not a name: "заступник
		// Міністра економіки — Торговий представник України Тарас Качка"
		if w, ok := r.secondPost(&t); ok {
			names = []named{w}
		}
	}
	if len(names) == 0 || len(names) == 1 && r.loneWord(names[0]) {
		// "Міністри закордонних справ Меркосур — A, B та C": the one word
		// names the group
		if list := r.listAfterGroup(&t, t.end); len(list) > 0 {
			names = list
		}
	}
	if t.plural && len(names) == 1 && k > t.end && r.toks[t.end].Norm == ":" {
		// a colon after a plural title opens a list: one name after it
		// starts a new clause ("non siede nel Consiglio dei ministri:
		// Haider è rimasto a Klagenfurt")
		names = nil
	}
	if len(names) == 0 {
		if !t.plural && t.end < len(r.toks) && r.toks[t.end].Norm == "," && t.left > 0 && r.toks[t.left-1].Norm == "," {
			// a title set off by commas after a name is that name's, not
			// the start of a chain with the next title: "Almasadam
			// Satkaliyev, Kazakhstan's energy minister, and Uzbek Energy
			// Minister Jurabek Mirzamakhmudov"
			// A name with a title of its own may be one of a list of
			// three: "il presidente Marco Bellandi, ministro delle
			// Finanze norvegese, e il premier".
			if w, ok := r.apposition(&t); ok && (w.s == 0 || r.x.lx.class(r.toks[w.s-1].Norm)&cOtherTitle == 0) {
				r.named = append(r.named, w)
				return t.end
			}
		}
		if w, ok := r.jointLawOfficer(&t); ok {
			r.named = append(r.named, w)
			return w.e
		}
		if w, ok := r.ukNowPost(&t); ok {
			r.named = append(r.named, w)
			return w.e
		}
		if r.chainAt(t.end) {
			r.pending, r.hasPending = t, true
			return t.end
		}
		r.nameElsewhere(&t)
		return t.end
	}
	listNations(&t, names)
	if len(names) == 1 && len(t.nations) == 0 {
		r.clausePeer(&names[0])
	}
	r.named = append(r.named, names...)
	if len(names) == 1 && !t.plural {
		if w, ok := r.successor(&t); ok {
			r.named = append(r.named, w)
		}
	}
	return names[len(names)-1].e
}

// secretaryOf records the one government whose cabinet has a secretary
// of the department e names, unless a word before did; a department no
// other government has places the title as a state's name would.
func (t *title) secretaryOf(e *entry) {
	if t.secNation != "" {
		return
	}
	t.secNation = e.secNation
	if e.secSole && len(t.nations) == 0 {
		t.nations = []string{e.secNation}
	}
}

// successor reads the person who takes over the post of the holder named
// right after a title: "Noh Hyeong-ouk succeeds Land Minister Byun
// Chang-heum", "Kim Boo-kyum, a four-term lawmaker, was named to succeed
// outgoing Prime Minister Chung Sye-kyun". What the title says of the
// outgoing holder ("outgoing", "former") is not said of the successor.
func (r *run) successor(t *title) (named, bool) {
	lx, k := r.x.lx, t.left-1
	if k > 0 && isCapWord(&r.toks[k]) && r.toks[k+1].Gap == token.Space {
		k-- // a portfolio the lexicon does not know: "Land Minister"
	}
	v, s := lx.matchBwd(r.d, k, cAppoint)
	if v == nil || !v.handover || v.former || !v.subject || s < 1 {
		return named{}, false
	}
	k = s - 1
	if r.toks[k].Norm == "to" {
		// the infinitive after a nomination: "was named to succeed"
		if k < 1 || !nominations[r.toks[k-1].Norm] {
			return named{}, false
		}
		k -= 2
	}
	nm, ok := r.appointed(t, v, r.pastAside(r.pastAux(k)), caseNom)
	nm.t.former = false
	return nm, ok
}

// predecessor reads the person a participle after the title says held it
// before its holder: "Moon Sung-wook becomes trade minister, replacing Sung
// Yun-mo".
func (r *run) predecessor(t *title) (named, bool) {
	toks, k := r.toks, t.end
	if t.plural || k+2 >= len(toks) || toks[k].Norm != "," || !takeovers[toks[k+1].Norm] {
		return named{}, false
	}
	return r.formerHolderAt(t, k+2)
}

// formerHolderAt reads a name standing alone at token k as the one who held
// t before the holder just found.
func (r *run) formerHolderAt(t *title, k int) (named, bool) {
	s, e, words, ok := r.parseName(k, caseNom, 0)
	if !ok || s != k || !r.standsAlone(words) {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words}
	nm.t.gcase, nm.t.former = caseNom, true
	return nm, true
}

// pastAux steps back from token k over an auxiliary that is no relative
// pronoun ("was named", "will take over") to the token before it.
func (r *run) pastAux(k int) int {
	if a, as := r.x.lx.matchBwd(r.d, k, cAux); a != nil && a.cls&cRel == 0 {
		return as - 1
	}
	return k
}

// pastAside steps back from a comma at token k over the aside it closes,
// between a subject and its verb ("Kim Boo-kyum, a four-term lawmaker,
// was named"), to the token before the aside. A description of the person
// runs longer than most asides: "X, a Krakow judge and a fierce critic of
// the court overhaul, replaces …".
func (r *run) pastAside(k int) int {
	if k > 0 && r.toks[k].Norm == "," {
		if c := r.commaWithin(k, 20); c > 0 {
			return c - 1
		}
	}
	return k
}

// takeovers are the participles of taking over a post from someone.
var takeovers = map[string]bool{"replacing": true, "succeeding": true, "sostituendo": true}

// nominations are the participles after which an infinitive names the
// post given: "named to succeed", "picked to replace".
var nominations = map[string]bool{
	"named": true, "picked": true, "chosen": true, "tapped": true, "nominated": true, "appointed": true, "set": true,
}

// jointLawOfficer reads the name after a justice minister's second post
// of the government's law officer, which Canada and others join to it:
// "Former justice minister and attorney general Jody Wilson-Raybould".
// Other titles after "and" belong to someone else: "the finance minister
// and President Macron".
func (r *run) jointLawOfficer(t *title) (named, bool) {
	toks := r.toks
	k := t.end
	if t.plural || t.portfolio != "justice" || k+3 >= len(toks) || toks[k].Norm != "and" {
		return named{}, false
	}
	k++
	if toks[k].Norm != "attorney" && toks[k].Norm != "solicitor" {
		return named{}, false
	}
	k++
	if toks[k].Norm == "-" && toks[k].Gap == token.None {
		k++
	}
	if k >= len(toks) || toks[k].Norm != "general" {
		return named{}, false
	}
	s, e, words, ok := r.parseName(k+1, t.gcase, t.nameFlags())
	if !ok || s != k+1 {
		return named{}, false
	}
	return named{t: *t, s: s, e: e, words: words}, true
}

// foreignSecStateStory reports an English text that names states but
// never the UK: its "secretary of state for defence in charge of the
// gendarmerie" is a junior post of one of them (Cameroon's, France's),
// since a British story names Britain.
func (r *run) foreignSecStateStory() bool {
	return len(r.e.Nations) > 0 && r.mentionsOf("GB") == 0
}

// territorialSecretary reports a Secretary of State whose department is
// the part of the state at token k: the UK's "Secretary of State for
// Northern Ireland" sits in the cabinet, not in Stormont.
func (r *run) territorialSecretary(t *title, k int) bool {
	if t.kind != kindSecState {
		return false
	}
	p, _ := r.x.lx.matchFwd(r.d, k, cPortfolio)
	return p != nil && p.secNation != ""
}

// rankBeforeName reports a rank at token k, right after a minister's
// title head, that opens the name after it: "Minister General Luis
// Sandoval". A secretary's "General" makes another office.
func (r *run) rankBeforeName(he *entry, k int) bool {
	if he.kind == kindSecretary || he.kind == kindSecState || k+1 >= len(r.toks) {
		return false
	}
	t, next := &r.toks[k], &r.toks[k+1]
	return t.Cap && r.x.lx.class(t.Norm)&cHonor != 0 && next.Gap == token.Space && isCapWord(next)
}

// ledBy reads the holder of a ministry or government that a participle
// names after it, as a title does: "the Argentine security ministry led
// by Patricia Bullrich", "il ministero dell'Ambiente, guidato da …",
// "il governo guidato da …" (a prime minister). The ministry phrase must
// end right before the participle, a comma between them at most; a title
// after it ("guidato dal segretario Marco Rubio") takes the ministry's
// portfolio and nation.
func (r *run) ledBy(i int) int {
	lx := r.x.lx
	le, lend := lx.matchFwd(r.d, i, cLedBy)
	if le == nil {
		return i + 1
	}
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		if r.toks[j+1].Gap >= token.Newline || sentenceEnd(r.toks, j) {
			break
		}
		e, end := lx.matchFwd(r.d, j, cMinistry)
		if e == nil {
			continue
		}
		t, ok := r.ministryTitle(j, end, e, caseAny)
		if !ok {
			return lend
		}
		k, comma := t.end, false
		if k < i && r.toks[k].Norm == "," {
			k, comma = k+1, true
		}
		if (le.opens || comma) && k+1 == i && r.toks[k].Kind == token.Word && lx.class(r.toks[k].Norm)&cAdverb != 0 {
			k++ // "а Мінрегіон тоді очолював Володимир Гройсман", "the ministry, now run by"
		}
		if a, end := lx.matchFwd(r.d, k, cAux); !comma && a != nil && end == i && r.d.Lang == "it" && a.cls&cRel == 0 &&
			(r.opensClause(t.left) || r.afterConj(t.left)) {
			// a passive's auxiliary after the ministry as its subject: "Il
			// ministero della Giustizia sarà guidato da Adam Bodnar"; not
			// after another noun's: "La delegazione del ministero è guidata da"
			k = i
		}
		if comma && r.lowerAside(k, i-1) {
			k = i // "МЗС, як і раніше, очолює Ілля Дарчіашвілі"
		}
		relative := false
		if comma && le.opens && k < i && r.ukRelativeAdjunct(t.left, k, i) {
			k, relative = i, true // "Міністерство фінансів, яке вісім років очолював X"
		}
		if k != i || t.unnamed(e) {
			continue // "the fire department, led by …"
		}
		if r.subnationalLeft(t.left, j) {
			continue // "the Johor State Government, led by …"; "the State Department" may come next
		}
		if le.opens && !relative && !r.opensClause(t.left) && !r.afterConj(t.left) {
			return lend // "Делегацію міністерства очолив X": X heads the delegation
		}
		t.gcase, t.plural = le.gcase, false
		k = lend
		if he, hend := lx.matchFwd(r.d, k, cHead); he != nil {
			// a title before the name, which the ministry completes: "the
			// State Department, led by Secretary Marco Rubio"
			if he.plural || he.role == roleDeputy || he.role == roleDPM || !r.sameLine(k, hend) {
				return lend
			}
			if hend < len(r.toks) && lx.class(r.toks[hend].Norm)&cOtherTitle != 0 {
				return lend // another title the word opens: "led by Chief Adviser Muhammad Yunus"
			}
			k = hend
		}
		if r.d.Lang == "uk" {
			k = r.ukDescriptorEnd(k) // "МЗС очолив колишній мер Мехіко …"
		}
		names := r.parseNames(k, &t)
		if len(names) != 1 || r.loneWord(names[0]) || r.otherTitleAfter(names[0].e) {
			return lend
		}
		r.named = append(r.named, names[0])
		if le.opens {
			return r.gappedHeads(names[0].e, le.gcase)
		}
		return names[0].e
	}
	return lend
}

// lowerAside reports an aside of one to four lower-case words from token
// k up to the comma at token c that closes it.
func (r *run) lowerAside(k, c int) bool {
	if c <= k || c-k > 4 || r.toks[c].Norm != "," {
		return false
	}
	for m := k; m < c; m++ {
		if r.toks[m].Kind != token.Word || isCapWord(&r.toks[m]) {
			return false
		}
	}
	return true
}

// gappedHeads reads, after the name that ends at k, the ministries and
// their heads that a spaced dash joins when it stands for the verb of
// heading said before: "Міністерство фінансів очолив Федір Ярошенко, МЗС
// — Костянтин Грищенко, Міненерго — Юрій Бойко". It returns where the
// last name ends.
func (r *run) gappedHeads(k int, c gcase) int {
	toks, lx := r.toks, r.x.lx
	for k+3 < len(toks) && toks[k].Norm == "," {
		m := k + 1
		e, end := lx.matchFwd(r.d, m, cMinistry)
		if e == nil {
			break
		}
		t, ok := r.ministryTitle(m, end, e, c)
		if !ok || t.left != m || t.unnamed(e) || t.end+1 >= len(toks) || toks[t.end].Norm != "-" ||
			toks[t.end].Gap != token.Space || toks[t.end+1].Gap != token.Space {
			break
		}
		names := r.parseNames(t.end+1, &t)
		if len(names) != 1 || r.loneWord(names[0]) {
			break
		}
		r.named = append(r.named, names[0])
		k = names[0].e
	}
	return k
}

// ministryTitle is the title of the holder of the ministry or government
// e names at tokens [h, end), with the words before and after it that
// parseLeft and parseRight read; false when a word before it cancels the
// title.
func (r *run) ministryTitle(h, end int, e *entry, c gcase) (title, bool) {
	t := title{head: h, left: h, end: end, role: roleMinister, kind: kindHeadOf, ministry: true, portfolio: e.portfolio, gcase: c}
	if e.nation != "" {
		t.nations = append(t.nations, e.nation)
	}
	if e.gov {
		t.role = rolePM
	}
	if !r.parseLeft(&t) {
		return t, false
	}
	if p, _ := r.parseRight(&t, false); p != "" {
		t.portfolio = p
	}
	return t, true
}

// unnamed reports a ministry title that names no ministry of a state: an
// international body's, or one with neither portfolio nor nation ("the
// fire department").
func (t *title) unnamed(e *entry) bool {
	return t.org || !e.gov && t.portfolio == "" && len(t.nations) == 0
}

// otherTitleAfter reports an apposition at k that gives the name before
// it a title of another kind, which is what the person holds: "the interim
// government led by Muhammad Yunus, the chief adviser".
func (r *run) otherTitleAfter(k int) bool {
	toks, lx := r.toks, r.x.lx
	if k >= len(toks) || toks[k].Norm != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Kind == token.Word; j++ {
		c := lx.class(toks[j].Norm)
		switch {
		case j == k+1 && (c&(cConj|cSubord) != 0 || adversatives[toks[j].Norm]):
			return false // a new clause: "guidato da Murat Kurum, ma il sindaco di Istanbul …"
		case c&cFormer != 0:
			return false // what the person was: "X, колишній командувач ВПС"
		case c&cOtherTitle != 0:
			return true
		case c&cHead != 0:
			return false
		}
	}
	return false
}

// adversatives open a clause that sets something against the one
// before. Read-only.
var adversatives = map[string]bool{"ma": true, "però": true, "but": true, "але": true, "проте": true, "однак": true}

// heads reads the subject of a verb of heading whose object is a ministry
// or the government, right before the verb or before the relative pronoun
// that opens its clause: "Evelyn Matthei, who headed the labour ministry
// under Piñera", "Meloni guida il governo", "Маттеї, яка за Піньєри
// очолювала Міністерство праці". It reports false when token i opens no
// such clause.
func (r *run) heads(i int) (int, bool) {
	toks, lx := r.toks, r.x.lx
	v, k := lx.matchFwd(r.d, i, cHeadVerb)
	if v == nil || k >= len(toks) || !r.sameLine(i, k) {
		return 0, false
	}
	takeover := toks[k-1].Norm == "over"
	if a, end := lx.matchFwd(r.d, k, cAdverb); a != nil && end < len(toks) && r.sameLine(k, end) {
		k = end // "che guida anche il ministero degli Idrocarburi"
	}
	// the ministry, after the words parseLeft reads before it: "the
	// labour ministry", "il ministero"
	var e *entry
	end, h := 0, k
	for ; h < len(toks) && h < k+6 && e == nil; h++ {
		e, end = lx.matchFwd(r.d, h, cMinistry)
	}
	if e == nil || e.gov && (toks[i].Norm == "lead" || toks[i].Norm == "head") {
		// "will lead the caretaker government": an acting head, whose own
		// title stands
		return 0, false
	}
	t, ok := r.ministryTitle(h-1, end, e, caseNom)
	if !ok || t.left != k || t.unnamed(e) || !r.objectEnds(t.end) {
		return 0, false // "led the ministry's delegation"
	}
	j := i - 1
	for m := i - 1; m > 0 && m >= i-8; m-- {
		if sentenceEnd(toks, m) || toks[m+1].Gap >= token.Newline {
			break
		}
		if lx.class(toks[m].Norm)&cRel != 0 && !isCapWord(&toks[m]) {
			if toks[m-1].Norm != "," {
				return 0, false
			}
			j = m - 2
			break
		}
	}
	// an adverb between the subject and the verb: "Доманський тепер
	// очолює …", "who now heads …"
	for n := 0; n < 2 && j > 0 && !isCapWord(&toks[j]) && lx.class(toks[j].Norm)&cAdverb != 0; n++ {
		j--
	}
	if j > 1 && toks[j].Norm == "to" && nominations[toks[j-1].Norm] {
		j -= 2 // the infinitive after a nomination: "Deborah Barasa was picked to lead the Ministry of Health"
	}
	if !isCapWord(&toks[j]) {
		j = r.pastAux(j) // "Kishi will take over the defence ministry"
	}
	// "Nobuo Kishi, the premier's brother, takes over the defence ministry"
	words := r.nameBefore(r.pastAside(j))
	if !r.standsAlone(words) {
		return 0, false
	}
	r.named = append(r.named, named{t: t, s: words[0].s, e: words[len(words)-1].e, words: words})
	if takeover && t.end+1 < len(toks) && toks[t.end].Norm == "from" {
		// the holder taken over from: "takes over the defence ministry
		// from Taro Kono"
		if w, ok := r.formerHolderAt(&t, t.end+1); ok {
			r.named = append(r.named, w)
			return w.e, true
		}
	}
	return t.end, true
}

// fillerAfterPortfolio reports a filler at token k that closes a
// portfolio: "the employment affairs and social protection minister".
func (r *run) fillerAfterPortfolio(k int) bool {
	lx := r.x.lx
	f, s := lx.matchBwd(r.d, k, cFiller)
	if f == nil || s < 1 {
		return false
	}
	p, _ := lx.matchBwd(r.d, s-1, cPortfolio)
	return p != nil
}

// clausePeer makes nm, named with a title that gives no state, a peer of
// the minister named with one in the clause that a comma and a
// conjunction join to nm's: "Міністр внутрішніх справ Туреччини Алі
// Єрлікая повідомив про затримання, а міністр юстиції Їлмаз Тунч — про
// провадження", "Turkey's interior minister spoke, and Justice Minister
// X announced …". Both are of one government unless the table or the
// text says otherwise.
func (r *run) clausePeer(nm *named) {
	toks, lx := r.toks, r.x.lx
	c := nm.t.left - 1
	if c < 2 || len(r.named) == 0 || lx.class(toks[c].Norm)&cConj == 0 && !contrastJoins[toks[c].Norm] || toks[c-1].Norm != "," {
		return
	}
	prev := &r.named[len(r.named)-1]
	if len(prev.t.nations) == 0 || prev.t.plural || prev.e > c {
		return
	}
	if prev.t.role == nm.t.role && (prev.t.portfolio == nm.t.portfolio || nm.t.role == rolePM) {
		return // one government has one holder of an office: "…, e il ministro della Giustizia Marco Neri"
	}
	if r.sentenceHead(c) > prev.e {
		return // another sentence
	}
	nm.peer, nm.peerAt = true, prev.s
}

// contrastJoins are the conjunctions that join a clause to a contrasting
// one, besides the lexicons' "and": "…, а міністр юстиції …", "…, while
// Justice Minister …", "…, mentre il ministro …". Read-only.
var contrastJoins = map[string]bool{"а": true, "while": true, "whereas": true, "mentre": true}

// postHolder reads the name in the nominative after a title in the
// genitive that "на посаді" hangs on a predecessor or a successor in the
// nominative: "його попередник на посаді прем'єра Володимир Гройсман".
// The name is the predecessor's or the successor's, in that noun's case,
// not the title's; a predecessor held the post before.
func (r *run) postHolder(t *title) (named, bool) {
	toks := r.toks
	l := t.left
	if t.gcase != caseGen || t.plural || l < 3 || toks[l-1].Norm != "посаді" || toks[l-2].Norm != "на" {
		return named{}, false
	}
	former, ok := postHolders[toks[l-3].Norm]
	if !ok {
		return named{}, false
	}
	s, e, words, ok := r.parseName(t.end, caseNom, 0)
	if !ok || s != t.end || !r.standsAlone(words) {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words}
	nm.t.gcase, nm.t.former = caseNom, former
	nm.t.fem = strings.HasSuffix(toks[l-3].Norm, "ця") // the noun's gender is the person's
	if n := len(r.named); n > 0 && len(t.nations) == 0 {
		// the one preceded or succeeded is the minister named just before,
		// in the same paragraph: "Міністерка охорони здоров'я Канади Камал
		// Кхера … Її попередник на посаді міністра Марк Голланд"
		prev := &r.named[n-1]
		if prev.e <= l && r.sameLine(prev.e-1, l-1) && len(prev.t.nations) > 0 {
			nm.peer, nm.peerAt = true, prev.s
		}
	}
	return nm, true
}

// postHolders are the Ukrainian nouns in the nominative for who held a
// post before someone (true) or holds it after them (false). Read-only.
var postHolders = map[string]bool{"попередник": true, "попередниця": true, "наступник": false, "наступниця": false}

// objectEnds reports that the object of a verb of heading ends before
// token k: at punctuation or a word that starts no noun of its own ("the
// labour ministry under Piñera", not "the foreign ministry delegation").
func (r *run) objectEnds(k int) bool {
	if k >= len(r.toks) || r.toks[k].Kind != token.Word {
		return k >= len(r.toks) || r.toks[k].Norm != "'" && r.toks[k].Norm != "’"
	}
	return r.x.lx.class(r.toks[k].Norm)&(cConj|cPlacePrep|cStop|cFiller|cConn|cSpan|cSubord|cUnder) != 0 || !isCapWord(&r.toks[k]) && r.toks[k].Gap >= token.Newline
}

// loneWord reports a name of one word that no known official has as a
// surname: after a title, more likely a word of its own than a person.
func (r *run) loneWord(nm named) bool {
	return len(nm.words) == 1 && !r.knownSurname(nm.words[0].norm)
}

// opensClause reports a token that begins a sentence or a clause, or
// follows an adverb that does ("Доти Міністерство юстиції очолював …") or
// a conjunction that opens one ("quando titolare del Viminale era …").
func (r *run) opensClause(k int) bool {
	if r.sentenceStart(k) || r.toks[k-1].Norm == "," {
		return true
	}
	if b := &r.toks[k-1]; b.Kind != token.Word && b.Kind != token.Number && r.lineOrSentenceStart(k-1) {
		return true // a list's item: "– Мінфін очолив Олександр Данилюк;"
	}
	switch c := r.x.lx.class(r.toks[k-1].Norm); {
	case c&cAdverb != 0:
		return r.sentenceStart(k - 1)
	case c&cSubord != 0:
		return r.sentenceStart(k-1) || k >= 2 && r.toks[k-2].Norm == ","
	}
	return false
}

// afterConj reports a token right after a lower-case conjunction that
// joins two clauses: "…, e ministro dell'Ambiente è diventato X".
func (r *run) afterConj(k int) bool {
	return k > 0 && r.toks[k-1].Kind == token.Word && !isCapWord(&r.toks[k-1]) && r.x.lx.class(r.toks[k-1].Norm)&cConj != 0
}

// regionAround reports a region's name ending at token j that starts
// before the nation found at token s: "South Australian Premier" is a
// state's, not Australia's.
func (r *run) regionAround(j, s int) bool {
	e, b := r.x.lx.matchBwd(r.d, j, cRegion)
	return e != nil && b < s
}

// subnationalLeft reports a word naming a part of a state in [s, e).
func (r *run) subnationalLeft(s, e int) bool {
	for m := s; m < e; m++ {
		if r.x.lx.class(r.toks[m].Norm)&cSubnational != 0 {
			return true
		}
	}
	return false
}

// listNations gives each name of a plural title's list the nation the
// title names in the same place, when it names as many as the list holds
// and the name has none of its own.
func listNations(t *title, names []named) {
	if !t.plural || len(names) < 2 || len(t.nations) != len(names) {
		return
	}
	for n := range names {
		if names[n].nation == "" {
			names[n].nation = t.nations[n]
		}
	}
}

// listAfterGroup reads the names a plural title lists after a few words
// that name the group its holders meet in, set off by a comma, dash or
// colon: "I ministri degli Esteri del Mercosur, A (Argentina), B
// (Brasile) e C (Uruguay)", "Міністри закордонних справ Меркосур — A, B
// та C —". Only a list of two or more counts.
func (r *run) listAfterGroup(t *title, k int) []named {
	if !t.plural {
		return nil
	}
	lx := r.x.lx
	for j := k; j < len(r.toks) && j < k+7; j++ {
		tk := &r.toks[j]
		if j > k && tk.Gap >= token.Newline {
			return nil
		}
		if tk.Kind != token.Word {
			if tk.Norm == "-" && tk.Gap == token.None {
				continue // "країн-партнерів"
			}
			if j == k || !(tk.Norm == "," || tk.Norm == "-" || tk.Norm == ":") {
				return nil
			}
			if names := r.parseNames(j+1, t); len(names) >= 2 {
				return names
			}
			return nil
		}
		if lx.class(tk.Norm)&(cHead|cOtherTitle|cAppoint|cCopula) != 0 {
			return nil
		}
	}
	return nil
}

// nameElsewhere looks for the person of a title that no name follows:
// before it, after a comma; in an appointment; in the sentence before.
func (r *run) nameElsewhere(t *title) {
	if t.plural {
		if names := r.gappedList(t); len(names) > 0 {
			r.named = append(r.named, names...)
			return
		}
		if names := r.pluralApposition(t); len(names) > 0 {
			r.named = append(r.named, names...)
			return
		}
		if names := r.pluralPredicate(t); len(names) > 0 {
			r.named = append(r.named, names...)
			return
		}
		if names := r.nextSentenceList(t); len(names) > 0 {
			r.named = append(r.named, names...)
			return
		}
		r.named = append(r.named, r.rollCall(t)...)
		return
	}
	w, ok := r.gap, r.hasGap && r.gapTitle == t.left
	if ok {
		r.hasGap = false
		w.t = *t
	} else if w, ok = r.holder(t); !ok {
		return
	}
	r.named = append(r.named, w)
	if p, ok := r.predecessor(t); ok {
		r.named = append(r.named, p)
	}
	// the next name may hold a title of its own with the verb left out:
	// "A is the new ports minister and B the new law minister"
	r.gapAfterConj(t)
}

// holder finds the one person a title with no name right after it
// belongs to, trying each sentence shape around the title in turn. The
// calls are spelled out: through function values t would escape.
func (r *run) holder(t *title) (named, bool) {
	if w, ok := r.apposition(t); ok {
		return w, true
	}
	if w, ok := r.secondPost(t); ok {
		return w, true
	}
	if w, ok := r.appointee(t); ok {
		return w, true
	}
	if w, ok := r.agentApposition(t); ok {
		return w, true
	}
	if w, ok := r.predicate(t); ok {
		return w, true
	}
	if w, ok := r.withName(t); ok {
		return w, true
	}
	if w, ok := r.backReference(t); ok {
		return w, true
	}
	if w, ok := r.colonReference(t); ok {
		return w, true
	}
	if w, ok := r.cabinetReference(t); ok {
		return w, true
	}
	if w, ok := r.forwardReference(t); ok {
		return w, true
	}
	return r.bareApposition(t)
}

// forwardReference reads the holder of a title that opens a sentence as
// its subject with no name, from the name that opens the next sentence of
// its paragraph: "The Minister for Finance is having a nervous evening.
// Paschal Donohoe is in the race for the last seat". Only a known official
// who held the title is its holder: the next sentence may be about anyone.
func (r *run) forwardReference(t *title) (named, bool) {
	toks := r.toks
	if !t.article || t.plural || t.portfolio == "" || r.sentenceHead(t.left) != t.left || !r.lowerAfter(t.end) {
		return named{}, false
	}
	k := r.sentenceTail(t.end - 1)
	if k >= len(toks) || toks[k].Gap >= token.Newline {
		return named{}, false // no next sentence in the paragraph
	}
	s, e, words, ok := r.parseName(k, caseNom, 0)
	if !ok || s != k || len(words) < 2 || !r.standsAlone(words) || !r.fitsTitle(words, t, true) {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// bareApposition reads the name of two words or more right before a title
// with no article and no comma between them, when no name follows the
// title: "Maurizio Leo viceministro dell'Economia con in mano la
// riforma", "con Enrico Letta presidente del Consiglio". Another title's
// name is not the person: "il presidente Sergio Mattarella". Ukrainian
// sets such a title off with a dash, and a name in another case before a
// bare title is another person: "з Ан Гю Беком американський міністр".
func (r *run) bareApposition(t *title) (named, bool) {
	toks := r.toks
	if r.d.Lang == "uk" || t.article || t.plural || t.former || t.left < 2 || toks[t.left].Gap != token.Space || !isCapWord(&toks[t.left-1]) {
		return named{}, false
	}
	if t.end < len(toks) && toks[t.end].Kind == token.Word && isCapWord(&toks[t.end]) {
		return named{}, false
	}
	if t.portfolio == "" && len(t.nations) == 0 && t.role != rolePM && t.role != roleDPM {
		return named{}, false // "con Mario Rossi ministro per un giorno"
	}
	words := r.nameBefore(t.left - 1)
	if len(words) < 2 || words[len(words)-1].e != t.left {
		return named{}, false
	}
	if b := words[0].s - 1; b >= 0 && toks[b].Kind == token.Word && r.x.lx.class(toks[b].Norm)&(cHead|cOtherTitle|cHonor|cDet) != 0 {
		return named{}, false
	}
	return named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}, true
}

// secondPost reads the name after a second post that a spaced dash joins
// to the title, as Ukraine's officials style a double office:
// "Заступник міністра економіки — торговий представник України Тарас
// Качка", "заступник міністра охорони здоров'я — головний державний
// санітарний лікар Віктор Ляшко". The post is at most six words with no
// punctuation and no title of its own; the name has two words or more.
func (r *run) secondPost(t *title) (named, bool) {
	toks, lx := r.toks, r.x.lx
	k := t.end
	if k+2 >= len(toks) || toks[k].Norm != "-" || toks[k].Gap != token.Space || toks[k+1].Gap != token.Space {
		return named{}, false
	}
	for j := k + 1; j < len(toks) && j <= k+7; j++ {
		tk := &toks[j]
		if tk.Kind != token.Word || tk.Gap >= token.Newline {
			return named{}, false
		}
		if ns, ok := r.natAt(j); ok {
			j = ns.e - 1
			continue
		}
		if lx.class(tk.Norm)&(cHead|cDeputy|cStop) != 0 && lx.class(tk.Norm)&cConn == 0 {
			return named{}, false
		}
		if j == k+1 || !isCapWord(tk) {
			continue
		}
		s, e, words, ok := r.parseName(j, caseNom, 0)
		if !ok || s != j || len(realWords(words)) < 2 {
			continue
		}
		nm := named{t: *t, s: s, e: e, words: words}
		nm.t.gcase = caseNom
		return nm, true
	}
	return named{}, false
}

// ownedTitle reports a title that is the complement of another person's
// title ("a spokesperson for the Defence Minister", "il portavoce del
// ministro"): a name after a comma is then that person's.
func (r *run) ownedTitle(t *title) bool {
	return r.otherTitleBefore(t.left)
}

// otherTitleBefore reports another person's title right before token k,
// or before a connector or an article there ("il portavoce del", "the
// president of").
func (r *run) otherTitleBefore(k int) bool {
	lx := r.x.lx
	j := k - 1
	if j >= 0 && lx.class(r.toks[j].Norm)&(cConn|cDet) != 0 {
		j--
	}
	return j >= 0 && lx.class(r.toks[j].Norm)&cOtherTitle != 0
}

// mergeTitles joins a title without a name to the one that continues it:
// the higher role, the later portfolio (nearer the name, more specific).
func mergeTitles(a, b title) title {
	if a.role > b.role {
		b.role = a.role
	}
	if b.portfolio == "" {
		b.portfolio = a.portfolio
	}
	if len(b.nations) == 0 {
		b.nations = a.nations
	}
	b.former = b.former || a.former
	b.weak = b.weak && a.weak
	b.tabled = b.tabled && a.tabled
	b.left = a.left
	if b.gcase == caseAny {
		b.gcase = a.gcase
	}
	return b
}

// tagLabels open a page's line of keywords: "Tag: governo, ministri,
// Quirinale". Read-only.
var tagLabels = map[string]bool{"tag": true, "tags": true, "topics": true, "keywords": true, "argomenti": true,
	"теги": true, "мітки": true}

// tagLine reports whether token i is on a line of keywords, where a title
// stands as a topic and the words after it are other topics, not names:
// "Tag: governo Gentiloni, ministri, Quirinale, Mps".
func (r *run) tagLine(i int) bool {
	ls := r.d.LineStart(i)
	return ls+1 < i && tagLabels[r.toks[ls].Norm] && r.toks[ls+1].Norm == ":"
}

// vicePresidents are the Italian words for a vice-president that, joined
// to a minister's title by "e", name a deputy head of government: a
// minister is vice-president of his government, as Spain's "vicepresidenta
// y ministra" is, and of no other body the title leaves unnamed.
// Read-only.
var vicePresidents = map[string]bool{"vicepresidente": true, "vicepresidentessa": true, "vicepresidenta": true}

// vicePresidentBefore gives a minister's title the role of deputy prime
// minister when a bare vice-president's title is joined to it right
// before it: "la vicepresidente e ministra del Lavoro Yolanda Díaz". A
// vice-president of a named body ("vicepresidente del Senato e ministro")
// is not joined right before the title.
func (r *run) vicePresidentBefore(t *title) {
	toks := r.toks
	j := t.left - 1
	if r.d.Lang != "it" || t.role != roleMinister || t.plural || j < 1 || toks[j].Norm != "e" || toks[t.left].Gap != token.Space {
		return
	}
	if v := &toks[j-1]; v.Kind == token.Word && vicePresidents[v.Norm] {
		t.role, t.left = roleDPM, j-1
	}
}

// parseLeft reads the words before the head: articles, deputy/first/former,
// a portfolio adjective, a nation ("Estonian", "Luxembourg's", "України"
// does not come here), a ministry ("Pentagon chief"). It reports false
// when a word there cancels the title ("Shadow", "Under", "Press").
func (r *run) parseLeft(t *title) bool {
	d, lx := r.d, r.x.lx
	deputy, first, firstAtHead, listed := false, false, false, false
	secretary := t.kind == kindSecretary || t.kind == kindSecState
	for j := t.head - 1; j >= 0; {
		if r.toks[j+1].Gap >= token.Newline {
			break
		}
		if n, ok := r.natEndingAt(j); ok && !r.regionAround(j, n.s) {
			t.nations = append([]string{n.code}, t.nations...)
			t.left, j = n.s, n.s-1
			continue
		}
		if t.plural && len(t.nations) > 0 && j > 0 && (lx.class(r.toks[j].Norm)&cConj != 0 || r.toks[j].Norm == ",") {
			if _, ok := r.natEndingAt(j - 1); ok {
				j-- // each holder's state: "the Finnish and Swedish prime ministers"
				continue
			}
		}
		if r.toks[j].Norm == "-" && r.toks[j].Gap == token.None && r.toks[j+1].Gap == token.None && j > 0 {
			j-- // a hyphenated prefix: "Ex-Defence", "віце-прем'єр"
			continue
		}
		if k, ok := r.originBefore(j); ok {
			t.left, j = k, k-1 // "the Georgian-born health minister" is no Georgian minister
			continue
		}
		if t.portfolio != "" || !secretary {
			// a region's title, unless the region is the secretary's
			// portfolio: "Scottish Finance Secretary", "Bavarian Prime
			// Minister", but "Scottish Secretary"
			if e, _ := lx.matchBwd(d, j, cRegion); e != nil && isCapWord(&r.toks[j]) {
				return false
			}
		}
		if r.possessiveEnd(j) {
			if e, _ := lx.matchBwd(d, j-2, cRegion); e != nil || j >= 2 && possessiveRegions[r.toks[j-2].Norm] && isCapWord(&r.toks[j-2]) && (j < 3 || !isCapWord(&r.toks[j-3])) {
				return false // "Northern Ireland's finance minister", "Victoria's sport minister"
			}
			if n, ok := r.natEndingAt(j - 2); ok { // "Ukraine's", "Luxembourg’s"
				t.nations = append([]string{n.code}, t.nations...)
				t.left, j = n.s, n.s-1
				continue
			}
			if e, s := lx.matchBwd(d, j-2, cCapital); e != nil { // "Kyiv's"
				t.nations = append([]string{e.nation}, t.nations...)
				t.left, j = s, s-1
				continue
			}
			if t.portfolio == "territorial_affairs" {
				return false // "Unite's Scottish secretary": a union's or a party's officer
			}
			if j >= 3 && r.toks[j-2].Kind == token.Word && !isCapWord(&r.toks[j-2]) && lx.class(r.toks[j-3].Norm)&cDet != 0 {
				// a possessor standing for a state: "the kingdom's prime
				// minister" is the state's, named elsewhere; "the state's
				// Olympics minister" a state government's
				c := lx.class(r.toks[j-2].Norm)
				if c&cSubnational != 0 {
					return false
				}
				if c&cStateNoun != 0 {
					t.left = j - 3
				}
			}
			// a person's or a government's, opening an apposition: "Ali
			// Sabry, Wickremesinghe's foreign minister,", "Lloyd Austin,
			// Joe Biden's defense secretary,"
			for k, n := j-2, 0; n < 3; n++ {
				u, ok := r.unitEndingAt(k)
				if !ok {
					break
				}
				if u.s > 0 && r.toks[u.s-1].Norm == "," && r.sameLine(u.s-1, j) {
					t.left = u.s
					break
				}
				if u.s > 1 && lx.class(r.toks[u.s-1].Norm)&cDet != 0 && r.toks[u.s-2].Norm == "," && r.sameLine(u.s-2, j) {
					t.left = u.s - 1 // a party's: "Cristóbal Montoro, the PP's former finance minister,"
					break
				}
				k = u.s - 1
			}
			break
		}
		if t.portfolio != "" && j > 0 && (lx.class(r.toks[j].Norm)&cConj != 0 || r.toks[j].Norm == "," && listed) {
			// two portfolios, "the Czech industry and trade minister", or
			// a list of them closed by a conjunction: "the economy, trade
			// and industry minister"
			if p, _ := lx.matchBwd(d, j-1, cPortfolio); p != nil || r.fillerAfterPortfolio(j-1) {
				listed = listed || r.toks[j].Norm != ","
				j--
				continue
			}
		}
		e, s := lx.matchBwd(d, j, cDeputy|cFirst|cFormer|cDet|cPortfolio|cMinistry|cNegLeft|cNegSec|cPossessor|cFiller)
		if e == nil {
			break
		}
		switch {
		case secretary && e.cls&cNegSec != 0 && e.cls&cFirst != 0 && t.portfolio != "":
			// an ordinal before a portfolio: "Trump's first education
			// secretary"; before the head alone it makes a diplomat's or a
			// party's rank ("First Secretary")
		case secretary && e.cls&cNegSec != 0:
			if e.cls&cMinistry == 0 || !r.portfolioBeside(t, s) {
				return false
			}
			// Kenya's ministers: "Health Cabinet Secretary", "Cabinet
			// Secretary for Health"; Britain's Cabinet Secretary has no portfolio
			t.secNation = "KE"
		case e.cls&cNegLeft != 0:
			return false
		case e.cls&cPossessor != 0 && e.cls&cDeputy == 0 && t.gcase.oblique():
			// "речник міністра оборони Іларіон Павлюк": a name after this may
			// be the spokesman's; parseName decides by its case
			t.possessor = true
		}
		if e.cls&cDeputy != 0 {
			if t.portfolio != "" && lx.class(r.toks[s].Norm)&cSubnational != 0 {
				return false // "State Sport Minister": a state government's, not a State Minister
			}
			deputy = true
			t.plural = t.plural || e.plural // "заступники міністра … A та B"
		}
		if e.cls&cFirst != 0 {
			first = true
			firstAtHead = !deputy // "deputy first minister", not "first deputy minister"
		}
		if e.cls&cFormer != 0 {
			t.former = true
		}
		if e.cls&cPortfolio != 0 && t.portfolio == "" {
			t.portfolio = e.portfolio
			if secretary {
				t.secretaryOf(e)
			}
		}
		if e.cls&cMinistry != 0 {
			t.ministry = true
			if e.portfolio != "" && t.portfolio == "" {
				t.portfolio = e.portfolio
			}
			if e.nation != "" {
				t.nations = append([]string{e.nation}, t.nations...)
			}
			if e.gov && t.kind == kindHeadOf {
				t.role = rolePM // "head of government"; a deputy is applied below
			}
		}
		if e.cls&cDet != 0 && e.nation != "" && r.ownWordAt(s) {
			t.nations = append([]string{e.nation}, t.nations...)
		}
		if e.gcase != caseAny && e.cls&(cDeputy|cFirst|cFormer|cDet) != 0 {
			t.gcase = e.gcase
			t.fem = e.fem
		}
		t.left, j = s, s-1
		if e.article && e.cls&cDet != 0 {
			// an article opens the phrase: what stands before it belongs to
			// the clause ("alla Farnesina il ministro … ucraino")
			t.article = true
			break
		}
	}
	r.unknownPortfolio(t)
	// except an adverb opening an apposition, before an article or
	// without one: "X, then the justice minister,", "X, himself a former
	// economy minister,", "X, now minister for climate,". (Without an
	// article a former word has been read above already.)
	if a, as := lx.matchBwd(d, t.left-1, cFormer|cAdverb); a != nil && as > 0 && r.toks[as-1].Norm == "," && r.sameLine(as-1, t.left) {
		t.left = as
		t.former = t.former || a.cls&cFormer != 0
	}
	if j := t.left - 1; j >= 0 && r.d.Lang == "en" && r.toks[t.left].Gap < token.Newline && isCapWord(&r.toks[j]) &&
		lx.class(r.toks[j].Norm)&cOrg != 0 {
		// "EU foreign policy chief", "Nato defence minister-level"; Italian
		// and Ukrainian put the owner after the title, so what stands before
		// belongs to the clause: "на засіданні Радбезу ООН міністр …"
		return false
	}
	if len(t.nations) == 0 {
		if c := r.nationBeforeUnknown(t.left); c != "" {
			t.nations = []string{c} // "Union Food Processing Industries Minister"
		}
	}
	if len(t.nations) == 0 {
		if c := r.pronounOwner(t.left); c != "" {
			t.nations = []string{c}
		}
	}
	if deputy {
		if t.kind == kindSecretary || t.kind == kindSecState {
			return false // deputy, under, assistant secretary: not a minister
		}
		t.deputy = true
		t.role = t.role.deputyOf()
	}
	// First Minister (Scotland, Wales) and primo ministro are heads of
	// their own, and so is a deputy first minister, unless a portfolio
	// makes "first" an ordinal ("the first finance minister in Petro's
	// government"): parseTitle decides. Before a head of government's
	// title it is an ordinal too: "primo premier di etnia albanese", "the
	// first prime minister to visit".
	t.first = first && (!deputy || firstAtHead) && t.role != roleDPM && t.role != rolePM &&
		!(t.role == roleDeputy && !deputy) // a deputy's head: "primo viceministro"
	return !r.regionBeforeUnknown(t.left)
}

// ownWordAt reports a capitalized word at token s that is no part of a
// longer name before it: "Union Home Minister" is India's, but the
// "European Union" or "Soviet Union" trade minister is not.
func (r *run) ownWordAt(s int) bool {
	toks := r.toks
	if !isCapWord(&toks[s]) {
		return false
	}
	return s == 0 || toks[s].Gap >= token.Newline || !isCapWord(&toks[s-1]) || r.x.lx.class(toks[s-1].Norm)&cDet != 0
}

// regionBeforeUnknown reports a region, or its possessive, before the one
// to three capitalized words the vocabulary does not know that end right
// before token left: a portfolio of a region's government ("Karnataka's
// Revenue Minister", "NSW Emergency Services Minister").
func (r *run) regionBeforeUnknown(left int) bool {
	toks, lx := r.toks, r.x.lx
	s := r.capitalRunStart(left, 0)
	j := s - 1
	if s == left || j < 0 || toks[s].Gap != token.Space && !r.possessiveEnd(j) {
		return false
	}
	if r.possessiveEnd(j) {
		j -= 2
	}
	if j < 0 || !isCapWord(&toks[j]) {
		return false
	}
	e, _ := lx.matchBwd(r.d, j, cRegion)
	return e != nil
}

// nationBeforeUnknown is the nation of a determiner that implies one
// (see ownWordAt) before the one to three capitalized words the
// vocabulary does not know, or knows only inside a portfolio, that end
// right before token left: a portfolio it does not list ("Union Food
// Processing Industries Minister"), or "".
func (r *run) nationBeforeUnknown(left int) string {
	toks, lx := r.toks, r.x.lx
	s := r.capitalRunStart(left, cFiller)
	j := s - 1
	if s == left || j < 0 || toks[s].Gap != token.Space {
		return ""
	}
	if e, s := lx.matchBwd(r.d, j, cDet); e != nil && s == j && e.nation != "" && r.ownWordAt(j) {
		return e.nation
	}
	return ""
}

// originWords end an English compound that says where a person comes
// from or studied: "Georgian-born", "US-raised", "Harvard-educated".
var originWords = map[string]bool{"born": true, "raised": true, "educated": true, "trained": true, "bred": true}

// originBefore reads such a compound ending at token j and returns its
// first token: a person's origin, which names no state they serve.
func (r *run) originBefore(j int) (int, bool) {
	toks := r.toks
	if j < 2 || !originWords[toks[j].Norm] || toks[j].Gap != token.None || toks[j-1].Norm != "-" || toks[j-1].Gap != token.None {
		return 0, false
	}
	if n, ok := r.natEndingAt(j - 2); ok {
		return n.s, true
	}
	if u, ok := r.unitEndingAt(j - 2); ok && isCapWord(&toks[u.s]) {
		return u.s, true
	}
	return 0, false
}

// pronounOwner is the state an English possessive pronoun opening a
// sentence before the title at token k stands for: the one that opens the
// sentence before ("Chile, like Peru, ratified the pact. Its foreign
// minister, …"), or "".
func (r *run) pronounOwner(k int) string {
	j := k - 1
	if r.d.Lang != "en" || j < 1 || (r.toks[j].Norm != "its" && r.toks[j].Norm != "their") {
		return ""
	}
	h := r.sentenceHead(j)
	if h != j && !r.englishTimeOpener(h, j) {
		return ""
	}
	if h < 1 {
		return ""
	}
	return r.openingNation(r.sentenceHead(h-1), false)
}

// englishTimeWords name a time in an English phrase that opens a
// sentence before its subject: "In July", "On Monday", "Last week".
// Read-only.
var englishTimeWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"week": true, "month": true, "year": true, "weekend": true, "spring": true, "summer": true, "autumn": true, "winter": true,
}

// englishTimeLinks may stand in such a phrase beside its time words.
// Read-only.
var englishTimeLinks = map[string]bool{
	"in": true, "on": true, "last": true, "this": true, "that": true, "early": true, "late": true, "mid": true,
	"the": true, "same": true, "following": true, "next": true, "of": true,
}

// englishTimeOpener reports that tokens [h, j) are only a short phrase of
// time, a comma after it or not, with a time word or a year among them:
// "In July its foreign minister …" opens with its subject all the same.
func (r *run) englishTimeOpener(h, j int) bool {
	const maxWords = 4
	toks := r.toks
	if j-h > maxWords+1 || j == h {
		return false
	}
	timed := false
	for k := h; k < j; k++ {
		tk := &toks[k]
		switch {
		case tk.Norm == "," && k == j-1:
		case tk.Kind == token.Number:
			timed = true
		case tk.Kind != token.Word:
			return false
		case englishTimeWords[tk.Norm]:
			timed = true
		case !englishTimeLinks[tk.Norm]:
			return false
		}
	}
	return timed
}

// unknownPortfolio takes into an English title one or two lower-case
// words the vocabulary does not know before it, when an article opening
// an apposition or a copula stands before them: the words name a
// portfolio, as in "X, the productive development minister," or "X, who
// was postal affairs minister". Elsewhere such words may be the clause's
// ("cuts agreed by every minister").
func (r *run) unknownPortfolio(t *title) {
	if r.d.Lang != "en" || t.article || t.plural {
		return
	}
	toks, lx := r.toks, r.x.lx
	s := r.unknownRunStart(t.left, cPortfolio) // "the economic revitalization minister"
	if s == t.left || s < 2 {
		return
	}
	if a, as := lx.matchBwd(r.d, s-1, cDet); a != nil && a.article && as > 0 && toks[as-1].Norm == "," {
		t.left, t.article = as, true
		return
	}
	if v, _ := lx.matchBwd(r.d, s-1, cAppoint); v != nil && v.subject && !v.needAs {
		t.left = s
	}
}

// regionPastUnknown reports a region's name or possessive before one or
// two lower-case words the vocabulary does not know, which end an
// English title's left side: the title is the region's, whatever the
// portfolio ("Punjab's caretaker information minister").
func (r *run) regionPastUnknown(t *title) bool {
	if r.d.Lang != "en" {
		return false
	}
	toks := r.toks
	s := r.unknownRunStart(t.left, cDet) // "caretaker" may be among them
	if s == t.left || s < 1 || !isCapWord(&toks[s-1]) && !r.possessiveEnd(s-1) {
		return false
	}
	j := s - 1
	if r.possessiveEnd(j) {
		j -= 2
	}
	e, _ := r.x.lx.matchBwd(r.d, j, cRegion)
	return e != nil
}

// unknownRunStart returns where the one or two lower-case words of letters,
// spaced, that end right before token left start, when the vocabulary
// knows them at most as words of the classes in allow; left when there
// are none.
func (r *run) unknownRunStart(left int, allow cls) int {
	toks, lx := r.toks, r.x.lx
	s := left
	for s > 0 && left-s < 2 {
		tk := &toks[s-1]
		if tk.Kind != token.Word || isCapWord(tk) || tk.Gap != token.Space || toks[s].Gap != token.Space ||
			lx.class(tk.Norm)&^allow != 0 || !isLetters(tk.Norm) {
			break
		}
		s--
	}
	return s
}

// capitalRunStart returns where the one to three spaced capitalized words
// that end right before token left start, when the vocabulary knows them
// at most as words of the classes in allow: a portfolio it does not list
// ("Revenue Minister", "Food Processing Industries Minister"); left when
// there are none.
func (r *run) capitalRunStart(left int, allow cls) int {
	toks, lx := r.toks, r.x.lx
	s := left
	for s > 0 && left-s < 3 && isCapWord(&toks[s-1]) && lx.class(toks[s-1].Norm)&^allow == 0 && toks[s].Gap == token.Space {
		s--
	}
	return s
}

// isLetters reports a word of letters only.
func isLetters(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return w != ""
}

// skipLeader returns the end of a title whose complement ends in a
// government, past the name of its leader that follows without a comma:
// "колишня міністерка праці в уряді Габріеля Боріча" names its holder
// elsewhere, "Міністр оборони Польщі в уряді Туска Владислав
// Косіняк-Камиш" after the leader. Of a run of capitalized words the
// leader has one when three follow (a surname, then the holder's two
// names), else two, or all. In Ukrainian the leader's own title may stand
// after the government, "в уряді прем'єра Яна Новака": the leader is then
// named with it.
func (r *run) skipLeader(t *title) int {
	toks := r.toks
	start := t.end
	if start+1 < len(toks) && toks[start].Kind == token.Word && !isCapWord(&toks[start]) && r.x.lx.class(toks[start].Norm)&cConn != 0 {
		start++ // "del governo di Jair Bolsonaro"
	}
	if t.kind == kindHeadOf || start >= len(toks) || t.end <= t.head+1 || toks[start].Gap != token.Space || !isCapWord(&toks[start]) {
		return t.end
	}
	// "в уряді", "nel governo", "ministro della Giustizia del governo": the
	// government the holder serves in, not the one a "presidente del
	// governo" heads
	e, s := r.x.lx.matchBwd(r.d, t.end-1, cMinistry)
	// the government's head named by a title of theirs: "в уряді прем'єра X"
	leader, lh := (*entry)(nil), -1
	if e == nil && r.d.Lang == "uk" {
		if he, h := r.x.lx.matchBwd(r.d, t.end-1, cHead); he != nil && he.role == rolePM && he.gcase == caseGen && h > t.head+1 {
			leader, lh = he, h
			e, s = r.x.lx.matchBwd(r.d, h-1, cMinistry)
		}
	}
	if e == nil || !e.gov || s < 1 {
		return t.end
	}
	if c := r.x.lx.class(r.toks[s-1].Norm); c&cPlacePrep == 0 && (c&cConn == 0 || s-1 <= t.head+1) {
		return t.end
	}
	var ends []int // the end of each capitalized word of the run
	for k := start; k < len(toks) && len(ends) < 4 && isCapWord(&toks[k]) && toks[k].Gap == token.Space; {
		k = unitAt(r.d, k).e
		ends = append(ends, k)
	}
	end := ends[len(ends)-1]
	switch len(ends) {
	case 3:
		end = ends[0]
	case 4:
		end = ends[1]
	}
	if leader != nil {
		// the head holds a title of their own
		lt := title{head: lh, left: lh, end: start, role: leader.role, kind: leader.kind, gcase: caseGen, fem: leader.fem}
		if ns, ne, words, ok := r.parseName(start, caseGen, lt.nameFlags()); ok && ns == start && ne >= end {
			n := 0
			for n < len(words) && words[n].e <= end {
				n++
			}
			if n > 0 && words[n-1].e == end {
				r.named = append(r.named, named{t: lt, s: ns, e: end, words: words[:n]})
			}
		}
	}
	return end
}

// parseRight reads the complement after the head: "of Defence of
// Ukraine", "della Difesa ucraino", "оборони України", "з питань
// стратегічних галузей промисловості". It returns the portfolio named
// there and, when the complement ends in a connector followed by words it
// does not know ("Secretary of the National Security Council"), the index
// of the first such word (else -1).
func (r *run) parseRight(t *title, closed bool) (portfolio string, dangling int) {
	d, lx := r.d, r.x.lx
	n := len(r.toks)
	k := t.end
	last := k - 1
	conn := false
complement:
	for k < n {
		tk := &r.toks[k]
		if tk.Gap >= token.Newline {
			break
		}
		if end := r.partnerState(k, last, portfolio); end > k {
			k, last = end, end-1
			continue
		}
		if ns, ok := r.natAt(k); ok {
			if dash := ns.e; dash+1 < n && (r.toks[dash].Norm == "-" || r.toks[dash].Norm == "–") &&
				r.toks[dash].Gap == token.None && r.toks[dash+1].Gap == token.None {
				if other, ok := r.natAt(dash + 1); ok {
					// a pair of states qualifies the portfolio, "minister for
					// Canada-US trade", and says nothing of whose the title is
					k, last, conn = other.e, other.e-1, false
					continue
				}
			}
			t.nations = append(t.nations, ns.code)
			k, last, conn = ns.e, ns.e-1, false
			if k+1 < n && r.possessiveEnd(k+1) {
				k += 2 // "head of Ukraine's Defence Ministry"
				conn = true
			}
			continue
		}
		if e, end := lx.matchFwd(d, k, cRegion); e != nil && isCapWord(tk) && !r.territorialSecretary(t, k) &&
			!r.givenAfterTitle(k, end, last, conn) {
			t.regional = true // "Prime Minister of Bavaria", "прем'єр-міністр Баварії"
			break
		}
		if closed {
			if end := r.officeStateEnd(k); end > k {
				k, last = end, end-1 // "la vicepresidente del governo spagnolo in carica, Carmen Calvo"
				continue
			}
			break
		}
		if isCapWord(tk) && lx.class(tk.Norm)&cOrg != 0 {
			if p, _ := lx.matchFwd(d, k, cPortfolio); p == nil {
				t.org = true // "head of EU diplomacy", "глава дипломатії ЄС"
				break
			}
		}
		if tk.Kind == token.Punct {
			if tk.Norm == "(" {
				// India's "Minister of State (Independent Charge)"
				j := k + 1
				for j < n && j < k+5 && r.toks[j].Kind == token.Word && lx.class(r.toks[j].Norm)&cTitleAside != 0 {
					j++
				}
				if j > k+1 && j < n && r.toks[j].Norm == ")" {
					k = j + 1
					continue
				}
			}
			if tk.Norm == "'" && tk.Gap == token.None && conn && k+1 < n && r.toks[k+1].Gap == token.None {
				k++ // elision: dell'Ucraina
				continue
			}
			if tk.Norm == "," && k+1 < n {
				if _, ok := r.natAt(k + 1); ok && t.plural {
					k++
					continue
				}
				if e, _ := lx.matchFwd(d, k+1, cPortfolio|cFiller); e != nil {
					k++
					conn = true
					continue
				}
				if end := r.ukComplement(k + 1); end > k+1 && !r.ukHardEnd(k+1) {
					// "міністр соціальної політики, сім'ї та єдності України";
					// but a noun in the nominative opens an apposition of its
					// own: "Міністерство фінансів, інвестбанкір Айварас …"
					k, last = end, end-1
					continue
				}
				// a list of portfolios, each with its article: "per gli Affari
				// europei, il Sud, le politiche di coesione e il PNRR"
				if c, end := lx.matchFwd(d, k+1, cConn); c != nil && r.toks[k+1].Gap <= token.Space {
					if c, e2 := lx.matchFwd(d, end, cConn); c != nil && r.toks[end].Gap == token.None {
						end = e2 // the elided article: "dell'Industria"
					}
					if e, _ := lx.matchFwd(d, end, cPortfolio|cFiller); e != nil {
						k++
						conn = true
						continue
					}
					if end < n && isCapWord(&r.toks[end]) && r.toks[end].Gap <= token.Space && !t.plural && portfolio != "" {
						// a part of the list the vocabulary does not know:
						// "dell'Agricoltura, dello Sviluppo rurale e della
						// Pesca, Youcef Cherfa"; the name, if any, follows it
						if _, isNat := r.natAt(end); !isNat {
							t.end = last + 1
							return portfolio, k + 1
						}
					}
				}
			}
			break
		}
		e, end := lx.matchFwd(d, k, cPortfolio|cMinistry|cFiller|cConn|cConj|cCapital)
		if e == nil {
			if r.fillerTail(k, last) || r.adjectiveTail(k, last) {
				k, last = k+1, k // "Minister for Public Expenditure, Paschal Donohoe"
				continue
			}
			if !conn {
				if end := r.ukComplement(k); end > k {
					k, last = end, end-1
					continue
				}
			}
			break
		}
		switch {
		case e.cls&cCapital != 0 && e.cls&(cPortfolio|cMinistry|cFiller|cConn|cConj) == 0:
			if !r.toks[k].Cap && !r.toks[k].Upper || !conn && r.firstNameAt(k, end) || r.subnationalAt(k) {
				break complement // "il ministro degli Esteri Santiago Peña", "of Buenos Aires province"
			}
			t.nations = append(t.nations, e.nation) // "di Kiev", "РФ"
			last, conn = end-1, false
		case e.cls&(cPortfolio|cMinistry|cFiller) != 0:
			if e.cls&cPortfolio != 0 && portfolio == "" {
				portfolio = e.portfolio
				switch t.kind {
				case kindSecretary:
					t.secretaryOf(e) // "Secretary of Commerce"
				case kindSecState:
					t.secNation = "GB" // "Secretary of State for Defence"
				}
			}
			if e.cls&cMinistry != 0 {
				t.ministry = true
				if e.portfolio != "" && portfolio == "" {
					portfolio = e.portfolio
				}
				if e.nation != "" {
					t.nations = append(t.nations, e.nation)
				}
				if e.gov && t.kind == kindHeadOf {
					t.role = rolePM
					if t.deputy {
						t.role = roleDPM
					}
				}
			}
			last, conn = end-1, false
		case e.cls&cConj != 0:
			if r.toks[k].Cap && len(r.toks[k].Norm) <= 2 {
				break complement // "Ed Miliband": a name, not the Italian "ed"
			}
			// A conjunction goes on only into more complement: "Economy and
			// Finance", "Ucraina, Estonia e Lussemburgo"; not "minister and
			// his deputy" nor a second title.
			if _, ok := r.natAt(end); ok && t.plural {
				conn = true
				break
			}
			if ne, _ := lx.matchFwd(d, end, cPortfolio|cFiller|cConn); ne == nil || ne.cls&cHead != 0 {
				// Unknown words after the conjunction may still belong to the
				// portfolio ("Culture and Information Policy") or be a second
				// post of the person named after them ("ministro delle Finanze
				// e coordinatore dell'economia Wale Edun").
				if after := r.secondPostEnd(end); ne == nil && after > end {
					t.end = last + 1
					return portfolio, after
				}
				if ne == nil && end < n && r.toks[end].Kind == token.Word && r.toks[end].Gap < token.Newline &&
					(isCapWord(&r.toks[end]) || hasCyrillic(r.toks[end].Norm) || lx.class(r.toks[end].Norm)&(cDet|cIndef|cOtherTitle) == 0) &&
					(lx.class(r.toks[end].Norm)&(cHead|cStop|cDeputy|cFirst|cFormer) == 0 || r.capitalPart(end)) {
					if _, isNat := r.natAt(end); !isNat {
						if portfolio == "" && !t.ministry && r.wholeName(end, t) {
							// "the Indian prime minister and Donald Trump": a
							// title with no portfolio to go on, and a second
							// person after the conjunction
							break complement
						}
						t.end = last + 1
						return portfolio, end
					}
				}
				break complement
			}
			conn = true
		default: // connector
			if r.toks[k].Cap && lx.nameClass(r.toks[k].Norm, d.Lang)&cConn == 0 {
				// another language's connector, capitalized: a name begins,
				// as "Le" of "Minister Le Minh Khai" in English
				break complement
			}
			conn = true
		}
		k = end
	}
	t.end = last + 1
	if conn && k < n && r.toks[k].Kind == token.Word && r.toks[k].Gap < token.Newline {
		// a connector with nothing known after it: "Secretary of the National
		// Security Council", "ministro per i Beni culturali"
		return portfolio, k
	}
	return portfolio, -1
}

// subjectAfterAdjunct reports the one name read after the comma that
// closes title t, when the title lies in a short phrase opening the
// sentence with a preposition and the name runs straight into its verb:
// "Nel colloquio con il capo della diplomazia di Doha, Alfano ha ribadito
// …" names the main clause's subject, not the one the title is about, who
// would be set off by a second comma ("Con il ministro degli Esteri, Carlo
// Neri, …"). Italian only: English writes "At the helm of the finance
// ministry, Rui Almada cut spending" of the subject.
func (r *run) subjectAfterAdjunct(t *title, names []named) bool {
	const maxLead = 4
	lx := r.x.lx
	if r.d.Lang != "it" || len(names) != 1 || names[0].e >= len(r.toks) || !r.lowerAfter(names[0].e) ||
		lx.class(r.toks[names[0].e].Norm)&(cConj|cDet|cRel|cPlacePrep|cConn|cAge) != 0 {
		return false
	}
	for h := t.left - 1; h >= 0 && h >= t.left-maxLead-1; h-- {
		if r.toks[h].Kind != token.Word {
			if r.toks[h].Norm == "'" && r.toks[h].Gap == token.None {
				continue // "Nell'incontro con …"
			}
			return false
		}
		if r.clauseOpens(h) {
			return lx.class(r.toks[h].Norm)&(cConn|cPlacePrep|cWith) != 0
		}
	}
	return false
}

// secondPostEnd reads, from token k right after a title's conjunction, a
// second post that is no minister's, with its complement ("il vicepremier
// e portavoce del governo Numan Kurtulmuş", "il vicepremier e presidente
// di Forza Italia Antonio Tajani"), and returns the token where the name
// both posts share begins, or k. The post's own words — its ministry, its
// state — are not the title's.
func (r *run) secondPostEnd(k int) int {
	const maxWords = 6
	lx := r.x.lx
	if k >= len(r.toks) || r.toks[k].Kind != token.Word || isCapWord(&r.toks[k]) || r.toks[k].Gap >= token.Newline ||
		lx.class(r.toks[k].Norm)&(cOtherTitle|cHead) != cOtherTitle {
		return k
	}
	j := k + 1
	for j < len(r.toks) && j <= k+maxWords && r.sameLine(k, j) {
		if ns, ok := r.natAt(j); ok {
			j = ns.e
			continue
		}
		tk := &r.toks[j]
		if tk.Norm == "'" && tk.Gap == token.None {
			j++
			continue
		}
		if isCapWord(tk) {
			if e, end := lx.matchFwd(r.d, j, cPortfolio|cMinistry|cCapital); e != nil && !r.firstNameAt(j, end) {
				j = end
				continue
			}
			if r.toks[j].Gap != token.Space {
				return k
			}
			if lx.class(r.toks[j-1].Norm)&cConn != 0 {
				// the post's capitalized complement runs into the name:
				// "di Forza Italia Antonio Tajani"; two words alone are
				// the complement ("della Casa Bianca")
				run := j
				for run < len(r.toks) && isCapWord(&r.toks[run]) && r.toks[run].Gap == token.Space {
					run++
				}
				if run-j < 3 {
					return k
				}
			}
			return j
		}
		if tk.Kind != token.Word || lx.class(tk.Norm)&(cConn|cMinistry|cPortfolio|cFiller) == 0 {
			return k
		}
		j++
	}
	return k
}

// partnerState is the token after the state that a portfolio deals with,
// named from token k right after the portfolio's last word at last: "del
// commercio con gli Stati Uniti", "for relations with China". The state
// is the portfolio's partner, not the title's government; k when none is.
func (r *run) partnerState(k, last int, portfolio string) int {
	lx := r.x.lx
	if portfolio == "" || last != k-1 || k+1 >= len(r.toks) || isCapWord(&r.toks[k]) || lx.class(r.toks[k].Norm)&cWith == 0 {
		return k
	}
	j := k + 1
	if a, end := lx.matchFwd(r.d, j, cDet); a != nil && a.article {
		j = end
	}
	if ns, ok := r.natAt(j); ok && r.sameLine(k, ns.s) {
		return ns.e
	}
	return k
}

// capitalPart reports a capitalized adjective that also stands before
// titles ("National", "Federal") opening the next part of a portfolio:
// "of Finance, Budget and National Planning, Zainab Ahmed".
func (r *run) capitalPart(k int) bool {
	lx := r.x.lx
	if !isCapWord(&r.toks[k]) || lx.class(r.toks[k].Norm)&cDet == 0 || lx.class(r.toks[k].Norm)&(cHead|cDeputy|cFirst|cFormer) != 0 ||
		k+1 >= len(r.toks) || r.toks[k+1].Gap != token.Space || !isCapWord(&r.toks[k+1]) {
		return false
	}
	// the part ends at the comma before the name: "National Assembly
	// Speaker Femi Gbajabiamila" is another office
	for j := k + 1; j < len(r.toks) && j < k+4; j++ {
		if r.toks[j].Norm == "," {
			return j > k+1
		}
		if !isCapWord(&r.toks[j]) || lx.class(r.toks[j].Norm)&(cHead|cStop|cOtherTitle) != 0 {
			return false
		}
	}
	return false
}

// wholeName reports a name of two words or more at token k that nothing
// capitalized goes on after: a person, not the first words of a portfolio
// with its holder's name after them.
func (r *run) wholeName(k int, t *title) bool {
	s, e, words, ok := r.parseName(k, t.gcase, t.nameFlags())
	return ok && s == k && len(realWords(words)) >= 2 && (e >= len(r.toks) || !isCapWord(&r.toks[e]))
}

// adjectiveTail reports a lower-case Italian adjective at k that the
// vocabulary does not know, right after a capitalized portfolio word at
// last and before a name, a comma, a copula or a conjunction that goes on
// into more complement: "ministra delle Riforme costituzionali Maria Elena
// Boschi", "Politiche abitative,", "ministro delle Finanze pubbliche è …",
// "Affari sociali e del Lavoro".
func (r *run) adjectiveTail(k, last int) bool {
	if last != k-1 || k+1 >= len(r.toks) {
		return false
	}
	t, p, next := &r.toks[k], &r.toks[last], &r.toks[k+1]
	if t.Kind != token.Word || t.Cap || t.Upper || t.Gap > token.Space || !p.Cap ||
		r.x.lx.class(p.Norm)&(cPortfolio|cFiller) == 0 || r.x.lx.class(t.Norm) != 0 || hasCyrillic(t.Norm) {
		return false
	}
	if !(isCapWord(next) || next.Kind == token.Punct && next.Norm == "," || r.x.lx.class(next.Norm)&cCopula != 0 || r.moreAfterConj(k+1)) {
		return false
	}
	// an age is one too: "un ministro delle Finanze trentunenne, Karl-Heinz Grasser"
	return len(t.Norm) >= 6 && hasAnySuffix(t.Norm, "ale", "ali", "ile", "ili", "ico", "ica", "ici", "iche",
		"ivo", "iva", "ivi", "ive", "ario", "aria", "ari", "enne")
}

// moreAfterConj reports a conjunction at token k that goes on into more
// complement: "Affari sociali e del Lavoro".
func (r *run) moreAfterConj(k int) bool {
	lx := r.x.lx
	if c, end := lx.matchFwd(r.d, k, cConj); c != nil && end < len(r.toks) {
		e, _ := lx.matchFwd(r.d, end, cPortfolio|cFiller|cConn)
		return e != nil && e.cls&cHead == 0
	}
	return false
}

// fillerTail reports a capitalized word at k the vocabulary does not know
// that ends a portfolio begun, right after the connector, by a filler word
// at last ("for Public Expenditure,"): punctuation follows it, so it is
// no first name, and the filler alone is no portfolio, so it is no
// surname after one ("for Foreign Affairs Wong.").
func (r *run) fillerTail(k, last int) bool {
	lx := r.x.lx
	if last != k-1 || last < 1 || !isCapWord(&r.toks[k]) || r.toks[k].Gap > token.Space ||
		lx.class(r.toks[last].Norm)&(cFiller|cPortfolio) != cFiller || lx.class(r.toks[last-1].Norm)&cConn == 0 ||
		lx.nameClass(r.toks[k].Norm, r.d.Lang)&nameBlock != 0 || k+1 >= len(r.toks) {
		return false
	}
	if _, ok := r.natAt(k); ok {
		return false
	}
	next := &r.toks[k+1]
	return next.Kind == token.Punct && strings.Contains(",.;:)", next.Norm)
}

// ukHardEnd reports a Ukrainian word at token k that ends in a consonant,
// as a masculine noun in the nominative does ("інвестбанкір",
// "економіст"); a genitive that continues a portfolio after a comma ends
// in a vowel, or its word goes on past an apostrophe ("сім'ї").
func (r *run) ukHardEnd(k int) bool {
	if k+1 < len(r.toks) && r.toks[k+1].Norm == "'" && r.toks[k+1].Gap == token.None {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(r.toks[k].Norm)
	return !strings.ContainsRune("аеєиіїоуюяйь", c)
}

// ukComplement reads, from token k, a Ukrainian portfolio the lexicon does
// not know — "міністр житлового будівництва і просторового планування",
// "прем'єр-міністр сусідньої Індії" — and returns where it ends, or k.
// Ukrainian writes a portfolio as lower-case words in the genitive after
// the title, so the words are taken when they could be that and a
// capitalized word (the holder's name, or a country) follows them on the
// line; verbs, stop words, connectors and the words of other titles or of
// regions end it.
func (r *run) ukComplement(k int) int {
	const maxWords = 7
	lx := r.x.lx
	j, words := k, 0
	for j < len(r.toks) && words < maxWords {
		t := &r.toks[j]
		if t.Norm == "," && words > 0 && t.Gap == token.None && j+1 < len(r.toks) && r.toks[j+1].Kind == token.Word &&
			!r.toks[j+1].Cap && hasCyrillic(r.toks[j+1].Norm) {
			j++ // a list of portfolios: "родини, праці та соціальної політики"
			continue
		}
		if t.Norm == "'" && words > 0 && t.Gap == token.None && j+1 < len(r.toks) && r.toks[j+1].Gap == token.None &&
			r.toks[j+1].Kind == token.Word && hasCyrillic(r.toks[j+1].Norm) {
			j += 2 // the apostrophe inside a word: "сім'ї"
			continue
		}
		if t.Kind != token.Word || t.Cap || t.Upper || t.Gap > token.Space || !hasCyrillic(t.Norm) {
			break
		}
		cls := lx.class(t.Norm)
		// A portfolio's own words are no verbs, whatever their ending:
		// "справ" ends like "сказав".
		if cls&cConj == 0 && (cls&(cStop|cHead|cDeputy|cFirst|cFormer|cOtherTitle|cAppoint|cAux|cRel|cCopula|cPlacePrep|cAge|cSubnational|cConn) != 0 ||
			cls&(cFiller|cPortfolio) == 0 && ukVerbLike(t.Norm)) {
			// "тимчасового уряду Лівану": the government the words
			// describe, then its state
			if words > 0 && cls&cMinistry != 0 {
				if _, ok := r.natAt(j + 1); ok {
					return j
				}
				// "міністерка закордонних справ попереднього уряду Йоко
				// Камікава": which of a state's governments, then the name
				if t.Norm == "уряду" && govTimes[r.toks[j-1].Norm] && j+1 < len(r.toks) && isCapWord(&r.toks[j+1]) && r.toks[j+1].Gap == token.Space {
					j++
					words++
					continue
				}
			}
			break
		}
		j++
		words++
	}
	if words == 0 || j >= len(r.toks) || !isCapWord(&r.toks[j]) || r.toks[j].Gap > token.Space {
		return k
	}
	if lx.class(r.toks[j-1].Norm)&cConj != 0 {
		return k
	}
	return j
}

// govTimes are the Ukrainian adjectives in the genitive that tell which
// of a state's successive governments "уряду" is. Read-only.
var govTimes = map[string]bool{
	"попереднього": true, "колишнього": true, "минулого": true, "тодішнього": true, "нинішнього": true,
	"чинного": true, "теперішнього": true, "нового": true,
}

// ukVerbLike reports a Ukrainian word with the ending of a past or
// present verb form, an infinitive or a reflexive (заявив, заявила,
// обіцяє, працювати, зустрівся), not of a noun in the genitive: the
// plural in -ів ("ветеранів") and a consonant before -ла ("житла") stay.
func ukVerbLike(w string) bool {
	for _, suf := range []string{"ав", "ив", "ов", "ув", "яв", "ла", "ло", "ли", "ть", "ати", "ити", "іти", "яти", "ути", "ся", "сь", "є", "ме"} {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		if suf == "ла" || suf == "ло" || suf == "ли" {
			// a vowel before the л: заявила, було, заявили
			stem := []rune(strings.TrimSuffix(w, suf))
			return len(stem) > 0 && strings.ContainsRune("аеєиіїоуюя", stem[len(stem)-1])
		}
		return true
	}
	return false
}

// chainAt reports whether a title without a name that ends at k goes on
// with another title: directly ("… and Foreign" swallowed, then
// "Minister"), or after a dash, comma or conjunction and a few modifier
// words.
func (r *run) chainAt(k int) bool {
	n := len(r.toks)
	if k >= n {
		return false
	}
	isHead := func(j int) bool {
		b := r.x.lx.fwd[r.toks[j].Norm]
		if b == nil || b.any&cHead == 0 {
			return false
		}
		e, _ := r.x.lx.matchFwd(r.d, j, cHead)
		return e != nil
	}
	if r.toks[k].Kind == token.Word && isHead(k) {
		return true
	}
	if !r.separator(k) {
		return false
	}
	for j := k + 1; j < n && j <= k+6; j++ {
		if r.toks[j].Kind != token.Word || r.toks[j].Gap >= token.Newline {
			return false
		}
		if isHead(j) {
			return true
		}
		// only the words of a title lead to its head: not "…, mentre la
		// nuova ministra"
		if _, nat := r.natAt(j); !nat && r.x.lx.class(r.toks[j].Norm)&(cDet|cDeputy|cFirst|cFormer|cConj|cPortfolio|cFiller|cConn|cIndef) == 0 {
			return false
		}
	}
	return false
}

// separator reports a dash, comma or conjunction between two titles.
func (r *run) separator(k int) bool {
	tk := &r.toks[k]
	switch {
	case tk.Norm == "-":
		// a dash with space around it, not a hyphen inside a word
		return tk.Gap >= token.Thin || (k+1 < len(r.toks) && r.toks[k+1].Gap >= token.Thin)
	case tk.Norm == ",":
		return true
	case tk.Kind == token.Word:
		return r.x.lx.class(tk.Norm)&cConj != 0
	}
	return false
}

// continues reports whether title t goes on from the nameless title p:
// they touch (p's complement may have taken t's first words) or only
// separators stand between them.
func (r *run) continues(p, t *title) bool {
	if t.head < p.end {
		return false
	}
	if t.left <= p.end {
		return true
	}
	if t.left-p.end > 2 {
		return false
	}
	for j := p.end; j < t.left; j++ {
		if !r.separator(j) {
			return false
		}
	}
	return true
}

// portfolioBeside reports a portfolio right before token s, or after
// title t's head and a connector: what turns a "Cabinet Secretary" into
// a minister.
func (r *run) portfolioBeside(t *title, s int) bool {
	lx := r.x.lx
	if s > 0 && r.sameLine(s-1, s) {
		if p, _ := lx.matchBwd(r.d, s-1, cPortfolio); p != nil {
			return true
		}
	}
	// connectors in a row: "Cabinet Secretary for the Environment"
	for k, n := t.end, 0; n < 2; n++ {
		c, end := lx.matchFwd(r.d, k, cConn)
		if c == nil || !r.sameLine(k, end) {
			break
		}
		if p, _ := lx.matchFwd(r.d, end, cPortfolio); p != nil {
			return true
		}
		k = end
	}
	return false
}

// possessiveEnd reports the "'s" of a possessive ending at token j
// ("Ukraine's").
func (r *run) possessiveEnd(j int) bool {
	return j >= 2 && r.toks[j].Norm == "s" && r.toks[j-1].Norm == "'" &&
		r.toks[j].Gap == token.None && r.toks[j-1].Gap == token.None
}

// yearOf reads the year of a YYYY-MM-DD date.
func yearOf(published string) int {
	if len(published) < 4 {
		return 0
	}
	y, err := strconv.Atoi(published[:4])
	if err != nil {
		return 0
	}
	return y
}

// subnationalAt reports that the words after a title's connector, from
// token k, name a part of a state ("of Buenos Aires province", "della
// regione Lombardia"): the title is that government's, no nation's.
func (r *run) subnationalAt(k int) bool {
	lx := r.x.lx
	for j := k; j < len(r.toks) && j < k+6; j++ {
		tk := &r.toks[j]
		if tk.Kind != token.Word || j > k && tk.Gap >= token.Newline {
			return false
		}
		c := lx.class(tk.Norm)
		if isCapWord(tk) {
			continue // the place's name; a capitalized "State" or "Land" is a portfolio's
		}
		if c&cSubnational != 0 {
			return true
		}
		if c&(cConn|cFiller|cPortfolio) == 0 && (c != 0 || r.d.Lang != "uk") {
			// the rest of a portfolio the vocabulary half knows: "міністр
			// праці та соціальних справ землі Карл-Йозеф Лауманн"
			return false
		}
	}
	return false
}
