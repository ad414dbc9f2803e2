package pipeline

import (
	"context"
	"errors"
	"iter"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"kronika/corpus"
	"kronika/extract"
	"kronika/ingest"
)

// memIndex is an Index in memory that can be told to fail.
type memIndex struct {
	mu    sync.Mutex
	docs  map[string]corpus.Record
	puts  int
	fail  bool
	calls int
	delay time.Duration // each Put takes this long, so that batches overlap
}

func (m *memIndex) Put(_ context.Context, recs []corpus.Record) error {
	time.Sleep(m.delay)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls++
	if m.fail {
		return errors.New("disk full")
	}
	for _, r := range recs {
		m.docs[r.ID] = r
		m.puts++
	}
	return nil
}

func (m *memIndex) Delete(_ context.Context, ids []string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail {
		return errors.New("disk full")
	}
	for _, id := range ids {
		delete(m.docs, id)
	}
	return nil
}

func (m *memIndex) ids() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for id := range m.docs {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

const story = `The coalition's lead nations said on Tuesday that the first deliveries of secure radios and
servers had reached the army, and that more countries were expected to join before the summer.
Officials from ten member states and seven observers met in the capital to agree on priorities
for the coming year, including data centres, cyber security and the training of specialists.`

func items(docs ...ingest.Item) iter.Seq[ingest.Item] {
	return func(yield func(ingest.Item) bool) {
		for _, d := range docs {
			if !yield(d) {
				return
			}
		}
	}
}

func doc(id, text string) ingest.Item {
	return ingest.Item{Source: id + ".txt", Doc: corpus.Document{ID: id, Source: id + ".txt", Text: text}}
}

func setup(t *testing.T) (*corpus.Store, *memIndex, Options) {
	t.Helper()
	st, err := corpus.OpenStore(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix := &memIndex{docs: map[string]corpus.Record{}}
	return st, ix, Options{Analyzer: extract.New(extract.Options{}), Store: st, Index: ix, BatchSize: 2, Workers: 2}
}

func TestRunCountsAndIdempotence(t *testing.T) {
	st, ix, opts := setup(t)
	batch := []ingest.Item{
		doc("a", story),
		doc("b", "Reporting by agencies. "+story),
		doc("c", "A different piece about the harvest in the south, the price of wheat, and the weather for farmers this week."),
		{Source: "bad.jsonl:3", Err: errors.New("bad.jsonl:3: not a JSON object")},
		doc("empty", "   "),
	}
	sum, err := Run(context.Background(), opts, items(batch...))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || sum.Duplicates != 1 || sum.Failed != 2 || sum.Indexed != 2 {
		t.Errorf("first run: %+v", sum)
	}
	if len(sum.Failures) != 2 || sum.Failures[0].Source != "bad.jsonl:3" || !strings.Contains(sum.Failures[1].Reason, "empty text") {
		t.Errorf("failures: %+v", sum.Failures)
	}
	if got := strings.Join(ix.ids(), ","); got != "a,c" {
		t.Errorf("indexed %s, want a,c (b duplicates a)", got)
	}
	if f, ok := st.FailureOf("bad.jsonl:3"); !ok || f.Attempts != 1 {
		t.Errorf("failure not recorded: %+v", f)
	}
	// Same batch again: nothing new, nothing re-indexed.
	puts := ix.puts
	sum, err = Run(context.Background(), opts, items(batch...))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Unchanged != 3 || sum.Indexed != 0 || ix.puts != puts {
		t.Errorf("second run: %+v (index puts %d → %d)", sum, puts, ix.puts)
	}
	c, _ := st.Counts()
	if n, _ := ix.Count(); c.Documents-c.Duplicates != n {
		t.Errorf("store %d−%d ≠ index %d", c.Documents, c.Duplicates, n)
	}
}

func (m *memIndex) Count() (int, error) { return len(m.ids()), nil }

func TestIndexFailureIsRepairedByTheNextRun(t *testing.T) {
	st, ix, opts := setup(t)
	ix.fail = true
	_, err := Run(context.Background(), opts, items(doc("a", story), doc("c", "Another story entirely, about trains.")))
	if err == nil {
		t.Fatal("an index failure must stop the run")
	}
	c, _ := st.Counts()
	if c.Documents == 0 || c.Pending == 0 {
		t.Fatalf("documents must be stored and queued before indexing: %+v", c)
	}
	ix.fail = false
	sum, err := Run(context.Background(), opts, items())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Indexed != c.Documents || len(ix.ids()) != c.Documents {
		t.Errorf("recovery indexed %d, index has %d, want %d", sum.Indexed, len(ix.ids()), c.Documents)
	}
	if c, _ := st.Counts(); c.Pending != 0 {
		t.Errorf("pending %d after recovery", c.Pending)
	}
}

func TestSuccessClearsFailure(t *testing.T) {
	st, _, opts := setup(t)
	if _, err := Run(context.Background(), opts, items(ingest.Item{Source: "x.txt", Err: errors.New("x.txt: permission denied")})); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.FailureOf("x.txt"); !ok {
		t.Fatal("failure not recorded")
	}
	if _, err := Run(context.Background(), opts, items(doc("x", story))); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.FailureOf("x.txt"); ok {
		t.Error("a source that succeeds must be cleared from failures")
	}
}

func TestReindex(t *testing.T) {
	st, ix, opts := setup(t)
	if _, err := Run(context.Background(), opts, items(doc("a", story), doc("b", "Reporting by agencies. "+story))); err != nil {
		t.Fatal(err)
	}
	if len(ix.ids()) != 1 {
		t.Fatalf("ingest indexed %v, want the original only", ix.ids())
	}
	for _, batch := range []int{1, 10} {
		fresh := &memIndex{docs: map[string]corpus.Record{}}
		n, err := Reindex(context.Background(), st, fresh, opts.Analyzer, batch, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n != 2 || strings.Join(fresh.ids(), ",") != strings.Join(ix.ids(), ",") {
			t.Errorf("batch %d: reindex n=%d, ids %v, want %v", batch, n, fresh.ids(), ix.ids())
		}
		if puts, dels, err := st.Pending(10); err != nil || len(puts)+len(dels) != 0 {
			t.Errorf("batch %d: %d puts and %d deletes still queued (%v)", batch, len(puts), len(dels), err)
		}
	}
}

func TestCancel(t *testing.T) {
	_, _, opts := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, opts, items(doc("a", story))); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v", err)
	}
}

// Batches are indexed concurrently, but a document stored again in a later
// batch reaches the index after its earlier version, and every batch
// leaves the store's queue.
func TestSameDocumentInConsecutiveBatches(t *testing.T) {
	st, ix, opts := setup(t)
	ix.delay = 5 * time.Millisecond
	opts.BatchSize = 1
	version := func(n int) string {
		return strings.Repeat("Version "+strings.Repeat("I", n)+" of the story about the coalition's radios. ", 2)
	}
	var done []int
	opts.Progress = func(p Progress) { done = append(done, p.Done) }
	sum, err := Run(context.Background(), opts, items(
		doc("a", version(1)), doc("b", story), doc("a", version(2)),
		doc("c", "A story about trains and timetables in the north, and nothing else at all."),
		doc("a", version(3)), doc("d", "A third, unrelated piece: the football results of the weekend, with scores."),
	))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 4 || sum.Updated != 2 || sum.Indexed != 6 {
		t.Errorf("summary %+v", sum)
	}
	ix.mu.Lock()
	got := ix.docs["a"].Text
	ix.mu.Unlock()
	if !strings.HasPrefix(got, "Version III ") {
		t.Errorf("index holds %q, want the last version", got)
	}
	if c, _ := st.Counts(); c.Pending != 0 {
		t.Errorf("pending %d after the run", c.Pending)
	}
	for i := 1; i < len(done); i++ {
		if done[i] < done[i-1] {
			t.Errorf("progress went back: %v", done)
		}
	}
	if len(done) == 0 || done[len(done)-1] != 6 {
		t.Errorf("progress %v, want it to end at 6", done)
	}
}
