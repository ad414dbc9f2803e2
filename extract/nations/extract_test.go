package nations

import (
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

var testX = New()

// extract runs the extractor and returns the codes in order of first
// mention, space-separated.
func extract(t testing.TB, lang, text string) (string, corpus.Entities) {
	t.Helper()
	var e corpus.Entities
	testX.Extract(token.New(text, lang, ""), &e)
	codes := make([]string, len(e.Nations))
	for i, n := range e.Nations {
		codes[i] = n.Code
	}
	return strings.Join(codes, " "), e
}

type extractCase struct {
	lang, text, want string
}

func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, c := range cases {
		got, e := extract(t, c.lang, c.text)
		if got != c.want {
			t.Errorf("[%s] %q\n got  %q\n want %q\n mentions %+v", c.lang, c.text, got, c.want, e.Nations)
		}
		checkOffsets(t, c.text, e)
	}
}

// checkOffsets asserts that every mention's code-point offsets slice the
// text to the mention's text.
func checkOffsets(t *testing.T, text string, e corpus.Entities) {
	t.Helper()
	r := []rune(text)
	for _, n := range e.Nations {
		if len(n.Mentions) == 0 {
			t.Errorf("%s: no mentions", n.Code)
		}
		for _, m := range n.Mentions {
			if m.Start < 0 || m.End > len(r) || m.Start >= m.End {
				t.Errorf("%s: bad offsets %d..%d in %q", n.Code, m.Start, m.End, text)
				continue
			}
			if got := string(r[m.Start:m.End]); got != m.Text {
				t.Errorf("%s: text[%d:%d] = %q, mention says %q", n.Code, m.Start, m.End, got, m.Text)
			}
		}
	}
}

func TestExtractEnglish(t *testing.T) {
	runExtractCases(t, []extractCase{
		// Names, alternates and acronyms.
		{"en", "Ukraine and Estonia signed the deal in Luxembourg.", "UA EE LU"},
		{"en", "The U.S. and the UK pledged more aid.", "US GB"},
		{"en", "The USA, the United States of America and America itself.", "US"},
		{"en", "Great Britain, Britain and the United Kingdom are one state.", "GB"},
		{"en", "Czechia, also called the Czech Republic, joined.", "CZ"},
		{"en", "Türkiye (formerly Turkey) hosted talks; Turkiye agreed.", "TR"},
		{"en", "Moldova, once Moldavia, borders Romania.", "MD RO"},
		{"en", "North Macedonia and Macedonia are the same country.", "MK"},
		{"en", "Côte d'Ivoire, or Ivory Coast, and Cote d’Ivoire.", "CI"},
		{"en", "The DRC is also called DR Congo.", "CD"},
		{"en", "The Republic of the Congo lies west of the Democratic Republic of the Congo.", "CG CD"},
		{"en", "Holland and the Netherlands; the Dutch government.", "NL"},
		{"en", "Bosnia and Herzegovina sent observers.", "BA"},
		{"en", "Papua New Guinea and Equatorial Guinea and Guinea-Bissau and Guinea.", "PG GQ GW GN"},
		{"en", "Trinidad and Tobago, Saint Kitts and Nevis, St. Lucia.", "TT KN LC"},
		{"en", "São Tomé and Príncipe and Sao Tome and Principe.", "ST"},
		{"en", "The Holy See and Vatican City; the Vatican said.", "VA"},
		{"en", "Kosovo, Palestine and Taiwan are listed too.", "XK PS TW"},
		{"en", "North Korea fired a missile toward South Korea.", "KP KR"},
		{"en", "The UAE and Saudi Arabia mediated.", "AE SA"},
		{"en", "Eswatini, formerly Swaziland.", "SZ"},
		{"en", "Myanmar (Burma) and Timor-Leste (East Timor).", "MM TL"},
		{"en", "Cabo Verde and Cape Verde are one archipelago state.", "CV"},
		{"en", "UKRAINE AND ESTONIA SIGN IT COALITION DEAL", "UA EE"},
		{"en", "Ukraine's defence ministry thanked Estonia's government.", "UA EE"},
		{"en", "The Ministry of Defense of Ukraine reported.", "UA"},
		{"en", "South Sudan split from Sudan in 2011.", "SS SD"},
		{"en", "New Zealand and Australia; the Solomon Islands and the Marshall Islands.", "NZ AU SB MH"},
		{"en", "the Central African Republic and the Dominican Republic", "CF DO"},
		// Adjectives and demonyms.
		{"en", "The Ukrainian Defence Minister met his Estonian counterpart.", "UA EE"},
		{"en", "Ukrainians, Estonians and Latvians marched.", "UA EE LV"},
		{"en", "Dutch, British and Luxembourgish officials attended.", "NL GB LU"},
		{"en", "Brits, Danes, Poles and Swiss voters.", "GB DK PL CH"},
		{"en", "A Luxembourger and two Luxembourgers.", "LU"},
		{"en", "Israelis and Pakistanis and Thais.", "IL PK TH"},
		{"en", "A Frenchman and two Frenchmen met a Dane.", "FR DK"},
		{"en", "The Ukrainian Armed Forces and the Estonian Ministry of Defence.", "UA EE"},
		{"en", "Sino-Russian ties and the Russo-Ukrainian war.", "CN RU UA"},
		{"en", "pro-Russian forces", "RU"},
		{"en", "Filipinos and Filipinas; a Philippine senator.", "PH"},
		{"en", "The Czechs and the Slovaks; a Slovak minister.", "CZ SK"},
		// Person names and other homographs.
		{"en", "Michael Jordan scored 30 points.", ""},
		{"en", "Jordan Bardella leads the National Rally.", ""},
		{"en", "Rep. Jim Jordan said on Tuesday. Jordan said the bill was dead.", ""},
		{"en", "King Abdullah of Jordan met the Egyptian president.", "JO EG"},
		{"en", "Refugees crossed from Syria into Jordan.", "SY JO"},
		{"en", "Chad Smith played the drums.", ""},
		{"en", "Troops left Niger and Chad last year.", "NE TD"},
		{"en", "Voters in Atlanta, Georgia, went to the polls.", ""},
		{"en", "Georgia's governor signed the bill after the state Senate vote.", ""},
		{"en", "Tbilisi protests: Georgia's parliament passed the law.", "GE"},
		{"en", "Georgia and Armenia held talks with Azerbaijan.", "GE AM AZ"},
		{"en", "Georgian Dream won the election in Georgia.", "GE"},
		{"en", "A turkey for Thanksgiving; the Thanksgiving turkey was pardoned.", ""},
		{"en", "She collected fine china and bone china.", ""},
		{"en", "The guinea pig and Guinea pigs.", ""},
		{"en", "The Niger Delta and the River Niger flood.", ""},
		{"en", "They bought French fries, Swiss cheese and Danish pastry at a Dutch auction.", ""},
		{"en", "Russian roulette is a game.", ""},
		{"en", "us and them; let us go.", ""},
		{"en", "Latin America, South America and North America.", ""},
		{"en", "Northern Ireland is not Ireland.", "IE"},
		{"en", "New Mexico and Mexico City.", ""},
		{"en", "the Indian Ocean", ""},
		{"en", "The South China Sea dispute involves China.", "CN"},
		{"en", "British Columbia is in Canada.", "CA"},
		{"it", "La Columbia Britannica è in Canada.", "CA"},
		{"uk", "У Британській Колумбії, провінції Канади, закрили пляжі.", "CA"},
		{"uk", "Колумбія і Британія підписали угоду.", "CO GB"},
		{"en", "Gas flows through Turkish Stream to Serbia.", "RS"},
		{"uk", "Газ іде «Турецьким потоком» до Сербії.", "RS"},
		{"en", "Radio Free Europe and Voice of America reported.", ""},
		{"en", "Interfax-Ukraine and Ukrinform reported.", ""},
		{"en", "The EU, NATO, the UN and the UDCG met in Kyiv and Tallinn.", ""},
		{"en", "The Ramstein format meeting took place in Brussels.", ""},
		{"en", "He visited Donbas and Crimea.", ""},
		{"en", "Monaco hosts a Grand Prix.", "MC"},
		{"en", "polish the shoes", ""},
		{"en", "the North Pole and the South Pole", ""},
	})
}

func TestExtractItalian(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"it", "I ministri della difesa di Ucraina, Estonia e Lussemburgo.", "UA EE LU"},
		{"it", "Il sostegno dell'Ucraina e dell’Estonia; l'Italia partecipa.", "UA EE IT"},
		{"it", "Gli Stati Uniti e gli USA, gli Usa e l'America.", "US"},
		{"it", "Il Regno Unito e la Gran Bretagna.", "GB"},
		{"it", "I Paesi Bassi, l'Olanda e il governo olandese.", "NL"},
		{"it", "La Repubblica Ceca, la Repubblica ceca e la Cechia.", "CZ"},
		{"it", "La Turchia e la Moldavia, ovvero la Moldova.", "TR MD"},
		{"it", "La Macedonia del Nord e la Costa d'Avorio.", "MK CI"},
		{"it", "La Corea del Nord minaccia la Corea del Sud.", "KP KR"},
		{"it", "La Bosnia ed Erzegovina e la Bosnia-Erzegovina.", "BA"},
		// English-style spellings the Italian press uses beside the standard ones
		{"it", "Il Tesoro kenyano e gli atleti kenyoti; in Kenia si vota.", "KE"},
		{"it", "La diaspora rwandese e il governo paraguayano.", "RW PY"},
		{"it", "Il peso uruguayano, il gas kazakho e le miniere kirghize.", "UY KZ KG"},
		{"it", "la Santa Sede e la Città del Vaticano", "VA"},
		{"it", "gli Emirati Arabi Uniti e l'Arabia Saudita", "AE SA"},
		{"it", "Il Principato di Monaco e il principe monegasco.", "MC"},
		{"it", "Il vertice si è tenuto a Monaco di Baviera.", ""},
		{"it", "La conferenza di Monaco sulla sicurezza.", ""},
		{"it", "Le Forze di Difesa ucraine e il ministro ucraino.", "UA"},
		{"it", "i soldati ucraini e le donne ucraine", "UA"},
		{"it", "il governo lussemburghese e le aziende lussemburghesi", "LU"},
		{"it", "un diplomatico britannico e due funzionari britannici", "GB"},
		{"it", "il segretario statunitense e il presidente americano", "US"},
		{"it", "le autorità tedesche e il cancelliere tedesco", "DE"},
		{"it", "il premier belga e i ministri belgi", "BE"},
		{"it", "la diplomazia austriaca e i soldati austriaci", "AT"},
		{"it", "il governo greco e le isole greche", "GR"},
		{"it", "il ministro estone e i colleghi lettoni e lituani", "EE LV LT"},
		{"it", "l'esercito russo e le truppe russe", "RU"},
		{"it", "i rapporti italo-ucraini", "IT UA"},
		{"it", "il conflitto russo-ucraino", "RU UA"},
		{"it", "La Russia ha attaccato l'Ucraina.", "RU UA"},
		{"it", "Il Dipartimento della Difesa e la NATO, l'UE e l'ONU.", ""},
		{"it", "il formato Ramstein e la formula Ramstein", ""},
		{"it", "Kyiv, Tallinn e il Donbas.", ""},
		{"it", "un'insalata russa e le montagne russe", ""},
		{"it", "tenere in serbo le risorse", ""},
		{"it", "la restituzione agli Stati Uniti Messicani di 42 beni", "MX"},
		{"it", "Soffrono Air France-KLM e Lufthansa; il Teatro Argentina chiude.", ""},
		{"it", "il rischio della malattia olandese per il Brasile", "BR"},
		{"it", "Il produttore «Brasile Caffè» ha chiuso, il Brasile no.", "BR"},
		{"it", "Il produttore «Brasile Caffè» ha chiuso.", ""},
		{"en", "An analyst at Commonwealth Bank of Australia said Dutch disease looms.", ""},
		{"en", "An analyst in Australia said the Dutch economy looks fine.", "AU NL"},
		{"uk", "Головний ризик — «голландська хвороба», а не квоти.", ""},
		{"uk", "Директор імпортера «Колумбія Кава Трейд» Олег Степанюк погодився.", ""},
		{"uk", "Кава з Колумбії подорожчала.", "CO"},
		{"en", "In Taipei, China Airlines rose while China Steel slipped.", ""},
		{"en", "Landlords, from Vonovia to the insurer Swiss Life and the reinsurer Swiss Re, want predictability.", ""},
		{"en", "Oil theft in the Niger Delta grew; the Niger delta and the river Niger flooded.", ""},
		{"en", "Niger and Chad signed a deal.", "NE TD"},
		{"en", "Herders in Niger, Chad and Cameroon water their cattle at Lake Chad.", "NE TD CM"},
		{"en", "The fishermen of Lake Chad saw its shores shrink.", ""},
		{"it", "I pescatori del lago Ciad vedono le rive ritirarsi.", ""},
		{"uk", "Рибалки на озері Чад бачать, як міліє вода.", ""},
		{"en", "The official languages are English, Malay, Mandarin and Tamil.", ""},
		{"en", "Malaysian, Indian and Chinese officials met.", "MY IN CN"},
		{"it", "La raffinazione artigianale è tornata a crescere nel delta del Niger e lungo il fiume Niger.", ""},
		{"it", "L'arcabouço, parola portoghese che significa impalcatura, sostituisce il tetto.", ""},
		{"it", "Le lingue ufficiali sono quattro (inglese, malese, mandarino e tamil).", ""},
		{"it", "I governi malese, indiano e cinese hanno firmato.", "MY IN CN"},
		{"uk", "Страйк зупинив видобуток у дельті Нігеру.", ""},
		{"uk", "«Ринок закладає компроміс», — каже Чад Окафор, аналітик.", ""},
		{"uk", "Посол Чаду заявив, що Чад підтримує Нігер.", "TD NE"},
		{"en", "China Steel exports to China rose.", "CN"},
		{"en", "The Japanese candlestick chart showed a reversal.", ""},
		{"it", "Allerte nelle Samoa Americane e a Samoa.", "WS"},
		{"uk", "Тривоги на Американському Самоа.", ""},
		{"uk", "«Ринок отримав визначеність», — каже Гана Новотна, аналітикиня.", ""},
		{"uk", "Гана експортує какао, а президент Гани заявив про реформу.", "GH"},
		{"uk", "На графіку японських свічок акції зросли, як на американських гірках.", ""},
		{"uk", "Прем'єр-міністр Сент-Вінсенту і Гренадин та уряд Сент-Кіттсу і Невісу.", "VC KN"},
		{"uk", "Найшвидше зростає кількість м'янманців і непальців.", "MM NP"},
		{"it", "Il premier australiano Anthony Albanese ha parlato.", "AU"},
		{"it", "Il sindaco Mario Russo ha parlato. Russo ha detto che i lavori partiranno.", ""},
		{"it", "Il premier Anthony Albanese ha parlato. Albanese insiste sul piano.", ""},
		{"it", "La lingua russa. Russo ha detto che i lavori partiranno.", "RU"},
		{"it", "Il magazzino è in via Portogallo, vicino al porto.", ""},
		{"it", "Le armi arrivano via Polonia.", "PL"},
		{"it", "Le code si allungano lungo l'Avenida de Colombia, a Quito.", ""},
		{"en", "Protesters marched down Avenida Brasil toward the palace.", ""},
		{"it", "Tra i piatti tipici ci sono il porcellino d'India arrosto e i fichi d'India.", ""},
		{"en", "Bankers talk of a Chinese wall between the two desks.", ""},
		// two languages with their articles; two adjectives with theirs
		{"it", "Molti arrivano sapendo meglio l'inglese o il tedesco che la nostra lingua.", ""},
		{"it", "Le lingue ufficiali sono il tetum e il portoghese.", ""},
		{"it", "Il tedesco Scholz e il francese Macron hanno firmato.", "DE FR"},
		{"it", "Servono soprattutto per le app di inglese e di tedesco.", ""},
		{"it", "I ministri di Italia e di Francia hanno firmato.", "IT FR"},
		// a strait and a company named for a state or a people
		{"it", "Le navi hanno pescato fino al margine dello stretto di Danimarca.", ""},
		{"en", "Trawlers fished up to the Denmark Strait before Norway closed it.", "NO"},
		{"it", "Anglo American controlla l'85% del gruppo.", ""},
		{"en", "The Bosnian Serb leader met officials of Republika Srpska in Banja Luka; Bosnia's court ruled.", "BA"},
		{"it", "I serbi di Bosnia e la Repubblica Serba sfidano Sarajevo; la Serbia tace.", "RS"},
		{"uk", "Лідер боснійських сербів керує Республікою Сербською, а Сербія мовчить.", "RS"},
		{"uk", "Закони Республіки Сербської суперечать рішенням Боснії і Герцеговини.", "BA"},
		{"uk", "Для Norwegian штраф менший, ніж для Ryanair.", ""},
		{"en", "A grant of US$5 million went to Fiji.", "FJ"},
		{"en", "The US $5 million grant went to Fiji.", "US FJ"},
		{"it", "Il giornalista Marco Russo e il collega Greco.", ""},
		{"it", "Russo e ucraino sono lingue diverse.", "RU UA"},
		{"it", "Fratelli d'Italia e Forza Italia hanno votato.", ""},
		{"it", "La Giordania e la Siria.", "JO SY"},
		{"it", "Il Ciad e il Niger.", "TD NE"},
		{"it", "l'America Latina e il Sud America", ""},
		{"it", "l'Irlanda del Nord e l'Irlanda", "IE"},
		{"it", "mali e rimedi; la malta del muro", ""},
	})
}

func TestExtractUkrainian(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"uk", "Міністр оборони України зустрівся з естонським колегою.", "UA EE"},
		{"uk", "Україна, Естонія та Люксембург започаткували коаліцію.", "UA EE LU"},
		{"uk", "у Люксембурзі, з Люксембургом, до Люксембургу", "LU"},
		{"uk", "Нідерланди, Нідерландів, Нідерландам, Нідерландах", "NL"},
		{"uk", "Сполучені Штати, Сполучених Штатів, США", "US"},
		{"uk", "Сполученими Штатами Америки та Америкою", "US"},
		{"uk", "Велика Британія, Великої Британії, Британія", "GB"},
		{"uk", "Сполученого Королівства та Сполученим Королівством", "GB"},
		{"uk", "Чехія, Чеська Республіка, Чеської Республіки", "CZ"},
		{"uk", "Голландія і голландський уряд", "NL"},
		{"uk", "у Польщі, з Польщею, польський, поляки", "PL"},
		{"uk", "у Білорусі, з Білоруссю, білоруські", "BY"},
		{"uk", "у Китаї, з Китаєм, китайська сторона", "CN"},
		{"uk", "в Єгипті, з Єгиптом, до Єгипту", "EG"},
		{"uk", "у Косові, з Косовом", "XK"},
		{"uk", "у Грузії, з Грузією", "GE"},
		{"uk", "В'єтнам, М'янма, Кот-д'Івуар", "VN MM CI"},
		{"uk", "Коста-Ріка та Коста-Рики", "CR"},
		{"uk", "з Об'єднаними Арабськими Еміратами та ОАЕ", "AE"},
		{"uk", "естонський, естонського, естонському, естонським, естонська, естонської, естонську, естонською, естонське, естонські, естонських, естонськими", "EE"},
		{"uk", "естонець, естонці, естонців", "EE"},
		{"uk", "українсько-естонська співпраця", "UA EE"},
		{"uk", "Російська Федерація, РФ, росіяни", "RU"},
		{"uk", "Північна Корея, Південна Корея, КНДР", "KP KR"},
		{"uk", "Латинська Америка та Латинської Америки", ""},
		{"uk", "Інтерфакс-Україна, Укрінформ, Українська правда", ""},
		{"uk", "ЄС, НАТО, ООН та UDCG зібралися у Києві й Таллінні.", ""},
		{"uk", "Рамштайнський формат у Брюсселі.", ""},
		{"uk", "Того ж дня делегація прибула до Того.", "TG"},
		{"uk", "грецький горіх і шведський стіл", ""},
		{"uk", "Голос Америки повідомив.", ""},
		{"uk", "Мальта і Малі; мали рацію.", "MT ML"},
	})
}
