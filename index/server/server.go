// Package server is Kronika's HTTP face: a JSON search API over an index
// (search, documents, entities, health, metrics, OpenAPI, live ingestion)
// and the browser page that uses it, both served from the one binary.
//
// The server knows nothing about bleve: it talks to a Backend and turns URL
// parameters into an index.Query with a parse function it is given, so the
// index package and this one can change independently.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"kronika/corpus"
	"kronika/index"
)

// ErrNotFound is what Backend.Get returns (possibly wrapped) for an id that
// is not in the index.
var ErrNotFound = errors.New("not found")

// Backend is what the server needs from an index. Implementations must be
// safe for concurrent use.
type Backend interface {
	// Search runs one query.
	Search(ctx context.Context, q index.Query) (*index.Result, error)
	// Get returns the full record of a document, or for an unknown id an
	// error satisfying errors.Is(err, ErrNotFound) (or Options.IsNotFound).
	Get(ctx context.Context, id string) (*corpus.Record, error)
	// Entities lists the entities of one kind ("nation" or "minister") as a
	// JSON-able list of {id, name, count, spellings}.
	Entities(ctx context.Context, kind string) (any, error)
	// Count is the number of indexed documents.
	Count() (uint64, error)
}

// IngestFunc adds records to the live index so that they become searchable
// without a restart. It returns how many records were indexed.
type IngestFunc func(ctx context.Context, recs []corpus.Record) (indexed int, err error)

// CompactFunc merges the live index's segments down to target (0: the
// index's default) and returns how many there were before and after.
type CompactFunc func(ctx context.Context, target int) (before, after int, err error)

// Entity kinds accepted by /api/entities.
const (
	KindNation   = "nation"
	KindMinister = "minister"
)

// Defaults for Options fields left zero.
const (
	DefaultMaxIngestBytes = 64 << 20
	DefaultSearchTimeout  = 10 * time.Second
	DefaultIngestTimeout  = 5 * time.Minute
	DefaultCompactTimeout = time.Hour
	DefaultMaxQueued      = 64
	DefaultQueueWait      = 2 * time.Second
	DefaultCacheEntries   = 1024
	DefaultCacheBytes     = 32 << 20
	DefaultCacheTTL       = 60 * time.Second
	// maxRawQuery bounds the query string of an API request; a real search
	// is far shorter, and a long one only costs parsing time.
	maxRawQuery = 8 << 10
)

// Options configure a Server. Backend and ParseQuery are required.
type Options struct {
	Backend Backend
	// ParseQuery turns the parameters of /api/search into a Query
	// (index.ParseQuery).
	ParseQuery func(url.Values) (index.Query, error)
	// IsBadQuery reports whether an error from ParseQuery or Search is the
	// caller's fault (HTTP 400, its message shown) rather than the server's
	// (HTTP 500, a generic message shown and the detail logged). When nil,
	// every ParseQuery error is a 400 and every Search error a 500.
	IsBadQuery func(error) bool
	// IsNotFound reports whether an error from Backend.Get means the id is
	// unknown (HTTP 404). When nil, errors.Is(err, ErrNotFound) decides.
	IsNotFound func(error) bool
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// Ingest, when set, enables POST /api/ingest from loopback clients.
	Ingest IngestFunc
	// Compact, when set, enables POST /api/compact from loopback clients:
	// it merges the index's segments while searches go on.
	Compact CompactFunc
	// MaxIngestBytes bounds the body of POST /api/ingest.
	MaxIngestBytes int64
	// SearchTimeout bounds one search (and document or entity lookup).
	SearchTimeout time.Duration
	// IngestTimeout bounds one ingest request.
	IngestTimeout time.Duration
	// CompactTimeout bounds one compaction request.
	CompactTimeout time.Duration

	// MaxInFlight bounds the searches and entity listings running at once;
	// zero means runtime.GOMAXPROCS(0)*2. Past it, requests wait in a
	// queue of at most MaxQueued (zero: DefaultMaxQueued; negative: no
	// queue) for at most QueueWait (zero: DefaultQueueWait), and beyond
	// that get 503 with Retry-After.
	MaxInFlight int
	MaxQueued   int
	QueueWait   time.Duration

	// The response cache keeps the encoded answers of /api/search and
	// /api/entities, bounded by CacheEntries and CacheBytes (zero: the
	// defaults; negative CacheEntries disables the cache). It is emptied
	// whenever /api/ingest indexes something, and by Invalidate; entries
	// also expire after CacheTTL (zero: DefaultCacheTTL) in case something
	// else writes to the index.
	CacheEntries int
	CacheBytes   int64
	CacheTTL     time.Duration

	// NoWarmUp stops New from computing the landing page's answers in the
	// background (see Warm).
	NoWarmUp bool
}

// Server serves the API and the page. It is an http.Handler, safe for
// concurrent use.
type Server struct {
	opts    Options
	log     *slog.Logger
	mux     *http.ServeMux
	routes  []route
	metrics *metrics
	static  map[string]asset
	openapi []byte
	// gzipPool recycles compressors across responses.
	gzipPool sync.Pool
	admit    *admission
	cache    *responseCache // nil when disabled
	flights  flightGroup
	// compacting is set while a POST /api/compact runs: bleve merges one
	// at a time, and a second request is told so rather than failed.
	compacting atomic.Bool
}

// route is one path the mux serves, with the handler for each method.
type route struct {
	pattern  string // http.ServeMux pattern, without method
	name     string // metric label and OpenAPI path
	methods  map[string]http.HandlerFunc
	compress bool // gzip the response when the client accepts it
}

// New builds a Server from opts.
func New(opts Options) (*Server, error) {
	if opts.Backend == nil {
		return nil, errors.New("server: Options.Backend is required")
	}
	if opts.ParseQuery == nil {
		return nil, errors.New("server: Options.ParseQuery is required")
	}
	if opts.MaxIngestBytes <= 0 {
		opts.MaxIngestBytes = DefaultMaxIngestBytes
	}
	if opts.SearchTimeout <= 0 {
		opts.SearchTimeout = DefaultSearchTimeout
	}
	if opts.CompactTimeout <= 0 {
		opts.CompactTimeout = DefaultCompactTimeout
	}
	if opts.IngestTimeout <= 0 {
		opts.IngestTimeout = DefaultIngestTimeout
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = runtime.GOMAXPROCS(0) * 2
	}
	if opts.MaxQueued == 0 {
		opts.MaxQueued = DefaultMaxQueued
	}
	opts.MaxQueued = max(opts.MaxQueued, 0)
	if opts.QueueWait <= 0 {
		opts.QueueWait = DefaultQueueWait
	}
	if opts.CacheEntries == 0 {
		opts.CacheEntries = DefaultCacheEntries
	}
	if opts.CacheBytes <= 0 {
		opts.CacheBytes = DefaultCacheBytes
	}
	if opts.CacheTTL <= 0 {
		opts.CacheTTL = DefaultCacheTTL
	}
	if opts.IsNotFound == nil {
		opts.IsNotFound = func(err error) bool { return errors.Is(err, ErrNotFound) }
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	static, err := loadAssets()
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s := &Server{opts: opts, log: log, mux: http.NewServeMux(), static: static, openapi: openAPIDoc}
	s.gzipPool.New = newGzipWriter
	s.metrics = newMetrics(opts.Backend)
	s.admit = newAdmission(opts.MaxInFlight, opts.MaxQueued, opts.QueueWait, s.metrics)
	if opts.CacheEntries > 0 {
		s.cache = newResponseCache(opts.CacheEntries, opts.CacheBytes, opts.CacheTTL)
	}
	s.metrics.watch(s.admit, s.cache)

	get := func(h http.HandlerFunc) map[string]http.HandlerFunc {
		return map[string]http.HandlerFunc{http.MethodGet: h, http.MethodHead: h}
	}
	s.routes = []route{
		{pattern: "/{$}", name: "/", methods: get(s.handlePage), compress: true},
		{pattern: "/static/{file}", name: "/static/{file}", methods: get(s.handleStatic), compress: true},
		{pattern: "/api/search", name: "/api/search", methods: get(s.handleSearch), compress: true},
		{pattern: "/api/documents/{id}", name: "/api/documents/{id}", methods: get(s.handleDocument), compress: true},
		{pattern: "/api/entities", name: "/api/entities", methods: get(s.handleEntities), compress: true},
		{pattern: "/api/openapi.json", name: "/api/openapi.json", methods: get(s.handleOpenAPI), compress: true},
		{pattern: "/api/ingest", name: "/api/ingest", methods: map[string]http.HandlerFunc{http.MethodPost: s.handleIngest}},
		{pattern: "/api/compact", name: "/api/compact", methods: map[string]http.HandlerFunc{http.MethodPost: s.handleCompact}},
		{pattern: "/healthz", name: "/healthz", methods: get(s.handleHealth)},
		// promhttp negotiates its own compression.
		{pattern: "/metrics", name: "/metrics", methods: get(s.metrics.handler().ServeHTTP)},
	}
	for _, rt := range s.routes {
		s.mux.Handle(rt.pattern, s.wrap(rt))
	}
	s.mux.Handle("/", s.wrap(route{name: "other", methods: nil}))
	if !opts.NoWarmUp && s.cache != nil {
		go func() {
			if err := s.Warm(context.Background()); err != nil {
				s.log.Warn("warm-up", "err", err)
			}
		}()
	}
	return s, nil
}

// Warm computes and caches what the search page asks for first (the
// match-all search with facets and the entity lists), so that the first
// visitor does not wait for them. New runs it in the background unless
// Options.NoWarmUp is set; it returns the first error met.
func (s *Server) Warm(ctx context.Context) error {
	var errs []error
	landing := url.Values{}
	q, err := s.opts.ParseQuery(landing)
	if err == nil {
		_, _, err = s.cachedSearch(ctx, searchKey(landing), q)
	}
	if err != nil {
		errs = append(errs, fmt.Errorf("match-all search: %w", err))
	}
	for _, kind := range []string{KindNation, KindMinister} {
		if _, _, err := s.cachedEntities(ctx, kind); err != nil {
			errs = append(errs, fmt.Errorf("%s entities: %w", kind, err))
		}
	}
	return errors.Join(errs...)
}

// Invalidate empties the response cache. The server calls it itself after
// every ingest through /api/ingest; call it after changing the index by
// other means.
func (s *Server) Invalidate() {
	if s.cache != nil {
		s.cache.invalidate()
	}
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// HTTPServer returns an http.Server for s listening on addr, with timeouts
// that keep slow or idle clients from holding connections.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		// Ingest bodies are read within this; they come over loopback.
		ReadTimeout: 60 * time.Second,
		// Ingest and compact extend their own write deadlines.
		WriteTimeout:   30 * time.Second,
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Routes lists the paths the server answers, in OpenAPI form ("/api/documents/{id}").
func (s *Server) Routes() []string {
	out := make([]string, len(s.routes))
	for i, rt := range s.routes {
		out[i] = rt.name
	}
	return out
}
