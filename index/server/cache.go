package server

import (
	"container/list"
	"context"
	"errors"
	"sync"
	"time"
)

// cachedBody is an encoded JSON answer kept for reuse. The took_ms value,
// when there is one, is at body[tookAt:tookEnd] so that a hit can report
// its own time instead of the original search's.
type cachedBody struct {
	body            []byte
	tookAt, tookEnd int // tookAt < 0: no took_ms
}

// size is what the entry counts against the cache's byte bound.
func (c *cachedBody) size(key string) int64 {
	const overhead = 160 // list element, map entry, struct headers
	return int64(len(c.body) + len(key) + overhead)
}

// responseCache is an LRU of encoded answers bounded in entries and bytes.
// Every entry belongs to a generation; invalidate starts a new one and
// drops everything, and an answer computed under an older generation is
// never stored, so a search racing an ingest cannot bring back stale data.
// Entries also go stale after ttl, as a backstop for writers the server
// does not know about.
type responseCache struct {
	mu         sync.Mutex
	maxEntries int
	maxBytes   int64
	ttl        time.Duration
	now        func() time.Time

	gen   uint64
	bytes int64
	ll    *list.List // of *cacheEntry, most recently used first
	items map[string]*list.Element
}

type cacheEntry struct {
	key    string
	val    *cachedBody
	stored time.Time
	size   int64
	// refreshing is set once a reader has been told to refresh the entry.
	refreshing bool
}

func newResponseCache(maxEntries int, maxBytes int64, ttl time.Duration) *responseCache {
	return &responseCache{maxEntries: maxEntries, maxBytes: maxBytes, ttl: ttl, now: time.Now,
		ll: list.New(), items: map[string]*list.Element{}}
}

// generation is the current generation, to be passed to put with the
// answer computed after reading it.
func (c *responseCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// freshness is what get found.
type freshness int

const (
	missing      freshness = iota
	fresh                  // younger than ttl
	stale                  // older than ttl, already being refreshed
	staleRefresh           // older than ttl; the caller should refresh it
)

// get looks key up. An entry older than ttl is still returned, marked
// stale, so that readers keep being served while one of them (the first,
// told by staleRefresh) computes a new one; an entry older than twice ttl
// is dropped.
func (c *responseCache) get(key string) (*cachedBody, freshness) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return nil, missing
	}
	e := el.Value.(*cacheEntry)
	state := fresh
	if age := c.now().Sub(e.stored); age >= 2*c.ttl {
		c.remove(el)
		return nil, missing
	} else if age >= c.ttl {
		state = stale
		if !e.refreshing {
			e.refreshing = true
			state = staleRefresh
		}
	}
	c.ll.MoveToFront(el)
	return e.val, state
}

// put stores val under key if gen is still the current generation and the
// entry fits, evicting the least recently used entries to make room.
func (c *responseCache) put(key string, gen uint64, val *cachedBody) {
	size := val.size(key)
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || size > c.maxBytes || c.maxEntries <= 0 {
		return
	}
	if el, ok := c.items[key]; ok {
		c.remove(el)
	}
	c.items[key] = c.ll.PushFront(&cacheEntry{key: key, val: val, stored: c.now(), size: size})
	c.bytes += size
	for c.ll.Len() > c.maxEntries || c.bytes > c.maxBytes {
		c.remove(c.ll.Back())
	}
}

func (c *responseCache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	c.ll.Remove(el)
	delete(c.items, e.key)
	c.bytes -= e.size
}

// invalidate drops every entry and starts a new generation.
func (c *responseCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.ll.Init()
	clear(c.items)
	c.bytes = 0
}

// stats reports the entries and bytes held.
func (c *responseCache) stats() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len(), c.bytes
}

// errFlightPanicked is what the followers of a computation that panicked
// receive; the leader's panic goes on to the recovery middleware.
var errFlightPanicked = errors.New("server: shared computation panicked")

// flightGroup runs one computation per key at a time: callers asking for a
// key that is already being computed wait for that result instead of
// computing it again (a hand-made singleflight; golang.org/x/sync is not a
// dependency).
type flightGroup struct {
	mu    sync.Mutex
	calls map[string]*flight
}

type flight struct {
	done chan struct{}
	val  *cachedBody
	err  error
}

// do returns fn's result for key, running fn in the calling goroutine
// unless a call for key is in progress, in which case it waits for that
// one (or for ctx). shared reports whether the result came from another
// caller's run.
func (g *flightGroup) do(ctx context.Context, key string, fn func() (*cachedBody, error)) (val *cachedBody, shared bool, err error) {
	g.mu.Lock()
	if g.calls == nil {
		g.calls = map[string]*flight{}
	}
	if f, ok := g.calls[key]; ok {
		g.mu.Unlock()
		select {
		case <-f.done:
			return f.val, true, f.err
		case <-ctx.Done():
			return nil, true, ctx.Err()
		}
	}
	f := &flight{done: make(chan struct{}), err: errFlightPanicked}
	g.calls[key] = f
	g.mu.Unlock()

	defer func() {
		g.mu.Lock()
		delete(g.calls, key)
		g.mu.Unlock()
		close(f.done)
	}()
	f.val, f.err = fn()
	return f.val, false, f.err
}
