package server

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// contentSecurityPolicy lets the page load only its own script, style and
// API: no inline code, no third-party resources, no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// wrap applies the cross-cutting concerns to one route: security headers,
// method dispatch (405 with Allow), panic recovery, optional gzip, and
// metrics by route and status.
func (s *Server) wrap(rt route) http.Handler {
	allow := make([]string, 0, len(rt.methods))
	for m := range rt.methods {
		allow = append(allow, m)
	}
	slices.Sort(allow)
	allowHeader := strings.Join(allow, ", ")

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h := sw.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")

		var out http.ResponseWriter = sw
		var gz *gzipWriter
		if rt.compress && r.Method != http.MethodHead && acceptsGzip(r) {
			gz = &gzipWriter{statusWriter: sw, pool: &s.gzipPool}
			out = gz
		}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler { // net/http's way to abort a response; let it through
					panic(v)
				}
				s.log.Error("handler panic", "route", rt.name, "panic", v, "stack", string(debug.Stack()))
				if !sw.wrote {
					if gz != nil {
						gz.disabled = true
					}
					writeError(out, http.StatusInternalServerError, msgInternal)
				}
			}
			if gz != nil {
				if err := gz.Close(); err != nil {
					s.log.Debug("gzip close", "route", rt.name, "err", err)
				}
			}
			d := time.Since(start)
			s.metrics.observe(rt.name, sw.code(), d)
			s.log.Debug("request", "method", r.Method, "route", rt.name, "code", sw.code(), "duration", d)
		}()

		if rt.methods == nil {
			writeError(out, http.StatusNotFound, "not found")
			return
		}
		handler, ok := rt.methods[r.Method]
		if !ok {
			h.Set("Allow", allowHeader)
			writeError(out, http.StatusMethodNotAllowed, "method "+truncate(r.Method, 20)+" not allowed; use "+allowHeader)
			return
		}
		handler(out, r)
	})
}

// statusWriter remembers the status code for metrics.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status = code
		w.wrote = true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection (deadlines, flush).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) code() int {
	if !w.wrote {
		return http.StatusOK
	}
	return w.status
}

// gzipWriter compresses the body once the handler has chosen a compressible
// content type; anything else passes through untouched.
type gzipWriter struct {
	*statusWriter
	pool     *sync.Pool // of *gzip.Writer: each holds about 1 MB of state
	zw       *gzip.Writer
	decided  bool
	disabled bool
}

func (g *gzipWriter) WriteHeader(code int) {
	if !g.decided {
		g.decided = true
		h := g.Header()
		h.Add("Vary", "Accept-Encoding")
		if !g.disabled && code != http.StatusNoContent && code != http.StatusNotModified &&
			h.Get("Content-Encoding") == "" && compressible(h.Get("Content-Type")) {
			h.Set("Content-Encoding", "gzip")
			h.Del("Content-Length")
			g.zw = g.pool.Get().(*gzip.Writer)
			g.zw.Reset(g.statusWriter)
		}
	}
	g.statusWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(p []byte) (int, error) {
	if !g.decided {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(p))
		}
		g.WriteHeader(http.StatusOK)
	}
	if g.zw != nil {
		return g.zw.Write(p)
	}
	return g.statusWriter.Write(p)
}

// Close flushes the compressed stream and returns the compressor to the pool.
func (g *gzipWriter) Close() error {
	if g.zw == nil {
		return nil
	}
	err := g.zw.Close()
	g.zw.Reset(io.Discard) // drop the reference to the response
	g.pool.Put(g.zw)
	g.zw = nil
	return err
}

func newGzipWriter() any {
	zw, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed) // the level is valid
	return zw
}

// Unwrap exposes the underlying writer to http.ResponseController.
func (g *gzipWriter) Unwrap() http.ResponseWriter { return g.statusWriter }

func compressible(contentType string) bool {
	ct, _, _ := strings.Cut(contentType, ";")
	ct = strings.TrimSpace(strings.ToLower(ct))
	return strings.HasPrefix(ct, "text/") || ct == "application/json" ||
		ct == "application/javascript" || ct == "image/svg+xml"
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		// "gzip;q=0" refuses it.
		if _, q, ok := strings.Cut(params, "q="); ok {
			if f, err := strconv.ParseFloat(strings.TrimSpace(q), 64); err == nil && f == 0 {
				return false
			}
		}
		return true
	}
	return false
}

// Messages shown for errors that are the server's fault; the detail goes
// to the log only.
const (
	msgInternal = "internal error; the server log has details"
	msgTimeout  = "the search took too long; narrow it down and try again"
)

// errorBody is the JSON of every error response.
type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	// A failed write means the client went away; nothing useful to do.
	_ = enc.Encode(v)
}

// truncate shortens s to at most n bytes on a rune boundary, for echoing
// client input back in messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
