package dates

import "time"

// Italian returns the Italian date vocabulary. Month and weekday names
// (with and without the accent, as they appear in careless text) and the
// abbreviations are standard Italian orthography; articulated prepositions
// ("nel", "dal", "dell'") are listed because the tokenizer keeps them whole.
func Italian() *Language {
	return &Language{
		Code: "it",
		Months: [12][]string{
			{"gennaio"}, {"febbraio"}, {"marzo"}, {"aprile"}, {"maggio"}, {"giugno"},
			{"luglio"}, {"agosto"}, {"settembre"}, {"ottobre"}, {"novembre"}, {"dicembre"},
		},
		MonthAbbrevs: [12][]string{
			{"gen"}, {"feb"}, {"mar"}, {"apr"}, {"mag"}, {"giu"},
			{"lug"}, {"ago"}, {"set", "sett"}, {"ott"}, {"nov"}, {"dic"},
		},
		Weekdays: [7][]string{
			{"domenica"}, {"lunedì", "lunedi"}, {"martedì", "martedi"}, {"mercoledì", "mercoledi"},
			{"giovedì", "giovedi"}, {"venerdì", "venerdi"}, {"sabato"},
		},
		// "mar" would clash with March; "dom" and "sab" only count before a date.
		WeekdayAbbrevs: [7][]string{{"dom"}, {"lun"}, nil, {"mer"}, {"gio"}, {"ven"}, {"sab"}},
		WeakAbbrevs:    []string{"gen", "mar", "mag", "ago", "set", "giu", "lug", "dic"},
		// "villaggio natale" is a native village
		NeedCap: []string{"natale"},
		Holidays: map[string][2]int{
			"natale": {12, 25}, "vigilia di natale": {12, 24}, "santo stefano": {12, 26},
			"capodanno": {1, 1}, "vigilia di capodanno": {12, 31}, "san silvestro": {12, 31}, "epifania": {1, 6},
			"ferragosto": {8, 15}, "san valentino": {2, 14}, "ognissanti": {11, 1},
			"festa della repubblica": {6, 2}, "festa della liberazione": {4, 25},
			"festa dei lavoratori": {5, 1}, "festa del papà": {3, 19},
		},
		// "ha proclamato mercoledì giornata di lutto"
		DayDesignations: []string{"giornata di", "giorno di"},
		InForce:         []string{"in vigore"},
		Feasts: map[string]Feast{
			"pasqua": {Easter: true}, "pasquetta": {Easter: true, Offset: 1},
			"lunedì dell'angelo": {Easter: true, Offset: 1}, "lunedi dell'angelo": {Easter: true, Offset: 1},
			"venerdì santo": {Easter: true, Offset: -2}, "venerdi santo": {Easter: true, Offset: -2},
			"domenica delle palme": {Easter: true, Offset: -7}, "pentecoste": {Easter: true, Offset: 49},
			"pasqua ortodossa":  {Orthodox: true},
			"festa della mamma": {Month: 5, Nth: 2, Weekday: time.Sunday},
		},
		Fillers: []string{
			"alle", "ore", "mattina", "sera", "pomeriggio", "notte", "mezzogiorno",
			"mezzanotte", "verso", "circa", "h",
		},
		RelativeDays: map[string]int{
			"ieri": -1, "oggi": 0, "domani": 1, "dopodomani": 2, "altroieri": -2,
			"avantieri": -2, "stamattina": 0, "stamani": 0, "stasera": 0, "stanotte": 0,
		},
		ToldDays: map[string]int{
			"il giorno prima": -1, "il giorno precedente": -1, "il giorno dopo": 1, "il giorno successivo": 1, "il giorno seguente": 1,
		},
		RelativePhrases: map[string]int{
			"altro ieri": -2, "ieri l'altro": -2, "dopo domani": 2, "ieri sera": -1,
			"ieri mattina": -1, "questa mattina": 0, "questa sera": 0, "questo pomeriggio": 0,
			"ieri notte": -1, "notte scorsa": -1,
		},
		RelativeYears: map[string]int{"quest'anno": 0},
		// after a comma "oggi" opens an apposition ("X, oggi commissario");
		// after these adverbs it sets the present against the past
		Nowadays:    []string{", oggi", "mentre oggi", "già oggi", "ancora oggi"},
		Todays:      []string{"oggi"},
		ContrastNow: []string{"e oggi", "ed oggi", "che oggi"},
		Formers:     []string{"ex", "allora", "già", "epoca"},
		// "anticipate" of early elections is an adjective, no past
		NotVerbs: []string{"elezioni anticipate", "elezione anticipata", "voto anticipato", "politiche anticipate"},
		Units: map[string]Unit{
			"giorno": {Grain: Day}, "giorni": {Grain: Day, Plural: true},
			"settimana": {Grain: Week}, "settimane": {Grain: Week, Plural: true},
			"mese": {Grain: Month}, "mesi": {Grain: Month, Plural: true},
			"anno": {Grain: Year}, "anni": {Grain: Year, Plural: true},
			"trimestre": {Grain: Quarter}, "trimestri": {Grain: Quarter, Plural: true},
			"weekend": {Grain: Week, Weekend: true},
			// "ora" is also "now": never a unit on its own.
			"ora": {Grain: Hour, Plural: true}, "ore": {Grain: Hour, Plural: true},
			"minuto": {Grain: Minute}, "minuti": {Grain: Minute, Plural: true},
			"primavera": {Grain: Season, Month: 3}, "estate": {Grain: Season, Month: 6},
			"autunno": {Grain: Season, Month: 9}, "inverno": {Grain: Season, Month: 12},
		},
		Aliases: map[string]string{"fine settimana": "weekend", "week-end": "weekend", "week end": "weekend", "un paio di": "due", "in corso": "corrente",
			// a deadline, as "entro": "non oltre il 17 giugno"
			"non oltre": "entro", "entro e non oltre": "entro", "non più tardi del": "entro", "non più tardi dell": "entro"},
		AfterNext:   []string{"dopo la prossima", "dopo il prossimo"},
		BeforeLast:  []string{"prima della scorsa", "prima dello scorso"},
		PrefixLast:  []string{"scorso", "scorsa", "passato", "passata"},
		PrefixThis:  []string{"questo", "questa", "quest"},
		PrefixNext:  []string{"prossimo", "prossima"},
		PostfixLast: []string{"scorso", "scorsa", "passato", "passata"},
		PostfixThis: []string{"corrente"},
		PostfixNext: []string{"prossimo", "prossima", "venturo", "ventura"},
		Ago:         []string{"fa"},
		Hence:       []string{"da oggi"},
		In:          []string{"tra", "fra"},
		YearPreps: []string{
			"nel", "del", "dal", "al", "entro", "fino", "il", "dall", "nell", "dell", "all",
			"durante", "prima", "dopo", "tra", "fra", "a", "da", "per", "sin", "sino", "anno",
			// what is staked on a year: "si gioca sul 2026", "punta sul 2027"
			"sul",
			// a bond's maturity: "titoli con scadenza 2033"
			"scadenza",
		},
		MonthPreps: []string{
			"a", "ad", "in", "nel", "di", "da", "dal", "entro", "fino", "del", "dall", "dell",
			"nell", "prima", "dopo", "durante", "tra", "fra", "inizio", "fine", "metà", "primi",
		},
		DateContext: []string{"il", "dal", "al", "del", "entro", "fino", "dall", "all", "dell", "nel", "l", "data", "giorno", "lo"},
		// "dopo un 2019 in utile", "questo 2024 difficile": the year is the
		// noun the determiner introduces; no amount follows "un" or "questo".
		Determiners:     []string{"un", "questo", "quel"},
		Fiscal:          []string{"bilancio", "bilanci", "esercizio", "finanziaria", "fiscale", "manovra"},
		YearNouns:       []string{"anno"},
		OrdinalSuffixes: []string{"º", "ª"},
		Nth: map[string]int{
			"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
			"quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "ultimo": -1, "ultima": -1,
		},
		QuarterLetters: []string{"q"},
		PartOf:         []string{"di", "dei", "degli", "delle", "del"},
		NounMarkers: []string{
			"il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "del", "dello", "della", "dell",
			"dei", "degli", "delle", "nel", "nello", "nella", "nell", "nei", "negli", "nelle", "al", "allo",
			"alla", "all", "ai", "agli", "alle", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle",
			"sul", "sullo", "sulla", "sui", "sugli", "sulle", "questo", "questa", "quel", "quella", "quello",
		},
		Ordinals: map[string]int{
			"primo": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
			"otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
			"quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
			"diciannove": 19, "venti": 20, "ventuno": 21, "ventidue": 22, "ventitré": 23,
			"ventitre": 23, "ventiquattro": 24, "venticinque": 25, "ventisei": 26,
			"ventisette": 27, "ventotto": 28, "ventinove": 29, "trenta": 30, "trentuno": 31,
		},
		Numbers: map[string]int{
			"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
			"sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
			"tredici": 13, "quattordici": 14, "quindici": 15, "venti": 20, "trenta": 30,
		},
		RangeFrom: []string{"dal", "da", "tra", "fra", "dall"},
		Agents:    []string{"da", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle"},
		// "a otto mesi dal voto" is before or after it
		Apart: map[string]int{"prima": 1, "dopo": -1, "da": 0, "dal": 0, "dallo": 0, "dalla": 0, "dall": 0, "dai": 0, "dagli": 0, "dalle": 0},
		StateVerbs: []string{"è", "sono", "resta", "restano", "rimane", "rimangono", "continua", "continuano",
			// holding an office: "che da agosto guida il ministero"
			"guida", "guidano", "dirige", "dirigono", "presiede", "presiedono", "ricopre", "ricoprono",
			// waiting, which has gone on since its start
			"aspetta", "aspettano", "aspettiamo", "attende", "attendono", "attendiamo"},
		RangeTo: []string{"al", "a", "ad", "fino", "all"},
		Shifts: []string{"spostato", "spostata", "spostati", "spostate", "rinviato", "rinviata", "rinviati",
			"rinviate", "posticipato", "posticipata", "prorogato", "prorogata", "prorogati", "slittato",
			"slittata", "slittati", "differito", "differita", "rimandato", "rimandata", "anticipato", "anticipata"},
		RangeAnd:    []string{"e", "ed", "o"},
		Of:          []string{"di", "del", "dell", "dello", "della"},
		Articles:    []string{"il", "lo", "la", "l", "i", "gli", "le"},
		PeriodParts: []string{"inizio", "fine", "metà", "meta", "primi", "primavera", "estate", "autunno", "inverno"},
		Future: []string{
			"prossimo", "prossima", "prossimi", "prossime", "previsto", "prevista", "previsti",
			"previste", "domani", "programmato", "programmata", "imminente",
			"sarà", "saranno", "verrà", "verranno", "avrà", "avranno", "potrà", "potranno",
			"dovrà", "dovranno", "farà", "faranno", "andrà", "andranno", "terrà", "terranno",
			"sarò", "avrò", "potrò", "dovrò", "farò", "andrò", "verrò", "terrò", "vorrò", "darò",
			"starò", "vedrò", "saprò", "rimarrò",
			"prorogato", "prorogata", "prorogati", "prorogate", "prolungato", "prolungata",
			"scade", "scadono", "scadenza",
			// what is expected or on the calendar lies ahead: "venerdì è atteso il
			// giudizio", "il prossimo Ecofin è in calendario l'11 febbraio"
			"atteso", "attesa", "attesi", "attese", "calendario",
			// intentions: "minacciano di tornare in piazza a marzo"
			"minaccia", "minacciano", "promette", "promettono", "intende", "intendono",
			"spera", "sperano", "vuole", "vogliono", "vorrebbe", "vorrebbero", "punta", "puntano",
			// getting ready: "l'Angola si prepara a celebrare l'11 novembre"
			"prepara", "preparano",
			// an invitation is to what is to come; told in the past it is
			// for a date on either side (FutureInPast)
			"invita", "invitano", "invitato", "invitata", "invitati", "invitate",
			// what should or could happen: "dovrebbero arrivare venerdì"
			"dovrebbe", "dovrebbero", "potrebbe", "potrebbero",
		},
		// the calendar's present: "si vota il 17 agosto", "l'Uruguay vota
		// domenica", "la Borsa riapre lunedì"; not "il voto", "la vota"
		ScheduledPresent: []string{"vota", "votano", "riapre", "riaprono",
			// what starts on a day: "mercoledì entra in vigore", "da lunedì
			// scatta il divieto", "il vertice inizia martedì"
			"entra", "entrano", "scatta", "scattano", "inizia", "iniziano", "comincia", "cominciano",
			// what a calendar holds for someone: "a settembre affronta le
			// elezioni", "lunedì giura il nuovo governo"
			"affronta", "affrontano", "giura", "giurano"},
		Editions:       []string{"elezioni"},
		NumberWords:    []string{"stanza", "camera", "aula", "volo", "voli", "gate", "binario", "uscita", "pagina", "pagine", "articolo", "articoli", "art", "comma", "sezione", "capitolo", "linea", "treno", "autobus", "bus", "modello", "versione", "via", "viale", "piazza", "corso", "largo", "vicolo", "lotto", "scatola", "km", "chilometro", "numero", "n", "nr", "tel", "telefono", "chiama", "chiamate", "chiamare", "telefona", "telefonate", "digita", "digitate", "componi", "componete", "codice", "matricola", "classe", "tipo", "volume", "fascicolo", "pratica", "protocollo"},
		HolidayNouns:   []string{"festività", "festivi", "feste"},
		EventRelatives: []string{"nel quale", "nella quale", "in cui", "quando"},
		// "è" and "sono" are past auxiliaries, but not before what is
		// expected or scheduled.
		FuturePhrases: []string{
			"è atteso", "è attesa", "sono attesi", "sono attese", "è previsto", "è prevista",
			"sono previsti", "sono previste", "è in calendario", "è in programma", "è programmato",
			"è programmata", "è fissato", "è fissata", "sono fissati", "sono fissate",
			"da qui al", "da qui a", "da qui alla", "da qui all", "in programma",
			// what is awaited: "in vista di San Valentino, il 14 febbraio"
			// intending: "conta di parlarne sabato"; "conta" alone counts
			"conta di", "contano di",
			// what one expects lies ahead, as with "expects": "nessuno si
			// aspetta un accordo prima del vertice di ottobre"; "aspetta"
			// alone waits, since a date ("aspettiamo da febbraio")
			"si aspetta", "si aspettano",
			"in vista di", "in vista del", "in vista della", "in vista dello", "in vista dell", "in vista dei", "in vista delle",
			// put off to a date, not from one: "rinviate a non oltre il 15
			// dicembre", but "rinviato da marzo"
			"rinviato a", "rinviata a", "rinviati a", "rinviate a", "rinviato al", "rinviata al",
			"rinviati al", "rinviate al", "posticipato a", "posticipata a", "posticipati a",
			"posticipate a", "posticipato al", "posticipata al", "posticipati al", "posticipate al",
			// set for a date, as English "set for": "le elezioni ora fissate
			// al 21 giugno", "il voto fissato per il 3 marzo"
			// ("fissate a gennaio" is when they were set: "a" is "in" before
			// a month; "fissato per legge" is how)
			"fissato al", "fissata al", "fissati al", "fissate al",
			"fissato per il", "fissata per il", "fissati per il", "fissate per il",
			"fissato per l", "fissata per l", "fissati per l", "fissate per l",
		},
		// A first person's "-rò" is a future after "e" or "i" ("tornerò",
		// "partirò"); "-ò" alone ends the passato remoto ("entrò",
		// "dichiarò"). The contracted first persons ("sarò", "andrò") are
		// words of Future.
		FutureSuffixes: []string{"rà", "ranno", "remo", "erò", "irò"},
		Past: []string{
			"ha", "hanno", "aveva", "avevano", "era", "erano", "fu", "furono", "scorso",
			"scorsa", "ieri", "fa", "è", "sono",
			// Irregular participles and the passato remoto of news writing.
			"raggiunto", "raggiunta", "raggiunti", "raggiunte", "giunto", "giunta", "aggiunto",
			"vinto", "vinta", "assunto", "assunta", "preso", "presa", "presi", "messo", "messa",
			"detto", "scritto", "scritta", "chiuso", "chiusa", "deciso", "decisa", "ucciso",
			"uccisa", "uccisi", "morto", "morta", "morti", "nato", "nata", "promesso", "concluso",
			"conclusa", "discusso", "risposto", "chiesto", "rimasto", "rimasta", "scelto", "scelta",
			"accolto", "accolta", "sospeso", "sospesa", "speso", "reso", "resa", "difeso", "offerto",
			"aperto", "aperta", "scoperto", "condotto", "prodotto", "ridotto", "introdotto",
			"emesso", "trasmesso", "ammesso", "disse", "fece", "ebbe", "venne", "vennero", "vinse",
			"morì", "nacque", "scrisse", "prese", "mise", "decise", "chiese", "rimase", "raggiunse",
			"diffuso", "diffusa", "diffusi", "diffuse", "emessa", "espresso", "espressa", "svolto",
			"svolta", "svolti", "visto", "vista", "fatto", "fatta", "fatti", "esploso", "esplosa",
			"interrotto", "interrotta", "sottoscritto", "sottoscritta", "letto", "letta", "corso",
			"successo", "accesa", "acceso", "spento", "spenta", "posto", "posta", "imposto", "imposta",
			"proposto", "proposta", "proposti", "disposto", "disposta", "composto", "rotto", "rotta",
			"comparso", "comparsa", "comparsi", "comparse", "apparso", "apparsa", "apparsi", "apparse",
			"scomparso", "scomparsa", "scomparsi", "sorto", "sorta", "sorti", "cresciuto", "cresciuta",
			"perso", "persa", "persi", "sciolto", "sciolta", "coinvolto", "coinvolta", "tolto", "tolta",
			"trascorso", "costretto", "costretta", "eletto", "eletta", "eletti", "elette",
			"rieletto", "rieletta", "rieletti", "rielette", "commesso", "compreso",
			"sceso", "scesa", "scesi", "esteso", "estesa", "convinto", "sorpreso", "risolto", "risolta",
			"assolto", "assolta", "ripreso", "diviso", "condiviso", "condivisa", "sconfitto", "sconfitta",
			// resignations, which news tells in the passato prossimo: "si è dimesso"
			"dimesso", "dimessa", "dimessi", "dimesse", "dimise", "dimisero",
			"permesso", "rimesso", "rimessa", "omesso", "omessa", "smesso",
			"respinto", "respinta", "respinti", "respinte", "respinse", "respinsero",
		},
		Deadline: []string{"entro", "fino"},
		Until:    []string{"fino"},
		ShiftPresent: []string{"slitta", "slittano", "rinvia", "rinviano", "sposta", "spostano", "posticipa", "posticipano",
			"proroga", "prorogano", "differisce", "differiscono", "rimanda", "rimandano"},
		Lasting: []string{"rimasto", "rimasta", "rimasti", "rimaste", "restato", "restata", "restati", "restate",
			"durato", "durata", "durati", "durate", "guidato", "guidata", "presieduto", "presieduta",
			"stato", "stata", "stati", "state", "era", "erano", "fu", "furono", "rimase", "rimasero",
			"restò", "durò", "guidò"},
		Comparatives:    []string{"come"},
		PastAuxiliaries: []string{"è", "sono", "ha", "hanno"},
		FutureInPast:    []string{"invitato", "invitata", "invitati", "invitate"},
		SameYear:        []string{"dello stesso anno", "di quello stesso anno", "di quell'anno"},
		Demonstratives:  []string{"quel", "quell", "quella"},
		When:            []string{"quando"},
		Degree:          []string{"più", "piu"},
		PastBe:          []string{"era", "erano", "fu", "furono"},
		BeParticiples:   []string{"stato", "stata", "stati", "state"},
		// "il giovedì" is every Thursday; "giovedì" alone is one
		Habitual:     []string{"ogni", "il", "la"},
		Eves:         []string{"vigilia"},
		Causes:       []string{"perché", "poiché", "giacché", "sebbene", "benché", "nonostante"},
		Afters:       []string{"dopo"},
		DayParts:     []string{"mattina", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata"},
		Later:        []string{"dopo", "appresso"},
		Scheduled:    []string{"per"},
		Conjunctions: []string{"se", "perché", "sebbene", "benché", "mentre", "ma", "e", "che", "quando", "cui"},
		Asides:       []string{"che", "cui"},
		Auxiliaries:  []string{"essere", "stato", "stata", "stati", "state", "venire", "non", "anche", "poi", "già", "probabilmente", "ufficialmente", "formalmente"},
		// Nouns that end like a participle or a future.
		NotTense: []string{
			"però", "aiuto", "aiuti", "partito", "partiti", "minuto", "minuti", "mercato", "mercati",
			"senato", "mandato", "deputato", "deputati", "deputata", "soldato", "soldati", "alleato",
			"alleati", "alleata", "comitato", "risultato", "risultati", "candidato", "candidati",
			"delegato", "delegati", "avvocato", "visita", "visite", "partita", "vita", "uscita",
			"istituto", "contenuto", "sindacato", "magistrato", "attentato", "tiranno", "supremo",
			"estremo",
			// peoples and orders: "il cardinale gesuita", "le milizie sciite"
			"gesuita", "gesuiti", "sciita", "sciiti", "sciite", "sunnita", "sunniti", "sunnite",
			"israelita", "israeliti", "moscovita", "moscoviti", "eremita", "ferita", "ferite",
			"salita", "marito", "mariti", "dito", "sito", "siti", "debito", "debiti", "credito",
			"crediti", "reddito", "redditi", "esercito", "eserciti", "tributo", "tributi",
			"statuto", "saluto", "saluti", "rifiuti",
		},
		// "-ò": the passato remoto of the first conjugation ("firmò"); the
		// imperfect of the three ("arrivavano", "pagavamo", "doveva"), but
		// not "-iva", which ends nouns and adjectives ("iniziativa")
		PastSuffixes: []string{"ato", "ata", "ati", "ate", "ito", "ita", "iti", "uto", "uta", "uti", "ò",
			"avano", "evano", "ivano", "avamo", "evamo", "ivamo", "ava", "eva"},
		InfinitiveEndings: []string{"are", "ere", "ire", "arsi", "ersi", "irsi"},
		InfinitiveLinkers: []string{"di", "a"},
		DueLinkers:        []string{"da"},
		Quantity:          []string{"oltre", "circa", "più", "quasi", "almeno", "totale", "meno", "solo", "soltanto"},
		Approximate:       []string{"circa", "quasi", "oltre", "più", "meno", "almeno", "pressappoco", "grossomodo", "sotto", "sopra"},
		AfterDay:          []string{"a", "al", "alla", "allo", "ai", "agli", "alle", "all", "in", "nel", "nella", "per", "con", "da", "dal", "dalla", "si", "il", "lo", "la", "i", "gli", "le"},
		NotAfterYear: []string{
			"persone", "soldati", "militari", "euro", "dollari", "sterline", "km", "chilometri",
			"metri", "tonnellate", "voti", "casi", "morti", "vittime", "feriti", "famiglie",
			"profughi", "rifugiati", "volte", "ore", "minuti", "giorni", "settimane",
			"mesi", "anni", "punti", "membri", "droni", "missili", "mezzi", "carri", "unità",
			"dipendenti", "abitanti", "posti", "milioni", "miliardi", "mila", "pezzi", "case",
			// currencies by name ("lei" is a pronoun too)
			"rupie", "yen", "yuan", "franchi", "rubli", "corone", "pesos", "scellini", "naira",
			"lire", "dinari", "dirham", "riyal", "zloty", "fiorini", "grivne",
			// a time zone makes four digits a time of day: "entro le 1400 GMT"
			"gmt", "utc", "cet", "cest",
		},
		NotAfterBareYear: []string{"per"},
		Copyright:        []string{"copyright"},
	}
}
