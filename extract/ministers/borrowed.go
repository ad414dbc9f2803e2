package ministers

import "slices"

// This file names the persons whose title the text gives only by pointing
// back at a minister it has just named: a counterpart, a deputy ("his
// deputy"), an Italian ellipsis ("e quello della Difesa") or a Ukrainian
// one ("і литовський — Габріелюс Ландсбергіс").

// borrowTitle is the title of the minister named in a, borrowed by a
// person at token j: the same office (role, kind, portfolio), neither
// former, owned nor shared, its nation and ministry the borrower's own.
func borrowTitle(a named, j int) title {
	t := a.t
	t.head, t.left, t.end = j, j, j+1
	t.former, t.possessor, t.plural, t.article = false, false, false, false
	t.nations, t.secNation, t.ministry = nil, "", false
	return t
}

// deputies names the persons a text introduces as the deputy of a
// minister it has just named: "Defence Minister Oleksii Reznikov thanked
// them, and his deputy Hanna Maliar asked …", "il ministro dell'Interno
// Carlo Neri e il suo vice Marco Bassi", "а його заступниця Ганна Маляр".
// The deputy serves in the same ministry, so takes its portfolio and its
// government. Only a minister's deputy is one: a prime minister's, a
// mayor's or a party leader's is another post.
func (r *run) deputies() {
	toks := r.toks
	for j := 1; j+1 < len(toks); j++ {
		c, ok := deputyWords[toks[j].Norm]
		if !ok {
			continue
		}
		o := j - 1 // the owner's pronoun
		if o > 0 && r.x.lx.class(toks[o].Norm)&cFirst != 0 && !isCapWord(&toks[o]) {
			o-- // "його перший заступник", "his first deputy"
		}
		if !ownerPronouns[toks[o].Norm] {
			continue
		}
		a, ok := r.counterpartOf(o)
		if !ok || a.t.role != roleMinister {
			continue
		}
		t := borrowTitle(a, o)
		t.role, t.gcase, t.fem = roleDeputy, c, false
		s, e, words, ok := r.borrowerAt(j+1, &t)
		if !ok {
			continue
		}
		r.named = append(r.named, named{t: t, s: s, e: e, words: words, peer: true, peerAt: a.s})
	}
}

// deputyWords name a minister's deputy after a possessive pronoun, each
// with the case a Ukrainian name after it takes ("з його заступником
// Іваном Гаврилюком"). Read-only.
var deputyWords = map[string]gcase{
	"deputy": caseAny, "vice": caseAny,
	"заступник": caseNom, "заступниця": caseNom, "заступника": caseGen, "заступницю": caseAcc,
	"заступником": caseIns, "заступницею": caseIns, "заступникові": caseDat, "заступнику": caseDat,
}

// ownedTitles gives the government of a head of government named just
// before to a minister whose title a possessive pronoun makes his and
// names no state: "Japan's prime minister, Yoshihiko Noda, said … His
// finance minister, Jun Azumi, has said …", "il premier croato … Il suo
// ministro della Difesa". A president's minister, or anyone's after
// another title, is left to the text's other signals.
func (r *run) ownedTitles() {
	toks := r.toks
	for i := range r.named {
		nm := &r.named[i]
		if nm.peer || len(nm.t.nations) > 0 || nm.t.role == rolePM || nm.t.left < 1 {
			continue
		}
		o := nm.t.left - 1
		if !ownerPronouns[toks[o].Norm] && o > 0 && r.x.lx.class(toks[o].Norm)&cDet != 0 {
			o-- // "il suo ministro": the article opened the title
		}
		if !ownerPronouns[toks[nm.t.left].Norm] && !ownerPronouns[toks[o].Norm] {
			continue
		}
		if toks[o].Norm == "its" || toks[nm.t.left].Norm == "its" {
			continue // a state's or a government's: "Oman sent its deputy prime minister"
		}
		if a, ok := r.counterpartOf(o); ok && a.t.role == rolePM && a.s < nm.s {
			nm.peer, nm.peerAt = true, a.s
		}
	}
}

// ownerPronouns are the possessives that make a deputy or a title
// someone's: "his deputy", "il suo vice", "його заступник", "its first
// digital minister". Read-only.
var ownerPronouns = map[string]bool{
	"his": true, "her": true, "its": true, "their": true, "suo": true, "sua": true, "loro": true,
	"його": true, "її": true, "їхній": true,
	"свій": true, "своя": true, "свого": true, "своєї": true, "свою": true, "своїм": true, "своєю": true,
	"своєму": true, "своїй": true,
}

// ellipticTitles names the persons an Italian sentence gives a minister's
// title by ellipsis after naming one: "il ministro degli Esteri, Asaad
// al-Shaibani, e quello della Difesa, Murhaf Abu Qasra", "e quella delle
// Infrastrutture Anna Rossi". The pronoun stands for the title, in the same
// government, when it follows the first minister's name right away or
// after an apposition on it; the portfolio after it is the person's own.
// A state after it instead of a portfolio gives the same office in that
// state: "e con quello dell'Oman, Badr al-Busaidi".
func (r *run) ellipticTitles() {
	toks := r.toks
	for j := 1; j+2 < len(toks); j++ {
		if w := toks[j].Norm; w != "quello" && w != "quella" {
			continue
		}
		b := j - 1
		if b > 0 && (r.x.lx.class(toks[b].Norm)&cPlacePrep != 0 || ellipsisPreps[toks[b].Norm]) {
			b-- // "e con quello dell'Oman", "i beni del ministro A e di quello dell'Interno B"
		}
		if toks[b].Norm != "," && r.x.lx.class(toks[b].Norm)&cConj == 0 {
			continue
		}
		head := r.sentenceHead(j)
		a, ok := r.antecedent(j, head)
		if !ok || b-max(a.e, a.t.end) > 1 {
			// an apposition on the first minister's name may stand
			// between, whatever titles it gives others: "il titolare
			// dell'Energia Abdulaziz bin Salman, fratellastro del nuovo
			// premier, e quello delle Finanze"
			c := r.asideOpen(b)
			if c < 0 {
				continue // "ha citato il bilancio, e quello della Difesa": another noun's
			}
			if a, ok = r.antecedent(c, head); !ok || max(a.e, a.t.end) != c {
				continue
			}
		}
		t := borrowTitle(a, j)
		portfolio, dangling := r.parseRight(&t, false)
		if dangling >= 0 || t.ministry {
			continue
		}
		switch {
		case portfolio != "":
			if len(t.nations) == 0 {
				t.nations = append([]string(nil), a.t.nations...) // the same government
			}
		case len(t.nations) > 0 && a.t.portfolio != "":
			portfolio = a.t.portfolio // "e con quello dell'Oman": the same office in another state
		default:
			continue
		}
		t.portfolio = portfolio
		s, e, words, ok := r.borrowerAt(t.end, &t)
		if !ok {
			continue
		}
		r.named = append(r.named, named{t: t, s: s, e: e, words: words, peer: true, peerAt: a.s})
	}
}

// ellipsisPreps are the prepositions, beside the place ones, that the
// pronoun of an elliptic title may take after the first minister's name.
// Read-only.
var ellipsisPreps = map[string]bool{"con": true, "di": true, "da": true, "per": true, "su": true}

// adjectiveEllipses names the persons a Ukrainian sentence gives another
// state's minister's office by a state's adjective alone after naming one:
// "Естонський міністр закордонних справ Маргус Цахкна і литовський —
// Габріелюс Ландсбергіс — говорять …". The adjective stands for the same
// title in its state; a dash or a comma may set the name off.
func (r *run) adjectiveEllipses() {
	toks, lx := r.toks, r.x.lx
	for _, n := range r.nat {
		j := n.s
		if j < 2 || n.e != j+1 || n.e+1 >= len(toks) || isCapWord(&toks[j]) ||
			lx.class(toks[j-1].Norm)&cConj == 0 && !contrastJoins[toks[j-1].Norm] {
			continue
		}
		a, ok := r.antecedent(j-1, r.sentenceHead(j))
		if !ok || len(a.t.nations) == 0 || slices.Contains(a.t.nations, n.code) || max(a.e, a.t.end) != j-1 {
			continue
		}
		k := n.e
		if toks[k].Norm == "-" || toks[k].Norm == "—" || toks[k].Norm == "–" {
			k++
		}
		t := borrowTitle(a, j)
		t.nations = []string{n.code}
		s, e, words, ok := r.borrowerAt(k, &t)
		if !ok {
			continue
		}
		r.named = append(r.named, named{t: t, s: s, e: e, words: words})
	}
}

// asideOpen returns the comma that opens an apposition of at most ten
// tokens closed by the comma at token b or before the conjunction there,
// or -1.
func (r *run) asideOpen(b int) int {
	if r.toks[b].Norm != "," {
		b--
	}
	if b < 1 || r.toks[b].Norm != "," {
		return -1
	}
	if c := r.openingComma(b); c >= 0 && c >= b-10 {
		return c
	}
	return -1
}

// borrowerAt reads the name of the person who borrows title t, right at
// token k or after a comma there: a name of its own, standing alone, that
// no person found already covers.
func (r *run) borrowerAt(k int, t *title) (s, e int, words []unit, ok bool) {
	if k < len(r.toks) && r.toks[k].Norm == "," {
		k++
	}
	s, e, words, ok = r.parseName(k, t.gcase, t.nameFlags())
	if !ok || s != k || !r.standsAlone(words) || r.namedOverlaps(s, e) {
		return 0, 0, nil, false
	}
	return s, e, words, true
}

// counterpartOf is the minister named last before the counterpart word at
// token j, in its sentence, with no other title between them: "Chinese
// Foreign Minister Wang Yi met his … counterpart", "Wang Yi, China's
// foreign minister, called his counterpart". A sentence that opens with the
// counterpart ("His Latvian counterpart, Andris Sprūds, wants …") looks
// back into the sentence before.
func (r *run) counterpartOf(j int) (named, bool) {
	head := r.sentenceHead(j)
	opening := j-head <= counterpartOpening && head > 0
	if opening {
		head = r.sentenceHead(head - 1)
	}
	if a, ok := r.antecedent(j, head); ok || !opening {
		return a, ok
	}
	return r.mentionedBefore(head, r.sentenceHead(j))
}

// mentionedBefore is the minister that the sentence [head, end) names
// last by a name a title gave him before, when it names no one else and
// no title: "Il ministro dell'Economia peruviano, Alex Contreras Miranda,
// ha detto … Contreras ha bisogno di capitali. Il suo omologo messicano,
// …" is Contreras's counterpart.
func (r *run) mentionedBefore(head, end int) (named, bool) {
	toks := r.toks
	var best named
	found := false
	for i := head; i < end; i++ {
		if r.x.lx.class(toks[i].Norm)&(cOtherTitle|cHead) != 0 {
			return named{}, false
		}
		if !isCapWord(&toks[i]) {
			continue
		}
		s, e, words, ok := r.readName(i, caseAny, 0, i == head)
		if !ok || e > end {
			i = unitAt(r.d, i).e - 1
			continue
		}
		i = e - 1
		k, ok := r.namedBySurname(words)
		if !ok && !r.standsAlone(words) {
			// one capitalized word no one is known by is more often a
			// place or a body than a person: "… per l'Europa il via
			// libera della Spd"
			continue
		}
		if !ok || found {
			return named{}, false // someone untitled, or two persons
		}
		best, found = r.named[k], true
		best.s, best.e = s, e
	}
	if !found || best.t.former || best.t.plural {
		return named{}, false
	}
	return best, true
}

// namedBySurname is the index in r.named of the person named with a
// title whose surname words end with: a word of that name after the
// first, as Spanish double surnames go ("Alex Contreras Miranda", then
// "Contreras").
func (r *run) namedBySurname(words []unit) (int, bool) {
	last := words[len(words)-1].norm
	for k := range r.named {
		ws := r.named[k].words
		for i := range ws {
			if ws[i].norm == last && (i > 0 || len(ws) == 1) {
				return k, true
			}
		}
	}
	return 0, false
}

// antecedent is the minister named last before token j and from token
// head on, with no other title between them.
func (r *run) antecedent(j, head int) (named, bool) {
	var best named
	found := false
	for _, nm := range r.named {
		first, last := min(nm.s, nm.t.left), max(nm.e, nm.t.end)
		if first < head || last > j || nm.t.former || nm.t.plural || found && last <= max(best.e, best.t.end) {
			continue
		}
		best, found = nm, true
	}
	if !found {
		return named{}, false
	}
	for k := max(best.e, best.t.end); k < j; k++ {
		if r.x.lx.class(r.toks[k].Norm)&(cOtherTitle|cHead) != 0 {
			return named{}, false // "Foreign Minister X and President Y met their counterparts"
		}
	}
	return best, true
}

// counterpartOpening is how far into its sentence a counterpart word may
// stand and still open it: "Il suo omologo", "His Latvian counterpart".
const counterpartOpening = 3

// namedOverlaps reports a person already named at some of tokens [s, e).
func (r *run) namedOverlaps(s, e int) bool {
	for _, nm := range r.named {
		if nm.s < e && s < nm.e {
			return true
		}
	}
	return false
}
