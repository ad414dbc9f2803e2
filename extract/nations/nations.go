// Package nations finds the sovereign states a news text mentions — by name,
// alternate name, acronym, adjective or demonym, in English, Italian and
// Ukrainian and in every inflected form ("України", "Lussemburgo",
// "естонського", "ucraini", "the Danes") — and reports them by ISO 3166-1
// alpha-2 code, each once per document with all its mentions.
//
// The gazetteer is data: the reviewed tables in data/ are expanded into
// every inflected form by `go generate` (internal/gen, with the rules of
// internal/inflect) and matched in one pass over the shared tokens as a
// trie keyed by token norms, longest match first. Context guards settle the
// few homographs (Georgia the US state, turkey the bird, Jordan and Chad
// as first names, Italian "Monaco" for Munich), read an adjective that
// names a language ("speaks Italian", "in inglese", "українською мовою")
// as no nation, and stop phrases keep out organisations, regions and
// idioms that merely contain a nation word.
package nations

import (
	"slices"

	"kronika/corpus"
	"kronika/extract/token"
)

// Extractor finds nations. It is immutable after New and safe for
// concurrent use.
type Extractor struct {
	trie      trie
	first     *prefilter // the trie's first-level keys
	countries []country
	index     map[string]int16 // code → index into countries
	ctx       cues
}

// New builds the gazetteer from the generated tables.
func New() *Extractor {
	x := &Extractor{
		trie:      trie{nodes: make([]node, 1, len(forms)*2)},
		countries: countries[:],
		index:     make(map[string]int16, len(countries)),
		ctx:       newCues(),
		first:     new(prefilter),
	}
	for i, c := range x.countries {
		x.index[c.code] = int16(i)
	}
	for _, f := range forms {
		ci := int16(-1)
		if f.code != "" {
			ci = x.index[f.code]
		}
		for _, v := range variants(f.text) {
			ns := norms(v)
			if len(ns) == 0 || len(ns) > maxDepth {
				continue
			}
			x.trie.insert(ns, entry{country: ci, lang: f.lang, kind: f.kind, guard: f.guard})
			x.first.add(ns[0])
		}
	}
	return x
}

// hit is one accepted match.
type hit struct {
	country int16
	start   int // token span [start, end)
	end     int
	guarded bool // accepted by a context guard on weak evidence
}

// Extract appends the nations mentioned in d to e.Nations, in order of
// first mention, each with all of its mentions.
func (x *Extractor) Extract(d *token.Doc, e *corpus.Entities) {
	toks := d.Tokens
	dl := parseLang(d.Lang)
	var buf [64]hit
	hits := buf[:0]
	var vetoBuf [8]int16
	vetoed := vetoBuf[:0] // countries some occurrence of which a guard read as something else
	cs := newScan(d, &x.ctx, &x.trie)
	for i := 0; i < len(toks); {
		if toks[i].Kind != token.Word {
			i++
			continue
		}
		k0 := key(toks[i].Norm)
		if !x.first.mayHave(k0) {
			i++
			continue
		}
		cur, ok := x.trie.nodes[0].next[k0]
		if !ok {
			i++
			continue
		}
		// Walk the trie as far as the text follows it, remembering every
		// node where a form ends.
		var ends [maxDepth]struct {
			node int32
			end  int
		}
		k := 0
		j := i + 1
		if len(x.trie.nodes[cur].entries) > 0 {
			ends[k].node, ends[k].end = cur, j
			k++
		}
		for j < len(toks) && toks[j].Gap < token.Paragraph && k < maxDepth {
			nx, ok := x.trie.nodes[cur].next[key(toks[j].Norm)]
			if !ok {
				break
			}
			cur = nx
			j++
			if len(x.trie.nodes[cur].entries) > 0 {
				ends[k].node, ends[k].end = cur, j
				k++
			}
		}
		// Longest match first; a rejected form falls back to shorter ones.
		next := i + 1
	match:
		for m := k - 1; m >= 0; m-- {
			for _, en := range x.trie.nodes[ends[m].node].entries {
				v := cs.accept(en, dl, i, ends[m].end)
				switch v {
				case reject:
					continue
				case veto:
					if !slices.Contains(vetoed, en.country) {
						vetoed = append(vetoed, en.country)
					}
					continue
				}
				next = ends[m].end
				if en.kind != kindStop {
					hits = append(hits, hit{country: en.country, start: i, end: next, guarded: v == weak})
				}
				break match
			}
		}
		i = next
	}
	x.collect(d, e, hits, vetoed)
}

// collect groups hits by country in order of first mention. Where a guard
// vetoed some occurrence of a country's name (read it as a person or a US
// state), the document uses the word in that other sense, so only the sure
// mentions of the country are kept (one sense per discourse: "Jim Jordan …
// Jordan said" is one person; "King Abdullah of Jordan" stays sure).
func (x *Extractor) collect(d *token.Doc, e *corpus.Entities, hits []hit, vetoed []int16) {
	if len(hits) == 0 {
		if e.Nations == nil {
			e.Nations = []corpus.Nation{}
		}
		return
	}
	if len(vetoed) > 0 {
		kept := hits[:0]
		for _, h := range hits {
			if h.guarded && slices.Contains(vetoed, h.country) {
				continue
			}
			kept = append(kept, h)
		}
		hits = kept
	}
	if len(e.Nations) > 0 {
		// Merge into what another pass already found.
		for _, h := range hits {
			code := x.countries[h.country].code
			n := slices.IndexFunc(e.Nations, func(n corpus.Nation) bool { return n.Code == code })
			if n < 0 {
				e.Nations = append(e.Nations, corpus.Nation{Code: code, Name: x.countries[h.country].names[langEN]})
				n = len(e.Nations) - 1
			}
			e.Nations[n].Mentions = append(e.Nations[n].Mentions, d.Mention(h.start, h.end))
		}
		return
	}
	// Count first, so that the nations and all their mentions take two
	// allocations.
	var orderBuf [32]int16
	order := orderBuf[:0]
	var countBuf [32]int
	counts := countBuf[:0]
	for _, h := range hits {
		k := slices.Index(order, h.country)
		if k < 0 {
			order = append(order, h.country)
			counts = append(counts, 0)
			k = len(order) - 1
		}
		counts[k]++
	}
	mentions := make([]corpus.Mention, len(hits))
	e.Nations = make([]corpus.Nation, len(order))
	off := 0
	for k, c := range order {
		e.Nations[k] = corpus.Nation{
			Code:     x.countries[c].code,
			Name:     x.countries[c].names[langEN],
			Mentions: mentions[off : off : off+counts[k]],
		}
		off += counts[k]
	}
	for _, h := range hits {
		k := slices.Index(order, h.country)
		e.Nations[k].Mentions = append(e.Nations[k].Mentions, d.Mention(h.start, h.end))
	}
}

// Lookup maps a name, alternate, acronym, adjective or demonym in any of
// the three languages and any inflected form ("Lussemburgo", "Люксембургу",
// "Estonian", "ucraini", "USA") to its ISO code. Case is ignored except
// for acronyms, which must be in capitals ("US", not "us").
func (x *Extractor) Lookup(term string) (code string, ok bool) {
	d := token.New(term, "", "")
	toks := d.Tokens
	// An English possessive does not change the country: "Ukraine's".
	if n := len(toks); n >= 3 && toks[n-1].Norm == "s" && toks[n-2].Norm == "'" {
		toks = toks[:n-2]
	}
	if len(toks) == 0 {
		return "", false
	}
	cur := int32(0)
	for _, t := range toks {
		nx, ok := x.trie.nodes[cur].next[key(t.Norm)]
		if !ok {
			return "", false
		}
		cur = nx
	}
	for _, en := range x.trie.nodes[cur].entries {
		if en.kind == kindStop {
			return "", false
		}
		if en.kind == kindAcronym && en.guard != guardAnyCase && !allCaps(toks) {
			continue
		}
		if en.guard == guardPrefix {
			continue
		}
		return x.countries[en.country].code, true
	}
	return "", false
}

// Name is the display name of code in lang ("en", "it" or "uk"); other
// languages get the English name, an unknown code "".
func (x *Extractor) Name(code, lang string) string {
	i, ok := x.index[code]
	if !ok {
		return ""
	}
	l := parseLang(lang)
	if l >= nLangs {
		l = langEN
	}
	return x.countries[i].names[l]
}

// Codes lists every known ISO code, sorted.
func (x *Extractor) Codes() []string {
	out := make([]string, len(x.countries))
	for i, c := range x.countries {
		out[i] = c.code
	}
	return out
}

// allCaps reports whether every word of a term is in capitals (a single
// letter counts when it is upper-case: the "U" and "S" of "U.S.").
func allCaps(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind == token.Word && !t.Upper && !(t.Cap && len([]rune(t.Norm)) == 1) {
			return false
		}
	}
	return true
}
