package ministers

import "testing"

// A prime minister's title that names no one refers back to the head a
// government was named after ("il governo di X"): a known official who
// held the title, within a few paragraphs, or an unknown full name in the
// sentence just before. The government alone makes no one prime minister.
func TestItalianCabinetReference55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Giovedì il governo olandese di Mark Rutte ha presentato la manovra. Il ministro delle Finanze Jan de Vries ha difeso i conti. Il premier riceverà i sindacati lunedì.",
			"Mark Rutte/NL/prime_minister; Jan de Vries/NL/minister/finance"},
		{"A Santiago la piazza protesta da giorni contro il governo cileno di Tomás Herrera. Il premier ha respinto ogni richiesta dei manifestanti.",
			"Tomás Herrera/CL/prime_minister"},
		{"Ieri l'esecutivo di Mark Rutte ha perso la fiducia. Secondo la stampa, il primo ministro si dimetterà entro la settimana.",
			"Mark Rutte/NL/prime_minister"},
		// an unknown head in the sentence just before: the government's
		// name says whose the title is, as one person named there does not
		// (TestBackReferenceAcrossClause)
		{"È caduto il governo di Marc Dubois. Il primo ministro, nominato a settembre, si è dimesso.", "Marc Dubois/IT/prime_minister"},
		// the government alone
		{"Il governo di Mark Rutte ha approvato la riforma delle pensioni.", ""},
		// an unknown head two sentences back may be a president
		{"A Santiago la piazza protesta contro il governo cileno di Tomás Herrera. La polizia ha sgomberato i viali. Il premier ha parlato in serata.", ""},
		// a one-word head, a known official who was never prime minister
		{"La piazza protesta contro il governo di Herrera. Il premier ha parlato in serata.", ""},
		{"Il governo di Antonio Tajani non esiste. Il premier ha parlato in serata.", ""},
		// another state's title, another prime minister named between, an
		// apposition without its article
		{"Il governo olandese di Mark Rutte ha presentato la manovra. Il premier danese ha criticato il piano.", ""},
		{"Il governo di Mark Rutte ha presentato la manovra. Il premier cileno Tomás Herrera l'ha lodata. Il premier ha poi lasciato Bruxelles.",
			"Tomás Herrera/CL/prime_minister"},
		{"A Santiago si protesta contro il governo cileno di Tomás Herrera. Ne ha parlato Juan Soto, allora come oggi primo ministro.", ""},
	})
}

// A clause of time may open the sentence whose subject is a title that
// names no one: the title still refers back to the one person named just
// before it.
func TestBackReferenceAfterSubordinator55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La visita italiana di Piotr Nowak è durata due giorni. Mentre il ministro della Difesa polacco incontrava i vertici dell'esercito, la piazza protestava.",
			"Piotr Nowak/PL/minister/defence"},
		{"Mark Rutte è arrivato a Berlino in mattinata. Quando il primo ministro olandese ha lasciato la cancelleria, erano le sei.",
			"Mark Rutte/NL/prime_minister"},
		// mid-sentence, two persons before, a title after the clause's verb
		{"Piotr Nowak è arrivato a Roma, mentre il ministro della Difesa polacco restava a Varsavia.", ""},
		{"Piotr Nowak e Jan Zielinski sono arrivati a Roma. Mentre il ministro della Difesa polacco incontrava i vertici, la piazza protestava.", ""},
		{"La visita italiana di Piotr Nowak è durata due giorni. Mentre parlava il ministro della Difesa polacco, la piazza protestava.", ""},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Piotr Nowak spent two days in Rome. While the Polish defence minister toured the base, protesters gathered outside.",
			"Piotr Nowak/PL/minister/defence"},
		{"Piotr Nowak spent two days in Rome, while the Polish defence minister stayed in Warsaw.", ""},
	})
}

// A relative clause may say when its holder held the title with a span
// of two years before its verb: "che dal 2008 al 2012 fu primo ministro".
func TestRelativeAfterYearSpan55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"L'accordo sul gas fu firmato con Ivan Petrov, che dal 2008 al 2012 fu primo ministro russo.", "Ivan Petrov/RU/prime_minister"},
		{"L'accordo sul gas fu firmato con Ivan Petrov, che dal 2008 al 2012 fu ambasciatore russo.", ""},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"The gas deal was signed with Ivan Petrov, who from 2008 to 2012 was Russian prime minister.", "Ivan Petrov/RU/prime_minister"},
	})
}

// A full name after the Italian "a" is the person something is given to,
// whom the relative clause after it gives a title; a one-word name or a
// state's is more often a place reached.
func TestItalianDativeRelative55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il tribunale ha restituito il passaporto a Jan Kowalski, che era stato ministro della Difesa polacco.",
			"Jan Kowalski/PL/minister/defence"},
		{"Il tribunale ha restituito il passaporto a Kowalski, che era stato ministro della Difesa polacco.", ""},
		{"Il comitato ha assegnato il premio a Polonia e Ucraina, che hanno un ministro della Difesa polacco.", ""},
	})
}

// A title served under a known official, after "con" or "sotto", is his
// state's when he was the holder's superior: the head of government, or
// the minister of the portfolio over a deputy. A minister of another
// portfolio, or one who is the holder's peer, says nothing.
func TestItalianSuperiorNation55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Piotr Zielinski, che era stato viceministro della Giustizia con Ziobro, è fuggito a Budapest.",
			"Piotr Zielinski/PL/deputy_minister/justice"},
		{"Anna Visser, ministra dell'Ambiente sotto Mark Rutte, ha lasciato la politica.", "Anna Visser/NL/minister/environment"},
		{"Piotr Zielinski, che era stato viceministro della Difesa con Ziobro, è fuggito a Budapest.",
			"Piotr Zielinski/IT/deputy_minister/defence"},
		{"Piotr Zielinski, che era stato ministro della Giustizia con Ziobro, è fuggito a Budapest.",
			"Piotr Zielinski/IT/minister/justice"},
	})
}

// A region named as the place just before a premier's title with no state
// makes the title the region's ("nel vicino Victoria il premier …"),
// unless a known official of a state holds it there on a visit. A
// region's name right after a title, before a surname, is a first name.
func TestItalianRegionalPremier55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La neve ha chiuso le scuole, mentre nel vicino Victoria il premier Tom Ellis ha chiesto aiuto all'esercito.", ""},
		{"In Québec il premier Jean Tremblay ha chiesto aiuto all'esercito.", ""},
		{"Il premier del Victoria Tom Ellis ha chiesto aiuto all'esercito.", ""},
		{"In Québec il premier Justin Trudeau ha chiesto aiuto all'esercito.", "Justin Trudeau/CA/prime_minister"},
		{"In Francia il premier Jean Roux ha chiesto aiuto all'esercito.", "Jean Roux/FR/prime_minister"},
		{"In Québec il ministro degli Esteri canadese Jean Roux ha incontrato i sindaci.", "Jean Roux/CA/minister/foreign_affairs"},
		{"La ministra dell'Ambiente Alberta Conti ha firmato il decreto.", "Alberta Conti/IT/minister/environment"},
		{"Il ministro degli Esteri Victoria Rossi ha firmato il decreto.", "Victoria Rossi/IT/minister/foreign_affairs"},
	})
	runPhraseCases(t, "en", []phraseCase{
		{"Finance Minister Alberta Conti said the budget was balanced.", "Alberta Conti//minister/finance"},
		{"The Premier of Alberta Tom Ellis said the budget was balanced.", ""},
	})
}

// Vocabulary: the feminine Chancellor of the Exchequer, the US Deputy
// Secretary of State, a marshal's rank before a name, and the portfolios
// of Community policies, local autonomies and telecommunications.
func TestItalianVocabulary55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La cancelliera dello Scacchiere Anne Walsh presenterà la manovra mercoledì.", "Anne Walsh/GB/minister/finance"},
		{"Il vicesegretario di Stato americano John Carter è atterrato a Kiev.", "John Carter/US/deputy_minister/foreign_affairs"},
		{"La vicesegretaria di Stato americana Mary Lane incontrerà domani i diplomatici russi a Ginevra.",
			"Mary Lane/US/deputy_minister/foreign_affairs"},
		// a state's own secretary of state is a civil servant
		{"Il vicesegretario di Stato Marco Neri ha parlato ai sindacati.", ""},
		{"Il ministro della Difesa russo, il maresciallo Ivan Orlov, ha ispezionato la flotta.", "Ivan Orlov/RU/minister/defence"},
		{"Il maresciallo dei carabinieri Ivan Orlov ha arrestato il sindaco.", ""},
		{"Ne ha discusso il ministro per le Politiche comunitarie Paolo Serra.", "Paolo Serra/IT/minister/european_affairs"},
		{"Lo ha proposto la ministra per gli Affari regionali e le autonomie locali, Paola Serra, in Consiglio.",
			"Paola Serra/IT/minister/regional_affairs"},
		{"Il titolare delle Telecomunicazioni, Reza Karimi, ha difeso il blocco della rete.", "Reza Karimi/IT/minister/communications"},
		{"La società di telecomunicazioni di Reza Karimi ha difeso il blocco della rete.", ""},
	})
}

// The pronoun of an elliptic title may take a preposition after the
// first minister's name: "i beni del ministro A e di quello dell'Interno B".
func TestItalianEllipticAfterPreposition55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Le sanzioni colpiscono i beni del ministro della Giustizia russo Ivan Orlov e di quello dell'Interno Pavel Sokolov.",
			"Ivan Orlov/RU/minister/justice; Pavel Sokolov/RU/minister/interior"},
		{"Il viaggio del ministro degli Esteri russo Ivan Orlov è durato più di quello della Difesa.", "Ivan Orlov/RU/minister/foreign_affairs"},
	})
}

// A party's adjective may stand between the copula and the name a title
// is predicated of: "il nuovo ministro delle Finanze è il liberale X".
func TestItalianPartyInPredicate55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il nuovo ministro degli Esteri danese è il liberale Lars Holm.", "Lars Holm/DK/minister/foreign_affairs"},
		{"Il nuovo ministro delle Finanze danese è la socialdemocratica Anna Berg, quello degli Esteri Lars Holm.",
			"Anna Berg/DK/minister/finance; Lars Holm/DK/minister/foreign_affairs"},
		{"Il nuovo ministro degli Esteri danese è il liberale più giovane del governo.", ""},
	})
}

// A short phrase of time may open the sentence whose subject is a title
// that refers back to the one person named before; "ormai" may stand in
// the title ("l'ormai ex ministro"). A phrase of place or of cause does
// not let a title refer back.
func TestItalianTimeOpener55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il referendum ha riservato una sorpresa a Ivan Orlov. Alle sette del mattino l'ormai ex ministro delle Finanze russo ha lasciato l'incarico.",
			"Ivan Orlov/RU/minister/finance"},
		{"Ieri mattina Ivan Orlov ha lasciato Mosca. Nello stesso pomeriggio il ministro della Difesa russo ha incontrato i generali.",
			"Ivan Orlov/RU/minister/defence"},
		{"Ivan Orlov ha lasciato Mosca in aereo. Il 30 luglio il ministro della Difesa russo ha incontrato i generali.",
			"Ivan Orlov/RU/minister/defence"},
		{"L'ormai ex premier russo Ivan Orlov ha parlato in televisione.", "Ivan Orlov/RU/prime_minister"},
		{"Ivan Orlov ha lasciato la capitale in aereo. A Mosca il ministro della Difesa russo ha incontrato i generali.", ""},
		{"Ivan Orlov ha lasciato la capitale in aereo. Per questo il ministro della Difesa russo ha incontrato i generali.", ""},
	})
}

// A title refers back to the one person named before it who has no title
// yet, when the others named there were given titles of their own, none
// the same, and the table knows he held it.
func TestBackReferenceAmongTitled55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Ieri Mark Rutte ha affidato le Finanze a Anna de Vries, finora ministra della Salute. Nello stesso pomeriggio il primo ministro ha ricevuto i sindacati.",
			"Mark Rutte/NL/prime_minister; Anna de Vries/NL/minister/health"},
		// an unknown person, two without a title, one with the same title
		{"Ieri Piet Jansen ha affidato le Finanze a Anna de Vries, finora ministra della Salute. Il primo ministro ha ricevuto i sindacati.",
			"Anna de Vries/IT/minister/health"},
		{"Mark Rutte e Piet Jansen hanno parlato con Anna de Vries, ministra della Salute. Il primo ministro ha lasciato la sala.",
			"Anna de Vries/IT/minister/health"},
		{"La premier Anna de Vries ha perso le elezioni contro Mark Rutte. La premier uscente ha ammesso la sconfitta.",
			"Anna de Vries/IT/prime_minister"},
	})
}

// A counterpart that opens its sentence is given no title, however
// plainly the sentence before names the minister he is the counterpart
// of.
func TestItalianCounterpartAfterSurname55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro degli Esteri cileno, Diego Rojas Soto, ha parlato a lungo. Rojas ha chiesto tempo. Il suo omologo argentino, Pablo Pérez, ha respinto la proposta.", "Diego Rojas Soto/CL/minister/foreign_affairs"},
		{"Il ministro degli Esteri cileno, Diego Rojas Soto, ha parlato a lungo. Rojas ha chiesto tempo a Marco Neri. Il suo omologo argentino, Pablo Pérez, ha respinto la proposta.",
			"Diego Rojas Soto/CL/minister/foreign_affairs"},
		{"Il ministro degli Esteri cileno, Diego Rojas Soto, ha parlato a lungo. La stampa ha criticato Marco Neri. Il suo omologo argentino, Pablo Pérez, ha respinto la proposta.",
			"Diego Rojas Soto/CL/minister/foreign_affairs"},
	})
}

// A title that takes no complement but its state may still say in what
// state its holder has the office: "in carica", "uscente", "ad interim".
func TestItalianClosedTitleInOffice55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"La vicepresidente del governo spagnolo in carica, Ana Ruiz, ha respinto le accuse.", "Ana Ruiz/ES/deputy_prime_minister"},
		{"Il presidente del Consiglio uscente Marco Neri ha salutato i ministri.", "Marco Neri/IT/prime_minister"},
		{"Il presidente del Consiglio regionale in carica, Marco Neri, ha salutato i consiglieri.", ""},
	})
}

// An age adjective may follow the portfolio before the name: "un
// ministro delle Finanze trentunenne, X".
func TestItalianAgeAfterPortfolio55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Al Tesoro arriva un ministro delle Finanze quarantenne, Jan Kowalski, già banchiere.", "Jan Kowalski/IT/minister/finance"},
		{"La ministra della Salute trentacinquenne Anna Berg ha presentato il piano.", "Anna Berg/IT/minister/health"},
		{"Il ministro delle Finanze solenne ha giurato.", ""},
	})
}

// The tenant of a ministry's seat holds it: "l'inquilino del Viminale",
// "di Palazzo Chigi" (the head of government); of a house, no one.
func TestItalianTenant55(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Fino a ieri l'inquilino della Farnesina era Paolo Serra, poi dimessosi.", "Paolo Serra/IT/minister/foreign_affairs"},
		{"L'inquilina del Viminale, Anna Serra, ha firmato la circolare.", "Anna Serra/IT/minister/interior"},
		{"L'inquilino di Palazzo Chigi Paolo Serra ha convocato il Consiglio.", "Paolo Serra/IT/prime_minister"},
		{"L'inquilino della Casa Bianca Paolo Serra ha convocato i giornalisti.", ""},
		{"L'inquilino del secondo piano, Paolo Serra, ha chiamato i vigili.", ""},
	})
}
