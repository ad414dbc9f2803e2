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
