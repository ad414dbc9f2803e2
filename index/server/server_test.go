package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"kronika/corpus"
	"kronika/index"
)

// syncBuffer is a log sink that tests read while handlers write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type fixture struct {
	srv  *Server
	fake *fakeBackend
	log  *syncBuffer
}

func newFixture(t testing.TB, mod func(*Options)) *fixture {
	t.Helper()
	fake := newFake()
	fake.traps = true
	logs := &syncBuffer{}
	opts := Options{
		Backend:    fake,
		ParseQuery: parseTestQuery,
		IsBadQuery: isBadQuery,
		Logger:     slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Ingest:     fake.ingest,
		NoWarmUp:   true, // tests count backend calls
	}
	if mod != nil {
		mod(&opts)
	}
	s, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &fixture{srv: s, fake: fake, log: logs}
}

// do serves one request from a loopback client.
func (f *fixture) do(t testing.TB, method, target string, body io.Reader, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, "http://127.0.0.1:8080/", body)
	u, err := url.Parse(target)
	if err != nil {
		// Targets with bytes url.Parse refuses go in raw.
		req.URL.Path, req.URL.RawQuery, _ = strings.Cut(target, "?")
	} else {
		req.URL.Path, req.URL.RawPath, req.URL.RawQuery = u.Path, u.RawPath, u.RawQuery
	}
	req.RemoteAddr = "127.0.0.1:40000"
	for k, v := range hdr {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	return rec
}

func decode[T any](t testing.TB, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("response is not the expected JSON (%v): %s", err, rec.Body.String())
	}
	return v
}

// leaky matches what must never reach a client: file paths, stack traces,
// Go source positions.
var leaky = regexp.MustCompile(`(/var/|/work/|/home/|/tmp/|goroutine \d|\.go:\d|panic|runtime\.)`)

func checkErrorBody(t *testing.T, rec *httptest.ResponseRecorder, wantCode int, wantMsg string) {
	t.Helper()
	if rec.Code != wantCode {
		t.Fatalf("status %d, want %d; body %s", rec.Code, wantCode, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON", ct)
	}
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("error body is not JSON: %q", rec.Body.String())
	}
	msg, _ := body["error"].(string)
	if msg == "" || len(body) != 1 {
		t.Fatalf(`error body should be exactly {"error": "..."}: %s`, rec.Body.String())
	}
	if !strings.Contains(msg, wantMsg) {
		t.Errorf("error %q does not say %q", msg, wantMsg)
	}
	if leaky.MatchString(msg) {
		t.Errorf("error message leaks internals: %q", msg)
	}
}

func TestNewRequiresBackendAndParser(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"no backend", Options{ParseQuery: parseTestQuery}, "Backend"},
		{"no parser", Options{Backend: newFake()}, "ParseQuery"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New error = %v, want one naming %s", err, tc.want)
			}
		})
	}
}

func TestSearchJSONShape(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.do(t, "GET", "/api/search?q=ukraine", nil, nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	raw := decode[map[string]json.RawMessage](t, rec)
	for _, k := range []string{"total", "took_ms", "hits", "facets", "next"} {
		if _, ok := raw[k]; !ok && k != "next" {
			t.Errorf("result lacks %q", k)
		}
	}
	var hits []map[string]json.RawMessage
	if err := json.Unmarshal(raw["hits"], &hits); err != nil || len(hits) == 0 {
		t.Fatalf("hits: %v %s", err, raw["hits"])
	}
	for _, k := range []string{"id", "url", "title", "published", "lang", "score", "highlights", "entities"} {
		if _, ok := hits[0][k]; !ok {
			t.Errorf("hit lacks %q: %s", k, raw["hits"])
		}
	}
	var facets map[string][]map[string]any
	if err := json.Unmarshal(raw["facets"], &facets); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"nations", "ministers", "lang", "source", "timeline"} {
		if len(facets[k]) == 0 {
			t.Errorf("facet %q empty", k)
		}
	}
	if _, ok := facets["nations"][0]["term"]; !ok {
		t.Errorf("nation facet lacks term: %v", facets["nations"])
	}
	if m, _ := facets["timeline"][0]["month"].(string); !regexp.MustCompile(`^\d{4}-\d{2}$`).MatchString(m) {
		t.Errorf("timeline month %q", m)
	}

	res := decode[index.Result](t, rec)
	// Three English records say "ukraine"; the others spell it Ucraina or Україна.
	if res.Total != 3 {
		t.Errorf("total %d, want 3", res.Total)
	}
	if hl := res.Hits[0].Highlights["body"]; len(hl) == 0 || !strings.Contains(hl[0], "<mark>") {
		t.Errorf("highlights not passed through: %v", res.Hits[0].Highlights)
	}
}

func TestSearchEmptyListsAreArrays(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.do(t, "GET", "/api/search?q=zzzznothing", nil, nil)
	body := rec.Body.String()
	for _, want := range []string{`"hits":[]`, `"nations":[]`, `"ministers":[]`, `"lang":[]`, `"source":[]`, `"timeline":[]`} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %s: %s", want, body)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	f := newFixture(t, nil)
	for _, tc := range []struct {
		query string
		total uint64
		ids   []string // when set, the hits in order
	}{
		{"", 8, nil},
		{"nation=UA", 7, nil},
		{"nation=UA&nation=IT", 2, nil},
		{"nation=UA,IT", 2, nil},
		{"nation=UA,%20LU", 2, nil},
		{"minister=Mykhailo+Fedorov", 2, nil},
		{"lang=it", 2, nil},
		{"lang=it,uk", 4, nil},
		{"lang=it&lang=uk", 4, nil},
		{"source=weather.example.com", 1, []string{"en-weather"}},
		{"from=2024-04-01&to=2024-04-30", 2, nil},
		{"date_from=2024-03-01&date_to=2024-03-31", 2, nil},
		{"min_eur=10000000", 2, nil},
		{"min_eur=10000000&max_eur=100000000", 1, []string{"it-droni"}},
		{"q=ukraine&sort=date", 3, []string{"en-luxembourg", "en-markup", "en-air-defence"}},
		{"q=ukraine&sort=date_asc", 3, []string{"en-air-defence", "en-markup", "en-luxembourg"}},
		{"q=coalizione+droni", 1, []string{"it-droni"}},
		{"sort=date&size=2", 8, []string{"uk-estonia", "it-lussemburgo"}},
		{"sort=date&size=2&search_after=o:2", 8, []string{"en-luxembourg", "uk-niderlandy"}},
		{"q=Україна", 1, []string{"uk-niderlandy"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			rec := f.do(t, "GET", "/api/search?"+tc.query, nil, nil)
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
			}
			res := decode[index.Result](t, rec)
			if res.Total != tc.total {
				t.Errorf("total %d, want %d", res.Total, tc.total)
			}
			if tc.ids != nil {
				var got []string
				for _, h := range res.Hits {
					got = append(got, h.ID)
				}
				if !slices.Equal(got, tc.ids) {
					t.Errorf("hits %v, want %v", got, tc.ids)
				}
			}
		})
	}
}

func TestSearchBadParameters(t *testing.T) {
	f := newFixture(t, nil)
	for _, tc := range []struct {
		name, query, want string
	}{
		{"size zero", "size=0", "size must be"},
		{"size words", "size=ten", "size must be"},
		{"size too big", "size=101", "from 1 to 100"},
		{"sort", "sort=random", "sort must be"},
		{"from month 13", "from=2024-13-01", "from must be a date"},
		{"to words", "to=yesterday", "to must be a date"},
		{"min_eur", "min_eur=lots", "min_eur must be"},
		{"max_eur negative", "max_eur=-5", "max_eur must be"},
		{"unclosed quote", "q=%22air+defence", "unclosed quote"},
		{"unknown parameter", "nations=UA", `unknown parameter "nations"`},
		{"bad token", "search_after=xyz", "search_after"},
		{"bad escape", "q=%zz", "malformed query string"},
		{"semicolon", "q=a;b", "malformed query string"},
		{"invalid UTF-8", "q=%ff%fe", "not valid UTF-8"},
		{"too long", "q=" + strings.Repeat("a", maxRawQuery), "longer than"},
		{"q too long", "q=" + strings.Repeat("a", 1500), "longer than 1000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := f.do(t, "GET", "/api/search?"+tc.query, nil, nil)
			checkErrorBody(t, rec, http.StatusBadRequest, tc.want)
		})
	}
}

func TestSearchServerFaults(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.SearchTimeout = 20 * time.Millisecond })
	for _, tc := range []struct {
		name, query string
		code        int
		want, log   string
	}{
		{"backend error", "q=" + trapInternal, 500, "internal error", "input/output error"},
		{"timeout", "q=" + trapSlow, 504, "took too long", "timed out"},
		{"panic", "q=" + trapPanic, 500, "internal error", "fake backend panic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := f.do(t, "GET", "/api/search?"+tc.query, nil, nil)
			checkErrorBody(t, rec, tc.code, tc.want)
			if !strings.Contains(f.log.String(), tc.log) {
				t.Errorf("log lacks %q:\n%s", tc.log, f.log.String())
			}
		})
	}
	// The server still answers after a panic.
	if rec := f.do(t, "GET", "/api/search?q=italy", nil, nil); rec.Code != 200 {
		t.Fatalf("after panic: status %d", rec.Code)
	}
}

// Without IsBadQuery every parse error is the client's and every search
// error the server's.
func TestSearchWithoutIsBadQuery(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.IsBadQuery = nil })
	checkErrorBody(t, f.do(t, "GET", "/api/search?size=0", nil, nil), 400, "size must be")
	checkErrorBody(t, f.do(t, "GET", "/api/search?search_after=zzz", nil, nil), 500, "internal error")
}

func TestDocument(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.do(t, "GET", "/api/documents/uk-niderlandy", nil, nil)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	got := decode[corpus.Record](t, rec)
	want, _ := f.fake.Get(context.Background(), "uk-niderlandy")
	if got.ID != want.ID || got.Text != want.Text || len(got.Entities.Nations) != 2 ||
		got.Entities.Ministers[0].Mentions[1] != want.Entities.Ministers[0].Mentions[1] {
		t.Errorf("record changed on the way: %+v", got)
	}
	// The mention offsets count code points: the two flags are four.
	if m := got.Entities.Nations[0].Mentions[0]; m.Start != 5 || string([]rune(got.Text)[m.Start:m.End]) != "Україна" {
		t.Errorf("mention %+v does not index the text by code points", m)
	}

	for _, tc := range []struct {
		name, path string
		code       int
		want       string
	}{
		{"missing", "/api/documents/nope", 404, `no document with id "nope"`},
		{"escaped slash", "/api/documents/a%2Fb", 404, `id "a/b"`},
		{"control char", "/api/documents/a%01b", 400, "control characters"},
		{"invalid UTF-8", "/api/documents/%ff", 400, "not valid UTF-8"},
		{"too long", "/api/documents/" + strings.Repeat("x", maxIDBytes+1), 400, "longer than"},
		{"backend error", "/api/documents/" + trapInternal, 500, "internal error"},
		{"no id", "/api/documents/", 404, "not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkErrorBody(t, f.do(t, "GET", tc.path, nil, nil), tc.code, tc.want)
		})
	}
	if strings.Contains(f.log.String(), "permission denied") == false {
		t.Errorf("backend error was not logged")
	}
}

func TestEntities(t *testing.T) {
	f := newFixture(t, nil)
	type body struct {
		Type     string       `json:"type"`
		Entities []fakeEntity `json:"entities"`
	}
	rec := f.do(t, "GET", "/api/entities?type=nation", nil, nil)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
	b := decode[body](t, rec)
	if b.Type != "nation" || len(b.Entities) == 0 || b.Entities[0].ID != "UA" || b.Entities[0].Count != 7 {
		t.Fatalf("nations: %+v", b)
	}
	if !slices.Contains(b.Entities[0].Spellings, "Україна") || !slices.Contains(b.Entities[0].Spellings, "Ucraina") {
		t.Errorf("spellings of UA: %v", b.Entities[0].Spellings)
	}
	b = decode[body](t, f.do(t, "GET", "/api/entities?type=minister", nil, nil))
	i := slices.IndexFunc(b.Entities, func(e fakeEntity) bool { return e.ID == "Rustem Umerov" })
	if i < 0 || !slices.Contains(b.Entities[i].Spellings, "Рустем Умєров") {
		t.Errorf("ministers: %+v", b.Entities)
	}
	for _, q := range []string{"", "?type=", "?type=date", "?type=nations", "?type=NATION"} {
		checkErrorBody(t, f.do(t, "GET", "/api/entities"+q, nil, nil), 400, `must be "nation" or "minister"`)
	}
}

func TestHealth(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.do(t, "GET", "/healthz", nil, nil)
	if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"status":"ok","documents":8}` {
		t.Fatalf("healthz: %d %s", rec.Code, rec.Body.String())
	}
	f.fake.countErr = errors.New("open /var/lib/kronika/index: no such file")
	rec = f.do(t, "GET", "/healthz", nil, nil)
	if rec.Code != 503 || leaky.MatchString(rec.Body.String()) || !strings.Contains(rec.Body.String(), `"status":"error"`) {
		t.Fatalf("unhealthy: %d %s", rec.Code, rec.Body.String())
	}
}

func TestMethodsAndNotFound(t *testing.T) {
	f := newFixture(t, nil)
	for _, tc := range []struct {
		method, path string
		code         int
		allow        string
	}{
		{"POST", "/api/search", 405, "GET, HEAD"},
		{"DELETE", "/api/documents/x", 405, "GET, HEAD"},
		{"PUT", "/api/entities?type=nation", 405, "GET, HEAD"},
		{"GET", "/api/ingest", 405, "POST"},
		{"GET", "/api/compact", 405, "POST"},
		{"POST", "/healthz", 405, "GET, HEAD"},
		{"POST", "/", 405, "GET, HEAD"},
		{"GET", "/nope", 404, ""},
		{"GET", "/api/nope", 404, ""},
		{"POST", "/api/nope", 404, ""},
		{"GET", "/static/", 404, ""},
		{"GET", "/static/nope.js", 404, ""},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := f.do(t, tc.method, tc.path, nil, nil)
			want := "not allowed"
			if tc.code == 404 {
				want = "not found"
			}
			checkErrorBody(t, rec, tc.code, want)
			if got := rec.Header().Get("Allow"); got != tc.allow {
				t.Errorf("Allow %q, want %q", got, tc.allow)
			}
		})
	}
	rec := f.do(t, "HEAD", "/healthz", nil, nil)
	if rec.Code != 200 {
		t.Errorf("HEAD /healthz: %d", rec.Code)
	}
}

func TestIngest(t *testing.T) {
	line := func(id, title string) string {
		b, _ := json.Marshal(corpus.Record{ID: id, Lang: "en", Title: title, Published: "2024-06-01",
			Text: "Moldova and Ukraine agreed on a joint grid project."})
		return string(b) + "\n"
	}
	ndjson := map[string]string{"Content-Type": "application/x-ndjson"}

	t.Run("adds searchable documents", func(t *testing.T) {
		f := newFixture(t, nil)
		before := decode[index.Result](t, f.do(t, "GET", "/api/search?q=moldova", nil, nil)).Total
		body := line("new-1", "Grid project") + "\n" + line("new-2", "Second grid story")
		rec := f.do(t, "POST", "/api/ingest", strings.NewReader(body), ndjson)
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		got := decode[ingestBody](t, rec)
		if got != (ingestBody{Received: 2, Indexed: 2, Documents: 10}) {
			t.Errorf("answer %+v", got)
		}
		after := decode[index.Result](t, f.do(t, "GET", "/api/search?q=moldova", nil, nil)).Total
		if before != 0 || after != 2 {
			t.Errorf("moldova hits before %d after %d, want 0 and 2", before, after)
		}
	})

	for _, tc := range []struct {
		name string
		mod  func(*Options)
		body string
		hdr  map[string]string
		addr string
		code int
		want string
	}{
		{name: "disabled", mod: func(o *Options) { o.Ingest = nil }, body: line("a", "t"), hdr: ndjson, code: 404, want: "not enabled"},
		{name: "bad JSON line", body: line("a", "t") + "{oops\n", hdr: ndjson, code: 400, want: "line 2: not a JSON record"},
		{name: "no id", body: `{"title":"x"}` + "\n", hdr: ndjson, code: 400, want: "line 1: record has no id"},
		{name: "empty", body: "\n\n", hdr: ndjson, code: 400, want: "no records"},
		{name: "too big", mod: func(o *Options) { o.MaxIngestBytes = 200 }, body: strings.Repeat(line("a", "t"), 5), hdr: ndjson, code: 413, want: "larger than 200 bytes"},
		{name: "form content type", body: line("a", "t"), hdr: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, code: 415, want: "application/x-ndjson"},
		{name: "text/plain", body: line("a", "t"), hdr: map[string]string{"Content-Type": "text/plain"}, code: 415, want: "application/x-ndjson"},
		{name: "remote client", body: line("a", "t"), hdr: ndjson, addr: "203.0.113.9:5555", code: 403, want: "loopback"},
		{name: "rebound host", body: line("a", "t"), hdr: map[string]string{"Content-Type": "application/x-ndjson", "Host": "evil.example:8080"}, code: 403, want: "loopback"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, tc.mod)
			req := httptest.NewRequest("POST", "http://127.0.0.1:8080/api/ingest", strings.NewReader(tc.body))
			req.RemoteAddr = "127.0.0.1:40000"
			if tc.addr != "" {
				req.RemoteAddr = tc.addr
			}
			for k, v := range tc.hdr {
				if k == "Host" {
					req.Host = v
				} else {
					req.Header.Set(k, v)
				}
			}
			rec := httptest.NewRecorder()
			f.srv.ServeHTTP(rec, req)
			checkErrorBody(t, rec, tc.code, tc.want)
			if n, _ := f.fake.Count(); n != 8 {
				t.Errorf("a rejected batch changed the index: %d documents", n)
			}
		})
	}

	t.Run("ipv6 loopback and localhost", func(t *testing.T) {
		f := newFixture(t, nil)
		req := httptest.NewRequest("POST", "http://localhost:8080/api/ingest", strings.NewReader(line("v6", "x")))
		req.RemoteAddr = "[::1]:40000"
		req.Header.Set("Content-Type", "application/x-ndjson; charset=utf-8")
		rec := httptest.NewRecorder()
		f.srv.ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
	})
}

func TestCompact(t *testing.T) {
	post := func(t *testing.T, f *fixture, addr, host, query string) *httptest.ResponseRecorder {
		t.Helper()
		req := httptest.NewRequest("POST", "http://"+host+"/api/compact"+query, nil)
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		f.srv.ServeHTTP(rec, req)
		return rec
	}
	for _, tc := range []struct {
		name       string
		err        error
		disabled   bool
		addr, host string
		query      string
		target     int // what Compact is asked for
		code       int
		want       string
	}{
		{name: "loopback", addr: "127.0.0.1:40000", host: "127.0.0.1:8080", code: 200},
		{name: "segments", addr: "127.0.0.1:40000", host: "127.0.0.1:8080", query: "?segments=2", target: 2, code: 200},
		{name: "segments zero", addr: "127.0.0.1:40000", host: "127.0.0.1:8080", query: "?segments=0", code: 400, want: "segments"},
		{name: "segments not a number", addr: "127.0.0.1:40000", host: "127.0.0.1:8080", query: "?segments=two", code: 400, want: "segments"},
		{name: "ipv6 localhost", addr: "[::1]:40000", host: "localhost:8080", code: 200},
		{name: "disabled", disabled: true, addr: "127.0.0.1:40000", host: "127.0.0.1:8080", code: 404, want: "not enabled"},
		{name: "remote client", addr: "203.0.113.9:5555", host: "127.0.0.1:8080", code: 403, want: "loopback"},
		{name: "rebound host", addr: "127.0.0.1:40000", host: "evil.example:8080", code: 403, want: "loopback"},
		{name: "merge fails", err: errors.New("disk full"), addr: "127.0.0.1:40000", host: "127.0.0.1:8080", code: 500, want: "internal"},
		{name: "too slow", err: context.DeadlineExceeded, addr: "127.0.0.1:40000", host: "127.0.0.1:8080", code: 504, want: "took longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			f := newFixture(t, func(o *Options) {
				if !tc.disabled {
					o.Compact = func(_ context.Context, target int) (int, int, error) {
						calls++
						if target != tc.target {
							t.Errorf("Compact asked for %d segments, want %d", target, tc.target)
						}
						return 17, 2, tc.err
					}
				}
			})
			rec := post(t, f, tc.addr, tc.host, tc.query)
			if tc.code != 200 {
				checkErrorBody(t, rec, tc.code, tc.want)
				if wantCalls := map[bool]int{true: 1, false: 0}[tc.err != nil]; calls != wantCalls {
					t.Errorf("compaction ran %d times, want %d", calls, wantCalls)
				}
				return
			}
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
			}
			got := decode[compactBody](t, rec)
			if calls != 1 || got.SegmentsBefore != 17 || got.SegmentsAfter != 2 || got.Seconds < 0 {
				t.Errorf("answer %+v after %d calls", got, calls)
			}
		})
	}
}

// TestCompactOneAtATime: a second compaction while one runs is told so.
func TestCompactOneAtATime(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	f := newFixture(t, func(o *Options) {
		o.Compact = func(context.Context, int) (int, int, error) {
			close(started)
			<-release
			return 3, 1, nil
		}
	})
	post := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "http://127.0.0.1:8080/api/compact", nil)
		req.RemoteAddr = "127.0.0.1:40000"
		rec := httptest.NewRecorder()
		f.srv.ServeHTTP(rec, req)
		return rec
	}
	first := make(chan *httptest.ResponseRecorder)
	go func() { first <- post() }()
	<-started
	checkErrorBody(t, post(), http.StatusConflict, "already running")
	close(release)
	if rec := <-first; rec.Code != 200 {
		t.Errorf("first compaction: %d %s", rec.Code, rec.Body.String())
	}
}

func TestMetrics(t *testing.T) {
	f := newFixture(t, nil)
	f.do(t, "GET", "/api/search?q=ukraine", nil, nil)
	f.do(t, "GET", "/api/search?q=ukraine", nil, nil)
	f.do(t, "GET", "/api/search?size=0", nil, nil)
	f.do(t, "GET", "/api/documents/nope", nil, nil)
	f.do(t, "POST", "/api/ingest", strings.NewReader(`{"id":"m1","text":"x"}`),
		map[string]string{"Content-Type": "application/x-ndjson"})
	rec := f.do(t, "GET", "/metrics", nil, nil)
	if rec.Code != 200 {
		t.Fatalf("metrics status %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`kronika_http_requests_total{code="200",route="/api/search"} 2`,
		`kronika_http_requests_total{code="400",route="/api/search"} 1`,
		`kronika_http_requests_total{code="404",route="/api/documents/{id}"} 1`,
		`kronika_http_request_duration_seconds_count{route="/api/search"} 3`,
		// The repeated search is answered from the cache.
		`kronika_search_took_ms_count 1`,
		`kronika_response_cache_requests_total{result="hit"} 1`,
		`kronika_response_cache_requests_total{result="miss"} 1`,
		`kronika_searches_in_flight 0`,
		`kronika_documents 9`,
		`kronika_ingest_batches_total{result="ok"} 1`,
		`kronika_ingest_records_total{result="indexed"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// Each Server has its own registry: a second one starts from zero.
	g := newFixture(t, nil)
	if strings.Contains(g.do(t, "GET", "/metrics", nil, nil).Body.String(), `route="/api/search"`) {
		t.Error("a new server shares counters with another")
	}
}

func TestOpenAPIListsEveryRoute(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.do(t, "GET", "/api/openapi.json", nil, nil)
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	var doc struct {
		OpenAPI    string                                `json:"openapi"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components map[string]map[string]json.RawMessage `json:"components"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatalf("openapi.json does not parse: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	var paths []string
	for p := range doc.Paths {
		paths = append(paths, p)
	}
	routes := f.srv.Routes()
	slices.Sort(paths)
	slices.Sort(routes)
	if !slices.Equal(paths, routes) {
		t.Fatalf("OpenAPI paths %v\nserved routes  %v", paths, routes)
	}
	// Each route's methods (HEAD aside) are the operations described.
	for _, rt := range f.srv.routes {
		var ops []string
		for op := range doc.Paths[rt.name] {
			ops = append(ops, strings.ToUpper(op))
		}
		var methods []string
		for m := range rt.methods {
			if m != http.MethodHead {
				methods = append(methods, m)
			}
		}
		slices.Sort(ops)
		slices.Sort(methods)
		if !slices.Equal(ops, methods) {
			t.Errorf("%s: OpenAPI operations %v, served methods %v", rt.name, ops, methods)
		}
	}
	// Every $ref points at a component that exists.
	for _, m := range regexp.MustCompile(`"\$ref":\s*"#/components/(\w+)/(\w+)"`).FindAllStringSubmatch(rec.Body.String(), -1) {
		if _, ok := doc.Components[m[1]][m[2]]; !ok {
			t.Errorf("dangling $ref %s/%s", m[1], m[2])
		}
	}
}

func TestHTTPServerTimeouts(t *testing.T) {
	f := newFixture(t, nil)
	hs := f.srv.HTTPServer("127.0.0.1:0")
	if hs.Addr != "127.0.0.1:0" || hs.Handler != f.srv {
		t.Errorf("addr %q handler %v", hs.Addr, hs.Handler)
	}
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": hs.ReadHeaderTimeout,
		"ReadTimeout": hs.ReadTimeout, "WriteTimeout": hs.WriteTimeout, "IdleTimeout": hs.IdleTimeout} {
		if d <= 0 || d > 5*time.Minute {
			t.Errorf("%s = %v", name, d)
		}
	}
	if hs.ReadHeaderTimeout > hs.ReadTimeout {
		t.Errorf("header timeout %v beyond read timeout %v", hs.ReadHeaderTimeout, hs.ReadTimeout)
	}
	if hs.MaxHeaderBytes <= 0 || hs.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes = %d", hs.MaxHeaderBytes)
	}
}

func TestPageAndStatic(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.do(t, "GET", "/", nil, nil)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("page: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("CSP allows unsafe sources: %q", csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}

	// The page loads only its own files, with no inline script or style
	// (the CSP would block them).
	doc, err := html.Parse(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attrs := map[string]string{}
			for _, a := range n.Attr {
				attrs[a.Key] = a.Val
				if a.Key == "style" || strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s> has inline %s", n.Data, a.Key)
				}
			}
			switch n.Data {
			case "script":
				if attrs["src"] == "" {
					t.Error("inline <script>")
				}
				refs = append(refs, attrs["src"])
			case "style":
				t.Error("inline <style>")
			case "link":
				refs = append(refs, attrs["href"])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(refs) < 3 {
		t.Errorf("page references %v", refs)
	}
	for _, ref := range refs {
		if !strings.HasPrefix(ref, "/static/") {
			t.Errorf("page loads %q from outside /static/", ref)
			continue
		}
		r := f.do(t, "GET", ref, nil, nil)
		if r.Code != 200 || r.Body.Len() == 0 {
			t.Errorf("%s: %d", ref, r.Code)
		}
	}

	for _, tc := range []struct{ path, ctype string }{
		{"/static/app.js", "text/javascript"},
		{"/static/style.css", "text/css"},
		{"/static/favicon.svg", "image/svg+xml"},
	} {
		r := f.do(t, "GET", tc.path, nil, nil)
		if r.Code != 200 || !strings.HasPrefix(r.Header().Get("Content-Type"), tc.ctype) {
			t.Errorf("%s: %d %q", tc.path, r.Code, r.Header().Get("Content-Type"))
		}
		etag := r.Header().Get("ETag")
		if etag == "" {
			t.Errorf("%s has no ETag", tc.path)
			continue
		}
		if r2 := f.do(t, "GET", tc.path, nil, map[string]string{"If-None-Match": etag}); r2.Code != 304 || r2.Body.Len() != 0 {
			t.Errorf("%s revalidation: %d, %d bytes", tc.path, r2.Code, r2.Body.Len())
		}
	}
	if r := f.do(t, "GET", "/static/index.html", nil, nil); r.Code != 301 || r.Header().Get("Location") != "/" {
		t.Errorf("/static/index.html: %d %q", r.Code, r.Header().Get("Location"))
	}
}

func TestGzip(t *testing.T) {
	f := newFixture(t, nil)
	plain := f.do(t, "GET", "/api/search?q=ukraine", nil, nil)
	for _, tc := range []struct {
		accept string
		gz     bool
	}{
		{"gzip", true},
		{"br, gzip;q=0.8", true},
		{"gzip;q=0", false},
		{"identity", false},
		{"", false},
	} {
		t.Run(tc.accept, func(t *testing.T) {
			rec := f.do(t, "GET", "/api/search?q=ukraine", nil, map[string]string{"Accept-Encoding": tc.accept})
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Encoding") == "gzip"; got != tc.gz {
				t.Fatalf("gzip %v, want %v", got, tc.gz)
			}
			body := rec.Body.Bytes()
			if tc.gz {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			// took_ms differs between runs; compare the hits.
			var a, b index.Result
			if json.Unmarshal(body, &a) != nil || json.Unmarshal(plain.Body.Bytes(), &b) != nil ||
				a.Total != b.Total || len(a.Hits) != len(b.Hits) || a.Hits[0].ID != b.Hits[0].ID {
				t.Errorf("body differs: %s", body)
			}
		})
	}
}

// TestConcurrentRequests runs the handler from many goroutines; with -race
// it checks that the server shares no unsynchronized state.
func TestConcurrentRequests(t *testing.T) {
	f := newFixture(t, nil)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 16 {
		wg.Go(func() {
			for j := range 10 {
				target := fmt.Sprintf("/api/search?q=ukraine&size=%d", 1+(i+j)%5)
				rec := f.do(t, "GET", target, nil, map[string]string{"Accept-Encoding": "gzip"})
				if rec.Code != 200 {
					errs <- fmt.Errorf("%s: %d", target, rec.Code)
				}
				f.do(t, "GET", "/metrics", nil, nil)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestClientMessage(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"size must be 1..100", "size must be 1..100"},
		{"bad\nline\x00", "bad line"},
		{"\xff\xfe", "\uFFFD"},
		{"", "bad request"},
		{strings.Repeat("é", 400), strings.Repeat("é", 150) + "…"},
	} {
		if got := clientMessage(errors.New(tc.in)); got != tc.want {
			t.Errorf("clientMessage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzSearchParams(f *testing.F) {
	for _, s := range []string{"q=ukraine", "nation=UA,IT&lang=it", "size=0", "q=%zz", "from=2024-02-30",
		"min_eur=1e400", "search_after=o:-1", "q=%22", "sort=date&size=100", "q=a;b", "%ff=1", "q=\x00"} {
		f.Add(s)
	}
	fake := newFake() // no traps: only the parser can fail
	s, err := New(Options{Backend: fake, ParseQuery: parseTestQuery, IsBadQuery: isBadQuery})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		req := httptest.NewRequest("GET", "/api/search", nil)
		req.URL.RawQuery = raw
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%q: body is not JSON: %q", raw, rec.Body.String())
		}
		switch rec.Code {
		case 200:
			if _, ok := body["hits"]; !ok {
				t.Fatalf("%q: 200 without hits", raw)
			}
		case 400:
			if msg, _ := body["error"].(string); msg == "" || !utf8Valid(msg) {
				t.Fatalf("%q: 400 without a message: %v", raw, body)
			}
		default:
			t.Fatalf("%q: status %d: %s", raw, rec.Code, rec.Body.String())
		}
	})
}

func FuzzReadRecords(f *testing.F) {
	f.Add(`{"id":"a","text":"x"}` + "\n" + `{"id":"b"}`)
	f.Add(`{"id":""}`)
	f.Add("\x00\xff\n{")
	f.Add(`{"id":"a","entities":{"nations":[{"code":"UA","mentions":[{"start":-1,"end":99}]}]}}`)
	f.Fuzz(func(t *testing.T, body string) {
		recs, err := readRecords(strings.NewReader(body))
		if err == nil {
			if len(recs) == 0 {
				t.Fatal("no error and no records")
			}
			for _, r := range recs {
				if checkID(r.ID) != "" {
					t.Fatalf("accepted bad id %q", r.ID)
				}
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func BenchmarkSearchHandler(b *testing.B) {
	uncached := newFixture(b, func(o *Options) { o.CacheEntries = -1 })
	cached := newFixture(b, nil)
	for _, bc := range []struct {
		name, query, enc string
		f                *fixture
	}{
		{"text", "q=ukraine&nation=UA&size=10", "", uncached},
		{"text-gzip", "q=ukraine&nation=UA&size=10", "gzip", uncached},
		{"browse", "sort=date", "", uncached},
		{"cache-hit", "q=ukraine&nation=UA&size=10", "", cached},
		{"cache-hit-gzip", "q=ukraine&nation=UA&size=10", "gzip", cached},
	} {
		f := bc.f
		b.Run(bc.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", "/api/search?"+bc.query, nil)
			if bc.enc != "" {
				req.Header.Set("Accept-Encoding", bc.enc)
			}
			rec := httptest.NewRecorder()
			f.srv.ServeHTTP(rec, req)
			b.SetBytes(int64(rec.Body.Len()))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				rec := httptest.NewRecorder()
				f.srv.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}

func BenchmarkReadRecords(b *testing.B) {
	var buf bytes.Buffer
	w := corpus.NewWriter(&buf)
	for i := range 200 {
		for _, r := range sampleRecords() {
			r.ID = fmt.Sprintf("%s-%d", r.ID, i)
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readRecords(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
