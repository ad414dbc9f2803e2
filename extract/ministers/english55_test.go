package ministers

import "testing"

// India's federal ministers are "Union" ministers, a word no other
// government puts before its ministers' titles: the title is India's
// wherever the story stands, unless "Union" ends another name ("European
// Union", "Soviet Union").
func TestEnglish55UnionMinister(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Japan raised the fee on Monday. Union Tourism Minister Rakesh Menon said the move would help Japan's hotels.",
			"Rakesh Menon/IN/minister/tourism"},
		{"The Union Minister Sunita Rao flew to Sri Lanka for the talks.", "Sunita Rao/IN/minister"},
		// a portfolio the vocabulary does not list between "Union" and the title
		{"Pakistan opened the crossing. Among the pilgrims was Union Food Processing Industries Minister Kiran Gill.",
			"Kiran Gill/IN/minister"},
		// not India's: "Union" closes another name
		// not India's: "Union" closes another name, and the text's other
		// signals give the nation
		{"European Union Trade Minister Jana Novak met Ethiopia's envoy.", "Jana Novak/ET/minister"},
		{"Soviet Union Foreign Minister Pavel Orlov flew to Japan.", "Pavel Orlov/JP/minister"},
	})
}

// "its" before a title stands for the state that opens the sentence
// before, also when a short phrase of time opens the title's own sentence
// first; a place there is the sentence's own signal.
func TestEnglish55PronounAfterTime(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Ghana agreed to the plan. Nigeria has been cooler. In July its foreign minister, Amaka Obi, said the country had enough problems.",
			"Amaka Obi/NG/minister/foreign_affairs"},
		{"Ghana agreed to the plan. Nigeria has been cooler. Last week, its finance minister Amaka Obi asked for more time.",
			"Amaka Obi/NG/minister/finance"},
		{"Ghana agreed to the plan. Nigeria has been cooler. On 3 March their finance minister Amaka Obi asked for more time.",
			"Amaka Obi/NG/minister/finance"},
		// not a phrase of time: the sentence's subject stands before "its"
		{"Ghana agreed to the plan. Nigeria has been cooler. The Ghanaian parliament and its finance minister Amaka Obi asked for more time.",
			"Amaka Obi/GH/minister/finance"},
	})
}

// An outgoing holder opening a sentence is the one whose departure the
// sentence before names, not the person just given the office there; a
// plain title stays unbound between the two.
func TestEnglish55OutgoingBackReference(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Ukraine's parliament approved Denys Shmyhal as prime minister on Wednesday.\n\nShmyhal won 291 votes, an hour after lawmakers accepted the resignation of Oleksiy Honcharuk. The outgoing prime minister, who had offered to quit in January, thanked his team.",
			"Denys Shmyhal/UA/prime_minister; Oleksii Honcharuk/UA/prime_minister"},
		{"Ukraine's parliament approved Denys Shmyhal as prime minister on Wednesday.\n\nShmyhal won 291 votes, an hour after lawmakers accepted the resignation of Oleksiy Honcharuk. The prime minister, who had offered to quit in January, thanked his team.",
			"Denys Shmyhal/UA/prime_minister"},
	})
}
