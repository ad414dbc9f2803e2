package gen

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Ukrainian words and sentences.

var ukMonthsGen = [12]string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
	"серпня", "вересня", "жовтня", "листопада", "грудня"}

var ukMonthsLoc = [12]string{"січні", "лютому", "березні", "квітні", "травні", "червні", "липні",
	"серпні", "вересні", "жовтні", "листопаді", "грудні"}

// ukWeekdaysAcc are the weekdays in the accusative ("у понеділок"),
// Sunday first like time.Weekday.
var ukWeekdaysAcc = [7]string{"неділю", "понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу"}

// ukNumbers are masculine cardinal numerals, which agree with мільйон and
// мільярд.
var ukNumbers = [11]string{"нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять"}

// ukNumbersGen are the genitive of 2–6 ("близько трьох годин").
var ukNumbersGen = map[int]string{2: "двох", 3: "трьох", 4: "чотирьох", 5: "п'яти", 6: "шести"}

// ukCurrency gives the genitive plural that follows a scale word or a
// number ending in 0 or 5–9, and an abbreviation.
var ukCurrency = map[string]struct{ sym, many, abbr string }{
	"EUR": {"€", "євро", "євро"},
	"USD": {"$", "доларів", "дол. США"},
	"GBP": {"£", "фунтів стерлінгів", "фунтів стерлінгів"},
	"UAH": {"", "гривень", "грн"},
	"DKK": {"", "данських крон", "данських крон"},
	"NOK": {"", "норвезьких крон", "норвезьких крон"},
	"SEK": {"", "шведських крон", "шведських крон"},
	"PLN": {"", "злотих", "злотих"},
}

var ukCaseNames = map[string]int{"": nom, "nom": nom, "gen": gen, "dat": dat, "loc": loc, "ins": ins}

var ukTitles = []string{
	"{M.head} {g:оголосив|оголосила} про {money} для ППО {U.gen}",
	"Зустріч {city.in}: {N} {N.v:пообіцяв|пообіцяла|пообіцяли} {count} {item}",
	"{N} та {O} профінансують постачання {item} для {U.gen}",
	"Допомога {U.dat}: новий пакет на {money}",
	"{M.head}: підтримка {U.gen} не слабшатиме",
	"Парламент {N.gen} схвалив військову допомогу на {money}",
	"Міністри оборони зібралися {city.in}",
	"Що містить новий {N.A} пакет допомоги",
	"{U} та {N} поглиблюють співпрацю у сфері безпілотників",
	"{N} {N.v:приєднався|приєдналася|приєдналися} до коаліції на підтримку ЗСУ",
	"{M.head} {g:прибув|прибула} до {city.gen}",
	"Партнери підбили підсумки поставок {U.dat}",
}

var ukLeads = []string{
	"{M} {g:оголосив|оголосила} {when}, що {N} {N.v:передасть|передасть|передадуть} {U.dat} {count} {item}.",
	"{N} {N.v:спрямує|спрямує|спрямують} {money} на військову допомогу {U.dat}, {g:заявив|заявила} {when} {M}.",
	"Міністри оборони понад {count} країн зібралися {city.in} {when}, щоб узгодити подальшу підтримку {U.gen}.",
	"{M} {g:підтвердив|підтвердила} новий пакет допомоги для Збройних сил {U.gen} на {money}.",
	"{when} {N} та {O} підписали з {U.ins} меморандум про спільне виробництво {item}.",
	"Уряд {N.gen} {when} схвалив ще {money} на закупівлю {item} для {U.gen}.",
	"{M} {when} {g:прибув|прибула} до {city.gen} на переговори з українськими посадовцями щодо ППО та розмінування.",
	"Коаліція на чолі з {N.ins} та {O.ins} повідомила {when}, що внески сягнули {money}.",
	"{N} {N.v:став|стала|стали} новим учасником коаліції, {g:повідомив|повідомила} журналістам {city.in} {when} {M}.",
}

var ukBody = []string{
	"До пакета входять {count} {item}, йдеться у заяві міністерства.",
	"За словами {S.gen}, перші поставки очікуються {when}.",
	"Від початку повномасштабного вторгнення {N} {N.v:виділив|виділила|виділили} {U.dat} {money}.",
	"Представники {N.A.gen} уряду заявили, що кошти підуть також на навчання та запчастини.",
	"У переговорах {city.in} {g:взяв|взяла} участь {M}, {g:який|яка} {g:наголосив|наголосила} на потребі довгострокового планування.",
	"За словами {M.gen}, {N} також {N.v:профінансує|профінансує|профінансують} ремонт пошкодженої техніки.",
	"{O} окремо {O.v:виділив|виділила|виділили} {money} на початку року.",
	"Угода, підписана {when}, діє до кінця {year} року.",
	"На полях зустрічі {M} {g:зустрівся|зустрілася} з {X.ins}, щоб обговорити спільні закупівлі.",
	"{S} {g:подякував|подякувала} {N.dat} та {O.dat} за, як {g:він|вона} {g:сказав|сказала}, вирішальну допомогу.",
	"У спільній заяві уряди {N.gen} та {O.gen} пообіцяли подвоїти виробництво {item} до {year} року.",
	"За словами {P.gen}, союзники й надалі координуватимуть поставки.",
	"Контракт із виробником оцінюють у {money}, повідомили в міністерстві.",
	"Частину коштів, {money}, витратять на підприємствах {N.gen}.",
	"Українські військові вже пройшли навчання {N.in} та {O.in}.",
	"{M} {when} {g:відвідав|відвідала} навчальний полігон поблизу {city.gen}.",
	"Попередній пакет, схвалений {when}, становив {money}.",
	"{N} вже {N.v:передав|передала|передали} {pct} обіцяної техніки.",
	"{ord} засідання контактної групи відбулося {city.in} {when}.",
	"{M} та {X.nom} обговорили ситуацію на фронті та захист енергетичної інфраструктури.",
	"З {N.A.ins} внеском загальна сума внесків коаліції сягає {money}.",
	"{N} {N.v:приєднався|приєдналася|приєдналися} до коаліції {when}.",
	"Поставки {item} з {O.gen} мають розпочатися {when}.",
	"{city.in} повідомили, що {when} передано {count} {item}.",
	"{S} {g:почув|почула} від {Y.gen}, що {O} {O.v:готовий|готова|готові} поділитися досвідом у сфері кіберзахисту.",
	"Парламент {N.gen} має проголосувати за виділення ще {money} {when}.",
	"{U} попросила партнерів ще про {count} {item} до зими.",
	"Другий транш обсягом {money} розблокували {when} після аудиту першого.",
}

var ukQuotes = []string{
	"«Ми будемо з {U.ins} стільки, скільки буде потрібно», — {g:сказав|сказала} {M}.",
	"«Це не благодійність, а інвестиція в нашу спільну безпеку», — {g:заявив|заявила} {S} журналістам {when}.",
	"«{U} потребує {item} вже зараз, а не наступного року», — {g:наголосив|наголосила} {S}.",
	"«Наша промисловість готова постачати більше», — {g:додав|додала} {S}.",
	"«Загроза з боку {R.gen} стосується всієї Європи», — {g:попередив|попередила} {M}.",
	"«Ми узгодили чіткий план на найближчі місяці», — {g:пояснив|пояснила} {M}.",
	"«Я вдячн{g:ий|а} {N.dat} та {O.dat} за лідерство», — {g:написав|написала} {S} у соцмережах.",
	"«Кожне євро, витрачене сьогодні, рятує життя завтра», — {g:сказав|сказала} {S} {city.in}.",
}

var ukBackground = []string{
	"Повномасштабне вторгнення {R.gen} в Україну розпочалося 24 лютого 2022 року.",
	"Коаліцію створили, щоб координувати допомогу в одній конкретній сфері, а не дублювати наявні зусилля.",
	"Посадовці відмовилися надати подробиці, пославшись на міркування безпеки.",
	"За оцінками аналітиків, ці цифри не враховують техніку, яка вже є на складах.",
	"Зустріч тривала близько {hours} годин і завершилася без офіційної декларації.",
	"Переговори з цього питання тривають уже {years}.",
	"У міністерстві не уточнили, коли надійде решта техніки.",
	"Програма є частиною ширших зусиль з відбудови {U.A.f.gen} інфраструктури.",
	"Двосторонні зустрічі проходили в залі № 14 конференц-центру.",
	"Засідання розпочалося о 10:30 за місцевим часом і завершилося невдовзі після полудня.",
	"Пресконференцію відвідали близько {count} журналістів.",
	"Частина техніки надійде зі складів, решта — з нових замовлень у виробників.",
	"За словами дипломатів, переговори пройшли в діловій атмосфері.",
}

var ukClosings = []string{
	"Нові оголошення очікуються найближчими тижнями.",
	"У міністерстві пообіцяли оприлюднити повний перелік поставок {when}.",
	"{S} має повернутися до {city.gen} до кінця року.",
	"Статтю оновлено коментарями {N.A.pl.gen} посадовців.",
	"Міністри домовилися зустрітися знову {when}.",
}

func ukrainian() *language {
	return &language{
		code:       "uk",
		titles:     parseAll(ukTitles),
		leads:      parseAll(ukLeads),
		body:       parseAll(ukBody),
		quotes:     parseAll(ukQuotes),
		background: parseAll(ukBackground),
		closings:   parseAll(ukClosings),
		slot:       ukSlot,
		dateline: func(c *sentence) string {
			d := c.a.pub
			if chance(c.r, 50) {
				return fmt.Sprintf("%s, %d %s %d року — ", strings.ToUpper(c.city.uk[nom]), d.Day(), ukMonthsGen[d.Month()-1], d.Year())
			}
			return fmt.Sprintf("%s, %d %s. ", c.city.uk[nom], d.Day(), ukMonthsGen[d.Month()-1])
		},
	}
}

// ukIn is "у" or "в" + the locative, by the euphony rule: "в" before a
// vowel.
func ukIn(word string) string {
	r, _ := utf8.DecodeRuneInString(word)
	if strings.ContainsRune("аеєиіїоуюяАЕЄИІЇОУЮЯ", r) {
		return "в " + word
	}
	return "у " + word
}

// ukGender is 0 masculine, 1 feminine, 2 plural, for verb agreement.
func ukGender(n *nation) int {
	s := n.uk[nom]
	switch {
	case n.code == "US" || strings.HasSuffix(s, "и"):
		return 2
	case strings.HasSuffix(s, "а") || strings.HasSuffix(s, "я"):
		return 1
	}
	return 0
}

// ukPlural picks the form a whole number takes: 1 (21, 31…), 2–4 (22…),
// or the rest.
func ukPlural(n int, one, few, many string) string {
	switch {
	case n%10 == 1 && n%100 != 11:
		return one
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return few
	}
	return many
}

func ukSlot(c *sentence, s seg) (string, bool) {
	if n := c.nation(s.key); n != nil {
		return ukNationForm(n, s.form)
	}
	switch s.key {
	case "M", "X":
		cs, ok := ukCaseNames[s.form]
		if s.form == "head" {
			return ukMinister(c, c.minister(s.key), nom, true), true
		}
		if !ok {
			return "", false
		}
		return ukMinister(c, c.minister(s.key), cs, false), true
	case "S", "Y":
		cs, ok := ukCaseNames[s.form]
		return c.minister(s.key).last[cs], ok
	case "P":
		cs, ok := ukCaseNames[s.form]
		return c.p.uk[cs], ok
	case "city":
		switch s.form {
		case "in":
			return ukIn(c.city.uk[loc]), true
		}
		cs, ok := ukCaseNames[s.form]
		return c.city.uk[cs], ok
	case "item":
		return c.item.uk, true
	case "count":
		return strconv.Itoa(countNumber(c)), true
	case "pct":
		n := 20 + c.r.IntN(75)
		return strconv.Itoa(n) + " " + ukPlural(n, "відсоток", "відсотки", "відсотків"), true
	case "hours":
		return ukNumbersGen[2+c.r.IntN(5)], true
	case "years":
		n := 2 + c.r.IntN(3)
		return ukNumbers[n] + " роки", true
	case "ord":
		return strconv.Itoa(5+c.r.IntN(25)) + "-те", true
	case "year":
		return strconv.Itoa(c.a.pub.Year() + c.r.IntN(3)), true
	case "when":
		return ukWhen(c), true
	case "money":
		return ukMoney(c), true
	}
	return "", false
}

// ukNationForm words a nation: a case ("gen"), "in" (у/в + locative), an
// adjective ("A", "A.f.gen", "A.pl.gen") or a verb agreeing with it
// ("v:передав|передала|передали").
func ukNationForm(n *nation, form string) (string, bool) {
	if rest, ok := strings.CutPrefix(form, "v:"); ok {
		alts := strings.Split(rest, "|")
		if len(alts) != 3 {
			return "", false
		}
		return alts[ukGender(n)], true
	}
	if form == "in" {
		return ukIn(n.uk[loc]), true
	}
	if form == "A" || strings.HasPrefix(form, "A.") {
		female, pl, cs := false, false, nom
		for _, p := range strings.Split(form, ".")[1:] {
			switch p {
			case "f":
				female = true
			case "pl":
				pl = true
			default:
				k, ok := ukCaseNames[p]
				if !ok {
					return "", false
				}
				cs = k
			}
		}
		return ukAdj(n.ukAdj, cs, female, pl), true
	}
	cs, ok := ukCaseNames[form]
	return n.uk[cs], ok
}

var (
	ukMinistr       = forms{"міністр", "міністра", "міністру", "міністрові", "міністром"}
	ukMinisterka    = forms{"міністерка", "міністерки", "міністерці", "міністерці", "міністеркою"}
	ukDerzhsekretar = forms{"держсекретар", "держсекретаря", "держсекретарю", "держсекретареві", "держсекретарем"}
	ukGlava         = forms{"глава", "глави", "главі", "главі", "главою"}
)

// ukMinister words a minister with title in case c: "міністра оборони
// Естонії Ганно Певкура", "естонського міністра оборони Ганно Певкура",
// "глави Міноборони Естонії Ганно Певкура"; head gives a headline's
// "Міністр оборони Естонії Певкур".
func ukMinister(c *sentence, m *minister, cs int, head bool) string {
	n := &nations[nationIndex(m.nation)]
	title, comp := ukMinistr, ""
	if m.female {
		title = ukMinisterka
	}
	prefix := ""
	switch {
	case m.post == premier:
		prefix = "прем'єр-"
	case m.nation == "US" && m.post == foreign:
		title = ukDerzhsekretar
	case m.nation == "FR" && m.post == defence:
		comp = "збройних сил"
	case m.post == defence:
		comp = "оборони"
	default:
		comp = "закордонних справ"
	}
	t := prefix + title[cs]
	if comp != "" {
		t += " " + comp
	}
	if head {
		return t + " " + n.uk[gen] + " " + m.last[nom]
	}
	name := m.ukName(cs)
	switch k := c.r.IntN(10); {
	case k < 2 && prefix == "" && comp != "" && title[nom] != ukDerzhsekretar[nom]:
		inst := "Міноборони"
		if m.post == foreign {
			inst = "МЗС"
		}
		return ukGlava[cs] + " " + inst + " " + n.uk[gen] + " " + name
	case k < 5:
		return ukAdj(n.ukAdj, cs, m.female, false) + " " + t + " " + name
	case k < 6 && m.nation == "UA":
		return t + " " + name
	default:
		return t + " " + n.uk[gen] + " " + name
	}
}

// ukWhen is a date adverbial: "3 червня 2024 року", "у березні", "вчора".
func ukWhen(c *sentence) string {
	a := c.a
	d := a.someDate()
	switch c.r.IntN(14) {
	case 0, 1, 2:
		return fmt.Sprintf("%d %s %d року", d.Day(), ukMonthsGen[d.Month()-1], d.Year())
	case 3:
		d = a.sameYearBefore()
		return fmt.Sprintf("%d %s", d.Day(), ukMonthsGen[d.Month()-1])
	case 4:
		return d.Format("02.01.2006")
	case 5:
		return fmt.Sprintf("%d %s %d р.", d.Day(), ukMonthsGen[d.Month()-1], d.Year())
	case 6:
		return fmt.Sprintf("у %s %d року", ukMonthsLoc[d.Month()-1], d.Year())
	case 7:
		d = a.sameYearBefore()
		return "у " + ukMonthsLoc[d.Month()-1]
	case 8:
		return fmt.Sprintf("у %d році", d.Year())
	case 9:
		return pick(c.r, []string{"минулого року", "цього року", "торік"})
	case 10:
		return pick(c.r, []string{"вчора", "учора"})
	case 11:
		return ukIn(ukWeekdaysAcc[a.recentWeekday().Weekday()])
	case 12:
		d = a.sameYearBefore()
		return fmt.Sprintf("%d-го %s", d.Day(), ukMonthsGen[d.Month()-1])
	default:
		e := d.AddDate(0, 0, 1+c.r.IntN(2))
		if e.Month() != d.Month() {
			return fmt.Sprintf("%d %s %d року", d.Day(), ukMonthsGen[d.Month()-1], d.Year())
		}
		return fmt.Sprintf("%d–%d %s %d року", d.Day(), e.Day(), ukMonthsGen[d.Month()-1], d.Year())
	}
}

// ukMoney words an amount: "30 млн євро", "1,5 мільйона доларів", "два
// мільярди гривень", "2 500 000 євро", "від 2 до 3 млрд євро".
func ukMoney(c *sentence) string {
	am := chooseAmount(c.r)
	cur := ukCurrency[am.cur]
	q := pick(c.r, []string{"", "", "", "", "понад ", "близько ", "майже ", "щонайменше "})
	if am.scale == 0 {
		sep := " "
		if chance(c.r, 40) {
			sep = "\u00a0"
		}
		num := group(am.whole, sep)
		if am.cur == "UAH" && chance(c.r, 50) {
			return q + num + " грн"
		}
		return q + num + " " + cur.many
	}
	abbr, one, few, many, frac := "млн", "мільйон", "мільйони", "мільйонів", "мільйона"
	if am.scale == 9 {
		abbr, one, few, many, frac = "млрд", "мільярд", "мільярди", "мільярдів", "мільярда"
	}
	m := am.mantissa(",")
	wq := pick(c.r, []string{"", "", "понад ", "майже "}) // qualifiers that keep a numeral in the nominative
	switch {
	case am.word:
		return wq + ukNumbers[am.whole] + " " + ukPlural(am.whole, one, few, many) + " " + cur.many
	case am.hi > 0:
		if chance(c.r, 50) {
			return fmt.Sprintf("від %d до %d %s %s", am.whole, am.hi, abbr, cur.abbr)
		}
		return fmt.Sprintf("%d–%d %s %s", am.whole, am.hi, abbr, cur.many)
	}
	switch k := c.r.IntN(10); {
	case k < 5:
		return q + m + " " + abbr + " " + cur.many
	case k < 6:
		return q + m + " " + abbr + " " + cur.abbr
	case cur.sym != "" && k < 8:
		return q + cur.sym + m + " " + abbr
	default:
		w := frac
		if am.dec == "" {
			w = ukPlural(am.whole, one, few, many)
		}
		return wq + m + " " + w + " " + cur.many
	}
}
