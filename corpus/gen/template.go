package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A template is a sentence with slots: {M} or {M.gen} (a minister with
// title, in a case), {S.gen} (the minister's surname), {N.loc}, {O}, {U.A.f}
// (nations: the article's donor, another one, Ukraine; a form or an
// adjective), {g:said|she said} (the minister's gender picks), {when},
// {money}, {count}, {item}, {city.loc}, {P} (a non-minister), {R} (Russia)
// and {pct}. Each language resolves the slots in its own file.
type template []seg

type seg struct {
	lit  string    // literal text, when key is ""
	key  string    // slot name
	form string    // what follows the first dot
	alt  [2]string // {g:masculine|feminine}
}

// parse compiles a template; a malformed one is a programming error in the
// tables, caught by the package's tests.
func parse(s string) template {
	var t template
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, seg{lit: s})
			break
		}
		if i > 0 {
			t = append(t, seg{lit: s[:i]})
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic(fmt.Sprintf("gen: unclosed slot in %q", s))
		}
		body := s[i+1 : i+j]
		s = s[i+j+1:]
		if rest, ok := strings.CutPrefix(body, "g:"); ok {
			a, b, ok := strings.Cut(rest, "|")
			if !ok {
				panic(fmt.Sprintf("gen: gender slot without | in %q", body))
			}
			t = append(t, seg{key: "g", alt: [2]string{a, b}})
			continue
		}
		key, form, _ := strings.Cut(body, ".")
		t = append(t, seg{key: key, form: form})
	}
	return t
}

func parseAll(ss []string) []template {
	out := make([]template, len(ss))
	for i, s := range ss {
		out[i] = parse(s)
	}
	return out
}

// language is everything one language contributes: its templates and how it
// words each slot.
type language struct {
	code       string
	titles     []template
	leads      []template
	body       []template
	quotes     []template
	background []template
	closings   []template
	// slot words one slot; ok is false for a slot the language lacks.
	slot func(c *sentence, s seg) (string, bool)
	// dateline opens an article: "ROMA, 3 marzo 2024 – ".
	dateline func(c *sentence) string
}

// article is the state shared by the sentences of one article: its main
// actors, so that an article keeps returning to the same people and places.
type article struct {
	r      *rand.Rand
	pub    time.Time
	lang   *language
	outlet *outlet
	main   *minister
	donor  *nation
}

// sentence binds the slots of one sentence.
type sentence struct {
	a    *article
	r    *rand.Rand
	m, x *minister // x: a second minister
	n, o *nation
	p    *person
	city *city
	item *item
}

func (a *article) bind() *sentence {
	c := &sentence{a: a, r: a.r}
	c.m = a.main
	if a.r.IntN(10) < 4 {
		c.m = pickMinister(a.r, a.pub.Year(), "")
	}
	c.x = pickMinister(a.r, a.pub.Year(), "")
	for c.x == c.m {
		c.x = &ministers[a.r.IntN(len(ministers))]
	}
	c.n = a.donor
	if a.r.IntN(10) < 3 {
		c.n = pickNation(a.r, c.m.nation, "")
	}
	c.o = pickNation(a.r, c.m.nation, c.n.code)
	c.p = &people[a.r.IntN(len(people))]
	c.city = &cities[a.r.IntN(len(cities))]
	c.item = &items[a.r.IntN(len(items))]
	return c
}

// nation resolves the nation slots N, O, U and R.
func (c *sentence) nation(key string) *nation {
	switch key {
	case "N":
		return c.n
	case "O":
		return c.o
	case "U":
		return &nations[ukraine]
	case "R":
		return &aggressor
	}
	return nil
}

// minister resolves the minister slots M and X (with S and Y their
// surnames).
func (c *sentence) minister(key string) *minister {
	switch key {
	case "M", "S":
		return c.m
	case "X", "Y":
		return c.x
	}
	return nil
}

// pickMinister chooses a minister in office in year, preferring those of
// nation when it is given.
func pickMinister(r *rand.Rand, year int, nation string) *minister {
	for range 64 {
		m := &ministers[r.IntN(len(ministers))]
		if m.from <= year && year <= m.to && (nation == "" || m.nation == nation) {
			return m
		}
	}
	for i := range ministers {
		if m := &ministers[i]; m.from <= year && year <= m.to {
			return m
		}
	}
	return &ministers[0]
}

// pickNation chooses a nation other than Ukraine and the two codes given.
func pickNation(r *rand.Rand, not1, not2 string) *nation {
	for {
		n := &nations[1+r.IntN(len(nations)-1)]
		if n.code != not1 && n.code != not2 {
			return n
		}
	}
}

// render appends a filled template to buf as a sentence: first letter
// upper-case.
func (c *sentence) render(t template, buf []byte) []byte {
	start := len(buf)
	for _, s := range t {
		switch {
		case s.key == "":
			lit := s.lit
			if lit[0] == '.' && len(buf) > start && buf[len(buf)-1] == '.' {
				lit = lit[1:] // "… 2024 р." + "." ends with one period
			}
			buf = append(buf, lit...)
		case s.key == "g" && c.m.female:
			buf = append(buf, s.alt[1]...)
		case s.key == "g":
			buf = append(buf, s.alt[0]...)
		default:
			w, ok := c.a.lang.slot(c, s)
			if !ok {
				panic(fmt.Sprintf("gen: %s has no slot {%s.%s}", c.a.lang.code, s.key, s.form))
			}
			buf = append(buf, w...)
		}
	}
	return capitalizeAt(buf, start)
}

// capitalizeAt upper-cases the first letter at or after buf[start:],
// looking past an opening quotation mark.
func capitalizeAt(buf []byte, start int) []byte {
	for range 2 {
		r, n := utf8.DecodeRune(buf[start:])
		if n == 0 || unicode.IsLetter(r) || !unicode.IsPunct(r) {
			break
		}
		start += n
	}
	r, n := utf8.DecodeRune(buf[start:])
	if n == 0 || !unicode.IsLower(r) {
		return buf
	}
	u := unicode.ToUpper(r)
	if utf8.RuneLen(u) == n {
		utf8.EncodeRune(buf[start:], u)
		return buf
	}
	rest := string(buf[start+n:])
	return append(utf8.AppendRune(buf[:start], u), rest...)
}

// pick returns one of ss.
func pick[T any](r *rand.Rand, ss []T) T { return ss[r.IntN(len(ss))] }

// chance is true with probability p percent.
func chance(r *rand.Rand, p int) bool { return r.IntN(100) < p }
