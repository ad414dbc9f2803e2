package index

import (
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// TestTextFieldMatchesBleve checks that textField indexes exactly what
// bleve's TextField with the same analyzer and options indexes: the same
// length, terms, frequencies and locations in the same order, and the
// stored value as written.
func TestTextFieldMatchesBleve(t *testing.T) {
	im, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	an, err := newAnalyzers(im)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("The Minister met the ministers; the minister's aides met them again. ", 40)
	tests := []struct {
		lang, text string
	}{
		{"en", "The Estonian Defence Minister, Hanno Pevkur, said Estonia's drones cost €12.5 million."},
		{"en", long},
		{"it", "L'Italia e l'Estonia: il ministro Guido Crosetto ha firmato l'accordo sull'IT a Roma. L'ITALIA!"},
		{"uk", "Міністр цифрової трансформації Михайло Федоров заявив, що Україна отримала 5 млн євро. М'ЯЧ п’ять"},
		{"xx", "Der Außenminister sprach in Berlin; ÅNGSTRÖM Ǆemal İstanbul."},
		{"en", ""},
		{"en", "!!! … — ¡¿"},
		{"uk", "ґ Ґ ї Ї є Є і І"},
	}
	for _, tt := range tests {
		a := an.text[tt.lang]
		ours := newTextField("body_"+tt.lang, tt.text, a)
		theirs := document.NewTextFieldCustom("body_"+tt.lang, nil, []byte(tt.text), textOpts, a)
		ours.Analyze()
		theirs.Analyze()
		if got, want := ours.AnalyzedLength(), theirs.AnalyzedLength(); got != want {
			t.Errorf("%q: length %d, bleve %d", tt.text, got, want)
		}
		if got, want := freqsOf(ours.AnalyzedTokenFrequencies()), freqsOf(theirs.AnalyzedTokenFrequencies()); !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", tt.text, got, want)
		}
		if string(ours.Value()) != tt.text {
			t.Errorf("stored value changed by analysis: %q, want %q", ours.Value(), tt.text)
		}
		if ours.Options() != theirs.Options() || ours.EncodedFieldType() != theirs.EncodedFieldType() ||
			ours.NumPlainTextBytes() != theirs.NumPlainTextBytes() {
			t.Errorf("%q: options, type or plain-text bytes differ from bleve's", tt.text)
		}
		// The size is an estimate for bleve's memory accounting: it need
		// not be bleve's figure, but must be of its order.
		if got, want := ours.Size(), theirs.Size(); got < want/2 || got > want*2 {
			t.Errorf("%q: Size %d, bleve's %d", tt.text, got, want)
		}
	}
}

type termVector struct {
	freq int
	locs [][3]int // start, end, position
}

func freqsOf(tfs bindex.TokenFrequencies) map[string]termVector {
	out := make(map[string]termVector, len(tfs))
	for term, tf := range tfs {
		if string(tf.Term) != term {
			panic("term map key and term differ: " + term)
		}
		v := termVector{freq: tf.Frequency()}
		for _, l := range tf.Locations {
			if len(l.ArrayPositions) != 0 {
				panic("array positions in a text field")
			}
			v.locs = append(v.locs, [3]int{l.Start, l.End, l.Position})
		}
		out[term] = v
	}
	return out
}

func BenchmarkTextFieldAnalyze(b *testing.B) {
	im, err := newMapping()
	if err != nil {
		b.Fatal(err)
	}
	an, err := newAnalyzers(im)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Il ministro della Difesa ha firmato a Roma un accordo da 12 milioni di euro con l'Estonia. ", 35)
	fields := map[string]func() document.Field{
		"kronika": func() document.Field { return newTextField("body_it", text, an.text["it"]) },
		"bleve": func() document.Field {
			return document.NewTextFieldCustom("body_it", nil, []byte(text), textOpts, an.text["it"])
		},
	}
	for _, name := range []string{"kronika", "bleve"} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				f := fields[name]()
				f.Analyze()
				_ = f.Size() // bleve asks every document's size
			}
		})
	}
}
