package extract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kronika/corpus"
	"kronika/extract/lang"
	"kronika/extract/token"
)

// Options assembles an Analyzer. Default() gives Kronika's own.
type Options struct {
	// Detector identifies the language; nil means every text is "und".
	Detector *lang.Detector
	// Dateline finds a publication date at the top of a text, for
	// documents whose metadata lacks one.
	Dateline func(d *token.Doc) (string, bool)
	// Extractors run in order over the shared tokens; later ones may read
	// what earlier ones found.
	Extractors []Extractor
}

// Analyzer turns Documents into Records. It is safe for concurrent use.
type Analyzer struct {
	opts Options
}

// New builds an Analyzer from parts.
func New(opts Options) *Analyzer { return &Analyzer{opts: opts} }

// ErrEmpty is returned for a document with no text to analyse.
var ErrEmpty = errors.New("empty text")

// ErrInternal marks a document an extractor failed on: a bug in Kronika,
// not in the input, reported for that document so the batch goes on.
var ErrInternal = errors.New("internal error in extraction")

// Analyze extracts everything from one document. A document that cannot be
// analysed still yields a Record, with Error set, so output line N always
// answers input N.
func (a *Analyzer) Analyze(ctx context.Context, doc corpus.Document) corpus.Record {
	if err := ctx.Err(); err != nil {
		return corpus.Err(doc, err)
	}
	text := CleanText(doc.Text)
	if strings.TrimSpace(text) == "" {
		return corpus.Err(doc, ErrEmpty)
	}
	rec := corpus.Record{
		ID: doc.ID, Source: doc.Source, URL: doc.URL, Title: CleanText(doc.Title),
		Text: text, Author: doc.Author, Site: doc.Site, Lang: lang.Undetermined,
	}
	if p, ok := corpus.NormalizeDate(doc.Published); ok {
		rec.Published = p
	}
	if a.opts.Detector != nil {
		hint := doc.Lang
		if hint == "" {
			hint = doc.LangHint
		}
		rec.Lang, rec.LangConfidence = a.opts.Detector.Detect(text, hint)
	}
	full := text
	if tail := CleanText(doc.Tail); strings.TrimSpace(tail) != "" {
		// What ingest cut as furniture is not the article, but a caption
		// or a "Read also" headline still names the input's ministers,
		// states and years.
		full = text + "\n\n" + tail
	}
	d := token.New(full, rec.Lang, rec.Published)
	if rec.Published == "" && a.opts.Dateline != nil {
		if p, ok := a.opts.Dateline(d); ok {
			rec.Published = p
			d.Published = p
		}
	}
	e := &rec.Entities
	if err := runExtractors(a.opts.Extractors, d, e); err != nil {
		return corpus.Err(doc, err)
	}
	if len(full) > len(text) {
		dropTailMentions(e, utf8.RuneCountInString(text))
	}
	if e.Nations == nil {
		e.Nations = []corpus.Nation{}
	}
	if e.Ministers == nil {
		e.Ministers = []corpus.Minister{}
	}
	if e.Dates == nil {
		e.Dates = []corpus.Date{}
	}
	if e.Money == nil {
		e.Money = []corpus.Money{}
	}
	return rec
}

// runExtractors runs xs in order, turning a panic in one into an error
// so that one document's failure does not end the batch it is part of.
func runExtractors(xs []Extractor, d *token.Doc, e *corpus.Entities) (err error) {
	var cur Extractor
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %T: %v", ErrInternal, cur, p)
		}
	}()
	for _, x := range xs {
		cur = x
		x.Extract(d, e)
	}
	return nil
}

// CleanText makes text safe to analyse and to serve: valid UTF-8 in NFC,
// Unix line endings, no control characters but newlines and tabs, no
// trailing spaces on lines. Mention offsets refer to this cleaned text.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	return cleanText(s)
}

func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	s = norm.NFC.String(s)
	if strings.Contains(s, " \n") || strings.Contains(s, "\t\n") {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " \t")
		}
		s = strings.Join(lines, "\n")
	}
	return strings.TrimSpace(s)
}

// isClean reports, in one pass, text that cleanText would return unchanged:
// valid UTF-8 without control characters but newlines and tabs, without
// spaces or tabs before a newline or space at either end, and made only of
// characters that are in NFC whatever surrounds them (nfcInert). Most
// articles are, and then CleanText neither copies nor normalizes them.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		return false
	}
	var prev byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				if prev == ' ' || prev == '\t' {
					return false
				}
			case c < 0x20 && c != '\t', c == 0x7f:
				return false
			}
			prev = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !nfcInert(r) || unicode.IsControl(r) {
			return false
		}
		prev = c
		i += size
	}
	return true
}

// nfcInert reports characters that NFC leaves alone whatever comes before
// or after them, among Latin, Cyrillic, punctuation and currency signs:
// starters that neither decompose nor compose with a neighbour.
// TestNFCInert checks every pair of them against x/text/unicode/norm.
func nfcInert(r rune) bool {
	switch {
	case r < 0x300: // Latin-1, Latin Extended-A and -B, IPA, modifier letters
		return true
	case r >= 0x400 && r <= 0x482, r >= 0x48a && r <= 0x52f: // Cyrillic letters, not its combining marks
		return true
	case r >= 0x2010 && r <= 0x205e: // dashes, quotes, bullets, ellipsis
		return true
	case r >= 0x20a0 && r <= 0x20c0: // currency signs
		return true
	case r == 0x2116, r == 0x2122, r == 0xfffd: // №, ™, the replacement character
		return true
	}
	return false
}

// dropTailMentions keeps only the mentions that lie in the record's text,
// its first n code points: an entity the tail alone names stays, with no
// mention, for mention offsets index Record.Text and the tail is not in it.
func dropTailMentions(e *corpus.Entities, n int) {
	in := func(ms []corpus.Mention) []corpus.Mention {
		return slices.DeleteFunc(ms, func(m corpus.Mention) bool { return m.End > n })
	}
	for i := range e.Nations {
		e.Nations[i].Mentions = in(e.Nations[i].Mentions)
	}
	for i := range e.Ministers {
		e.Ministers[i].Mentions = in(e.Ministers[i].Mentions)
	}
	for i := range e.Dates {
		e.Dates[i].Mentions = in(e.Dates[i].Mentions)
	}
	for i := range e.Money {
		e.Money[i].Mentions = in(e.Money[i].Mentions)
	}
}
