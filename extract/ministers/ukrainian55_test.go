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

// A former title that a comma closes may go on with the post held now,
// "а нині …", before the name: the name that ends that post is the
// title's holder. A verb or a minister's title of its own in the post
// leaves the holder unread.
func TestUkrainianNowPost55(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Колишня міністерка освіти Польщі, а нині депутатка парламенту Ганна Ковальська закликала змінити закон.", "Hanna Kovalska/PL/minister/education"},
		{"Колишній міністр юстиції Канади, а тепер суддя Верховного суду Пітер Мерфі заявив про реформу.", "Piter Merfi/CA/minister/justice"},
		{"Колишня міністерка фінансів України, а нині посол у Польщі Олена Гончар свого часу домовилася про кредит.", "Olena Honchar/UA/minister/finance"},
		{"На форум приїхала колишня міністерка залізниць Індії, нині лідерка партії «Народний фронт» Суніта Шарма.", "Sunita Sharma/IN/minister"},
		{"Колишній міністр закордонних справ Чилі, а нині радник президента Лули Хорхе Вальдес виступив першим.", "Khorkhe Valdes/CL/minister/foreign_affairs"},
		{"Колишній міністр закордонних справ Чилі, а нині радник уряду Іспанії Хорхе Вальдес виступив першим.", "Khorkhe Valdes/CL/minister/foreign_affairs"},
		// a title of its own in the post, a verb, no adverb of now
		{"Колишній міністр оборони, а нині прем'єр-міністр Польщі Ян Ковальський заявив про реформу.", "Yan Kovalskyi/PL/prime_minister"},
		{"Колишній міністр оборони Польщі, а нині відомо, що Ян Ковальський поїхав.", ""},
		{"Колишній міністр оборони Польщі, а також депутат Ян Ковальський заявив про реформу.", ""},
	})
}

// Officials the table gained: their Cyrillic spelling gives the name
// their governments write, in any case the sentence puts it in.
func TestUkrainianTabledOfficials55(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Уряд прем'єр-міністра Іона Кіку подав у відставку.", "Ion Chicu/MD/prime_minister"},
		{"Міністр екологічного переходу Ніколя Юло оголосив про відставку в ефірі радіо.", "Nicolas Hulot/FR/minister"},
		{"Міністр промисловості Лі Чхан Ян підписав угоду.", "Lee Chang-yang/KR/minister"},
		{"Колишній міністр фінансів Вольфганг Шойбле виступив у Бундестазі.", "Wolfgang Schäuble/DE/minister"},
		{"Міністр розвитку Герд Мюллер відкрив конференцію.", "Gerd Müller/DE/minister"},
	})
}

// A ministry may be the antecedent of a relative pronoun that a verb of
// heading governs, a few words of time or manner between them.
func TestUkrainianRelativeLedBy55(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Партія претендує на Міністерство оборони Польщі, яке шість років очолював Томаш Ковальський.", "Tomash Kovalskyi/PL/minister/defence"},
		{"Гранти видає Міністерство закордонних справ Канади, яке й надалі очолює Мері Сміт, і фонд.", "Meri Smit/CA/minister/foreign_affairs"},
		{"Суд скасував рішення Міністерства оборони Польщі, яке шість років очолював Томаш Ковальський.", ""},
		{"Представництво Міністерства оборони Польщі, яке тоді очолив Томаш Ковальський, закрили.", ""},
		{"Делегацію Міністерства оборони Польщі, яку тоді очолив Томаш Ковальський, прийняли в Римі.", ""},
		{"Партія претендує на Міністерство оборони Польщі, яке, як заявив Томаш Ковальський, треба реформувати.", ""},
	})
}
