package nations

import "kronika/extract/token"

// verdict is a guard's reading of one match.
type verdict uint8

const (
	accepted verdict = iota // a mention
	weak                    // a mention, unless the document reads the word otherwise elsewhere
	reject                  // not a mention here (wrong case, wrong language, not a prefix)
	veto                    // not a mention: the context says it is something else (a person, a US state)
)

// contextWords are the words the guards read around a match. Each
// language contributes its own (en.go, it.go, uk.go); the guards know no
// language.
type contextWords struct {
	// Capitalized words that may follow a country name without making it a
	// person's first name ("Jordan's King", "Chad President").
	nameFollowers []string
	// Capitalized words that may precede a country name in title case
	// without being a first name ("Visit Jordan").
	namePreceders []string
	// Prepositions that make the next name a place ("of Jordan", "from
	// Chad"): a sure reading that other occurrences cannot overturn.
	placeBefore []string
	// Words that, near "Georgia", mean the US state; the strong ones do so
	// anywhere in the document.
	usStateStrong, usStateNear []string
	// Words that, near or anywhere around "Georgia", mean the country.
	georgiaCountry []string
	// Two-word phrases right before "Georgia" that make it a US state
	// ("state of").
	usStateBefore [][2]string
}

var allContextWords = []contextWords{enContext, itContext, ukContext}

// cues is the merged, immutable set of guard words.
type cues struct {
	followers, preceders  map[string]bool
	placeBefore           map[string]bool
	usStrong, usNear, geo map[string]bool
	usBefore              map[[2]string]bool
	sentencePunct         map[string]bool
}

func set(dst map[string]bool, words []string) {
	for _, w := range words {
		dst[w] = true
	}
}

func newCues() cues {
	c := cues{
		followers: map[string]bool{}, preceders: map[string]bool{}, placeBefore: map[string]bool{},
		usStrong: map[string]bool{}, usNear: map[string]bool{}, geo: map[string]bool{},
		usBefore:      map[[2]string]bool{},
		sentencePunct: map[string]bool{},
	}
	for _, w := range allContextWords {
		set(c.followers, w.nameFollowers)
		set(c.preceders, w.namePreceders)
		set(c.placeBefore, w.placeBefore)
		set(c.usStrong, w.usStateStrong)
		set(c.usNear, w.usStateNear)
		set(c.geo, w.georgiaCountry)
		for _, p := range w.usStateBefore {
			c.usBefore[p] = true
		}
	}
	set(c.sentencePunct, []string{".", "!", "?", "…", ":", ";", "\"", "«", "»", "“", "”", "„", "(", "[", "-", "•", "·", "*"})
	return c
}

// scan is the per-document state of the guards.
type scan struct {
	d    *token.Doc
	c    *cues
	toks []token.Token
	// Document-wide reading of "Georgia", computed on first need.
	georgiaDoc uint8
}

func newScan(d *token.Doc, c *cues) scan { return scan{d: d, c: c, toks: d.Tokens} }

// sentenceStart reports whether token k begins a sentence or a line, where
// capitalization says nothing.
func (s *scan) sentenceStart(k int) bool {
	if k <= 0 {
		return true
	}
	t := &s.toks[k]
	if t.Gap >= token.Newline {
		return true
	}
	p := &s.toks[k-1]
	return p.Kind == token.Punct && s.c.sentencePunct[p.Norm]
}

// capWord reports whether token k is a capitalized (not all-caps) word
// separated by a space from the one before it.
func (s *scan) capWord(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.Kind == token.Word && t.Cap && !t.Upper && t.Gap == token.Space
}

// capWordBefore reports whether the word before token i is capitalized
// and separated from it by a space.
func (s *scan) capWordBefore(i int) bool {
	if i < 1 || s.toks[i].Gap != token.Space {
		return false
	}
	p := &s.toks[i-1]
	return p.Kind == token.Word && p.Cap
}

// accept decides whether the form en matched on tokens [i, j) is a mention.
func (s *scan) accept(en entry, dl lang, i, j int) verdict {
	t := &s.toks[i]
	kind := en.kind
	if en.guard == guardAnyCase {
		kind = kindStop // no case rule; no other guard either
	}
	switch kind {
	case kindStop:
		return accepted
	case kindAcronym:
		for k := i; k < j; k++ {
			u := &s.toks[k]
			if u.Kind != token.Word {
				continue
			}
			if !u.Upper && !(u.Cap && len([]rune(u.Norm)) == 1) {
				return reject
			}
		}
	case kindName:
		if !t.Cap {
			return reject
		}
	case kindAdj, kindDemonym:
		switch en.lang {
		case langEN:
			// English adjectives and demonyms are always capitalized.
			if !t.Cap {
				return reject
			}
		case langIT:
			// Italian adjectives ("indiana", "americana") are English words
			// or names elsewhere; read them only in Italian or unknown text.
			if dl == langEN || dl == langUK {
				return reject
			}
			// Italian writes adjectives in lower case; a capitalized one
			// mid-sentence that is not part of a capitalized name is a
			// proper noun ("in Indiana", "il collega Greco").
			if t.Cap && !t.Upper && !s.sentenceStart(i) && !s.capWordBefore(i) {
				return reject
			}
		case langUK:
			// Ukrainian writes demonyms in lower case; a capitalized one
			// mid-sentence is a surname (Олена Поляк, Іван Грек).
			if kind == kindDemonym && t.Cap && !t.Upper && !s.sentenceStart(i) {
				return reject
			}
		}
	}
	switch en.guard {
	case guardPrefix:
		if j < len(s.toks) && s.toks[j].Norm == "-" && s.toks[j].Gap == token.None {
			return accepted
		}
		return reject
	case guardNotIt:
		if dl == langIT {
			return reject
		}
	case guardNotSentenceStart:
		if s.sentenceStart(i) {
			return reject
		}
	case guardSurname:
		if t.Cap && !t.Upper && (!s.sentenceStart(i) || s.capWord(j)) {
			return reject
		}
	case guardFirstName:
		if !s.toks[i].Upper && s.capWord(j) && !s.c.followers[s.toks[j].Norm] {
			return reject
		}
	case guardPerson:
		if s.personLike(i, j) {
			return veto
		}
		if i > 0 && s.c.placeBefore[s.toks[i-1].Norm] {
			return accepted
		}
		return weak
	case guardGeorgia:
		if s.personLike(i, j) {
			return veto
		}
		return s.georgia(i, j)
	}
	return accepted
}

// personLike reports a name that reads as part of a person's name: a
// capitalized word right before it ("Michael Jordan", unless it is a word
// like "In" or "Visit") or right after it ("Chad Smith", "Jordan Bardella",
// unless it is a word like "President").
func (s *scan) personLike(i, j int) bool {
	if s.toks[i].Upper {
		return false // an all-caps headline says nothing
	}
	if s.capWordBefore(i) && !s.toks[i-1].Upper && !s.c.preceders[s.toks[i-1].Norm] {
		return true
	}
	return s.capWord(j) && !s.c.followers[s.toks[j].Norm]
}

// georgia reads "Georgia" as the country or the US state. "State of
// Georgia" is the state; otherwise the nearest cue within a window decides,
// where a weak US cue ("senator", "governor") counts only if nothing in the
// whole document points to the country; otherwise the document decides.
func (s *scan) georgia(i, j int) verdict {
	if i >= 2 && s.c.usBefore[[2]string{s.toks[i-2].Norm, s.toks[i-1].Norm}] {
		return veto
	}
	doc := s.georgiaInDoc()
	const window = 12
	best, bestDist := accepted, window+1
	for k := max(0, i-window); k < min(len(s.toks), j+window); k++ {
		n := s.toks[k].Norm
		v := accepted
		switch {
		case s.c.geo[n]:
		case s.c.usStrong[n]:
			v = veto
		case s.c.usNear[n] && doc != georgiaCountry:
			v = veto
		default:
			continue
		}
		dist := i - k
		if k >= j {
			dist = k - j + 1
		}
		if dist < bestDist {
			best, bestDist = v, dist
		}
	}
	if bestDist <= window {
		return best
	}
	switch doc {
	case georgiaCountry:
		return accepted
	case georgiaState:
		return veto
	}
	return weak
}

// Document-wide readings of "Georgia".
const (
	georgiaUnknown uint8 = iota
	georgiaCountry
	georgiaState
	georgiaNoEvidence
)

// georgiaInDoc scans the document once for cues to either reading; a cue
// to the country wins.
func (s *scan) georgiaInDoc() uint8 {
	if s.georgiaDoc != georgiaUnknown {
		return s.georgiaDoc
	}
	s.georgiaDoc = georgiaNoEvidence
	for k := range s.toks {
		n := s.toks[k].Norm
		if s.c.geo[n] {
			s.georgiaDoc = georgiaCountry
			break
		}
		if s.c.usStrong[n] {
			s.georgiaDoc = georgiaState
		}
	}
	return s.georgiaDoc
}
