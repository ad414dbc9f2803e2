package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/pipeline"
)

// Hostile inputs, each run through the built binary (a crash or a runaway
// allocation then fails one case instead of the test process). Every case
// says what it gets: the exit status, what stderr must name (the input and
// the reason), which documents of the same batch must still come through,
// how many output lines `extract` writes, and the most memory the process
// may use. Each is bounded by its own deadline, so a hang fails the case.
//
// The network cases talk only to httptest servers on 127.0.0.1; the SSRF
// cases check that the fetcher's guard refuses loopback and link-local
// addresses before a connection is made.

// goodArticle is a short real-looking article that every batch carries,
// to show that a hostile neighbour loses nothing else.
const goodArticle = `Vertice a Roma sulla difesa aerea

Il ministro della Difesa italiano ha incontrato martedì 4 giugno 2024 il collega estone per discutere del sostegno all'Ucraina. L'Italia ha promesso 15 milioni di euro per la coalizione dello sminamento.
`

type hostileCase struct {
	name string
	// setup writes the inputs into dir and returns the command line; srv
	// is the case's loopback test server base URL (when serve is set).
	setup func(t *testing.T, dir, srv string) []string
	// serve, when set, is the handler of a test server for this case.
	serve func(t *testing.T, hits *atomic.Int64) http.Handler
	stdin []byte
	code  int      // exit status
	errs  []string // stderr must contain each (the input's name, the reason)
	lines int      // extract: lines on stdout (one per input document); 0 = not checked
	ok    []string // ids that must come out without error
	// noHits: the test server must see no request at all.
	noHits bool
	// maxRSS bounds the child's peak resident memory; 0 means 300 MiB.
	maxRSS int64
	// timeout bounds the run; 0 means 60 s.
	timeout time.Duration
	// within, when set, is how quickly the refusal must come (for cases
	// where being slow would mean a connection was attempted).
	within time.Duration
	check  func(t *testing.T, dir string, r childResult)
}

const mib = 1 << 20

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// withGood writes good.txt beside the hostile inputs.
func withGood(t *testing.T, dir string) string {
	p := filepath.Join(dir, "good.txt")
	writeFile(t, p, []byte(goodArticle))
	return p
}

// gzipOf compresses n bytes of b repeated: a small body that inflates
// enormously.
func gzipOf(t testing.TB, b byte, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte{b}, 1<<20)
	for written := 0; written < n; written += len(chunk) {
		if _, err := zw.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngBytes is a complete 1×1 PNG image.
var pngBytes = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" +
	"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

// page is a small article page.
func page(title string) string {
	return "<!doctype html><html lang=en><head><title>" + title + "</title></head><body><article><h1>" + title +
		"</h1><p>Estonia's defence minister said on Tuesday that the coalition would deliver more demining equipment to Ukraine before the winter.</p></article></body></html>"
}

func hostileCases() []hostileCase {
	return []hostileCase{
		{
			name: "invalid UTF-8 in a .txt file",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "latin1.txt"), []byte("Il ministro della Difesa \xe8 arrivato a Tallinn, in Estonia, marted\xec.\n"))
				return []string{"extract", filepath.Join(dir, "latin1.txt"), withGood(t, dir)}
			},
			code: 1, errs: []string{"latin1.txt", "not UTF-8"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "invalid UTF-8 inside JSONL strings is replaced, not fatal",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "mixed.jsonl"), []byte(`{"id":"bad-bytes","text":"Il ministro della Difesa `+"\xe8\xff"+` arrivato a Tallinn, in Estonia, per parlare di aiuti all'Ucraina."}`+"\n"))
				return []string{"extract", filepath.Join(dir, "mixed.jsonl"), withGood(t, dir)}
			},
			code: 0, lines: 2, ok: []string{"bad-bytes", "good"},
		},
		{
			name: "NUL bytes in a .txt file",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "nul.txt"), []byte("Il ministro\x00 della Difesa ha visitato Kyiv.\x00\n"))
				return []string{"extract", filepath.Join(dir, "nul.txt"), withGood(t, dir)}
			},
			code: 1, errs: []string{"nul.txt", "binary"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "NUL and control escapes in JSONL text are removed",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "ctl.jsonl"), []byte(`{"id":"ctl","text":"The minister\u0000 of defence of Estonia\u0007 met his Ukrainian colleague in Kyiv\u001b[31m on Monday."}`+"\n"))
				return []string{"extract", filepath.Join(dir, "ctl.jsonl"), withGood(t, dir)}
			},
			code: 0, lines: 2, ok: []string{"ctl", "good"},
			check: func(t *testing.T, _ string, r childResult) {
				for _, rec := range records(t, r.stdout) {
					if strings.ContainsAny(rec.Text, "\x00\x07\x1b") {
						t.Errorf("%s: control characters kept in the text: %q", rec.ID, rec.Text)
					}
				}
			},
		},
		{
			name: "a 50 MB .txt file",
			setup: func(t *testing.T, dir, _ string) []string {
				p := filepath.Join(dir, "huge.txt")
				f, err := os.Create(p)
				if err != nil {
					t.Fatal(err)
				}
				line := []byte("The defence ministers of the coalition met again in Brussels on Thursday.\n")
				w := bufio.NewWriter(f)
				for n := 0; n < 50*mib; n += len(line) {
					_, _ = w.Write(line)
				}
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				_ = f.Close()
				return []string{"extract", p, withGood(t, dir)}
			},
			code: 1, errs: []string{"huge.txt", "larger than"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "a 50 MB .txt file in ingest",
			setup: func(t *testing.T, dir, _ string) []string {
				p := filepath.Join(dir, "huge.txt")
				writeFile(t, p, bytes.Repeat([]byte("Estonia and Ukraine. "), 50*mib/21+1))
				return []string{"ingest", p, withGood(t, dir), "--data", filepath.Join(dir, "data"), "--report", filepath.Join(dir, "report.json")}
			},
			code: 1, errs: []string{"huge.txt", "larger than"},
			check: func(t *testing.T, dir string, _ childResult) {
				sum := readReport(t, filepath.Join(dir, "report.json"))
				if sum.New != 1 || sum.Failed != 1 || len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Source, "huge.txt") {
					t.Errorf("report: %s, failures %+v; want good.txt new and huge.txt failed", sum.String(), sum.Failures)
				}
			},
		},
		{
			name: "100,000-deep nested HTML",
			setup: func(t *testing.T, dir, _ string) []string {
				var b strings.Builder
				b.WriteString("<html><body>")
				b.WriteString(strings.Repeat("<div>", 100_000))
				b.WriteString("<p>The Estonian defence minister visited Kyiv on 3 May 2024 and pledged 5 million euros.</p>")
				b.WriteString(strings.Repeat("</div>", 100_000))
				b.WriteString("</body></html>")
				writeFile(t, filepath.Join(dir, "deep.html"), []byte(b.String()))
				return []string{"extract", filepath.Join(dir, "deep.html"), withGood(t, dir)}
			},
			// The HTML extractor walks at most 100,000 elements, so the
			// paragraph under 100,000 <div>s is not reached and the page
			// fails with "no article text found". Either outcome — the
			// paragraph found or that clear failure — is sound, as long as
			// nothing crashes, time and memory stay bounded, and the
			// neighbour comes through.
			code: -1, lines: 2, ok: []string{"good"},
			check: func(t *testing.T, _ string, r childResult) {
				if r.code != 0 && !strings.Contains(r.stderr, "deep.html") {
					t.Errorf("exit %d without naming deep.html", r.code)
				}
			},
		},
		{
			// A whole 10 MB article on one line: accepted (lines may be up
			// to 64 MiB) and analysed in bounded memory.
			name: "a single 10 MB JSONL line",
			setup: func(t *testing.T, dir, _ string) []string {
				sentences := []string{
					"The Estonian defence minister visited Kyiv on 3 May 2024 and pledged 5 million euros to Ukraine.",
					"Il ministro della Difesa italiano ha annunciato un nuovo pacchetto per la coalizione.",
					"Міністр оборони Литви заявив, що внесок становитиме 2 мільйони євро.",
					"Officials from Denmark and Latvia discussed drones, radars and ammunition.",
				}
				var text strings.Builder
				for i := 0; text.Len() < 10*mib; i++ {
					text.WriteString(sentences[i%len(sentences)])
					text.WriteString(" ")
				}
				line, err := json.Marshal(corpus.Document{ID: "long", Title: "A very long article", Text: text.String()})
				if err != nil {
					t.Fatal(err)
				}
				writeFile(t, filepath.Join(dir, "long.jsonl"), append(line, '\n'))
				return []string{"extract", filepath.Join(dir, "long.jsonl"), withGood(t, dir)}
			},
			code: 0, lines: 2, ok: []string{"long", "good"}, maxRSS: 768 * mib, timeout: 3 * time.Minute,
		},
		{
			name: "a PNG image named .txt",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "photo.txt"), pngBytes)
				return []string{"extract", filepath.Join(dir, "photo.txt"), withGood(t, dir)}
			},
			code: 1, errs: []string{"photo.txt", "binary"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "a gzip file named .html",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "saved.html"), gzipOf(t, 'a', 1<<20))
				return []string{"extract", filepath.Join(dir, "saved.html"), withGood(t, dir)}
			},
			code: 1, errs: []string{"saved.html", "binary"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "empty and missing files",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "empty.txt"), nil)
				return []string{"extract", filepath.Join(dir, "empty.txt"), filepath.Join(dir, "missing.txt"), withGood(t, dir)}
			},
			code: 1, errs: []string{"empty.txt", "empty", "missing.txt", "no such file"}, lines: 3, ok: []string{"good"},
		},
		{
			name: "JSONL with bad lines in the middle",
			setup: func(t *testing.T, dir, _ string) []string {
				writeFile(t, filepath.Join(dir, "batch.jsonl"), []byte(badLinesJSONL))
				return []string{"extract", filepath.Join(dir, "batch.jsonl"), withGood(t, dir)}
			},
			code: 1, errs: []string{"batch.jsonl:2", "batch.jsonl:4", "batch.jsonl:5", "batch.jsonl:7", "batch.jsonl:8"},
			lines: 10, ok: []string{"j1", "j3", "j6", "j9", "good"},
			check: func(t *testing.T, _ string, r childResult) {
				// One output line per input document, in input order.
				recs := records(t, r.stdout)
				want := []bool{true, false, true, false, false, true, false, false, true, true} // ok?
				for i, rec := range recs {
					if i < len(want) && (rec.Error == "") != want[i] {
						t.Errorf("output line %d (%s): error %q, want ok=%v", i+1, rec.ID, rec.Error, want[i])
					}
				}
			},
		},
		{
			name: "JSONL with bad lines on standard input, ingested",
			setup: func(t *testing.T, dir, _ string) []string {
				return []string{"ingest", "-", withGood(t, dir), "--data", filepath.Join(dir, "data"), "--report", filepath.Join(dir, "report.json")}
			},
			stdin: []byte(badLinesJSONL),
			code:  1, errs: []string{"-:2", "-:8"},
			check: func(t *testing.T, dir string, _ childResult) {
				sum := readReport(t, filepath.Join(dir, "report.json"))
				if sum.New != 5 || sum.Failed != 5 {
					t.Errorf("report: %s; want 5 new (4 good lines and good.txt) and 5 failed", sum.String())
				}
			},
		},
		{
			name: "usage error: unknown flag",
			setup: func(t *testing.T, dir, _ string) []string {
				return []string{"extract", "--no-such-flag", withGood(t, dir)}
			},
			code: 2, errs: []string{"no-such-flag"},
		},
		{
			name: "usage error: zero rate",
			setup: func(t *testing.T, dir, _ string) []string {
				return []string{"extract", "--rate", "0", withGood(t, dir)}
			},
			code: 2, errs: []string{"--rate"},
		},
		{
			name: "usage error: bad search parameter",
			setup: func(t *testing.T, dir, _ string) []string {
				return []string{"search", "defence", "--size", "100000", "--data", filepath.Join(dir, "data")}
			},
			code: 2, errs: []string{"size"},
		},

		// Network cases, against loopback test servers.
		{
			name: "gzip bomb page",
			serve: func(t *testing.T, hits *atomic.Int64) http.Handler {
				body := gzipOf(t, ' ', 256*mib) // about 250 KB
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					hits.Add(1)
					w.Header().Set("Content-Type", "text/html; charset=utf-8")
					w.Header().Set("Content-Encoding", "gzip")
					_, _ = w.Write(body)
				})
			},
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", srv + "/bomb.html", withGood(t, dir), "--allow-private", "--ignore-robots", "--rate", "100"}
			},
			code: 1, errs: []string{"/bomb.html", "decompression"}, lines: 2, ok: []string{"good"}, maxRSS: 200 * mib,
		},
		{
			name: "gzip bomb sitemap",
			serve: func(t *testing.T, hits *atomic.Int64) http.Handler {
				body := gzipOf(t, ' ', 256*mib)
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					hits.Add(1)
					w.Header().Set("Content-Type", "application/gzip")
					_, _ = w.Write(body)
				})
			},
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", srv + "/sitemap.xml.gz", withGood(t, dir), "--allow-private", "--ignore-robots", "--rate", "100"}
			},
			code: 1, errs: []string{"/sitemap.xml.gz"}, lines: 2, ok: []string{"good"}, maxRSS: 200 * mib,
		},
		{
			name: "slowloris server",
			serve: func(t *testing.T, hits *atomic.Int64) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					hits.Add(1)
					w.Header().Set("Content-Type", "text/html")
					w.WriteHeader(http.StatusOK)
					_, _ = w.Write([]byte("<html><body><p>"))
					fl, _ := w.(http.Flusher)
					tick := time.NewTicker(100 * time.Millisecond)
					defer tick.Stop()
					stop := time.After(30 * time.Second)
					for {
						select {
						case <-r.Context().Done():
							return
						case <-stop:
							return
						case <-tick.C:
							_, _ = w.Write([]byte("a"))
							if fl != nil {
								fl.Flush()
							}
						}
					}
				})
			},
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", srv + "/slow.html", withGood(t, dir), "--allow-private", "--ignore-robots", "--rate", "100", "--timeout", "1s"}
			},
			code: 1, errs: []string{"/slow.html", "timeout"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "redirect loop",
			serve: func(t *testing.T, hits *atomic.Int64) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					hits.Add(1)
					if r.URL.Path == "/a" {
						http.Redirect(w, r, "/b", http.StatusFound)
						return
					}
					http.Redirect(w, r, "/a", http.StatusMovedPermanently)
				})
			},
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", srv + "/a", withGood(t, dir), "--allow-private", "--ignore-robots", "--rate", "100"}
			},
			code: 1, errs: []string{"/a", "redirect loop"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "endless redirect chain",
			serve: func(t *testing.T, hits *atomic.Int64) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					n := hits.Add(1)
					http.Redirect(w, r, fmt.Sprintf("/r/%d", n), http.StatusTemporaryRedirect)
				})
			},
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", srv + "/r/0", withGood(t, dir), "--allow-private", "--ignore-robots", "--rate", "100"}
			},
			code: 1, errs: []string{"/r/0", "too many redirects"}, lines: 2, ok: []string{"good"},
		},
		{
			name: "feed with 100,000 items",
			serve: func(t *testing.T, hits *atomic.Int64) http.Handler {
				feed := bigFeed(100_000)
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					hits.Add(1)
					if r.URL.Path == "/feed.xml" {
						w.Header().Set("Content-Type", "application/rss+xml")
						_, _ = w.Write(feed)
						return
					}
					http.Error(w, "gone", http.StatusGone)
				})
			},
			setup: func(t *testing.T, dir, srv string) []string {
				// Items link to /item/N on the same server, which answers
				// 410 Gone: every fetch fails fast, so the case measures the
				// feed's bound, not the network.
				return []string{"extract", srv + "/feed.xml", withGood(t, dir), "--allow-private", "--ignore-robots", "--rate", "1000000", "--max-bytes", "64000000"}
			},
			code: 1, errs: []string{"/item/"}, ok: []string{"good"}, maxRSS: 400 * mib, timeout: 3 * time.Minute,
			check: func(t *testing.T, _ string, r childResult) {
				n := strings.Count(r.stdout, "\n")
				// The feed parser keeps at most 50,000 items; each is one
				// output line (a failure), plus good.txt.
				if n < 2 || n > 50_001 {
					t.Errorf("%d output lines; want at most 50,000 items plus good.txt", n)
				}
				t.Logf("%d output lines", n)
			},
		},

		// SSRF: without --allow-private nothing on this machine or the
		// link-local metadata address may be fetched, and the refusal
		// comes before any connection.
		{
			name:  "loopback URL refused",
			serve: countingPage,
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", srv + "/page.html", withGood(t, dir)}
			},
			code: 1, errs: []string{"/page.html", "blocked"}, lines: 2, ok: []string{"good"}, noHits: true,
			within: 10 * time.Second,
		},
		{
			name:  "localhost name refused at dial time",
			serve: countingPage,
			setup: func(t *testing.T, dir, srv string) []string {
				return []string{"extract", strings.Replace(srv, "127.0.0.1", "localhost", 1) + "/page.html", withGood(t, dir), "--ignore-robots"}
			},
			code: 1, errs: []string{"localhost", "blocked"}, lines: 2, ok: []string{"good"}, noHits: true,
			within: 10 * time.Second,
		},
		{
			name: "cloud metadata address refused",
			setup: func(t *testing.T, dir, _ string) []string {
				return []string{"extract", "http://169.254.169.254/latest/meta-data/", withGood(t, dir), "--timeout", "2s"}
			},
			code: 1, errs: []string{"169.254.169.254", "blocked"}, lines: 2, ok: []string{"good"},
			// Refused before dialling: far quicker than the connect timeout.
			within: 5 * time.Second,
		},
	}
}

// badLinesJSONL has good documents on lines 1, 3, 6 and 9 and bad ones
// between: broken JSON, no text, not an object, a bad date, an empty
// object.
const badLinesJSONL = `{"id":"j1","text":"The Danish defence minister met the coalition in Copenhagen on Monday."}
{"id":"j2","text":"broken
{"id":"j3","text":"Il ministro della Difesa lettone ha incontrato i partner a Riga."}
{"id":"j4"}
[1,2,3]
{"id":"j6","text":"Міністр оборони Естонії зустрівся з партнерами в Таллінні."}
{"id":"j7","text":"A date that is not one.","published":"yesterday"}
{}
{"id":"j9","text":"Luxembourg pledged 2 million euros for demining equipment."}
`

func countingPage(_ *testing.T, hits *atomic.Int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(page("Reachable page")))
	})
}

// bigFeed is an RSS feed of n items linking to /item/N.
func bigFeed(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title><link>http://127.0.0.1/</link><description>many items</description>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Item %d</title><link>/item/%d</link></item>", i, i)
	}
	b.WriteString(`</channel></rss>`)
	return b.Bytes()
}

func records(t *testing.T, stdout string) []corpus.Record {
	t.Helper()
	var out []corpus.Record
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 64*mib)
	for sc.Scan() {
		var rec corpus.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("output line %d is not a record: %v", len(out)+1, err)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func readReport(t *testing.T, path string) pipeline.Summary {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("report: %v", err)
	}
	var s pipeline.Summary
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("report: %v", err)
	}
	return s
}

func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary on large and hostile inputs; skipped with -short")
	}
	kronikaBinary(t)
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var hits atomic.Int64
			srv := ""
			if tc.serve != nil {
				hs := httptest.NewServer(tc.serve(t, &hits))
				defer hs.Close()
				srv = hs.URL
			}
			args := tc.setup(t, dir, srv)
			args = append(args, "--log-level", "warn")
			timeout := tc.timeout
			if timeout == 0 {
				timeout = time.Minute
			}
			ctx, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			r := runKronika(t, ctx, tc.stdin, args...)
			t.Logf("exit %d in %s, peak RSS %d MiB", r.code, r.elapsed.Round(time.Millisecond), r.maxRSS/mib)
			if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "fatal error:") {
				t.Fatalf("crashed:\n%s", tail(r.stderr))
			}
			if tc.code >= 0 && r.code != tc.code {
				t.Errorf("exit %d, want %d\nstderr:\n%s", r.code, tc.code, tail(r.stderr))
			}
			for _, want := range tc.errs {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr does not name %q:\n%s", want, tail(r.stderr))
				}
			}
			if !utf8.ValidString(r.stdout) {
				t.Errorf("stdout is not valid UTF-8")
			}
			if tc.lines > 0 {
				if n := strings.Count(r.stdout, "\n"); n != tc.lines {
					t.Errorf("%d output lines, want %d (one per input document)", n, tc.lines)
				}
			}
			if len(tc.ok) > 0 && args[0] == "extract" {
				good := map[string]bool{}
				for _, rec := range records(t, r.stdout) {
					if rec.Error == "" && rec.Text != "" {
						good[rec.ID] = true
					}
				}
				for _, id := range tc.ok {
					if !good[id] {
						t.Errorf("document %s lost: not in the output, or failed", id)
					}
				}
			}
			limit := tc.maxRSS
			if limit == 0 {
				limit = 300 * mib
			}
			if r.maxRSS > limit {
				t.Errorf("peak RSS %d MiB, over the %d MiB bound", r.maxRSS/mib, limit/mib)
			}
			if tc.noHits && hits.Load() != 0 {
				t.Errorf("the loopback server saw %d requests; the guard must refuse before connecting", hits.Load())
			}
			if tc.within > 0 && r.elapsed > tc.within {
				t.Errorf("took %s to refuse; a refusal before dialling is immediate", r.elapsed.Round(time.Millisecond))
			}
			if tc.check != nil {
				tc.check(t, dir, r)
			}
		})
	}
}
