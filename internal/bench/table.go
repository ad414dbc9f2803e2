package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the report as an aligned text table: one line per row
// with Kronika's figures, the bare libraries' and the ratio, then the
// labels of what ran on each side.
func (r *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "Kronika bench: %d articles (seed %d, %.1f MB of text), %d HTML pages, %d queries; %s, GOMAXPROCS=%d; %.1fs; load average %.1f at start, %.1f at end\n\n",
		r.N, r.Seed, float64(r.CorpusBytes)/(1<<20), r.Pages, r.Queries, r.GoVersion, r.GOMAXPROCS, r.Seconds, r.LoadAvg[0], r.LoadAvg[1])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STAGE\tWORK\tKRONIKA\tMB/s\t\tBARE LIBRARIES\tMB/s\t\tRATIO\t")
	for _, row := range r.Rows {
		bare, bareMB, bareX, ratio := "—", "", "", "—"
		if row.Bare != nil {
			bare, bareMB, bareX = rate(row.Bare), mbps(row.Bare), extras(row.Bare)
			ratio = fmt.Sprintf("%.2f×", row.Ratio)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", row.Stage, row.Name,
			rate(&row.Ours), mbps(&row.Ours), extras(&row.Ours), bare, bareMB, bareX, ratio)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nWhat ran (goroutines):")
	seen := map[string]bool{}
	for _, row := range r.Rows {
		for _, m := range []*Measure{&row.Ours, row.Bare} {
			if m == nil || seen[m.Label] {
				continue
			}
			seen[m.Label] = true
			line := fmt.Sprintf("  %-8s %s (%d)", row.Stage, m.Label, m.Workers)
			if m.Note != "" {
				line += ": " + m.Note
			}
			fmt.Fprintln(w, line)
		}
	}
	fmt.Fprintln(w, "\nRATIO = Kronika's throughput ÷ the bare libraries' (above 1: Kronika is faster). Sides of html, lang and search rows")
	fmt.Fprintln(w, "alternate item by item; ingest sides alternate run by run. CPU = process CPU time per item, all goroutines.")
	if r.PerRowRSS {
		fmt.Fprintln(w, "RSS = the process's peak resident set during that measure (it includes the corpus and models held throughout).")
	}
	fmt.Fprintf(w, "Peak RSS of the whole run: %.0f MiB.\n", r.PeakRSSMiB)
}

func rate(m *Measure) string {
	if m.PerSec >= 100 {
		return fmt.Sprintf("%.0f %s/s", m.PerSec, m.Unit)
	}
	return fmt.Sprintf("%.1f %s/s", m.PerSec, m.Unit)
}

func mbps(m *Measure) string {
	if m.Bytes == 0 {
		return ""
	}
	return fmt.Sprintf("%.2f", m.MBPerSec)
}

// extras are a measure's secondary figures: latency, accuracy, memory.
func extras(m *Measure) string {
	var parts []string
	if m.MedianMS > 0 {
		parts = append(parts, fmt.Sprintf("median %.2f ms", m.MedianMS))
	}
	if m.P50MS > 0 || m.P99MS > 0 {
		parts = append(parts, fmt.Sprintf("p50 %.2f ms p99 %.2f ms", m.P50MS, m.P99MS))
	}
	if m.Accuracy != nil {
		parts = append(parts, fmt.Sprintf("acc %.1f%%", *m.Accuracy*100))
	}
	if m.CPUMSPerItem > 0 {
		parts = append(parts, fmt.Sprintf("CPU %.2f ms/%s", m.CPUMSPerItem, strings.TrimSuffix(m.Unit, "s")))
	}
	if m.PeakRSSMiB > 0 {
		parts = append(parts, fmt.Sprintf("RSS %.0f MiB", m.PeakRSSMiB))
	}
	return strings.Join(parts, ", ")
}
