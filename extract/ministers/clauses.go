package ministers

import (
	"slices"
	"strings"

	"kronika/extract/token"
)

// Titles that name no one after them may still give a title to a person
// named elsewhere in the clause or just before it: the object or subject of
// an appointment ("appointed X as foreign minister", "X è stato nominato
// ministro", "призначила Рустема Умєрова міністром оборони") or the person
// of the sentence before ("Кая Каллас представила план. Колишня
// прем'єр-міністерка Естонії запропонувала…").

// agentPreps introduce the agent of a passive participle. Read-only.
var agentPreps = map[string]bool{
	"by": true, "da": true, "dal": true, "dalla": true, "dai": true, "dalle": true, "dagli": true, "dall": true,
}

// agentApposition reads the name set off by commas after a title that a
// passive participle and its agent complete: "Il primo ministro nominato
// dalla giunta, Ali Mahamane Lamine Zeine, sostiene", "the prime minister
// appointed by the junta, Ali Lamine Zeine, said". The agent keeps the
// participle from being a verb whose object follows ("the minister
// appointed his deputy, X, as …").
func (r *run) agentApposition(t *title) (named, bool) {
	lx, toks := r.x.lx, r.toks
	v, k := lx.matchFwd(r.d, t.end, cAppoint)
	if v == nil || v.subject || v.needAs || k >= len(toks) || !agentPreps[toks[k].Norm] || !r.sameLine(t.end-1, k) {
		return named{}, false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if sentenceEnd(toks, j) || toks[j].Gap >= token.Newline {
			break
		}
		if toks[j].Norm != "," {
			continue
		}
		s, e, words, ok := r.parseName(j+1, t.gcase, t.nameFlags())
		if !ok || s != j+1 || !r.standsAlone(words) || e >= len(toks) || toks[e].Norm != "," && !sentenceEnd(toks, e) {
			break
		}
		return named{t: *t, s: s, e: e, words: words}, true
	}
	return named{}, false
}

// appointee finds the person an appointment verb gives the title t to,
// when no name follows t. The name stands before the verb ("X was
// appointed defence minister", "Умєров став міністром"), or between the
// verb and the title ("named X foreign minister", "appointed X, formerly
// his deputy, as foreign minister").
func (r *run) appointee(t *title) (named, bool) {
	lx, toks := r.x.lx, r.toks
	if t.possessor {
		return named{}, false // "Марк Вос був радником міністра": the adviser's post
	}
	if t.gcase == caseIns {
		if nm, ok := r.gappedAppointee(t); ok {
			return nm, true
		}
		// a predicative title, then the verb and the name: "Новим міністром
		// оборони призначено Рустема Умєрова", "Міністром став Рустем Умєров"
		v, k := r.appointAfter(r.insteadOf(t.end))
		if v == nil && r.d.Lang == "uk" {
			// "Міністром енергетики в уряді прем'єра X є Y"
			v, k = r.ukAdjunctVerb(t)
		}
		if v != nil && !v.needAs && r.sameLine(t.end-1, k) {
			c := caseNom
			if v.gcase != caseAny {
				c = v.gcase
			}
			// "Міністром юстиції став суддя Вальдемар Журек"
			b := r.professionBefore(k)
			if b == k && r.d.Lang == "uk" {
				b = r.ukDescriptorEnd(k) // "Міністром фінансів став давній соратник прем'єра …"
			}
			if s, e, words, ok := r.parseName(b, c, 0); ok && r.standsAlone(words) {
				nm := named{t: *t, s: s, e: e, words: words}
				nm.t.gcase = c
				nm.t.former = nm.t.former || v.former
				return nm, true
			}
		}
	}
	if nm, ok := r.ukPostTaken(t); ok {
		return nm, true
	}
	j := t.left - 1
	if j > 0 && ownerPronouns[toks[j].Norm] {
		// the leader whose minister the person is: "with X as its first
		// digital minister", "X, who was her foreign minister until April".
		// After another verb the pronoun is its object: "named her
		// foreign minister".
		if a, _ := lx.matchBwd(r.d, j-1, cAs); a != nil {
			j--
		} else if v, _ := lx.matchBwd(r.d, j-1, cAppoint); v != nil && v.subject {
			j--
		}
	}
	as := false
	if e, s := lx.matchBwd(r.d, j, cAs); e != nil && r.sameLine(s, t.left) {
		j, as = s-1, true
	} else if m := r.unknownRunStart(j+1, 0) - 1; m < j {
		// a portfolio the vocabulary lacks: "resigned as universities
		// minister"
		if e, s := lx.matchBwd(r.d, m, cAs); e != nil && r.sameLine(s, t.left) {
			j, as = s-1, true
		}
	}
	if a := min(j+1, t.left); !as && r.d.Lang == "it" && a > 1 && (toks[a].Norm == "a" || toks[a].Norm == "ad") {
		// "a" opens the title, or stands right before it
		if nm, ok := r.appointedTo(t, a-1); ok {
			return nm, true
		}
	}
	if as {
		// a time spent in the post: "who served barely a year as foreign
		// minister", "X, who spent two years as finance minister"
		if m := r.pastDuration(j); m < j && m > 0 {
			if a, s := lx.matchBwd(r.d, m, cAdverb); a != nil && s > 0 {
				m = s - 1
			}
			j = m
		}
	}
	if j < 0 || !r.sameLine(j, t.left) {
		return named{}, false
	}
	if as && toks[j].Kind == token.Word && lx.class(toks[j].Norm)&cAdverb != 0 && j > 0 && toks[j-1].Norm == "," {
		j-- // "Navin Ramgoolam, back as prime minister, …"
	}
	if as && toks[j].Norm == "," {
		if nm, ok := r.asideAfterName(t, j); ok {
			return nm, true
		}
	}
	nameEnd := -1 // the name a relative clause before "as" hangs on
	if as && r.relativeAfterComma(j) {
		nameEnd = j - 2 // "Anand, who as defence minister oversaw military aid"
	} else if as && toks[j].Kind == token.Word && !isCapWord(&toks[j]) && lx.class(toks[j].Norm)&cRel != 0 {
		// on a short apposition of the name: "Ndung'u, the economist who
		// as finance minister wrote the bill"
		if m := r.openingComma(j); m > 0 && j-m <= 6 {
			nameEnd = m - 1
		}
	}
	if nameEnd >= 0 {
		return r.holderBefore(t, nameEnd)
	}
	if !as {
		// an adverb between a copula and the title: "who is also deputy
		// prime minister", "who was already minister of public safety"
		for n := 0; n < 2 && j > 0; n++ {
			a, s := lx.matchBwd(r.d, j, cAdverb)
			if a == nil || s < 1 {
				break
			}
			j = s - 1 // "is no longer home secretary"
		}
	}
	if as {
		if m := r.placeBefore(j); m > 0 {
			if v, _ := lx.matchBwd(r.d, m, cAppoint); v != nil && v.needAs {
				j = m // "Mario Monti giurava al Quirinale come presidente del Consiglio"
			}
		}
	}
	if !as {
		if m := r.agentBefore(j); m > 0 {
			if v, _ := lx.matchBwd(r.d, m, cAppoint); v != nil && !v.subject && !v.needAs {
				j = m // "Magdalena Andersson, eletta in mattinata dal Riksdag prima donna premier"
			}
		}
	}
	if v, s := lx.matchBwd(r.d, j, cAppoint); v != nil {
		// the verb stands right before the title: its subject, or the
		// object of an impersonal passive, is the name before it
		if v.needAs && !as && (!v.bare || t.article) {
			return named{}, false // "X served the prime minister", "Neri torna dal ministro"
		}
		k, aux := s-1, false
		if a, as := lx.matchBwd(r.d, k, cAdverb); a != nil && as > 0 && v.subject {
			k = as - 1 // an adverb before the verb: "X, who also serves as finance minister"
		}
		if v.subject && k > 0 && toks[k].Norm == "to" && r.d.Lang == "en" && isCapWord(&toks[k-1]) {
			// an infinitive's subject is the object before it: "forced X to
			// resign as prime minister"; not a place gone to
			nm, ok := r.appointed(t, v, k-1, caseNom)
			if ok && !r.prepositionObject(nm.s) && !motionPreps[toks[nm.s-1].Norm] && !r.placeAt(nm.s) {
				return nm, true
			}
		}
		if v.subject && k > 0 && lx.class(toks[k].Norm)&cPurpose != 0 && wishVerbs[toks[k-1].Norm] {
			return named{}, false // "X hopes to become prime minister": not yet
		}
		if v.subject && k > 0 && lx.class(toks[k].Norm)&(cConj|cPurpose) != 0 {
			// the second verb of a coordination: "James Cleverly, che lascia
			// il Foreign Office e diventa ministro dell'Interno"
			if m := r.coordinatedSubject(k); m >= 0 {
				c := caseNom
				if v.gcase != caseAny {
					c = v.gcase
				}
				return r.appointed(t, v, m, c)
			}
			return named{}, false
		}
		relHead := -1  // the noun a relative pronoun follows, when not the name
		relComma := -1 // the comma before a relative pronoun
		for range 3 {
			if m := r.timeAdjunctStart(k); m > 0 && lx.class(toks[m-1].Norm)&cRel != 0 {
				k = m - 1 // "che da luglio è ministro", "who since 2023 has been"
			} else if a, as := lx.matchBwd(r.d, k, cFormer); a != nil && as > 0 && lx.class(toks[as-1].Norm)&cRel != 0 {
				k = as - 1 // "che allora era ministro", "who then was"
			} else if m := r.pastDuration(k); m < k && m >= 0 && lx.class(toks[m].Norm)&cRel != 0 {
				k = m // "Рінкевичс, який дванадцять років сам був міністром", "X, who for twelve years was"
			} else if m := r.governmentAdjunctStart(k); m > 0 && lx.class(toks[m-1].Norm)&cRel != 0 {
				k = m - 1 // "X, який у латвійському уряді обіймає посаду", "che nel nuovo governo è"
			}
			a, as := lx.matchBwd(r.d, k, cAux)
			if a == nil {
				break
			}
			k, aux = as-1, true
			if a.cls&cRel != 0 {
				if k >= 0 && toks[k].Norm == "," {
					relComma = k
					k-- // "X, who was appointed …"
				} else {
					relHead = k
				}
				break
			}
		}
		if relComma < 0 && relHead < 0 && v.subject {
			if m := r.relativeBeforeClause(k); m > 0 {
				// a clause of time between the relative pronoun and its
				// verb: "X, che prima di trasferirsi al palazzo presidenziale
				// è stato ministro degli Esteri"
				relComma, k = m-1, m-2
			}
		}
		if !aux && v.subject && k > 0 && lx.class(toks[k].Norm)&cPerfect != 0 {
			k-- // the perfect of a verb of its subject: "X ha giurato come premier"
		}
		comma := -1
		if k > 0 && toks[k].Norm == "," {
			// a participle: "X, appointed defence minister in 2023, said",
			// "X, having just become prime minister, scrapped it"
			aux = true
			comma = k
			k--
		}
		if !v.subject && !aux && !(as && r.headlinePassive(s, k)) {
			if m := r.objectRelative(k); m > 0 {
				// the object is a relative pronoun on the name before it:
				// "Оксана Маркарова, яку Верховна Рада 22 листопада
				// призначила міністром фінансів"
				return r.appointed(t, v, m-2, caseNom)
			}
			return named{}, false // "parliament appointed as minister …": the name follows
		}
		c := caseNom
		if v.gcase != caseAny {
			c = v.gcase
		}
		if m := r.reportedSubject(k); m > 0 && v.subject {
			k = m // "Liz Truss announced on Thursday that she would resign as prime minister"
		}
		if nm, ok := r.appointed(t, v, k, c); ok {
			if comma >= 0 && relHead < 0 && relComma < 0 && r.prepositionObject(nm.s) {
				// the name closes an aside as a preposition's object: "Paul
				// Dubois, a former police chief and a party colleague of De
				// Croo, will take over as justice minister"
				if m := r.commaWithin(comma, 20); m > 0 {
					if subj, ok := r.appointed(t, v, m-1, c); ok {
						return subj, true
					}
				}
			}
			if relHead < 0 && relComma < 0 || !r.prepositionObject(nm.s) {
				return nm, true
			}
			if relComma > 0 {
				if lx.class(toks[nm.s-1].Norm)&cPlacePrep == 0 {
					return nm, true // "the resignation of Vilhelm Junnila, who quit as …"
				}
				// a place closes the apposition before the relative: "Elio
				// Di Rupo, figlio di emigrati di San Valentino in Abruzzo,
				// che è stato anche primo ministro"
				if m := r.openingComma(relComma); m > 0 && relComma-m <= 10 {
					return r.appointed(t, v, m-1, c)
				}
				if r.dativePerson(nm) {
					return nm, true // "l'asilo a Marcin Romanowski, che era stato viceministro"
				}
				return named{}, false
			}
			// the name is a preposition's object inside the apposition:
			// "Thiam, a former chief executive of Credit Suisse who served
			// as planning minister"
			if m := r.openingComma(relHead + 1); m > 0 && relHead-m <= 8 {
				return r.appointed(t, v, m-1, c)
			}
			return named{}, false
		}
		if relComma > 0 && !t.possessor { // not "ветерана війни, який був радником міністра"
			// the relative clause follows a short apposition of the name:
			// "Ed Davey, the Liberal Democrat leader, who was postal
			// affairs minister", "Toshimitsu Motegi, 69, who has also
			// served as foreign minister"
			if m := r.commaWithin(relComma, 11); m > 0 {
				return r.appointed(t, v, m-1, c)
			}
		}
		if relHead >= 0 {
			// the relative clause hangs on a short apposition of the name:
			// "Dominic LeBlanc, a longtime ally who was already minister",
			// "Fabrizio Saccomanni, the former Bank of Italy director general
			// who served as economy minister"
			if m := r.openingComma(relHead + 1); m > 0 && relHead-m <= 8 {
				return r.appointed(t, v, m-1, c)
			}
		}
		if comma < 0 && k >= 0 && toks[k].Norm == "," {
			comma = k
		}
		if comma >= 0 {
			// "Mario Draghi, già presidente della Bce, è diventato premier",
			// "Paulo Rangel, a former MEP, becomes foreign minister"
			if m := r.openingComma(comma); m > 0 {
				return r.appointed(t, v, m-1, c)
			}
			// a relative clause on the subject runs longer than an
			// apposition: "X, who trained as an engineer and holds a
			// doctorate from a university in the United States, was sworn
			// in as finance minister"
			if m := r.commaWithin(comma, 32); m > 0 && r.relativeAfterComma(m+1) {
				return r.appointed(t, v, m-1, c)
			}
		}
		return named{}, false
	}
	if as {
		if nm, ok := r.ownRoleAs(t, j); ok {
			return nm, true
		}
		// the subject's verb and its complement before "as": "Esther McVey
		// joins the cabinet as minister without portfolio", "è tornato al
		// governo come ministro"
		if nm, ok := r.subjectAcross(t, j); ok {
			return nm, true
		}
	}
	// the object before the title, after the verb; a short parenthetical
	// may stand between the object and "as"
	if as && j > 0 && toks[j].Norm == "," {
		// the verb before the name must still be found, so the
		// parenthetical may be long: "approved Volodymyr Groysman, the
		// 38-year-old parliament speaker and former mayor of Vinnytsia, as"
		m := r.commaWithin(j, 20)
		if m <= 0 {
			return named{}, false
		}
		j = m - 1
	}
	words := r.nameBefore(j)
	if len(words) == 0 {
		return named{}, false
	}
	b := r.honorificsBefore(words[0].s) // "named Prof Kithure Kindiki as …"
	v, _ := lx.matchBwd(r.d, b, cAppoint)
	if v == nil && as {
		b = r.descriptorBefore(b)
		v, _ = lx.matchBwd(r.d, b, cAppoint)
	}
	if v == nil || v.subject || (v.needAs && !as) || !r.sameLine(b, words[0].s) {
		return named{}, false
	}
	c := caseNom
	if v.gcase != caseAny {
		c = v.gcase
	}
	return r.appointed(t, v, j, c)
}

// appointedTo reads the Italian appointment that names its post after
// "a", the name ending at j being its object: "ha nominato Paolo Neri a
// ministro", and, the appointment a noun, "la nomina di Volodymyr Groysman
// a primo ministro". A verb whose subject takes the post ("è tornato a
// …") is none: "a" there is a place or a time.
func (r *run) appointedTo(t *title, j int) (named, bool) {
	toks, lx := r.toks, r.x.lx
	words := r.nameBefore(j)
	if len(words) == 0 || words[len(words)-1].e != j+1 || !r.standsAlone(words) {
		return named{}, false
	}
	b := words[0].s - 1
	if b > 0 && toks[b].Norm == "di" {
		b-- // the appointment's object after its noun
	}
	v, _ := lx.matchBwd(r.d, b, cAppoint)
	if v == nil || v.subject || v.needAs || !r.sameLine(b, t.left) {
		return named{}, false
	}
	return r.appointed(t, v, j, caseNom)
}

// motionPreps go to or from a place: "flew from Tamil Nadu to resign as".
var motionPreps = map[string]bool{"to": true, "from": true, "via": true, "for": true, "by": true, "with": true}

// roleNouns name a post one holds "as" a title.
var roleNouns = map[string]bool{
	"role": true, "roles": true, "post": true, "posts": true, "job": true, "jobs": true,
	"position": true, "seat": true, "portfolio": true, "berth": true,
}

// gainVerbs win a post: after them "a" makes it the subject's as well as a
// possessive does ("X finally gets a cabinet berth as aviation minister").
var gainVerbs = map[string]bool{
	"gets": true, "got": true, "get": true, "wins": true, "won": true, "win": true,
	"lands": true, "landed": true, "secures": true, "secured": true, "bags": true, "bagged": true,
}

// wishVerbs want what the infinitive after them names: "hopes to become
// prime minister" gives no post.
var wishVerbs = map[string]bool{
	"want": true, "wants": true, "wanted": true, "hope": true, "hopes": true, "hoped": true, "aim": true, "aims": true, "aimed": true,
	"seek": true, "seeks": true, "sought": true, "wish": true, "wishes": true, "wished": true, "plan": true, "plans": true, "planned": true,
	"try": true, "tries": true, "tried": true, "aspire": true, "aspires": true, "aspired": true, "dream": true, "dreams": true,
}

// ownPostVerbs keep, take or leave a post of the subject's own: after
// another verb the possessive may be someone else's ("praised his role as
// finance minister").
var ownPostVerbs = map[string]bool{
	"keeps": true, "kept": true, "keep": true, "keeping": true, "retains": true, "retained": true, "retain": true,
	"holds": true, "held": true, "hold": true, "combines": true, "combined": true,
	"resigned": true, "resigns": true, "resign": true, "quit": true, "quits": true, "left": true, "leaves": true,
	"lost": true, "loses": true, "lose": true, "assumed": true, "assumes": true, "resumed": true, "resumes": true,
	"took": true, "takes": true, "take": true,
}

// ownRoleAs reads "NAME VERB his ROLE as TITLE", j being the role noun
// before "as": the possessive makes the post the subject's, whatever the
// verb ("Hennadiy Zubko keeps his double role as vice prime minister",
// "X resigned from her post as finance minister"), and so does a verb of
// winning before "a".
func (r *run) ownRoleAs(t *title, j int) (named, bool) {
	toks := r.toks
	if j < 2 || !roleNouns[toks[j].Norm] {
		return named{}, false
	}
	p, lx := j-1, r.x.lx
	owner := func(w string) bool { return ownerPronouns[w] || w == "a" || w == "an" }
	for p > 0 && j-p < 3 && !owner(toks[p].Norm) && toks[p].Kind == token.Word && (!isCapWord(&toks[p]) || lx.class(toks[p].Norm)&cDet != 0) {
		p-- // "his double role", "her new post", "a Cabinet berth"
	}
	if !owner(toks[p].Norm) || toks[p].Norm == "its" || toks[p].Norm == "their" {
		return named{}, false
	}
	verbs := ownPostVerbs
	if !ownerPronouns[toks[p].Norm] {
		if t.article {
			return named{}, false // "won a seat as the minister had hoped"
		}
		verbs = gainVerbs
	}
	k, verb := p-1, false
	for ; k >= 0 && p-k <= 4; k-- {
		tk := &toks[k]
		if verb && tk.Norm == "," {
			// an aside between the subject and its verb: "X, who brought
			// down the government last year, finally gets a berth as"
			if m := r.commaWithin(k, 16); m > 0 {
				k = m - 1
			}
			break
		}
		if tk.Kind != token.Word || !r.sameLine(k, p) {
			return named{}, false
		}
		if isCapWord(tk) {
			break
		}
		verb = verb || verbs[tk.Norm]
	}
	if k < 0 || !verb || !isCapWord(&toks[k]) {
		return named{}, false
	}
	return r.holderBefore(t, k)
}

// holderBefore reads the name whose last token is end, standing alone, as
// the holder of t, in the nominative.
func (r *run) holderBefore(t *title, end int) (named, bool) {
	words := r.nameBefore(end)
	if !r.standsAlone(words) {
		return named{}, false
	}
	nm := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// descriptorBefore returns the last token before a short description of
// the person that a non-ministerial title ends and that ends at token b,
// or b itself: the object's own office before his name, "to dismiss
// Pirate leader Ivan Bartoš as deputy prime minister", "named party
// chairman X as". Two words at most may qualify the title. A profession
// the vocabulary does not know may stand for the title, one word at most
// qualifying it: "elected property tycoon X as prime minister".
func (r *run) descriptorBefore(b int) int {
	toks, lx := r.toks, r.x.lx
	if b < 1 || toks[b].Kind != token.Word || isCapWord(&toks[b]) {
		return b
	}
	reach := 3
	if c := lx.class(toks[b].Norm); c&cOtherTitle == 0 {
		if c != 0 || !isLetters(toks[b].Norm) {
			return b
		}
		reach = 2
	}
	for k := b - 1; k >= 0 && k >= b-reach; k-- {
		if v, _ := lx.matchBwd(r.d, k, cAppoint); v != nil && !v.subject {
			return k
		}
		if toks[k].Kind != token.Word || !r.sameLine(k, b) || reach == 2 && (isCapWord(&toks[k]) || lx.class(toks[k].Norm) != 0) {
			break
		}
	}
	return b
}

// honorificsBefore returns the last token before the capitalized
// honorifics ("Dr", "Prof.", "Sir") that open the name starting at s.
func (r *run) honorificsBefore(s int) int {
	toks := r.toks
	b := s - 1
	for b >= 0 && toks[b+1].Gap <= token.Space {
		h := b
		if toks[h].Norm == "." && toks[h].Gap == token.None && h > 0 {
			h-- // "Dr."
		}
		if toks[h].Kind != token.Word || !isCapWord(&toks[h]) || r.x.lx.class(toks[h].Norm)&cHonor == 0 {
			break
		}
		b = h - 1
	}
	return b
}

// clauseOfTime are the words that open a clause of time after a relative
// pronoun where the vocabulary's subordinators (of time or cause) do not: "che prima di
// trasferirsi", "який перед тим". Read-only.
var clauseOfTime = map[string]bool{"prima": true, "dopo": true, "перед": true, "після": true}

// relativeBeforeClause returns the relative pronoun, right after a comma,
// that a clause of time of at most eight words separates from
// its verb, when that clause ends at token k; else -1. The clause has no
// punctuation.
func (r *run) relativeBeforeClause(k int) int {
	toks, lx := r.toks, r.x.lx
	for j := k; j >= 2 && j > k-9; j-- {
		tk := &toks[j]
		if tk.Kind != token.Word || tk.Gap >= token.Newline {
			return -1
		}
		if lx.class(tk.Norm)&cRel == 0 || j == k || isCapWord(tk) {
			continue
		}
		next := toks[j+1].Norm
		if toks[j-1].Norm == "," && (clauseOfTime[next] || lx.class(next)&cSubord != 0) {
			return j
		}
		return -1
	}
	return -1
}

// timeAdjunctStart returns where a short phrase saying since when starts,
// when it ends at token k: a span word, then lower-case words or numbers
// ("da luglio", "dal marzo 2023", "since 2023"); else -1.
func (r *run) timeAdjunctStart(k int) int {
	toks, lx := r.toks, r.x.lx
	for j := k; j >= 0 && j > k-6; j-- {
		tk := &toks[j]
		c := lx.class(tk.Norm)
		month := c&cStop != 0 && j < k && toks[j+1].Kind == token.Number // "until December 2018"
		if j > 0 && toks[j-1].Kind == token.Number {
			if j == k && tk.Kind == token.Word && c&cSpan != 0 {
				continue // a year's unit after it: "у 2022 році"
			}
			if j < k && toks[j+1].Kind == token.Number && (tk.Norm == "–" || tk.Norm == "-" || tk.Norm == "—") {
				continue // a range of years: "у 2019–2023 роках"
			}
		}
		if tk.Gap >= token.Newline || tk.Kind != token.Word && tk.Kind != token.Number || isCapWord(tk) && !month {
			return -1
		}
		if j < k && c&cSpan != 0 && tk.Kind == token.Word {
			for j > 0 && toks[j-1].Kind == token.Word && !isCapWord(&toks[j-1]) && lx.class(toks[j-1].Norm)&cSpan != 0 {
				j-- // "fino al dicembre 2018"
			}
			// the span's start before its end: "dal 2008 al 2012", "from
			// 2008 to 2012"
			if m := j - 1; m > 1 && toks[m].Kind == token.Number && toks[m-1].Kind == token.Word && !isCapWord(&toks[m-1]) &&
				lx.class(toks[m-1].Norm)&cSpan != 0 && lx.class(toks[m-1].Norm)&cRel == 0 {
				j = m - 1
			}
			return j
		}
		if tk.Kind == token.Word && c&^cStop != 0 {
			return -1 // a month is a stop word, a title's word is not
		}
	}
	return -1
}

// governmentAdjunctStart returns the first token of a phrase of place
// that names a government and ends at token k — a preposition of place,
// up to two lower-case words (adjectives, a nation's among them), and the
// government ("у латвійському уряді", "nel nuovo governo", "in the
// government") — or -1. It tells where its holder serves, not which post,
// so the verb after it still speaks of the relative's antecedent.
func (r *run) governmentAdjunctStart(k int) int {
	toks, lx := r.toks, r.x.lx
	if k < 1 || toks[k].Kind != token.Word {
		return -1
	}
	if e, s := lx.matchBwd(r.d, k, cMinistry); e == nil || !e.gov || s != k {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		tk := &toks[j]
		if tk.Kind != token.Word || isCapWord(tk) || tk.Gap >= token.Newline {
			return -1
		}
		c := lx.class(tk.Norm)
		if c&cPlacePrep != 0 {
			return j
		}
		if _, nat := r.natAt(j); c&^cDet != 0 && !nat {
			return -1
		}
	}
	return -1
}

// headlinePassive reports an English participle at token v, right after a
// name that ends at k, that a headline or a key point uses as a passive:
// "Suella Braverman sacked as home secretary", "Hunt appointed as
// chancellor".
func (r *run) headlinePassive(v, k int) bool {
	return r.d.Lang == "en" && k >= 0 && isCapWord(&r.toks[k]) && strings.HasSuffix(r.toks[v].Norm, "ed")
}

// gappedAppointee reads the name after a dash that stands for the verb of
// an appointment said earlier in the sentence: "Міністром закордонних
// справ став Дмитро Кулеба, міністром фінансів — Ігор Уманський".
func (r *run) gappedAppointee(t *title) (named, bool) {
	if !r.gapDash(t) {
		return named{}, false
	}
	k := t.end + 1
	s, e, words, ok := r.parseName(k, caseNom, 0)
	if !ok || s != k || !r.standsAlone(words) {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// gappedList reads the names after a dash that stands for the verb of an
// appointment, as gappedAppointee does, for a plural title: "Першим
// віцепрем'єр-міністром став A, віцепрем'єрами — B, C і D".
func (r *run) gappedList(t *title) []named {
	if t.gcase != caseIns || !r.gapDash(t) {
		return nil
	}
	sub := *t
	sub.gcase = caseNom
	names := r.parseNames(t.end+1, &sub)
	for _, nm := range names {
		if !r.standsAlone(nm.words) {
			return nil
		}
	}
	return names
}

// gapDash reports a spaced dash right after the title t that stands for a
// verb of appointment said earlier in its sentence, before a comma that
// ends the verb's clause.
func (r *run) gapDash(t *title) bool {
	toks := r.toks
	k := t.end
	if k+1 >= len(toks) || toks[k].Norm != "-" || toks[k].Gap != token.Space || toks[k+1].Gap != token.Space {
		return false
	}
	verb, comma := false, false
	for j := r.sentenceHead(t.left); j < t.left; j++ {
		if v, _ := r.x.lx.matchFwd(r.d, j, cAppoint); v != nil && !v.needAs {
			verb = true
		}
		comma = comma || verb && toks[j].Norm == ","
	}
	return comma
}

// placeBefore reads back from token j over a place a preposition
// introduces, of one to three capitalized words ("al Quirinale", "at the
// White House", "to Downing Street"), and returns the token before the
// preposition, or -1.
func (r *run) placeBefore(j int) int {
	lx := r.x.lx
	m := r.capsBefore(j)
	if m < 1 {
		return -1
	}
	p := r.prepositionAt(m, func(n string) bool {
		return lx.class(n)&cPlacePrep != 0 || n == "al" || n == "alla" || n == "allo" || n == "to" || n == "до"
	})
	if p < 0 {
		return -1
	}
	return p - 1
}

// prepositionAt finds the preposition that opens a name whose first word
// is token m+1: token m itself ("al Quirinale", "dal Riksdag") or the one
// before an article there ("at the White House", "by the Senate"); is
// tells which words are prepositions of the kind sought. It returns the
// preposition's index, or -1.
func (r *run) prepositionAt(m int, is func(string) bool) int {
	if is(r.toks[m].Norm) {
		return m
	}
	if a, s := r.x.lx.matchBwd(r.d, m, cDet); a != nil && a.article && s > 1 && is(r.toks[s-1].Norm) {
		return s - 1
	}
	return -1
}

// capsBefore reads back from token j over one to three capitalized words
// of one line, a place's or a body's name, and returns the token before
// them, or -1 when token j is no such word.
func (r *run) capsBefore(j int) int {
	m := j
	for m >= 0 && j-m < 3 && isCapWord(&r.toks[m]) && r.sameLine(m, j) {
		m--
	}
	if m == j {
		return -1
	}
	return m
}

// agentBefore returns the token before the agent of a passive that ends at
// token j, a name of up to three capitalized words after its preposition
// ("dal Riksdag", "by the Senate"), and before a short phrase of time in
// front of it ("in mattinata"); else -1. The participle before them still
// gives the title after them to its subject.
func (r *run) agentBefore(j int) int {
	toks, lx := r.toks, r.x.lx
	m := r.capsBefore(j)
	if m < 1 {
		return -1
	}
	p := r.prepositionAt(m, func(n string) bool { return agentPreps[n] })
	if p < 0 || !r.sameLine(p, j) {
		return -1
	}
	m = p - 1
	if m > 1 && toks[m-1].Norm == "in" && toks[m].Kind == token.Word && !isCapWord(&toks[m]) && lx.class(toks[m].Norm) == 0 {
		m -= 2 // "in mattinata", "in serata"
	}
	return m
}

// ukPostTaken reads the post put first in its clause, then the verb of
// taking or holding it, then its holder in the nominative: "посаду
// міністра закордонних справ отримав Такесі Івая", where the order
// "X отримав посаду міністра" gives the appointment verb's subject.
func (r *run) ukPostTaken(t *title) (named, bool) {
	toks := r.toks
	l := t.left - 1
	oath := r.d.Lang == "uk" && t.gcase == caseNom && !t.plural && l >= 1 && toks[l].Norm == "як" && toks[l-1].Norm == "присягу"
	if !oath && (r.d.Lang != "uk" || t.gcase != caseGen || t.plural || l < 0 || toks[l].Norm != "посаду" ||
		!r.opensClause(l) && !r.afterConj(l)) {
		return named{}, false
	}
	k, verbs := t.end, ukPostVerbs
	if oath {
		// the oath put first, the verb of taking it, then the holder: "у
		// п'ятницю присягу як новий прем'єр-міністр склав Марк Карні"
		verbs = ukOathVerbs
	} else if a, end := r.x.lx.matchFwd(r.d, k, cAdverb); a != nil {
		k = end // "посаду міністра знову обійняв …"
	}
	if k >= len(toks) || !slices.Contains(verbs, toks[k].Norm) || !r.sameLine(t.end-1, k+1) {
		return named{}, false
	}
	s, e, words, ok := r.parseName(k+1, caseNom, 0)
	if !ok || s != k+1 || !r.standsAlone(words) {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// ukOathVerbs take an oath ("присягу … склав"). Read-only.
var ukOathVerbs = []string{"склав", "склала", "складе", "складає", "склали"}

// appointAfter matches a verb of appointment at token k, or after an
// adverb there ("Міністром знову став …"), and returns where it ends.
func (r *run) appointAfter(k int) (*entry, int) {
	if a, end := r.x.lx.matchFwd(r.d, k, cAdverb); a != nil && r.sameLine(k, end) {
		k = end
	}
	return r.x.lx.matchFwd(r.d, k, cAppoint)
}

// prepositionObject reports a name at token s that a lower-case
// preposition governs: "of Credit Suisse", "di Banca Intesa".
func (r *run) prepositionObject(s int) bool {
	if s < 1 {
		return false
	}
	p := &r.toks[s-1]
	return p.Kind == token.Word && !isCapWord(p) && r.x.lx.class(p.Norm)&(cConn|cPlacePrep) != 0
}

// openingComma finds the comma that opens the short parenthetical closed
// by the comma at j (at most a dozen tokens of one sentence), or -1.
func (r *run) openingComma(j int) int {
	return r.commaWithin(j, 12)
}

// commaWithin is openingComma looking back fewer than n tokens.
func (r *run) commaWithin(j, n int) int {
	toks := r.toks
	for m := j - 1; m >= 0 && m > j-n; m-- {
		if sentenceEnd(toks, m) || toks[m+1].Gap >= token.Newline {
			return -1
		}
		if toks[m].Norm == "," {
			return m
		}
	}
	return -1
}

// appointed reads the name whose last token is j as the holder of t, given
// by the verb v; the name stands in case c.
func (r *run) appointed(t *title, v *entry, j int, c gcase) (named, bool) {
	if m := r.affiliationStart(j); m > 0 {
		// the person, not the party they are of: "Pieter Groenewald of
		// the Freedom Front Plus becomes Minister of Correctional Services"
		if words := r.nameBefore(m - 1); len(realWords(words)) >= 2 {
			j = m - 1
		}
	}
	words := r.nameBefore(j)
	if len(words) == 0 || !ukAgrees(words[0].norm, c) {
		return named{}, false
	}
	if s := words[0].s; r.d.Lang == "en" && s > 0 && r.toks[s-1].Norm == "the" {
		// a place's or a body's name: "who studied at the London School
		// of Economics, is …", "the University of the South Pacific"
		return named{}, false
	}
	firstName := len(words) < 2 && !r.knownSurname(words[0].norm)
	if firstName && !r.textGiven(words[0].norm) {
		return named{}, false
	}
	nm := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words, firstName: firstName}
	nm.t.gcase = c
	nm.t.former = nm.t.former || v.former // "dismissed X as defence minister"
	nm.t.acting = v.acting
	return nm, true
}

// affiliationStart finds the affiliation word ("of", "del", "з") that
// opens a short body name ending at j — capitalized words or an acronym,
// perhaps after an article ("of the Freedom Front Plus", "of GOOD") — and
// returns its index, or -1.
func (r *run) affiliationStart(j int) int {
	toks, lx := r.toks, r.x.lx
	caps := 0
	for m := j; m >= 0 && m > j-6; m-- {
		tk := &toks[m]
		if tk.Kind != token.Word || !r.sameLine(m, j) {
			return -1
		}
		c := lx.class(tk.Norm)
		switch {
		case c&cAffiliation != 0 && !isCapWord(tk):
			if caps == 0 {
				return -1
			}
			return m
		case isCapWord(tk):
			caps++
		case c&cDet == 0:
			return -1
		}
	}
	return -1
}

// sameLine reports that no line break separates tokens i < j.
func (r *run) sameLine(i, j int) bool {
	if i < 0 {
		return false
	}
	for k := i + 1; k <= j && k < len(r.toks); k++ {
		if r.toks[k].Gap >= token.Newline {
			return false
		}
	}
	return true
}

// backReference gives the title t, which opens a sentence as its subject
// and names no one, to the one person named just before: "Kaja Kallas
// presented the plan. The former Estonian prime minister proposed…". It is
// conservative: the sentences before it in its paragraph (or the
// paragraph before, when the title opens one) must name exactly one person
// (two capitalized words, or a known surname), who carries no other
// title there; a known official must have held the title (role, and
// nation and portfolio when given); an unknown person needs a title with
// a nation or "former".
func (r *run) backReference(t *title) (named, bool) {
	toks := r.toks
	n := len(toks)
	// "The minister said" is too common to bind to a guess: a title with
	// neither a nation nor "former" binds only a known official who held
	// it, and only when it names a portfolio or a head of government.
	knownOnly := len(t.nations) == 0 && !t.former
	if knownOnly && t.portfolio == "" && t.role != rolePM && t.role != roleDPM {
		return named{}, false
	}
	v := t.end
	if v+1 < n && toks[v].Norm == "," {
		v++ // a clause on the subject before its verb: "Il primo ministro, nominato il 9 settembre, è caduto"
	}
	if v >= n || toks[v].Kind != token.Word || toks[v].Cap || toks[v].Upper ||
		toks[v].Gap >= token.Newline {
		return named{}, false // the title is the subject of a verb
	}
	left := t.left
	if left >= 2 && toks[left-1].Cap && r.x.lx.class(toks[left-1].Norm)&cConj != 0 && toks[left-1].Gap < token.Newline {
		left-- // a sentence that opens with a conjunction: "E il primo ministro ungherese …"
	}
	if left >= 3 && weekdayOpeners[toks[left-1].Norm] && toks[left-2].Cap && dayPrepositions[toks[left-2].Norm] {
		left -= 2 // a day before it: "On Thursday Brazil's finance minister presented …"
	}
	if s := r.timeOpenerStart(left); s < left {
		left = s // "Alle sette del mattino l'ormai ex ministro delle Finanze greco ha annunciato …"
	}
	if e, s := r.x.lx.matchBwd(r.d, left-1, cSubord); e != nil && s >= 1 && toks[s].Cap && toks[left].Gap < token.Newline {
		left = s // a clause of time opens the sentence: "Mentre il segretario di Stato americano raggiungeva …"
	}
	end := left - 1 // the previous sentence's last token
	if end < 1 || (toks[left].Gap < token.Newline && !sentenceEnd(toks, end)) {
		return named{}, false
	}
	// the sentences before the title in its paragraph, or the paragraph
	// before when the title opens one
	start := end
	for start > 0 && end-start < 150 && toks[start].Gap < token.Newline {
		start--
	}
	if s := r.datelineEnd(start); s > start && s <= end {
		start = s // a dateline names a place: "SÃO PAULO — … Fernando Haddad has finally …"
	}
	var cand, lone, lastLone named
	found, untitled, otherTitled, loneOther, sameTitled := 0, 0, false, false, false
	// a holder on his way out is not the one just given the office: "X
	// won the vote … after lawmakers accepted the resignation of Y. The
	// outgoing prime minister …" is Y
	leaving := t.former || r.outgoing(t)
	// the same counts in the sentence right before the title
	lastHead := r.sentenceHead(end)
	lastUntitled, lastLoneOther, lastSame := 0, false, false
	for i := start; i <= end; i++ {
		if !isCapWord(&toks[i]) {
			continue
		}
		s, e, words, ok := r.readName(i, caseAny, 0, i == start)
		if !ok || e > end+1 {
			i = unitAt(r.d, i).e - 1
			continue
		}
		if !r.standsAlone(words) {
			i = e - 1
			continue
		}
		found++
		nm := named{t: *t, s: s, e: e, words: words}
		// "President Volodymyr Zelensky": a person with another title must
		// be known to have held this one
		other := s-1 >= start && r.x.lx.class(toks[s-1].Norm)&cOtherTitle != 0
		if found == 1 {
			cand, otherTitled = nm, other
		}
		if prev, ok := r.titledBefore(words); !ok {
			untitled++
			lone, loneOther = nm, other
			if s >= lastHead {
				lastUntitled++
				lastLone, lastLoneOther = nm, other
			}
		} else if prev.role == t.role && (t.portfolio == "" || prev.portfolio == t.portfolio) && (prev.former || !leaving) {
			// "la premier Magdalena Andersson … La premier uscente": hers;
			// but a former title is not that of one who holds the office:
			// "Oksana Markarova, ministra delle Finanze, … dopo la revoca
			// di Oleksandr Danyliuk. L'ex ministro …" is his
			sameTitled = true
			lastSame = lastSame || s >= lastHead
		}
		i = e - 1
	}
	if found == 0 {
		return named{}, false
	}
	if found > 1 {
		// several persons, all but one given a title of their own already,
		// none of them this one: the title is the one left's, if the table
		// knows he held it ("…
		// Justin Trudeau ha affidato il dicastero a Chrystia Freeland,
		// finora ministra degli Affari intergovernativi … Nello stesso
		// pomeriggio il primo ministro …")
		// The sentence right before may name the one such person of the
		// paragraph's several: "… dalla missione di Ron van Rooden. Accanto
		// a lui sedeva Oksana Markarova, ministra delle Finanze, … dopo
		// la revoca di Oleksandr Danyliuk. L'ex ministro …"
		switch {
		case untitled == 1 && !sameTitled:
		case lastUntitled == 1 && !lastSame:
			lone, loneOther = lastLone, lastLoneOther
		default:
			return named{}, false
		}
		cand, otherTitled, knownOnly = lone, loneOther, true
	}
	cand.t.gcase = caseNom
	if !r.fitsTitle(cand.words, t, otherTitled || knownOnly) {
		return named{}, false
	}
	if r.newTitle(t) && r.resignedAt(cand.s) {
		// "… dopo le dimissioni di Matteo Renzi. Il nuovo presidente del
		// Consiglio …" is his successor
		return named{}, false
	}
	return cand, true
}

// newWords, before a title's head, say its holder has just taken the
// office. Read-only.
var newWords = map[string]bool{"new": true, "nuovo": true, "nuova": true, "neo": true, "новий": true, "нова": true, "новою": true, "новим": true}

// newTitle reports one of newWords in title t before its head.
func (r *run) newTitle(t *title) bool {
	for k := t.left; k < t.head; k++ {
		if newWords[r.toks[k].Norm] {
			return true
		}
	}
	return false
}

// resignationNouns name a holder's leaving the office before "of" and his
// name. Read-only.
var resignationNouns = map[string]bool{"resignation": true, "dimissioni": true, "відставки": true, "відставку": true, "відставка": true}

// resignedAt reports a name at token s that a resignation is of: "the
// resignation of X", "le dimissioni di X", "відставка X".
func (r *run) resignedAt(s int) bool {
	toks := r.toks
	k := s - 1
	if k >= 0 && (toks[k].Norm == "of" || toks[k].Norm == "di" || toks[k].Norm == "del" || toks[k].Norm == "della") {
		k--
	}
	return k >= 0 && resignationNouns[toks[k].Norm]
}

// colonReference gives title t, which opens the clause after a colon as
// its subject and names no one, to the name that ends the clause before
// the colon: "ha preso il posto di Marcelo Ebrard: l'ex ministro degli
// Esteri si era dimesso a giugno". What a colon sets off is said of what
// precedes it, here of its last person. As in backReference, a person the
// table does not know needs a former title or one with a state: "ha
// criticato Mario Rossi: il ministro ha sbagliato" may speak of another.
// A name that opens its line or sentence is a speaker's or a headline's
// ("Caputo: «…»"), and one after a verb of saying or a title word is the
// speaker's or another office holder's.
func (r *run) colonReference(t *title) (named, bool) {
	toks, lx := r.toks, r.x.lx
	c := t.left - 1
	if r.d.Lang != "it" || !t.article || t.plural || c < 2 || toks[c].Norm != ":" || toks[t.left].Gap >= token.Newline || !r.lowerAfter(t.end) {
		return named{}, false
	}
	words := r.nameBefore(c - 1)
	if len(realWords(words)) < 2 || words[len(words)-1].e != c || r.sentenceStart(words[0].s) {
		return named{}, false
	}
	if b := words[0].s - 1; toks[b].Kind == token.Word && lx.class(toks[b].Norm)&(cHead|cOtherTitle|cHonor|cSays) != 0 {
		return named{}, false
	}
	if e, _ := lx.matchBwd(r.d, words[0].s-1, cSays); e != nil {
		return named{}, false
	}
	if _, ok := r.titledBefore(words); ok || !r.fitsTitle(words, t, false) {
		return named{}, false
	}
	nm := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// outgoingWords, before an English title, say its holder is leaving the
// office. Read-only.
var outgoingWords = map[string]bool{"outgoing": true, "departing": true, "resigning": true}

// outgoing reports one of outgoingWords in title t before its head.
func (r *run) outgoing(t *title) bool {
	for k := t.left; k < t.head; k++ {
		if outgoingWords[r.toks[k].Norm] {
			return true
		}
	}
	return false
}

// titledBefore finds, by the same surname, a person whom a title already
// named (one of r.named), and gives that title.
func (r *run) titledBefore(words []unit) (*title, bool) {
	if k, ok := r.namedBySurname(words); ok {
		return &r.named[k].t, true
	}
	return nil, false
}

// datelineEnd is the token after the dateline that opens the line at
// token k ("SÃO PAULO —", "KYIV, March 30 –"): words in capitals, then a
// date or not, then a dash. It returns k when the line opens with none.
func (r *run) datelineEnd(k int) int {
	toks := r.toks
	j := k
	for j < len(toks) && j < k+4 && toks[j].Kind == token.Word && toks[j].Upper {
		j++
	}
	if j == k {
		return k
	}
	for m := j; m < len(toks) && m < j+5; m++ {
		switch {
		case toks[m].Gap >= token.Newline:
			return k
		case toks[m].Norm == "-":
			return m + 1
		case toks[m].Norm == "," || toks[m].Kind == token.Number || toks[m].Kind == token.Word && toks[m].Cap:
		default:
			return k
		}
	}
	return k
}

// weekdayOpeners are the days a sentence may open with before its
// subject, after one of dayPrepositions. Read-only.
var weekdayOpeners = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// dayPrepositions go before a weekday that opens a sentence. Read-only.
var dayPrepositions = map[string]bool{"on": true}

// fitsTitle reports whether a name may hold title t: a known official who
// held that role (in the nation and portfolio t gives), or, unless known
// only, an unknown person given a title with a nation or "former".
func (r *run) fitsTitle(words []unit, t *title, knownOnly bool) bool {
	nw := make([]nameWord, 0, len(words))
	for _, u := range words {
		if !isInitial(u.norm) {
			nw = append(nw, nameWord{key: u.norm, nom: u.norm})
		}
	}
	ctx := matchCtx{nations: t.nations, role: t.role, portfolio: t.portfolio}
	if t.kind == kindChancellor {
		ctx.role = roleNone // Britain's chancellor is a minister
	}
	id, ok := r.x.tab.match(nw, ctx)
	if !ok {
		// a former holder's title points back as surely as one with a
		// state: "… su Inger Støjberg. L'ex ministra dell'Immigrazione è
		// accusata"
		return !knownOnly && (len(t.nations) > 0 || t.former)
	}
	name := r.x.tab.off[id].name
	for _, row := range r.x.byName[name] {
		o := &r.x.tab.off[row]
		if t.kind == kindChancellor && !o.chancellorPost(t.role) || t.kind != kindChancellor && o.role != t.role {
			continue
		}
		if len(t.nations) > 0 && o.nation != t.nations[0] {
			continue
		}
		if t.portfolio != "" && o.portfolio != t.portfolio {
			continue
		}
		return true
	}
	return false
}

// predicate finds the holder of a title that is the subject of a copula:
// "The new health minister is Mark Holland", "la nuova ministra della
// Sanità è Victoria Atkins", and, with the title opening its clause
// without an article, "Ministro dell'Interno è Matúš Šutaj Eštok", "e
// ministro dell'Ambiente è diventato Tomáš Taraba". The title must have
// its article or open the clause, and the name must end the clause, so
// that "the minister is Meloni's ally" gives nothing.
func (r *run) predicate(t *title) (named, bool) {
	toks := r.toks
	lx := r.x.lx
	k, ok := r.predicateStart(t)
	if !ok {
		return named{}, false
	}
	k = r.professionBefore(k) // "è l'economista Jonathan Menkos"
	s, e, words, ok := r.parseName(k, caseNom, 0)
	if !ok || s != k || !r.standsAlone(words) {
		return named{}, false
	}
	if e < len(toks) && toks[e].Gap < token.Newline && !sentenceEnd(toks, e) && toks[e].Norm != "," &&
		lx.class(toks[e].Norm)&(cConj|cRel) == 0 {
		return named{}, false
	}
	nm := named{t: *t, s: s, e: e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// predicateStart finds where the name may start after the copula that
// follows a subject title: "The new health minister is …", "era ancora …".
func (r *run) predicateStart(t *title) (int, bool) {
	lx := r.x.lx
	if t.gcase.oblique() || !t.article && !r.opensClause(t.left) && !r.afterConj(t.left) {
		return 0, false
	}
	c, k := lx.matchFwd(r.d, t.end, cCopula)
	if c == nil || !r.sameLine(t.end-1, k) {
		return 0, false
	}
	if a, end := lx.matchFwd(r.d, k, cAdverb); a != nil && r.sameLine(k, end) {
		k = end // "era ancora Artis Pabriks"
	}
	return k, true
}

// gappedName reports the one name a comma sets after a title when the
// next title follows it with no comma, as a list of posts leaves out its
// verb: in "A è il ministro degli Esteri, B la ministra delle Finanze" and
// "A becomes chancellor, B foreign secretary", B holds the second title,
// not the first; so in "A stays as economy minister, B as trade
// minister". The name is kept for that title (see nameElsewhere).
func (r *run) gappedName(names []named) bool {
	if len(names) != 1 || names[0].t.plural {
		return false
	}
	e := names[0].e
	if a, end := r.x.lx.matchFwd(r.d, e, cAs); a != nil && r.sameLine(e, end) {
		e = end
	}
	if !r.titleOpensAt(e) {
		return false
	}
	r.gap, r.gapTitle, r.hasGap = names[0], e, true
	return true
}

// gapAfterConj carries a gapped list of posts over its last link, where
// a conjunction takes the place of the comma: in "A is foreign secretary,
// B home secretary and C defence secretary" C holds the title after the
// name, not the one before the conjunction.
func (r *run) gapAfterConj(t *title) {
	k := t.end
	if k+1 >= len(r.toks) || r.x.lx.class(r.toks[k].Norm)&cConj == 0 || !r.sameLine(k, k+1) {
		return
	}
	names := r.parseNames(k+1, t)
	if len(names) == 1 && names[0].s == k+1 {
		r.gappedName(names)
	}
}

// titleOpensAt reports a title phrase opening at token k on the same line:
// its head, after at most three words an article, a rank or a portfolio
// may be ("la ministra", "foreign secretary", "il nuovo ministro"), in
// lower case but in English.
func (r *run) titleOpensAt(k int) bool {
	toks, lx := r.toks, r.x.lx
	for j := k; j < len(toks) && j <= k+3; j++ {
		tk := &toks[j]
		if tk.Kind != token.Word || tk.Gap >= token.Newline {
			return false
		}
		h, _ := lx.matchFwd(r.d, j, cHead)
		// English capitalizes a title's words, never a name's next word
		// with them: "B the new Petroleum Minister"
		if isCapWord(tk) && (r.d.Lang != "en" || h == nil && lx.class(tk.Norm)&cPortfolio == 0) {
			return false
		}
		if h != nil {
			return !h.plural
		}
		if lx.class(tk.Norm)&(cDet|cPortfolio|cDeputy|cFirst|cFormer) == 0 {
			if _, ok := r.natAt(j); !ok {
				return false
			}
		}
	}
	return false
}

// pluralPredicate reads the names a plural subject title is a copula
// away from: "I vicepremier saranno Luigi Di Maio e Matteo Salvini".
func (r *run) pluralPredicate(t *title) []named {
	k, ok := r.predicateStart(t)
	if !ok {
		return nil
	}
	sub := *t
	sub.gcase = caseNom
	names := r.parseNames(k, &sub)
	if len(names) < 2 || names[0].s != k || !r.holders(names) {
		return nil
	}
	return names
}

// holders makes each of the names a plural title's list gives a holder
// of it, when each can name a person alone.
func (r *run) holders(names []named) bool {
	for i := range names {
		if !r.standsAlone(names[i].words) {
			return false
		}
	}
	for i := range names {
		names[i].t.plural = false
	}
	return true
}

// nextSentenceList reads the names that open the sentence after a plural
// title whose states it lists, one name for each state in their order:
// "… tra i ministri dell'Interno di Italia, Germania e Austria. Matteo
// Salvini, Horst Seehofer e Herbert Kickl si sono visti …".
func (r *run) nextSentenceList(t *title) []named {
	toks := r.toks
	k := t.end
	if len(t.nations) < 2 || k+1 >= len(toks) || toks[k].Norm != "." || toks[k+1].Gap >= token.Newline {
		return nil
	}
	names := r.parseNames(k+1, t)
	if len(names) != len(t.nations) || names[0].s != k+1 {
		return nil
	}
	if e := names[len(names)-1].e; e < len(toks) && toks[e].Kind != token.Word {
		return nil // the list goes on or is the subject of no verb: a heading, a list of places
	}
	if !r.holders(names) {
		return nil
	}
	for i := range names {
		names[i].t.nations = []string{t.nations[i]}
	}
	return names
}

// professionBefore skips a profession set before a name, with its article
// at most ("l'economista", "the economist", "economist"), and returns
// where the name may start: k when there is none. The word must be one
// the vocabulary does not know, in lower case.
func (r *run) professionBefore(k int) int {
	toks, lx := r.toks, r.x.lx
	j := k
	if e, end := lx.matchFwd(r.d, j, cDet); e != nil && e.article && r.sameLine(j, end) {
		j = end
	}
	if j < len(toks) && toks[j].Kind == token.Number {
		// an age: "став 70-річний Ван І", "the 70-year-old Wang Yi"
		m := j + 1
		for m+1 < len(toks) && toks[m].Norm == "-" && toks[m].Gap == token.None && toks[m+1].Gap == token.None &&
			toks[m+1].Kind == token.Word && !isCapWord(&toks[m+1]) {
			m += 2
		}
		if m == j+1 || m >= len(toks) || toks[m].Gap != token.Space {
			return k
		}
		if isCapWord(&toks[m]) {
			return m
		}
		j = m // and a profession: "став 49-річний журналіст Алессандро Джулі"
	}
	// the person's former post may stand so too: "стала нардепка Ірина
	// Верещук"
	// or the person's party, which the vocabulary knows as a word between
	// a title and a name: "è il liberale Eelco Heinen"
	if j+1 >= len(toks) || toks[j].Kind != token.Word || toks[j].Cap || toks[j].Upper || lx.class(toks[j].Norm)&^(cOtherTitle|cFiller) != 0 ||
		toks[j+1].Gap != token.Space || !isCapWord(&toks[j+1]) {
		return k
	}
	return j + 1
}

// insteadOf steps over "замість" ("instead of") and the pronoun or the
// name it governs at token k: "Віцепрем'єр-міністеркою замість нього
// стала …". It returns k when there is none.
func (r *run) insteadOf(k int) int {
	toks := r.toks
	if k+1 >= len(toks) || toks[k].Norm != "замість" || !r.sameLine(k, k+1) {
		return k
	}
	if insteadPronouns[toks[k+1].Norm] {
		return k + 2
	}
	if s, e, _, ok := r.parseName(k+1, caseGen, 0); ok && s == k+1 {
		return e // "замість Олексія Резнікова"
	}
	return k
}

// insteadPronouns are the genitive pronouns "замість" governs. Read-only.
var insteadPronouns = map[string]bool{"нього": true, "неї": true, "них": true}

// withName reads the name a preposition gives before its title, with no
// comma between them: "con Gustav Fridolin ministro dell'Istruzione",
// "with Ayesha Verrall as health minister". The title has no article and
// ends its clause; the name stands alone.
func (r *run) withName(t *title) (named, bool) {
	toks, lx := r.toks, r.x.lx
	if t.plural || t.gcase.oblique() {
		return named{}, false
	}
	as := t.left > 0 && lx.class(toks[t.left-1].Norm)&cAs != 0 && !isCapWord(&toks[t.left-1])
	if t.article && !as {
		return named{}, false // "con Gustav Fridolin il ministro": two persons
	}
	if t.end < len(toks) && toks[t.end].Gap < token.Newline && !sentenceEnd(toks, t.end) {
		tk := &toks[t.end]
		if tk.Kind != token.Punct || !strings.Contains(",;:)", tk.Norm) {
			if tk.Kind != token.Word || lx.class(tk.Norm)&(cConj|cRel) == 0 {
				return named{}, false
			}
		}
	}
	j := t.left - 1
	if as {
		j-- // "with X as (the) minister"
	}
	if j < 1 || !r.sameLine(j, t.left) {
		return named{}, false
	}
	words := r.nameBefore(j)
	if !r.standsAlone(words) || words[len(words)-1].e != j+1 {
		return named{}, false
	}
	w := words[0].s - 1
	if w < 0 || toks[w].Kind != token.Word || isCapWord(&toks[w]) || lx.class(toks[w].Norm)&cWith == 0 {
		return named{}, false
	}
	return named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}, true
}

// asideAfterName reads the name before the comma at j that an aside
// giving its title follows: "It was James Cleverly, as foreign secretary,
// who announced …", "Navin Ramgoolam, back as prime minister, reopened
// the text". The aside must close, within a few words, with a comma or
// the sentence, and the name must not be a place: "In New York, as
// foreign minister, she …".
func (r *run) asideAfterName(t *title, j int) (named, bool) {
	toks := r.toks
	for k := t.end; ; k++ {
		if k >= len(toks) || k >= t.end+6 || toks[k].Gap >= token.Newline {
			return named{}, false
		}
		if toks[k].Norm == "," || sentenceEnd(toks, k) {
			break
		}
		if toks[k].Kind == token.Punct {
			return named{}, false
		}
	}
	words := r.nameBefore(j - 1)
	if !r.standsAlone(words) {
		return named{}, false
	}
	if b := words[0].s - 1; b >= 0 && r.x.lx.class(toks[b].Norm)&cPlacePrep != 0 {
		return named{}, false
	}
	nm := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}
	nm.t.gcase = caseNom
	return nm, true
}

// subjectAcross reads "NAME VERB COMPLEMENT as TITLE", j being the last
// token of the complement: at most four lower-case words of one clause
// after a verb whose subject takes the title, with the name before the
// verb.
func (r *run) subjectAcross(t *title, j int) (named, bool) {
	toks := r.toks
	lx := r.x.lx
	if j >= 0 && isCapWord(&toks[j]) {
		// the complement is the person taken over from: "Gedion
		// Timothewos replaced Taye Atske Selassie as foreign minister"
		words := r.nameBefore(j)
		if len(words) == 0 {
			return named{}, false
		}
		v, s := lx.matchBwd(r.d, words[0].s-1, cAppoint)
		if v == nil || !v.subject || !v.needAs || !r.sameLine(s, j) {
			return named{}, false
		}
		nm, ok := r.subjectOf(t, v, s-1) // "Irakli Kobakhidze, who replaced …"
		if !v.handover || !r.standsAlone(words) {
			return nm, ok
		}
		// the person handed over to or from held the title too; the
		// subject, when found, is the one returned
		other := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}
		other.t.gcase, other.t.former = caseNom, !v.former
		if !ok {
			return other, true
		}
		r.named = append(r.named, other)
		return nm, true
	}
	for k := j; k >= 0 && k > j-5; k-- {
		tk := &toks[k]
		if tk.Kind != token.Word || tk.Cap || tk.Upper || toks[k+1].Gap >= token.Newline {
			// "'" inside "nell'esecutivo" is part of the word run
			if !(tk.Norm == "'" && tk.Gap == token.None) {
				return named{}, false
			}
			continue
		}
		if k == j {
			continue // the complement has at least one word
		}
		v, s := lx.matchBwd(r.d, k, cAppoint)
		if v == nil || !v.subject || !v.needAs {
			continue
		}
		return r.subjectOf(t, v, s-1)
	}
	return named{}, false
}

// subjectOf gives t to the subject of the verb v, which ends at k: the
// name right before it, past an auxiliary ("è tornato", "has returned"),
// or the name a relative clause after a comma hangs on ("David Cameron,
// who succeeded him as …").
func (r *run) subjectOf(t *title, v *entry, k int) (named, bool) {
	k = r.pastAux(k)
	if m := r.ukRelativeAdjunctStart(k); m > 0 {
		k = m // "Дмитро Кулеба, який у середу пішов у відставку з посади …"
	}
	if r.relativeAfterComma(k) {
		k -= 2
	} else {
		k = r.pastAside(k) // "Stefan Krajewski, also of the PSL, succeeds …"
	}
	return r.appointed(t, v, k, caseNom)
}

// pastDuration steps back from token k over how long a post was held,
// between a relative pronoun and its verb: an adverb ("сам", "himself"),
// then a number and its unit ("дванадцять років", "12 years"), then a
// preposition of time ("for", "протягом"). It returns k when there is
// none.
func (r *run) pastDuration(k int) int {
	toks, lx := r.toks, r.x.lx
	j := k
	if j > 0 && lx.class(toks[j].Norm)&cAdverb != 0 && !isCapWord(&toks[j]) {
		j--
	}
	if j < 2 || lx.class(toks[j].Norm)&cAge == 0 || toks[j-1].Kind != token.Number && (toks[j-1].Kind != token.Word || isCapWord(&toks[j-1])) {
		return k
	}
	j -= 2
	if j > 0 && lx.class(toks[j].Norm)&cSpan != 0 && !isCapWord(&toks[j]) && lx.class(toks[j].Norm)&cRel == 0 {
		j--
	}
	return j
}

// reportedSubject finds, for a personal pronoun at token k that opens a
// reported clause ("that she would resign as …", "said he would step down
// as …"), the last token of the name of two words or more nearest before
// it in its sentence, whose words the clause reports. It returns -1 when
// there is none.
func (r *run) reportedSubject(k int) int {
	toks := r.toks
	if k < 2 || !reportedPronouns[toks[k].Norm] || toks[k].Cap {
		return -1
	}
	if toks[k-1].Norm != "that" {
		if e, _ := r.x.lx.matchBwd(r.d, k-1, cSays); e == nil {
			return -1
		}
	}
	for j := k - 2; j > 0 && j > k-12; j-- {
		if sentenceEnd(toks, j) || toks[j+1].Gap >= token.Newline {
			return -1
		}
		if !isCapWord(&toks[j]) {
			continue
		}
		if words := r.nameBefore(j); len(words) >= 2 && r.standsAlone(words) {
			return j
		}
	}
	return -1
}

// reportedPronouns are the English personal pronouns that a reported
// clause's subject may be. Read-only.
var reportedPronouns = map[string]bool{"he": true, "she": true}

// objectRelative finds, within a few words of one clause back from token
// k, a relative pronoun in the accusative right after a comma ("яку",
// "якого", "whom"): the object of the verb after k, which names no one
// after it. It returns the pronoun's token, or -1.
func (r *run) objectRelative(k int) int {
	toks := r.toks
	for m := k; m > 1 && m > k-8; m-- {
		if sentenceEnd(toks, m) || toks[m+1].Gap >= token.Newline {
			return -1
		}
		if objectRelatives[toks[m].Norm] {
			if toks[m-1].Norm != "," {
				return -1
			}
			return m
		}
	}
	return -1
}

// objectRelatives are the relative pronouns that stand for a verb's
// object. Read-only.
var objectRelatives = map[string]bool{"якого": true, "яку": true, "яких": true, "whom": true}

// relativeAfterComma reports a relative pronoun at token k right after a
// comma: the clause it opens hangs on the name before the comma ("Anand,
// who as defence minister …", "X, che lascia il Foreign Office …").
func (r *run) relativeAfterComma(k int) bool {
	return k > 1 && r.x.lx.class(r.toks[k].Norm)&cRel != 0 && r.toks[k-1].Norm == ","
}

// coordinatedSubject finds the subject of a clause that a conjunction at k
// continues, and returns its last token or -1: the name before a relative
// pronoun after a comma ("X, che lascia il Foreign Office e diventa…"), or
// the name opening the sentence and followed by its verb ("X leaves the
// Foreign Office and becomes…"). The clause before k may hold no comma.
func (r *run) coordinatedSubject(k int) int {
	toks := r.toks
	for m := k - 1; m >= 0 && m > k-16; m-- {
		if sentenceEnd(toks, m) || toks[m+1].Gap >= token.Newline {
			return r.subjectAt(m + 1)
		}
		if m == 0 {
			return r.subjectAt(0)
		}
		if toks[m].Norm == "," {
			// a relative clause set off by commas after the subject: "X,
			// who ran the audit office, moves across to become …"
			if c := r.openingComma(m); c > 0 && r.relativeAfterComma(c+1) && len(r.nameBefore(c-1)) > 0 {
				return c - 1
			}
			return -1
		}
		if r.relativeAfterComma(m) {
			words := r.nameBefore(m - 2)
			if len(words) == 0 {
				return -1
			}
			return m - 2
		}
	}
	return -1
}

// subjectAt returns the last token of a name opening a clause at k, or
// within its first few words, and followed by a lower-case word (its
// verb), or -1.
func (r *run) subjectAt(k int) int {
	s, e, words, ok := r.readName(k, caseNom, 0, true)
	if !ok || s != k || !r.standsAlone(words) {
		// a few words before the name, an adverb or a description with no
		// punctuation: "Уже сьогодні лідер соціалістів Педро Санчес склав
		// присягу і став …", "Socialist leader Pedro Sánchez was sworn in
		// and became …"
		ok = false
		for j := k + 1; j < len(r.toks) && j <= k+5 && r.toks[j].Kind == token.Word && r.toks[j].Gap == token.Space; j++ {
			if !isCapWord(&r.toks[j]) {
				continue
			}
			s, e, words, ok = r.readName(j, caseNom, 0, false)
			ok = ok && s == j && len(realWords(words)) >= 2
			break
		}
	}
	if !ok || e >= len(r.toks) {
		return -1
	}
	if tk := &r.toks[e]; tk.Kind != token.Word || tk.Cap || tk.Upper {
		return -1
	}
	return e - 1
}

// rollCall reads the people a plural title goes on to list, each with a
// portfolio in parentheses, in the rest of its sentence: "the party's other
// five ministers are Leon Schreiber (Home Affairs), Siviwe Gwarube, its chief
// whip (Basic Education), and Dean Macpherson (Public Works and
// Infrastructure)".
func (r *run) rollCall(t *title) []named {
	toks := r.toks
	var out []named
	for k := t.end; k < len(toks) && k < t.end+120; k++ {
		if k > t.end && (sentenceEnd(toks, k) || toks[k].Gap >= token.Newline) {
			break
		}
		if k == 0 {
			continue
		}
		var portfolio string
		var end int
		switch {
		case toks[k].Norm == "(":
			portfolio, end = r.bracketedPortfolio(k + 1)
		case r.d.Lang == "it":
			portfolio, end = r.postedTo(k)
		}
		if portfolio == "" {
			continue
		}
		j := k - 1
		if toks[j].Norm == "," {
			continue
		}
		words := r.nameBefore(j)
		if !r.standsAlone(words) {
			continue
		}
		nm := named{t: *t, s: words[0].s, e: words[len(words)-1].e, words: words}
		nm.t.plural = false
		nm.t.portfolio = portfolio
		out = append(out, nm)
		k = end
	}
	return out
}

// postedTo reads, at k, the Italian "a" with its article and a
// capitalized portfolio, which lists a cabinet's members in a roll call:
// "Elisabetta Trenta alla Difesa, Danilo Toninelli alle Infrastrutture".
// It returns the portfolio and the index of its last token, or "".
func (r *run) postedTo(k int) (string, int) {
	toks := r.toks
	switch toks[k].Norm {
	case "alla", "alle", "al", "allo", "ai", "agli", "all":
	default:
		return "", -1
	}
	m := k + 1
	if toks[k].Norm == "all" && m < len(toks) && toks[m].Norm == "'" {
		m++
	}
	if m >= len(toks) || !toks[m].Cap {
		return "", -1
	}
	if e, end := r.x.lx.matchFwd(r.d, m, cPortfolio); e != nil {
		return e.portfolio, end - 1
	}
	return "", -1
}

// bracketedPortfolio reads a parenthesis from i that holds only a
// portfolio — its words, connectors, conjunctions, commas and other
// capitalized words, no more of these than of portfolios, so that a party
// ("Economic Freedom Fighters") is none — and returns the portfolio and the
// index of the closing parenthesis, or "".
func (r *run) bracketedPortfolio(i int) (string, int) {
	toks, lx := r.toks, r.x.lx
	portfolio := ""
	known, unknown := 0, 0
	for k := i; k < len(toks) && k < i+10; k++ {
		tk := &toks[k]
		switch {
		case tk.Norm == ")":
			if unknown > known {
				return "", -1
			}
			return portfolio, k
		case tk.Norm == ",":
			continue
		case tk.Kind != token.Word:
			return "", -1
		}
		if e, end := lx.matchFwd(r.d, k, cPortfolio); e != nil {
			if portfolio == "" {
				portfolio = e.portfolio
			}
			known++
			k = end - 1
			continue
		}
		c := lx.class(tk.Norm)
		if c&(cFiller|cConn|cConj|cDet) == 0 {
			if !isCapWord(tk) {
				if c == 0 {
					// a qualifier of a portfolio named beside it:
					// "(sustainable infrastructure)", "(technological
					// innovation and digital transition)"
					continue
				}
				return "", -1
			}
			unknown++
		}
	}
	return "", -1
}
