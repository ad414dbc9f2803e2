package money

// role says where a currency name may stand and how it reads.
type role uint16

const (
	pre   role = 1 << iota // before the number: "€10", "USD 5"
	post                   // after the number: "10 euros", "5 USD"
	weak                   // also a common word: needs an amount written as one ("5,000 won", "3 million lei")
	minor                  // a hundredth of a currency: "cents", "копійок"
	amb                    // ambiguous within its group ("kroner"): resolved per document
	tight                  // touches the number: "50p", "43c"
	inSum                  // minor unit alone only where the text names its issuer ("50 sen" in a Malaysian story); else it only completes a larger amount ("18 ringgit 43 sen")
	unit                   // also a unit of measure: not hyphenated to its number ("a 500-pound bomb")
	sign                   // a sign or code rather than a name (set for symbols and codes)
	local                  // "$", "dollars", "pounds": the one of the state the text is about (localCurrency)
	milli                  // with minor: a thousandth, not a hundredth ("190 millimes", "500 baisa")
)

// minorShift is the power of ten a minor unit divides its currency by.
func (r role) minorShift() int {
	if r&milli != 0 {
		return -3
	}
	return -2
}

// piastres are the pounds whose hundredth is a piastre: "20 piastre a
// pagnotta" in Cairo is a fifth of an Egyptian pound. Read-only.
var piastres = []string{"EGP", "LBP", "SYP", "SDG"}

// cfa are the two CFA francs, which "CFA francs" may mean: West Africa's
// and Central Africa's. Read-only.
var cfa = []string{"XOF", "XAF"}

// localDollars are the states that issue a dollar of their own, by ISO
// 3166 code: a text about one of them means its dollar by a bare "$"
// ("tuition of $30,000" in an Australian op-ed).
var localDollars = map[string]string{
	"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
	"JM": "JMD", "BS": "BSD", "BB": "BBD", "TT": "TTD", "FJ": "FJD", "NA": "NAD",
	"LR": "LRD", "GY": "GYD", "BZ": "BZD", "SB": "SBD", "BN": "BND", "KY": "KYD",
	"BM": "BMD", "SR": "SRD", "AG": "XCD", "DM": "XCD", "GD": "XCD", "KN": "XCD",
	"LC": "XCD", "VC": "XCD",
}

// localPounds are the states other than Britain that issue a pound: a
// text about Egypt means Egyptian pounds by "6,000 pounds a month".
var localPounds = map[string]string{
	"EG": "EGP", "LB": "LBP", "SY": "SYP", "SD": "SDG", "SS": "SSP",
}

// localIssuers are the tables of local currencies by the code a bare name
// has elsewhere.
var localIssuers = map[string]map[string]string{"USD": localDollars, "GBP": localPounds}

// currency is one written name of a currency. Names match in any letter
// case, except codes that are also words ("CAD", "RUB", "TRY" match only in
// capitals: exactCase) and single lower-case letters ("p" of "50p", not the
// "P" of a heading).
type currency struct {
	name      string // "Danish kroner"; "|" separates variants of the last word: "dollar|dollars"
	code      string // ISO 4217
	role      role
	group     string   // family whose ambiguous names share a resolution ("krone", "cent")
	among     []string // the family's currencies an ambiguous name can mean, when not all: "kroner" is no krona
	exactCase bool     // match the letter case of name
	block     []string // next words that make the name something else ("pounds of")
	before    []string // words just before the number that do the same ("weighing 300 pounds")
	// scale is the power of ten a slang name multiplies by ("5 grand" is
	// 5000); such a name must end its phrase ("5 grand slams" is no money).
	scale int
}

// symbols are signs and code-like abbreviations, the same in every language.
var symbols = []currency{
	{name: "€", code: "EUR", role: pre | post, group: "cent"},
	{name: "$", code: "USD", role: pre | post | local, group: "cent"},
	{name: "£", code: "GBP", role: pre | post},
	{name: "¥", code: "JPY", role: pre | post},
	{name: "₴", code: "UAH", role: pre | post},
	{name: "₽", code: "RUB", role: pre | post},
	{name: "₹", code: "INR", role: pre | post},
	{name: "₨", code: "INR", role: pre | post},
	{name: "₩", code: "KRW", role: pre | post},
	{name: "₺", code: "TRY", role: pre | post},
	{name: "₪", code: "ILS", role: pre | post},
	{name: "₫", code: "VND", role: pre | post},
	{name: "₦", code: "NGN", role: pre | post},
	{name: "₡", code: "CRC", role: pre | post}, // the colón; El Salvador's left use in 2001
	{name: "₱", code: "PHP", role: pre | post},
	{name: "฿", code: "THB", role: pre | post},
	{name: "₸", code: "KZT", role: pre | post},
	{name: "₾", code: "GEL", role: pre | post},
	{name: "₼", code: "AZN", role: pre | post},
	{name: "¢", code: "USD", role: post | minor | tight},
	{name: "US$", code: "USD", role: pre | post, group: "cent"},
	{name: "USD$", code: "USD", role: pre | post, group: "cent"},
	{name: "U.S.$", code: "USD", role: pre, group: "cent"},
	{name: "C$", code: "CAD", role: pre | post, group: "cent"},
	{name: "CA$", code: "CAD", role: pre | post, group: "cent"},
	{name: "CAN$", code: "CAD", role: pre | post, group: "cent"},
	{name: "Can$", code: "CAD", role: pre | post, group: "cent"},
	{name: "A$", code: "AUD", role: pre | post, group: "cent"},
	{name: "AU$", code: "AUD", role: pre | post, group: "cent"},
	{name: "AUD$", code: "AUD", role: pre | post, group: "cent"},
	{name: "NZ$", code: "NZD", role: pre | post, group: "cent"},
	// Australia's and New Zealand's press writes the sign first: "$US10
	// million", "$A1.5 billion"
	{name: "$US", code: "USD", role: pre, group: "cent"},
	{name: "$A", code: "AUD", role: pre, group: "cent"},
	{name: "$NZ", code: "NZD", role: pre, group: "cent"},
	{name: "HK$", code: "HKD", role: pre | post, group: "cent"},
	{name: "S$", code: "SGD", role: pre | post, group: "cent"},
	{name: "SG$", code: "SGD", role: pre | post, group: "cent"},
	{name: "NT$", code: "TWD", role: pre | post, group: "cent"},
	{name: "EC$", code: "XCD", role: pre | post, group: "cent"},
	{name: "R$", code: "BRL", role: pre | post},
	// other dollars' and the pa'anga's signs, as their own press writes them
	{name: "T$", code: "TOP", role: pre | post},
	{name: "FJ$", code: "FJD", role: pre | post, group: "cent"},
	{name: "F$", code: "FJD", role: pre | post, group: "cent"},
	{name: "J$", code: "JMD", role: pre | post, group: "cent"},
	{name: "TT$", code: "TTD", role: pre | post, group: "cent"},
	{name: "BZ$", code: "BZD", role: pre | post, group: "cent"},
	{name: "Bds$", code: "BBD", role: pre | post, group: "cent"},
	{name: "N$", code: "NAD", role: pre | post, group: "cent"},
	{name: "L$", code: "LRD", role: pre | post, group: "cent"},
	{name: "G$", code: "GYD", role: pre | post, group: "cent"},
	{name: "RD$", code: "DOP", role: pre | post},
	{name: "SI$", code: "SBD", role: pre | post, group: "cent"},
	{name: "WS$", code: "WST", role: pre | post},
	{name: "CI$", code: "KYD", role: pre | post, group: "cent"},
	// West and Central Africa's press writes "CFA 300 billion", "FCFA
	// 25.000": the franc of the region the text names
	{name: "CFA", code: "XOF", role: pre | amb, group: "franc", among: cfa, exactCase: true},
	{name: "FCFA", code: "XOF", role: pre | post | amb, group: "franc", among: cfa, exactCase: true},
	// South Africa's press writes rand as "R2.6 million"; alone, "R" also
	// names roads and grades, so only a scaled or formatted amount counts.
	{name: "R", code: "ZAR", role: pre | weak, exactCase: true},
	{name: "Mex$", code: "MXN", role: pre | post},
	// India's, Pakistan's, Sri Lanka's and Nepal's press all write "Rs":
	// the rupee of the state the text names most, India's by default.
	{name: "Rs", code: "INR", role: pre | post | amb, group: "rupee"},
	{name: "Rs.", code: "INR", role: pre | amb, group: "rupee"},
	{name: "RM", code: "MYR", role: pre | post, exactCase: true},
	// Indonesia's press writes the rupiah as "Rp71 trillion", "Rp 15.000"
	{name: "Rp", code: "IDR", role: pre, exactCase: true},
	{name: "Rp.", code: "IDR", role: pre, exactCase: true},
	// South Asia's press writes the taka as "Tk 14.9" and Bhutan's the
	// ngultrum as "Nu 1,200"
	// Zambia's, Malawi's, Papua New Guinea's and Myanmar's press write
	// their currency as "K27", "K8 trillion": the one of the state the text
	// names, touching its number ("K 2" and "K2" of no such state are none)
	{name: "K", role: pre | amb | tight, group: "kwacha", among: []string{"ZMW", "MWK", "PGK", "MMK"}, exactCase: true},
	// the Philippines' and Botswana's press write "P10,000", "P100 million":
	// the peso or pula of the state the text names, touching a formatted
	// or scaled number ("P5", the five permanent members, is none)
	{name: "P", role: pre | amb | tight | weak, group: "P", among: []string{"PHP", "BWP"}, exactCase: true},
	// Nigeria's press writes the naira as "N15.6trn", "N1,560", and
	// Guatemala's the quetzal as "Q450 million": only for a state the text
	// names, touching a formatted or scaled number ("N95" masks, "Q3")
	{name: "N", role: pre | amb | tight | weak, group: "N", among: []string{"NGN"}, exactCase: true},
	{name: "Q", role: pre | amb | tight | weak, group: "Q", among: []string{"GTQ"}, exactCase: true},
	// Panama's balboa: "B/.500"
	{name: "B/.", code: "PAB", role: pre, exactCase: true},
	// Peru's press writes the sol as "S/ 240 millones", "S/. 15"
	{name: "S/", code: "PEN", role: pre, exactCase: true},
	{name: "S/.", code: "PEN", role: pre, exactCase: true},
	// the Gulf's and Jordan's press write "Dh330 million", "SR272 billion", "KD 5 million", "JD2.26 billion"
	{name: "Dh", code: "AED", role: pre, exactCase: true},
	{name: "Dhs", code: "AED", role: pre, exactCase: true},
	{name: "SR", code: "SAR", role: pre, exactCase: true},
	{name: "QR", code: "QAR", role: pre, exactCase: true},
	{name: "KD", code: "KWD", role: pre, exactCase: true},
	{name: "JD", code: "JOD", role: pre, exactCase: true},
	{name: "BD", code: "BHD", role: pre, exactCase: true},
	{name: "RO", code: "OMR", role: pre, exactCase: true},
	{name: "Tk", code: "BDT", role: pre, exactCase: true},
	{name: "Tk.", code: "BDT", role: pre, exactCase: true},
	{name: "Nu", code: "BTN", role: pre, exactCase: true},
	{name: "Nu.", code: "BTN", role: pre, exactCase: true},
	// Poland's English-language press writes the zloty's sign first too:
	// "around zł 2.4bn", "zł500"
	{name: "zł", code: "PLN", role: pre | post},
	{name: "Kč", code: "CZK", role: post},
	{name: "Ft", code: "HUF", role: post | weak},
	{name: "kr", code: "DKK", role: pre | post | weak | amb, group: "krone"},
	{name: "kr.", code: "DKK", role: pre | weak | amb, group: "krone"},
	{name: "SFr", code: "CHF", role: pre | post},
	{name: "SFr.", code: "CHF", role: pre},
	{name: "лв", code: "BGN", role: post},
	{name: "RMB", code: "CNY", role: pre | post},
	// East African shillings as their own press writes them: "Sh3.99
	// trillion" in Nairobi, "TSh", "USh" next door.
	{name: "KSh", code: "KES", role: pre | post},
	{name: "GH¢", code: "GHS", role: pre | post},
	// Sierra Leone's redenominated leone (2022): "NLe600"; the old one,
	// a thousand of which it replaced, "Le600,000"
	{name: "NLe", code: "SLE", role: pre, exactCase: true},
	{name: "Le", code: "SLL", role: pre | tight, exactCase: true},
	// Malawi's kwacha and Mozambique's metical as their press writes
	// them, touching the number: "MK2bn", "MT60bn"
	{name: "MK", code: "MWK", role: pre | tight | weak, exactCase: true},
	{name: "MT", code: "MZN", role: pre | tight | weak, exactCase: true},
	// Bolivia's boliviano: "Bs 3.74 a litre"; Venezuela's bolívar
	// was written so too
	{name: "Bs", code: "BOB", role: pre | weak, exactCase: true},
	{name: "GH₵", code: "GHS", role: pre | post},
	{name: "₵", code: "GHS", role: pre},
	{name: "Sh", code: "KES", role: pre, exactCase: true},
	// Zimbabwe Gold, the currency Harare issued in April 2024
	{name: "ZiG", code: "ZWG", role: pre | post, exactCase: true},
	{name: "TSh", code: "TZS", role: pre | post},
	{name: "USh", code: "UGX", role: pre | post},
	{name: "NIS", code: "ILS", role: pre | post},
	// The IMF's unit of account: "SDR 2.286 billion".
	{name: "SDR", code: "XDR", role: pre | post, exactCase: true},
	{name: "SDRs", code: "XDR", role: post, exactCase: true},
	{name: "СПЗ", code: "XDR", role: pre | post, exactCase: true},
}

// codes are ISO 4217 codes written in capitals. Those that are no word in
// our languages also match in lower case ("10 eur").
var codes = []struct {
	code      string
	lowerCase bool
	role      role
	group     string
}{
	{"EUR", true, pre | post, "cent"}, {"USD", true, pre | post, "cent"}, {"GBP", true, pre | post, ""},
	{"CHF", true, pre | post, ""}, {"JPY", true, pre | post, ""}, {"CNY", true, pre | post, ""},
	{"CAD", false, pre | post, "cent"}, {"AUD", true, pre | post, "cent"}, {"NZD", true, pre | post, "cent"},
	{"SEK", true, pre | post, "krone"}, {"NOK", true, pre | post, "krone"}, {"DKK", true, pre | post, "krone"},
	{"ISK", true, pre | post, "krone"}, {"CZK", true, pre | post, "krone"},
	{"PLN", true, pre | post, ""}, {"HUF", true, pre | post, ""}, {"RON", false, pre | post, ""},
	{"BGN", true, pre | post, ""}, {"UAH", true, pre | post, ""}, {"RUB", false, pre | post, ""},
	{"BYN", true, pre | post, ""}, {"TRY", false, pre | post, ""}, {"INR", true, pre | post, ""},
	{"PKR", true, pre | post, ""}, {"KRW", true, pre | post, ""}, {"BRL", true, pre | post, ""},
	{"MXN", true, pre | post, ""}, {"ARS", false, pre | post, ""}, {"CLP", true, pre | post, ""},
	{"COP", false, pre | post, ""}, {"PEN", false, post, ""}, {"ZAR", true, pre | post, ""},
	{"HKD", true, pre | post, "cent"}, {"SGD", true, pre | post, "cent"}, {"TWD", true, pre | post, "cent"},
	{"THB", true, pre | post, ""}, {"IDR", true, pre | post, ""}, {"MYR", true, pre | post, ""},
	{"PHP", false, post | weak, ""}, {"VND", true, pre | post, ""}, {"ILS", true, pre | post, ""},
	{"AED", true, pre | post, "dirham"}, {"SAR", false, pre | post, ""}, {"QAR", true, pre | post, ""},
	{"KWD", true, pre | post, ""}, {"BHD", true, pre | post, ""}, {"OMR", true, pre | post, ""},
	{"JOD", true, pre | post, ""}, {"EGP", true, pre | post, ""}, {"MAD", false, pre | post, "dirham"},
	{"NGN", true, pre | post, ""}, {"KES", true, pre | post, ""}, {"GHS", true, pre | post, ""},
	{"KZT", true, pre | post, ""}, {"GEL", false, pre | post, ""}, {"AZN", true, pre | post, ""},
	{"AMD", false, post, ""}, {"MDL", true, pre | post, ""}, {"RSD", true, pre | post, ""},
	{"BAM", false, post, ""}, {"MKD", true, pre | post, ""}, {"HRK", true, pre | post, ""},
	{"LBP", true, pre | post, ""}, {"IQD", true, pre | post, ""}, {"IRR", true, pre | post, ""},
	{"BDT", true, pre | post, ""}, {"LKR", true, pre | post, ""}, {"NPR", true, pre | post, ""},
	{"XOF", true, pre | post, ""}, {"XAF", true, pre | post, ""}, {"TND", true, pre | post, ""},
	{"DZD", true, pre | post, ""}, {"LYD", true, pre | post, ""},
	{"UZS", true, pre | post, ""}, {"KGS", true, pre | post, ""}, {"TJS", true, pre | post, ""},
	{"MNT", true, pre | post, ""}, {"UYU", true, pre | post, ""}, {"CUP", false, post, ""},
	{"BOB", true, pre | post, ""}, {"PYG", true, pre | post, ""}, {"GYD", true, pre | post, "cent"},
	{"JMD", true, pre | post, "cent"}, {"TTD", true, pre | post, "cent"},
	{"DOP", false, post, ""}, {"ETB", true, pre | post, ""}, {"UGX", true, pre | post, ""},
	{"TZS", true, pre | post, ""}, {"ZMW", true, pre | post, ""}, {"MMK", true, pre | post, ""},
	{"AFN", true, pre | post, ""}, {"SYP", true, pre | post, ""}, {"SDG", true, pre | post, ""},
	{"YER", true, pre | post, ""}, {"TMT", true, pre | post, ""}, {"ALL", false, post | weak, ""},
	{"WST", true, pre | post, ""}, {"TOP", false, pre | post, ""}, {"VUV", true, pre | post, ""},
	{"XDR", true, pre | post, ""}, {"MVR", true, pre | post, ""}, {"MUR", false, pre | post, ""},
	{"KHR", true, pre | post, ""}, {"HNL", true, pre | post, ""}, {"GTQ", true, pre | post, ""},
	{"CRC", true, pre | post, ""}, {"NIO", true, pre | post, ""}, {"PAB", true, pre | post, ""},
	{"CVE", true, pre | post, ""}, {"GMD", true, pre | post, ""}, {"SLE", true, pre | post, ""},
	{"MRU", true, pre | post, ""}, {"MGA", true, pre | post, ""}, {"MZN", true, pre | post, ""},
	{"AOA", true, pre | post, ""}, {"RWF", true, pre | post, ""}, {"CDF", true, pre | post, ""},
	{"GNF", true, pre | post, ""}, {"BIF", true, pre | post, ""}, {"DJF", true, pre | post, ""},
	{"ERN", true, pre | post, ""}, {"BTN", true, pre | post, ""}, {"XPF", true, pre | post, "franc"}, {"LAK", true, pre | post, ""},
	{"MOP", false, pre | post, ""}, {"MWK", true, pre | post, ""}, {"FJD", true, pre | post, "cent"},
	{"NAD", true, pre | post, "cent"}, {"BSD", true, pre | post, "cent"}, {"BBD", true, pre | post, "cent"},
	{"BZD", true, pre | post, "cent"}, {"LRD", true, pre | post, "cent"}, {"BND", true, pre | post, "cent"},
	{"KYD", true, pre | post, "cent"}, {"SBD", true, pre | post, "cent"}, {"HTG", true, pre | post, ""},
	{"SRD", true, pre | post, "cent"}, {"SCR", true, pre | post, ""}, {"SOS", true, pre | post, ""},
	{"BWP", true, pre | post, ""}, {"PGK", true, pre | post, ""}, {"ZWL", true, pre | post, ""},
	{"ZWG", true, pre | post, ""},
}
