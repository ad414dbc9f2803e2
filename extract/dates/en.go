package dates

// English returns the English date vocabulary. Month and weekday names and
// their usual abbreviations are standard English orthography; the other
// lists are the function words news writing uses around dates.
func English() *Language {
	return &Language{
		Code: "en",
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
			"halloween": {10, 31}, "valentine's day": {2, 14},
		},
		Fillers: []string{
			"at", "pm", "am", "noon", "midnight", "morning", "evening", "afternoon", "night",
			"around", "about", "o'clock", "h", "gmt", "utc", "cet", "cest", "eet", "eest", "est",
		},
		RelativeDays: map[string]int{
			"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
		},
		RelativePhrases: map[string]int{
			"day before yesterday": -2, "day after tomorrow": 2,
			"this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
		},
		Units: map[string]Unit{
			"day": {Grain: Day}, "days": {Grain: Day, Plural: true},
			"week": {Grain: Week}, "weeks": {Grain: Week, Plural: true},
			"fortnight": {Grain: Day, Count: 14}, "fortnights": {Grain: Day, Count: 14, Plural: true},
			"month": {Grain: Month}, "months": {Grain: Month, Plural: true},
			"year": {Grain: Year}, "years": {Grain: Year, Plural: true},
		},
		PrefixLast:  []string{"last"},
		PrefixThis:  []string{"this", "current"},
		PrefixNext:  []string{"next", "coming", "upcoming"},
		Ago:         []string{"ago"},
		Hence:       []string{"from now", "from today"},
		In:          []string{"in"},
		YearPreps:   []string{"in", "for", "since", "by", "until", "till", "of", "from", "during", "before", "after", "through", "throughout", "between", "pre", "post", "circa", "fiscal"},
		MonthPreps:  []string{"in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "throughout", "of", "between", "early", "mid", "late"},
		DateContext: []string{"on", "from", "to", "until", "till", "since", "by", "before", "after", "between", "dated"},
		YearNouns:   []string{"year"},
		YearVerbs:   []string{"was", "is", "will", "has", "had", "saw", "marks", "marked", "brought", "began", "ended"},
		Determiners: []string{"the", "its", "their", "his", "her", "our", "this", "that", "a", "an", "whose"},
		Ordinals: map[string]int{
			"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
			"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
			"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
			"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
		},
		OrdinalSuffixes: []string{"st", "nd", "rd", "th"},
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
			"expected", "expects", "intends", "aims", "tomorrow", "next", "soon", "forthcoming",
			"due", "going", "would", "could", "might",
		},
		Past: []string{
			"was", "were", "had", "did", "held", "took", "met", "said", "told", "began",
			"came", "went", "gave", "saw", "made", "ago", "last", "yesterday", "earlier",
		},
		Auxiliaries:  []string{"be", "been", "being"},
		PastSuffixes: []string{"ed"},
		Quantity:     []string{"more", "than", "less", "fewer", "about", "over", "some", "nearly", "almost", "approximately", "roughly", "total", "least", "only", "just", "exactly"},
		NotAfterYear: []string{
			"people", "persons", "soldiers", "troops", "servicemen", "men", "women", "children",
			"civilians", "units", "pieces", "euros", "euro", "dollars", "pounds", "hryvnias",
			"km", "kilometres", "kilometers", "miles", "meters", "metres", "kg", "tons", "tonnes",
			"votes", "cases", "deaths", "jobs", "families", "refugees", "homes", "households",
			"times", "percent", "per", "shells", "drones", "missiles", "vehicles", "tanks",
			"rounds", "hours", "minutes", "seconds", "points", "members", "participants",
			"employees", "workers", "companies", "students", "million", "billion", "thousand",
			"mw", "gw", "km2", "sq", "ha", "hectares", "items", "apartments", "buildings",
		},
		Copyright:     []string{"copyright"},
		MonthFirst:    true,
		NounModifiers: true,
		USNumeric:     true,
	}
}
