package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"syscall"
	"time"

	"kronika/corpus"
	"kronika/index"
)

// remoteIndex hands index changes to a running `kronika serve`, which holds
// the index: bleve lets only one process write it.
type remoteIndex struct {
	base   string
	client *http.Client
}

// runningServer reads server.json from the data directory and checks that
// its process is alive.
func (a *app) runningServer() (*remoteIndex, bool) {
	b, err := os.ReadFile(a.serverInfoPath())
	if err != nil {
		return nil, false
	}
	var info serverInfo
	if json.Unmarshal(b, &info) != nil || info.Addr == "" {
		return nil, false
	}
	if p, err := os.FindProcess(info.PID); err != nil || p.Signal(syscall.Signal(0)) != nil {
		return nil, false
	}
	// The process is alive, but its id may have been reused after a crash
	// that left server.json behind: ask the server itself.
	r := &remoteIndex{base: "http://" + info.Addr, client: &http.Client{Timeout: 10 * time.Minute}}
	probe := &http.Client{Timeout: 2 * time.Second}
	resp, err := probe.Get(r.base + "/healthz")
	if err != nil {
		return nil, false
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, false
	}
	return r, true
}

func (r *remoteIndex) Put(ctx context.Context, recs []corpus.Record) error {
	return r.post(ctx, recs)
}

// Delete sends duplicates-to-be: the server's index removes a record that
// carries duplicate_of.
func (r *remoteIndex) Delete(ctx context.Context, ids []string) error {
	recs := make([]corpus.Record, len(ids))
	for i, id := range ids {
		recs[i] = corpus.Record{ID: id, DuplicateOf: "removed"}
	}
	return r.post(ctx, recs)
}

func (r *remoteIndex) post(ctx context.Context, recs []corpus.Record) error {
	var body bytes.Buffer
	w := corpus.NewWriter(&body)
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/api/ingest", &body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	resp, err := r.client.Do(req)
	if err != nil {
		return fmt.Errorf("sending to the running server at %s: %w", r.base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("running server at %s refused the batch: %s: %s", r.base, resp.Status, bytes.TrimSpace(msg))
	}
	return nil
}

func (r *remoteIndex) Close() error { return nil }

// compact asks the running server to merge its index's segments down to
// target (0: the server's default).
func (r *remoteIndex) compact(ctx context.Context, target int) (before, after int, err error) {
	path := "/api/compact"
	if target > 0 {
		path += "?segments=" + strconv.Itoa(target)
	}
	var res struct {
		Before int `json:"segments_before"`
		After  int `json:"segments_after"`
	}
	if err := r.ask(ctx, http.MethodPost, path, 64<<10, &res); err != nil {
		return 0, 0, err
	}
	return res.Before, res.After, nil
}

// search asks the running server, which holds the index.
func (r *remoteIndex) search(ctx context.Context, v url.Values) (*index.Result, error) {
	var res index.Result
	if err := r.ask(ctx, http.MethodGet, "/api/search?"+v.Encode(), 64<<20, &res); err != nil {
		var se *serverError
		if errors.As(err, &se) && se.code == http.StatusBadRequest {
			return nil, usageError("%s", se.msg)
		}
		return nil, err
	}
	return &res, nil
}

// ask sends a request without a body to the running server and decodes its
// JSON answer, of at most limit bytes, into out. An answer other than 200
// is a *serverError.
func (r *remoteIndex) ask(ctx context.Context, method, path string, limit int64, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, r.base+path, nil)
	if err != nil {
		return err
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return fmt.Errorf("asking the running server at %s: %w", r.base, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		_ = json.Unmarshal(body, &e)
		return &serverError{base: r.base, status: resp.Status, code: resp.StatusCode, msg: e.Error}
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("running server at %s: %w", r.base, err)
	}
	return nil
}

// serverError is a running server's refusal: its status and the message
// of its JSON error.
type serverError struct {
	base, status string
	code         int
	msg          string
}

func (e *serverError) Error() string {
	return fmt.Sprintf("running server at %s: %s: %s", e.base, e.status, e.msg)
}
