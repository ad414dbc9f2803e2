package money

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kronika/corpus"
	"kronika/extract/token"
)

// TestExactAmounts checks that amounts are computed in decimal: the JSON
// of the amount is the plain number, without float noise.
func TestExactAmounts(t *testing.T) {
	x := New()
	for _, c := range []struct{ lang, text, json string }{
		{"en", "$62.9 million", "62900000"},
		{"uk", "1,5 млрд євро", "1500000000"},
		{"en", "€0.1bn", "100000000"},
		{"en", "$1.1", "1.1"},
		{"en", "$20 and 43c", "20.43"},
		{"en", "$4.35 trillion", "4350000000000"},
		{"it", "0,3 milioni di euro", "300000"},
		{"en", "€1.23456789 billion", "1234567890"},
		{"en", "£0.07", "0.07"},
		{"uk", "2,7 млн грн", "2700000"},
		{"en", "$9.99", "9.99"},
		{"en", "$33.3 million", "33300000"},
		{"en", "one and a half million dollars", "1500000"},
		{"it", "29,99 €", "29.99"},
	} {
		ms := x.Parse(c.text, c.lang)
		if len(ms) != 1 {
			t.Errorf("%q: %d amounts, want 1", c.text, len(ms))
			continue
		}
		b, err := json.Marshal(ms[0].Amount)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.json {
			t.Errorf("%q: amount encodes as %s, want %s", c.text, b, c.json)
		}
	}
}

func TestDec(t *testing.T) {
	for _, c := range []struct {
		d    dec
		want float64
	}{
		{dec{629, 5}, 62900000},
		{dec{15, 8}, 1500000000},
		{dec{2043, -2}, 20.43},
		{dec{1, -1}, 0.1},
		{dec{5, -1}, 0.5},
		{dec{0, 3}, 0},
		{dec{123, 0}, 123},
		{dec{7, 25}, 7e25},
		{dec{7, -20}, 7e-20},
	} {
		if got := c.d.float(); got != c.want {
			t.Errorf("%+v.float() = %v, want %v", c.d, got, c.want)
		}
	}
	if s, ok := add(dec{20, 0}, dec{43, -2}); !ok || s.float() != 20.43 {
		t.Errorf("20 + 0.43 = %+v %v", s, ok)
	}
	if _, ok := add(dec{maxMant - 1, 0}, dec{5, 0}); ok {
		t.Error("add did not report an overflow")
	}
	if !less(dec{2, 0}, dec{3, 0}) || less(dec{3, 9}, dec{2, 9}) || !less(dec{9, 8}, dec{1, 9}) || less(dec{1, 9}, dec{1, 9}) {
		t.Error("less is wrong")
	}
}

// TestMentionsAccumulate checks that an amount named twice is one entity
// with two mentions, and that Extract adds to entities already there.
func TestMentionsAccumulate(t *testing.T) {
	x := New()
	text := "Italy gave €30 million. The €30m will arrive in May, with 30 million euros more from Spain."
	var e corpus.Entities
	e.Money = []corpus.Money{{Amount: 5, Currency: "USD", Mentions: []corpus.Mention{{Text: "$5"}}}}
	x.Extract(token.New(text, "en", ""), &e)
	if len(e.Money) != 2 || e.Money[1].Amount != 30000000 || len(e.Money[1].Mentions) != 3 {
		t.Fatalf("got %+v", e.Money)
	}
	x.Extract(token.New("It cost $5.", "en", ""), &e)
	if len(e.Money) != 2 || len(e.Money[0].Mentions) != 2 {
		t.Fatalf("a known amount should gain a mention: %+v", e.Money)
	}
}

// TestAbbreviationPeriod: the period after a scale abbreviation belongs to
// the amount when the amount goes on after it; after a word in full, or
// before a word that is not a currency, it ends the sentence.
func TestAbbreviationPeriod(t *testing.T) {
	x := New()
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "The tranche included ammunition worth $400 million. A spokesman declined to comment.", "$400 million"},
		{"en", "It was worth €400 million. A spokesman declined.", "€400 million"},
		{"en", "Canberra added A$50 million. A$20 million more came later.", "A$50 million"},
		{"en", "Sales fell by 3 mln. A new plan follows.", ""},
		{"it", "Lo Stato ha stanziato 10 mln. di euro per la rete.", "10 mln. di euro"},
		{"it", "Il governo ha stanziato 30 milioni di euro. A Roma se ne discute.", "30 milioni di euro"},
		{"uk", "Премії сягатимуть 250 тис. грн на рік.", "250 тис. грн"},
		{"uk", "Уряд виділив 30 млн євро. А Данія додала ще.", "30 млн євро"},
	} {
		var e corpus.Entities
		x.Extract(token.New(tc.text, tc.lang, ""), &e)
		got := ""
		if len(e.Money) > 0 {
			got = e.Money[0].Mentions[0].Text
		}
		if got != tc.want {
			t.Errorf("%q: first mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestKronerResolution checks that "kroner" takes its nation from the
// document when an unambiguous name appears.
func TestKronerResolution(t *testing.T) {
	x := New()
	for _, c := range []struct{ text, code string }{
		{"Oslo pledged NOK 500 million; a further 100 million kroner follows.", "NOK"},
		{"Denmark gave 100 million kroner.", "DKK"},
		{"Stockholm gave 100 million kronor.", "SEK"},
		{"It costs 100 million kroner, like 3 million Swedish kronor.", "SEK"},
	} {
		ms := x.Parse(c.text, "en")
		found := false
		for _, m := range ms {
			if m.Amount == 100000000 {
				found = true
				if m.Currency != c.code {
					t.Errorf("%q: %s, want %s", c.text, m.Currency, c.code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no amount of 100 million", c.text)
		}
	}
}

// TestCentsOfTheNamedState: cents and lei of no currency named before
// them are those of the state their paragraph names; a euro-area state's
// cents are euro cents.
func TestCentsOfTheNamedState(t *testing.T) {
	x := New()
	for _, c := range []struct {
		lang, text, state string
		amount            float64
		code              string
	}{
		{"uk", "Словаччина бере 15 центів за пляшку.", "SK", 0.15, "EUR"},
		{"en", "Slovakia charges 15 cents a bottle.", "SK", 0.15, "EUR"},
		{"it", "La Slovacchia chiede 15 centesimi a bottiglia.", "SK", 0.15, "EUR"},
		{"en", "Michigan charges 10 cents a bottle.", "US", 0.1, "USD"},
		{"uk", "Канада бере 10 центів за пляшку.", "CA", 0.1, "CAD"},
		{"uk", "Тариф у Молдові перевищив 4 леї за кіловат-годину.", "MD", 4, "MDL"},
	} {
		e := corpus.Entities{Nations: []corpus.Nation{{Code: c.state, Mentions: make([]corpus.Mention, 1)}}}
		x.Extract(token.New(c.text, c.lang, ""), &e)
		if len(e.Money) != 1 || e.Money[0].Amount != c.amount || e.Money[0].Currency != c.code {
			t.Errorf("%q with %s: %+v, want %v %s", c.text, c.state, e.Money, c.amount, c.code)
		}
	}
}

// TestAmbiguousNameByDocumentNations: a name several states' currencies
// share, with no unambiguous name of its family in the document, goes to
// the currency of the state the document names most.
func TestAmbiguousNameByDocumentNations(t *testing.T) {
	x := New()
	nations := func(counts map[string]int) []corpus.Nation {
		var ns []corpus.Nation
		for code, n := range counts {
			ns = append(ns, corpus.Nation{Code: code, Mentions: make([]corpus.Mention, n)})
		}
		return ns
	}
	for _, c := range []struct {
		lang, text string
		named      map[string]int
		code       string
	}{
		{"en", "The budget adds 3.2 billion dirhams.", map[string]int{"MA": 3}, "MAD"},
		{"en", "The budget adds 3.2 billion dirhams.", map[string]int{"AE": 1}, "AED"},
		{"en", "The budget adds 3.2 billion dirhams.", nil, "AED"},
		{"en", "The budget adds 3.2 billion dirhams.", map[string]int{"MA": 1, "AE": 4, "FR": 9}, "AED"},
		{"en", "It cost 3.2 billion UAE dirhams; Rabat added 3.2 billion dirhams.", map[string]int{"MA": 5}, "AED"},
		{"en", "Oslo gave 3.2 billion kroner.", map[string]int{"NO": 2, "DK": 1}, "NOK"},
		{"en", "Fees rose by 320 billion øre.", map[string]int{"NO": 2}, "NOK"},
		{"en", "Buenos Aires spent 3.2 billion pesos.", map[string]int{"AR": 2}, "ARS"},
		{"en", "Colombo owes 3.2 billion rupees.", map[string]int{"LK": 2, "IN": 1}, "LKR"},
		{"it", "Il bilancio aggiunge 3,2 miliardi di dirham.", map[string]int{"MA": 2}, "MAD"},
		{"uk", "Бюджет додає 3,2 млрд дирхамів.", map[string]int{"MA": 2}, "MAD"},
		{"uk", "У бюджеті передбачено 3,2 млрд леїв.", map[string]int{"MD": 3, "UA": 1}, "MDL"},
		{"uk", "У бюджеті передбачено 3,2 млрд леїв.", map[string]int{"RO": 1}, "RON"},
		{"en", "Chisinau set aside 3.2 billion lei.", map[string]int{"MD": 2}, "MDL"},
		{"it", "Il bilancio di Chisinau stanzia 3,2 miliardi di lei.", map[string]int{"MD": 2}, "MDL"},
		// the Ukrainian and Italian names of the peso and the rupee are
		// ambiguous too, and "рупія" is the rupiah as well
		{"uk", "Податки дадуть 3,2 млрд песо.", map[string]int{"CL": 4, "AR": 1}, "CLP"},
		{"it", "Le tasse daranno 3,2 miliardi di pesos.", map[string]int{"CO": 2}, "COP"},
		{"en", "Havana's shops took 3.2 billion pesos.", map[string]int{"CU": 2, "MX": 1}, "CUP"},
		{"it", "All'Avana si spendono 3,2 miliardi di pesos.", map[string]int{"CU": 1}, "CUP"},
		{"uk", "Гавана витратила 3,2 млрд песо.", map[string]int{"DO": 1}, "DOP"},
		{"uk", "Експорт дав 3,2 млрд рупій.", map[string]int{"ID": 2}, "IDR"},
		{"uk", "Експорт дав 3,2 млрд рупій.", nil, "INR"},
		// "Rs" is every rupee; a bare amount takes the document's currency
		// even when that currency's name is one of a family
		{"en", "Islamabad paid Rs 3.2 billion.", map[string]int{"PK": 2}, "PKR"},
		{"en", "The state paid Rs 3.2 billion.", nil, "INR"},
		{"it", "La spesa vale 9.775 miliardi di rupie. Alla difesa 3,2 miliardi, circa 7,1 miliardi di euro. L'Fmi chiede altri 2 miliardi di rupie.", map[string]int{"PK": 3}, "PKR"},
		// a foreign member of the family named outright later is an
		// exception the writer marks, not the story's currency
		{"it", "Stoccolma stanzia 3,2 miliardi di corone. In Danimarca l'aiuto arriva a 140.000 corone danesi.", map[string]int{"SE": 4, "DK": 1}, "SEK"},
		// dinars and soms have no usual state: with none named, no amount
		{"en", "The fund raised 3.2 billion dinars.", map[string]int{"RS": 1}, "RSD"},
		{"en", "The fund raised 3.2 billion dinars.", map[string]int{"JO": 3, "IQ": 1}, "JOD"},
		{"en", "The fund raised 3.2 billion dinars.", map[string]int{"FR": 2}, ""},
		{"uk", "Фонд зібрав 3,2 млрд динарів.", map[string]int{"RS": 2}, "RSD"},
		{"it", "Le famiglie pagano 3,2 miliardi di sum.", map[string]int{"UZ": 1}, "UZS"},
		{"uk", "Уряд виділив 3,2 млрд сомів.", map[string]int{"KG": 1}, "KGS"},
		{"uk", "Уряд виділив 3,2 млрд сомів.", nil, ""},
		// "K" touching its number: the kwacha, kina or kyat of the state named
		{"en", "Lusaka's fuel bill is K3.2 billion.", map[string]int{"ZM": 2}, "ZMW"},
		{"en", "The budget adds about K3.2 billion.", map[string]int{"MW": 3, "ZM": 1}, "MWK"},
		{"en", "The grant is K3.2 billion.", map[string]int{"PG": 1}, "PGK"},
		{"en", "The grant is K3.2 billion.", map[string]int{"FR": 1}, ""},
		{"en", "Blantyre's traders paid 3.2 billion kwacha.", map[string]int{"MW": 2}, "MWK"},
		// "P" touching a formatted or scaled number: the peso or the pula
		{"en", "The Office of the President released P3.2 billion.", map[string]int{"PH": 2}, "PHP"},
		{"en", "The fund got P3.2 billion.", map[string]int{"BW": 1}, "BWP"},
		{"en", "Each province gets P3,200,000,000.", map[string]int{"PH": 1}, "PHP"},
		{"en", "The grant is P3.2 billion.", map[string]int{"FR": 1}, ""},
		{"en", "The electoral office asked for S/ 3.2 billion.", nil, "PEN"},
		// "N" and "Q" touching their number: the naira and the quetzal, in a
		// story about their state only
		{"en", "The coastal road will cost N3.2 billion.", map[string]int{"NG": 1}, "NGN"},
		{"en", "The coastal road will cost N3.2 billion.", nil, ""},
		{"en", "Repairs have risen to about Q3.2 billion.", map[string]int{"GT": 2}, "GTQ"},
		{"en", "Repairs have risen to about Q3.2 billion.", map[string]int{"MX": 2}, ""},
		// riyals, rials and shillings by state
		{"en", "Doha set aside 3.2 billion riyals.", map[string]int{"QA": 2}, "QAR"},
		{"en", "Riyadh set aside 3.2 billion riyals.", nil, "SAR"},
		{"en", "Muscat set aside 3.2 billion rials.", map[string]int{"OM": 2}, "OMR"},
		{"uk", "Сторона виділить 3,2 млрд саудівських ріалів.", nil, "SAR"},
		{"en", "Kampala borrowed 3.2 billion shillings.", map[string]int{"UG": 2}, "UGX"},
		// Austria's schilling, before the euro
		{"it", "A Innsbruck gli alberghi incassarono 3,2 miliardi di scellini.", map[string]int{"AT": 2, "IT": 3}, "ATS"},
		{"en", "Tyrol's hotels took in 3.2 billion shillings.", map[string]int{"AT": 1}, "ATS"},
		{"uk", "Готелі Тіролю заробили 3,2 млрд шилінгів.", map[string]int{"AT": 1}, "ATS"},
		{"en", "Nairobi borrowed 3.2 billion shillings.", map[string]int{"KE": 2, "AT": 1}, "KES"},
		// "lire" are Italy's old lire unless the text is about a state
		// with a lira of its own; in English a bare lira is Turkey's
		{"it", "Il salario minimo sale a 3,2 miliardi di lire.", map[string]int{"TR": 2}, "TRY"},
		{"it", "Nel 1995 lo Stato spese 3,2 miliardi di lire.", map[string]int{"IT": 1}, "ITL"},
		{"it", "Nel 1995 lo Stato spese 3,2 miliardi di lire.", nil, "ITL"},
		{"it", "La lira turca crolla: il debito sale a 3,2 miliardi di lire.", map[string]int{"IT": 3}, "TRY"},
		{"en", "Rome spent 3.2 billion lire in 1995.", map[string]int{"IT": 2}, "ITL"},
		{"en", "Ankara spent 3.2 billion lira.", nil, "TRY"},
		// the CFA franc of the union the named state belongs to
		{"it", "Il servizio del debito assorbirà 3,2 miliardi di franchi CFA.", map[string]int{"SN": 2}, "XOF"},
		{"en", "Yaoundé spent 3.2 billion CFA francs.", map[string]int{"CM": 2}, "XAF"},
		{"uk", "Уряд витратив 3,2 млрд франків КФА.", map[string]int{"CI": 1}, "XOF"},
		// Italian names the Dutch guilder as it does the forint; the
		// marks of Germany and Finland are gone, Bosnia's is not
		{"it", "Lo Stato incassò 3,2 miliardi di fiorini.", map[string]int{"NL": 2}, "NLG"},
		{"it", "Lo Stato incassò 3,2 miliardi di fiorini.", map[string]int{"HU": 1}, "HUF"},
		{"it", "Lo Stato incassò 3,2 miliardi di fiorini.", nil, "HUF"},
		{"it", "Lo Stato incassò 3,2 miliardi di marchi.", map[string]int{"DE": 2, "IT": 1}, "DEM"},
		{"it", "Lo Stato incassò 3,2 miliardi di marchi.", map[string]int{"FI": 1}, "FIM"},
		{"it", "Lo Stato incassò 3,2 miliardi di marchi.", map[string]int{"BA": 1}, "BAM"},
		{"uk", "Уряд отримав 3,2 млрд марок.", map[string]int{"DE": 1}, "DEM"},
		{"uk", "Уряд отримав 3,2 млрд марок.", nil, "BAM"},
	} {
		e := corpus.Entities{Nations: nations(c.named)}
		x.Extract(token.New(c.text, c.lang, ""), &e)
		found := false
		for _, m := range e.Money {
			if m.Amount == 3.2e9 {
				found = true
				if m.Currency != c.code {
					t.Errorf("%q with %v: %s, want %s", c.text, c.named, m.Currency, c.code)
				}
			}
		}
		if !found && c.code != "" {
			t.Errorf("%q: no amount of 3.2 billion", c.text)
		}
		if found && c.code == "" {
			t.Errorf("%q with %v: an amount of 3.2 billion, want none", c.text, c.named)
		}
	}
}

// TestAmbiguousNameTieGoesToFirstNamed: of two issuing states the text
// names as often, the one it names first is the story's.
func TestAmbiguousNameTieGoesToFirstNamed(t *testing.T) {
	x := New()
	for _, c := range []struct {
		text  string
		order []string // nations in order of first mention, once each
		code  string
	}{
		{"Growers want Rs3,900 per bag.", []string{"PK", "IN"}, "PKR"},
		{"Growers want Rs3,900 per bag.", []string{"IN", "PK"}, "INR"},
		{"The State stood to lose Rs. 3,900.", []string{"DE", "LK", "IN"}, "LKR"},
		{"Oslo and Copenhagen each pay 3,900 kroner.", []string{"DK", "NO"}, "DKK"},
		{"Oslo and Copenhagen each pay 3,900 kroner.", []string{"NO", "DK"}, "NOK"},
	} {
		var ns []corpus.Nation
		for _, code := range c.order {
			ns = append(ns, corpus.Nation{Code: code, Mentions: make([]corpus.Mention, 1)})
		}
		e := corpus.Entities{Nations: ns}
		x.Extract(token.New(c.text, "en", ""), &e)
		if len(e.Money) != 1 || e.Money[0].Amount != 3900 || e.Money[0].Currency != c.code {
			t.Errorf("%q with %v: %+v, want 3900 %s", c.text, c.order, e.Money, c.code)
		}
	}
}

// TestWeakNameOfTheNamedState: a currency whose name is also a common
// word ("rand", "лев", "dram") needs an amount written as one, unless the
// document names the state that issues it; a sign leans on that only in
// a sentence that speaks of money.
func TestWeakNameOfTheNamedState(t *testing.T) {
	x := New()
	for _, c := range []struct {
		lang, text string
		named      string
		want       string
	}{
		{"it", "Il sussidio da 370 rand al mese resta.", "ZA", "370 ZAR"},
		{"it", "Il sussidio da 370 rand al mese resta.", "", ""},
		{"it", "Il sussidio da 370 rand al mese resta.", "NG", ""},
		{"uk", "Квиток до Львова коштує 160 левів.", "BG", "160 BGN"},
		{"uk", "Квиток до Львова коштує 160 левів.", "", ""},
		{"en", "The tariff rose by nearly 7 dram per kilowatt-hour.", "AM", "7 AMD"},
		{"en", "The tariff rose by nearly 7 dram per kilowatt-hour.", "GE", ""},
		{"en", "They paid five lei each.", "MD", "5 MDL"},
		{"en", "They paid five lei each.", "", ""},
		// a range of plain numbers
		{"en", "Tickets cost 20 to 30 rand.", "ZA", "20 ZAR, 30 ZAR"},
		{"en", "Tickets cost 20 to 30 rand.", "", ""},
		// "R5" is a road or a grade even in South Africa
		{"en", "The R5 road was closed.", "ZA", ""},
		{"en", "Tablets can cost R150 or more.", "ZA", "150 ZAR"},
		{"en", "Tablets can cost R150 or more.", "", ""},
		{"en", "A bag of maize costs P95 at the shop.", "BW", "95 BWP"},
		{"en", "The P95 route closed.", "BW", ""},
		// the sen alone is a price in ringgit where the text names Malaysia
		{"en", "A plate of noodles went up from 70 sen to 80 sen.", "MY", "0.7 MYR, 0.8 MYR"},
		{"en", "A plate of noodles went up from 70 sen to 80 sen.", "", ""},
		{"en", "Bus fares rise by 20 sen next month.", "MY", "0.2 MYR"},
		{"en", "Bus fares rise by 20 sen next month.", "ID", ""},
	} {
		var e corpus.Entities
		if c.named != "" {
			e.Nations = []corpus.Nation{{Code: c.named, Mentions: make([]corpus.Mention, 1)}}
		}
		x.Extract(token.New(c.text, c.lang, ""), &e)
		var got []string
		for _, m := range e.Money {
			got = append(got, fmt.Sprintf("%v %s", m.Amount, m.Currency))
		}
		if g := strings.Join(got, ", "); g != c.want {
			t.Errorf("%q with %q: %q, want %q", c.text, c.named, g, c.want)
		}
	}
}

// TestBareScaledAmounts: a scaled amount without a currency is money in
// the currency of the amount before it in its sentence, or else in the
// document's currency, when its sentence speaks of money and it ends its
// phrase; a count ("3 million people") or a sentence without money words
// is not.
func TestBareScaledAmounts(t *testing.T) {
	x := New()
	for _, c := range []struct {
		lang, text string
		want       []string // "amount CUR"
	}{
		{"it", "Il bonus vale 440 euro. Per finanziarlo il governo chiederà un contributo di circa 11 miliardi in tre anni.",
			[]string{"440 EUR", "11000000000 EUR"}},
		{"it", "Il piano mobilita 800 miliardi di euro, di cui 150 miliardi sotto forma di prestiti.",
			[]string{"800000000000 EUR", "150000000000 EUR"}},
		{"uk", "За золото виплачують 125 тис. доларів, за срібло — 80 тис., за бронзу — 55 тис.",
			[]string{"125000 USD", "80000 USD", "55000 USD"}},
		{"en", "Britain gave £40m. The budget adds 3 billion over five years.", []string{"40000000 GBP", "3000000000 GBP"}},
		// words of money of every kind: an outlay, a compensation
		{"it", "L'offerta vale 900 milioni di euro.\n\nSi parla di un esborso vicino ai 750 milioni.", []string{"900000000 EUR", "750000000 EUR"}},
		{"en", "The deal is worth £40m.\n\nThe total outlay could reach 3 billion.", []string{"40000000 GBP", "3000000000 GBP"}},
		{"uk", "Уряд виділив 2 млрд гривень.\n\nКомпенсація сягне 500 млн.", []string{"2000000000 UAH", "500000000 UAH"}},
		// the sentence after a priced one shares it out, with no word of money
		{"it", "L'Ue ha varato un fondo da 4 miliardi di euro per la regione. Alla Serbia ne spettano circa 600 milioni, legati alle riforme.",
			[]string{"4000000000 EUR", "600000000 EUR"}},
		{"it", "Il prestito vale 500 milioni di euro. Ai comuni andranno circa 200 milioni.",
			[]string{"500000000 EUR", "200000000 EUR"}},
		// a scaled count between them is what the sentence goes on with
		{"uk", "Бюджет розраховано на ціну $70 за барель і видобуток 2 млн барелів на добу; насправді країна дає 1,6 млн.",
			[]string{"70 USD"}},
		// a unit price shares out nothing
		{"it", "Al museo il biglietto costa ancora 200 yen. Nel 2024 i visitatori sono stati circa due milioni: molti stranieri.",
			[]string{"200 JPY"}},
		{"en", "A ticket costs $12. Last year the museum drew about 2 million.", []string{"12 USD"}},
		// two sentences away, or in the next paragraph, nothing is shared
		{"it", "Il fondo vale 4 miliardi di euro. La regione conta molti abitanti. Alla Serbia ne spettano 600 milioni, dicono.",
			[]string{"4000000000 EUR"}},
		// bare billions read so far count among the amounts a story
		// prices in one currency: after three, the next bare billions are
		// in it without a word of money
		{"it", "Il piano vale 120 miliardi di euro, di cui 45 miliardi in prestiti e 30 miliardi in sovvenzioni. Il governo lo presenterà lunedì. Alla sanità, circa 9,5 miliardi, va la quota minore.",
			[]string{"120000000000 EUR", "45000000000 EUR", "30000000000 EUR", "9500000000 EUR"}},
		{"it", "Il piano vale 120 miliardi di euro. Il governo lo presenterà lunedì. Alla sanità, circa 9,5 miliardi, va la quota minore.",
			[]string{"120000000000 EUR"}},
		{"en", "The plan is worth €120 billion, of which 45 billion is in loans and 30 billion in grants. The cabinet will present it on Monday. Health, at about 9.5 billion, gets the smallest slice.",
			[]string{"120000000000 EUR", "45000000000 EUR", "30000000000 EUR", "9500000000 EUR"}},
		{"en", "The plan is worth €120 billion. The cabinet will present it on Monday. Health, at about 9.5 billion, gets the smallest slice.",
			[]string{"120000000000 EUR"}},
		// grants are money: "miliardi di sovvenzioni"
		{"it", "Il piano vale 120 miliardi di euro. La Grecia punta a circa 17,8 miliardi di sovvenzioni.",
			[]string{"120000000000 EUR", "17800000000 EUR"}},
		// a currency that several states share prices the next sentence too,
		// and the digits of a spaced number make one amount
		{"uk", "Tata заплатить 2700 крор рупій. Друга пропозиція становила 15 100 крор.",
			[]string{"27000000000 INR", "151000000000 INR"}},
		// a colon after an amount opens the list of its parts, which add up to it
		{"uk", "Міністр анонсував до 90 млн євро: 50 млн отримають школи, ще 40 млн — лікарні.",
			[]string{"90000000 EUR", "50000000 EUR", "40000000 EUR"}},
		{"en", "The government set aside €90 million: 50 million will go to schools, 40 million to hospitals.",
			[]string{"90000000 EUR", "50000000 EUR", "40000000 EUR"}},
		{"en", "The plan costs €90 million: 3 million homes will be insulated.", []string{"90000000 EUR"}},
		// no list that adds up here, but the verb right after "50 млн"
		// ends its phrase in the sentence that priced the 90: the schools
		// get euros, the 40 million are people
		{"uk", "Уряд виділив 90 млн євро: 50 млн отримають школи. Ще 40 млн людей чекають.", []string{"90000000 EUR", "50000000 EUR"}},
		// a lakh or a crore counts South Asian money, never the euros or
		// dollars priced before it
		{"it", "Il governo stanzia 2 miliardi di euro per il porto. Mumbai conta di raccogliere tra i 5.000 e gli 8.000 crore con il nuovo bond.",
			[]string{"2000000000 EUR", "50000000000 INR", "80000000000 INR"}},
		{"en", "Islamabad spent 2 billion Pakistani rupees on buses. The EU gave €50 million; the budget adds another 300 crore.",
			[]string{"2000000000 PKR", "50000000 EUR", "3000000000 PKR"}},
		{"en", "The EU gave €50 million and India 30 crore.", []string{"50000000 EUR", "300000000 INR"}},
		{"uk", "ЄС дав 50 млн євро. Індія витратить на дороги ще 900 крор.", []string{"50000000 EUR", "9000000000 INR"}},
		{"en", "The EU gave €50 million to help 2 crore people.", []string{"50000000 EUR"}},
		{"en", "Britain gave £40m to help 3 million people.", []string{"40000000 GBP"}},
		{"en", "Britain gave £40m. About 3 million voted.", []string{"40000000 GBP"}},
		{"it", "Il governo stanzia 40 milioni di euro. In Italia vivono 59 milioni di persone.", []string{"40000000 EUR"}},
		{"it", "Il bilancio cresce di 2 miliardi.", nil},
		// an Italian scale noun counts a noun only through "di": any other
		// word after it ends the bare amount; "ne" takes up the 15,2
		// miliardi for the 2,3 its verb receives
		{"it", "Il rimborso vale 1,5 miliardi di euro; la Germania, che partecipò con 15,2 miliardi attraverso la KfW, ne riceve 2,3 e la Francia, con 11,4 miliardi prestati, circa 1,7.",
			[]string{"1500000000 EUR", "15200000000 EUR", "2300000000 EUR", "11400000000 EUR"}},
		{"it", "La manovra vale 30 miliardi di euro e aiuta 2 milioni di famiglie.", []string{"30000000000 EUR"}},
		{"it", "La manovra vale 30 miliardi di euro e aiuta 300 mila famiglie.", []string{"30000000000 EUR"}},
		{"it", "La manovra vale 30 miliardi di euro: 2 milioni e mezzo di persone ne beneficiano.", []string{"30000000000 EUR"}},
		{"uk", "Бюджет отримав 2 млрд гривень. Україну відвідали 3 млн туристів.", []string{"2000000000 UAH"}},
		// a quotation ends the phrase; tax words speak of money
		{"it", "La manovra vale 1,2 miliardi di euro. Il taglio del cuneo fiscale «assorbe circa 18 miliardi».",
			[]string{"1200000000 EUR", "18000000000 EUR"}},
		// a word of money right after the amount
		{"it", "Bruxelles mette 105 milioni di euro, a cui si aggiungono 150 milioni di sostegno al bilancio.",
			[]string{"105000000 EUR", "150000000 EUR"}},
		{"it", "Bruxelles mette 105 milioni di euro, a cui si aggiungono 150 milioni di abitanti.", []string{"105000000 EUR"}},
		// an additive word after an amount priced in the paragraph
		{"it", "La sanità riceve 1,2 miliardi di euro nel 2025. Altri 300 milioni andranno ai comuni.",
			[]string{"1200000000 EUR", "300000000 EUR"}},
		{"it", "La sanità riceve 1,2 miliardi di euro nel 2025. Altri 3 milioni di persone aspettano.", []string{"1200000000 EUR"}},
		{"it", "La sanità riceve 1,2 miliardi di euro nel 2025.\n\nAltri 300 milioni andranno ai comuni.", []string{"1200000000 EUR"}},
		{"en", "The EU pledged €300 million. Another 40 million people need aid.", []string{"300000000 EUR"}},
		{"en", "The EU pledged €300 million on Monday; another 40 million, Norway said.", []string{"300000000 EUR", "40000000 EUR"}},
		// the amount before it in its sentence, not the document's currency
		{"it", "Il FMI porta il prestito da 3 a 8 miliardi di dollari. L'Ue mette 7,4 miliardi di euro, di cui 5 miliardi in prestiti e 600 milioni in doni.",
			[]string{"3000000000 USD", "8000000000 USD", "7400000000 EUR", "5000000000 EUR", "600000000 EUR"}},
		{"it", "Gli scambi valgono 900 miliardi di dollari e i servizi 300 miliardi di dollari. Ottawa colpisce 30 miliardi di dollari canadesi di merci, destinati a salire a 155 miliardi in tre settimane.",
			[]string{"900000000000 USD", "300000000000 USD", "30000000000 CAD", "155000000000 CAD"}},
		// the sentence right before prices it, before the document's
		// currency does: Rome's bonus is in the euros Rome set aside
		{"it", "Il FMI presta 3 miliardi di dollari e poi altri 8 miliardi di dollari. Roma stanzia 7 miliardi di euro. Il bonus costerà ancora 11 miliardi in tre anni.",
			[]string{"3000000000 USD", "8000000000 USD", "7000000000 EUR", "11000000000 EUR"}},
		// a story priced in one currency only counts its bare billions in it,
		// with no word of money; not its millions, which are as often people
		{"it", "Il governo stanzia 4 miliardi di euro, poi 2 miliardi di euro e 900 milioni di euro.\n\nAlla scuola vanno 1,5 miliardi, con nuovi insegnanti.",
			[]string{"4000000000 EUR", "2000000000 EUR", "900000000 EUR", "1500000000 EUR"}},
		{"it", "Il governo stanzia 4 miliardi di euro, poi 2 miliardi di euro e 900 milioni di euro.\n\nGli iscritti al voto sono circa 12,4 milioni.",
			[]string{"4000000000 EUR", "2000000000 EUR", "900000000 EUR"}},
		{"it", "Il governo stanzia 4 miliardi di euro e 900 milioni di dollari.\n\nAlla scuola vanno 1,5 miliardi, con nuovi insegnanti.",
			[]string{"4000000000 EUR", "900000000 USD"}},
		// two sentences away, the document's currency
		{"it", "Il FMI presta 3 miliardi di dollari e poi altri 8 miliardi di dollari. Roma stanzia 7 miliardi di euro. Il piano è ambizioso. Il bonus costerà ancora 11 miliardi in tre anni.",
			[]string{"3000000000 USD", "8000000000 USD", "7000000000 EUR", "11000000000 USD"}},
		// both ends of a bare range
		{"it", "La manovra vale 1,2 miliardi di euro. Per il bonus la dote è tra i 40 e i 60 milioni.",
			[]string{"1200000000 EUR", "40000000 EUR", "60000000 EUR"}},
		{"it", "La manovra vale 1,2 miliardi di euro. Tra i 40 e i 60 milioni di italiani ne beneficiano.", []string{"1200000000 EUR"}},
		// a headline's bare amount takes the currency the body restates it
		// in; restated in two, it takes none of them
		{"uk", "Оттава обіцяє родинам загиблих по 25 тисяч, Кишинів чекає на кредит\n\nКурс тримається біля 24 гривень за долар, бюджет отримав 6,1 млрд гривень.\n\nУряд Канади виплатить родинам по 25 тисяч канадських доларів.",
			[]string{"25000 CAD", "24 UAH", "6100000000 UAH"}},
		{"en", "Ottawa pledges 2 million in aid\n\nWashington gave $6 billion and $3 billion.\n\nOttawa will pay 2 million Canadian dollars, plus £2 million from London.",
			[]string{"2000000 USD", "6000000000 USD", "3000000000 USD", "2000000 CAD", "2000000 GBP"}},
		// a promised sum is money, as a pledged one is
		{"it", "La regione ha fissato gli indennizzi a 2.000 euro al metro quadro. Sui 300 milioni promessi dalla società gli sfollati non contano più.",
			[]string{"2000 EUR", "300000000 EUR"}},
		{"it", "La regione ha fissato gli indennizzi a 2.000 euro al metro quadro. I 3 milioni di alberi promessi dalla società non si vedono.",
			[]string{"2000 EUR"}},
		// a lone scale word after an amount at its scale in its sentence
		// goes on in that amount's currency; at another scale, or with a
		// noun after it, it counts something else
		{"uk", "Із 20 млрд євро обіцянок до осені надійде хіба що мільярд, кажуть аналітики.",
			[]string{"20000000000 EUR", "1000000000 EUR"}},
		{"it", "Dei 20 miliardi di euro annunciati almeno un miliardo arriverà entro l'estate.",
			[]string{"20000000000 EUR", "1000000000 EUR"}},
		{"en", "The appeal raised 20 billion euros and reached a million, the agency said.",
			[]string{"20000000000 EUR"}},
		{"uk", "Фонд зібрав 20 млрд євро і допоміг майже мільярду людей.",
			[]string{"20000000000 EUR"}},
		{"it", "Il fondo ha raccolto 20 miliardi di euro e un miliardo di persone ne beneficia.",
			[]string{"20000000000 EUR"}},
	} {
		var e corpus.Entities
		x.Extract(token.New(c.text, c.lang, ""), &e)
		var got []string
		for _, m := range e.Money {
			got = append(got, strconv.FormatFloat(m.Amount, 'f', -1, 64)+" "+m.Currency)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestConcurrent runs one Extractor from many goroutines; the race
// detector reports any shared mutable state.
func TestConcurrent(t *testing.T) {
	x := New()
	texts := []string{"more than 30 million euros", "1,5 млрд євро", "tra 2 e 3 miliardi di euro"}
	langs := []string{"en", "uk", "it"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				k := (g + i) % len(texts)
				if ms := x.Parse(texts[k], langs[k]); len(ms) == 0 {
					t.Errorf("%q: nothing found", texts[k])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestBadInput feeds text that must not break the extractor.
func TestBadInput(t *testing.T) {
	x := New()
	for _, s := range []string{
		"", "\x00\x00€\x00", "\xff\xfe$10\xff", "€", "$$$$", "1,", ",1", "1.2.3.4.5.6.7.8.9.10.11 €",
		strings.Repeat("9", 400) + " euros", strings.Repeat("1 000 ", 50) + "€",
		strings.Repeat("million ", 100) + "euros", "€" + strings.Repeat("9,", 200),
		"0.000000000000000000000000001 dollars", "99999999999999999999 billion euros",
		strings.Repeat("between ", 50), "п'", "d'", "' ' '", "-€-$-£-", "tra e", "від до",
	} {
		for _, lang := range []string{"en", "it", "uk", "und"} {
			checkInvariants(t, s, x.Parse(s, lang))
		}
	}
	// A large input.
	big := strings.Repeat("Ministers pledged more than €30 million, or 1,5 млрд євро, on Monday. ", 2000)
	checkInvariants(t, big, x.Parse(big, "und"))
	var e corpus.Entities
	x.Extract(nil, &e)
	x.Extract(token.New("€5", "en", ""), nil)
}

func checkInvariants(t *testing.T, text string, ms []corpus.Money) {
	t.Helper()
	runes := []rune(text)
	n := len(runes)
	type key struct {
		amount float64
		code   string
	}
	seen := map[key]bool{}
	for _, m := range ms {
		if math.IsNaN(m.Amount) || math.IsInf(m.Amount, 0) || m.Amount < 0 {
			t.Errorf("%q: bad amount %v", text, m.Amount)
		}
		if len(m.Currency) != 3 || strings.ToUpper(m.Currency) != m.Currency {
			t.Errorf("%q: bad currency %q", text, m.Currency)
		}
		if len(m.Mentions) == 0 {
			t.Errorf("%q: amount without mentions", text)
		}
		k := key{m.Amount, m.Currency}
		if seen[k] {
			t.Errorf("%q: %v %s twice", text, m.Amount, m.Currency)
		}
		seen[k] = true
		for _, mm := range m.Mentions {
			if mm.Start < 0 || mm.End > n || mm.Start >= mm.End {
				t.Errorf("%q: bad offsets %d:%d", text, mm.Start, mm.End)
				continue
			}
			if utf8.ValidString(text) {
				if s := string(runes[mm.Start:mm.End]); s != mm.Text {
					t.Errorf("%q: offsets slice %q, mention says %q", text, s, mm.Text)
				}
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, set := range [][]moneyCase{englishCases, italianCases, ukrainianCases} {
		for i, c := range set {
			if i%4 == 0 {
				f.Add(c.text, c.lang)
			}
		}
	}
	f.Add("\x00€1\u00a0000,5 млрд", "und")
	for _, c := range moreCases {
		f.Add(c.text, c.lang)
	}
	for _, s := range []string{"a pound", "$3 a pound", "5 grand", "two-", "-to-", "€5m; 3", "до 2 млн"} {
		f.Add(s, "en")
	}
	x := New()
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkInvariants(t, text, x.Parse(text, lang))
	})
}

// TestLocalDollar: a bare "$" or "dollars" is the dollar of the state a
// domestic story is about — all its ministers that state's, no state
// mentioned more — else the US dollar; a bare "pounds" likewise its pound,
// else sterling.
func TestLocalDollar(t *testing.T) {
	nation := func(code string, n int) corpus.Nation {
		return corpus.Nation{Code: code, Mentions: make([]corpus.Mention, n)}
	}
	minister := func(codes ...string) []corpus.Minister {
		var ms []corpus.Minister
		for _, c := range codes {
			ms = append(ms, corpus.Minister{Nation: c})
		}
		return ms
	}
	cases := []struct {
		name, lang, text string
		nations          []corpus.Nation
		ministers        []corpus.Minister
		want             string
	}{
		{"Australian politics", "en", "The visa fee jumped to $1,600.", []corpus.Nation{nation("AU", 2), nation("US", 1), nation("IN", 1)}, minister("AU", "AU", "AU"), "1600 AUD"},
		{"Canada in dollars", "en", "Ottawa will spend 5 billion dollars.", []corpus.Nation{nation("CA", 3)}, minister("CA", "CA"), "5000000000 CAD"},
		{"in Italian", "it", "Canberra spenderà 5 miliardi di dollari.", []corpus.Nation{nation("AU", 2)}, minister("AU", "", "AU"), "5000000000 AUD"},
		{"in Ukrainian", "uk", "Оттава виділить 5 млрд доларів.", []corpus.Nation{nation("CA", 2)}, minister("CA", "CA"), "5000000000 CAD"},
		{"in Ukrainian, the US in the story", "uk", "Канберра і Вашингтон вкладуть по $1 млрд.", []corpus.Nation{nation("AU", 4), nation("US", 2)}, minister("AU", "AU"), "1000000000 USD"},
		{"in English, the US in the story", "en", "Canberra will put in $1bn.", []corpus.Nation{nation("AU", 4), nation("US", 2)}, minister("AU", "AU"), "1000000000 AUD"},
		{"a summit", "it", "Il prestito da 50 miliardi di dollari.", []corpus.Nation{nation("CA", 3), nation("US", 2)}, minister("CA", "IT", "JP"), "50000000000 USD"},
		{"one minister", "en", "Ottawa will spend $5bn.", []corpus.Nation{nation("CA", 3)}, minister("CA"), "5000000000 USD"},
		{"another state mentioned more", "en", "Taipei's chipmaker will invest $100bn.", []corpus.Nation{nation("US", 7), nation("TW", 3)}, minister("TW", "TW"), "100000000000 USD"},
		{"its ministers speak for the state", "en", "The ferries cost $551 million.", []corpus.Nation{nation("KR", 2), nation("NZ", 1)}, minister("NZ", "NZ", "NZ"), "551000000 NZD"},
		{"a domestic story about a state with no dollar", "en", "Canberra will pay $600 million.", []corpus.Nation{nation("PG", 9), nation("AU", 5)}, minister("AU", "AU", "AU"), "600000000 AUD"},
		{"another dollar state mentioned more", "en", "Canberra will pay $600 million.", []corpus.Nation{nation("CA", 9), nation("AU", 5)}, minister("AU", "AU", "AU"), "600000000 USD"},
		{"a foreign story told by two ministers", "en", "The ferries cost $551 million.", []corpus.Nation{nation("US", 4), nation("NZ", 1)}, minister("NZ", "NZ"), "551000000 USD"},
		{"no dollar state", "en", "Kyiv received $2bn.", []corpus.Nation{nation("UA", 5)}, minister("UA", "UA"), "2000000000 USD"},
		{"no ministers", "en", "Canberra pledged $2bn.", []corpus.Nation{nation("AU", 3)}, nil, "2000000000 USD"},
		{"a foreign dollar named", "en", "Taiwan gave NT$30bn and $2bn more.", []corpus.Nation{nation("US", 3)}, nil, "30000000000 TWD; 2000000000 USD"},
		{"the US dollar named outright", "en", "Ottawa adds $2.3 billion to its share of the US$50 billion loan.", []corpus.Nation{nation("CA", 3), nation("UA", 3)}, minister("CA", "UA", "GB"), "2300000000 CAD; 50000000000 USD"},
		{"the US dollar named, in Ukrainian", "uk", "Завод коштує 8,6 млрд доларів. Торік TSMC заробила 838 млрд тайванських доларів (28 млрд доларів США).", []corpus.Nation{nation("JP", 8), nation("TW", 5)}, minister("JP", "JP", "TW"), "8600000000 USD; 838000000000 TWD; 28000000000 USD"},
		{"the US dollar named, no dollar state twice", "en", "Kyiv got $2bn of the US$50bn loan.", []corpus.Nation{nation("UA", 4), nation("CA", 1)}, nil, "2000000000 USD; 50000000000 USD"},
		{"most ministers of one state", "en", "The deficit is $78.3 billion.", []corpus.Nation{nation("CA", 6), nation("US", 3)}, minister("CA", "CA", "CA", "US"), "78300000000 CAD"},
		{"a state's story that quotes others", "en", "The budget adds $9 billion.", []corpus.Nation{nation("CA", 12), nation("US", 3), nation("UA", 4)}, minister("CA", "CA", "CA", "DE", "PT", "EE", "US", "UA"), "9000000000 CAD"},
		{"a state's story, two of its ministers", "en", "The budget adds $9 billion.", []corpus.Nation{nation("CA", 12), nation("US", 3), nation("UA", 4)}, minister("CA", "CA", "DE", "PT", "EE", "US", "UA"), "9000000000 USD"},
		{"a state not mentioned enough", "en", "The budget adds $9 billion.", []corpus.Nation{nation("CA", 8), nation("US", 3), nation("UA", 4)}, minister("CA", "CA", "CA", "DE", "PT", "EE", "US", "UA"), "9000000000 USD"},
		{"no state with most ministers", "en", "The deficit is $78.3 billion.", []corpus.Nation{nation("CA", 6), nation("US", 3)}, minister("CA", "CA", "US"), "78300000000 USD"},
		// the headline or first sentence speaks from a dollar state's capital
		{"a capital in the headline", "en", "Ottawa's cap on student visas hits colleges\n\nColleges lose $2bn a year.", []corpus.Nation{nation("CA", 2), nation("GB", 2), nation("AU", 2)}, minister("CA", "CA", "GB", "AU"), "2000000000 CAD"},
		{"a capital in the headline, one minister", "en", "Ottawa's cap on student visas hits colleges\n\nColleges lose $2bn a year.", []corpus.Nation{nation("CA", 2), nation("GB", 2)}, minister("CA", "GB", "AU"), "2000000000 USD"},
		{"a capital in the headline, its dollar named", "en", "Ottawa's cap on student visas hits colleges\n\nColleges lose C$2bn a year, or $1.5bn.", []corpus.Nation{nation("CA", 2), nation("GB", 2)}, minister("CA", "CA", "GB", "AU"), "2000000000 CAD; 1500000000 USD"},
		{"a capital after the first sentence", "en", "Colleges lose $2bn a year. Ottawa's cap hits them hardest.", []corpus.Nation{nation("CA", 2), nation("GB", 2), nation("AU", 2)}, minister("CA", "CA", "GB", "AU"), "2000000000 USD"},
		// pounds: Egypt's in an Egyptian story, sterling elsewhere
		{"Egyptian pounds", "en", "The minimum wage rises to 6,000 pounds a month.", []corpus.Nation{nation("EG", 4)}, minister("EG", "EG"), "6000 EGP"},
		{"Egyptian pounds in Italian", "it", "Il salario minimo sale a 6.000 sterline al mese.", []corpus.Nation{nation("EG", 4)}, minister("EG", "EG"), "6000 EGP"},
		{"sterling", "en", "The minimum wage rises to 6,000 pounds a month.", []corpus.Nation{nation("GB", 4)}, minister("GB", "GB"), "6000 GBP"},
		{"pounds in a summit", "en", "The fund holds 6,000 pounds.", []corpus.Nation{nation("EG", 4)}, minister("EG", "GB"), "6000 GBP"},
		// a foreign pound named outright elsewhere, in a paragraph on its state
		{"the one pound named", "it", "In Egitto il pane costa 1,25 sterline.\nIl bilancio vale 134 miliardi di sterline egiziane.", []corpus.Nation{{Code: "EG", Mentions: []corpus.Mention{{Start: 3, End: 10}}}}, minister("EG", "IT"), "1.25 EGP; 134000000000 EGP"},
		// one that the text names by another word ("lire libanesi") is not the bare "sterline"
		{"the one pound named by another word", "it", "In Libano un soldato guadagna 1,2 milioni di lire libanesi.\nPer il Libano Londra ha stanziato 10 milioni di sterline.", []corpus.Nation{{Code: "LB", Mentions: []corpus.Mention{{Start: 3, End: 9}, {Start: 67, End: 73}}}}, minister("LB", "IT"), "1200000 LBP; 10000000 GBP"},
		{"the one pound named by the same word", "it", "In Libano un soldato guadagna 1,2 milioni di sterline libanesi.\nPer il Libano Londra ha stanziato 10 milioni di sterline.", []corpus.Nation{{Code: "LB", Mentions: []corpus.Mention{{Start: 3, End: 9}, {Start: 71, End: 77}}}}, minister("LB", "IT"), "1200000 LBP; 10000000 LBP"},
		{"the one pound named, sterling too", "it", "In Egitto il pane costa 1,25 sterline.\nIl bilancio vale 134 miliardi di sterline egiziane e 2 miliardi di sterline britanniche.", []corpus.Nation{{Code: "EG", Mentions: []corpus.Mention{{Start: 3, End: 10}}}}, minister("EG", "IT"), "1.25 GBP; 134000000000 EGP; 2000000000 GBP"},
		// no pound named outright: the state its paragraph or heading mentions
		{"a pound in a paragraph on its state", "en", "In Egypt bread now costs 20 pounds.", []corpus.Nation{{Code: "EG", Mentions: []corpus.Mention{{Start: 3, End: 8}}}}, nil, "20 EGP"},
		{"a pound under a heading on its state", "uk", "Огляд тижня\n\nЄгипет: МВФ чекає\n\nДолар коштує близько 30,9 фунта.", []corpus.Nation{{Code: "EG", Mentions: []corpus.Mention{{Start: 13, End: 19}}}}, nil, "30.9 EGP"},
		{"a pound under a heading, Britain in the story", "uk", "Огляд тижня\n\nЄгипет: МВФ чекає\n\nДолар коштує близько 30,9 фунта.", []corpus.Nation{{Code: "EG", Mentions: []corpus.Mention{{Start: 13, End: 19}}}, nation("GB", 1)}, nil, "30.9 GBP"},
		// a run-in heading names the paragraph's state, whatever the paragraph names after it
		{"a run-in heading", "uk", "Молдова. Голова банку, колишня міністерка фінансів Румунії, назвала дефіцит у 17,2 млрд леїв.", []corpus.Nation{{Code: "MD", Mentions: []corpus.Mention{{Start: 0, End: 7}}}, {Code: "RO", Mentions: []corpus.Mention{{Start: 51, End: 58}}}}, nil, "17200000000 MDL"},
		{"no run-in heading", "uk", "Молдова і голова банку, колишня міністерка фінансів Румунії, назвали дефіцит у 17,2 млрд леїв.", []corpus.Nation{{Code: "MD", Mentions: []corpus.Mention{{Start: 0, End: 7}}}, {Code: "RO", Mentions: []corpus.Mention{{Start: 52, End: 59}}}}, nil, "17200000000 RON"},
		{"a pound under a heading on another state", "uk", "Огляд тижня\n\nКенія: МВФ чекає\n\nДолар коштує близько 30,9 фунта.", []corpus.Nation{{Code: "KE", Mentions: []corpus.Mention{{Start: 13, End: 18}}}, nation("EG", 1)}, nil, "30.9 GBP"},
		// else the state the text mentions most, twice at least
		{"a pound in a text on its state", "uk", "Сирія міняє гроші.\n\nБо долар коштує 11 тис. фунтів.", []corpus.Nation{{Code: "SY", Mentions: []corpus.Mention{{Start: 0, End: 5}, {Start: 0, End: 5}, {Start: 0, End: 5}}}, {Code: "EG", Mentions: []corpus.Mention{{Start: 0, End: 5}}}}, nil, "11000 SYP"},
		{"a pound in a text on two states", "uk", "Сирія міняє гроші.\n\nБо долар коштує 11 тис. фунтів.", []corpus.Nation{{Code: "SY", Mentions: []corpus.Mention{{Start: 0, End: 5}, {Start: 0, End: 5}}}, {Code: "EG", Mentions: []corpus.Mention{{Start: 0, End: 5}, {Start: 0, End: 5}}}}, nil, "11000 GBP"},
		{"a pound in a text on its state, once", "uk", "Сирія міняє гроші.\n\nБо долар коштує 11 тис. фунтів.", []corpus.Nation{{Code: "SY", Mentions: []corpus.Mention{{Start: 0, End: 5}}}}, nil, "11000 GBP"},
	}
	x := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := corpus.Entities{Nations: c.nations, Ministers: c.ministers}
			x.Extract(token.New(c.text, c.lang, ""), &e)
			var got []string
			for _, m := range e.Money {
				got = append(got, strconv.FormatFloat(m.Amount, 'f', -1, 64)+" "+m.Currency)
			}
			if s := strings.Join(got, "; "); s != c.want {
				t.Errorf("%q: got %q, want %q", c.text, s, c.want)
			}
		})
	}
}

// An ambiguous name takes the issuer its own paragraph names nearest, not
// the state the whole text names most; and a name is never read as a
// currency it cannot mean ("kroner" are no Swedish kronor).
func TestAmbiguousNameByParagraph(t *testing.T) {
	x := New()
	for _, c := range []struct {
		text string
		want string
	}{
		{"Denmark and Sweden watched. Denmark built cables; Denmark sold power.\nIn Norway, Statnett collected 30 billion kroner.", "NOK"},
		{"Norway watched. Norway built cables.\nDenmark's grid company collected 30 billion kroner.", "DKK"},
		{"Sweden and Norway, then Sweden again, and Sweden.\nThe grid company collected 30 billion kroner.", "NOK"},
		{"Sweden and Denmark.\nThe grid company collected 30 billion kronor from Sweden.", "SEK"},
		// the paragraph's state before the currency named in another one
		{"Denmark's households pay in Danish kroner.\nIn Norway, Statnett collected 30 billion kroner.", "NOK"},
		// a round-up's heading over the paragraph, before the state named most
		{"Nordic round-up\n\nDenmark: a windy week\n\nThe grid company collected 30 billion kroner.\n\nNorway, Norway and Norway watched.", "DKK"},
		{"Nordic round-up\n\nDenmark: a windy week\n\nIt rained.\n\nNorway: new cables\n\nThe grid company collected 30 billion kroner.", "NOK"},
		// the heading's state, before a neighbour the paragraph brings up
		{"Nordic round-up\n\nNorway: new cables\n\nDenmark watched as the grid company collected 30 billion kroner.", "NOK"},
		// a sentence that opens on its state speaks of it, whatever it
		// names after
		{"Prices rose. In Norway the grid company, which Denmark envies, collected 30 billion kroner.", "NOK"},
		{"In Norway prices rose again this winter. In Denmark the grid company, which Norway envies, collected 30 billion kroner.", "DKK"},
	} {
		checkOneCurrency(t, x, c.text, corpus.Entities{Nations: nordicMentions(c.text)}, c.want)
	}
}

// checkOneCurrency extracts from English text, with the entities e that
// the earlier stages found, and wants one amount, in currency want.
func checkOneCurrency(t *testing.T, x *Extractor, text string, e corpus.Entities, want string) {
	t.Helper()
	x.Extract(token.New(text, "en", ""), &e)
	if len(e.Money) != 1 || e.Money[0].Currency != want {
		t.Errorf("%q: %+v, want one amount in %s", text, e.Money, want)
	}
}

// TestOtherStateBetweenNames: a bare name takes the state of its family
// that the paragraph names between it and the name said outright before
// it, rather than that name's.
func TestOtherStateBetweenNames(t *testing.T) {
	x := New()
	for _, c := range []struct {
		text string
		want []string // currencies in the order of the amounts
	}{
		{"Equinor closed at 250 Norwegian kroner, while Denmark's Orsted ended at 310 kroner.", []string{"NOK", "DKK"}},
		{"Equinor closed at 250 Norwegian kroner and later at 310 kroner.", []string{"NOK", "NOK"}},
		{"Equinor closed at 250 Norwegian kroner in Norway, then at 310 kroner.", []string{"NOK", "NOK"}},
		{"Equinor closed at 250 Norwegian kroner.\nDenmark's Orsted ended at 310 kroner.", []string{"NOK", "DKK"}},
	} {
		e := corpus.Entities{Nations: nordicMentions(c.text)}
		x.Extract(token.New(c.text, "en", ""), &e)
		var got []string
		for _, want := range []float64{250, 310} {
			for _, m := range e.Money {
				if m.Amount == want {
					got = append(got, m.Currency)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// nordicMentions stands in for the nation extractor in the tests of
// ambiguous kroner: every "Denmark", "Norway" and "Sweden" in text, as
// mentions of its state, in that order of states.
func nordicMentions(text string) []corpus.Nation {
	return stateMentions(text, [2]string{"DK", "Denmark"}, [2]string{"NO", "Norway"}, [2]string{"SE", "Sweden"})
}

// stateMentions stands in for the nation extractor: every word of the
// (code, word) pairs in text, as mentions of its state, in the pairs'
// order; a state text does not name is left out.
func stateMentions(text string, states ...[2]string) []corpus.Nation {
	var named []corpus.Nation
	for _, n := range states {
		nat := corpus.Nation{Code: n[0]}
		for off := 0; ; {
			k := strings.Index(text[off:], n[1])
			if k < 0 {
				break
			}
			nat.Mentions = append(nat.Mentions, corpus.Mention{Text: n[1], Start: off + k, End: off + k + len(n[1])})
			off += k + len(n[1])
		}
		if len(nat.Mentions) > 0 {
			named = append(named, nat)
		}
	}
	return named
}

// TestStoryStateOverNeighbourNamedOutright: a name said outright with its
// state in another paragraph ("Norwegian kroner" paid on a trip next
// door) does not take a later bare name from the state the story is
// about, named twice as often at least; where it is not, it does.
func TestStoryStateOverNeighbourNamedOutright(t *testing.T) {
	x := New()
	for _, c := range []struct {
		text string
		want string
	}{
		{"Denmark raised the allowance. Denmark, Denmark.\n\nAcross the border a dinner costs 900 Norwegian kroner, said a traveller from Norway.\n\nThe allowance is now 30,000 kroner.", "DKK"},
		{"Denmark raised the allowance.\n\nAcross the border a dinner costs 900 Norwegian kroner, said a traveller from Norway.\n\nThe allowance is now 30,000 kroner.", "NOK"},
	} {
		e := corpus.Entities{Nations: nordicMentions(c.text)}
		x.Extract(token.New(c.text, "en", ""), &e)
		if len(e.Money) != 2 || e.Money[1].Currency != c.want {
			t.Errorf("%q: %+v, want the second amount in %s", c.text, e.Money, c.want)
		}
	}
}

// TestMinisterOfTheUsualIssuer: in a story whose bare "$" is a local
// dollar, a sentence that names a US minister, and no minister of the
// local state nor that state, speaks of US dollars.
func TestMinisterOfTheUsualIssuer(t *testing.T) {
	x := New()
	at := func(text, s string) corpus.Mention {
		k := strings.Index(text, s)
		return corpus.Mention{Text: s, Start: k, End: k + len(s)}
	}
	for _, c := range []struct {
		text string
		want string
	}{
		{"Ottawa's deficit will reach $343 billion, Ottawa said. Treasury Secretary Janet Yellen asked Congress for $80 billion more.",
			"343000000000 CAD; 80000000000 USD"},
		{"Ottawa's deficit will reach $343 billion, Ottawa said. Treasury Secretary Janet Yellen and Chrystia Freeland agreed on $80 billion more.",
			"343000000000 CAD; 80000000000 CAD"},
		{"Ottawa's deficit will reach $343 billion, Ottawa said. Treasury Secretary Janet Yellen praised Canada for $80 billion more.",
			"343000000000 CAD; 80000000000 CAD"},
		{"Ottawa's deficit will reach $343 billion, Ottawa said. Janet Yellen is in town. The plan adds $80 billion more.",
			"343000000000 CAD; 80000000000 CAD"},
	} {
		text := c.text
		e := corpus.Entities{
			Nations: []corpus.Nation{{Code: "CA", Mentions: []corpus.Mention{at(text, "Ottawa's"), at(text, "Ottawa said"), at(text, "Ottawa said")}}},
			Ministers: []corpus.Minister{
				{Nation: "CA", Mentions: []corpus.Mention{at(text, "Ottawa")}},
				{Nation: "CA", Mentions: []corpus.Mention{at(text, "Ottawa")}},
				{Nation: "US", Mentions: []corpus.Mention{at(text, "Janet Yellen")}},
			},
		}
		if strings.Contains(text, "Freeland") {
			e.Ministers[1].Mentions = []corpus.Mention{at(text, "Chrystia Freeland")}
		}
		if strings.Contains(text, "Canada") {
			e.Nations[0].Mentions = append(e.Nations[0].Mentions, at(text, "Canada"))
		}
		x.Extract(token.New(text, "en", ""), &e)
		var got []string
		for _, m := range e.Money {
			got = append(got, strconv.FormatFloat(m.Amount, 'f', -1, 64)+" "+m.Currency)
		}
		if s := strings.Join(got, "; "); s != c.want {
			t.Errorf("%q: got %q, want %q", text, s, c.want)
		}
	}
}

// TestAmbiguousNameOfTheHomeState: a state named only in an earlier
// sentence of the paragraph gives way to the state the text is about by
// its ministers, unless a sentence opens on it or the amount's own
// sentence names it.
func TestAmbiguousNameOfTheHomeState(t *testing.T) {
	x := New()
	states := func(text string) []corpus.Nation {
		return stateMentions(text, [2]string{"MD", "Moldova"}, [2]string{"RO", "Romania"})
	}
	home := []corpus.Minister{{Nation: "MD"}, {Nation: "MD"}, {Nation: "MD"}, {Nation: "RO"}}
	for _, c := range []struct {
		text      string
		ministers []corpus.Minister
		want      string
	}{
		{"Moldova's plan, Moldova's roads.\nA: New lines link us with Romania. The finance minister must fit a deficit of 17 billion lei.", home, "MDL"},
		{"Moldova's plan, Moldova's roads.\nA: New lines link us with Romania. The finance minister must fit a deficit of 17 billion lei.", nil, "RON"},
		{"Moldova's plan, Moldova's roads.\nA: New lines link us. The finance minister of Romania must fit a deficit of 17 billion lei.", home, "RON"},
		{"Moldova's plan, Moldova's roads.\nA: It is hard. Romania avoided that. The finance minister must fit a deficit of 17 billion lei.", home, "RON"},
		{"Moldova's plan.\nA: New lines link us with Romania, Romania and Romania. The finance minister must fit a deficit of 17 billion lei.", home, "RON"},
	} {
		checkOneCurrency(t, x, c.text, corpus.Entities{Nations: states(c.text), Ministers: c.ministers}, c.want)
	}
}

// TestHeadingRestatedBelow: a bare "$" or "dollars" in a heading or the
// headline takes the dollar named outright in which the lines under it
// restate the same amount.
func TestHeadingRestatedBelow(t *testing.T) {
	x := New()
	for _, c := range []struct {
		text string
		want string
	}{
		{"Огляд тижня\n\nКанада: податок зріс до 95 доларів\n\nЦіна зросла з 80 до 95 канадських доларів за тонну.",
			"95 CAD; 80 CAD"},
		{"Ottawa lifts carbon price to $95\n\nThe price rose from 80 to 95 Canadian dollars a tonne.",
			"95 CAD; 80 CAD"},
		{"Огляд тижня\n\nКанада: податок зріс до 90 доларів\n\nЦіна зросла з 80 до 95 канадських доларів за тонну.",
			"90 USD; 80 CAD; 95 CAD"},
		{"Огляд тижня\n\nПодаток зріс до 95 доларів, кажуть у США.\n\nЦіна зросла з 80 до 95 канадських доларів за тонну.",
			"95 USD; 80 CAD; 95 CAD"},
	} {
		e := corpus.Entities{Nations: []corpus.Nation{{Code: "US", Mentions: make([]corpus.Mention, 1)}}}
		lang := "uk"
		if strings.HasPrefix(c.text, "Ottawa") {
			lang = "en"
		}
		x.Extract(token.New(c.text, lang, ""), &e)
		var got []string
		for _, m := range e.Money {
			got = append(got, strconv.FormatFloat(m.Amount, 'f', -1, 64)+" "+m.Currency)
		}
		if s := strings.Join(got, "; "); s != c.want {
			t.Errorf("%q: got %q, want %q", c.text, s, c.want)
		}
	}
}
