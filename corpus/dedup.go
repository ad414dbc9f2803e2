package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Fingerprint identifies a text for duplicate detection.
type Fingerprint struct {
	Hash    string // exact: SHA-256 of the normalized text
	SimHash uint64 // near: 64-bit SimHash over word 3-shingles
	Words   int    // normalized words, to skip SimHash on very short texts
	// Sketch summarizes the word 3-shingles, so that the resemblance of
	// two texts can be estimated from their fingerprints alone.
	Sketch Sketch

	sum [16]byte // Hash, undecoded
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

// SketchSize is the number of shingle hashes a Sketch keeps. The estimate
// of a resemblance r from two sketches has a standard error of about
// sqrt(r(1-r)/SketchSize): ±0.0625 at the NearResemblance threshold; the
// store measures exactly whenever an estimate is within four of them.
// The store keeps every document's sketch in memory: 256 bytes each.
const SketchSize = 64

// Sketch is a bottom-k MinHash sketch of a text's word 3-shingles: the
// SketchSize smallest of their 32-bit hashes, ascending and distinct. A text
// with fewer shingles keeps them all, and two texts with at most SketchSize
// shingles between them compare exactly.
type Sketch []uint32

// Resemblance estimates the Jaccard similarity of the shingle sets two
// sketches summarize: of the SketchSize smallest hashes of their union,
// the share that both hold.
func (s Sketch) Resemblance(o Sketch) float64 {
	i, j, union, both := 0, 0, 0, 0
	for union < SketchSize && (i < len(s) || j < len(o)) {
		switch {
		case j == len(o) || (i < len(s) && s[i] < o[j]):
			i++
		case i == len(s) || o[j] < s[i]:
			j++
		default:
			i++
			j++
			both++
		}
		union++
	}
	if union == 0 || len(s) == 0 || len(o) == 0 {
		return 0
	}
	return float64(both) / float64(union)
}

// FingerprintOf normalizes text (case, punctuation, spacing) and
// fingerprints it. Translations share no shingles, so they never match.
func FingerprintOf(text string) Fingerprint {
	var f fingerprinter
	return f.fingerprint(text)
}

// fingerprinter computes a Fingerprint in one pass over the text with a few
// reused buffers instead of a string per word.
type fingerprinter struct {
	norm     []byte     // the normalized text: lower-cased words joined by spaces
	words    [][2]int32 // each word's byte range in norm
	shingled []uint64   // shingle hashes
	hashes   []uint32   // mixed shingle hashes, for the sketch
	low      []uint32   // the smallest of them
}

func (f *fingerprinter) fingerprint(text string) Fingerprint {
	f.normalize(text)
	sum := sha256.Sum256(f.norm)
	fp := Fingerprint{Words: len(f.words)}
	copy(fp.sum[:], sum[:16])
	fp.Hash = hex.EncodeToString(fp.sum[:])
	if len(f.words) < 3 {
		return fp
	}
	f.shingled = f.shingles(f.shingled[:0])
	f.hashes = f.hashes[:0]
	var c bitCounter
	for _, x := range f.shingled {
		c.add(x)
		f.hashes = append(f.hashes, uint32(mix64(x)>>32))
	}
	fp.SimHash = c.majority()
	fp.Sketch = f.bottomK(SketchSize)
	return fp
}

// bitCounter counts, for each of 64 bit positions, the hashes added with
// that bit set. The counts are bit-sliced: planes[i] holds bit i of all 64
// counts, so adding a hash is a ripple-carry addition of one word, which
// stops after two planes on average.
type bitCounter struct {
	planes [16]uint64
	full   [64]int // counts flushed from the planes before they overflow
	n      int     // hashes added
}

func (c *bitCounter) add(x uint64) {
	for i := 0; x != 0; i++ {
		x, c.planes[i] = c.planes[i]&x, c.planes[i]^x
	}
	c.n++
	if c.n%(1<<len(c.planes)-1) == 0 {
		c.flush()
	}
}

func (c *bitCounter) flush() {
	for i, p := range c.planes {
		for b := range 64 {
			c.full[b] += int(p>>b&1) << i
		}
		c.planes[i] = 0
	}
}

// majority is the SimHash: bit b is set when more than half of the hashes
// have it set.
func (c *bitCounter) majority() uint64 {
	c.flush()
	var h uint64
	for b, k := range c.full {
		if 2*k > c.n {
			h |= 1 << b
		}
	}
	return h
}

// bottomK returns the k smallest distinct of the hashes, ascending, in a
// new slice; it reorders them. They are uniform, so the k smallest are
// very likely below twice their expected bound: only those are sorted,
// unless that leaves too few.
func (f *fingerprinter) bottomK(k int) Sketch {
	hs := f.hashes
	if n := len(hs); n > 2*k {
		bound := uint32(min(uint64(math.MaxUint32), 2*uint64(k)*(1<<32)/uint64(n)))
		f.low = f.low[:0]
		for _, h := range hs {
			if h < bound {
				f.low = append(f.low, h)
			}
		}
		slices.Sort(f.low)
		if low := slices.Compact(f.low); len(low) >= k {
			return Sketch(slices.Clone(low[:k]))
		}
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	return Sketch(slices.Clone(hs[:min(len(hs), k)]))
}

// normalize fills norm and words: the text lower-cased and cut into runs
// of letters and digits, as strings.FieldsFunc(strings.ToLower(text), …)
// would, joined by single spaces.
func (f *fingerprinter) normalize(text string) {
	f.norm = f.norm[:0]
	f.words = f.words[:0]
	if cap(f.norm) < len(text) {
		f.norm = make([]byte, 0, len(text)+len(text)/8)
	}
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if start < 0 {
					start = f.open()
				}
				f.norm = append(f.norm, c)
				continue
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
			if r < rune(len(foldTable)) {
				if r = rune(foldTable[r]); r != 0 {
					if start < 0 {
						start = f.open()
					}
					f.norm = utf8.AppendRune(f.norm, r)
					continue
				}
			} else if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsNumber(r) {
				if start < 0 {
					start = f.open()
				}
				f.norm = utf8.AppendRune(f.norm, r)
				continue
			}
		}
		if start >= 0 {
			f.words = append(f.words, [2]int32{int32(start), int32(len(f.norm))})
			start = -1
		}
	}
	if start >= 0 {
		f.words = append(f.words, [2]int32{int32(start), int32(len(f.norm))})
	}
}

// foldTable maps each rune below U+0500 (Latin, Greek, Cyrillic) to its
// lower case when that is a letter or a digit, and to 0 otherwise: what
// normalize asks of unicode for every rune, without its range searches.
var foldTable = func() (t [0x500]uint16) {
	for r := range rune(len(t)) {
		if l := unicode.ToLower(r); (unicode.IsLetter(l) || unicode.IsNumber(l)) && l < 1<<16 {
			t[r] = uint16(l)
		}
	}
	return t
}()

// open starts a word in norm, after a space unless it is the first, and
// returns its offset.
func (f *fingerprinter) open() int {
	if len(f.words) > 0 {
		f.norm = append(f.norm, ' ')
	}
	return len(f.norm)
}

// FNV-1a, 64 bit.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// shingles appends to dst the hash of every run of three words, in order:
// FNV-1a over each word followed by a zero byte — the hash Resemblance
// uses, so stored SimHashes stay valid. The three shingles a word belongs
// to are hashed side by side, in one pass over its bytes.
func (f *fingerprinter) shingles(dst []uint64) []uint64 {
	var prev2, prev1 uint64 // the shingles that began one and two words back
	for j, w := range f.words {
		h2, h1, h0 := prev2, prev1, uint64(fnvOffset)
		for _, c := range f.norm[w[0]:w[1]] {
			h2 = (h2 ^ uint64(c)) * fnvPrime
			h1 = (h1 ^ uint64(c)) * fnvPrime
			h0 = (h0 ^ uint64(c)) * fnvPrime
		}
		h2, h1, h0 = h2*fnvPrime, h1*fnvPrime, h0*fnvPrime // the zero byte
		if j >= 2 {
			dst = append(dst, h2)
		}
		prev2, prev1 = h1, h0
	}
	return dst
}

// mix64 is the MurmurHash3 finalizer: FNV's high bits are not uniform
// enough for a MinHash, whose order statistics need every bit random.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
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
	var f fingerprinter
	sa := f.shingleSet(a, nil)
	return jaccard(sa, f.shingleSet(b, nil))
}

// shingleSet appends to dst[:0] the distinct shingle hashes of text,
// ascending: sorted sets intersect in one merge, without the hash maps that
// made Resemblance a twentieth of an ingest of look-alike articles.
func (f *fingerprinter) shingleSet(text string, dst []uint64) []uint64 {
	f.normalize(text)
	dst = f.shingles(dst[:0])
	slices.Sort(dst)
	return slices.Compact(dst)
}

// jaccard is |a∩b| / |a∪b| of two ascending sets; 0 when either is empty.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
