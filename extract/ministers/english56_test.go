package ministers

import "testing"

// A bare word that is a full name's first word (Thai usage names a person
// by the given name) is that person even when the text gives the surname
// to a relative too: the other bearer only keeps a bare surname apart.
func TestEnglish56GivenNameBesideRelative(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Thai court clears Prime Minister Kanya over land deal\nThailand's court on Wednesday cleared Prime Minister Kanya Rattanakul in the land case. Kanya, 52, thanked the judges. Her uncle, the former prime minister Somsak Rattanakul, did not attend.",
			"Kanya Rattanakul/TH/prime_minister; Somsak Rattanakul/TH/prime_minister"},
		// a bare surname that two people bear stays apart from both
		{"Moldova's prime minister Ion Ceban met the generals. Defence Minister Pavel Ceban, who is not related to him, attended. Later, Prime Minister Ceban flew to Paris.",
			"Ion Ceban/MD/prime_minister; Pavel Ceban/MD/minister"},
	})
}

// Two words that open a longer name of the text, first name first, are
// its short form ("Sri Mulyani" for "Sri Mulyani Indrawati"): one person,
// under the longer name, whichever comes first.
func TestEnglish56ShortForm(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Indonesia's finance minister Dewi Lestari presented the budget on Friday. Finance Minister Dewi Lestari Wibowo said the deficit would stay below 3 per cent. Dewi Lestari, 58, has held the post since 2021.",
			"Dewi Lestari Wibowo/ID/minister"},
		{"Finance Minister Dewi Lestari Wibowo presented Indonesia's budget on Friday. Finance Minister Dewi Lestari said the deficit would stay below 3 per cent.",
			"Dewi Lestari Wibowo/ID/minister"},
		// one first name, two surnames: two people
		{"Indonesia's finance minister Budi Santoso met Trade Minister Budi Hartono Wijaya on Friday.",
			"Budi Santoso/ID/minister; Budi Hartono Wijaya/ID/minister"},
	})
}

// A single word that opens a full name the text gives elsewhere names
// that person (Thai and Indonesian usage); not when a president's title
// stands before the full name, whose bearer replaces others rather than
// taking their posts, nor for a word inside the name.
func TestEnglish56GivenNameAlone(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"The president handed the health ministry to Arini Kusuma Putri on Monday. Arini was sworn in as Indonesia's health minister on Tuesday.",
			"Arini Kusuma Putri/ID/minister"},
		{"The president handed the health ministry to Arini Kusuma Putri on Monday. Kusuma was sworn in as Indonesia's health minister on Tuesday.",
			""},
		{"Joko replaces Arini Putri as Indonesia's finance minister\nIndonesian President Joko Santoso on Monday removed Arini Putri from the treasury.",
			"Arini Putri/ID/minister"},
	})
}

// A relative clause on the subject may run longer than an apposition
// before the verb that gives the title.
func TestEnglish56LongRelativeSubject(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Nadia Rahman, who studied law in Cairo and later ran a large charity for refugees from the war in Sudan, was sworn in as Ethiopia's social affairs minister on Sunday.",
			"Nadia Rahman/ET/minister"},
		// the clause hangs on a noun, not a name
		{"The coalition partner, who backed Nadia Rahman and her allies through two weeks of hard talks in the capital last month, was sworn in as Ethiopia's finance minister.",
			""},
	})
}

// "until now" and its kin before an apposed title say the post was held up
// to the change the sentence tells, as "previously" does.
func TestEnglish56UntilNowApposition(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"The energy portfolio goes to Olena Koval, until now Ukraine's environment minister.", "Olena Koval/UA/minister"},
		{"Ethiopia's treasury passes to Amaka Obi, until then the trade minister of Ethiopia.", "Amaka Obi/ET/minister"},
		{"Olena Koval, hitherto Ukraine's environment minister, takes over energy.", "Olena Koval/UA/minister"},
		// no name apposed
		{"Until now the environment minister of Ukraine has said nothing, Olena Koval wrote.", ""},
	})
}

// "The chancellor" opening a sentence points back to the one person named
// before when the table knows that person held a chancellor's post:
// Britain's finance minister as well as Germany's or Austria's head of
// government.
func TestEnglish56ChancellorBackReference(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Jeremy Hunt presented the spring budget in Britain on Wednesday. The chancellor, who has cut national insurance twice, said taxes would fall.",
			"Jeremy Hunt/GB/minister/finance"},
		{"Olaf Scholz arrived in Kyiv on Monday. The chancellor promised more air defence for Ukraine.",
			"Olaf Scholz/DE/prime_minister"},
		// a known official who held no chancellor's post, and an unknown person
		{"Annalena Baerbock arrived in Kyiv on Monday. The chancellor promised more air defence for Ukraine.", ""},
		{"Jane Whitfield opened the new library in Britain. The chancellor thanked the donors.", ""},
	})
}

// A person titled by a first name alone takes the full name the text
// introduced them with; a surname after a title does not take the words
// after it elsewhere.
func TestEnglish56FirstNameWidened(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Thailand's king endorsed Wiroj Somboon Chai as minister on Friday. Wiroj, who ran the central bank, was sworn in as Thailand's finance minister on Monday.",
			"Wiroj Somboon Chai/TH/minister"},
		{"Police closed Zabolotny Street in Lviv for the parade. Ukraine's foreign minister Zabolotny flew to Rome.",
			"Zabolotny/UA/minister"},
	})
}
