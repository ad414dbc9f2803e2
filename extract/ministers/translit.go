package ministers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Transliterate writes Ukrainian Cyrillic in Latin letters by the official
// table of the Cabinet of Ministers of Ukraine (resolution No. 55 of
// 27 January 2010), the system Ukrainian passports and government sites use:
// є ї й ю я are ye yi y yu ya at the start of a word and ie i i iu ia
// elsewhere, "зг" is "zgh" (to keep it apart from "ж"), the soft sign and the
// apostrophe are dropped. Letters of other scripts pass through unchanged;
// Russian-only letters get their closest Ukrainian reading. Case follows the
// source: an upper-case letter gives a capitalized digraph ("Щ" → "Shch")
// inside mixed-case words and an upper-case one ("ЩИТ" → "SHCHYT") inside
// upper-case words.
func Transliterate(uk string) string {
	if !hasCyrillic(uk) {
		return uk
	}
	var b strings.Builder
	b.Grow(len(uk) + len(uk)/4)
	inWord := false
	var prev rune
	for i := 0; i < len(uk); {
		r, size := utf8.DecodeRuneInString(uk[i:])
		next, _ := utf8.DecodeRuneInString(uk[i+size:])
		i += size
		if isApos(r) {
			// An apostrophe between two Cyrillic letters is part of the
			// spelling (п'ять) and has no Latin letter; elsewhere it is
			// punctuation and stays.
			if inWord && isCyr(prev) && isCyr(next) {
				prev = r
				continue
			}
			b.WriteRune(r)
			inWord = false
			prev = r
			continue
		}
		lower := unicode.ToLower(r)
		lat, ok := kmuLetter(lower, !inWord, unicode.ToLower(prev))
		if !ok {
			b.WriteRune(r)
			inWord = unicode.IsLetter(r) || unicode.IsMark(r)
			prev = r
			continue
		}
		if lower != r && lat != "" {
			// Upper-case source letter.
			allCaps := unicode.IsUpper(next) || (!unicode.IsLetter(next) && unicode.IsUpper(prev))
			if allCaps && len(lat) > 1 {
				lat = strings.ToUpper(lat)
			} else {
				lat = strings.ToUpper(lat[:1]) + lat[1:]
			}
		}
		b.WriteString(lat)
		inWord = true
		prev = r
	}
	return b.String()
}

// kmuLetter is the 2010 table for one lower-case letter. initial reports a
// letter at the start of a word; prev is the lower-case letter before it.
func kmuLetter(r rune, initial bool, prev rune) (string, bool) {
	switch r {
	case 'а':
		return "a", true
	case 'б':
		return "b", true
	case 'в':
		return "v", true
	case 'г':
		if prev == 'з' {
			return "gh", true
		}
		return "h", true
	case 'ґ':
		return "g", true
	case 'д':
		return "d", true
	case 'е':
		return "e", true
	case 'є':
		if initial {
			return "ye", true
		}
		return "ie", true
	case 'ж':
		return "zh", true
	case 'з':
		return "z", true
	case 'и':
		return "y", true
	case 'і':
		return "i", true
	case 'ї':
		if initial {
			return "yi", true
		}
		return "i", true
	case 'й':
		if initial {
			return "y", true
		}
		return "i", true
	case 'к':
		return "k", true
	case 'л':
		return "l", true
	case 'м':
		return "m", true
	case 'н':
		return "n", true
	case 'о':
		return "o", true
	case 'п':
		return "p", true
	case 'р':
		return "r", true
	case 'с':
		return "s", true
	case 'т':
		return "t", true
	case 'у':
		return "u", true
	case 'ф':
		return "f", true
	case 'х':
		return "kh", true
	case 'ц':
		return "ts", true
	case 'ч':
		return "ch", true
	case 'ш':
		return "sh", true
	case 'щ':
		return "shch", true
	case 'ь':
		return "", true
	case 'ю':
		if initial {
			return "yu", true
		}
		return "iu", true
	case 'я':
		if initial {
			return "ya", true
		}
		return "ia", true
	// Russian letters that Ukrainian lacks, read as their Ukrainian
	// counterparts, so that a Russian spelling still gives a usable key.
	case 'ы':
		return "y", true
	case 'э':
		return "e", true
	case 'ё':
		if initial {
			return "yo", true
		}
		return "io", true
	case 'ъ':
		return "", true
	}
	return "", false
}

func isApos(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʹ', '′':
		return true
	}
	return false
}

func isCyr(r rune) bool { return r >= 0x400 && r <= 0x4ff }

func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xd0 || s[i] == 0xd1 || s[i] == 0xd2 || s[i] == 0xd3 {
			return true
		}
	}
	return false
}

// fold lower-cases s, transliterates Cyrillic and strips Latin diacritics,
// so that "Łukasz", "Lukasz" and "Лукаш" compare on the same letters.
func fold(s string) string {
	s = Transliterate(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if unicode.IsMark(r) {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := latinFold(r); ok {
			b.WriteString(f)
			continue
		}
		if isApos(r) {
			b.WriteByte('\'')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// latinFold maps a lower-case Latin letter with a diacritic (or a ligature)
// to plain ASCII.
func latinFold(r rune) (string, bool) {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'ā', 'ă', 'ą':
		return "a", true
	case 'ç', 'ć', 'č', 'ĉ', 'ċ':
		return "c", true
	case 'ď', 'đ', 'ð':
		return "d", true
	case 'é', 'è', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return "e", true
	case 'ğ', 'ģ':
		return "g", true
	case 'í', 'ì', 'î', 'ï', 'ī', 'į', 'ı':
		return "i", true
	case 'ķ':
		return "k", true
	case 'ł', 'ľ', 'ĺ', 'ļ':
		return "l", true
	case 'ñ', 'ń', 'ň', 'ņ':
		return "n", true
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ō', 'ő':
		return "o", true
	case 'ř', 'ŕ':
		return "r", true
	case 'ś', 'š', 'ş', 'ș':
		return "s", true
	case 'ß':
		return "ss", true
	case 'ť', 'ţ', 'ț':
		return "t", true
	case 'ú', 'ù', 'û', 'ü', 'ū', 'ů', 'ű', 'ų':
		return "u", true
	case 'ý', 'ÿ':
		return "y", true
	case 'ź', 'ż', 'ž':
		return "z", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'þ':
		return "th", true
	}
	return "", false
}

// skeleton reduces a name to a spelling-neutral key: folded, letters only,
// with the digraphs that transliteration systems and languages spell
// differently merged (kh/h, g/h, j/y/i, w/v, ck/k, cz/ch, sz/sh, ie/e, ou/u)
// and doubled letters collapsed. "Chernohorenko" and "Chernogorenko",
// "Juriko" and "Yuriko", "Umierov" and "Umerov" share a skeleton.
func skeleton(s string) string {
	f := fold(s)
	b := make([]byte, 0, len(f))
	add := func(c byte) {
		if n := len(b); n > 0 && b[n-1] == c {
			return
		}
		b = append(b, c)
	}
next:
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c < 'a' || c > 'z' {
			continue
		}
		for _, r := range skeletonRules {
			if r.from[0] == c && strings.HasPrefix(f[i:], r.from) {
				for k := 0; k < len(r.to); k++ {
					add(r.to[k])
				}
				i += len(r.from) - 1
				continue next
			}
		}
		switch c {
		case 'i':
			if i > 0 && i+1 < len(f) && f[i+1] == 'e' {
				continue // "ie" inside a word is "e"
			}
		case 'g':
			c = 'h'
		case 'j', 'y':
			c = 'i'
		case 'w':
			c = 'v'
		case 'q':
			c = 'k'
		}
		add(c)
	}
	return string(b)
}

// skeletonRules merge the digraphs that spelling systems disagree on,
// longest first.
var skeletonRules = [...]struct{ from, to string }{
	{"shch", "sh"}, {"tsch", "ch"}, {"sch", "sh"}, {"tch", "ch"}, {"cz", "ch"},
	{"sz", "sh"}, {"kh", "h"}, {"gh", "h"}, {"ck", "k"}, {"ph", "f"},
	{"th", "t"}, {"ts", "c"}, {"tz", "c"}, {"ou", "u"},
}

// editDistance is the Levenshtein distance between two short ASCII keys,
// giving up early (returning max+1) once it must exceed max. Only the band
// of cells within max of the diagonal can stay within max, so only they
// are computed.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if a == b {
		return 0
	}
	if len(a) > 32 || len(b) > 32 {
		return max + 1
	}
	far := max + 1 // any value past max
	var prev, cur [34]int
	for j := 0; j <= len(b); j++ {
		prev[j] = far
		if j <= max {
			prev[j] = j
		}
	}
	prev[len(b)+1] = far
	for i := 1; i <= len(a); i++ {
		lo, hi := i-max, i+max
		if lo < 1 {
			lo = 1
		}
		if hi > len(b) {
			hi = len(b)
		}
		cur[lo-1] = far
		if lo == 1 {
			cur[0] = min(i, far)
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			v := prev[j-1]
			if a[i-1] != b[j-1] {
				v++
			}
			if prev[j]+1 < v {
				v = prev[j] + 1
			}
			if cur[j-1]+1 < v {
				v = cur[j-1] + 1
			}
			if v > far {
				v = far
			}
			cur[j] = v
			if v < best {
				best = v
			}
		}
		cur[hi+1] = far
		if best > max {
			return max + 1
		}
		prev = cur
	}
	return prev[len(b)]
}

// fuzzyMax is how many edits two skeletons of the given lengths may differ
// by and still name the same person: none for short keys, where one letter
// changes the name, one from five letters, two from nine.
func fuzzyMax(n int) int {
	switch {
	case n >= 9:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}
