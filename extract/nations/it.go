package nations

// itContext holds the Italian words the context guards read.
var itContext = contextWords{
	namePreceders: []string{"in", "dalla", "della", "alla", "nella", "con", "e", "tra", "fra", "verso"},
	placeBefore:   []string{"in", "dal", "dalla", "nel", "nella", "verso"},
	usStateStrong: []string{"atlanta", "savannah"},
	usStateNear:   []string{"governatore", "senato", "senatore", "repubblicani", "democratici"},
	georgiaCountry: []string{
		"tbilisi", "georgiano", "georgiana", "georgiani", "georgiane", "abcasia", "ossezia",
		"caucaso", "armenia", "azerbaigian", "moldavia", "ucraina", "russia", "bielorussia",
		"cremlino", "mosca",
	},
	usStateBefore: [][2]string{{"stato", "della"}, {"stato", "di"}},
}
