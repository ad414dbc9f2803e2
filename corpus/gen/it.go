package gen

import (
	"fmt"
	"strconv"
	"strings"
)

// Italian words and sentences.

var itMonths = [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
	"agosto", "settembre", "ottobre", "novembre", "dicembre"}

var itWeekdays = [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"}

var itNumbers = [11]string{"zero", "un", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"}

var itCurrency = map[string]struct{ sym, one, many string }{
	"EUR": {"€", "euro", "euro"},
	"USD": {"$", "dollaro", "dollari"},
	"GBP": {"£", "sterlina", "sterline"},
	"UAH": {"", "grivna", "grivne"},
	"DKK": {"", "corona danese", "corone danesi"},
	"NOK": {"", "corona norvegese", "corone norvegesi"},
	"SEK": {"", "corona svedese", "corone svedesi"},
	"PLN": {"", "zloty", "zloty"},
}

// itPrep contracts a preposition with a definite article.
var itPrep = map[string]map[string]string{
	"di":  {"l'": "dell'", "la": "della ", "il": "del ", "i": "dei ", "gli": "degli "},
	"a":   {"l'": "all'", "la": "alla ", "il": "al ", "i": "ai ", "gli": "agli "},
	"da":  {"l'": "dall'", "la": "dalla ", "il": "dal ", "i": "dai ", "gli": "dagli "},
	"su":  {"l'": "sull'", "la": "sulla ", "il": "sul ", "i": "sui ", "gli": "sugli "},
	"con": {"l'": "con l'", "la": "con la ", "il": "con il ", "i": "con i ", "gli": "con gli "},
}

var itTitles = []string{
	"{M.head} annuncia {money} per la difesa aerea {U.di}",
	"Vertice {city.a}: {N} {N.v:promette|promettono} {count} {item}",
	"{N} e {O} finanzieranno {item} per {U}",
	"Aiuti {U.a}: nuovo pacchetto da {money}",
	"{M.head}: «Il sostegno {U.a} non rallenterà»",
	"Il parlamento {N.A.ms} approva aiuti militari per {money}",
	"I ministri della Difesa si riuniscono {city.a}",
	"Cosa contiene il nuovo pacchetto di aiuti {N.A.ms}",
	"{U} e {N} rafforzano la cooperazione sui droni",
	"Coalizione per {U}: {N} {N.v:entra|entrano} tra i membri",
	"{M.head} in visita {city.a}",
	"Consegne {U.a}, gli alleati fanno il punto",
}

var itLeads = []string{
	"{M.subj} ha annunciato {when} che {N} {N.v:fornirà|forniranno} {U.a} {count} {item}.",
	"{N} {N.v:invierà|invieranno} {money} di assistenza militare {U.a}, ha dichiarato {M} {when}.",
	"I ministri della Difesa di oltre {count} Paesi si sono riuniti {city.a} {when} per coordinare il sostegno {U.a}.",
	"{M.subj} ha confermato un nuovo pacchetto da {money} per le forze armate {U.di}.",
	"{when} {N} e {O} hanno firmato con {U} un memorandum sulla produzione congiunta di {item}.",
	"Il governo {N.di} ha approvato {when} ulteriori {money} per l'acquisto di {item} da destinare {U.a}.",
	"{M.subj} si è recat{g:o|a} {city.a} {when} per colloqui con i vertici {U.A.mp} su difesa aerea e sminamento.",
	"Una coalizione guidata {N.da} e {O.da} ha comunicato {when} che gli impegni hanno raggiunto {money}.",
	"{N} {N.v:è|sono} tra gli ultimi Paesi ad aderire alla coalizione, ha detto {M} ai giornalisti {city.a} {when}.",
}

var itBody = []string{
	"Il pacchetto comprende {count} {item}, secondo una nota diffusa dal ministero.",
	"{S} ha spiegato che le prime consegne sono attese {when}.",
	"Dall'inizio dell'invasione su larga scala, {N} {N.v:ha|hanno} stanziato {money} per {U}.",
	"Fonti del governo {N.A.ms} hanno precisato che i fondi copriranno anche addestramento e pezzi di ricambio.",
	"Ai colloqui {city.di} ha partecipato anche {M}, che ha insistito sulla pianificazione a lungo termine.",
	"Secondo {M}, {N} {N.v:finanzierà|finanzieranno} anche la riparazione dei mezzi danneggiati.",
	"{O} {O.v:ha|hanno} annunciato un contributo separato di {money} all'inizio dell'anno.",
	"L'accordo, firmato {when}, resterà in vigore fino alla fine del {year}.",
	"A margine della riunione {M} ha incontrato {X} per discutere di acquisti congiunti.",
	"{S} ha ringraziato {N} e {O} per un aiuto che ha definito decisivo.",
	"In una dichiarazione congiunta, i governi {N.di} e {O.di} si sono impegnati a raddoppiare la produzione di {item} entro il {year}.",
	"{P} ha assicurato che gli alleati continueranno a coordinare le consegne.",
	"Il contratto con il produttore vale {money}, ha reso noto il ministero.",
	"Una parte della somma, {money}, sarà spesa negli stabilimenti {N.in2}.",
	"I militari {U.A.mp} hanno già completato corsi di addestramento {N.in} e {O.in}.",
	"{M} ha visitato {when} un poligono di addestramento vicino {city.a}.",
	"Il pacchetto precedente, approvato {when}, valeva {money}.",
	"Finora {N} {N.v:ha|hanno} consegnato il {pct} per cento dei materiali promessi.",
	"La {ord} riunione del gruppo di contatto si è svolta {city.a} {when}.",
	"{M} e {X} hanno discusso della situazione al fronte e della protezione delle infrastrutture energetiche.",
	"Con il contributo {N.A.ms} il totale della coalizione sale a {money}.",
	"{N} {N.v:ha|hanno} aderito alla coalizione {when}.",
	"Le consegne di {item} {O.da} dovrebbero cominciare {when}.",
	"Funzionari {city.di} hanno riferito la consegna di {count} {item} {when}.",
	"{Y} ha detto a {S} che {O} {O.v:intende|intendono} condividere la propria esperienza nella difesa cibernetica.",
	"Il parlamento {N.di} dovrebbe votare {when} ulteriori {money}.",
	"{U} ha chiesto ai partner altri {count} {item} prima dell'inverno.",
	"Una seconda tranche da {money} è stata sbloccata {when}, dopo la verifica della prima.",
}

var itQuotes = []string{
	"«Resteremo al fianco {U.di} per tutto il tempo necessario», ha detto {M}.",
	"«Non è beneficenza, è un investimento nella nostra sicurezza comune», ha dichiarato {S} ai giornalisti {when}.",
	"«{U} ha bisogno di {item} adesso, non l'anno prossimo», ha affermato {S}.",
	"«La nostra industria è pronta a fare di più», ha aggiunto {S}.",
	"«La minaccia {R.di} riguarda tutta l'Europa», ha avvertito {M}.",
	"«Abbiamo concordato un piano chiaro per i prossimi mesi», ha spiegato {M}.",
	"«Ringrazio {N} e {O} per la loro guida», ha scritto {S} sui social.",
	"«Ogni euro speso oggi salva vite domani», ha detto {S} {city.a}.",
}

var itBackground = []string{
	"{R} ha lanciato l'invasione su larga scala {U.di} il 24 febbraio 2022.",
	"La coalizione è nata per coordinare l'aiuto in un settore preciso, senza duplicare gli sforzi esistenti.",
	"I funzionari non hanno fornito altri dettagli, citando ragioni di sicurezza.",
	"Secondo gli analisti, le cifre non comprendono i materiali già in magazzino.",
	"La riunione è durata circa {hours} ore e si è chiusa senza una dichiarazione formale.",
	"I negoziati sul tema vanno avanti da {years} anni.",
	"Il ministero non ha precisato quando arriveranno i materiali restanti.",
	"Il programma rientra in uno sforzo più ampio per ricostruire le infrastrutture {U.A.fp}.",
	"Gli incontri bilaterali si sono tenuti nella sala 14 del centro congressi.",
	"La sessione è iniziata alle 10:30 ora locale e si è conclusa poco dopo mezzogiorno.",
	"Circa {count} giornalisti hanno seguito la conferenza stampa.",
	"Parte dei materiali arriverà dalle scorte, il resto da nuovi ordini all'industria.",
	"Secondo fonti diplomatiche, il clima dei colloqui è stato concreto.",
}

var itClosings = []string{
	"Nuovi annunci sono attesi nelle prossime settimane.",
	"Il ministero ha fatto sapere che pubblicherà l'elenco completo delle consegne {when}.",
	"{S} dovrebbe tornare {city.a} entro la fine dell'anno.",
	"L'articolo è stato aggiornato con le dichiarazioni di funzionari {N.A.mp}.",
	"I ministri hanno concordato di rivedersi {when}.",
}

func italian() *language {
	return &language{
		code:       "it",
		titles:     parseAll(itTitles),
		leads:      parseAll(itLeads),
		body:       parseAll(itBody),
		quotes:     parseAll(itQuotes),
		background: parseAll(itBackground),
		closings:   parseAll(itClosings),
		slot:       itSlot,
		dateline: func(c *sentence) string {
			if chance(c.r, 50) {
				return strings.ToUpper(c.city.it) + " – "
			}
			d := c.a.pub
			return fmt.Sprintf("%s, %d %s %d – ", strings.ToUpper(c.city.it), d.Day(), itMonths[d.Month()-1], d.Year())
		},
	}
}

// itWithArt joins an article (or contracted preposition) to a word:
// "dell'" + "Estonia", "della " + "Germania".
func itWithArt(art, prep, word string) string {
	if prep != "" {
		return itPrep[prep][art] + word
	}
	if art == "l'" {
		return art + word
	}
	return art + " " + word
}

func itAdjIndex(form string) int {
	return map[string]int{"ms": 0, "fs": 1, "mp": 2, "fp": 3}[form]
}

func itSlot(c *sentence, s seg) (string, bool) {
	if n := c.nation(s.key); n != nil {
		switch {
		case s.form == "":
			return itWithArt(n.itArt, "", n.it), true
		case s.form == "bare":
			return n.it, true
		case s.form == "in":
			return n.itIn, true
		case s.form == "in2": // "in Estonia" or "dell'Estonia" after a noun
			return itWithArt(n.itArt, "di", n.it), true
		case strings.HasPrefix(s.form, "A."):
			return n.itAdj[itAdjIndex(s.form[2:])], true
		case strings.HasPrefix(s.form, "v:"):
			sg, pl, _ := strings.Cut(s.form[2:], "|")
			if n.itArt == "i" || n.itArt == "gli" {
				return pl, true
			}
			return sg, true
		case itPrep[s.form] != nil:
			return itWithArt(n.itArt, s.form, n.it), true
		}
		return "", false
	}
	switch s.key {
	case "M", "X":
		return itMinister(c, c.minister(s.key), s.form), true
	case "S", "Y":
		return c.minister(s.key).surname, true
	case "P":
		return c.p.it, true
	case "city":
		return itCity(c.city.it, s.form)
	case "item":
		return c.item.it, true
	case "count":
		return strconv.Itoa(countNumber(c)), true
	case "pct":
		return strconv.Itoa(20 + c.r.IntN(75)), true
	case "hours":
		return itNumbers[2+c.r.IntN(5)], true
	case "years":
		return itNumbers[2+c.r.IntN(4)], true
	case "ord":
		return strconv.Itoa(5+c.r.IntN(25)) + "ª", true
	case "year":
		return strconv.Itoa(c.a.pub.Year() + c.r.IntN(3)), true
	case "when":
		return itWhen(c), true
	case "money":
		return itMoney(c), true
	}
	return "", false
}

// itTitle is a minister's title as head noun and complement.
func itTitle(c *sentence, m *minister) (head, comp string) {
	switch {
	case m.post == premier && m.nation == "IT":
		return pick(c.r, []string{"presidente del Consiglio", "premier"}), ""
	case m.post == premier:
		return "premier", ""
	case m.nation == "US" && m.post == defence:
		return "segretario", "alla Difesa"
	case m.nation == "US":
		return "segretario", "di Stato"
	case m.nation == "FR" && m.post == defence:
		head, comp = "ministro", "delle Forze armate"
	case m.post == defence:
		head, comp = "ministro", "della Difesa"
	default:
		head, comp = "ministro", pick(c.r, []string{"degli Esteri", "degli Affari esteri"})
	}
	if m.female {
		head = "ministra"
	}
	return head, comp
}

// itMinister words a minister with title and article: "il ministro della
// Difesa estone Hanno Pevkur"; form di/a/con contracts the article, "subj"
// may give "Hanno Pevkur, ministro della Difesa estone,", "head" gives a
// headline's "Il ministro estone Pevkur".
func itMinister(c *sentence, m *minister, form string) string {
	n := &nations[nationIndex(m.nation)]
	head, comp := itTitle(c, m)
	adj := n.itAdj[0]
	art := "il"
	if m.female {
		adj, art = n.itAdj[1], "la"
	}
	if m.nation == "IT" {
		adj = "" // Italian papers do not call their own ministers "italiano"
	}
	join := func(parts ...string) string {
		var b strings.Builder
		for _, p := range parts {
			if p == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p)
		}
		return b.String()
	}
	prep := ""
	switch form {
	case "head":
		return join(art, strings.SplitN(head, " ", 2)[0], adj, m.surname)
	case "subj":
		if chance(c.r, 35) {
			return m.itName() + ", " + join(head, comp, adj) + ","
		}
	case "di", "a", "con", "da":
		prep = form
	}
	var body string
	if comp != "" && adj != "" && chance(c.r, 40) {
		body = join(head, adj, comp, m.itName()) // il ministro estone della Difesa …
	} else {
		body = join(head, comp, adj, m.itName())
	}
	if prep == "" {
		return art + " " + body
	}
	return itPrep[prep][art] + body
}

// itBeforeVowel puts the elided or euphonic form of a little word before a
// vowel: "nell'aprile", "ad agosto".
func itBeforeVowel(plain, vowel, word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return vowel + word
	}
	return plain + word
}

// itCity words a city after a preposition: "a Roma", "all'Aia", "di
// Roma", "dell'Aia".
func itCity(name, form string) (string, bool) {
	rest, art := strings.CutPrefix(name, "L'")
	switch {
	case form == "":
		return name, true
	case form == "a" && art:
		return "all'" + rest, true
	case form == "di" && art:
		return "dell'" + rest, true
	case form == "a" || form == "di":
		return form + " " + name, true
	}
	return "", false
}

// itDay writes "3 giugno 2024", with "1°" for the first of the month.
func itDay(day, month int) string {
	d := strconv.Itoa(day)
	if day == 1 {
		d = "1°"
	}
	return d + " " + itMonths[month-1]
}

// itArtDay is the article a day number takes: "l'8", "l'11", "il 3".
func itArtDay(day int) string {
	if day == 8 || day == 11 {
		return "l'"
	}
	return "il "
}

// itWhen is a date adverbial: "il 3 giugno 2024", "a marzo", "ieri".
func itWhen(c *sentence) string {
	a := c.a
	d := a.someDate()
	switch c.r.IntN(14) {
	case 0, 1, 2:
		return itArtDay(d.Day()) + itDay(d.Day(), int(d.Month())) + " " + strconv.Itoa(d.Year())
	case 3:
		d = a.sameYearBefore()
		return itArtDay(d.Day()) + itDay(d.Day(), int(d.Month()))
	case 4:
		return itArtDay(d.Day()) + d.Format("02/01/2006")
	case 5:
		return fmt.Sprintf("il %d.%d.%d", d.Day(), d.Month(), d.Year())
	case 6:
		return itBeforeVowel("nel ", "nell'", itMonths[d.Month()-1]) + " " + strconv.Itoa(d.Year())
	case 7:
		d = a.sameYearBefore()
		return itBeforeVowel("a ", "ad ", itMonths[d.Month()-1])
	case 8:
		return fmt.Sprintf("nel %d", d.Year())
	case 9:
		return pick(c.r, []string{"lo scorso anno", "quest'anno", "l'anno scorso"})
	case 10:
		return "ieri"
	case 11:
		w := itWeekdays[a.recentWeekday().Weekday()]
		if chance(c.r, 50) {
			return w + " scorso"
		}
		return w
	case 12:
		d = a.sameYearBefore()
		return "lo scorso " + itDay(d.Day(), int(d.Month()))
	default:
		e := d.AddDate(0, 0, 1+c.r.IntN(2))
		if e.Month() != d.Month() {
			return itArtDay(d.Day()) + itDay(d.Day(), int(d.Month())) + " " + strconv.Itoa(d.Year())
		}
		return fmt.Sprintf("tra il %d e il %d %s %d", d.Day(), e.Day(), itMonths[d.Month()-1], d.Year())
	}
}

// itMoney words an amount: "30 milioni di euro", "1,5 mld di euro",
// "€ 2.500.000", "tra 2 e 3 miliardi di dollari".
func itMoney(c *sentence) string {
	am := chooseAmount(c.r)
	cur := itCurrency[am.cur]
	q := pick(c.r, []string{"", "", "", "", "oltre ", "circa ", "quasi ", "più di ", "fino a ", "almeno "})
	if am.scale == 0 {
		num := group(am.whole, ".")
		switch {
		case cur.sym != "" && chance(c.r, 40):
			return q + cur.sym + " " + num
		case chance(c.r, 15):
			return q + am.cur + " " + num
		default:
			return q + num + " " + cur.many
		}
	}
	one, many, short := "milione", "milioni", "mln"
	if am.scale == 9 {
		one, many, short = "miliardo", "miliardi", "mld"
	}
	scale := many
	if am.whole == 1 && am.dec == "" && am.hi == 0 {
		scale = one
	}
	m := am.mantissa(",")
	switch {
	case am.word:
		return q + itNumbers[am.whole] + " " + scale + " di " + cur.many
	case am.hi > 0:
		switch c.r.IntN(3) {
		case 0:
			return fmt.Sprintf("tra %d e %d %s di %s", am.whole, am.hi, many, cur.many)
		case 1:
			return fmt.Sprintf("%d-%d %s di %s", am.whole, am.hi, many, cur.many)
		default:
			return fmt.Sprintf("da %d a %d %s di %s", am.whole, am.hi, many, cur.many)
		}
	}
	switch k := c.r.IntN(10); {
	case k < 5:
		return q + m + " " + scale + " di " + cur.many
	case k < 7:
		return q + m + " " + short + " di " + cur.many
	case cur.sym != "" && k < 9:
		return q + cur.sym + " " + m + " " + scale
	default:
		return q + m + " " + short + " " + am.cur
	}
}
