// Package corpus defines Kronika's document contract — the Document that
// ingest produces and the Record that extract writes — together with the
// JSONL format that carries both, the embedded sample corpus, and the durable
// store that is the source of truth for the index.
package corpus

import (
	"fmt"
	"strings"
	"time"
)

// Document is one article as a source yields it, before analysis. Text or
// HTML (or both) is set; the other fields are optional.
type Document struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`

	// Metadata found by ingest; not part of the input format.
	Author   string `json:"-"`
	Site     string `json:"-"`
	LangHint string `json:"-"` // the page's own language claim, a prior for detection
	Fetch    *Fetch `json:"-"`
	// Tail is the block ingest cut from the end of a plain-text body as
	// furniture (a caption, "Read also" headlines, a copyright line). It
	// is not the article's text, but the entities it names are the
	// input's, so the analyzer reads it after the body.
	Tail string `json:"-"`
}

// Fetch is what the fetcher remembers about an HTTP source, so that the
// next run can make a conditional request.
type Fetch struct {
	URL          string    `json:"url"`
	FinalURL     string    `json:"final_url,omitempty"`
	Status       int       `json:"status"`
	ContentType  string    `json:"content_type,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	FetchedAt    time.Time `json:"fetched_at"`
}

// Record is the analysis of one Document: the output line of
// `kronika extract` and what the store and the index keep. Field order is
// the order of the public JSON contract.
type Record struct {
	ID             string   `json:"id"`
	Source         string   `json:"source,omitempty"`
	URL            string   `json:"url,omitempty"`
	Title          string   `json:"title,omitempty"`
	Published      string   `json:"published,omitempty"`
	Lang           string   `json:"lang,omitempty"`
	LangConfidence float64  `json:"lang_confidence"`
	Text           string   `json:"text"`
	Entities       Entities `json:"entities"`
	Author         string   `json:"author,omitempty"`
	Site           string   `json:"site,omitempty"`
	DuplicateOf    string   `json:"duplicate_of,omitempty"`
	Error          string   `json:"error,omitempty"`
}

// Entities groups everything the extractors found in a document. Each
// entity appears once, with all of its mentions.
type Entities struct {
	Nations   []Nation   `json:"nations"`
	Ministers []Minister `json:"ministers"`
	Dates     []Date     `json:"dates"`
	Money     []Money    `json:"money"`
}

// Mention is one occurrence of an entity. Start and End are Unicode
// code-point offsets into Record.Text (what a Python slice uses).
type Mention struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Qualifier string `json:"qualifier,omitempty"`
}

// Nation is a sovereign state, identified by its ISO 3166-1 alpha-2 code.
type Nation struct {
	Code     string    `json:"code"`
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
}

// Minister roles.
const (
	RoleMinister            = "minister"
	RoleDeputyMinister      = "deputy_minister"
	RolePrimeMinister       = "prime_minister"
	RoleDeputyPrimeMinister = "deputy_prime_minister"
)

// Minister is a named person the text gives a ministerial title. Name is the
// canonical Latin-script name; Aliases are the other spellings the text uses.
type Minister struct {
	Name      string    `json:"name"`
	Aliases   []string  `json:"aliases,omitempty"`
	Nation    string    `json:"nation,omitempty"`
	Role      string    `json:"role"`
	Portfolio string    `json:"portfolio,omitempty"`
	Mentions  []Mention `json:"mentions"`
}

// Date is a calendar date normalized TIMEX3-style: YYYY-MM-DD, YYYY-MM or
// YYYY, with XXXX for an unknown year.
type Date struct {
	Value    string    `json:"value"`
	Mentions []Mention `json:"mentions"`
}

// Money is an amount in its own currency (ISO 4217), never converted.
type Money struct {
	Amount   float64   `json:"amount"`
	Currency string    `json:"currency"`
	Mentions []Mention `json:"mentions"`
}

// NormalizeDate turns a published value (YYYY-MM-DD or RFC 3339, or a few
// common variants) into YYYY-MM-DD. It reports false for anything else.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	layouts := []string{
		"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05",
		"2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
		"2006-01-02T15:04:05.000Z0700", "2006-01-02T15:04:05Z0700",
		time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700",
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1000 || t.Year() > 9999 {
				return "", false
			}
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// Err builds the Record for a document that could not be analysed, so that
// output line N still answers input N.
func Err(d Document, err error) Record {
	return Record{ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, Error: err.Error(),
		Entities: Entities{Nations: []Nation{}, Ministers: []Minister{}, Dates: []Date{}, Money: []Money{}}}
}

// LineError reports a bad line of a JSONL input; reading goes on after it.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }
