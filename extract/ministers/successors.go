package ministers

import "kronika/extract/token"

// successorWords name the next or the previous holder of a post, after
// a possessive that points back to its holder ("his successor", "la sua
// predecessora"); true marks a predecessor. Read-only.
var successorWords = map[string]bool{
	"successor": false, "successore": false, "successora": false,
	"predecessor": true, "predecessore": true, "predecessora": true,
}

// holderPossessives are the possessives that point a successor back to
// the holder named before. Read-only.
var holderPossessives = map[string]bool{"his": true, "her": true, "suo": true, "sua": true}

// namedSuccessors adds the persons that a possessive successor or
// predecessor names right after a title's holder, in its sentence or the
// next: "Nicolás Dujovne resigned as Treasury minister on Saturday. His
// successor, Hernán Lacunza, was sworn in on Tuesday." The title passes to
// the successor, and to the predecessor as a former holder. The holder is
// the nearest before the possessive.
func (r *run) namedSuccessors() {
	toks := r.toks
	n := len(r.named)
	for k := 1; k+2 < len(toks); k++ {
		if len(toks[k].Norm) < len("successor") {
			continue // most words: spared the lookup on the hot path
		}
		pred, ok := successorWords[toks[k].Norm]
		if !ok || !holderPossessives[toks[k-1].Norm] {
			continue
		}
		holder := -1
		for i := 0; i < n; i++ {
			if e := r.named[i].e; e <= k && (holder < 0 || e > r.named[holder].e) {
				holder = i
			}
		}
		if holder < 0 || r.sentencesBetween(r.named[holder].e, k) > 1 {
			continue
		}
		nm := r.named[holder]
		if nm.t.plural || nm.t.role == roleDeputy || r.becameOther(nm.e, k) {
			continue
		}
		j := k + 1
		if toks[j].Norm == "," {
			j++
		}
		s, e, words, ok := r.parseName(j, caseNom, 0)
		if !ok || s != j || !r.standsAlone(words) {
			continue
		}
		t := nm.t
		t.former = pred
		r.named = append(r.named, named{t: t, s: s, e: e, words: words})
	}
}

// becameOther reports a verb of taking a post before another title
// between tokens a and b: the holder moved on, and a successor named after
// it followed him there ("a former prime minister who became president in
// 2021, and his successor").
func (r *run) becameOther(a, b int) bool {
	lx := r.x.lx
	for k := a; k < b; k++ {
		v, end := lx.matchFwd(r.d, k, cAppoint)
		if v == nil || end >= b {
			continue
		}
		if d, e := lx.matchFwd(r.d, end, cDet); d != nil {
			end = e
		}
		if end < b && lx.class(r.toks[end].Norm)&cOtherTitle != 0 {
			return true
		}
	}
	return false
}

// sentencesBetween counts the sentence ends and line breaks between
// tokens a and b.
func (r *run) sentencesBetween(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if sentenceEnd(r.toks, k) || r.toks[k+1].Gap >= token.Newline {
			n++
		}
	}
	return n
}
