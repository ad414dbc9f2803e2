package server

import (
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are one Server's Prometheus collectors, in a registry of its own
// so that several servers (tests) never collide.
type metrics struct {
	reg           *prometheus.Registry
	requests      *prometheus.CounterVec
	latency       *prometheus.HistogramVec
	searchTook    prometheus.Histogram
	ingestBatches *prometheus.CounterVec
	ingestRecords *prometheus.CounterVec
	queueWait     prometheus.Histogram
	rejected      *prometheus.CounterVec
	cacheRequests *prometheus.CounterVec
}

func newMetrics(b Backend) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kronika_http_requests_total",
			Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "kronika_http_request_duration_seconds",
			Help:    "HTTP request latency by route.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route"}),
		searchTook: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "kronika_search_took_ms",
			Help:    "Time the index took to answer a search, in milliseconds.",
			Buckets: []float64{.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000},
		}),
		ingestBatches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kronika_ingest_batches_total",
			Help: "POST /api/ingest requests by result (ok, rejected, forbidden, error).",
		}, []string{"result"}),
		ingestRecords: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kronika_ingest_records_total",
			Help: "Records received through POST /api/ingest by result (indexed, failed).",
		}, []string{"result"}),
		queueWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "kronika_search_queue_wait_seconds",
			Help:    "Time a search waited for a free slot before running or being turned away.",
			Buckets: []float64{0, .001, .005, .01, .025, .05, .1, .25, .5, 1, 2, 5},
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kronika_search_rejected_total",
			Help: "Searches answered 503 by admission control, by reason (queue_full, wait_timeout).",
		}, []string{"reason"}),
		cacheRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kronika_response_cache_requests_total",
			Help: "Cacheable requests by result: hit, miss (computed), shared (waited for an identical request).",
		}, []string{"result"}),
	}
	docs := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "kronika_documents",
		Help: "Documents in the index (NaN when the index cannot be read).",
	}, func() float64 {
		n, err := b.Count()
		if err != nil {
			return math.NaN()
		}
		return float64(n)
	})
	m.reg.MustRegister(m.requests, m.latency, m.searchTook, m.ingestBatches, m.ingestRecords, docs,
		m.queueWait, m.rejected, m.cacheRequests,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// watch exports the state of admission control and of the response cache
// (nil when disabled) as gauges read at scrape time.
func (m *metrics) watch(a *admission, c *responseCache) {
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "kronika_searches_in_flight",
			Help: "Searches running now.",
		}, func() float64 { return float64(a.running()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "kronika_searches_queued",
			Help: "Searches waiting for a free slot now.",
		}, func() float64 { return float64(a.queued()) }),
	)
	if c == nil {
		return
	}
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "kronika_response_cache_entries",
			Help: "Answers held by the response cache.",
		}, func() float64 { n, _ := c.stats(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "kronika_response_cache_bytes",
			Help: "Approximate bytes held by the response cache.",
		}, func() float64 { _, b := c.stats(); return float64(b) }),
	)
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}
