package ingest

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Estimate counts the documents local sources hold, for a progress bar's
// ETA: files by extension, JSONL by lines. ok is false when a source (a URL,
// stdin) cannot be counted ahead.
func Estimate(sources []string) (n int, ok bool) {
	for _, src := range sources {
		if src == "-" || IsURL(src) {
			return n, false
		}
		info, err := os.Stat(src)
		if err != nil {
			n++ // it will be reported as one failure
			continue
		}
		if !info.IsDir() {
			n += countFile(src)
			continue
		}
		_ = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && p != src && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if err == nil && !d.IsDir() && known(p) {
				n += countFile(p)
			}
			return nil
		})
	}
	return n, true
}

func countFile(p string) int {
	if !strings.EqualFold(filepath.Ext(p), ".jsonl") {
		return 1
	}
	f, err := os.Open(p)
	if err != nil {
		return 1
	}
	defer f.Close()
	lines, buf := 0, make([]byte, 64<<10)
	for {
		k, err := f.Read(buf)
		lines += bytes.Count(buf[:k], []byte{'\n'})
		if err == io.EOF || err != nil {
			return max(lines, 1)
		}
	}
}
