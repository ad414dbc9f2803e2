package lang

import (
	"strings"
	"testing"
)

// One detector for the package: building it loads models, which is slow.
func detector(tb testing.TB) *Detector {
	tb.Helper()
	return New(Options{})
}

func TestDetect(t *testing.T) {
	d := detector(t)
	cases := []struct {
		name, text, hint, want string
	}{
		{"en", "The defence ministers met in Brussels on Thursday to agree on new deliveries of air defence systems for the coming winter.", "", "en"},
		{"it", "I ministri della difesa si sono riuniti giovedì a Bruxelles per concordare nuove forniture di sistemi di difesa aerea per l'inverno.", "", "it"},
		{"uk", "Міністри оборони зібралися в четвер у Брюсселі, щоб погодити нові постачання систем протиповітряної оборони на зиму.", "", "uk"},
		{"ru not uk", "Министры обороны собрались в четверг в Брюсселе, чтобы согласовать новые поставки систем противовоздушной обороны на зиму.", "", "ru"},
		{"es not it", "Los ministros de defensa se reunieron el jueves en Bruselas para acordar nuevas entregas de sistemas de defensa aérea.", "", "es"},
		{"numbers only", "12 34 56 — 2024/01/02", "", Undetermined},
		{"empty", "", "en", Undetermined},
		{"hint breaks a near tie", "Ministro", "it", "it"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, conf := d.Detect(c.text, c.hint)
			if got != c.want {
				t.Errorf("Detect(%q) = %q (%.2f), want %q", c.text, got, conf, c.want)
			}
			if conf < 0 || conf > 1 {
				t.Errorf("confidence %v out of range", conf)
			}
		})
	}
}

func TestSample(t *testing.T) {
	long := strings.Repeat("parola ", 200)
	s := Sample(long, 100)
	if n := len([]rune(s)); n > 100 || n < 50 {
		t.Errorf("Sample length %d, want 50..100", n)
	}
	if strings.HasSuffix(s, "parol") {
		t.Errorf("Sample cut inside a word: %q", s[len(s)-10:])
	}
	if Sample("короткий", 100) != "короткий" {
		t.Error("short text must be returned whole")
	}
}

func TestNormalizeHint(t *testing.T) {
	for in, want := range map[string]string{"en-GB": "en", "uk_UA": "uk", "IT": "it", "ua": "uk", "": ""} {
		if got := normalizeHint(in); got != want {
			t.Errorf("normalizeHint(%q) = %q, want %q", in, got, want)
		}
	}
}

var article = strings.Repeat("Il ministro della Difesa ha annunciato un nuovo contributo alla coalizione per le tecnologie dell'informazione, che sostiene le forze armate con reti sicure e centri dati. ", 20)

func BenchmarkDetectSample(b *testing.B) {
	d := detector(b)
	d.Detect(article, "")
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(article, "")
	}
}

func BenchmarkDetectWhole(b *testing.B) {
	d := New(Options{SampleRunes: 1 << 30})
	d.Detect(article, "")
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(article, "")
	}
}

func FuzzDetect(f *testing.F) {
	d := New(Options{})
	f.Add("Ministro della Difesa", "it")
	f.Add("\xff\xfe\x00abc", "")
	f.Fuzz(func(t *testing.T, text, hint string) {
		got, conf := d.Detect(text, hint)
		if got == "" || conf < 0 || conf > 1 {
			t.Fatalf("Detect(%q,%q) = %q, %v", text, hint, got, conf)
		}
	})
}
