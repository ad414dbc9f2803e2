package ministers

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

// person is one identity in a document.
type person struct {
	name      string // canonical Latin name
	row       int    // table row, or -1 for an official the table does not know
	famNom    string // the surname (nominative, as the text gives it)
	givenNom  string // the first name, "" when only the surname was given
	famSk     string // skeleton of famNom, computed on first use
	givenSk   string // skeleton of givenNom, computed on first use
	fem       bool
	role      role
	portfolio string
	nation    string // from a title phrase
	weakOnly  bool   // every title needs a nation or a known official, and none was given
	initialed bool   // the name was given with an initial or an honorific before the surname: "S. Jaishankar", "Sheikh Hasina"
	secretary bool   // a "<Portfolio> Secretary": a US or UK cabinet member
	acting    bool   // every title acts in a post: a deputy's title of the person's stands
	secNation string // which of the two, by the department's name
	peer      bool   // the text gives the person's government as that of the one named at token peerAt
	peerAt    int
	firstName bool // titled by a first name alone that opens a full name of the text

	// The text's own spellings (for Cyrillic, in any case form) that mark
	// a later mention; a known official's table spellings are looked up in
	// the table's index instead.
	famWords  []nameWord
	nameWords []nameWord // the other name words, to widen a mention ("Rustem Umerov")
	spans     []mspan
	titled    int // how many of spans carry a title
}

// mspan is a mention as tokens [s, e).
type mspan struct {
	s, e   int
	former bool
}

// finish resolves the titled names into persons, adds the mentions by
// surname, and appends the ministers to r.e.
func (r *run) finish() {
	year := yearOf(r.d.Published)
	ps := make([]*person, 0, 4)
	var idx personIndex
	for i := range r.named {
		nm := &r.named[i]
		p := r.resolve(nm, year)
		if p == nil {
			continue
		}
		q := idx.find(ps, p)
		if q != nil && r.otherBearer(p, q) {
			q = nil
		}
		if q == nil {
			ps = append(ps, p)
			idx.add(p)
			q = p
		} else {
			q.absorb(p)
			idx.add(q)
		}
		q.spans = append(q.spans, mspan{nm.s, nm.e, nm.t.former})
		if nm.peer && !q.peer {
			q.peer, q.peerAt = true, nm.peerAt
		}
		q.firstName = q.firstName || nm.firstName
		q.titled++
	}
	kept := ps[:0]
	for _, p := range ps {
		if !p.weakOnly {
			kept = append(kept, p)
		}
	}
	ps = kept
	if len(ps) == 0 {
		return
	}
	r.corefer(ps)
	// A single word the table does not know after a title ("the Foreign
	// Minister Level meeting") names someone only if the text uses it
	// again untitled, or gives an initial before it ("S. Jaishankar").
	kept = ps[:0]
	for _, p := range ps {
		if p.row >= 0 || p.givenNom != "" || p.initialed || len(p.spans) > p.titled {
			kept = append(kept, p)
		}
	}
	ps = kept
	if len(ps) == 0 {
		return
	}
	r.emit(ps)
}

// heldPortfolio is the role in which the official of the table's row, if
// found, held portfolio, in that row or another.
func (r *run) heldPortfolio(row int, found bool, portfolio string) (role, bool) {
	if !found {
		return 0, false
	}
	for _, i := range r.x.byName[r.x.tab.off[row].name] {
		if o := &r.x.tab.off[i]; o.portfolio == portfolio {
			return o.role, true
		}
	}
	return 0, false
}

// otherInitial reports a Latin initial that is not the first letter of
// the official's first name, as the table writes it in Latin letters.
func otherInitial(initial string, o *official) bool {
	i, _ := utf8.DecodeRuneInString(initial)
	g, _ := utf8.DecodeRuneInString(strings.ToLower(o.name))
	return i < utf8.RuneSelf && g < utf8.RuneSelf && unicode.IsLetter(i) && i != g
}

// givenLike reports a name word that opens an apposition after a comma
// and may be a given name: one no vocabulary class blocks from a name and
// no nation's. Before a table official's full name it makes another person
// ("il padre, Herman De Croo," is not Alexander De Croo). Elsewhere a word
// before the name is more often the clause's: "прем'єр Ізраїлю Біньямін
// Нетаньяху", a headline's "Vodafone Vittorio Colao".
func (r *run) givenLike(w nameWord) bool {
	if w.s == 0 || r.toks[w.s-1].Norm != "," || r.x.lx.nameClass(w.key, r.d.Lang)&nameBlock != 0 {
		return false
	}
	_, nat := r.natAt(w.s)
	return !nat
}

// syllable reports a one-letter word that ends a name of three words or
// more without a dot after it: the last syllable of a Korean given name
// ("Пак Сан У"), not an initial.
func (r *run) syllable(words []unit, i int) bool {
	e := words[i].e
	return i >= 2 && i == len(words)-1 && (e >= len(r.toks) || r.toks[e].Norm != "." || r.toks[e].Gap != token.None)
}

// resolve turns a titled name into a person: a known official when the
// table has the name in any spelling, else a name built from the text.
func (r *run) resolve(nm *named, year int) *person {
	words := make([]nameWord, 0, len(nm.words))
	initialed := false
	for i, u := range nm.words {
		if isInitial(u.norm) && !particleLetter(nm.words[:i], r.x.lx) && !r.syllable(nm.words, i) ||
			(i > 0 && i < len(nm.words)-1 && isPatronymic(u.norm)) {
			initialed = initialed || len(words) == 0 && isInitial(u.norm)
			continue
		}
		words = append(words, nameWord{key: u.norm, nom: ukNominative(u.norm, nm.t.gcase), s: u.s, e: u.e})
	}
	if len(words) == 0 {
		return nil
	}
	if last := len(words) - 1; nm.t.gcase == caseDat || nm.t.gcase == caseLoc {
		// A form in -і is a dative of a Ukrainian-pattern name (Кулебі) or
		// a foreign name that does not decline (Даті, Луїджі). Without
		// another form in the text to confirm it, the surname keeps its
		// form, and so does a man's first name; a woman's first name in
		// -а declines (Рашиді → Рашида).
		for last > 0 && isParticle(words[last].key) {
			last--
		}
		for i := range words {
			w := &words[i]
			if (i == last || !nm.t.fem) && w.nom != w.key && ambiguousDative(w.key) && !r.confirmed(w.key, w.nom) {
				w.nom = w.key
			}
		}
	}
	if nm.t.gcase.oblique() {
		// An oblique form in -к plus ending is a name in -ко or one in -к
		// ("Бойком", "Луйком"): the nominative the text writes settles it.
		for i := range words {
			w := &words[i]
			if stem, ok := strings.CutSuffix(w.nom, "о"); ok && w.nom != w.key && r.writes(stem, false) && !r.writes(w.nom, false) {
				w.nom = stem
			}
		}
	}
	nations := nm.t.nations
	if nm.nation != "" {
		nations = []string{nm.nation}
	}
	ctx := matchCtx{nations: nations, year: year, portfolio: nm.t.portfolio, role: nm.t.role}
	row, ok := r.x.tab.match(words, ctx)
	if ok && len(words) == 1 && r.otherGiven(words[0].key, &r.x.tab.off[row]) {
		ok = false // "Il primo ministro Wong" after "Lawrence Wong": not the table's Penny Wong
	}
	if ok && len(words) == 1 && initialed && otherInitial(nm.words[0].norm, &r.x.tab.off[row]) {
		ok = false // "C.R. Patil" is not the table's Priti Patel
	}
	if all := words; !ok && len(words) >= 3 {
		// a known name inside a longer run of capitals: a headline in title
		// case ("Hanno Pevkur Visits Kyiv"), a word before the name. Words
		// left after it must follow a name as the table spells it: a near
		// likeness that a longer name goes on from is another person
		// ("Muhammad Hassan Akhund" is not "Mohamad Hasan").
		for _, sub := range [][2]int{{0, 2}, {1, len(words)}, {1, 3}} {
			if sub[1] > len(words) || sub[0] == 1 && r.givenLike(words[0]) {
				continue
			}
			top := levelFuzzy
			if sub[1] < len(words) {
				top = levelExact
			}
			if row, ok = r.x.tab.matchUpTo(words[sub[0]:sub[1]], ctx, top); ok {
				words = words[sub[0]:sub[1]]
				nm.s, nm.e = words[0].s, words[len(words)-1].e
				break
			}
		}
		if ok && len(all) == 4 && len(words) == 2 && words[0].s == all[0].s && all[3].e <= nm.t.left {
			// two names, then the title they are set off from: the nearer
			// one holds it ("Її колега з уряду Дональда Туска Анджей
			// Доманський, міністр фінансів")
			ok, words = false, all[2:]
			nm.s, nm.e = words[0].s, words[1].e
		}
	}
	if nm.t.tabled {
		held, ok := r.heldPortfolio(row, ok, nm.t.portfolio)
		if !ok {
			return nil
		}
		nm.t.role = held // "Poland's defence chief" is its deputy prime minister too
	}
	p := &person{row: -1, role: nm.t.role, portfolio: nm.t.portfolio, fem: nm.t.fem, acting: nm.t.acting,
		secretary: nm.t.kind == kindSecretary || nm.t.secNation != "", secNation: nm.t.secNation,
		initialed: initialed || nm.honored}
	if len(nations) > 0 {
		p.nation = nations[0]
	}
	if !ok && nm.t.kind == kindSecretary && len(nations) == 0 && r.civilServiceStory() {
		return nil // "Petroleum Secretary Pankaj Jain" in an Indian story
	}
	if !ok && nm.t.weak && len(nations) == 0 {
		switch {
		case nm.t.kind == kindSecState && r.americanStory():
			p.nation = "US" // "Secretary of State Mike Pompeo notified Congress"
		case nm.t.kind == kindTreasurer && r.mentionsOf("AU") > 0:
			p.nation = "AU" // "Treasurer Jim Chalmers says", where a state's has its state's name
		default:
			p.weakOnly = true
		}
	}
	if nm.t.kind == kindChancellor {
		r.chancellor(p, nm, nations, row, ok)
	}
	fam := len(words) - 1
	for fam > 0 && isParticle(words[fam].key) {
		fam--
	}
	if ok {
		o := &r.x.tab.off[row]
		p.row, p.name = row, o.name
		p.fem = p.fem || o.fem
		if o.famFirst {
			fam = 0
		}
	} else {
		if len(words) == 2 && r.eastAsianGiven(words[1]) {
			fam = 0
		}
		p.name = displayName(r.d, words)
		if len(words) > 1 {
			if g := words[0].nom; strings.HasSuffix(g, "а") || strings.HasSuffix(g, "я") {
				p.fem = true // Катерина, Юлія
			}
		}
	}
	p.famNom = words[fam].nom
	if len(words) > 1 {
		g := 0
		if fam == 0 {
			g = 1
		}
		p.givenNom = words[g].nom
	}
	// slices of words, capped so that absorb's appends copy
	p.famWords = words[fam : fam+1 : fam+1]
	switch fam {
	case 0:
		p.nameWords = words[1:len(words):len(words)]
	case len(words) - 1:
		p.nameWords = words[:fam:fam]
	default:
		p.nameWords = append(append([]nameWord{}, words[:fam]...), words[fam+1:]...)
	}
	return p
}

// eastAsianGiven reports a Korean or Taiwanese given name, which follows
// the family name and joins its syllables with a hyphen before a small
// letter: "Lee Jong-ho", "Kuo Jyh-huei". A Western double name
// capitalizes both halves (Kramp-Karrenbauer), an Arabic one its second
// (al-Sudani).
func (r *run) eastAsianGiven(w nameWord) bool {
	if w.e-w.s != 3 || r.toks[w.s+1].Norm != "-" {
		return false
	}
	a, b := &r.toks[w.s], &r.toks[w.s+2]
	return a.Cap && !a.Upper && !b.Cap && !b.Upper && !hasCyrillic(a.Norm) &&
		utf8.RuneCountInString(a.Norm) <= 5 && utf8.RuneCountInString(b.Norm) <= 5
}

// chancellor gives the holder of a chancellor's title the post it names:
// the known official's own post when it is one a chancellor holds (head or
// deputy head of government, Britain's finance minister), else the one
// the title's nation gives it. Any other holder — a university's
// chancellor, a court's — is no minister.
func (r *run) chancellor(p *person, nm *named, nations []string, row int, known bool) {
	if known {
		// the official's post that a chancellor holds, in office at the
		// article's date unless the title is a former one: in 2022 Rishi
		// Sunak was Britain's chancellor, in 2023 its prime minister, which
		// no chancellor is. A former one is the latest such post.
		year := yearOf(r.d.Published)
		var best *official
		for _, id := range r.x.byName[r.x.tab.off[row].name] {
			o := &r.x.tab.off[id]
			chancellorPost := o.chancellorPost(rolePM) || o.chancellorPost(roleDPM)
			inOffice := year == 0 || o.heldIn(year)
			if !chancellorPost || !inOffice && !nm.t.former {
				continue
			}
			if best == nil || inOffice && !nm.t.former || o.from > best.from {
				best = o
			}
		}
		if best != nil {
			p.role, p.portfolio = best.role, best.portfolio
			return
		}
	}
	if len(nations) > 0 {
		switch nations[0] {
		case "DE", "AT":
			return // the title's own role: head or deputy head of government
		case "GB":
			p.role, p.portfolio = roleMinister, "finance"
			return
		}
	}
	if len(nations) == 0 && !known {
		// a text about Germany, Austria or Britain that names none with
		// the title: "il vicecancelliere Andreas Babler" in a story on
		// Vienna's budget, "George Osborne, the former chancellor"
		c := r.openingNation(r.sentenceHead(nm.t.left), false)
		if c != "DE" && c != "AT" && c != "GB" {
			// the one of the three the sentence names: "Chancellor Sajid
			// Javid … said Britain was ready to leave"
			c = r.chancellorInSentence(nm.t.left)
		}
		if c != "DE" && c != "AT" && c != "GB" {
			// the sentence's opening place or side first: "Da Vienna il
			// vicecancelliere Werner Kogler" in a story that quotes Berlin more
			c = r.chancellorState()
		}
		if c == "" {
			c = r.chancellorNear(nm.t.left)
		}
		switch {
		case c == "GB" && !r.ownedChancellor(nm):
			p.nation, p.role, p.portfolio = c, roleMinister, "finance"
			return
		case c == "DE" || c == "AT":
			p.nation = c
			return
		}
	}
	p.weakOnly = true
}

// ownedChancellor reports a chancellor's title that an institution owns,
// before it ("the university's chancellor") or after the name ("Chancellor
// Jane Smith of Oxford"): Britain's universities have chancellors too.
func (r *run) ownedChancellor(nm *named) bool {
	toks, lx := r.toks, r.x.lx
	if k := nm.t.left - 1; k >= 2 && r.possessiveEnd(k) {
		return true
	}
	for _, k := range []int{nm.e, nm.t.end} {
		if k+1 < len(toks) && lx.class(toks[k].Norm)&cAffiliation != 0 && isCapWord(&toks[k+1]) {
			if _, ok := r.natAt(k + 1); !ok {
				return true
			}
		}
	}
	return false
}

// americanStory reports a text that mentions the United States more than
// Britain and never the Holy See, whose cardinal is also a Secretary of
// State: a bare "Secretary of State" there is the American one.
func (r *run) americanStory() bool {
	return r.mentionsOf("VA") == 0 && r.mentionsOf("US") > r.mentionsOf("GB")
}

// chancellorState is Germany or Austria when the headline opens with that
// state, or the text mentions it more than the other and more than
// Britain; Britain, whose chancellor is its finance minister, when the
// text mentions it more than either; else "".
func (r *run) chancellorState() string {
	de, at, gb := r.mentionsOf("DE"), r.mentionsOf("AT"), r.mentionsOf("GB")
	switch c := r.headlineTopic(); {
	case c == "DE" || c == "AT":
		return c // "Austria, il video … travolge Strache" quotes Berlin's reactions too
	case de > at && de > gb:
		return "DE"
	case at > de && at > gb:
		return "AT"
	case gb > de && gb > at:
		return "GB"
	}
	return ""
}

// chancellorInSentence returns Germany, Austria or Britain when the
// sentence holding token k names one of them and no other; else "".
func (r *run) chancellorInSentence(k int) string {
	s, e := r.sentenceHead(k), r.sentenceTail(k)
	found := ""
	for _, ns := range r.nat {
		if ns.s < s || ns.s >= e {
			continue
		}
		switch ns.code {
		case "DE", "AT", "GB":
			if found != "" && found != ns.code {
				return ""
			}
			found = ns.code
		}
	}
	return found
}

// chancellorNear returns Germany, Austria or Britain when the paragraph
// names one of them last before token k: where a text names them as
// often, the one just named is the title's ("Igls, dove l'Austria ha
// ospitato due Olimpiadi: il vicecancelliere Werner Kogler"). Else "".
func (r *run) chancellorNear(k int) string {
	p := min(k, len(r.toks)-1)
	for p > 0 && r.toks[p].Gap < token.Paragraph {
		p--
	}
	for i := len(r.nat) - 1; i >= 0 && r.nat[i].s >= p; i-- {
		ns := r.nat[i]
		if ns.s >= k {
			continue
		}
		switch ns.code {
		case "DE", "AT", "GB":
			return ns.code
		}
	}
	return ""
}

// civilServiceStory reports a story about a state whose secretaries are
// civil servants heading a ministry's staff, not its ministers: India,
// Pakistan, Bangladesh, Sri Lanka, Nepal. The state must be the one the
// text mentions most, well ahead of the United States and Britain.
func (r *run) civilServiceStory() bool {
	switch top := mainNation(r.e.Nations); top {
	case "IN", "PK", "BD", "LK", "NP":
		return r.mentionsOf(top) > 2*(r.mentionsOf("US")+r.mentionsOf("GB"))
	}
	return false
}

// mentionsOf is how many times the text mentions the nation code.
func (r *run) mentionsOf(code string) int {
	for _, n := range r.e.Nations {
		if n.Code == code {
			return len(n.Mentions)
		}
	}
	return 0
}

// ambiguousDative reports a surname form in -і that may be the dative or
// locative of a name in -а or a consonant (Кулебі, Певкурі) as well as the
// nominative of a foreign name that does not decline (Даті, Мелоні).
func ambiguousDative(key string) bool {
	return strings.HasSuffix(key, "і") && !hasAnySuffix(key, "ові", "еві", "єві", "ії")
}

// confirmed reports whether the text writes the name form nom, or another
// of its case forms, somewhere besides the form key.
func (r *run) confirmed(key, nom string) bool {
	for i := range r.toks {
		tk := &r.toks[i]
		if !isCapWord(tk) || tk.Norm == key {
			continue
		}
		if tk.Norm == nom || ukHasForm(nom, false, tk.Norm) || ukHasForm(nom, true, tk.Norm) {
			return true
		}
	}
	return false
}

// writes reports whether the text has form as a capitalized word; with
// inside, only one written inside a sentence, as a name is: at a sentence
// start any word is capitalized, and a word opening one ("Yesterday",
// "Сам") is a name only if it is found so elsewhere ("Serzh Sargsyan –
// also spelled Serzh Sarkisian").
func (r *run) writes(form string, inside bool) bool {
	for i := range r.toks {
		if tk := &r.toks[i]; tk.Norm == form && isCapWord(tk) && !(inside && r.sentenceStart(i)) {
			return true
		}
	}
	return false
}

// displayName is the canonical Latin form of a name the table does not
// know: the nominative, transliterated from Cyrillic, capitalized.
func displayName(d *token.Doc, words []nameWord) string {
	parts := make([]string, 0, len(words))
	for _, w := range words {
		var s string
		switch {
		case hasCyrillic(w.key) && w.e > w.s && !d.Tokens[w.s].Cap && !d.Tokens[w.s].Upper:
			// a particle keeps its lower case: "бін Салман", "аль-Мазруї"
			first, rest, joined := strings.Cut(w.nom, "-")
			s = Transliterate(first)
			if joined {
				s += "-" + Transliterate(capitalize(rest))
			}
		case hasCyrillic(w.key):
			s = Transliterate(capitalize(w.nom))
		default:
			s = d.Span(w.s, w.e)
			if d.Tokens[w.s].Upper {
				s = capitalize(strings.ToLower(s))
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// capitalize upper-cases the first letter of each hyphen-joined part.
func capitalize(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = r == '-'
	}
	return b.String()
}

// personIndex finds the person a new titled name is the same as: the
// same known official, or the same surname (by skeleton, or a near miss
// among the first persons) with compatible first names.
type personIndex struct {
	byName map[string]*person   // known officials by canonical name
	bySkel map[string][]*person // everyone by surname skeleton
}

// fuzzyPersons bounds the near-miss comparisons, which cost a pass over
// the persons, to documents of ordinary size.
const fuzzyPersons = 64

func (x *personIndex) add(p *person) {
	if x.byName == nil {
		x.byName, x.bySkel = map[string]*person{}, map[string][]*person{}
	}
	if p.row >= 0 {
		x.byName[p.name] = p
	}
	k := p.famSkeleton()
	if !slices.Contains(x.bySkel[k], p) {
		x.bySkel[k] = append(x.bySkel[k], p)
	}
}

func (x *personIndex) find(ps []*person, p *person) *person {
	if p.row >= 0 {
		if q := x.byName[p.name]; q != nil {
			return q
		}
	}
	compatible := func(q *person) bool {
		if p.row >= 0 && q.row >= 0 {
			return false // two different known officials
		}
		if a, b := p.patronym(), q.patronym(); a != "" && b != "" && a != b {
			return false // "Salman bin Khalifa" and "Salman bin Hamad" of one family
		}
		return p.givenNom == "" || q.givenNom == "" || p.givenNom == q.givenNom ||
			sameSkeleton(p.givenSkeleton(), q.givenSkeleton()) ||
			q.middleName(p.givenNom) || p.middleName(q.givenNom)
	}
	for _, q := range x.bySkel[p.famSkeleton()] {
		if compatible(q) {
			return q
		}
	}
	if len(ps) > fuzzyPersons {
		return nil
	}
	for _, q := range ps {
		if sameSkeleton(p.famSkeleton(), q.famSkeleton()) && compatible(q) {
			return q
		}
	}
	// a bare surname that is a full name's middle word, which is the
	// surname in names that put a second one after it: "former minister
	// Tchiroma" is "Issa Tchiroma Bakary"; or its first word, as Thai
	// usage names a person by the given name: "Prime Minister Srettha" is
	// "Srettha Thavisin"
	for _, q := range ps {
		if p.row < 0 && q.row < 0 && (p.givenNom == "" && (q.middleName(p.famNom) || q.givenNom == p.famNom) ||
			q.givenNom == "" && (p.middleName(q.famNom) || p.givenNom == q.famNom)) {
			return q
		}
		if p.shortFormOf(q) || q.shortFormOf(p) {
			return q
		}
	}
	return nil
}

// shortFormOf reports that p's two words are the first two of q's longer
// name, which Indonesian and Spanish usage drops the last word of: "Sri
// Mulyani" is "Sri Mulyani Indrawati", "Pedro Sánchez" "Pedro Sánchez
// Pérez-Castejón".
func (p *person) shortFormOf(q *person) bool {
	return p.row < 0 && q.row < 0 && p.givenNom != "" && len(p.nameWords) == 1 && p.givenNom == q.givenNom &&
		len(q.nameWords) >= 2 && q.nameWords[1].nom == p.famNom
}

// otherBearer reports that a surname alone, in p or q, may not be the
// other's full name because the text gives the surname to someone else
// too: "Serzh Sargsyan – also spelled Serzh Sarkisian – was president
// …", then "Defence Minister Vigen Sargsyan, who is not related to the
// prime minister". The bare "Sargsyan has resigned as prime minister" is
// then kept apart. First names that begin alike may be case forms of one
// ("Олександра", "Олександр") and give no other bearer.
func (r *run) otherBearer(p, q *person) bool {
	full, bare := p, q
	if full.givenNom == "" {
		full, bare = q, p
	}
	if full.givenNom == "" || bare.givenNom != "" {
		return false
	}
	if !sameSkeleton(bare.famSkeleton(), full.famSkeleton()) {
		// the bare word is the full name's first or middle word, not its
		// surname: another bearer of the surname ("her father Thaksin
		// Shinawatra") does not make "Prime Minister Paetongtarn" someone
		// other than Paetongtarn Shinawatra
		return false
	}
	given := namePrefix(full.givenNom)
	toks := r.toks
	for k := 1; k < len(toks); k++ {
		if toks[k].Kind != token.Word || toks[k].Gap != token.Space || !full.hasWord(full.famWords, toks[k].Norm) {
			continue
		}
		g := &toks[k-1]
		if !isCapWord(g) || g.Upper || utf8.RuneCountInString(g.Norm) < 3 || namePrefix(g.Norm) == given ||
			r.x.lx.nameClass(g.Norm, r.d.Lang)&(nameBlock|cOtherTitle|cParticle|cDet|cConj) != 0 ||
			r.knownWord(full, g.Norm, partGiven|partOther) {
			continue
		}
		if _, nat := r.natAt(k - 1); nat {
			continue
		}
		if r.sentenceStart(k-1) && !r.writes(g.Norm, true) {
			continue // "Yesterday Sargsyan said", "Сам Моді виграв"
		}
		return true
	}
	return false
}

// middleName reports that g is a given name of p's after the first:
// "Ato Forson" is "Cassiel Ato Forson" by his second name. The name after
// "bin" is the father's: "Khalifa bin Salman" and "Salman bin Hamad" are
// two people.
func (p *person) middleName(g string) bool {
	for i := 1; i < len(p.nameWords); i++ {
		if p.nameWords[i].nom == g && !patronymParticle(p.nameWords[i-1].key) {
			return true
		}
	}
	return false
}

// patronym returns the father's name an Arabic name gives after "bin",
// or "".
func (p *person) patronym() string {
	for i := 1; i < len(p.nameWords); i++ {
		if patronymParticle(p.nameWords[i-1].key) {
			return p.nameWords[i].nom
		}
	}
	return ""
}

// patronymParticle reports the particles after which an Arabic name gives
// the father's: "son of", "daughter of".
func patronymParticle(key string) bool {
	switch key {
	case "bin", "ibn", "bint":
		return true
	}
	return false
}

func (p *person) famSkeleton() string {
	if p.famSk == "" {
		p.famSk = skeleton(p.famNom)
	}
	return p.famSk
}

func (p *person) givenSkeleton() string {
	if p.givenSk == "" {
		p.givenSk = skeleton(p.givenNom)
	}
	return p.givenSk
}

// sameSkeleton compares two skeletons, allowing a near miss.
func sameSkeleton(a, b string) bool {
	if a == b {
		return true
	}
	m := fuzzyMax(min(len(a), len(b)))
	return m > 0 && editDistance(a, b, m) <= m
}

// absorb merges what another titled mention of the same person says. A
// known official or a full name replaces a bare surname or a short form; an official the
// table found by a bare surname does not replace the full name the text
// gave: "Minister Lee" after "Lee Jong-ho" is not the table's Lee Jong-sup.
func (q *person) absorb(p *person) {
	if q.row < 0 && (p.row >= 0 && (q.givenNom == "" || p.givenNom != "") || (q.givenNom == "" && p.givenNom != "") || q.shortFormOf(p)) {
		q.name, q.row, q.famNom, q.givenNom = p.name, p.row, p.famNom, p.givenNom
		q.famSk, q.givenSk = p.famSk, p.givenSk
	}
	switch {
	case p.acting && q.role == roleDeputy:
		// "перша заступниця міністра фінансів Оксана Маркарова, яка
		// виконує обов'язки міністра": a deputy acting as minister
	case q.acting && p.role == roleDeputy:
		q.role = roleDeputy
	case p.role > q.role:
		q.role = p.role
	}
	q.acting = q.acting && p.acting
	if q.portfolio == "" {
		q.portfolio = p.portfolio
	}
	if q.nation == "" {
		q.nation = p.nation
	}
	if q.secNation == "" {
		q.secNation = p.secNation
	}
	q.secretary = q.secretary || p.secretary
	q.fem = q.fem || p.fem
	q.weakOnly = q.weakOnly && p.weakOnly
	q.initialed = q.initialed || p.initialed
	q.famWords = append(q.famWords, p.famWords...)
	q.nameWords = append(q.nameWords, p.nameWords...)
}

// knownWord reports whether norm is a word of p's name with a part in
// parts: one of the text's spellings, or any table spelling of a known
// official.
func (r *run) knownWord(p *person, norm string, parts part) bool {
	words := p.nameWords
	if parts&partFamily != 0 {
		words = p.famWords
	}
	if p.hasWord(words, norm) {
		return true
	}
	if p.row < 0 {
		return false
	}
	for _, rf := range r.x.tab.exact[norm] {
		if rf.part&parts != 0 && r.x.tab.off[rf.id].name == p.name {
			return true
		}
	}
	return false
}

// tspan is a titled mention of person (an index into the persons) at
// tokens [s, e).
type tspan struct {
	s, e, person int
}

// corefer adds the mentions that name a person by surname alone or by
// full name without a title: "Umerov said", "Умєрова", "Yuriko Backes".
// Each capitalized word costs a map lookup or two: by its first letters
// among the text's spellings, and in the table's index when a known
// official's surname may start with its letter.
func (r *run) corefer(ps []*person) {
	var titled []tspan
	byPrefix := map[string][]int{}
	byName := map[string]int{}
	var initials []rune // first letters of the known officials' table spellings
	for pi, p := range ps {
		for _, s := range p.spans {
			titled = append(titled, tspan{s.s, s.e, pi})
		}
		for _, w := range p.famWords {
			for _, k := range []string{w.key, w.nom} {
				if l := byPrefix[namePrefix(k)]; len(l) == 0 || l[len(l)-1] != pi {
					byPrefix[namePrefix(k)] = append(l, pi)
				}
			}
		}
		if p.row >= 0 {
			byName[p.name] = pi
			for _, id := range r.x.byName[p.name] {
				for _, c := range r.x.tab.off[id].initials {
					if !slices.Contains(initials, c) {
						initials = append(initials, c)
					}
				}
			}
		}
	}
	slices.SortFunc(titled, func(a, b tspan) int { return a.s - b.s })
	lastSeen := make([]int, len(ps)) // the latest mention of each person so far
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	toks := r.toks
	next := 0
scan:
	for i := 0; i < len(toks); i++ {
		for next < len(titled) && titled[next].s <= i {
			if titled[next].e > i { // inside a titled name
				lastSeen[titled[next].person] = titled[next].s
				i = titled[next].e - 1
				next++
				continue scan
			}
			next++
		}
		if isCapWord(&toks[i]) {
			u := unitAt(r.d, i)
			pi := r.surnameOf(ps, u.norm, byPrefix, byName, initials, lastSeen)
			if pi < 0 {
				i = u.e - 1
				continue
			}
			p := ps[pi]
			limit := 0
			if next > 0 {
				limit = titled[next-1].e
			}
			s, e := u.s, u.e
			for s-1 >= limit && (toks[s].Gap == token.Space || toks[s].Gap == token.Thin) {
				w, ok := r.unitEndingAt(s - 1)
				if !ok || w.s < limit {
					break
				}
				if !r.knownWord(p, w.norm, partGiven|partOther) && !r.givenName(p, w, u) {
					break
				}
				s = w.s
			}
			if s == u.s && r.insideOtherName(p, s, e) {
				i = u.e - 1
				continue
			}
			for e < len(toks) && (toks[e].Gap == token.Space || toks[e].Gap == token.Thin) && isCapWord(&toks[e]) {
				if next < len(titled) && e >= titled[next].s {
					break
				}
				w := unitAt(r.d, e)
				if !r.knownWord(p, w.norm, partGiven|partOther) {
					break
				}
				e = w.e
			}
			if s == u.s && e == u.e && lastSeen[pi] < 0 {
				e = r.givenFirst(p, u, titled, next)
			}
			p.spans = append(p.spans, mspan{s, e, false})
			lastSeen[pi] = s
			i = e - 1
		}
	}
}

// insideOtherName reports a surname at tokens [s, e) that sits between
// two capitalized words its person's name does not hold, neither a title,
// an honorific nor a sentence start before it: it is part of another name
// ("Ho Chi Minh City" holds no Pham Binh Minh). Only a person whose first
// name is known can be told so: for one named by surname alone the word
// before may be his first name, inflected ("звільнення Олександра
// Данилюка Верховна Рада …"). An acronym before it is a body's ("МЗС
// Кулеба").
func (r *run) insideOtherName(p *person, s, e int) bool {
	toks := r.toks
	if p.row < 0 && p.givenNom == "" || s == 0 || e >= len(toks) || toks[s].Gap != token.Space || toks[e].Gap != token.Space || !isCapWord(&toks[e]) {
		return false
	}
	b := &toks[s-1]
	if b.Kind != token.Word || !b.Cap || b.Upper || r.sentenceStart(s-1) ||
		r.x.lx.class(b.Norm)&(cHead|cHonor|cOtherTitle|cDeputy|cFormer|cFirst|cConj|cStop|cPortfolio|cMinistry|cParticle) != 0 {
		return false
	}
	return !r.knownWord(p, unitAt(r.d, e).norm, partGiven|partOther)
}

// givenName takes w, the word before an untitled mention u of the
// surname of a person titled by surname alone, as the person's first
// name: "Piyush Goyal arrived … Commerce Minister Goyal said". The two
// words must read as a name, and the surname must be in the form the
// title gave it, so that a Ukrainian first name is in the nominative too.
func (r *run) givenName(p *person, w, u unit) bool {
	if p.row >= 0 || p.givenNom != "" || u.norm != p.famNom || isInitial(w.norm) || isParticle(w.norm) {
		return false
	}
	words := r.nameBefore(u.e - 1)
	if len(words) < 2 || words[len(words)-2] != w {
		return false
	}
	given := nameWord{key: w.norm, nom: w.norm, s: w.s, e: w.e}
	fam := nameWord{key: u.norm, nom: u.norm, s: u.s, e: u.e}
	p.givenNom, p.givenSk = w.norm, ""
	p.name = displayName(r.d, []nameWord{given, fam})
	p.nameWords = append(p.nameWords, given)
	return true
}

// givenFirst widens the person titled by a first name alone to the full
// name that u, the person's first mention, opens: the text introduces the
// person by full name, then by the first name, as Thai and Indonesian
// usage does ("handed the treasury to Purbaya Yudhi Sadewa … Purbaya was
// sworn in as finance minister"). A surname after a title stays as it is,
// whatever capitalized words follow it elsewhere ("Minister Zabolotny …
// Zabolotny Street"). It returns where the mention ends, u.e when it
// stays one word.
func (r *run) givenFirst(p *person, u unit, titled []tspan, next int) int {
	toks := r.toks
	if !p.firstName || p.row >= 0 || p.givenNom != "" || u.norm != p.famNom {
		return u.e
	}
	x := u.e
	for x < len(toks) && toks[x].Gap == token.Space && isCapWord(&toks[x]) && (next >= len(titled) || x < titled[next].s) {
		x = unitAt(r.d, x).e
	}
	words := r.nameBefore(x - 1)
	if x == u.e || len(words) < 2 || words[0].s != u.s || words[len(words)-1].e != x || len(realWords(words)) < 2 {
		return u.e
	}
	ws := make([]nameWord, len(words))
	for i, w := range words {
		ws[i] = nameWord{key: w.norm, nom: w.norm, s: w.s, e: w.e}
	}
	last := len(ws) - 1
	p.name = displayName(r.d, ws)
	p.givenNom, p.famNom = ws[0].nom, ws[last].nom
	p.givenSk, p.famSk = "", ""
	p.famWords = append(p.famWords, ws[last])
	p.nameWords = append(p.nameWords, ws[:last]...)
	return x
}

// namePrefix is the first three letters of a lower-case name word: every
// case form of a Ukrainian surname keeps them.
func namePrefix(k string) string {
	n := 0
	for i := range k {
		if n == 3 {
			return k[:i]
		}
		n++
	}
	return k
}

// surnameOf returns the person whose surname norm is, or -1. Among
// persons sharing a surname it takes the one mentioned last, else the
// first.
func (r *run) surnameOf(ps []*person, norm string, byPrefix map[string][]int, byName map[string]int,
	initials []rune, lastSeen []int) int {
	best, bestAt := -1, -2
	consider := func(c int) {
		if lastSeen[c] > bestAt || (lastSeen[c] == bestAt && c < best) {
			best, bestAt = c, lastSeen[c]
		}
	}
	for _, c := range byPrefix[namePrefix(norm)] {
		if ps[c].hasWord(ps[c].famWords, norm) {
			consider(c)
		}
	}
	if c, _ := utf8.DecodeRuneInString(norm); !slices.Contains(initials, c) {
		return best
	}
	for _, rf := range r.x.tab.exact[norm] {
		if rf.part != partFamily {
			continue
		}
		if c, ok := byName[r.x.tab.off[rf.id].name]; ok {
			consider(c)
		}
	}
	return best
}

// unitEndingAt reads the name word whose last token is j.
func (r *run) unitEndingAt(j int) (unit, bool) {
	toks := r.toks
	if j < 0 || !isCapWord(&toks[j]) && r.x.lx.class(toks[j].Norm)&cParticle == 0 {
		return unit{}, false
	}
	s := j
	for s >= 2 && toks[s].Gap == token.None && (toks[s-1].Norm == "-" || toks[s-1].Norm == "'") &&
		toks[s-1].Gap == token.None && toks[s-2].Kind == token.Word {
		s -= 2
	}
	u := unitAt(r.d, s)
	if u.e != j+1 {
		return unit{}, false
	}
	return u, true
}

// hasWord reports whether norm spells one of words: as the text wrote
// it, or, for Cyrillic, in any case form of its nominative.
func (p *person) hasWord(words []nameWord, norm string) bool {
	for i := range words {
		w := &words[i]
		if norm == w.key || norm == w.nom {
			return true
		}
		if hasCyrillic(norm) && ukHasForm(w.nom, p.fem, norm) {
			return true
		}
	}
	return false
}

// emit appends the persons to r.e.Ministers in order of first mention.
func (r *run) emit(ps []*person) {
	r.unnameNations(ps)
	home := r.homeNation(ps)
	for _, p := range ps {
		// at one place, a mention as the current holder before one as former
		slices.SortFunc(p.spans, func(a, b mspan) int {
			if a.s != b.s {
				return a.s - b.s
			}
			return boolInt(a.former) - boolInt(b.former)
		})
	}
	slices.SortStableFunc(ps, func(a, b *person) int { return a.spans[0].s - b.spans[0].s })
	for i, p := range ps {
		m := corpus.Minister{Name: p.name, Role: p.role.String(), Portfolio: p.portfolio}
		var o *official
		if p.row >= 0 {
			o = r.bestRow(p)
		}
		peer := ""
		if p.peer {
			peer = peerNation(ps[:i], r.e.Ministers, p.peerAt)
		}
		switch {
		case p.nation != "":
			m.Nation = p.nation
		case o != nil:
			m.Nation = o.nation
		case peer != "":
			m.Nation = peer
		case p.secretary && (p.secNation == "" || p.secNation == "US" || p.secNation == "GB") && r.otherStatesOnly():
			// a "Treasury secretary" in a story on New Zealand is its
			// department's civil servant: only the US's, the UK's and
			// the few other cabinets of secretaries have them as ministers
			continue
		default:
			m.Nation = r.foreignNameNation(p, r.untitledNation(p, home))
			if p.role == rolePM && fullHeads[m.Nation] {
				// "il premier Ali Zeidan" in an Italian story about Libya
				m.Nation = otherNation(r.e.Nations, m.Nation)
			}
			if ex := r.excludedNations(p, ps[:i]); len(ex) > 0 {
				m.Nation = r.unexcluded(m.Nation, ex, p.role == rolePM)
			}
		}
		if m.Portfolio == "" && o != nil {
			m.Portfolio = o.portfolio
		}
		if p.role == rolePM && (p.nation != "" || o != nil) {
			for _, s := range p.spans {
				r.govHeads = append(r.govHeads, natSpan{s: s.s, e: s.e, code: m.Nation})
			}
		}
		last := -1
		for _, s := range p.spans {
			if s.s < last {
				continue // overlapping spans
			}
			last = s.e
			mn := r.d.Mention(s.s, s.e)
			if s.former {
				mn.Qualifier = "former"
			}
			m.Mentions = append(m.Mentions, mn)
			if mn.Text != p.name && !slices.Contains(m.Aliases, mn.Text) {
				m.Aliases = append(m.Aliases, mn.Text)
			}
		}
		r.e.Ministers = append(r.e.Ministers, m)
	}
}

// peerNation is the nation given to the one of the persons emitted before
// (done, whose entries are the last len(done) of emitted) named at token
// at, or "".
func peerNation(done []*person, emitted []corpus.Minister, at int) string {
	base := len(emitted) - len(done)
	for i, q := range done {
		for _, s := range q.spans {
			if s.s == at {
				return emitted[base+i].Nation
			}
		}
	}
	return ""
}

// unnameNations removes the nation mentions that lie inside the names of
// the persons found ("Синиша Малі" names no Mali), and a nation left with
// no mention, before any person's nation is read from those around it
// ("il ministro delle Finanze Siniša Mali" is no minister of Mali). The
// surname alone ("Малі заявив", "до Малі") may be either: it stays a
// mention of its nation but gives no person a nation ("2019 року Ірані
// відібрала округ" names Smriti Irani, not Iran's side).
func (r *run) unnameNations(ps []*person) {
	inName := func(s, e int) (inside, whole bool) {
		for _, p := range ps {
			for _, sp := range p.spans {
				if s >= sp.s && e <= sp.e {
					if sp.e-sp.s > e-s {
						return true, false
					}
					whole = true
				}
			}
		}
		return false, whole
	}
	kept := r.nat[:0]
	for _, ns := range r.nat {
		inside, whole := inName(ns.s, ns.e)
		if !inside {
			if !whole {
				kept = append(kept, ns)
			}
			continue
		}
		at := r.d.Mention(ns.s, ns.e)
		nations := r.e.Nations[:0]
		for _, n := range r.e.Nations {
			if n.Code == ns.code {
				n.Mentions = slices.DeleteFunc(n.Mentions, func(m corpus.Mention) bool { return m.Start == at.Start && m.End == at.End })
				if len(n.Mentions) == 0 {
					continue
				}
			}
			nations = append(nations, n)
		}
		r.e.Nations = nations
	}
	r.nat = kept
}

// bestRow is the table row of a known person that fits the role found in
// the text, preferring the one in office in the article's year.
func (r *run) bestRow(p *person) *official {
	year := yearOf(r.d.Published)
	var best *official
	bestScore := -1
	for _, id := range r.x.byName[p.name] {
		o := &r.x.tab.off[id]
		s := 0
		if o.role == p.role {
			s += 2
		}
		if p.portfolio != "" && o.portfolio == p.portfolio {
			s += 2
		}
		if year > 0 && o.heldIn(year) {
			s += 3
		}
		if s > bestScore {
			best, bestScore = o, s
		}
	}
	return best
}

// nearNation is the nation of a ministry named in the sentence of one of
// the person's titles ("Undersecretary … at the Estonian Ministry of
// Defence"; "Deputy Minister X … the Ministry of Defence of Ukraine").
func (r *run) nearNation(p *person) string {
	// the whole name before the surname alone, which may be another's:
	// "Kim" for Kim Jong Un before "il ministro dell'Unificazione Kim Yung-ho"
	for _, whole := range []bool{true, false} {
		n := 0
		for _, s := range p.spans {
			if (s.e-s.s > 1) != whole {
				continue
			}
			if n++; n > 4 {
				break
			}
			if code := r.spanNation(s.s); code != "" {
				return code
			}
			if code := r.describedAfter(s.e); code != "" {
				return code
			}
		}
	}
	return ""
}

// describedAfter reads the nation of a short description set off by a
// comma after a name ending before token e, a noun or two and a state's
// adjective: "Abbas Araghchi, capo negoziatore iraniano, tornerà …".
// A description with a preposition ("amico del presidente russo") is of
// someone else.
func (r *run) describedAfter(e int) string {
	const maxNouns = 2
	toks := r.toks
	if e+2 >= len(toks) || toks[e].Norm != "," || toks[e].Gap != token.None {
		return ""
	}
	for j := e + 1; j < len(toks) && j <= e+1+maxNouns; j++ {
		tk := &toks[j]
		if tk.Kind != token.Word || isCapWord(tk) || tk.Gap != token.Space {
			return ""
		}
		if n, ok := r.natAt(j); ok && j > e+1 {
			if n.e < len(toks) && (toks[n.e].Norm == "," || sentenceEnd(toks, n.e)) {
				return n.code
			}
			return ""
		}
		if r.x.lx.class(tk.Norm)&(cConn|cConj|cDet|cIndef|cRel|cAux|cCopula|cPlacePrep) != 0 {
			return ""
		}
	}
	return ""
}

// spanNation is the nation the words around a mention of a person at
// token i give: a counterpart's, a ministry's, one written before the name,
// the place the sentence opens with.
func (r *run) spanNation(i int) string {
	if code := r.counterpartNation(i); code != "" {
		return code
	}
	if code := r.ministryNation(i); code != "" {
		return code
	}
	if code := r.nationBeforeName(i); code != "" {
		return code
	}
	return r.openingPlace(i)
}

// nationBeforeName reads a nation written right before the name at token
// i: "Germany's Jörg Kukies, who has served as finance minister", "il
// britannico David Cameron".
func (r *run) nationBeforeName(i int) string {
	toks := r.toks
	j := i - 1
	if j < 0 || toks[i].Gap >= token.Newline {
		return ""
	}
	if r.possessiveEnd(j) {
		j -= 2
	}
	if n, ok := r.natEndingAt(j); ok {
		return n.code
	}
	return ""
}

// counterpartWords name the other side's holder of an office, each with
// the case a Ukrainian name after it takes ("колегою Радославом
// Сікорським"). Read-only.
var counterpartWords = map[string]gcase{
	"counterpart": caseAny, "counterparts": caseAny, "omologo": caseAny, "omologa": caseAny, "omologhi": caseAny,
	"колега": caseNom, "колегу": caseAcc, "колегою": caseIns, "колеги": caseGen, "колезі": caseDat,
}

// counterpartNation reads the nation of a counterpart named just before the
// person at token i: "her Indonesian counterpart, Foreign Minister Sugiono",
// "l'omologo turco Hakan Fidan".
func (r *run) counterpartNation(i int) string {
	const near, far = 6, 12
	toks := r.toks
	for j := i - 1; j >= 0 && j >= i-far; j-- {
		if sentenceEnd(toks, j) || toks[j+1].Gap >= token.Newline {
			return ""
		}
		if _, ok := counterpartWords[toks[j].Norm]; !ok {
			continue
		}
		code, after := "", j+1
		if n, ok := r.natEndingAt(j - 1); ok {
			code = n.code // "Indonesian counterpart"
		} else if n, ok := r.natAt(j + 1); ok {
			code, after = n.code, n.e // "omologo turco"
		}
		if i-j > near && !r.titleBetween(after, i) {
			return ""
		}
		return code
	}
	return ""
}

// titleBetween reports that tokens [s, e) hold only a title set off by a
// comma, its words and punctuation: ", il ministro dell'Interno" between
// "il suo omologo tunisino" and the name.
func (r *run) titleBetween(s, e int) bool {
	for k := s; k < e; k++ {
		t := &r.toks[k]
		if t.Kind != token.Word {
			if t.Norm != "," && t.Norm != "'" && t.Norm != "’" && t.Norm != "-" {
				return false
			}
			continue
		}
		if r.x.lx.class(t.Norm)&(cHead|cPortfolio|cConn|cDet|cMinistry|cDeputy|cFirst|cFormer) == 0 {
			return false
		}
	}
	return true
}

// openingPlace reads the nation a sentence opens with, as its place or
// the side it speaks for, when the name at token i follows within a few
// words of one clause: "In Francia la ministra dell'Agricoltura Annie
// Genevard", "Per la Francia era presente il ministro…", "In Germany, the
// health minister…".
func (r *run) openingPlace(i int) string {
	toks, lx := r.toks, r.x.lx
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if sentenceEnd(toks, j) || toks[j+1].Gap >= token.Newline {
			return ""
		}
		if code := r.placeWhere(j); code != "" && i > j+2 {
			// "in Dakar, where Prime Minister Ousmane Sonko said…"; not
			// "in Danimarca, dove Stoltenberg è di casa", a place he knows
			return code
		}
		code, k := "", -1
		if n, ok := r.natEndingAt(j); ok {
			code, k = n.code, n.s-1
			if a, s := lx.matchBwd(r.d, k, cDet); a != nil && a.article && s < k {
				k = s - 1 // the elided article: "per l'Italia"
			} else if k >= 0 && lx.class(toks[k].Norm)&cDet != 0 && !sourcePreps[toks[k].Norm] {
				k-- // "per la Francia"
			}
			if k < 0 || lx.class(toks[k].Norm)&(cPlacePrep|cConn) == 0 && !sourcePreps[toks[k].Norm] {
				return ""
			}
			if toks[j+1].Norm == ":" {
				return code // a label the rest speaks for: "Reazione dalla Corea del Sud: il ministro…"
			}
			if sidePreps[toks[k].Norm] && k > 0 && toks[k-1].Norm == "," && toks[j+1].Norm == "," {
				return code // the side set off by commas: "e, per l'Italia, il ministro…"
			}
		} else if code = r.capitalAt(j); code != "" && j > 0 && sourcePreps[toks[j-1].Norm] {
			// a capital speaks for its side only as where words come from:
			// "a Bruxelles il ministro…" is where a minister was
			k = j - 1
		} else {
			continue
		}
		if r.clauseOpens(k) || toks[k-1].Kind == token.Word && r.clauseOpens(k-1) || toks[k-1].Norm == ":" || toks[k-1].Norm == ";" {
			return code // "Da Ankara il ministro…", "Replica da Ankara il ministro…", "…: in France, a former prime minister"
		}
		return ""
	}
	return ""
}

// placeWhere reads the place a relative "where" at token j+1 opens on:
// the nation or capital before the comma at token j, after a place
// preposition ("in Dakar, where", "a Dakar, dove", "у Дакарі, де").
func (r *run) placeWhere(j int) string {
	toks := r.toks
	if toks[j].Norm != "," || j+1 >= len(toks) || !whereWords[toks[j+1].Norm] || j < 2 {
		return ""
	}
	code, k := "", -1
	if n, ok := r.natEndingAt(j - 1); ok {
		code, k = n.code, n.s-1
	} else if code = r.capitalAt(j - 1); code != "" {
		k = j - 2
	}
	if code == "" || k < 0 {
		return ""
	}
	if r.x.lx.class(toks[k].Norm)&cConj != 0 && k > 0 {
		// the last of a list of places: "France and Germany, where"
		if _, ok := r.natEndingAt(k - 1); ok || r.capitalAt(k-1) != "" {
			return code
		}
	}
	if r.x.lx.class(toks[k].Norm)&cPlacePrep == 0 {
		return ""
	}
	return code
}

// whereWords open a relative clause on a place. Read-only.
var whereWords = map[string]bool{"where": true, "dove": true, "де": true}

// sidePreps give, between commas, the side the words after them speak
// for: "e, per l'Italia, il ministro …". Read-only.
var sidePreps = map[string]bool{"per": true}

// sourcePreps say where words come from. Read-only.
var sourcePreps = map[string]bool{"da": true, "dal": true, "dalla": true, "dall": true, "dai": true, "dagli": true,
	"dalle": true, "from": true, "з": true, "із": true}

// ministryNation looks in the sentence around token i for a ministry word
// with a nation mention within three tokens of it.
func (r *run) ministryNation(i int) string {
	toks := r.toks
	lo, hi := i, i
	for lo > 0 && !sentenceEnd(toks, lo-1) && toks[lo].Gap < token.Newline && i-lo < 60 {
		lo--
	}
	for hi < len(toks)-1 && !sentenceEnd(toks, hi) && toks[hi+1].Gap < token.Newline && hi-i < 60 {
		hi++
	}
	best, bestDist := "", 1<<30
	for j := lo; j <= hi; j++ {
		e, end := r.x.lx.matchFwd(r.d, j, cMinistry)
		if e == nil || e.gov {
			continue
		}
		if e.nation != "" {
			if d := abs(j - i); d < bestDist {
				best, bestDist = e.nation, d
			}
			continue
		}
		for _, n := range r.nat {
			if (n.s >= end && n.s-end <= 3) || (n.e <= j && j-n.e <= 3) {
				if d := abs(j - i); d < bestDist {
					best, bestDist = n.code, d
				}
			}
		}
	}
	return best
}

// ministryBefore is the nation of the ministry of the given portfolio
// that the sentence before token i's, in its paragraph, names: its
// minister, named next, heads it ("… il ministero degli Esteri danese lo
// ha convocato. Il ministro degli Esteri Lars Løkke Rasmussen ha detto …").
func (r *run) ministryBefore(i int, portfolio string) string {
	h := r.sentenceHead(i)
	if portfolio == "" || h == 0 || r.toks[h].Gap >= token.Newline {
		return ""
	}
	code := ""
	for j := r.sentenceHead(h - 1); j < h; j++ {
		e, c, ok := r.ministryNationAt(j, portfolio)
		if !ok {
			continue
		}
		if c != "" && code != "" && c != code {
			return "" // two states' ministries
		}
		if c != "" {
			code = c
		}
		j = e - 1
	}
	return code
}

// ministryNext is the nation of the ministry of the given portfolio that
// opens the sentence after token i's, in its paragraph: the minister's
// ministry acting on his words ("Interviene il ministro dell'Interno,
// Marco Minniti: «…». Il Viminale chiede chiarimenti").
func (r *run) ministryNext(i int, portfolio string) string {
	toks := r.toks
	if portfolio == "" {
		return ""
	}
	j := r.sentenceTail(i)
	for j < len(toks) && toks[j].Kind != token.Word && toks[j].Gap < token.Newline {
		j++ // a closing quotation mark
	}
	// the ministry as the sentence's subject: "The Italian interior
	// ministry asks …", "Il Viminale chiede …"; not what another title
	// governs ("Речник МЗС Індії сказав …")
	for k := j; k < len(toks) && k < j+openingWindow && toks[k].Gap < token.Newline; k++ {
		if _, code, ok := r.ministryNationAt(k, portfolio); ok {
			return code
		}
		if n, ok := r.natAt(k); ok {
			k = n.e - 1
			continue
		}
		if r.x.lx.class(toks[k].Norm)&(cDet|cPortfolio) == 0 {
			break
		}
	}
	return ""
}

// ministryNationAt reads a ministry of the given portfolio at token j, as
// ministryAt does, with the nation it names or that stands next to it or
// after a connector ("данський МЗС", "МЗС Данії", "degli Esteri danese",
// "of Denmark"); after it in lower case only an Italian adjective is the
// ministry's: "привела до МВС грузинку" names a woman's. It returns the
// token after the ministry.
func (r *run) ministryNationAt(j int, portfolio string) (end int, code string, ok bool) {
	s, e, c, ok := r.ministryAt(j, portfolio)
	if !ok {
		return 0, "", false
	}
	if n, ok := r.natEndingAt(s - 1); c == "" && ok {
		c = n.code
	}
	if n, ok := r.natAt(e); c == "" && ok && (isCapWord(&r.toks[e]) || r.d.Lang == "it") {
		c = n.code
	}
	if n, ok := r.natAt(e + 1); c == "" && ok && r.x.lx.class(r.toks[e].Norm)&cConn != 0 {
		c = n.code
	}
	return e, c, true
}

// ministryAt reads a ministry of the given portfolio at token j: one
// word ("МЗС", "the Treasury") or a ministry word with its portfolio
// before it ("the foreign ministry") or after it ("ministero degli
// Esteri", "міністерство закордонних справ", "ministry of defence").
// It returns the span, the nation the word itself names, if any, and
// whether one was found.
func (r *run) ministryAt(j int, portfolio string) (s, e int, code string, ok bool) {
	lx := r.x.lx
	m, end := lx.matchFwd(r.d, j, cMinistry)
	if m == nil || m.gov {
		return 0, 0, "", false
	}
	if m.portfolio != "" {
		return j, end, m.nation, housedIn(portfolio, m.portfolio)
	}
	if p, ps := lx.matchBwd(r.d, j-1, cPortfolio); p != nil && housedIn(portfolio, p.portfolio) {
		return ps, end, m.nation, true
	}
	k := end
	for n := 0; n < 2 && k < len(r.toks); n++ {
		c, ce := lx.matchFwd(r.d, k, cConn)
		if c == nil {
			break
		}
		k = ce
		if k < len(r.toks) && r.toks[k].Norm == "'" {
			k++
		}
	}
	if p, pe := lx.matchFwd(r.d, k, cPortfolio); p != nil && housedIn(portfolio, p.portfolio) {
		return j, pe, m.nation, true
	}
	return 0, 0, "", false
}

// ministryHomes are the ministries that house a portfolio's minister in
// most governments: a minister for European affairs sits in the foreign
// ministry (France's ministre délégué, Germany's Staatsminister für
// Europa), so "il ministero degli Esteri francese" speaks for "la ministra
// per gli Affari europei" named next. Read-only.
var ministryHomes = map[string]string{"european_affairs": "foreign_affairs"}

// housedIn reports that a minister of portfolio works in the ministry of
// the other.
func housedIn(portfolio, ministry string) bool {
	return portfolio == ministry || ministryHomes[portfolio] == ministry
}

func sentenceEnd(toks []token.Token, i int) bool {
	switch toks[i].Norm {
	case ".":
		// a point inside a word or a number ends nothing: "£13.8bn"; one
		// before a closing quote or bracket does
		return i+1 >= len(toks) || toks[i+1].Gap != token.None || toks[i+1].Kind == token.Punct
	case "!", "?", ";":
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// languageNation is the country whose ministers an article in a language
// names without saying whose they are: Italian papers write "il ministro
// dello Sport" for Italy's, Ukrainian ones "міністр оборони" for
// Ukraine's. English serves too many countries to have one.
var languageNation = map[string]string{"it": "IT", "uk": "UA"}

// untitledNation is the nation of a person whom no title phrase gives one
// and the table does not know. In order: a ministry named near a title;
// for a US or UK cabinet secretary, the department's government or the
// one of the two the text mentions more; the government of the other
// ministers the text names without a nation (the article's home); the
// country of the article's language, unless another nation clearly
// dominates the text; the most mentioned nation.
func (r *run) untitledNation(p *person, home string) string {
	if c := dynastyNation(p.name); c != "" {
		return c
	}
	if c := r.nearNation(p); c != "" {
		return c
	}
	if c := r.bodySectionNation(p); c != "" {
		return c
	}
	if c := r.sentenceNation(p); c != "" {
		return c
	}
	if c := r.reportedSide(p); c != "" {
		return c
	}
	if c := r.sentenceCabinet(p); c != "" {
		return c
	}
	counts := map[string]int{}
	for _, n := range r.e.Nations {
		counts[n.Code] += len(n.Mentions)
	}
	if p.secretary {
		// a round-up's section on a cabinet of secretaries: "PHILIPPINES: …
		// Defense Secretary Gilberto Teodoro"
		if c := r.sectionNation(p.spans[0].s); c == "US" || c == "GB" || slices.Contains(secretaryCabinets, c) {
			return c
		}
		if c := secretaryCabinet(counts, r.datelineNation()); c != "" {
			return c
		}
		if p.secNation != "" {
			return p.secNation
		}
		switch us, gb := counts["US"], counts["GB"]; {
		case us > gb:
			return "US"
		case gb > us:
			return "GB"
		}
		if home == "US" || home == "GB" {
			return home
		}
	}
	if c := r.contextNation(p); c != "" {
		return c
	}
	if c := r.headlineNation(); c != "" && (mentionedWithin(counts, c, 1) || r.d.Lang == "en" && home == "" && mentionedWithin(counts, c, 2)) {
		return r.givenNameNation(p, c, counts)
	}
	if c := r.headlineTopic(); c != "" {
		return r.givenNameNation(p, c, counts)
	}
	if home != "" && !r.outsideTabledCabinet(p, home) {
		// a dateline's state, mentioned as often as the home ministers'
		// one, is the story's: "BOGOTÁ – …" quoting one Israeli minister.
		// An Italian or Ukrainian paper's correspondent abroad still
		// writes about the home government's ministers.
		if c := r.datelineNation(); c != "" && c != home && counts[c] >= counts[home] && languageNation[r.d.Lang] == "" {
			return r.givenNameNation(p, c, counts)
		}
		return r.givenNameNation(p, home, counts)
	}
	if lead := r.d.BodyStart(); lead > 0 {
		if c := r.openingNation(lead, true); c != "" {
			return r.givenNameNation(p, c, counts) // "ISLAMABAD, 12 giugno – …", "Il real brasiliano ha perso …"
		}
	}
	if prior := languageNation[r.d.Lang]; prior != "" {
		best := otherNation(r.e.Nations, prior)
		if n := counts[best]; best != prior && n >= 3 && n > 2*counts[prior] {
			return r.givenNameNation(p, best, counts)
		}
		if best != prior && counts[best] >= 2 && r.outsideTabledCabinet(p, prior) {
			return r.givenNameNation(p, best, counts)
		}
		return prior
	}
	return r.givenNameNation(p, mainNation(r.e.Nations), counts)
}

// reportedSide is the state that a person's words put first: the state or
// its capital that opens the clause "that" reports after the person, in
// the person's sentence ("Trade Minister Parks Tau conceded on Thursday
// that Pretoria had not secured a meeting", "Finance Minister Jun Azumi
// has signalled that Tokyo is ready to lend"): a minister speaks for his
// own government.
func (r *run) reportedSide(p *person) string {
	toks := r.toks
	for _, sp := range p.spans[:min(len(p.spans), 4)] {
		for k := sp.e; k+2 < len(toks) && k < sp.e+10; k++ {
			if sentenceEnd(toks, k) || toks[k].Gap >= token.Newline {
				break
			}
			if toks[k].Norm != "that" {
				continue
			}
			// a capital, or a state before its verb: not "noted that
			// Ukrainian families in Poland receive …"
			if c := r.capitalAt(k + 1); c != "" && r.lowerAfter(k+2) {
				return c
			}
			if n, ok := r.natAt(k + 1); ok && n.e < len(toks) && (r.x.lx.class(toks[n.e].Norm)&(cAux|cCopula) != 0 || modals[toks[n.e].Norm]) {
				return n.code
			}
			break
		}
	}
	return ""
}

// modals are the English modal verbs that open a predicate after its
// subject; the lexicon's auxiliaries (will, would, has, had, have) are
// read beside them. Read-only.
var modals = map[string]bool{
	"can": true, "could": true, "must": true, "should": true, "may": true, "might": true,
}

// bodySectionNation is, for a person first named in the headline, the
// nation of the section that holds the person's first mention in the
// body: a round-up's headline crowds several states into one line ("A
// German brigade gets its colours, Šadžius sends the defence bill to the
// Seimas, Latvia gets ready to vote") and its section ("LITHUANIA") says
// whose minister the person is.
func (r *run) bodySectionNation(p *person) string {
	body := r.d.BodyStart()
	if body == 0 || p.spans[0].s >= body {
		return ""
	}
	for _, s := range p.spans[1:] {
		if s.s >= body {
			if h := r.d.Heading(s.s); h < body {
				return "" // no section of its own: the text's opening
			}
			return r.sectionNation(s.s)
		}
	}
	return ""
}

// tabledCabinets are the governments whose every minister the table lists
// from the month given on: a minister of one of them in office when the
// text was written, unknown to the table, is another government's.
// fullHeads is the same knowledge for heads of government, listed back to
// the 1990s, so that it holds for former ones too and applies to whatever
// untitledNation gives; this one only overrides the home and language
// defaults. Read-only.
var tabledCabinets = map[string]string{"IT": "2022-11"}

// outsideTabledCabinet reports that p, whom the table does not know, can
// hold no title in the government of nation: one of tabledCabinets, in
// office when the text was published, to which p is not said to have
// belonged (a former or deputy minister may be missing from the table).
// A name spelt as the nation's own names are may be an earlier
// government's minister whom the text does not call former ("Angelino
// Alfano" in a story looking back to 2013): it stays.
func (r *run) outsideTabledCabinet(p *person, nation string) bool {
	from, ok := tabledCabinets[nation]
	if !ok || r.d.Published < from || p.row >= 0 || p.role == roleDeputy || italianSpelling(p.name) {
		return false
	}
	for _, s := range p.spans {
		if s.former {
			return false
		}
	}
	return true
}

// secretaryCabinets are the states other than the US and the UK whose
// ministers English calls secretaries ("Economy Secretary Marcelo
// Ebrard", "Finance Secretary Ralph Recto"). Read-only.
var secretaryCabinets = []string{"MX", "PH"}

// secretaryCabinet is the one of secretaryCabinets that a text mentions
// three times at least and more than the US and the UK, its dateline
// counting as one mention: a secretary it names there is that state's,
// whatever department he heads ("MANILA – … Defence Secretary Gilberto
// Teodoro").
func secretaryCabinet(counts map[string]int, dateline string) string {
	for _, c := range secretaryCabinets {
		n := counts[c]
		if c == dateline && n > 0 {
			n++
		}
		if (n >= 3 || c == dateline) && n > counts["US"] && n > counts["GB"] {
			return c
		}
	}
	return ""
}

// otherStatesOnly reports a text that names states, none of them one
// whose cabinet members are secretaries (Kenya's are "Cabinet
// Secretaries").
func (r *run) otherStatesOnly() bool {
	if len(r.e.Nations) == 0 {
		return false
	}
	for _, n := range r.e.Nations {
		if n.Code == "US" || n.Code == "GB" || n.Code == "KE" || slices.Contains(secretaryCabinets, n.Code) {
			return false
		}
	}
	return true
}

// nationWithin reports a nation mentioned between tokens s and e.
func (r *run) nationWithin(s, e int) bool {
	for _, n := range r.nat {
		if n.s >= s && n.e <= e {
			return true
		}
	}
	return false
}

// contextNation is the nation a person's surroundings speak for when no
// title gives one: the nation, or its capital, that one of the person's
// sentences opens with as its place or its subject ("In Indonesia …", "La
// delegazione turca comprendeva il ministro …", "La Francia ha scelto …
// volute da Martine Aubry, allora ministra"), else the one the paragraph
// opens with ("La risposta di Islamabad è arrivata giovedì. … il premier
// Shehbaz Sharif").
func (r *run) contextNation(p *person) string {
	spans := p.spans[:min(len(p.spans), 4)]
	for _, s := range spans {
		if c := r.openingNation(r.sentenceHead(s.s), false); c != "" {
			return c
		}
	}
	if c := r.ministryBefore(spans[0].s, p.portfolio); c != "" {
		return c
	}
	if c := r.ministryNext(spans[0].e, p.portfolio); c != "" {
		return c
	}
	for _, s := range spans {
		if c := r.openingNation(r.d.LineStart(s.s), false); c != "" {
			return c
		}
	}
	for _, s := range spans {
		if c := r.paragraphNation(s.s); c != "" {
			return c
		}
	}
	if c := r.questionNation(p, spans[0].s); c != "" {
		return c
	}
	return r.sectionNation(spans[0].s)
}

// paragraphNation is the nation that opens the nearest sentence before
// token i's within its paragraph: a round-up's item sets its place after
// its label ("4. I gioielli di Bolsonaro. In Brasile non si parla
// d'altro: … Il ministro della Giustizia …"). The paragraph's own first
// sentence is read by its caller.
func (r *run) paragraphNation(i int) string {
	line := r.d.LineStart(i)
	if line+1 >= len(r.toks) || r.toks[line].Kind != token.Number || r.toks[line+1].Norm != "." && r.toks[line+1].Norm != ")" {
		return ""
	}
	for h := r.sentenceHead(i); h > line; {
		h = r.sentenceHead(h - 1)
		if h == line {
			break
		}
		if c := r.openingNation(h, false); c != "" {
			return c
		}
	}
	return ""
}

// questionNation is the nation an interviewer's question names when the
// answer holding token i comes right after it: "E il Brasile?", "Що каже
// Київ?", "And Chile?". A question is a short line ending in "?".
func (r *run) questionNation(p *person, i int) string {
	const maxTokens = 16
	line := r.d.LineStart(i)
	if line == 0 || line < r.d.BodyStart() {
		return ""
	}
	q := r.d.LineStart(line - 1)
	if q < r.d.BodyStart() || r.toks[line-1].Norm != "?" || line-q > maxTokens {
		return ""
	}
	if c := r.openingNation(q, false); c != "" && !r.targetOnly(q, line-1, c) {
		return c
	}
	// a short question names its topic, a state by its name, wherever it
	// stands: "Che cosa cambia per l'Italia?", "2. Perché il Kenya è
	// preoccupato?"; an adjective says whose a thing is ("Le tariffe
	// americane pesano?"). The answer may still quote the paper's own
	// politicians, whose names are spelt its way: "Perché a Washington non
	// piace? … L'ex ministro dell'Economia Pier Carlo Padoan".
	code := ""
	for j := r.sentenceHead(line - 1); j < line-1; j++ {
		c := r.capitalAt(j)
		if n, ok := r.natAt(j); ok && isCapWord(&r.toks[j]) {
			c = n.code
		}
		if c == "" || r.targetAt(j) {
			continue
		}
		if code != "" && c != code {
			return ""
		}
		code = c
	}
	if code != languageNation[r.d.Lang] && r.d.Lang == "it" && italianSpelling(p.name) {
		return ""
	}
	return code
}

// targetPreps set a state as what an action goes on, through, against or
// with, not the side that speaks: "E le sanzioni sulla Siria?", "Тобто
// нафта йде через Росію?", "Chi tratta con Washington?". Read-only.
var targetPreps = map[string]bool{
	"su": true, "sul": true, "sulla": true, "sullo": true, "sui": true, "sugli": true, "sulle": true,
	"verso": true, "attraverso": true, "contro": true, "on": true, "through": true, "via": true,
	"against": true, "toward": true, "towards": true, "через": true, "проти": true,
	"con": true, "col": true, "with": true,
}

// targetOnly reports that every mention of the state code, by name or by
// its capital, in tokens [s, e) is one of targetPreps' (see targetAt), and
// that there is one.
func (r *run) targetOnly(s, e int, code string) bool {
	found := false
	for j := s; j < e; j++ {
		c := r.capitalAt(j)
		if n, ok := r.natAt(j); ok {
			c = n.code
		}
		if c != code {
			continue
		}
		if !r.targetAt(j) {
			return false
		}
		found = true
	}
	return found
}

// targetAt reports one of targetPreps before token j, or before the
// article there: "attraverso la Polonia".
func (r *run) targetAt(j int) bool {
	b := j - 1
	if b >= 0 && targetPreps[r.toks[b].Norm] {
		return true // "col Canada": the article is inside the preposition
	}
	if a, s := r.x.lx.matchBwd(r.d, b, cDet); a != nil && a.article {
		b = s - 1
	}
	return b >= 0 && targetPreps[r.toks[b].Norm]
}

// sectionNation is the nation that opens the nearest heading at or above
// token i, in a round-up whose sections each take a country
// ("KAZAKHSTAN: VAT up by a third", "Moldova, il governo cade"); "" when
// that heading names none or the nearest heading is the headline, which
// headlineNation reads. A heading is a short line that ends with no
// sentence punctuation.
func (r *run) sectionNation(i int) string {
	h := r.d.Heading(i)
	if c := r.labelNation(i, max(h, r.d.BodyStart())); c != "" {
		return c
	}
	if h < 0 {
		return ""
	}
	numbered := h+2 < len(r.toks) && r.toks[h].Kind == token.Number && (r.toks[h+1].Norm == "." || r.toks[h+1].Norm == ")")
	if numbered {
		h += 2 // a numbered section: "1. LATVIA: THE ECB PULLS THE PLUG"
	}
	if c := r.openingNation(h, true); c != "" {
		return c
	}
	if c := r.headingPlace(h); c != "" {
		return c
	}
	if numbered {
		// a round-up's item whose heading names no state: the one state
		// its first paragraph names ("2. NUSANTARA: THE FLAG GOES UP" over
		// "… will lead Indonesia's 79th Independence Day ceremony"); not a
		// capital, more often a place gone to or from ("will fly home from
		// London")
		s := r.d.LineEnd(h)
		return r.placeIn(s, r.d.LineEnd(s), placeJourneys)
	}
	// a section's label in capitals over its own headline: "COSTA RICA /
	// Assembly panel begins work on Chaves immunity"
	if h > 0 {
		if l := r.d.LineStart(h - 1); l >= r.d.BodyStart() && r.d.Heading(h-1) == l && r.toks[l].Upper {
			if c := r.openingNation(l, true); c != "" {
				return c
			}
			return r.headingPlace(l)
		}
	}
	return ""
}

// labelWords is how many words a paragraph's upper-case label may have:
// "GEORGIA:", "SOUTH KOREA:", "BOSNIA AND HERZEGOVINA:".
const labelWords = 4

// labelNation is the state named by the upper-case label and colon that
// open the nearest paragraph at or before token i, after token stop: a
// round-up's "GEORGIA: Seven weeks into …" sets the place of the
// paragraphs under it up to the next label.
func (r *run) labelNation(i, stop int) string {
	toks := r.toks
	for ls := r.d.LineStart(i); ls > stop || ls == stop && stop >= 0; {
		k := ls
		for k < len(toks) && k-ls < labelWords && toks[k].Kind == token.Word && toks[k].Upper && utf8.RuneCountInString(toks[k].Norm) >= 2 {
			k++
		}
		if k > ls && k < len(toks) && toks[k].Norm == ":" {
			return r.placeIn(ls, k, 0)
		}
		if ls == 0 {
			break
		}
		ls = r.d.LineStart(ls - 1)
	}
	return ""
}

// headingWords is how long a heading may be for the one place it names
// anywhere to be its section's: "Що кажуть у Києві", "What Warsaw wants".
const headingWords = 6

// headingPlace is the one nation or capital that the short section heading
// starting at token h names, or "".
func (r *run) headingPlace(h int) string {
	end := h + 1
	for end < len(r.toks) && r.toks[end].Gap < token.Newline {
		end++
	}
	if end-h > headingWords {
		return ""
	}
	return r.placeIn(h, end, 0)
}

// openingWindow is how many tokens into a sentence its opening place or
// subject may lie: "La risposta di Islamabad", "È il timore della Spagna".
const openingWindow = 5

// sideNouns name a government's side, or stand for one named before
// ("Per quella emiratina erano presenti …", the Emirati delegation); a
// nation adjective after one of them opens a sentence for that nation ("la
// delegazione turca"), after any other noun it does not ("il tecnico
// spagnolo"). Read-only.
var sideNouns = map[string]bool{
	"delegation": true, "government": true, "side": true, "response": true, "reaction": true,
	"authorities": true, "cabinet": true, "delegazione": true, "governo": true, "esecutivo": true,
	"parte": true, "risposta": true, "reazione": true, "autorità": true, "делегація": true,
	"уряд": true, "сторона": true, "відповідь": true, "реакція": true,
	"quella": true, "quello": true, "quelle": true, "quelli": true,
}

// relativeWords open a relative clause on a thing, which the lexicon's
// relative pronouns, said of persons, leave out. Read-only.
var relativeWords = map[string]bool{"which": true, "whose": true, "cui": true, "якого": true, "якій": true}

// temporalOpeners open a sentence with an earlier or later event, whose
// place is not the side of the person the sentence goes on to name ("After
// talks in Germany, Health Minister …"). Read-only.
var temporalOpeners = map[string]bool{
	"after": true, "before": true, "following": true, "since": true, "dopo": true, "prima": true,
	"durante": true, "during": true, "після": true, "перед": true, "під": true,
}

// contrastOpeners open a subordinate clause set against the main one,
// whose subject is not the sentence's: "Mentre l'Argentina svaluta e il
// Brasile taglia i tassi, il peso messicano …". Read-only.
var contrastOpeners = map[string]bool{
	"while": true, "whereas": true, "although": true, "though": true, "mentre": true,
	"sebbene": true, "benché": true, "хоча": true,
}

// stampWords may open a live blog's time stamp. Read-only.
var stampWords = map[string]bool{"ore": true, "h": true, "am": true, "pm": true, "о": true, "at": true, "a": true, "p": true, "m": true, "gmt": true, "cet": true, "cest": true, "bst": true, "ist": true, "et": true, "за": true, "київським": true, "часом": true}

// agencyWords are the news agencies whose bracketed credit opens each
// item of a wire: "(ANSA) - ROMA, 21 AGO - …". Read-only.
var agencyWords = map[string]bool{
	"ansa": true, "agi": true, "adnkronos": true, "askanews": true, "lapresse": true, "dire": true,
	"reuters": true, "afp": true, "ap": true, "dpa": true, "efe": true, "ukrinform": true, "укрінформ": true,
}

// afterStamp is the token after the time stamp and dash that open a live
// blog's entry at token k ("Ore 10.25 – Da Bratislava …", "5:25 p.m. –
// …", "14:05 — …", "(ore 14.20) PRAGA – …"), or k itself when none does.
// A wire's credit is its items' stamp: the place after it, the item's
// dateline, speaks for the item ("(ANSA) - OSLO, 21 AGO - …").
func (r *run) afterStamp(k int) int {
	toks := r.toks
	if k+3 < len(toks) && toks[k].Norm == "(" && agencyWords[toks[k+1].Norm] && isCapWord(&toks[k+1]) && toks[k+2].Norm == ")" {
		if toks[k+3].Norm == "-" {
			return k + 4
		}
		return k + 3
	}
	num := false
	for j := k; j < len(toks) && j < k+9; j++ {
		tk := &toks[j]
		if j > k && tk.Gap >= token.Newline {
			return k
		}
		switch {
		case tk.Kind == token.Number:
			num = true
		case tk.Norm == "-" && num && j > k && tk.Gap > token.None:
			return j + 1
		case tk.Norm == "(" && j == k:
		case tk.Norm == ")" && num && toks[k].Norm == "(":
			// "(ore 14.20) PRAGA – …": a bracketed stamp needs no dash
			if j+1 < len(toks) && toks[j+1].Norm == "-" {
				return j + 2
			}
			return j + 1
		case tk.Norm == "." || tk.Norm == ":":
		case tk.Norm == "*" || tk.Norm == "_":
			// a stamp set in bold or italics by a markdown page: "**ore 13.10** –"
		case tk.Kind == token.Word && stampWords[tk.Norm]:
		default:
			return k
		}
	}
	return k
}

// mainClause is the token after the comma that closes the subordinate
// clause opening at token k, or len(tokens) when the sentence has none.
func (r *run) mainClause(k int) int {
	for j := k + 1; j < len(r.toks) && j < k+40; j++ {
		if sentenceEnd(r.toks, j) || r.toks[j].Gap >= token.Newline {
			break
		}
		if r.toks[j].Norm == "," {
			return j + 1
		}
	}
	return len(r.toks)
}

// openingNation is the nation, or its capital, named within the first few
// words of the sentence starting at token k, before any title or name — its
// place or its subject: "In Indonesia", "La Francia ha scelto", "Da
// Tripoli", "La delegazione turca", "La risposta di Islamabad", "ISLAMABAD,
// 12 giugno". "Il ministro degli Esteri turco …" opens with a title, whose
// nation is its holder's. An article's lead sentence speaks for the nation
// of whatever it opens with ("Il real brasiliano ha perso …"); any other
// sentence only for that of a government's side.
func (r *run) openingNation(k int, lead bool) string {
	toks, lx := r.toks, r.x.lx
	if k < len(toks) && temporalOpeners[toks[k].Norm] {
		return ""
	}
	stamp := r.afterStamp(k)
	stamped := stamp > k
	k = stamp
	if k < len(toks) && contrastOpeners[toks[k].Norm] {
		k = r.mainClause(k)
	}
	if c := r.companionOf(k); c != "" {
		return c
	}
	restarts, plain := 0, false
	for j := k; j < len(toks) && j < k+openingWindow; j++ {
		if j > k && (sentenceEnd(toks, j-1) || toks[j].Gap >= token.Newline) {
			return ""
		}
		if toks[j].Norm == "," && j > k && restarts < 2 {
			// an adverbial set off by commas comes before the subject:
			// "Pochi mesi prima, nel novembre 2006, la Thailandia …"
			k, restarts, plain = j+1, restarts+1, false
			if k < len(toks) && temporalOpeners[toks[k].Norm] {
				return ""
			}
			if k < len(toks) && (lx.class(toks[k].Norm)&cRel != 0 || relativeWords[toks[k].Norm]) {
				// a relative clause on the subject: "Судно, яке Вашингтон
				// вніс до списку, …" is not Washington's sentence
				return ""
			}
			continue
		}
		if n, ok := r.natAt(j); ok {
			if r.origin(n) {
				return "" // "The US-born Jaresko, finance minister since …"
			}
			if stamped && j > k+1 && lx.class(toks[j-1].Norm)&cConn != 0 && toks[j-2].Kind == token.Word && !isCapWord(&toks[j-2]) &&
				lx.class(toks[j-2].Norm)&(cConn|cDet|cPlacePrep) == 0 && !sideNouns[toks[j-2].Norm] {
				return "" // a live blog's "19.00 – Il caso della Spagna": its topic, not a side
			}
			// a line in capitals writes its adjectives so too: "SOTTOMARINO RUSSO:"
			adjective := !isCapWord(&toks[j]) || j > k && toks[j].Upper && toks[j-1].Upper
			if !lead && j > k && adjective && toks[j-1].Kind == token.Word &&
				lx.class(toks[j-1].Norm)&cDet == 0 && !sideNouns[toks[j-1].Norm] {
				return "" // "il tecnico spagnolo"
			}
			if !lead && !isCapWord(&toks[j]) && n.e < len(toks) && toks[n.e].Gap == token.Space && isCapWord(&toks[n.e]) {
				return "" // "controllata dalla francese Vinci": a company's or a person's origin
			}
			return n.code
		}
		if c := r.capitalAt(j); c != "" {
			if j > k && lx.class(toks[j-1].Norm)&cConj != 0 {
				return "" // "Neighbours and Washington watch": one of several subjects
			}
			if j-1 > k && lx.class(toks[j-1].Norm)&cPlacePrep != 0 {
				return "" // "Переговори у Вашингтоні вели …": where the talks were, not a side
			}
			if j-1 > k && (toks[j-1].Norm == "to" || destinationWords[toks[j-1].Norm]) {
				return "" // "Padoan travels to Sofia on Friday": where the subject goes
			}
			return c
		}
		if !plain {
			if c := r.headAt(j); c != "" {
				return c
			}
		}
		if lx.class(toks[j].Norm)&cHead != 0 || (j > k && isCapWord(&toks[j])) {
			return ""
		}
		// "Del dossier il premier Fumio Kishida aveva parlato con …": a
		// head named after the sentence's topic is not its subject
		plain = plain || toks[j].Kind == token.Word && toks[j].Gap == token.Space && !isCapWord(&toks[j]) && lx.class(toks[j].Norm) == 0
	}
	return ""
}

// companionPronouns stand for a person named before: "Con lui il
// ministro della Difesa …". Read-only.
var companionPronouns = map[string]bool{"lui": true, "lei": true}

// companionOf is the state of the head of government last named in the
// paragraph before a sentence that opens at token k with "con" and a
// pronoun: those with him are his ministers ("Hariri ha presentato il
// piano. … Con lui il ministro della Difesa Yaacoub Sarraf"), or "".
func (r *run) companionOf(k int) string {
	toks := r.toks
	if k+1 >= len(toks) || isCapWord(&toks[k+1]) || r.x.lx.class(toks[k].Norm)&cWith == 0 || !companionPronouns[toks[k+1].Norm] {
		return ""
	}
	line, code, at := r.d.LineStart(k), "", -1
	for _, h := range r.govHeads {
		if h.s >= line && h.s < k && h.s > at {
			code, at = h.code, h.s
		}
	}
	return code
}

// headAt is the state of the head of government named at token j or right
// after his title there ("Plenković", "il premier Andrej Plenković",
// "Прем'єр-міністр Хорватії Іво Краль"), when his title or the table
// gives it: the sentence he opens is his government's. One of two
// subjects ("Modi and the Crown Prince co-chair …") speaks for neither
// side.
func (r *run) headAt(j int) string {
	lx := r.x.lx
	name := j
	if lx.class(r.toks[j].Norm)&cHead != 0 {
		name = j + 1
		if n, ok := r.natAt(name); ok {
			name = n.e
		}
	}
	for _, h := range r.govHeads {
		if h.s != j && h.s != name {
			continue
		}
		if h.e < len(r.toks) && lx.class(r.toks[h.e].Norm)&cConj != 0 {
			return ""
		}
		return h.code
	}
	return ""
}

// capitalAt is the nation whose capital is written, capitalized, from
// token j ("Islamabad", "Città del Messico"), or "".
func (r *run) capitalAt(j int) string {
	if e, end := r.x.lx.matchFwd(r.d, j, cCapital); e != nil && isCapWord(&r.toks[j]) && !r.firstNameAt(j, end) {
		return e.nation
	}
	return ""
}

// firstNameAt reports a capital's name, at tokens [j, end), that a
// capitalized word follows: a first name and its surname ("Santiago Peña",
// "Victoria Nuland"), or a name of something else ("Washington Post").
// An acronym is none: "РФ Сергій Лавров".
func (r *run) firstNameAt(j, end int) bool {
	return end == j+1 && !r.toks[j].Upper && end < len(r.toks) && r.toks[end].Gap == token.Space && isCapWord(&r.toks[end])
}

// datelineNation is the state whose capital, written in capitals, opens
// the body before a dash or a comma ("BOGOTÁ – …", "BANGKOK, 3 March —"),
// or "".
func (r *run) datelineNation() string {
	lead := r.d.BodyStart()
	if lead == 0 || !r.toks[lead].Upper {
		return ""
	}
	e, end := r.x.lx.matchFwd(r.d, lead, cCapital)
	if e == nil || end >= len(r.toks) || r.toks[end].Norm != "-" && r.toks[end].Norm != "," {
		return ""
	}
	return e.nation
}

// sentenceHead is the first token of the sentence holding token i.
func (r *run) sentenceHead(i int) int {
	for i > 0 && !sentenceEnd(r.toks, i-1) && r.toks[i].Gap < token.Newline {
		i--
	}
	return i
}

// sentenceTail is the token after the sentence holding token i: the one
// after its closing punctuation, or the first of the next line.
func (r *run) sentenceTail(i int) int {
	j := i + 1
	for j < len(r.toks) && !sentenceEnd(r.toks, j-1) && r.toks[j].Gap < token.Newline {
		j++
	}
	return j
}

// mentionedWithin reports that no nation has more than factor times the
// mentions of code: with 1 code is the most mentioned, with 2 it has at
// least half the mentions of the most mentioned.
func mentionedWithin(counts map[string]int, code string, factor int) bool {
	for _, n := range counts {
		if n > factor*counts[code] {
			return false
		}
	}
	return true
}

// headlineNation is the one nation the headline names, itself or by its
// capital ("Praga firma … con la Svezia" names two), "" when it names none
// or several.
func (r *run) headlineNation() string {
	return r.placeIn(0, r.d.BodyStart(), placeCabinets)
}

// placeFlags widen or narrow what placeIn reads as a place.
type placeFlags uint8

const (
	// placeCabinets reads a government's head as its state: "il governo
	// Monti".
	placeCabinets placeFlags = 1 << iota
	// placeJourneys leaves out a capital gone to or from, a journey's end
	// rather than the place: "will fly home from London".
	placeJourneys
)

// placeIn is the one nation that tokens [s, end) name, themselves or by
// their capital (and as flags say); "" when they name none or several.
func (r *run) placeIn(s, end int, flags placeFlags) string {
	code := ""
	add := func(c string) bool {
		if code != "" && c != code {
			return false
		}
		code = c
		return true
	}
	for _, n := range r.nat {
		if n.s < s {
			continue
		}
		if n.s >= end {
			break
		}
		if r.destination(n) {
			continue // "passenger train bound for Ukraine hits freight train"
		}
		if !add(n.code) {
			return ""
		}
	}
	for j := s; j < end; j++ {
		journey := flags&placeJourneys != 0 && j > 0 && motionPreps[r.toks[j-1].Norm]
		if c := r.capitalAt(j); c != "" && !journey && !add(c) {
			return ""
		}
		if flags&placeCabinets == 0 {
			continue
		}
		if c := r.cabinetNation(j, end); c != "" && !add(c) {
			return ""
		}
	}
	return code
}

// sentenceCabinet is the state of the one government that the sentence
// of the person's first mention names by its head ("Emma Bonino, ex
// ministra degli Esteri nel governo Letta", "у складі уряду Гончарука"),
// or "".
func (r *run) sentenceCabinet(p *person) string {
	toks := r.toks
	h := r.sentenceHead(p.spans[0].s)
	code := ""
	for j, end := h, r.sentenceTail(h); j < end; j++ {
		if c := r.cabinetNation(j, len(toks)); c != "" {
			if code != "" && c != code {
				return ""
			}
			code = c
		}
	}
	return code
}

// cabinetNation is the state of the government word at token j that a
// head of government's surname names ("il governo Monti", "уряд
// Шмигаля", "the Sunak government"), as the table knows him, or "".
// Such a headline is about that state's government, whatever other
// state it names beside it.
func (r *run) cabinetNation(j, end int) string {
	e, k := r.x.lx.matchFwd(r.d, j, cMinistry)
	if e == nil || !e.gov {
		return ""
	}
	toks := r.toks
	switch {
	case k < end && toks[k].Gap == token.Space && isCapWord(&toks[k]):
	case r.d.Lang == "en" && j > 0 && toks[j].Gap == token.Space && isCapWord(&toks[j-1]):
		k = j - 1
	default:
		return ""
	}
	code := ""
	for _, f := range r.x.tab.exact[keyOf(toks[k].Norm)] {
		if o := &r.x.tab.off[f.id]; f.part == partFamily && o.role == rolePM {
			if code != "" && o.nation != code {
				return ""
			}
			code = o.nation
		}
	}
	return code
}

// headlineTopic is the nation whose name opens a headline as a label set
// off by a comma, colon or dash ("Austria, il video di Ibiza travolge
// Strache", "Serbia: crollo alla stazione", "Молдова — …"), or "". Such a
// story is that nation's whatever else it mentions, as often as the
// reactions abroad it reports. A headline that opens with a capital or a
// sentence ("PNG to join NRL", "Brussels opens the tap for Warsaw") says
// less: its ministers are often another government's.
func (r *run) headlineTopic() string {
	if r.d.BodyStart() == 0 || len(r.nat) == 0 || r.nat[0].s != 0 {
		return ""
	}
	if n := r.nat[0]; n.e < r.d.BodyStart() && isCapWord(&r.toks[0]) {
		if len(r.nat) > 1 && r.nat[1].s == n.e+1 {
			return "" // a list of states: "Mali, Niger cut ties with Ukraine"
		}
		switch r.toks[n.e].Norm {
		case ",", ":", "–", "—", "-":
			return n.code
		}
	}
	return ""
}

// homeNation is the government of the known officials whom the text
// names with a title that gives no nation ("Defence Minister Ruben
// Brekelmans" in a Dutch story), when one government has the most of them.
// US secretaries do not count: their titles name no nation because they
// need none, and the US has no ministers for an untitled one to join
// ("Secretary of State Antony Blinken" in a Honduran story). Nor do deputy
// ministers: a trade envoy quoted in a story about a foreign market is no
// sign of whose government the story covers.
func (r *run) homeNation(ps []*person) string {
	var codes []string
	var counts []int
	head, oneHead := "", true // the state of the heads of government in office named, if one
	year := yearOf(r.d.Published)
	for _, p := range ps {
		if p.nation != "" || p.row < 0 || p.role == roleDeputy {
			continue
		}
		c := r.x.tab.off[p.row].nation
		if c == "US" {
			continue
		}
		if i := slices.Index(codes, c); i >= 0 {
			counts[i]++
		} else {
			codes, counts = append(codes, c), append(counts, 1)
		}
		if o := &r.x.tab.off[p.row]; p.role == rolePM && o.role == rolePM && (year == 0 || o.heldIn(year)) {
			oneHead = oneHead && (head == "" || head == c)
			head = c
		}
	}
	best, n, tie := "", 0, false
	for i, c := range codes {
		switch {
		case counts[i] > n:
			best, n, tie = c, counts[i], false
		case counts[i] == n:
			tie = true
		}
	}
	if tie {
		// a tie goes to the one government whose head in office the text
		// names: "Prime Minister Petr Fiala" over "In Kyiv, Foreign
		// Minister Dmytro Kuleba" in a Czech story. The language's own
		// government is the default anyway.
		if i := slices.Index(codes, head); oneHead && i >= 0 && counts[i] == n && head != languageNation[r.d.Lang] {
			return head
		}
		return ""
	}
	return best
}

// fullHeads are the states whose heads of government since the 1990s the
// table lists in full (data/officials.tsv): a premier whom the table does
// not know and no title gives a state is not theirs, though a default
// (the article's language, its most mentioned state) would make him so.
// Read-only.
var fullHeads = map[string]bool{"IT": true, "UA": true}

// otherNation is the most mentioned nation other than code, the earliest
// on a tie, or code when the text mentions no other.
func otherNation(ns []corpus.Nation, code string) string {
	best, n := code, 0
	for _, x := range ns {
		if x.Code != code && len(x.Mentions) > n {
			best, n = x.Code, len(x.Mentions)
		}
	}
	return best
}

// mainNation is the document's most mentioned nation, the earliest on a
// tie: the last resort for a minister whose nation nothing else gives.
func mainNation(ns []corpus.Nation) string {
	return otherNation(ns, "")
}

// otherGiven reports that the text writes the surname key after a given
// name that is none of the known official's: a surname alone then means
// that other person.
func (r *run) otherGiven(key string, o *official) bool {
	toks := r.toks
	for k := 0; k < len(toks); k++ {
		if toks[k].Norm != key {
			continue
		}
		if o.famFirst {
			// the given name follows: "Wang Wentao" before "Minister Wang"
			// is not the table's Wang Yi
			if k+1 < len(toks) && toks[k+1].Gap == token.Space && r.foreignGiven(&toks[k+1], o) {
				return true
			}
			continue
		}
		if k == 0 || toks[k].Gap != token.Space {
			continue
		}
		if g := &toks[k-1]; utf8.RuneCountInString(g.Norm) >= 3 && r.foreignGiven(g, o) {
			return true
		}
	}
	return false
}

// foreignGiven reports a capitalized word at g, beside a surname, that can
// be a given name and is none of official o's.
func (r *run) foreignGiven(g *token.Token, o *official) bool {
	return isCapWord(g) && r.x.lx.nameClass(g.Norm, r.d.Lang)&nameBlock == 0 && utf8.RuneCountInString(g.Norm) >= 2 &&
		!slices.Contains(o.otherKeys, g.Norm) && !slices.Contains(o.familyKeys, g.Norm)
}

// dynastyNation is the state whose ruling house a name ends in: "Faisal
// bin Farhan Al Saud" serves Saudi Arabia wherever the text stands, and
// so do the Al Thani Qatar, the Al Nahyan and Al Maktoum the Emirates,
// the Al Khalifa Bahrain, the Al Sabah Kuwait and the Al Said Oman.
func dynastyNation(name string) string {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "-", " ")))
	if len(f) < 3 || f[len(f)-2] != "al" && f[len(f)-2] != "āl" {
		return ""
	}
	switch f[len(f)-1] {
	case "saud":
		return "SA"
	case "thani", "tani":
		return "QA"
	case "nahyan", "nahyane", "nahaian", "maktoum", "maktum":
		return "AE"
	case "khalifa", "khalifah":
		return "BH"
	case "sabah":
		return "KW"
	case "said":
		return "OM"
	}
	return ""
}

// openingLabel is how many tokens a label that opens a sentence, or an
// adverbial of time, may take: "Il caso della Spagna:", "After talks in
// Germany,".
const openingLabel = 8

// sentenceNation is the one nation the person's sentence names before his
// first mention, when it names only one there: "Iraq's electricity supply
// with Foreign Minister Fuad Hussein", "la piena collaborazione delle
// autorità giapponesi e in particolare del ministro della Salute,
// Katsunobu Kato". A nation next to another capitalized word belongs to
// that name ("Air New Zealand", "il quotidiano britannico Financial
// Times") and says nothing, but a lower-case adjective after one is the
// state of the institution it names ("il Bundesrat tedesco"); two
// nations leave the person to the text's
// wider signals, and so does a nation named only in another name. A short
// label before a colon, or an earlier event's place, speaks for no one.
func (r *run) sentenceNation(p *person) string {
	toks, i := r.toks, p.spans[0].s
	h := r.afterStamp(r.sentenceHead(i))
	for j := h; j < i && j < h+openingLabel; j++ {
		if toks[j].Norm == ":" || temporalOpeners[toks[h].Norm] && toks[j].Norm == "," {
			h = j + 1 // "Il caso della Spagna: …", "After talks in Germany, …"
			break
		}
	}
	for j := h; j+1 < i; j++ {
		if toks[j].Norm == "," && contrastJoins[toks[j+1].Norm] && r.nationWithin(j+2, i) {
			// a clause set against the one before, naming a state of its
			// own, is about that side: "In Germania il ministro … conta sul
			// fondo, mentre in Spagna il ministro dell'Economia X rivendica …"
			h = j + 2
		}
	}
	code, seen := "", ""
	talks := r.withTitle(i)
	for _, n := range r.nat {
		if n.s < h || n.e > i {
			continue
		}
		if r.othersCounterpart(n, i) {
			continue // "il suo omologo francese, il ministro X, insieme al viceministro Y"
		}
		if r.envoyOf(n) {
			continue // "Russia's chargé d'affaires was summoned by deputy foreign minister X"
		}
		if r.firmOf(n) {
			continue // "the Qatari sovereign developer will pay …, Prime Minister Mostafa Madbouly told reporters"
		}
		if talks && r.othersTitle(n, p) {
			continue // "Il ministro albanese, A, ne ha discusso con il ministro B"
		}
		if r.destination(n) {
			continue // "ha esportato verso l'America beni per 87 miliardi"
		}
		if r.origin(n) {
			continue // "The US-born Jaresko, finance minister since 2014"
		}
		if seen != "" && n.code != seen {
			return ""
		}
		seen = n.code
		if n.s > h && isCapWord(&toks[n.s]) && isCapWord(&toks[n.s-1]) && r.x.lx.class(toks[n.s-1].Norm)&cHead == 0 ||
			n.e < i && isCapWord(&toks[n.e]) && toks[n.e].Gap == token.Space {
			continue
		}
		code = n.code
	}
	return code
}

// withTitle reports that the title of the person named at token i comes
// right after "con" or "with": the one the sentence's subject talks or
// meets with, often his counterpart from another state.
func (r *run) withTitle(i int) bool {
	for k := range r.named {
		if nm := &r.named[k]; nm.s == i {
			return nm.t.left > 0 && r.x.lx.class(r.toks[nm.t.left-1].Norm)&cWith != 0
		}
	}
	return false
}

// othersTitle reports a nation n that the title phrase of someone other
// than p gives: it is that holder's state, and the one he talks with
// (see withTitle) may be his counterpart from another ("Il ministro delle
// Finanze albanese, A, ne ha discusso con il ministro dell'Economia, B").
// People listed or named apart share a state as often as not ("A
// (viceministro della Difesa ucraino), B (viceministro del Digitale)").
func (r *run) othersTitle(n natSpan, p *person) bool {
	for i := range r.named {
		nm := &r.named[i]
		if n.s >= nm.t.left && n.e <= nm.t.end && slices.Contains(nm.t.nations, n.code) && !p.holds(nm) {
			return true
		}
	}
	return false
}

// destinationWords are the prepositions of motion toward a place, whose
// state is where goods or people go, not a side. Read-only.
var destinationWords = map[string]bool{"verso": true, "toward": true, "towards": true}

// boundWords go before "for" to say where a vehicle or a traveller goes:
// "bound for", "headed for". Read-only.
var boundWords = map[string]bool{"bound": true, "headed": true, "heading": true}

// destination reports a nation n after a preposition of motion toward
// it, with or without an article: "verso l'America", "towards Europe".
func (r *run) destination(n natSpan) bool {
	k := n.s - 1
	if k > 0 && r.toks[k].Norm == "'" {
		k--
	}
	if k > 0 && r.toks[k].Norm == "for" && boundWords[r.toks[k-1].Norm] {
		return true // "a train bound for Ukraine"
	}
	if k > 0 && r.toks[k].Kind == token.Word && !isCapWord(&r.toks[k]) && utf8.RuneCountInString(r.toks[k].Norm) <= 3 {
		k-- // the article: "l'", "gli", "the"
	}
	return k >= 0 && destinationWords[r.toks[k].Norm]
}

// origin reports a nation n that opens a compound of where a person comes
// from: "US-born", "Georgian-born".
func (r *run) origin(n natSpan) bool {
	toks := r.toks
	return n.e+1 < len(toks) && toks[n.e].Norm == "-" && toks[n.e].Gap == token.None &&
		toks[n.e+1].Gap == token.None && originWords[toks[n.e+1].Norm]
}

// envoyWords are the diplomats a state sends to another, who meet that
// other state's ministers; its embassies are its own ministry's, and are
// not here. Read-only.
var envoyWords = map[string]bool{
	"ambassador": true, "envoy": true, "chargé": true, "charge": true,
	"ambasciatore": true, "ambasciatrice": true, "incaricato": true,
	"посол": true, "посла": true, "послом": true, "послу": true,
}

// envoyOf reports a nation n that qualifies a diplomat or an embassy, next
// to it ("Russia's chargé d'affaires", "the Russian ambassador",
// "l'ambasciatore russo", "посла РФ"): the envoy's state, not that of the
// minister who receives or summons him.
func (r *run) envoyOf(n natSpan) bool {
	toks := r.toks
	k := n.e
	if k+1 < len(toks) && r.possessiveEnd(k+1) {
		k += 2
	}
	return k < len(toks) && envoyWords[toks[k].Norm] || n.s > 0 && envoyWords[toks[n.s-1].Norm]
}

// firmOf reports a nation n that qualifies a firm or a fund, right or one
// word after it ("the Qatari sovereign developer", "la società qatariota",
// "катарська компанія"): the firm's side, not a minister's.
func (r *run) firmOf(n natSpan) bool {
	toks := r.toks
	for k := n.e; k < len(toks) && k <= n.e+1; k++ {
		if toks[k].Kind != token.Word || isCapWord(&toks[k]) {
			break
		}
		if firmWords[toks[k].Norm] {
			return true
		}
	}
	return n.s > 0 && firmWords[toks[n.s-1].Norm]
}

// firmWords are the nouns of firms and funds whose state an adjective
// gives. Read-only.
var firmWords = map[string]bool{
	"company": true, "firm": true, "developer": true, "fund": true, "investor": true, "lender": true,
	"conglomerate": true, "contractor": true, "carmaker": true, "shipbuilder": true,
	"società": true, "azienda": true, "fondo": true, "colosso": true, "gruppo": true,
	"компанія": true, "компанії": true, "компанією": true, "фонд": true, "концерн": true,
}

// othersCounterpart reports a nation n that qualifies a counterpart word
// ("her French counterpart", "l'omologo francese") whose holder is named
// before token i: it is that person's state, and the person at i is on the
// other side.
func (r *run) othersCounterpart(n natSpan, i int) bool {
	toks := r.toks
	_, before := counterpartWords[toks[max(n.s-1, 0)].Norm]
	_, after := counterpartWords[toks[min(n.e, len(toks)-1)].Norm]
	before = before || peerWords[toks[max(n.s-1, 0)].Norm]
	if n.s == 0 || !before && !after {
		return false
	}
	for j := n.e; j < i; j++ {
		if j > n.e && isCapWord(&toks[j]) && r.x.lx.class(toks[j].Norm)&(cPortfolio|cMinistry|cHead|cFiller|cDeputy|cConn) == 0 {
			return true
		}
		if toks[j].Norm == "," && j+1 < i && r.x.lx.class(toks[j+1].Norm)&(cSubord|cConj) != 0 {
			return true // "con il collega polacco, mentre il ministro … Piero Fassino"
		}
	}
	return false
}

// peerWords name a holder of the same office as someone named before,
// whose state a nation after them gives: "il collega polacco". Read-only.
var peerWords = map[string]bool{"collega": true, "colleghi": true, "colleague": true, "colleagues": true}

// italianSpelling reports a name whose every word ends in a vowel (the
// surname may end in -n) and uses only the letters of Italian spelling:
// "Gian Luca Galletti", "Pier Carlo Padoan", not "Ervin Mete", "Olga
// Kefalogianni" or "Luis Caputo".
func italianSpelling(name string) bool {
	words := strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == '-' || c == '\'' })
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		w = strings.ToLower(w)
		if strings.IndexFunc(w, func(c rune) bool { return !strings.ContainsRune("abcdefghilmnopqrstuvzàèéìòù", c) }) >= 0 {
			return false
		}
		if w == "gian" || w == "pier" {
			continue // the shortened first part of a double given name
		}
		last := []rune(w)[len([]rune(w))-1]
		if !strings.ContainsRune("aeiouàèéìòù", last) && (i < len(words)-1 || last != 'n') {
			return false // a surname may end in -n: "Padoan", "Fratin"
		}
	}
	return true
}
