package index

// Query is one search: a bleve query string plus structured filters. The
// zero value matches every document, most relevant first.
type Query struct {
	Q         string   // bleve query-string syntax; "" matches all
	Nations   []string // ISO codes or names in any language; all must match
	Ministers []string // canonical names or any spelling; all must match
	Langs     []string // any of
	Sources   []string // any of (site or source)
	From, To  string   // inclusive bounds on published, YYYY-MM-DD
	DateFrom  string   // inclusive bounds on dates mentioned in the text
	DateTo    string
	MinEUR    *float64 // bounds on any euro amount mentioned
	MaxEUR    *float64
	Sort      string // "relevance" (default), "date" (newest first) or "date_asc"
	Size      int    // hits per page, 1..MaxSize; 0 means DefaultSize
	After     string // opaque search_after token from a previous Result.Next
	NoFacets  bool   // skip facet computation (exports, paging)
}

// Page sizes.
const (
	DefaultSize = 10
	MaxSize     = 100
)

// Result is the answer to a Query; its JSON is the public search API.
type Result struct {
	Total  uint64  `json:"total"`
	TookMS float64 `json:"took_ms"`
	Hits   []Hit   `json:"hits"`
	Facets Facets  `json:"facets"`
	Next   string  `json:"next,omitempty"`
}

// Hit is one matching document.
type Hit struct {
	ID         string              `json:"id"`
	URL        string              `json:"url,omitempty"`
	Title      string              `json:"title"`
	Published  string              `json:"published,omitempty"`
	Lang       string              `json:"lang"`
	Source     string              `json:"source,omitempty"`
	Score      float64             `json:"score"`
	Highlights map[string][]string `json:"highlights,omitempty"`
	Entities   HitEntities         `json:"entities"`
	Matched    []string            `json:"matched,omitempty"` // why it matched: "nation:LU", "minister:Rustem Umerov", "text"
}

// HitEntities are the entity identities of a hit, for display.
type HitEntities struct {
	Nations   []string  `json:"nations"`
	Ministers []string  `json:"ministers"`
	Dates     []string  `json:"dates,omitempty"`
	EUR       []float64 `json:"eur,omitempty"`
}

// Facets are term counts over all matches, and matches per month.
type Facets struct {
	Nations   []TermCount  `json:"nations"`
	Ministers []TermCount  `json:"ministers"`
	Lang      []TermCount  `json:"lang"`
	Source    []TermCount  `json:"source"`
	Timeline  []MonthCount `json:"timeline"`
}

// TermCount is one facet value.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// MonthCount is one bar of the timeline.
type MonthCount struct {
	Month string `json:"month"` // YYYY-MM
	Count int    `json:"count"`
}
