package corpus

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/golang/snappy"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Store is the durable corpus: every ingested document's raw input, fetch
// metadata and extract record, the duplicate links between them, and the
// queue of changes the index has not applied yet. It is the source of truth;
// the index is derived from it and can be rebuilt from it.
//
// One process opens a Store at a time (bbolt holds a file lock).
type Store struct {
	db *bolt.DB

	mu   sync.Mutex // serializes Put, which reads and writes near
	near *nearIndex // SimHashes of the stored documents, for near-duplicate lookup
}

var (
	bucketDocs     = []byte("docs")     // id → snappy(JSON Entry)
	bucketRaw      = []byte("raw")      // id → snappy(JSON rawDoc)
	bucketHashes   = []byte("hashes")   // content hash → id of the first holder
	bucketSims     = []byte("sims")     // id → simhash(8) words(4) [hash(16) sketch(4·n)]
	bucketURLs     = []byte("urls")     // canonical URL → id
	bucketDups     = []byte("dups")     // id → id it duplicates
	bucketPending  = []byte("pending")  // id → "put" | "del": index work not yet done
	bucketFailures = []byte("failures") // source → JSON Failure
	bucketMeta     = []byte("meta")     // small values: last run, schema
)

// ErrNotFound is returned for an id the store does not hold.
var ErrNotFound = errors.New("not found")

// ErrLocked is returned when another process holds the store.
var ErrLocked = errors.New("store is in use by another process")

// Entry is one stored document.
type Entry struct {
	ID          string    `json:"id"`
	Source      string    `json:"source"`
	Canonical   string    `json:"canonical,omitempty"`
	Hash        string    `json:"hash"`
	SimHash     uint64    `json:"simhash"`
	Words       int       `json:"words"`
	Fetch       *Fetch    `json:"fetch,omitempty"`
	Record      Record    `json:"record"`
	DuplicateOf string    `json:"duplicate_of,omitempty"`
	FirstSeen   time.Time `json:"first_seen"`
	Updated     time.Time `json:"updated"`
}

// rawDoc is a Document with the metadata its JSON form leaves out.
//
// When the record's text is the input text, as it is for most plain-text
// articles, the text is kept once, in the entry: TextInEntry says so, and
// Raw fills it back. Stored twice, it was a third of the store's bytes and
// of its compression work.
type rawDoc struct {
	Document
	Author      string `json:"author,omitempty"`
	Site        string `json:"site,omitempty"`
	LangHint    string `json:"lang_hint,omitempty"`
	Tail        string `json:"tail,omitempty"`
	TextInEntry bool   `json:"text_in_entry,omitempty"`
}

// Outcome says what Put did with one document.
type Outcome int

// Put outcomes.
const (
	New       Outcome = iota + 1 // first time this id is stored
	Updated                      // the id was stored with other content
	Unchanged                    // the id was stored with this content
	Duplicate                    // stored, but the same story as DuplicateOf
)

func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	case Duplicate:
		return "duplicate"
	}
	return "unknown"
}

// Item is what Put stores: the input document and its record.
type Item struct {
	Doc    Document
	Record Record
	// Fingerprint, if set, is FingerprintOf(Record.Text), computed by the
	// caller — in parallel, off the store's single writer. Put computes it
	// when it is nil.
	Fingerprint *Fingerprint
}

// Result is Put's answer for one Item.
type Result struct {
	ID          string
	Outcome     Outcome
	DuplicateOf string
}

// OpenStore opens (creating if needed) the store at path.
func OpenStore(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &Store{db: db}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketDocs, bucketRaw, bucketHashes, bucketSims, bucketURLs, bucketDups, bucketPending, bucketFailures, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = s.loadNear()
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// loadNear builds the near-duplicate index from the sims bucket.
func (s *Store) loadNear() error {
	near := newNearIndex()
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSims).ForEach(func(k, v []byte) error {
			if h, words, ok := simHead(v); ok && words >= minNearWords {
				sk, _ := simSketch(v)
				near.add(string(k), h, sk)
			}
			return nil
		})
	})
	s.near = near
	return err
}

// The sims value: SimHash(8) words(4), then — since sketches — the
// content hash(16) and the sketch (4 bytes per hash).
const (
	simsV1     = 12
	simsHeader = 28
)

func simHead(v []byte) (hash uint64, words int, ok bool) {
	if len(v) < simsV1 {
		return 0, 0, false
	}
	return binary.BigEndian.Uint64(v), int(binary.BigEndian.Uint32(v[8:])), true
}

// simSketch returns the sketch of a sims value, or false for a value
// written before sketches.
func simSketch(v []byte) (Sketch, bool) {
	if len(v) < simsHeader || (len(v)-simsHeader)%4 != 0 {
		return nil, false
	}
	sk := make(Sketch, (len(v)-simsHeader)/4)
	for i := range sk {
		sk[i] = binary.LittleEndian.Uint32(v[simsHeader+4*i:])
	}
	return sk, true
}

func simValue(fp *Fingerprint) []byte {
	v := make([]byte, simsHeader+4*len(fp.Sketch))
	binary.BigEndian.PutUint64(v, fp.SimHash)
	binary.BigEndian.PutUint32(v[8:], uint32(fp.Words))
	copy(v[12:], fp.sum[:])
	for i, h := range fp.Sketch {
		binary.LittleEndian.PutUint32(v[simsHeader+4*i:], h)
	}
	return v
}

// Close releases the store.
func (s *Store) Close() error { return s.db.Close() }

func decode(b []byte, v any) error {
	raw, err := decompress(b)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, v)
}

// decompress gives back a stored value's JSON.
func decompress(b []byte) ([]byte, error) {
	raw, err := snappy.Decode(nil, b)
	if err != nil {
		return nil, fmt.Errorf("corrupt store value: %w", err)
	}
	return raw, nil
}

// Put stores a batch of analysed documents in one durable transaction and
// queues the index changes they need. A document whose id is stored with the
// same content is left alone; one whose content is the same story as another
// stored document is kept, linked with DuplicateOf, and not queued for
// indexing.
func (s *Store) Put(items []Item, now time.Time) ([]Result, error) {
	results := make([]Result, len(items))
	s.mu.Lock()
	defer s.mu.Unlock()
	var fpr fingerprinter
	err := s.db.Update(func(tx *bolt.Tx) error {
		releaseMapped(tx)
		docs, raws := tx.Bucket(bucketDocs), tx.Bucket(bucketRaw)
		hashes, sims, urls := tx.Bucket(bucketHashes), tx.Bucket(bucketSims), tx.Bucket(bucketURLs)
		dups, pending := tx.Bucket(bucketDups), tx.Bucket(bucketPending)
		var scratch []byte
		for i, it := range items {
			id := it.Record.ID
			key := []byte(id)
			fp := it.Fingerprint
			if fp == nil {
				f := fpr.fingerprint(it.Record.Text)
				fp = &f
			}
			// Same content as stored, known from the sims value alone.
			if sv := sims.Get(key); len(sv) >= simsHeader && [16]byte(sv[12:28]) == fp.sum && it.Doc.Fetch == nil {
				results[i] = Result{ID: id, Outcome: Unchanged, DuplicateOf: string(dups.Get(key))}
				continue
			}
			e := Entry{ID: id, Source: it.Doc.Source, Hash: fp.Hash, SimHash: fp.SimHash, Words: fp.Words,
				Fetch: it.Doc.Fetch, Record: it.Record, FirstSeen: now, Updated: now}
			if it.Doc.URL != "" {
				e.Canonical = CanonicalURL(it.Doc.URL)
			}
			res := Result{ID: id, Outcome: New}
			if v := docs.Get(key); v != nil {
				var old Entry
				if err := decode(v, &old); err != nil {
					return fmt.Errorf("document %s: %w", id, err)
				}
				if old.Hash == e.Hash {
					// Same content: refresh fetch metadata only.
					if e.Fetch != nil {
						old.Fetch = e.Fetch
						old.Updated = now
						if err := putJSON(docs, id, &old, &scratch); err != nil {
							return err
						}
					}
					results[i] = Result{ID: id, Outcome: Unchanged, DuplicateOf: old.DuplicateOf}
					continue
				}
				res.Outcome = Updated
				e.FirstSeen = old.FirstSeen
				s.near.remove(id)
			}
			// Exact, then near duplicate of another stored document.
			if h := hashes.Get([]byte(e.Hash)); h != nil && string(h) != id {
				e.DuplicateOf = root(dups, string(h))
			} else if orig, err := s.nearest(tx, fp, it.Record.Text, id); err != nil {
				return err
			} else if orig != "" {
				e.DuplicateOf = root(dups, orig)
			}
			e.Record.DuplicateOf = e.DuplicateOf
			if err := putJSON(docs, id, &e, &scratch); err != nil {
				return err
			}
			raw := rawDoc{Document: it.Doc, Author: it.Doc.Author, Site: it.Doc.Site, LangHint: it.Doc.LangHint, Tail: it.Doc.Tail}
			if raw.Text != "" && raw.Text == e.Record.Text {
				raw.Text, raw.TextInEntry = "", true
			}
			if err := putJSON(raws, id, &raw, &scratch); err != nil {
				return err
			}
			if hashes.Get([]byte(e.Hash)) == nil {
				if err := hashes.Put([]byte(e.Hash), key); err != nil {
					return err
				}
			}
			if err := sims.Put(key, simValue(fp)); err != nil {
				return err
			}
			if fp.Words >= minNearWords {
				s.near.add(id, fp.SimHash, fp.Sketch)
			}
			if e.Canonical != "" {
				if err := urls.Put([]byte(e.Canonical), key); err != nil {
					return err
				}
			}
			op := "put"
			if e.DuplicateOf != "" {
				res.Outcome, res.DuplicateOf = Duplicate, e.DuplicateOf
				if err := dups.Put(key, []byte(e.DuplicateOf)); err != nil {
					return err
				}
				op = "del" // it may have been indexed before it became a duplicate
			} else if err := dups.Delete(key); err != nil {
				return err
			}
			if err := pending.Put(key, []byte(op)); err != nil {
				return err
			}
			results[i] = res
		}
		// What the batch read (old versions, candidates' texts) is read;
		// the commit writes by pwrite, not through the map.
		releaseMapped(tx)
		return nil
	})
	if err != nil {
		// The near index took this batch's documents; the store did not.
		if lerr := s.loadNear(); lerr != nil {
			return nil, fmt.Errorf("store batch: %w (and reloading the near-duplicate index: %v)", err, lerr)
		}
		return nil, fmt.Errorf("store batch: %w", err)
	}
	return results, nil
}

// putJSON encodes v into *scratch, which the calls of one transaction
// share: the JSON is only an intermediate (bbolt keeps the compressed copy),
// and growing a fresh buffer to each article's size was a twentieth of an
// ingest's allocations.
func putJSON(b *bolt.Bucket, id string, v any, scratch *[]byte) error {
	js := (*scratch)[:0]
	var err error
	switch v := v.(type) {
	case *Entry:
		js, err = appendEntry(js, v)
	case *rawDoc:
		js = appendRawDoc(js, v)
	default:
		js, err = json.Marshal(v)
	}
	if err != nil {
		return fmt.Errorf("encode %s: %w", id, err)
	}
	*scratch = js
	return b.Put([]byte(id), snappy.Encode(nil, js))
}

// root follows duplicate links to the original.
func root(dups *bolt.Bucket, id string) string {
	for range 16 {
		next := dups.Get([]byte(id))
		if next == nil {
			return id
		}
		id = string(next)
	}
	return id
}

// nearest finds a stored (or earlier in this batch) document that is the same
// story as text: SimHash candidates, confirmed by their resemblance — as
// estimated from the sketches, or, when the estimate is too close to
// NearResemblance to trust, as measured on the texts.
func (s *Store) nearest(tx *bolt.Tx, fp *Fingerprint, text, self string) (string, error) {
	if fp.Words < minNearWords {
		return "", nil
	}
	best, bestSim := "", NearResemblance
	var f fingerprinter
	var mine, theirs []uint64 // shingle sets, for exact measures
	for _, slot := range s.near.candidates(nil, fp.SimHash, self) {
		id := s.near.id(slot)
		sk, ok := s.near.sketch(slot)
		if !ok {
			var err error
			if sk, err = s.sketchOf(tx, id); err != nil {
				return "", err
			}
			s.near.setSketch(slot, sk)
		}
		r := fp.Sketch.Resemblance(sk)
		if math.Abs(r-NearResemblance) < sketchDoubt {
			other, err := s.textOf(tx, id)
			if err != nil {
				return "", err
			}
			if mine == nil {
				mine = f.shingleSet(text, nil)
			}
			theirs = f.shingleSet(other, theirs)
			r = jaccard(mine, theirs)
		}
		if r >= bestSim {
			best, bestSim = id, r
		}
	}
	return best, nil
}

// sketchDoubt is how far from NearResemblance a sketch's estimate must be
// to decide alone: four standard errors at the threshold,
// 4·sqrt(0.5·0.5/SketchSize).
const sketchDoubt = 0.25

// textOf is the stored text of id, "" when id is not stored.
func (s *Store) textOf(tx *bolt.Tx, id string) (string, error) {
	v := tx.Bucket(bucketDocs).Get([]byte(id))
	if v == nil {
		return "", nil
	}
	raw, err := decompress(v)
	if err != nil {
		return "", fmt.Errorf("document %s: %w", id, err)
	}
	if text, ok := entryTextFast(raw); ok {
		return text, nil
	}
	var e Entry
	if err := json.Unmarshal(raw, &e); err != nil {
		return "", fmt.Errorf("document %s: %w", id, err)
	}
	return e.Record.Text, nil
}

// sketchOf computes the sketch of a document stored before sketches from
// its text, and upgrades its sims value.
func (s *Store) sketchOf(tx *bolt.Tx, id string) (Sketch, error) {
	v := tx.Bucket(bucketDocs).Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	var e Entry
	if err := decode(v, &e); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	fp := FingerprintOf(e.Record.Text)
	if err := tx.Bucket(bucketSims).Put([]byte(id), simValue(&fp)); err != nil {
		return nil, err
	}
	return fp.Sketch, nil
}

// Get returns the stored entry for id.
func (s *Store) Get(id string) (*Entry, error) {
	var e Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDocs).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("document %q: %w", id, ErrNotFound)
		}
		return decode(v, &e)
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// Raw returns the input document stored for id.
func (s *Store) Raw(id string) (*Document, error) {
	var r rawDoc
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRaw).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("document %q: %w", id, ErrNotFound)
		}
		if err := decode(v, &r); err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
		if r.TextInEntry {
			text, err := s.textOf(tx, id)
			if err != nil {
				return err
			}
			r.Text = text
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	d := r.Document
	d.Author, d.Site, d.LangHint, d.Tail = r.Author, r.Site, r.LangHint, r.Tail
	return &d, nil
}

// IDForURL returns the id stored for a URL (any form of it), if any.
func (s *Store) IDForURL(raw string) (string, bool) {
	var id string
	_ = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketURLs).Get([]byte(CanonicalURL(raw))); v != nil {
			id = string(v)
		}
		return nil
	})
	return id, id != ""
}

// Each calls fn for every stored entry, in id order, until fn returns an error.
func (s *Store) Each(fn func(*Entry) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDocs).ForEach(func(k, v []byte) error {
			var e Entry
			if err := decode(v, &e); err != nil {
				return fmt.Errorf("document %s: %w", k, err)
			}
			return fn(&e)
		})
	})
}

// Pending returns up to limit index changes not yet applied: ids to put
// (with their records) and ids to delete.
func (s *Store) Pending(limit int) (puts []Record, dels []string, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		docs := tx.Bucket(bucketDocs)
		c := tx.Bucket(bucketPending).Cursor()
		for k, v := c.First(); k != nil && len(puts)+len(dels) < limit; k, v = c.Next() {
			if string(v) == "del" {
				dels = append(dels, string(k))
				continue
			}
			dv := docs.Get(k)
			if dv == nil {
				dels = append(dels, string(k))
				continue
			}
			var e Entry
			if err := decode(dv, &e); err != nil {
				return fmt.Errorf("document %s: %w", k, err)
			}
			puts = append(puts, e.Record)
		}
		return nil
	})
	return puts, dels, err
}

// MarkIndexed removes applied changes from the pending queue.
func (s *Store) MarkIndexed(ids []string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		defer releaseMapped(tx) // the pages Pending and Get read since
		p := tx.Bucket(bucketPending)
		for _, id := range ids {
			if err := p.Delete([]byte(id)); err != nil {
				return err
			}
		}
		return nil
	})
}

// RequeueAll queues every non-duplicate document for indexing, for a
// rebuild, and returns the ids of all stored documents, duplicates too. It
// goes through the store in transactions of requeueChunk documents, so that
// the pages it reads leave the resident set as it goes (one transaction
// held most of a large store's file in memory at once); a rebuild that
// stops half-way is simply run again.
func (s *Store) RequeueAll() ([]string, error) { return s.requeueAll(requeueChunk) }

func (s *Store) requeueAll(chunk int) ([]string, error) {
	var ids []string
	for {
		n := 0
		err := s.db.Update(func(tx *bolt.Tx) error {
			defer releaseMapped(tx)
			p, dups := tx.Bucket(bucketPending), tx.Bucket(bucketDups)
			c := tx.Bucket(bucketDocs).Cursor()
			k, _ := c.First()
			if len(ids) > 0 { // go on after the last id listed
				last := ids[len(ids)-1]
				if k, _ = c.Seek([]byte(last)); k != nil && string(k) == last {
					k, _ = c.Next()
				}
			}
			for ; k != nil && n < chunk; k, _ = c.Next() {
				ids = append(ids, string(k))
				n++
				if dups.Get(k) != nil {
					continue
				}
				if err := p.Put(k, []byte("put")); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return ids, err
		}
		if n < chunk {
			return ids, nil
		}
	}
}

// requeueChunk is how many documents one RequeueAll transaction visits.
const requeueChunk = 5000

// Counts are the store's document totals.
type Counts struct {
	Documents  int `json:"documents"`
	Duplicates int `json:"duplicates"`
	Pending    int `json:"pending"`
	Failures   int `json:"failures"`
}

// Counts reports totals without reading documents.
func (s *Store) Counts() (Counts, error) {
	var c Counts
	err := s.db.View(func(tx *bolt.Tx) error {
		c.Documents = tx.Bucket(bucketDocs).Stats().KeyN
		c.Duplicates = tx.Bucket(bucketDups).Stats().KeyN
		c.Pending = tx.Bucket(bucketPending).Stats().KeyN
		c.Failures = tx.Bucket(bucketFailures).Stats().KeyN
		return nil
	})
	return c, err
}

// Replace stores new records for documents already stored (after an
// extractor upgrade), keeping their raw input, fingerprints and duplicate
// links: each record's DuplicateOf is set to its stored link.
func (s *Store) Replace(recs []Record) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		defer releaseMapped(tx)
		docs := tx.Bucket(bucketDocs)
		var scratch []byte
		for i := range recs {
			r := &recs[i]
			v := docs.Get([]byte(r.ID))
			if v == nil {
				return fmt.Errorf("document %q: %w", r.ID, ErrNotFound)
			}
			var e Entry
			if err := decode(v, &e); err != nil {
				return fmt.Errorf("document %s: %w", r.ID, err)
			}
			r.DuplicateOf = e.DuplicateOf
			if r.Text != e.Record.Text {
				if err := keepRawText(tx, r.ID, e.Record.Text, &scratch); err != nil {
					return err
				}
			}
			e.Record = *r
			if err := putJSON(docs, r.ID, &e, &scratch); err != nil {
				return err
			}
		}
		return nil
	})
}

// keepRawText writes the input text back into id's raw value when the raw
// value lent it to the entry, whose text is about to change.
func keepRawText(tx *bolt.Tx, id, text string, scratch *[]byte) error {
	raws := tx.Bucket(bucketRaw)
	v := raws.Get([]byte(id))
	if v == nil {
		return nil
	}
	var raw rawDoc
	if err := decode(v, &raw); err != nil {
		return fmt.Errorf("document %s: %w", id, err)
	}
	if !raw.TextInEntry {
		return nil
	}
	raw.Text, raw.TextInEntry = text, false
	return putJSON(raws, id, &raw, scratch)
}

// Validators returns the ETag and Last-Modified stored for a URL, for a
// conditional GET.
func (s *Store) Validators(raw string) (etag, lastModified string, ok bool) {
	id, found := s.IDForURL(raw)
	if !found {
		return "", "", false
	}
	e, err := s.Get(id)
	if err != nil || e.Fetch == nil {
		return "", "", false
	}
	return e.Fetch.ETag, e.Fetch.LastModified, e.Fetch.ETag != "" || e.Fetch.LastModified != ""
}
