package ministers

import "testing"

// The post put first in its clause ("посаду міністра …"), then a verb of
// taking or holding it, then the holder in the nominative; and, in the
// usual order, the subject of "отримав посаду".
func TestUkrainian56PostTaken(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Посаду міністра закордонних справ Канади отримав Пітер Браун.", "Piter Braun/CA/minister/foreign_affairs"},
		{"Міністром фінансів Польщі став Ян Коваль, а посаду міністра оборони зайняв Томаш Кравчик.",
			"Yan Koval/PL/minister/finance; Tomash Kravchyk/PL/minister/defence"},
		{"Мері Сміт отримала посаду міністерки охорони здоров'я Канади.", "Meri Smit/CA/minister/health"},
		// no name after the verb; the post is not the clause's first word
		{"Посаду міністра закордонних справ Канади отримав досвідчений дипломат.", ""},
		{"Кошти на посаду міністра закордонних справ Канади отримав Пітер Браун.", ""},
	})
}

// Which of a state's governments ("попереднього уряду") may stand between
// the title and the name.
func TestUkrainian56GovernmentBetween(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Італійська міністерка закордонних справ попереднього уряду Марія Россі до нового кабінету не ввійшла.",
			"Mariia Rossi/IT/minister/foreign_affairs"},
		{"Міністр оборони нового уряду Польщі Томаш Кравчик прибув до Києва.", "Tomash Kravchyk/PL/minister/defence"},
		// a government's body, no name after it
		{"Міністр оборони попереднього уряду Канади не коментував.", ""},
	})
}
