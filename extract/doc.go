// Package extract turns a Document into a Record: it detects the language,
// tokenizes the text once, and runs the entity extractors (nations,
// ministers, dates, money) over the shared tokens.
package extract
