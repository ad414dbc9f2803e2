package fetch

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"syscall"
	"time"
)

// maxRetryAfter bounds what ParseRetryAfter returns, so absurd values cannot
// overflow a time.Duration; anything this long is "give up" anyway.
const maxRetryAfter = 30 * 24 * time.Hour

// ParseRetryAfter reads a Retry-After header value: either delay-seconds or
// an HTTP-date (RFC 9110 §10.2.3), relative to now. A date in the past gives
// 0. It reports false for an empty or malformed value.
func ParseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if v[0] >= '0' && v[0] <= '9' {
		var secs int64
		for i := 0; i < len(v); i++ {
			c := v[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			if secs < int64(maxRetryAfter/time.Second) {
				secs = secs*10 + int64(c-'0')
			}
		}
		d := time.Duration(secs) * time.Second
		return min(d, maxRetryAfter), true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	d := t.Sub(now)
	if d < 0 {
		d = 0
	}
	return min(d, maxRetryAfter), true
}

// backoff is the wait before retry number attempt+1: base·2^attempt capped
// at limit, with "equal jitter" (uniform in [d/2, d]) so that many clients
// failing together do not retry in lockstep.
func backoff(base, limit time.Duration, attempt int) time.Duration {
	d := limit
	if attempt < 30 && base<<attempt > 0 && base<<attempt < limit {
		d = base << attempt
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

// retryable reports whether a failed attempt is worth repeating: overload or
// gateway statuses, and transient network failures. Refusals of ours (SSRF,
// size, content type) and the caller's cancellation are final.
func retryable(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		switch se.Code {
		case http.StatusRequestTimeout, http.StatusTooManyRequests, http.StatusInternalServerError,
			http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return true
		}
		return false
	}
	switch {
	case errors.Is(err, ErrBlockedAddress), errors.Is(err, ErrTooLarge), errors.Is(err, ErrContentType),
		errors.Is(err, ErrBadURL), errors.Is(err, context.Canceled):
		return false
	case errors.Is(err, ErrTimeout),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.IsTemporary || dns.IsTimeout
	}
	return false
}

// sleepCtx waits d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
