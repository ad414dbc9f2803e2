//go:build linux

package server

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// The end-to-end test drives headless Chromium through the DevTools
// protocol against the page served with the fake backend: it types a query,
// submits, clicks a facet, removes the chip, filters by a timeline bar and
// opens a document. It is skipped when Chromium is not installed
// (KRONIKA_CHROMIUM names another binary). KRONIKA_SCREENSHOTS names a
// directory to keep the screenshots in.

func chromiumPath(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	p := os.Getenv("KRONIKA_CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no Chromium at %s", p)
	}
	return p
}

func TestBrowserEndToEnd(t *testing.T) {
	bin := chromiumPath(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	f := newFixture(t, nil)
	f.fake.traps = false
	ts := httptest.NewServer(f.srv) // loopback only
	defer ts.Close()

	b := startBrowser(ctx, t, bin)
	page := b.page(ctx, t)

	must(t, page.call(ctx, "Page.enable", nil, nil))
	must(t, page.call(ctx, "Runtime.enable", nil, nil))
	must(t, page.call(ctx, "Log.enable", nil, nil))
	must(t, page.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))

	// Load: the landing page lists every document.
	page.navigate(ctx, t, ts.URL+"/")
	page.waitFor(ctx, t, "initial list", `document.querySelectorAll('#results .hit').length === 8`)
	page.waitFor(ctx, t, "facets", `document.querySelectorAll('.facet[data-kind="nation"] button[data-term]').length > 0`)
	b.screenshot(ctx, t, page, "kronika-home.png")

	// Type a query into the box and submit with Enter, as a person would.
	page.click(ctx, t, "#q")
	must(t, page.call(ctx, "Input.insertText", map[string]any{"text": "ukraine"}, nil))
	page.key(ctx, t, "Enter", 13)
	page.waitFor(ctx, t, "query results",
		`location.search === '?q=ukraine' && document.querySelectorAll('#results .hit').length === 3`)
	if got := page.evalString(ctx, t, `document.querySelector('#summary').textContent`); !strings.HasPrefix(got, "3 ") {
		t.Errorf("summary %q", got)
	}
	if n := page.evalInt(ctx, t, `document.querySelectorAll('#results .snippet mark').length`); n < 3 {
		t.Errorf("%d highlighted snippets, want one per hit", n)
	}
	// Markup in a title is text, never elements.
	title := page.evalString(ctx, t, `document.querySelector('.hit[data-id="en-markup"] h3').textContent`)
	if !strings.Contains(title, "<b>not bold</b> & <img src=x onerror=alert(1)>") {
		t.Errorf("markup title rendered as %q", title)
	}
	if n := page.evalInt(ctx, t, `document.querySelectorAll('#results img, #results b, #results script').length`); n != 0 {
		t.Errorf("%d elements injected from a title", n)
	}

	// Click a facet: Germany. The chip appears and only the German story stays.
	page.click(ctx, t, `.facet[data-kind="nation"] button[data-term="DE"]`)
	page.waitFor(ctx, t, "facet filter", `location.search.includes('nation=DE') && document.querySelectorAll('#results .hit').length === 1`)
	if id := page.evalString(ctx, t, `document.querySelector('#results .hit').dataset.id`); id != "en-markup" {
		t.Errorf("after the DE facet the hit is %q", id)
	}
	chips := page.evalString(ctx, t, `[...document.querySelectorAll('#chips .chip .label')].map(e => e.textContent).join('|')`)
	if chips != "Germany" {
		t.Errorf("chips %q, want Germany", chips)
	}
	if p := page.evalString(ctx, t, `document.querySelector('.facet[data-kind="nation"] button[data-term="DE"]').getAttribute('aria-pressed')`); p != "true" {
		t.Errorf("DE facet pressed=%q", p)
	}
	b.screenshot(ctx, t, page, "kronika-search.png")

	// Remove the chip: back to three hits.
	page.click(ctx, t, `#chips .chip button`)
	page.waitFor(ctx, t, "chip removed", `!location.search.includes('nation') && document.querySelectorAll('#results .hit').length === 3 && document.querySelectorAll('#chips .chip').length === 0`)

	// A timeline bar filters to its month.
	page.click(ctx, t, `#bars .bar[data-month="2024-02"]`)
	page.waitFor(ctx, t, "timeline filter", `location.search.includes('from=2024-02-01') && location.search.includes('to=2024-02-29') && document.querySelectorAll('#results .hit').length === 2`)

	// A search is linkable: load one by URL, then open a document whose text
	// has astral characters before its mentions.
	page.navigate(ctx, t, ts.URL+"/?lang=uk&sort=date_asc")
	page.waitFor(ctx, t, "linked search", `document.querySelectorAll('#results .hit').length === 2 && document.querySelector('#sort').value === 'date_asc'`)
	page.click(ctx, t, `.hit[data-id="uk-niderlandy"] h3 a`)
	page.waitFor(ctx, t, "document view", `document.querySelector('#doc').open && document.querySelectorAll('#doc-text .ent').length > 0`)
	var marks []string
	page.eval(ctx, t, `[...document.querySelectorAll('#doc-text .ent')].map(e => e.className + '=' + e.textContent)`, &marks)
	want := []string{"ent nation=Україна", "ent nation=Нідерланди", "ent date=20 березня 2024 року",
		"ent minister=Рустем Умєров", "ent minister=Умєров", "ent nation=Україна"}
	if !slices.Equal(marks, want) {
		t.Errorf("document mentions highlighted as\n%q\nwant\n%q", marks, want)
	}
	if got := page.evalString(ctx, t, `document.querySelector('#doc-title').textContent`); got != "Україна та Нідерланди домовилися про нову допомогу" {
		t.Errorf("document title %q", got)
	}
	if !strings.Contains(page.evalString(ctx, t, `location.search`), "doc=uk-niderlandy") {
		t.Error("open document not in the URL")
	}
	b.screenshot(ctx, t, page, "kronika-document.png")

	// Escape closes the document and its URL state.
	page.key(ctx, t, "Escape", 27)
	page.waitFor(ctx, t, "document closed", `!document.querySelector('#doc').open && !location.search.includes('doc=')`)

	// Paging: "more" appends the next page until there is none.
	page.navigate(ctx, t, ts.URL+"/?sort=date&size=3")
	page.waitFor(ctx, t, "first page", `document.querySelectorAll('#results .hit').length === 3 && !document.querySelector('#more').hidden`)
	page.click(ctx, t, "#more")
	page.waitFor(ctx, t, "second page", `document.querySelectorAll('#results .hit').length === 6`)
	page.click(ctx, t, "#more")
	page.waitFor(ctx, t, "last page", `document.querySelectorAll('#results .hit').length === 8 && document.querySelector('#more').hidden`)
	var order []string
	page.eval(ctx, t, `[...document.querySelectorAll('#results .hit')].map(e => e.dataset.id)`, &order)
	if want := []string{"uk-estonia", "it-lussemburgo", "en-luxembourg", "uk-niderlandy", "it-droni",
		"en-markup", "en-air-defence", "en-weather"}; !slices.Equal(order, want) {
		t.Errorf("paged hits %v, want %v", order, want)
	}

	// A 400 is shown as the server's message.
	page.navigate(ctx, t, ts.URL+"/?from=2024-13-40")
	page.waitFor(ctx, t, "error shown", `!document.querySelector('#error').hidden`)
	if msg := page.evalString(ctx, t, `document.querySelector('#error').textContent`); !strings.Contains(msg, "from must be a date") {
		t.Errorf("error shown as %q", msg)
	}

	// A Ukrainian reader on a phone: the interface and the nation names
	// follow the browser's language, and nothing is wider than the screen.
	var ua struct {
		UserAgent string `json:"userAgent"`
	}
	must(t, page.call(ctx, "Browser.getVersion", nil, &ua))
	must(t, page.call(ctx, "Emulation.setUserAgentOverride", map[string]any{
		"userAgent": ua.UserAgent, "acceptLanguage": "uk-UA,uk"}, nil))
	must(t, page.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}, nil))
	page.navigate(ctx, t, ts.URL+"/?nation=UA")
	page.waitFor(ctx, t, "ukrainian page", `document.querySelectorAll('#results .hit').length === 7`)
	if h := page.evalString(ctx, t, `document.querySelector('.facet[data-kind="nation"] h2').textContent`); h != "Країни" {
		t.Errorf("nation facet heading %q in a Ukrainian browser", h)
	}
	if chip := page.evalString(ctx, t, `document.querySelector('#chips .chip .label').textContent`); chip != "Україна" {
		t.Errorf("UA chip reads %q in a Ukrainian browser", chip)
	}
	if w := page.evalInt(ctx, t, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %d px wide on a 390 px screen", w)
	}
	b.screenshot(ctx, t, page, "kronika-mobile-uk.png")

	if errs := page.problems(); len(errs) > 0 {
		t.Errorf("the page reported errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestBrowserWithIndex repeats the main steps over the real bleve index,
// with assertions that hold for any corpus.
func TestBrowserWithIndex(t *testing.T) {
	bin := chromiumPath(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	f := newIndexFixture(t)
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	b := startBrowser(ctx, t, bin)
	page := b.page(ctx, t)
	must(t, page.call(ctx, "Runtime.enable", nil, nil))
	must(t, page.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))

	page.navigate(ctx, t, ts.URL+"/")
	page.waitFor(ctx, t, "initial list", `document.querySelectorAll('#results .hit').length > 0`)
	page.click(ctx, t, "#q")
	must(t, page.call(ctx, "Input.insertText", map[string]any{"text": "Ukraine"}, nil))
	page.key(ctx, t, "Enter", 13)
	// The old list stays on screen until the new answer arrives: wait for
	// the search to finish, not just for hits.
	page.waitFor(ctx, t, "query results", `location.search === '?q=Ukraine' && !document.body.classList.contains('busy') &&
		document.querySelectorAll('#results .hit').length > 0`)
	before := page.evalInt(ctx, t, `document.querySelectorAll('#results .hit').length`)

	// Click the last nation facet (the rarest) and check every hit has it.
	code := page.evalString(ctx, t, `[...document.querySelectorAll('.facet[data-kind="nation"] button[data-term]')].pop().dataset.term`)
	page.click(ctx, t, `.facet[data-kind="nation"] button[data-term="`+code+`"]`)
	page.waitFor(ctx, t, "facet filter", `location.search.includes('nation=`+code+`') && document.querySelectorAll('#chips .chip').length === 1`)
	page.waitFor(ctx, t, "filtered hits", `(() => { const hits = [...document.querySelectorAll('#results .hit')];
		return hits.length > 0 && hits.length <= `+fmt.Sprint(before)+` &&
			hits.every(h => [...h.querySelectorAll('.tag.nation')].some(t => t.title.endsWith(': `+code+`'))); })()`)

	// Open the first hit; its highlighted mentions are exactly the record's.
	id := page.evalString(ctx, t, `document.querySelector('#results .hit').dataset.id`)
	page.click(ctx, t, `#results .hit h3 a`)
	page.waitFor(ctx, t, "document view", `document.querySelector('#doc').open && document.querySelector('#doc-title').textContent !== 'Loading…'`)
	resp, err := http.Get(ts.URL + "/api/documents/" + id)
	must(t, err)
	var rec struct {
		Text     string `json:"text"`
		Entities map[string][]struct {
			Mentions []struct{ Start, End int } `json:"mentions"`
		} `json:"entities"`
	}
	must(t, json.NewDecoder(resp.Body).Decode(&rec))
	resp.Body.Close()
	var want []string
	var spans [][2]int
	for _, list := range rec.Entities {
		for _, e := range list {
			for _, m := range e.Mentions {
				spans = append(spans, [2]int{m.Start, m.End})
			}
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	runes := []rune(rec.Text)
	pos := 0
	for _, sp := range spans {
		if sp[0] < pos || sp[1] > len(runes) || sp[0] >= sp[1] {
			continue
		}
		want = append(want, string(runes[sp[0]:sp[1]]))
		pos = sp[1]
	}
	var got []string
	page.eval(ctx, t, `[...document.querySelectorAll('#doc-text .ent')].map(e => e.textContent)`, &got)
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("document %s highlights\n%q\nwant\n%q", id, got, want)
	}
	b.screenshot(ctx, t, page, "kronika-index-document.png")
	if errs := page.problems(); len(errs) > 0 {
		t.Errorf("the page reported errors:\n%s", strings.Join(errs, "\n"))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// browser is one headless Chromium process.
type browser struct {
	debugURL string // http://127.0.0.1:port
	shotsDir string
}

var devtoolsLine = regexp.MustCompile(`DevTools listening on (ws://[^\s]+)`)

func startBrowser(ctx context.Context, t *testing.T, bin string) *browser {
	t.Helper()
	profile := t.TempDir()
	cmd := exec.Command(bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
		"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
		"--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
		"--remote-allow-origins=http://127.0.0.1", "--lang=en-US", "--window-size=1280,900",
		"--user-data-dir="+profile, "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // so that its helpers die with it
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		// The whole process group, which is this browser and its helpers.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("chromium did not exit")
		}
	})

	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() {
			if m := devtoolsLine.FindStringSubmatch(sc.Text()); m != nil && !sent {
				found <- m[1]
				sent = true
			}
		}
	}()
	var ws string
	select {
	case ws = <-found:
	case <-done:
		t.Fatal("chromium exited before it opened DevTools")
	case <-time.After(20 * time.Second):
		t.Fatal("chromium did not open DevTools within 20 s")
	case <-ctx.Done():
		t.Fatal(ctx.Err())
	}
	host := strings.TrimPrefix(ws, "ws://")
	host, _, _ = strings.Cut(host, "/")
	dir := os.Getenv("KRONIKA_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	return &browser{debugURL: "http://" + host, shotsDir: dir}
}

// page connects to the browser's first tab.
func (b *browser) page(ctx context.Context, t *testing.T) *cdpConn {
	t.Helper()
	var targets []struct {
		Type string `json:"type"`
		WS   string `json:"webSocketDebuggerUrl"`
	}
	for deadline := time.Now().Add(10 * time.Second); ; {
		req, _ := http.NewRequestWithContext(ctx, "GET", b.debugURL+"/json/list", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&targets)
			resp.Body.Close()
		}
		if i := slices.IndexFunc(targets, func(x struct {
			Type string `json:"type"`
			WS   string `json:"webSocketDebuggerUrl"`
		}) bool {
			return x.Type == "page" && x.WS != ""
		}); err == nil && i >= 0 {
			c, err := dialCDP(targets[i].WS)
			if err != nil {
				t.Fatalf("connect to the page: %v", err)
			}
			t.Cleanup(c.close)
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("no page target: %v %+v", err, targets)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (b *browser) screenshot(ctx context.Context, t *testing.T, c *cdpConn, name string) {
	t.Helper()
	var shot struct {
		Data string `json:"data"`
	}
	must(t, c.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot))
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil || len(png) < 1000 {
		t.Fatalf("screenshot: %v (%d bytes)", err, len(png))
	}
	p := filepath.Join(b.shotsDir, name)
	must(t, os.WriteFile(p, png, 0o644))
	t.Logf("screenshot %s", p)
}

// cdpConn is a minimal DevTools protocol client: numbered calls over one
// websocket, answers matched by id, a few events kept as problems.
type cdpConn struct {
	ws      *websocket.Conn
	next    atomic.Int64
	mu      sync.Mutex
	pending map[int64]chan cdpMessage
	errs    []string
	closed  chan struct{}
}

type cdpMessage struct {
	ID     int64           `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

func dialCDP(wsURL string) (*cdpConn, error) {
	cfg, err := websocket.NewConfig(wsURL, "http://127.0.0.1")
	if err != nil {
		return nil, fmt.Errorf("cdp config: %w", err)
	}
	ws, err := websocket.DialConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("cdp dial: %w", err)
	}
	ws.MaxPayloadBytes = 64 << 20
	c := &cdpConn{ws: ws, pending: map[int64]chan cdpMessage{}, closed: make(chan struct{})}
	go c.read()
	return c, nil
}

func (c *cdpConn) read() {
	defer close(c.closed)
	for {
		var m cdpMessage
		if err := websocket.JSON.Receive(c.ws, &m); err != nil {
			return
		}
		if m.ID != 0 {
			c.mu.Lock()
			ch := c.pending[m.ID]
			delete(c.pending, m.ID)
			c.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		c.event(m)
	}
}

// event keeps what a user would see as a broken page: uncaught exceptions,
// console errors, CSP violations.
func (c *cdpConn) event(m cdpMessage) {
	var msg string
	switch m.Method {
	case "Runtime.exceptionThrown":
		var p struct {
			Details struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		_ = json.Unmarshal(m.Params, &p)
		msg = "exception: " + p.Details.Text + " " + p.Details.Exception.Description
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string `json:"type"`
			Args []struct {
				Value any `json:"value"`
			} `json:"args"`
		}
		_ = json.Unmarshal(m.Params, &p)
		if p.Type == "error" {
			msg = fmt.Sprintf("console.error: %v", p.Args)
		}
	case "Log.entryAdded":
		var p struct {
			Entry struct {
				Level string `json:"level"`
				Text  string `json:"text"`
				URL   string `json:"url"`
			} `json:"entry"`
		}
		_ = json.Unmarshal(m.Params, &p)
		// The page asks for a bad search on purpose at the end (a 400).
		if p.Entry.Level == "error" && !strings.Contains(p.Entry.Text, "400 (Bad Request)") {
			msg = "log: " + p.Entry.Text + " " + p.Entry.URL
		}
	}
	if msg != "" {
		c.mu.Lock()
		c.errs = append(c.errs, msg)
		c.mu.Unlock()
	}
}

func (c *cdpConn) problems() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.errs)
}

func (c *cdpConn) close() { _ = c.ws.Close() }

// call sends one command and waits (at most 15 s) for its answer.
func (c *cdpConn) call(ctx context.Context, method string, params any, out any) error {
	id := c.next.Add(1)
	ch := make(chan cdpMessage, 1)
	c.mu.Lock()
	c.pending[id] = ch
	c.mu.Unlock()
	if params == nil {
		params = map[string]any{}
	}
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(m.Result, out); err != nil {
				return fmt.Errorf("%s result: %w", method, err)
			}
		}
		return nil
	case <-c.closed:
		return fmt.Errorf("%s: connection closed", method)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// eval runs a JavaScript expression in the page and decodes its value.
func (c *cdpConn) eval(ctx context.Context, t *testing.T, expr string, out any) {
	t.Helper()
	if err := c.evalErr(ctx, expr, out); err != nil {
		t.Fatal(err)
	}
}

func (c *cdpConn) evalErr(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := c.call(ctx, "Runtime.evaluate", map[string]any{
		"expression": expr, "returnByValue": true, "awaitPromise": true}, &res); err != nil {
		return err
	}
	if res.Exception != nil {
		return fmt.Errorf("evaluate %q: %s", expr, res.Exception.Text)
	}
	if out != nil && len(res.Result.Value) > 0 {
		if err := json.Unmarshal(res.Result.Value, out); err != nil {
			return fmt.Errorf("evaluate %q: %w (%s)", expr, err, res.Result.Value)
		}
	}
	return nil
}

func (c *cdpConn) evalString(ctx context.Context, t *testing.T, expr string) string {
	t.Helper()
	var s string
	c.eval(ctx, t, expr, &s)
	return s
}

func (c *cdpConn) evalInt(ctx context.Context, t *testing.T, expr string) int {
	t.Helper()
	var n int
	c.eval(ctx, t, expr, &n)
	return n
}

// waitFor polls a boolean expression for up to 10 s.
func (c *cdpConn) waitFor(ctx context.Context, t *testing.T, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var ok bool
		err := c.evalErr(ctx, "!!("+expr+")", &ok)
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			var state string
			_ = c.evalErr(ctx, `location.href + ' | ' + document.querySelector('#summary')?.textContent + ' | ' + document.querySelector('#error')?.textContent`, &state)
			t.Fatalf("waiting for %s: %v; page: %s", what, errors.Join(err, ctx.Err()), state)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (c *cdpConn) navigate(ctx context.Context, t *testing.T, url string) {
	t.Helper()
	must(t, c.call(ctx, "Page.navigate", map[string]any{"url": url}, nil))
	c.waitFor(ctx, t, "page load "+url, `document.readyState === 'complete' && location.href === `+jsString(url))
}

// click presses the left button in the middle of the element, through the
// input pipeline like a real mouse.
func (c *cdpConn) click(ctx context.Context, t *testing.T, selector string) {
	t.Helper()
	var box struct{ X, Y float64 }
	c.waitFor(ctx, t, "element "+selector, `document.querySelector(`+jsString(selector)+`)`)
	c.eval(ctx, t, `(() => { const e = document.querySelector(`+jsString(selector)+`);
		e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, &box)
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		must(t, c.call(ctx, "Input.dispatchMouseEvent", map[string]any{
			"type": typ, "x": box.X, "y": box.Y, "button": "left", "clickCount": 1}, nil))
	}
}

func (c *cdpConn) key(ctx context.Context, t *testing.T, key string, code int) {
	t.Helper()
	down := map[string]any{"type": "keyDown", "key": key, "code": key,
		"windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code}
	if key == "Enter" {
		down["text"] = "\r"
	}
	must(t, c.call(ctx, "Input.dispatchKeyEvent", down, nil))
	must(t, c.call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key, "code": key,
		"windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code}, nil))
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
