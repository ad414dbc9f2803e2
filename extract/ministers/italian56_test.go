package ministers

import "testing"

// A minister of a ministry so named stays his own state's.
func TestItalianHomelandSecretary56(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"In Messico è arrivato ieri il segretario alla Sicurezza interna Carlos Reyes, atteso dal governo messicano.",
			"Carlos Reyes/US/minister/homeland_security"},
		{"Il ministro della Sicurezza interna israeliano Avi Cohen ha visitato il confine.",
			"Avi Cohen/IL/minister/homeland_security"},
		// a party's secretary is no cabinet member
		{"Il segretario del partito Marco Neri ha parlato di sicurezza interna.", ""},
	})
}

// title and a comma it is no name.
func TestItalianPaeseNoName56(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro andrà a Chisinau per incontrare Ion Rusu, vicepremier e ministro degli Esteri della Moldova, Paese che ha accolto migliaia di profughi.",
			"Ion Rusu/MD/deputy_prime_minister"},
		{"Parla il ministro degli Esteri della Moldova, Paese che confina con l'Ucraina.", ""},
	})
}

// "Ministro degli Esteri torna a essere X".
func TestItalianReturnCopula56(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La squadra è pronta. Ministro della Difesa torna a essere Jan Kowal, già in carica nel 2015.",
			"Jan Kowal/IT/minister/defence"},
		{"Il ministro della Difesa torna a essere protagonista del dibattito.", ""},
	})
}
