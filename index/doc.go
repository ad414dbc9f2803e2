// Package index keeps extract Records in a bleve index — per-language
// analysis, keyword fields for entity identities, dates and euro amounts —
// and answers searches with filters, facets and a timeline. The CLI and the
// HTTP server both search through it.
package index
