package corpus

import (
	"embed"
	"io/fs"
)

//go:embed sample
var sampleFS embed.FS

// Sample is the embedded sample corpus: articles in Italian, English and
// Ukrainian, as plain text, saved HTML pages and one JSONL file, that
// `kronika ingest` loads when given no source.
func Sample() fs.FS {
	sub, err := fs.Sub(sampleFS, "sample")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}
