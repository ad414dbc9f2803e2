package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"kronika/corpus"
)

// ingestBody is the JSON answer of POST /api/ingest.
type ingestBody struct {
	Received  int    `json:"received"`
	Indexed   int    `json:"indexed"`
	Documents uint64 `json:"documents"`
}

// ingestTypes are the accepted Content-Types. None of them is one a
// cross-site HTML form can send, so a browser would need a CORS preflight
// (which this server never grants) to post here.
var ingestTypes = []string{"application/x-ndjson", "application/jsonl", "application/json-lines",
	"application/jsonlines", "application/json"}

// handleIngest answers POST /api/ingest: a JSONL body of corpus.Record
// lines, all or nothing, handed to Options.Ingest. It is for
// `kronika ingest` on the same machine, so only loopback clients that
// name a loopback host are served.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if s.opts.Ingest == nil {
		writeError(w, http.StatusNotFound, "live ingestion is not enabled on this server")
		return
	}
	if !fromLoopback(r) {
		s.metrics.ingestBatches.WithLabelValues("forbidden").Inc()
		writeError(w, http.StatusForbidden, "ingest is accepted only from loopback clients")
		return
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !containsFold(ingestTypes, mt) {
		s.metrics.ingestBatches.WithLabelValues("rejected").Inc()
		writeError(w, http.StatusUnsupportedMediaType,
			"send JSONL records with Content-Type application/x-ndjson")
		return
	}
	// A large batch takes longer to index than a search takes to answer.
	rc := http.NewResponseController(w)
	deadline := time.Now().Add(s.opts.IngestTimeout)
	_ = rc.SetReadDeadline(deadline)  // not every ResponseWriter supports it (tests)
	_ = rc.SetWriteDeadline(deadline) // idem

	body := http.MaxBytesReader(w, r.Body, s.opts.MaxIngestBytes)
	recs, err := readRecords(body)
	if err != nil {
		s.metrics.ingestBatches.WithLabelValues("rejected").Inc()
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge,
				fmt.Sprintf("body is larger than %d bytes; send smaller batches", s.opts.MaxIngestBytes))
			return
		}
		writeError(w, http.StatusBadRequest, clientMessage(err))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.IngestTimeout)
	defer cancel()
	n, err := s.opts.Ingest(ctx, recs)
	// Even a failed batch may have indexed part of itself.
	s.Invalidate()
	s.metrics.ingestRecords.WithLabelValues("indexed").Add(float64(max(n, 0)))
	if err != nil {
		s.metrics.ingestBatches.WithLabelValues("error").Inc()
		s.metrics.ingestRecords.WithLabelValues("failed").Add(float64(max(len(recs)-n, 0)))
		s.fail(w, r, "ingest", err)
		return
	}
	s.metrics.ingestBatches.WithLabelValues("ok").Inc()
	docs, err := s.opts.Backend.Count()
	if err != nil {
		s.log.Warn("count after ingest", "err", err)
	}
	writeJSON(w, http.StatusOK, ingestBody{Received: len(recs), Indexed: n, Documents: docs})
}

// readRecords parses a JSONL body of records. Any bad line rejects the
// whole batch, so a client never has to work out which half went in.
func readRecords(body io.Reader) ([]corpus.Record, error) {
	br := bufio.NewReaderSize(body, 64<<10)
	var recs []corpus.Record
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("read body: %w", err)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var rec corpus.Record
			if jerr := json.Unmarshal(t, &rec); jerr != nil {
				return nil, fmt.Errorf("line %d: not a JSON record: %w", line, jerr)
			}
			if strings.TrimSpace(rec.ID) == "" {
				return nil, fmt.Errorf("line %d: record has no id", line)
			}
			if msg := checkID(rec.ID); msg != "" {
				return nil, fmt.Errorf("line %d: %s", line, msg)
			}
			recs = append(recs, rec)
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if len(recs) == 0 {
		return nil, errors.New("body holds no records; send one JSON record per line")
	}
	return recs, nil
}

// fromLoopback reports a request that a process on this machine sent to a
// loopback name: the only requests allowed to change the index.
func fromLoopback(r *http.Request) bool {
	return loopbackAddr(r.RemoteAddr) && loopbackHost(r.Host)
}

func loopbackAddr(remote string) bool {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		host = remote
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// loopbackHost checks the Host header, so that a page on another site whose
// name was rebound to 127.0.0.1 cannot post here.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
