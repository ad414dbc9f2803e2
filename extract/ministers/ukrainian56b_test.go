package ministers

import "testing"

// France's "Ministère de l'Europe et des Affaires étrangères": the
// continent opens the portfolio.
func TestUkrainian56bEuropeAndForeignAffairs(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Міністр Європи та закордонних справ Франції Поль Дюран прибув до Одеси.", "Pol Diuran/FR/minister/foreign_affairs"},
		{"Міністерка Європи і закордонних справ Франції Анна Мартен виступила в Раді.", "Anna Marten/FR/minister/foreign_affairs"},
		// the continent alone is no portfolio, and no name
		{"Міністр закордонних справ Європи не існує, нагадав Поль Дюран.", ""},
	})
}

// An oblique form in -ком is a name in -ко or one in -к: the nominative
// the text writes settles it, so both mentions are one person.
func TestUkrainian56bNameInK(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Прем'єр зустрівся з міністром оборони Естонії Марком Тамком. Естонський міністр оборони Марк Тамк пообіцяв допомогу.",
			"Mark Tamk/EE/minister/defence"},
		// no nominative in -к: the name in -ко stands
		{"Прем'єр зустрівся з міністром оборони Естонії Марком Тамком. Тамко пообіцяв допомогу.",
			"Marko Tamko/EE/minister/defence"},
	})
}

// A body written as one capitalized word is no part of the name after it:
// "депутат Європарламенту X Y", "президентка МОК X Y".
func TestUkrainian56bBodyBeforeName(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"На прийомі був колишній міністр охорони краю Литви, а нині депутат Європарламенту Йонас Петрайтіс.",
			"Yonas Petraitis/LT/minister"},
		{"Гостей привітала президентка МОК Марта Кольєр, колишня міністерка спорту Естонії.",
			"Marta Kolier/EE/minister/youth_sports"},
		// the body's official with no ministerial title
		{"Гостей привітала президентка МОК Марта Кольєр.", ""},
	})
}

// A former title coordinated with a description that runs to the end of
// the sentence is set off as if a comma closed it, also after another
// title's name.
func TestUkrainian56bFormerTitleAndDescription(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Делегацію прийняла президентка МОК Марта Кольєр, колишня міністерка спорту Естонії і дворазова чемпіонка світу з веслування.",
			"Marta Kolier/EE/minister/youth_sports"},
		// a verb after the conjunction: a clause of its own, whose subject
		// the title is
		{"Делегацію прийняла президентка МОК Марта Кольєр, колишня міністерка спорту Естонії і тренер збірної заявила про підтримку.", ""},
	})
}

// A phrase of the government between the relative pronoun and its verb,
// and an adverb between the verb and its post, leave the post to the
// relative's antecedent.
func TestUkrainian56bPostInGovernment(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Міністр оборони Латвії Карліс Озолс прибув до Києва. Озолс, який у латвійському уряді обіймає також посаду віцепрем'єр-міністра, запропонував допомогу.",
			"Karlis Ozols/LV/deputy_prime_minister/defence"},
		{"Міністр оборони Латвії Карліс Озолс прибув до Києва. Озолс, який в уряді обіймає посаду віцепрем'єр-міністра, запропонував допомогу.",
			"Karlis Ozols/LV/deputy_prime_minister/defence"},
		// a place that is no government: the post is not his
		{"Міністр оборони Латвії Карліс Озолс прибув до Києва. Озолс, який у латвійському місті зустрів віцепрем'єр-міністра, запропонував допомогу.",
			"Karlis Ozols/LV/minister/defence"},
	})
}

func TestItalian56bPostInGovernment(t *testing.T) {
	runPhraseCases(t, "it", []phraseCase{
		{"Il ministro della Difesa lettone Karlis Ozols è arrivato a Kiev. Ozols, che nel governo è vicepremier, ha offerto aiuto.",
			"Karlis Ozols/LV/deputy_prime_minister/defence"},
		{"Il ministro della Difesa lettone Karlis Ozols è arrivato a Kiev. Ozols, che nel porto ha incontrato il vicepremier, ha offerto aiuto.",
			"Karlis Ozols/LV/minister/defence"},
	})
}

// The oath put first, then the verb of taking it and the holder; and the
// usual order, "X склав присягу як".
func TestUkrainian56bOath(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Уряд змінився: у понеділок присягу як новий прем'єр-міністр Канади склав Пітер Браун.", "Piter Braun/CA/prime_minister"},
		{"У понеділок Пітер Браун склав присягу як прем'єр-міністр Канади.", "Piter Braun/CA/prime_minister"},
		// an oath of another office
		{"У понеділок присягу як новий суддя склав Пітер Браун.", ""},
	})
}

// A plural head of ministries in the genitive plural, its holders listed
// after their states in order.
func TestUkrainian56bHeadsOfMinistries(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"До Києва прибули очільники міністерств оборони Литви та Латвії Йонас Петрайтіс і Карліс Озолс.",
			"Yonas Petraitis/LT/minister/defence; Karlis Ozols/LV/minister/defence"},
		// no names after the title
		{"Ситуацію обговорили очільники міністерств оборони Литви та Латвії.", ""},
	})
}
