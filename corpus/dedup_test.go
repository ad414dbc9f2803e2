package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

func normWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// referenceResemblance is Resemblance as first written, with a map of
// shingle hashes per text.
func referenceResemblance(a, b string) float64 {
	sa, sb := referenceShingles(a), referenceShingles(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	inter := 0
	for k := range sa {
		if sb[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func referenceShingles(text string) map[uint64]bool {
	words := normWords(text)
	out := make(map[uint64]bool, len(words))
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+3] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out[h.Sum64()] = true
	}
	return out
}

func TestResemblanceMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 5))
	texts := []string{"", "one two", "Київ, Київ і Київ: Рим — Roma, ROMA.", "Nations met. Nations met. Nations met again"}
	for range 40 {
		a := longText(rng, 3+rng.IntN(300))
		texts = append(texts, a, edit(rng, a, 0.3*rng.Float64()))
	}
	for i, a := range texts {
		for _, b := range texts[max(0, i-3) : i+1] {
			if got, want := Resemblance(a, b), referenceResemblance(a, b); math.Abs(got-want) > 1e-12 {
				t.Fatalf("Resemblance(%.40q, %.40q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// referenceFingerprint is the fingerprint as first written: a string per
// word, a hash object per shingle. FingerprintOf must agree with it, or the
// hashes and SimHashes of stores written before would stop matching.
func referenceFingerprint(text string) (hash string, sim uint64, words int) {
	ws := normWords(text)
	sum := sha256.Sum256([]byte(strings.Join(ws, " ")))
	hash, words = hex.EncodeToString(sum[:16]), len(ws)
	if len(ws) < 3 {
		return hash, 0, words
	}
	var v [64]int
	h := fnv.New64a()
	for i := 0; i+3 <= len(ws); i++ {
		h.Reset()
		for _, w := range ws[i : i+3] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for b := range 64 {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	for b := range 64 {
		if v[b] > 0 {
			sim |= 1 << b
		}
	}
	return hash, sim, words
}

var fingerprintCases = []struct{ name, text string }{
	{"empty", ""},
	{"one word", "Kyiv"},
	{"two words", "Kyiv, Rome"},
	{"english", wire},
	{"italian accents", "Il ministro è arrivato a Roma; perché l'accordo più ampio è già firmato. Così sarà."},
	{"ukrainian", "Міністр оборони України Рустем Умєров заявив, що пакет допомоги — 1,5 млрд євро. Ґрунтовно!"},
	{"case and apostrophes", "L’ANSA riporta: l'UE e l’Italia; ІТ-коаліція та ЄС."},
	{"digits and marks", "€7 млрд у 2025 році; 40% of 1.500.000; №5 ҂ and ٣ Arabic-Indic digit"},
	{"invalid utf8", "broken \xff\xfe bytes \xc3 in the middle of words and\x00NUL"},
	{"other scripts", "Ελλάδα και Κύπρος, 日本語 テキスト, עברית ושפה"},
	{"dotted capital I", "İstanbul İZMİR ǅemal ᾈ"},
	{"long repetitive", strings.Repeat("the same three words ", 300)},
}

func TestFingerprintMatchesReference(t *testing.T) {
	for _, c := range fingerprintCases {
		t.Run(c.name, func(t *testing.T) {
			hash, sim, words := referenceFingerprint(c.text)
			fp := FingerprintOf(c.text)
			if fp.Hash != hash || fp.SimHash != sim || fp.Words != words {
				t.Errorf("got %s %016x %d, want %s %016x %d", fp.Hash, fp.SimHash, fp.Words, hash, sim, words)
			}
		})
	}
}

func TestNormalizeMatchesFieldsFunc(t *testing.T) {
	var f fingerprinter
	for _, c := range fingerprintCases {
		f.normalize(c.text)
		if got, want := string(f.norm), strings.Join(normWords(c.text), " "); got != want {
			t.Errorf("%s: normalized %q, want %q", c.name, got, want)
		}
	}
}

func TestSketch(t *testing.T) {
	for _, c := range fingerprintCases {
		sk := FingerprintOf(c.text).Sketch
		if len(sk) > SketchSize {
			t.Errorf("%s: sketch of %d", c.name, len(sk))
		}
		for i := 1; i < len(sk); i++ {
			if sk[i] <= sk[i-1] {
				t.Fatalf("%s: sketch not ascending and distinct at %d", c.name, i)
			}
		}
	}
	if r := FingerprintOf(wire).Sketch.Resemblance(FingerprintOf(wire).Sketch); r != 1 {
		t.Errorf("a text resembles itself %.3f, want 1", r)
	}
	if r := FingerprintOf(wire).Sketch.Resemblance(nil); r != 0 {
		t.Errorf("resemblance to nothing %.3f, want 0", r)
	}
}

// edit replaces each word with probability p.
func edit(rng *rand.Rand, text string, p float64) string {
	ws := strings.Fields(text)
	for i, w := range ws {
		if rng.Float64() < p {
			ws[i] = fmt.Sprintf("x%dx%s", rng.IntN(1000), w)
		}
	}
	return strings.Join(ws, " ")
}

// longText is a text of n distinct-enough words.
func longText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		fmt.Fprintf(&b, "w%d ", rng.IntN(5000))
	}
	return b.String()
}

func TestSketchEstimatesResemblance(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var worst float64
	for i := range 300 {
		a := longText(rng, 100+rng.IntN(900))
		b := edit(rng, a, 0.02+0.3*rng.Float64())
		exact := Resemblance(a, b)
		est := FingerprintOf(a).Sketch.Resemblance(FingerprintOf(b).Sketch)
		worst = max(worst, math.Abs(est-exact))
		// Four standard errors at most; the store measures exactly when an
		// estimate is closer than sketchDoubt to the threshold.
		if sd := math.Sqrt(exact * (1 - exact) / SketchSize); math.Abs(est-exact) > 4*sd+1e-9 {
			t.Errorf("pair %d: estimate %.3f, exact %.3f", i, est, exact)
		}
	}
	t.Logf("worst error %.3f", worst)
}

func TestShortTextsCompareExactly(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for range 50 {
		a := longText(rng, 20+rng.IntN(12)) // both texts' shingles together fewer than SketchSize
		b := edit(rng, a, 0.2)
		if exact, est := Resemblance(a, b), FingerprintOf(a).Sketch.Resemblance(FingerprintOf(b).Sketch); math.Abs(exact-est) > 1e-9 {
			t.Fatalf("estimate %.4f, exact %.4f", est, exact)
		}
	}
}

func TestNearIndexFindsWhatAScanFinds(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ix := newNearIndex()
	hashes := map[string]uint64{}
	for i := range 3000 {
		id := fmt.Sprint("d", i)
		var h uint64
		switch {
		case i > 0 && i%3 == 0: // near an earlier one
			h = hashes[fmt.Sprint("d", rng.IntN(i))]
			for range rng.IntN(16) {
				h ^= 1 << rng.IntN(64)
			}
		default:
			h = rng.Uint64()
		}
		hashes[id] = h
		ix.add(id, h, nil)
	}
	// Replacing forgets the old hash.
	hashes["d5"] = ^hashes["d5"]
	ix.add("d5", hashes["d5"], Sketch{1, 2, 3})
	if sk, ok := ix.sketch(ix.slot["d5"]); !ok || len(sk) != 3 {
		t.Errorf("sketch of d5: %v %v", sk, ok)
	}
	if _, ok := ix.sketch(ix.slot["d6"]); ok {
		t.Error("d6 has no sketch")
	}
	for q := range 300 {
		h := rng.Uint64()
		if q%2 == 0 {
			h = hashes[fmt.Sprint("d", rng.IntN(3000))] ^ 1<<rng.IntN(64) ^ 1<<rng.IntN(64)
		}
		got := map[string]bool{}
		for _, s := range ix.candidates(nil, h, "d7") {
			got[ix.id(s)] = true
		}
		for id, x := range hashes {
			if want := id != "d7" && bits.OnesCount64(x^h) <= NearDistance; want != got[id] {
				t.Fatalf("query %016x: %s (distance %d) found=%v", h, id, bits.OnesCount64(x^h), got[id])
			}
		}
	}
}

func FuzzFingerprint(f *testing.F) {
	for _, c := range fingerprintCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		hash, sim, words := referenceFingerprint(text)
		fp := FingerprintOf(text)
		if fp.Hash != hash || fp.SimHash != sim || fp.Words != words {
			t.Fatalf("got %s %016x %d, want %s %016x %d", fp.Hash, fp.SimHash, fp.Words, hash, sim, words)
		}
		if r := fp.Sketch.Resemblance(fp.Sketch); len(fp.Sketch) > 0 && r != 1 {
			t.Fatalf("self resemblance %v", r)
		}
	})
}

func BenchmarkFingerprint(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 5))
	texts := []string{wire, longText(rng, 500), strings.Repeat("Міністр оборони України заявив про нові поставки. ", 60)}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			FingerprintOf(t)
		}
	}
}

func BenchmarkNearCandidates(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			ix := newNearIndex()
			for i := range n {
				ix.add(fmt.Sprint(i), rng.Uint64(), nil)
			}
			b.ReportAllocs()
			var dst []uint32
			for b.Loop() {
				dst = ix.candidates(dst[:0], rng.Uint64(), "")
			}
		})
	}
}
