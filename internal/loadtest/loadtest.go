// Package loadtest measures a running `kronika serve`: a bounded number of
// concurrent clients send a realistic mix of searches (words and phrases in
// Italian, English and Ukrainian, entity and date filters, facets, paging)
// for a bounded time or number of requests, and a Report gives latency
// percentiles, throughput and errors.
//
// It also builds the index such a test needs (BuildIndex runs the real
// pipeline on generated articles) and runs the whole exercise — build,
// serve on 127.0.0.1, load, optionally with a batch ingest going through
// the running server at the same time — from RunAll or Main, which back
// `kronika loadtest`.
//
// Traffic only ever goes to loopback addresses: Run refuses any other
// BaseURL before sending anything.
package loadtest

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults for Options fields left zero.
const (
	DefaultClients        = 50
	DefaultDuration       = 30 * time.Second
	DefaultMaxRequests    = 1_000_000
	DefaultRequestTimeout = 10 * time.Second
	DefaultFollowNext     = 0.2
	// maxPageDepth is how many next pages a client follows in a row.
	maxPageDepth = 5
	// maxErrorSamples is how many error messages a Report keeps.
	maxErrorSamples = 8
	// maxBody bounds how much of one response is read; a search page of
	// 100 hits with highlights is far below it.
	maxBody = 16 << 20
)

// Options configure Run.
type Options struct {
	// BaseURL is the server, e.g. "http://127.0.0.1:8080". Its host must
	// be a loopback address or "localhost".
	BaseURL string
	// Clients is the number of concurrent clients, each sending its next
	// request as soon as the previous one is answered. Default 50.
	Clients int
	// Rate, when above 0, makes the load open: requests start at this
	// many per second in all, whether or not earlier ones were answered,
	// and each one's latency counts from when it was due — so time spent
	// waiting for a free client while the server lags counts too. Clients
	// then only bounds how many are in flight. 0: each client sends its
	// next request as soon as the previous one is answered.
	Rate float64
	// Duration bounds the run. Default 30 s.
	Duration time.Duration
	// MaxRequests bounds the requests of the whole run. Default 1,000,000.
	MaxRequests int
	// Queries are the requests the clients cycle through: a query string
	// for /api/search ("q=difesa&lang=it"), or a path starting with "/"
	// sent as is ("/api/entities?kind=nation"). Nil means DefaultQueries().
	Queries []string
	// FollowNext is the share of search answers with a next page whose
	// next page the client asks for at once, as a reader paging through
	// results would (at most 5 pages deep). Default 0.2; negative never
	// follows.
	FollowNext float64
	// RequestTimeout bounds one request. Default 10 s.
	RequestTimeout time.Duration
	// Seed makes each client's choices reproducible.
	Seed uint64
	// HTTPClient sends the requests; nil means a client with a connection
	// pool sized for Clients.
	HTTPClient *http.Client
}

// Report is what a run measured. Its JSON is what `kronika loadtest
// --json` prints.
type Report struct {
	Clients int `json:"clients"`
	// Rate is the open load's requests per second (0: closed load).
	Rate     float64 `json:"rate,omitempty"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	Seconds  float64 `json:"seconds"`
	QPS      float64 `json:"qps"`
	Latency  Latency `json:"latency"`
	// Status counts answers by HTTP status, plus "transport" for requests
	// that got no answer and "body" for 2xx answers that were not the
	// JSON the API promises.
	Status map[string]int `json:"status"`
	// ErrorSamples are the first few errors, for a reader to act on.
	ErrorSamples []string `json:"error_samples,omitempty"`
	// StoppedBy says why the run ended: "duration", "max_requests" or
	// "canceled".
	StoppedBy string `json:"stopped_by"`
	// ByQuery breaks the latency down by entry of Options.Queries (next
	// pages counted with their query), slowest mean first.
	ByQuery []QueryStat `json:"by_query"`
}

// QueryStat is the latency of one query of the mix.
type QueryStat struct {
	Query    string  `json:"query"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	Latency  Latency `json:"latency"`
}

// Latency summarizes request durations (send to last byte read).
type Latency struct {
	P50, P90, P99, Max, Mean time.Duration
}

// MarshalJSON writes the durations in milliseconds.
func (l Latency) MarshalJSON() ([]byte, error) {
	ms := func(d time.Duration) float64 { return math.Round(float64(d)/1e3) / 1e3 }
	return json.Marshal(map[string]float64{
		"p50_ms": ms(l.P50), "p90_ms": ms(l.P90), "p99_ms": ms(l.P99), "max_ms": ms(l.Max), "mean_ms": ms(l.Mean),
	})
}

// String is a one-paragraph summary for a terminal.
func (r *Report) String() string {
	var b strings.Builder
	load := fmt.Sprintf("%d clients", r.Clients)
	if r.Rate > 0 {
		load = fmt.Sprintf("an open load of %g req/s (at most %d in flight)", r.Rate, r.Clients)
	}
	fmt.Fprintf(&b, "%d requests from %s in %.1fs: %.0f req/s, %d errors (stopped by %s)\n",
		r.Requests, load, r.Seconds, r.QPS, r.Errors, r.StoppedBy)
	fmt.Fprintf(&b, "latency p50 %s  p90 %s  p99 %s  max %s  mean %s\n",
		round(r.Latency.P50), round(r.Latency.P90), round(r.Latency.P99), round(r.Latency.Max), round(r.Latency.Mean))
	keys := make([]string, 0, len(r.Status))
	for k := range r.Status {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, r.Status[k])
	}
	fmt.Fprintf(&b, "status: %s\n", strings.Join(parts, ", "))
	for _, e := range r.ErrorSamples {
		fmt.Fprintf(&b, "error: %s\n", e)
	}
	if len(r.ByQuery) > 0 {
		b.WriteString("slowest queries (mean, p99, requests):\n")
		for _, q := range r.ByQuery[:min(len(r.ByQuery), 5)] {
			fmt.Fprintf(&b, "  %9s %9s %6d  %s\n", round(q.Latency.Mean), round(q.Latency.P99), q.Requests, q.Query)
		}
	}
	return b.String()
}

func round(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

// DefaultQueries is a mix of what readers of the search page ask: single
// words and phrases in the three languages, names of nations and ministers
// in other languages than the articles', boolean and wildcard syntax,
// filters by nation, minister, language, source, publication period,
// mentioned dates and euro amounts, sorting, page sizes, facets off, and
// the entity lists.
func DefaultQueries() []string {
	q := func(kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Add(kv[i], kv[i+1])
		}
		return v.Encode()
	}
	return []string{
		q("q", "difesa"),
		q("q", "coalizione", "lang", "it"),
		q("q", `"ministero della difesa"`),
		q("q", "munizioni", "nation", "UA", "sort", "date"),
		q("q", "defence"),
		q("q", `"air defence"`, "lang", "en"),
		q("q", "drones ammunition", "size", "50"),
		q("q", "+coalition -drones"),
		q("q", "оборони"),
		q("q", "міністерство", "lang", "uk"),
		q("q", `"підтримки коаліції"`),
		q("q", "Люксембург"),
		q("q", "Lussemburgo", "lang", "it"),
		q("q", "Estonia Естонія"),
		q("q", "Umerov"),
		q("q", "Умєров"),
		q("q", "capab*"),
		q("q", "artiglieria OR artillery OR артилерії"),
		q("nation", "EE", "from", "2023-01-01", "to", "2023-12-31"),
		q("nation", "LU,DK", "sort", "date_asc"),
		q("nation", "Danimarca"),
		q("minister", "Rustem Umerov"),
		q("min_eur", "1000000", "max_eur", "100000000"),
		q("q", "fund", "min_eur", "50000000"),
		q("date_from", "2023-01-01", "date_to", "2023-06-30"),
		q("lang", "uk", "sort", "date", "size", "20"),
		q("source", "newswire"),
		q("q", "radar", "facets", "false", "size", "100"),
		q("sort", "date", "size", "5"),
		q(),
		"/api/entities?type=nation",
		"/api/entities?type=minister",
	}
}

// CheckLoopback refuses a base URL whose host is not a loopback address
// or "localhost": the load generator is for this machine's server only.
func CheckLoopback(base string) (*url.URL, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("loadtest: base URL %q: %w", base, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("loadtest: base URL %q: want http or https", base)
	}
	host := u.Hostname()
	if strings.EqualFold(host, "localhost") {
		return u, nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return u, nil
	}
	return nil, fmt.Errorf("loadtest: base URL %q: only loopback servers (127.0.0.0/8, ::1, localhost) may be load tested", base)
}

// Run sends the load and reports. It returns an error only for bad
// Options; failed requests are counted in the Report. It stops by itself
// after Duration or MaxRequests, whichever comes first, or when ctx ends.
func Run(ctx context.Context, opts Options) (*Report, error) {
	base, err := CheckLoopback(opts.BaseURL)
	if err != nil {
		return nil, err
	}
	if opts.Clients <= 0 {
		opts.Clients = DefaultClients
	}
	if opts.Duration <= 0 {
		opts.Duration = DefaultDuration
	}
	if opts.MaxRequests <= 0 {
		opts.MaxRequests = DefaultMaxRequests
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	if opts.FollowNext == 0 {
		opts.FollowNext = DefaultFollowNext
	}
	if opts.Queries == nil {
		opts.Queries = DefaultQueries()
	}
	if len(opts.Queries) == 0 {
		return nil, errors.New("loadtest: no queries")
	}
	targets := make([]string, len(opts.Queries))
	for i, q := range opts.Queries {
		targets[i] = target(base, q)
	}
	hc := opts.HTTPClient
	if hc == nil {
		tr := &http.Transport{
			Proxy:               nil, // loopback only, never through a proxy
			MaxIdleConns:        opts.Clients * 2,
			MaxIdleConnsPerHost: opts.Clients * 2,
			IdleConnTimeout:     30 * time.Second,
		}
		defer tr.CloseIdleConnections()
		hc = &http.Client{Transport: tr, Timeout: opts.RequestTimeout,
			// A redirect could lead off loopback: never follow one.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}

	ctx, cancel := context.WithTimeout(ctx, opts.Duration)
	defer cancel()
	var (
		issued  atomic.Int64
		results = make([]clientResult, opts.Clients)
		wg      sync.WaitGroup
	)
	start := time.Now()
	var due chan time.Time // open load: when each request is due
	if opts.Rate > 0 {
		due = make(chan time.Time, 1<<16)
		go schedule(ctx, start, opts.Rate, due)
	}
	for c := range opts.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl := &client{hc: hc, targets: targets, base: base, follow: opts.FollowNext,
				rng: rand.New(rand.NewPCG(opts.Seed, uint64(c)+1)), next: c % len(targets),
				timeout: opts.RequestTimeout}
			for ctx.Err() == nil && issued.Add(1) <= int64(opts.MaxRequests) {
				var at time.Time
				if due != nil {
					var ok bool
					if at, ok = <-due; !ok {
						break
					}
				}
				cl.one(ctx, at)
			}
			results[c] = cl.res
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	rep := &Report{Clients: opts.Clients, Rate: max(opts.Rate, 0), Seconds: elapsed.Seconds(), Status: map[string]int{}}
	var all []time.Duration
	for _, r := range results {
		all = append(all, r.latencies...)
		rep.Errors += r.errors
		for k, v := range r.status {
			rep.Status[k] += v
		}
		for _, e := range r.samples {
			if len(rep.ErrorSamples) < maxErrorSamples {
				rep.ErrorSamples = append(rep.ErrorSamples, e)
			}
		}
	}
	rep.Requests = len(all)
	rep.ByQuery = byQuery(opts.Queries, results)
	if elapsed > 0 {
		rep.QPS = float64(rep.Requests) / elapsed.Seconds()
	}
	rep.Latency = summarize(all)
	switch {
	case issued.Load() > int64(opts.MaxRequests):
		rep.StoppedBy = "max_requests"
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		rep.StoppedBy = "duration"
	default:
		rep.StoppedBy = "canceled"
	}
	return rep, nil
}

// schedule sends on due the time each request of an open load at rate per
// second is due, from start until ctx ends, then closes it. A due time is
// sent late if every client is busy and the buffer is full; the client
// still measures from the time it was due.
func schedule(ctx context.Context, start time.Time, rate float64, due chan<- time.Time) {
	defer close(due)
	interval := time.Duration(float64(time.Second) / rate)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for i := 0; ; i++ {
		at := start.Add(time.Duration(i) * interval)
		timer.Reset(time.Until(at))
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		select {
		case <-ctx.Done():
			return
		case due <- at:
		}
	}
}

// target turns one entry of Options.Queries into a URL.
func target(base *url.URL, q string) string {
	b := strings.TrimRight(base.String(), "/")
	if strings.HasPrefix(q, "/") {
		return b + q
	}
	return b + "/api/search?" + q
}

// clientResult is what one client measured.
type clientResult struct {
	latencies []time.Duration
	queries   []int // index into Options.Queries of each latency
	qerrors   map[int]int
	errors    int
	status    map[string]int
	samples   []string
}

type client struct {
	hc      *http.Client
	base    *url.URL
	targets []string
	next    int
	follow  float64
	rng     *rand.Rand
	timeout time.Duration
	// pageAfter is the next-page URL this client asks for next, if any,
	// and depth how many pages deep it is; query is the entry of the mix
	// the current request belongs to.
	pageAfter string
	depth     int
	query     int
	res       clientResult
}

// searchAnswer is the part of an /api/search answer the client reads.
type searchAnswer struct {
	Total *uint64         `json:"total"`
	Hits  json.RawMessage `json:"hits"`
	Next  string          `json:"next"`
}

// one sends one request and records it; its latency counts from due when
// due is set (an open load), else from now. A request cut short by the
// end of the run is not counted: it measured the run's deadline, not the
// server.
func (c *client) one(ctx context.Context, due time.Time) {
	u := c.pageAfter
	c.pageAfter = ""
	if u == "" {
		u = c.targets[c.next]
		c.query = c.next
		c.next = (c.next + 1) % len(c.targets)
		c.depth = 0
	}
	rctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u, nil)
	if err != nil {
		c.fail("request", fmt.Sprintf("%s: %v", u, err))
		return
	}
	req.Header.Set("Accept", "application/json")
	t0 := due
	if t0.IsZero() {
		t0 = time.Now()
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		c.record(time.Since(t0))
		c.fail("transport", fmt.Sprintf("%s: %v", u, err))
		return
	}
	body, rerr := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	resp.Body.Close()
	d := time.Since(t0)
	if rerr != nil && ctx.Err() != nil {
		return
	}
	c.record(d)
	code := strconv.Itoa(resp.StatusCode)
	switch {
	case rerr != nil:
		c.fail("transport", fmt.Sprintf("%s: reading the answer: %v", u, rerr))
		return
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		c.fail(code, fmt.Sprintf("%s: HTTP %d: %s", u, resp.StatusCode, snippet(body)))
		return
	}
	if !strings.Contains(u, "/api/search?") {
		if !json.Valid(body) {
			c.fail("body", fmt.Sprintf("%s: answer is not JSON: %s", u, snippet(body)))
			return
		}
		c.ok(code)
		return
	}
	var ans searchAnswer
	if err := json.Unmarshal(body, &ans); err != nil || ans.Total == nil || ans.Hits == nil {
		c.fail("body", fmt.Sprintf("%s: answer is not a search result: %s", u, snippet(body)))
		return
	}
	c.ok(code)
	if ans.Next != "" && c.follow > 0 && c.depth < maxPageDepth && c.rng.Float64() < c.follow {
		c.pageAfter = withParam(u, "search_after", ans.Next)
		c.depth++
	}
}

func (c *client) record(d time.Duration) {
	c.res.latencies = append(c.res.latencies, d)
	c.res.queries = append(c.res.queries, c.query)
}

func (c *client) ok(code string) {
	if c.res.status == nil {
		c.res.status = map[string]int{}
	}
	c.res.status[code]++
}

func (c *client) fail(kind, msg string) {
	if c.res.status == nil {
		c.res.status = map[string]int{}
	}
	c.res.status[kind]++
	c.res.errors++
	if c.res.qerrors == nil {
		c.res.qerrors = map[int]int{}
	}
	c.res.qerrors[c.query]++
	if len(c.res.samples) < maxErrorSamples {
		c.res.samples = append(c.res.samples, msg)
	}
}

// withParam sets one query parameter of u.
func withParam(u, key, val string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := p.Query()
	q.Set(key, val)
	p.RawQuery = q.Encode()
	return p.String()
}

func snippet(b []byte) string {
	s := strings.Join(strings.Fields(string(b)), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// byQuery groups the latencies by query, slowest mean first.
func byQuery(queries []string, results []clientResult) []QueryStat {
	per := make([][]time.Duration, len(queries))
	errs := make([]int, len(queries))
	for _, r := range results {
		for i, d := range r.latencies {
			per[r.queries[i]] = append(per[r.queries[i]], d)
		}
		for q, n := range r.qerrors {
			errs[q] += n
		}
	}
	var out []QueryStat
	for i, ds := range per {
		if len(ds) == 0 {
			continue
		}
		out = append(out, QueryStat{Query: queries[i], Requests: len(ds), Errors: errs[i], Latency: summarize(ds)})
	}
	slices.SortStableFunc(out, func(a, b QueryStat) int { return cmp.Compare(b.Latency.Mean, a.Latency.Mean) })
	return out
}

// summarize computes nearest-rank percentiles.
func summarize(d []time.Duration) Latency {
	if len(d) == 0 {
		return Latency{}
	}
	s := slices.Clone(d)
	slices.Sort(s)
	rank := func(p float64) time.Duration {
		i := int(math.Ceil(p*float64(len(s)))) - 1
		return s[min(max(i, 0), len(s)-1)]
	}
	var sum time.Duration
	for _, v := range s {
		sum += v
	}
	return Latency{P50: rank(0.50), P90: rank(0.90), P99: rank(0.99), Max: s[len(s)-1], Mean: sum / time.Duration(len(s))}
}
