package ministers

import (
	"strings"
	"testing"

	"kronika/corpus"
)

// A bare vice-president's title joined to a minister's by "e" is the
// government's vice-president: a deputy prime minister.
func TestItalian56cVicePresidentAndMinister(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"In Spagna la vicepresidente e ministra della Salute Marta López ha presentato il piano.",
			"Marta López/ES/deputy_prime_minister/health"},
		{"Il vicepresidente e ministro dell'Economia spagnolo Pablo Ortega ha firmato il decreto.",
			"Pablo Ortega/ES/deputy_prime_minister/economy"},
		// a vice-president of a named body stays a minister
		{"Il vicepresidente del Senato e ministro degli Esteri spagnolo Pablo Ortega ha firmato il decreto.",
			"Pablo Ortega/ES/minister/foreign_affairs"},
	})
}

// A clause set against the one before by ", mentre", naming a state of its
// own, gives its minister that state, not the sentence's opening one.
func TestItalian56cContrastClauseNation(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"In Francia il ministro dell'Agricoltura Paul Girard difende i sussidi, mentre in Polonia il ministro del Commercio Adam Nowicki chiede dazi.",
			"Paul Girard/FR/minister/agriculture; Adam Nowicki/PL/minister/trade"},
		// no state in the second clause: the sentence's
		{"In Francia il ministro dell'Agricoltura Paul Girard difende i sussidi, mentre il ministro del Commercio Luc Morel chiede dazi.",
			"Paul Girard/FR/minister/agriculture; Luc Morel/FR/minister/trade"},
	})
}

// An adverb of consequence or formality between the verb and the title.
func TestItalian56cAdverbBeforeTitle(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Dopo il voto della Camera il socialista Carlos Medina diventa così il nuovo premier spagnolo.", "Carlos Medina/ES/prime_minister"},
		{"Laura Bassi è ufficialmente ministra della Cultura.", "Laura Bassi/IT/minister/culture"},
		// an adverb that is no such one: no title
		{"Laura Bassi diventa forse un giorno ministra della Cultura.", ""},
	})
}

// A post taken or held, named by its noun: "assume l'incarico di",
// "ricopre la carica di".
func TestItalian56cPostNoun(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Giulia Ferri assume l'incarico di ministra per la Famiglia, mentre Dario Neri resta al suo posto.",
			"Giulia Ferri/IT/minister/family"},
		{"Dario Neri, che ricopre la carica di ministro della Giustizia dal 2022, ha difeso la riforma.",
			"Dario Neri/IT/minister/justice"},
		// another post's noun
		{"Giulia Ferri assume l'incarico di consigliera del ministro della Famiglia.", ""},
	})
}

// A page's line of keywords names no one: a title there is a topic.
func TestItalian56cTagLine(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il governo ha approvato la manovra.\nTag: governo, ministri, Palazzo Chigi, Bilancio", ""},
		{"Il ministro dell'Economia Marco Leoni ha approvato la manovra.\nTag: manovra, ministri, Leoni",
			"Marco Leoni/IT/minister/economy"},
	})
}

// A new prime minister's title after a resignation is not the resigner's;
// a cabinet named after its head ("il governo Gentiloni") gives him the
// title.
func TestItalian56cNewHeadAfterResignation(t *testing.T) {
	x := New()
	for _, c := range []struct{ text, want string }{
		{"Nasce il governo Gentiloni.\nPaolo Gentiloni ha giurato ieri al Quirinale. L'esecutivo nasce dopo le dimissioni di Matteo Renzi.\nIl nuovo presidente del Consiglio ha confermato quasi tutti i ministri.",
			"Paolo Gentiloni/IT/prime_minister"},
		// no "new": the title is the last one named's, a known prime minister
		{"Nasce il governo Gentiloni.\nPaolo Gentiloni ha giurato ieri al Quirinale. L'esecutivo nasce dopo le dimissioni di Matteo Renzi.\nIl presidente del Consiglio ha salutato i ministri.",
			"Matteo Renzi/IT/prime_minister"},
	} {
		got := extract(x, c.text, "it", "2016-12-13")
		if d := describeShort(got); d != c.want {
			t.Errorf("%q: got %q, want %q", c.text, d, c.want)
		}
	}
}

func describeShort(ms []corpus.Minister) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Name+"/"+m.Nation+"/"+m.Role)
	}
	return strings.Join(parts, "; ")
}
