package nations

import (
	"strings"

	"kronika/extract/token"
)

// verdict is a guard's reading of one match.
type verdict uint8

const (
	accepted verdict = iota // a mention
	weak                    // a mention, unless the document reads the word otherwise elsewhere
	reject                  // not a mention here (wrong case, wrong language, not a prefix)
	veto                    // not a mention: the context says it is something else (a person, a US state)
)

// contextWords are the words the guards read around a match. Each
// language contributes its own (en.go, it.go, uk.go); the guards know no
// language.
type contextWords struct {
	// Capitalized words that may follow a country name without making it a
	// person's first name ("Jordan's King", "Chad President").
	nameFollowers []string
	// Capitalized words that may precede a country name in title case
	// without being a first name ("Visit Jordan").
	namePreceders []string
	// Prepositions that make the next name a place ("of Jordan", "from
	// Chad"): a sure reading that other occurrences cannot overturn.
	placeBefore []string
	// Words of a state's offices and institutions that make the name
	// before them, or its possessive, a place ("Jordan's foreign minister",
	// "Chad President"): as sure as placeBefore. The possessive ones do so
	// only after a possessive, since a name may precede them ("Jordan
	// King" is also a person).
	stateAfter, stateAfterPossessive []string
	// Words that, near "Georgia", mean the US state; the strong ones do so
	// anywhere in the document.
	usStateStrong, usStateNear []string
	// Words that, near or anywhere around "Georgia", mean the country.
	georgiaCountry []string
	// Two-word phrases right before "Georgia" that make it a US state
	// ("state of").
	usStateBefore [][2]string
	// Names of the other US states, capitalized in text; one near
	// "Georgia" (in its sentence) makes it the state: "Trump won Georgia
	// and Pennsylvania". Names of several words are written with spaces.
	usStates []string
	// Words that may stand between the names of a list of states
	// ("Georgia and North Carolina", "in Georgia e in Pennsylvania").
	listGlue []string

	// Words that make a capitalized country name or adjective part of a
	// street's or square's name: right before it ("Place du Luxembourg",
	// "piazza di Spagna"; one or two words, written with a space) or right
	// after it. streetAfterCap counts only capitalized ("Poland Street"),
	// streetAfter in any case ("Грузинський провулок").
	streetBefore, streetAfter, streetAfterCap []string
	// Capitalized nouns of firms after a country's name: "China Airlines",
	// "China Steel". They count as streetAfterCap does.
	firmAfterCap []string
	// Legal forms and nouns of firms before a quoted name: a country
	// opening it is part of the firm's name (ТОВ «Польща Агро Трейд»).
	firmBefore []string

	// Words that show a document speaks of turkey the bird, the same in
	// lower case only ("turkey", not "Turkey"), and words that show it
	// speaks of the country anyway.
	turkeyNoun, turkeyLower, turkeyCountry []string

	// Where a nationality adjective names a language ("speaks Italian",
	// "in inglese", "українською мовою"), it is no mention of the state.
	// These words are read only around adjectives of their own language.
	language languageWords
}

// languageWords are the words around an adjective (or a list of them:
// "in Ukrainian and Russian") that make it a language name.
type languageWords struct {
	// Words or two-word phrases right before the list that make it a
	// language whatever follows ("speaks", "parla", "lingua", "говорить",
	// "corso di"). A single word also does so through a weak word
	// ("translated into", "перекладено з"). An elided word is written
	// with its apostrophe ("tradotto dall'").
	before []string
	// Prepositions and verbs before the list that make it a language only
	// when the list ends the phrase ("in Ukrainian.", "learning Russian,"),
	// so that "in Ukrainian cities" stays a nation.
	weakBefore []string
	// Nouns right after the list that make it a language ("Ukrainian
	// language", "Greek keyboard", "українською мовою").
	after []string
	// Words joined to it by a hyphen that do the same ("Russian-speaking";
	// "Ukrainians speaking Russian" keeps its nation).
	afterJoined []string
	// Words after the list that end the phrase as punctuation does ("in
	// Ukrainian by the author", "fluently").
	end []string
	// Language names that are no nationality adjective ("English",
	// "inglese", "англійською"), so a list may hold them.
	names []string
	// Conjunctions that join a list.
	conj []string
	// Articles that may stand before an item of a list ("l'inglese o il
	// tedesco"): with one, the adjective is a noun, and a list of two
	// that holds a name only a language has is a list of languages.
	articles []string
	// Endings of adjective forms that alone name a language when they end
	// the phrase (the Ukrainian instrumental: "відповіла українською.").
	bareEndings []string
	// If set, the words before an adjective make it a language only in a
	// form with one of these endings: Ukrainian names a language with the
	// feminine of мова ("говорить українською"), so "говорить
	// український міністр" is the minister of the state.
	formEndings []string
}

var allContextWords = [nLangs]contextWords{langEN: enContext, langIT: itContext, langUK: ukContext}

// cues is the merged, immutable set of guard words.
type cues struct {
	followers, preceders map[string]bool
	// Titles before a person's name: an English adjective between one and
	// a capitalized word is a first name ("Energy Minister German
	// Galushchenko").
	titleBefore                map[string]bool
	placeBefore                map[string]bool
	stateAfter, stateAfterPoss map[string]bool
	geoCues                    map[string]geoCue // words that read "Georgia"
	usBefore                   map[[2]string]bool
	usStates                   map[string][][]string // first word → state names beginning with it
	listGlue                   map[string]bool
	turkeyNoun, turkeyGeo      map[string]bool
	turkeyLower                map[string]bool
	sentencePunct              map[string]bool
	streetBefore               map[[2]string]bool // one-word phrases have "" first
	streetAfter                map[string]bool    // street and firm nouns; true: only when capitalized
	firmBefore                 map[string]bool
	lang                       [nLangs]languageCues // by the language of the adjective
}

// languageCues are the languageWords of one language, each word with
// the roles it plays, so that one map lookup reads a token.
type languageCues struct {
	words       map[string]langRole
	pairs       map[[2]string]bool // two-word phrases of languageWords.before
	bareEndings []string
	formEndings []string
}

// langRole is the set of roles a word plays around a language name.
type langRole uint8

const (
	lrBefore langRole = 1 << iota
	lrWeak
	lrAfter
	lrAfterJoined
	lrEnd
	lrName
	lrConj
	lrArticle
)

func newLanguageCues(lw *languageWords) languageCues {
	lc := languageCues{words: map[string]langRole{}, pairs: map[[2]string]bool{},
		bareEndings: lw.bareEndings, formEndings: lw.formEndings}
	for _, ph := range lw.before {
		// An elided word loses its apostrophe, which the tokenizer splits
		// off ("dall'" is read as "dall").
		f := strings.Fields(strings.ToLower(ph))
		for k := range f {
			f[k] = strings.TrimSuffix(f[k], "'")
		}
		switch len(f) {
		case 1:
			lc.words[f[0]] |= lrBefore
		case 2:
			lc.pairs[[2]string{f[0], f[1]}] = true
		default:
			panic("nations: a language cue of more than two words: " + ph)
		}
	}
	for _, r := range []struct {
		words []string
		role  langRole
	}{
		{lw.weakBefore, lrWeak}, {lw.after, lrAfter}, {lw.afterJoined, lrAfterJoined},
		{lw.end, lrEnd}, {lw.names, lrName}, {lw.conj, lrConj}, {lw.articles, lrArticle},
	} {
		for _, w := range r.words {
			lc.words[w] |= r.role
		}
	}
	return lc
}

func set(dst map[string]bool, words []string) {
	for _, w := range words {
		dst[w] = true
	}
}

func newCues() cues {
	c := cues{
		followers: map[string]bool{}, preceders: map[string]bool{}, placeBefore: map[string]bool{},
		titleBefore: map[string]bool{"minister": true, "secretary": true, "president": true, "chancellor": true, "premier": true},
		stateAfter:  map[string]bool{}, stateAfterPoss: map[string]bool{},
		geoCues:       map[string]geoCue{},
		usBefore:      map[[2]string]bool{},
		usStates:      map[string][][]string{},
		listGlue:      map[string]bool{",": true, "'": true, "&": true},
		turkeyNoun:    map[string]bool{},
		turkeyGeo:     map[string]bool{},
		turkeyLower:   map[string]bool{},
		sentencePunct: map[string]bool{},
		streetBefore:  map[[2]string]bool{},
		streetAfter:   map[string]bool{},
		firmBefore:    map[string]bool{},
	}
	for l, w := range allContextWords {
		set(c.followers, w.nameFollowers)
		set(c.preceders, w.namePreceders)
		set(c.placeBefore, w.placeBefore)
		set(c.stateAfter, w.stateAfter)
		set(c.stateAfterPoss, w.stateAfterPossessive)
		for _, r := range []struct {
			words []string
			cue   geoCue
		}{{w.usStateStrong, cueUSStrong}, {w.usStateNear, cueUSNear}, {w.georgiaCountry, cueCountry}} {
			for _, n := range r.words {
				c.geoCues[n] |= r.cue
			}
		}
		for _, p := range w.usStateBefore {
			c.usBefore[p] = true
		}
		for _, name := range w.usStates {
			ns := strings.Fields(name)
			c.usStates[ns[0]] = append(c.usStates[ns[0]], ns)
			c.geoCues[ns[0]] |= cueUSState
		}
		set(c.listGlue, w.listGlue)
		for _, p := range w.streetBefore {
			ws := strings.Fields(p)
			if len(ws) == 1 {
				ws = []string{"", ws[0]}
			}
			c.streetBefore[[2]string{ws[0], ws[1]}] = true
		}
		set(c.streetAfter, w.streetAfterCap)
		set(c.streetAfter, w.firmAfterCap)
		for _, n := range w.streetAfter {
			c.streetAfter[n] = false
		}
		set(c.firmBefore, w.firmBefore)
		set(c.turkeyNoun, w.turkeyNoun)
		set(c.turkeyGeo, w.turkeyCountry)
		set(c.turkeyLower, w.turkeyLower)
		c.lang[l] = newLanguageCues(&w.language)
	}
	set(c.sentencePunct, []string{".", "!", "?", "…", ":", ";", "\"", "«", "»", "“", "”", "„", "(", "[", "-", "•", "·", "*"})
	return c
}

// scan is the per-document state of the guards.
type scan struct {
	d    *token.Doc
	c    *cues
	trie *trie // the gazetteer, to tell nationality adjectives in a list
	toks []token.Token
	// Document-wide readings of "Georgia" and "Turkey", computed on first
	// need.
	georgiaDoc, turkeyDoc uint8
}

func newScan(d *token.Doc, c *cues, t *trie) scan { return scan{d: d, c: c, trie: t, toks: d.Tokens} }

// sentenceStart reports whether token k begins a sentence or a line, where
// capitalization says nothing.
func (s *scan) sentenceStart(k int) bool {
	if k <= 0 {
		return true
	}
	t := &s.toks[k]
	if t.Gap >= token.Newline {
		return true
	}
	p := &s.toks[k-1]
	return p.Kind == token.Punct && s.c.sentencePunct[p.Norm]
}

// capWord reports whether token k is a capitalized (not all-caps) word
// separated by a space from the one before it.
func (s *scan) capWord(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.Kind == token.Word && t.Cap && !t.Upper && t.Gap == token.Space
}

// capWordBefore reports whether the word before token i is capitalized
// and separated from it by a space.
func (s *scan) capWordBefore(i int) bool {
	if i < 1 || s.toks[i].Gap != token.Space {
		return false
	}
	p := &s.toks[i-1]
	return p.Kind == token.Word && p.Cap
}

// currencyName reports an acronym at tokens [i, j) that only tells which
// dollar an amount is in: "доларів США", "dollari USA", "US dollars".
func (s *scan) currencyName(i, j int) bool {
	if j < len(s.toks) && (s.toks[j].Norm == "dollar" || s.toks[j].Norm == "dollars") {
		return true
	}
	if i == 0 {
		return false
	}
	p := s.toks[i-1].Norm
	return strings.HasPrefix(p, "долар") || p == "dollari" || p == "dollaro"
}

// accept decides whether the form en matched on tokens [i, j) is a mention.
func (s *scan) accept(en entry, dl lang, i, j int) verdict {
	t := &s.toks[i]
	kind := en.kind
	if en.guard == guardAnyCase {
		kind = kindStop // no case rule; no other guard either
	}
	if kind != kindStop && kind != kindAcronym && (s.streetName(i, j) || s.firmName(i)) {
		return reject
	}
	if (kind == kindAcronym || kind == kindName) && s.currencyName(i, j) {
		return reject // "105 тисяч доларів США", "dollari USA", "US dollars"
	}
	switch kind {
	case kindStop:
		return accepted
	case kindAcronym:
		if j < len(s.toks) && s.toks[j].Norm == "$" && s.toks[j].Gap == token.None {
			return reject // "US$44 million" names a currency
		}
		for k := i; k < j; k++ {
			u := &s.toks[k]
			if u.Kind != token.Word {
				continue
			}
			if !u.Upper && !(u.Cap && len([]rune(u.Norm)) == 1) {
				return reject
			}
		}
	case kindName:
		if !t.Cap {
			return reject
		}
		if en.lang != dl && dl < nLangs && s.personLike(i, j) {
			// another language's name of the state, written as part of a
			// person's: "Vice President Francia Márquez" in English
			return reject
		}
	case kindAdj, kindDemonym:
		switch en.lang {
		case langEN:
			// English adjectives and demonyms are always capitalized. In
			// Ukrainian text one in Latin letters is a brand: "для
			// Norwegian", "British Airways".
			if !t.Cap || dl == langUK {
				return reject
			}
			// a first name after a title: "Energy Minister German
			// Galushchenko"
			if i > 0 && s.toks[i-1].Cap && s.c.titleBefore[s.toks[i-1].Norm] && s.capWord(j) && !s.c.followers[s.toks[j].Norm] {
				return reject
			}
		case langIT:
			// Italian adjectives ("indiana", "americana") are English words
			// or names elsewhere; read them only in Italian or unknown text.
			if dl == langEN || dl == langUK {
				return reject
			}
			// Italian writes adjectives in lower case; a capitalized one
			// mid-sentence that is not part of a capitalized name is a
			// proper noun ("in Indiana", "il collega Greco").
			if t.Cap && !t.Upper && !s.sentenceStart(i) && !s.capWordBefore(i) {
				return reject
			}
		case langUK:
			// Ukrainian writes demonyms in lower case; a capitalized one
			// mid-sentence is a surname (Олена Поляк, Іван Грек).
			if kind == kindDemonym && t.Cap && !t.Upper && !s.sentenceStart(i) {
				return reject
			}
			// an adjective so written after a capitalized word is a
			// surname of the adjective's shape: "Воєвода Кшиштоф Коморський"
			if kind == kindAdj && t.Cap && !t.Upper && !s.sentenceStart(i) && s.capWordBefore(i) {
				return reject
			}
		}
		// "Greek" is both an adjective and a demonym; "Ukrainians speaking
		// Russian" is a demonym only and stays a nation.
		if (kind == kindAdj || j == i+1) && s.languageName(en.lang, i, j) && (kind == kindAdj || s.isAdjective(i)) {
			return reject
		}
	}
	switch en.guard {
	case guardPrefix:
		if j < len(s.toks) && s.toks[j].Norm == "-" && s.toks[j].Gap == token.None {
			return accepted
		}
		return reject
	case guardNotIt:
		if dl == langIT {
			return reject
		}
	case guardNotSentenceStart:
		if s.sentenceStart(i) {
			return reject
		}
	case guardSurname:
		if !t.Cap || t.Upper {
			break
		}
		switch {
		case !s.sentenceStart(i) && s.capWordBefore(i):
			// "Mario Russo": the document names a person so, and a
			// sentence that starts with "Russo ha detto" means that person.
			return veto
		case !s.sentenceStart(i) || s.capWord(j):
			return reject
		}
		return weak
	case guardFirstName:
		if !s.toks[i].Upper && s.capWord(j) && !s.c.followers[s.toks[j].Norm] &&
			!(en.lang == langUK && j == i+1 && ukCaseApart(s.toks[i].Norm, s.toks[j].Norm)) {
			return reject
		}
	case guardPerson:
		if i > 1 && s.c.placeBefore[s.toks[i-1].Norm] && s.c.stateAfter[s.toks[i-2].Norm] {
			// an office of the state before it, a name after it: "EU
			// Ambassador to Jordan Pierre-Christophe Chatzisavas"
			return accepted
		}
		if s.personLike(i, j) {
			return veto
		}
		if i > 0 && s.c.placeBefore[s.toks[i-1].Norm] || s.stateAfter(j) {
			return accepted
		}
		return weak
	case guardGeorgia:
		if s.personLike(i, j) {
			return veto
		}
		return s.georgia(i, j)
	case guardTurkey:
		if s.turkeyBird(i, j) {
			return veto
		}
	}
	return accepted
}

// streetName reports a capitalized name or adjective on tokens [i, j)
// that is part of a street's name ("Poland Street"), or of a firm's
// before the noun that names its trade ("China Airlines").
func (s *scan) streetName(i, j int) bool {
	if !s.toks[i].Cap || s.toks[i].Upper {
		return false
	}
	if i > 0 && s.toks[i].Gap == token.Space && s.toks[i-1].Kind == token.Word {
		w1 := s.toks[i-1].Norm
		if s.c.streetBefore[[2]string{"", w1}] {
			return true
		}
		if i > 1 && s.toks[i-1].Gap == token.Space && s.c.streetBefore[[2]string{s.toks[i-2].Norm, w1}] {
			return true
		}
	}
	if j < len(s.toks) && s.toks[j].Kind == token.Word && s.toks[j].Gap == token.Space {
		if capOnly, ok := s.c.streetAfter[s.toks[j].Norm]; ok {
			return s.toks[j].Cap || !capOnly
		}
	}
	return false
}

// firmName reports a name at token i inside the quoted name of a firm:
// ТОВ «Польща Агро Трейд», ТОВ «Буковина-Польща Транс», la società
// «Polonia Trade».
func (s *scan) firmName(i int) bool {
	// back over the words of the quoted name before i
	q := i
	for k := 0; k < 4 && q > 0 && s.toks[q].Gap <= token.Space &&
		(s.toks[q-1].Kind == token.Word || s.toks[q-1].Norm == "-" && s.toks[q].Gap == token.None); k++ {
		q--
	}
	if q < 2 || s.toks[q].Gap != token.None {
		return false
	}
	switch s.toks[q-1].Norm {
	case "«", "\"", "“", "„":
	default:
		return false
	}
	return s.toks[q-2].Kind == token.Word && s.c.firmBefore[s.toks[q-2].Norm]
}

// stateAfter reports a word of a state's offices right after a name that
// ends at token j, or after its possessive: "Jordan's foreign minister",
// "Chad army".
func (s *scan) stateAfter(j int) bool {
	poss := j+1 < len(s.toks) && s.toks[j].Norm == "'" && s.toks[j].Gap == token.None &&
		s.toks[j+1].Norm == "s" && s.toks[j+1].Gap == token.None
	if poss {
		j += 2
	}
	if j >= len(s.toks) || s.toks[j].Kind != token.Word || s.toks[j].Gap != token.Space {
		return false
	}
	w := s.toks[j].Norm
	return s.c.stateAfter[w] || poss && s.c.stateAfterPoss[w]
}

// ukCaseApart reports a Ukrainian state's name in the genitive or dative
// (-у, -ю) before a capitalized word in the genitive or instrumental of a
// man's name (-а, -я, -ом, -ем, -єм): a given name would agree with the
// surname after it, so the word is the state's ("міністра економіки
// Ізраїлю Ніра Барката"), not the first name of "Ізраїлю Кацу".
func ukCaseApart(state, next string) bool {
	if !strings.HasSuffix(state, "у") && !strings.HasSuffix(state, "ю") {
		return false
	}
	for _, e := range []string{"а", "я", "ом", "ем", "єм"} {
		if strings.HasSuffix(next, e) {
			return true
		}
	}
	return false
}

// personLike reports a name that reads as part of a person's name: a
// capitalized word right before it ("Michael Jordan", unless it is a word
// like "In" or "Visit") or right after it ("Chad Smith", "Jordan Bardella",
// unless it is a word like "President").
func (s *scan) personLike(i, j int) bool {
	if s.toks[i].Upper {
		return false // an all-caps headline says nothing
	}
	if s.capWordBefore(i) && !s.toks[i-1].Upper && !s.c.preceders[s.toks[i-1].Norm] {
		return true
	}
	return s.capWord(j) && !s.c.followers[s.toks[j].Norm]
}

// georgia reads "Georgia" as the country or the US state. "State of
// Georgia" is the state; otherwise the nearest cue within a window decides,
// where a weak US cue ("senator", "governor") counts only if nothing in the
// whole document points to the country; otherwise the document decides.
func (s *scan) georgia(i, j int) verdict {
	if i >= 2 && s.c.usBefore[[2]string{s.toks[i-2].Norm, s.toks[i-1].Norm}] {
		return veto
	}
	// "Georgia and Pennsylvania": listed with another state.
	if s.usStateListed(i, j) {
		return veto
	}
	if s.cityComma(i, j) {
		return veto
	}
	doc := s.georgiaInDoc()
	const window = 12
	best, bestDist := accepted, window+1
	for k := max(0, i-window); k < min(len(s.toks), j+window); k++ {
		f := s.c.geoCues[s.toks[k].Norm]
		if f == 0 {
			continue
		}
		v := accepted
		switch {
		case f&cueCountry != 0:
		case f&cueUSStrong != 0:
			v = veto
		case f&cueUSNear != 0 && doc != georgiaCountry:
			v = veto
		case f&cueUSState != 0 && doc != georgiaCountry && s.usStateAt(k):
			v = veto
		default:
			continue
		}
		dist := i - k
		if k >= j {
			dist = k - j + 1
		}
		if dist < bestDist {
			best, bestDist = v, dist
		}
	}
	if bestDist <= window {
		return best
	}
	// Another state in the sentence, where nothing in the document points
	// to the country: "Storms hit Texas on Monday and reached Georgia".
	if doc != georgiaCountry && s.usStateInSentence(i, j) {
		return veto
	}
	switch doc {
	case georgiaCountry:
		return accepted
	case georgiaState:
		return veto
	}
	return weak
}

// cityComma reports the US way of naming a town: "built in Marietta,
// Georgia, …", where a place preposition, one capitalized word that is no
// country and says nothing of either Georgia, and a comma stand before the
// name, and a comma or the end of the sentence after it.
func (s *scan) cityComma(i, j int) bool {
	if i < 3 || s.toks[i-1].Norm != "," || !s.capWord(i-2) || s.toks[i-2].Upper ||
		!s.c.placeBefore[s.toks[i-3].Norm] || s.c.geoCues[s.toks[i-2].Norm] != 0 {
		return false
	}
	if _, ok := s.trie.nodes[0].next[key(s.toks[i-2].Norm)]; ok {
		return false // "in Armenia, Georgia and Azerbaijan"
	}
	return j >= len(s.toks) || s.toks[j].Norm == "," || s.fullStop(j)
}

// geoCue is what a word says about "Georgia".
type geoCue uint8

const (
	cueCountry  geoCue = 1 << iota // the country: "Tbilisi"
	cueUSStrong                    // the state, anywhere: "Atlanta"
	cueUSNear                      // the state, near and unless the document points to the country: "senator"
	cueUSState                     // first word of another US state's name
)

// Document-wide readings of "Georgia".
const (
	georgiaUnknown uint8 = iota
	georgiaCountry
	georgiaState
	georgiaNoEvidence
)

// georgiaInDoc scans the document once for cues to either reading; a cue
// to the country wins.
func (s *scan) georgiaInDoc() uint8 {
	if s.georgiaDoc != georgiaUnknown {
		return s.georgiaDoc
	}
	s.georgiaDoc = georgiaNoEvidence
	for k := range s.toks {
		if s.toks[k].Kind != token.Word {
			continue
		}
		f := s.c.geoCues[s.toks[k].Norm]
		if f&cueCountry != 0 {
			s.georgiaDoc = georgiaCountry
			break
		}
		if f&cueUSStrong != 0 || f&cueUSState != 0 && s.usStateAt(k) {
			s.georgiaDoc = georgiaState
		}
	}
	return s.georgiaDoc
}

// usStateAt reports the capitalized name of a US state at token k, not
// read as a first name ("Virginia Raggi", "Dakota Johnson").
func (s *scan) usStateAt(k int) bool { return s.usStateLen(k) > 0 }

// usStateLen is the number of tokens of the US state name at token k, or
// 0.
func (s *scan) usStateLen(k int) int {
	t := &s.toks[k]
	if t.Kind != token.Word || !t.Cap {
		return 0
	}
	names, ok := s.c.usStates[t.Norm]
	if !ok {
		return 0
	}
	for _, name := range names {
		end := k + len(name)
		if end > len(s.toks) {
			continue
		}
		match := true
		for m := 1; m < len(name); m++ {
			if s.toks[k+m].Norm != name[m] {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if t.Upper || !s.capWord(end) || s.c.followers[s.toks[end].Norm] {
			return len(name)
		}
	}
	return 0
}

// usStateListed reports a US state listed with the name at [i, j): only
// list glue (commas, "and", "in", articles) stands between them.
func (s *scan) usStateListed(i, j int) bool {
	const reach = 6
	for k := j; k < len(s.toks) && k < j+reach && s.toks[k].Gap < token.Newline; k++ {
		if s.usStateAt(k) {
			return true
		}
		if !s.c.listGlue[s.toks[k].Norm] {
			break
		}
	}
	for k := i - 1; k >= 0 && k >= i-reach && s.toks[k+1].Gap < token.Newline; k-- {
		if s.usStateLen(k) == 1 || k > 0 && s.usStateLen(k-1) == 2 { // "Texas and", "New Jersey and"
			return true
		}
		if !s.c.listGlue[s.toks[k].Norm] {
			break
		}
	}
	return false
}

// usStateInSentence reports a US state name in the sentence of tokens
// [i, j), within a bounded reach.
func (s *scan) usStateInSentence(i, j int) bool {
	const reach = 40
	for k := i - 1; k >= 0 && k >= i-reach && s.toks[k+1].Gap < token.Newline && !s.fullStop(k); k-- {
		if s.usStateAt(k) {
			return true
		}
	}
	for k := j; k < len(s.toks) && k < j+reach && s.toks[k].Gap < token.Newline && !s.fullStop(k); k++ {
		if s.usStateAt(k) {
			return true
		}
	}
	return false
}

// fullStop reports a token that ends a sentence.
func (s *scan) fullStop(k int) bool {
	t := &s.toks[k]
	if t.Kind != token.Punct {
		return false
	}
	switch t.Norm {
	case ".", "!", "?", ";", "…":
		return true
	}
	return false
}

// Document-wide readings of "Turkey".
const (
	turkeyUnknown uint8 = iota
	turkeyCountry
	turkeyBird
	turkeyNoEvidence
)

// turkeyBird reads "Turkey" at [i, j) as the bird: in a document that
// speaks of the bird (the word in lower case, or food words such as
// "Thanksgiving") and of nothing that points to the country, at the start
// of a sentence or inside a title ("Turkey Prices Fall"), where the
// capital says nothing. After "in", "from", "to" it stays the country.
func (s *scan) turkeyBird(i, j int) bool {
	if s.turkeyInDoc() != turkeyBird {
		return false
	}
	if s.sentenceStart(i) {
		return true
	}
	if i > 0 && s.c.placeBefore[s.toks[i-1].Norm] {
		return false
	}
	return s.capWordBefore(i) && !s.c.preceders[s.toks[i-1].Norm] || s.capWord(j) && !s.c.followers[s.toks[j].Norm]
}

// turkeyInDoc scans the document once for cues to either reading; a cue to
// the country wins.
func (s *scan) turkeyInDoc() uint8 {
	if s.turkeyDoc != turkeyUnknown {
		return s.turkeyDoc
	}
	s.turkeyDoc = turkeyNoEvidence
	for k := range s.toks {
		t := &s.toks[k]
		if t.Kind != token.Word {
			continue
		}
		if s.c.turkeyGeo[t.Norm] {
			s.turkeyDoc = turkeyCountry
			break
		}
		if s.c.turkeyNoun[t.Norm] || !t.Cap && s.c.turkeyLower[t.Norm] {
			s.turkeyDoc = turkeyBird
		}
	}
	return s.turkeyDoc
}

// languageName reports whether the adjective at [i, j), of language l,
// names a language rather than the state: "speaks Italian", "translated
// into Ukrainian and Russian", "in Ukrainian.", "Greek keyboard", "in
// inglese e in russo", "українською мовою", "відповіла українською". It
// reads the whole list the adjective stands in, so that "in Ukrainian and
// Polish cities" stays two nations.
func (s *scan) languageName(l lang, i, j int) bool {
	if l >= nLangs {
		return false
	}
	lc := &s.c.lang[l]
	toks := s.toks
	role := func(k int) langRole { return lc.words[toks[k].Norm] }
	// The list: "Ukrainian, Polish and Czech", "l'inglese o il tedesco".
	items := []int{i}
	articled := false
	head := i
	for {
		a := s.skipArticleBack(lc, head)
		k := a - 1
		if k < 1 || toks[a].Gap > token.Space || toks[k].Gap > token.Space ||
			!(toks[k].Norm == "," || role(k)&lrConj != 0) {
			break
		}
		// A language the vocabulary does not know may open the list right
		// after a word that introduces languages: "in kinyarwanda, inglese
		// e francese".
		known := s.languageWord(lc, k-1)
		opener := !known && k >= 2 && toks[k-1].Kind == token.Word && !toks[k-1].Cap &&
			toks[k-1].Gap <= token.Space && role(k-2)&lrBefore != 0
		if !known && !opener {
			break
		}
		articled = articled || a != head
		head = k - 1
		items = append(items, head)
		if opener {
			break
		}
	}
	articled = articled || s.skipArticleBack(lc, head) != head
	tail := j
	for tail+1 < len(toks) && toks[tail].Gap <= token.Space && toks[tail+1].Gap <= token.Space &&
		(toks[tail].Norm == "," || role(tail)&lrConj != 0) {
		k := s.skipArticle(lc, tail+1)
		if k >= len(toks) || !s.languageWord(lc, k) {
			break
		}
		articled = articled || k != tail+1
		tail = k + 1
		items = append(items, k)
	}
	// A list of three or more that holds a name only a language has:
	// "(inglese, malese, mandarino e tamil)"; or of two, when articles
	// make its adjectives nouns: "il tetum e il portoghese".
	if len(items) >= 3 || len(items) == 2 && articled {
		for _, k := range items {
			if k != i && role(k)&lrName != 0 && !s.isAdjective(k) {
				return true
			}
		}
	}
	// A noun after it: "Ukrainian language", "Ukrainian-language",
	// "British English".
	var next langRole
	if a := tail; a+1 < len(toks) && toks[a].Norm == "-" && toks[a].Gap == token.None && toks[a+1].Gap == token.None {
		if role(a+1)&(lrAfter|lrAfterJoined) != 0 {
			return true
		}
	} else if a < len(toks) && toks[a].Gap <= token.Space && toks[a].Kind == token.Word {
		if next = role(a); next&(lrAfter|lrName) != 0 {
			return true
		}
	}
	// A word before it.
	if len(lc.formEndings) > 0 && !hasSuffix(toks[i].Norm, lc.formEndings) {
		return false
	}
	w1, b := s.wordBefore(head)
	if b < 0 {
		return false
	}
	r1 := lc.words[w1]
	if r1&lrBefore != 0 {
		return true
	}
	w2, c := s.wordBefore(b)
	if c >= 0 && len(lc.pairs) > 0 && lc.pairs[[2]string{w2, w1}] {
		return true
	}
	if r1&lrWeak == 0 && len(lc.bareEndings) == 0 {
		return false
	}
	ends := tail >= len(toks) || next&lrEnd != 0 || s.phraseEnds(tail)
	if r1&lrWeak != 0 && (ends || c >= 0 && lc.words[w2]&lrBefore != 0) {
		return true
	}
	return ends && hasSuffix(toks[i].Norm, lc.bareEndings)
}

func hasSuffix(s string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// skipArticleBack returns the index of the article right before token k
// ("il" of "il tedesco", "l" of "l'inglese"), or k when there is none.
func (s *scan) skipArticleBack(lc *languageCues, k int) int {
	if k >= 1 && s.toks[k].Gap <= token.Space && s.toks[k-1].Kind == token.Word && lc.words[s.toks[k-1].Norm]&lrArticle != 0 {
		return k - 1
	}
	if k >= 2 && s.toks[k-1].Norm == "'" && s.toks[k].Gap == token.None && s.toks[k-1].Gap == token.None &&
		lc.words[s.toks[k-2].Norm+"'"]&lrArticle != 0 {
		return k - 2
	}
	return k
}

// skipArticle returns the index of the word after an article at k, or k
// when k holds none.
func (s *scan) skipArticle(lc *languageCues, k int) int {
	if k+1 < len(s.toks) && s.toks[k].Kind == token.Word && s.toks[k+1].Gap <= token.Space {
		if lc.words[s.toks[k].Norm]&lrArticle != 0 {
			return k + 1
		}
		if s.toks[k+1].Norm == "'" && s.toks[k+1].Gap == token.None && k+2 < len(s.toks) &&
			s.toks[k+2].Gap == token.None && lc.words[s.toks[k].Norm+"'"]&lrArticle != 0 {
			return k + 2
		}
	}
	return k
}

// wordBefore returns the norm of the word before token k on the same line,
// an elided one without its apostrophe ("dall" of "dall'inglese"), and its
// index; -1 if there is none.
func (s *scan) wordBefore(k int) (string, int) {
	if k < 1 || s.toks[k].Gap > token.Space {
		return "", -1
	}
	b := k - 1
	if s.toks[b].Norm == "'" && s.toks[k].Gap == token.None && b >= 1 && s.toks[b].Gap == token.None {
		b--
	}
	if s.toks[b].Kind != token.Word {
		return "", -1
	}
	return s.toks[b].Norm, b
}

// languageWord reports a word that may stand in a list of language names:
// a nationality adjective or a language name of lc.
func (s *scan) languageWord(lc *languageCues, k int) bool {
	t := &s.toks[k]
	if t.Kind != token.Word {
		return false
	}
	return lc.words[t.Norm]&lrName != 0 || s.isAdjective(k)
}

// isAdjective reports whether token k alone is a nationality adjective
// of the gazetteer.
func (s *scan) isAdjective(k int) bool {
	t := &s.toks[k]
	n, ok := s.trie.nodes[0].next[key(t.Norm)]
	if !ok {
		return false
	}
	for _, en := range s.trie.nodes[n].entries {
		if en.kind == kindAdj {
			return true
		}
	}
	return false
}

// phraseEnds reports whether the phrase ends at token k by layout: at the
// end of the text or line, or at punctuation other than a joining hyphen
// or apostrophe.
func (s *scan) phraseEnds(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := &s.toks[k]
	if t.Gap >= token.Newline {
		return true
	}
	if t.Kind == token.Punct {
		return !(t.Gap == token.None && (t.Norm == "-" || t.Norm == "'"))
	}
	return false
}
