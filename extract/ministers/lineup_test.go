package ministers

import "testing"

// TestLineUp: a cabinet's line-up names its ministers without titles; a
// story's subheadings or a short list do not.
func TestLineUp(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"The new cabinet, as announced:\n- Foreign Affairs: Laura Bianchi\n- Defence: Marco Verdi\n- Economy and Finance: Paolo Neri\nTourism (Sara Gallo) and Culture (Luca Fabbri) are unchanged.",
			"Laura Bianchi//minister/foreign_affairs; Marco Verdi//minister/defence; Paolo Neri//minister/economy; Sara Gallo//minister/tourism; Luca Fabbri//minister/culture"},
		// two lines are no line-up
		{"The new cabinet, as announced:\n- Foreign Affairs: Laura Bianchi\n- Defence: Marco Verdi", ""},
		// a line that goes on is a sentence
		{"Round-up:\nDefence: Marco Verdi visits the base today.\nHealth: Laura Bianchi opens a ward.\nEducation: Paolo Neri meets teachers.", ""},
	})
	runPhraseCases(t, "it", []phraseCase{
		{"La squadra:\nEsteri – Laura Bianchi\nDifesa – Marco Verdi\nGiustizia – Paolo Neri (FI)",
			"Laura Bianchi/IT/minister/foreign_affairs; Marco Verdi/IT/minister/defence; Paolo Neri/IT/minister/justice"},
	})
}

// TestParenItems: a reshuffle's sentence that lists holders with their
// portfolios in brackets; a party in brackets is no portfolio.
func TestParenItems(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Kim Su-jin (science and technology), Lee Min-ho (labour) and Park Ji-woo (oceans and fisheries) complete the list.",
			"Kim Su-jin//minister/science; Lee Min-ho//minister/labour; Park Ji-woo//minister/fisheries"},
		{"Anna Reid (Labour) and Tom Hale (Green) lost their seats.", ""},
		// one item alone is no list
		{"Lee Min-ho (labour) completes the list.", ""},
	})
}
