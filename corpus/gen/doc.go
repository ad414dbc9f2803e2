// Package gen generates realistic synthetic news articles in Italian,
// English and Ukrainian for benchmarks and load tests: a deterministic,
// seeded stream of corpus.Documents of 2–4 KB each, with ids, titles,
// publication dates spread over 2022–2025, sources and sites, and text built
// from the package's own sentence templates filled with facts from small
// tables — nations in the grammatical form each sentence needs, defence and
// foreign ministers with their spellings and Ukrainian case forms, dates in
// many written and numeric forms, and amounts of money in many currencies
// and notations.
//
// The same (n, seed) always yields byte-identical output, and article i
// depends only on (seed, i), so a larger corpus extends a smaller one.
// HTMLPage wraps an article in a ~100 KB news page for HTML extraction
// benchmarks. Nothing here touches the network.
package gen
