package money

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"kronika/corpus"
)

// moneyCase is one expression and the amounts expected from it, written
// as "amount CODE [qualifier]" items separated by ";" in text order; ""
// means no amount at all.
type moneyCase struct {
	lang, text, want string
}

type got struct {
	amount float64
	code   string
	qual   string
}

func (g got) String() string {
	s := strconv.FormatFloat(g.amount, 'f', -1, 64) + " " + g.code
	if g.qual != "" {
		s += " " + g.qual
	}
	return s
}

func parseWant(t *testing.T, s string) []got {
	t.Helper()
	var out []got
	for _, item := range strings.Split(s, ";") {
		f := strings.Fields(item)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 || len(f) > 3 {
			t.Fatalf("bad want item %q", item)
		}
		a, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			t.Fatalf("bad amount in %q: %v", item, err)
		}
		g := got{amount: a, code: f[1]}
		if len(f) == 3 {
			g.qual = f[2]
		}
		out = append(out, g)
	}
	return out
}

// flatten lists every mention of every entity in text order, checking on
// the way that each mention's offsets slice the text to its Text.
func flatten(t *testing.T, text string, ms []corpus.Money) []got {
	t.Helper()
	type item struct {
		start int
		g     got
	}
	var items []item
	runes := []rune(text)
	seen := map[[2]string]bool{}
	for _, m := range ms {
		k := [2]string{strconv.FormatFloat(m.Amount, 'g', -1, 64), m.Currency}
		if seen[k] {
			t.Errorf("%q: entity %v %s appears twice", text, m.Amount, m.Currency)
		}
		seen[k] = true
		if len(m.Currency) != 3 || strings.ToUpper(m.Currency) != m.Currency {
			t.Errorf("%q: bad currency code %q", text, m.Currency)
		}
		for _, mm := range m.Mentions {
			if mm.Start < 0 || mm.End > len(runes) || mm.Start >= mm.End {
				t.Errorf("%q: bad offsets %d:%d", text, mm.Start, mm.End)
				continue
			}
			if s := string(runes[mm.Start:mm.End]); s != mm.Text {
				t.Errorf("%q: offsets %d:%d slice %q, mention says %q", text, mm.Start, mm.End, s, mm.Text)
			}
			items = append(items, item{mm.Start, got{m.Amount, m.Currency, mm.Qualifier}})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].start < items[j].start })
	out := make([]got, len(items))
	for i, it := range items {
		out[i] = it.g
	}
	return out
}

func runCases(t *testing.T, cases []moneyCase) {
	t.Helper()
	x := New()
	pass := 0
	for _, c := range cases {
		want := parseWant(t, c.want)
		have := flatten(t, c.text, x.Parse(c.text, c.lang))
		if fmt.Sprint(have) != fmt.Sprint(want) {
			t.Errorf("[%s] %q\n   got: %v\n  want: %v", c.lang, c.text, have, want)
			continue
		}
		pass++
	}
	t.Logf("%d/%d cases pass", pass, len(cases))
}

func TestEnglish(t *testing.T)   { runCases(t, englishCases) }
func TestItalian(t *testing.T)   { runCases(t, italianCases) }
func TestUkrainian(t *testing.T) { runCases(t, ukrainianCases) }

// TestUnknownLanguage runs every case again as text of unknown language,
// where the words of all languages apply. Only cases whose reading does not
// depend on the language's decimal mark are expected to agree.
func TestUnknownLanguage(t *testing.T) {
	var cases []moneyCase
	for _, set := range [][]moneyCase{englishCases, italianCases, ukrainianCases, moreCases} {
		for _, c := range set {
			if c.lang != "en" && strings.ContainsAny(c.text, ",.") {
				continue
			}
			cases = append(cases, moneyCase{"und", c.text, c.want})
		}
	}
	runCases(t, cases)
}
