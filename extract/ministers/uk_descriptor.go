package ministers

import "kronika/extract/token"

// ukDescriptorEnd reads, from token k after a Ukrainian verb that puts
// its subject last ("Міністром фінансів став …", "МЗС очолив …"), a
// description of the person set before the name: lower-case words ("кар'єрний
// дипломат", "колишній мер"), then what they are of: a word in the genitive
// ("соратник прем'єра"), a place ("мер Мехіко") or a quoted body
// ("співзасновник «Братів Італії»"). It returns where the name starts, or
// k when no such description stands before a capitalized word. The name
// itself is the caller's to read.
func (r *run) ukDescriptorEnd(k int) int {
	const maxWords = 4
	toks, lx := r.toks, r.x.lx
	lower := func(j int) bool {
		t := &toks[j]
		return t.Kind == token.Word && !t.Cap && !t.Upper && t.Gap == token.Space && hasCyrillic(t.Norm)
	}
	j, words := k, 0
	for j < len(toks) && words < maxWords && lower(j) {
		if he, end := lx.matchFwd(r.d, j, cHead); he != nil && words > 0 {
			j, words = end, words+1 // the title whose the person is: "соратник прем'єра"
			continue
		}
		m := j + 1
		for m+1 < len(toks) && toks[m].Norm == "'" && toks[m].Gap == token.None && toks[m+1].Gap == token.None &&
			toks[m+1].Kind == token.Word {
			m += 2 // the apostrophe inside a word: "кар'єрний"
		}
		// the words of a description: nouns and adjectives the vocabulary
		// does not know, other posts ("мер", "генерал") and "колишній"
		if cls := lx.class(toks[j].Norm); m == j+1 && (cls&^(cOtherTitle|cFiller|cFormer|cHonor) != 0 || cls == 0 && ukVerbLike(toks[j].Norm)) {
			return k
		}
		j, words = m, words+1
	}
	if words == 0 || j >= len(toks) || toks[j].Gap > token.Space {
		return k
	}
	switch {
	case toks[j].Norm == "«":
		// a quoted body: "співзасновник «Братів Італії»"
		m := j + 1
		for m < len(toks) && m-j <= 6 && toks[m].Norm != "»" && toks[m].Gap <= token.Space {
			m++
		}
		if m >= len(toks) || toks[m].Norm != "»" {
			return k
		}
		j = m + 1
	default:
		// a place, when a name of two words follows it: "мер Мехіко
		// Марсело …"; else the place may be the first name
		end := j
		if ns, ok := r.natAt(j); ok {
			end = ns.e
		} else if e, m := lx.matchFwd(r.d, j, cCapital); e != nil && isCapWord(&toks[j]) {
			end = m
		}
		if end > j && end+1 < len(toks) && isCapWord(&toks[end]) && toks[end+1].Gap == token.Space && isCapWord(&toks[end+1]) {
			j = end
		}
	}
	if j >= len(toks) || toks[j].Gap != token.Space || !isCapWord(&toks[j]) {
		return k
	}
	return j
}
