package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// TestRemoteRefusals: what a running server refuses reaches the user with
// its message; a refused search is a usage error (exit 2), any other
// refusal a failure.
func TestRemoteRefusals(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/search":
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"error":"q: too many terms"}`))
		default:
			w.WriteHeader(http.StatusConflict)
			_, _ = w.Write([]byte(`{"error":"a compaction is already running"}`))
		}
	}))
	defer srv.Close()
	r := &remoteIndex{base: srv.URL, client: srv.Client()}
	ctx := context.Background()

	_, err := r.search(ctx, url.Values{"q": {"x*"}})
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != exitUsage || !strings.Contains(err.Error(), "too many terms") {
		t.Errorf("refused search: %v, want a usage error with the server's message", err)
	}
	_, _, err = r.compact(ctx, 2)
	if errors.As(err, &ee) || err == nil || !strings.Contains(err.Error(), "409 Conflict: a compaction is already running") {
		t.Errorf("refused compaction: %v, want a failure with the server's status and message", err)
	}
}
