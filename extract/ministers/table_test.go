package ministers

import (
	"strings"
	"testing"
)

func TestTableHeaderSaysWhereFactsComeFrom(t *testing.T) {
	head := officialsTSV[:strings.Index(officialsTSV, "\nname\t")]
	for _, want := range []string{"Source:", "official", "as of 2025", "Columns"} {
		if !strings.Contains(head, want) {
			t.Errorf("officials.tsv header lacks %q", want)
		}
	}
}

func TestTableRowsAreValid(t *testing.T) {
	tab, err := loadTable(officialsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.off) < 250 {
		t.Errorf("only %d officials", len(tab.off))
	}
	type key struct {
		name, portfolio string
		r               role
		from            int
	}
	seen := map[key]bool{}
	for _, o := range tab.off {
		if len(o.nation) != 2 || strings.ToUpper(o.nation) != o.nation {
			t.Errorf("%s: nation %q is not an ISO alpha-2 code", o.name, o.nation)
		}
		if o.from < 1980 || o.from > 2025 || (o.to != 0 && (o.to < o.from || o.to > 2025)) {
			t.Errorf("%s: years %d-%d", o.name, o.from, o.to)
		}
		if o.role != rolePM && o.role != roleDPM && o.portfolio == "" {
			t.Errorf("%s: a %s needs a portfolio", o.name, o.role)
		}
		k := key{o.name, o.portfolio, o.role, o.from}
		if seen[k] {
			t.Errorf("%s: duplicate row", o.name)
		}
		seen[k] = true
		if len(o.familyKeys) == 0 {
			t.Errorf("%s: no surname keys", o.name)
		}
	}
}

// Every word of every known name must be readable after a title: none may
// be a title word, a stop word or a portfolio.
func TestNoOfficialNameIsVocabulary(t *testing.T) {
	x := New()
	for _, line := range strings.Split(officialsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "name\t") {
			continue
		}
		f := strings.Split(line, "\t")
		names := []string{f[0]}
		if len(f) > 8 {
			names = append(names, strings.Split(f[8], "|")...)
		}
		for _, n := range names {
			for _, w := range strings.Fields(n) {
				k := keyOf(w)
				if isParticle(k) || isInitial(k) {
					continue
				}
				if c := x.lx.class(k); c&nameBlock != 0 {
					t.Errorf("%s: the word %q of %q is in the vocabulary (class %b)", f[0], w, n, c)
				}
			}
		}
	}
}

func TestLookupEverySpellingOfTheTable(t *testing.T) {
	x := New()
	for _, line := range strings.Split(officialsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "name\t") {
			continue
		}
		f := strings.Split(line, "\t")
		names := []string{f[0]}
		if len(f) > 8 && f[8] != "" {
			names = append(names, strings.Split(f[8], "|")...)
		}
		for _, n := range names {
			if len(strings.Fields(n)) < 2 {
				continue // a surname alone may be shared
			}
			if got, ok := x.Lookup(n); !ok || got != f[0] {
				t.Errorf("Lookup(%q) = %q, %v; want %q", n, got, ok, f[0])
			}
		}
	}
}

func TestLookup(t *testing.T) {
	x := New()
	cases := []struct{ in, want string }{
		{"Umerov", "Rustem Umerov"}, {"Umarov", "Rustem Umerov"}, {"Умєров", "Rustem Umerov"},
		{"Умєрова", "Rustem Umerov"}, {"Умєровим", "Rustem Umerov"}, {"Рустема Умєрова", "Rustem Umerov"},
		{"Rustem Umerov", "Rustem Umerov"}, {"Rustam Umarov", "Rustem Umerov"}, {"rustem umerov", "Rustem Umerov"},
		{"Умеров", "Rustem Umerov"}, {"Umierov", "Rustem Umerov"}, {"Умєров Рустем", "Rustem Umerov"},
		{"Рустем Енверович Умєров", "Rustem Umerov"},
		{"Juriko Backes", "Yuriko Backes"}, {"Juriko Bakes", "Yuriko Backes"}, {"Бакес", "Yuriko Backes"},
		{"Kateryna Chernogorenko", "Kateryna Chernohorenko"}, {"Черногоренко", "Kateryna Chernohorenko"},
		{"Шмигаля", "Denys Shmyhal"}, {"Denis Shmygal", "Denys Shmyhal"}, {"Певкура", "Hanno Pevkur"},
		{"Ханно Певкуром", "Hanno Pevkur"}, {"Dmytro Kouleba", "Dmytro Kuleba"}, {"Oleksii Kuleba", "Oleksii Kuleba"},
		{"Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"}, {"Wladyslaw Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"},
		{"Lloyd J. Austin", "Lloyd Austin"}, {"Ллойд Остін", "Lloyd Austin"}, {"Сибіги", "Andrii Sybiha"},
		{"Lee Jong-sup", "Lee Jong-sup"}, {"Luigi Di Maio", "Luigi Di Maio"}, {"Troels Lund Poulsen", "Troels Lund Poulsen"},
		{"Antti Hakkanen", "Antti Häkkänen"}, {"Михайлом Федоровим", "Mykhailo Fedorov"},
	}
	for _, c := range cases {
		if got, ok := x.Lookup(c.in); !ok || got != c.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, in := range []string{"", "Zelensky", "Minister", "Rustem", "the", "Ukraine", "\x00\xff", "Ivanov Petrov"} {
		if got, ok := x.Lookup(in); ok {
			t.Errorf("Lookup(%q) = %q, want no match", in, got)
		}
	}
}

func TestLoadTableRejectsBadRows(t *testing.T) {
	const head = "# c\nname\tnation\trole\tportfolio\tfrom\tto\tgender\tfamily\taliases\n"
	bad := []string{
		"A B\tXXX\tminister\tdefence\t2020\t\tm\t\t\n",
		"A B\tUA\tking\tdefence\t2020\t\tm\t\t\n",
		"A B\tUA\tminister\tdefence\tyear\t\tm\t\t\n",
		"A B\tUA\tminister\tdefence\t2020\tlater\tm\t\t\n",
		"A B\tUA\tminister\tdefence\t2020\t\tx\t\t\n",
		"\tUA\tminister\tdefence\t2020\t\tm\t\t\n",
	}
	for _, row := range bad {
		if _, err := loadTable(head + row); err == nil {
			t.Errorf("loadTable accepted %q", row)
		} else if !strings.Contains(err.Error(), "line 3") {
			t.Errorf("error %q does not name the line", err)
		}
	}
	if _, err := loadTable(head); err == nil {
		t.Error("loadTable accepted an empty table")
	}
	if _, err := loadTable(head + "A B\tUA\tminister\tdefence\t2020\t\tm\n"); err != nil {
		t.Errorf("short row with empty trailing columns: %v", err)
	}
}

func TestLexiconIsWellFormed(t *testing.T) {
	for _, l := range []langData{english(), italian(), ukrainian()} {
		if len(l.heads) == 0 || len(l.portfolios) == 0 || len(l.ministries) == 0 {
			t.Fatal("a language lacks heads, portfolios or ministries")
		}
		for _, d := range l.heads {
			if len(phraseTokens(d.p)) == 0 || d.e.role == roleNone {
				t.Errorf("head %q: no tokens or no role", d.p)
			}
		}
		for p, k := range l.portfolios {
			if k == "" || strings.ToLower(k) != k || strings.Contains(k, " ") {
				t.Errorf("portfolio %q: key %q is not snake_case", p, k)
			}
		}
		for p, code := range l.secretaryNations {
			if _, ok := l.portfolios[p]; !ok || (code != "US" && code != "GB") {
				t.Errorf("secretary department %q (%s): not a portfolio, or not US or GB", p, code)
			}
		}
		for _, d := range l.appoint {
			if len(phraseTokens(d.p)) == 0 || (d.e.needAs && len(l.as) == 0) {
				t.Errorf("appointment verb %q: no tokens, or needs an \"as\" the language lacks", d.p)
			}
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	x := New()
	terms := []string{"Умєрова", "Juriko Backes", "Rustem Umerov", "Zelensky"}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range terms {
			x.Lookup(t)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New()
	}
}
