package dates_test

import (
	"slices"
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/extract/dates"
	"kronika/extract/token"
)

// The suites (suite_en_test.go, suite_it_test.go, suite_uk_test.go) were
// written blind, before their cases were run, in the manner of public
// date-library test suites. Their conventions, beyond GUIDELINE.md:
//
//   - A bare weekday that is the whole text ("monday", "lunedì",
//     "понеділок") is the next one after the reference date; in running
//     text the tense of its clause decides, and past is the default.
//   - A bare month or day of a month that is the whole text keeps the
//     reference year.
//   - Weekends are the ISO week they fall in; quarters, half years and
//     seasons are their year; decades are left out.
//   - "N hours/minutes ago" and "in N hours" are the reference day, or the
//     day before for a day or more.
//
// A line whose reference date starts with "~" is a known gap: its failure
// is logged, not reported as an error. Some gaps are policy, not defects:
// a bare weekday alone keeps the reference week ("monday" on Tuesday
// 2013-02-12 is 2013-02-11, as the GUIDELINE's "not after published" and
// the older tables want, where duckling says 2013-02-18); ambiguous
// numeric dates in English prose read day first unless the text shows
// American order.

func TestSuiteEnglish(t *testing.T)   { runSuite(t, "en", enSuite) }
func TestSuiteItalian(t *testing.T)   { runSuite(t, "it", itSuite) }
func TestSuiteUkrainian(t *testing.T) { runSuite(t, "uk", ukSuite) }

func runSuite(t *testing.T, lang, table string) {
	x := extractor()
	var lines []string
	gaps := map[int]bool{}
	for _, l := range strings.Split(table, "\n") {
		if s := strings.TrimSpace(l); strings.HasPrefix(s, "~") {
			gaps[len(lines)] = true
			l = strings.TrimPrefix(s, "~")
		}
		lines = append(lines, l)
	}
	pass, gapFail, n := 0, 0, 0
	tp, fp, fn := 0, 0, 0
	for _, c := range parseTable(t, strings.Join(lines, "\n")) {
		n++
		d := token.New(c.text, lang, c.ref)
		var e corpus.Entities
		dates.ExtractWithWeeks(x, d, &e)
		checkEntities(t, c.text, e)
		got := values(e)
		for _, g := range got {
			if slices.Contains(c.want, g) {
				tp++
			} else {
				fp++
			}
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				fn++
			}
		}
		if slices.Equal(got, c.want) {
			pass++
			if gaps[c.line-1] {
				t.Logf("%s line %d: known gap now passes: %q", lang, c.line, c.text)
			}
			continue
		}
		if gaps[c.line-1] {
			gapFail++
			t.Logf("%s line %d (gap): %q (ref %s) got %v, want %v", lang, c.line, c.text, c.ref, got, c.want)
			continue
		}
		t.Errorf("%s line %d: %q (ref %s)\n  got  %v\n  want %v", lang, c.line, c.text, c.ref, got, c.want)
	}
	p, r := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1))
	t.Logf("%s suite: %d/%d cases pass, %d known gaps fail; values P=%.3f R=%.3f F1=%.3f",
		lang, pass, n, gapFail, p, r, 2*p*r/max(p+r, 1e-9))
}
