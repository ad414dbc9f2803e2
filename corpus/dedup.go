package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// Fingerprint identifies a text for duplicate detection.
type Fingerprint struct {
	Hash    string // exact: SHA-256 of the normalized text
	SimHash uint64 // near: 64-bit SimHash over word 3-shingles
	Words   int    // normalized words, to skip SimHash on very short texts
}

// NearDistance is the largest SimHash distance (in bits) at which two texts
// are candidates for the same story; Resemblance then decides. Republished
// stories with a changed headline and a sentence added or dropped measure
// 5–11 bits; unrelated articles on the same topic 26–37 (dedup_test.go).
const NearDistance = 12

// NearResemblance is the share of word 3-shingles two texts must have in
// common (Jaccard) to be the same story.
const NearResemblance = 0.5

// minNearWords: below this many words SimHash is too coarse to trust.
const minNearWords = 40

// FingerprintOf normalizes text (case, punctuation, spacing) and
// fingerprints it. Translations share no shingles, so they never match.
func FingerprintOf(text string) Fingerprint {
	words := normWords(text)
	sum := sha256.Sum256([]byte(strings.Join(words, " ")))
	fp := Fingerprint{Hash: hex.EncodeToString(sum[:16]), Words: len(words)}
	if len(words) < 3 {
		return fp
	}
	var v [64]int
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+3] {
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
			fp.SimHash |= 1 << b
		}
	}
	return fp
}

// NearCandidate reports whether two fingerprints may be the same story with
// small edits; confirm with Resemblance on the texts.
func NearCandidate(a, b Fingerprint) bool {
	if a.Words < minNearWords || b.Words < minNearWords {
		return false
	}
	return bits.OnesCount64(a.SimHash^b.SimHash) <= NearDistance
}

// Resemblance is the Jaccard similarity of two texts' word 3-shingle sets.
func Resemblance(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
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

func normWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

func shingles(text string) map[uint64]bool {
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
