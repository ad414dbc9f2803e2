package ministers

import "testing"

func TestGivenNameOrigin(t *testing.T) {
	cases := []struct {
		name               string
		ukrainian, foreign bool
	}{
		{"Serhii Kravchuk", true, false},
		{"Oleksandr Beker", false, false}, // Олександр is also Alexander
		{"Dmytra Novaka", false, false},   // Dmytro in the genitive
		{"Marlena Novak", false, true},
		{"Devid Masondo", false, true},
		{"Andre Fufuka", false, true},
		{"Kravchuk", false, false}, // no given name
		{"J. Smith", false, false},
	}
	for _, c := range cases {
		if got := ukrainianGiven(c.name); got != c.ukrainian {
			t.Errorf("ukrainianGiven(%q) = %v, want %v", c.name, got, c.ukrainian)
		}
		if got := foreignGiven(c.name); got != c.foreign {
			t.Errorf("foreignGiven(%q) = %v, want %v", c.name, got, c.foreign)
		}
	}
}

// TestUkrainianNamesHoldGivens: every name that only Ukrainians bear is
// one Ukrainians commonly bear, or foreignGiven would call its bearer a
// foreigner.
func TestUkrainianNamesHoldGivens(t *testing.T) {
	for g := range ukrainianGivens {
		if !ukrainianNames[g] {
			t.Errorf("%q is in ukrainianGivens but not in ukrainianNames", g)
		}
	}
}
