package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	"kronika/corpus"
	"kronika/corpus/gen"
	"kronika/index"
	"kronika/ingest"
	"kronika/pipeline"
)

// resolver adapts the kit's lookups to the index, as the CLI does.
type resolver struct{ b *bench }

func (r resolver) Nations(term string) []string   { return r.b.kit.NationCodes(term) }
func (r resolver) Ministers(term string) []string { return r.b.kit.MinisterNames(term) }

// ingest runs the batch pipeline over the JSONL file and over the .txt
// directory, each into a fresh store and index, and the bare libraries over
// the same inputs. The JSONL indexes stay open for the search stage.
func (b *bench) ingest(ctx context.Context) error {
	jsonl := filepath.Join(b.opts.Dir, "corpus.jsonl")
	f, err := os.Create(jsonl)
	if err != nil {
		return err
	}
	if err := gen.WriteJSONL(f, b.opts.N, b.opts.Seed); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	txtDir := filepath.Join(b.opts.Dir, "txt")
	if !b.indexOnly {
		if err := gen.WriteTextDir(txtDir, b.opts.N, b.opts.Seed); err != nil {
			return err
		}
	}
	size := b.rep.CorpusBytes

	forms := []struct {
		name, title, src string
		read             func(func(bareDoc) bool) error
	}{
		{"jsonl", "batch ingest, JSONL → store + index", jsonl, func(y func(bareDoc) bool) error { return readJSONL(jsonl, y) }},
		{"txt", "batch ingest, .txt files → store + index", txtDir, func(y func(bareDoc) bool) error { return readTextDir(txtDir, y) }},
	}
	rounds := b.opts.Rounds
	if b.indexOnly {
		forms, rounds = forms[:1], 1
	}
	for _, f := range forms {
		var ours, bare *Measure
		for k := range rounds {
			last := k == rounds-1
			o, err := b.pipeline(ctx, f.name, f.src, size, !last)
			if err != nil {
				return err
			}
			x, err := b.bareIngest(ctx, f.name, size, f.read, !last)
			if err != nil {
				return err
			}
			if ours == nil || o.Seconds < ours.Seconds {
				ours = o
			}
			if bare == nil || x.Seconds < bare.Seconds {
				bare = x
			}
		}
		if rounds > 1 {
			ours.Note += fmt.Sprintf("; fastest of %d rounds", rounds)
			bare.Note = fmt.Sprintf("fastest of %d rounds", rounds)
		}
		b.rep.add(Row{Stage: StageIngest, Name: f.title, Ours: *ours, Bare: bare})
	}

	// Reopen the JSONL indexes for the search stage: it measures a process
	// searching a built index, not the writer's caches.
	if b.ix, err = index.Open(filepath.Join(b.opts.Dir, "ours-jsonl", "index.bleve"), index.Options{Resolver: resolver{b}}); err != nil {
		return err
	}
	if b.bare, err = bleve.Open(filepath.Join(b.opts.Dir, "bare-jsonl.bleve")); err != nil {
		return err
	}
	return nil
}

// pipeline runs Kronika's batch ingest of source into a fresh store and
// index under Dir/ours-<name>, closing both before the clock stops; remove
// deletes them afterwards.
func (b *bench) pipeline(ctx context.Context, name, source string, size int64, remove bool) (*Measure, error) {
	dir := filepath.Join(b.opts.Dir, "ours-"+name)
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	if remove {
		defer os.RemoveAll(dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	m := b.start("pipeline.Run (ingest → extract → store → index)", "docs", 0)
	t0 := time.Now()
	st, err := corpus.OpenStore(filepath.Join(dir, "store.db"))
	if err != nil {
		return nil, err
	}
	// As `kronika ingest` opens it.
	ix, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{Resolver: resolver{b}, ReleasePages: true})
	if err != nil {
		st.Close()
		return nil, err
	}
	items := ingest.NewLoader(ingest.Options{Logger: b.log}).Load(ctx, []string{source})
	sum, err := pipeline.Run(ctx, pipeline.Options{Analyzer: b.an, Store: st, Index: ix, Logger: b.log}, items)
	cerr := ix.Close()
	if serr := st.Close(); cerr == nil {
		cerr = serr
	}
	elapsed := time.Since(t0)
	if err != nil {
		return nil, err
	}
	if cerr != nil {
		return nil, cerr
	}
	if sum.Indexed == 0 || sum.Failed > 0 {
		return nil, fmt.Errorf("%w: %s", errCheck, sum)
	}
	b.finish(m, sum.Ingested()+sum.Failed, size, elapsed)
	m.Workers = pipelineWorkers()
	m.Note = fmt.Sprintf("%d indexed, %d duplicates", sum.Indexed, sum.Duplicates)
	return m, nil
}

// bareDoc is what the bare indexer stores: the fields a reader would want
// back, with the detected language and the month for a timeline facet.
type bareDoc struct {
	ID        string `json:"-"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Lang      string `json:"lang"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	Month     string `json:"month,omitempty"`
}

// bareMapping is bleve's default mapping, with the fields faceted on as
// keywords (the default analyzer would drop "it" as a stop word).
func bareMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	for _, f := range []string{"lang", "source", "month"} {
		im.DefaultMapping.AddFieldMappingsAt(f, bleve.NewKeywordFieldMapping())
	}
	return im
}

// bareIngest reads documents, detects each one's language with lingua-go
// on its first 500 characters and indexes them with bleve in batches of
// 256, on one goroutine.
func (b *bench) bareIngest(ctx context.Context, name string, size int64, read func(func(bareDoc) bool) error, remove bool) (*Measure, error) {
	path := filepath.Join(b.opts.Dir, "bare-"+name+".bleve")
	if err := os.RemoveAll(path); err != nil {
		return nil, err
	}
	if remove {
		defer os.RemoveAll(path)
	}
	det := bareDetector()
	det.DetectLanguageOf("warm the models up") // loading models is not ingest
	det.DetectLanguageOf("прогріти моделі")
	det.DetectLanguageOf("scaldare i modelli")
	m := b.start("lingua-go (500 chars) + bleve batches of 256, 1 goroutine", "docs", 1)
	t0 := time.Now()
	ix, err := bleve.New(path, bareMapping())
	if err != nil {
		return nil, err
	}
	batch := ix.NewBatch()
	n := 0
	var ierr error
	flush := func() bool {
		if batch.Size() == 0 {
			return true
		}
		if ierr = ix.Batch(batch); ierr != nil {
			return false
		}
		batch.Reset()
		return true
	}
	rerr := read(func(d bareDoc) bool {
		if ierr = ctx.Err(); ierr != nil {
			return false
		}
		d.Lang = linguaCode(det.DetectLanguageOf(firstRunes(d.Text, 500)))
		if len(d.Published) >= 7 {
			d.Month = d.Published[:7]
		}
		if ierr = batch.Index(d.ID, d); ierr != nil {
			return false
		}
		n++
		if batch.Size() == 256 {
			return flush()
		}
		return true
	})
	if rerr == nil && ierr == nil {
		flush()
	}
	cerr := ix.Close()
	elapsed := time.Since(t0)
	for _, err := range []error{rerr, ierr, cerr} {
		if err != nil {
			return nil, err
		}
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: bare ingest read no documents", errCheck)
	}
	return b.finish(m, n, size, elapsed), nil
}

// readJSONL decodes the JSONL file line by line into the fields the bare
// index keeps.
func readJSONL(path string, yield func(bareDoc) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), corpus.MaxLineBytes)
	for sc.Scan() {
		var d corpus.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !yield(bareDoc{ID: d.ID, Title: d.Title, Text: d.Text, Source: d.Source, Published: d.Published}) {
			return nil
		}
	}
	return sc.Err()
}

// readTextDir reads every .txt file of dir: the first line is the title,
// the rest the text.
func readTextDir(dir string, yield func(bareDoc) bool) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		title, text, _ := strings.Cut(string(data), "\n")
		if !yield(bareDoc{ID: strings.TrimSuffix(n, ".txt"), Title: title, Text: strings.TrimSpace(text)}) {
			return nil
		}
	}
	return nil
}
