package ministers

import "testing"

// TestAllotGate: the switch that gates the reading of allotments knows
// every word the reading itself looks for, and no other.
func TestAllotGate(t *testing.T) {
	for _, m := range []map[string]bool{allotVerbs, allotParticiples} {
		for w := range m {
			if !allotGate(w) {
				t.Errorf("allotGate(%q) = false", w)
			}
		}
	}
	for _, w := range []string{"ministro", "va.", "affidamento", ""} {
		if allotGate(w) {
			t.Errorf("allotGate(%q) = true", w)
		}
	}
	n := 0
	for _, w := range []string{"va", "vanno", "andrà", "andranno", "passa", "passano", "passerà", "torna", "tornano", "tornerà",
		"arriva", "approda", "resta", "restano", "rimane", "spetta", "spettano", "spetterà", "siede",
		"affidato", "affidata", "affidati", "affidate", "assegnato", "assegnata", "assegnati", "assegnate"} {
		if allotVerbs[w] || allotParticiples[w] {
			n++
		}
	}
	if want := len(allotVerbs) + len(allotParticiples); n != want {
		t.Errorf("the gate's words found in the maps: %d, want %d", n, want)
	}
}
