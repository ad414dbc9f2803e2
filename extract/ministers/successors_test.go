package ministers

import "testing"

// TestNamedSuccessors: "his successor, X" and "her predecessor, X" after a
// title's holder name the next and the previous holder of the post.
func TestNamedSuccessors(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Tomás Ruiz resigned as finance minister on Saturday. His successor, Elena Vidal, was sworn in on Tuesday.",
			"Tomás Ruiz//minister/finance; Elena Vidal//minister/finance"},
		{"Defence Minister Anna Berg said her predecessor, Jon Lund, had left debts.",
			"Anna Berg//minister/defence; Jon Lund//minister/defence"},
		// the holder moved on to another post, where the successor followed him
		{"Tomás Ruiz, a former finance minister who became president in 2021, and his successor Elena Vidal were both ousted.",
			"Tomás Ruiz//minister/finance"},
		// a successor in another post
		{"Defence Minister Anna Berg spoke. Her successor as party leader, Jon Lund, left.", "Anna Berg//minister/defence"},
	})
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro dell'Economia Carlo Bini riaprì il dossier. Fu però il suo successore Marco Neri a chiuderlo.",
			"Carlo Bini/IT/minister/economy; Marco Neri/IT/minister/economy"},
	})
}
