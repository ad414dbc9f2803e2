package ministers

import "testing"

// The examples printed in the 2010 Cabinet of Ministers transliteration
// table, and a few of our own for case and punctuation.
func TestTransliterateOfficialExamples(t *testing.T) {
	cases := map[string]string{
		"Алушта": "Alushta", "Андрій": "Andrii", "Борщагівка": "Borshchahivka", "Борисенко": "Borysenko",
		"Вінниця": "Vinnytsia", "Володимир": "Volodymyr", "Гадяч": "Hadiach", "Богдан": "Bohdan",
		"Згурський": "Zghurskyi", "Ґалаґан": "Galagan", "Ґорґани": "Gorgany", "Донецьк": "Donetsk",
		"Дмитро": "Dmytro", "Рівне": "Rivne", "Олег": "Oleh", "Есмань": "Esman", "Єнакієве": "Yenakiieve",
		"Гаєвич": "Haievych", "Короп'є": "Koropie", "Житомир": "Zhytomyr", "Жанна": "Zhanna",
		"Жежелів": "Zhezheliv", "Закарпаття": "Zakarpattia", "Казимирчук": "Kazymyrchuk", "Медвин": "Medvyn",
		"Михайленко": "Mykhailenko", "Іванків": "Ivankiv", "Іващенко": "Ivashchenko", "Їжакевич": "Yizhakevych",
		"Кадиївка": "Kadyivka", "Мар'їне": "Marine", "Йосипівка": "Yosypivka", "Стрий": "Stryi",
		"Олексій": "Oleksii", "Київ": "Kyiv", "Коваленко": "Kovalenko", "Лебедин": "Lebedyn", "Леонід": "Leonid",
		"Миколаїв": "Mykolaiv", "Маринич": "Marynych", "Надвірна": "Nadvirna", "Наталія": "Nataliia",
		"Одеса": "Odesa", "Онищенко": "Onyshchenko", "Полтава": "Poltava", "Петро": "Petro",
		"Решетилівка": "Reshetylivka", "Рибчинський": "Rybchynskyi", "Суми": "Sumy", "Соломія": "Solomiia",
		"Тернопіль": "Ternopil", "Троць": "Trots", "Ужгород": "Uzhhorod", "Уляна": "Uliana", "Фастів": "Fastiv",
		"Філіпчук": "Filipchuk", "Харків": "Kharkiv", "Христина": "Khrystyna", "Біла Церква": "Bila Tserkva",
		"Стеценко": "Stetsenko", "Чернівці": "Chernivtsi", "Шевченко": "Shevchenko", "Шостка": "Shostka",
		"Кишеньки": "Kyshenky", "Щербухи": "Shcherbukhy", "Гоща": "Hoshcha", "Гаращенко": "Harashchenko",
		"Юрій": "Yurii", "Корюківка": "Koriukivka", "Яготин": "Yahotyn", "Ярошенко": "Yaroshenko",
		"Костянтин": "Kostiantyn", "Знам'янка": "Znamianka", "Феодосія": "Feodosiia", "Згорани": "Zghorany",
		"Розгон": "Rozghon",
	}
	for uk, want := range cases {
		if got := Transliterate(uk); got != want {
			t.Errorf("Transliterate(%q) = %q, want %q", uk, got, want)
		}
	}
}

func TestTransliterateText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Рустем Умєров", "Rustem Umierov"},
		{"Михайло Федоров", "Mykhailo Fedorov"},
		{"Катерина Черногоренко", "Kateryna Chernohorenko"},
		{"Юлія Свириденко", "Yuliia Svyrydenko"},
		{"ЩИТ", "SHCHYT"},               // upper-case word: upper-case digraphs
		{"Щ.", "Shch."},                 // a lone capital is a capitalized digraph
		{"ЄС", "YES"},                   // initial є in capitals
		{"п'ять", "piat"},               // inner apostrophe dropped
		{"'Київ'", "'Kyiv'"},            // quotes kept, word start after a quote
		{"Kyiv і Львів", "Kyiv i Lviv"}, // Latin passes through
		{"зʼїзд", "zizd"},               // modifier-letter apostrophe
		{"", ""},
		{"123 — ok", "123 — ok"},
		{"Юрій-Ярослав", "Yurii-Yaroslav"}, // word start after a hyphen
	}
	for _, c := range cases {
		if got := Transliterate(c.in); got != c.want {
			t.Errorf("Transliterate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSkeletonMergesSpellings(t *testing.T) {
	same := [][2]string{
		{"Chernohorenko", "Chernogorenko"}, {"Juriko", "Yuriko"}, {"Umierov", "Umerov"},
		{"Shmyhal", "Shmygal"}, {"Kouleba", "Kuleba"}, {"Умєров", "Umerov"}, {"Певкур", "Pevkur"},
		{"Sikorski", "Sikorsky"}, {"Radosław", "Radoslaw"}, {"Häkkänen", "Hakkanen"},
		{"Oleksii", "Oleksiy"}, {"Kosiniak-Kamysz", "Kosiniak Kamysz"}, {"Schmidt", "Shmidt"},
	}
	for _, p := range same {
		if a, b := skeleton(p[0]), skeleton(p[1]); a != b {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"Umerov", "Lavrov"}, {"Kuleba", "Koval"}, {"Pevkur", "Peskov"}}
	for _, p := range differ {
		if a, b := skeleton(p[0]), skeleton(p[1]); a == b {
			t.Errorf("skeleton(%q) = skeleton(%q) = %q; want different", p[0], p[1], a)
		}
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		max  int
		want int
	}{
		{"umarov", "umerov", 2, 1}, {"backes", "bakes", 2, 1}, {"", "abc", 3, 3}, {"abc", "abc", 0, 0},
		{"kitten", "sitting", 3, 3}, {"kitten", "sitting", 1, 2}, {"abcdef", "a", 2, 3},
	}
	for _, c := range cases {
		if got := editDistance(c.a, c.b, c.max); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}

// The banded computation agrees with the full Levenshtein table, capped
// at max+1, on every pair of short strings over a small alphabet.
func TestEditDistanceMatchesFullTable(t *testing.T) {
	full := func(a, b string) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				c := 1
				if a[i-1] == b[j-1] {
					c = 0
				}
				d[i][j] = min(d[i-1][j-1]+c, d[i-1][j]+1, d[i][j-1]+1)
			}
		}
		return d[len(a)][len(b)]
	}
	var words []string
	var gen func(prefix string)
	gen = func(prefix string) {
		words = append(words, prefix)
		if len(prefix) < 4 {
			for _, c := range "abc" {
				gen(prefix + string(c))
			}
		}
	}
	gen("")
	for _, a := range words {
		for _, b := range words {
			for max := 0; max <= 3; max++ {
				want := min(full(a, b), max+1)
				if got := editDistance(a, b, max); got != want {
					t.Fatalf("editDistance(%q, %q, %d) = %d, want %d", a, b, max, got, want)
				}
			}
		}
	}
}

func BenchmarkTransliterate(b *testing.B) {
	s := "Міністр оборони України Рустем Умєров і заступниця міністра Катерина Черногоренко"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Transliterate(s)
	}
}
