package ministers

import "testing"

// A report of a new cabinet names its members by the portfolio each one
// gets: in the dative before a verb of going ("Agli Esteri va X"), as the
// subject of one ("gli Affari interni tornano a X", "il ministero delle
// Finanze è affidato a X") or as the object of "affidare". After one such
// item with its verb the sentence may drop it.
func TestItalianAllotments55c(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il nuovo governo olandese ha giurato ieri. Agli Esteri va Laura Peeters, avvocata di Utrecht; alla Giustizia un'altra donna, Marie de Vries.",
			"Laura Peeters/NL/minister/foreign_affairs; Marie de Vries/NL/minister/justice"},
		{"Il Belgio ha un governo: dodici ministri in tutto per il Belgio. Alle Finanze va il liberale Jan Claes, alla Sanità torna il socialista Luc Maes. Alla Giustizia c'è Paul Janssens, all'Interno Ann Wouters.",
			"Jan Claes/BE/minister/finance; Luc Maes/BE/minister/health; Paul Janssens/BE/minister/justice; Ann Wouters/BE/minister/interior"},
		{"La Libia ha un nuovo governo. Il ministero delle Finanze della Libia è affidato a Karim Haddad, quello del Petrolio a Omar Salem.",
			"Karim Haddad/LY/minister/finance; Omar Salem/LY/minister/energy"},
		{"In Etiopia, con il rimpasto, il premier dell'Etiopia ha affidato il ministero dell'Acqua, dell'irrigazione e dell'elettricità all'ingegnere Abebe Tessema, e gli Esteri a Dawit Bekele.",
			"Abebe Tessema/ET/minister/water; Dawit Bekele/ET/minister/foreign_affairs"},
		{"Nel nuovo governo giapponese, gli Affari interni tornano a Kenji Mori e l'Agricoltura passa a Taro Ueda.",
			"Kenji Mori/JP/minister/interior; Taro Ueda/JP/minister/agriculture"},
		{"Nella squadra dei ministri tedesca i socialisti ottengono le Finanze, affidate a Olaf Bauer, fino a ieri sindaco di Amburgo.",
			"Olaf Bauer/DE/minister/finance"},
		// the holder named with a title of his own keeps it, and the verb
		// still serves the next item
		{"In Libia il governo ha giurato. Il ministero dell'Energia va all'ex premier Karim Haddad, quello dell'Economia a Omar Salem.",
			"Karim Haddad/LY/prime_minister; Omar Salem/LY/minister/economy"},
		// a region's council gives its portfolios the same way
		{"La nuova giunta regionale ha giurato: alla Sanità va Mario Rossi, alla Cultura Anna Neri.", ""},
		// no verb, nor one before: not an item
		{"Il governo ha deciso. All'Interno Anna Neri ha parlato a lungo.", ""},
		{"Il governo ha deciso: all'Interno Anna Neri, alla Difesa Mario Rossi.", ""},
		// no portfolio is given
		{"Il premier ha affidato a Paolo Neri il compito di guidare i negoziati.", ""},
		{"Il presidente ha affidato l'incarico di formare il governo a Luca Bianchi.", ""},
		{"Il governo ha giurato. Alla Difesa va il merito dell'operazione, ha detto Mario Rossi.", ""},
		// a ministry's seat is a place visited
		{"Il governo ha giurato. Alla Farnesina arriva Hans Keller, in visita a Roma.", ""},
		// no cabinet in the paragraph
		{"Alla Sanità va Mario Rossi, alla Cultura Anna Neri.", ""},
	})
}

// A plural title's list goes on past an aside that commas set off after a
// name: "due vicepremier: A, per la Cirenaica, e B"; words after an
// article that open the next item are no aside.
func TestListAside55c(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il governo della Libia conta due vicepremier: Karim Haddad, per la Tripolitania, e Omar Salem, per il Sud.",
			"Karim Haddad/LY/deputy_prime_minister; Omar Salem/LY/deputy_prime_minister"},
		{"I vicepremier saranno Paolo Bianchi, che somma Lavoro e Industria, e Marco Verdi, ministro dell'Interno.",
			"Paolo Bianchi/IT/deputy_prime_minister; Marco Verdi/IT/deputy_prime_minister"},
		// the aside is too long to be one: no list
		{"I vicepremier saranno Paolo Bianchi, che ieri ha parlato a lungo con i sindacati del settore, e poi Marco Verdi.", ""},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Two former finance ministers of Poland, Adam Nowak, who resigned in May, and Jan Kowal, his deputy, spoke.",
			"Adam Nowak/PL/minister/finance; Jan Kowal/PL/minister/finance"},
		// "the economist B" is the next item, not an aside
		{"Poland has three deputy finance ministers: the veteran Adam Nowak, the economist Jan Kowal, and Piotr Lis.",
			"Adam Nowak/PL/deputy_minister/finance; Jan Kowal/PL/deputy_minister/finance; Piotr Lis/PL/deputy_minister/finance"},
	})
}
