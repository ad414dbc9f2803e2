package nations

// itContext holds the Italian words the context guards read.
var itContext = contextWords{
	namePreceders: []string{
		"in", "dalla", "della", "alla", "nella", "con", "e", "tra", "fra", "verso", "la", "una",
		// masculine articles and their contractions: "Il Montenegro", "Del Cile"
		"il", "lo", "i", "gli", "un", "del", "dello", "dei", "al", "allo", "dal", "dallo", "nel",
		"nello", "sul", "sullo", "col", "per", "di", "da", "a", "su", "l", "dell", "all", "dall",
		"nell", "sull",
	},
	placeBefore:   []string{"in", "dal", "dalla", "nel", "nella", "verso"},
	usStateStrong: []string{"atlanta", "savannah"},
	usStateNear:   []string{"governatore", "senato", "senatore", "repubblicani", "democratici"},
	georgiaCountry: []string{
		"tbilisi", "georgiano", "georgiana", "georgiani", "georgiane", "abcasia", "ossezia",
		"caucaso", "armenia", "azerbaigian", "moldavia", "ucraina", "russia", "bielorussia",
		"cremlino", "mosca",
	},
	usStateBefore: [][2]string{{"stato", "della"}, {"stato", "di"}},
	firmBefore: []string{"società", "srl", "spa", "azienda", "gruppo", "marchio", "importatore", "esportatore",
		"produttore", "catena", "holding", "compagnia", "banca", "coalizione", "operazione"},
	// Not "via" alone: "le armi arrivano via Polonia" is a route; after a
	// preposition it is a street: "in via Portogallo".
	streetBefore: []string{"piazza", "piazza di", "piazzale", "viale", "corso", "largo", "place du", "place de", "rue de", "rue du",
		"delta del", "fiume", "lago", "in via", "di via", "da via", "su via", "avenida", "avenida de", "avenida del",
		"calle", "calle de", "paseo de", "rua", "rua da", "rua do", "praça", "plaza", "plaza de", "avenue de"},
	// Italian spellings of US states beside the English ones of en.go
	// ("Carolina del Nord" is found by its "Carolina").
	usStates: []string{"pensilvania", "luisiana", "nuovo messico", "virginia occidentale"},
	listGlue: []string{"e", "ed", "o", "in", "nel", "nella", "la", "il", "lo", "l", "nuovo"},
	// In Italian a nationality adjective after "in" or a verb of speaking
	// is a language ("in inglese", "parla russo"); after a noun it is the
	// language only after a noun of language ("lingua ucraina").
	language: languageWords{
		before: []string{
			"in", "lingua", "lingue", "madrelingua", "parola", "parole", "termine", "vocabolo", "espressione", "parla", "parlano", "parlare", "parlava",
			"parlavano", "parlato", "parlando", "parlo", "parli", "parliamo", "parlate",
			"tradotto", "tradotta", "tradotti", "tradotte", "tradurre", "traduzione",
			"traduzioni", "doppiato", "doppiata", "doppiati", "doppiate", "sottotitolato",
			"sottotitolata", "sottotitolati", "sottotitoli",
			"tradotto dall'", "tradotta dall'", "tradotti dall'", "tradotte dall'",
			"tradotto dal", "tradotta dal", "tradotti dal", "tradotte dal", "traduzione dall'",
			"traduzione dal", "corso di", "corsi di", "lezione di", "lezioni di", "insegnante di",
			"insegnanti di", "professore di", "professoressa di", "docente di", "esame di",
			"cattedra di", "tema di", "temi di", "prova di", "prove di", "compito di", "compiti di",
			"verifica di",
		},
		names: []string{
			"inglese", "arabo", "ebraico", "latino", "yiddish", "esperanto", "catalano", "basco",
			"gallese", "gaelico", "curdo", "tataro", "persiano", "farsi", "hindi", "urdu",
			"swahili", "mandarino", "cantonese", "fiammingo", "tamil", "tetum", "quechua", "aymara", "guaraní",
			"amarico", "tigrino", "pashto", "dari", "creolo", "berbero", "tagalog", "wolof", "hausa", "yoruba",
		},
		conj: []string{"e", "ed", "o", "oppure"},
		// "di" repeated before each item makes a list of nouns too: "le app
		// di inglese e di tedesco"
		articles: []string{"il", "l'", "lo", "di"},
	},
}
