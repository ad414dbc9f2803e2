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
