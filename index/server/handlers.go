package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"kronika/index"
)

// handleSearch answers GET /api/search with the index.Result JSON, from the
// response cache when it can.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
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
	body, hit, err := s.cachedSearch(r.Context(), searchKey(vals), q)
	switch {
	case err == nil:
		writeCached(w, body, hit, start)
	case errors.Is(err, errBusy):
		writeBusy(w)
	case s.opts.IsBadQuery != nil && s.opts.IsBadQuery(err):
		writeError(w, http.StatusBadRequest, clientMessage(err))
	default:
		s.fail(w, r, "search", err)
	}
}

// searchKey is the cache key of a search: the parameters in a canonical
// order, so that "a=1&b=2" and "b=2&a=1" share an entry.
func searchKey(vals url.Values) string { return "/api/search?" + vals.Encode() }

// cachedSearch returns the encoded answer to q, whose cache key is key.
func (s *Server) cachedSearch(ctx context.Context, key string, q index.Query) (*cachedBody, bool, error) {
	return s.cached(ctx, key, func(ctx context.Context) (*cachedBody, error) {
		res, err := s.opts.Backend.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		if res == nil {
			res = &index.Result{}
		}
		s.metrics.searchTook.Observe(res.TookMS)
		return encodeCached(withEmptyLists(res))
	})
}

// cached returns the answer stored under key, or computes it with compute
// (once for all concurrent callers asking for the same key, within
// admission control and the search timeout) and stores it. hit reports
// whether it came from the cache.
func (s *Server) cached(ctx context.Context, key string, compute func(context.Context) (*cachedBody, error)) (body *cachedBody, hit bool, err error) {
	if s.cache != nil {
		b, state := s.cache.get(key)
		if state == staleRefresh {
			// Serve the old answer; refresh it off this request's clock.
			go func() {
				ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.SearchTimeout+s.opts.QueueWait)
				defer cancel()
				if _, _, err := s.flights.do(ctx, key, func() (*cachedBody, error) { return s.compute(ctx, key, compute) }); err != nil {
					s.log.Debug("cache refresh", "key", truncate(key, 200), "err", err)
				}
			}()
		}
		if state != missing {
			s.metrics.cacheRequests.WithLabelValues("hit").Inc()
			return b, true, nil
		}
	}
	for attempt := 0; ; attempt++ {
		b, shared, err := s.flights.do(ctx, key, func() (*cachedBody, error) {
			if s.cache != nil {
				// Another flight may have stored it since the lookup above.
				if b, state := s.cache.get(key); state == fresh {
					return b, nil
				}
			}
			return s.compute(ctx, key, compute)
		})
		// The request this one waited for was canceled by its own client:
		// compute again rather than pass on someone else's cancellation.
		if shared && errors.Is(err, context.Canceled) && ctx.Err() == nil && attempt < 3 {
			continue
		}
		if shared {
			s.metrics.cacheRequests.WithLabelValues("shared").Inc()
		} else {
			s.metrics.cacheRequests.WithLabelValues("miss").Inc()
		}
		return b, false, err
	}
}

// compute runs compute within admission control and the search timeout,
// and stores a success in the cache.
func (s *Server) compute(ctx context.Context, key string, compute func(context.Context) (*cachedBody, error)) (*cachedBody, error) {
	var gen uint64
	if s.cache != nil {
		gen = s.cache.generation()
	}
	release, err := s.admit.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	cctx, cancel := context.WithTimeout(ctx, s.opts.SearchTimeout)
	defer cancel()
	b, err := compute(cctx)
	if err == nil && s.cache != nil {
		s.cache.put(key, gen, b)
	}
	return b, err
}

// encodeCached encodes v exactly as writeJSON would, noting where its
// took_ms value is.
func encodeCached(v any) (*cachedBody, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode answer: %w", err)
	}
	b := &cachedBody{body: buf.Bytes(), tookAt: -1}
	// The first "took_ms": is the field: inside JSON strings quotes are
	// escaped, and no nested object has such a key.
	if i := bytes.Index(b.body, []byte(`"took_ms":`)); i >= 0 {
		at := i + len(`"took_ms":`)
		end := at
		for end < len(b.body) && strings.IndexByte("0123456789+-.eE", b.body[end]) >= 0 {
			end++
		}
		b.tookAt, b.tookEnd = at, end
	}
	return b, nil
}

// writeCached writes an encoded answer; a hit reports the time it took to
// serve it as its took_ms.
func writeCached(w http.ResponseWriter, b *cachedBody, hit bool, start time.Time) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	if hit {
		h.Set("X-Cache", "hit")
	} else {
		h.Set("X-Cache", "miss")
	}
	w.WriteHeader(http.StatusOK)
	// A failed write means the client went away; nothing useful to do.
	if !hit || b.tookAt < 0 {
		_, _ = w.Write(b.body)
		return
	}
	ms := float64(time.Since(start).Microseconds()) / 1000
	_, _ = w.Write(b.body[:b.tookAt])
	_, _ = w.Write(strconv.AppendFloat(nil, ms, 'f', -1, 64))
	_, _ = w.Write(b.body[b.tookEnd:])
}

// writeBusy answers a request turned away by admission control.
func writeBusy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, msgBusy)
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
	start := time.Now()
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
	body, hit, err := s.cachedEntities(r.Context(), kind)
	switch {
	case err == nil:
		writeCached(w, body, hit, start)
	case errors.Is(err, errBusy):
		writeBusy(w)
	default:
		s.fail(w, r, "list entities", err)
	}
}

// cachedEntities returns the encoded entity list of kind.
func (s *Server) cachedEntities(ctx context.Context, kind string) (*cachedBody, bool, error) {
	return s.cached(ctx, "/api/entities?type="+kind, func(ctx context.Context) (*cachedBody, error) {
		list, err := s.opts.Backend.Entities(ctx, kind)
		if err != nil {
			return nil, err
		}
		if isNilList(list) {
			list = []any{}
		}
		return encodeCached(entitiesBody{Type: kind, Entities: list})
	})
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
