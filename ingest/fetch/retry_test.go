package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"syscall"
	"testing"
	"time"
)

func mustAddr(t *testing.T, s string) netip.Addr {
	t.Helper()
	a, err := netip.ParseAddr(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Fri, 14 Mar 2025 09:00:45 GMT", 45 * time.Second, true},
		{"Friday, 14-Mar-25 09:01:00 GMT", time.Minute, true}, // RFC 850
		{"Fri Mar 14 09:00:10 2025", 10 * time.Second, true},  // asctime
		{"Thu, 13 Mar 2025 09:00:00 GMT", 0, true},            // past
		{"99999999999999999999999", maxRetryAfter, true},
		{"", 0, false},
		{"-5", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
		{"12abc", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "Fri, 14 Mar 2025 09:00:45 GMT", "", "-1", "9999999999999999999999", "Mon, 02 Jan 2006 15:04:05 GMT"} {
		f.Add(s)
	}
	now := time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseRetryAfter(s, now)
		if d < 0 || d > maxRetryAfter || (!ok && d != 0) {
			t.Fatalf("ParseRetryAfter(%q) = %v, %v", s, d, ok)
		}
	})
}

func TestBackoff(t *testing.T) {
	base, limit := 500*time.Millisecond, 30*time.Second
	for attempt := range 70 {
		want := limit
		if attempt < 6 {
			want = base << attempt
		}
		for range 20 {
			d := backoff(base, limit, attempt)
			if d < want/2 || d > want {
				t.Fatalf("backoff(attempt %d) = %v, want in [%v, %v]", attempt, d, want/2, want)
			}
		}
	}
}

func TestRetryable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{&StatusError{Code: 429}, true},
		{&StatusError{Code: 503}, true},
		{&StatusError{Code: 504}, true},
		{&StatusError{Code: 408}, true},
		{&StatusError{Code: 404}, false},
		{&StatusError{Code: 501}, false},
		{fmt.Errorf("x: %w", ErrTimeout), true},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{fmt.Errorf("read: %w", syscall.ECONNRESET), true},
		{io.ErrUnexpectedEOF, true},
		{&net.DNSError{Err: "no such host", IsNotFound: true}, false},
		{&net.DNSError{Err: "server misbehaving", IsTemporary: true}, true},
		{fmt.Errorf("%w: 10.0.0.1", ErrBlockedAddress), false},
		{fmt.Errorf("%w", ErrTooLarge), false},
		{&ContentTypeError{ContentType: "image/png"}, false},
		{context.Canceled, false},
		{errors.New("x509: certificate signed by unknown authority"), false},
	}
	for _, tt := range tests {
		if got := retryable(tt.err); got != tt.want {
			t.Errorf("retryable(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
