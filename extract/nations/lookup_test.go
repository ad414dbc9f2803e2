package nations

import (
	"slices"
	"strings"
	"testing"
)

func TestCodes(t *testing.T) {
	codes := testX.Codes()
	// 193 UN members, the two observer states, Kosovo and Taiwan.
	if len(codes) != 197 {
		t.Errorf("%d codes, want 197", len(codes))
	}
	if !slices.IsSorted(codes) {
		t.Error("Codes() is not sorted")
	}
	for _, c := range []string{"VA", "PS", "XK", "TW", "UA", "GB", "US", "SS", "MK", "SZ"} {
		if !slices.Contains(codes, c) {
			t.Errorf("missing %s", c)
		}
	}
	for _, c := range []string{"EU", "UK", "HK", "PR", "GL", "XX", ""} {
		if slices.Contains(codes, c) {
			t.Errorf("%q is not a sovereign state code", c)
		}
	}
	codes[0] = "ZZ" // the caller's copy: the extractor must not change
	if testX.Codes()[0] == "ZZ" {
		t.Error("Codes() shares its slice")
	}
}

// TestNames checks that every code has a display name in every language
// and that each display name leads back to its code.
func TestNames(t *testing.T) {
	for _, code := range testX.Codes() {
		for _, lang := range []string{"en", "it", "uk"} {
			name := testX.Name(code, lang)
			if name == "" {
				t.Errorf("%s has no %s name", code, lang)
				continue
			}
			if got, ok := testX.Lookup(name); !ok || got != code {
				t.Errorf("Lookup(Name(%s, %s) = %q) = %q, %v", code, lang, name, got, ok)
			}
		}
	}
	for _, tt := range []struct{ code, lang, want string }{
		{"UA", "en", "Ukraine"}, {"UA", "it", "Ucraina"}, {"UA", "uk", "Україна"},
		{"GB", "en", "United Kingdom"}, {"GB", "it", "Regno Unito"}, {"GB", "uk", "Велика Британія"},
		{"MK", "en", "North Macedonia"}, {"SZ", "en", "Eswatini"}, {"CZ", "en", "Czechia"},
		{"TR", "en", "Türkiye"}, {"NL", "it", "Paesi Bassi"}, {"US", "uk", "Сполучені Штати Америки"},
		{"LU", "fr", "Luxembourg"}, {"XX", "en", ""},
	} {
		if got := testX.Name(tt.code, tt.lang); got != tt.want {
			t.Errorf("Name(%s, %s) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ term, want string }{
		// The brief's examples.
		{"Lussemburgo", "LU"}, {"Люксембургу", "LU"}, {"Estonian", "EE"}, {"ucraini", "UA"}, {"USA", "US"},
		// Names in every language.
		{"Ukraine", "UA"}, {"Ucraina", "UA"}, {"Україна", "UA"}, {"україни", "UA"},
		{"Estonia", "EE"}, {"Естонія", "EE"}, {"Luxembourg", "LU"}, {"Люксембург", "LU"},
		{"Belgium", "BE"}, {"Belgio", "BE"}, {"Бельгія", "BE"}, {"Бельґія", "BE"},
		{"Denmark", "DK"}, {"Danimarca", "DK"}, {"Данія", "DK"},
		{"Lithuania", "LT"}, {"Lituania", "LT"}, {"Литва", "LT"},
		{"Latvia", "LV"}, {"Lettonia", "LV"}, {"Латвія", "LV"},
		{"Iceland", "IS"}, {"Islanda", "IS"}, {"Ісландія", "IS"},
		{"Italy", "IT"}, {"Italia", "IT"}, {"Італія", "IT"},
		{"Netherlands", "NL"}, {"Paesi Bassi", "NL"}, {"Нідерланди", "NL"},
		{"Germany", "DE"}, {"Germania", "DE"}, {"Німеччина", "DE"},
		{"Poland", "PL"}, {"Polonia", "PL"}, {"Польща", "PL"},
		{"Japan", "JP"}, {"Giappone", "JP"}, {"Японія", "JP"},
		{"France", "FR"}, {"Francia", "FR"}, {"Франція", "FR"},
		{"Sweden", "SE"}, {"Svezia", "SE"}, {"Швеція", "SE"},
		{"Norway", "NO"}, {"Norvegia", "NO"}, {"Норвегія", "NO"},
		{"Finland", "FI"}, {"Finlandia", "FI"}, {"Фінляндія", "FI"},
		{"Canada", "CA"}, {"Канада", "CA"}, {"Spain", "ES"}, {"Spagna", "ES"}, {"Іспанія", "ES"},
		{"Moldova", "MD"}, {"Moldavia", "MD"}, {"Молдова", "MD"}, {"Молдавія", "MD"},
		{"Georgia", "GE"}, {"Грузія", "GE"}, {"Armenia", "AM"}, {"Вірменія", "AM"},
		{"Russia", "RU"}, {"Росія", "RU"}, {"Russian Federation", "RU"}, {"Федерація", ""},
		{"Belarus", "BY"}, {"Bielorussia", "BY"}, {"Білорусь", "BY"},
		// Alternates and acronyms.
		{"United States", "US"}, {"U.S.", "US"}, {"US", "US"}, {"us", ""}, {"U.S.A.", "US"},
		{"America", "US"}, {"Stati Uniti", "US"}, {"Usa", "US"}, {"США", "US"}, {"сша", ""},
		{"Сполучені Штати", "US"}, {"Сполучених Штатів", "US"}, {"Штатах", "US"},
		{"UK", "GB"}, {"U.K.", "GB"}, {"Britain", "GB"}, {"Great Britain", "GB"}, {"United Kingdom", "GB"},
		{"Regno Unito", "GB"}, {"Gran Bretagna", "GB"}, {"Велика Британія", "GB"}, {"Британія", "GB"},
		{"Британії", "GB"}, {"Сполученого Королівства", "GB"},
		{"Olanda", "NL"}, {"Holland", "NL"}, {"Голландія", "NL"},
		{"Czechia", "CZ"}, {"Czech Republic", "CZ"}, {"Repubblica Ceca", "CZ"}, {"Чехія", "CZ"}, {"Чеська Республіка", "CZ"},
		{"Türkiye", "TR"}, {"Turkiye", "TR"}, {"Turkey", "TR"}, {"Turchia", "TR"}, {"Туреччина", "TR"},
		{"North Macedonia", "MK"}, {"Macedonia del Nord", "MK"}, {"Північна Македонія", "MK"},
		{"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"}, {"Ivory Coast", "CI"}, {"Costa d'Avorio", "CI"}, {"Кот-д'Івуар", "CI"},
		{"DRC", "CD"}, {"DR Congo", "CD"}, {"Congo-Brazzaville", "CG"}, {"ДРК", "CD"},
		{"UAE", "AE"}, {"ОАЕ", "AE"}, {"Обʼєднані Арабські Емірати", "AE"}, {"Об’єднаних Арабських Еміратів", "AE"},
		{"РФ", "RU"}, {"КНДР", "KP"}, {"DPRK", "KP"}, {"ПАР", "ZA"}, {"PRC", "CN"},
		{"Holy See", "VA"}, {"Santa Sede", "VA"}, {"Святий Престол", "VA"}, {"Святого Престолу", "VA"},
		{"Eswatini", "SZ"}, {"Swaziland", "SZ"}, {"Burma", "MM"}, {"Birmania", "MM"}, {"М'янма", "MM"},
		{"East Timor", "TL"}, {"Timor-Leste", "TL"}, {"Cape Verde", "CV"}, {"Cabo Verde", "CV"},
		// Adjectives and demonyms.
		{"Ukrainian", "UA"}, {"Ukrainians", "UA"}, {"ucraino", "UA"}, {"ucraina", "UA"}, {"ucraine", "UA"},
		{"український", "UA"}, {"українці", "UA"}, {"українців", "UA"},
		{"Dutch", "NL"}, {"British", "GB"}, {"Brits", "GB"}, {"Britons", "GB"}, {"Danes", "DK"},
		{"Poles", "PL"}, {"Swiss", "CH"}, {"Luxembourgish", "LU"}, {"Luxembourger", "LU"},
		{"lussemburghese", "LU"}, {"lussemburghesi", "LU"}, {"britannico", "GB"}, {"statunitense", "US"},
		{"americano", "US"}, {"americane", "US"}, {"American", "US"}, {"Americans", "US"},
		{"естонець", "EE"}, {"естонці", "EE"}, {"естонців", "EE"},
		{"люксембурзький", "LU"}, {"люксембурзької", "LU"}, {"британського", "GB"}, {"американських", "US"},
		// Possessives.
		{"Ukraine's", "UA"}, {"Estonia’s", "EE"},
		// Not nations.
		{"EU", ""}, {"NATO", ""}, {"UN", ""}, {"UDCG", ""}, {"Kyiv", ""}, {"Tallinn", ""}, {"Donbas", ""},
		{"Crimea", ""}, {"Ramstein", ""}, {"Ukrinform", ""}, {"Укрінформ", ""}, {"Інтерфакс-Україна", ""},
		{"Ukrainska Pravda", ""}, {"Українська правда", ""}, {"Radio Free Europe", ""}, {"European Union", ""},
		{"Latin America", ""}, {"Sino", ""}, {"українсько", ""}, {"", ""}, {"   ", ""}, {"\x00\xff", ""},
	}
	for _, tt := range tests {
		got, ok := testX.Lookup(tt.term)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.term, got, ok, tt.want)
		}
	}
}

// TestParadigms lists every form of several nations, one or more per
// inflection class, and checks that each is found, alone and in a sentence.
func TestParadigms(t *testing.T) {
	paradigms := []struct{ code, lang, forms string }{
		// Ukrainian nouns: feminine -а, velar -ка, mixed -ща, -ія, -ея,
		// third declension, masculine hard/velar/soft/-й, fleeting vowel,
		// neuter, plural, adjective + noun, plural adjective + noun.
		{"UA", "uk", "Україна, України, Україні, Україну, Україною, Україно"},
		{"LT", "uk", "Литва, Литви, Литві, Литву, Литвою"},
		{"US", "uk", "Америка, Америки, Америці, Америку, Америкою"},
		{"PL", "uk", "Польща, Польщі, Польщу, Польщею"},
		{"EE", "uk", "Естонія, Естонії, Естонію, Естонією"},
		{"GN", "uk", "Гвінея, Гвінеї, Гвінею, Гвінеєю"},
		{"BY", "uk", "Білорусь, Білорусі, Білоруссю"},
		{"LU", "uk", "Люксембург, Люксембургу, Люксембургові, Люксембургом, Люксембурзі"},
		{"IL", "uk", "Ізраїль, Ізраїлю, Ізраїлеві, Ізраїлем, Ізраїлі"},
		{"CN", "uk", "Китай, Китаю, Китаєві, Китаєм, Китаї"},
		{"EG", "uk", "Єгипет, Єгипту, Єгиптові, Єгиптом, Єгипті"},
		{"XK", "uk", "Косово, Косова, Косову, Косовом, Косові"},
		{"NL", "uk", "Нідерланди, Нідерландів, Нідерландам, Нідерландами, Нідерландах"},
		{"PH", "uk", "Філіппіни, Філіппін, Філіппінам, Філіппінами, Філіппінах"},
		{"US", "uk", "Сполучені Штати, Сполучених Штатів, Сполученим Штатам, Сполученими Штатами, Сполучених Штатах"},
		{"GB", "uk", "Велика Британія, Великої Британії, Великій Британії, Велику Британію, Великою Британією"},
		{"CZ", "uk", "Чеська Республіка, Чеської Республіки, Чеській Республіці, Чеську Республіку, Чеською Республікою"},
		{"ZA", "uk", "Південно-Африканська Республіка, Південно-Африканської Республіки, Південно-Африканській Республіці"},
		// Ukrainian adjectives in -ський, -цький, -зький and demonyms.
		{"EE", "uk", "естонський, естонського, естонському, естонським, естонська, естонської, естонську, естонською, естонське, естонські, естонських, естонськими, естонській, естонськім"},
		{"DE", "uk", "німецький, німецького, німецькому, німецьким, німецька, німецької, німецьку, німецькою, німецьке, німецькі, німецьких, німецькими"},
		{"FR", "uk", "французький, французького, французькому, французьким, французька, французької, французьку, французькою, французьке, французькі, французьких, французькими"},
		{"LU", "uk", "люксембурзький, люксембурзького, люксембурзька, люксембурзької, люксембурзькі, люксембурзьких"},
		{"EE", "uk", "естонець, естонця, естонцю, естонцеві, естонцем, естонці, естонців, естонцям, естонцями, естонцях"},
		{"EE", "uk", "естонка, естонки, естонку, естонкою, естонок, естонкам, естонками, естонках"},
		{"RU", "uk", "росіянин, росіянина, росіянином, росіяни, росіян, росіянам, росіянами, росіянах"},
		{"PL", "uk", "поляк, поляка, полякові, поляком, поляки, поляків, полякам, поляками, поляках"},
		{"IT", "uk", "італієць, італійця, італійцем, італійці, італійців, італійцям"},
		{"LV", "uk", "латиш, латиша, латишем, латиші, латишів, латишам"},
		// Italian adjectives: -o, -co, -ico, -e, -a.
		{"UA", "it", "ucraino, ucraina, ucraini, ucraine"},
		{"DE", "it", "tedesco, tedesca, tedeschi, tedesche"},
		{"GB", "it", "britannico, britannica, britannici, britanniche"},
		{"LU", "it", "lussemburghese, lussemburghesi"},
		{"US", "it", "statunitense, statunitensi, americano, americana, americani, americane"},
		{"BE", "it", "belga, belgi, belghe"},
		{"GR", "it", "greco, greca, greci, greche"},
		// English adjectives and demonyms.
		{"UA", "en", "Ukrainian, Ukrainians"},
		{"DK", "en", "Danish, Dane, Danes"},
		{"GB", "en", "British, Brit, Brits, Briton, Britons"},
		{"NL", "en", "Dutch, Dutchman, Dutchmen, Netherlander, Netherlanders"},
		{"IL", "en", "Israeli, Israelis"},
	}
	for _, p := range paradigms {
		for _, f := range strings.Split(p.forms, ", ") {
			if got, ok := testX.Lookup(f); !ok || got != p.code {
				t.Errorf("Lookup(%q) = %q, %v; want %s", f, got, ok, p.code)
			}
			// In running text, after a word that is not a name.
			text := "— " + f + "."
			if got, _ := extract(t, p.lang, text); got != p.code {
				t.Errorf("[%s] %q: got %q, want %s", p.lang, text, got, p.code)
			}
		}
	}
}
