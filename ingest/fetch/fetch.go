// Package fetch is Kronika's HTTP client for news pages, feeds and sitemaps:
// one shared, polite and bounded GET. Politeness and safety are
// configuration (Options), not code in callers: a per-host rate limit,
// robots.txt, retries with backoff that honour Retry-After, conditional
// requests, a body cap counted after decompression, http/https only with
// re-checked redirects, and an SSRF guard that refuses non-public addresses
// at dial time. Text bodies come back as UTF-8 whatever their charset.
//
// Typical use:
//
//	c := fetch.New(fetch.Options{})
//	resp, err := c.Get(ctx, "https://example.org/news/1", nil)
//	var se *fetch.StatusError
//	switch {
//	case errors.Is(err, fetch.ErrRobots): // skip politely
//	case errors.As(err, &se) && se.Code == 404:
//	}
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Options configure a Client. The zero value is a polite default.
type Options struct {
	// Timeout bounds one attempt: connecting, sending, and reading the
	// whole body. Retries and redirects each get a new one; bound the whole
	// Get with the context. Default 30 s.
	Timeout time.Duration
	// ConnectTimeout bounds the TCP connect and the TLS handshake.
	// Default 10 s.
	ConnectTimeout time.Duration
	// MaxBytes caps a body after decompression. Default 10 MiB.
	MaxBytes int64
	// MaxRedirects is the most redirects one Get follows. Default 10;
	// negative follows none.
	MaxRedirects int
	// UserAgent is sent with every request; its first product token
	// ("Kronika") is the agent name matched in robots.txt.
	UserAgent string
	// RatePerHost is requests per second to one host name (robots.txt
	// included). Default 1; negative means unlimited. A larger
	// robots.txt Crawl-delay slows a host further.
	RatePerHost float64
	// Burst is how many requests to a host may go at once. Default 1.
	Burst int
	// AllowPrivate permits loopback, private and other non-public
	// addresses (tests, intranet crawls).
	AllowPrivate bool
	// Retries is how many times a retryable failure (408, 429, 5xx,
	// timeouts, resets) is retried. Default 3; negative retries never.
	Retries int
	// RetryBase is the first backoff; it doubles per retry, with jitter.
	// Default 500 ms.
	RetryBase time.Duration
	// MaxRetryWait caps a backoff. A Retry-After beyond it is not waited
	// for: Get fails with the StatusError carrying it. Default 60 s.
	MaxRetryWait time.Duration
	// IgnoreRobots skips robots.txt. Off by default: robots.txt is
	// honoured (the zero value is the polite one, hence the negative name).
	IgnoreRobots bool
	// RobotsTTL is how long a host's robots.txt is cached. Default 24 h.
	RobotsTTL time.Duration
	// Accept lists the media types whose bodies Get downloads: exact
	// types ("application/pdf"), major types ("text/"), structured-syntax
	// suffixes ("+xml") or "*/*". Others fail with a *ContentTypeError
	// before the body is read. Nil means DefaultAccept().
	Accept []string
	// Logger receives retries and robots.txt trouble. Default: discard.
	Logger *slog.Logger
}

// DefaultAccept is the Accept list used when Options.Accept is nil: HTML
// and other text, XML and JSON (feeds, sitemaps), and gzip (sitemap.xml.gz).
func DefaultAccept() []string {
	return []string{"text/", "application/xhtml+xml", "application/xml", "+xml",
		"application/json", "+json", "application/gzip", "application/x-gzip"}
}

// DefaultUserAgent names Kronika and says what it is for.
const DefaultUserAgent = "Kronika/0.1 (+https://example.invalid/kronika; news research indexer)"

// acceptHeader prefers pages and feeds, but takes anything (Accept filters).
const acceptHeader = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml," +
	"application/feed+json,application/xml;q=0.9,*/*;q=0.8"

// limiterSweep: above this many hosts, idle limiters are dropped.
const limiterSweep = 4096

// drainBytes is how much of an unwanted body is read so that the
// connection can be reused.
const drainBytes = 64 << 10

// Conditional carries validators from an earlier fetch of the same URL.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	URL         string // as requested
	FinalURL    string // after redirects
	Status      int
	NotModified bool   // 304: Body is empty; keep the stored copy
	ContentType string // media type, lower case, without parameters
	// Charset is the encoding the body was sent in. Bodies of HTML and
	// non-XML text/* types are decoded to UTF-8; others (feeds, XML, JSON,
	// binary) are returned raw, since their parsers read their own
	// encoding declarations.
	Charset      string
	Body         []byte
	ETag         string
	LastModified string
	FetchedAt    time.Time
}

// IsHTML reports whether the response is an HTML page.
func (r *Response) IsHTML() bool {
	return r.ContentType == "text/html" || r.ContentType == "application/xhtml+xml"
}

// Client fetches URLs. Make one per program and share it: it holds the
// connection pool, the per-host limiters and the robots.txt cache. It is
// safe for concurrent use.
type Client struct {
	opts   Options
	hc     *http.Client
	agent  string // robots.txt product token
	log    *slog.Logger
	robots robotsCache

	mu    sync.Mutex
	hosts map[string]*rate.Limiter

	// Seams for tests: how to wait and what time it is.
	sleep func(context.Context, time.Duration) error
	now   func() time.Time
}

// New returns a Client configured by opts (zero fields take defaults).
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = 10 * time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	switch {
	case opts.MaxRedirects == 0:
		opts.MaxRedirects = 10
	case opts.MaxRedirects < 0:
		opts.MaxRedirects = 0
	}
	if strings.TrimSpace(opts.UserAgent) == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.RatePerHost == 0 {
		opts.RatePerHost = 1
	}
	if opts.Burst <= 0 {
		opts.Burst = 1
	}
	switch {
	case opts.Retries == 0:
		opts.Retries = 3
	case opts.Retries < 0:
		opts.Retries = 0
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = 500 * time.Millisecond
	}
	if opts.MaxRetryWait <= 0 {
		opts.MaxRetryWait = time.Minute
	}
	if opts.RobotsTTL <= 0 {
		opts.RobotsTTL = 24 * time.Hour
	}
	if opts.Accept == nil {
		opts.Accept = DefaultAccept()
	} else {
		opts.Accept = append([]string(nil), opts.Accept...)
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}

	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = dialControl
	}
	tr := &http.Transport{
		// No proxy: a proxy would dial the target for us, out of reach
		// of the SSRF guard.
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           100,
		MaxIdleConnsPerHost:    4,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    opts.ConnectTimeout,
		ResponseHeaderTimeout:  opts.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	agent, _, _ := strings.Cut(strings.TrimSpace(opts.UserAgent), "/")
	agent, _, _ = strings.Cut(agent, " ")
	return &Client{
		opts:  opts,
		agent: agent,
		log:   opts.Logger,
		hc: &http.Client{
			Transport: tr,
			// Redirects are followed by Get itself, so that every hop is
			// checked, rate-limited and robots-checked like the first.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		robots: robotsCache{m: make(map[string]*robotsEntry)},
		hosts:  make(map[string]*rate.Limiter),
		sleep:  sleepCtx,
		now:    time.Now,
	}
}

// Get fetches rawURL. cond, when not nil, makes the request conditional; a
// 304 answer returns a Response with NotModified set and no body. Any
// failure is an *Error naming the URL; see the Err* sentinels, *StatusError
// and *ContentTypeError for telling failures apart.
func (c *Client) Get(ctx context.Context, rawURL string, cond *Conditional) (*Response, error) {
	u, err := c.checkURL(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	resp, err := c.follow(ctx, u, cond, request{
		maxBytes: c.opts.MaxBytes, maxRedirects: c.opts.MaxRedirects,
		robots: !c.opts.IgnoreRobots, filter: true,
	})
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	resp.URL = rawURL
	return resp, nil
}

// request is how follow treats one logical fetch.
type request struct {
	maxBytes     int64
	maxRedirects int
	robots       bool // check robots.txt before every hop
	filter       bool // apply Options.Accept and decode text
}

// checkURL accepts absolute http(s) URLs with a host, and refuses literal
// non-public IP hosts before anything is dialled (the dial-time guard
// covers names).
func (c *Client) checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadURL, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: scheme %q is not http or https", ErrBadURL, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("%w: no host", ErrBadURL)
	}
	u.Fragment, u.RawFragment = "", ""
	if !c.opts.AllowPrivate {
		if a, err := netip.ParseAddr(u.Hostname()); err == nil && !IsPublic(a) {
			return nil, fmt.Errorf("%w: %s", ErrBlockedAddress, a)
		}
	}
	return u, nil
}

// follow runs one logical fetch: robots check, attempts with retries, and
// redirects, each hop re-checked.
func (c *Client) follow(ctx context.Context, u *url.URL, cond *Conditional, rq request) (*Response, error) {
	seen := map[string]bool{u.String(): true}
	for hop := 0; ; hop++ {
		resp, next, err := c.hop(ctx, u, cond, rq)
		if err != nil {
			if hop > 0 {
				return nil, fmt.Errorf("after redirect to %s: %w", u, err)
			}
			return nil, err
		}
		if next == "" {
			return resp, nil
		}
		ref, err := url.Parse(strings.TrimSpace(next))
		if err != nil {
			return nil, fmt.Errorf("%w: bad redirect Location %q from %s: %w", ErrBadURL, next, u, err)
		}
		nu, err := c.checkURL(u.ResolveReference(ref).String())
		if err != nil {
			return nil, fmt.Errorf("redirect from %s to %q: %w", u, next, err)
		}
		if hop >= rq.maxRedirects {
			return nil, fmt.Errorf("%w: more than %d (last to %s)", ErrTooManyRedirects, rq.maxRedirects, nu)
		}
		if seen[nu.String()] {
			return nil, fmt.Errorf("%w: redirect loop back to %s", ErrTooManyRedirects, nu)
		}
		seen[nu.String()] = true
		u = nu
	}
}

// hop fetches u itself (no redirects), retrying retryable failures. A
// redirect returns its Location in next.
func (c *Client) hop(ctx context.Context, u *url.URL, cond *Conditional, rq request) (resp *Response, next string, err error) {
	if rq.robots {
		if err := c.checkRobots(ctx, u); err != nil {
			return nil, "", err
		}
	}
	for attempt := 0; ; attempt++ {
		resp, next, err = c.attempt(ctx, u, cond, rq)
		if err == nil || attempt >= c.opts.Retries || !retryable(err) || ctx.Err() != nil {
			return resp, next, err
		}
		wait := backoff(c.opts.RetryBase, c.opts.MaxRetryWait, attempt)
		var se *StatusError
		if errors.As(err, &se) && se.RetryAfter > 0 {
			if se.RetryAfter > c.opts.MaxRetryWait {
				return nil, "", err // the caller may reschedule using se.RetryAfter
			}
			wait = max(wait, se.RetryAfter)
			wait = min(wait, c.opts.MaxRetryWait)
		}
		c.log.Info("fetch retry", "url", u.String(), "attempt", attempt+1, "wait", wait, "err", err)
		if serr := c.sleep(ctx, wait); serr != nil {
			return nil, "", fmt.Errorf("waiting to retry after %v: %w", err, serr)
		}
	}
}

// attempt is one HTTP exchange.
func (c *Client) attempt(ctx context.Context, u *url.URL, cond *Conditional, rq request) (*Response, string, error) {
	if err := c.limiter(u.Hostname()).Wait(ctx); err != nil {
		return nil, "", fmt.Errorf("waiting for rate limit: %w", err)
	}
	actx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %w", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", acceptHeader)
	if cond != nil {
		if cond.ETag != "" {
			req.Header.Set("If-None-Match", cond.ETag)
		}
		if cond.LastModified != "" {
			req.Header.Set("If-Modified-Since", cond.LastModified)
		}
	}
	hr, err := c.hc.Do(req)
	if err != nil {
		return nil, "", c.netError(ctx, actx, err)
	}
	defer hr.Body.Close()

	resp := &Response{
		FinalURL:     u.String(),
		Status:       hr.StatusCode,
		ETag:         hr.Header.Get("ETag"),
		LastModified: hr.Header.Get("Last-Modified"),
		FetchedAt:    c.now().UTC(),
	}
	switch code := hr.StatusCode; {
	case code == http.StatusNotModified:
		drain(hr.Body)
		resp.NotModified = true
		if resp.ETag == "" && cond != nil {
			resp.ETag = cond.ETag
		}
		if resp.LastModified == "" && cond != nil {
			resp.LastModified = cond.LastModified
		}
		return resp, "", nil
	case code == http.StatusMovedPermanently, code == http.StatusFound, code == http.StatusSeeOther,
		code == http.StatusTemporaryRedirect, code == http.StatusPermanentRedirect:
		drain(hr.Body)
		loc := hr.Header.Get("Location")
		if loc == "" {
			return nil, "", &StatusError{Code: code}
		}
		return nil, loc, nil
	case code < 200 || code > 299:
		drain(hr.Body)
		se := &StatusError{Code: code}
		if d, ok := ParseRetryAfter(hr.Header.Get("Retry-After"), c.now()); ok {
			se.RetryAfter = d
		}
		return nil, "", se
	}

	ct := hr.Header.Get("Content-Type")
	mt := mediaType(ct)
	if rq.filter && mt != "" && !c.accepts(mt) {
		return nil, "", &ContentTypeError{ContentType: mt}
	}
	if hr.ContentLength > rq.maxBytes {
		return nil, "", fmt.Errorf("%w: Content-Length %d exceeds %d bytes", ErrTooLarge, hr.ContentLength, rq.maxBytes)
	}
	// Go's transport has asked for gzip and inflates it transparently, so
	// this counts decompressed bytes: a gzip bomb stops at the cap.
	body, err := io.ReadAll(io.LimitReader(hr.Body, rq.maxBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("reading body: %w", c.netError(ctx, actx, err))
	}
	if int64(len(body)) > rq.maxBytes {
		return nil, "", fmt.Errorf("%w: more than %d bytes after decompression", ErrTooLarge, rq.maxBytes)
	}
	if mt == "" {
		ct = http.DetectContentType(body)
		mt = mediaType(ct)
		if rq.filter && !c.accepts(mt) {
			return nil, "", &ContentTypeError{ContentType: mt}
		}
	}
	resp.ContentType = mt
	if _, params, err := mime.ParseMediaType(ct); err == nil {
		resp.Charset = strings.ToLower(params["charset"])
	}
	if rq.filter && decodable(mt) {
		resp.Body, resp.Charset = DecodeText(body, ct)
	} else {
		resp.Body = body
	}
	return resp, "", nil
}

// netError turns a transport error into ours: the caller's cancellation
// stays a context error, our own deadlines become ErrTimeout.
func (c *Client) netError(ctx, actx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // its message repeats the URL, which Error already names
	}
	if cerr := ctx.Err(); cerr != nil {
		return cerr
	}
	if errors.Is(actx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w: no complete response within %s: %w", ErrTimeout, c.opts.Timeout, err)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return err
}

// limiter returns the rate limiter of a host name.
func (c *Client) limiter(host string) *rate.Limiter {
	host = strings.ToLower(host)
	c.mu.Lock()
	defer c.mu.Unlock()
	if l, ok := c.hosts[host]; ok {
		return l
	}
	if len(c.hosts) >= limiterSweep {
		for h, l := range c.hosts {
			if l.Tokens() >= float64(l.Burst()) {
				delete(c.hosts, h) // idle: a fresh limiter behaves the same
			}
		}
	}
	limit := rate.Limit(c.opts.RatePerHost)
	if c.opts.RatePerHost < 0 {
		limit = rate.Inf
	}
	l := rate.NewLimiter(limit, c.opts.Burst)
	c.hosts[host] = l
	return l
}

// slowDown lowers host's rate to one request per delay, if that is slower.
func (c *Client) slowDown(host string, delay time.Duration) {
	l := c.limiter(host)
	if want := rate.Every(delay); want < l.Limit() {
		l.SetLimit(want)
	}
}

func (c *Client) accepts(mt string) bool {
	for _, a := range c.opts.Accept {
		switch {
		case a == "*/*" || a == mt:
			return true
		case strings.HasSuffix(a, "/") && strings.HasPrefix(mt, a):
			return true
		case strings.HasPrefix(a, "+") && strings.HasSuffix(mt, a):
			return true
		}
	}
	return false
}

// mediaType returns the lower-case media type of a Content-Type value.
func mediaType(ct string) string {
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// decodable reports whether bodies of type mt are converted to UTF-8: HTML
// and text, but not XML, whose parsers honour its encoding declaration.
func decodable(mt string) bool {
	if mt == "text/html" || mt == "application/xhtml+xml" {
		return true
	}
	return strings.HasPrefix(mt, "text/") && mt != "text/xml" && !strings.HasSuffix(mt, "+xml")
}

func drain(r io.Reader) { _, _ = io.Copy(io.Discard, io.LimitReader(r, drainBytes)) }
