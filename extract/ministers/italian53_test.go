package ministers

import "testing"

// A colleague, with a state's adjective or without, is given no title of
// his own: the guideline counts "the Ukrainian defence minister's
// counterpart" as no title. The minister beside him is still read.
func TestItalianColleague53(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro degli Esteri Carlo Neri ha sentito in serata il collega francese Pierre Martin.", "Carlo Neri/IT/minister/foreign_affairs"},
		{"La titolare della Difesa è attesa a Varsavia dal collega polacco Jan Kowalski.", ""},
		{"Il premier croato Ivan Horvat ha ricevuto a Zagabria il collega polacco Jan Kowalski.", "Ivan Horvat/HR/prime_minister"},
		{"Il ministro dell'Economia Carlo Neri e il collega di partito Luca Bianchi hanno votato.", "Carlo Neri/IT/minister/economy"},
		{"Il ministro dell'Economia Carlo Neri e il collega Luca Bianchi hanno votato.", "Carlo Neri/IT/minister/economy"},
		{"Il presidente ha sentito il collega francese Pierre Martin.", ""},
		{"La ministra della Difesa ha sentito Marco Neri e il collega francese Pierre Martin.", ""},
		{"Il giornalista Marco Neri e il collega tedesco Hans Weber hanno scritto il libro.", ""},
		{"La ministra della Difesa ha parlato ieri. Il collega francese Pierre Martin ha risposto oggi.", ""},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Germany's Finance Minister Hans Weber, backed by his French colleague Pierre Martin, asked for more.", "Hans Weber/DE/minister/finance"},
		{"Finance Minister Hans Weber and his colleague Pierre Martin asked for more.", "Hans Weber//minister/finance"},
	})
}

// "Non è più", "non era più" before a title make their subject its former
// holder, "non sarà più" its holder until then; "non è" alone denies it.
func TestItalianNoLonger53(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Un comunicato ha annunciato che Carlo Neri non era più ministro delle Finanze.", "Carlo Neri/IT/minister/finance"},
		{"Da ieri Marco Bianchi non è più ministro della Difesa.", "Marco Bianchi/IT/minister/defence"},
		{"Marco Bianchi, che non è più ministro della Difesa, tornerà in aula.", "Marco Bianchi/IT/minister/defence"},
		{"Ivan Horvat non sarà più premier croato dopo il voto.", "Ivan Horvat/HR/prime_minister"},
		{"Carlo Neri non è ministro della Difesa.", ""},
		{"Carlo Neri non era ministro quando firmò.", ""},
	})
}

// A former holder's title opening a sentence points back to the one person
// the sentence before names, as a title with a state does; a title with
// neither, or two persons before it, binds no one.
func TestItalianFormerBackReference53(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"In Danimarca la Corte deciderà sul caso di Helga Sørensen. L'ex ministra dell'Immigrazione rischia il seggio.",
			"Helga Sørensen/DK/minister/migration"},
		{"Carlo Neri e Marco Bianchi hanno parlato. L'ex ministro della Difesa ha taciuto.", ""},
		{"Carlo Neri ha parlato a lungo. Il ministro della Difesa ha taciuto.", ""},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Helga Sorensen went on trial in Denmark on Monday. The former defence minister denied the charges.",
			"Helga Sorensen/DK/minister/defence"},
	})
}

// An interviewer's short question names the state the answer speaks of
// wherever it names it, unless it names several, names one as what an
// action goes on or through, or the answer's minister has a name spelt the
// Italian way in an Italian paper.
func TestItalianQuestionNation53(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Intervista: il gas\n\nChe cosa cambia per la Colombia?\n\nMolto. Il ministro delle Finanze Ramón Ibáñez ha promesso tagli.",
			"Ramón Ibáñez/CO/minister/finance"},
		{"Intervista: il lago\n\n2. Perché il Perù è preoccupato?\n\nPer l'acqua. Il ministro dell'Energia Ramón Ibáñez vuole un accordo.",
			"Ramón Ibáñez/PE/minister/energy"},
		{"Intervista: il petrolio\n\nIl greggio passa attraverso la Polonia?\n\nSì. Il ministro dell'Energia Ramón Ibáñez cerca nuove rotte.",
			"Ramón Ibáñez/IT/minister/energy"},
		{"Intervista: il rame\n\nChe cosa cambia tra il Perù e la Colombia?\n\nPoco. Il ministro dell'Energia Ramón Ibáñez cerca nuove rotte.",
			"Ramón Ibáñez/IT/minister/energy"},
		{"Intervista: i mercati\n\nPerché a Varsavia non piace?\n\nPer i costi. L'ex ministro dell'Economia Carlo Neri invita alla calma.",
			"Carlo Neri/IT/minister/economy"},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Q&A: trade\n\nColombia has gained the most from the deal.\n\nQ: And Peru?\n\nA: Shipping resumed, and Finance Minister Ramón Ibáñez met the banks.",
			"Ramón Ibáñez/PE/minister/finance"},
	})
}

// "Collega" with a portfolio is a fellow minister's title; with a party, a
// company or nothing it is no minister's. Housing and planning are
// portfolios.
func TestItalianPeerTitle53(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La ministra delle Finanze Anna Neri e il collega della Difesa, Marco Bianchi, hanno votato.",
			"Anna Neri/IT/minister/finance; Marco Bianchi/IT/minister/defence"},
		{"Ha parlato anche la collega all'Ambiente, Laura Verdi, di rischi ormai alle spalle.", "Laura Verdi/IT/minister/environment"},
		{"Il giornalista Marco Neri e la collega della Rai, Anna Blu, hanno scritto il libro.", ""},
		{"La ministra dell'Abitazione Marina Costa ha presentato il piano.", "Marina Costa/IT/minister/housing"},
		{"Il nuovo ministro dei Trasporti è Marco Neri; ministra dell'Abitazione è Marina Costa, che era già sottosegretaria.",
			"Marco Neri/IT/minister/transport; Marina Costa/IT/minister/housing"},
		{"La ministra delle Finanze Anna Neri e il collega del Bilancio e della pianificazione, Udo Adamu, hanno parlato.",
			"Anna Neri/IT/minister/finance; Udo Adamu/IT/minister/finance"},
	})
}

// A participle keeps its title across the agent of the passive and a short
// phrase of time: "X, eletta in mattinata dal Riksdag prima donna premier".
func TestItalianAgentBeforeTitle53(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Si è dimessa Anna Berg, eletta in mattinata dal Riksdag prima donna premier della Svezia.", "Anna Berg/SE/prime_minister"},
		{"Anna Berg, nominata dal Consiglio federale ministra della Cultura, ha giurato.", "Anna Berg/IT/minister/culture"},
		{"Anna Berg, ricevuta dal Senato con il ministro della Cultura, ha parlato.", ""},
		{"Anna Berg, ricevuta dal Senato, ha incontrato il ministro della Cultura.", ""},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Anna Berg, elected by the Riksdag prime minister of Sweden on Wednesday, resigned.", "Anna Berg/SE/prime_minister"},
	})
}
