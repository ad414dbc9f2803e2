package ministers

import "testing"

// TestGermanCabinetsInTable55: Germany's federal ministers since 2013 are
// known, so one that a story set elsewhere names without a state is
// Germany's, not the state the story opens with.
func TestGermanCabinetsInTable55(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"In Warsaw, Poland's government opened a donors' conference on Monday. Development Minister Svenja Schulze pledged new funds for schools in the east.",
			"Svenja Schulze/DE/minister/development"},
		{"Kyiv hosted talks on the power grid this week. Labour Minister Hubertus Heil met trade unions in the capital.",
			"Hubertus Heil/DE/minister/labour"},
		{"Rome and Italy's regions signed the deal. Interior Minister Nancy Faeser said the border checks would stay.",
			"Nancy Faeser/DE/minister/interior"},
	})
}
