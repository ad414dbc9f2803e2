package nations

// enContext holds the English words the context guards read.
var enContext = contextWords{
	nameFollowers: []string{
		"president", "prime", "foreign", "defence", "defense", "king", "queen", "crown",
		"army", "armed", "air", "navy", "government", "embassy", "minister", "ministry",
		"national", "parliament", "border", "security", "interior", "finance", "central",
		"supreme", "police", "forces", "and", "or", "to", "in", "on", "at", "for", "from", "with",
	},
	namePreceders: []string{
		"in", "to", "from", "and", "or", "with", "of", "for", "across", "into", "by", "at",
		"on", "visit", "visits", "visited", "neighbouring", "neighboring", "via", "about",
		"against", "between", "like", "including", "as",
	},
	placeBefore: []string{"in", "into", "from", "of", "across", "throughout", "to", "toward", "towards"},
	usStateStrong: []string{
		"atlanta", "savannah", "macon", "fulton", "kemp", "raffensperger", "warnock", "ossoff",
		"peach", "bulldogs", "gop", "county", "counties",
	},
	usStateNear: []string{
		"governor", "gov", "senate", "senator", "senators", "legislature", "republican",
		"republicans", "democrat", "democrats", "alabama", "florida", "carolina", "tennessee",
	},
	georgiaCountry: []string{
		"tbilisi", "georgian", "georgians", "abkhazia", "ossetia", "batumi", "kutaisi",
		"caucasus", "kobakhidze", "zourabichvili", "zurabishvili", "ivanishvili",
		"saakashvili", "kavelashvili", "armenia", "azerbaijan", "moldova", "ukraine",
		"russia", "belarus", "kremlin", "moscow", "nato",
	},
	usStateBefore: [][2]string{{"state", "of"}},
}
