// Package lang detects the language of an article with lingua-go, tuned for
// Kronika's three languages and the neighbours most often mistaken for them.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// Undetermined is reported when the detector is not confident enough.
const Undetermined = "und"

// Options configures a Detector. The zero value is what Kronika uses.
type Options struct {
	// SampleRunes is how much text (in code points) detection reads. Long
	// articles are as well identified by their start as by their whole, at a
	// fraction of the cost; see README for the measurement.
	SampleRunes int
	// MinConfidence below which the result is Undetermined.
	MinConfidence float64
	// HighAccuracy uses lingua's high-accuracy mode (slower, more memory;
	// it helps only on very short texts).
	HighAccuracy bool
	// ModelOnly sends every text to lingua, without the clear-case rules
	// of quick.go; for measuring them.
	ModelOnly bool
	// Preload loads the language models at construction instead of on
	// first use, so a server answers its first request fast.
	Preload bool
}

// Defaults chosen by measurement (see README, "Language detection").
const (
	DefaultSampleRunes   = 500
	DefaultMinConfidence = 0.45
)

// candidates are the languages the detector chooses among: the three we
// extract from, plus the languages most easily mistaken for them (Russian,
// Belarusian, Bulgarian for Ukrainian; Spanish, Portuguese, French, Romanian
// for Italian) and the other big languages of European news.
var candidates = []lingua.Language{
	lingua.English, lingua.Italian, lingua.Ukrainian,
	lingua.Russian, lingua.Belarusian, lingua.Bulgarian,
	lingua.Spanish, lingua.Portuguese, lingua.French, lingua.Romanian,
	lingua.German, lingua.Polish,
}

// Detector identifies the language of a text. It is safe for concurrent use.
type Detector struct {
	d       lingua.LanguageDetector
	markers markerIndex
	opts    Options
}

// New builds a detector.
func New(opts Options) *Detector {
	if opts.SampleRunes <= 0 {
		opts.SampleRunes = DefaultSampleRunes
	}
	if opts.MinConfidence <= 0 {
		opts.MinConfidence = DefaultMinConfidence
	}
	b := lingua.NewLanguageDetectorBuilder().FromLanguages(candidates...)
	if !opts.HighAccuracy {
		b = b.WithLowAccuracyMode()
	}
	if opts.Preload {
		b = b.WithPreloadedLanguageModels()
	}
	return &Detector{d: b.Build(), markers: newMarkerIndex(), opts: opts}
}

// Detect returns the ISO 639-1 code of text's language and the detector's
// confidence in it (0..1). hint is the page's own claim (<html lang>, a
// JSONL lang field), used as a prior: when the detector's top two are close
// and one of them is the hint, the hint wins.
func (x *Detector) Detect(text, hint string) (string, float64) {
	sample := Sample(text, x.opts.SampleRunes)
	if !hasLetters(sample) {
		return Undetermined, 0
	}
	if !x.opts.ModelOnly {
		if l, c, ok := x.markers.quick(sample); ok {
			return l, round(c)
		}
	}
	vals := x.d.ComputeLanguageConfidenceValues(sample)
	if len(vals) == 0 {
		return Undetermined, 0
	}
	hint = normalizeHint(hint)
	best := vals[0]
	if hint != "" && len(vals) > 1 && iso(vals[0].Language()) != hint {
		for _, v := range vals[1:min(3, len(vals))] {
			if iso(v.Language()) == hint && v.Value() >= best.Value()*0.6 {
				best = v
				break
			}
		}
	}
	threshold := x.opts.MinConfidence
	if iso(best.Language()) == hint {
		threshold /= 2 // the page and the detector agree
	}
	if best.Value() < threshold {
		return Undetermined, round(best.Value())
	}
	return iso(best.Language()), round(best.Value())
}

func iso(l lingua.Language) string { return strings.ToLower(l.IsoCode639_1().String()) }

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// normalizeHint turns "en-GB", "uk_UA", "IT" into "en", "uk", "it".
func normalizeHint(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if i := strings.IndexAny(h, "-_"); i > 0 {
		h = h[:i]
	}
	if h == "ua" { // a common mistake for Ukrainian
		h = "uk"
	}
	return h
}

func hasLetters(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		}
	}
	return false
}

// Sample returns about the first n code points of text, cut at a word
// boundary, skipping a leading dateline or other line without letters.
func Sample(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	i, count := 0, 0
	for i < len(text) && count < n {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		count++
	}
	if j := strings.LastIndexAny(text[:i], " \n\t"); j > i/2 {
		i = j
	}
	return text[:i]
}
