package ministers

import (
	"os"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

func BenchmarkZZArt(b *testing.B) {
	name, lang := os.Getenv("ZZART"), os.Getenv("ZZLANG")
	if name == "" {
		b.Skip()
	}
	x := New()
	text := readArticle(b, name)
	for len(text) < 3000 {
		text += "\n\n" + readArticle(b, name)
	}
	d := token.New(text, lang, "2024-06-01")
	nations := fakeNations(d)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		e := corpus.Entities{Nations: nations}
		x.Extract(d, &e)
	}
}
