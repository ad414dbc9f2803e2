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

// TestFrenchCabinetsInTable55: France's ministers of the governments
// Philippe to Bayrou (2017-2025) are known, so one that a story set
// elsewhere names without a state is France's.
func TestFrenchCabinetsInTable55(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"In Madrid, Spain's central bank raised its growth forecast on Tuesday. Economy Minister Bruno Le Maire said the euro area had avoided a recession.",
			"Bruno Le Maire/FR/minister/economy"},
		{"Brussels and the Belgian police met in the capital. Interior Minister Gérald Darmanin asked for joint patrols on the border.",
			"Gérald Darmanin/FR/minister/interior"},
	})
}

// TestCameronCabinetInTable55: the Secretaries of State and the Chancellor
// of the Exchequer of Cameron's governments (2010-2016) are known, so one
// that a story set elsewhere names without a state is Britain's.
func TestCameronCabinetInTable55(t *testing.T) {
	runPhraseCases(t, "en", []phraseCase{
		{"Algeria and Algiers hosted the talks on the hostages. Foreign Secretary William Hague thanked the government for its help.",
			"William Hague/GB/minister/foreign_affairs"},
		{"In Oslo, Norway's oil fund reported a record year. Energy Secretary Ed Davey welcomed the new pipeline deal.",
			"Ed Davey/GB/minister/energy"},
		{"Nairobi and Kenya's health ministry signed the vaccine deal. Development Secretary Justine Greening pledged more aid.",
			"Justine Greening/GB/minister/development"},
	})
}
