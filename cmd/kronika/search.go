package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kronika/index"
)

// searchFlags mirror the HTTP API's parameters.
type searchFlags struct {
	nations, ministers, langs, sources []string
	from, to, dateFrom, dateTo         string
	minEUR, maxEUR                     string
	sort                               string
	size                               int
	after                              string
	asJSON                             bool
	csvFile                            string
}

func (s *searchFlags) values(q string) url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", q)
	for _, n := range s.nations {
		v.Add("nation", n)
	}
	for _, m := range s.ministers {
		v.Add("minister", m)
	}
	for _, l := range s.langs {
		v.Add("lang", l)
	}
	for _, src := range s.sources {
		v.Add("source", src)
	}
	set("from", s.from)
	set("to", s.to)
	set("date_from", s.dateFrom)
	set("date_to", s.dateTo)
	set("min_eur", s.minEUR)
	set("max_eur", s.maxEUR)
	set("sort", s.sort)
	if s.size > 0 {
		v.Set("size", strconv.Itoa(s.size))
	}
	set("search_after", s.after)
	return v
}

func (a *app) searchCommand() *cobra.Command {
	var sf searchFlags
	cmd := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Search the index: ranked results with entities, and facet counts",
		Long: `search runs a query over the index in --data. QUERY uses bleve's query-string syntax:
words, "phrases", +required, -excluded, field:value. A term that names a nation or a known
minister in any language or script also matches documents where that entity was extracted.
Filters narrow the results; --json prints the same JSON as the HTTP API; --csv exports
every hit (all pages) for spreadsheets.`,
		Example: `  kronika search "IT coalition"
  kronika search Люксембург --lang it
  kronika search --nation EE --from 2024-01-01 --sort date
  kronika search Umerov --json
  kronika search --minister "Rustem Umerov" --csv umerov.csv`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := ""
			if len(args) == 1 {
				q = args[0]
			}
			values := sf.values(q)
			query, err := index.ParseQuery(values)
			if err != nil {
				return usageError("%w", err)
			}
			k := a.kit()
			ctx := cmd.Context()
			var search func(index.Query, string) (*index.Result, error)
			if remote, ok := a.runningServer(); ok {
				// The server holds the index: ask it.
				search = func(q index.Query, after string) (*index.Result, error) {
					v := sf.values(query.Q)
					if after != "" {
						v.Set("search_after", after)
					}
					if q.Size > 0 {
						v.Set("size", strconv.Itoa(q.Size))
					}
					return remote.search(ctx, v)
				}
			} else {
				ix, err := a.openIndexForSearch(k)
				if err != nil {
					return err
				}
				defer ix.Close()
				search = func(q index.Query, after string) (*index.Result, error) {
					q.After = after
					res, err := ix.Search(ctx, q)
					if err != nil {
						return nil, usageIfBadQuery(err)
					}
					return res, nil
				}
			}
			if sf.csvFile != "" {
				return a.exportSearchCSV(search, query, sf.csvFile)
			}
			res, err := search(query, query.After)
			if err != nil {
				return err
			}
			if sf.asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			printResult(a.stdout, res, k)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&sf.nations, "nation", nil, "only documents mentioning this nation (ISO code or name in any language); repeat for all of several")
	f.StringSliceVar(&sf.ministers, "minister", nil, "only documents mentioning this minister (any spelling)")
	f.StringSliceVar(&sf.langs, "lang", nil, "only documents in this language (it, en, uk)")
	f.StringSliceVar(&sf.sources, "source", nil, "only documents from this source or site")
	f.StringVar(&sf.from, "from", "", "published on or after this date (YYYY-MM-DD)")
	f.StringVar(&sf.to, "to", "", "published on or before this date (YYYY-MM-DD)")
	f.StringVar(&sf.dateFrom, "date-from", "", "mentions a date on or after this one")
	f.StringVar(&sf.dateTo, "date-to", "", "mentions a date on or before this one")
	f.StringVar(&sf.minEUR, "min-eur", "", "mentions a euro amount of at least this")
	f.StringVar(&sf.maxEUR, "max-eur", "", "mentions a euro amount of at most this")
	f.StringVar(&sf.sort, "sort", "", "relevance (default), date (newest first) or date_asc")
	f.IntVar(&sf.size, "size", 10, "results per page (at most 100)")
	f.StringVar(&sf.after, "after", "", "the next-page token printed by a previous search")
	f.BoolVar(&sf.asJSON, "json", false, "print the result as JSON")
	f.StringVar(&sf.csvFile, "csv", "", "export every hit to this CSV file")
	return cmd
}

// usageIfBadQuery turns a refused query into a usage error (exit 2).
func usageIfBadQuery(err error) error {
	var qe *index.QueryError
	if errors.As(err, &qe) {
		return usageError("%w", err)
	}
	return err
}

var markTag = regexp.MustCompile(`</?mark>`)

// printResult writes a readable ranked list and the facets.
func printResult(w io.Writer, res *index.Result, names nationNamer) {
	fmt.Fprintf(w, "%d results (%.1f ms)\n\n", res.Total, res.TookMS)
	for i, h := range res.Hits {
		title := h.Title
		if title == "" {
			title = h.ID
		}
		fmt.Fprintf(w, "%2d. %s\n", i+1, title)
		meta := []string{h.ID}
		if h.Published != "" {
			meta = append(meta, h.Published)
		}
		meta = append(meta, h.Lang)
		if h.URL != "" {
			meta = append(meta, h.URL)
		} else if h.Source != "" {
			meta = append(meta, h.Source)
		}
		fmt.Fprintf(w, "    %s\n", strings.Join(meta, " · "))
		for _, frags := range [][]string{h.Highlights["title"], h.Highlights["body"]} {
			for _, f := range frags[:min(len(frags), 1)] {
				fmt.Fprintf(w, "    %s\n", strings.Join(strings.Fields(snippet(f)), " "))
			}
		}
		if len(h.Entities.Nations) > 0 {
			fmt.Fprintf(w, "    nations: %s\n", strings.Join(h.Entities.Nations, ", "))
		}
		if len(h.Entities.Ministers) > 0 {
			fmt.Fprintf(w, "    ministers: %s\n", strings.Join(h.Entities.Ministers, ", "))
		}
		if len(h.Matched) > 0 {
			fmt.Fprintf(w, "    matched: %s\n", strings.Join(h.Matched, ", "))
		}
		fmt.Fprintln(w)
	}
	if res.Next != "" {
		fmt.Fprintf(w, "more: --after %s\n\n", res.Next)
	}
	printFacet(w, "nations", res.Facets.Nations, names.NationName)
	printFacet(w, "ministers", res.Facets.Ministers, nil)
	printFacet(w, "languages", res.Facets.Lang, nil)
	printFacet(w, "sources", res.Facets.Source, nil)
	if len(res.Facets.Timeline) > 0 {
		fmt.Fprintln(w, "timeline:")
		peak := 0
		for _, m := range res.Facets.Timeline {
			peak = max(peak, m.Count)
		}
		for _, m := range res.Facets.Timeline {
			n := m.Count * 30 / max(peak, 1)
			fmt.Fprintf(w, "  %s %s %d\n", m.Month, strings.Repeat("▇", max(n, 1)), m.Count)
		}
	}
}

// snippet renders a highlight fragment for a terminal: <mark> as «…».
func snippet(f string) string {
	f = strings.ReplaceAll(f, "<mark>", "«")
	f = strings.ReplaceAll(f, "</mark>", "»")
	return html.UnescapeString(markTag.ReplaceAllString(f, ""))
}

type nationNamer interface{ NationName(code string) string }

func printFacet(w io.Writer, name string, tcs []index.TermCount, label func(string) string) {
	if len(tcs) == 0 {
		return
	}
	parts := make([]string, 0, len(tcs))
	for _, tc := range tcs {
		t := tc.Term
		if label != nil {
			if l := label(t); l != "" && l != t {
				t = fmt.Sprintf("%s (%s)", t, l)
			}
		}
		parts = append(parts, fmt.Sprintf("%s %d", t, tc.Count))
	}
	fmt.Fprintf(w, "%s: %s\n", name, strings.Join(parts, ", "))
}

// exportSearchCSV writes every hit of the query, page after page.
func (a *app) exportSearchCSV(search func(index.Query, string) (*index.Result, error), q index.Query, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--csv: %w", err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"id", "url", "title", "published", "lang", "nations", "ministers", "amounts_eur"})
	q.Size = index.MaxSize
	q.NoFacets = true
	written := 0
	var bar *progressBar
	after := q.After
	for {
		res, err := search(q, after)
		if err != nil {
			return err
		}
		if bar == nil {
			bar = newProgressBar(a.stderr, "auto", int(res.Total), res.Total > 500)
			if res.Total <= 500 {
				bar.on = false
			}
		}
		for _, h := range res.Hits {
			eur := make([]string, len(h.Entities.EUR))
			for i, v := range h.Entities.EUR {
				eur[i] = strconv.FormatFloat(v, 'f', -1, 64)
			}
			if err := w.Write([]string{h.ID, h.URL, h.Title, h.Published, h.Lang,
				strings.Join(h.Entities.Nations, ";"), strings.Join(h.Entities.Ministers, ";"), strings.Join(eur, ";")}); err != nil {
				return fmt.Errorf("--csv: %w", err)
			}
			written++
		}
		bar.updateCount(written)
		if res.Next == "" || len(res.Hits) == 0 {
			break
		}
		after = res.Next
	}
	bar.done()
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("--csv: %w", err)
	}
	fmt.Fprintf(a.stderr, "%d hits written to %s\n", written, path)
	return nil
}
