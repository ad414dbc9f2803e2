package ministers

import (
	"strings"

	"kronika/corpus"
	"kronika/extract/token"
)

// testNations is a small gazetteer standing in for the nation extractor in
// unit tests: token-norm phrases → ISO code.
var testNations = map[string]string{
	"new zealand": "NZ", "colombia": "CO", "israel": "IL", "zambia": "ZM", "türkiye": "TR", "gabon": "GA", "cameroon": "CM", "ізраїль": "IL", "ізраїлю": "IL",
	"кореї": "KR", "індії": "IN", "ефіопії": "ET", "індонезійська": "ID", "etiopia": "ET", "ethiopia": "ET",
	"india": "IN", "belgio": "BE", "hungarian": "HU", "qatari": "QA", "singapore": "SG", "vietnam": "VN", "afghanistan": "AF",
	"ukraine": "UA", "ukrainian": "UA", "ucraina": "UA", "ucraino": "UA", "ucraini": "UA",
	"україна": "UA", "україни": "UA", "україні": "UA", "україну": "UA", "український": "UA",
	"українська": "UA", "української": "UA", "українського": "UA", "ukrainians": "UA",
	"estonia": "EE", "estonian": "EE", "estone": "EE", "естонія": "EE", "естонії": "EE",
	"естонський": "EE", "естонська": "EE", "естонського": "EE", "естонським": "EE",
	"luxembourg": "LU", "lussemburgo": "LU", "lussemburghese": "LU", "люксембург": "LU",
	"люксембургу": "LU", "люксембурзька": "LU", "люксембурзький": "LU",
	"us": "US", "usa": "US", "u . s .": "US", "united states": "US", "american": "US", "americano": "US",
	"сша": "US", "stati uniti": "US", "americana": "US",
	"uk": "GB", "britain": "GB", "british": "GB", "united kingdom": "GB", "britannico": "GB",
	"regno unito": "GB", "британії": "GB", "британський": "GB", "великої британії": "GB",
	"italy": "IT", "italian": "IT", "italia": "IT", "italiano": "IT", "italiana": "IT", "італії": "IT",
	"італія": "IT", "італійський": "IT", "італійська": "IT",
	"poland": "PL", "polish": "PL", "polonia": "PL", "polacco": "PL", "польщі": "PL", "польський": "PL", "польським": "PL", "польському": "PL",
	"austria": "AT", "austriaco": "AT", "libia": "LY", "лівії": "LY",
	"germany": "DE", "german": "DE", "germania": "DE", "tedesco": "DE", "tedesca": "DE", "німеччини": "DE",
	"німецький": "DE", "німецька": "DE",
	"france": "FR", "french": "FR", "francia": "FR", "francese": "FR", "франції": "FR", "французький": "FR",

	"croatia": "HR", "croato": "HR", "croatian": "HR", "хорватії": "HR", "хорватія": "HR",
	"brazil": "BR", "peru": "PE", "perù": "PE", "argentina": "AR", "messicano": "MX", "mexican": "MX", "lituana": "LT", "поляк": "PL", "литовка": "LT", "ірану": "IR", "nigeria": "NG", "nigerian": "NG", "польські": "PL",
	"latvia": "LV", "latvian": "LV", "lettonia": "LV", "латвії": "LV",
	"lithuania": "LT", "lithuanian": "LT", "lituania": "LT", "литви": "LT", "литовський": "LT",
	"netherlands": "NL", "dutch": "NL", "paesi bassi": "NL", "нідерландів": "NL", "olandese": "NL",
	"lettone": "LV", "lituano": "LT", "danese": "DK", "giapponese": "JP", "canadese": "CA", "spagnolo": "ES",
	"denmark": "DK", "danish": "DK", "danimarca": "DK", "данії": "DK",
	"japan": "JP", "japanese": "JP", "giappone": "JP", "японії": "JP",
	"canada": "CA", "canadian": "CA", "канади": "CA",
	"russia": "RU", "russian": "RU", "russo": "RU", "росії": "RU", "російський": "RU", "росія": "RU", "грузинку": "GE",
	"belgium": "BE", "belgian": "BE", "бельгії": "BE",
	"finland": "FI", "finnish": "FI", "фінляндії": "FI",
	"norway": "NO", "norwegian": "NO", "норвегії": "NO",
	"sweden": "SE", "swedish": "SE", "svedese": "SE", "швеції": "SE",
	"spain": "ES", "spanish": "ES", "spagna": "ES", "іспанії": "ES",
	"ireland": "IE", "irish": "IE",
	"china": "CN", "chinese": "CN", "cina": "CN", "cinese": "CN", "китаю": "CN",
	"australia": "AU", "australian": "AU",
	"south korea": "KR", "south korean": "KR", "moldova": "MD", "moldovan": "MD", "norway's": "NO",
	"czech": "CZ", "czechia": "CZ",
	"uae": "AE", "оае": "AE", "saudi": "SA", "saudi arabia": "SA", "саудівської аравії": "SA",
	"jordan": "JO", "jordan's": "JO", "chile": "CL", "чилі": "CL", "cile": "CL", "cileno": "CL",
	"indonesia": "ID", "kenyan": "KE", "peruvian": "PE", "tunisino": "TN", "indian": "IN",
	"philippine": "PH", "philippines": "PH", "lebanon": "LB",
	"малі": "ML", "mali": "ML", "ірані": "IR", "іран": "IR", "індія": "IN", "arabia saudita": "SA", "oman": "OM", "сербії": "RS", "serbia": "RS", "в'єтнаму": "VN",
	"south africa": "ZA", "malaysia": "MY", "thailand": "TH", "cambodia": "KH", "малайзії": "MY",
	"таїланду": "TH", "камбоджі": "KH", "сирії": "SY", "колумбії": "CO", "tagico": "TJ",
	"ірландії": "IE", "egitto": "EG", "ghana": "GH", "paesi bassi's": "NL", "indiano": "IN", "india's": "IN",
	"ireland's": "IE", "онтаріо": "CA", "egiziana": "EG", "spagnola": "ES", "svezia": "SE", "norvegia": "NO", "norvegese": "NO", "iraq": "IQ", "сінгапуру": "SG", "бразилії": "BR",
	"grecia": "GR", "mexico": "MX", "argentino": "AR", "australians": "AU", "maliana": "ML", "brasile": "BR", "brasiliano": "BR",
	"messico": "MX", "israeliano": "IL",
}

// testNationIndex is testNations by first token.
var testNationIndex = func() map[string][][]string {
	idx := map[string][][]string{}
	for k := range testNations {
		toks := strings.Split(k, " ")
		idx[toks[0]] = append(idx[toks[0]], toks)
	}
	return idx
}()

// fakeNations marks the test gazetteer's phrases in d, longest first, in
// order of first appearance, as the nation extractor would.
func fakeNations(d *token.Doc) []corpus.Nation {
	var out []corpus.Nation
	idx := map[string]int{}
	for i := 0; i < len(d.Tokens); {
		best := 0
		var code string
		for _, k := range testNationIndex[d.Tokens[i].Norm] {
			if len(k) <= best || i+len(k) > len(d.Tokens) {
				continue
			}
			ok := true
			for j, w := range k {
				if d.Tokens[i+j].Norm != w {
					ok = false
					break
				}
			}
			if ok {
				best, code = len(k), testNations[strings.Join(k, " ")]
			}
		}
		if best == 0 || !(d.Tokens[i].Cap || d.Tokens[i].Upper || d.Tokens[i].Kind != token.Word || isLowerAdjective(d.Tokens[i].Norm)) {
			i++
			continue
		}
		m := d.Mention(i, i+best)
		if k, ok := idx[code]; ok {
			out[k].Mentions = append(out[k].Mentions, m)
		} else {
			idx[code] = len(out)
			out = append(out, corpus.Nation{Code: code, Name: code, Mentions: []corpus.Mention{m}})
		}
		i += best
	}
	return out
}

// isLowerAdjective reports the gazetteer words written in lower case
// (Italian and Ukrainian adjectives).
func isLowerAdjective(n string) bool {
	for _, suf := range []string{"ucraino", "ucraina", "ucraini", "estone", "lussemburghese", "americano", "americana",
		"britannico", "italiano", "italiana", "polacco", "tedesco", "tedesca", "francese", "russo", "cinese",
		"olandese", "lettone", "lituano", "danese", "грузинку", "giapponese", "canadese", "spagnolo", "tagico", "indiano",
		"egiziana", "spagnola", "cileno", "tunisino", "svedese", "norvegese", "argentino", "maliana", "brasiliano", "messicano",
		"lituana", "поляк", "литовка", "croato", "israeliano"} {
		if n == suf {
			return true
		}
	}
	for _, pre := range []string{"естонськ", "люксембурзьк", "українськ", "британськ", "італійськ", "польськ", "німецьк", "французьк", "литовськ", "російськ"} {
		if strings.HasPrefix(n, pre) {
			return true
		}
	}
	return false
}

// extract runs the extractor on text with the fake nations.
func extract(x *Extractor, text, lang, published string) []corpus.Minister {
	d := token.New(text, lang, published)
	e := corpus.Entities{Nations: fakeNations(d)}
	x.Extract(d, &e)
	return e.Ministers
}
