package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

// fakeClock is a settable clock for robots.txt expiry and Retry-After dates.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (f *fakeClock) now() time.Time { f.mu.Lock(); defer f.mu.Unlock(); return f.t }
func (f *fakeClock) add(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.t = f.t.Add(d)
}

// sleepLog records the waits a client asks for instead of waiting.
type sleepLog struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleepLog) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleepLog) waits() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// testClient is a client for httptest servers: loopback allowed, no rate
// limit, no real sleeping. Fields of opts that are set win.
func testClient(t *testing.T, opts Options) (*Client, *sleepLog, *fakeClock) {
	t.Helper()
	opts.AllowPrivate = true
	if opts.RatePerHost == 0 {
		opts.RatePerHost = -1
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	c := New(opts)
	sl := &sleepLog{}
	clk := &fakeClock{t: time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)}
	c.sleep = sl.sleep
	c.now = clk.now
	return c, sl, clk
}

// hits counts requests per path.
type hits struct {
	mu sync.Mutex
	m  map[string]int
}

func (h *hits) inc(p string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m == nil {
		h.m = map[string]int{}
	}
	h.m[p]++
	return h.m[p]
}

func (h *hits) get(p string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.m[p]
}

func TestGetHTML(t *testing.T) {
	var gotUA, gotAccept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		gotUA, gotAccept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"abc"`)
		w.Header().Set("Last-Modified", "Fri, 14 Mar 2025 08:00:00 GMT")
		fmt.Fprint(w, "<html><body><p>Kyiv: новини дня, città</p></body></html>")
	}))
	defer srv.Close()
	c, _, clk := testClient(t, Options{})
	resp, err := c.Get(context.Background(), srv.URL+"/news/1#top", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 || !resp.IsHTML() || resp.ContentType != "text/html" || resp.Charset != "utf-8" {
		t.Errorf("resp = %+v", resp)
	}
	if resp.URL != srv.URL+"/news/1#top" || resp.FinalURL != srv.URL+"/news/1" {
		t.Errorf("URL %q FinalURL %q", resp.URL, resp.FinalURL)
	}
	if !strings.Contains(string(resp.Body), "новини дня, città") {
		t.Errorf("body %q", resp.Body)
	}
	if resp.ETag != `"abc"` || resp.LastModified != "Fri, 14 Mar 2025 08:00:00 GMT" || !resp.FetchedAt.Equal(clk.now()) {
		t.Errorf("validators %q %q %v", resp.ETag, resp.LastModified, resp.FetchedAt)
	}
	if !strings.HasPrefix(gotUA, "Kronika/") || !strings.Contains(gotAccept, "text/html") {
		t.Errorf("User-Agent %q Accept %q", gotUA, gotAccept)
	}
}

func TestStatusAndRetry(t *testing.T) {
	retryDate := time.Date(2025, 3, 14, 9, 1, 30, 0, time.UTC).Format(http.TimeFormat) // clock + 90 s
	tests := []struct {
		name      string
		script    []int             // status per attempt; the last repeats
		header    map[string]string // sent with error statuses
		opts      Options
		wantCode  int // 0: success
		wantCalls int
		wantWaits []time.Duration // nil: do not check exact values
		nWaits    int
	}{
		{name: "404 is final", script: []int{404}, wantCode: 404, wantCalls: 1},
		{name: "410 is final", script: []int{410}, wantCode: 410, wantCalls: 1},
		{name: "500 then success", script: []int{500, 200}, wantCalls: 2, nWaits: 1},
		{name: "502 503 then success", script: []int{502, 503, 200}, wantCalls: 3, nWaits: 2},
		{name: "500 forever", script: []int{500}, wantCode: 500, wantCalls: 4, nWaits: 3},
		{name: "no retries", script: []int{503}, opts: Options{Retries: -1}, wantCode: 503, wantCalls: 1},
		{name: "429 Retry-After seconds", script: []int{429, 200}, header: map[string]string{"Retry-After": "7"},
			wantCalls: 2, wantWaits: []time.Duration{7 * time.Second}},
		{name: "503 Retry-After date", script: []int{503, 200}, header: map[string]string{"Retry-After": retryDate},
			opts: Options{MaxRetryWait: 5 * time.Minute}, wantCalls: 2, wantWaits: []time.Duration{90 * time.Second}},
		{name: "Retry-After beyond cap gives up", script: []int{429, 200}, header: map[string]string{"Retry-After": "3600"},
			wantCode: 429, wantCalls: 1, nWaits: 0},
		{name: "403 not retried", script: []int{403}, wantCode: 403, wantCalls: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				n := int(calls.Add(1))
				code := tt.script[min(n, len(tt.script))-1]
				if code != 200 {
					for k, v := range tt.header {
						w.Header().Set(k, v)
					}
					w.WriteHeader(code)
					return
				}
				w.Header().Set("Content-Type", "text/plain")
				fmt.Fprint(w, "ok")
			}))
			defer srv.Close()
			c, sl, _ := testClient(t, tt.opts)
			resp, err := c.Get(context.Background(), srv.URL+"/a", nil)
			if got := int(calls.Load()); got != tt.wantCalls {
				t.Errorf("calls = %d, want %d", got, tt.wantCalls)
			}
			waits := sl.waits()
			if tt.wantWaits != nil {
				if fmt.Sprint(waits) != fmt.Sprint(tt.wantWaits) {
					t.Errorf("waits = %v, want %v", waits, tt.wantWaits)
				}
			} else if len(waits) != tt.nWaits {
				t.Errorf("waits = %v, want %d of them", waits, tt.nWaits)
			}
			for i, w := range waits {
				if w <= 0 || w > c.opts.MaxRetryWait {
					t.Errorf("wait %d = %v out of (0, %v]", i, w, c.opts.MaxRetryWait)
				}
			}
			if tt.wantCode == 0 {
				if err != nil || string(resp.Body) != "ok" {
					t.Fatalf("err %v resp %+v", err, resp)
				}
				return
			}
			var se *StatusError
			if !errors.As(err, &se) || se.Code != tt.wantCode {
				t.Fatalf("err = %v, want StatusError %d", err, tt.wantCode)
			}
			if !strings.Contains(err.Error(), srv.URL+"/a") || !strings.Contains(err.Error(), strconv.Itoa(tt.wantCode)) {
				t.Errorf("error %q does not name URL and status", err)
			}
			if tt.name == "Retry-After beyond cap gives up" && se.RetryAfter != time.Hour {
				t.Errorf("RetryAfter = %v, want 1h", se.RetryAfter)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	var count atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) {
		count.Add(1)
		http.Redirect(w, r, "/loop/b", http.StatusFound)
	})
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		count.Add(1)
		http.Redirect(w, r, "a", http.StatusMovedPermanently) // relative
	})
	mux.HandleFunc("/self", func(w http.ResponseWriter, r *http.Request) {
		count.Add(1)
		http.Redirect(w, r, "/self", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n >= 11 {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<p>end of chain</p>")
			return
		}
		http.Redirect(w, r, "/chain/"+strconv.Itoa(n+1), http.StatusPermanentRedirect)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "ftp://files.example/x")
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/no-location", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, _, _ := testClient(t, Options{})

	tests := []struct {
		path      string
		wantErr   error
		wantFinal string
		wantIn    string
	}{
		{path: "/loop/a", wantErr: ErrTooManyRedirects, wantIn: "loop"},
		{path: "/self", wantErr: ErrTooManyRedirects, wantIn: "loop"},
		{path: "/chain/0", wantErr: ErrTooManyRedirects, wantIn: "more than 10"},
		{path: "/chain/1", wantFinal: "/chain/11"},
		{path: "/chain/9", wantFinal: "/chain/11"},
		{path: "/to-ftp", wantErr: ErrBadURL, wantIn: "ftp"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := c.Get(context.Background(), srv.URL+tt.path, nil)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantIn) ||
					!strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Fatalf("err = %v, want %v mentioning %q and the URL", err, tt.wantErr, tt.wantIn)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.FinalURL != srv.URL+tt.wantFinal || !strings.Contains(string(resp.Body), "end of chain") {
				t.Errorf("FinalURL %q body %q", resp.FinalURL, resp.Body)
			}
		})
	}
	if n := count.Load(); n > 10 {
		t.Errorf("loops made %d requests; loop detection should stop them at once", n)
	}
	_, err := c.Get(context.Background(), srv.URL+"/no-location", nil)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != http.StatusFound {
		t.Errorf("redirect without Location: err = %v", err)
	}
	// Negative MaxRedirects follows none.
	c0, _, _ := testClient(t, Options{MaxRedirects: -1})
	if _, err := c0.Get(context.Background(), srv.URL+"/chain/10", nil); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("MaxRedirects -1: err = %v", err)
	}
}

func TestTimeouts(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"slowloris body", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(200)
			for range 500 {
				select {
				case <-r.Context().Done():
					return
				case <-time.After(20 * time.Millisecond):
				}
				_, _ = w.Write([]byte("<"))
				w.(http.Flusher).Flush()
			}
		}},
		{"no headers", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			c, _, _ := testClient(t, Options{Timeout: 200 * time.Millisecond, Retries: -1, IgnoreRobots: true})
			_, err := c.Get(context.Background(), srv.URL+"/slow", nil)
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("err = %v, want ErrTimeout", err)
			}
			if !strings.Contains(err.Error(), srv.URL+"/slow") {
				t.Errorf("error %q does not name the URL", err)
			}
		})
	}
}

func TestContextCancel(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	c, _, _ := testClient(t, Options{IgnoreRobots: true})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := c.Get(ctx, srv.URL, nil)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}

	// Cancellation during a retry wait, with the real sleep.
	srv5 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(503)
	}))
	defer srv5.Close()
	c2 := New(Options{AllowPrivate: true, IgnoreRobots: true, RetryBase: time.Hour, MaxRetryWait: time.Hour})
	ctx2, cancel2 := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel2)
	_, err = c2.Get(ctx2, srv5.URL, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func gzipOf(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBodyCap(t *testing.T) {
	bomb := gzipOf(t, make([]byte, 20<<20)) // 20 MiB of zeros in ~20 KiB
	small := gzipOf(t, []byte("<p>Роттердам і Рим: ok</p>"))
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	serveGzip := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("client did not offer gzip")
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(body)
		}
	}
	mux.HandleFunc("/bomb", serveGzip(bomb))
	mux.HandleFunc("/small", serveGzip(small))
	mux.HandleFunc("/declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(2<<20))
		_, _ = w.Write(make([]byte, 2<<20))
	})
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write(bytes.Repeat([]byte("a"), 1<<20))
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 5 {
			_, _ = w.Write(bytes.Repeat([]byte("b"), 300<<10))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, _, _ := testClient(t, Options{MaxBytes: 1 << 20})

	for _, p := range []string{"/bomb", "/declared", "/chunked"} {
		_, err := c.Get(context.Background(), srv.URL+p, nil)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), srv.URL+p) {
			t.Errorf("%s: err = %v, want ErrTooLarge naming the URL", p, err)
		}
	}
	resp, err := c.Get(context.Background(), srv.URL+"/small", nil)
	if err != nil || string(resp.Body) != "<p>Роттердам і Рим: ok</p>" {
		t.Errorf("small gzip: err %v body %q", err, resp.Body)
	}
	resp, err = c.Get(context.Background(), srv.URL+"/exact", nil)
	if err != nil || len(resp.Body) != 1<<20 {
		t.Errorf("body of exactly MaxBytes: err %v", err)
	}
}

func TestContentTypes(t *testing.T) {
	pdf := []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	rss := []byte(`<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>` +
		"\xcd\xee\xe2\xe8\xed\xe8" + `</title></channel></rss>`)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	serve := func(ct string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if ct == "" {
				w.Header()["Content-Type"] = nil // suppress Go's sniffing
			} else {
				w.Header().Set("Content-Type", ct)
			}
			_, _ = w.Write(body)
		}
	}
	mux.HandleFunc("/doc.pdf", serve("application/pdf", pdf))
	mux.HandleFunc("/img", serve("image/png", png))
	mux.HandleFunc("/untyped.pdf", serve("", pdf))
	mux.HandleFunc("/untyped.html", serve("", []byte("<!DOCTYPE html><html><body>ciao</body></html>")))
	mux.HandleFunc("/feed", serve("application/rss+xml", rss))
	mux.HandleFunc("/feed.json", serve("application/feed+json", []byte(`{"version":"https://jsonfeed.org/version/1.1"}`)))
	mux.HandleFunc("/sitemap.xml.gz", serve("application/x-gzip", gzipOf(t, []byte("<urlset/>"))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, _, _ := testClient(t, Options{})
	all, _, _ := testClient(t, Options{Accept: []string{"*/*"}})

	tests := []struct {
		c        *Client
		path     string
		wantType string
		refused  bool
		wantBody []byte // nil: not checked
	}{
		{c, "/doc.pdf", "application/pdf", true, nil},
		{c, "/img", "image/png", true, nil},
		{c, "/untyped.pdf", "application/pdf", true, nil},
		{c, "/untyped.html", "text/html", false, nil},
		{c, "/feed", "application/rss+xml", false, rss}, // raw: the XML parser reads its encoding
		{c, "/feed.json", "application/feed+json", false, nil},
		{c, "/sitemap.xml.gz", "application/x-gzip", false, nil},
		{all, "/doc.pdf", "application/pdf", false, pdf},
	}
	for _, tt := range tests {
		resp, err := tt.c.Get(context.Background(), srv.URL+tt.path, nil)
		if tt.refused {
			var cte *ContentTypeError
			if !errors.As(err, &cte) || cte.ContentType != tt.wantType || !errors.Is(err, ErrContentType) {
				t.Errorf("%s: err = %v, want ContentTypeError %s", tt.path, err, tt.wantType)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		if resp.ContentType != tt.wantType {
			t.Errorf("%s: ContentType %q, want %q", tt.path, resp.ContentType, tt.wantType)
		}
		if tt.wantBody != nil && !bytes.Equal(resp.Body, tt.wantBody) {
			t.Errorf("%s: body changed: %q", tt.path, resp.Body)
		}
	}
}

func TestConditional(t *testing.T) {
	const etag, lm = `"v7"`, "Thu, 13 Mar 2025 10:00:00 GMT"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lm)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>fresh</p>")
	}))
	defer srv.Close()
	c, _, _ := testClient(t, Options{})
	tests := []struct {
		name    string
		cond    *Conditional
		wantNM  bool
		wantTag string
	}{
		{"unconditional", nil, false, etag},
		{"etag", &Conditional{ETag: etag}, true, etag},
		{"last-modified", &Conditional{LastModified: lm}, true, ""},
		{"stale etag", &Conditional{ETag: `"v6"`}, false, etag},
	}
	for _, tt := range tests {
		resp, err := c.Get(context.Background(), srv.URL+"/p", tt.cond)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if resp.NotModified != tt.wantNM || resp.ETag != tt.wantTag {
			t.Errorf("%s: NotModified %v ETag %q, want %v %q", tt.name, resp.NotModified, resp.ETag, tt.wantNM, tt.wantTag)
		}
		if tt.wantNM && (resp.Status != 304 || len(resp.Body) != 0 || resp.LastModified == "" && tt.cond.LastModified != "") {
			t.Errorf("%s: resp %+v", tt.name, resp)
		}
		if !tt.wantNM && string(resp.Body) != "<p>fresh</p>" {
			t.Errorf("%s: body %q", tt.name, resp.Body)
		}
	}
}

func TestRobots(t *testing.T) {
	var robotsStatus atomic.Int32
	robotsStatus.Store(200)
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.inc(r.URL.Path)
		if r.URL.Path == "/robots.txt" {
			if code := int(robotsStatus.Load()); code != 200 {
				w.WriteHeader(code)
				return
			}
			fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: Kronika\nDisallow: /private/\nDisallow: /*?print=\nAllow: /\n")
			return
		}
		if r.URL.Path == "/go" {
			http.Redirect(w, r, "/private/target", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>ok</p>")
	}))
	defer srv.Close()
	c, _, clk := testClient(t, Options{})

	tests := []struct {
		path    string
		allowed bool
	}{
		{"/news/1", true},
		{"/private/memo", false},
		{"/news/2?print=1", false},
		{"/", true},
		{"/privateer", true},
		{"/go", false}, // redirects into /private/: each hop is checked
	}
	for _, tt := range tests {
		_, err := c.Get(context.Background(), srv.URL+tt.path, nil)
		if tt.allowed != (err == nil) || (!tt.allowed && !errors.Is(err, ErrRobots)) {
			t.Errorf("%s: err = %v, allowed want %v", tt.path, err, tt.allowed)
		}
		if !tt.allowed && !strings.Contains(err.Error(), srv.URL+tt.path) {
			t.Errorf("error %q does not name the URL", err)
		}
	}
	if n := h.get("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1 (cached)", n)
	}
	if n := h.get("/private/memo") + h.get("/private/target"); n != 0 {
		t.Errorf("disallowed path was requested %d times", n)
	}

	// After the TTL, robots.txt is fetched again; a 503 disallows for now.
	robotsStatus.Store(503)
	clk.add(25 * time.Hour)
	_, err := c.Get(context.Background(), srv.URL+"/news/3", nil)
	if !errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), "unavailable") {
		t.Errorf("robots 503: err = %v", err)
	}
	// 404 later: retried after the short error TTL, and allows everything.
	robotsStatus.Store(404)
	clk.add(5 * time.Minute)
	if _, err := c.Get(context.Background(), srv.URL+"/private/x", nil); !errors.Is(err, ErrRobots) {
		t.Errorf("still within error TTL: err = %v", err)
	}
	clk.add(6 * time.Minute)
	if _, err := c.Get(context.Background(), srv.URL+"/private/x", nil); err != nil {
		t.Errorf("robots 404 must allow all: %v", err)
	}

	// IgnoreRobots skips it.
	ci, _, _ := testClient(t, Options{IgnoreRobots: true})
	robotsStatus.Store(503)
	before := h.get("/robots.txt")
	if _, err := ci.Get(context.Background(), srv.URL+"/private/y", nil); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
	if h.get("/robots.txt") != before {
		t.Errorf("IgnoreRobots fetched robots.txt")
	}
}

func TestRobotsConcurrentFirstFetch(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.inc(r.URL.Path); r.URL.Path == "/robots.txt" {
			time.Sleep(20 * time.Millisecond)
			fmt.Fprint(w, "User-agent: *\nDisallow: /x\n")
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	c, _, _ := testClient(t, Options{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), fmt.Sprintf("%s/a/%d", srv.URL, i), nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := h.get("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times by concurrent first requests, want 1", n)
	}
}

func TestSanitizeRobots(t *testing.T) {
	c, _, _ := testClient(t, Options{})
	// A rule before any User-agent and a bad Crawl-delay make the library
	// reject the whole file; the sanitized retry keeps the real rules.
	g := c.parseRobots("http://h.example", []byte("Disallow: /early\nUser-agent: *\nCrawl-delay: soon\nDisallow: /secret\n"))
	if g == nil || g.Test("/secret/a") || !g.Test("/early") {
		t.Errorf("sanitized robots.txt: group %+v", g)
	}
}

func TestCrawlDelay(t *testing.T) {
	tests := []struct {
		robots string
		rate   float64
		want   rate.Limit
	}{
		{"User-agent: Kronika\nCrawl-delay: 2\n", -1, rate.Every(2 * time.Second)},
		{"User-agent: *\nCrawl-delay: 5\n", 1, rate.Every(5 * time.Second)},
		{"User-agent: *\nCrawl-delay: 0.5\n", 1, 1},                           // faster than configured: ignored
		{"User-agent: *\nCrawl-delay: 86400\n", 1, rate.Every(maxCrawlDelay)}, // capped
		{"User-agent: otherbot\nCrawl-delay: 30\n", 1, 1},                     // not ours
	}
	for _, tt := range tests {
		c := New(Options{RatePerHost: tt.rate})
		c.parseRobots("https://news.example", []byte(tt.robots))
		if got := c.limiter("news.example").Limit(); got != tt.want {
			t.Errorf("%q at rate %v: limit %v, want %v", tt.robots, tt.rate, got, tt.want)
		}
	}
}

func TestRateLimit(t *testing.T) {
	c := New(Options{RatePerHost: 2, Burst: 3})
	l := c.limiter("News.Example")
	if l.Limit() != 2 || l.Burst() != 3 {
		t.Errorf("limiter = %v/%d, want 2/3", l.Limit(), l.Burst())
	}
	if c.limiter("news.example") != l {
		t.Error("host names differing in case must share a limiter")
	}
	if c.limiter("other.example") == l {
		t.Error("hosts must not share a limiter")
	}
	if d := New(Options{}).limiter("a"); d.Limit() != 1 || d.Burst() != 1 {
		t.Errorf("default limiter = %v/%d, want 1/1", d.Limit(), d.Burst())
	}
	if u := New(Options{RatePerHost: -1}).limiter("a"); u.Limit() != rate.Inf {
		t.Errorf("negative rate = %v, want Inf", u.Limit())
	}

	// End to end: requests to one host are spaced. Only a lower bound is
	// checked (the limiter can never release early), with a wide margin.
	var mu sync.Mutex
	var stamps []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		stamps = append(stamps, time.Now())
		mu.Unlock()
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	rc := New(Options{AllowPrivate: true, IgnoreRobots: true, RatePerHost: 20})
	const n = 5
	for i := range n {
		if _, err := rc.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i), nil); err != nil {
			t.Fatal(err)
		}
	}
	if len(stamps) != n {
		t.Fatalf("%d requests", len(stamps))
	}
	if span := stamps[n-1].Sub(stamps[0]); span < (n-1)*50*time.Millisecond/2 {
		t.Errorf("%d requests at 20/s spanned only %v", n, span)
	}
}

func TestSSRF(t *testing.T) {
	var reached atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached.Add(1)
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	c := New(Options{RatePerHost: -1, Retries: -1}) // AllowPrivate off
	for _, u := range []string{
		srv.URL + "/",                              // 127.0.0.1 literal
		"http://localhost:" + port + "/",           // a name: refused at dial time
		"http://169.254.169.254/latest/meta-data/", // cloud metadata
		"http://[::1]:" + port + "/",
		"http://10.1.2.3/",
		"http://[fd00::1]/",
		"http://[::ffff:127.0.0.1]:" + port + "/",
	} {
		_, err := c.Get(context.Background(), u, nil)
		if !errors.Is(err, ErrBlockedAddress) || !strings.Contains(err.Error(), u) {
			t.Errorf("%s: err = %v, want ErrBlockedAddress naming the URL", u, err)
		}
	}
	if n := reached.Load(); n != 0 {
		t.Errorf("the server was reached %d times", n)
	}
}

func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"151.101.1.69", true},
		{"2a00:1450:4001:80b::200e", true},
		{"64:ff9b::808:808", true},
		{"2002:808:808::1", true},
		{"127.0.0.1", false},
		{"127.255.0.9", false},
		{"10.0.0.1", false},
		{"172.16.5.4", false},
		{"172.31.255.255", false},
		{"192.168.1.1", false},
		{"100.64.0.1", false},
		{"100.127.255.254", false},
		{"169.254.169.254", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"198.18.0.1", false},
		{"192.0.2.10", false},
		{"::", false},
		{"::1", false},
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"ff02::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:169.254.169.254", false},
		{"::127.0.0.1", false},
		{"64:ff9b::a9fe:a9fe", false}, // NAT64 of 169.254.169.254
		{"64:ff9b::a00:1", false},     // NAT64 of 10.0.0.1
		{"2002:7f00:1::", false},      // 6to4 of 127.0.0.1
		{"2001:db8::1", false},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", false}, // Teredo
		{"fec0::1", false},
	}
	for _, tt := range tests {
		a := mustAddr(t, tt.addr)
		if got := IsPublic(a); got != tt.want {
			t.Errorf("IsPublic(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
	if err := dialControl("tcp", "[fe80::1%lo]:80", nil); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("dialControl link-local: %v", err)
	}
	if err := dialControl("tcp", "93.184.215.14:443", nil); err != nil {
		t.Errorf("dialControl public: %v", err)
	}
	if err := dialControl("tcp", "garbage", nil); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("dialControl garbage: %v", err)
	}
}

func TestBadURL(t *testing.T) {
	c := New(Options{})
	for _, u := range []string{"ftp://example.org/x", "file:///etc/passwd", "http:///nohost", "example.org/page", "::", "javascript:alert(1)", ""} {
		_, err := c.Get(context.Background(), u, nil)
		var fe *Error
		if !errors.Is(err, ErrBadURL) || !errors.As(err, &fe) || fe.URL != u {
			t.Errorf("%q: err = %v, want ErrBadURL in an *Error naming the URL", u, err)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	body := []byte("<!DOCTYPE html><html><head><meta charset=utf-8></head><body>" +
		strings.Repeat("<p>Il ministro ha incontrato il collega ucraino a Roma.</p>", 1000) + "</body></html>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	c := New(Options{AllowPrivate: true, IgnoreRobots: true, RatePerHost: -1})
	ctx := context.Background()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Get(ctx, srv.URL+"/a", nil); err != nil {
			b.Fatal(err)
		}
	}
}
