package ministers

import "kronika/extract/token"

// Italian title vocabulary. A sottosegretario is not a minister; the
// presidente del Consiglio (dei ministri) is the prime minister.
// itPostVerbs take or hold a post named by its noun ("l'incarico di",
// "la carica di"), whose holder is their subject: "X assume l'incarico di
// ministra per i Rapporti con il Parlamento", "X ricopre la carica di
// ministro dal 2022".
func itPostVerbs() []def {
	var out []def
	for _, v := range []string{"assume", "assumerà", "assunto", "assunta", "assunse", "ricopre", "ricopriva", "ricoprirà", "ricoperto", "ricoperta"} {
		for _, post := range []string{"l'incarico di", "la carica di", "il ruolo di"} {
			out = append(out, def{v + " " + post, entry{subject: true}})
		}
	}
	return out
}

func italian() langData {
	h := func(p string, r role, k kind) def { return def{p, entry{role: r, kind: k}} }
	pl := func(p string, r role, k kind) def { return def{p, entry{role: r, kind: k, plural: true}} }
	closed := func(p string, r role) def { return def{p, entry{role: r, kind: kindMinister, closed: true}} }
	art := entry{article: true}
	artPl := entry{article: true, pluralArt: true}
	return langData{
		code: "it",
		heads: []def{
			h("ministro", roleMinister, kindMinister),
			h("ministra", roleMinister, kindMinister),
			pl("ministri", roleMinister, kindMinister),
			pl("ministre", roleMinister, kindMinister),
			// "la neoministra della Difesa": newly appointed
			h("neoministro", roleMinister, kindMinister),
			h("neoministra", roleMinister, kindMinister),
			{"neopremier", entry{role: rolePM, kind: kindPremier, strongIn: "it", invariant: true}},
			h("viceministro", roleDeputy, kindMinister),
			h("viceministra", roleDeputy, kindMinister),
			pl("viceministri", roleDeputy, kindMinister),
			h("ministro di stato", roleMinister, kindMinister),
			h("ministra di stato", roleMinister, kindMinister),
			// the Keeper of the Seals is Italy's justice minister
			{"guardasigilli", entry{role: roleMinister, kind: kindMinister, portfolio: "justice", nation: "IT"}},
			h("ministro senza portafoglio", roleMinister, kindMinister),
			h("ministra senza portafoglio", roleMinister, kindMinister),
			h("primo ministro", rolePM, kindMinister),
			h("prima ministra", rolePM, kindMinister),
			pl("primi ministri", rolePM, kindMinister),
			// "il premier" is the prime minister in Italian news; in English,
			// also a provincial leader
			{"premier", entry{role: rolePM, kind: kindPremier, strongIn: "it", invariant: true}},
			{"vicepremier", entry{role: roleDPM, kind: kindMinister, invariant: true}},
			h("cancelliere", rolePM, kindChancellor),
			h("cancelliera", rolePM, kindChancellor),
			h("vicecancelliere", roleDPM, kindChancellor),
			h("vicecancelliera", roleDPM, kindChancellor),
			h("vice premier", roleDPM, kindMinister),
			closed("presidente del consiglio", rolePM),
			closed("presidente del consiglio dei ministri", rolePM),
			{"presidenti del consiglio", entry{role: rolePM, kind: kindMinister, closed: true, plural: true}},
			closed("presidentessa del consiglio", rolePM),
			closed("vicepresidente del consiglio", roleDPM),
			closed("vicepresidente del consiglio dei ministri", roleDPM),
			closed("vice presidente del consiglio", roleDPM),
			// Spain's "presidente del Gobierno" and its vice presidents
			closed("presidente del governo", rolePM),
			closed("vicepresidente del governo", roleDPM),
			closed("vicepresidentessa del governo", roleDPM),
			h("segretario", roleMinister, kindSecretary),
			h("segretaria", roleMinister, kindSecretary),
			{"segretario di stato", entry{role: roleMinister, kind: kindSecState, portfolio: "foreign_affairs"}},
			{"segretaria di stato", entry{role: roleMinister, kind: kindSecState, portfolio: "foreign_affairs"}},
			// the US Deputy Secretary of State, a deputy foreign minister
			{"vicesegretario di stato", entry{role: roleDeputy, kind: kindSecState, portfolio: "foreign_affairs"}},
			{"vicesegretaria di stato", entry{role: roleDeputy, kind: kindSecState, portfolio: "foreign_affairs"}},
			{"cancelliere dello scacchiere", entry{role: roleMinister, kind: kindMinister, portfolio: "finance", nation: "GB"}},
			{"cancelliera dello scacchiere", entry{role: roleMinister, kind: kindMinister, portfolio: "finance", nation: "GB"}},
			// a member of Switzerland's Federal Council heads one of its
			// seven departments, its ministries
			{"consigliere federale", entry{role: roleMinister, kind: kindMinister, nation: "CH"}},
			{"consigliera federale", entry{role: roleMinister, kind: kindMinister, nation: "CH"}},
			{"consiglieri federali", entry{role: roleMinister, kind: kindMinister, nation: "CH", plural: true}},
			// the Confederation's president for the year is one of them
			{"presidente della confederazione", entry{role: roleMinister, kind: kindMinister, nation: "CH"}},
			// Ireland's prime minister and deputy
			{"taoiseach", entry{role: rolePM, kind: kindMinister, nation: "IE"}},
			{"tánaiste", entry{role: roleDPM, kind: kindMinister, nation: "IE"}},
			{"tanaiste", entry{role: roleDPM, kind: kindMinister, nation: "IE"}},
			h("capo", roleMinister, kindHeadOf),
			pl("capi", roleMinister, kindHeadOf),
			h("titolare", roleMinister, kindHolder),
			// a fellow minister by portfolio: "la ministra delle Finanze A e
			// il collega del Bilancio, B"
			h("collega", roleMinister, kindHolder),
			h("responsabile", roleMinister, kindHeadOf),
			h("numero uno", roleMinister, kindHolder),
			// the tenant of a ministry's seat: "l'inquilino di via XX Settembre"
			h("inquilino", roleMinister, kindHeadOf),
			h("inquilina", roleMinister, kindHeadOf),
			// "alla guida del governo", "al timone del Tesoro": at the head of
			h("guida", roleMinister, kindHeadOf),
			h("timone", roleMinister, kindHeadOf),
		},
		deputies: []def{{"vice", entry{}}, {"sotto", entry{}}},
		firsts:   []def{{"primo", entry{}}, {"prima", entry{}}},
		formers: []def{{"ex", entry{}}, {"già", entry{}}, {"allora", entry{}}, {"l'allora", entry{}}, {"defunto", entry{}},
			{"finora", entry{}}, {"sinora", entry{}}, {"fino a ieri", entry{}}, {"in precedenza", entry{}}},
		dets: []def{
			{"il", art}, {"la", art}, {"lo", art}, {"l'", art}, {"i", artPl}, {"gli", artPl}, {"le", artPl},
			{"un", art}, {"una", art}, {"un'", art}, {"del", art}, {"della", art}, {"dello", art}, {"dell'", art},
			{"dei", artPl}, {"degli", artPl}, {"delle", artPl}, {"dal", art}, {"dalla", art}, {"dall'", art},
			{"dai", artPl}, {"dagli", artPl}, {"dalle", artPl}, {"ai", artPl}, {"agli", artPl}, {"alle", artPl},
			{"al", art}, {"alla", art}, {"all'", art}, {"col", art},
			{"nuovo", entry{}}, {"nuova", entry{}}, {"neo", entry{}}, {"attuale", entry{}},
			{"uscente", entry{}}, {"facente funzione", entry{}}, {"ad interim", entry{}},
			// "l'ormai ex ministro": by now
			{"ormai", entry{}},
			// one more of the kind just named: "Enrico Letta, altro ex
			// presidente del Consiglio", "un'altra ministra"
			{"altro", entry{}}, {"altra", entry{}},
			// "la prima donna premier", "lo storico ministro degli Esteri"
			{"donna", entry{}}, {"longevo", entry{}}, {"longeva", entry{}}, {"storico", entry{}}, {"storica", entry{}},
		},
		portfolios: map[string]string{
			"difesa": "defence", "esteri": "foreign_affairs", "affari esteri": "foreign_affairs",
			// the US Department of War, so styled since September 2025
			"guerra":   "defence",
			"economia": "economy", "finanze": "finance", "tesoro": "finance", "interno": "interior",
			"interni": "interior", "giustizia": "justice", "salute": "health", "sanità": "health",
			"istruzione": "education", "istruzione e merito": "education", "università": "education",
			"ricerca": "science", "ambiente": "environment", "sicurezza energetica": "energy",
			"energia": "energy", "agricoltura": "agriculture", "sovranità alimentare": "agriculture",
			"infrastrutture": "infrastructure", "trasporti": "transport", "cultura": "culture",
			"lavoro": "labour", "politiche sociali": "social_policy", "trasformazione digitale": "digital_transformation",
			"transizione digitale": "digital_transformation", "innovazione tecnologica": "digital_transformation",
			"digitale": "digital_transformation", "digitalizzazione": "digital_transformation",
			"affari europei": "european_affairs", "affari ue": "european_affairs", "affari dell'ue": "european_affairs",
			"unione europea":       "european_affairs",
			"integrazione europea": "european_integration", "imprese": "industry", "industria": "industry",
			"sviluppo economico": "economy", "veterani": "veterans", "industrie strategiche": "strategic_industries",
			"reintegrazione": "reintegration", "commercio": "trade", "commercio estero": "trade",
			"commercio con l'estero": "trade", "commercio internazionale": "trade",
			// Spain's ministry of public works, by its own name
			"fomento": "infrastructure",
			"turismo": "tourism", "sport": "youth_sports", "giovani": "youth_sports",
			"politiche sociali e sanitarie": "social_policy", "ricostruzione": "restoration",
			"sicurezza": "security", "sicurezza nazionale": "security", "protezione civile": "emergency",
			"pubblica amministrazione": "public_administration", "funzione pubblica": "public_administration",
			"rapporti con il parlamento": "parliament_relations", "pari opportunità": "equal_opportunities",
			"famiglia": "family", "riforme istituzionali": "institutional_reforms", "affari regionali": "regional_affairs",
			"beni culturali": "culture", "politiche agricole": "agriculture", "disabilità": "disability",
			"forze armate": "defence", "politiche del mare": "maritime", "mare": "maritime",
			"coesione territoriale": "cohesion", "coesione": "cohesion", "sud": "cohesion", "pnrr": "cohesion",
			"riforme": "institutional_reforms", "comunicazioni": "communications", "comunicazione": "communications", "natalità": "family",
			"politiche giovanili": "youth_sports", "autonomie": "regional_affairs",
			"politiche agrarie": "agriculture", "immigrazione": "migration", "migrazioni": "migration",
			"lavori pubblici": "infrastructure", "telecomunicazioni": "communications",
			"politiche comunitarie": "european_affairs", "autonomie locali": "regional_affairs", "pesca": "fisheries", "transizione ecologica": "environment",
			"ecologia": "environment", "bilancio": "finance", "mobilità": "transport", "pubblica sicurezza": "interior",
			"sicurezza pubblica": "interior", "patrimonio": "culture", "risorse naturali": "natural_resources",
			"miniere": "mining", "petrolio": "energy", "idrocarburi": "energy", "energie": "energy", "risorse idriche": "water", "acqua": "water",
			"pari opportunità e famiglia": "family", "uguaglianza": "equal_opportunities",
			"sicurezza sociale": "social_policy", "previdenza sociale": "social_policy", "welfare": "social_policy",
			// Portugal's and Spain's housing ministries, Nigeria's planning
			"abitazione": "housing", "edilizia abitativa": "housing", "politiche abitative": "housing",
			"pianificazione": "planning",
			// the US Department of Homeland Security, as the press renders it
			"sicurezza interna": "homeland_security",
		},
		// only the US has a secretary of war, and of homeland security;
		// the latter is no other government's department: "il segretario
		// alla Sicurezza interna" is the US's in a story on Mexico
		secretaryNations: map[string]string{"guerra": "US", "sicurezza interna": "US"},
		soleDepartments:  []string{"sicurezza interna"},
		ministries: []def{
			{"ministero", entry{}}, {"dicastero", entry{}}, {"governo", entry{gov: true}}, {"governi", entry{gov: true}},
			{"esecutivo", entry{gov: true}}, {"farnesina", entry{portfolio: "foreign_affairs", nation: "IT"}},
			{"viminale", entry{portfolio: "interior", nation: "IT"}}, {"pentagono", entry{portfolio: "defence", nation: "US"}},
			{"diplomazia", entry{portfolio: "foreign_affairs"}},
			{"mef", entry{portfolio: "economy", nation: "IT"}}, {"mimit", entry{portfolio: "industry", nation: "IT"}},
			{"mase", entry{portfolio: "environment", nation: "IT"}}, {"masaf", entry{portfolio: "agriculture", nation: "IT"}},
			{"palazzo chigi", entry{gov: true, nation: "IT"}},
			// ministries by their seats, as the press names them
			{"via xx settembre", entry{portfolio: "economy", nation: "IT"}}, {"via arenula", entry{portfolio: "justice", nation: "IT"}},
			{"palazzo baracchini", entry{portfolio: "defence", nation: "IT"}},
			{"bercy", entry{portfolio: "economy", nation: "FR"}}, {"quai d'orsay", entry{portfolio: "foreign_affairs", nation: "FR"}},
			{"place beauvau", entry{portfolio: "interior", nation: "FR"}},
			{"fazenda", entry{portfolio: "finance", nation: "BR"}}, {"itamaraty", entry{portfolio: "foreign_affairs", nation: "BR"}},
			// Switzerland's ministries
			{"dipartimento federale", entry{nation: "CH"}},
			// the US State Department and Treasury
			{"dipartimento di stato", entry{portfolio: "foreign_affairs", nation: "US"}},
			{"dipartimento del tesoro", entry{portfolio: "finance", nation: "US"}},
		},
		fillers: []string{
			// the state itself, as "repubblica": "della città-Stato"
			"città-stato",
			"affari", "cooperazione", "cooperazione internazionale", "internazionale", "politiche", "nazionale",
			"europea", "europei", "made in italy", "merito", "alimentare", "sovranità", "forestali", "repubblica",
			"federazione", "regno", "sanitarie", "territori", "occupati", "strategiche", "semplificazione",
			"normativa", "foreste", "attività", "culturali", "beni", "territoriale", "nazionali",
			// Turkey's ministry of Environment and Urbanisation
			"urbanistica",
			// the state of the office, after the portfolio: "il ministro della
			// Difesa uscente Sébastien Lecornu"
			"uscente", "designato", "designata", "entrante", "dimissionario", "dimissionaria", "attuale",
			// a civilian among soldiers: "il premier civile Choguel Maïga"
			"civile",
			// "la ministra delegata al Commercio estero Sophie Primas"
			"delegato", "delegata",
			// a minister charged with a task the vocabulary may not know, or
			// one who coordinates several ministries: "il ministro incaricato
			// della rivitalizzazione economica", "il ministro coordinatore per
			// gli Affari economici"
			"incaricato", "incaricata", "coordinatore", "coordinatrice", "responsabile",
			// a federation's minister: "il ministro federale della Salute"
			"federale",
			"ad interim", "in carica", "pro tempore", "facente funzione", "facente funzioni",
			// a party's, between the title and the name: "il ministro leghista
			// Giancarlo Giorgetti", "l'ex premier socialdemocratica Magdalena
			// Andersson"
			"socialista", "socialisti", "socialdemocratico", "socialdemocratica", "laburista", "leghista",
			"forzista", "dem", "pentastellato", "pentastellata", "grillino", "grillina", "conservatore",
			"conservatrice", "liberale", "liberaldemocratico", "liberaldemocratica", "democristiano",
			"democristiana", "repubblicano", "repubblicana", "democratico", "democratica", "centrista",
			"ecologista", "verde", "gollista", "macroniano", "macroniana", "sovranista", "progressista",
			"cristianosociale", "cristianodemocratico", "cristianodemocratica", "socialcristiano", "socialcristiana",
		},
		connectors: []string{
			"della", "delle", "dello", "degli", "dei", "del", "dell", "di", "d", "per", "per gli", "per le", "i",
			"alla", "alle", "al", "ai", "agli", "allo", "all", "'", "la", "il", "gli", "le", "lo", "l",
			// a portfolio given to a deputy or a minister without a ministry:
			// "il vicepremier con delega all'economia"
			"con delega", "con la delega", "con delega a", "con delega al", "con delega alla", "con delega alle",
			"con delega ai", "con delega agli", "con delega all", "con la delega all", "con la delega alla", "con la delega al",
		},
		conj:   []string{"e", "ed"},
		negSec: []string{"sotto", "generale", "vice"},
		negRight: []string{
			"generale", "ombra", "plenipotenziario", "consigliere", "-presidente", "presidente", "europeo",
			"regionale", "comunale", "provinciale", "superiore", "supremo", "di sicurezza", "d'europa",
			"di amministrazione", "direttivo", "esecutivo", "esecutiva", "particolare",
			// a company's boards: "presidente del consiglio di sorveglianza"
			"di sorveglianza", "di vigilanza", "di gestione", "d'amministrazione",
		},
		stops: []string{
			"il", "la", "lo", "gli", "le", "un", "una", "suo", "sua", "suoi", "sue", "loro", "che", "e", "di", "da", "in", "con", "su",
			"per", "tra", "fra", "non", "si", "ma", "anche", "come", "dopo", "durante", "oggi", "ieri", "domani",
			"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gennaio", "febbraio",
			"marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
			"dicembre", "ministero", "ministro", "ministra", "ministri", "governo", "consiglio", "nato", "ue",
			"onu", "stato", "stati", "repubblica", "camera", "senato", "difesa", "esteri", "parlamento",
			"presidente", "premier", "forze", "armate", "gruppo", "coalizione", "alleanza", "vertice",
			"riunione", "conferenza", "ucraina", "usa", "lo", "nel", "nella", "sul", "sulla",
			"secondo", "tempi", "epoca", "ansa", "adnkronos", "agi", "foto", "fonte", "leggi", "anche", "mentre", "quando",
			"sig", "signor", "signora", "on", "dott", "generale", "colonnello", "ambasciatore", "portavoce",
			"direttore", "capo", "titolare", "dichiara", "afferma",
			// the country, capitalized by the press: "della Moldavia, Paese che …"
			"paese",
			"sottolinea", "spiega", "annuncia", "incontra", "europeo", "europea",
			"già", "ora", "poi", "invece", "intanto", "proprio", "persino", "perfino", "nemmeno", "neppure", // adverbs opening a sentence before a name
			"ha", "è", "sono", "aveva", "sarà", "avrebbe", "viene", // never "hanno": Hanno Pevkur
		},
		capitals: map[string]string{
			"kiev": "UA", "kyiv": "UA", "mosca": "RU", "washington": "US", "londra": "GB", "roma": "IT",
			"berlino": "DE", "parigi": "FR", "varsavia": "PL", "tallinn": "EE", "riga": "LV", "vilnius": "LT",
			"l'aia": "NL", "aia": "NL", "avana": "CU", "copenaghen": "DK", "oslo": "NO", "stoccolma": "SE", "helsinki": "FI",
			"ottawa": "CA", "tokyo": "JP", "pechino": "CN", "madrid": "ES", "lisbona": "PT", "praga": "CZ",
			"bratislava": "SK", "budapest": "HU", "bucarest": "RO", "sofia": "BG", "atene": "GR",
			"ankara": "TR", "minsk": "BY", "seul": "KR", "chisinau": "MD", "usa": "US",
			"baghdad": "IQ", "bagdad": "IQ", "teheran": "IR", "damasco": "SY", "beirut": "LB", "amman": "JO",
			"riad": "SA", "riyad": "SA", "doha": "QA", "abu dhabi": "AE", "il cairo": "EG", "tunisi": "TN",
			"algeri": "DZ", "rabat": "MA", "khartum": "SD", "addis abeba": "ET", "nairobi": "KE", "abuja": "NG",
			"pretoria": "ZA", "nuova delhi": "IN", "new delhi": "IN", "islamabad": "PK", "dacca": "BD",
			"kabul": "AF", "kathmandu": "NP", "bangkok": "TH", "hanoi": "VN", "manila": "PH", "giacarta": "ID",
			"kuala lumpur": "MY", "taipei": "TW", "pyongyang": "KP", "astana": "KZ", "tashkent": "UZ",
			"baku": "AZ", "erevan": "AM", "tbilisi": "GE", "belgrado": "RS", "zagabria": "HR", "lubiana": "SI",
			"sarajevo": "BA", "skopje": "MK", "tirana": "AL", "podgorica": "ME", "vienna": "AT", "berna": "CH",
			"dublino": "IE", "reykjavik": "IS", "la valletta": "MT", "nicosia": "CY", "brasilia": "BR",
			"bogotà": "CO", "caracas": "VE", "città del messico": "MX", "l'avana": "CU",
			"quito": "EC", "montevideo": "UY", "wellington": "NZ", "canberra": "AU", "lima": "PE",
			"tripoli": "LY", "asunción": "PY",
			// the other states' capitals
			"andorra la vella": "AD", "saint john's": "AG", "yerevan": "AM", "luanda": "AO", "buenos aires": "AR",
			"bridgetown": "BB", "dhaka": "BD", "ouagadougou": "BF", "manama": "BH",
			"bujumbura": "BI", "gitega": "BI", "cotonou": "BJ", "porto-novo": "BJ", "bandar seri begawan": "BN",
			"la paz": "BO", "brasília": "BR", "nassau": "BS", "thimphu": "BT", "gaborone": "BW", "belmopan": "BZ",
			"kinshasa": "CD", "bangui": "CF", "brazzaville": "CG", "abidjan": "CI", "yamoussoukro": "CI",
			"santiago": "CL", "santiago del cile": "CL", "yaounde": "CM", "yaoundé": "CM", "bogota": "CO",
			"bogotá": "CO", "san jose": "CR", "san josé": "CR", "praia": "CV", "roseau": "DM", "santo domingo": "DO",
			"cairo": "EG", "asmara": "ER", "suva": "FJ", "palikir": "FM", "libreville": "GA", "saint george's": "GD",
			"accra": "GH", "banjul": "GM", "conakry": "GN", "malabo": "GQ", "città del guatemala": "GT",
			"bissau": "GW", "georgetown": "GY", "tegucigalpa": "HN", "port-au-prince": "HT", "jakarta": "ID",
			"gerusalemme": "IL", "tehran": "IR", "reykjavík": "IS", "kingston": "JM", "tokio": "JP", "bishkek": "KG",
			"biškek": "KG", "phnom penh": "KH", "tarawa": "KI", "tarawa sud": "KI", "moroni": "KM",
			"basseterre": "KN", "seoul": "KR", "città del kuwait": "KW", "kuwait city": "KW", "nur-sultan": "KZ",
			"vientiane": "LA", "castries": "LC", "vaduz": "LI", "colombo": "LK", "sri jayawardenepura kotte": "LK",
			"monrovia": "LR", "maseru": "LS", "chişinău": "MD", "chișinău": "MD", "antananarivo": "MG",
			"majuro": "MH", "bamako": "ML", "naypyidaw": "MM", "naypyitaw": "MM", "ulaanbaatar": "MN",
			"ulan bator": "MN", "nouakchott": "MR", "port louis": "MU", "malé": "MV", "lilongwe": "MW",
			"putrajaya": "MY", "maputo": "MZ", "windhoek": "NA", "niamey": "NE", "managua": "NI", "katmandu": "NP",
			"yaren": "NR", "mascate": "OM", "muscat": "OM", "città di panama": "PA", "port moresby": "PG",
			"gerusalemme est": "PS", "ramallah": "PS", "ngerulmud": "PW", "asuncion": "PY", "kigali": "RW",
			"riyadh": "SA", "honiara": "SB", "khartoum": "SD", "freetown": "SL", "città di san marino": "SM",
			"dakar": "SN", "mogadiscio": "SO", "paramaribo": "SR", "giuba": "SS", "juba": "SS", "sao tomé": "ST",
			"são tomé": "ST", "san salvador": "SV", "mbabane": "SZ", "n'djamena": "TD", "lome": "TG", "lomé": "TG",
			"dushanbe": "TJ", "dušanbe": "TJ", "dili": "TL", "ashgabat": "TM", "aşgabat": "TM", "nuku'alofa": "TO",
			"port of spain": "TT", "funafuti": "TV", "dodoma": "TZ", "kampala": "UG", "washington d.c.": "US",
			"taškent": "UZ", "città del vaticano": "VA", "kingstown": "VC", "port vila": "VU", "apia": "WS",
			"pristina": "XK", "priština": "XK", "sana'a": "YE", "sanaa": "YE", "lusaka": "ZM", "harare": "ZW",
		},
		appoint: append([]def{
			{"nominato", entry{}}, {"nominata", entry{}}, {"nomina", entry{}}, {"nominare", entry{}},
			{"designato", entry{}}, {"designata", entry{}}, {"scelto", entry{}}, {"scelta", entry{}},
			{"indicato", entry{}}, {"indicata", entry{}}, {"eletto", entry{}}, {"eletta", entry{}},
			{"confermato", entry{}}, {"confermata", entry{}},
			{"diventato", entry{subject: true}}, {"diventata", entry{subject: true}},
			{"diventa", entry{subject: true}}, {"divenuto", entry{subject: true}}, {"divenuta", entry{subject: true}},
			// the narrative past and the future of the same verbs: "nel 2008
			// Berlusconi divenne presidente del Consiglio"
			{"divenne", entry{subject: true}}, {"diventò", entry{subject: true}}, {"diventerà", entry{subject: true}},
			{"nominò", entry{}},
			{"rimosso", entry{former: true, needAs: true}}, {"rimossa", entry{former: true, needAs: true}},
			{"dimesso", entry{subject: true, former: true, needAs: true}},
			{"dimessa", entry{subject: true, former: true, needAs: true}},
			// verbs whose subject enters an office named after "come": "McVey
			// entra nell'esecutivo come ministra senza portafoglio"
			{"entra", entry{subject: true, needAs: true}}, {"entrato", entry{subject: true, needAs: true}},
			{"entrata", entry{subject: true, needAs: true}}, {"rientra", entry{subject: true, needAs: true}},
			{"torna", entry{subject: true, needAs: true, bare: true}}, {"tornato", entry{subject: true, needAs: true, bare: true}},
			{"tornata", entry{subject: true, needAs: true, bare: true}}, {"giura", entry{subject: true, needAs: true}},
			{"tornò", entry{subject: true, needAs: true, bare: true}}, {"giurò", entry{subject: true, needAs: true}},
			{"giurava", entry{subject: true, needAs: true}}, {"giurano", entry{subject: true, needAs: true}},
			{"entrò", entry{subject: true, needAs: true}},
			// a copula right after a name: "X resta ministro dell'Economia",
			// "X è ministra del Lavoro"
			{"resta", entry{subject: true}}, {"rimane", entry{subject: true}}, {"è", entry{subject: true}},
			{"era", entry{subject: true}}, {"sarà", entry{subject: true}},
			{"rimase", entry{subject: true}}, {"restò", entry{subject: true}},
			{"è stato", entry{subject: true, former: true}}, {"è stata", entry{subject: true, former: true}},
			{"fu", entry{subject: true, former: true}}, {"era stato", entry{subject: true, former: true}},
			{"era stata", entry{subject: true, former: true}},
			// no longer: the title was the subject's until now, and is until
			// a coming day ("Nene non era più ministro delle Finanze", "X non
			// sarà più premier"); "non è ministro" denies it and stays out
			{"non è più", entry{subject: true, former: true}}, {"non era più", entry{subject: true, former: true}},
			{"non sarà più", entry{subject: true}},
			{"giurato", entry{subject: true, needAs: true}}, {"giurata", entry{subject: true, needAs: true}},
			// taking over from someone: "X è subentrato come ministro degli Esteri a Y"
			{"subentrato", entry{subject: true, needAs: true}}, {"subentrata", entry{subject: true, needAs: true}},
			{"subentra", entry{subject: true, needAs: true}}, {"sostituito", entry{subject: true, needAs: true}},
			{"sostituita", entry{subject: true, needAs: true}}, {"sostituisce", entry{subject: true, needAs: true}},
			{"succeduto", entry{subject: true, needAs: true}}, {"succeduta", entry{subject: true, needAs: true}},
		}, itPostVerbs()...),
		as:  []string{"come", "quale", "da"},
		aux: []string{"è", "è stato", "è stata", "era stato", "era stata", "fu", "sarà", "viene", "verrà", "stato", "stata", "poi", "ieri", "oggi", "si"},
		copulas: []string{"è", "sarà", "era", "resta", "rimane", "è stato", "è stata", "rimase", "fu", "è diventato", "è diventata", "diventa",
			// a post given back to one who held it: "Ministro degli Esteri
			// torna a essere Radosław Sikorski"
			"torna a essere", "torna ad essere", "tornerà a essere", "tornerà ad essere",
			"è tornato a essere", "è tornata a essere",
			"sono", "saranno", "erano", "restano", "rimangono"}, // after a plural title
		withs:   []string{"con", "col"},
		perfect: []string{"ha", "hanno"},
		rel:     []string{"che"},
		orgs:    []string{"ue", "nato", "onu", "osce", "g7", "g20", "fmi"},
		ages:    []string{"anni", "mesi", "mese", "settimane", "settimana", "giorni"}, // and the other units of a span: "X, da due settimane ministro"
		indef:   []string{"un", "una", "uno", "un'"},
		otherTitles: []string{
			"presidente", "presidentessa", "vicepresidente", "vicepresidentessa", "ambasciatore", "ambasciatrice", "portavoce", "colonnello", "generale",
			"direttore", "direttrice", "leader", "comandante", "cancelliere", "re", "regina", "papa", "sindaco",
			"governatore", "senatore", "senatrice", "deputato", "deputata", "consigliere", "consigliera",
			"inviato", "omologo", "omologa", "collega", "sottosegretario", "sottosegretaria", "segretario",
			"capo", "ammiraglio",
		},
		particles:  []string{"di", "de", "da", "del", "della", "dei", "degli", "lo", "van", "von", "dos", "das", "du", "bin", "ibn"},
		placePreps: []string{"a", "in", "presso", "nel", "nella", "nell", "verso"},
		honorifics: []string{"on", "on.", "onorevole", "sig", "sig.", "signor", "signora", "dott", "dott.", "dottor", "dottoressa", "prof", "prof.", "professor", "generale", "colonnello", "ammiraglio", "maresciallo",
			"principe", "sceicco", "eccellenza", "altezza"},
		rankAbbrevs:  []string{"gen", "col", "amm", "magg", "cap", "sen"}, // and "Sen." for senatore
		titleAsides:  []string{"con", "incarico", "indipendente"},
		affiliations: []string{"di", "del", "della", "dello", "dei", "degli", "delle", "dal", "dalla"},
		purposes:     []string{"per"},
		adverbs: []string{"ora", "oggi", "attualmente", "anche", "tuttora", "ancora", "appena", "più volte", "due volte", "brevemente",
			// a consequence or a formality between the verb and the title:
			// "X diventa così il nuovo premier", "è ufficialmente ministro"
			"così", "quindi", "dunque", "infine", "ufficialmente", "formalmente", "nuovamente"},
		quantities: []string{"due", "tre", "quattro", "cinque", "entrambi", "entrambe", "tutti", "tutte", "ambedue"},
		examples:   []string{"come", "tra cui", "fra cui", "quali"},
		cabinets:   []string{"governo", "esecutivo"},
		thens:      []string{"allora", "epoca", "tempo"},
		spans: []string{"ad", "a", "all", "di", "dell", "dell'", "quel", "per", "da", "dal", "dall'", "al", "all'", "fino", "nel", "nei", "negli", "tra", "fra", "e", "gli",
			"ultimi", "quasi", "oltre", "circa", "anno", "mesi", "decennio", "decenni", "lustro", "un", "due", "tre", "quattro",
			"cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"},
		says: []string{"ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto", "ha sottolineato",
			"ha annunciato", "ha scritto", "ha confermato", "dice", "dichiara", "afferma", "spiega", "aggiunge",
			"sottolinea", "annuncia", "scrive", "conferma"},
		subordinators: []string{"quando", "mentre", "dopo che", "prima che", "finché", "perché", "poiché"},
		ledBy: []def{{"guidato da", entry{}}, {"guidata da", entry{}}, {"diretto da", entry{}}, {"diretta da", entry{}},
			// led for the time being: "guidato ad interim da José Luis Ábalos"
			{"guidato ad interim da", entry{}}, {"guidata ad interim da", entry{}},
			{"retto da", entry{}}, {"retta da", entry{}},
			// before a title: "guidato dal segretario Marco Rubio"
			{"guidato dal", entry{}}, {"guidata dal", entry{}}, {"guidato dalla", entry{}}, {"guidata dalla", entry{}},
			{"diretto dal", entry{}}, {"diretta dal", entry{}}, {"diretto dalla", entry{}}, {"diretta dalla", entry{}}},
		headVerbs: []string{"guida", "guidava", "guidato", "guidata", "guiderà", "dirige", "dirigeva", "diretto", "diretta", "dirigerà"},
		under:     []string{"sotto", "con", "durante", "fino", "dal", "dalla", "dai", "dagli"},
		regions:   italianRegions(),
		subnationals: []string{"provincia", "province", "regione", "regioni", "contea", "prefettura", "cantone",
			"oblast", "territorio", "emirato", "land", "città", "comune"},
	}
}

// ownerEnd reads, in Italian, a name after "di" right behind title t's
// portfolio, from token k: the head of the government the minister serves
// ("José Antonio Ocampo, il primo ministro delle Finanze di Petro"), his
// owner, never the holder, whose name follows the title bare ("il ministro
// delle Finanze Ocampo"). The name is one or two capitalized words that
// the sentence goes on from in lower case or punctuation; ownerEnd
// returns the token after it, or k when there is none.
func (r *run) ownerEnd(t *title, k int) int {
	const maxWords = 2
	toks := r.toks
	if r.d.Lang != "it" || t.portfolio == "" || k != t.end+1 || toks[t.end].Norm != "di" || isCapWord(&toks[t.end]) {
		return k
	}
	j := k
	for j < len(toks) && j < k+maxWords && isCapWord(&toks[j]) && toks[j].Gap == token.Space {
		j++
	}
	if j > k && j < len(toks) && isCapWord(&toks[j]) {
		return k
	}
	return j
}

// cabinetReference gives a prime minister's title that names no one to
// the head of the government the text named before it after "di": "il
// governo britannico di Theresa May … La premier, sopravvissuta alla
// sfiducia, ha rinviato il voto". The press names a government after its
// prime minister, but also after a president or a leader outside it, so
// the government alone makes no one prime minister; the title after it
// does. The nearest such government within a few paragraphs counts, when
// no one named with a prime minister's title stands between; its head
// must be a known official who held the title, or a full name the table
// does not know in the sentence just before the title.
func (r *run) cabinetReference(t *title) (named, bool) {
	const reach = 400 // tokens: a few paragraphs
	// without its article the title is more often an apposition whose
	// name went before it: "Alexis Tsipras, allora come oggi primo ministro"
	if r.d.Lang != "it" || t.role != rolePM || !t.article || t.plural || t.former || t.org || t.kind == kindChancellor {
		return named{}, false
	}
	for i := t.left - 1; i >= 0 && i > t.left-reach; i-- {
		if r.toks[i].Kind != token.Word || r.x.lx.class(r.toks[i].Norm)&cCabinet == 0 {
			continue
		}
		s, e, words, nation, ok := r.cabinetHeadAt(i)
		if !ok {
			continue
		}
		for k := range r.named {
			if nm := &r.named[k]; nm.t.role == rolePM && nm.s >= e && nm.s < t.left {
				return named{}, false // "… il governo di X … il premier Y … il premier"
			}
		}
		ct := *t
		if nation != "" {
			if len(ct.nations) > 0 && ct.nations[0] != nation {
				return named{}, false
			}
			ct.nations = []string{nation}
		}
		if !r.fitsTitle(words, &ct, true) {
			// an unknown head may be a president ("il governo di Emmanuel
			// Macron … il premier"): only the next sentence speaks of him
			if len(realWords(words)) < 2 || r.knownName(words) || r.sentenceTail(e) < r.sentenceHead(t.left) {
				return named{}, false
			}
		}
		ct.gcase = caseNom
		return named{t: ct, s: s, e: e, words: words}, true
	}
	return named{}, false
}

// cabinetHeadAt reads the name of the head that the government word at
// token i is named after: "governo di Theresa May", "il quarto esecutivo
// di Mark Rutte", "il governo britannico di …", "il governo Gentiloni",
// with the state of that adjective, if any.
func (r *run) cabinetHeadAt(i int) (s, e int, words []unit, nation string, ok bool) {
	toks := r.toks
	k := i + 1
	if ns, found := r.natAt(k); found {
		nation, k = ns.code, ns.e
	}
	if k < len(toks) && nation == "" && toks[k].Gap == token.Space && isCapWord(&toks[k]) {
		// the head's surname right after the word, as the press names a
		// cabinet: "il governo Gentiloni"; only a known official's, since
		// a capitalized word there may be anything else ("il governo
		// Usa")
		s, e, words, ok = r.parseName(k, caseNom, 0)
		if !ok || s != k || len(words) != 1 || !r.knownName(words) {
			return 0, 0, nil, "", false
		}
		return s, e, words, "", true
	}
	if k+1 >= len(toks) || toks[k].Norm != "di" || toks[k].Gap != token.Space || toks[k+1].Gap != token.Space {
		return 0, 0, nil, "", false
	}
	s, e, words, ok = r.parseName(k+1, caseNom, 0)
	if !ok || s != k+1 {
		return 0, 0, nil, "", false
	}
	return s, e, words, nation, true
}

// knownName reports a name the table of officials knows.
func (r *run) knownName(words []unit) bool {
	nw := make([]nameWord, 0, len(words))
	for _, u := range words {
		if !isInitial(u.norm) {
			nw = append(nw, nameWord{key: u.norm, nom: u.norm})
		}
	}
	_, ok := r.x.tab.match(nw, matchCtx{})
	return ok
}

// dativePerson reports a full name after the Italian "a" that no
// apposition opens before: the person something is given to ("ha
// concesso l'asilo a Marcin Romanowski, che era stato viceministro"), not
// a place reached, which a one-word name or a state's name more often is.
func (r *run) dativePerson(nm named) bool {
	return r.d.Lang == "it" && nm.s > 0 && r.toks[nm.s-1].Norm == "a" && len(realWords(nm.words)) >= 2 && !r.placeAt(nm.s)
}

// superiorPreps put a title, in Italian, under the one its holder served:
// "viceministro della Giustizia con Ziobro", "ministro sotto Berlusconi".
// Read-only.
var superiorPreps = map[string]bool{"con": true, "sotto": true}

// superiorNation is the state of the known official named right after
// title t behind one of superiorPreps, when he is the holder's superior:
// a head of government over a minister or a deputy, or the minister of
// portfolio, the one t names, over a deputy. A minister met "con" is more
// often a counterpart, of another state: no other official counts.
func (r *run) superiorNation(t *title, portfolio string) string {
	toks := r.toks
	k := t.end
	if r.d.Lang != "it" || t.role != roleMinister && t.role != roleDeputy || k+1 >= len(toks) ||
		!superiorPreps[toks[k].Norm] || toks[k].Gap != token.Space || toks[k+1].Gap != token.Space {
		return ""
	}
	s, e, words, ok := r.parseName(k+1, caseNom, 0)
	if !ok || s != k+1 || e < len(toks) && isCapWord(&toks[e]) {
		return ""
	}
	nw := make([]nameWord, 0, len(words))
	for _, u := range words {
		nw = append(nw, nameWord{key: u.norm, nom: u.norm})
	}
	row, ok := r.x.tab.match(nw, matchCtx{})
	if !ok {
		return ""
	}
	code := ""
	for _, i := range r.x.byName[r.x.tab.off[row].name] {
		o := &r.x.tab.off[i]
		if o.role == rolePM || t.role == roleDeputy && o.role == roleMinister && portfolio != "" && o.portfolio == portfolio {
			if code != "" && code != o.nation {
				return ""
			}
			code = o.nation
		}
	}
	return code
}

// regionPlaceBefore reports, in Italian, a region named as the place just
// before a premier's title that has no state of its own: "nel vicino
// Victoria il premier Daniel Andrews" is the state of Victoria's. A known
// official after it is his nation's, on a visit: "in Québec il premier
// Justin Trudeau".
func (r *run) regionPlaceBefore(t *title) bool {
	toks, lx := r.toks, r.x.lx
	if r.d.Lang != "it" || t.kind != kindPremier || len(t.nations) > 0 || t.left < 2 || !r.sameLine(t.left-2, t.left) {
		return false
	}
	e, s := lx.matchBwd(r.d, t.left-1, cRegion)
	if e == nil || !isCapWord(&toks[s]) || s < 1 {
		return false
	}
	m := s - 1
	if m > 0 && toks[m].Kind == token.Word && !isCapWord(&toks[m]) && lx.class(toks[m].Norm) == 0 {
		m-- // an adjective: "nel vicino Victoria"
	}
	if toks[m].Kind != token.Word || lx.class(toks[m].Norm)&cPlacePrep == 0 {
		return false
	}
	if ns, e, words, ok := r.parseName(t.end, caseNom, 0); ok && ns == t.end && e > ns && r.knownName(words) {
		return false
	}
	return true
}

// givenAfterTitle reports a region's name at tokens [k, end) that is the
// holder's first name: right after the title, with no preposition
// to make it a complement, before the surname ("il ministro degli Esteri
// Victoria Rossi", not "il premier del Victoria"). Ukrainian puts a
// region's name there bare, in the genitive; English writes "Finance
// Minister Victoria Belous" too.
func (r *run) givenAfterTitle(k, end, last int, conn bool) bool {
	return r.d.Lang != "uk" && !conn && k == last+1 && r.firstNameAt(k, end)
}

// timeWords say when, in a phrase of time that opens an Italian sentence
// before its subject. Read-only.
var timeWords = map[string]bool{
	"ieri": true, "oggi": true, "domani": true, "stamattina": true, "stamani": true, "stasera": true,
	"mattina": true, "mattino": true, "pomeriggio": true, "sera": true, "serata": true, "notte": true,
	"giornata": true, "ore": true, "lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true,
	"venerdì": true, "sabato": true, "domenica": true, "gennaio": true, "febbraio": true, "marzo": true,
	"aprile": true, "maggio": true, "giugno": true, "luglio": true, "agosto": true, "settembre": true,
	"ottobre": true, "novembre": true, "dicembre": true,
}

// timeOpenerStart is where the Italian sentence starts that a short phrase
// of time opens before the title at token left ("Alle sette del mattino
// l'ex ministro …", "Nello stesso pomeriggio il primo ministro …", "Il 30
// luglio la premier …"): the phrase is lower-case words and numbers after
// its first word, with a word of timeWords among them. It returns left
// when no such phrase stands there.
func (r *run) timeOpenerStart(left int) int {
	const maxWords = 6
	toks := r.toks
	if r.d.Lang != "it" || left < 2 || toks[left].Gap >= token.Newline {
		return left
	}
	timed := false
	for j := left - 1; j >= 0 && j >= left-maxWords; j-- {
		tk := &toks[j]
		if tk.Kind == token.Word && timeWords[tk.Norm] || tk.Kind == token.Number {
			timed = true
		}
		if tk.Gap >= token.Newline || j == 0 || sentenceEnd(toks, j-1) {
			if timed && tk.Kind == token.Word && tk.Cap {
				return j
			}
			return left
		}
		if tk.Kind != token.Word && tk.Kind != token.Number && !(tk.Norm == "'" && tk.Gap == token.None) || isCapWord(tk) {
			return left
		}
	}
	return left
}

// officeStates say, in Italian, in what state the holder has the office,
// after a title that takes no complement but its state: "la vicepresidente
// del governo spagnolo in carica". Read-only.
var officeStates = [][]string{
	{"in", "carica"}, {"uscente"}, {"ad", "interim"}, {"pro", "tempore"}, {"dimissionario"}, {"dimissionaria"},
	{"designato"}, {"designata"}, {"facente", "funzione"}, {"facente", "funzioni"},
}

// officeStateEnd is the token after one of officeStates at token k, or k.
func (r *run) officeStateEnd(k int) int {
	if r.d.Lang != "it" {
		return k
	}
	toks := r.toks
next:
	for _, ph := range officeStates {
		if k+len(ph) > len(toks) {
			continue
		}
		for i, w := range ph {
			if t := &toks[k+i]; t.Norm != w || isCapWord(t) || t.Gap >= token.Newline {
				continue next
			}
		}
		return k + len(ph)
	}
	return k
}
