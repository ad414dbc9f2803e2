package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

const (
	// robotsMaxBytes: RFC 9309 lets crawlers stop parsing after 500 KiB.
	robotsMaxBytes = 500 << 10
	// robotsMaxRedirects: RFC 9309 asks crawlers to follow at least five.
	robotsMaxRedirects = 5
	// robotsRetryTTL is how long a host whose robots.txt answered 5xx or
	// could not be reached stays disallowed before we ask again.
	robotsRetryTTL = 10 * time.Minute
	// maxCrawlDelay caps a robots.txt Crawl-delay we honour, so one odd
	// file cannot park a host for hours.
	maxCrawlDelay = time.Minute
	// robotsCacheSweep: above this many cached origins, expired ones are
	// dropped on the next insert.
	robotsCacheSweep = 4096
)

// robotsEntry is one origin's cached robots.txt verdict. ready is closed
// once the fields are set; readers wait on it so that concurrent first
// requests to a host share one robots.txt fetch.
type robotsEntry struct {
	ready   chan struct{}
	group   *robotstxt.Group // rules for our agent; nil means allow all
	blocked string           // non-empty: temporarily disallow everything, and why
	err     error            // the fetch was abandoned (caller's context); not cached
	done    bool             // set, with expires, under robotsCache.mu
	expires time.Time
}

type robotsCache struct {
	mu sync.Mutex
	m  map[string]*robotsEntry
}

// checkRobots returns nil when robots.txt of u's origin lets our agent fetch
// u, and an error wrapping ErrRobots otherwise.
func (c *Client) checkRobots(ctx context.Context, u *url.URL) error {
	origin := u.Scheme + "://" + u.Host
	e, err := c.robotsEntry(ctx, origin)
	if err != nil {
		return err
	}
	if e.blocked != "" {
		return fmt.Errorf("%w: %s/robots.txt %s; host treated as disallowed until %s",
			ErrRobots, origin, e.blocked, e.expires.UTC().Format(time.RFC3339))
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if e.group != nil && !e.group.Test(path) {
		return fmt.Errorf("%w: %s/robots.txt disallows %s for %q", ErrRobots, origin, path, c.agent)
	}
	return nil
}

// robotsEntry returns the live cache entry for origin, fetching robots.txt
// if there is none or it has expired.
func (c *Client) robotsEntry(ctx context.Context, origin string) (*robotsEntry, error) {
	for {
		c.robots.mu.Lock()
		e, ok := c.robots.m[origin]
		now := c.now()
		if ok && (!e.done || now.Before(e.expires)) {
			c.robots.mu.Unlock()
			select {
			case <-e.ready:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			if e.err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				continue // the fetching caller gave up; try again ourselves
			}
			return e, nil
		}
		if len(c.robots.m) >= robotsCacheSweep {
			for k, old := range c.robots.m {
				if old.done && now.After(old.expires) {
					delete(c.robots.m, k)
				}
			}
		}
		e = &robotsEntry{ready: make(chan struct{})}
		c.robots.m[origin] = e
		c.robots.mu.Unlock()

		v, err := c.loadRobots(ctx, origin)
		c.robots.mu.Lock()
		if err != nil {
			if c.robots.m[origin] == e {
				delete(c.robots.m, origin)
			}
			e.err = err
		} else {
			e.group, e.blocked, e.expires = v.group, v.blocked, v.expires
		}
		e.done = true
		c.robots.mu.Unlock()
		close(e.ready)
		if err != nil {
			return nil, err
		}
		return e, nil
	}
}

// loadRobots fetches and interprets origin's robots.txt into e. Following
// RFC 9309: 2xx is parsed; 4xx (robots.txt missing or forbidden) allows
// everything; more than five redirects counts as missing. 429, 5xx and
// unreachable hosts disallow everything for robotsRetryTTL and are asked
// again later: refusing is the polite reading of a server in trouble.
// An error is returned only when nothing should be cached: the caller's
// context ended or the host is a blocked address.
func (c *Client) loadRobots(ctx context.Context, origin string) (robotsVerdict, error) {
	var e robotsVerdict
	ru, _ := url.Parse(origin + "/robots.txt")
	resp, err := c.follow(ctx, ru, nil, request{maxBytes: robotsMaxBytes, maxRedirects: robotsMaxRedirects})
	var se *StatusError
	now := c.now()
	e.expires = now.Add(c.opts.RobotsTTL)
	switch {
	case err == nil:
		e.group = c.parseRobots(origin, resp.Body)
	case ctx.Err() != nil:
		return e, ctx.Err()
	case errors.Is(err, ErrBlockedAddress), errors.Is(err, ErrBadURL):
		return e, err
	case errors.Is(err, ErrTooLarge):
		// RFC 9309 lets a crawler parse the first 500 KiB; our reader
		// refuses instead, so treat an oversized file as absent.
		c.log.Warn("robots.txt too large, allowing all", "origin", origin)
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
		// missing: allow all
	case errors.Is(err, ErrTooManyRedirects):
		// RFC 9309 §2.3.1.2: may be treated as unavailable (allow all)
	default:
		e.blocked = "unavailable (" + err.Error() + ")"
		e.expires = now.Add(min(robotsRetryTTL, c.opts.RobotsTTL))
		c.log.Warn("robots.txt unavailable, disallowing host for now", "origin", origin, "err", err, "retry_after", e.expires)
	}
	return e, nil
}

// robotsVerdict is what loadRobots learned; see robotsEntry.
type robotsVerdict struct {
	group   *robotstxt.Group
	blocked string
	expires time.Time
}

// parseRobots returns our agent's group, applying its Crawl-delay to the
// host's rate limiter.
func (c *Client) parseRobots(origin string, body []byte) *robotstxt.Group {
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		// The library rejects the whole file for a rule before any
		// User-agent line or a bad Crawl-delay; crawlers ignore such lines,
		// so drop them and try again.
		data, err = robotstxt.FromBytes(sanitizeRobots(body))
		if err != nil {
			c.log.Warn("unparseable robots.txt, allowing all", "origin", origin, "err", err)
			return nil
		}
	}
	g := data.FindGroup(c.agent)
	if g.CrawlDelay > 0 {
		if u, err := url.Parse(origin); err == nil {
			c.slowDown(u.Hostname(), min(g.CrawlDelay, maxCrawlDelay))
		}
	}
	return g
}

// sanitizeRobots drops Crawl-delay lines and rule lines that come before the
// first User-agent line.
func sanitizeRobots(body []byte) []byte {
	var out bytes.Buffer
	seenAgent := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), robotsMaxBytes)
	for sc.Scan() {
		line := sc.Text()
		key, _, _ := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		switch key {
		case "user-agent":
			seenAgent = true
		case "crawl-delay":
			continue
		case "allow", "disallow":
			if !seenAgent {
				continue
			}
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}
