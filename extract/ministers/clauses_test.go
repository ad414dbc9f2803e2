package ministers

import "testing"

// Titles that reach their person through the clause rather than by
// standing next to the name: appointments, appositions after the name,
// a title that refers back to the person just named; portfolios written
// in lower case or coordinated; US and UK cabinet secretaries; nations by
// the article's language and home government.

func TestEnglishClauses(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		// a place between the verb and "as"
		{"Paul Green was sworn in at Rideau Hall as finance minister of Canada.", "Paul Green/CA/minister/finance"},
		{"Paul Green returned to Parliament Hill as finance minister of Canada.", "Paul Green/CA/minister/finance"},
		{"She met Paul Green at Rideau Hall as finance minister of Canada.", ""},
		// appointments
		{"On Friday parliament appointed Petro Ivanenko, until then a deputy energy minister, as Ukraine's new energy minister.", "Petro Ivanenko/UA/minister/energy"},
		{"Maria Lopez was appointed defence minister of Spain in 2023.", "Maria Lopez/ES/minister/defence"},
		{"The president named Jan Novak foreign minister on Monday.", "Jan Novak//minister/foreign_affairs"},
		{"Jan Novak, who was appointed foreign minister of Poland last year, resigned.", "Jan Novak/PL/minister/foreign_affairs"},
		{"Jan Novak, appointed Polish foreign minister last year, resigned.", "Jan Novak/PL/minister/foreign_affairs"},
		{"Lena Berg served as Swedish defence minister until 2022.", "Lena Berg/SE/minister/defence"},
		{"The coalition picked Aino Virtanen as Finland's prime minister.", "Aino Virtanen/FI/prime_minister"},
		{"Rishi Sunak appointed David Cameron as foreign secretary.", "David Cameron/GB/minister/foreign_affairs"},
		{"Jan Novak resigned as Czech foreign minister in March.", "Jan Novak/CZ/minister/foreign_affairs"},
		{"The premier sacked Jan Novak as Czech foreign minister.", "Jan Novak/CZ/minister/foreign_affairs"},
		{"He was appointed defence minister in 2023.", ""},
		{"Jan Novak resigned, and the Czech foreign minister left too.", ""},
		{"Jan Novak served the prime minister for ten years.", ""},
		{"The president appointed him as foreign minister.", ""},
		{"Parliament appointed as prime minister a man few had heard of.", ""},
		// a second title after the name, set off by commas
		{"NATO chief Mark Rutte, a former Dutch prime minister, urged the allies to spend more.", "Mark Rutte/NL/prime_minister"},
		{"Secretary General Jens Stoltenberg, former Norwegian prime minister, opened the session.", "Jens Stoltenberg/NO/prime_minister"},
		{"They met President Volodymyr Zelensky, the prime minister and the speaker.", ""},
		// an age, or a first apposition coordinated with the title, between
		{"Mark Rutte, 58, a former Dutch prime minister, urged the allies to spend more.", "Mark Rutte/NL/prime_minister"},
		{"Valdis Dombrovskis, the EU's economy commissioner and a former Latvian prime minister, said the rules would hold.", "Valdis Dombrovskis/LV/prime_minister"},
		{"Pedro Nuno Santos, the Socialist leader and a former infrastructure minister, said his party would abstain.", "Pedro Nuno Santos//minister/infrastructure"},
		{"They met Ana Costa, the mayor and the Portuguese prime minister.", ""},
		{"They met Ana Costa, the mayor, and a former Portuguese prime minister.", ""},
		{"Ana Costa, 58, said a former Portuguese prime minister would attend.", ""},
		// the verb after a parenthetical, after "who has", or giving up a post
		{"Paulo Rangel, a former member of the European Parliament, becomes foreign minister of Portugal.", "Paulo Rangel/PT/minister/foreign_affairs"},
		{"Germany's Jörg Kukies, who has served as finance minister since November, said Berlin would wait.", "Jörg Kukies/DE/minister/finance"},
		{"The crisis deepened when Chrystia Freeland quit as deputy prime minister of Canada.", "Chrystia Freeland/CA/deputy_prime_minister"},
		{"Jan Novak took over as Czech foreign minister in March.", "Jan Novak/CZ/minister/foreign_affairs"},
		{"Jan Novak remains Czech foreign minister.", "Jan Novak/CZ/minister/foreign_affairs"},
		{"Jan Novak quit the party, and the Czech foreign minister stayed.", ""},
		// a copula, after a relative pronoun or a name, with an adverb
		{"Italy's foreign minister, Marco Neri, who is also deputy prime minister, said Rome agreed.", "Marco Neri/IT/deputy_prime_minister"},
		{"The post went to Jan Novak, a longtime ally who was already Czech minister of defence.", "Jan Novak/CZ/minister/defence"},
		{"Anna Weber is Poland's foreign minister.", "Anna Weber/PL/minister/foreign_affairs"},
		{"The problem is that the Portuguese foreign minister was absent.", ""},
		{"Yesterday, Ana Costa met the man who was foreign minister of Portugal.", ""},
		{"Ana Costa, the mayor, met a man who was foreign minister of Portugal.", ""},
		// a subject title whose holder follows a copula
		{"The new health minister is Marta Holm, a former nurse.", "Marta Holm//minister/health"},
		{"The new health minister is expected to arrive on Monday.", ""},
		{"He said the defence minister is Marta Holm's closest ally.", ""},
		{"The defence minister was Marta Holm at the time.", ""},
		// "who as", "previously", the subject of "joins … as", the second verb of a coordination
		{"Lena Berg, who as Swedish defence minister oversaw the purchase, moves to the treasury.", "Lena Berg/SE/minister/defence"},
		{"Lena Berg, who as a girl wanted to be Swedish defence minister, spoke.", ""},
		{"The transport file goes to Paul Roy, previously Canada's heritage minister.", "Paul Roy/CA/minister/culture"},
		{"Marta Holm joins the cabinet as minister without portfolio of Norway.", "Marta Holm/NO/minister"},
		{"Marta Holm met the cabinet as the prime minister watched.", ""},
		{"Paul Roy leaves the finance ministry and becomes Canada's public safety minister.", "Paul Roy/CA/minister/interior"},
		{"The board, which Paul Roy chaired, met and became the prime minister's advisers.", ""},
		// a rank abbreviated with a dot is no part of the name
		{"Ukraine's defence minister, Gen. Ivan Petrenko, said the unit was ready.", "Ivan Petrenko/UA/minister/defence"},
		// a title opening the next sentence binds a known official without a nation
		{"Giorgia Meloni met the delegation. The prime minister said the talks went well.", "Giorgia Meloni/IT/prime_minister"},
		// two portfolios before the head; particles inside a surname
		{"Karel Novak, the Czech industry and trade minister, chaired the talks.", "Karel Novak/CZ/minister"},
		{"Anna von der Berg, a former German defence minister, launched the fund.", "Anna von der Berg/DE/minister/defence"},
		// a nation the sentence opens with, or written right before the name
		{"In Germany, Health Minister Anna Weber said the plan was sound.", "Anna Weber/DE/minister/health"},
		// a clause opening after a colon; a place labelling what follows it
		{"Prime Minister Keir Starmer apologised. Others have had reckonings: in France, a former prime minister, Jean Martin, stood trial.", "Keir Starmer/GB/prime_minister; Jean Martin/FR/prime_minister"},
		{"Prime Minister Keir Starmer apologised. Others have had reckonings, and a former prime minister, Jean Martin, stood trial in France.", "Keir Starmer/GB/prime_minister; Jean Martin/GB/prime_minister"},
		{"After talks in Germany, Health Minister Anna Weber flew home to Poland, where Poland's budget waits.", "Anna Weber/PL/minister/health"},
		{"Poland's Anna Weber, who has served as health minister since May, spoke.", "Anna Weber/PL/minister/health"},
		// keeping someone in office; a possessor's minister; a predecessor
		{"The president kept Amal Perera as prime minister on Monday.", "Amal Perera//prime_minister"},
		{"Ravi Silva, Perera's foreign minister, stayed out of the race.", "Ravi Silva//minister/foreign_affairs"},
		{"Kim Dae-ho, Park's predecessor as defence minister, pressed Jakarta.", "Kim Dae-ho//minister/defence"},
		// secretaries: cabinet members only where cabinets have them
		{"Indian Foreign Secretary Arun Mehta briefed the press.", ""},
		{"Philippine Defense Secretary Jose Cruz signed the deal.", "Jose Cruz/PH/minister/defence"},
		// the side a sentence or its paragraph opens with; a counterpart's nation
		{"In Indonesia the plan stalled. Defence Minister Budi Santoso blamed the budget.", "Budi Santoso/ID/minister/defence"},
		{"The Kenyan delegation included Trade Minister Amina Otieno and Energy Minister Peter Kamau.", "Amina Otieno/KE/minister/trade; Peter Kamau/KE/minister/energy"},
		{"After talks with her Peruvian counterpart, Foreign Minister Rosa Quispe, she flew home.", "Rosa Quispe/PE/minister/foreign_affairs"},
		{"The report, which Jan Novak wrote, becomes the foreign minister's guide.", ""},
		// a title referring back to the one person just named
		{"EU foreign policy chief Kaja Kallas presented the plan on Monday. The former Estonian prime minister asked for more money.", "Kaja Kallas/EE/prime_minister"},
		{"Ukrainian President Volodymyr Zelensky thanked the partners. The Ukrainian foreign minister added that more was needed.", ""},
		{"Giorgia Meloni met the delegation. The defence minister said the talks went well.", ""},
		{"Keir Starmer met Emmanuel Macron in Paris. The British prime minister said the talks were useful.", ""},
		{"Kaja Kallas met Anna Weber in Berlin.\n\nThe former Estonian prime minister did not vote.", ""},
		// US and UK cabinet secretaries by their department
		{"Energy Secretary Ed Miliband said bills would fall.", "Ed Miliband/GB/minister/energy"},
		{"Work and Pensions Secretary Tom Harding announced the reform.", "Tom Harding/GB/minister/labour"},
		{"Business Secretary Jane Holt met the carmakers.", "Jane Holt/GB/minister/trade"},
		{"Commerce Secretary Dan Reeve defended the tariffs.", "Dan Reeve/US/minister/trade"},
		{"Homeland Security Secretary Kristi Noem visited the border.", "Kristi Noem/US/minister/homeland_security"},
		{"Interior Secretary Paul Grant opened the park.", "Paul Grant/US/minister/interior"},
		{"Secretary of Commerce Dan Reeve spoke.", "Dan Reeve/US/minister/trade"},
		{"Secretary of State for Business Jane Holt spoke.", "Jane Holt/GB/minister/trade"},
		{"Health Secretary John Carter visited a hospital in Britain.", "John Carter/GB/minister/health"},
		{"Health Secretary John Carter said the United States would fund it.", "John Carter/US/minister/health"},
		{"Energy Secretary Ed Dawlish spoke.", "Ed Dawlish//minister/energy"},
		{"Shadow Energy Secretary Claire Bowden replied.", ""},
		// the home government of the story
		{"Defence Minister Ruben Brekelmans told parliament the jets were delivered. Finance Minister Jan de Vries said Ukraine's aid was covered. Ukraine thanked them.", "Ruben Brekelmans/NL/minister/defence; Jan de Vries/NL/minister/finance"},
		// a US secretary is no home government for an untitled minister
		{"Chile ends US treaty\n\nSANTIAGO, Aug 29 – Chile will end the treaty with the United States.\n\nForeign Minister Carlos Ruiz handed the notice to the US embassy. Secretary of State Antony Blinken said the United States regretted the step.", "Carlos Ruiz/CL/minister/foreign_affairs; Antony Blinken/US/minister/foreign_affairs"},
		// departments named for their building or office
		{"Treasury chief Scott Bessent said the deal was close.", "Scott Bessent/US/minister/finance"},
		{"Home Office minister Dan Jarvis said the checks would be tightened.", "Dan Jarvis/GB/minister/interior"},
		// prose after "of"/"for" is no portfolio
		{"The minister for some time now has ignored Mario Rossi.", ""},
		{"The minister of course told Mario Rossi about it.", ""},
		// bodies that are not states
		{"The head of EU diplomacy Josep Borrell arrived in Kyiv.", ""},
		// a minister of a province, a state or a region governs no nation
		{"Pablo Rivas, the economy minister of Buenos Aires province, warned that cuts would hurt.", ""},
		{"The finance minister of Bavaria state, Hans Weber, said no.", ""},
		{"The minister of Foreign Affairs of Estonia Margus Tsahkna said no.", "Margus Tsahkna/EE/minister/foreign_affairs"},
		{"Estonia's Minister of Land Resources Kalle Tamm said no.", "Kalle Tamm/EE/minister"},
		// a role said before the name is no first name
		{"08:40 Host Mario Rossi, Estonia's foreign minister, will open the session.", "Mario Rossi/EE/minister/foreign_affairs"},
		// a portfolio of several capitalized parts is no name; a name may follow it
		{"Mzwanele Nyhontso is Minister of Arctic Shipping and Polar Logistics.", "Mzwanele Nyhontso//minister"},
		{"The Minister of Arctic Shipping and Polar Logistics Jane Doe spoke.", "Jane Doe//minister"},
		// no name right after a connector or a conjunction of an unknown portfolio
		{"Tom Reid, the Minister of Coastal Resilience, says the levees will hold.", "Tom Reid//minister"},
		{"Ana Vuki is Minister for Women, Children and Coastal Resilience.", "Ana Vuki//minister"},
		{"Tourism Minister Jo Kerr and Tom Reid, the Minister of Coastal Resilience, toured the port.", "Jo Kerr//minister/tourism;Tom Reid//minister"},
		{"The Minister of Coastal Resilience, Tom Reid, toured the port.", "Tom Reid//minister"},
		{"Ion Popa, the Minister of Environment, Waters and Forests, said the works were approved.", "Ion Popa//minister/environment"},
		// White is a surname; the White House is no name after a title
		{"Forestry Minister Lee White said the park would stay closed.", "Lee White//minister/environment"},
		// a body's name after "the" is no subject of the copula
		{"The party leader, an economist who taught at the University of the West Indies, is Deputy Prime Minister.", ""},
		{"The party leader, who studied at the London School of Economics, is Finance Minister.", ""},
		{"John Smith, who studied at the London School of Economics, is Finance Minister.", "John Smith//minister/finance"},
		{"Defence Minister Tom Reid and White House officials met.", "Tom Reid//minister/defence"},
		{"Velenkosini Hlabisa is Minister of Cooperative Governance and Traditional Affairs.", "Velenkosini Hlabisa//minister/regional_development"},
		{"Senzo Mchunu becomes South Africa's police minister.", "Senzo Mchunu/ZA/minister/police"},
		// the person, not the party they are of; an infinitive of purpose
		{"Pieter Groenewald of the Freedom Front Plus becomes Minister of Correctional Services.", "Pieter Groenewald//minister/justice"},
		{"Patricia de Lille of GOOD stays on as Minister of Tourism.", "Patricia de Lille//minister/tourism"},
		{"Ronald Lamola moves from Justice to become Minister of International Relations and Cooperation.", "Ronald Lamola//minister/foreign_affairs"},
		{"The Bank of England becomes the regulator of the finance minister's fund.", ""},
		{"The report was written to become the finance minister's guide.", ""},
		// a plural title's list: after a dash, or with portfolios in parentheses
		{"The foreign ministers of Malaysia, Thailand and Cambodia — Mohamad Hasan, Maris Sangiampongsa and Prak Sokhonn — will meet.",
			"Mohamad Hasan/MY/minister/foreign_affairs; Maris Sangiampongsa/TH/minister/foreign_affairs; Prak Sokhonn/KH/minister/foreign_affairs"},
		{"The party's five ministers are Leon Schreiber (Home Affairs), Dean Macpherson (Public Works and Infrastructure) and Solly Malatsi (Communications and Digital Technologies).",
			"Leon Schreiber//minister/interior; Dean Macpherson//minister/infrastructure; Solly Malatsi//minister/communications"},
		{"Five ministers attended, with Julius Malema (EFF) and Rui Lopes (Economic Freedom Fighters).", ""},
		{"Leon Schreiber (Home Affairs) spoke first.", ""},
		// "first" before a portfolio is an ordinal; before the head alone, a title of its own
		{"José Antonio Ocampo, the first finance minister in Petro's government, criticised it.", "José Antonio Ocampo//minister/finance"},
		{"Scotland's First Minister John Swinney spoke.", ""},
		// honours and particles inside names
		{"The Foreign Ministers, Dato' Seri Mohamad Hasan and Dr Vivian Balakrishnan, briefed the leaders.",
			"Mohamad Hasan/MY/minister/foreign_affairs; Vivian Balakrishnan/SG/minister/foreign_affairs"},
		{"Saudi Sports Minister Abdulaziz bin Turki Al-Faisal thanked the crown prince.", "Abdulaziz bin Turki Al-Faisal/SA/minister/youth_sports"},
		{"Foreign Minister Asaad ash-Shaibani visited Riyadh.", "Asaad ash-Shaibani//minister/foreign_affairs"},
		// a title before a full name is not part of it
		{"Opposition Leader Peter Dutton, a former home affairs minister, says the cap is too timid.", "Peter Dutton//minister/interior"},
		// names listed before a plural title in apposition
		{"Tomas Berg and Liv Aune, the finance ministers of Sweden and Norway, signed the accord.", "Tomas Berg/SE/minister/finance; Liv Aune/NO/minister/finance"},
		{"On Monday, Tomas Berg, Liv Aune and Pekka Salo, the three Nordic energy ministers, opened the cable.", "Tomas Berg//minister/energy; Liv Aune//minister/energy; Pekka Salo//minister/energy"},
		{"Tomas Berg, Liv Aune, and Pekka Salo, both former transport ministers, disagreed.", "Tomas Berg//minister/transport; Liv Aune//minister/transport; Pekka Salo//minister/transport"},
		{"Tomas Berg and Liv Aune, who met the two finance ministers, declined to comment.", ""},
		{"Presidents Tomas Berg and Liv Aune, the ministers said, will attend.", ""},
		{"Stockholm and Oslo, the capitals whose finance ministers met, agreed.", ""},
		// a name ending in an Arabic article joined to the surname; an
		// adverb opening the apposition
		{"The envoys were received by Khalid Nasser al-Hamdan, Prime Minister of Iraq, who stressed unity.", "Khalid Nasser al-Hamdan/IQ/prime_minister"},
		{"The file passed from Sean O'Leary, now minister for climate, to his successor.", "Sean O'Leary//minister"},
		{"In Cork, now the second city, the minister spoke.", ""},
		{"The finance minister and coordinating minister for the economy Tunde Bello spoke.", "Tunde Bello//minister"},
		{"The defence minister and his deputy Tom Hale arrived.", ""},
	})
}

func TestItalianClauses(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		// portfolios in lower case, coordinated, with the nation after them
		{"Il ministro britannico per le forze armate John Carter ha aperto il vertice.", "John Carter/GB/minister/defence"},
		{"Il ministro per la Protezione civile e le politiche del mare, Mario Verdi, ha convocato il comitato.", "Mario Verdi/IT/minister/emergency"},
		{"La mostra è stata inaugurata dal ministro della Cultura Marco Neri e dal ministro della Cultura e delle comunicazioni strategiche dell'Ucraina Ivan Petrenko.", "Marco Neri/IT/minister/culture; Ivan Petrenko/UA/minister/culture"},
		{"Il ministro delle Forze armate francese Jean Martin ha firmato.", "Jean Martin/FR/minister/defence"},
		{"Alla Farnesina il ministro degli Affari esteri ucraino Andrii Sybiha ha incontrato i giornalisti.", "Andrii Sybiha/UA/minister/foreign_affairs"},
		{"Il ministro per gli Affari europei, il Sud, le politiche di coesione e il PNRR Luca Neri ha firmato.", "Luca Neri/IT/minister/european_affairs"},
		{"La ministra per la Famiglia, la natalità e le pari opportunità Anna Gialli ha parlato.", "Anna Gialli/IT/minister/family"},
		{"Il ministro dell'Agricoltura, della sovranità alimentare e delle foreste Paolo Blu ha parlato.", "Paolo Blu/IT/minister/agriculture"},
		{"Il titolare del Mef Giancarlo Giorgetti ha presentato la manovra.", "Giancarlo Giorgetti/IT/minister/economy"},
		{"Il ministro per la prima volta ha incontrato Mario Rossi.", ""},
		{"Il ministro per questo motivo chiede a Mario Rossi di intervenire.", ""},
		// a second title after the name
		{"Il segretario generale della Nato Mark Rutte, ex primo ministro olandese, ha parlato.", "Mark Rutte/NL/prime_minister"},
		{"Mario Rossi, l'attuale ministro della Difesa, ha risposto.", "Mario Rossi/IT/minister/defence"},
		{"All'incontro con il presidente Volodymyr Zelensky, la premier ha ribadito il sostegno.", ""},
		{"A guidare i lavori è stato Mark Rutte, 58 anni, ex premier dei Paesi Bassi.", "Mark Rutte/NL/prime_minister"},
		{"Ha parlato Mario Rossi, 58 anni, e un ex premier olandese ha risposto.", ""},
		// the state of the office after the portfolio; a minister of state
		{"Il ministro della Difesa uscente Marco Neri ha salutato le truppe.", "Marco Neri/IT/minister/defence"},
		{"Il ministro degli Esteri designato Marco Neri arriverà domani.", "Marco Neri/IT/minister/foreign_affairs"},
		{"Il ministro di Stato francese per l'Energia Jean Martin ha firmato il memorandum.", "Jean Martin/FR/minister/energy"},
		{"Il ministro della Difesa uscente ha salutato Jean Martin.", ""},
		{"In Francia la ministra dell'Agricoltura Anne Girard ha ribadito il no.", "Anne Girard/FR/minister/agriculture"},
		{"Per la Francia era presente il nuovo ministro dell'Economia Jean Martin.", "Jean Martin/FR/minister/economy"},
		{"Dopo la visita in Francia, il ministro dell'Economia Marco Neri è tornato a Roma.", "Marco Neri/IT/minister/economy"},
		// a subject title whose holder follows a copula; "finora"; verbs
		// before "come"; the second verb of a coordination
		{"Al suo posto arriva Luca Neri, mentre la nuova ministra della Salute è Anna Gialli.", "Anna Gialli/IT/minister/health"},
		{"La nuova ministra della Salute è attesa a Bruxelles.", ""},
		// a title with no article that opens its clause
		{"Ministro dell'Interno svedese è Erik Hansen, del partito socialdemocratico.", "Erik Hansen/SE/minister/interior"},
		{"Il veto è caduto, e ministro dell'Ambiente olandese è diventato Pieter de Graaf.", "Pieter de Graaf/NL/minister/environment"},
		{"Ministro dell'Interno è anche il capo della polizia.", ""},
		{"Al Tesoro va Luca Neri, finora ministro della Salute, mentre la nuova ministra della Salute è Anna Gialli.", "Luca Neri/IT/minister/health; Anna Gialli/IT/minister/health"},
		{"Al Tesoro va Luca Neri, finora ministro delle Politiche agrarie.", "Luca Neri/IT/minister/agriculture"},
		{"Anna Gialli entra nell'esecutivo come ministra senza portafoglio.", "Anna Gialli/IT/minister"},
		{"Luca Neri è tornato al governo come ministro dell'Economia.", "Luca Neri/IT/minister/economy"},
		{"Luca Neri, che lascia il Viminale dopo un anno e diventa ministro della Difesa, ha parlato.", "Luca Neri/IT/minister/defence"},
		{"Il rapporto, che Luca Neri ha scritto, è diventato la guida del ministro della Difesa.", ""},
		// the Keeper of the Seals; a known official named in the sentence before
		{"Il Guardasigilli Carlo Nordio parla di invasione di campo.", "Carlo Nordio/IT/minister/justice"},
		{"Prima volta al tavolo per Antonio Tajani. Il vicepremier e ministro degli Esteri ha partecipato al Consiglio.", "Antonio Tajani/IT/deputy_prime_minister"},
		{"Prima volta al tavolo per Mario Bianchi. Il ministro degli Esteri ha partecipato al Consiglio.", ""},
		// appointments
		{"Il Consiglio dei ministri ha nominato Mario Bianchi nuovo ministro della Salute.", "Mario Bianchi/IT/minister/health"},
		{"Mario Bianchi è stato nominato ministro della Salute.", "Mario Bianchi/IT/minister/health"},
		{"Mario Bianchi è diventato ministro della Difesa.", "Mario Bianchi/IT/minister/defence"},
		// the narrative past
		{"Nel 1996 Mario Bianchi divenne ministro della Difesa.", "Mario Bianchi/IT/minister/defence"},
		{"Dopo il voto Mario Bianchi tornò presidente del Consiglio.", "Mario Bianchi/IT/prime_minister"},
		{"Nel 1996 il premier Lamberto Dini nominò Mario Bianchi ministro della Difesa.", "Lamberto Dini/IT/prime_minister; Mario Bianchi/IT/minister/defence"},
		{"Nel 1996 Mario Bianchi rimase ministro della Difesa.", "Mario Bianchi/IT/minister/defence"},
		// a place between the verb and "come"
		{"Nel 1996 Mario Bianchi giurava al Quirinale come ministro della Difesa.", "Mario Bianchi/IT/minister/defence"},
		{"Nel 1996 Mario Bianchi incontrò al Quirinale come ogni anno il ministro della Difesa.", ""},
		{"Nel 1996 Mario Bianchi divenne il critico più duro del ministro della Difesa.", ""},
		{"Mario Bianchi ha indicato il ministro della Difesa come responsabile.", ""},
		{"Mario Draghi, già presidente della Bce, è diventato premier nel 2021.", "Mario Draghi/IT/prime_minister"},
		{"Mario Bianchi si è dimesso da ministro della Salute.", "Mario Bianchi/IT/minister/health"},
		// the language's country, unless another clearly dominates the text
		{"Il tecnico spagnolo ha parlato della finale. In tribuna c'era anche il ministro per lo Sport e i giovani Luca Verdi.", "Luca Verdi/IT/minister/youth_sports"},
		{"In Francia cresce la protesta. Il governo francese ha presentato la riforma e la Francia si divide. Il ministro dell'Interno Pierre Dubois ha difeso il testo.", "Pierre Dubois/FR/minister/interior"},
		// a title referring back
		{"L'alta rappresentante Kaja Kallas ha presentato il piano. L'ex premier estone ha chiesto più fondi.", "Kaja Kallas/EE/prime_minister"},
		// bodies that are not states
		{"Il capo della diplomazia Ue Josep Borrell è arrivato a Kiev.", ""},
		{"Il ministro degli Esteri ucraino ha parlato con un ministro di un paese alleato.", ""},
		{"Il ministro dell'Economia della provincia di Buenos Aires, Pablo Rivas, ha avvertito.", ""},
		{"Il leader Marco Rossi del Partito Verde diventa ministro dell'Ambiente.", "Marco Rossi/IT/minister/environment"},
		{"I nuovi ministri sono Marco Rossi (Esteri) e Anna Bianchi (Salute).", "Marco Rossi/IT/minister/foreign_affairs; Anna Bianchi/IT/minister/health"},
		{"Il ministro degli Esteri tagico, Sirojiddin Muhriddin, ha assicurato che Dushanbe ratificherà.", "Sirojiddin Muhriddin/TJ/minister/foreign_affairs"},
		// Spain's presidente del Gobierno; a secretary of state for a portfolio
		{"Il presidente del Governo spagnolo, Pedro Gómez, ha parlato.", "Pedro Gómez/ES/prime_minister"},
		{"Il segretario di Stato al Lavoro Pablo Ruiz difendeva la linea dura.", ""},
		// the side a sentence or its paragraph opens with, the headline's
		// nation, the lead's, a counterpart's
		{"La delegazione egiziana comprendeva il ministro delle Finanze Omar Farouk e il ministro dei Trasporti Ali Kamel.", "Omar Farouk/EG/minister/finance; Ali Kamel/EG/minister/transport"},
		{"La risposta di Lima è arrivata ieri. Il governo, guidato dal premier Luis Rojas, ha respinto la nota.", "Luis Rojas/PE/prime_minister"},
		{"Il Cile alza le pensioni\nLa riforma passa con 80 voti. Il ministro del Lavoro Ana Soto ha detto che l'Italia dovrebbe imitare il Cile.", "Ana Soto/CL/minister/labour"},
		{"Pensioni, la riforma passa\nIl peso cileno ha guadagnato il 2%.\nIl ministro del Lavoro Ana Soto ha festeggiato.", "Ana Soto/CL/minister/labour"},
		{"Ieri a Roma il ministro Paolo Verdi ha incontrato l'omologo tunisino, Karim Ben Salah, ministro dell'Interno.", "Paolo Verdi/IT/minister; Karim Ben Salah/TN/minister/interior"},
		{"Il ministro degli Esteri Antonio Tajani ha parlato.\n\n19.00 – Reazione a caldo dalla Spagna: il ministro dell'Interno Pablo Ruiz parla di minaccia.", "Antonio Tajani/IT/minister/foreign_affairs; Pablo Ruiz/ES/minister/interior"},
		{"Il ministro degli Esteri Antonio Tajani ha parlato.\n\n19.00 – Il caso della Spagna: il ministro dell'Interno Marco Neri parla di minaccia.", "Antonio Tajani/IT/minister/foreign_affairs; Marco Neri/IT/minister/interior"},
		// the whole name's place before that of a surname alone, which may be another's
		{"Il ministro degli Esteri Antonio Tajani ha parlato. Ruiz ha sfilato. Ruiz ha riso. Ruiz ha brindato. Ruiz ha salutato. Ruiz è partito.\nReazione dalla Spagna: il ministro dell'Interno Pablo Ruiz parla di minaccia.", "Antonio Tajani/IT/minister/foreign_affairs; Pablo Ruiz/ES/minister/interior"},
		{"Calcio, la finale\nLa partita è finita 2-1.\nIl tecnico cileno ha parlato a lungo. Il ministro dello Sport Luca Verdi era in tribuna.", "Luca Verdi/IT/minister/youth_sports"},
		// names listed before a plural title in apposition
		{"Tomas Berg e Liv Aune, ministri delle Finanze di Svezia e Norvegia, hanno firmato l'intesa.", "Tomas Berg/SE/minister/finance; Liv Aune/NO/minister/finance"},
		{"Tomas Berg e Liv Aune, entrambi ministri dell'Energia, hanno inaugurato il cavo.", "Tomas Berg/IT/minister/energy; Liv Aune/IT/minister/energy"},
		{"Con i presidenti Tomas Berg e Liv Aune, i ministri hanno discusso.", ""},
		{"Sergio Bianchi, ora ministro dell'Economia, ha detto no.", "Sergio Bianchi/IT/minister"},
		// a second post of the same person between the title and the name
		{"Lo ha ripetuto il ministro delle Finanze e coordinatore dell'economia Tunde Bello.", "Tunde Bello/IT/minister/finance"},
		{"Sono arrivati il ministro della Difesa e suo figlio Marco Neri.", ""},
		{"Sono arrivati il ministro della Difesa e il presidente Marco Neri.", ""},
		// "torna" gives a title right after it, without an article
		{"Nel nuovo governo Paolo Verdi, leader dei liberali, torna ministro dell'Economia.", "Paolo Verdi/IT/minister"},
		{"Paolo Verdi torna dal ministro dell'Economia con una proposta.", ""},
		// a party's adjective between the title and the name
		{"Per l'ex premier socialdemocratica Greta Lind il governo ha sbagliato.", "Greta Lind/IT/prime_minister"},
		{"Il ministro leghista Paolo Verdi ha detto no.", "Paolo Verdi/IT/minister"},
		{"Il ministro conservatore ha parlato con Paolo Verdi.", ""},
		// Ireland's and Switzerland's titles
		{"Il Taoiseach Sean Byrne ha promesso nuove case.", "Sean Byrne/IE/prime_minister"},
		{"La consigliera federale Anna Huber, capo del Dipartimento federale delle finanze, ha parlato.", "Anna Huber/CH/minister/finance"},
		// each of the seven federal councillors heads a department
		{"L'accordo è stato firmato dal consigliere federale Peter Huber.", "Peter Huber/CH/minister"},
	})
}

func TestUkrainianClauses(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		// appointments: the name in the accusative, the title in the instrumental
		{"Верховна Рада призначила Олега Коваленка міністром енергетики.", "Oleh Kovalenko/UA/minister/energy"},
		{"Новим міністром оборони призначено Петра Іваненка.", "Petro Ivanenko/UA/minister/defence"},
		{"Парламент призначив Олену Шевчук на посаду міністерки культури.", "Olena Shevchuk/UA/minister/culture"},
		{"Олег Коваленко став міністром енергетики.", "Oleh Kovalenko/UA/minister/energy"},
		{"Міністром оборони став Петро Іваненко.", "Petro Ivanenko/UA/minister/defence"},
		// a dash stands for the verb in the next clause, for a plural title
		// or for a ministry and the verb of heading it
		{"Першим віцепрем'єр-міністром став Олег Коваленко, віцепрем'єрами — Сергій Тимченко, Віктор Гнатюк і Борис Кравець.",
			"Oleh Kovalenko/UA/deputy_prime_minister; Serhii Tymchenko/UA/deputy_prime_minister; Viktor Hnatiuk/UA/deputy_prime_minister; Borys Kravets/UA/deputy_prime_minister"},
		{"Міністерство фінансів очолив Олег Коваленко, МЗС — Петро Іваненко, Міненерго — Ірина Бондар.",
			"Oleh Kovalenko/UA/minister/finance; Petro Ivanenko/UA/minister/foreign_affairs; Iryna Bondar/UA/minister/energy"},
		{"Делегацію міністерства очолив Олег Коваленко, МЗС — Петро Іваненко.", ""},
		{"Віцепрем'єром став Петро Іваненко, а радниками — Олег Коваленко і Марко Лис.",
			"Petro Ivanenko/UA/deputy_prime_minister"},
		{"Він став міністром енергетики навесні.", ""},
		{"Верховна Рада звільнила Олега Коваленка з посади міністра енергетики.", "Oleh Kovalenko/UA/minister/energy"},
		{"Рустем Умєров, призначений міністром оборони у вересні, провів першу нараду.", "Rustem Umerov/UA/minister/defence"},
		// the instrumental title is the predicate; the name after the comma opens a new clause
		{"Рада призначила Ірину Коваль міністеркою освіти, Гнатенко очолив Міноборони.", "Iryna Koval/UA/minister/education"},
		// holding a post: the title in the genitive after "посаду"
		{"Олег Коваленко зберігає посаду віцепрем'єр-міністра з відновлення.", "Oleh Kovalenko/UA/deputy_prime_minister"},
		{"Ірина Коваль, яка досі обіймала посаду міністерки культури, пішла у відставку.", "Iryna Koval/UA/minister/culture"},
		{"Кандидатів на посаду міністра фінансів називають чимало.", ""},
		{"Міністром фінансів залишився Синиша Малі, посаду міністра закордонних справ зберіг Марко Джурич.", "Synysha Mali/UA/minister/finance;Marko Dzhurych/UA/minister/foreign_affairs"},
		// an adverb before the dash of a verbless copula
		{"Олег Коваленко тепер — міністр енергетики.", "Oleh Kovalenko/UA/minister/energy"},
		// a German Land's minister
		{"У Магдебурзі земельний міністр економіки Свен Шульце пообіцяв нові робочі місця.", ""},
		// a second title after the name
		{"Марк Рютте, колишній прем'єр-міністр Нідерландів, заявив про підтримку.", "Mark Rutte/NL/prime_minister"},
		{"Генсек НАТО Марк Рютте, колишній прем'єр-міністр Нідерландів, виступив першим.", "Mark Rutte/NL/prime_minister"},
		{"Петро Іваненко, 58 років, колишній міністр енергетики, очолив раду.", "Petro Ivanenko/UA/minister/energy"},
		{"Петро Іваненко, голова правління і колишній міністр енергетики, підписав угоду.", "Petro Ivanenko/UA/minister/energy"},
		// portfolios coordinated with та or і, in any order
		{"З міністром спорту та молоді Італії Андреа Абоді він домовився про програми.", "Andrea Abodi/IT/minister/youth_sports"},
		{"Делегацію очолювала міністерка економічного співробітництва та розвитку Німеччини Рім Алабалі-Радован.", "Reem Alabali-Radovan/DE/minister/development"},
		// a feminine title referring back to the one person just named
		{"Голова дипломатії ЄС Кая Каллас представила план.\n\nКолишня прем'єр-міністерка Естонії запропонувала поділити витрати.", "Kaja Kallas/EE/prime_minister"},
		{"Президент Володимир Зеленський подякував партнерам. Міністр закордонних справ України наголосив на важливості ППО.", ""},
		{"Марта Коваль і Ірина Бондар представили звіт. Колишня міністерка фінансів Польщі наголосила на ризиках.", ""},
		// foreign names in -і do not decline; a woman's first name in -а does
		{"Він подякував міністерці культури Франції Рашиді Даті.", "Rachida Dati/FR/minister/culture"},
		{"Він подякував міністерці культури Франції Анні Дюпоні за підтримку.", "Anna Diuponi/FR/minister/culture"},
		{"Він зустрівся з міністром закордонних справ Італії Луїджі Маріні та подякував міністру Луїджі Маріні.", "Luidzhi Marini/IT/minister/foreign_affairs"},
		{"Він подякував міністру оборони Польщі Петру Кулебі. Кулеба відповів.", "Petro Kuleba/PL/minister/defence"},
		// the language's country
		{"Міністр охорони здоров'я Іван Петренко відкрив лікарню у Львові.", "Ivan Petrenko/UA/minister/health"},
		{"Міністр збройних сил Франції Жан Мартен підтвердив поставки.", "Zhan Marten/FR/minister/defence"},
		// bodies that are not states
		{"Глава дипломатії ЄС Жозеп Боррель прибув до Києва.", ""},
		{"Міністр економіки провінції Буенос-Айрес Пабло Рівас застеріг від скорочень.", ""},
		{"Федоров зустрінеться з федеральним міністром цифрових справ і транспорту Естонії Карлом Тамме.", "Karl Tamme/EE/minister/digital_transformation"},
		// an undeclined woman's name after a feminine title; a name declining its last word only
		{"Оприлюднили розмову прем'єрки Таїланду Пхетхонгтхан Чинават.", "Pkhetkhonhtkhan Chynavat/TH/prime_minister"},
		{"Вона говорила з колишнім прем'єр-міністром Камбоджі Хун Сеном.", "Khun Sen/KH/prime_minister"},
		{"Він зустрівся з міністром торгівлі Китаю Ван Веньтао.", "Van Ventao/CN/minister/trade"},
		{"Речник міністра оборони Іларіон Павлюк відповів.", ""},
		// a plural title's list after a dash; the Arabic article before a sun letter
		{"Міністри закордонних справ Малайзії, Таїланду та Камбоджі — Мохамад Хасан, Маріс Сангіампонгса та Прак Сокхон — мають зустрітися.",
			"Mohamad Hasan/MY/minister/foreign_affairs; Maris Sanhiamponhsa/TH/minister/foreign_affairs; Prak Sokkhon/KH/minister/foreign_affairs"},
		{"Міністр закордонних справ Сирії Асаад аш-Шейбані прибув до Ер-Ріяда.", "Asaad ash-Sheibani/SY/minister/foreign_affairs"},
		{"Хосе Антоніо Окампо, перший міністр фінансів Колумбії в уряді Петро, критикує курс.", "Khose Antonio Okampo/CO/minister/finance"},
		// names listed before a plural title in apposition
		{"Томас Берг та Лів Ауне, міністри фінансів Швеції та Норвегії, підписали угоду.", "Tomas Berh/SE/minister/finance; Liv Aune/NO/minister/finance"},
		{"Сергій Бондар, нині міністр фінансів, заявив про нові кредити.", "Serhii Bondar/UA/minister"},
		// an abbreviated honorific with a hyphen; Portuguese particles
		{"Прийшов міністр закордонних справ Сінгапуру д-р Вівіан Тан.", "Vivian Tan/SG/minister/foreign_affairs"},
		{"Приїхав міністр закордонних справ Бразилії Жуан душ Сантуш Пайва.", "Zhuan dush Santush Paiva/BR/minister/foreign_affairs"},
		{"Томас Берг і Лів Ауне, обидва міністри енергетики, відкрили кабель.", "Tomas Berh/UA/minister/energy; Liv Aune/UA/minister/energy"},
	})
}
