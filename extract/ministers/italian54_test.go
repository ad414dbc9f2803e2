package ministers

import "testing"

// A minister charged with a task, one who coordinates others and one
// responsible for a portfolio keep their title before the portfolio and
// the name.
func TestItalianChargedMinister54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro incaricato della ripresa industriale Kenji Sato partirà domani per Bruxelles.",
			"Kenji Sato/IT/minister"},
		{"La ministra incaricata delle Riforme Laura Verdi ha presentato il testo.", "Laura Verdi/IT/minister/institutional_reforms"},
		{"Sarà presente anche il ministro coordinatore per gli Affari sociali, Budi Santoso, con i tecnici.",
			"Budi Santoso/IT/minister"},
		{"Il ministro canadese responsabile del commercio, Paul Tremblay, ha firmato.", "Paul Tremblay/CA/minister/trade"},
		{"Il responsabile comunicazione del partito, Marco Neri, ha smentito.", ""},
		{"Il coordinatore della campagna, Marco Neri, ha smentito.", ""},
		{"Il presidente incaricato Marco Neri ha sentito i partiti.", ""},
	})
}

// The state a portfolio deals with, after "con", is the portfolio's
// partner, not the government of the title, and the name still follows it.
func TestItalianPartnerState54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro canadese del commercio con gli Stati Uniti, Paul Tremblay, ha chiesto una proroga.",
			"Paul Tremblay/CA/minister/trade"},
		{"La ministra danese del Commercio con la Cina Anne Larsen ha chiesto una proroga.", "Anne Larsen/DK/minister/trade"},
		{"Il ministro degli Esteri con il collega francese ha firmato l'intesa.", ""},
		{"Il ministro del Commercio ha firmato con la Cina un'intesa.", ""},
	})
}

// A second post after a title's conjunction, with its own complement,
// stands before the one name both posts share; the post's ministry and
// state are not the title's.
func TestItalianSecondPost54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il vicepremier e portavoce del governo Ahmet Demir ha convocato l'ambasciatore.",
			"Ahmet Demir/IT/deputy_prime_minister"},
		{"Il ministro degli Esteri e portavoce Carlo Neri ha smentito.", "Carlo Neri/IT/minister/foreign_affairs"},
		{"Il vicepremier e presidente di Forza Nuova Carlo Neri ha parlato.", "Carlo Neri/IT/deputy_prime_minister"},
		{"Il ministro delle Finanze e coordinatore dell'economia Wale Edun ha parlato.", "Wale Edun/IT/minister/finance"},
		{"Il ministro e il portavoce del governo Marco Neri hanno parlato.", ""},
		{"Il ministro della Difesa e portavoce della Casa Bianca hanno parlato.", ""},
	})
}

// A state set off by commas after "per" gives the side the minister named
// after it speaks for.
func TestItalianSideBetweenCommas54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Hanno firmato il ministro cileno dell'Energia Diego Soto e, per l'Italia, il ministro dell'Ambiente Marco Neri. Il Cile, il Cile e il Cile ringraziano.",
			"Diego Soto/CL/minister/energy; Marco Neri/IT/minister/environment"},
		{"Hanno firmato il ministro cileno dell'Energia Diego Soto e, per la Francia, la ministra dell'Ambiente Anne Roux. Il Cile, il Cile e il Cile ringraziano.",
			"Diego Soto/CL/minister/energy; Anne Roux/FR/minister/environment"},
		{"Hanno firmato il ministro cileno dell'Energia Diego Soto e il ministro dell'Ambiente Marco Neri, decisivo per l'Italia. Il Cile, il Cile e il Cile ringraziano.",
			"Diego Soto/CL/minister/energy; Marco Neri/CL/minister/environment"},
	})
}

// A short description after a name, set off by commas and ending in a
// state's adjective, gives the nation of a title that has none.
func TestItalianDescribedAfter54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il viceministro degli Esteri Reza Karimi, capo negoziatore russo, tornerà a Ginevra con gli esperti.",
			"Reza Karimi/RU/deputy_minister/foreign_affairs"},
		{"Il ministro dell'Energia Diego Soto, ingegnere cileno, ha firmato.", "Diego Soto/CL/minister/energy"},
		{"Il ministro dell'Energia Marco Neri, amico del presidente cileno, ha firmato.", "Marco Neri/IT/minister/energy"},
		{"Il ministro dell'Energia Marco Neri, in visita in Cile, ha firmato.", "Marco Neri/IT/minister/energy"},
	})
}

// "Primo ministro" and "prima ministra" with a portfolio after them are an
// ordinal before a minister's title: a head of government has no portfolio.
func TestItalianOrdinalMinister54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Laura Verdi è stata la prima ministra della Difesa della storia repubblicana.", "Laura Verdi/IT/minister/defence"},
		{"La prima ministra degli Esteri Laura Verdi ha visitato Teheran.", "Laura Verdi/IT/minister/foreign_affairs"},
		{"La prima ministra Laura Verdi ha visitato Teheran.", "Laura Verdi/IT/prime_minister"},
		{"Il primo ministro della Polonia Jan Kowalski ha visitato Roma.", "Jan Kowalski/PL/prime_minister"},
	})
}

// A name right after the comma that closes a title inside a short phrase
// opening the sentence with a preposition, and running straight into its
// verb, is the main clause's subject, not the title's holder.
func TestItalianSubjectAfterAdjunct54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Nel colloquio con il capo della diplomazia di Mosca, Bianchi ha ribadito la linea del governo.", ""},
		{"ROMA - Nell'incontro con il ministro degli Esteri, Carlo Neri ha chiesto garanzie.", ""},
		{"Con il ministro degli Esteri, Carlo Neri, ha parlato a lungo il presidente.", "Carlo Neri/IT/minister/foreign_affairs"},
		{"Il ministro degli Esteri, Carlo Neri ha ribadito la linea del governo.", "Carlo Neri/IT/minister/foreign_affairs"},
		{"Per il ministro degli Esteri, Carlo Neri, la crisi è grave.", "Carlo Neri/IT/minister/foreign_affairs"},
	})
}

// A sentence that opens with "con lui" or "con lei" names the companions
// of the head of government last named in its paragraph: his ministers,
// whatever place the paragraph opens with.
func TestItalianCompanions54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"ROMA - Il piano è stato presentato ieri. Il premier croato Ivan Horvat ha parlato a lungo. Con lui il ministro della Difesa Ante Kovač e il titolare dell'Interno Davor Babić.",
			"Ivan Horvat/HR/prime_minister; Ante Kovač/HR/minister/defence; Davor Babić/HR/minister/interior"},
		{"ROMA - Il piano è stato presentato ieri. Il premier croato Ivan Horvat ha parlato a lungo.\n\nCon lui il ministro della Difesa Ante Kovač.",
			"Ivan Horvat/HR/prime_minister; Ante Kovač/IT/minister/defence"},
		{"ROMA - Il piano è stato presentato ieri. Il presidente Ivan Horvat ha parlato a lungo. Con lui il ministro della Difesa Ante Kovač.",
			"Ante Kovač/IT/minister/defence"},
	})
}
