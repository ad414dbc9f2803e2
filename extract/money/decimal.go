package money

// dec is an exact decimal m × 10^e. Amounts are computed in decimal and
// turned into a float64 once, so "62.9 million" becomes exactly 62900000
// and not 62900000.00000001.
type dec struct {
	m uint64
	e int
}

// maxMant bounds the mantissa so that additions and shifts cannot overflow.
const maxMant = 1_000_000_000_000_000_000

var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func decInt(v int64) dec {
	if v < 0 {
		return dec{}
	}
	return dec{m: uint64(v)}
}

func (a dec) zero() bool { return a.m == 0 }

// shift multiplies by 10^k.
func (a dec) shift(k int) dec {
	if a.m == 0 {
		return a
	}
	a.e += k
	return a
}

// norm strips trailing zeros from the mantissa.
func (a dec) norm() dec {
	if a.m == 0 {
		return dec{}
	}
	for a.m%10 == 0 {
		a.m /= 10
		a.e++
	}
	return a
}

// add returns a+b, or false when the result needs more than 18 digits.
func add(a, b dec) (dec, bool) {
	if a.m == 0 {
		return b, true
	}
	if b.m == 0 {
		return a, true
	}
	a, b = a.norm(), b.norm()
	for a.e > b.e {
		if a.m >= maxMant/10 {
			return dec{}, false
		}
		a.m *= 10
		a.e--
	}
	for b.e > a.e {
		if b.m >= maxMant/10 {
			return dec{}, false
		}
		b.m *= 10
		b.e--
	}
	s := a.m + b.m
	if s >= maxMant {
		return dec{}, false
	}
	return dec{m: s, e: a.e}, true
}

// integer reports whether a has no fractional part.
func (a dec) integer() bool { return a.norm().e >= 0 }

// less reports a < b.
func less(a, b dec) bool {
	if a.m == 0 || b.m == 0 {
		return a.m == 0 && b.m != 0
	}
	a, b = a.norm(), b.norm()
	// Compare magnitudes by digit count first to avoid overflow.
	da, db := digits(a.m)+a.e, digits(b.m)+b.e
	if da != db {
		return da < db
	}
	for a.e > b.e {
		a.m *= 10
		a.e--
	}
	for b.e > a.e {
		b.m *= 10
		b.e--
	}
	return a.m < b.m
}

func digits(m uint64) int {
	n := 1
	for m >= 10 {
		m /= 10
		n++
	}
	return n
}

// uint returns the integer value of a if it is a whole number below 10^18.
func (a dec) uint() (uint64, bool) {
	a = a.norm()
	if a.e < 0 {
		return 0, false
	}
	m := a.m
	for i := 0; i < a.e; i++ {
		if m >= maxMant/10 {
			return 0, false
		}
		m *= 10
	}
	return m, true
}

// float converts with a single rounding: the mantissa and the power of ten
// are both exact in float64, so one multiplication or division rounds
// correctly, exactly as strconv.ParseFloat would.
func (a dec) float() float64 {
	if a.m == 0 {
		return 0
	}
	a = a.norm()
	m, e := a.m, a.e
	for e > 0 && m < maxMant/10 {
		m *= 10
		e--
	}
	switch {
	case e > 22:
		f := float64(m) * 1e22
		for e -= 22; e > 0; e-- {
			f *= 10
		}
		return f
	case e >= 0:
		return float64(m) * pow10[e]
	case e >= -22:
		return float64(m) / pow10[-e]
	default:
		f := float64(m) / 1e22
		for e += 22; e < 0; e++ {
			f /= 10
		}
		return f
	}
}
