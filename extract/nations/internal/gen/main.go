// Command gen turns the reviewed nation tables in extract/nations/data into
// the Go gazetteer of extract/nations (gazetteer_gen.go): it checks the
// tables, expands every name, adjective and demonym into its inflected
// forms with package inflect, and writes them out sorted and de-duplicated.
//
// Run it with `go generate ./extract/nations`.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"kronika/extract/nations/internal/inflect"
)

type form struct {
	text, code, lang, kind, guard string
}

type country struct {
	code       string
	en, it, uk string
}

var guards = map[string]string{
	"":        "guardNone",
	"person":  "guardPerson",
	"georgia": "guardGeorgia",
	"turkey":  "guardTurkey",
	"notit":   "guardNotIt",
	"surname": "guardSurname",
	"nss":     "guardNotSentenceStart",
	"prefix":  "guardPrefix",
	"first":   "guardFirstName",
	"anycase": "guardAnyCase",
}

func main() {
	dir := flag.String("data", "data", "directory of the nation tables")
	out := flag.String("out", "gazetteer_gen.go", "generated Go file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		slog.Error("gen failed", "err", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	countries := map[string]*country{}
	var forms []form
	for _, lang := range []string{"en", "it", "uk"} {
		rows, err := readTSV(filepath.Join(dir, lang+".tsv"), 5)
		if err != nil {
			return err
		}
		for _, r := range rows {
			code := r.cols[0]
			if len(code) != 2 || strings.ToUpper(code) != code {
				return fmt.Errorf("%s:%d: bad code %q", lang, r.line, code)
			}
			c := countries[code]
			if c == nil {
				if lang != "en" {
					return fmt.Errorf("%s:%d: code %s not in en.tsv", lang, r.line, code)
				}
				c = &country{code: code}
				countries[code] = c
			}
			fs, display, err := expand(lang, code, r.cols[1:])
			if err != nil {
				return fmt.Errorf("%s.tsv:%d: %w", lang, r.line, err)
			}
			switch lang {
			case "en":
				c.en = display
			case "it":
				c.it = display
			case "uk":
				c.uk = display
			}
			forms = append(forms, fs...)
		}
	}
	for code, c := range countries {
		if c.en == "" || c.it == "" || c.uk == "" {
			return fmt.Errorf("code %s lacks a name in some language", code)
		}
	}
	stops, err := readTSV(filepath.Join(dir, "stop.tsv"), 2)
	if err != nil {
		return err
	}
	for _, r := range stops {
		lang, phrase := r.cols[0], r.cols[1]
		var texts []string
		switch lang {
		case "uk":
			texts, err = ukName(phrase)
			if err != nil {
				return fmt.Errorf("stop.tsv:%d: %w", r.line, err)
			}
		case "en", "it":
			texts = []string{phrase}
		default:
			return fmt.Errorf("stop.tsv:%d: unknown language %q", r.line, lang)
		}
		for _, t := range texts {
			forms = append(forms, form{text: t, lang: lang, kind: "kindStop"})
		}
	}
	forms = addFolded(forms)
	shareGuards(forms)
	forms, err = dedupe(forms)
	if err != nil {
		return err
	}
	src, err := render(countries, forms)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

type row struct {
	line int
	cols []string
}

func readTSV(path string, ncols int) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read table: %w", err)
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != ncols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, n, len(cols), ncols)
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		rows = append(rows, row{line: n, cols: cols})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return rows, nil
}

// splitItem separates an item's [guard] suffix.
func splitItem(item string) (text, guard string, err error) {
	item = strings.TrimSpace(item)
	if strings.HasSuffix(item, "]") {
		i := strings.LastIndexByte(item, '[')
		if i < 0 {
			return "", "", fmt.Errorf("item %q: unbalanced [", item)
		}
		guard = item[i+1 : len(item)-1]
		item = strings.TrimSpace(item[:i])
	}
	if _, ok := guards[guard]; !ok {
		return "", "", fmt.Errorf("item %q: unknown guard %q", item, guard)
	}
	return item, guard, nil
}

func list(col string) []string {
	var out []string
	for _, s := range strings.Split(col, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// isAcronym reports a written form that must appear in capitals (USA,
// U.S., США): at least two letters and no lower-case letter.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func nameKind(s string) string {
	if isAcronym(s) {
		return "kindAcronym"
	}
	return "kindName"
}

// expand turns one table row into forms and returns the display name.
func expand(lang, code string, cols []string) ([]form, string, error) {
	var out []form
	add := func(text, kind, guard string) {
		out = append(out, form{text: text, code: code, lang: lang, kind: kind, guard: guards[guard]})
	}
	names := list(cols[0])
	if len(names) != 1 {
		return nil, "", fmt.Errorf("%s: want exactly one name, got %q", code, cols[0])
	}
	display := ""
	for k, item := range append(names, list(cols[1])...) {
		text, guard, err := splitItem(item)
		if err != nil {
			return nil, "", err
		}
		if lang != "uk" {
			if k == 0 {
				display = text
			}
			add(text, nameKind(text), guard)
			continue
		}
		if isAcronym(text) {
			if k == 0 {
				display = text
			}
			add(text, "kindAcronym", guard)
			continue
		}
		texts, err := ukName(text)
		if err != nil {
			return nil, "", err
		}
		if k == 0 {
			display = texts[0]
		}
		for _, t := range texts {
			add(t, nameKind(t), guard)
		}
	}
	for _, item := range list(cols[2]) {
		text, guard, err := splitItem(item)
		if err != nil {
			return nil, "", err
		}
		if guard == "prefix" {
			add(text, "kindAdj", guard) // a compound stem is not inflected
			continue
		}
		switch lang {
		case "en":
			add(text, "kindAdj", guard)
			if pl, ok := inflect.ENAdjectivePlural(text); ok {
				add(pl, "kindAdj", guard)
			}
		case "it":
			fs, err := inflect.ITAdjective(text)
			if err != nil {
				return nil, "", err
			}
			for _, f := range fs {
				add(f, "kindAdj", guard)
			}
		case "uk":
			fs, compound, err := inflect.UKAdjective(text)
			if err != nil {
				return nil, "", err
			}
			for _, f := range fs {
				add(f, "kindAdj", guard)
			}
			add(compound, "kindAdj", "prefix")
		}
	}
	for _, item := range list(cols[3]) {
		text, guard, err := splitItem(item)
		if err != nil {
			return nil, "", err
		}
		switch lang {
		case "en":
			for _, f := range inflect.ENPlural(text) {
				add(f, "kindDemonym", guard)
			}
		case "uk":
			fs, err := inflect.UKDemonym(text)
			if err != nil {
				return nil, "", err
			}
			for _, f := range fs {
				add(f, "kindDemonym", guard)
			}
		default:
			return nil, "", fmt.Errorf("%s: no demonym column in %s", code, lang)
		}
	}
	return out, display, nil
}

// ukName declines a Ukrainian name phrase, or returns a "!" phrase as is.
func ukName(phrase string) ([]string, error) {
	if lit, ok := strings.CutPrefix(phrase, "!"); ok {
		return []string{lit}, nil
	}
	p, err := inflect.UKName(phrase)
	if err != nil {
		return nil, err
	}
	return p.All(), nil
}

// addFolded adds a form without diacritics for every Latin form that has
// them (Türkiye → Turkiye, São Tomé → Sao Tome), since news text often
// drops them. Cyrillic is left alone: й and ї are letters, not accents.
func addFolded(forms []form) []form {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	for _, f := range forms {
		if strings.ContainsFunc(f.text, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
			continue
		}
		folded, _, err := transform.String(t, f.text)
		if err == nil && folded != f.text {
			g := f
			g.text = folded
			forms = append(forms, g)
		}
	}
	return forms
}

// shareGuards gives a context guard to every language's copy of the same
// written form: the Italian "Cuba" needs the English "Cuba"'s first-name
// guard, since the tables of both are matched in every text. The
// language-specific notit guard is not shared.
func shareGuards(forms []form) {
	guard := map[string]string{}
	key := func(f form) string { return strings.ToLower(f.text) + "\x00" + f.code + "\x00" + f.kind }
	for _, f := range forms {
		if f.guard != "" && f.guard != guards[""] && f.guard != guards["notit"] {
			guard[key(f)] = f.guard
		}
	}
	for i, f := range forms {
		if g, ok := guard[key(f)]; ok && (f.guard == "" || f.guard == guards[""]) {
			forms[i].guard = g
		}
	}
}

// dedupe sorts forms and drops repeats; a written form that two codes
// claim in the same language is an error in the tables.
func dedupe(forms []form) ([]form, error) {
	slices.SortFunc(forms, func(a, b form) int {
		return cmp.Or(cmp.Compare(a.code, b.code), cmp.Compare(a.lang, b.lang),
			cmp.Compare(a.kind, b.kind), cmp.Compare(a.text, b.text), cmp.Compare(a.guard, b.guard))
	})
	forms = slices.CompactFunc(forms, func(a, b form) bool {
		return a.code == b.code && a.lang == b.lang && a.kind == b.kind && a.text == b.text
	})
	owner := map[string]form{}
	var errs []error
	for _, f := range forms {
		key := f.lang + "\x00" + strings.ToLower(f.text)
		if o, ok := owner[key]; ok && o.code != f.code {
			errs = append(errs, fmt.Errorf("%s form %q claimed by %q and %q", f.lang, f.text, o.code, f.code))
		}
		owner[key] = f
	}
	return forms, errors.Join(errs...)
}

func render(countries map[string]*country, forms []form) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by internal/gen from data/*.tsv; DO NOT EDIT.\n\npackage nations\n\n")
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	b.WriteString("// countries lists every state with its display names.\nvar countries = [...]country{\n")
	for _, code := range codes {
		c := countries[code]
		fmt.Fprintf(&b, "\t{%q, [nLangs]string{%q, %q, %q}},\n", c.code, c.en, c.it, c.uk)
	}
	b.WriteString("}\n\n")
	langs := map[string]string{"en": "langEN", "it": "langIT", "uk": "langUK"}
	b.WriteString("// forms lists every written form the extractor recognizes.\nvar forms = [...]form{\n")
	for _, f := range forms {
		fmt.Fprintf(&b, "\t{%q, %q, %s, %s, %s},\n", f.text, f.code, langs[f.lang], f.kind, cmp.Or(f.guard, "guardNone"))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
