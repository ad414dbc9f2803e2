package ministers

import (
	"strings"
	"unicode/utf8"

	"kronika/extract/token"
)

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

// ukNowAdverbs say that a second post, after a former title, is held now:
// "Колишня міністерка фінансів, а нині посол у Вашингтоні X". Read-only.
var ukNowAdverbs = map[string]bool{"нині": true, "тепер": true, "зараз": true, "наразі": true, "відтепер": true}

// ukNowPost reads the holder of a title that a comma closes and a second,
// present post follows before the name: "Колишня міністерка соціальної
// політики, а нині уповноважена Верховної Ради з прав людини X закликала
// …". The name is the capitalized run that ends the post, where the
// predicate or a punctuation mark follows; a place or a body may open that
// run ("посол у Вашингтоні X"), so a run of more than three words gives
// its last two. A verb, a punctuation mark or a minister's title of its own
// inside the post ends the reading with no holder.
func (r *run) ukNowPost(t *title) (named, bool) {
	const maxSpan = 12
	toks, lx := r.toks, r.x.lx
	k := t.end
	// a portfolio the vocabulary does not know: "міністерка залізниць,"
	for n := 0; n < 3 && k < len(toks) && toks[k].Kind == token.Word && !isCapWord(&toks[k]) && toks[k].Gap == token.Space &&
		hasCyrillic(toks[k].Norm) && lx.class(toks[k].Norm)&^(cFiller|cPortfolio) == 0 && !ukVerbLike(toks[k].Norm); n++ {
		k++
	}
	if r.d.Lang != "uk" || t.plural || t.gcase.oblique() || k+3 >= len(toks) || toks[k].Norm != "," {
		return named{}, false
	}
	k++
	if toks[k].Norm == "а" {
		k++
	}
	if !ukNowAdverbs[toks[k].Norm] {
		return named{}, false
	}
	k++
	for j := k; j < len(toks) && j-k < maxSpan; j++ {
		tk := &toks[j]
		if tk.Gap > token.Space {
			return named{}, false
		}
		if !isCapWord(tk) {
			if tk.Kind == token.Word {
				if he, _ := lx.matchFwd(r.d, j, cHead); he != nil && (j == 0 || lx.class(toks[j-1].Norm)&cNegLeft == 0) {
					return named{}, false // "а нині прем'єр-міністр X": that title's own
				}
				// a verb ends the post; a short word may be a noun's
				// genitive plural ("з прав людини")
				if cls := lx.class(tk.Norm); cls&(cAppoint|cAux|cSays|cRel|cHeadVerb|cCopula) != 0 ||
					cls == 0 && ukVerbLike(tk.Norm) && utf8.RuneCountInString(tk.Norm) >= 5 {
					return named{}, false
				}
				continue
			}
			if tk.Norm == "«" || tk.Norm == "»" || tk.Norm == "'" && tk.Gap == token.None {
				continue
			}
			return named{}, false
		}
		b := j
		for b < len(toks) && isCapWord(&toks[b]) && (b == j || toks[b].Gap == token.Space) {
			b++
		}
		if b < len(toks) && toks[b].Kind == token.Word && toks[b].Gap == token.Space &&
			lx.class(toks[b].Norm)&(cConn|cPlacePrep|cConj|cAffiliation) != 0 {
			j = b - 1 // a body's name goes on: "Верховної Ради з прав людини"
			continue
		}
		s := j
		if b-j > 3 || r.placeAt(j) || b-j == 3 && (ukGenitiveEnd(toks[j].Norm) || lx.class(toks[j].Norm)&cStop != 0) {
			// a place or a body opens the run, or a person whose post the
			// words before describe: "радник президента Лули X Y",
			// "депутат Європарламенту X Y"
			s = b - 2
		}
		if s <= j && r.placeAt(j) {
			return named{}, false
		}
		ns, e, words, ok := r.parseName(s, caseNom, t.nameFlags())
		if !ok || ns != s || e != b || !r.standsAlone(words) {
			j = b - 1 // a body's or a place's name: "суддя Конституційного суду X"
			continue
		}
		nm := named{t: *t, s: s, e: e, words: words}
		nm.t.former = true
		return nm, true
	}
	return named{}, false
}

// ukGenitiveEnd reports a capitalized word with an ending of the genitive
// that a name's first word in the nominative hardly has: "Лули",
// "Західного", "Верховної".
func ukGenitiveEnd(w string) bool {
	for _, suf := range []string{"и", "ого", "ої", "ів"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ukRelativeAdjunct reports, from token k after the comma that closes a
// ministry's name beginning at token left, the neuter relative pronoun
// whose antecedent the ministry is, then up to three lower-case words or
// numbers of time or manner before the verb of heading at token i:
// "Міністерство фінансів, яке вісім років очолював X", "яке й далі
// очолює X". A ministry in the genitive after a neuter noun may not be
// the antecedent ("рішення міністерства, яке …"), nor a verb be among the
// words.
func (r *run) ukRelativeAdjunct(left, k, i int) bool {
	toks := r.toks
	if r.d.Lang != "uk" || toks[k].Norm != "яке" || i-k-1 > 3 {
		return false
	}
	if left > 0 && toks[left-1].Kind == token.Word {
		for _, suf := range []string{"ння", "ття", "ство", "цтво"} {
			if strings.HasSuffix(toks[left-1].Norm, suf) {
				return false // the neuter nouns a ministry's genitive most often follows
			}
		}
	}
	for m := k + 1; m < i; m++ {
		tk := &toks[m]
		if tk.Gap > token.Space || isCapWord(tk) || tk.Kind != token.Word && tk.Kind != token.Number ||
			tk.Kind == token.Word && r.x.lx.class(tk.Norm) == 0 && ukVerbLike(tk.Norm) && utf8.RuneCountInString(tk.Norm) >= 5 {
			return false // a numeral of the span may end like a verb: "шість років"
		}
	}
	return true
}

// ukAdjunctVerb reads, after a predicative title t in the instrumental
// that opens its clause, the words that go on before the verb whose
// subject follows them: a portfolio the vocabulary lacks, an adjunct of
// place or of the government ("Міністром зміни клімату в уряді прем'єра X
// є Y", "Міністром оборони у новому уряді стала Y"). The words are of one
// clause and hold no other verb; a title among them, in the genitive, is
// its own ("прем'єра X"). It returns the verb and where it ends, or nil. A
// title after a preposition ("з міністром оборони …") is no predicate.
func (r *run) ukAdjunctVerb(t *title) (*entry, int) {
	const maxSpan = 12
	toks, lx := r.toks, r.x.lx
	k := t.end
	if !r.opensClause(t.left) && !r.afterConj(t.left) || k+2 >= len(toks) || toks[k].Kind != token.Word || isCapWord(&toks[k]) {
		return nil, k
	}
	for j := k; j < len(toks) && j-k <= maxSpan; j++ {
		tk := &toks[j]
		if tk.Gap > token.Space {
			return nil, k
		}
		if tk.Kind == token.Punct {
			if (tk.Norm == "'" || tk.Norm == "-") && tk.Gap == token.None {
				continue // inside a word: "прем'єра", "Кшиштоф-Ян"
			}
			return nil, k
		}
		if tk.Kind != token.Word || isCapWord(tk) {
			continue
		}
		if v, end := r.appointAfter(j); v != nil {
			if j == k || !v.subject || v.needAs || v.gcase != caseNom && v.gcase != caseGen {
				return nil, k
			}
			return v, end
		}
		if cls := lx.class(tk.Norm); cls&(cAux|cSays|cRel|cHeadVerb|cCopula|cSubord) != 0 ||
			cls == 0 && ukVerbLike(tk.Norm) && utf8.RuneCountInString(tk.Norm) >= 5 {
			return nil, k
		}
	}
	return nil, k
}

// ukRelativeAdjunctStart returns the relative pronoun after a comma that a
// few lower-case words or numbers of time or place separate from its
// verb, when they end at token k: "X, який у середу пішов …", "X, яка
// після 7 жовтня увійшла …"; else -1. A verb among them ends the search.
func (r *run) ukRelativeAdjunctStart(k int) int {
	const maxWords = 5
	toks, lx := r.toks, r.x.lx
	if r.d.Lang != "uk" {
		return -1
	}
	for j := k; j >= 2 && j > k-maxWords-1; j-- {
		tk := &toks[j]
		if tk.Gap >= token.Newline || tk.Kind != token.Word && tk.Kind != token.Number || isCapWord(tk) {
			return -1
		}
		if tk.Kind == token.Number {
			continue
		}
		cls := lx.class(tk.Norm)
		if cls&cRel != 0 {
			if j == k || toks[j-1].Norm != "," {
				return -1
			}
			return j
		}
		if cls&(cAppoint|cAux|cSays|cHeadVerb|cCopula) != 0 || cls == 0 && ukVerbLike(tk.Norm) && utf8.RuneCountInString(tk.Norm) >= 5 {
			return -1
		}
	}
	return -1
}

// ukOpeningAdverbs are Ukrainian adverbs and particles of discourse that
// open a sentence before its subject: "Натомість Бенні Ганц, який …",
// "Водночас Дмитро Кулеба заявив". No name is spelled so. Read-only.
var ukOpeningAdverbs = map[string]bool{
	"натомість": true, "водночас": true, "однак": true, "проте": true, "зокрема": true, "відтак": true,
	"згодом": true, "тепер": true, "нині": true, "наразі": true, "зараз": true, "втім": true, "утім": true,
	"зрештою": true, "щоправда": true, "нарешті": true, "тоді": true, "відтоді": true, "адже": true,
	"навіть": true, "лише": true, "тільки": true, "потім": true, "вже": true, "уже": true, "ще": true,
}

// ukMonthsGen are the months in the genitive, which a span that says when
// puts them in: "до вересня", "з березня". Read-only.
var ukMonthsGen = map[string]bool{
	"січня": true, "лютого": true, "березня": true, "квітня": true, "травня": true, "червня": true,
	"липня": true, "серпня": true, "вересня": true, "жовтня": true, "листопада": true, "грудня": true,
}

// inRelativeClause reports token k inside a relative clause that a comma
// and a relative pronoun open before it in its sentence, with no comma
// between to close it.
func (r *run) inRelativeClause(k int) bool {
	toks := r.toks
	for m := k; m > 0; m-- {
		if sentenceEnd(toks, m) || toks[m].Gap >= token.Newline {
			return false
		}
		if toks[m].Norm == "," {
			return m+1 < k && r.x.lx.class(toks[m+1].Norm)&cRel != 0
		}
	}
	return false
}
