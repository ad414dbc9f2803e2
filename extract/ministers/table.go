package ministers

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// officialsTSV is the reviewed table of known officials; its header says
// where the facts come from.
//
//go:embed data/officials.tsv
var officialsTSV string

// part says which word of a name a key stands for.
type part uint8

const (
	partGiven  part = 1 << iota // a first or middle name
	partFamily                  // the main word of the surname
	partOther                   // another word of the surname (Lund in Lund Poulsen, De in De Croo)
)

// official is one row of the table: a person in one post.
type official struct {
	name      string // canonical Latin "First Last"
	nation    string
	role      role
	portfolio string
	from, to  int // years in office; to is 0 while in office
	fem       bool
	famFirst  bool // the family name comes first (Korean, Chinese names)

	familyKeys []string // every spelling and case form of the surname's main word
	initials   []rune   // the distinct first letters of familyKeys
	otherKeys  []string // every spelling and case form of the other words
	familySkel []string // skeletons of the surname's main word
	otherSkel  []string // skeletons of the other words
}

// heldIn reports that the official held the post in year y.
func (o *official) heldIn(y int) bool {
	return y >= o.from && (o.to == 0 || y <= o.to)
}

// chancellorPost reports a post whose holder is called chancellor, in the
// rank r of the title (rolePM for "chancellor", roleDPM for
// "vice-chancellor"): Germany's or Austria's head of government or his
// deputy, and Britain's finance minister, the Chancellor of the
// Exchequer.
func (o *official) chancellorPost(r role) bool {
	switch {
	case o.nation == "DE" || o.nation == "AT":
		return o.role == r
	case o.nation == "GB":
		return r == rolePM && o.role == roleMinister && o.portfolio == "finance"
	}
	return false
}

type ref struct {
	id   int32
	part part
}

// table indexes the officials by every word of every spelling of their
// names: exactly (lower case, Cyrillic in every case form) and by skeleton.
type table struct {
	off   []official
	exact map[string][]ref
	skel  map[string][]ref
	// near holds the surname skeletons by first letter and length, so that
	// a near-miss search compares a handful of names, not all of them
	near map[nearKey][]nearEntry
}

type nearKey struct {
	first byte
	n     int
}

type nearEntry struct {
	skel string
	id   int32
}

func loadTable(src string) (*table, error) {
	t := &table{exact: map[string][]ref{}, skel: map[string][]ref{}, near: map[nearKey][]nearEntry{}}
	header := true
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header { // the column names
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 9 {
			f = append(f, "")
		}
		o, names, err := parseOfficial(f)
		if err != nil {
			return nil, fmt.Errorf("officials.tsv line %d: %w", n+1, err)
		}
		t.add(o, names, strings.TrimSpace(f[7]))
	}
	if len(t.off) == 0 {
		return nil, fmt.Errorf("officials.tsv: no rows")
	}
	return t, nil
}

func parseOfficial(f []string) (official, []string, error) {
	o := official{name: strings.TrimSpace(f[0]), nation: strings.TrimSpace(f[1]), portfolio: strings.TrimSpace(f[3])}
	if o.name == "" || len(o.nation) != 2 {
		return o, nil, fmt.Errorf("name %q, nation %q: both are required", o.name, o.nation)
	}
	o.role = parseRole(strings.TrimSpace(f[2]))
	if o.role == roleNone {
		return o, nil, fmt.Errorf("%s: unknown role %q", o.name, f[2])
	}
	var err error
	if o.from, err = strconv.Atoi(strings.TrimSpace(f[4])); err != nil {
		return o, nil, fmt.Errorf("%s: from year: %w", o.name, err)
	}
	if s := strings.TrimSpace(f[5]); s != "" {
		if o.to, err = strconv.Atoi(s); err != nil {
			return o, nil, fmt.Errorf("%s: to year: %w", o.name, err)
		}
	}
	switch strings.TrimSpace(f[6]) {
	case "f":
		o.fem = true
	case "m":
	default:
		return o, nil, fmt.Errorf("%s: gender %q is not m or f", o.name, f[6])
	}
	names := []string{o.name}
	for _, a := range strings.Split(f[8], "|") {
		if a = strings.TrimSpace(a); a != "" {
			names = append(names, a)
		}
	}
	return o, names, nil
}

// add indexes an official under every spelling of its name.
func (t *table) add(o official, names []string, family string) {
	if family == "" {
		w := strings.Fields(o.name)
		family = w[len(w)-1]
	}
	nf := len(strings.Fields(family))
	o.famFirst = strings.HasPrefix(o.name, family+" ")
	id := int32(len(t.off))
	seen := map[string]bool{}
	for _, n := range names {
		words := strings.Fields(n)
		var fam, given []string
		switch {
		case len(words) <= nf:
			fam = words
		case o.famFirst:
			fam, given = words[:nf], words[nf:]
		default:
			given, fam = words[:len(words)-nf], words[len(words)-nf:]
		}
		main := len(fam) - 1
		for main > 0 && isParticle(keyOf(fam[main])) {
			main--
		}
		for i, w := range fam {
			p := partOther
			if i == main {
				p = partFamily
			}
			t.addWord(&o, id, w, p, seen)
		}
		for _, w := range given {
			t.addWord(&o, id, w, partGiven, seen)
		}
	}
	t.off = append(t.off, o)
}

func (t *table) addWord(o *official, id int32, w string, p part, seen map[string]bool) {
	k := keyOf(w)
	if k == "" || isInitial(k) {
		return
	}
	keys := []string{k}
	if hasCyrillic(k) {
		keys = ukForms(k, o.fem)
	}
	for _, key := range keys {
		sk := string(rune('0'+p)) + key
		if seen[sk] {
			continue
		}
		seen[sk] = true
		t.exact[key] = append(t.exact[key], ref{id, p})
		if p == partFamily {
			o.familyKeys = append(o.familyKeys, key)
			if r, _ := utf8.DecodeRuneInString(key); !slices.Contains(o.initials, r) {
				o.initials = append(o.initials, r)
			}
		} else {
			o.otherKeys = append(o.otherKeys, key)
		}
	}
	s := skeleton(k)
	if s == "" || seen["s"+string(rune('0'+p))+s] {
		return
	}
	seen["s"+string(rune('0'+p))+s] = true
	t.skel[s] = append(t.skel[s], ref{id, p})
	if p == partFamily {
		o.familySkel = append(o.familySkel, s)
		k := nearKey{s[0], len(s)}
		t.near[k] = append(t.near[k], nearEntry{s, id})
	} else {
		o.otherSkel = append(o.otherSkel, s)
	}
}

// keyOf is the lookup form of a name word: lower case, apostrophes as "'",
// dashes as "-", as the tokenizer's norms joined.
func keyOf(w string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case isApos(r):
			return '\''
		case r == '‐' || r == '‑' || r == '–' || r == '—' || r == '−':
			return '-'
		}
		return unicode.ToLower(r)
	}, w)
}

// isInitial reports a one-letter initial such as "j." or "o".
func isInitial(k string) bool {
	k = strings.TrimSuffix(k, ".")
	n := 0
	for range k {
		n++
	}
	return n <= 1
}

func isParticle(k string) bool {
	switch k {
	case "de", "le", "la", "di", "da", "van", "von", "der", "den", "du", "del", "della", "dos", "das",
		"ten", "ter", "zu", "ван", "де", "ді", "ле", "ла", "да", "дель", "дос", "дю", "фон", "дер":
		return true
	}
	return false
}

// isPatronymic reports a patronymic (Енверович, Олександрівна, in any case
// or transliteration), which identifies no one by itself.
func isPatronymic(k string) bool {
	for _, s := range []string{"ович", "евич", "йович", "івн", "ївн", "ovych", "ovich", "ivna", "yivna", "evych"} {
		if i := strings.LastIndex(k, s); i > 0 && len(k)-i-len(s) <= 6 {
			return true
		}
	}
	return false
}

// nameWord is one word of a name found in text.
type nameWord struct {
	key  string // lower case as written (Cyrillic possibly inflected)
	nom  string // nominative guess
	skel string // skeleton of nom, computed on first use
	s, e int    // its tokens in the text, when it comes from one
}

// skeleton returns the word's skeleton; exact matches never need it.
func (w *nameWord) skeleton() string {
	if w.skel == "" {
		w.skel = skeleton(w.nom)
	}
	return w.skel
}

// matchCtx is what the text says around a name, used to choose between
// officials who share it.
type matchCtx struct {
	nations   []string
	year      int
	portfolio string
	role      role
}

// level is how closely a word matched.
type level uint8

const (
	levelExact level = iota
	levelSkel
	levelFuzzy
	levelNone
)

// wordLevel is how well w matches one of an official's words with a part
// in parts.
func (t *table) wordLevel(id int32, w *nameWord, parts part) level {
	for _, r := range t.exact[w.key] {
		if r.id == id && r.part&parts != 0 {
			return levelExact
		}
	}
	if w.nom != w.key {
		for _, r := range t.exact[w.nom] {
			if r.id == id && r.part&parts != 0 {
				return levelExact
			}
		}
	}
	sk := w.skeleton()
	for _, r := range t.skel[sk] {
		if r.id == id && r.part&parts != 0 {
			return levelSkel
		}
	}
	o := &t.off[id]
	var cands []string
	if parts&partFamily != 0 {
		cands = append(cands, o.familySkel...)
	}
	if parts&(partGiven|partOther) != 0 {
		cands = append(cands, o.otherSkel...)
	}
	for _, s := range cands {
		if m := fuzzyMax(min(len(s), len(sk))); m > 0 && editDistance(s, sk, m) <= m {
			return levelFuzzy
		}
	}
	return levelNone
}

// match finds the official a name (its words, without initials and
// patronymics) refers to. It tries the surname at the end and then at the
// start (family-first names, "Умєров Рустем"), exact spellings before
// skeletons before near misses; every other word must belong to the same
// official.
func (t *table) match(words []nameWord, ctx matchCtx) (int, bool) {
	return t.matchUpTo(words, ctx, levelFuzzy)
}

// matchUpTo is match with spellings no further from the table's than top.
func (t *table) matchUpTo(words []nameWord, ctx matchCtx, top level) (int, bool) {
	if len(words) == 0 {
		return -1, false
	}
	positions := []int{len(words) - 1}
	if len(words) > 1 {
		positions = append(positions, 0)
	}
	for lv := levelExact; lv <= top; lv++ {
		best, bestScore := -1, -1<<30
		for _, p := range positions {
			for _, id := range t.familyCandidates(&words[p], lv) {
				if !t.othersMatch(id, words, p) {
					continue
				}
				s := t.score(id, ctx, lv)
				if s > bestScore {
					best, bestScore = int(id), s
				}
			}
		}
		if best >= 0 && bestScore > -1000 {
			return best, true
		}
	}
	return -1, false
}

// familyCandidates lists the officials whose surname w matches at level lv.
func (t *table) familyCandidates(w *nameWord, lv level) []int32 {
	var ids []int32
	addRefs := func(rs []ref) {
		for _, r := range rs {
			if r.part == partFamily {
				ids = append(ids, r.id)
			}
		}
	}
	switch lv {
	case levelExact:
		addRefs(t.exact[w.key])
		if w.nom != w.key {
			addRefs(t.exact[w.nom])
		}
	case levelSkel:
		addRefs(t.skel[w.skeleton()])
	case levelFuzzy:
		// Near misses keep the first letter of the skeleton: spellings
		// differ inside a name (Umarov, Umerov), and skeletons already merge
		// the initials that differ (Juriko, Yuriko).
		sk := w.skeleton()
		m := fuzzyMax(len(sk))
		if m == 0 {
			return nil
		}
		for n := len(sk) - m; n <= len(sk)+m; n++ {
			for _, ne := range t.near[nearKey{sk[0], n}] {
				if editDistance(ne.skel, sk, m) <= m && !slices.Contains(ids, ne.id) {
					ids = append(ids, ne.id)
				}
			}
		}
	}
	return ids
}

func (t *table) othersMatch(id int32, words []nameWord, p int) bool {
	for i := range words {
		if i == p {
			continue
		}
		if t.wordLevel(id, &words[i], partGiven|partOther|partFamily) == levelNone {
			return false
		}
	}
	return true
}

// score ranks officials who share a name by what the text says: the
// nation of the title, the year of the article, the portfolio and role. A
// near-miss spelling must not contradict the title's nation.
func (t *table) score(id int32, ctx matchCtx, lv level) int {
	o := &t.off[id]
	s := 0
	if len(ctx.nations) > 0 {
		found := false
		for _, n := range ctx.nations {
			if n == o.nation {
				found = true
			}
		}
		switch {
		case found:
			s += 40
		case lv != levelExact:
			return -1 << 20
		default:
			s -= 40
		}
	}
	if ctx.year > 0 && o.heldIn(ctx.year) {
		s += 20
	}
	if ctx.portfolio != "" && ctx.portfolio == o.portfolio {
		s += 10
	}
	if ctx.role != roleNone && ctx.role == o.role {
		s += 5
	}
	return s
}
