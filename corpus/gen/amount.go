package gen

import (
	"math/rand/v2"
	"strconv"
	"time"
)

// amount is a sum of money before it is worded: a mantissa (whole, and
// decimal digits when dec is not ""), a scale, a currency, and optionally the
// upper end of a range.
type amount struct {
	whole int
	dec   string // decimal digits after the separator, "" for none
	scale int    // 0 (written in full), 6 (million) or 9 (billion)
	cur   string // ISO 4217
	word  bool   // the mantissa is a small whole number written as a word
	hi    int    // upper end of a range (whole, same scale); 0 for none
}

var currencies = []struct {
	code   string
	weight int
}{
	{"EUR", 62}, {"USD", 14}, {"GBP", 5}, {"UAH", 6}, {"DKK", 4}, {"NOK", 3}, {"SEK", 3}, {"PLN", 3},
}

func chooseAmount(r *rand.Rand) amount {
	var a amount
	w := r.IntN(100)
	for _, c := range currencies {
		if w < c.weight {
			a.cur = c.code
			break
		}
		w -= c.weight
	}
	switch k := r.IntN(100); {
	case k < 12: // in full: 2,500,000
		a.scale = 0
		if chance(r, 50) {
			a.whole = (r.IntN(9900) + 100) * 100
		} else {
			a.whole = (r.IntN(99) + 1) * 100_000
		}
		return a
	case k < 75:
		a.scale = 6
	default:
		a.scale = 9
	}
	switch k := r.IntN(100); {
	case k < 12:
		a.word = true
		a.whole = 1 + r.IntN(10)
	case k < 22:
		a.whole = 1 + r.IntN(5)
		a.hi = a.whole + 1 + r.IntN(3)
	case k < 55:
		a.whole = 1 + r.IntN(99)
		a.dec = strconv.Itoa(1 + r.IntN(9))
	default:
		a.whole = pick(r, []int{2, 3, 5, 7, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 75, 80, 100, 120, 150, 200, 250, 300, 400, 500, 650, 800})
	}
	if a.scale == 9 && a.whole > 60 {
		a.whole /= 10
		if a.whole == 0 {
			a.whole = 1
		}
	}
	return a
}

// group writes n with a thousands separator.
func group(n int, sep string) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/3*len(sep))
	lead := len(s) % 3
	if lead > 0 {
		out = append(out, s[:lead]...)
	}
	for i := lead; i < len(s); i += 3 {
		if len(out) > 0 {
			out = append(out, sep...)
		}
		out = append(out, s[i:i+3]...)
	}
	return string(out)
}

// mantissa writes a's mantissa with a decimal separator.
func (a amount) mantissa(decSep string) string {
	s := strconv.Itoa(a.whole)
	if a.dec != "" {
		s += decSep + a.dec
	}
	return s
}

// someDate is a date an article mentions: mostly in the year before its
// publication, sometimes in the weeks after it.
func (a *article) someDate() time.Time {
	if chance(a.r, 12) {
		return a.pub.AddDate(0, 0, 1+a.r.IntN(90))
	}
	return a.pub.AddDate(0, 0, -a.r.IntN(420))
}

// recentWeekday is a day in the six days before publication.
func (a *article) recentWeekday() time.Time {
	return a.pub.AddDate(0, 0, -(1 + a.r.IntN(6)))
}

// sameYearBefore is a date earlier in the publication year, or the
// publication date itself in early January.
func (a *article) sameYearBefore() time.Time {
	d := a.pub.AddDate(0, 0, -a.r.IntN(200))
	if d.Year() != a.pub.Year() {
		return a.pub
	}
	return d
}
