package ministers

import "testing"

// A minister of an earlier Italian government whom a story set abroad
// names without a state is Italy's: the table knows him (Berlusconi IV to
// Draghi, 2008-2022), so the place the story opens with does not make him
// its own.
func TestEarlierItalianCabinets54(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"A Rabat il Marocco ha aperto ieri la conferenza sul clima. Il ministro dell'Ambiente Gian Luca Galletti ha firmato un accordo sulle rinnovabili.",
			"Gian Luca Galletti/IT/minister/environment"},
		{"Ad Atene la Grecia ha messo in vendita la rete del gas. Il viceministro dello Sviluppo economico Antonio Catricalà ha incontrato gli investitori.",
			"Antonio Catricalà/IT/deputy_minister/economy"},
		{"In Spagna le università chiedono più fondi. A Madrid la ministra dell'Università Maria Cristina Messa ha visitato due laboratori.",
			"Maria Cristina Messa/IT/minister"},
	})
}

// TestIrishCabinet2020InTable: the Irish ministers since 2020 are known,
// so a live blog set between Dublin and London gives them Ireland.
func TestIrishCabinet2020InTable(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Asylum row with the UK\n\nThe UK and Britain and London said no. Roderic O'Gorman, the Minister for Children, says 1,700 applicants have no bed.", "Roderic O'Gorman/IE/minister/family"},
	})
}

// TestItalianViceministriInTable: Italian deputy ministers the table knows
// keep Italy in a story set abroad.
func TestItalianViceministriInTable(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Ad Atene il porto del Pireo\n\nLa Grecia e i greci hanno firmato. Il viceministro Edoardo Rixi era presente al molo.", "Edoardo Rixi/IT/deputy_minister"},
	})
}
