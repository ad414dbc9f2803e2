package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// maxCompactSegments bounds the segments parameter of POST /api/compact: a
// larger target leaves a batch-built index as it is.
const maxCompactSegments = 1000

// compactBody is the JSON answer of POST /api/compact.
type compactBody struct {
	SegmentsBefore int     `json:"segments_before"`
	SegmentsAfter  int     `json:"segments_after"`
	Seconds        float64 `json:"seconds"`
}

// handleCompact merges the index's segments. Like ingest it changes the
// index, so only loopback clients may ask; searches go on meanwhile.
func (s *Server) handleCompact(w http.ResponseWriter, r *http.Request) {
	if s.opts.Compact == nil {
		writeError(w, http.StatusNotFound, "compaction is not enabled on this server")
		return
	}
	if !fromLoopback(r) {
		writeError(w, http.StatusForbidden, "compaction is accepted only from loopback clients")
		return
	}
	if !s.compacting.CompareAndSwap(false, true) {
		writeError(w, http.StatusConflict, "a compaction is already running")
		return
	}
	defer s.compacting.Store(false)
	target := 0
	if v := r.URL.Query().Get("segments"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxCompactSegments {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("segments: want a number from 1 to %d", maxCompactSegments))
			return
		}
		target = n
	}
	// A compaction takes far longer than a search: 10–16 s for a
	// 100k-article index, and longer for a larger one.
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Now().Add(s.opts.CompactTimeout)) // not every ResponseWriter supports it (tests)
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.CompactTimeout)
	defer cancel()
	start := time.Now()
	before, after, err := s.opts.Compact(ctx, target)
	// Documents and totals do not change, but pages through equal scores may.
	s.Invalidate()
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn("compaction timed out", "err", err)
		writeError(w, http.StatusGatewayTimeout, fmt.Sprintf("the compaction took longer than %s and was stopped", s.opts.CompactTimeout))
		return
	case err != nil:
		s.fail(w, r, "compact", err)
		return
	}
	writeJSON(w, http.StatusOK, compactBody{SegmentsBefore: before, SegmentsAfter: after, Seconds: time.Since(start).Seconds()})
}
