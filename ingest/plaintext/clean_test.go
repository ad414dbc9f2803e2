package plaintext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Article paragraphs written for these tests, long enough to count as prose.
const (
	enP1 = "The foreign ministers met in Vilnius on Thursday to discuss a new package of military aid, including air defence systems and ammunition."
	enP2 = "Officials said the package would be worth about 2 billion euros and that deliveries could begin before the end of the summer."
	itP1 = "Il ministro degli Esteri ha incontrato a Roma il suo omologo ucraino per discutere della conferenza sulla ricostruzione prevista a giugno."
	itP2 = "Secondo fonti diplomatiche, l'Italia metterà a disposizione nuove garanzie per le imprese che investono nel Paese."
	ukP1 = "Міністр закордонних справ провів у Києві зустріч із делегацією Європейського парламенту, під час якої обговорили нові санкції."
	ukP2 = "За словами учасників, рішення щодо наступного пакета можуть ухвалити вже наступного місяця."
)

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		// Normalization.
		{"crlf and trailing spaces", enP1 + "  \r\n\r\n" + enP2 + "\t\r\n", enP1 + "\n\n" + enP2},
		{"collapse blank lines", enP1 + "\n\n\n\n\n" + enP2 + "\n\n\n", enP1 + "\n\n" + enP2},
		{"lone cr", enP1 + "\r\r" + enP2, enP1 + "\n\n" + enP2},
		{"unicode line and paragraph separators", enP1 + "\u2028" + enP2 + "\u2029" + itP1, enP1 + "\n" + enP2 + "\n\n" + itP1},
		{"form feed and vertical tab", enP1 + "\f" + enP2 + "\v\v" + itP1, enP1 + "\n" + enP2 + "\n\n" + itP1},
		{"ad label dropped", enP1 + "\n\nPubblicità\n\n" + enP2, enP1 + "\n\n" + enP2},
		{"ad words in a long line kept", enP1 + "\n\n" + strings.Repeat("Pubblicità ", 7) + "\n\n" + enP2,
			enP1 + "\n\n" + strings.TrimSpace(strings.Repeat("Pubblicità ", 7)) + "\n\n" + enP2},
		{"empty", "", ""},
		{"only spaces", " \n \t\n", ""},

		// English trailing boilerplate.
		{"en leave a reply form", enP1 + "\n\n" + enP2 + "\n\nLeave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nPost Comment",
			enP1 + "\n\n" + enP2},
		{"en related news list", enP1 + "\n\n" + enP2 + "\n\nRelated News:\nMinisters agree on grain deal\nNew sanctions package approved\nEU summit postponed",
			enP1 + "\n\n" + enP2},
		{"en legal disclaimer long", enP1 + "\n\n" + enP2 + "\n\nLegal Disclaimer: " + strings.Repeat("The information in this release is provided for general purposes only and does not constitute advice. ", 4),
			enP1 + "\n\n" + enP2},
		{"en must read and stay connected", enP1 + "\n\n" + enP2 + "\n\nMust Read\nTen things to know about the summit\n\nStay Connected\nFacebook\nX\nTelegram",
			enP1 + "\n\n" + enP2},
		{"en comment notices", enP1 + "\n\n" + enP2 + "\n\nThe comments below have not been moderated.\n\nGreat piece.", enP1 + "\n\n" + enP2},
		{"it comments closed", itP1 + "\n\nI commenti sono chiusi.", itP1},
		{"en comments count", enP1 + "\n\n" + enP2 + "\n\n3 Comments\n\nGreat piece.\n\nThanks for this.", enP1 + "\n\n" + enP2},
		{"en bio at end", enP1 + "\n\n" + enP2 + "\n\nJane Doe is a senior correspondent covering European politics. Follow her on X @janedoe.",
			enP1 + "\n\n" + enP2},
		{"en wire copyright", enP1 + "\n\n" + enP2 + "\n\nCopyright 2024 Example Wire. All rights reserved. This material may not be published, broadcast or redistributed.",
			enP1 + "\n\n" + enP2},
		{"copyright word inside last sentence stays", enP1 + "\n\nThe court ruled that the copyright claim had expired, ending a dispute that lasted more than ten years.",
			enP1 + "\n\nThe court ruled that the copyright claim had expired, ending a dispute that lasted more than ten years."},
		{"en source line stays", enP1 + "\n\n" + enP2 + "\n\nSource: Reuters", enP1 + "\n\n" + enP2 + "\n\nSource: Reuters"},
		{"en ad label inside", enP1 + "\n\nAdvertisement\n\n" + enP2, enP1 + "\n\n" + enP2},

		{"en newsletter prompt", enP1 + "\n\n" + enP2 + "\n\nWant the day's top stories? Sign up for our free newsletter and get them straight to your inbox.",
			enP1 + "\n\n" + enP2},
		{"en app prompt after credit", enP1 + "\n\n" + enP2 + "\n\nPhoto credit: Jane Roe for the Example Times\n\nGet breaking news on the go: download our app for iOS and Android.",
			enP1 + "\n\n" + enP2},
		{"en affiliate disclosure", enP1 + "\n\n" + enP2 + "\n\n*Disclosure: some of the links above are affiliate links, so we may earn a commission at no cost to you.",
			enP1 + "\n\n" + enP2},
		{"en dangling label", enP1 + "\n\n" + enP2 + "\n\nMore coverage of the summit:", enP1 + "\n\n" + enP2},
		{"en news about a newsletter stays", enP1 + "\n\nThe ministry said citizens could sign up for the new alert service from Monday.",
			enP1 + "\n\nThe ministry said citizens could sign up for the new alert service from Monday."},
		{"en colon inside last line stays", enP1 + "\n\nThe minister put it simply: the aid will arrive before winter.",
			enP1 + "\n\nThe minister put it simply: the aid will arrive before winter."},

		// Italian.
		{"it iscriviti prompt", itP1 + "\n\n" + itP2 + "\n\nPer ricevere ogni mattina le notizie principali iscriviti alla nostra newsletter.",
			itP1 + "\n\n" + itP2},
		{"it foto credit and seguici", itP1 + "\n\n" + itP2 + "\n\nFoto: Ansa\n\nSeguici su Facebook, Instagram e Telegram",
			itP1 + "\n\n" + itP2},
		{"it news about subscribing stays", itP1 + "\n\nLe imprese potranno iscriversi al nuovo registro delle garanzie a partire da lunedì.",
			itP1 + "\n\nLe imprese potranno iscriversi al nuovo registro delle garanzie a partire da lunedì."},
		{"it lascia un commento", itP1 + "\n\n" + itP2 + "\n\nLascia un commento\n\nIl tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
			itP1 + "\n\n" + itP2},
		{"it leggi anche list", itP1 + "\n\n" + itP2 + "\n\nLeggi anche:\nKiev, blackout in tre regioni\nSace, nuove garanzie", itP1 + "\n\n" + itP2},
		{"it riproduzione riservata", itP1 + "\n\n" + itP2 + "\n\n© RIPRODUZIONE RISERVATA", itP1 + "\n\n" + itP2},
		{"it pubblicità label", itP1 + "\n\nPUBBLICITÀ\n\n" + itP2, itP1 + "\n\n" + itP2},

		// Ukrainian.
		{"uk залишити коментар", ukP1 + "\n\n" + ukP2 + "\n\nЗалишити коментар\n\nВаша адреса електронної пошти не буде опублікована.",
			ukP1 + "\n\n" + ukP2},
		{"uk читайте також", ukP1 + "\n\n" + ukP2 + "\n\nЧитайте також:\nУряд затвердив програму відновлення\nНБУ зберіг облікову ставку", ukP1 + "\n\n" + ukP2},
		{"uk реклама", ukP1 + "\n\nРеклама\n\n" + ukP2, ukP1 + "\n\n" + ukP2},
		{"uk rights reserved", ukP1 + "\n\n" + ukP2 + "\n\nУсі права захищені. Використання матеріалів лише з посиланням.", ukP1 + "\n\n" + ukP2},

		{"uk telegram prompt", ukP1 + "\n\n" + ukP2 + "\n\nПідписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини.",
			ukP1 + "\n\n" + ukP2},
		{"uk photo credit", ukP1 + "\n\n" + ukP2 + "\n\nФото: Укрінформ", ukP1 + "\n\n" + ukP2},
		{"uk news about a channel stays", ukP1 + "\n\nМіністерство повідомило, що відкриє гарячу лінію для переселенців наступного тижня.",
			ukP1 + "\n\nМіністерство повідомило, що відкриє гарячу лінію для переселенців наступного тижня."},

		// Leading navigation.
		{"skip link and breadcrumb", "Skip to content\nHome > World > Europe\n" + enP1 + "\n\n" + enP2, enP1 + "\n\n" + enP2},
		{"uk breadcrumb", "Головна / Новини / Політика\n\n" + ukP1, ukP1},
		{"it vai al contenuto", "Vai al contenuto\n\n" + itP1, itP1},

		// Negatives: real text must stay.
		{"short last paragraph stays", enP1 + "\n\n" + enP2 + "\n\nThe talks resume on Monday.", enP1 + "\n\n" + enP2 + "\n\nThe talks resume on Monday."},
		{"marker mid-article followed by prose stays", enP1 + "\n\nComments\n\n" + enP2, enP1 + "\n\nComments\n\n" + enP2},
		{"related word inside sentence stays", enP1 + "\n\nRelated news from Brussels suggested the summit would be delayed by a week, diplomats said.",
			enP1 + "\n\nRelated news from Brussels suggested the summit would be delayed by a week, diplomats said."},
		{"journalist news paragraph stays", enP1 + "\n\nThe reporter, who works for a local radio station, was detained at the border and released after six hours.",
			enP1 + "\n\nThe reporter, who works for a local radio station, was detained at the border and released after six hours."},
		{"it leggi anche in a sentence stays", itP1 + "\n\nLeggi anche il rapporto della Banca mondiale, che stima i danni in oltre 480 miliardi di dollari.",
			itP1 + "\n\nLeggi anche il rapporto della Banca mondiale, che stima i danni in oltre 480 miliardi di dollari."},
		{"uk коментарі heading before prose stays", ukP1 + "\n\nКоментарі\n\n" + ukP2, ukP1 + "\n\nКоментарі\n\n" + ukP2},
		{"marker alone is not cut", "Comments\n\nNothing else here.", "Comments\n\nNothing else here."},
		{"home as a word at start stays", "Home secretary visits Kyiv\n\n" + enP1, "Home secretary visits Kyiv\n\n" + enP1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCleanInvalidInput(t *testing.T) {
	got := Clean("Bad \xff bytes\x00 here\n\n" + enP1)
	if !utf8.ValidString(got) || strings.ContainsRune(got, 0) {
		t.Errorf("invalid output %q", got)
	}
	if !strings.Contains(got, "bytes here") {
		t.Errorf("NUL not dropped cleanly: %q", got)
	}
}

// FuzzClean checks that Clean never panics, returns valid UTF-8 without NULs
// or carriage returns, is idempotent, and never adds text.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", "\r\n", enP1 + "\n\nLeave a Reply\n\nx", "Home > a > b\n" + itP1, "© \n", "(1)", "3 (",
		ukP2 + "\n\nЧитайте також\n", "\xff\x00\r\r\n", strings.Repeat("Comments\n", 200),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) || strings.ContainsAny(got, "\x00\r") {
			t.Fatalf("invalid output %q", got)
		}
		if again := Clean(got); again != got {
			t.Fatalf("not idempotent:\n%q\n%q", got, again)
		}
		if len(got) > len(s)*3+3 {
			t.Fatalf("output grew: %d > %d", len(got), len(s))
		}
	})
}

func BenchmarkClean(b *testing.B) {
	text := strings.Repeat(enP1+"\n\n"+itP1+"\n\n"+ukP1+"\n\n", 40) + "Related News\nA\nB\n\nLeave a Reply\n\nYour email address will not be published."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

func TestRunesAtMost(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true},
		{"abc", 3, true},
		{"abcd", 3, false},
		{strings.Repeat("ж", 60), 60, true}, // 120 bytes, 60 runes
		{strings.Repeat("ж", 61), 60, false},
		{strings.Repeat("😀", 60), 60, true}, // four bytes each
		{strings.Repeat("a", 241), 60, false},
		{"\xff\xfe", 2, true},
	} {
		if got := runesAtMost(tt.s, tt.n); got != tt.want || got != (utf8.RuneCountInString(tt.s) <= tt.n) {
			t.Errorf("runesAtMost(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}

// TestSplit: the body is Clean's, and the tail is exactly the trailing
// block Clean cut, so body and tail together keep every line of the
// input that holds entities.
func TestSplit(t *testing.T) {
	tests := []struct {
		name, in, tail string
	}{
		{"no furniture", enP1 + "\n\n" + enP2, ""},
		{"en caption and copyright", enP1 + "\n\n" + enP2 + "\n\nPhoto: Foreign Minister Jane Roe in Vilnius (Example Wire)\n\n© 2024 Example Wire. All rights reserved.",
			"Photo: Foreign Minister Jane Roe in Vilnius (Example Wire)\n\n© 2024 Example Wire. All rights reserved."},
		{"it read also", itP1 + "\n\n" + itP2 + "\n\nLeggi anche:\nIl ministro della Difesa a Kiev il 3 marzo\n\n© Riproduzione riservata",
			"Leggi anche:\nIl ministro della Difesa a Kiev il 3 marzo\n\n© Riproduzione riservata"},
		{"uk read also", ukP1 + "\n\n" + ukP2 + "\n\nЧитайте також:\nМіністр оборони Естонії відвідав Київ",
			"Читайте також:\nМіністр оборони Естонії відвідав Київ"},
		{"label inside the body is no tail", enP1 + "\n\nAdvertisement\n\n" + enP2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, tail := Split(tc.in)
			if want := Clean(tc.in); body != want {
				t.Errorf("body = %q, want Clean's %q", body, want)
			}
			if tail != tc.tail {
				t.Errorf("tail = %q, want %q", tail, tc.tail)
			}
		})
	}
}
