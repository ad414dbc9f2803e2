// Package ingest turns sources — files, directories, JSONL, saved HTML
// pages, URLs of pages, feeds and sitemaps — into corpus Documents, one
// stream for the whole batch. A source that fails yields an Item with Err
// set and the stream goes on.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/ingest/fetch"
	"kronika/ingest/htmltext"
	"kronika/ingest/plaintext"
)

// DefaultMaxFileBytes bounds a .txt or .html file; JSONL files are streamed
// and bounded per line instead.
const DefaultMaxFileBytes = 32 << 20

// Item is one document of the stream, or the failure of a source.
type Item struct {
	Doc    corpus.Document
	Source string // what to name in messages: a path, path:line, or URL
	Err    error  // set when this source or line failed
	// NotModified is set for a URL the server says is unchanged since
	// the stored fetch (conditional GET); Doc holds only ID and URL.
	NotModified bool
}

// Options configures a Loader.
type Options struct {
	// Stdin is read for the source "-".
	Stdin io.Reader
	// Web fetches URLs; nil refuses URL sources with a clear error.
	Web Web
	// MaxFileBytes bounds single-document files; 0 means the default.
	MaxFileBytes int64
	Logger       *slog.Logger
}

// Loader turns sources into Items.
type Loader struct {
	opts Options
	log  *slog.Logger
}

// NewLoader builds a Loader.
func NewLoader(opts Options) *Loader {
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Loader{opts: opts, log: log}
}

// Extensions Kronika reads from files and directories.
var Extensions = []string{".txt", ".html", ".htm", ".jsonl"}

// IsURL reports whether a source is an http(s) URL.
func IsURL(s string) bool {
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://")
}

// Load streams the documents of every source, in order.
func (l *Loader) Load(ctx context.Context, sources []string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, src := range sources {
			if ctx.Err() != nil {
				return
			}
			if !l.source(ctx, src, yield) {
				return
			}
		}
	}
}

func (l *Loader) source(ctx context.Context, src string, yield func(Item) bool) bool {
	switch {
	case src == "-":
		if l.opts.Stdin == nil {
			return yield(Item{Source: "-", Err: errors.New("-: no standard input")})
		}
		return l.jsonl(ctx, l.opts.Stdin, "-", yield)
	case IsURL(src):
		if l.opts.Web == nil {
			return yield(Item{Source: src, Err: fmt.Errorf("%s: fetching URLs is not configured", src)})
		}
		return l.opts.Web.Load(ctx, src, yield)
	}
	info, err := os.Stat(src)
	if err != nil {
		return yield(Item{Source: src, Err: fmt.Errorf("%s: %w", src, unwrapPathError(err))})
	}
	if info.IsDir() {
		return l.dir(ctx, src, yield)
	}
	return l.file(ctx, src, yield)
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// dir walks a directory tree in lexical order, reading every file with a
// known extension; others are skipped.
func (l *Loader) dir(ctx context.Context, root string, yield func(Item) bool) bool {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			files = append(files, p) // reported when read
			return nil
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if known(p) {
			files = append(files, p)
		} else {
			l.log.Debug("skipping file with unknown extension", "path", p)
		}
		return nil
	})
	if err != nil {
		return yield(Item{Source: root, Err: fmt.Errorf("%s: %w", root, unwrapPathError(err))})
	}
	sort.Strings(files)
	for _, f := range files {
		if ctx.Err() != nil {
			return false
		}
		if !l.file(ctx, f, yield) {
			return false
		}
	}
	return true
}

func known(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// LoadFS streams the documents of every known file in fsys (the embedded
// sample corpus), in lexical order; prefix labels their sources.
func (l *Loader) LoadFS(ctx context.Context, fsys fs.FS, prefix string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		var files []string
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && known(p) {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			yield(Item{Source: prefix, Err: fmt.Errorf("%s: %w", prefix, err)})
			return
		}
		sort.Strings(files)
		open := func(name string) (io.ReadCloser, error) { return fsys.Open(strings.TrimPrefix(name, prefix+"/")) }
		for _, f := range files {
			if ctx.Err() != nil || !l.fileFrom(ctx, prefix+"/"+f, open, yield) {
				return
			}
		}
	}
}

func osOpen(name string) (io.ReadCloser, error) { return os.Open(name) }

func (l *Loader) file(ctx context.Context, path string, yield func(Item) bool) bool {
	return l.fileFrom(ctx, path, osOpen, yield)
}

func (l *Loader) fileFrom(ctx context.Context, path string, open func(string) (io.ReadCloser, error), yield func(Item) bool) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" || ext == ".ndjson" {
		f, err := open(path)
		if err != nil {
			return yield(Item{Source: path, Err: fmt.Errorf("%s: %w", path, unwrapPathError(err))})
		}
		defer f.Close()
		return l.jsonl(ctx, f, path, yield)
	}
	if !known(path) {
		return yield(Item{Source: path, Err: fmt.Errorf("%s: unsupported file type %q (want .txt, .html, .htm or .jsonl)", path, ext)})
	}
	data, err := readCapped(open, path, l.opts.MaxFileBytes)
	if err != nil {
		return yield(Item{Source: path, Err: err})
	}
	doc, err := FromBytes(data, ext, path)
	if err != nil {
		return yield(Item{Source: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	doc.ID = corpus.FileID(path)
	doc.Source = path
	return yield(Item{Doc: doc, Source: path})
}

func readCapped(open func(string) (io.ReadCloser, error), path string, max int64) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: file larger than %d MB", path, max>>20)
	}
	return data, nil
}

// Errors for content that is not an article.
var (
	ErrEmpty  = errors.New("empty file")
	ErrBinary = errors.New("binary content, not text")
	ErrNotUTF = errors.New("not UTF-8 text")
)

// FromBytes makes a Document from the content of a .txt or .html file.
// name (a path or URL) resolves relative links in HTML.
func FromBytes(data []byte, ext, name string) (corpus.Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return corpus.Document{}, ErrEmpty
	}
	if looksBinary(data) {
		return corpus.Document{}, ErrBinary
	}
	switch ext {
	case ".html", ".htm":
		if !utf8.Valid(data) {
			// A saved page keeps its encoding (windows-1251, KOI8-U, …),
			// declared or not: read it as the fetcher reads a served page.
			data, _ = fetch.DecodeText(data, "text/html")
		}
		return FromHTML(data, name)
	default:
		if !utf8.Valid(data) {
			return corpus.Document{}, ErrNotUTF
		}
		return FromText(string(data)), nil
	}
}

// looksBinary reports NUL bytes or a high share of control bytes early in
// the content: images, PDFs and archives renamed to .txt.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}

// FromText makes a Document from plain text: trailing boilerplate moved to
// Tail, and a short first line taken as the title.
func FromText(text string) corpus.Document {
	body, tail := plaintext.Split(text)
	return corpus.Document{Text: body, Title: guessTitle(body), Tail: tail}
}

// guessTitle takes the first line as a title when it is short, is not a
// sentence, and more text follows.
func guessTitle(text string) string {
	for _, line := range strings.SplitN(text, "\n", 6) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		letters := 0
		for _, r := range line {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 8 || isDateline(line) { // not a title
			continue
		}
		n := utf8.RuneCountInString(line)
		if n > 160 || strings.HasSuffix(line, ".") || len(text) < 2*len(line) {
			return ""
		}
		return line
	}
	return ""
}

// isDateline reports a short line that carries a year: "Tuesday, 02 January
// 2024 12:17 GMT", "ROMA, 12 gennaio 2024 –".
func isDateline(line string) bool {
	words := strings.Fields(line)
	if len(words) > 7 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.–—-•|")
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// FromHTML makes a Document from an HTML page with Kronika's main-text
// extractor.
func FromHTML(page []byte, pageURL string) (corpus.Document, error) {
	base := pageURL
	if !IsURL(base) {
		base = ""
	}
	a, err := htmltext.Extract(bytes.NewReader(page), base, htmltext.Options{})
	if err != nil {
		return corpus.Document{}, err
	}
	if strings.TrimSpace(a.Text) == "" {
		return corpus.Document{}, errors.New("no article text found in the page")
	}
	d := corpus.Document{Title: a.Title, Text: a.Text, HTML: string(page), Published: a.Published,
		Author: a.Author, Site: a.Site, LangHint: a.Lang}
	if a.Canonical != "" && IsURL(a.Canonical) {
		d.URL = a.Canonical
	}
	return d, nil
}

func (l *Loader) jsonl(ctx context.Context, r io.Reader, name string, yield func(Item) bool) bool {
	jr := corpus.NewReader(r, name)
	for ctx.Err() == nil {
		doc, err := jr.Next()
		if errors.Is(err, io.EOF) {
			return true
		}
		src := fmt.Sprintf("%s:%d", name, jr.Line())
		if err != nil {
			var le *corpus.LineError
			if !errors.As(err, &le) {
				return yield(Item{Source: name, Err: err}) && false
			}
			if !yield(Item{Source: src, Err: err}) {
				return false
			}
			continue
		}
		if strings.TrimSpace(doc.Text) == "" && doc.HTML != "" {
			hd, herr := FromHTML([]byte(doc.HTML), doc.URL)
			if herr != nil {
				if !yield(Item{Source: src, Doc: doc, Err: fmt.Errorf("%s: html: %w", src, herr)}) {
					return false
				}
				continue
			}
			doc.Text = hd.Text
			if doc.Title == "" {
				doc.Title = hd.Title
			}
			if doc.Published == "" {
				doc.Published = hd.Published
			}
			doc.Author, doc.Site, doc.LangHint = hd.Author, hd.Site, hd.LangHint
		} else {
			doc.Text, doc.Tail = plaintext.Split(doc.Text)
		}
		if !yield(Item{Doc: doc, Source: src}) {
			return false
		}
	}
	return false
}
