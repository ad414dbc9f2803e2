package corpus

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Failure is a source or document that could not be ingested; it is retried
// on later runs, with backoff.
type Failure struct {
	Source   string    `json:"source"`
	Reason   string    `json:"reason"`
	Attempts int       `json:"attempts"`
	First    time.Time `json:"first"`
	Last     time.Time `json:"last"`
	Next     time.Time `json:"next"` // not retried before this time
}

// Backoff is the wait before retry n (1-based): 30 minutes, doubling, at
// most a day — so an hourly cron job retries a failure on its next run,
// then less and less often.
func Backoff(n int) time.Duration {
	d := 30 * time.Minute
	for i := 1; i < n && d < 24*time.Hour; i++ {
		d *= 2
	}
	return min(d, 24*time.Hour)
}

// RecordFailure notes that source failed for reason at now.
func (s *Store) RecordFailure(source, reason string, now time.Time) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFailures)
		f := Failure{Source: source, First: now}
		if v := b.Get([]byte(source)); v != nil {
			_ = json.Unmarshal(v, &f)
		}
		f.Reason, f.Last = reason, now
		f.Attempts++
		f.Next = now.Add(Backoff(f.Attempts))
		v, err := json.Marshal(f)
		if err != nil {
			return err
		}
		return b.Put([]byte(source), v)
	})
}

// ClearFailure forgets a failure once its source succeeds.
func (s *Store) ClearFailure(source string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFailures).Delete([]byte(source))
	})
}

// FailureOf returns the recorded failure of source, if any.
func (s *Store) FailureOf(source string) (*Failure, bool) {
	var f *Failure
	_ = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketFailures).Get([]byte(source)); v != nil {
			f = new(Failure)
			if json.Unmarshal(v, f) != nil {
				f = nil
			}
		}
		return nil
	})
	return f, f != nil
}

// Failures lists every recorded failure.
func (s *Store) Failures() ([]Failure, error) {
	var out []Failure
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFailures).ForEach(func(k, v []byte) error {
			var f Failure
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("failure %s: %w", k, err)
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// SetMeta stores a small JSON value under key (the last run's summary, …).
func (s *Store) SetMeta(key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("meta %s: %w", key, err)
	}
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte(key), b) })
}

// Meta reads a value stored with SetMeta into v; false when absent.
func (s *Store) Meta(key string, v any) (bool, error) {
	var found bool
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMeta).Get([]byte(key))
		if b == nil {
			return nil
		}
		found = true
		return json.Unmarshal(b, v)
	})
	return found, err
}
