package stem

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/registry"
)

// bleveFilter is bleve's own filter of that registry name.
func bleveFilter(t testing.TB, name string) analysis.TokenFilter {
	t.Helper()
	f, err := registry.NewCache().TokenFilterNamed(name)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// stream makes one token per word, each word's bytes its own copy inside
// one shared buffer, as a tokenizer's tokens are slices of one input.
func stream(words []string) analysis.TokenStream {
	input := []byte(strings.Join(words, " "))
	var ts analysis.TokenStream
	start := 0
	for i, w := range words {
		ts = append(ts, &analysis.Token{Term: input[start : start+len(w)], Start: start, End: start + len(w), Position: i + 1})
		start += len(w) + 1
	}
	return ts
}

func terms(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t.Term)
	}
	return out
}

var words = []string{
	// English
	"ministers", "minister's", "caresses", "ponies", "ties", "cats", "feed", "agreed", "plastered",
	"motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing",
	"fizzed", "failing", "filing", "happy", "sky", "relational", "conditional", "rational",
	"valenci", "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli",
	"analogousli", "vietnamization", "predication", "operator", "feudalism", "decisiveness",
	"hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
	"formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival",
	"allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
	"replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate",
	"angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease",
	"controll", "roll", "generalizations", "oscillators", "a", "is", "by", "yyy", "eyes",
	"naïve", "café", "coöperation", "résumés", "zürich's", "2024", "12,5", "x86", "ii",
	// Italian
	"ministro", "ministri", "ministra", "ministre", "ministero", "ministeri", "difesa", "difese",
	"università", "città", "perché", "attività", "società", "governò", "fiducia", "fiducie",
	"banche", "banchi", "cambio", "cambii", "energia", "energie", "acciaio", "acciai",
	"relazioni", "relazione", "ucraina", "ucraino", "ucraini", "ucraine", "italiani", "italia",
	"dopo", "casa", "ancora", "alleanze", "farmacie", "àáâäèéêëìíîïòóôöùúûü", "ÀÉÌÒÙ",
	"cioè", "qualità", "ventitré", "novità", "sì", "più", "perciò", "giù",
	"città-stato", "l'italia", "dell'unione", "crescita", "ōsaka", "škoda", "łódź",
	// Cyrillic and other scripts in English or Italian text
	"україна", "міністр", "εθνικός", "日本語", "ğüşiöç", "straße", "ǆemal",
	"", "e", "ie", "aaaaie", "xxxxxhe", "xxxxè", "xxxxxè", "xxxxxiè",
}

func TestFiltersMatchBleve(t *testing.T) {
	tests := []struct {
		name          string
		ours, theirs  analysis.TokenFilter
		bleveRegistry string
	}{
		{"porter", Porter{}, bleveFilter(t, porter.Name), porter.Name},
		{"italian light", ItalianLight{}, bleveFilter(t, it.LightStemmerName), it.LightStemmerName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := terms(tt.ours.Filter(stream(words)))
			want := terms(tt.theirs.Filter(stream(words)))
			changed := 0
			for i := range words {
				if got[i] != want[i] {
					t.Errorf("%q: %q, bleve %q", words[i], got[i], want[i])
				}
				if want[i] != words[i] {
					changed++
				}
			}
			// The list must exercise the stemmer, not pass it by.
			if changed < len(words)/3 {
				t.Errorf("bleve's %s changes only %d of %d words", tt.bleveRegistry, changed, len(words))
			}
		})
	}
}

// TestInPlace checks that stemming a token leaves its neighbours' bytes
// alone and keeps positions and offsets.
func TestInPlace(t *testing.T) {
	for _, f := range []analysis.TokenFilter{Porter{}, ItalianLight{}} {
		ts := stream([]string{"relazioni", "università", "generalizations", "ministri"})
		input := ts[0].Term[:cap(ts[0].Term)]
		before := append([]byte(nil), input...)
		f.Filter(ts)
		for i, tok := range ts {
			if !bytes.Equal(before[tok.Start:tok.End], input[tok.Start:tok.End]) &&
				!bytes.HasPrefix(input[tok.Start:tok.End], tok.Term) {
				t.Errorf("%T: token %d's bytes hold %q, its term is %q", f, i, input[tok.Start:tok.End], tok.Term)
			}
			if tok.Position != i+1 {
				t.Errorf("%T: token %d moved to position %d", f, i, tok.Position)
			}
		}
		// The spaces between words are never written.
		for i, b := range before {
			if b == ' ' && input[i] != ' ' {
				t.Errorf("%T wrote over the separator at byte %d", f, i)
			}
		}
	}
}

func TestRegistered(t *testing.T) {
	for _, name := range []string{PorterName, ItalianLightName} {
		if _, err := registry.NewCache().TokenFilterNamed(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzFilters compares both filters with bleve's on any valid text split
// into words, as Kronika's tokenizer hands them over.
func FuzzFilters(f *testing.F) {
	for _, w := range []string{"ministri università", "generalizations hopping", "xxxxxiè àà", "ǆemal straße"} {
		f.Add(w)
	}
	porterBleve, itBleve := bleveFilter(f, porter.Name), bleveFilter(f, it.LightStemmerName)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the tokenizer never puts invalid bytes in a token
		}
		ws := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == utf8.RuneError })
		for _, c := range []struct {
			ours, theirs analysis.TokenFilter
		}{{Porter{}, porterBleve}, {ItalianLight{}, itBleve}} {
			got, want := terms(c.ours.Filter(stream(ws))), terms(c.theirs.Filter(stream(ws)))
			for i := range ws {
				if got[i] != want[i] {
					t.Fatalf("%T %q: %q, bleve %q", c.ours, ws[i], got[i], want[i])
				}
			}
		}
	})
}

func BenchmarkFilters(b *testing.B) {
	text := strings.Fields(strings.Repeat("the ministers agreed on relational conditional hopefulness generalizations "+
		"i ministri della difesa hanno firmato relazioni università attività ", 20))
	for _, c := range []struct {
		name string
		f    analysis.TokenFilter
	}{{"porter", Porter{}}, {"porter_bleve", bleveFilter(b, porter.Name)},
		{"it_light", ItalianLight{}}, {"it_light_bleve", bleveFilter(b, it.LightStemmerName)}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				ts := stream(text)
				b.StartTimer()
				c.f.Filter(ts)
			}
		})
	}
}
