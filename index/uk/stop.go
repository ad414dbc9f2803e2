package uk

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
)

// stopList holds Ukrainian function words — conjunctions, prepositions,
// particles, pronouns and the forms of "бути" — lower-case, with the
// unified apostrophe. Content words are never listed: a word a reader
// might search for ("рік", "країна", "міністр") stays searchable.
const stopList = `
а або абощо адже аж але б би бо був була були було бути в вам вами вас ваш ваша ваше ваші
весь взагалі ви від відтак вже вона вони воно всі все всю вся втім він де для до дуже
є ж же з за зі зо і із інакше її їй їм їх їхній їхня їхнє їхні й його йому коли
крім лише має мене мені ми мій мною мого моє моєї моєму мої моя на навіть над нам нами
нас наш наша наше наші не нею неї нехай ним ними них ні ніж нього ну о об однак
оскільки от отже по поки при про проте саме свій свого своє своєї свої своя себе собі
та так також там те тебе теж тепер ти тим тих то тобто того тоді тож той тому ту ті тільки
у усе усі хоч хоча це цей цим цих цього цьому ці цієї ця чи чий чиє чия чиї що щоб щодо
який яка яке які якого якої якому яким якими яких якщо як`

// StopWords returns a fresh token map of the Ukrainian stop words.
func StopWords() analysis.TokenMap {
	m := analysis.NewTokenMap()
	for _, w := range strings.Fields(stopList) {
		m.AddToken(w)
	}
	return m
}

// NewStopFilter returns a filter that drops Ukrainian stop words; run it
// after lower-casing and apostrophe unification.
func NewStopFilter() *stop.StopTokensFilter {
	return stop.NewStopTokensFilter(StopWords())
}
