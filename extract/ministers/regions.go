package ministers

// Named parts of states whose own governments have ministers, premiers or
// secretaries (the UK's devolved nations, German and Austrian Länder,
// Canadian provinces, Australian states, Spanish and Belgian regions, the
// provinces and states of Pakistan, India and Malaysia, autonomous
// regions), with the adjectives that stand for them. A title they qualify
// belongs to that government, not to a nation: "Scotland's economy
// secretary", "Bavarian Prime Minister", "прем'єр-міністр Баварії".
// Names that are also common words, first names or states' capitals
// (Victoria, Delhi, Berlin) are left out.

// possessiveRegions are regions whose names are also first names or
// capitals, and so are left out of the lists: only their possessive before
// a title ("Victoria's sport minister") names the region's government.
// Read-only.
var possessiveRegions = map[string]bool{"victoria": true}

func englishRegions() []string {
	return []string{
		"scotland", "scottish", "wales", "welsh", "northern ireland", "northern irish",
		// the devolved parliaments, named for their governments: "Stormont's
		// Infrastructure Minister"
		"stormont", "holyrood",
		"bavaria", "bavarian", "saxony", "lower saxony", "hesse", "thuringia", "brandenburg",
		"baden-württemberg", "baden-wurttemberg", "north rhine-westphalia", "rhineland-palatinate",
		"schleswig-holstein", "saxony-anhalt", "mecklenburg-western pomerania", "saarland",
		"tyrol", "styria", "carinthia",
		"quebec", "québec", "ontario", "alberta", "british columbia", "manitoba", "saskatchewan",
		"nova scotia", "new brunswick", "newfoundland and labrador",
		"queensland", "new south wales", "nsw", "tasmania", "tasmanian", "victorian", "south australia",
		"western australia", "south australian", "western australian", "northern territory",
		"catalonia", "catalan", "andalusia", "basque country", "flanders", "flemish", "wallonia",
		"walloon", "kurdistan", "kurdistan region", "republika srpska", "zanzibar", "puntland",
		"punjab", "sindh", "khyber pakhtunkhwa", "balochistan", "kerala", "tamil nadu",
		"maharashtra", "karnataka", "west bengal", "uttar pradesh", "sabah", "sarawak",
		"chechnya", "chechen", "tatarstan",
		// Denmark's self-governing territories
		"greenland", "greenlandic", "faroe islands", "faroese",
		// US states, whose governors name their own secretaries ("Maryland's
		// transportation secretary"); Georgia, Washington and Virginia are
		// also a state, a capital and a first name
		"alabama", "alaska", "arizona", "arkansas", "california", "californian", "colorado",
		"connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa",
		"kansas", "kentucky", "louisiana", "maryland", "massachusetts", "michigan", "minnesota",
		"mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
		"new mexico", "new york state", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
		"pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "texan",
		"utah", "vermont", "west virginia", "wisconsin", "wyoming",
	}
}

func italianRegions() []string {
	return []string{
		"scozia", "scozzese", "galles", "gallese", "irlanda del nord", "nordirlandese",
		"baviera", "bavarese", "sassonia", "bassa sassonia", "assia", "turingia", "brandeburgo",
		"baden-württemberg", "renania settentrionale-vestfalia", "nord reno-westfalia",
		"renania-palatinato", "schleswig-holstein", "sassonia-anhalt", "saarland", "tirolo", "stiria",
		"carinzia", "québec", "quebec", "ontario", "alberta", "columbia britannica", "queensland",
		"nuovo galles del sud", "victoria", "tasmania", "catalogna", "andalusia", "paesi baschi", "fiandre",
		"vallonia", "kurdistan", "kurdistan iracheno", "repubblica srpska", "zanzibar", "punjab", "sindh",
		"kerala", "tamil nadu", "maharashtra", "karnataka", "bengala occidentale", "uttar pradesh",
		"cecenia", "ceceno", "tatarstan", "groenlandia", "groenlandese", "isole faroe", "isole fær øer",
		"california", "texas", "florida", "maryland", "pennsylvania", "ohio", "michigan", "illinois",
		"massachusetts", "new jersey", "carolina del nord", "carolina del sud", "arizona", "nevada",
	}
}

func ukrainianRegions() []string {
	return []string{
		"шотландія", "шотландії", "шотландію", "шотландією", "шотландський", "шотландська",
		"шотландського", "шотландської", "шотландському", "шотландській", "шотландським",
		"уельс", "уельсу", "валлійський", "валлійська", "валлійського", "валлійської",
		"північна ірландія", "північної ірландії", "північній ірландії", "північну ірландію",
		"баварія", "баварії", "баварію", "баварією", "баварський", "баварська", "баварського",
		"баварської", "баварському", "баварській", "баварським",
		"саксонія", "саксонії", "нижня саксонія", "нижньої саксонії", "гессен", "гессену",
		"тюрингія", "тюрингії", "бранденбург", "бранденбургу", "баден-вюртемберг",
		"баден-вюртембергу", "північний рейн-вестфалія", "північного рейну-вестфалії",
		"північної рейн-вестфалії", "рейнланд-пфальц", "рейнланд-пфальцу", "шлезвіг-гольштейн",
		"шлезвіг-гольштейну", "саксонія-ангальт", "саксонії-ангальт", "саар", "саару", "саарланд",
		"саарланду", "тіроль", "тіролю", "штирія", "штирії", "каринтія", "каринтії",
		"квебек", "квебеку", "онтаріо", "альберта", "альберти", "британська колумбія",
		"саскачеван", "саскачевану", "манітоба", "манітоби", "нова шотландія", "нової шотландії",
		"нью-брансвік", "нью-брансвіку", "ньюфаундленд", "ньюфаундленду", "західна австралія",
		"західної австралії", "південна австралія", "південної австралії",
		"британської колумбії", "квінсленд", "квінсленду", "новий південний уельс",
		"нового південного уельсу", "тасманія", "тасманії", "каталонія", "каталонії",
		"андалусія", "андалусії", "країна басків", "країни басків", "фландрія", "фландрії",
		"валлонія", "валлонії", "курдистан", "курдистану", "іракський курдистан", "іракського курдистану",
		"республіка сербська", "республіки сербської", "занзібар", "занзібару", "пенджаб",
		"пенджабу", "сінд", "сінду", "керала", "керали", "кералі", "кералу", "таміл-наду", "тамілнад",
		"тамілнаду", "махараштра", "махараштри", "махараштрі", "карнатака", "карнатаки", "карнатаці",
		"західна бенгалія", "західної бенгалії", "уттар-прадеш", "уттар-прадешу", "сабах", "сабаху",
		"саравак", "саравака",
		"чечня", "чечні", "чеченський", "чеченського",
		"татарстан", "татарстану", "гренландія", "гренландії", "гренландію", "гренландією",
		"гренландський", "гренландського", "гренландської", "фарерські острови", "фарерських островів",
	}
}
