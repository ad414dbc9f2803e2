package ministers

import "testing"

// The US Department of Homeland Security is, in Italian, "la Sicurezza
// interna": its secretary is a cabinet member of the US, the one
// government with such a department, even in a story on another state.
// A title that opens the clause after a colon, as its subject, is that
// of the person whose name ends the clause before the colon: "ha preso il
// posto di X: l'ex ministro degli Esteri si era dimesso". A speaker's
// name, a headline's and another title's holder are not that person, nor
// is one the table does not know under a title with neither a state nor
// "former".
func TestItalianColonReference56(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La nuova ministra ha preso il posto di Paolo Neri: l'ex ministro dell'Economia si era dimesso a marzo per candidarsi.",
			"Paolo Neri/IT/minister/economy"},
		{"Il vertice è saltato per l'assenza di Jan Kowal: il ministro degli Esteri polacco era malato.",
			"Jan Kowal/PL/minister/foreign_affairs"},
		{"La stampa ha criticato Paolo Neri: il ministro dell'Economia ha sbagliato i conti.", ""},
		{"Lo ha detto Paolo Neri: l'ex ministro dell'Economia ha sbagliato i conti.", ""},
		{"Paolo Neri: l'ex ministro dell'Economia ha sbagliato i conti.", ""},
		{"La delegazione ha incontrato il presidente Paolo Neri: l'ex premier francese era assente.", ""},
	})
}

// An Italian appointment names its post after "a", the appointee as its
// object, or after "di" when the appointment is a noun: "la nomina di X a
// primo ministro". Another post, or a verb whose subject returns, gives
// none.
func TestItalianAppointedTo56(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il Parlamento ha approvato ieri la nomina di Petro Bondar a primo ministro ucraino.",
			"Petro Bondar/UA/prime_minister"},
		{"La Camera ha votato la nomina di Jan Kowal a ministro della Difesa polacco, dopo un lungo dibattito.",
			"Jan Kowal/PL/minister/defence"},
		{"La nomina di Paolo Neri a direttore ha sorpreso il ministro dell'Economia.", ""},
		{"La lettera di Paolo Neri al ministro dell'Economia è arrivata ieri.", ""},
		{"Il presidente ha nominato Paolo Neri a capo della commissione.", ""},
	})
}

// The Italian press writes "Paese" (the country) with a capital: after a
// A post given back to one who held it is an inverted copula too:
// A ministry "sarà guidato da" its minister, the auxiliary of the passive
// between them, as when "guidato da" follows it: the ministry must be the
// subject, not another noun's complement.
func TestItalianLedByPassive56(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il governo ha giurato. Il ministero della Giustizia polacco sarà guidato da Adam Nowak, ex difensore civico.",
			"Adam Nowak/PL/minister/justice"},
		{"Il governo è nato e il ministero dell'Economia è guidato da Paolo Neri.",
			"Paolo Neri/IT/minister/economy"},
		{"La delegazione del ministero della Giustizia è guidata da Paolo Neri.", ""},
	})
}
