// Package plaintext tidies article text that arrives as plain text (or that
// an HTML extractor produced): it normalizes line endings and blank lines and
// removes the boilerplate that news sites leave around a body — comment
// prompts, "related news" lists, legal disclaimers, photo credits,
// newsletter, app and follow-us prompts and author bios at the end, a
// dangling "More on this:" label, breadcrumb trails at the start — in
// English, Italian and Ukrainian.
//
// Cleaning is deliberately conservative: only trailing blocks, leading
// navigation lines and lines that exactly match a known label are removed,
// so a real article paragraph is never dropped.
package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits that keep the trailing scan to short, list-like tails.
const (
	shortLine    = 160 // a tail line longer than this (runes) is prose, which stops the scan
	maxTailLines = 80  // the scan never looks further back than this many lines
	maxLabel     = 60  // a heading label is at most this many runes
	maxBio       = 600 // a closing bio paragraph is at most this many runes
	maxCue       = 250 // a closing call to action is at most this many runes
	maxDangling  = 100 // a dangling "More information:" label is at most this many runes
)

// lookup sets, built once from the tables in markers.go; read-only.
var (
	headingSet  = toSet(tailHeadings)
	anywhereSet = toSet(anywhereLines)
	leadingSet  = toSet(leadingLines)
	crumbSet    = toSet(crumbRoots)
)

func toSet(words []string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[normalize(w)] = struct{}{}
	}
	return m
}

// Clean returns text with normalized line endings (\n), no trailing spaces
// on any line, at most one blank line between paragraphs, and the trailing
// boilerplate and leading navigation junk described in the package comment
// removed. Invalid UTF-8 is replaced with U+FFFD and NUL bytes are dropped.
func Clean(text string) (body string) {
	lines, cut := clean(text)
	return join(lines[:cut])
}

// Split is Clean that also returns the trailing block it cut — a photo
// caption, "Read also" headlines, a copyright line — normalized as the
// body is. A reader does not want these lines in the article, but they
// still name ministers, states and years that belong to the text as it was
// obtained, so an analyzer may read them for entities.
func Split(text string) (body, tail string) {
	lines, cut := clean(text)
	return join(lines[:cut]), join(lines[cut:])
}

// clean runs the passes Clean and Split share: it returns the normalized
// lines without leading junk or labels, and where the trailing boilerplate
// starts among them.
func clean(text string) (lines []string, cut int) {
	lines = splitLines(text)
	lines = dropAnywhere(lines)
	lines = dropLeading(lines)
	return lines, len(dropTrailing(lines)) // dropTrailing keeps a prefix
}

// splitLines normalizes line endings, invalid bytes and trailing spaces.
func splitLines(text string) []string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.IndexByte(text, 0) >= 0 {
		text = strings.ReplaceAll(text, "\x00", "")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if hasOddBreak(text) { // a Replacer copies even when nothing matches
		text = lineBreaks.Replace(text)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return lines
}

// hasOddBreak reports whether text holds a line break other than "\n".
// strings.ContainsAny with the two non-ASCII separators in its set
// decodes every rune of the text; these searches run at memchr speed.
func hasOddBreak(text string) bool {
	return strings.ContainsAny(text, "\r\f\v") ||
		strings.Contains(text, "\u2028") || strings.Contains(text, "\u2029")
}

// runesAtMost reports whether s has at most n runes, without counting
// the runes of a line whose byte length settles it.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > n*utf8.UTFMax {
		return false
	}
	return utf8.RuneCountInString(s) <= n
}

// join writes lines back, collapsing runs of blank lines to one and
// trimming blank lines at both ends.
func join(lines []string) string {
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 2
	}
	b.Grow(n)
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// dropAnywhere removes lines that are exactly an ad or share label.
func dropAnywhere(lines []string) []string {
	out := lines[:0]
	for _, l := range lines {
		if l != "" && runesAtMost(l, maxLabel) {
			if _, ok := anywhereSet[normalize(l)]; ok {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// dropLeading removes skip links, menu labels and breadcrumb trails from
// the first few non-blank lines, stopping at the first line that is not
// clearly navigation.
func dropLeading(lines []string) []string {
	seen := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		if seen >= 4 {
			return lines[i:]
		}
		seen++
		norm := normalize(l)
		if _, ok := leadingSet[norm]; ok && runesAtMost(l, maxLabel) {
			continue
		}
		if isBreadcrumb(l) {
			continue
		}
		return lines[i:]
	}
	return lines[:0]
}

// isBreadcrumb reports whether l is a trail such as "Home > News > World":
// two to eight short items joined by a path separator, the first being a
// home link.
func isBreadcrumb(l string) bool {
	if !runesAtMost(l, 200) {
		return false
	}
	for _, sep := range []string{">", "»", "›", "/", "|", "→", "•"} {
		if !strings.Contains(l, sep) {
			continue
		}
		parts := strings.Split(l, sep)
		if len(parts) < 2 || len(parts) > 8 {
			continue
		}
		if _, ok := crumbSet[normalize(parts[0])]; !ok {
			continue
		}
		short := true
		for _, p := range parts {
			if len(strings.Fields(p)) > 8 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

// dropTrailing scans the text backwards from its end over short lines and
// remembers the highest boilerplate marker it meets: a heading label alone
// on its line, a paragraph opening with a disclaimer or comment-form notice,
// or a closing author bio. A long line that is not a marker is article prose
// and stops the scan. Everything from the highest marker down is removed;
// lines above it always stay, so at worst a marker is missed.
func dropTrailing(lines []string) []string {
	cut := len(lines)
	floor := contentEnd(lines)
	scanned := 0
	for i := len(lines) - 1; i >= floor && scanned < maxTailLines; i-- {
		l := lines[i]
		if l == "" {
			continue
		}
		scanned++
		n := utf8.RuneCountInString(l)
		if i == lastNonBlank(lines, cut) && (n <= maxBio && isBio(l) || n <= maxDangling && dangling(l)) {
			cut = i
			continue
		}
		if n <= maxCue && hasTailCue(l) {
			cut = i
			continue
		}
		if n <= maxLabel && isHeadingMarker(l) {
			cut = i
			continue
		}
		if hasTailPrefix(l) {
			cut = i
			continue
		}
		if n > shortLine || isProse(l) {
			return lines[:cut]
		}
	}
	if scanned >= maxTailLines {
		return lines // a tail this long is not boilerplate: keep it all
	}
	return lines[:cut]
}

// isProse reports a sentence-like line: a dozen words or more ending with
// sentence punctuation. Such a line stops the trailing scan, since link
// lists, form labels and share bars are not written in sentences.
func isProse(l string) bool {
	if len(strings.Fields(l)) < 12 {
		return false
	}
	l = strings.TrimRight(l, " \"'”»)")
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', '!', '?', '…', ';':
		return true
	}
	return false
}

func lastNonBlank(lines []string, end int) int {
	for i := end - 1; i >= 0; i-- {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

// contentEnd returns the smallest i such that some real text (a line of at
// least 80 runes, or 200 runes in all) stands above line i, so that a cut
// at or below i never empties the article.
func contentEnd(lines []string) int {
	total := 0
	for i, l := range lines {
		n := utf8.RuneCountInString(l)
		if n >= 80 {
			return i + 1
		}
		total += n
		if total >= 200 {
			return i + 1
		}
	}
	return len(lines) + 1
}

// isHeadingMarker reports whether a short line is a trailing-section label,
// allowing counts ("3 Comments", "Comments (12)") and a trailing "Cancel
// reply" that comment forms print next to their heading.
func isHeadingMarker(l string) bool {
	norm := normalize(l)
	if _, ok := headingSet[norm]; ok {
		return true
	}
	for _, suffix := range []string{" cancel reply", " annulla risposta", " скасувати відповідь"} {
		if s, ok := strings.CutSuffix(norm, suffix); ok {
			if _, ok := headingSet[s]; ok {
				return true
			}
		}
	}
	// "2 thoughts on “Title”", "5 responses to …", "3 risposte a …".
	for _, p := range []string{"thoughts on ", "responses to ", "response to ", "risposte a ", "risposta a ", "відповіді на "} {
		if strings.HasPrefix(norm, p) {
			return true
		}
	}
	return false
}

// dangling reports a label ending with a colon, such as "More information
// on the outbreak:", left as the last line once the list it introduced was
// removed. No article ends on one.
func dangling(l string) bool {
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	return strings.HasSuffix(l, ":") && !strings.HasSuffix(l, "::")
}

// Replacers built once: building one costs more than most lines it is
// used on. A strings.Replacer never changes and is safe for concurrent use.
var (
	lineBreaks = strings.NewReplacer("\r", "\n", "\u2028", "\n", "\u2029", "\n\n", "\f", "\n", "\v", "\n")
	cueQuotes  = strings.NewReplacer("’", "'", "\u00a0", " ")
	lineQuotes = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'", "\u00a0", " ")
)

// hasTailCue reports a call to action to the reader (see tailCues).
func hasTailCue(l string) bool {
	low := strings.ToLower(cueQuotes.Replace(l))
	for _, c := range tailCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

func hasTailPrefix(l string) bool {
	low := strings.ToLower(strings.TrimLeftFunc(l, func(r rune) bool {
		return unicode.IsSpace(r) || r == '*' || r == '_' || r == '#' || r == '>' || r == '-'
	}))
	for _, p := range tailPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// isBio reports whether a closing paragraph reads like an author bio: it
// names a journalist's role and gives a contact or beat cue. Both are
// required so that a news paragraph about a journalist is kept.
func isBio(l string) bool {
	if !runesAtMost(l, maxBio) {
		return false
	}
	low := strings.ToLower(l)
	role := false
	for _, w := range bioRoles {
		if strings.Contains(low, w) {
			role = true
			break
		}
	}
	if !role {
		return false
	}
	cues := 0
	for _, c := range bioCues {
		if strings.Contains(low, c) {
			cues++
		}
	}
	return cues >= 1 && (strings.Contains(low, "@") || cues >= 2 || startsWithNameIs(l))
}

// startsWithNameIs matches "Jane Doe is a …", "Mario Rossi è …",
// "Олена Коваль — …": one to three capitalized words then a copula.
func startsWithNameIs(l string) bool {
	f := strings.Fields(l)
	for i := 0; i < len(f) && i < 4; i++ {
		r, _ := utf8.DecodeRuneInString(f[i])
		if i > 0 {
			switch f[i] {
			case "is", "è", "—", "-", "–", "є":
				return true
			}
		}
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

// normalize lower-cases a line, straightens apostrophes, drops leading
// counts and surrounding punctuation or symbols and collapses spaces, so
// that "  Related News: " and "RELATED NEWS" compare equal.
func normalize(s string) string {
	s = strings.ToLower(s)
	s = lineQuotes.Replace(s)
	trim := func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != ')'
	}
	s = strings.TrimFunc(s, trim)
	// "(12)" after a label, and "12" before it.
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") && isDigits(s[i+1:len(s)-1]) {
		s = s[:i]
	}
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if f := strings.Fields(s); len(f) > 0 {
		if isDigits(f[0]) {
			f = f[1:]
		}
		s = strings.Join(f, " ")
	}
	return s
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
