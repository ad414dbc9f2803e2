package money

// language holds one language's words for amounts of money. Every field is
// data: the engine reads them without knowing which language it serves.
// Phrases are written as they appear in text and are tokenized with the
// shared tokenizer when the Extractor is built, so "п'ять" or "all'incirca"
// match the token stream exactly as the text would.
type language struct {
	code string
	// decimalComma marks languages that write 1,5 for one and a half and
	// 1.500 for fifteen hundred.
	decimalComma bool

	numbers    map[string]int64  // number words and their values ("twenty", "двохсот")
	fractions  map[string]string // number words with a fraction ("півтора": "1.5")
	compound   func(word string) (int64, bool)
	hundreds   []string       // multiply the group before them by 100 ("hundred")
	scales     map[string]int // word or abbreviation → power of ten ("million", "млн", "k")
	standalone []string       // scale words that alone mean one of them ("million dollars")
	ones       []string       // articles meaning one before a scale ("a million", "un miliardo")
	oneMoney   []string       // articles meaning one before a currency name ("a dollar")
	oneNames   []string       // currency names that may follow them (not "a yen for")
	oneNext    []string       // words that may follow "a dollar" ("a dollar a day", "a dollar and 42 cents")
	halves     []string       // half of the scale that follows ("half a million", "mezzo milione")
	andHalf    []string       // add a half ("one and a half million", "un milione e mezzo")
	connectors []string       // join number words ("one hundred and fifty")
	of         []string       // between a scale and the currency ("30 milioni di euro")
	articles   []string       // may follow a qualifier or a range word ("oltre i 30 milioni")

	currencies []currency // names of currencies and of their cents

	// qualifiers maps a phrase before an amount to the qualifier it gives.
	qualifiers map[string]string
	// unqualify are words after which a qualifier word means something
	// else: "handed over €5m", "talked about $2bn".
	unqualify []string
	ranges    [][2]string // opener and infix of a range ("between" … "and")
	infixes   []string    // range infixes that need no opener ("-", "to")

	percent   []string // the amount is a percentage ("per cent")
	ratePer   []string // "per" in "41 hryvnias per dollar": an exchange rate
	rateCues  []string // words before an exchange rate ("курс", "cambio")
	blockers  []string // words after a currency name that make it no amount ("euro area")
	vague     []string // before a lone scale word, make it vague ("several million")
	yearPreps []string // before a year ("in 2024 euros")
	// months are the month names written before a day ("May 4"), which
	// precede a year too ("February 2023")
	months []string
	// changeStems begin the verbs and nouns of change ("збільш", "зрос")
	// after which an up-to word names the new level: "збільшили до 2 млн
	// євро" is increased to, not up to, two million.
	changeStems []string
	// levels present the number right after them as a mark a rate
	// reaches on its scale, no amount, when one of versus sets it against
	// the other currency: "la sterlina è tenuta attorno a quota 7,8 sul
	// dollaro" quotes the pound's level, as an index's. A rate per unit
	// stays a price: "il rial oltre quota 800.000 per un dollaro".
	levels []string
	versus []string

	// An amount with a scale word and no currency ("11 miliardi", "55
	// тис.") is money in the document's currency when its sentence speaks
	// of money (moneyCues: "costs", "fondi", "бюджет") and it ends its
	// phrase: punctuation or one of bareAfter follows ("in three years",
	// "l'anno", "sotto forma"), not a noun it counts ("3 million people").
	moneyCues []string
	bareAfter []string
	// additive words before a bare scaled amount add it to an amount
	// priced just before in the paragraph: "Altri 300 milioni andranno
	// alla non autosufficienza", "another 40 million".
	additive []string
	// An amount with no currency of its own set against one priced just
	// before it, or taking a share of it, is in that one's currency and,
	// written without a scale, at its scale: "4.800 corone, contro le
	// 1.500 dell'agosto 2021", "22 miliardi di euro, di cui 18,8
	// garantiti". contrasts and shares are the words between; after a
	// contrast the amount must end its phrase, by punctuation or by one
	// of elidedNext ("of", "dell'", "a year earlier"), not by a noun it
	// counts ("2 euro al chilo, contro 1,5 chili"). A clause may stand
	// between a share word and its share, which must then end its phrase:
	// "di cui ne sono stati erogati circa 44".
	contrasts  []string
	shares     []string
	elidedNext []string
	// destinations give what a price rose or fell to, which is in its
	// currency when it ends its phrase by punctuation or a word that may
	// follow a bare amount: "pagavamo 9.000 euro al mese, arrivammo a
	// 30.000". The same word gives to whom ("a 15 milioni di famiglie"),
	// so an of-word after the amount does not end it here.
	destinations []string
	// origins give, after a price, what it rose or fell from, in its
	// currency when it ends its phrase: "è sceso a 13.000 dollari la
	// tonnellata, dagli 80.000 di un anno fa", "fell to $13,000 a tonne,
	// from 80,000". The same word opens a range ("from 2.5 million to 4
	// million barrels"), which counts what its closing end names.
	origins []string
	// resumptives are clitic pronouns that take up a noun said before
	// them, the verb between them and the number that counts it: "il
	// Brent ne vale poco più di 65" after "100 dollari", "Dei 846 milioni
	// raccolti ne sono stati spesi circa 700". The number is in the
	// currency, and written without a scale at the scale, of the amount
	// priced last, in its sentence or the one before, and must end its
	// phrase: "ne sono stati spesi 700 milioni" does, "ne ha ordinati 300
	// esemplari" counts something else.
	resumptives []string
	// ands list a second part of one sum after the first, leaving out
	// its scale and currency when the phrase repeats the word that
	// followed the first: "1.074 mld di bilancio e 750 di Next Generation
	// EU", "$2 billion for roads and 300 for schools".
	ands []string
	// glosses introduce, after a comma, a conversion of the bare amount
	// before them: "4.5 billion, or about $300 million".
	glosses []string
	// placePreps open a sentence on the state it is about ("In Kenya the
	// Treasury …", "У Пакистані …"): a paragraph's ambiguous currency
	// names after one are that state's.
	placePreps []string
	// partitives name a part of the amount after them, whose scale and
	// currency a number before them, less than it, shares: "185 dei 210
	// miliardi di euro", "40 of the 50 billion euros", "30 з 50 млрд
	// євро".
	partitives []string
	// denominated are the words around a currency's name that give the
	// currency of a bare amount right after them: "un bond in dollari da
	// 3,5 miliardi", "a loan in dollars worth 2 billion", "облігації в
	// доларах на 2 млрд". The name says what the amount is counted in,
	// whatever the document's other amounts are in.
	denominated [][2]string
	// corrections are the negation before a number and the word that
	// brings in the number put in its place: "not 900 but 700 euros",
	// "non 900 ma 700 euro", "не 900, а 700 євро". The two numbers count
	// the same thing, and the currency named after the second is the
	// first's too.
	corrections [][2]string
	// ofCounts marks a language that links a scale to the noun it counts
	// only through an of-word ("300 milioni di persone"): there a bare
	// amount after an additive word is money unless one follows.
	ofCounts bool
	// ellipsisDash marks a language whose spaced dash stands for the verb
	// a parallel clause leaves out: "доза коштує 25 доларів, у приватних
	// клініках — понад 90". A number after such a dash, in a clause that
	// a comma and a place word open and that it ends, is set against the
	// amount priced before it, as after a contrast word; a clause opened
	// by a noun ("кількість — 90") counts that noun.
	ellipsisDash bool
	// verbEndings end a finite verb — in the past, or in the third
	// person plural of the present or the future, of which a share of a
	// sum is the subject — and none of the nouns a scale counts, which a
	// language that takes the counted noun straight after the scale ("5
	// млрд доларів") writes in the genitive: such a verb right after a
	// bare amount ends its phrase, "а ще 5 млрд внесла до пакета",
	// "Перші 3 млрд надійдуть у травні".
	verbEndings []string
}

// Qualifiers a mention may carry.
const (
	MoreThan  = "more_than"
	LessThan  = "less_than"
	About     = "about"
	Almost    = "almost"
	UpTo      = "up_to"
	AtLeast   = "at_least"
	RangeLow  = "range_low"
	RangeHigh = "range_high"
)

// languages lists the languages the extractor knows. Each lives in its own
// file; adding one means adding its file and its constructor here.
var languages = [...]func() *language{english, italian, ukrainian}
