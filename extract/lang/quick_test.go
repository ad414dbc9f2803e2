package lang

import (
	"strings"
	"testing"
)

func TestQuickAgreesWithLingua(t *testing.T) {
	texts, langs := labelled(t)
	slow := New(Options{NoQuick: true})
	decided := 0
	for i, text := range texts {
		s := Sample(text, DefaultSampleRunes)
		q, ok := quick(s)
		if !ok {
			continue
		}
		decided++
		if q != langs[i] {
			t.Errorf("document %d: quick says %q, label %q", i, q, langs[i])
		}
		if l, _ := slow.Detect(text, ""); l != q {
			t.Errorf("document %d: quick says %q, lingua %q", i, q, l)
		}
	}
	if decided < len(texts)*2/3 {
		t.Errorf("quick decided only %d of %d articles", decided, len(texts))
	}
}

func TestQuickAbstains(t *testing.T) {
	cases := map[string]string{
		"russian":    strings.Repeat("Министры обороны собрались в четверг в Брюсселе, чтобы согласовать новые поставки. Это её решение. ", 4),
		"bulgarian":  strings.Repeat("Министрите на отбраната се събраха в четвъртък в Брюксел, за да съгласуват нови доставки. ", 4),
		"spanish":    strings.Repeat("Los ministros de defensa se reunieron el jueves en Bruselas para acordar nuevas entregas de sistemas. ", 4),
		"portuguese": strings.Repeat("Os ministros da defesa reuniram-se na quinta-feira em Bruxelas para acordar novas entregas de sistemas. ", 4),
		"short":      "The minister said that the coalition will grow.",
		"mixed":      strings.Repeat("The minister of the coalition said che il governo della Estonia e gli alleati sono pronti. ", 4),
	}
	for name, text := range cases {
		if l, ok := quick(Sample(text, DefaultSampleRunes)); ok {
			t.Errorf("%s: quick decided %q, want it to leave the text to lingua", name, l)
		}
	}
	d := New(Options{})
	if l, _ := d.Detect(cases["russian"], ""); l != "ru" {
		t.Errorf("russian detected as %q", l)
	}
}

func BenchmarkDetectQuick(b *testing.B) {
	d := New(Options{})
	d.Detect(article, "")
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(article, "")
	}
}
