package ministers

// counterparts names the persons a text introduces as the counterpart of a
// minister it has just named in the same sentence ("Foreign Minister Wang
// Yi met his Russian counterpart Sergei Lavrov", "il ministro degli Esteri
// iracheno Fuad Hussein e il suo omologo turco Hakan Fidan", "зустрівся зі
// своїм польським колегою Радославом Сікорським"): each holds the same
// office in the state the counterpart word's adjective names. A
// counterpart of a president, or of someone whose office the sentence does
// not give, is no minister, and neither is one a sentence later, whose
// office the writer left to be guessed.
func (r *run) counterparts() {
	toks := r.toks
	for j := 1; j+1 < len(toks); j++ {
		c, ok := counterpartWords[toks[j].Norm]
		if !ok || toks[j].Norm == "counterparts" || toks[j].Norm == "omologhi" {
			continue
		}
		a, ok := r.counterpartOf(j)
		if !ok {
			continue
		}
		k := j + 1
		if n, ok := r.natAt(k); ok && !isCapWord(&toks[k]) {
			k = n.e // "omologo turco"
		}
		if k < len(toks) && toks[k].Norm == "," {
			k++
		}
		t := a.t
		t.head, t.left, t.end = j, j, j+1
		t.former, t.possessor, t.plural, t.article = false, false, false, false
		t.nations, t.secNation, t.ministry = nil, "", false
		t.gcase, t.fem = c, false
		s, e, words, ok := r.parseName(k, t.gcase, t.nameFlags())
		if !ok || s != k || !r.standsAlone(words) || r.namedOverlaps(s, e) {
			continue
		}
		if c := r.counterpartNation(s); c != "" {
			t.nations = []string{c}
		}
		r.named = append(r.named, named{t: t, s: s, e: e, words: words})
	}
}

// counterpartOf is the minister named last before the counterpart word at
// token j, in its sentence, with no other title between them: "Chinese
// Foreign Minister Wang Yi met his … counterpart", "Wang Yi, China's
// foreign minister, called his counterpart". A sentence that opens with the
// counterpart ("His Latvian counterpart, Andris Sprūds, wants …") looks
// back into the sentence before.
func (r *run) counterpartOf(j int) (named, bool) {
	head := r.sentenceHead(j)
	if j-head <= counterpartOpening && head > 0 {
		head = r.sentenceHead(head - 1)
	}
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
