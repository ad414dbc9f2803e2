package money

import "testing"

// moreCases cover ranges of number words, unit prices in pounds of
// weight, slang thousands, currency names before the number, amounts
// that borrow the currency of the one before, cents read by the nearest
// dollar or euro, and "до" after a verb of change, in the three
// languages.
var moreCases = []moneyCase{
	// Number words joined by a hyphen or dash form a range.
	{"en", "The refit will cost four-five billion dollars.", "4000000000 USD range_low; 5000000000 USD range_high"},
	{"en", "Analysts expect six–eight million euros in fines.", "6000000 EUR range_low; 8000000 EUR range_high"},
	{"en", "a grant of three-to-four million euros", "3000000 EUR range_low; 4000000 EUR range_high"},
	{"en", "between $2-to-$3 million", "2000000 USD range_low; 3000000 USD range_high"},
	{"en", "twenty-five million dollars", "25000000 USD"},
	{"en", "ninety-nine cents", "0.99 USD"},
	{"it", "Servono quattro-cinque miliardi di euro per la rete.", "4000000000 EUR range_low; 5000000000 EUR range_high"},
	{"it", "una spesa di sette-otto milioni di euro", "7000000 EUR range_low; 8000000 EUR range_high"},
	{"uk", "Ремонт коштуватиме чотири-п'ять мільйонів гривень.", "4000000 UAH range_low; 5000000 UAH range_high"},
	{"uk", "Потрібно ще шість–сім мільярдів євро.", "6000000000 EUR range_low; 7000000000 EUR range_high"},

	// A price per pound of weight is money; the pound is a weight.
	{"en", "Ground beef sells for $4.49 per pound.", "4.49 USD"},
	{"en", "A 14-pound ham costs about $38.50 at most stores.", "38.5 USD about"},
	{"en", "Apples were 89 cents a pound, pears $1.10 a pound.", "0.89 USD; 1.1 USD"},
	{"en", "Butchers charge £7 a pound for the best cuts.", "7 GBP"},
	{"en", "The birds weigh 12 pounds on average and sell at $1.25 per pound.", "1.25 USD"},
	{"en", "Tickets cost 12 pounds, or £3 a pound of cheese.", "12 GBP; 3 GBP"},
	{"en", "The pound fell to $1.21 on the exchange market.", "1.21 USD"},
	{"en", "Traders quoted $1.26 per pound on the exchange.", "1.26 USD"},
	{"en", "Entry costs a pound.", "1 GBP"},
	{"uk", "Сир продають по 3 долари за фунт.", "3 USD"},

	// Slang thousands.
	{"en", "He lost 5 grand at the casino.", "5000 USD"},
	{"en", "The car cost them twenty grand, or 22-24 grand with extras.", "20000 USD; 22000 USD range_low; 24000 USD range_high"},
	{"en", "She won 3 grand slams and 2 Grand Prix races.", ""},
	{"en", "two grand pianos", ""},

	// A currency name before the number.
	{"en", "The contract is worth Swedish kronor 800 million.", "800000000 SEK"},
	{"en", "Norway pledged Norwegian crowns 2 billion.", "2000000000 NOK"},
	{"en", "Turkish lira 30 per cent weaker", ""},
	{"en", "paid in Swiss francs 20 years ago", ""},

	// An amount without a currency borrows the one before it when it
	// repeats its shape or ends its clause.
	{"en", "Berlin gave €4 billion in 2023 and 7 billion in 2024.", "4000000000 EUR; 7000000000 EUR"},
	{"en", "Oslo set aside $2 million for fuel and 5 million for spare parts.", "2000000 USD; 5000000 USD"},
	{"en", "Riga sent €6 million; Vilnius 4 million.", "6000000 EUR; 4000000 EUR"},
	{"en", "The fund paid €8 million to feed 2 million people.", "8000000 EUR"},
	{"it", "Roma ha stanziato 12 milioni di euro nel 2024 e 15 milioni nel 2025.", "12000000 EUR; 15000000 EUR"},
	{"uk", "Литва виділила 3 млн євро у 2024 році та 5 млн у 2025 році.", "3000000 EUR; 5000000 EUR"},

	// A conversion set off after an amount glosses it: an amount without a
	// currency after the two takes the first one's.
	{"it", "Il Tesoro alleggerisce il debito di 250 miliardi di rand, circa 13 miliardi di euro: una prima tranche di 80 miliardi.", "250000000000 ZAR; 13000000000 EUR about; 80000000000 ZAR"},
	{"it", "Il governo ha stanziato 600 milioni di corone svedesi, poco meno di 55 milioni di euro, e ne ha promessi altri 400 milioni all'anno.", "600000000 SEK; 55000000 EUR less_than; 400000000 SEK"},
	{"en", "The firm paid 2 billion krónur (roughly €17 million), and 3 billion more next year.", "2000000000 ISK; 17000000 EUR about; 3000000000 ISK"},
	{"en", "Riga sent €6 million, Vilnius $4 million and Tallinn 2 million.", "6000000 EUR; 4000000 USD; 2000000 USD"},
	// currencies of smaller states
	{"en", "A bottle of oil sold for about 90,000 Zimbabwe dollars.", "90000 ZWL about"},
	{"en", "Each member controls 25 million Solomon Islands dollars.", "25000000 SBD"},
	{"en", "The fund starts with one billion pula.", "1000000000 BWP"},
	{"en", "The Philippines and the P5 met in New York.", ""},
	{"en", "Peru's fare rises to S/. 15.", "15 PEN"},
	{"it", "Il fondo parte con un miliardo di pula e 90.000 dollari dello Zimbabwe.", "1000000000 BWP; 90000 ZWL"},
	{"it", "La flotta vale 2 miliardi di krónur.", "2000000000 ISK"},
	{"uk", "Кожен депутат розпоряджається 25 мільйонами соломонових доларів і 90 тис. зімбабвійських доларів.", "25000000 SBD; 90000 ZWL"},
	{"uk", "Квоти коштують 2 млрд ісландських крон, фонд — 1 млрд пула.", "2000000000 ISK; 1000000000 BWP"},

	// Ukrainian "до" after a verb of change names the new level.
	{"uk", "Фінансування збільшили до 4 млн гривень.", "4000000 UAH"},
	{"uk", "Ціна пального зросла до 60 гривень за літр.", "60 UAH"},
	{"uk", "Витрати скоротили до 1,5 млрд гривень.", "1500000000 UAH"},
	{"uk", "Уряд виділить до 2 млн євро.", "2000000 EUR up_to"},
	{"uk", "Зарплати зростуть, а премії сягатимуть до 10 тис. грн.", "10000 UAH up_to"},

	// Cents belong to the nearest dollar or euro amount; alone they are
	// US cents.
	{"en", "Petrol now costs €1.92 a litre, up 6 cents in a week.", "1.92 EUR; 0.06 EUR"},
	{"en", "A first-class stamp costs 73 cents.", "0.73 USD"},
	{"en", "Brussels pledged €3 billion; in Ohio, eggs sell for $4.10, up 30 cents.", "3000000000 EUR; 4.1 USD; 0.3 USD"},
	{"en", "The fare rose 25 cents to C$3.35.", "0.25 CAD; 3.35 CAD"},

	// Dinars of no named country are left out rather than guessed.
	{"en", "The meal cost 900 dinars.", ""},
	{"en", "The meal cost 900 Serbian dinars.", "900 RSD"},
	{"uk", "Фермери отримають 51 660 седі за тонну.", "51660 GHS"},
	{"uk", "Малайзія заробила понад 130 мільярдів ринггітів.", "130000000000 MYR more_than"},
	{"uk", "Ціна перевищила 100 тисяч донгів за кілограм.", "100000 VND"},
	{"en", "Farmers now earn 51,660 cedis a tonne.", "51660 GHS"},
	// South African rand as "R", only scaled or formatted
	{"en", "A cabinet minister's salary is roughly R2.6 million a year.", "2600000 ZAR about"},
	{"en", "The budget sets aside R1,500 per household.", "1500 ZAR"},
	{"en", "The R2 motorway and the R500 route were closed; grade R3 pupils stayed home.", ""},
	// two amounts joined by "or"
	{"en", "A coffee now sells for 2.50 or even 3 euros.", "2.5 EUR range_low; 3 EUR range_high"},
	{"en", "They paid 2 or 3 million dollars.", "2000000 USD range_low; 3000000 USD range_high"},
	{"en", "In 2023 or 30 million euros later, nothing changed.", "30000000 EUR"},
	{"it", "Un caffè costa 2,50 o persino 3 euro.", "2.5 EUR range_low; 3 EUR range_high"},
	{"uk", "Кава коштує 2,5 або й 3 євро.", "2.5 EUR range_low; 3 EUR range_high"},
	// currencies of Mongolia, Central America, Africa and the Pacific
	{"en", "The mine will pay 1.2 trillion tugriks in royalties.", "1200000000000 MNT"},
	{"en", "Remittances reached 4.5 billion lempiras and 300,000 colones.", "4500000000 HNL; 300000 CRC"},
	{"en", "The bank sold 1.5 billion quetzales of bonds.", "1500000000 GTQ"},
	{"en", "The quetzal is the national bird; the Kip family moved in.", ""},
	{"en", "Fares rose to 2,500 escudos.", "2500 CVE"},
	{"en", "Maputo paid 2 billion meticais and Luanda 500 billion kwanzas.", "2000000000 MZN; 500000000000 AOA"},
	{"en", "Tonga will get T$25 million; Fiji FJ$40m and Jamaica J$1.2 billion.", "25000000 TOP; 40000000 FJD; 1200000000 JMD"},
	{"en", "Senegal raised CFA 300 billion.", "300000000000 XOF"},
	{"it", "Il bilancio è di FCFA 7.278 miliardi.", "7278000000000 XOF"},
	{"it", "Il bilancio è di 7.278 miliardi di franchi CFA dell'Africa centrale.", "7278000000000 XAF"},
	{"it", "Il Senegal ha raccolto 300 miliardi di franchi CFA e la Mongolia 1.200 miliardi di tugrik.", "300000000000 XOF; 1200000000000 MNT"},
	{"it", "Nel parco vivono 10.000 leoni; il governo spende 5 milioni di leoni sierraleonesi.", "5000000 SLE"},
	{"uk", "Монголія виділила 1,2 трлн тугриків, а Гондурас отримав 4,5 млрд лемпір.", "1200000000000 MNT; 4500000000 HNL"},
	{"uk", "У залі стоять 5000 колон, а бюджет має 300 000 костариканських колонів.", "300000 CRC"},
	{"it", "In Albania il minimo è salito a 50.000 lek, circa 500 euro.", "50000 ALL; 500 EUR about"},
	{"uk", "Мінімальна зарплата в Албанії — 50 000 леків.", "50000 ALL"},
	// a bare amount takes a currency several states share from the amount
	// before it, resolved alike
	{"it", "Un bilancio da 179 miliardi di dinari serbi, di cui 67 miliardi destinati ai salari.", "179000000000 RSD; 67000000000 RSD"},
	// bare "francs" are the franc named before them
	{"en", "Cocoa now sells for 2,800 CFA francs a kilogram, up from 2,200 francs.", "2800 XOF; 2200 XOF"},
	{"en", "A budget of 5.1 trillion Rwandan francs includes 300 billion francs for roads.", "5100000000000 RWF; 300000000000 RWF"},
	{"en", "A coffee in Geneva costs 5 francs.", "5 CHF"},
	{"it", "Il bilancio è di 30 miliardi di corone, di cui 5 miliardi per la difesa.", "30000000000 DKK; 5000000000 DKK"},
	// a bare amount glossed by its conversion is in a currency not named
	{"en", "The plan costs 4.5 billion, or about $300 million.", "300000000 USD about"},
	{"it", "Il piano costa 4,5 miliardi, ossia circa 300 milioni di euro.", "300000000 EUR about"},
	// amounts listed before the currency they share, each its own
	{"en", "The old 100, 200 and 500 cedi notes stay legal tender.", "100 GHS; 200 GHS; 500 GHS"},
	{"it", "Le due dighe costano 7,5 e 4,2 miliardi di dollari.", "7500000000 USD; 4200000000 USD"},
	{"it", "Sono previsti 2 miliardi e 3 miliardi di euro nei due anni.", "2000000000 EUR; 3000000000 EUR"},
	{"uk", "Вилучили купюри по 50 і 100 гривень, а також 20, 50 та 100 доларів.", "50 UAH; 100 UAH; 20 USD; 50 USD; 100 USD"},
	// not lists: a year, a count, a list with no connector
	{"en", "In 2023 and 300 dollars later, nothing changed.", "300 USD"},
	{"it", "Tra le 12 regioni e 40 milioni di euro di fondi, la scelta è difficile.", "40000000 EUR"},
	{"en", "Tickets cost 12, 15 dollars at the door.", "15 USD"},
	// the hundredths of a named currency, and local signs
	{"it", "Un metro cubo costa 55 centesimi di dollaro.", "0.55 USD"},
	{"en", "The tariff is 7.9 US cents per kilowatt-hour.", "0.079 USD"},
	{"en", "Workers earn Tk 12,500 a month, while a visit costs Nu 1,500.", "12500 BDT; 1500 BTN"},
	{"en", "Nu metal bands and Tk widgets are not money.", ""},
	{"it", "Il salario è di 1.300 marchi convertibili; i danni valgono 20 miliardi di franchi CFP.", "1300 BAM; 20000000000 XPF"},
	{"uk", "Акції подешевшали до 0,16 гонконзького долара, а квиток коштує 4500 вон.", "0.16 HKD; 4500 KRW"},
	// a bare "pounds" after a named foreign pound in its sentence is that
	// pound; in the next sentence, or after a sign, it is not
	{"uk", "Вхід коштує 1500 єгипетських фунтів, для місцевих — 300 фунтів.", "1500 EGP; 300 EGP"},
	{"en", "Entry costs 1,500 Egyptian pounds. A London ticket is 30 pounds.", "1500 EGP; 30 GBP"},
	{"en", "Ottawa gave C$500 million and Washington $300 million.", "500000000 CAD; 300000000 USD"},
	// Gulf signs, the gourde, piastres (of Egypt by default)
	{"en", "Riyadh pledged $90 million (Dh330 million) and budgeted SR272 billion; Kuwait added KD 5 million.", "90000000 USD; 330000000 AED; 272000000000 SAR; 5000000 KWD"},
	{"en", "The council asked for 100 million gourdes to keep him in his job.", "100000000 HTG"},
	{"it", "Il pane passerà da 5 a 20 piastre a pagnotta.", "0.05 EGP range_low; 0.2 EGP range_high"},
	{"uk", "Ціна зросла з 5 до 20 піастрів за коржик.", "0.05 EGP range_low; 0.2 EGP range_high"},
	// "K" touching a number is a kwacha, kina or kyat only where the text
	// names one of their states (see TestAmbiguousNameByDocumentNations)
	{"en", "The K2 expedition and the K-pop band K9 drew K 5 fans.", ""},
	// Zimbabwe Gold's sign, Fiji's short dollar sign
	{"en", "The levy raised ZiG83-million, and the fund holds ZiG 1.2 billion.", "83000000 ZWG; 1200000000 ZWG"},
	{"en", "Remittances to Suva topped F$1 billion.", "1000000000 FJD"},
	{"it", "Dodoma spende 49.350 miliardi di scellini tanzaniani, Nairobi 3.000 miliardi di scellini kenioti.", "49350000000000 TZS; 3000000000000 KES"},
	// an amount set against another "instead of" it is in its currency
	{"en", "Fares rose to $3.10 instead of 2.80, the agency said.", "3.1 USD; 2.8 USD"},
	{"it", "Si risparmieranno 1.100 dollari invece di 140; altrove 900 euro anziché 700.", "1100 USD; 140 USD; 900 EUR; 700 EUR"},
	{"uk", "Літр дизпалива коштує 18,5 єгипетського фунта замість 16,25.", "18.5 EGP; 16.25 EGP"},
	// the unqualified mark is Bosnia's, and the balboa Panama's, with an
	// amount written as one; a round count of "марки" is stamps or brands
	{"uk", "Заводи платять 1,6 марки за кубометр, а бюджет становить 31 млрд балбоа.", "1.6 BAM; 31000000000 PAB"},
	{"uk", "Колекція налічує 3 марки з Франції і 12 конвертів.", ""},
	// thousandths: Tunisia's millimes, Oman's baisa
	{"en", "A subsidised loaf sells for 190 millimes, a coffee in Muscat for 300 baisa.", "0.19 TND; 0.3 OMR"},
	{"it", "Il pane calmierato costa 200 millesimi.", "0.2 TND"},
	{"uk", "Хліб коштує 230 мілімів.", "0.23 TND"},
	// a negated number and the one put in its place count the same money
	{"uk", "Громади тепер отримують уже не 12 300, а 7 400 фунтів на кожного.", "12300 GBP; 7400 GBP"},
	{"en", "Councils now get not 12,300 but 7,400 pounds for each guest.", "12300 GBP; 7400 GBP"},
	{"it", "I comuni ricevono non 12.300, ma 7.400 euro a persona.", "12300 EUR; 7400 EUR"},
	{"uk", "Приїхали не 300, а 700 осіб.", ""},
	{"uk", "Громади отримують 12 300, а не 7 400 фунтів.", "7400 GBP"},
	// "un euro" before an elided preposition is one euro
	{"it", "Si pagano 6 euro in estate e appena un euro d'inverno.", "6 EUR; 1 EUR"},
	// a wire's slug joined to its headline is no amount
	{"en", "UPDATE 3-Chilean peso firms as copper rallies", ""},
	{"en", "She paid with a 20-dollar bill.", "20 USD"},
}

func TestMoreCases(t *testing.T) { runCases(t, moreCases) }
