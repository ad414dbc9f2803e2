package ministers

import "testing"

// A title coordinated with a first apposition ("capo della Cancelleria e
// ministro delle Finanze") needs no comma to close it when a clause of
// time follows it: the clause says since when the person holds it.
func TestItalianCoordinatedTitleBeforeTimeClause55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Per la Germania c'era Hans Keller, capo della Cancelleria e ministro delle Finanze ad interim da quando l'ex ministro Karl Weber è andato in pensione.",
			"Hans Keller/DE/minister/finance; Karl Weber/DE/minister"},
		{"Per la Germania c'era Hans Keller, capo della Cancelleria e ministro delle Finanze quando la crisi è cominciata.",
			"Hans Keller/DE/minister/finance"},
		{"Per la Germania c'era Hans Keller, capo della Cancelleria e ministro delle Finanze dal 2021.",
			"Hans Keller/DE/minister/finance"},
		// a title with its article after "e" is another person's
		{"Al tavolo sedevano Hans Keller, consigliere della Cancelleria e il ministro delle Finanze tedesco da quando è cominciata la crisi.", ""},
		// no clause of time: the title may go on to a list of persons
		{"Per la Germania c'era Hans Keller, capo della Cancelleria e ministro delle Finanze per la stampa estera.", ""},
	})
}

// A party's adjective may stand set off by commas between a name and the
// title apposed to it.
func TestItalianPartyBeforeApposition55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Di parere opposto Karl Weber, cristianosociale, titolare dell'Agricoltura tedesco, che ha criticato il piano.",
			"Karl Weber/DE/minister/agriculture"},
		{"Di parere opposto Anna Berg, socialdemocratica, ministra dell'Ambiente tedesca.",
			"Anna Berg/DE/minister/environment"},
		// a word that is no party's
		{"Di parere opposto Karl Weber, ieri, ministro dell'Agricoltura tedesco.", ""},
	})
}

// A counterpart that opens its sentence is given no title, whoever the
// sentence before names.
func TestItalianCounterpartPastPlaces55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Per la Germania c'era Hans Keller, ministro delle Finanze. Keller ha definito la riforma «un buon segnale per l'Europa» dopo il voto della Spd. Il suo omologo francese, Jean Morel, ha invece chiesto tempo.", "Hans Keller/DE/minister/finance"},
		// two persons in the sentence before
		{"Per la Germania c'era Hans Keller, ministro delle Finanze. Keller ha parlato a lungo con Maria Rossi. Il suo omologo francese, Jean Morel, ha invece chiesto tempo.",
			"Hans Keller/DE/minister/finance"},
	})
}

// A former title refers back past a person who holds the office now to the
// one person of the sentence before with no title yet, who is known to
// have held it; that sentence may single him out of a paragraph naming
// another untitled person.
func TestItalianFormerTitleBackReference55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Al tavolo sedeva Oksana Markarova, ministra delle Finanze, arrivata dopo l'uscita di Oleksandr Danyliuk. L'ex ministro attacca il governo su ogni rincaro.",
			"Oksana Markarova/UA/minister/finance; Oleksandr Danyliuk/UA/minister/finance"},
		{"La missione del Fondo era guidata da Ron Smith. Al tavolo sedeva Oksana Markarova, ministra delle Finanze, arrivata dopo l'uscita di Oleksandr Danyliuk. L'ex ministro attacca il governo su ogni rincaro.",
			"Oksana Markarova/UA/minister/finance; Oleksandr Danyliuk/UA/minister/finance"},
		// a title that is not former is the minister's in office
		{"Al tavolo sedeva Oksana Markarova, ministra delle Finanze, arrivata dopo l'uscita di Oleksandr Danyliuk. La ministra attacca il governo su ogni rincaro.",
			"Oksana Markarova/UA/minister/finance"},
		// two persons with no title in the sentence before
		{"Al tavolo sedeva Oksana Markarova, ministra delle Finanze, arrivata dopo l'uscita di Oleksandr Danyliuk e di Ron Smith. L'ex ministro attacca il governo su ogni rincaro.",
			"Oksana Markarova/UA/minister/finance"},
	})
}

// "altro", "altra": one more holder of a title of the kind just named;
// "un'" is the indefinite article before a vowel.
func TestItalianAnotherTitle55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Al convegno è intervenuto anche Mario Monti, altro ex presidente del Consiglio, che ha difeso l'euro.",
			"Mario Monti/IT/prime_minister"},
		{"Con lei c'era Anna Berg, un'altra ministra tedesca, che ha votato contro.", "Anna Berg/DE/minister"},
		{"Con lei c'era Anna Berg, un'ex ministra tedesca, che ha votato contro.", "Anna Berg/DE/minister"},
	})
}

// The chair of a company's supervisory or management board is no head of
// government.
func TestItalianBoardChair55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il britannico John Reed, presidente del consiglio di sorveglianza, si è dimesso.", ""},
		{"Ha lasciato anche John Reed, presidente del consiglio di gestione della banca.", ""},
		{"Il presidente del Consiglio Mario Draghi ha parlato a lungo.", "Mario Draghi/IT/prime_minister"},
	})
}

// A clause that a conjunction opens after the name of a ministry's head is
// no apposition giving him another title; "dell'Urbanistica" is part of a
// portfolio.
func TestItalianLedByBeforeNewClause55b(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il piano è stato approvato dal ministero dell'Ambiente cileno guidato da Tomás Rojas, ma il sindaco di Santiago lo contesta.",
			"Tomás Rojas/CL/minister/environment"},
		{"Il piano è stato approvato dal ministero cileno dell'Ambiente e dell'Urbanistica guidato da Tomás Rojas.",
			"Tomás Rojas/CL/minister/environment"},
		// an apposition: the head is the mayor
		{"Il piano è stato approvato dal ministero dell'Ambiente cileno guidato da Tomás Rojas, il sindaco di Santiago.", ""},
	})
}
