package index

import (
	"math"
	"time"

	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Dates and euro amounts are indexed as two or three terms a value, and
// their ranges are searched as a handful of ranges over the terms that
// exist. bleve's own date and number fields index sixteen prefix-coded
// terms a value, most of them unique to the value: with the ten dates and
// five amounts of a typical article that made a third of the index's
// building CPU.
//
// A date is its day, its month and its year ("d2024-02-29", "m2024-02",
// "y2024"): a range is the days of the partial months at its ends, the
// months of the partial years, and the whole years between. Terms of one
// level sort like their dates, so each part is one term range.
//
// An amount is its exact value and three buckets of it, the top bits of
// its sortable int64: the sign, the exponent and the first four bits of
// the mantissa (a sixteenth of a power of two, some 6% wide); the sign and
// the exponent (a power of two); the sign and the exponent's top seven bits
// (sixteen powers of two). A range is the exact values at its ends, the
// smallest buckets that fit inside next to them, and so on up to the
// largest buckets in its middle: a few dozen terms at most. All are bleve's
// prefix-coded int64 terms, which sort like the amounts.
const (
	dayLevel   = 'd'
	monthLevel = 'm'
	yearLevel  = 'y'
	signBit    = uint64(1) << 63
)

// amountShifts are the low bits each amount level drops: the exact value,
// then ever larger buckets.
func amountShifts() [4]uint { return [4]uint{0, 48, 52, 56} }

// minDay and maxDay bound the dates the calendar terms can hold (four-digit
// years).
const (
	minDay = "0001-01-01"
	maxDay = "9999-12-31"
)

// calendar adds the day, month and year terms of a date to a field. Dates
// outside years 1–9999 are not indexed.
func (b *termsBuilder) calendar(name string, t time.Time) bool {
	if t.Year() < 1 || t.Year() > 9999 {
		return false
	}
	f := b.field(name, 't', numberOpts)
	var buf [11]byte
	term := t.AppendFormat(append(buf[:0], dayLevel), time.DateOnly)
	f.add(term)
	term[0] = monthLevel
	f.add(term[:8])
	term[0] = yearLevel
	f.add(term[:5])
	return true
}

// amount adds the terms of an amount at every level to a field.
func (b *termsBuilder) amount(name string, v float64) {
	f := b.field(name, 'n', numberOpts)
	i := sortableAmount(v)
	var buf [16]byte // a prefix-coded int64 takes at most 11 bytes
	for _, shift := range amountShifts() {
		f.add(numeric.MustNewPrefixCodedInt64Prealloc(i, shift, buf[:0]))
	}
}

// sortableAmount is the int64 that sorts like v, with -0 taken as 0.
func sortableAmount(v float64) int64 {
	if v == 0 {
		v = 0
	}
	return numeric.Float64ToInt64(v)
}

// dateRange matches the documents with a date of field between the days
// lo and hi (YYYY-MM-DD), both included; "" leaves that end open.
func dateRange(field string, lo, hi string, boost float64) query.Query {
	lo = max(lo, minDay)
	if hi == "" || hi > maxDay {
		hi = maxDay
	}
	if lo > hi {
		return query.NewMatchNoneQuery()
	}
	var parts []query.Query
	add := func(level byte, from, to string) {
		parts = append(parts, termRange(field, string(level)+from, string(level)+to, boost))
	}
	loM, hiM := lo[:7], hi[:7]
	if lo[8:] != "01" || (loM == hiM && !lastOfMonth(hi)) {
		add(dayLevel, lo, min(hi, loM+"-31"))
		loM = shiftPeriod(loM, "2006-01", 1)
	}
	if loM <= hiM && !lastOfMonth(hi) {
		add(dayLevel, hiM+"-01", hi)
		hiM = shiftPeriod(hiM, "2006-01", -1)
	}
	if loM <= hiM {
		loY, hiY := loM[:4], hiM[:4]
		if loM[5:] != "01" || (loY == hiY && hiM[5:] != "12") {
			add(monthLevel, loM, min(hiM, loY+"-12"))
			loY = shiftPeriod(loY, "2006", 12)
		}
		if loY <= hiY && hiM[5:] != "12" {
			add(monthLevel, hiY+"-01", hiM)
			hiY = shiftPeriod(hiY, "2006", -12)
		}
		if loY <= hiY {
			add(yearLevel, loY, hiY)
		}
	}
	return anyOf(parts)
}

// lastOfMonth reports whether day (YYYY-MM-DD) is the last of its month.
func lastOfMonth(day string) bool {
	t, err := time.Parse(time.DateOnly, day)
	return err == nil && t.AddDate(0, 0, 1).Day() == 1
}

// shiftPeriod moves a month (layout "2006-01") or a year (layout "2006")
// by n months; past the calendar's ends it returns a value that sorts
// before or after every period of its kind.
func shiftPeriod(p, layout string, n int) string {
	t, err := time.Parse(layout, p)
	if err != nil {
		return p
	}
	t = t.AddDate(0, n, 0)
	switch {
	case t.Year() < 1:
		return "0000"
	case t.Year() > 9999:
		return "9999~"
	}
	return t.Format(layout)
}

// amountRange matches the documents with an amount of field between lo and
// hi, both included; nil leaves that end open. NaN bounds match nothing.
func amountRange(field string, lo, hi *float64, boost float64) query.Query {
	a, z := uint64(0), ^uint64(0)
	if lo != nil {
		if math.IsNaN(*lo) {
			return query.NewMatchNoneQuery()
		}
		a = uint64(sortableAmount(*lo)) ^ signBit
	}
	if hi != nil {
		if math.IsNaN(*hi) {
			return query.NewMatchNoneQuery()
		}
		z = uint64(sortableAmount(*hi)) ^ signBit
	}
	if a > z {
		return query.NewMatchNoneQuery()
	}
	return anyOf(appendAmountRange(nil, field, a, z, 0, boost))
}

// appendAmountRange appends the term ranges of [a, z] (sortable bits, sign
// flipped) from amount level li up: the values at either end that do not
// fill a bucket of the next level are ranges of this level, the rest is the
// next level's.
func appendAmountRange(parts []query.Query, field string, a, z uint64, li int, boost float64) []query.Query {
	shifts := amountShifts()
	shift := shifts[li]
	add := func(x, y uint64) {
		parts = append(parts, termRange(field, amountTerm(x, shift), amountTerm(y, shift), boost))
	}
	if li == len(shifts)-1 {
		add(a, z)
		return parts
	}
	low := uint64(1)<<shifts[li+1] - 1 // the bits a next-level bucket drops
	if a>>shifts[li+1] == z>>shifts[li+1] && (a&low != 0 || z&low != low) {
		add(a, z) // inside one bucket of the next level, not filling it
		return parts
	}
	// a and z are in different buckets of the next level, or fill one: a's
	// bucket ends below the largest value and z's starts above 0.
	if a&low != 0 {
		add(a, a|low)
		a = a | low + 1
	}
	if z&low != low {
		add(z&^low, z)
		z = z&^low - 1
	}
	if a > z {
		return parts
	}
	return appendAmountRange(parts, field, a, z, li+1, boost)
}

// amountTerm is the prefix-coded term of the amount whose sortable bits,
// sign flipped, are u.
func amountTerm(u uint64, shift uint) string {
	return string(numeric.MustNewPrefixCodedInt64(int64(u^signBit), shift))
}

func termRange(field, from, to string, boost float64) query.Query {
	yes := true
	q := query.NewTermRangeInclusiveQuery(from, to, &yes, &yes)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}
