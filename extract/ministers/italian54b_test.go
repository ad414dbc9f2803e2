package ministers

import "testing"

// Two holders of the same office joined by a conjunction, one given a
// state, are told apart by it: the other, whose title gives none, is the
// paper's own minister, whatever place the dateline names. Different
// offices, or a former holder, set nobody apart.
func TestItalianContrastedHolder54b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"OSLO, 4 MAR – La ministra dell'Energia Laura Ferri e il ministro norvegese dell'Energia Terje Aasland hanno siglato l'accordo sul gas.",
			"Laura Ferri/IT/minister/energy; Terje Aasland/NO/minister/energy"},
		{"MADRID, 9 OTT – Il ministro spagnolo della Giustizia, Félix Bolaños, e il ministro della Giustizia Marco Neri hanno discusso dei mandati d'arresto.",
			"Félix Bolaños/ES/minister/justice; Marco Neri/IT/minister/justice"},
		{"OTTAWA, 1 LUG – Il ministro degli Esteri Marco Neri e il ministro degli Esteri canadese Paul Tremblay hanno parlato di dazi.",
			"Marco Neri/IT/minister/foreign_affairs; Paul Tremblay/CA/minister/foreign_affairs"},
		// another office: the same government's minister, or the dateline's
		{"OSLO, 4 MAR – Il ministro norvegese dell'Energia Olav Dahl e il ministro delle Finanze Knut Berg hanno siglato l'accordo.",
			"Olav Dahl/NO/minister/energy; Knut Berg/NO/minister/finance"},
	})
}

// The others named in one plural title of an office each state has one of
// hold it in other states: a head of government listed with a known one
// is not of his state.
func TestItalianListedHeads54b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Secondo l'India, ne hanno discusso i primi ministri Narendra Modi e Anwar Hakim. La Malaysia e l'India trattano, la Malaysia attende, l'India no.",
			"Narendra Modi/IN/prime_minister; Anwar Hakim/MY/prime_minister"},
		// a list of ministers is a cabinet's as often as counterparts'
		{"OSLO, 4 MAR – Gli altri ministri: Olav Dahl agli Esteri, Knut Berg alla Difesa e Terje Aasland all'Energia.",
			"Olav Dahl/NO/minister; Knut Berg/NO/minister; Terje Aasland/NO/minister"},
	})
}

// A state an interviewer's question names after "con" is the partner the
// answer's side deals with, not that side: the answer's minister is the
// state's the text is about.
func TestItalianQuestionPartner54b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il Brasile cerca un accordo sui dazi\n\nIl Brasile tratta da mesi, e il Brasile non ha fretta.\n\nChi negozia con Ottawa?\nSe ne occupa il ministro del Commercio Pedro Alves, che ha già visto gli inviati.",
			"Pedro Alves/BR/minister/trade"},
		{"Il Brasile cerca un accordo sui dazi\n\nIl Brasile tratta da mesi, e il Brasile non ha fretta.\n\nChi negozia col Canada?\nSe ne occupa il ministro del Commercio Pedro Alves, che ha già visto gli inviati.",
			"Pedro Alves/BR/minister/trade"},
		// the question's own side
		{"Il Brasile cerca un accordo sui dazi\n\nIl Brasile tratta da mesi, e il Brasile non ha fretta.\n\nE Ottawa che cosa fa?\nSe ne occupa il ministro del Commercio Paul Tremblay, che ha già visto gli inviati.",
			"Paul Tremblay/CA/minister/trade"},
	})
}

// A live blog's time stamp set in bold by a markdown page ("**ore 13.10**
// –") is still a stamp: the place after it opens the entry.
func TestItalianBoldStamp54b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La crisi in diretta\n\n**ore 9.30** – Da Madrid il governo annuncia una risposta. Il ministro per gli Affari europei Luis Ortega parla di «crisi».\n\n**ore 10.00** – La Francia tace, la Francia attende, la Francia osserva.",
			"Luis Ortega/ES/minister/european_affairs"},
		{"La crisi in diretta\n\n__ore 9.30__ – Da Madrid il governo annuncia una risposta. Il ministro per gli Affari europei Luis Ortega parla di «crisi».\n\n__ore 10.00__ – La Francia tace, la Francia attende, la Francia osserva.",
			"Luis Ortega/ES/minister/european_affairs"},
	})
}

// The US secretaries of state and of defense since 2009 are known
// officials: a secretary of state needs no state beside his title when
// the table knows him.
func TestItalianUSSecretaries54b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Al vertice di Ginevra il segretario di Stato John Kerry ha chiesto una tregua.", "John Kerry/US/minister/foreign_affairs"},
		{"Ne ha discusso con il capo del Pentagono, il segretario alla Difesa Chuck Hagel.", "Chuck Hagel/US/minister/defence"},
		{"Il segretario di Stato Mike Pompeo e il segretario alla Difesa Jim Mattis sono arrivati a Seul.",
			"Mike Pompeo/US/minister/foreign_affairs; Jim Mattis/US/minister/defence"},
		// a secretary of state the table does not know, in a text naming no state
		{"Al vertice di Ginevra il segretario di Stato Carlo Neri ha chiesto una tregua.", ""},
		// a namesake with another title
		{"L'ex presidente Bill Clinton ha parlato a Harlem.", ""},
	})
}

// A name after "di" right behind a title's portfolio is the head of the
// government the minister serves, never the holder: the holder is named
// before the title or in an apposition after the owner.
func TestItalianOwnerAfterPortfolio54b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"In Cile il dibattito si accende. Marta Ríos, la prima ministra dell'Istruzione di Boric e oggi sua critica, ha votato contro. Gabriel Boric tace.",
			"Marta Ríos/CL/minister/education"},
		{"In Spagna il dibattito si accende. Il ministro della Difesa di Sánchez, Luis Gómez, ha parlato di errore. Sánchez tace.",
			"Luis Gómez/ES/minister/defence"},
		{"In Spagna il dibattito si accende: Luis Gómez, ministro della Difesa di Pedro Sánchez, ha parlato di errore.",
			"Luis Gómez/ES/minister/defence"},
		{"In Cile il dibattito si accende: Luis Gómez, ministro della Difesa di Gabriel Boric, ha parlato di errore.",
			"Luis Gómez/CL/minister/defence"},
		// a capital after "di" is the government's state; the name follows
		{"Il ministro della Difesa di Kiev Oleksii Petrenko ha parlato.", "Oleksii Petrenko/UA/minister/defence"},
		// "di" opening no name
		{"Il ministro della Difesa di allora, Luis Gómez, ha parlato.", "Luis Gómez/IT/minister/defence"},
	})
}
