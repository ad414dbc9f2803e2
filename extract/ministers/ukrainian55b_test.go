package ministers

import "testing"

// "на посаді" (in the post) after a verb of approving or appointing gives
// the post to the object before it, as "на посаду" (to the post) does.
func TestUkrainianInPost55b(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Сейм затвердив Яна Ковальського на посаді міністра оборони Польщі.", "Yan Kovalskyi/PL/minister/defence"},
		{"Парламент Канади знову затвердив Мері Сміт на посаді прем'єр-міністра.", "Meri Smit/CA/prime_minister"},
		// no verb of appointing before the object; no minister's post
		{"Він змінив на посаді Яна Ковальського, який очолював комісію.", ""},
		{"Сейм затвердив Яна Ковальського на посаді голови комісії Польщі.", ""},
	})
}

// A predicative title in the instrumental may be followed, before the
// verb whose subject comes last, by a portfolio the vocabulary lacks or an
// adjunct of the government; a head of government's title there names
// them, not the subject.
func TestUkrainianPredicateAdjunct55b(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Міністром енергетики Канади в уряді прем'єра Джона Сміта є Пітер Браун.", "Dzhon Smit/CA/prime_minister; Piter Braun/CA/minister/energy"},
		{"Міністром оборони у новому уряді Польщі є Томаш Кравчик.", "Tomash Kravchyk/PL/minister/defence"},
		{"Міністром зміни клімату в уряді Канади з минулого року є Мері Сміт.", "Meri Smit/CA/minister"},
		// a nominative title: the leader's name, then the holder's
		{"Міністр фінансів Канади в уряді прем'єра Джона Сміта Пітер Браун заявив про реформу.", "Dzhon Smit/CA/prime_minister; Piter Braun/CA/minister/finance"},
		// a comma, a verb of another kind, no name after the verb
		{"Міністром оборони в уряді Польщі, як повідомив Ян Коваль, стане генерал.", ""},
		{"Міністром оборони в уряді Польщі хоче бути Ян Коваль.", ""},
		{"Міністром оборони в уряді прем'єра Яна Новака задоволені всі.", "Yan Novak/UA/prime_minister"},
	})
}

// Verbs of leaving or joining a post give it to their subject through "з
// посади" or "як" after their complement, also in a relative clause
// whose pronoun a few words of time separate from the verb.
func TestUkrainianLeaveJoinPost55b(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Петро Коваль, який у середу пішов у відставку з посади міністра оборони Польщі, заявив про реформу.", "Petro Koval/PL/minister/defence"},
		{"Анна Коваль, яка після 7 жовтня увійшла до воєнного кабінету як міністерка оборони Польщі, закликала до діалогу.", "Anna Koval/PL/minister/defence"},
		{"Ян Ковальський пішов з посади міністра фінансів Польщі.", "Yan Kovalskyi/PL/minister/finance"},
		// "як" of likeness, a verb of going with no post, another post
		{"Петро Коваль поводиться як міністр оборони Польщі.", ""},
		{"Петро Коваль пішов до кабінету міністра оборони Польщі.", ""},
		{"Петро Коваль, який у середу прийшов до уряду як радник міністра оборони Польщі, заявив про реформу.", ""},
	})
}

// An adverb of discourse that opens a sentence is no part of the name
// after it.
func TestUkrainianOpeningAdverb55b(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Водночас Ян Ковальський, який був міністром фінансів Польщі, заявив про реформу.", "Yan Kovalskyi/PL/minister/finance"},
		{"Натомість Анна Коваль стала міністеркою оборони Польщі.", "Anna Koval/PL/minister/defence"},
		// the same word inside a sentence is no name either, and a name
		// opening a sentence stays whole
		{"Ян Ковальський, який був міністром фінансів Польщі, натомість заявив про реформу.", "Yan Kovalskyi/PL/minister/finance"},
	})
}

// A span that says when may stand between the name and a dashed
// apposition of the title ("X, до вересня — міністр"), or inside the
// dashes ("X – у 2012–2014 роках міністр … –").
func TestUkrainianSpannedDashApposition55b(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Томаш Кравчик, до вересня — міністр оборони Польщі, заявив про реформу.", "Tomash Kravchyk/PL/minister/defence"},
		{"Томаш Кравчик – у 2012–2014 роках міністр фінансів Польщі – заявив про реформу.", "Tomash Kravchyk/PL/minister/finance"},
		{"Заяву зробив новий голова Банку Польщі Ян Ковальський, з березня — віцепрем'єр-міністр Польщі.", "Yan Kovalskyi/PL/deputy_prime_minister"},
		// a place, not a person, before the comma
		{"У Варшаві, до вересня — міністр оборони Польщі заявив про реформу.", ""},
		{"Зустріч відбулася в Польщі, до вересня — міністр оборони Канади мовчав.", ""},
	})
}

// A Korean name, written syllable by syllable, stays the same in any case
// of the title before it.
func TestUkrainianKoreanIndeclinable55b(t *testing.T) {
	runPhraseCases(t, "uk", []phraseCase{
		{"Парламент оголосив імпічмент прем'єр-міністрові Хан Док Су, що заміщав президента.", "Han Duck-soo/KR/prime_minister"},
		{"Зустріч з прем'єр-міністром Кореї Пак Сан У відбулася в Сеулі.", "Pak San U/KR/prime_minister"},
		{"Країна змінила виконувачів обов'язків: прем'єр-міністра Хан Док Су, якого парламент теж усунув.", "Han Duck-soo/KR/prime_minister"},
		// two words of a name in the genitive still decline
		{"Зустріч з прем'єр-міністром Кореї Пак Сан відбулася в Сеулі.", ""},
	})
}
