package ministers

import "slices"

// This file reads the states a text rules out for a minister whose title
// names none, from the one-holder-per-office fact: a government has one
// minister of each portfolio and one head.

// excludedNations are the states the text rules out for person p, whose
// title names none: another holder of the same office coordinated with
// one of p's titles and given a state ("La ministra della Difesa Anna
// Rossi e il ministro libico della Difesa Ali Omar" sets the second
// against the first: she is not Libya's), and the states of the heads of
// government named with p in one plural title ("i primi ministri Narendra
// Modi e Shehbaz Sharif"). A plural title of ministers lists a cabinet or
// successive holders as often as counterparts ("gli altri ministri: A
// alla Difesa, B alla Giustizia", "three successive transport ministers",
// "the deputy finance ministers A and B"): it rules out none. done are the
// persons emitted before p, whose entries are the last len(done) of
// r.e.Ministers.
func (r *run) excludedNations(p *person, done []*person) []string {
	var out []string
	add := func(c string) {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if r.noAmericanTitle(p) {
		add("US")
	}
	for i := range r.named {
		nm := &r.named[i]
		if !p.holds(nm) || len(nm.t.nations) > 0 || nm.nation != "" {
			continue
		}
		if i > 0 {
			if c := r.contrasted(&r.named[i-1], nm); c != "" {
				add(c)
			}
		}
		if i+1 < len(r.named) {
			if c := r.contrasted(&r.named[i+1], nm); c != "" {
				add(c)
			}
		}
		if !nm.t.plural || nm.t.former || nm.t.role != rolePM {
			continue
		}
		for j := range r.named {
			o := &r.named[j]
			if j == i || o.t.head != nm.t.head || p.holds(o) {
				continue
			}
			add(r.heldNation(o, done))
		}
	}
	return out
}

// noAmericanTitle reports an English text's person whose every title is
// a minister's or a prime minister's: the US government has neither, its
// cabinet members are secretaries ("Agriculture Minister John Steenhuisen"
// in a story on US tariffs is no American). Italian and Ukrainian call US
// secretaries ministers.
func (r *run) noAmericanTitle(p *person) bool {
	if r.d.Lang != "en" || p.secretary {
		return false
	}
	titled := false
	for i := range r.named {
		nm := &r.named[i]
		if !p.holds(nm) {
			continue
		}
		if nm.t.kind != kindMinister {
			return false
		}
		titled = true
	}
	return titled
}

// holds reports that the named mention nm is one of p's.
func (p *person) holds(nm *named) bool {
	for _, s := range p.spans {
		if s.s == nm.s {
			return true
		}
	}
	return false
}

// contrasted is the state that o's title gives, when o holds the same
// office as nm, whose title gives none, and the two are joined by a
// conjunction, in either order: the text names o's state to tell the two
// apart. The titles are current ones.
func (r *run) contrasted(o, nm *named) string {
	if len(o.t.nations) != 1 || o.t.role != nm.t.role || o.t.portfolio != nm.t.portfolio ||
		o.t.role != rolePM && o.t.portfolio == "" || o.t.former || nm.t.former || o.t.plural || nm.t.plural {
		return ""
	}
	a, b := nm, o
	if o.s < nm.s {
		a, b = o, nm
	}
	if !r.joined(max(a.e, a.t.end), min(b.s, b.t.left)) {
		return ""
	}
	return o.t.nations[0]
}

// joined reports that only a conjunction, perhaps after the comma that
// closes an apposition, lies between tokens from and to.
func (r *run) joined(from, to int) bool {
	switch to - from {
	case 1:
		return r.x.lx.class(r.toks[from].Norm)&cConj != 0
	case 2:
		return r.toks[from].Norm == "," && r.x.lx.class(r.toks[from+1].Norm)&cConj != 0
	}
	return false
}

// heldNation is the state of the person who holds the named mention o,
// when his title, the table or the emitted entry of one of done gives
// it, or "".
func (r *run) heldNation(o *named, done []*person) string {
	if len(o.t.nations) == 1 {
		return o.t.nations[0]
	}
	if o.nation != "" {
		return o.nation
	}
	base := len(r.e.Ministers) - len(done)
	for i, q := range done {
		if q.holds(o) {
			return r.e.Ministers[base+i].Nation
		}
	}
	return ""
}

// unexcluded replaces a state the text rules out for a minister: with the
// country of the article's language, whose ministers its papers name
// without a state, else with the most mentioned state not ruled out; code
// stays when none is left. A head of government is never one of the
// fullHeads' states the table does not list him in.
func (r *run) unexcluded(code string, excluded []string, pm bool) string {
	if !slices.Contains(excluded, code) {
		return code
	}
	if c := languageNation[r.d.Lang]; c != "" && !slices.Contains(excluded, c) && !(pm && fullHeads[c]) {
		return c
	}
	best, n := "", 0
	for _, x := range r.e.Nations {
		if len(x.Mentions) > n && !slices.Contains(excluded, x.Code) && !(pm && fullHeads[x.Code]) {
			best, n = x.Code, len(x.Mentions)
		}
	}
	if best == "" {
		return code
	}
	return best
}
