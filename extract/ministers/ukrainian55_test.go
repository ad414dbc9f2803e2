package ministers

import "testing"

// A description may stand between a verb that puts its subject last and
// the name: lower-case words, then a title in the genitive, a place or a
// quoted body they are of.
func TestUkrainianDescriptorBeforeName55(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Міністром закордонних справ Канади став кар'єрний дипломат Джон Вебстер.", "Dzhon Vebster/CA/minister/foreign_affairs"},
		{"Новим міністром фінансів Іспанії став давній соратник прем'єра Карлос Руїс.", "Karlos Ruis/ES/minister/finance"},
		{"МЗС Чилі очолив колишній мер Сантьяго Хорхе Мартінес.", "Khorkhe Martines/CL/minister/foreign_affairs"},
		{"Міністерство оборони Італії очолив співзасновник «Нового Руху» Паоло Россі.", "Paolo Rossi/IT/minister/defence"},
		{"Міністром енергетики Польщі призначено відомого інженера Яна Ковальського.", "Yan Kovalskyi/PL/minister/energy"},
		// a place's name that is the person's first name
		{"Міністром фінансів Чилі став відомий економіст Сантьяго Перес.", "Santiaho Peres/CL/minister/finance"},
		// not a minister's post, a delegation headed, an adviser
		{"Головою комісії став відомий економіст Павел Новак.", ""},
		{"Делегацію міністерства оборони очолив відомий дипломат Ян Коваль.", ""},
		{"Радником міністра фінансів став відомий економіст Ян Коваль.", ""},
		// a preposition ends the description: the name is not read across it
		{"Міністром оборони Польщі став колишній посол у Канаді Ян Коваль.", ""},
	})
}
