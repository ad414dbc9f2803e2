package server

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kronika/index"
)

// countingBackend counts the searches and entity listings that reach the
// fake and, when gate is set, holds each until gate is closed.
type countingBackend struct {
	*fakeBackend
	searches, entities atomic.Int64
	gate               chan struct{}
}

func (b *countingBackend) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	b.searches.Add(1)
	if b.gate != nil {
		select {
		case <-b.gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return b.fakeBackend.Search(ctx, q)
}

func (b *countingBackend) Entities(ctx context.Context, kind string) (any, error) {
	b.entities.Add(1)
	return b.fakeBackend.Entities(ctx, kind)
}

func newCountingFixture(t *testing.T, gated bool, mod func(*Options)) (*fixture, *countingBackend) {
	t.Helper()
	var cb *countingBackend
	f := newFixture(t, func(o *Options) {
		cb = &countingBackend{fakeBackend: o.Backend.(*fakeBackend)}
		if gated {
			cb.gate = make(chan struct{})
		}
		o.Backend = cb
		if mod != nil {
			mod(o)
		}
	})
	return f, cb
}

var tookRE = regexp.MustCompile(`"took_ms":[0-9.eE+-]+`)

func TestCacheHitAfterMiss(t *testing.T) {
	f, cb := newCountingFixture(t, false, nil)
	for _, tc := range []struct {
		name, first, second string // second is the same request written differently
		searches, entities  int64
	}{
		{"search", "/api/search?q=ukraine&lang=en", "/api/search?lang=en&q=ukraine", 1, 0},
		{"match all", "/api/search", "/api/search?", 1, 0},
		{"entities", "/api/entities?type=nation", "/api/entities?type=nation", 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s0, e0 := cb.searches.Load(), cb.entities.Load()
			miss := f.do(t, "GET", tc.first, nil, nil)
			hit := f.do(t, "GET", tc.second, nil, nil)
			if miss.Code != 200 || hit.Code != 200 {
				t.Fatalf("status %d, %d", miss.Code, hit.Code)
			}
			if got := miss.Header().Get("X-Cache"); got != "miss" {
				t.Errorf("first X-Cache %q, want miss", got)
			}
			if got := hit.Header().Get("X-Cache"); got != "hit" {
				t.Errorf("second X-Cache %q, want hit", got)
			}
			if ds, de := cb.searches.Load()-s0, cb.entities.Load()-e0; ds != tc.searches || de != tc.entities {
				t.Errorf("backend ran %d searches and %d listings, want %d and %d", ds, de, tc.searches, tc.entities)
			}
			// Byte-identical apart from the took_ms value.
			a := tookRE.ReplaceAllString(miss.Body.String(), `"took_ms":0`)
			b := tookRE.ReplaceAllString(hit.Body.String(), `"took_ms":0`)
			if a != b {
				t.Errorf("hit differs from miss:\n%s\n%s", a, b)
			}
			if !json.Valid(hit.Body.Bytes()) {
				t.Errorf("hit is not JSON: %s", hit.Body.String())
			}
		})
	}
	// Errors are never cached.
	for range 2 {
		rec := f.do(t, "GET", "/api/search?q="+trapInternal, nil, nil)
		if rec.Code != 500 || rec.Header().Get("X-Cache") != "" {
			t.Fatalf("error answer: status %d, X-Cache %q", rec.Code, rec.Header().Get("X-Cache"))
		}
	}
}

func TestCacheInvalidatedByIngest(t *testing.T) {
	f, cb := newCountingFixture(t, false, nil)
	search := func() (int, string) {
		rec := f.do(t, "GET", "/api/search?q=moldova", nil, nil)
		return int(decode[index.Result](t, rec).Total), rec.Header().Get("X-Cache")
	}
	n1, c1 := search()
	n2, c2 := search()
	if n1 != 0 || n2 != 0 || c1 != "miss" || c2 != "hit" {
		t.Fatalf("before ingest: %d %s, %d %s", n1, c1, n2, c2)
	}
	ents := func() string {
		return f.do(t, "GET", "/api/entities?type=nation", nil, nil).Header().Get("X-Cache")
	}
	ents()
	rec := f.do(t, "POST", "/api/ingest",
		strings.NewReader(`{"id":"md-1","lang":"en","title":"Grid","text":"Moldova joins the grid project."}`),
		map[string]string{"Content-Type": "application/x-ndjson"})
	if rec.Code != 200 {
		t.Fatalf("ingest status %d: %s", rec.Code, rec.Body.String())
	}
	n3, c3 := search()
	if n3 != 1 || c3 != "miss" {
		t.Errorf("after ingest: %d hits (%s), want 1 (miss)", n3, c3)
	}
	if c := ents(); c != "miss" {
		t.Errorf("entities after ingest: X-Cache %s, want miss", c)
	}
	if got := cb.searches.Load(); got != 2 {
		t.Errorf("backend ran %d searches, want 2", got)
	}
}

func TestCacheConcurrentIdenticalRequestsRunOnce(t *testing.T) {
	f, cb := newCountingFixture(t, true, nil)
	const n = 20
	var wg sync.WaitGroup
	bodies := make([]string, n)
	codes := make([]int, n)
	for i := range n {
		wg.Go(func() {
			rec := f.do(t, "GET", "/api/search?q=ukraine", nil, nil)
			codes[i], bodies[i] = rec.Code, tookRE.ReplaceAllString(rec.Body.String(), "")
		})
	}
	// Let the first search start, then release it: the others either wait
	// for it or, arriving later, find its answer in the cache.
	for cb.searches.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	close(cb.gate)
	wg.Wait()
	if got := cb.searches.Load(); got != 1 {
		t.Errorf("backend ran %d searches for %d identical requests, want 1", got, n)
	}
	for i := range n {
		if codes[i] != 200 || bodies[i] != bodies[0] {
			t.Errorf("request %d: status %d, body differs: %v", i, codes[i], bodies[i] != bodies[0])
		}
	}
}

func TestCacheDisabled(t *testing.T) {
	f, cb := newCountingFixture(t, false, func(o *Options) { o.CacheEntries = -1 })
	for range 3 {
		if rec := f.do(t, "GET", "/api/search?q=ukraine", nil, nil); rec.Code != 200 || rec.Header().Get("X-Cache") != "miss" {
			t.Fatalf("status %d, X-Cache %q", rec.Code, rec.Header().Get("X-Cache"))
		}
	}
	if got := cb.searches.Load(); got != 3 {
		t.Errorf("backend ran %d searches, want 3", got)
	}
}

func TestResponseCacheBounds(t *testing.T) {
	body := func(n int) *cachedBody { return &cachedBody{body: []byte(strings.Repeat("x", n)), tookAt: -1} }
	t.Run("entries", func(t *testing.T) {
		c := newResponseCache(3, 1<<20, time.Minute)
		for i := range 10 {
			c.put(fmt.Sprint(i), 0, body(10))
			if i == 5 {
				c.get("4") // recently used: survives the next puts
			}
		}
		if n, _ := c.stats(); n != 3 {
			t.Errorf("%d entries, want 3", n)
		}
		for key, want := range map[string]bool{"9": true, "8": true, "7": true, "4": false, "0": false} {
			if _, st := c.get(key); (st != missing) != want {
				t.Errorf("key %s present %v, want %v", key, st != missing, want)
			}
		}
	})
	t.Run("bytes", func(t *testing.T) {
		c := newResponseCache(1000, 10_000, time.Minute)
		for i := range 100 {
			c.put(fmt.Sprint(i), 0, body(1000))
		}
		n, b := c.stats()
		if b > 10_000 || n == 0 || n > 10 {
			t.Errorf("%d entries, %d bytes; bound 10000 bytes", n, b)
		}
		c.put("huge", 0, body(20_000))
		if _, st := c.get("huge"); st != missing {
			t.Error("an entry larger than the whole cache was stored")
		}
	})
	t.Run("generation", func(t *testing.T) {
		c := newResponseCache(10, 1<<20, time.Minute)
		gen := c.generation()
		c.put("a", gen, body(1))
		c.invalidate()
		if _, st := c.get("a"); st != missing {
			t.Error("entry survived invalidate")
		}
		c.put("b", gen, body(1)) // computed before the invalidation
		if _, st := c.get("b"); st != missing {
			t.Error("answer of an older generation was stored")
		}
		if n, b := c.stats(); n != 0 || b != 0 {
			t.Errorf("after invalidate: %d entries, %d bytes", n, b)
		}
	})
	t.Run("ttl", func(t *testing.T) {
		now := time.Unix(1e9, 0)
		c := newResponseCache(10, 1<<20, time.Minute)
		c.now = func() time.Time { return now }
		c.put("a", 0, body(1))
		for _, step := range []struct {
			after time.Duration
			want  freshness
		}{
			{59 * time.Second, fresh},
			{time.Minute, staleRefresh},
			{90 * time.Second, stale},
			{2 * time.Minute, missing},
		} {
			now = time.Unix(1e9, 0).Add(step.after)
			if _, st := c.get("a"); st != step.want {
				t.Errorf("after %v: state %d, want %d", step.after, st, step.want)
			}
		}
	})
}

// An expired answer is still served while one refresh runs in the
// background; the next request sees the refreshed one.
func TestCacheStaleWhileRefresh(t *testing.T) {
	f, cb := newCountingFixture(t, false, nil)
	now := time.Unix(1e9, 0)
	var mu sync.Mutex
	f.srv.cache.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	f.do(t, "GET", "/api/search?q=ukraine", nil, nil)
	mu.Lock()
	now = now.Add(DefaultCacheTTL + time.Second)
	mu.Unlock()
	if rec := f.do(t, "GET", "/api/search?q=ukraine", nil, nil); rec.Code != 200 || rec.Header().Get("X-Cache") != "hit" {
		t.Fatalf("stale answer: status %d, X-Cache %q", rec.Code, rec.Header().Get("X-Cache"))
	}
	for cb.searches.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	for {
		if _, st := f.srv.cache.get("/api/search?q=ukraine"); st == fresh {
			break
		}
		time.Sleep(time.Millisecond)
	}
}

func TestAdmission(t *testing.T) {
	f, cb := newCountingFixture(t, true, func(o *Options) {
		o.MaxInFlight = 1
		o.MaxQueued = 1
		o.QueueWait = 20 * time.Millisecond
	})
	// One search holds the only slot.
	held := make(chan int)
	go func() { held <- f.do(t, "GET", "/api/search?q=a", nil, nil).Code }()
	for cb.searches.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	// A second one waits in the queue, then gives up.
	rec := f.do(t, "GET", "/api/search?q=b", nil, nil)
	checkErrorBody(t, rec, 503, "busy")
	if rec.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	// Entity listings share the bound.
	checkErrorBody(t, f.do(t, "GET", "/api/entities?type=nation", nil, nil), 503, "busy")
	close(cb.gate)
	if code := <-held; code != 200 {
		t.Errorf("held search: status %d", code)
	}
	// The slot is free again.
	if rec := f.do(t, "GET", "/api/search?q=b", nil, nil); rec.Code != 200 {
		t.Errorf("after release: status %d", rec.Code)
	}
	m := f.do(t, "GET", "/metrics", nil, nil).Body.String()
	for _, want := range []string{`kronika_search_rejected_total{reason="wait_timeout"} 2`, `kronika_searches_in_flight 0`,
		`kronika_search_queue_wait_seconds_count 4`} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestAdmissionQueueFull(t *testing.T) {
	a := newAdmission(1, 0, time.Hour, newMetrics(newFake()))
	release, err := a.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.acquire(context.Background()); err != errBusy {
		t.Errorf("with no queue: %v, want errBusy", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b := newAdmission(1, 5, time.Hour, newMetrics(newFake()))
	rb, _ := b.acquire(context.Background())
	if _, err := b.acquire(ctx); err != context.Canceled {
		t.Errorf("canceled while queued: %v, want context.Canceled", err)
	}
	release()
	rb()
	if _, err := a.acquire(context.Background()); err != nil {
		t.Errorf("after release: %v", err)
	}
}

func TestWarm(t *testing.T) {
	f, cb := newCountingFixture(t, false, nil)
	if err := f.srv.Warm(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s, e := cb.searches.Load(), cb.entities.Load(); s != 1 || e != 2 {
		t.Errorf("warm-up ran %d searches and %d listings, want 1 and 2", s, e)
	}
	for _, u := range []string{"/api/search", "/api/entities?type=nation", "/api/entities?type=minister"} {
		if rec := f.do(t, "GET", u, nil, nil); rec.Code != 200 || rec.Header().Get("X-Cache") != "hit" {
			t.Errorf("%s after warm-up: status %d, X-Cache %q", u, rec.Code, rec.Header().Get("X-Cache"))
		}
	}
}
