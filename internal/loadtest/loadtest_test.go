package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kronika/extract"
	"kronika/extract/lang"
	"kronika/index"
)

// smallIndex builds a real index of n generated articles once per test
// binary and serves it from an httptest server.
var small struct {
	once sync.Once
	dir  string
	rep  *BuildReport
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if small.dir != "" {
		_ = os.RemoveAll(small.dir)
	}
	os.Exit(code)
}

func tempDir() (string, error) { return os.MkdirTemp("", "kronika-loadtest-") }

func smallIndex(t *testing.T) (dir string, rep *BuildReport) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a real index")
	}
	small.once.Do(func() {
		small.dir, small.err = tempDir()
		if small.err == nil {
			small.rep, small.err = BuildIndex(context.Background(), small.dir, 300, 7)
		}
	})
	if small.err != nil {
		t.Fatalf("BuildIndex: %v", small.err)
	}
	return small.dir, small.rep
}

func serveIndex(t *testing.T, dir string) (*httptest.Server, *index.Index) {
	t.Helper()
	ix, err := index.Open(IndexPath(dir), index.Options{Resolver: resolver{extract.NewKit(lang.Options{})}})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewServer(ix, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); _ = ix.Close() })
	return hs, ix
}

func TestBuildIndex(t *testing.T) {
	dir, rep := smallIndex(t)
	if rep.Summary.Failed != 0 || rep.Summary.Ingested() != 300 {
		t.Fatalf("build: %+v", rep.Summary)
	}
	if want := uint64(rep.Store.Documents - rep.Store.Duplicates); rep.Indexed != want || rep.Store.Pending != 0 {
		t.Fatalf("index holds %d, store %+v", rep.Indexed, rep.Store)
	}
	// A second build finds everything stored and analyses nothing.
	again, err := BuildIndex(context.Background(), dir, 300, 7)
	if err != nil {
		t.Fatal(err)
	}
	if again.Skipped != 300 || again.Summary.Ingested() != 0 || again.Indexed != rep.Indexed {
		t.Fatalf("second build: skipped %d, %s, indexed %d", again.Skipped, again.Summary.String(), again.Indexed)
	}
}

func TestRunSmall(t *testing.T) {
	dir, _ := smallIndex(t)
	hs, _ := serveIndex(t, dir)
	rep, err := Run(context.Background(), Options{BaseURL: hs.URL, Clients: 4, Duration: 2 * time.Second, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	if rep.Errors != 0 {
		t.Fatalf("%d errors: %v", rep.Errors, rep.ErrorSamples)
	}
	if rep.Requests == 0 || rep.Status["200"] != rep.Requests || rep.StoppedBy != "duration" {
		t.Fatalf("requests %d, status %v, stopped by %s", rep.Requests, rep.Status, rep.StoppedBy)
	}
	l := rep.Latency
	if !(0 < l.P50 && l.P50 <= l.P90 && l.P90 <= l.P99 && l.P99 <= l.Max && l.Mean <= l.Max) {
		t.Fatalf("percentiles out of order: %+v", l)
	}
	if l.Max > 10*time.Second {
		t.Fatalf("a request took %s, longer than the request timeout", l.Max)
	}
	n := 0
	for i, q := range rep.ByQuery {
		n += q.Requests
		if i > 0 && q.Latency.Mean > rep.ByQuery[i-1].Latency.Mean {
			t.Errorf("by query not slowest first: %+v", rep.ByQuery)
		}
	}
	if n != rep.Requests || len(rep.ByQuery) == 0 {
		t.Errorf("by query counts %d requests of %d", n, rep.Requests)
	}
	if rep.QPS <= 0 || rep.Seconds < 2 {
		t.Fatalf("qps %.1f over %.2fs", rep.QPS, rep.Seconds)
	}
	b, err := json.Marshal(rep)
	if err != nil || !bytes.Contains(b, []byte(`"p99_ms"`)) {
		t.Fatalf("report JSON %s (%v)", b, err)
	}
}

// Every default query must be one the server accepts on a real index:
// a refused one would count as an error in every load test.
func TestDefaultQueriesAccepted(t *testing.T) {
	dir, _ := smallIndex(t)
	hs, _ := serveIndex(t, dir)
	withHits, searches := 0, 0
	for _, q := range DefaultQueries() {
		u := target(mustLoopback(t, hs.URL), q)
		resp, err := http.Get(u)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var ans struct {
			Total int `json:"total"`
		}
		err = json.NewDecoder(resp.Body).Decode(&ans)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || err != nil {
			t.Errorf("%s: HTTP %d (%v)", q, resp.StatusCode, err)
		}
		if strings.Contains(u, "/api/search?") {
			searches++
			if ans.Total > 0 {
				withHits++
			}
		}
	}
	// The mix is about what the corpus holds: most searches find
	// something, so the load measures real work, not empty answers.
	if withHits*3 < searches*2 {
		t.Errorf("only %d of %d default searches find anything in the generated corpus", withHits, searches)
	}
	t.Logf("%d of %d default searches have hits", withHits, searches)
}

// TestMainFromEnv runs `kronika loadtest` with the arguments in
// KRONIKA_LOADTEST_ARGS, for measuring at full size without the CLI:
//
//	KRONIKA_LOADTEST_ARGS="--data /tmp/lt --n 100000 --clients 50 --duration 30s --ingest-while" \
//	  go test ./internal/loadtest -run TestMainFromEnv -v -timeout 2h
func TestMainFromEnv(t *testing.T) {
	args := strings.Fields(os.Getenv("KRONIKA_LOADTEST_ARGS"))
	if len(args) == 0 {
		t.Skip("set KRONIKA_LOADTEST_ARGS to run")
	}
	var out bytes.Buffer
	code := Main(context.Background(), args, &out, os.Stderr)
	t.Logf("\n%s", out.String())
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
}

func mustLoopback(t *testing.T, u string) *url.URL {
	t.Helper()
	p, err := CheckLoopback(u)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The request cap stops a run long before its duration.
func TestRunMaxRequests(t *testing.T) {
	var hits atomic.Int64
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"total":0,"hits":[],"facets":{}}`))
	}))
	defer hs.Close()
	rep, err := Run(context.Background(), Options{BaseURL: hs.URL, Clients: 3, Duration: time.Minute, MaxRequests: 40})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Requests != 40 || hits.Load() != 40 || rep.StoppedBy != "max_requests" || rep.Errors != 0 {
		t.Fatalf("requests %d, server saw %d, stopped by %s, errors %d %v", rep.Requests, hits.Load(), rep.StoppedBy, rep.Errors, rep.ErrorSamples)
	}
}

// Errors of every kind are counted and sampled.
func TestRunCountsErrors(t *testing.T) {
	var n atomic.Int64
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch n.Add(1) % 3 {
		case 0:
			http.Error(w, "boom", http.StatusInternalServerError)
		case 1:
			_, _ = w.Write([]byte(`not json`))
		default:
			_, _ = w.Write([]byte(`{"total":1,"hits":[]}`))
		}
	}))
	defer hs.Close()
	rep, err := Run(context.Background(), Options{BaseURL: hs.URL, Clients: 1, Duration: time.Minute, MaxRequests: 30, Queries: []string{"q=x"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Requests != 30 || rep.Errors != 20 || rep.Status["500"] != 10 || rep.Status["body"] != 10 || rep.Status["200"] != 10 {
		t.Fatalf("requests %d errors %d status %v", rep.Requests, rep.Errors, rep.Status)
	}
	if len(rep.ErrorSamples) == 0 || !strings.Contains(strings.Join(rep.ErrorSamples, "\n"), "HTTP 500") {
		t.Fatalf("samples %v", rep.ErrorSamples)
	}
	if len(rep.ByQuery) != 1 || rep.ByQuery[0].Query != "q=x" || rep.ByQuery[0].Requests != 30 || rep.ByQuery[0].Errors != 20 {
		t.Fatalf("by query: %+v", rep.ByQuery)
	}
}

// Paging follows the next token the server gives.
func TestRunFollowsNextPage(t *testing.T) {
	var withToken atomic.Int64
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("search_after") == "tok" {
			withToken.Add(1)
		}
		_, _ = w.Write([]byte(`{"total":50,"hits":[],"next":"tok"}`))
	}))
	defer hs.Close()
	rep, err := Run(context.Background(), Options{BaseURL: hs.URL, Clients: 1, Duration: time.Minute, MaxRequests: 200, FollowNext: 1, Queries: []string{"q=x"}})
	if err != nil || rep.Errors != 0 {
		t.Fatalf("%v %v", err, rep.ErrorSamples)
	}
	// With FollowNext 1 every query is followed maxPageDepth pages deep:
	// 33 rounds of 1+5 requests, then 1+1.
	if got := withToken.Load(); got != 33*maxPageDepth+1 {
		t.Fatalf("%d next-page requests of 200, want %d", got, 33*maxPageDepth+1)
	}
}

func TestCheckLoopback(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:8080", true},
		{"http://127.3.4.5", true},
		{"http://[::1]:9000/", true},
		{"http://localhost:1", true},
		{"https://LOCALHOST", true},
		{"http://example.invalid", false},
		{"http://10.0.0.1", false},
		{"http://169.254.169.254", false},
		{"http://0.0.0.0:8080", false},
		{"ftp://127.0.0.1", false},
		{"127.0.0.1:8080", false},
		{"", false},
	} {
		_, err := CheckLoopback(tc.url)
		if (err == nil) != tc.ok {
			t.Errorf("CheckLoopback(%q) = %v, want ok=%v", tc.url, err, tc.ok)
		}
	}
	// Run refuses before sending anything.
	if _, err := Run(context.Background(), Options{BaseURL: "http://example.invalid", Duration: time.Second}); err == nil {
		t.Fatal("Run accepted a non-loopback server")
	}
}

func TestSummarize(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	for _, tc := range []struct {
		in                 []time.Duration
		p50, p90, p99, max time.Duration
	}{
		{nil, 0, 0, 0, 0},
		{ms(5), 5 * time.Millisecond, 5 * time.Millisecond, 5 * time.Millisecond, 5 * time.Millisecond},
		{ms(10, 1, 9, 2, 8, 3, 7, 4, 6, 5), 5 * time.Millisecond, 9 * time.Millisecond, 10 * time.Millisecond, 10 * time.Millisecond},
	} {
		l := summarize(tc.in)
		if l.P50 != tc.p50 || l.P90 != tc.p90 || l.P99 != tc.p99 || l.Max != tc.max {
			t.Errorf("summarize(%v) = %+v", tc.in, l)
		}
	}
	// 1..1000 ms: nearest rank.
	var d []time.Duration
	for i := 1000; i >= 1; i-- {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	if l := summarize(d); l.P50 != 500*time.Millisecond || l.P90 != 900*time.Millisecond || l.P99 != 990*time.Millisecond || l.Mean != 500500*time.Microsecond {
		t.Errorf("1..1000: %+v", l)
	}
}

// RunAll serves the index, loads it, and ingests through the server at
// the same time; afterwards the index holds the new articles too.
func TestRunAllIngestWhile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a real index")
	}
	dir := t.TempDir()
	var progress bytes.Buffer
	rep, err := RunAll(context.Background(), AllOptions{
		DataDir: dir, Docs: 150, Seed: 3, IngestWhile: true, IngestDocs: 120,
		Load:     Options{Clients: 2, Duration: time.Second},
		Progress: &progress,
	})
	if err != nil {
		t.Fatalf("RunAll: %v\n%s", err, progress.String())
	}
	t.Logf("\n%s", rep)
	if rep.Load.Errors != 0 || rep.Load.Requests == 0 {
		t.Fatalf("load: %d requests, %d errors %v", rep.Load.Requests, rep.Load.Errors, rep.Load.ErrorSamples)
	}
	if rep.Ingest == nil || rep.Ingest.Error != "" || rep.Ingest.Summary.Ingested() != 120 {
		t.Fatalf("ingest: %+v", rep.Ingest)
	}
	// New documents are indexed; duplicates are stored but not indexed.
	if rep.Ingest.Summary.New == 0 || rep.DocsAfter != rep.DocsBefore+uint64(rep.Ingest.Summary.New) {
		t.Fatalf("index %d before, %d after, ingest %s", rep.DocsBefore, rep.DocsAfter, rep.Ingest.Summary.String())
	}
}

func TestMainUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--clients", "0"},
		{"--duration", "-1s"},
		{"--rate", "-5"},
		{"--no-such-flag"},
		{"extra"},
		{"--url", "http://example.invalid"},
	} {
		var out, errb bytes.Buffer
		if code := Main(context.Background(), args, &out, &errb); code != 2 {
			t.Errorf("Main(%q) = %d, want 2; stderr %s", args, code, errb.String())
		}
	}
}

// TestOpenLoadCountsQueueing: a server that takes 40 ms an answer, two
// clients, and requests due at 100 a second — twice what the two can
// serve. A closed load measures ~40 ms; the open load must count the time
// requests waited for a client, and must not send more than were due.
func TestOpenLoadCountsQueueing(t *testing.T) {
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(40 * time.Millisecond)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"total": 0, "hits": []}`))
	}))
	defer hs.Close()
	run := func(rate float64) *Report {
		t.Helper()
		rep, err := Run(context.Background(), Options{BaseURL: hs.URL, Clients: 2, Duration: 1500 * time.Millisecond,
			Rate: rate, Queries: []string{"q=a"}, FollowNext: -1})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Errors != 0 || rep.Requests == 0 {
			t.Fatalf("%d requests, %d errors: %v", rep.Requests, rep.Errors, rep.ErrorSamples)
		}
		return rep
	}
	closed, open := run(0), run(100)
	if closed.Latency.P50 > 200*time.Millisecond {
		t.Errorf("closed load p50 %s, want about 40 ms", closed.Latency.P50)
	}
	if open.Latency.P99 < 300*time.Millisecond {
		t.Errorf("open load over capacity: p99 %s, want the queueing counted (≥ 300 ms)", open.Latency.P99)
	}
	if open.Requests > 151 || open.Rate != 100 {
		t.Errorf("open load sent %d requests at rate %g; at most 151 were due", open.Requests, open.Rate)
	}
}
