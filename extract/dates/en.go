package dates

import "time"

// English returns the English date vocabulary. Month and weekday names and
// their usual abbreviations are standard English orthography; the other
// lists are the function words news writing uses around dates.
func English() *Language {
	return &Language{
		Code:        "en",
		CapCalendar: true,
		Months: [12][]string{
			{"january"}, {"february"}, {"march"}, {"april"}, {"may"}, {"june"},
			{"july"}, {"august"}, {"september"}, {"october"}, {"november"}, {"december"},
		},
		MonthAbbrevs: [12][]string{
			{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"},
			{"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"},
		},
		Weekdays: [7][]string{
			{"sunday"}, {"monday"}, {"tuesday"}, {"wednesday"}, {"thursday"}, {"friday"}, {"saturday"},
		},
		WeekdayAbbrevs: [7][]string{
			{"sun"}, {"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"},
		},
		NeedCap:     []string{"may", "march", "august", "mar", "sun", "mon", "wed", "sat"},
		NeedContext: []string{"may", "march"},
		Holidays: map[string][2]int{
			"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24},
			"boxing day": {12, 26}, "new year's day": {1, 1}, "new year's eve": {12, 31},
			"halloween": {10, 31}, "valentine's day": {2, 14}, "xmas": {12, 25}, "xmas eve": {12, 24},
		},
		// "declared Wednesday a day of mourning"
		DayDesignations: []string{"a day of"},
		InForce:         []string{"in force", "in effect"},
		Feasts: map[string]Feast{
			"easter": {Easter: true}, "easter sunday": {Easter: true}, "easter day": {Easter: true},
			"easter monday": {Easter: true, Offset: 1}, "good friday": {Easter: true, Offset: -2},
			"palm sunday": {Easter: true, Offset: -7}, "ascension day": {Easter: true, Offset: 39},
			"pentecost": {Easter: true, Offset: 49}, "whit sunday": {Easter: true, Offset: 49},
			"orthodox easter": {Orthodox: true},
			"thanksgiving":    {Month: 11, Nth: 4, Weekday: time.Thursday}, "thanksgiving day": {Month: 11, Nth: 4, Weekday: time.Thursday},
			"memorial day": {Month: 5, Nth: -1, Weekday: time.Monday}, "labor day": {Month: 9, Nth: 1, Weekday: time.Monday},
			"mother's day": {Month: 5, Nth: 2, Weekday: time.Sunday}, "father's day": {Month: 6, Nth: 3, Weekday: time.Sunday},
		},
		Fillers: []string{
			"at", "pm", "am", "noon", "midnight", "morning", "evening", "afternoon", "night",
			"around", "about", "o'clock", "h", "gmt", "utc", "cet", "cest", "eet", "eest", "est",
		},
		RelativeDays: map[string]int{
			"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
		},
		Todays:       []string{"today"},
		NotVerbs:     []string{"value added"},
		NotFuture:    []string{"next door", "next to"},
		Comparatives: []string{"as"},
		ToldDays: map[string]int{
			"the day before": -1, "the previous day": -1, "the day after": 1, "the next day": 1, "the following day": 1,
		},
		RelativePhrases: map[string]int{
			"day before yesterday": -2, "day after tomorrow": 2,
			"this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
			"night before last": -2,
		},
		Units: map[string]Unit{
			"day": {Grain: Day}, "days": {Grain: Day, Plural: true},
			"week": {Grain: Week}, "weeks": {Grain: Week, Plural: true},
			"fortnight": {Grain: Day, Count: 14}, "fortnights": {Grain: Day, Count: 14, Plural: true},
			"month": {Grain: Month}, "months": {Grain: Month, Plural: true},
			"year": {Grain: Year}, "years": {Grain: Year, Plural: true},
			"quarter": {Grain: Quarter}, "quarters": {Grain: Quarter, Plural: true},
			"weekend": {Grain: Week, Weekend: true}, "weekends": {Grain: Week, Plural: true, Weekend: true},
			"hour": {Grain: Hour}, "hours": {Grain: Hour, Plural: true},
			"minute": {Grain: Minute}, "minutes": {Grain: Minute, Plural: true},
			"spring": {Grain: Season, Month: 3}, "summer": {Grain: Season, Month: 6},
			"autumn": {Grain: Season, Month: 9}, "fall": {Grain: Season, Month: 9},
			"winter": {Grain: Season, Month: 12},
		},
		// "no later than" is a deadline, as "by" is
		Aliases:      map[string]string{"week-end": "weekend", "a couple of": "two", "no later than": "by", "not later than": "by"},
		AfterNext:    []string{"after next"},
		BeforeLast:   []string{"before last"},
		PrefixLast:   []string{"last"},
		PrefixThis:   []string{"this", "current"},
		PrefixNext:   []string{"next", "coming", "upcoming"},
		NextOfYear:   []string{"next"},
		Ago:          []string{"ago"},
		Hence:        []string{"from now", "from today", "hence"},
		In:           []string{"in"},
		YearPreps:    []string{"in", "for", "since", "by", "until", "till", "of", "from", "during", "before", "after", "through", "throughout", "between", "pre", "post", "circa", "fiscal"},
		MonthPreps:   []string{"in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "throughout", "of", "between", "early", "mid", "late"},
		DateContext:  []string{"on", "from", "to", "until", "till", "since", "by", "before", "after", "between", "dated"},
		Fiscal:       []string{"budget", "budgets", "fiscal", "financial", "fy"},
		YearNouns:    []string{"year"},
		YearVerbs:    []string{"was", "is", "will", "has", "had", "saw", "marks", "marked", "brought", "began", "ended"},
		Determiners:  []string{"the", "its", "their", "his", "her", "our", "this", "that", "a", "an", "whose"},
		Superlatives: []string{"first", "highest", "lowest", "biggest", "largest", "smallest", "strongest", "weakest", "fastest", "slowest", "longest", "heaviest", "worst", "best", "record"},
		DayNames:     []string{"whit", "black", "cyber", "super", "ash", "maundy", "holy", "bloody", "shrove", "palm"},
		NameHeads: []string{"agreement", "agreements", "accord", "accords", "island", "islands", "rising", "uprising",
			"offensive", "massacre", "treaty", "truce", "bombing", "bombings"},
		Ordinals: map[string]int{
			"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
			"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
			"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
			"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
		},
		OrdinalSuffixes: []string{"st", "nd", "rd", "th"},
		Nth:             map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1},
		QuarterLetters:  []string{"q"},
		YearObjects:     []string{"as"},
		Shifts: []string{"postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "defer",
			"back", "forward", "extended", "extend", "extends", "moved", "move", "moves", "shifted", "shift",
			"rescheduled", "off", "prolonged", "slipped", "slips", "slip", "pushed", "pushes", "push"},
		PartOf:      []string{"of"},
		NounMarkers: []string{"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "whose"},
		ModifierPreps: []string{"on", "in", "of", "for", "with", "from", "against", "into", "over", "under", "about",
			"without", "at", "among", "towards", "toward"},
		Numbers: map[string]int{
			"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
			"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
			"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
			"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
		},
		RangeFrom:   []string{"from", "between"},
		RangeTo:     []string{"to", "until", "till", "through", "thru"},
		RangeAnd:    []string{"and", "or"},
		Of:          []string{"of"},
		Articles:    []string{"the"},
		PeriodParts: []string{"early", "mid", "late", "end", "beginning", "start", "middle", "spring", "summer", "autumn", "fall", "winter", "half", "quarter"},
		Future: []string{
			"will", "shall", "ll", "upcoming", "scheduled", "planned", "plans", "plan",
			"expected", "expects", "expect", "intends", "intend", "aims", "tomorrow", "next", "soon", "forthcoming",
			// intentions: "unions threaten to strike in March"
			"threaten", "threatens", "promise", "promises", "hope", "hopes", "want", "wants",
			"prepares",
			// an invitation is to what is to come; told in the past it is
			// for a date on either side (FutureInPast)
			"invites", "invited",
			// and so is a task one is charged with
			"instructs", "instructed", "tasked",
			"due", "going", "would", "could", "might", "vote", "meet", "head",
			"expires", "expire",
			// the plural of the calendar's present: "Austrians elect a new
			// parliament on Sunday", as "Argentines vote on Sunday"
			"elect",
		},
		FutureInPast: []string{"would", "invited", "instructed", "tasked"},
		Reporting: []string{"said", "told", "announced", "added", "stated", "confirmed", "indicated",
			"insisted", "promised", "pledged", "warned", "wrote", "signalled", "signaled"},
		Charges:           []string{"instructed", "tasked"},
		AttributiveFuture: []string{"due", "scheduled", "planned", "expected"},
		// with a plural subject the verbs of the calendar are nouns as well:
		// "Argentines vote on Sunday", "the vote on Sunday"
		IntentNouns: []string{"plan", "plans", "promise", "promises", "hope", "hopes", "vote", "meet", "head", "elect"},
		ScheduledPresent: []string{
			"takes", "holds", "leaves", "votes", "meets", "reopens", "begins", "starts",
			"resumes", "returns", "travels", "visits", "hosts", "arrives", "departs", "convenes",
			"kicks", "launches", "enters", "heads", "goes", "turns", "sits", "debuts",
			"ends", "expires", "lapses", "concludes", "opens", "closes",
			// what a scheduled appearance holds: "faces a confidence vote
			// on Wednesday", "flies to Kyiv on Monday"
			"faces", "flies",
			// a report due on a day of the calendar: "the agency publishes
			// its review on Friday"
			"publishes", "releases", "unveils",
			// a speech or a reply given on a set day: "the leader gives his
			// reply on Thursday night", "delivers the budget on Tuesday"
			"gives", "delivers",
		},
		InfinitiveMarkers: []string{"to"},
		FuturePhrases: []string{"set to", "set for", "is to be", "are to be", "about to", "poised to", "slated to", "slated for", "to take effect",
			// what is awaited: "ahead of its independence day on 16 September"
			"ahead of", "look forward to", "looks forward to", "looked forward to", "looking forward to",
			// a newsletter's agenda: "Coming up: the budget report on Monday"
			"coming up",
			// what must or is ready to be done is still to do: "needs to
			// find the money by January", "was ready to leave on October 31"
			"needs to", "need to", "has to", "have to", "ready to",
			// a farewell names when the next meeting is: "See you Monday."
			"see you"},
		Past: []string{
			"was", "were", "had", "did", "held", "took", "met", "said", "told", "began",
			"came", "went", "gave", "saw", "made", "ago", "last", "yesterday", "earlier",
			// Irregular past forms news writing uses.
			"ran", "won", "lost", "fell", "rose", "struck", "led", "left", "sent", "spent", "built",
			"brought", "bought", "caught", "fought", "sought", "kept", "felt", "paid", "stood",
			"wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "drew",
			"shot", "got", "became", "withdrew", "fled", "sold", "found", "thought", "heard",
			"upheld", "withheld", "understood", "overcame", "overtook", "undertook", "forgave",
			"froze", "swore", "stole", "sank", "rang", "sang", "shook", "meant", "dealt", "lent",
			"swept", "taught", "rebuilt", "hung", "stuck", "dug", "hid", "forbade", "foresaw", "slid",
			// Irregular participles in -n: "was sworn in on Monday"; after
			// "is" the news present of a set day (see wordTense)
			"sworn", "taken", "chosen", "withdrawn", "undertaken", "overtaken", "stolen", "frozen",
			"beaten", "written", "spoken", "broken",
			// -ed forms too short for the suffix rule
			"used", "died", "tied", "owed", "eyed", "freed",
			// and those of YearVerbs, which the suffix rule does not read
			"marked", "ended",
		},
		Deadline:     []string{"until", "till", "by"},
		Rates:        []string{"by"},
		Until:        []string{"until", "till"},
		ShiftPresent: []string{"postpones", "delays", "defers", "extends", "moves", "shifts", "slips", "pushes"},
		Lasting: []string{"led", "served", "ran", "lasted", "remained", "stayed", "held", "continued", "headed",
			"chaired", "governed", "ruled", "reigned", "worked", "lived", "was", "were"},
		Starts:         []string{"starting", "effective"},
		SameYear:       []string{"of the same year", "that same year", "of that year", "the same year", "that year"},
		Demonstratives: []string{"that"},
		When:           []string{"when"},
		Since:          []string{"since"},
		Subordinators:  []string{"after", "before", "once"},
		Editions:       []string{"election", "elections"},
		NumberWords:    []string{"room", "rooms", "flight", "flights", "gate", "platform", "page", "pages", "article", "articles", "section", "chapter", "line", "route", "highway", "bus", "train", "model", "version", "unit", "suite", "apartment", "building", "block", "lot", "box", "hall", "exit", "km", "kilometre", "kilometer", "mile", "number", "no", "nr", "tel", "phone", "hotline", "call", "dial", "ring", "code", "item", "case", "file", "batch", "serial", "class", "type", "mk", "vol", "volume", "issue"},
		HolidayNouns:   []string{"holidays"},
		EventRelatives: []string{"in which", "at which", "during which", "when"},
		Apart:          map[string]int{"before": 1, "ahead": 1, "after": -1, "since": -1},
		Degree:         []string{"most"},
		PastBe:         []string{"was", "were"},
		Habitual:       []string{"every", "each"},
		Scheduled:      []string{"for"},
		PresentAux:     []string{"is", "are", "am", "re"}, // "we're"
		Back:           []string{"back"},
		SetDate:        []string{"set", "sets", "fixed", "fixes"},
		DeadlineNouns:  []string{"deadline", "deadlines"},
		Eves:           []string{"eve"},
		DayParts:       []string{"morning", "afternoon", "evening", "night"},
		Causes:         []string{"because", "although", "though", "unless", "whereas"},
		Later:          []string{"later", "after", "afterwards"},
		// a free relative is its own clause's subject too: "whoever wins"
		Relatives: []string{"that", "which", "who", "whoever", "whichever"},
		Asides:    []string{"which", "who", "whose", "whom"},
		Pronouns:  []string{"i", "you", "he", "she", "it", "we", "they"},
		Modals:    []string{"will", "would", "shall", "ll", "could", "might", "should", "must", "can"},
		// "-s" but not "-ss" ("that class"), "-us" ("which bonus") or "-is"
		// ("that crisis"), which end nouns
		RelativePresentEndings: []string{"es", "ds", "ts", "ns", "ls", "rs", "ks", "ps", "ms", "gs", "ys", "ws"},
		ProgressiveEndings:     []string{"ing"},
		PerfectAux:             []string{"has", "have", "ve"},
		Conjunctions: []string{
			"if", "because", "although", "though", "unless", "whereas", "while", "but", "and",
			"that", "when", "whether", "which", "who",
			// free relatives open a clause of their own: "before the April
			// 30 deadline whatever happens in parliament"
			"whoever", "whatever", "whichever",
		},
		Auxiliaries: []string{"be", "been", "being", "not", "also", "otherwise", "still", "then", "again", "only", "now", "likely", "probably", "formally", "officially"},
		// Adjectives and nouns in -ed, which are no past tense.
		NotTense: []string{
			"united", "armed", "aged", "limited", "related", "based", "red", "bed",
			"need", "speed", "seed", "feed", "reed", "greed", "breed", "deed", "hundred", "indeed",
			"proceed", "exceed", "succeed", "shed", "ahmed", "mohammed", "mohamed", "muhammed",
			"fred", "ted", "ned",
		},
		PastSuffixes:  []string{"ed"},
		Quantity:      []string{"more", "than", "less", "fewer", "about", "over", "some", "nearly", "almost", "approximately", "roughly", "total", "least", "only", "just", "exactly"},
		Approximate:   []string{"about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "than", "circa", "getting on for"},
		AfterDay:      []string{"in", "at", "for", "with", "on"},
		PluralEndings: []string{"s"},
		DecadeEndings: []string{"s"},
		NotAfterYear: []string{
			"police", "staff", "personnel", "aircraft", "cattle", "sheep",
			"people", "persons", "soldiers", "troops", "servicemen", "men", "women", "children",
			"civilians", "units", "pieces", "euros", "euro", "dollars", "pounds", "hryvnias",
			"km", "kilometres", "kilometers", "miles", "meters", "metres", "kg", "tons", "tonnes",
			"votes", "cases", "deaths", "jobs", "families", "refugees", "homes", "households",
			"times", "percent", "shells", "drones", "missiles", "vehicles", "tanks",
			"rounds", "hours", "minutes", "seconds", "points", "members", "participants",
			"employees", "workers", "companies", "students", "million", "billion", "thousand",
			"mw", "gw", "km2", "sq", "ha", "hectares", "items", "apartments", "buildings",
			// currencies by name ("won", "rand" and "real" are words too)
			"rupees", "yen", "yuan", "renminbi", "francs", "roubles", "rubles", "kroner", "kronor",
			"pesos", "shillings", "naira", "lira", "liras", "dinars", "dirhams", "riyals", "rials",
			"zlotys", "zloty", "forints", "rupiah", "ringgit", "baht", "manat", "tenge", "lari",
			// other calendars' eras: "22/1/1422 AH"
			"ah", "hijri",
			// a time zone makes four digits a time of day: "by 1400 GMT"
			"gmt", "utc", "cet", "cest", "eet", "eest", "est", "edt", "bst", "msk", "hrs",
		},
		NotAfterBareYear: []string{"per"},
		Copyright:        []string{"copyright"},
		MonthFirst:       true,
		NounModifiers:    true,
		USNumeric:        true,
		YearAround:       []string{"around", "about", "up to"},
	}
}
