package ministers

import (
	"slices"
	"sort"
	"strings"

	"kronika/extract/token"
)

// role is a minister's rank; a larger value wins when one person is given
// several titles ("Deputy Prime Minister – Minister of Digital
// Transformation" is a deputy prime minister).
type role uint8

const (
	roleNone role = iota
	roleDeputy
	roleMinister
	roleDPM
	rolePM
)

func (r role) String() string {
	switch r {
	case roleDeputy:
		return "deputy_minister"
	case roleMinister:
		return "minister"
	case roleDPM:
		return "deputy_prime_minister"
	case rolePM:
		return "prime_minister"
	}
	return ""
}

func parseRole(s string) role {
	switch s {
	case "deputy_minister":
		return roleDeputy
	case "minister":
		return roleMinister
	case "deputy_prime_minister":
		return roleDPM
	case "prime_minister":
		return rolePM
	}
	return roleNone
}

// deputyOf is the role a deputy/vice modifier makes of a head's role.
func (r role) deputyOf() role {
	switch r {
	case roleMinister:
		return roleDeputy
	case rolePM:
		return roleDPM
	}
	return r
}

// kind says what a title head needs before it names a minister.
type kind uint8

const (
	// kindMinister heads are titles by themselves: minister, ministro, міністр.
	kindMinister kind = iota
	// kindPremier heads ("premier") also name provincial leaders; they count
	// when the phrase names a nation or the person is a known official.
	kindPremier
	// kindSecretary heads ("secretary", "segretario") count only with a
	// portfolio ("Defense Secretary"); a deputy/under secretary is not a
	// minister.
	kindSecretary
	// kindSecState is "Secretary of State" / "держсекретар": the US foreign
	// minister, or a UK cabinet minister when a portfolio follows; it needs a
	// nation, a portfolio or a known official.
	kindSecState
	// kindHeadOf heads ("head", "глава", "очільник", "capo") count only
	// when a ministry or the government follows.
	kindHeadOf
	// kindHolder heads ("titolare") count with a portfolio or a ministry.
	kindHolder
	// kindChancellor heads ("chancellor", "cancelliere", "канцлер") are the
	// head of government of Germany or Austria, or Britain's finance
	// minister; they count for a known official who held one of those
	// posts, or with the nation of one (see resolve).
	kindChancellor
	// kindTreasurer heads ("treasurer") are Australia's finance minister,
	// or a state's, a party's or a company's treasurer; they count for a
	// known official, with a nation, or in a text that mentions Australia.
	kindTreasurer
	// kindDescribed heads describe a minister's office ("top diplomat"), an
	// office any body has: they count only when the phrase names a nation
	// ("Kyiv's top diplomat", not "the EU's top diplomat").
	kindDescribed
)

// gcase is the grammatical case of a Ukrainian title word; a name after it
// stands in the same case ("міністра оборони Рустема Умєрова").
type gcase uint8

const (
	caseAny gcase = iota // not inflected (English, Italian) or unknown
	caseNom
	caseGen // also the accusative of masculine persons
	caseDat
	caseAcc // feminine accusative
	caseIns
	caseLoc
)

func (c gcase) oblique() bool { return c >= caseGen }

// cls is a set of word classes a phrase belongs to.
type cls uint64

const (
	cHead        cls = 1 << iota // a title head: minister, secretary, premier
	cDeputy                      // deputy, vice, заступник
	cFirst                       // first (deputy prime minister)
	cFormer                      // former, ex, колишній
	cDet                         // articles and words a title may carry: the, il, new, acting
	cPortfolio                   // defence, Esteri, оборони
	cMinistry                    // ministry, Pentagon, Міноборони, government
	cConn                        // of, for, della, з питань
	cFiller                      // words inside a portfolio: affairs, cooperazione, справ
	cConj                        // and, e, та
	cNegLeft                     // cancels the head after it: shadow, chief (minister)
	cNegSec                      // cancels a following secretary head: press, permanent, state
	cNegRight                    // cancels the head before it: general, counsellor, ombra
	cStop                        // a capitalized word that is never part of a name
	cParticle                    // lower-case name particles: van, von, de, di
	cPlacePrep                   // a preposition before a place: in, at, a, у
	cHonor                       // Mr, Dr, Sir, пан: skipped before a name
	cPossessor                   // uk nouns whose genitive complement is a title: речник міністра
	cCapital                     // a capital standing for its country: di Kiev, Kyiv's
	cOtherTitle                  // a title that is not ministerial: president, ambassador, речник
	cAppoint                     // a verb that gives a title: appointed, nominato, призначила
	cAs                          // a word that introduces the title given: as, come, на посаду
	cAux                         // an auxiliary before a passive appointment: was, è stato
	cRel                         // a relative pronoun before such an auxiliary: who, che, який
	cOrg                         // an international body: EU, Nato, ООН (its "foreign policy chief" is no minister)
	cAge                         // a word after an age in an apposition: anni, years, років
	cIndef                       // an indefinite article: a, an, un, una
	cAdverb                      // an adverb between a copula and a title: also, already
	cCopula                      // a copula after a subject title: "the new health minister is X"
	cRankAbbrev                  // a rank abbreviated with a dot before a name: "Gen. Sadio Camara"
	cSubnational                 // a part of a state: province, regione, області
	cPerfect                     // the auxiliary of a perfect that no passive follows: ha, hanno
	cTitleAside                  // a word of a parenthesis inside a title: (Independent Charge)
	cAffiliation                 // before the party or body a person is of: "X of the Freedom Front"
	cPurpose                     // an infinitive of purpose: "X moves from Justice to become minister"
	cQuantity                    // counts a plural title's holders: two, both, entrambi, обидва
	cWith                        // a preposition giving a name and its title: with, con
	cLedBy                       // names a ministry's holder after it: led by, guidato da, яке очолює
	cSpan                        // a word of a time span before an apposed title: per, sette, anni, dal
	cSays                        // a verb of saying right after a title: "…, the prime minister said"
	cSubord                      // a conjunction that opens a clause: when, quando, коли
	cHeadVerb                    // a verb whose subject heads the ministry after it: headed, guidava, очолювала
	cUnder                       // a preposition of time or of a leader after a ministry: under, during, sotto, за
	cRegion                      // a named part of a state with its own government: Scotland, Bavarian, Баварії
	cThen                        // says when, in a span before an apposed title: then, allora, тоді
	cStateNoun                   // stands for the state a story is about: "the kingdom's prime minister"
	cExample                     // gives examples of a plural title's holders: such as, come, зокрема
	cCabinet                     // a government that "di" and its head's name may follow: governo, esecutivo
)

// entry is what the lexicon knows of one phrase.
type entry struct {
	cls       cls
	role      role    // cHead
	kind      kind    // cHead
	plural    bool    // cHead: ministers, ministri, міністри
	invariant bool    // cHead: the plural is the same word ("i premier")
	pluralArt bool    // cDet: a plural article (i, dei, dai)
	upper     bool    // cHead: counts only written in capitals (PM)
	closed    bool    // cHead: takes no complement but a nation (presidente del Consiglio)
	former    bool    // cHead: ексміністр
	gcase     gcase   // cHead, cDeputy, cFirst, cFormer, cDet (uk)
	fem       bool    // the word is feminine (міністерка, заступниця)
	portfolio string  // cPortfolio, cMinistry, cHead
	nation    string  // cMinistry, cHead: a nation the word implies (Pentagon → US)
	gov       bool    // cMinistry: the government, whose head is the prime minister
	strongIn  string  // cHead of kindPremier: a language where it always means prime minister
	article   bool    // cDet: an article, which opens the title phrase ("the", "il")
	secNation string  // cPortfolio: the one government with a secretary of it (Home → GB)
	secSole   bool    // cPortfolio: secNation's department has no namesake anywhere (Homeland Security)
	subject   bool    // cAppoint: the name stands before the verb ("став міністром")
	needAs    bool    // cAppoint: gives a title only through "as" ("served as")
	bare      bool    // cAppoint with needAs: also a title right after it without an article ("torna ministro")
	handover  bool    // cAppoint with needAs: its object before "as" held the title too ("X replaced Y as")
	acting    bool    // cAppoint: its subject only acts in the post ("виконує обов'язки"): a deputy's own title stands
	opens     bool    // cLedBy: a verb whose ministry must open its clause ("Міністерство юстиції очолив X")
	blockIn   langSet // cStop, cConn: the languages whose stop word or connector it is
}

// langSet is a set of the vocabulary's languages.
type langSet uint8

// langOf is the set of the one language code names, empty for another.
func langOf(code string) langSet {
	switch code {
	case "en":
		return 1
	case "it":
		return 2
	case "uk":
		return 4
	}
	return 0
}

// merge adds another definition of the same phrase.
func (e *entry) merge(o *entry) {
	if o.cls&cHead != 0 && e.cls&cHead == 0 {
		e.role, e.kind, e.plural, e.upper, e.closed, e.former = o.role, o.kind, o.plural, o.upper, o.closed, o.former
	}
	e.cls |= o.cls
	if e.gcase == caseAny {
		e.gcase = o.gcase
	}
	e.fem = e.fem || o.fem
	if e.portfolio == "" {
		e.portfolio = o.portfolio
	}
	if e.nation == "" {
		e.nation = o.nation
	}
	e.gov = e.gov || o.gov
	e.acting = e.acting || o.acting
	if e.strongIn == "" {
		e.strongIn = o.strongIn
	}
	e.article = e.article || o.article
	e.pluralArt = e.pluralArt || o.pluralArt
	e.invariant = e.invariant || o.invariant // English "premier" is merged before Italian's
	if e.secNation == "" {
		e.secNation, e.secSole = o.secNation, o.secSole
	}
	e.subject = e.subject || o.subject
	e.needAs = e.needAs || o.needAs
	e.bare = e.bare || o.bare
	e.opens = e.opens || o.opens
	e.blockIn |= o.blockIn
}

type phrase struct {
	toks []string // token norms
	e    *entry
}

// bucket holds the phrases that start (or end) with one token.
type bucket struct {
	phrases []phrase // longest first
	any     cls      // union of the phrases' classes, for a cheap first test
}

// lexicon is the union of every language's title vocabulary, looked up by
// token norm. Languages are merged because news quotes titles across
// languages and the detected language may be wrong.
type lexicon struct {
	fwd map[string]*bucket // by first token
	bwd map[string]*bucket // by last token
}

// def is one phrase of a language file with what it means.
type def struct {
	p string
	e entry
}

// langData is the vocabulary of one language, as its file declares it.
type langData struct {
	code        string // the language: en, it, uk
	heads       []def
	deputies    []def
	firsts      []def
	formers     []def
	dets        []def
	portfolios  map[string]string // phrase → portfolio key
	ministries  []def
	fillers     []string
	connectors  []string
	conj        []string
	negLeft     []string
	negSec      []string
	negRight    []string
	stops       []string
	particles   []string
	placePreps  []string
	honorifics  []string
	possessors  []string
	capitals    map[string]string // capital → ISO code of its country
	otherTitles []string          // titles of persons who are not ministers
	// secretaryNations maps a portfolio phrase to the only government whose
	// cabinet has a "<Portfolio> Secretary" of it.
	secretaryNations map[string]string
	// soleDepartments are the secretaryNations phrases no other
	// government's department translates to: "Homeland Security" is the
	// US's in a story on Mexico, whose cabinet has a Treasury secretary
	// of its own.
	soleDepartments []string
	// appoint lists the verbs that give a person a title; its entries' gcase
	// is the case of the name they govern (uk), subject marks a name before
	// the verb.
	appoint []def
	as      []string // words between an appointee and the title: as, come
	aux     []string // auxiliaries of a passive appointment: was, has been, è stato
	// perfect are the auxiliaries of a perfect of a subject's own verb
	// ("X ha giurato come premier") that are no aux: before an object's
	// verb they leave its name unknown ("X ha indicato il ministro come
	// responsabile" names no minister).
	perfect []string
	rel     []string // relative pronouns: "X, who was appointed …"
	orgs    []string // international bodies, whose officials are not ministers
	ages    []string // words after the number of an age: "58 anni", "58 years old"
	indef   []string // indefinite articles
	adverbs []string // adverbs between a copula and a title: also, already, anche, вже
	copulas []string // copulas between a subject title and its holder: is, è
	// withs give a name and its title after it, without a comma: "con
	// Gustav Fridolin ministro dell'Istruzione", "with X as minister".
	withs []string
	// rankAbbrevs are ranks skipped before a name only when a dot follows
	// them: "Gen. Sadio Camara", but "Gen Nakatani" is a name.
	rankAbbrevs []string
	// subnationals name the parts of a state whose governments have
	// ministers of their own: "the economy minister of Buenos Aires
	// province" is no minister of a nation.
	subnationals []string
	// regions name parts of states whose governments have ministers of
	// their own, and their adjectives: "Bavarian", "Scotland's".
	regions []string
	// titleAsides are the words of a parenthesis a title may hold before
	// its portfolio: India's "Minister of State (Independent Charge)".
	titleAsides []string
	// affiliations stand between a person and the party or body they
	// belong to ("Pieter Groenewald of the Freedom Front Plus becomes…").
	affiliations []string
	// purposes introduce an infinitive that continues the subject's
	// clause ("Ronald Lamola moves from Justice to become minister").
	purposes []string
	// quantities count the holders of a plural title set after their
	// names: "A and B, the two defence ministers," "entrambi ministri".
	quantities []string
	// examples introduce some of a plural title's holders: "ministers
	// such as A and B", "ministri come A e B"
	examples []string
	// cabinets are the words for a government that the name of its head
	// may follow after "di": "il governo di Theresa May".
	cabinets []string
	// spans are the words of a time span between a name and the title set
	// after it: "X, per sette anni ministro dell'Economia", "X, dal 2017
	// al 2024 ministro"; numbers and ages words may stand among them.
	spans []string
	// thens say when without a number: "X, until then a minister of
	// state", "X, fino ad allora ministro", "X — тоді ще міністерка".
	thens []string
	// stateNouns stand for a state already named, as a possessor: "the
	// country's finance minister", "the kingdom's prime minister".
	stateNouns []string
	// says are verbs of saying; "X, the prime minister said" reports the
	// prime minister's words about X, it does not give X the title.
	says []string
	// subordinators open a clause whose subject may be a title: "quando
	// titolare del Viminale era Matteo Salvini".
	subordinators []string
	// ledBy name the holder of the ministry or government before them:
	// "the security ministry led by X"; their gcase is the name's.
	ledBy []def
	// headVerbs make their subject the holder of the ministry or
	// government after them: "X, who headed the labour ministry".
	headVerbs []string
	// under are prepositions of time or of a leader that may follow the
	// ministry a verb of heading names: "under Piñera", "sotto Draghi".
	under []string
}

func newLexicon(langs ...langData) *lexicon {
	lx := &lexicon{fwd: map[string]*bucket{}, bwd: map[string]*bucket{}}
	byKey := map[string]*entry{}
	var keys []string
	add := func(p string, e entry) {
		toks := phraseTokens(p)
		if len(toks) == 0 {
			return
		}
		k := strings.Join(toks, "\x00")
		if old, ok := byKey[k]; ok {
			old.merge(&e)
			return
		}
		ne := e
		byKey[k] = &ne
		keys = append(keys, k)
	}
	simple := func(c cls, ps []string) {
		for _, p := range ps {
			add(p, entry{cls: c})
		}
	}
	// scoped adds words that block a name only in their own language
	scoped := func(c cls, ps []string, code string) {
		for _, p := range ps {
			add(p, entry{cls: c, blockIn: langOf(code)})
		}
	}
	for _, l := range langs {
		for _, d := range l.heads {
			d.e.cls |= cHead
			add(d.p, d.e)
		}
		for _, d := range l.deputies {
			d.e.cls |= cDeputy
			add(d.p, d.e)
		}
		for _, d := range l.firsts {
			d.e.cls |= cFirst
			add(d.p, d.e)
		}
		for _, d := range l.formers {
			d.e.cls |= cFormer
			add(d.p, d.e)
		}
		for _, d := range l.dets {
			d.e.cls |= cDet
			add(d.p, d.e)
		}
		for p, key := range l.portfolios {
			add(p, entry{cls: cPortfolio, portfolio: key})
		}
		for _, d := range l.ministries {
			d.e.cls |= cMinistry
			add(d.p, d.e)
		}
		simple(cFiller, l.fillers)
		scoped(cConn, l.connectors, l.code)
		simple(cConj, l.conj)
		simple(cNegLeft, l.negLeft)
		simple(cNegSec, l.negSec)
		simple(cNegRight, l.negRight)
		scoped(cStop, l.stops, l.code)
		simple(cParticle, l.particles)
		simple(cPlacePrep, l.placePreps)
		simple(cHonor, l.honorifics)
		simple(cPossessor, l.possessors)
		simple(cOtherTitle, l.otherTitles)
		for p, code := range l.capitals {
			add(p, entry{cls: cCapital, nation: code})
		}
		for p, code := range l.secretaryNations {
			add(p, entry{cls: cPortfolio, portfolio: l.portfolios[p], secNation: code, secSole: slices.Contains(l.soleDepartments, p)})
		}
		for _, d := range l.appoint {
			d.e.cls |= cAppoint
			add(d.p, d.e)
		}
		simple(cAs, l.as)
		simple(cAux, l.aux)
		simple(cPerfect, l.perfect)
		simple(cAux|cRel, l.rel)
		simple(cOrg, l.orgs)
		simple(cAge, l.ages)
		simple(cSpan, l.spans)
		simple(cThen, l.thens)
		simple(cStateNoun, l.stateNouns)
		simple(cSays, l.says)
		simple(cSubord, l.subordinators)
		simple(cIndef, l.indef)
		simple(cAdverb, l.adverbs)
		simple(cCopula, l.copulas)
		simple(cWith, l.withs)
		simple(cRankAbbrev, l.rankAbbrevs)
		simple(cSubnational, l.subnationals)
		simple(cRegion, l.regions)
		simple(cTitleAside, l.titleAsides)
		simple(cAffiliation, l.affiliations)
		simple(cPurpose, l.purposes)
		simple(cQuantity, l.quantities)
		simple(cExample, l.examples)
		simple(cCabinet, l.cabinets)
		for _, d := range l.ledBy {
			d.e.cls |= cLedBy
			add(d.p, d.e)
		}
		simple(cHeadVerb, l.headVerbs)
		simple(cUnder, l.under)
	}
	// Deterministic order: map iteration above (portfolios) must not change
	// which phrase wins a tie.
	sort.Strings(keys)
	for _, k := range keys {
		toks := strings.Split(k, "\x00")
		ph := phrase{toks: toks, e: byKey[k]}
		for _, side := range []struct {
			m   map[string]*bucket
			tok string
		}{{lx.fwd, toks[0]}, {lx.bwd, toks[len(toks)-1]}} {
			b := side.m[side.tok]
			if b == nil {
				b = &bucket{}
				side.m[side.tok] = b
			}
			b.phrases = append(b.phrases, ph)
			b.any |= ph.e.cls
		}
	}
	for _, m := range []map[string]*bucket{lx.fwd, lx.bwd} {
		for _, b := range m {
			sort.SliceStable(b.phrases, func(i, j int) bool { return len(b.phrases[i].toks) > len(b.phrases[j].toks) })
		}
	}
	return lx
}

// phraseTokens splits a lexicon phrase with the shared tokenizer, so that
// phrases compare with token norms exactly ("прем'єр-міністр" is five
// tokens).
func phraseTokens(p string) []string {
	d := token.New(p, "", "")
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = t.Norm
	}
	return out
}

// matchFwd finds the longest phrase with a class in mask that starts at
// token i, and returns its entry and the index after it. A hyphen between
// two words of the text is skipped when the phrase has none ("vice-premier"
// matches "vice premier"), and a hyphen of the phrase is optional.
func (lx *lexicon) matchFwd(d *token.Doc, i int, mask cls) (*entry, int) {
	if i < 0 || i >= len(d.Tokens) {
		return nil, i
	}
	b := lx.fwd[d.Tokens[i].Norm]
	if b == nil || b.any&mask == 0 {
		return nil, i
	}
	for _, ph := range b.phrases {
		if ph.e.cls&mask == 0 {
			continue
		}
		if end, ok := matchAt(d, i, ph.toks); ok {
			return ph.e, end
		}
	}
	return nil, i
}

func matchAt(d *token.Doc, i int, toks []string) (int, bool) {
	j := i
	for k := 0; k < len(toks); {
		if j >= len(d.Tokens) {
			if toks[k] == "-" {
				k++
				continue
			}
			return 0, false
		}
		if j > i && d.Tokens[j].Gap >= token.Newline {
			return 0, false
		}
		n := d.Tokens[j].Norm
		switch {
		case n == toks[k]:
			j++
			k++
		case toks[k] == "-":
			k++
		case n == "-" && d.Tokens[j].Gap == token.None && j > i:
			j++
		default:
			return 0, false
		}
	}
	if midWord(d, j) {
		return 0, false
	}
	return j, true
}

// midWord reports that the Cyrillic word before token j goes on after an
// apostrophe at j: a phrase matched up to there ends inside a word, as
// the preposition "в" would in "В'ячеслав".
func midWord(d *token.Doc, j int) bool {
	return j > 0 && j+1 < len(d.Tokens) && d.Tokens[j].Norm == "'" && d.Tokens[j].Gap == token.None &&
		d.Tokens[j+1].Gap == token.None && d.Tokens[j+1].Kind == token.Word && hasCyrillic(d.Tokens[j-1].Norm)
}

// matchBwd finds the longest phrase with a class in mask that ends at
// token j (inclusive) and returns its entry and its first token.
func (lx *lexicon) matchBwd(d *token.Doc, j int, mask cls) (*entry, int) {
	if j < 0 || j >= len(d.Tokens) {
		return nil, j
	}
	b := lx.bwd[d.Tokens[j].Norm]
	if b == nil || b.any&mask == 0 {
		return nil, j
	}
	for _, ph := range b.phrases {
		if ph.e.cls&mask == 0 {
			continue
		}
		if start, ok := matchBack(d, j, ph.toks); ok {
			return ph.e, start
		}
	}
	return nil, j
}

func matchBack(d *token.Doc, j int, toks []string) (int, bool) {
	i := j
	for k := len(toks) - 1; k >= 0; {
		if i < 0 {
			if toks[k] == "-" {
				k--
				continue
			}
			return 0, false
		}
		if i < j && d.Tokens[i+1].Gap >= token.Newline {
			return 0, false
		}
		n := d.Tokens[i].Norm
		switch {
		case n == toks[k]:
			i--
			k--
		case toks[k] == "-":
			k--
		case n == "-" && d.Tokens[i].Gap == token.None && i < j:
			i--
		default:
			return 0, false
		}
	}
	if i > 0 && midWord(d, i) {
		return 0, false // "я" of "Дар'я"
	}
	return i + 1, true
}

// nameClass is class for a word that may be part of a name in a text
// of language lang: another language's stop word or connector blocks
// no name here, as the Italian "ha" and "le" do not in "Tran Hong Ha"
// and "Le Minh Khai", except an English one, which any text may quote.
func (lx *lexicon) nameClass(norm, lang string) cls {
	e := lx.single(norm)
	if e == nil {
		return 0
	}
	c := e.cls
	if c&(cStop|cConn) != 0 && e.blockIn&(langOf(lang)|langOf("en")) == 0 {
		c &^= cStop | cConn
	}
	return c
}

// class is the union of classes of the single-token phrase equal to norm.
func (lx *lexicon) class(norm string) cls {
	if e := lx.single(norm); e != nil {
		return e.cls
	}
	return 0
}

// single is the entry of the single-token phrase equal to norm, or nil.
func (lx *lexicon) single(norm string) *entry {
	b := lx.fwd[norm]
	if b == nil {
		return nil
	}
	for _, ph := range b.phrases {
		if len(ph.toks) == 1 {
			return ph.e
		}
	}
	return nil
}
