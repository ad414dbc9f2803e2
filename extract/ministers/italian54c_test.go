package ministers

import "testing"

// A wire's credit opens each of its items: the dateline after it is the
// item's place and speaks for the ministers the item names without a
// state.
func TestItalianWireItems54c(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il peschereccio affondato\n\n(ANSA) - MOSCA, 12 MAG - La Russia tace, la Russia attende, la Russia non commenta.\n\n(ANSA) - OSLO, 12 MAG - «Siamo pronti ad aiutare», ha detto il ministro della Pesca Kari Nilsen, che ha scritto a Mosca.",
			"Kari Nilsen/NO/minister"},
		{"Il peschereccio affondato\n\n(AGI) - MOSCA, 12 MAG - La Russia tace, la Russia attende, la Russia non commenta.\n\n(AGI) - ROMA, 12 MAG - Il ministro della Pesca Marco Neri ha scritto alle famiglie.",
			"Marco Neri/IT/minister"},
		// a title's state stands whatever the dateline
		{"Il peschereccio affondato\n\n(ANSA) - MOSCA, 12 MAG - La Russia tace, la Russia attende, la Russia non commenta.\n\n(ANSA) - ROMA, 12 MAG - Il ministro norvegese della Pesca Kari Nilsen ha scritto alle famiglie.",
			"Kari Nilsen/NO/minister"},
		// a bracketed word that credits no agency is no stamp
		{"Il peschereccio affondato\n\nLa Russia tace, la Russia attende, la Russia non commenta.\n\n(Video) - OSLO, il porto. Il ministro della Pesca Kari Nilsen ha scritto alle famiglie.",
			"Kari Nilsen/RU/minister"},
	})
}

// A line in capitals writes a state's adjective in capitals too: after a
// noun it says whose the thing is, and the line does not speak for that
// state.
func TestItalianCapitalsAdjective54c(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il peschereccio affondato\n\nLa Russia tace, la Russia attende, la Russia non commenta.\n\nPESCHERECCIO RUSSO: NERI, «VICINI ALLE FAMIGLIE»\n\nROMA – Il ministro della Pesca Marco Neri ha scritto alle famiglie.",
			"Marco Neri/IT/minister"},
		// the state itself, or its government, opens the line
		{"Il peschereccio affondato\n\nL'Italia tace, l'Italia attende, l'Italia non commenta.\n\nLA RUSSIA: NERI, «VICINI ALLE FAMIGLIE»\n\nIl ministro della Pesca Marco Neri ha scritto alle famiglie.",
			"Marco Neri/RU/minister"},
	})
}

// A state that another person's title gives is that holder's: the minister
// he talks with, whose title names none, is not thereby of his state.
func TestItalianOthersTitle54c(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro delle Finanze norvegese, Olav Dahl, ne aveva discusso ieri al telefono con il ministro dell'Economia, Marco Neri.",
			"Olav Dahl/NO/minister/finance; Marco Neri/IT/minister/economy"},
		{"Il ministro norvegese delle Finanze Olav Dahl ha parlato con il ministro del Commercio Marco Neri dei dazi.",
			"Olav Dahl/NO/minister/finance; Marco Neri/IT/minister/trade"},
		// listed, or named apart, people share a state as often as not
		{"Il ministro norvegese delle Finanze Olav Dahl ha presentato il piano insieme al ministro del Commercio Knut Berg.",
			"Olav Dahl/NO/minister/finance; Knut Berg/NO/minister/trade"},
		// the state outside any title still speaks for the sentence
		{"In Norvegia il ministro delle Finanze Olav Dahl ha parlato con il ministro del Commercio Knut Berg dei dazi.",
			"Olav Dahl/NO/minister/finance; Knut Berg/NO/minister/trade"},
	})
}
