package ministers

import (
	"slices"
	"strings"
	"unicode/utf8"

	"kronika/extract/token"
)

// unit is one word of a name: tokens [s, e) joined by hyphens or inner
// apostrophes ("Kosiniak-Kamysz", "Sa'ar", "Мар'яна").
type unit struct {
	s, e int
	norm string // lower case, apostrophes "'", dashes "-"
}

// unitAt reads the name word starting at word token i.
func unitAt(d *token.Doc, i int) unit {
	toks := d.Tokens
	e := i + 1
	for e+1 < len(toks) && toks[e].Gap == token.None && toks[e+1].Gap == token.None &&
		toks[e+1].Kind == token.Word && (toks[e].Norm == "-" || toks[e].Norm == "'") {
		if toks[e].Norm == "'" && isContraction(toks[e+1].Norm) {
			break // "Umerov's", "ministro l'ha"
		}
		e += 2
	}
	if e == i+1 {
		return unit{i, e, toks[i].Norm}
	}
	var b strings.Builder
	for k := i; k < e; k++ {
		b.WriteString(toks[k].Norm)
	}
	return unit{i, e, b.String()}
}

// elidedSurname reports a capital letter at token j elided onto a
// capitalized word, which makes one surname: "D'Alema", "D'Incà". The
// letter alone is a preposition ("d'", "o").
func elidedSurname(toks []token.Token, j int) bool {
	return j+2 < len(toks) && toks[j].Cap && len(toks[j].Norm) == 1 && toks[j+1].Norm == "'" &&
		toks[j+1].Gap == token.None && toks[j+2].Gap == token.None && toks[j+2].Cap
}

func isContraction(n string) bool {
	switch n {
	case "s", "ll", "re", "ve", "d", "t", "m":
		return true
	}
	return false
}

// isCapWord reports a word token written with a capital.
func isCapWord(t *token.Token) bool { return t.Kind == token.Word && (t.Cap || t.Upper) }

// nameBlock is the set of classes a capitalized name word may not have.
const nameBlock = cStop | cHead | cMinistry | cPortfolio | cConn | cDeputy | cFormer | cFirst | cFiller | cHonor

// parseNames reads the name, or for a plural title the list of names
// ("Defence Ministers Hanno Pevkur and Yuriko Backes"), starting at k.
func (r *run) parseNames(k int, t *title) []named {
	var out []named
	for {
		demonym := ""
		if t.plural {
			// each holder's state before the name: "the foreign ministers —
			// India's A, Australia's B and Japan's C", "індійця A,
			// австралійку B", "l'indiano A, l'australiana B"
			if code, next, ok := r.listedNationAt(k); ok {
				demonym, k = code, next
			} else if code, end, ok := r.ofNation(k); ok && len(out) > 0 && end+1 < len(r.toks) && r.toks[end].Norm == "," {
				// "i Primi Ministri di Polonia, Donald Tusk, dei Paesi
				// Bassi, Dick Schoof, e della Grecia, Kyriakos Mitsotakis"
				demonym, k = code, end+1
			} else if len(out) > 0 || k > 0 && r.toks[k-1].Norm == ":" {
				k = r.listDescriptorEnd(k)
			}
		}
		s, e, words, ok := r.parseName(k, t.gcase, t.nameFlags())
		if !ok || demonym != "" && s != k {
			break
		}
		nm := named{t: *t, s: s, e: e, words: words, nation: demonym}
		if demonym != "" && len(t.nations) > 0 {
			nm.t.nations = []string{demonym}
		}
		// a short parenthetical after the name: "Pevkur (Estonia)"
		after := e
		if demonym == "" {
			if code, end, ok := r.parenthetical(e); ok {
				nm.nation = code
				after = end
			} else if code, end, ok := r.ofNation(e); ok && t.plural {
				nm.nation = code
				after = end
			}
		}
		if t.plural && r.d.Lang == "it" {
			// each holder's portfolio after the name: "i ministri: Elisabetta
			// Trenta alla Difesa, Danilo Toninelli alle Infrastrutture"
			if p, end := r.postedTo(after); p != "" {
				nm.t.portfolio = p
				after = end + 1
			}
		}
		out = append(out, nm)
		if !t.plural && len(out) == 1 {
			if other, ok := r.sharedTitle(t, after); ok {
				out = append(out, other)
			}
		}
		if !t.plural || after >= len(r.toks) {
			break
		}
		// another name after ",", "and", ", and", or after an aside
		j := r.listAsideEnd(after)
		if r.toks[j].Norm == "," {
			j++
		}
		if j < len(r.toks) && (r.x.lx.class(r.toks[j].Norm)&cConj != 0 || contrastJoins[r.toks[j].Norm]) {
			j++
			if j < len(r.toks) && listLaters[r.toks[j].Norm] {
				j++ // successive holders: "міністри оборони Бен Воллес, а згодом Грант Шаппс"
			}
		}
		if j == after {
			break
		}
		k = j
	}
	return out
}

// listAsideEnd skips, from the comma at k after a listed name, an aside
// that a second comma closes right before the conjunction and the next
// name: "due vicepremier: A, per la Cirenaica, e B", "I vicepremier
// saranno A, che somma Lavoro e Sviluppo economico, e B". It returns the
// closing comma, or k when there is no such aside.
func (r *run) listAsideEnd(k int) int {
	const maxTokens = 8
	toks, lx := r.toks, r.x.lx
	if k+2 >= len(toks) || toks[k].Norm != "," || toks[k+1].Kind != token.Word || isCapWord(&toks[k+1]) ||
		lx.class(toks[k+1].Norm)&cConj != 0 {
		return k
	}
	if a, _ := lx.matchFwd(r.d, k+1, cDet); a != nil && a.article {
		return k // the next item, after words on who it is: "the economist B, and C"
	}
	for j := k + 2; j < len(toks) && j <= k+1+maxTokens; j++ {
		if sentenceEnd(toks, j) || toks[j].Gap >= token.Newline || toks[j].Norm == ":" || toks[j].Norm == "(" {
			return k
		}
		if toks[j].Norm == "," {
			if j+2 < len(toks) && lx.class(toks[j+1].Norm)&cConj != 0 && isCapWord(&toks[j+2]) {
				return j
			}
			return k
		}
	}
	return k
}

// listLaters are the adverbs after a list's conjunction that make the
// next holder a later one. Read-only.
var listLaters = map[string]bool{"згодом": true, "потім": true, "later": true, "then": true, "poi": true, "quindi": true}

// listDescriptorEnd skips a word or two on who a listed holder is,
// after "the", in English: "three deputy ministers: the veteran A, the
// economist B and C". It returns k when there is none.
func (r *run) listDescriptorEnd(k int) int {
	toks := r.toks
	if r.d.Lang != "en" || k+2 >= len(toks) || toks[k].Norm != "the" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		tk := &toks[j]
		if tk.Kind != token.Word || isCapWord(tk) || !isLetters(tk.Norm) || !r.sameLine(k, j) {
			return k
		}
		if j+1 < len(toks) && isCapWord(&toks[j+1]) && toks[j+1].Gap == token.Space {
			return j + 1
		}
	}
	return k
}

// listedNationAt reads the state of a listed holder, at k, right before
// the name: a possessive in English ("Australia's"), a lower-case
// demonym in Italian (after its article: "l'australiana") and Ukrainian
// ("австралійку"). It returns the token after it.
func (r *run) listedNationAt(k int) (code string, next int, ok bool) {
	toks, lx := r.toks, r.x.lx
	n := len(toks)
	j := k
	if e, end := lx.matchFwd(r.d, j, cDet); e != nil && e.article && r.d.Lang == "it" {
		j = end
	}
	ns, isNat := r.natAt(j)
	if !isNat || ns.e >= n {
		return "", k, false
	}
	switch {
	case r.d.Lang == "en" && ns.e+1 < n && r.possessiveEnd(ns.e+1):
		next = ns.e + 2
	case r.d.Lang != "en" && !toks[ns.s].Cap && !toks[ns.s].Upper:
		next = ns.e
	default:
		return "", k, false
	}
	if next >= n || !isCapWord(&toks[next]) || toks[next].Gap != token.Space {
		return "", k, false
	}
	return ns.code, next, true
}

// sharedTitle reads a second person whom a title with a nation gives its
// post in another state, after the first name and a conjunction: "il primo
// ministro canadese Mark Carney e l'australiano Anthony Albanese", "Canada's
// Prime Minister Mark Carney and Australia's Anthony Albanese".
func (r *run) sharedTitle(t *title, k int) (named, bool) {
	toks, lx := r.toks, r.x.lx
	n := len(toks)
	if len(t.nations) != 1 || t.gcase.oblique() || k+2 >= n || toks[k].Kind != token.Word ||
		lx.class(toks[k].Norm)&cConj == 0 || isCapWord(&toks[k]) || r.d.Lang == "uk" {
		return named{}, false // read in English and Italian only
	}
	code, j, ok := r.listedNationAt(k + 1)
	if !ok || code == t.nations[0] {
		return named{}, false
	}
	s, e, words, ok := r.parseName(j, t.gcase, t.nameFlags())
	if !ok || s != j || !r.standsAlone(words) {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words, nation: code}
	nm.t.nations = []string{code}
	return nm, true
}

// ofNation reads the state a listed name is of, at k: "Gaston Browne of
// Antigua and Barbuda, Roosevelt Skerrit of Dominica". A possessive after
// the nation makes it another noun's: "Browne of Antigua's ruling party".
func (r *run) ofNation(k int) (code string, end int, ok bool) {
	toks, lx := r.toks, r.x.lx
	if k+1 >= len(toks) || toks[k].Kind != token.Word || lx.class(toks[k].Norm)&cAffiliation == 0 || isCapWord(&toks[k]) {
		return "", k, false
	}
	ns, isNat := r.natAt(k + 1)
	if !isNat || !isCapWord(&toks[k+1]) {
		return "", k, false
	}
	if ns.e+1 < len(toks) && r.possessiveEnd(ns.e+1) {
		return "", k, false
	}
	return ns.code, ns.e, true
}

// glossAt reports a short parenthetical at k.
func (r *run) glossAt(k int) bool {
	_, _, ok := r.parenthetical(k)
	return ok
}

// parenthetical reads "(" … ")" of at most five tokens at k, and the
// nation named inside, if any.
func (r *run) parenthetical(k int) (code string, end int, ok bool) {
	toks := r.toks
	if k >= len(toks) || toks[k].Norm != "(" {
		return "", k, false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].Norm == ")" {
			return code, j + 1, true
		}
		if ns, isNat := r.natAt(j); isNat && code == "" {
			code = ns.code
		}
	}
	return "", k, false
}

// parseName reads one name of up to four words starting at k (after an
// honorific): capitalized words on one line, with lower-case particles
// inside ("David van Weel") and initials ("Lloyd J. Austin").
//
// After a Ukrainian title in an oblique case the name must agree with it;
// when a noun owns the title (nameOwned: "речник міністра"), its surname
// must visibly be inflected, else the name is the owner's.
func (r *run) parseName(k int, c gcase, f nameFlags) (s, e int, words []unit, ok bool) {
	return r.readName(k, c, f, false)
}

// nameFlags say what the title before a name tells of it.
type nameFlags uint8

const (
	nameOwned nameFlags = 1 << iota // a noun owns the title: "речник міністра"
	nameFem                         // the title is feminine: "прем'єрки", "міністерці"
)

// nameFlags are the flags t gives the name after it.
func (t *title) nameFlags() nameFlags {
	var f nameFlags
	if t.possessor {
		f |= nameOwned
	}
	if t.fem {
		f |= nameFem
	}
	return f
}

// readName is parseName; with lineStart, the name may open a line.
func (r *run) readName(k int, c gcase, f nameFlags, lineStart bool) (s, e int, words []unit, ok bool) {
	toks := r.toks
	n := len(toks)
	lx := r.x.lx
	for k < n && toks[k].Kind == token.Word && toks[k].Gap <= token.Space {
		if e, end := lx.matchFwd(r.d, k, cHonor); e != nil && end > k+1 {
			k = end // "д-р", "rt hon"
			continue
		}
		if a, end := lx.matchFwd(r.d, k, cDet); a != nil && a.article && end < n {
			// "Prime Minister of New Zealand, the Rt Hon Christopher Luxon",
			// "il ministro degli Esteri, il principe Faisal bin Farhan"
			if h, hend := lx.matchFwd(r.d, end, cHonor); h != nil && (isCapWord(&toks[end]) || hend < n && isCapWord(&toks[hend])) {
				k = end
				continue
			}
		}
		c := lx.class(toks[k].Norm)
		dot := k+1 < n && toks[k+1].Norm == "." && toks[k+1].Gap == token.None
		if c&cHonor == 0 && !(c&cRankAbbrev != 0 && dot) {
			break
		}
		k++
		if dot || k < n && toks[k].Norm == "'" && toks[k].Gap == token.None {
			k++ // "Gen.", "Dato'"
		}
	}
	// an acronym before a name is not part of it: "РФ Сергій Лавров"
	if k+1 < n && toks[k].Upper && len([]rune(toks[k].Norm)) <= 4 && toks[k+1].Kind == token.Word &&
		toks[k+1].Cap && !toks[k+1].Upper && toks[k+1].Gap == token.Space {
		k++
	}
	s = k
	j := k
	real := 0
	particle := false // a chain of particles makes a longer name: "Mohammed bin Abdulla bin Mohammed Al Thani"
	for (len(words) < 5 || len(words) < 8 && particle) && j < n {
		if len(words) > 0 && lx.class(words[len(words)-1].norm)&cParticle != 0 {
			particle = true
		}
		tk := &toks[j]
		if len(words) > 0 {
			if m := nicknameEnd(toks, j); m > j {
				j = m // "Luis «Toto» Caputo": the nickname is no part of the name
				continue
			}
		}
		if tk.Kind != token.Word || (tk.Gap >= token.Newline && (len(words) > 0 || !lineStart || j != k)) ||
			(len(words) > 0 && tk.Gap != token.Space && tk.Gap != token.Thin && !joinedInitial(toks, j, words)) {
			break
		}
		// a particle joined to the surname, in either case: "Suhail
		// al-Mazrouei", "Abdulaziz bin Turki Al-Faisal"
		if u := unitAt(r.d, j); len(words) > 0 && u.e > j+1 && lx.class(tk.Norm)&cParticle != 0 && isCapWord(&toks[u.e-1]) {
			words = append(words, u)
			real++
			j = u.e
			if real == 4 {
				break
			}
			continue
		}
		if !tk.Cap && !tk.Upper {
			// one or two particles between two name words: "David van
			// Weel", "Ursula von der Leyen"
			if len(words) > 0 && lx.class(tk.Norm)&cParticle != 0 {
				m := j + 1
				if m < n && toks[m].Kind == token.Word && !toks[m].Cap && toks[m].Gap == token.Space && lx.class(toks[m].Norm)&cParticle != 0 {
					m++
				}
				if m < n && isCapWord(&toks[m]) && toks[m].Gap == token.Space {
					for ; j < m; j++ {
						words = append(words, unit{j, j + 1, toks[j].Norm})
					}
					continue
				}
			}
			break
		}
		if real >= 2 && r.d.Lang == "uk" && c.oblique() && lx.class(tk.Norm)&cCapital != 0 {
			// a capital for its state, the subject of what follows a name
			// in an oblique case: "Нікола Пашиняна Вашингтон пообіцяв"
			// (elsewhere it may be a surname: "Rui Costa Lima")
			break
		}
		if ns, isNat := r.natAt(j); isNat {
			// A state's name ends a name only as its last word, a surname
			// after a first name: "Синиша Малі" (Mali).
			if real != 1 || ns.e != j+1 || tk.Upper || j+1 < n && toks[j+1].Gap <= token.Space && isCapWord(&toks[j+1]) {
				break
			}
			words = append(words, unitAt(r.d, j))
			real++
			break
		}
		// an initial: "J." in "Lloyd J. Austin", "S. Jaishankar" (a word of its
		// own otherwise, as "S" may be); not the "O" of "O'Brien"
		if len([]rune(tk.Norm)) == 1 && unitAt(r.d, j).e == j+1 {
			if j+1 < n && toks[j+1].Norm == "." && toks[j+1].Gap == token.None && j+2 < n && isCapWord(&toks[j+2]) {
				words = append(words, unit{j, j + 2, tk.Norm + "."})
				j += 2
				continue
			}
			if real >= 2 && tk.Cap && !(j+1 < n && toks[j+1].Gap <= token.Space && (toks[j+1].Norm == "." || isCapWord(&toks[j+1]))) {
				// the last syllable of a Korean given name: "Пак Сан У"
				words = append(words, unit{j, j + 1, tk.Norm})
				real++
				break
			}
			if len(words) == 0 && tk.Cap && !tk.Upper && tk.Norm != "a" && tk.Norm != "i" && r.nameWordNext(j) && !toks[j+1].Upper {
				// an initial without its dot, as Singapore's papers write
				// them: "S Iswaran", "K Shanmugam"
				words = append(words, unit{j, j + 1, tk.Norm})
				j++
				continue
			}
			if !particleLetter(words, lx) {
				break
			}
			// a letter that is a surname after a particle: "Vicente de la O Levy"
		}
		if len(words) == 0 && r.monthGiven(j) || r.hanHe(j, len(words) > 0) {
			words = append(words, unit{j, j + 1, tk.Norm})
			real++
			j++
			continue
		}
		if cl := lx.nameClass(tk.Norm, r.d.Lang); cl&nameBlock != 0 && !elidedSurname(toks, j) && !midWord(r.d, j+1) {
			// a capitalized particle inside a name is no stop word:
			// "Suhail Al Mazrouei" (Italian "al" is one)
			if len(words) > 0 && words[len(words)-1].e == j && r.particleSurname(j) {
				// a surname that is a stop word elsewhere: "Fahd bin
				// Mahmoud Al Said", "Qaboos bin Said"
				words = append(words, unit{j, j + 1, tk.Norm})
				real++
				j++
				continue
			}
			if len(words) == 0 || cl&cParticle == 0 || j+1 >= n || toks[j+1].Gap != token.Space || !isCapWord(&toks[j+1]) {
				break
			}
			words = append(words, unit{j, j + 1, tk.Norm})
			j++
			continue
		}
		if e, end := lx.matchFwd(r.d, j, cHead); e != nil && end > j+1 {
			break // a title of several words begins: "the Taoiseach and the British Prime Minister"
		}
		u := unitAt(r.d, j)
		words = append(words, u)
		if real == 0 || lx.class(tk.Norm)&cParticle == 0 {
			real++ // "Al" of "Mohammed bin Abdulrahman Al Thani" is no word of its own
		}
		j = u.e
		if real == 4 {
			break
		}
	}
	if len(words) > 0 && j < n && toks[j].Gap == token.Space && toks[j].Cap && lx.class(toks[j].Norm)&(cFiller|cPortfolio) != 0 {
		// the capitals name a portfolio, not a person: "the Minister for
		// Pacific Island Affairs"
		return 0, 0, nil, false
	}
	// drop trailing particles and initials, and the letters of a seat or an
	// order after the name: "Anthony Albanese MP"
	for len(words) > 1 && toks[words[len(words)-1].s].Upper && postNominal(words[len(words)-1].norm) {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && (isInitial(words[len(words)-1].norm) && !particleLetter(words[:len(words)-1], lx) && !r.syllable(words, len(words)-1) ||
		lx.class(words[len(words)-1].norm)&cParticle != 0 && !isCapWord(&toks[words[len(words)-1].s])) {
		words = words[:len(words)-1]
	}
	if real == 0 || len(words) == 0 {
		return 0, 0, nil, false
	}
	if len(words) >= 3 && hasAnySuffix(words[0].norm, "ії", "її") && words[0].e == words[0].s+1 && !isPatronymic(words[1].norm) {
		// A region in the genitive between the portfolio and the name:
		// "Міністр освіти Баварії Анна Штольц", "з міністром освіти
		// Баварії Анною Штольц". A first name in -ії ("Марії") stands
		// so only in an oblique case, and then two words name her, or
		// a patronymic follows.
		words = words[1:]
	}
	if len(words) == 1 && lx.class(words[0].norm)&cCapital != 0 {
		return 0, 0, nil, false // "Secondo il ministro, Kiev riceverà…"
	}
	if len(words) == 1 && r.acronym(words[0].s) {
		return 0, 0, nil, false // "на посаду міністра фінансів ЗМІ називають …"
	}
	if !ukNameAgrees(words, c, f&nameFem != 0) {
		return 0, 0, nil, false
	}
	if f&nameOwned != 0 {
		last := words[len(words)-1].norm
		if ukNominative(last, c) == last {
			return 0, 0, nil, false
		}
	}
	if b := words[0].s - 1; len(words) == 1 && b >= 0 && nameHonorifics[toks[b].Norm] && toks[b].Cap && toks[words[0].s].Gap == token.Space {
		// an honorific that one name word makes part of the name: "Prime
		// Minister Sheikh Hasina"
		words = append([]unit{{b, b + 1, toks[b].Norm}}, words...)
	}
	return words[0].s, words[len(words)-1].e, words, true
}

// nameHonorifics are the honorifics that South Asian usage keeps as part
// of a name of one word: "Sheikh Hasina". Read-only.
var nameHonorifics = map[string]bool{"sheikh": true, "sheikha": true, "шейх": true, "шейха": true}

// particleSurname reports a capitalized word at k that only a stop list
// holds ("Said"), right after the particle of an Arabic name, "bin" or a
// capitalized "Al", which no preposition of the three languages spells so
// inside a sentence: "Fahd bin Mahmoud Al Said", "Qaboos bin Said".
func (r *run) particleSurname(k int) bool {
	toks := r.toks
	lx := r.x.lx
	if k == 0 || !toks[k].Cap || toks[k].Gap != token.Space || lx.nameClass(toks[k].Norm, r.d.Lang)&(nameBlock&^cStop) != 0 {
		return false
	}
	p := &toks[k-1]
	return p.Kind == token.Word && (patronymParticle(p.Norm) || isCapWord(p) && lx.class(p.Norm)&cParticle != 0)
}

// acronym reports a word of at most three capitals at token k in text
// that is not all capitals: the media (ЗМІ), a party or a body, never a
// person alone.
func (r *run) acronym(k int) bool {
	tk := &r.toks[k]
	return tk.Upper && utf8.RuneCountInString(tk.Norm) <= 3 && (k == 0 || !r.toks[k-1].Upper) &&
		(k+1 >= len(r.toks) || !r.toks[k+1].Upper)
}

// monthGiven reports a month's English name at k that is a first name
// here, before a capitalized word that may be a surname: "January
// Makamba". "May" and "March" are also verbs, so they never are.
func (r *run) monthGiven(k int) bool {
	toks := r.toks
	switch toks[k].Norm {
	case "january", "april", "june", "august":
	default:
		return false
	}
	return toks[k].Cap && !toks[k].Upper && r.nameWordNext(k)
}

// nameWordNext reports a capitalized word after token k, spaced from it,
// that may be a word of a name: no title word, stop word or state.
func (r *run) nameWordNext(k int) bool {
	toks := r.toks
	if k+1 >= len(toks) || toks[k+1].Gap != token.Space || !isCapWord(&toks[k+1]) ||
		r.x.lx.nameClass(toks[k+1].Norm, r.d.Lang)&nameBlock != 0 {
		return false
	}
	_, nat := r.natAt(k + 1)
	return !nat
}

// joinedInitial reports a letter written straight after an initial, as
// the second of "C.R. Patil".
func joinedInitial(toks []token.Token, k int, words []unit) bool {
	w := words[len(words)-1].norm
	return toks[k].Gap == token.None && strings.HasSuffix(w, ".") && isInitial(w) && isInitial(toks[k].Norm)
}

// hanHe reports the Chinese surname or given name "He" at k: capitalized
// inside a sentence, where the pronoun is not, and either after a name
// word ("Liu He") or before a capitalized word that may be a given name
// ("Vice Premier He Lifeng").
func (r *run) hanHe(k int, afterName bool) bool {
	toks := r.toks
	if toks[k].Norm != "he" || !toks[k].Cap || toks[k].Upper || r.sentenceStart(k) {
		return false
	}
	return afterName || r.nameWordNext(k)
}

// particleLetter reports whether a one-letter word after words is a
// surname of its own, as after a particle: the "O" of "de la O".
func particleLetter(words []unit, lx *lexicon) bool {
	return len(words) >= 2 && lx.class(words[len(words)-1].norm)&cParticle != 0
}

// apposition finds the name before a title that follows it after a comma:
// "Rustem Umerov, Ukraine's defence minister, said"; "Guido Crosetto,
// ministro della Difesa". The title must end the clause, and the name must
// be two words or the surname of a known official, not a place after "in".
func (r *run) apposition(t *title) (named, bool) {
	toks := r.toks
	n := len(toks)
	closed := true // punctuation ends the title: a true apposition
	if t.end < n {
		tk := &toks[t.end]
		switch {
		case tk.Gap >= token.Newline:
			// the line ends the title: a signature, "Kaja Kallas, Prime
			// Minister of Estonia" over the next signatory's line
		case tk.Kind == token.Punct && strings.Contains(",.;:)!?»”\"", tk.Norm):
		case tk.Norm == "-" && tk.Gap > token.None && r.dashBefore(t):
			// a title between two spaced dashes: "Геннадій Зубко –
			// віцепрем'єр-міністр – веде реформу"
		case r.dashedSecondPost(t.end):
			// a second post after a spaced dash, closed by a comma:
			// "Гергей Гуяш, міністр — керівник канцелярії прем'єра, …"
		case tk.Norm == "(" && r.glossAt(t.end):
			// a gloss on the portfolio: "Minister of State for Petroleum
			// Resources (Gas)"
		case tk.Kind == token.Word && !tk.Cap && !tk.Upper:
			if e, _ := r.x.lx.matchFwd(r.d, t.end, cSays); e != nil {
				// "will be X, the prime minister said": the title is the
				// speaker's, X is what was said
				return named{}, false
			}
			if v, _ := r.appointAfter(t.end); v != nil && t.gcase == caseIns && !v.needAs {
				// "Кервінський, міністром юстиції став Журек": the title in
				// the instrumental is the predicate of the verb after it
				return named{}, false
			}
			// "Luigi Di Maio, allora ministro del Lavoro e oggi alla
			// Farnesina": what the person is now ends the title as a comma would
			conj := r.x.lx.class(tk.Norm)&cConj != 0 && t.end+1 < n && toks[t.end+1].Kind == token.Word
			if conj && r.wholeName(t.end+1, t) {
				// "alla Casa Bianca, il primo ministro indiano e Donald Trump
				// si sono impegnati": the title and a person are the subject
				return named{}, false
			}
			closed = conj && (r.x.lx.class(toks[t.end+1].Norm)&cAdverb != 0 || t.former && r.descriptionToEnd(t.end+1))
		default:
			return named{}, false
		}
	}
	b := r.appositionStart(t, closed)
	if b < 1 {
		return named{}, false
	}
	nb := b - 1
	if toks[b].Norm == "-" && nb > 0 && toks[nb].Kind == token.Word && !isCapWord(&toks[nb]) && r.x.lx.class(toks[nb].Norm)&cAdverb != 0 {
		nb-- // "Михайло Федоров тепер — перший віцепрем'єр-міністр"
	}
	words := r.nameBefore(nb)
	if len(words) == 0 {
		return named{}, false
	}
	before := words[0].s - 1
	honored := false // "Sheikh Hasina, the former prime minister", "Mr Harris, the finance minister"
	if before >= 0 && toks[before].Kind == token.Word && toks[words[0].s].Gap <= token.Space {
		c := r.x.lx.class(toks[before].Norm)
		if _, peer := counterpartWords[toks[before].Norm]; peer || toks[before].Norm == "collega" || toks[before].Norm == "colleague" {
			// a peer holds a title like the one after the comma: "la
			// collega Svenja Schulze, ministra dell'Ambiente,"
			c &^= cOtherTitle
		}
		switch {
		case c&cHonor != 0 && isCapWord(&toks[before]):
			honored = true
		case c&cPlacePrep != 0 && !isCapWord(&toks[before]) && !(!t.article && len(words) >= 2 && (closed || r.lowerAfter(t.end)) && !r.placeAt(words[0].s)):
			// "in Kyiv, the minister said"; but a title with no article that
			// ends its clause, or that no name follows, sets off a person:
			// "passa a Volker Wissing, ministro dei Trasporti, che …",
			// "affidato a Luigi Scotti, guardasigilli fino al 2008"
			return named{}, false
		case isCapWord(&toks[before]) && !r.openingConj(before) && !(c&cStop != 0 && r.sentenceStart(before)) || c&cOtherTitle != 0:
			// "con il presidente Volodymyr Zelensky, la premier ha ribadito":
			// the name is another title's, and the title after the comma
			// opens a new clause. A second title set off by commas, former or
			// with a nation and no article, is the same person's: "il
			// segretario generale Mark Rutte, ex primo ministro olandese,".
			// A stop word that opens the sentence is no such word: "Anche
			// Bruno Le Maire, ministro dell'Economia,".
			// A time span makes it the person's past or lasting post too:
			// "il presidente Tharman Shanmugaratnam, per anni ministro delle
			// Finanze", "presidente Edgars Rinkēvičs, ministro degli Esteri
			// dal 2011,".
			spanned := r.spanBefore(t.left-1) > 0 || !t.article && r.spanAfter(t.end) ||
				r.d.Lang == "uk" && toks[t.left-1].Norm == "-" && r.spanBefore(t.left-2) > 0 // "X, до вересня — міністр"
			// set off on both sides and followed by the predicate, the
			// title is the same person's second post: "Centre leader Katri
			// Kulmuni, the minister of economic affairs, told reporters"
			predicate := closed && t.article && r.commaThenVerb(t.end)
			if !(closed || (t.former || spanned) && r.formerTail(t.end)) || !(t.former || spanned || predicate || (!t.article && len(t.nations) > 0)) {
				return named{}, false
			}
		}
	}
	if len(words) < 2 && !r.knownSurname(words[0].norm) && !honored {
		return named{}, false
	}
	return named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words, honored: honored}, true
}

// descriptionToEnd reports a short run of lower-case words from token k
// to a comma or the sentence's end, with no verb and no relative among
// them: a description coordinated with a former title, which the
// punctuation after it closes as it would the title ("X, колишня
// міністерка спорту Зімбабве і дворазова олімпійська чемпіонка з
// плавання.").
func (r *run) descriptionToEnd(k int) bool {
	toks, lx := r.toks, r.x.lx
	for j := k; j < len(toks) && j < k+8; j++ {
		tk := &toks[j]
		if tk.Kind == token.Punct && j > k && (tk.Norm == "," || tk.Norm == ";" || sentenceEnd(toks, j)) {
			return true
		}
		if tk.Kind != token.Word || isCapWord(tk) || tk.Gap >= token.Newline ||
			lx.class(tk.Norm)&(cAppoint|cSays|cAux|cCopula|cRel|cHeadVerb|cPerfect|cSubord) != 0 ||
			r.d.Lang == "uk" && ukVerbLike(tk.Norm) {
			return false
		}
	}
	return false
}

// dashBefore reports a spaced dash right before title t, or before an
// adverb there ("— сам колишній міністр —") or a span that says when.
func (r *run) dashBefore(t *title) bool {
	b := r.pastFormerAdverb(t)
	if b >= 0 && r.toks[b].Norm == "-" && r.toks[b].Gap > token.None {
		return true
	}
	// or before a span that says when: "X – у 2012–2014 роках міністр …"
	k := r.spanBefore(b)
	return k > 0 && r.toks[k].Norm == "-"
}

// pastFormerAdverb is the token before former title t, stepping back over
// an adverb there ("сам колишній міністр", "himself a former minister").
func (r *run) pastFormerAdverb(t *title) int {
	toks, b := r.toks, t.left-1
	if b > 0 && t.former && toks[b].Kind == token.Word && r.x.lx.class(toks[b].Norm)&cAdverb != 0 {
		b--
	}
	return b
}

// dashedSecondPost reports a spaced dash at token k, then a lower-case
// title word and its complement up to a comma within a few words of the
// same line.
func (r *run) dashedSecondPost(k int) bool {
	toks := r.toks
	if k+2 >= len(toks) || toks[k].Gap == token.None || toks[k+1].Gap == token.None {
		return false
	}
	switch toks[k].Norm {
	case "-", "–", "—":
	default:
		return false
	}
	w := &toks[k+1]
	if w.Kind != token.Word || isCapWord(w) || r.x.lx.class(w.Norm)&(cHead|cOtherTitle) == 0 {
		return false
	}
	for m := k + 2; m < len(toks) && m < k+10; m++ {
		if toks[m].Gap >= token.Newline || sentenceEnd(toks, m) {
			return false
		}
		if toks[m].Norm == "," {
			return true
		}
	}
	return false
}

// commaThenVerb reports a comma at token k followed by a lower-case word
// that is no conjunction, article or relative: the apposition closed
// there is the subject's, and the clause goes on with its verb.
func (r *run) commaThenVerb(k int) bool {
	toks := r.toks
	if k+1 >= len(toks) || toks[k].Norm != "," || !r.lowerAfter(k+1) {
		return false
	}
	return r.x.lx.class(toks[k+1].Norm)&(cConj|cDet|cRel|cPlacePrep|cConn) == 0
}

// lowerAfter reports a lower-case word at token k: what follows a title
// there is no name it stands before.
func (r *run) lowerAfter(k int) bool {
	return k < len(r.toks) && r.toks[k].Kind == token.Word && !isCapWord(&r.toks[k]) && r.toks[k].Gap <= token.Space
}

// placeAt reports a nation or a capital at token k.
func (r *run) placeAt(k int) bool {
	_, ok := r.natAt(k)
	return ok || r.capitalAt(k) != ""
}

// acronymAt reports a word of two letters or more written in capitals
// inside a sentence, which is no stop word it spells: "for IT", "per l'UE".
func (r *run) acronymAt(j int) bool {
	tk := &r.toks[j]
	return tk.Upper && utf8.RuneCountInString(tk.Norm) >= 2 && j > 0 && !r.sentenceStart(j) && !r.toks[j-1].Upper
}

// formerTail reports a relative clause or a time span at token k, which
// goes on with a former title set off by a comma after another title's
// name: "President João Lourenço, a former defence minister who has …",
// "Il capo dello Stato Zoran Milanović, ex primo ministro tra il 2011 e il
// 2016,", "il governatore José Luis Escrivá, ex ministro della Sicurezza
// sociale nei governi Sánchez," (a government within a few words).
func (r *run) formerTail(k int) bool {
	toks, lx := r.toks, r.x.lx
	if k >= len(toks) || toks[k].Kind != token.Word {
		return false
	}
	if lx.class(toks[k].Norm)&(cRel|cSpan|cUnder) != 0 {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Kind == token.Word && toks[j].Gap < token.Newline; j++ {
		if e, _ := lx.matchFwd(r.d, j, cMinistry); e != nil && e.gov {
			return true
		}
	}
	return false
}

// spanAfter reports a time span that opens at token k with a number:
// "dal 2011", "since 2019", "з 2020 року".
func (r *run) spanAfter(k int) bool {
	toks := r.toks
	return k+1 < len(toks) && toks[k].Kind == token.Word && !isCapWord(&toks[k]) &&
		r.x.lx.class(toks[k].Norm)&(cSpan|cUnder) != 0 && toks[k+1].Kind == token.Number
}

// pluralApposition reads the list of names a plural title stands after,
// set off by a comma: "Hanno Pevkur and Andris Sprūds, the defence
// ministers of Estonia and Latvia, …". Each name is two words or a known
// surname; the names take the title's nations in order when there are as
// many.
func (r *run) pluralApposition(t *title) []named {
	toks, lx := r.toks, r.x.lx
	if t.end < len(toks) {
		if tk := &toks[t.end]; tk.Kind != token.Punct || !strings.Contains(",.;:)", tk.Norm) {
			return nil
		}
	}
	j := t.left - 1
	counter := func(tk *token.Token) bool {
		return tk.Kind == token.Number || tk.Kind == token.Word && !isCapWord(tk) && lx.class(tk.Norm)&(cDet|cQuantity) != 0
	}
	for k := 0; k < 3 && j > 0; k++ { // "the two", "all", "the three Nordic"
		if tk := &toks[j]; !counter(tk) && (k > 0 || !isCapWord(tk) || !counter(&toks[j-1])) {
			break
		}
		j--
	}
	if j < 1 || toks[j].Norm != "," {
		return nil
	}
	var names []named
	first := 0 // where the list starts
	for j--; j >= 0 && len(names) < 8; {
		words := r.nameBefore(j)
		if !r.standsAlone(words) {
			break
		}
		nm := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}
		nm.t.plural = false
		j = words[0].s - 1
		if r.possessiveEnd(j) {
			// each name with its own state: "Germany's A and France's B"
			if n, ok := r.natEndingAt(j - 2); ok {
				nm.nation, j = n.code, n.s-1
			}
		}
		names, first = append(names, nm), j+1
		if j < 1 {
			break
		}
		// "A and B", "A, B and C", "A, B, and C"
		sep := &toks[j]
		if len(names) == 1 && (sep.Kind != token.Word || lx.class(sep.Norm)&cConj == 0 || toks[j-1].Kind == token.Punct && toks[j-1].Norm != ",") ||
			len(names) > 1 && sep.Norm != "," {
			break
		}
		j--
		if len(names) == 1 && toks[j].Norm == "," {
			j--
		}
	}
	if len(names) < 2 {
		return nil
	}
	// The word before the list must not make it another title's or a
	// place's: "con i presidenti A e B, i ministri …".
	if first > 0 && !r.sentenceStart(first) {
		if tk := &toks[first-1]; tk.Kind == token.Word && (isCapWord(tk) || lx.class(tk.Norm)&(cOtherTitle|cPlacePrep) != 0) {
			return nil
		}
	}
	slices.Reverse(names)
	if len(t.nations) == len(names) {
		for n := range names {
			names[n].t.nations = []string{t.nations[n]}
		}
	}
	return names
}

// appositionStart finds the comma (or parenthesis) that opens the
// apposition holding title t, or -1. It is usually right before the
// title; it may also stand before an age ("Mark Rutte, 58 anni, ex
// premier olandese") or before a first apposition the title is coordinated
// with, when the title is a former or indefinite one that ends the
// apposition ("Pedro Nuno Santos, the Socialist leader and a former
// infrastructure minister, said").
func (r *run) appositionStart(t *title, closed bool) int {
	toks, lx := r.toks, r.x.lx
	b := t.left - 1
	if b < 1 {
		return -1
	}
	if toks[b].Norm == "(" {
		return b
	}
	if m := r.pastFormerAdverb(t); m < b && m > 0 && (toks[m].Norm == "," || toks[m].Norm == "-" && toks[m].Gap == token.Space) {
		b = m // "Вадим Пристайко — сам колишній міністр закордонних справ —", "X, himself a former minister,"
	}
	if ownerPronouns[toks[b].Norm] && toks[b-1].Norm == "," && closed {
		return b - 1 // "Lorenzo Guerini, his defence minister,"
	}
	if toks[b].Norm == "-" && toks[b].Gap == token.Space && toks[b+1].Gap == token.Space && closed {
		if k := r.spanBefore(b - 1); k > 0 && toks[k].Norm == "," && r.d.Lang == "uk" {
			// a span that says when before the dash: "X, до вересня —
			// міністр"; but after a relative clause the dash is the
			// predicate of the name before it: "X, який вів переговори
			// щодо FCAS, з 9 вересня — прем'єр-міністр"
			if r.inRelativeClause(k - 1) {
				return -1
			}
			return k
		}
		return b // "Вопке Гукстра — колишній міністр фінансів,"
	}
	if k := r.spanBefore(b); k > 0 {
		b = k // "Bruno Le Maire, per sette anni ministro"
		if toks[b].Norm == "-" {
			if !closed {
				return -1
			}
			return b
		}
	}
	if toks[b].Norm == "," {
		// a post-nominal in parentheses between them: "January Makamba
		// (MP), Minister for Energy"
		if j := b - 1; j >= 3 && toks[j].Norm == ")" && toks[j-2].Norm == "(" && toks[j-1].Upper &&
			utf8.RuneCountInString(toks[j-1].Norm) <= 4 {
			return j - 2
		}
		// an age between the name and the title
		j := b - 1
		if toks[j].Kind == token.Word && lx.class(toks[j].Norm)&cAge != 0 {
			j--
		}
		if j >= 1 && toks[j].Kind == token.Number && toks[j-1].Norm == "," && toks[j].Gap <= token.Space {
			return j - 1
		}
		// the person's party, an adjective set off on its own: "Christian
		// Schmidt, cristianosociale, titolare dell'Agricoltura"
		if j = b - 1; j >= 2 && toks[j-1].Norm == "," && toks[j].Kind == token.Word && !isCapWord(&toks[j]) &&
			lx.class(toks[j].Norm) == cFiller && isCapWord(&toks[j-2]) {
			return j - 1
		}
		return b
	}
	adverbs := 0
	for ; adverbs < 2 && b > 1 && toks[b].Kind == token.Word && !isCapWord(&toks[b]) && lx.class(toks[b].Norm)&cAdverb != 0; adverbs++ {
		b-- // "leader of the party and himself a former prime minister"
	}
	// a clause of time after the title ends the apposition as a comma
	// would: "Peter Altmaier, capo della Cancelleria e ministro delle
	// Finanze ad interim da quando Schäuble è passato al Bundestag"
	if !closed && !r.timeClauseAt(t.end) || toks[b].Kind != token.Word || lx.class(toks[b].Norm)&cConj == 0 {
		return -1
	}
	// a capitalized title that the predicate follows stands for no name
	// after it: "Kjell Ingolf Ropstad, the Christian Democrat leader and
	// Minister of Children and Families, said"
	capTitle := isCapWord(&toks[t.left]) && !(!t.article && r.commaThenVerb(t.end))
	if !t.former && lx.class(toks[t.left].Norm)&cIndef == 0 && (t.article || capTitle) {
		return -1
	}
	// back over the first apposition: a few words of one clause
	for m := b - 1; m >= 1 && m > b-9; m-- {
		tk := &toks[m]
		switch {
		case tk.Norm == ",":
			return m
		case adverbs > 0 && lx.class(tk.Norm)&cHead != 0:
			// "the foreign minister and himself a former prime minister":
			// the first title is the one he holds, the second an aside on
			// his past
			return -1
		case sentenceEnd(toks, m) || toks[m+1].Gap >= token.Newline:
			return -1
		case tk.Kind == token.Word && lx.class(tk.Norm)&cConj != 0:
			return -1 // a list of persons, not one person's titles
		case tk.Kind == token.Punct && tk.Norm != "'" && tk.Norm != "’" && tk.Norm != "-":
			return -1
		}
	}
	return -1
}

// timeClauseAt reports a clause of time that opens at token k after a
// title: a conjunction of time ("quando", "since"), or one after a word of
// spans ("da quando", "fin da quando"), or a span with a number ("dal
// 2019").
func (r *run) timeClauseAt(k int) bool {
	toks, lx := r.toks, r.x.lx
	if r.spanAfter(k) {
		return true
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		tk := &toks[j]
		if tk.Kind != token.Word || isCapWord(tk) || tk.Gap >= token.Newline {
			return false
		}
		if c := lx.class(tk.Norm); c&cSubord != 0 {
			return true
		} else if c&cSpan == 0 {
			return false
		}
	}
	return false
}

// spanBefore returns the comma, or the spaced dash, before a time span
// that ends at j, or -1: "X, per sette anni ministro", "X, from 2017 to
// 2024 finance minister", "X, until then a minister". The span holds a
// number, an age word (years, anni) or a word that says when (then,
// allora), and words of spans only, so that it says how long or when, not
// what else the person is.
func (r *run) spanBefore(j int) int {
	toks, lx := r.toks, r.x.lx
	// the title may open with the word that says when: "fino ad allora ministro"
	measure := j+1 < len(toks) && lx.class(toks[j+1].Norm)&cThen != 0
	for k := j; k >= 1 && k > j-8; k-- {
		tk := &toks[k]
		switch {
		case tk.Norm == ",":
			if k < j && measure {
				return k
			}
			return -1
		case tk.Kind == token.Number:
			measure = true
		case tk.Kind == token.Word && !isCapWord(tk) && (lx.class(tk.Norm)&(cAge|cThen) != 0 || r.d.Lang == "uk" && ukMonthsGen[tk.Norm]):
			measure = true // "до вересня — міністр"
		case tk.Norm == "-" && tk.Gap == token.Space && k+1 < len(toks) && toks[k+1].Gap == token.Space:
			if k < j && measure {
				return k // "Юлія Свириденко — тоді ще перша віцепрем'єрка"
			}
			return -1
		case tk.Norm == "-": // every dash, "2017–2024"
		case (tk.Norm == "'" || tk.Norm == "’") && tk.Gap == token.None: // "all'epoca"
		case tk.Kind == token.Word && !isCapWord(tk) && lx.class(tk.Norm)&cSpan != 0:
		default:
			return -1
		}
		if toks[k].Gap >= token.Newline {
			return -1
		}
	}
	return -1
}

// whenSpanEnd returns the comma that ends a span saying when, right after
// a title at k, or -1: "Mexico's agriculture minister at the time, Víctor
// Villalobos", "il ministro dell'Economia dell'epoca, Martín Guzmán". The
// span is a few lower-case words of spans, one of them a word that says
// when, so that "the minister at the time of the crash," ends no title.
func (r *run) whenSpanEnd(k int) int {
	toks, lx := r.toks, r.x.lx
	when := false
	for j := k; j < len(toks) && j < k+5; j++ {
		tk := &toks[j]
		switch {
		case tk.Gap >= token.Newline:
			return -1
		case tk.Norm == ",":
			if when && j > k {
				return j
			}
			return -1
		case (tk.Norm == "'" || tk.Norm == "’") && tk.Gap == token.None: // "dell'epoca"
		case tk.Kind != token.Word || isCapWord(tk):
			return -1
		case lx.class(tk.Norm)&cThen != 0:
			when = true
		case lx.class(tk.Norm)&cSpan == 0:
			return -1
		}
	}
	return -1
}

// nicknameEnd returns the end of a nickname in quotes that opens at token
// j between two words of a name ("Luis «Toto» Caputo", "Luiz Inácio
// \"Lula\" da Silva"), or j.
func nicknameEnd(toks []token.Token, j int) int {
	n := len(toks)
	if j+3 >= n || toks[j].Kind != token.Punct || toks[j].Gap != token.Space {
		return j
	}
	switch toks[j].Norm {
	case "«", "\"", "“", "'":
	default:
		return j
	}
	m := j + 1
	for m < n && m < j+3 && toks[m].Kind == token.Word && isCapWord(&toks[m]) && toks[m].Gap <= token.Space {
		m++
	}
	if m == j+1 || m+1 >= n || toks[m].Kind != token.Punct || toks[m].Gap != token.None {
		return j
	}
	switch toks[m].Norm {
	case "»", "\"", "”", "'":
	default:
		return j
	}
	if toks[m+1].Gap != token.Space || toks[m+1].Kind != token.Word || !toks[m+1].Cap {
		return j
	}
	return m + 1
}

// nameBefore reads the name of up to four capitalized words whose last
// token is j, going back.
func (r *run) nameBefore(j int) []unit {
	toks := r.toks
	var words []unit
	real := 0         // words that are no particle
	particle := false // a chain of particles makes a longer name: "Maktoum bin Mohammed bin Rashid Al Maktoum"
	for j >= 0 && j < len(toks) && (len(words) < 6 || len(words) < 8 && particle) && real < 4 {
		if len(words) > 0 && r.x.lx.class(words[0].norm)&cParticle == 0 {
			real++
		} else if len(words) > 0 {
			particle = true
		}
		us := j
		for us >= 2 && toks[us].Gap == token.None && (toks[us-1].Norm == "-" || toks[us-1].Norm == "'") &&
			toks[us-1].Gap == token.None && toks[us-2].Kind == token.Word {
			us -= 2
		}
		tk := &toks[us]
		if cl := r.x.lx.class(tk.Norm); len(words) > 0 && us == j && tk.Kind == token.Word && tk.Gap == token.Space && cl&cParticle != 0 &&
			(isCapWord(tk) || len(realWords(words)) == 1 || len(realWords(words)) > 1 && cl&cConn == 0) && r.particleRunAfterName(us) {
			// particles before the surname, in lower case ("Ursula von der
			// Leyen", after a real word) or capitalized ("Faisal bin Farhan
			// Al Saud"). A particle that is also a preposition comes
			// before a surname of one word: in "il Veneto di Luca Zaia"
			// it joins a place to a person.
			words = append([]unit{{us, us + 1, tk.Norm}}, words...)
			j = us - 1
			continue
		}
		// "al-Sudani": a lower-case particle joined to a capitalized word
		joined := us < j && tk.Kind == token.Word && r.x.lx.class(tk.Norm)&cParticle != 0 && isCapWord(&toks[j])
		if !joined && (tk.Kind != token.Word || !isCapWord(tk) || r.x.lx.nameClass(tk.Norm, r.d.Lang)&nameBlock != 0 && !(us == j && r.monthGiven(us)) && !(len(words) == 0 && r.particleSurname(us))) {
			break
		}
		if r.openingConj(us) {
			break // "And Paschal Donohoe, the Minister for Finance, …"
		}
		if len(realWords(words)) >= 2 && r.x.lx.class(tk.Norm)&cOtherTitle != 0 {
			break // a title before a full name: "Opposition Leader Peter Dutton"
		}
		if len(realWords(words)) >= 2 && r.titleComplement(us) {
			break // "il presidente della Consob Paolo Savona"
		}
		if r.acronymAfterTitle(us) && len(realWords(words)) >= 2 {
			break // "президентка МОК Кірсті Ковентрі": the body the title heads
		}
		if _, isNat := r.natAt(us); isNat {
			break
		}
		u := unitAt(r.d, us)
		if u.e != j+1 {
			break
		}
		words = append([]unit{u}, words...)
		if toks[us].Gap != token.Space && toks[us].Gap != token.Thin {
			break
		}
		j = us - 1
	}
	return words
}

// titleComplement reports a word at k that another title governs after
// a connector: the body the title holder heads, not a name word.
func (r *run) titleComplement(k int) bool {
	j := k - 1
	return j >= 1 && r.toks[j].Kind == token.Word && !isCapWord(&r.toks[j]) && r.x.lx.class(r.toks[j].Norm)&cConn != 0 &&
		r.otherTitleBefore(k)
}

// acronymAfterTitle reports a word in capitals at k right after a
// lower-case title that is not a minister's: the body whose head it names
// in the genitive, which needs no connector ("президентка МОК", "голова
// НБУ"), not a name word. Names are not written in capitals inside a
// sentence.
func (r *run) acronymAfterTitle(k int) bool {
	toks := r.toks
	return k >= 1 && toks[k].Upper && r.acronymAt(k) && toks[k-1].Kind == token.Word && !isCapWord(&toks[k-1]) &&
		r.x.lx.class(toks[k-1].Norm)&cOtherTitle != 0
}

// particleRunAfterName reports that the lower-case particle at k follows
// a capitalized name word, directly or after one more particle.
func (r *run) particleRunAfterName(k int) bool {
	toks := r.toks
	for m := k - 1; m >= 0 && m >= k-2; m-- {
		tk := &toks[m]
		if tk.Kind != token.Word {
			return false
		}
		if isCapWord(tk) {
			return r.x.lx.nameClass(tk.Norm, r.d.Lang)&nameBlock == 0
		}
		if r.x.lx.class(tk.Norm)&cParticle == 0 || tk.Gap != token.Space {
			return false
		}
	}
	return false
}

// lenientName looks past words the vocabulary does not know, after a
// title's connector, for the name: at most eleven tokens of one clause,
// none of them a title, a stop word or sentence punctuation. A run of
// three or more capitalized words keeps the known official it ends with,
// else its last two words ("Communities and Territories Development
// Oleksii Chernyshov"). A single word counts only as a known surname.
func (r *run) lenientName(k int, t *title) (named, bool) {
	toks := r.toks
	lx := r.x.lx
	if t.plural || (t.kind != kindMinister && t.kind != kindPremier) {
		return named{}, false
	}
	// Portfolios are often written in lower case ("ministro per le forze
	// armate", "minister for the armed forces"): lower-case words may stand
	// before the name, but never a stop word (see below), so that prose
	// after "of" ("the minister of course told…") finds no name, and at
	// most three of them ("il ministro per la prima volta ha incontrato…").
	lower := 0
	first := true  // no capitalized run read yet
	parts := false // the portfolio has parts joined by a conjunction
	for j := k; j < len(toks) && j < k+12; j++ {
		tk := &toks[j]
		if j > k && tk.Gap >= token.Newline {
			break
		}
		if tk.Kind != token.Word {
			if tk.Norm == "," || ((tk.Norm == "'" || tk.Norm == "-") && tk.Gap == token.None) {
				continue
			}
			break
		}
		c := lx.class(tk.Norm)
		if c&cWith != 0 && !isCapWord(tk) && j > k && isCapWord(&toks[j-1]) {
			// a portfolio of relations: "dei Rapporti con le Cortes",
			// "for Relations with Parliament"
			continue
		}
		if c&(cHead|cOtherTitle|cPossessor) != 0 || (c&cStop != 0 && c&(cConn|cConj|cFiller|cPortfolio|cHonor) == 0 && !r.monthGiven(j) && !r.acronymAt(j) &&
			!(c&cDet != 0 && isCapWord(tk) && (j > k || lx.class(toks[j-1].Norm)&cConj != 0))) { // "Information and National Orientation"
			break
		}
		if ns, ok := r.natAt(j); ok {
			t.nations = append(t.nations, ns.code)
			j = ns.e - 1
			continue
		}
		if !isCapWord(tk) {
			if c&(cConn|cConj|cFiller|cPortfolio) == 0 && !hasCyrillic(tk.Norm) {
				if lower++; lower > 3 {
					break
				}
			}
			continue
		}
		// After the first run, capitals the vocabulary knows as a
		// portfolio, or right after a connector, go on with the portfolio:
		// "della Pianificazione, dello Sviluppo Economico e della
		// Cooperazione Internazionale, Rania Al-Mashat".
		if e, end := lx.matchFwd(r.d, j, cPortfolio|cFiller); e != nil && !first {
			j = end - 1
			parts = false // the part after the conjunction is a known one
			continue
		}
		if !first && r.afterConnector(j) {
			j = unitAt(r.d, j).e - 1
			continue
		}
		s, e, words, ok := r.parseName(j, t.gcase, t.nameFlags())
		if !ok {
			j = unitAt(r.d, j).e - 1
			first = false
			continue
		}
		if first && e+1 < len(toks) && lx.class(toks[e].Norm)&cConj != 0 && toks[e].Gap == token.Space &&
			isCapWord(&toks[e+1]) {
			// the first capitalized words after the connector go on with a
			// conjunction and more capitals: one portfolio of several
			// parts, not a name ("Minister of Arctic Shipping and Polar
			// Logistics")
			j = e
			first, parts = false, true
			continue
		}
		if e+1 < len(toks) && toks[e].Norm == "," && isCapWord(&toks[e+1]) {
			// "the Minister for Public Expenditure, Paschal Donohoe", "of
			// Humanitarian Affairs and Poverty Alleviation, Betta Edu":
			// capitals end the portfolio when a full name follows a comma
			if _, _, next, ok := r.parseName(e+1, t.gcase, t.nameFlags()); ok && len(realWords(next)) >= 2 {
				j = e
				first = false
				continue
			}
		}
		if r.d.Lang == "en" && (s == k || !isCapWord(&toks[s-1]) && lx.class(toks[s-1].Norm)&cConj != 0) && len(realWords(words)) < 3 {
			// English capitalizes a portfolio the vocabulary does not know;
			// no name stands right after its connector or conjunction
			// ("the Minister of Emergency Preparedness", "for Women,
			// Children and Poverty Alleviation"), though one may follow
			j = e - 1
			first = false
			continue
		}
		if lx.class(toks[s-1].Norm)&cConj != 0 && r.titleOpensAt(e) {
			// a list of posts with no verb: in "B ministro dell'Economia e C
			// ministro della Difesa" C holds the title after it (see
			// gapAfterConj)
			return named{}, false
		}
		first = false
		if real := realWords(words); len(real) >= 3 && toks[s-1].Norm != "," {
			// capitals straight after the portfolio's may begin with its
			// last words; after a comma they are the name alone
			words = r.knownTail(words)
			s = words[0].s
		} else if parts && s == j && toks[s-1].Norm != "," || len(real) < 2 && !isInitial(words[0].norm) && !r.knownSurname(words[len(words)-1].norm) {
			// after "Arctic Shipping and", a short run is the portfolio's
			// last part ("Polar Logistics"); a name follows it. Initials
			// stand for a first name: "C. R. Patil". An acronym the name
			// read skipped was that last part: "Electronics and IT".
			j = e - 1
			parts = false
			continue
		}
		return named{t: *t, s: s, e: e, words: words}, true
	}
	return named{}, false
}

// afterConnector reports a word right after a lower-case connector of a
// title's complement ("dello", "dell'", "of the"), where a portfolio goes
// on and no name stands.
func (r *run) afterConnector(k int) bool {
	m := k - 1
	if m >= 0 && r.toks[m].Norm == "'" && r.toks[m].Gap == token.None {
		m--
	}
	return m >= 0 && r.toks[m].Kind == token.Word && !isCapWord(&r.toks[m]) && r.x.lx.class(r.toks[m].Norm)&cConn != 0
}

// openingConj reports a conjunction, or an Italian adverb in -mente or a
// Ukrainian adverb of discourse, that begins a sentence, capitalized there
// and so no name word: the "And" of "And Paschal Donohoe, …", the
// "Formalmente" of "Formalmente Rotich resta ministro", the "Натомість" of
// "Натомість Бенні Ганц, який …". No Italian name ends in -mente; English names end in
// -ly ("Kelly", "Emily"), so its adverbs cannot be told by their ending.
func (r *run) openingConj(k int) bool {
	n := r.toks[k].Norm
	if n == "ed" && r.d.Lang != "it" {
		return false // the Italian "ed" opens no English sentence: "Ed Davey, the …"
	}
	adverb := r.d.Lang == "it" && len(n) > len("mente")+2 && strings.HasSuffix(n, "mente") ||
		r.d.Lang == "uk" && ukOpeningAdverbs[n]
	return (adverb || r.x.lx.class(n)&cConj != 0) && r.sentenceStart(k)
}

// sentenceStart reports a token that begins a sentence, a line or a
// quotation.
func (r *run) sentenceStart(k int) bool {
	if r.lineOrSentenceStart(k) {
		return true
	}
	switch r.toks[k-1].Norm {
	case ":", "«", "\"", "“":
		return true
	}
	return false
}

// clauseOpens reports that token k opens a sentence, a line or what
// follows a live blog's time stamp: "Ore 11.20 – Replica da Ankara…".
func (r *run) clauseOpens(k int) bool {
	return r.lineOrSentenceStart(k) || r.toks[k-1].Norm == "-" && r.toks[k-1].Gap > token.None && r.toks[k].Gap > token.None
}

// lineOrSentenceStart reports a token that begins the text, a line or a
// sentence.
func (r *run) lineOrSentenceStart(k int) bool {
	return k == 0 || r.toks[k].Gap >= token.Newline || sentenceEnd(r.toks, k-1)
}

// realWords drops particles and initials.
func realWords(words []unit) []unit {
	out := make([]unit, 0, len(words))
	for _, w := range words {
		if !isInitial(w.norm) && !isParticle(w.norm) {
			out = append(out, w)
		}
	}
	return out
}

// knownTail is the shortest ending of words (two or more) that names a
// known official, else the last two words.
func (r *run) knownTail(words []unit) []unit {
	for cut := len(words) - 2; cut >= 1; cut-- {
		tail := words[cut:]
		nw := make([]nameWord, len(tail))
		for i, u := range tail {
			nw[i] = nameWord{key: u.norm, nom: u.norm}
		}
		if _, ok := r.x.tab.match(nw, matchCtx{}); ok {
			return tail
		}
	}
	return words[len(words)-2:]
}

// standsAlone reports that words can name a person without more: two
// words that are no particle or initial, or a known surname last.
func (r *run) standsAlone(words []unit) bool {
	return len(words) > 0 && (len(realWords(words)) >= 2 || r.knownSurname(words[len(words)-1].norm))
}

// knownSurname reports a word that may stand alone for a person: the
// surname of an official in the table, or the last word of a full name the
// text gives elsewhere ("Piyush Goyal arrived … Goyal, the commerce
// minister, said").
func (r *run) knownSurname(norm string) bool {
	for _, rf := range r.x.tab.exact[norm] {
		if rf.part == partFamily {
			return true
		}
	}
	return r.textSurname(norm)
}

// textGiven reports that the text writes norm, inside a sentence, as the
// first word of a name of two or more words: Thai and Indonesian usage
// names a person by it alone ("handed the treasury to Purbaya Yudhi
// Sadewa … Purbaya was sworn in as finance minister").
func (r *run) textGiven(norm string) bool {
	toks := r.toks
	for k := 1; k < len(toks); k++ {
		if toks[k].Norm != norm || !isCapWord(&toks[k]) || r.sentenceStart(k) {
			continue
		}
		if r.x.lx.class(toks[k-1].Norm)&cOtherTitle != 0 {
			return false // "President Prabowo Subianto": "Prabowo replaces X as" is who did it
		}
		e := k + 1
		for e < len(toks) && isCapWord(&toks[e]) && toks[e].Gap == token.Space {
			e++
		}
		if words := r.nameBefore(e - 1); len(words) > 0 && words[0].s == k && len(realWords(words)) >= 2 {
			return true
		}
	}
	return false
}

// textSurname reports that the text writes norm as the last word of a
// name of two or more words. A Cyrillic surname may be in another case
// there: the same first letters and a near skeleton are enough.
func (r *run) textSurname(norm string) bool {
	if known, ok := r.surnames[norm]; ok {
		return known
	}
	cyr := hasCyrillic(norm)
	var sk string
	if cyr {
		sk = skeleton(norm)
	}
	found := false
	toks := r.toks
	for k := 1; k < len(toks) && !found; k++ {
		if toks[k].Kind != token.Word {
			continue
		}
		// after a word, or after a particle's hyphen: "Nouri al-Maliki"
		if prev := &toks[k-1]; prev.Kind != token.Word && !(prev.Norm == "-" && toks[k].Gap == token.None && k > 1 && toks[k-2].Kind == token.Word) {
			continue
		}
		// the whole word of a hyphenated surname: "Asaad al-Shaibani … Al-Shaibani"
		u := unitAt(r.d, k)
		last := u.e - 1
		if !isCapWord(&toks[last]) {
			continue
		}
		if u.norm != norm && (!cyr || namePrefix(u.norm) != namePrefix(norm) || !sameSkeleton(skeleton(u.norm), sk)) {
			continue
		}
		if u.e < len(toks) && toks[u.e].Kind == token.Word && isCapWord(&toks[u.e]) && toks[u.e].Gap <= token.Space {
			continue // not the last word
		}
		found = len(realWords(r.nameBefore(last))) >= 2
	}
	if r.surnames == nil {
		r.surnames = map[string]bool{}
	}
	r.surnames[norm] = found
	return found
}

// postNominal reports the letters of a seat, an order or a rank written
// after a name in capitals: MP, QC, OBE, TD.
func postNominal(norm string) bool {
	switch norm {
	case "mp", "mps", "mep", "msp", "mla", "mpp", "td", "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe", "ac", "ao", "pc":
		return true
	}
	return false
}
