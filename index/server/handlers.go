package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronika/index"
)

// handleSearch answers GET /api/search with the index.Result JSON.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	vals, msg := queryValues(r)
	if msg != "" {
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	q, err := s.opts.ParseQuery(vals)
	if err != nil {
		if s.opts.IsBadQuery == nil || s.opts.IsBadQuery(err) {
			writeError(w, http.StatusBadRequest, clientMessage(err))
			return
		}
		s.fail(w, r, "parse search parameters", err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.SearchTimeout)
	defer cancel()
	res, err := s.opts.Backend.Search(ctx, q)
	if err != nil {
		if s.opts.IsBadQuery != nil && s.opts.IsBadQuery(err) {
			writeError(w, http.StatusBadRequest, clientMessage(err))
			return
		}
		s.fail(w, r, "search", err)
		return
	}
	if res == nil {
		res = &index.Result{}
	}
	s.metrics.searchTook.Observe(res.TookMS)
	writeJSON(w, http.StatusOK, withEmptyLists(res))
}

// withEmptyLists returns a shallow copy of res whose nil lists are empty,
// so the JSON always has arrays where clients expect them.
func withEmptyLists(res *index.Result) *index.Result {
	out := *res
	if out.Hits == nil {
		out.Hits = []index.Hit{}
	}
	f := &out.Facets
	for _, l := range []*[]index.TermCount{&f.Nations, &f.Ministers, &f.Lang, &f.Source} {
		if *l == nil {
			*l = []index.TermCount{}
		}
	}
	if f.Timeline == nil {
		f.Timeline = []index.MonthCount{}
	}
	return &out
}

// handleDocument answers GET /api/documents/{id} with the full Record.
func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if msg := checkID(id); msg != "" {
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.SearchTimeout)
	defer cancel()
	rec, err := s.opts.Backend.Get(ctx, id)
	if (err != nil && s.opts.IsNotFound(err)) || (err == nil && rec == nil) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no document with id %q", id))
		return
	}
	if err != nil {
		s.fail(w, r, "get document", err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// maxIDBytes bounds a document id in a path; ids are short hashes or file
// names.
const maxIDBytes = 512

func checkID(id string) string {
	switch {
	case id == "":
		return "document id is empty"
	case len(id) > maxIDBytes:
		return fmt.Sprintf("document id is longer than %d bytes", maxIDBytes)
	case !utf8.ValidString(id):
		return "document id is not valid UTF-8"
	case strings.IndexFunc(id, unicode.IsControl) >= 0:
		return "document id contains control characters"
	}
	return ""
}

// entitiesBody is the JSON of GET /api/entities.
type entitiesBody struct {
	Type     string `json:"type"`
	Entities any    `json:"entities"`
}

// handleEntities answers GET /api/entities?type=nation|minister.
func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) {
	vals, msg := queryValues(r)
	if msg != "" {
		writeError(w, http.StatusBadRequest, msg)
		return
	}
	kind := vals.Get("type")
	if kind != KindNation && kind != KindMinister {
		writeError(w, http.StatusBadRequest,
			fmt.Sprintf("parameter type must be %q or %q, got %q", KindNation, KindMinister, truncate(kind, 40)))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.SearchTimeout)
	defer cancel()
	list, err := s.opts.Backend.Entities(ctx, kind)
	if err != nil {
		s.fail(w, r, "list entities", err)
		return
	}
	if isNilList(list) {
		list = []any{}
	}
	writeJSON(w, http.StatusOK, entitiesBody{Type: kind, Entities: list})
}

func isNilList(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	return (rv.Kind() == reflect.Slice || rv.Kind() == reflect.Map) && rv.IsNil()
}

// healthBody is the JSON of GET /healthz.
type healthBody struct {
	Status    string `json:"status"`
	Documents uint64 `json:"documents"`
	Error     string `json:"error,omitempty"`
}

// handleHealth answers GET /healthz: ok with the document count, or 503
// when the index cannot be read.
func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	n, err := s.opts.Backend.Count()
	if err != nil {
		s.log.Error("health check", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, healthBody{Status: "error", Error: "index unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, healthBody{Status: "ok", Documents: n})
}

// handleOpenAPI serves the embedded OpenAPI 3.0 description.
func (s *Server) handleOpenAPI(w http.ResponseWriter, _ *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(s.openapi)
}

// fail answers an error that is the server's fault: a timeout gets 504, a
// client that went away gets nothing useful, anything else a generic 500.
// The detail is logged, never sent.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, what string, err error) {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		s.log.Warn(what+" timed out", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusGatewayTimeout, msgTimeout)
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		s.log.Debug(what+" canceled by client", "path", r.URL.Path)
		writeError(w, http.StatusServiceUnavailable, "request canceled")
	default:
		s.log.Error(what+" failed", "path", r.URL.Path, "query", truncate(r.URL.RawQuery, 500), "err", err)
		writeError(w, http.StatusInternalServerError, msgInternal)
	}
}

// queryValues parses the query string strictly: a malformed or oversized
// one is the client's mistake, reported with a message, where
// r.URL.Query() would silently drop parts of it.
func queryValues(r *http.Request) (url.Values, string) {
	raw := r.URL.RawQuery
	if len(raw) > maxRawQuery {
		return nil, fmt.Sprintf("query string is longer than %d bytes", maxRawQuery)
	}
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return nil, "malformed query string: use name=value pairs joined by & with valid %-escapes"
	}
	for k, vs := range vals {
		if !utf8.ValidString(k) {
			return nil, "query string is not valid UTF-8"
		}
		for _, v := range vs {
			if !utf8.ValidString(v) {
				return nil, fmt.Sprintf("parameter %q is not valid UTF-8", truncate(k, 40))
			}
		}
	}
	return vals, ""
}

// maxMessage bounds an error message sent to a client.
const maxMessage = 300

// clientMessage makes the message of a client error safe to send: valid
// UTF-8, one line, bounded.
func clientMessage(err error) string {
	msg := strings.ToValidUTF8(err.Error(), "\uFFFD")
	msg = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, msg)
	msg = truncate(strings.TrimSpace(msg), maxMessage)
	if msg == "" {
		msg = "bad request"
	}
	return msg
}
