package money

import "strings"

// italian: number words, scales, currency names and qualifiers of Italian.
// Number words are written as one word ("duecentocinquantamila"); they are
// generated from their parts below. Sources: Italian grammar of cardinal
// numbers, ISO 4217 currency names in Italian usage.
func italian() *language {
	nums := italianNumbers()
	return &language{
		code:         "it",
		decimalComma: true,
		ofCounts:     true,
		numbers:      nums,
		compound:     func(w string) (int64, bool) { return italianCompound(nums, w) },
		scales: map[string]int{
			"mila": 3, "k": 3,
			"milione": 6, "milioni": 6, "mln": 6,
			"miliardo": 9, "miliardi": 9, "mld": 9, "mrd": 9,
			"lakh": 5, "crore": 7,
		},
		standalone: []string{"milione", "miliardo"},
		ones:       []string{"un", "una"},
		oneMoney:   []string{"un", "uno"},
		oneNames:   []string{"euro", "dollaro", "centesimo"},
		oneNext:    []string{"al", "a", "e", "o", "per", "in", "ogni", "di", "ciascuno", "l'", "all'", "alla", "d'", "d"},
		halves:     []string{"mezzo"},
		andHalf:    []string{"e mezzo"},
		connectors: []string{"e"},
		// "delle" and "dei" are "di" with the plural article: "14.500
		// miliardi delle vecchie lire"
		of:       []string{"di", "d'", "delle", "dei"},
		articles: []string{"i", "gli", "il", "lo", "la", "le", "l'"},

		currencies: []currency{
			{name: "euro|euri", code: "EUR", role: pre | post},
			{name: "centesimo|centesimi|cent|eurocent|eurocentesimi", code: "EUR", role: post | minor},
			{name: "centesimo|centesimi di euro", code: "EUR", role: post | minor},
			{name: "centesimo|centesimi di dollaro", code: "USD", role: post | minor},
			{name: "centesimo americano|statunitense", code: "USD", role: post | minor},
			{name: "centesimi americani|statunitensi", code: "USD", role: post | minor},
			{name: "millime|millimes|millesimi", code: "TND", role: post | minor | milli},
			{name: "baisa|baiza", code: "OMR", role: post | minor | milli},
			{name: "dollaro|dollari", code: "USD", role: post | local},
			{name: "dollaro americano|statunitense|usa|us", code: "USD", role: post},
			{name: "dollari americani|statunitensi|usa|us", code: "USD", role: post},
			{name: "dollaro canadese", code: "CAD", role: post},
			{name: "dollari canadesi", code: "CAD", role: post},
			{name: "dollaro australiano", code: "AUD", role: post},
			{name: "dollari australiani", code: "AUD", role: post},
			{name: "dollaro neozelandese", code: "NZD", role: post},
			{name: "dollari neozelandesi", code: "NZD", role: post},
			{name: "dollaro|dollari di Hong Kong", code: "HKD", role: post},
			{name: "dollaro|dollari di Singapore", code: "SGD", role: post},
			{name: "dollaro taiwanese", code: "TWD", role: post},
			{name: "dollari taiwanesi", code: "TWD", role: post},
			{name: "nuovo dollaro taiwanese", code: "TWD", role: post},
			{name: "nuovi dollari taiwanesi", code: "TWD", role: post},
			{name: "sterlina|sterline", code: "GBP", role: post | local},
			{name: "lira sterlina", code: "GBP", role: post},
			{name: "lire sterline", code: "GBP", role: post},
			{name: "sterlina britannica|inglese", code: "GBP", role: post},
			{name: "sterline britanniche|inglesi", code: "GBP", role: post},
			{name: "penny|pence", code: "GBP", role: post | minor},
			{name: "sterlina egiziana", code: "EGP", role: post},
			{name: "sterline egiziane", code: "EGP", role: post},
			{name: "piastra|piastre", code: "EGP", role: post | minor | amb, group: "piastre", among: piastres},
			{name: "lira egiziana", code: "EGP", role: post, group: "lira"},
			{name: "lire egiziane", code: "EGP", role: post, group: "lira"},
			{name: "lira|sterlina libanese", code: "LBP", role: post, group: "lira"},
			{name: "lire|sterline libanesi", code: "LBP", role: post, group: "lira"},
			{name: "lira|sterlina siriana", code: "SYP", role: post, group: "lira"},
			{name: "lire|sterline siriane", code: "SYP", role: post, group: "lira"},
			{name: "sterlina sudanese", code: "SDG", role: post},
			{name: "sterline sudanesi", code: "SDG", role: post},
			{name: "yen", code: "JPY", role: post},
			{name: "yen giapponesi", code: "JPY", role: post},
			{name: "yuan|renminbi", code: "CNY", role: post},
			{name: "yuan cinesi", code: "CNY", role: post},
			{name: "franco|franchi", code: "CHF", role: post | amb, group: "franc"},
			{name: "franco svizzero", code: "CHF", role: post, group: "franc"},
			{name: "franchi svizzeri", code: "CHF", role: post, group: "franc"},
			{name: "franco|franchi CFA", code: "XOF", role: post | amb, group: "franc", among: cfa},
			{name: "franco|franchi CFA dell'Africa occidentale", code: "XOF", role: post, group: "franc"},
			{name: "franco|franchi CFA dell'Africa centrale", code: "XAF", role: post, group: "franc"},
			{name: "corone", code: "DKK", role: post | amb, group: "krone"},
			{name: "krone|kroner", code: "DKK", role: post | amb, group: "krone", among: []string{"DKK", "NOK"}},
			{name: "krona|kronor", code: "SEK", role: post | amb, group: "krone", among: []string{"SEK", "ISK"}},
			// il centesimo della corona svedese
			{name: "öre", code: "SEK", role: post | minor},
			{name: "corona", code: "DKK", role: post | amb | weak, group: "krone"},
			{name: "corona danese", code: "DKK", role: post, group: "krone"},
			{name: "corone danesi", code: "DKK", role: post, group: "krone"},
			{name: "corona norvegese", code: "NOK", role: post, group: "krone"},
			{name: "corone norvegesi", code: "NOK", role: post, group: "krone"},
			{name: "corona svedese", code: "SEK", role: post, group: "krone"},
			{name: "corone svedesi", code: "SEK", role: post, group: "krone"},
			{name: "corona islandese", code: "ISK", role: post, group: "krone"},
			{name: "corone islandesi", code: "ISK", role: post, group: "krone"},
			{name: "króna|krónur", code: "ISK", role: post, group: "krone"},
			{name: "corona ceca", code: "CZK", role: post, group: "krone"},
			{name: "corone ceche", code: "CZK", role: post, group: "krone"},
			{name: "zloty|złoty|zloti", code: "PLN", role: post},
			{name: "zloty|złoty polacchi|polacco", code: "PLN", role: post},
			{name: "grivna|grivne|grivnia|grivnie|hryvnia|hryvnie|hryvnia", code: "UAH", role: post},
			{name: "grivna ucraina", code: "UAH", role: post},
			{name: "grivne ucraine", code: "UAH", role: post},
			// il karbovanec, la moneta ucraina dal 1992 al 1996
			{name: "karbovanec|karbovanets|karbovantsi", code: "UAK", role: post},
			{name: "copechi|copeche", code: "UAH", role: post | minor},
			{name: "rublo|rubli", code: "RUB", role: post},
			{name: "rublo russo", code: "RUB", role: post},
			{name: "rubli russi", code: "RUB", role: post},
			{name: "rublo bielorusso", code: "BYN", role: post},
			{name: "rubli bielorussi", code: "BYN", role: post},
			{name: "rupia|rupie", code: "INR", role: post | amb, group: "rupee"},
			{name: "rupia indiana", code: "INR", role: post, group: "rupee"},
			{name: "rupie indiane", code: "INR", role: post, group: "rupee"},
			{name: "rupia pakistana", code: "PKR", role: post, group: "rupee"},
			{name: "rupie pakistane", code: "PKR", role: post, group: "rupee"},
			{name: "rupia indonesiana", code: "IDR", role: post, group: "rupee"},
			{name: "rupie indonesiane", code: "IDR", role: post, group: "rupee"},
			{name: "rupia singalese|srilankese", code: "LKR", role: post, group: "rupee"},
			{name: "rupie singalesi|srilankesi", code: "LKR", role: post, group: "rupee"},
			{name: "rupia nepalese", code: "NPR", role: post, group: "rupee"},
			{name: "rupie nepalesi", code: "NPR", role: post, group: "rupee"},
			{name: "taka", code: "BDT", role: post},
			{name: "kyat", code: "MMK", role: post},
			{name: "afghani", code: "AFN", role: post | weak},
			{name: "kina", code: "PGK", role: post},
			{name: "tala", code: "WST", role: post},
			{name: "pa'anga", code: "TOP", role: post},
			{name: "vatu", code: "VUV", role: post},
			{name: "rufiyaa", code: "MVR", role: post},
			{name: "diritti speciali di prelievo", code: "XDR", role: post},
			{name: "dollaro|dollari dei Caraibi orientali", code: "XCD", role: post},
			{name: "won", code: "KRW", role: post | weak},
			{name: "won sudcoreani|coreani", code: "KRW", role: post},
			{name: "lira turca", code: "TRY", role: post, group: "lira"},
			{name: "lire turche", code: "TRY", role: post, group: "lira"},
			// a bare "lire" is Italy's old lira, unless the text is about a state
			// whose lira it names (Turkey's, Lebanon's)
			{name: "lira|lire", code: "ITL", role: post | amb, group: "lira", among: []string{"ITL", "TRY", "EGP", "LBP", "SYP", "MTL"}},
			{name: "lira|lire italiana|italiane", code: "ITL", role: post, group: "lira"},
			// "the old lire", as Italians called theirs once the euro came
			{name: "vecchia lira", code: "ITL", role: post, group: "lira"},
			{name: "vecchie lire", code: "ITL", role: post, group: "lira"},
			{name: "lira maltese", code: "MTL", role: post, group: "lira"},
			{name: "lire maltesi", code: "MTL", role: post, group: "lira"},
			// a bare "fiorini" is Hungary's forint, unless the text is about
			// the Netherlands, whose guilder Italian names the same
			{name: "fiorino|fiorini", code: "HUF", role: post | amb, group: "fiorino", among: []string{"HUF", "NLG"}},
			{name: "forint", code: "HUF", role: post, group: "fiorino"},
			{name: "fiorino ungherese", code: "HUF", role: post, group: "fiorino"},
			{name: "fiorini ungheresi", code: "HUF", role: post, group: "fiorino"},
			{name: "fiorino olandese", code: "NLG", role: post, group: "fiorino"},
			{name: "fiorini olandesi", code: "NLG", role: post, group: "fiorino"},
			{name: "leu|lei", code: "RON", role: post | weak | amb, group: "leu"},
			{name: "leu romeno|rumeno", code: "RON", role: post, group: "leu"},
			{name: "lei romeni|rumeni", code: "RON", role: post, group: "leu"},
			{name: "leu moldavo", code: "MDL", role: post, group: "leu"},
			{name: "lei moldavi", code: "MDL", role: post, group: "leu"},
			{name: "lev|leva", code: "BGN", role: post | weak},
			{name: "lev|leva bulgari", code: "BGN", role: post},
			{name: "kuna|kune", code: "HRK", role: post},
			{name: "shekel|sheqel", code: "ILS", role: post},
			{name: "nuovo|nuovi shekel", code: "ILS", role: post},
			{name: "shekel israeliani", code: "ILS", role: post},
			{name: "reais", code: "BRL", role: post},
			{name: "real brasiliani", code: "BRL", role: post},
			{name: "real brasiliano", code: "BRL", role: post},
			{name: "peso|pesos", code: "MXN", role: post | amb, group: "peso"},
			{name: "pesos messicani", code: "MXN", role: post, group: "peso"},
			{name: "pesos argentini", code: "ARS", role: post, group: "peso"},
			{name: "bolívar|bolívares|bolivar|bolivares", code: "VES", role: post},
			// il bolívar «sovrano» (VES) del 2018 e quello «forte» (VEF), il
			// vecchio, che sostituì
			{name: "bolívar|bolivar|bolívares|bolivares sovrano|sovrani|soberano|soberanos", code: "VES", role: post},
			{name: "bolívar|bolivar|bolívares|bolivares forte|forti|fuerte|fuertes", code: "VEF", role: post},
			{name: "vecchio|vecchi bolívar|bolivar|bolívares|bolivares", code: "VEF", role: post},
			{name: "pesos cileni", code: "CLP", role: post, group: "peso"},
			{name: "pesos colombiani", code: "COP", role: post, group: "peso"},
			{name: "pesos filippini", code: "PHP", role: post, group: "peso"},
			{name: "pesos uruguaiani", code: "UYU", role: post, group: "peso"},
			{name: "pesos cubani", code: "CUP", role: post, group: "peso"},
			{name: "pesos dominicani", code: "DOP", role: post, group: "peso"},
			{name: "boliviano|bolivianos", code: "BOB", role: post},
			{name: "guaraní|guaranì|guarani", code: "PYG", role: post},
			{name: "dollaro guyanese", code: "GYD", role: post},
			{name: "dollari guyanesi", code: "GYD", role: post},
			{name: "dollaro giamaicano", code: "JMD", role: post},
			{name: "dollari giamaicani", code: "JMD", role: post},
			{name: "rand", code: "ZAR", role: post | weak},
			{name: "rand sudafricani", code: "ZAR", role: post},
			{name: "pula", code: "BWP", role: post},
			{name: "dollaro|dollari dello Zimbabwe", code: "ZWL", role: post},
			{name: "dollaro zimbabwiano|zimbabwese", code: "ZWL", role: post},
			{name: "dollari zimbabwiani|zimbabwesi", code: "ZWL", role: post},
			{name: "dollaro|dollari delle Salomone", code: "SBD", role: post},
			{name: "dollaro|dollari delle Isole Salomone", code: "SBD", role: post},
			{name: "dirham", code: "AED", role: post | amb, group: "dirham"},
			{name: "dirham emiratini", code: "AED", role: post, group: "dirham"},
			{name: "dirham marocchini", code: "MAD", role: post, group: "dirham"},
			{name: "riyal|ryal", code: "SAR", role: post | amb, group: "riyal"},
			{name: "rial", code: "IRR", role: post | amb, group: "riyal"},
			{name: "riyal sauditi", code: "SAR", role: post, group: "riyal"},
			{name: "riyal qatarioti|qatarini", code: "QAR", role: post, group: "riyal"},
			{name: "rial iraniani", code: "IRR", role: post, group: "riyal"},
			{name: "rial omaniti", code: "OMR", role: post, group: "riyal"},
			{name: "dinaro|dinari", role: post | amb, group: "dinar"},
			{name: "dinari serbi", code: "RSD", role: post, group: "dinar"},
			{name: "dinari kuwaitiani", code: "KWD", role: post, group: "dinar"},
			{name: "dinari iracheni", code: "IQD", role: post, group: "dinar"},
			{name: "dinari tunisini", code: "TND", role: post, group: "dinar"},
			{name: "dinari algerini", code: "DZD", role: post, group: "dinar"},
			{name: "dinari libici", code: "LYD", role: post, group: "dinar"},
			{name: "dinari giordani", code: "JOD", role: post, group: "dinar"},
			{name: "dinaro|dinari del Bahrein|Bahrain", code: "BHD", role: post, group: "dinar"},
			{name: "dinari bahreiniti", code: "BHD", role: post, group: "dinar"},
			{name: "dinaro libico", code: "LYD", role: post, group: "dinar"},
			{name: "dinaro serbo", code: "RSD", role: post, group: "dinar"},
			{name: "dinaro kuwaitiano", code: "KWD", role: post, group: "dinar"},
			{name: "dinaro iracheno", code: "IQD", role: post, group: "dinar"},
			{name: "dinaro tunisino", code: "TND", role: post, group: "dinar"},
			{name: "dinaro algerino", code: "DZD", role: post, group: "dinar"},
			{name: "dinaro giordano", code: "JOD", role: post, group: "dinar"},
			{name: "rial yemeniti", code: "YER", role: post, group: "riyal"},
			{name: "rial yemenita", code: "YER", role: post, group: "riyal"},
			{name: "manat turkmeni|turkmeno", code: "TMT", role: post},
			{name: "lari", code: "GEL", role: post | weak},
			{name: "lari georgiani", code: "GEL", role: post},
			{name: "tenge", code: "KZT", role: post},
			{name: "manat", code: "AZN", role: post},
			{name: "baht", code: "THB", role: post},
			{name: "ringgit", code: "MYR", role: pre | post},
			{name: "naira", code: "NGN", role: post},
			{name: "soles", code: "PEN", role: post},
			{name: "sol peruviano|peruviani", code: "PEN", role: post},
			{name: "soles peruviani", code: "PEN", role: post},
			{name: "scellino|scellini", code: "KES", role: post | amb, group: "shilling"},
			{name: "scellini keniani|kenioti", code: "KES", role: post, group: "shilling"},
			{name: "scellini ugandesi", code: "UGX", role: post, group: "shilling"},
			{name: "scellini tanzaniani", code: "TZS", role: post, group: "shilling"},
			{name: "scellini somali", code: "SOS", role: post, group: "shilling"},
			{name: "scellino keniano|keniota", code: "KES", role: post, group: "shilling"},
			{name: "scellino ugandese", code: "UGX", role: post, group: "shilling"},
			{name: "scellino tanzaniano", code: "TZS", role: post, group: "shilling"},
			{name: "scellino somalo", code: "SOS", role: post, group: "shilling"},
			// Austria's, until the euro
			{name: "scellino austriaco", code: "ATS", role: post, group: "shilling"},
			{name: "scellini austriaci", code: "ATS", role: post, group: "shilling"},
			{name: "birr", code: "ETB", role: post},
			{name: "kwacha", code: "ZMW", role: post | amb, group: "kwacha"},
			{name: "gourde", code: "HTG", role: post},
			{name: "cedi", code: "GHS", role: post},
			{name: "sum|som", role: post | weak | amb, group: "som"},
			{name: "som uzbeki", code: "UZS", role: post, group: "som"},
			{name: "som kirghisi", code: "KGS", role: post, group: "som"},
			{name: "dong", code: "VND", role: post | weak},
			{name: "riel", code: "KHR", role: post},
			{name: "dram", code: "AMD", role: post | weak},
			{name: "tugrik", code: "MNT", role: post},
			{name: "lek", code: "ALL", role: post},
			{name: "somoni", code: "TJS", role: post},
			{name: "ngultrum", code: "BTN", role: post},
			{name: "kip", code: "LAK", role: post | weak},
			{name: "pataca|patacas", code: "MOP", role: post},
			{name: "denar|denari", code: "MKD", role: post | weak},
			{name: "denari macedoni", code: "MKD", role: post},
			{name: "lempira", code: "HNL", role: post},
			{name: "quetzal|quetzales", code: "GTQ", role: post | weak},
			{name: "colón|colones", code: "CRC", role: post | weak},
			{name: "córdoba|córdobas", code: "NIO", role: post | weak},
			{name: "balboa", code: "PAB", role: post | weak},
			{name: "escudo|escudos", code: "CVE", role: post | weak},
			{name: "escudi capoverdiani", code: "CVE", role: post},
			{name: "dalasi", code: "GMD", role: post},
			// "leoni" alone are lions
			{name: "leone|leoni sierraleonese|sierraleonesi", code: "SLE", role: post},
			{name: "ouguiya", code: "MRU", role: post},
			{name: "ariary", code: "MGA", role: post},
			{name: "metical|meticais", code: "MZN", role: post},
			{name: "kwanza", code: "AOA", role: post | weak},
			{name: "nakfa", code: "ERN", role: post},
			{name: "kwacha malawiano|malawiani", code: "MWK", role: post, group: "kwacha"},
			{name: "franco|franchi ruandese|ruandesi", code: "RWF", role: post, group: "franc"},
			{name: "franco|franchi congolese|congolesi", code: "CDF", role: post, group: "franc"},
			{name: "franco|franchi guineano|guineani", code: "GNF", role: post, group: "franc"},
			{name: "franco|franchi burundese|burundesi", code: "BIF", role: post, group: "franc"},
			{name: "franco|franchi CFP", code: "XPF", role: post, group: "franc"},
			{name: "marco|marchi convertibile|convertibili", code: "BAM", role: post, group: "mark"},
			// the old marks of Germany and Finland, in a text about either;
			// else Bosnia's, the one mark still issued. "marchi" are also
			// brands: only an amount written as one counts
			{name: "marco|marchi", code: "BAM", role: post | weak | amb, group: "mark"},
			{name: "marco tedesco", code: "DEM", role: post, group: "mark"},
			{name: "marchi tedeschi", code: "DEM", role: post, group: "mark"},
			{name: "marco finlandese", code: "FIM", role: post, group: "mark"},
			{name: "marchi finlandesi", code: "FIM", role: post, group: "mark"},
			{name: "dollaro|dollari figiano|figiani", code: "FJD", role: post},
			{name: "dollaro|dollari namibiano|namibiani", code: "NAD", role: post},
		},

		qualifiers: map[string]string{
			"oltre": MoreThan, "oltre a": MoreThan, "più di": MoreThan, "piu di": MoreThan, "più che": MoreThan,
			"sopra": MoreThan, "sopra a": MoreThan, "al di sopra di": MoreThan, "superiore a": MoreThan,
			"superiori a": MoreThan, "poco più di": MoreThan, "ben oltre": MoreThan, "oltre ai": MoreThan,
			"più dei": MoreThan, "più degli": MoreThan, "ben più di": MoreThan, "sopra ai": MoreThan,
			"meno di": LessThan, "sotto": LessThan, "sotto a": LessThan, "al di sotto di": LessThan,
			"inferiore a": LessThan, "inferiori a": LessThan, "poco meno di": LessThan, "meno dei": LessThan,
			"meno degli": LessThan, "sotto ai": LessThan,
			"circa": About, "intorno a": About, "intorno ai": About, "intorno al": About, "intorno agli": About,
			"attorno a": About, "attorno ai": About, "attorno al": About, "attorno agli": About,
			"all'incirca": About, "approssimativamente": About, "sui": About, "sugli": About,
			"nell'ordine di": About, "dell'ordine di": About, "nell'ordine dei": About, "qualcosa come": About,
			"all'incirca di": About, "più o meno": About, "grosso modo": About, "circa di": About,
			"quasi": Almost, "pressoché": Almost, "pressoche": Almost, "vicino a": Almost, "vicino ai": Almost,
			"prossimo a": Almost, "prossimi ai": Almost,
			"fino a": UpTo, "fino ai": UpTo, "fino al": UpTo, "fino agli": UpTo, "sino a": UpTo,
			"sino ai": UpTo, "al massimo": UpTo, "massimo": UpTo, "non più di": UpTo, "un massimo di": UpTo,
			"massimo di": UpTo, "non oltre": UpTo, "entro i": UpTo,
			"almeno": AtLeast, "non meno di": AtLeast, "minimo": AtLeast, "un minimo di": AtLeast,
			"perlomeno": AtLeast, "quantomeno": AtLeast, "per lo meno": AtLeast, "come minimo": AtLeast,
			"non inferiore a": AtLeast,
		},
		ranges: [][2]string{{"tra", "e"}, {"fra", "e"}, {"tra", "ed"}, {"da", "a"}, {"dai", "ai"},
			{"dagli", "agli"}, {"dal", "al"}, {"tra i", "e i"}, {"fra i", "e i"}},
		infixes: []string{"-", "o", "o anche", "o persino", "o forse"},

		percent:  []string{"%", "per cento", "percento", "punti percentuali", "punto percentuale"},
		ratePer:  []string{"per", "per un", "per ogni", "contro", "contro il", "sul", "al", "a"},
		rateCues: []string{"cambio", "cambi"},
		levels:   []string{"quota"},
		versus:   []string{"contro", "sul"},
		blockers: []string{"digitale", "zona", "area"},
		moneyCues: []string{
			"costo", "costi", "costa", "costerà", "spesa", "spese", "speso", "bilancio", "manovra", "fondi",
			"fondo", "finanziamento", "finanziamenti", "finanziare", "finanzia", "prestito", "prestiti",
			"contributo", "contributi", "aiuti", "pacchetto", "stanziati", "stanziato", "stanzia",
			"stanziamento", "risorse", "coperture", "copertura", "investimenti", "deficit", "debito",
			"entrate", "tasse", "imposte", "gettito", "risparmi", "servono", "servirebbero", "serviranno",
			"valore", "vale", "pagare", "pagato", "sussidi", "sovvenzioni", "incentivi", "garanzie", "utili", "perdite",
			"euro", "dollari", "€", "$", "valere", "dote", "sostegno", "fiscale", "fiscali", "aliquote",
			"aliquota", "irpef", "iva", "tassa", "costare", "incasso", "incassare", "esborso", "prezzo",
			"prezzi", "spendere", "spenderà", "investire", "investito", "ricavi", "fatturato", "rimborso",
			"rimborsi", "indennizzo", "indennizzi", "risarcimento", "risarcimenti", "pagherà", "versato",
			"versati", "versare", "stipendi", "salari", "salvataggio", "salvataggi", "iniettare", "iniettato",
			"iniettati", "inietterà", "iniezione", "correzione", "correzioni", "tagli",
			// what is promised is a sum, as "pledged" is: "i 500 milioni promessi da Autostrade"
			"promessi", "promesso", "promesse",
		},
		bareAfter: []string{
			"in", "l", "all", "per", "sotto", "entro", "da", "dal", "dai", "nel", "nei", "nell", "aggiuntivi",
			"aggiuntive", "annui", "annue", "e", "o", "a", "al", "tra", "fra", "su", "ogni", "già",
			"destinati", "destinate", "il", "ai", "agli", "alle",
		},
		additive: []string{"altri", "altre", "ulteriori"},
		contrasts: []string{
			"contro", "rispetto a", "rispetto ai", "rispetto agli", "rispetto al", "rispetto alle",
			"rispetto alla", "a fronte di", "a fronte dei", "a fronte delle",
			"invece di", "invece dei", "invece delle", "anziché", "anziche",
		},
		destinations: []string{"a", "ad", "ai"},
		origins:      []string{"da", "dal", "dai", "dagli", "dalle"},
		resumptives:  []string{"ne"},
		shares:       []string{"di cui"},
		ands:         []string{"e", "ed"},
		elidedNext: []string{
			"di", "del", "dell", "della", "dello", "dei", "degli", "delle", "nella", "nello", "prima", "fa",
		},

		// a part of the amount after them: "185 dei 210 miliardi"
		partitives: []string{"dei", "degli", "delle"},
		// the currency a bare amount is counted in, named before it: "in dollari da 2 miliardi"
		denominated: [][2]string{{"in", "da"}, {"in", "per"}},
		corrections: [][2]string{{"non", "ma"}},

		placePreps: []string{"in"},
		glosses:    []string{"o", "ossia", "ovvero", "cioè"},
		vague:      []string{"diversi", "diverse", "alcuni", "alcune", "molti", "molte", "pochi", "qualche", "multi", "decine", "centinaia", "migliaia"},
		yearPreps: []string{"nel", "dal", "entro", "del",
			"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
			"ottobre", "novembre", "dicembre"},
	}
}

// italianNumbers generates the Italian cardinal words from 1 to 999 and
// the thousands up to 999 000 written as one word ("trecentomila"), with
// the usual elisions ("ventuno", "centotto") and the accented and
// unaccented "tré" of compounds.
func italianNumbers() map[string]int64 {
	units := [...]string{"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"}
	teens := [...]string{"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
		"diciassette", "diciotto", "diciannove"}
	tens := [...]string{"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta",
		"ottanta", "novanta"}
	below100 := make(map[int][]string, 100)
	for v := 1; v < 100; v++ {
		switch {
		case v < 10:
			below100[v] = []string{units[v]}
		case v < 20:
			below100[v] = []string{teens[v-10]}
		default:
			t, u := tens[v/10], v%10
			switch u {
			case 0:
				below100[v] = []string{t}
			case 1, 8: // ventuno, ventotto
				below100[v] = []string{t[:len(t)-1] + units[u]}
			case 3:
				below100[v] = []string{t + "tre", t + "tré"}
			default:
				below100[v] = []string{t + units[u]}
			}
		}
	}
	m := make(map[string]int64, 2400)
	for v := 1; v < 1000; v++ {
		h, r := v/100, v%100
		var names []string
		if h == 0 {
			names = below100[r]
		} else {
			head := "cento"
			if h > 1 {
				head = units[h] + "cento"
			}
			if r == 0 {
				names = []string{head}
			} else {
				for _, tail := range below100[r] {
					names = append(names, head+tail)
					if strings.HasPrefix(tail, "o") { // centotto, centottanta
						names = append(names, head[:len(head)-1]+tail)
					}
				}
			}
		}
		for _, n := range names {
			m[n] = int64(v)
			if v > 1 {
				m[n+"mila"] = int64(v) * 1000
			}
		}
	}
	m["tré"] = 3
	m["mille"] = 1000
	return m
}

// italianCompound reads number words of several thousands written as one
// word: "duemilacinquecento", "milleduecento".
func italianCompound(nums map[string]int64, w string) (int64, bool) {
	if len(w) < 8 {
		return 0, false
	}
	if rest, ok := strings.CutPrefix(w, "mille"); ok {
		if v, ok := nums[rest]; ok && v < 1000 {
			return 1000 + v, true
		}
		return 0, false
	}
	i := strings.Index(w, "mila")
	if i <= 0 {
		return 0, false
	}
	head, ok := nums[w[:i]]
	if !ok || head < 2 || head > 999 {
		return 0, false
	}
	tail, ok := nums[w[i+4:]]
	if !ok || tail >= 1000 {
		return 0, false
	}
	return head*1000 + tail, true
}
