package index

import (
	"fmt"
	"math"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"kronika/corpus"
	"kronika/index/stem"
	"kronika/index/uk"
)

// Field layout. Text is analysed per language: each record's title and
// body go to the fields of its own language (title_it, body_it, …), so that
// each field has one analyzer and a query term is analysed by the same
// analyzer as the text it is compared with. A query searches all language
// fields at once; the alternative — one document type per language through
// mapping.TypeField with shared field names — would analyse the query with
// a single analyzer, wrong for every other language.
const (
	fieldNation      = "nation"      // keyword: ISO 3166-1 alpha-2 codes
	fieldMinister    = "minister"    // keyword: canonical minister names
	fieldNationSp    = "nation_sp"   // keyword: code + sep + surface form, for Entities
	fieldMinisterSp  = "minister_sp" // keyword: name + sep + surface form
	fieldLang        = "lang"        // keyword: record language ("und" when unknown)
	fieldSource      = "source"      // keyword: Record.Source, or Site when Source is empty
	fieldSite        = "site"        // keyword: Record.Site
	fieldDay         = "day"         // keyword YYYY-MM-DD of published: date sort, display
	fieldMonth       = "month"       // keyword YYYY-MM of published: the timeline facet
	fieldKeyNew      = "sk_new"      // keyword day+sep+id, undated "0"+sep+id: newest-first sort
	fieldKeyOld      = "sk_old"      // keyword day+sep+id, undated "~"+sep+id: oldest-first sort
	fieldPublished   = "published"   // calendar terms of published: from/to filters
	fieldMentioned   = "mentioned"   // calendar terms, multi-valued: dates in the text
	fieldEUR         = "eur"         // amount terms, multi-valued: euro amounts in the text
	fieldURL         = "url"         // stored only
	fieldDates       = "dates"       // stored only: the date values as extracted
	fieldRecord      = "rec"         // stored only: the record as JSON, without its text
	spellingSep      = "\x1f"        // separates identity and surface form in *_sp terms
	schemaVersion    = "kronika-index-2"
	schemaKey        = "kronika.schema"
	analyzerEnglish  = "kronika_en"
	analyzerItalian  = "kronika_it"
	analyzerPlain    = "kronika_plain"
	otherLang        = "xx" // field suffix for every language without its own analyzer
	undeterminedLang = "und"
)

// textLang is a language with its own title and body fields.
type textLang struct {
	suffix   string // field suffix and record language code
	analyzer string
}

// textLangs lists the analysed languages. English and Italian use bleve's
// filters (possessive, stop words; elision, stop words) and bleve's
// stemmers (Porter; Italian light) done in place by package stem, behind
// Kronika's word tokenizer, which segments Latin and Cyrillic text like
// bleve's Unicode tokenizer at a fraction of its cost.
var textLangs = []textLang{
	{"en", analyzerEnglish},
	{"it", analyzerItalian},
	{"uk", uk.AnalyzerName},
	{otherLang, analyzerPlain},
}

func titleField(suffix string) string { return "title_" + suffix }
func bodyField(suffix string) string  { return "body_" + suffix }

// langSuffix picks the text fields for a record language ("it", "en-GB",
// "und").
func langSuffix(lang string) string {
	code := normLang(lang)
	for _, l := range textLangs[:len(textLangs)-1] {
		if l.suffix == code {
			return code
		}
	}
	return otherLang
}

// normLang reduces a language tag to its lower-case primary subtag.
func normLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if lang == "" {
		return undeterminedLang
	}
	return lang
}

// newMapping declares every field, so that bleve analyses a query on a
// field with that field's analyzer, and defines the custom analyzers.
// Documents themselves are built by buildDocument, not mapped by reflection.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	chains := map[string][]string{
		analyzerEnglish: {en.PossessiveName, uk.LowerName, en.StopName, stem.PorterName},
		analyzerItalian: {uk.LowerName, it.ElisionName, it.StopName, stem.ItalianLightName},
		analyzerPlain:   {uk.ApostropheName, uk.LowerName},
	}
	for name, filters := range chains {
		err := im.AddCustomAnalyzer(name, map[string]interface{}{
			"type":          custom.Name,
			"tokenizer":     uk.TokenizerName,
			"token_filters": filters,
		})
		if err != nil {
			return nil, fmt.Errorf("analyzer %s: %w", name, err)
		}
	}
	im.DefaultAnalyzer = analyzerPlain
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	dm := mapping.NewDocumentStaticMapping()
	for _, l := range textLangs {
		for _, name := range []string{titleField(l.suffix), bodyField(l.suffix)} {
			fm := mapping.NewTextFieldMapping()
			fm.Analyzer = l.analyzer
			fm.Store = true
			fm.IncludeTermVectors = true // phrases and highlights
			fm.IncludeInAll = false
			fm.DocValues = false
			dm.AddFieldMappingsAt(name, fm)
		}
	}
	for _, name := range []string{fieldNation, fieldMinister, fieldNationSp, fieldMinisterSp,
		fieldLang, fieldSource, fieldSite, fieldDay, fieldMonth, fieldKeyNew, fieldKeyOld} {
		fm := mapping.NewKeywordFieldMapping()
		fm.Store = name == fieldNation || name == fieldMinister || name == fieldLang ||
			name == fieldSource || name == fieldDay
		fm.DocValues = true
		fm.IncludeInAll = false
		dm.AddFieldMappingsAt(name, fm)
	}
	// Dates and amounts are terms of Kronika's own (see ranges.go), which
	// queries never analyse.
	for _, name := range []string{fieldPublished, fieldMentioned, fieldEUR} {
		fm := mapping.NewKeywordFieldMapping()
		fm.Store = name == fieldEUR
		fm.DocValues = false
		fm.IncludeInAll = false
		dm.AddFieldMappingsAt(name, fm)
	}
	for _, name := range []string{fieldURL, fieldDates, fieldRecord} {
		fm := mapping.NewTextFieldMapping()
		fm.Index = false
		fm.Store = true
		fm.IncludeInAll = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(name, fm)
	}
	im.DefaultMapping = dm
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	return im, nil
}

// analyzers are the analyzers buildDocument hands to text fields, resolved
// once from the mapping.
type analyzers struct {
	text    map[string]analysis.Analyzer // by language suffix
	keyword analysis.Analyzer
}

func newAnalyzers(im mapping.IndexMapping) (*analyzers, error) {
	a := &analyzers{text: make(map[string]analysis.Analyzer, len(textLangs))}
	for _, l := range textLangs {
		an := im.AnalyzerNamed(l.analyzer)
		if an == nil {
			return nil, fmt.Errorf("analyzer %q is not registered", l.analyzer)
		}
		a.text[l.suffix] = an
	}
	a.keyword = im.AnalyzerNamed(keyword.Name)
	if a.keyword == nil {
		return nil, fmt.Errorf("analyzer %q is not registered", keyword.Name)
	}
	return a, nil
}

const (
	textOpts = bindex.IndexField | bindex.StoreField | bindex.IncludeTermVectors
	// Keywords keep frequencies and norms: bleve scores a term query on a
	// field without them as NaN, and filters and entity terms are term
	// queries inside scored conjunctions.
	keywordOpts = bindex.IndexField | bindex.DocValues
	numberOpts  = bindex.IndexField
	storeOpts   = bindex.StoreField
)

// Indexable reports whether Put indexes a record: records that failed
// analysis or duplicate another one are left out.
func Indexable(r *corpus.Record) bool {
	return r.Error == "" && r.DuplicateOf == "" && r.ID != ""
}

// buildDocument turns a record into the bleve document of the field
// layout above. Every keyword, number and date field is one termsField
// holding all of the record's values for it; a stored value is a
// separate, stored-only field of the same name.
func (a *analyzers) buildDocument(r *corpus.Record) (*document.Document, error) {
	doc := document.NewDocument(r.ID)
	suffix := langSuffix(r.Lang)
	an := a.text[suffix]
	if r.Title != "" {
		doc.AddField(newTextField(titleField(suffix), r.Title, an))
	}
	if r.Text != "" {
		doc.AddField(newTextField(bodyField(suffix), r.Text, an))
	}
	b := termsBuilder{doc: doc}
	stored := func(name, value string) {
		doc.AddField(document.NewTextFieldWithIndexingOptions(name, nil, []byte(value), storeOpts))
	}
	kw := func(name, value string, store bool) {
		b.keyword(name, value)
		if store {
			stored(name, value)
		}
	}

	kw(fieldLang, normLang(r.Lang), true)
	source := publisher(r)
	site := strings.TrimSpace(r.Site)
	if source != "" {
		kw(fieldSource, source, true)
	}
	if site != "" {
		kw(fieldSite, site, false)
	}
	if r.URL != "" {
		stored(fieldURL, r.URL)
	}
	// Sort keys are unique per document (the id is part of them), so that
	// a sort on one of them alone is total: search_after needs that, and
	// bleve's own tie-break on _id would look up the id of every match.
	day, dated := corpus.NormalizeDate(r.Published)
	keyDay := ""
	if dated {
		keyDay = day
	}
	kw(fieldKeyNew, newestKey(keyDay, r.ID), false)
	kw(fieldKeyOld, oldestKey(keyDay, r.ID), false)
	if dated {
		kw(fieldDay, day, true)
		kw(fieldMonth, day[:7], false)
		t, _ := time.Parse(time.DateOnly, day)
		b.calendar(fieldPublished, t)
	}

	seen := make(map[string]bool)
	once := func(key string) bool {
		if seen[key] {
			return false
		}
		seen[key] = true
		return true
	}
	for _, n := range r.Entities.Nations {
		code := strings.TrimSpace(n.Code)
		if code == "" {
			continue
		}
		if once("n" + code) {
			kw(fieldNation, code, true)
		}
		for _, m := range n.Mentions {
			if sp := strings.TrimSpace(m.Text); sp != "" && once("ns"+code+spellingSep+sp) {
				kw(fieldNationSp, code+spellingSep+sp, false)
			}
		}
	}
	for _, m := range r.Entities.Ministers {
		name := strings.TrimSpace(m.Name)
		if name == "" {
			continue
		}
		if once("m" + name) {
			kw(fieldMinister, name, true)
		}
		forms := make([]string, 0, len(m.Mentions)+len(m.Aliases))
		for _, mm := range m.Mentions {
			forms = append(forms, mm.Text)
		}
		forms = append(forms, m.Aliases...)
		for _, sp := range forms {
			if sp = strings.TrimSpace(sp); sp != "" && once("ms"+name+spellingSep+sp) {
				kw(fieldMinisterSp, name+spellingSep+sp, false)
			}
		}
	}
	for _, d := range r.Entities.Dates {
		t, ok := periodStart(d.Value)
		if !ok || !once("d"+d.Value) {
			continue
		}
		stored(fieldDates, d.Value)
		b.calendar(fieldMentioned, t)
	}
	var euros []float64
	for _, m := range r.Entities.Money {
		if m.Currency != "EUR" || math.IsNaN(m.Amount) || math.IsInf(m.Amount, 0) || slices.Contains(euros, m.Amount) {
			continue
		}
		euros = append(euros, m.Amount)
		b.amount(fieldEUR, m.Amount)
		doc.AddField(document.NewNumericFieldWithIndexingOptions(fieldEUR, nil, m.Amount, storeOpts))
	}
	b.finish()

	// The text is stored once, in its body field; the record JSON keeps
	// everything else for Get.
	rec := *r
	rec.Text = ""
	js, err := rec.AppendJSON(nil)
	if err != nil {
		return nil, fmt.Errorf("record JSON: %w", err)
	}
	doc.AddField(document.NewTextFieldWithIndexingOptions(fieldRecord, nil, js, storeOpts))
	return doc, nil
}

// newestKey and oldestKey are a document's sort keys: its day (YYYY-MM-DD,
// "" when it has none) and its id. An undated document sorts last either
// way: "0" is below every date, "~" above.
func newestKey(day, id string) string {
	if day == "" {
		day = "0"
	}
	return day + spellingSep + id
}

func oldestKey(day, id string) string {
	if day == "" {
		day = "~"
	}
	return day + spellingSep + id
}

// periodStart turns an extracted date value (YYYY-MM-DD, YYYY-MM, YYYY)
// into the first day of its period. Values with an unknown year (XXXX)
// or anything else report false.
func periodStart(v string) (time.Time, bool) {
	t, _, ok := parsePeriod(v)
	return t, ok
}

// parsePeriod parses YYYY-MM-DD, YYYY-MM or YYYY into the first and the
// last day of the period.
func parsePeriod(v string) (first, last time.Time, ok bool) {
	v = strings.TrimSpace(v)
	var layout string
	switch len(v) {
	case 10:
		layout = time.DateOnly
	case 7:
		layout = "2006-01"
	case 4:
		layout = "2006"
	default:
		return time.Time{}, time.Time{}, false
	}
	t, err := time.Parse(layout, v)
	if err != nil || t.Year() < 1 {
		return time.Time{}, time.Time{}, false
	}
	switch len(v) {
	case 10:
		return t, t, true
	case 7:
		return t, t.AddDate(0, 1, -1), true
	default:
		return t, t.AddDate(1, 0, -1), true
	}
}

// publisher is what the source facet and filter show: the site's own name,
// else a source label given with the document, else the URL's host, else
// the file it came from.
func publisher(r *corpus.Record) string {
	if site := strings.TrimSpace(r.Site); site != "" {
		return site
	}
	src := strings.TrimSpace(r.Source)
	isPath := strings.ContainsAny(src, "/\\") || path.Ext(src) != ""
	if src != "" && !isPath && !strings.Contains(src, "://") {
		return src
	}
	if u, err := url.Parse(r.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return src
}
