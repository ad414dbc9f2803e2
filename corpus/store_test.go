package corpus

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func openTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

const wire = `The defence ministers of the coalition met in Tallinn on Tuesday to agree on the next
purchases of secure radios, servers and software for the armed forces. The lead nations said
that deliveries would start within weeks and that the budget for the year had grown. Officials
from ten member states and seven observers took part, and the next meeting will be held in the
spring. The coalition also set up expert groups on networks, cyber security and training, and
it asked more countries to join before the summer.`

func item(id, text string) Item {
	return Item{Doc: Document{ID: id, Source: id + ".txt", Text: text}, Record: Record{ID: id, Text: text}}
}

func TestStoreOutcomes(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	edited := "Wire report. " + strings.Replace(wire, "on Tuesday", "on Tuesday afternoon", 1) + " Reporting by our correspondent."
	translated := `I ministri della difesa della coalizione si sono riuniti martedì a Tallinn per concordare i
prossimi acquisti di radio sicure, server e software per le forze armate. Le nazioni guida hanno
detto che le consegne inizieranno entro poche settimane e che il bilancio dell'anno è cresciuto.
Hanno partecipato funzionari di dieci stati membri e sette osservatori, e la prossima riunione si
terrà in primavera. La coalizione ha creato gruppi di esperti su reti, sicurezza informatica e formazione.`
	res, err := s.Put([]Item{
		item("a", wire),
		item("b", strings.ToUpper(wire)), // exact duplicate after normalization
		item("c", edited),                // near duplicate
		item("d", translated),            // a translation is not a duplicate
		item("e", "A different story about football and the weather in Rome this weekend, with nothing in common."),
	}, now)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		o   Outcome
		dup string
	}{{New, ""}, {Duplicate, "a"}, {Duplicate, "a"}, {New, ""}, {New, ""}}
	for i, r := range res {
		if r.Outcome != want[i].o || r.DuplicateOf != want[i].dup {
			t.Errorf("%s: got %v dup=%q, want %v dup=%q", r.ID, r.Outcome, r.DuplicateOf, want[i].o, want[i].dup)
		}
	}
	// Again: nothing changes.
	res, err = s.Put([]Item{item("a", wire), item("d", translated)}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Outcome != Unchanged {
			t.Errorf("%s: second put = %v, want unchanged", r.ID, r.Outcome)
		}
	}
	// An edit of its own content updates.
	res, _ = s.Put([]Item{item("e", "A different story about basketball and the weather in Milan this weekend.")}, now)
	if res[0].Outcome != Updated {
		t.Errorf("edited e = %v, want updated", res[0].Outcome)
	}
	c, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents != 5 || c.Duplicates != 2 {
		t.Errorf("counts %+v, want 5 documents, 2 duplicates", c)
	}
	puts, dels, err := s.Pending(100)
	if err != nil {
		t.Fatal(err)
	}
	if len(puts) != 3 || len(dels) != 2 {
		t.Fatalf("pending puts=%d dels=%d, want 3 and 2", len(puts), len(dels))
	}
	ids := []string{}
	for _, r := range puts {
		ids = append(ids, r.ID)
	}
	if err := s.MarkIndexed(append(ids, dels...)); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Counts(); c.Pending != 0 {
		t.Errorf("pending %d after MarkIndexed", c.Pending)
	}
}

func TestStoreReopenKeepsNearIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put([]Item{item("a", wire)}, time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Put([]Item{item("z", wire+" Additional reporting by agencies.")}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != Duplicate || res[0].DuplicateOf != "a" {
		t.Errorf("after reopen: %+v, want duplicate of a", res[0])
	}
}

func TestStoreLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := OpenStore(path); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("second open: %v, want a locked error", err)
	}
}

func TestFailuresBackoff(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for range 3 {
		if err := s.RecordFailure("https://example.org/a", "HTTP 503", now); err != nil {
			t.Fatal(err)
		}
	}
	f, ok := s.FailureOf("https://example.org/a")
	if !ok || f.Attempts != 3 || f.Reason != "HTTP 503" {
		t.Fatalf("failure = %+v", f)
	}
	if got := f.Next.Sub(now); got != 2*time.Hour {
		t.Errorf("third backoff %v, want 2h", got)
	}
	if Backoff(20) != 24*time.Hour {
		t.Errorf("backoff is not capped at a day")
	}
	if err := s.ClearFailure("https://example.org/a"); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.FailureOf("https://example.org/a"); ok {
		t.Error("failure not cleared")
	}
}

func TestRawRoundTrip(t *testing.T) {
	s := openTestStore(t)
	d := Document{ID: "p", URL: "https://example.org/p", HTML: "<p>x</p>", Text: "x", Author: "A", Site: "S", LangHint: "it",
		Tail: "Photo: the minister in Rome", Fetch: &Fetch{URL: "https://example.org/p", ETag: `"v1"`}}
	if _, err := s.Put([]Item{{Doc: d, Record: Record{ID: "p", Text: "x"}}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	raw, err := s.Raw("p")
	if err != nil {
		t.Fatal(err)
	}
	if raw.HTML != d.HTML || raw.Author != "A" || raw.Site != "S" || raw.LangHint != "it" || raw.Tail != d.Tail {
		t.Errorf("raw = %+v", raw)
	}
	if et, _, ok := s.Validators("https://EXAMPLE.org/p/"); !ok || et != `"v1"` {
		t.Errorf("validators = %q %v", et, ok)
	}
	if _, err := s.Get("missing"); err == nil {
		t.Error("Get of a missing id must fail")
	}
}

// The input text is stored once when the record holds the same text; Raw
// must give it back either way, and after an update to other text.
func TestRawTextStoredOnce(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, tc := range []struct {
		id, input, record string
	}{
		{"same", wire, wire},
		{"cleaned", wire + "\nCondividi su Facebook", wire},
		{"html-only", "", "Testo estratto dalla pagina."},
		{"same", "Seconda versione, con altre parole in tutto il testo.", "Seconda versione, con altre parole in tutto il testo."},
		{"same", "Terza versione: il testo grezzo.", "Terza versione, ripulita."},
	} {
		d := Document{ID: tc.id, Text: tc.input}
		if tc.input == "" {
			d.HTML = "<p>Testo estratto dalla pagina.</p>"
		}
		if _, err := s.Put([]Item{{Doc: d, Record: Record{ID: tc.id, Text: tc.record}}}, now); err != nil {
			t.Fatal(err)
		}
		raw, err := s.Raw(tc.id)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		if raw.Text != tc.input || raw.HTML != d.HTML {
			t.Errorf("%d: raw text %q html %q, want %q %q", i, raw.Text, raw.HTML, tc.input, d.HTML)
		}
		e, err := s.Get(tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if e.Record.Text != tc.record {
			t.Errorf("%d: record text %q, want %q", i, e.Record.Text, tc.record)
		}
	}
}

// A new record with other text (a re-extraction that cleans the input
// differently) must not take the input text with it.
func TestReplaceKeepsRawText(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	in := wire + "\nIscriviti alla newsletter"
	if _, err := s.Put([]Item{{Doc: Document{ID: "r", Text: in}, Record: Record{ID: "r", Text: in}}}, now); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{wire, wire + " Aggiornato.", in} {
		if err := s.Replace([]Record{{ID: "r", Text: text}}); err != nil {
			t.Fatal(err)
		}
		raw, err := s.Raw("r")
		if err != nil {
			t.Fatal(err)
		}
		if raw.Text != in {
			t.Fatalf("after a record with text %.20q…: raw text %q", text, raw.Text)
		}
		if e, err := s.Get("r"); err != nil || e.Record.Text != text {
			t.Fatalf("record text %q, %v", e.Record.Text, err)
		}
	}
}

func BenchmarkStorePut(b *testing.B) {
	s, err := OpenStore(filepath.Join(b.TempDir(), "s.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		batch := make([]Item, 100)
		for j := range batch {
			i++
			batch[j] = item(strings.Repeat("x", 3)+string(rune('a'+i%26))+strings.Repeat("y", i%7)+string(rune(i)), wire+strings.Repeat(" extra", i%50)+string(rune(i)))
		}
		if _, err := s.Put(batch, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStoreUnchangedKeepsDuplicateLink(t *testing.T) {
	s := openTestStore(t)
	now := time.Now()
	if _, err := s.Put([]Item{item("a", wire), item("b", wire+" Additional reporting by agencies.")}, now); err != nil {
		t.Fatal(err)
	}
	res, err := s.Put([]Item{item("b", wire+" Additional reporting by agencies."), item("a", wire)}, now)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != Unchanged || res[0].DuplicateOf != "a" || res[1].Outcome != Unchanged || res[1].DuplicateOf != "" {
		t.Errorf("second put = %+v", res)
	}
}

func TestStoreUpdateLeavesOldContentBehind(t *testing.T) {
	s := openTestStore(t)
	now := time.Now()
	other := strings.Repeat("A football report from Milan with goals, saves and a late penalty decided the derby. ", 6)
	if _, err := s.Put([]Item{item("a", wire)}, now); err != nil {
		t.Fatal(err)
	}
	// a is rewritten with other content: its old text matches nothing now.
	if res, _ := s.Put([]Item{item("a", other)}, now); res[0].Outcome != Updated {
		t.Fatalf("rewrite = %+v", res[0])
	}
	res, err := s.Put([]Item{item("c", "Wire report. "+wire), item("d", other+" Reporting by our correspondent.")}, now)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != New || res[1].Outcome != Duplicate || res[1].DuplicateOf != "a" {
		t.Errorf("after rewrite: %+v", res)
	}
}

// A store written before sketches has 12-byte sims values; its documents
// are still found as near duplicates, and their values upgraded.
func TestStoreUpgradesOldSims(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := OpenStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put([]Item{item("a", wire)}, time.Now()); err != nil {
		t.Fatal(err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSims).Get([]byte("a"))
		return tx.Bucket(bucketSims).Put([]byte("a"), append([]byte(nil), v[:simsV1]...))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = OpenStore(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Same content under the old format: known by decoding the document.
	if res, _ := s.Put([]Item{item("a", wire)}, time.Now()); res[0].Outcome != Unchanged {
		t.Errorf("same content = %+v", res[0])
	}
	res, err := s.Put([]Item{item("z", wire+" Additional reporting by agencies.")}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Outcome != Duplicate || res[0].DuplicateOf != "a" {
		t.Errorf("near duplicate of an old document: %+v", res[0])
	}
	_ = s.db.View(func(tx *bolt.Tx) error {
		if _, ok := simSketch(tx.Bucket(bucketSims).Get([]byte("a"))); !ok {
			t.Error("old sims value not upgraded")
		}
		return nil
	})
}

// A fingerprint computed by the caller is the one stored.
func TestStorePutWithFingerprint(t *testing.T) {
	s := openTestStore(t)
	fp := FingerprintOf(wire)
	it := item("a", wire)
	it.Fingerprint = &fp
	if _, err := s.Put([]Item{it}, time.Now()); err != nil {
		t.Fatal(err)
	}
	e, err := s.Get("a")
	if err != nil {
		t.Fatal(err)
	}
	if e.Hash != fp.Hash || e.SimHash != fp.SimHash || e.Words != fp.Words {
		t.Errorf("entry %s %x %d, want %s %x %d", e.Hash, e.SimHash, e.Words, fp.Hash, fp.SimHash, fp.Words)
	}
}

// RequeueAll visits every document once, whatever its transactions' size,
// and queues all but duplicates.
func TestRequeueAll(t *testing.T) {
	s := openTestStore(t)
	now := time.Now()
	items := []Item{item("a", wire), item("b", wire+" Additional reporting by agencies.")}
	for _, id := range []string{"c", "d", "e", "f"} {
		items = append(items, item(id, "Story "+id+" about something else entirely: "+strings.Repeat(id+" is different. ", 5)))
	}
	if _, err := s.Put(items, now); err != nil {
		t.Fatal(err)
	}
	for _, chunk := range []int{1, 2, 5, 6, 100} {
		puts, _, err := s.Pending(100)
		if err != nil {
			t.Fatal(err)
		}
		var done []string
		for _, r := range puts {
			done = append(done, r.ID)
		}
		if err := s.MarkIndexed(done); err != nil {
			t.Fatal(err)
		}
		ids, err := s.requeueAll(chunk)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(ids, ","); got != "a,b,c,d,e,f" {
			t.Errorf("chunk %d: ids %s", chunk, got)
		}
		puts, _, err = s.Pending(100)
		if err != nil {
			t.Fatal(err)
		}
		var queued []string
		for _, r := range puts {
			queued = append(queued, r.ID)
		}
		if got := strings.Join(queued, ","); got != "a,c,d,e,f" {
			t.Errorf("chunk %d: queued %s, want all but the duplicate b", chunk, got)
		}
	}
}
