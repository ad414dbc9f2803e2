package nations

// enContext holds the English words the context guards read.
var enContext = contextWords{
	nameFollowers: []string{
		"president", "prime", "foreign", "defence", "defense", "king", "queen", "crown",
		"army", "armed", "air", "navy", "government", "embassy", "minister", "ministry",
		"national", "parliament", "border", "security", "interior", "finance", "central",
		"supreme", "police", "forces", "and", "or", "to", "in", "on", "at", "for", "from", "with",
		// Verbs of title-case headlines ("Jordan Hosts Summit", "Chad
		// Expels Envoy"), except those that are also surnames (Marks).
		"hosts", "says", "signs", "warns", "rejects", "backs", "urges", "opens", "closes",
		"condemns", "welcomes", "joins", "seeks", "plans", "vows", "denies", "accuses", "hails",
		"receives", "sends", "launches", "halts", "bans", "approves", "announces", "agrees",
		"pledges", "offers", "asks", "expels", "recalls", "summons", "deploys", "votes", "elects",
		"mourns", "tightens", "eases", "arrests", "detains", "confirms", "braces", "faces",
		"fears", "demands", "slams", "criticises", "criticizes", "intercepts", "reopens",
		"suspends", "resumes", "extends", "imposes", "lifts", "grants", "wins", "loses", "beats",
		"holds", "meets", "declares", "calls", "tells", "reports", "orders", "moves", "cuts",
		"raises", "boosts", "buys", "sells", "signals", "threatens", "strikes", "hits", "bars",
		"blocks", "frees", "releases", "restores", "cancels", "delays", "postpones", "expands",
		"unveils", "celebrates", "protests", "is", "was", "will", "has",
	},
	namePreceders: []string{
		"in", "to", "from", "and", "or", "with", "of", "for", "across", "into", "by", "at",
		"on", "visit", "visits", "visited", "neighbouring", "neighboring", "via", "about",
		"against", "between", "like", "including", "as",
	},
	placeBefore: []string{"in", "into", "from", "of", "across", "throughout", "to", "toward", "towards"},
	// Not "defence", "army" or "crown": a player's defence, a singer's
	// army of fans.
	stateAfter: []string{
		"president", "prime", "foreign", "government", "embassy", "ambassador", "minister",
		"ministry", "parliament", "military", "armed", "interior", "finance",
	},
	stateAfterPossessive: []string{"king", "queen"},
	usStateStrong: []string{
		"atlanta", "savannah", "macon", "fulton", "kemp", "raffensperger", "warnock", "ossoff",
		"peach", "bulldogs", "gop", "county", "counties",
	},
	usStateNear: []string{
		"governor", "gov", "senate", "senator", "senators", "legislature", "republican",
		"republicans", "democrat", "democrats",
	},
	georgiaCountry: []string{
		"tbilisi", "georgian", "georgians", "abkhazia", "ossetia", "batumi", "kutaisi",
		"caucasus", "kobakhidze", "zourabichvili", "zurabishvili", "ivanishvili",
		"saakashvili", "kavelashvili", "armenia", "azerbaijan", "moldova", "ukraine",
		"russia", "belarus", "kremlin", "moscow", "nato",
	},
	usStateBefore: [][2]string{{"state", "of"}},
	streetBefore: []string{"place du", "place de", "rue de", "rue du", "avenue de", "boulevard de", "plaza de",
		"calle", "piazza", "piazza di", "river", "avenida", "avenida de", "avenida del", "calle de", "paseo de",
		"rua", "rua da", "rua do", "praça", "plaza",
		// "Lake Chad" is a lake: neither the state nor a person, whose
		// reading would drop "Niger, Chad and Cameroon" too.
		"lake"},
	firmBefore: []string{"company", "firm", "llc", "ltd", "brand", "importer", "exporter", "producer", "maker", "retailer", "chain", "holding",
		"coalition", "operation"},
	streetAfterCap: []string{"street", "avenue", "square", "road", "boulevard", "lane", "place", "strasse", "straße", "river"},
	// The Niger Delta, the Niger delta.
	streetAfter: []string{"delta"},
	firmAfterCap: []string{"airlines", "airways", "steel", "telecom", "mobile", "unicom", "petroleum", "railways",
		"motors", "shipping", "securities", "insurance", "merchants", "holdings", "petrochemical", "life", "re",
		"cruise", "cruises", "railway", "hydro", "zinc", "electric", "power", "chamber", "red"},
	// The other 49 states. New York and Washington are left out: they are
	// far more often the city and the US government, which Georgia's
	// news mentions too.
	usStates: []string{
		"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
		"delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
		"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
		"mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
		"new mexico", "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
		"rhode island", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming",
	},
	listGlue: []string{"and", "or", "in", "the", "north", "south", "west", "new"},
	turkeyNoun: []string{
		"turkeys", "thanksgiving", "roast", "roasted", "roasting", "poultry", "gobble",
		"gobbler", "butterball", "stuffing", "gravy", "drumstick", "drumsticks", "giblets",
		"cranberry", "cranberries", "wishbone", "broiler", "broilers",
	},
	turkeyLower: []string{"turkey"},
	turkeyCountry: []string{
		"ankara", "istanbul", "izmir", "bosphorus", "anatolia", "erdogan", "erdoğan", "turkish",
		"turks", "türkiye", "turkiye", "lira",
	},
	language: languageWords{
		before: []string{
			"speak", "speaks", "spoke", "spoken", "speaking", "translate", "translates",
			"translated", "translating", "translation", "translations", "dub", "dubbed", "dubbing",
			"subtitled", "subtitles", "fluent", "fluently", "fluency", "proficient", "proficiency",
			"written",
		},
		weakBefore: []string{
			"in", "into", "from", "learn", "learns", "learned", "learnt", "learning", "teach",
			"teaches", "taught", "teaching", "study", "studies", "studied", "studying",
			"understand", "understands", "understood",
		},
		after: []string{
			"language", "languages", "keyboard", "keyboards", "alphabet", "alphabets", "script",
			"translation", "translations", "translator", "translators", "interpreter",
			"interpreters", "subtitles", "dubbing", "speaker", "speakers", "lesson",
			"lessons", "classes", "grammar", "dictionary", "dictionaries", "vocabulary", "word",
			"words", "phrase", "phrases", "spelling", "pronunciation", "transliteration",
			"dialect", "dialects", "accent", "idiom", "idioms", "proficiency", "fluency",
		},
		afterJoined: []string{"speaking"},
		end: []string{
			"by", "with", "as", "only", "too", "for", "on", "at", "to", "but", "so", "that",
			"which", "who", "when", "while", "because", "before", "after", "instead", "rather",
			"again", "first", "fluently", "well", "natively", "perfectly", "either", "also",
			"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
			"then", "than", "if",
		},
		names: []string{
			"english", "arabic", "hebrew", "latin", "yiddish", "esperanto", "catalan", "basque",
			"galician", "welsh", "gaelic", "kurdish", "tatar", "romani", "sanskrit", "farsi",
			"hindi", "urdu", "swahili", "mandarin", "cantonese", "flemish", "frisian", "surzhyk", "tamil",
			"guaraní", "guarani", "quechua", "aymara", "tetum", "amharic", "tigrinya", "pashto", "dari",
			"tagalog", "wolof", "hausa", "yoruba", "creole", "berber",
		},
		conj: []string{"and", "or"},
	},
}
