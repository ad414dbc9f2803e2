package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"kronika/index"
)

func pipelineWorkers() int { return runtime.GOMAXPROCS(0) }

// A searchCase is one query of the mix, in Kronika's form and in the bare
// libraries' equivalent.
type searchCase struct {
	kind string
	ours index.Query
	bare query.Query
}

// Words of the mix: in the three languages, terms the generated articles
// use often, a few they use rarely, and nation names (which Kronika also
// resolves to nation identities across languages).
var (
	searchWords = [][]string{ // in the order of searchLangs
		{"defence", "drones", "generators", "coalition", "howitzers", "equipment", "training"},
		{"difesa", "droni", "generatori", "coalizione", "obici", "parlamento", "addestramento"},
		{"оборони", "безпілотників", "генераторів", "коаліції", "гаубиць", "парламент", "навчання"},
	}
	searchPhrases = []string{
		"air defence", "full-scale invasion", "spare parts",
		"difesa aerea", "invasione su larga scala", "pezzi di ricambio",
		"протиповітряної оборони", "повномасштабного вторгнення", "енергетичної інфраструктури",
	}
	searchNations = []struct {
		code  string
		names []string // English, Italian, Ukrainian: what a bare index can match
	}{
		{"EE", []string{"Estonia", "Естонія"}},
		{"DE", []string{"Germany", "Germania", "Німеччина"}},
		{"LU", []string{"Luxembourg", "Lussemburgo", "Люксембург"}},
		{"DK", []string{"Denmark", "Danimarca", "Данія"}},
		{"NL", []string{"Netherlands", "Paesi Bassi", "Нідерланди"}},
	}
	searchLangs = []string{"en", "it", "uk"}
)

func matchAny(terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		qs[i] = bleve.NewMatchPhraseQuery(t)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// searchMix builds n queries from seed: plain words (35%), phrases (15%),
// nation names (10%), a word with a nation filter (15%), with a language
// filter (10%) and with a publication date range (15%).
func searchMix(n int, seed uint64) []searchCase {
	r := rand.New(rand.NewPCG(seed, 0x5ea7c4))
	out := make([]searchCase, 0, n)
	for range n {
		li := r.IntN(len(searchLangs))
		w := searchWords[li][r.IntN(len(searchWords[li]))]
		var c searchCase
		switch k := r.IntN(100); {
		case k < 35:
			c = searchCase{"word", index.Query{Q: w}, bleve.NewMatchQuery(w)}
		case k < 50:
			p := searchPhrases[r.IntN(len(searchPhrases))]
			c = searchCase{"phrase", index.Query{Q: `"` + p + `"`}, bleve.NewMatchPhraseQuery(p)}
		case k < 60:
			nat := searchNations[r.IntN(len(searchNations))]
			name := nat.names[r.IntN(len(nat.names))]
			c = searchCase{"nation name", index.Query{Q: `"` + name + `"`}, bleve.NewMatchPhraseQuery(name)}
		case k < 75:
			nat := searchNations[r.IntN(len(searchNations))]
			c = searchCase{"word + nation", index.Query{Q: w, Nations: []string{nat.code}},
				bleve.NewConjunctionQuery(bleve.NewMatchQuery(w), matchAny(nat.names))}
		case k < 85: // a word and its own language
			l := searchLangs[li]
			tq := bleve.NewTermQuery(l)
			tq.SetField("lang")
			c = searchCase{"word + lang", index.Query{Q: w, Langs: []string{l}}, bleve.NewConjunctionQuery(bleve.NewMatchQuery(w), tq)}
		default:
			y := 2022 + r.IntN(4)
			from := time.Date(y, time.Month(1+r.IntN(6)), 1, 0, 0, 0, 0, time.UTC)
			to := from.AddDate(0, 6, -1)
			dq := bleve.NewDateRangeQuery(from, to.Add(24*time.Hour-time.Nanosecond))
			dq.SetField("published")
			c = searchCase{"word + dates", index.Query{Q: w, From: from.Format("2006-01-02"), To: to.Format("2006-01-02")},
				bleve.NewConjunctionQuery(bleve.NewMatchQuery(w), dq)}
		}
		out = append(out, c)
	}
	return out
}

// bareRequest asks bare bleve for what Kronika's Search returns: ten hits
// with their display fields and highlights, and the facets its index can
// compute (language, source, months; it has no entity fields).
func bareRequest(q query.Query) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, 11, 0, false)
	req.Fields = []string{"title", "published", "lang", "source"}
	req.Highlight = bleve.NewHighlightWithStyle(html.Name)
	req.Highlight.Fields = []string{"title", "text"}
	req.AddFacet("lang", bleve.NewFacetRequest("lang", 20))
	req.AddFacet("source", bleve.NewFacetRequest("source", 20))
	req.AddFacet("timeline", bleve.NewFacetRequest("month", 1200))
	return req
}

// search times the query mix against the index ingest built, then the
// equivalent queries against the bare index, one client each.
func (b *bench) search(ctx context.Context) error {
	cases := searchMix(b.opts.Queries, b.opts.Seed)
	warm := min(len(cases), 20)
	for _, c := range cases[:warm] {
		if _, err := b.ix.Search(ctx, c.ours); err != nil {
			return fmt.Errorf("query %+v: %w", c.ours, err)
		}
		if _, err := b.bare.SearchInContext(ctx, bareRequest(c.bare)); err != nil {
			return err
		}
	}
	// The two sides alternate query by query, so that both see the same
	// machine load.
	durs, bareDurs := make([]time.Duration, len(cases)), make([]time.Duration, len(cases))
	var total, bareTotal time.Duration
	var hits, bareHits, empty uint64
	ours := b.start("index.Search (5 facets, highlights)", "queries", 1)
	bare := &Measure{Label: "bleve match queries (3 facets, highlights)", Unit: "queries", Workers: 1}
	for i, c := range cases {
		s := time.Now()
		res, err := b.ix.Search(ctx, c.ours)
		durs[i] = time.Since(s)
		if err != nil {
			return fmt.Errorf("query %+v: %w", c.ours, err)
		}
		hits += res.Total
		if res.Total == 0 {
			empty++
		}
		s = time.Now()
		bres, err := b.bare.SearchInContext(ctx, bareRequest(c.bare))
		bareDurs[i] = time.Since(s)
		if err != nil {
			return err
		}
		bareHits += bres.Total
		total += durs[i]
		bareTotal += bareDurs[i]
	}
	if hits == 0 {
		return fmt.Errorf("%w: no query found anything", errCheck)
	}
	b.finish(ours, len(cases), 0, total)
	b.finish(bare, len(cases), 0, bareTotal)
	ours.PeakRSSMiB, bare.PeakRSSMiB = 0, 0 // interleaved: one peak and one CPU clock for both
	ours.CPUMSPerItem = 0
	ours.P50MS, ours.P99MS = percentile(durs, 0.5), percentile(durs, 0.99)
	bare.P50MS, bare.P99MS = percentile(bareDurs, 0.5), percentile(bareDurs, 0.99)
	ours.Note = fmt.Sprintf("%.0f hits/query, %d of %d queries empty", float64(hits)/float64(len(cases)), empty, len(cases))
	bare.Note = fmt.Sprintf("%.0f hits/query", float64(bareHits)/float64(len(cases)))
	b.rep.add(Row{Stage: StageSearch, Name: "query mix over the JSONL index", Ours: *ours, Bare: bare})
	return nil
}
