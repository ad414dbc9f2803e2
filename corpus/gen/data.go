package gen

// The tables below are facts — country names and their grammatical forms,
// the names of people who held ministerial posts and when, capitals — used
// as data. Every sentence they are put into is the package's own.

// Ukrainian grammatical cases the templates use.
const (
	nom = iota // nominative
	gen        // genitive
	dat        // dative
	loc        // locative
	ins        // instrumental
	nCases
)

// forms is one word or phrase in each Ukrainian case.
type forms [nCases]string

// fixed is a phrase that does not decline (США, Крозетто).
func fixed(s string) forms { return forms{s, s, s, s, s} }

type nation struct {
	code string

	en    string // with "the" where English needs it
	enAdj string

	it    string // bare name
	itArt string // definite article: l', la, il, i, gli
	itIn  string // "in Estonia", "nel Regno Unito"
	itAdj [4]string

	uk    forms
	ukAdj string // masculine nominative of a hard -ий adjective; other forms derive from it
}

// it4 lists an Italian adjective's masculine singular, feminine singular,
// masculine plural and feminine plural.
func it4(ms, fs, mp, fp string) [4]string { return [4]string{ms, fs, mp, fp} }

// itE is an Italian adjective in -e (estone, estoni).
func itE(s string) [4]string {
	p := s[:len(s)-1] + "i"
	return [4]string{s, s, p, p}
}

// itO is a regular Italian adjective in -o.
func itO(s string) [4]string {
	st := s[:len(s)-1]
	return [4]string{s, st + "a", st + "i", st + "e"}
}

// ukraine is the nation most articles are about.
const ukraine = 0

var nations = []nation{
	{"UA", "Ukraine", "Ukrainian", "Ucraina", "l'", "in Ucraina", itO("ucraino"),
		forms{"Україна", "України", "Україні", "Україні", "Україною"}, "український"},
	{"EE", "Estonia", "Estonian", "Estonia", "l'", "in Estonia", itE("estone"),
		forms{"Естонія", "Естонії", "Естонії", "Естонії", "Естонією"}, "естонський"},
	{"LU", "Luxembourg", "Luxembourgish", "Lussemburgo", "il", "in Lussemburgo", itE("lussemburghese"),
		forms{"Люксембург", "Люксембургу", "Люксембургу", "Люксембурзі", "Люксембургом"}, "люксембурзький"},
	{"DK", "Denmark", "Danish", "Danimarca", "la", "in Danimarca", itE("danese"),
		forms{"Данія", "Данії", "Данії", "Данії", "Данією"}, "данський"},
	{"DE", "Germany", "German", "Germania", "la", "in Germania", it4("tedesco", "tedesca", "tedeschi", "tedesche"),
		forms{"Німеччина", "Німеччини", "Німеччині", "Німеччині", "Німеччиною"}, "німецький"},
	{"FR", "France", "French", "Francia", "la", "in Francia", itE("francese"),
		forms{"Франція", "Франції", "Франції", "Франції", "Францією"}, "французький"},
	{"IT", "Italy", "Italian", "Italia", "l'", "in Italia", itO("italiano"),
		forms{"Італія", "Італії", "Італії", "Італії", "Італією"}, "італійський"},
	{"PL", "Poland", "Polish", "Polonia", "la", "in Polonia", it4("polacco", "polacca", "polacchi", "polacche"),
		forms{"Польща", "Польщі", "Польщі", "Польщі", "Польщею"}, "польський"},
	{"LT", "Lithuania", "Lithuanian", "Lituania", "la", "in Lituania", itO("lituano"),
		forms{"Литва", "Литви", "Литві", "Литві", "Литвою"}, "литовський"},
	{"LV", "Latvia", "Latvian", "Lettonia", "la", "in Lettonia", itE("lettone"),
		forms{"Латвія", "Латвії", "Латвії", "Латвії", "Латвією"}, "латвійський"},
	{"NL", "the Netherlands", "Dutch", "Paesi Bassi", "i", "nei Paesi Bassi", itE("olandese"),
		forms{"Нідерланди", "Нідерландів", "Нідерландам", "Нідерландах", "Нідерландами"}, "нідерландський"},
	{"GB", "the United Kingdom", "British", "Regno Unito", "il", "nel Regno Unito", it4("britannico", "britannica", "britannici", "britanniche"),
		forms{"Велика Британія", "Великої Британії", "Великій Британії", "Великій Британії", "Великою Британією"}, "британський"},
	{"US", "the United States", "American", "Stati Uniti", "gli", "negli Stati Uniti", itE("statunitense"),
		fixed("США"), "американський"},
	{"CA", "Canada", "Canadian", "Canada", "il", "in Canada", itE("canadese"),
		forms{"Канада", "Канади", "Канаді", "Канаді", "Канадою"}, "канадський"},
	{"SE", "Sweden", "Swedish", "Svezia", "la", "in Svezia", itE("svedese"),
		forms{"Швеція", "Швеції", "Швеції", "Швеції", "Швецією"}, "шведський"},
	{"FI", "Finland", "Finnish", "Finlandia", "la", "in Finlandia", itE("finlandese"),
		forms{"Фінляндія", "Фінляндії", "Фінляндії", "Фінляндії", "Фінляндією"}, "фінський"},
	{"NO", "Norway", "Norwegian", "Norvegia", "la", "in Norvegia", itE("norvegese"),
		forms{"Норвегія", "Норвегії", "Норвегії", "Норвегії", "Норвегією"}, "норвезький"},
	{"CZ", "the Czech Republic", "Czech", "Repubblica Ceca", "la", "nella Repubblica Ceca", it4("ceco", "ceca", "cechi", "ceche"),
		forms{"Чехія", "Чехії", "Чехії", "Чехії", "Чехією"}, "чеський"},
	{"BE", "Belgium", "Belgian", "Belgio", "il", "in Belgio", it4("belga", "belga", "belgi", "belghe"),
		forms{"Бельгія", "Бельгії", "Бельгії", "Бельгії", "Бельгією"}, "бельгійський"},
	{"ES", "Spain", "Spanish", "Spagna", "la", "in Spagna", itO("spagnolo"),
		forms{"Іспанія", "Іспанії", "Іспанії", "Іспанії", "Іспанією"}, "іспанський"},
	{"PT", "Portugal", "Portuguese", "Portogallo", "il", "in Portogallo", itE("portoghese"),
		forms{"Португалія", "Португалії", "Португалії", "Португалії", "Португалією"}, "португальський"},
	{"RO", "Romania", "Romanian", "Romania", "la", "in Romania", itO("rumeno"),
		forms{"Румунія", "Румунії", "Румунії", "Румунії", "Румунією"}, "румунський"},
	{"JP", "Japan", "Japanese", "Giappone", "il", "in Giappone", itE("giapponese"),
		forms{"Японія", "Японії", "Японії", "Японії", "Японією"}, "японський"},
	{"AU", "Australia", "Australian", "Australia", "l'", "in Australia", itO("australiano"),
		forms{"Австралія", "Австралії", "Австралії", "Австралії", "Австралією"}, "австралійський"},
}

// aggressor is Russia: named in background sentences, never a donor.
var aggressor = nation{"RU", "Russia", "Russian", "Russia", "la", "in Russia", itO("russo"),
	forms{"Росія", "Росії", "Росії", "Росії", "Росією"}, "російський"}

// nationIndex maps an ISO code to its row.
func nationIndex(code string) int {
	for i := range nations {
		if nations[i].code == code {
			return i
		}
	}
	return -1
}

// ukAdj returns a hard Ukrainian adjective (естонський) in a case and
// gender; plural for pl.
func ukAdj(m string, c int, female, pl bool) string {
	stem := m[:len(m)-len("ий")]
	switch {
	case pl:
		return stem + [nCases]string{"і", "их", "им", "их", "ими"}[c]
	case female:
		return stem + [nCases]string{"а", "ої", "ій", "ій", "ою"}[c]
	default:
		return stem + [nCases]string{"ий", "ого", "ому", "ому", "им"}[c]
	}
}

// post is a minister's portfolio.
type post uint8

const (
	defence post = iota
	foreign
	premier
)

type minister struct {
	name    string // canonical Latin name
	it      string // Italian press spelling, when it differs
	surname string // Latin surname, for second mentions
	first   forms  // Ukrainian first name
	last    forms  // Ukrainian surname
	female  bool
	nation  string
	post    post
	from    int // first and last year in office, within the corpus span
	to      int
}

// ukName is the Ukrainian full name in case c.
func (m *minister) ukName(c int) string { return m.first[c] + " " + m.last[c] }

// itName is the Italian press spelling.
func (m *minister) itName() string {
	if m.it != "" {
		return m.it
	}
	return m.name
}

// ministers are people who held defence, foreign or prime-ministerial posts
// during 2022–2025, with the Ukrainian forms their names take.
var ministers = []minister{
	{"Oleksii Reznikov", "Oleksij Reznikov", "Reznikov", forms{"Олексій", "Олексія", "Олексію", "Олексієві", "Олексієм"},
		forms{"Резніков", "Резнікова", "Резнікову", "Резнікові", "Резніковим"}, false, "UA", defence, 2022, 2023},
	{"Rustem Umerov", "", "Umerov", forms{"Рустем", "Рустема", "Рустему", "Рустемові", "Рустемом"},
		forms{"Умєров", "Умєрова", "Умєрову", "Умєрові", "Умєровим"}, false, "UA", defence, 2023, 2025},
	{"Dmytro Kuleba", "", "Kuleba", forms{"Дмитро", "Дмитра", "Дмитру", "Дмитрові", "Дмитром"},
		forms{"Кулеба", "Кулеби", "Кулебі", "Кулебі", "Кулебою"}, false, "UA", foreign, 2022, 2024},
	{"Andrii Sybiha", "Andrij Sybiha", "Sybiha", forms{"Андрій", "Андрія", "Андрію", "Андрієві", "Андрієм"},
		forms{"Сибіга", "Сибіги", "Сибізі", "Сибізі", "Сибігою"}, false, "UA", foreign, 2024, 2025},
	{"Denys Shmyhal", "", "Shmyhal", forms{"Денис", "Дениса", "Денису", "Денисові", "Денисом"},
		forms{"Шмигаль", "Шмигаля", "Шмигалю", "Шмигалі", "Шмигалем"}, false, "UA", premier, 2022, 2025},
	{"Hanno Pevkur", "", "Pevkur", fixed("Ганно"),
		forms{"Певкур", "Певкура", "Певкуру", "Певкурі", "Певкуром"}, false, "EE", defence, 2022, 2025},
	{"Margus Tsahkna", "", "Tsahkna", forms{"Маргус", "Маргуса", "Маргусу", "Маргусі", "Маргусом"},
		forms{"Цахкна", "Цахкни", "Цахкні", "Цахкні", "Цахкною"}, false, "EE", foreign, 2023, 2025},
	{"Yuriko Backes", "", "Backes", fixed("Юріко"), fixed("Бакес"), true, "LU", defence, 2023, 2025},
	{"Xavier Bettel", "", "Bettel", fixed("Ксав'є"),
		forms{"Беттель", "Беттеля", "Беттелю", "Беттелі", "Беттелем"}, false, "LU", foreign, 2023, 2025},
	{"Troels Lund Poulsen", "", "Lund Poulsen", forms{"Троельс", "Троельса", "Троельсу", "Троельсі", "Троельсом"},
		forms{"Лунд Поульсен", "Лунда Поульсена", "Лунду Поульсену", "Лунді Поульсені", "Лундом Поульсеном"}, false, "DK", defence, 2023, 2025},
	{"Lars Løkke Rasmussen", "", "Løkke Rasmussen", forms{"Ларс", "Ларса", "Ларсу", "Ларсі", "Ларсом"},
		forms{"Льокке Расмуссен", "Льокке Расмуссена", "Льокке Расмуссену", "Льокке Расмуссені", "Льокке Расмуссеном"}, false, "DK", foreign, 2022, 2025},
	{"Boris Pistorius", "", "Pistorius", forms{"Борис", "Бориса", "Борису", "Борисі", "Борисом"},
		forms{"Пісторіус", "Пісторіуса", "Пісторіусу", "Пісторіусі", "Пісторіусом"}, false, "DE", defence, 2023, 2025},
	{"Annalena Baerbock", "", "Baerbock", forms{"Анналена", "Анналени", "Анналені", "Анналені", "Анналеною"},
		fixed("Бербок"), true, "DE", foreign, 2022, 2025},
	{"Guido Crosetto", "", "Crosetto", fixed("Гвідо"), fixed("Крозетто"), false, "IT", defence, 2022, 2025},
	{"Antonio Tajani", "", "Tajani", fixed("Антоніо"), fixed("Таяні"), false, "IT", foreign, 2022, 2025},
	{"Giorgia Meloni", "", "Meloni", forms{"Джорджа", "Джорджі", "Джорджі", "Джорджі", "Джорджею"},
		fixed("Мелоні"), true, "IT", premier, 2022, 2025},
	{"Władysław Kosiniak-Kamysz", "", "Kosiniak-Kamysz", forms{"Владислав", "Владислава", "Владиславу", "Владиславі", "Владиславом"},
		forms{"Косіняк-Камиш", "Косіняка-Камиша", "Косіняку-Камишу", "Косіняку-Камиші", "Косіняком-Камишем"}, false, "PL", defence, 2023, 2025},
	{"Radosław Sikorski", "", "Sikorski", forms{"Радослав", "Радослава", "Радославу", "Радославі", "Радославом"},
		forms{"Сікорський", "Сікорського", "Сікорському", "Сікорському", "Сікорським"}, false, "PL", foreign, 2023, 2025},
	{"Laurynas Kasčiūnas", "", "Kasčiūnas", forms{"Лауринас", "Лауринаса", "Лауринасу", "Лауринасі", "Лауринасом"},
		forms{"Касчюнас", "Касчюнаса", "Касчюнасу", "Касчюнасі", "Касчюнасом"}, false, "LT", defence, 2024, 2024},
	{"Dovilė Šakalienė", "", "Šakalienė", forms{"Довіле", "Довіле", "Довіле", "Довіле", "Довіле"},
		fixed("Шакалене"), true, "LT", defence, 2024, 2025},
	{"Andris Sprūds", "", "Sprūds", forms{"Андріс", "Андріса", "Андрісу", "Андрісі", "Андрісом"},
		forms{"Спрудс", "Спрудса", "Спрудсу", "Спрудсі", "Спрудсом"}, false, "LV", defence, 2023, 2025},
	{"Baiba Braže", "", "Braže", forms{"Байба", "Байби", "Байбі", "Байбі", "Байбою"},
		fixed("Браже"), true, "LV", foreign, 2024, 2025},
	{"Kajsa Ollongren", "", "Ollongren", forms{"Кайса", "Кайси", "Кайсі", "Кайсі", "Кайсою"},
		fixed("Оллонгрен"), true, "NL", defence, 2022, 2024},
	{"Ruben Brekelmans", "", "Brekelmans", forms{"Рубен", "Рубена", "Рубену", "Рубені", "Рубеном"},
		forms{"Брекелманс", "Брекелманса", "Брекелмансу", "Брекелмансі", "Брекелмансом"}, false, "NL", defence, 2024, 2025},
	{"Ben Wallace", "", "Wallace", forms{"Бен", "Бена", "Бену", "Бені", "Беном"},
		forms{"Воллес", "Воллеса", "Воллесу", "Воллесі", "Воллесом"}, false, "GB", defence, 2022, 2023},
	{"Grant Shapps", "", "Shapps", forms{"Грант", "Гранта", "Гранту", "Гранті", "Грантом"},
		forms{"Шаппс", "Шаппса", "Шаппсу", "Шаппсі", "Шаппсом"}, false, "GB", defence, 2023, 2024},
	{"John Healey", "", "Healey", forms{"Джон", "Джона", "Джону", "Джоні", "Джоном"},
		fixed("Гілі"), false, "GB", defence, 2024, 2025},
	{"David Lammy", "", "Lammy", forms{"Девід", "Девіда", "Девіду", "Девіді", "Девідом"},
		fixed("Леммі"), false, "GB", foreign, 2024, 2025},
	{"Lloyd Austin", "", "Austin", forms{"Ллойд", "Ллойда", "Ллойду", "Ллойді", "Ллойдом"},
		forms{"Остін", "Остіна", "Остіну", "Остіні", "Остіном"}, false, "US", defence, 2022, 2024},
	{"Antony Blinken", "", "Blinken", fixed("Ентоні"),
		forms{"Блінкен", "Блінкена", "Блінкену", "Блінкені", "Блінкеном"}, false, "US", foreign, 2022, 2024},
	{"Sébastien Lecornu", "", "Lecornu", forms{"Себастьєн", "Себастьєна", "Себастьєну", "Себастьєні", "Себастьєном"},
		fixed("Лекорню"), false, "FR", defence, 2022, 2025},
	{"Bill Blair", "", "Blair", forms{"Білл", "Білла", "Біллу", "Біллі", "Біллом"},
		forms{"Блер", "Блера", "Блеру", "Блері", "Блером"}, false, "CA", defence, 2023, 2025},
	{"Pål Jonson", "", "Jonson", forms{"Пол", "Пола", "Полу", "Полі", "Полом"},
		forms{"Йонсон", "Йонсона", "Йонсону", "Йонсоні", "Йонсоном"}, false, "SE", defence, 2022, 2025},
	{"Antti Häkkänen", "", "Häkkänen", fixed("Антті"),
		forms{"Хяккянен", "Хяккянена", "Хяккянену", "Хяккянені", "Хяккяненом"}, false, "FI", defence, 2023, 2025},
	{"Jana Černochová", "", "Černochová", forms{"Яна", "Яни", "Яні", "Яні", "Яною"},
		forms{"Черногова", "Черногової", "Черноговій", "Черноговій", "Черноговою"}, true, "CZ", defence, 2022, 2025},
	{"Margarita Robles", "", "Robles", forms{"Маргарита", "Маргарити", "Маргариті", "Маргариті", "Маргаритою"},
		fixed("Роблес"), true, "ES", defence, 2022, 2025},
	{"Bjørn Arild Gram", "", "Gram", forms{"Бйорн", "Бйорна", "Бйорну", "Бйорні", "Бйорном"},
		forms{"Арільд Грам", "Арільда Грама", "Арільду Граму", "Арільді Грамі", "Арільдом Грамом"}, false, "NO", defence, 2022, 2025},
}

// people are named non-ministers: negatives for the minister extractor.
type person struct {
	en, it string
	uk     forms // with title, e.g. "генсек НАТО Єнс Столтенберг"
}

var people = []person{
	{"NATO Secretary General Jens Stoltenberg", "il segretario generale della NATO Jens Stoltenberg",
		forms{"генсек НАТО Єнс Столтенберг", "генсека НАТО Єнса Столтенберга", "генсеку НАТО Єнсу Столтенбергу", "генсекові НАТО Єнсові Столтенбергу", "генсеком НАТО Єнсом Столтенбергом"}},
	{"NATO Secretary General Mark Rutte", "il segretario generale della NATO Mark Rutte",
		forms{"генсек НАТО Марк Рютте", "генсека НАТО Марка Рютте", "генсеку НАТО Марку Рютте", "генсекові НАТО Маркові Рютте", "генсеком НАТО Марком Рютте"}},
	{"the ministry's spokesperson, Colonel Anna Berg", "la portavoce del ministero, colonnello Anna Berg",
		forms{"речниця міністерства полковниця Анна Берг", "речниці міністерства полковниці Анни Берг", "речниці міністерства полковниці Анні Берг", "речниці міністерства полковниці Анні Берг", "речницею міністерства полковницею Анною Берг"}},
	{"Undersecretary Marco Ferri", "il sottosegretario Marco Ferri",
		forms{"директор департаменту Марко Феррі", "директора департаменту Марко Феррі", "директору департаменту Марко Феррі", "директорові департаменту Марко Феррі", "директором департаменту Марко Феррі"}},
	{"General Jonas Lind", "il generale Jonas Lind",
		forms{"генерал Йонас Лінд", "генерала Йонаса Лінда", "генералу Йонасу Лінду", "генералові Йонасу Лінду", "генералом Йонасом Ліндом"}},
}

// city is a place where meetings happen; none of them is a nation.
type city struct {
	en, it string
	uk     forms
}

var cities = []city{
	{"Kyiv", "Kiev", forms{"Київ", "Києва", "Києву", "Києві", "Києвом"}},
	{"Brussels", "Bruxelles", forms{"Брюссель", "Брюсселя", "Брюсселю", "Брюсселі", "Брюсселем"}},
	{"Rome", "Roma", forms{"Рим", "Рима", "Риму", "Римі", "Римом"}},
	{"Tallinn", "Tallinn", forms{"Таллінн", "Таллінна", "Таллінну", "Таллінні", "Таллінном"}},
	{"Berlin", "Berlino", forms{"Берлін", "Берліна", "Берліну", "Берліні", "Берліном"}},
	{"Warsaw", "Varsavia", forms{"Варшава", "Варшави", "Варшаві", "Варшаві", "Варшавою"}},
	{"Ramstein", "Ramstein", forms{"Рамштайн", "Рамштайна", "Рамштайну", "Рамштайні", "Рамштайном"}},
	{"Copenhagen", "Copenaghen", forms{"Копенгаген", "Копенгагена", "Копенгагену", "Копенгагені", "Копенгагеном"}},
	{"Vilnius", "Vilnius", forms{"Вільнюс", "Вільнюса", "Вільнюсу", "Вільнюсі", "Вільнюсом"}},
	{"Riga", "Riga", forms{"Рига", "Риги", "Ризі", "Ризі", "Ригою"}},
	{"The Hague", "L'Aia", forms{"Гаага", "Гааги", "Гаазі", "Гаазі", "Гаагою"}},
	{"London", "Londra", forms{"Лондон", "Лондона", "Лондону", "Лондоні", "Лондоном"}},
	{"Paris", "Parigi", forms{"Париж", "Парижа", "Парижу", "Парижі", "Парижем"}},
	{"Odesa", "Odessa", forms{"Одеса", "Одеси", "Одесі", "Одесі", "Одесою"}},
	{"Lviv", "Leopoli", forms{"Львів", "Львова", "Львову", "Львові", "Львовом"}},
}

// item is a kind of aid; uk is the genitive plural, which fits both counts
// of five or more and "постачання …".
type item struct{ en, it, uk string }

var items = []item{
	{"air defence systems", "sistemi di difesa aerea", "систем протиповітряної оборони"},
	{"artillery shells", "proiettili d'artiglieria", "артилерійських снарядів"},
	{"reconnaissance drones", "droni da ricognizione", "розвідувальних безпілотників"},
	{"armoured vehicles", "veicoli blindati", "броньованих машин"},
	{"demining kits", "kit per lo sminamento", "комплектів для розмінування"},
	{"power generators", "generatori elettrici", "генераторів"},
	{"field hospitals", "ospedali da campo", "польових госпіталів"},
	{"radar stations", "stazioni radar", "радіолокаційних станцій"},
	{"howitzers", "obici", "гаубиць"},
	{"secure radios", "radio cifrate", "захищених радіостанцій"},
	{"laptops for field units", "computer portatili per le unità al fronte", "ноутбуків для підрозділів на передовій"},
	{"satellite terminals", "terminali satellitari", "супутникових терміналів"},
}

// outlet is a fictional news source.
type outlet struct{ name, site string }

var outlets = map[string][]outlet{
	"en": {
		{"Baltic Ledger", "balticledger.example"},
		{"Continental Defence Review", "cdreview.example"},
		{"Northern Wire", "northernwire.example"},
		{"The Harbour Times", "harbourtimes.example"},
	},
	"it": {
		{"Gazzetta del Levante", "gazzettalevante.example"},
		{"Il Quotidiano Europeo", "quotidianoeuropeo.example"},
		{"Cronache di Difesa", "cronachedifesa.example"},
	},
	"uk": {
		{"Вісті Придніпров'я", "vistipd.example"},
		{"Оборонний оглядач", "oboronnyi.example"},
		{"Київський кур'єр", "kyivkurier.example"},
	},
}
