package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors. Every error returned by Client.Get is an *Error that names
// the requested URL and wraps one of these (or a *StatusError, or a context
// error), so callers can branch with errors.Is / errors.As.
var (
	// ErrBlockedAddress: the URL's host is, or resolved to, a loopback,
	// private, link-local or otherwise non-public address (SSRF guard).
	ErrBlockedAddress = errors.New("blocked non-public address")
	// ErrRobots: robots.txt disallows the URL for our user agent, or the
	// host's robots.txt is temporarily unavailable (5xx, unreachable).
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrTooLarge: the body exceeds Options.MaxBytes after decompression.
	ErrTooLarge = errors.New("response body too large")
	// ErrTooManyRedirects: more than Options.MaxRedirects hops, or a loop.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrContentType: the response's media type is not in Options.Accept.
	// The error is a *ContentTypeError carrying the type.
	ErrContentType = errors.New("content type not accepted")
	// ErrBadURL: not an absolute http or https URL with a host.
	ErrBadURL = errors.New("unsupported URL")
	// ErrTimeout: an attempt exceeded Options.Timeout or the connect timeout.
	ErrTimeout = errors.New("timeout")
)

// Error is what Client.Get returns on failure: the requested URL and why.
type Error struct {
	URL string
	Err error
}

func (e *Error) Error() string { return "fetch " + e.URL + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// StatusError reports a final HTTP status that is not a success, a redirect
// or 304 Not Modified (after retries, for retryable statuses).
type StatusError struct {
	Code int
	// RetryAfter is the server's Retry-After, when it sent one; a caller
	// may reschedule the URL after it.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (Retry-After %s)", e.RetryAfter)
	}
	return s
}

// ContentTypeError reports a response whose media type is not accepted; the
// body was not downloaded. errors.Is(err, ErrContentType) holds.
type ContentTypeError struct {
	ContentType string
}

func (e *ContentTypeError) Error() string {
	return fmt.Sprintf("%s: %q", ErrContentType, e.ContentType)
}

func (e *ContentTypeError) Unwrap() error { return ErrContentType }
