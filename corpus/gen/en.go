package gen

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// English words and sentences.

var enMonths = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var enMonthAbbr = [12]string{"Jan", "Feb", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

var enWeekdays = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var enNumbers = [11]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

var enOrdinalWords = []string{"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"}

var enCurrency = map[string]struct{ sym, one, many string }{
	"EUR": {"€", "euro", "euros"},
	"USD": {"$", "dollar", "dollars"},
	"GBP": {"£", "pound", "pounds"},
	"UAH": {"", "hryvnia", "hryvnias"},
	"DKK": {"", "Danish krone", "Danish kroner"},
	"NOK": {"", "Norwegian krone", "Norwegian kroner"},
	"SEK": {"", "Swedish krona", "Swedish kronor"},
	"PLN": {"", "zloty", "zlotys"},
}

var enTitles = []string{
	"{M.head} announces {money} for {U}'s air defence",
	"Allies meet in {city} as {N} pledges {count} {item}",
	"{N} and {O} to fund {item} for {U}",
	"{U} receives first {item} under {N.A}-led coalition",
	"{M.head}: support for {U} will not slow down",
	"New aid package from {N} worth {money}",
	"Defence ministers agree next steps in {city}",
	"{N.A} parliament approves {money} in military aid",
	"Coalition partners review deliveries to {U}",
	"What the latest {N.A} aid package contains",
	"{U} and {N} deepen cooperation on drones",
	"{M.head} visits {city} ahead of donor conference",
	"{N} joins coalition supporting {U}'s armed forces",
}

var enLeads = []string{
	"{M.subj} announced {when} that {N} would provide {U} with {count} {item}.",
	"{N} will send {money} in military assistance to {U}, {M} said {when}.",
	"Defence ministers from more than {count} countries met in {city} {when} to coordinate further support for {U}.",
	"{M.subj} confirmed a new package worth {money} for {U}'s armed forces.",
	"{when}, {N} and {O} signed a memorandum with {U} on the joint production of {item}.",
	"The government of {N} approved {when} a further {money} for the purchase of {item} for {U}.",
	"{M.subj} travelled to {city} {when} for talks with {U.A} officials on air defence and demining.",
	"A coalition led by {N} and {O} said {when} that pledges had reached {money}.",
	"{N} has become the latest country to join the coalition, {M} told reporters in {city} {when}.",
}

var enBody = []string{
	"The package includes {count} {item}, according to a statement published by the ministry.",
	"{S} said the first deliveries were expected {when}.",
	"Since the start of the full-scale invasion, {N} has committed {money} to {U}.",
	"{N.A} officials said the funding would also cover training and spare parts.",
	"The talks in {city} were attended by {M}, who stressed the need for long-term planning.",
	"According to {M}, {N} will also finance the repair of damaged equipment.",
	"{O} announced a separate contribution of {money} earlier in the year.",
	"The agreement, signed {when}, runs until the end of {year}.",
	"{M} met {X} on the sidelines of the meeting to discuss joint purchases.",
	"{S} thanked {N} and {O} for what {g:he|she} called decisive help.",
	"In a joint statement, the governments of {N} and {O} said they would double production of {item} by {year}.",
	"{P} said the allies would continue to coordinate the deliveries.",
	"The contract with the manufacturer is worth {money}, the ministry said.",
	"Part of the money, {money}, will be spent on factories in {N}.",
	"{U.A} soldiers have already completed training courses in {N} and {O}.",
	"{M} visited a training ground near {city} {when}.",
	"The previous package, approved {when}, was worth {money}.",
	"{N} has so far delivered {pct} per cent of the equipment it promised.",
	"The {ord} meeting of the contact group took place in {city} {when}.",
	"{M} and {X} discussed the situation on the front line and the protection of energy infrastructure.",
	"The {N.A} contribution brings the coalition's total to {money}.",
	"{N} joined the coalition {when}, becoming its {ordword} member.",
	"Deliveries of {item} from {O} are expected to begin {when}.",
	"Officials in {city} said {count} {item} had been handed over {when}.",
	"{Y} told {S} that {O} was ready to share its experience with cyber defence.",
	"Lawmakers in {N} are due to vote on a further {money} {when}.",
	"{U} has asked its partners for {count} more {item} before the winter.",
	"A second tranche of {money} was released {when}, after an audit of the first.",
}

var enQuotes = []string{
	"\"We will stay with {U} for as long as it takes,\" {M} said.",
	"\"This is not charity, it is an investment in our common security,\" {S} told reporters {when}.",
	"\"{U} needs {item} now, not next year,\" {S} said.",
	"\"Our industry is ready to deliver more,\" {g:he|she} added.",
	"\"The threat from {R} concerns all of Europe,\" {M} warned.",
	"\"We have agreed a clear plan for the coming months,\" said {M}.",
	"\"I am grateful to {N} and {O} for their leadership,\" {S} wrote on social media.",
	"\"Every euro we spend today saves lives tomorrow,\" {S} said in {city}.",
}

var enBackground = []string{
	"{R} launched its full-scale invasion of {U} on 24 February 2022.",
	"The coalition was set up to coordinate help in one specific area rather than duplicate existing efforts.",
	"Officials declined to give further details, citing security concerns.",
	"Analysts said the figures did not include equipment already in storage.",
	"The meeting lasted about {hours} hours and ended without a formal declaration.",
	"Talks on the issue have been going on for {years} years.",
	"The ministry did not say when the remaining equipment would arrive.",
	"The programme is part of a wider effort to rebuild {U.A} infrastructure.",
	"Side meetings were held in room 14 of the conference centre.",
	"The session began at 10:30 local time and ended shortly after noon.",
	"Around {count} journalists followed the press conference.",
	"Some of the equipment will come from stocks, the rest from new orders placed with manufacturers.",
	"Diplomats said the mood at the talks was businesslike.",
}

var enClosings = []string{
	"Further announcements are expected in the coming weeks.",
	"The ministry said it would publish a full list of deliveries {when}.",
	"{S} is due to return to {city} later this year.",
	"This article was updated with comments from {N.A} officials.",
	"The ministers agreed to meet again {when}.",
}

func english() *language {
	return &language{
		code:       "en",
		titles:     parseAll(enTitles),
		leads:      parseAll(enLeads),
		body:       parseAll(enBody),
		quotes:     parseAll(enQuotes),
		background: parseAll(enBackground),
		closings:   parseAll(enClosings),
		slot:       enSlot,
		dateline: func(c *sentence) string {
			if chance(c.r, 50) {
				return strings.ToUpper(c.city.en) + " (" + c.a.outlet.name + ") – "
			}
			return strings.ToUpper(c.city.en) + ", " + enDay(c.a.pub, c.r.IntN(2)) + " – "
		},
	}
}

func enSlot(c *sentence, s seg) (string, bool) {
	if n := c.nation(s.key); n != nil {
		switch s.form {
		case "":
			return n.en, true
		case "A":
			return n.enAdj, true
		}
		return "", false
	}
	switch s.key {
	case "M", "X":
		return enMinister(c, c.minister(s.key), s.form), true
	case "S", "Y":
		return c.minister(s.key).surname, true
	case "P":
		return c.p.en, true
	case "city":
		return c.city.en, true
	case "item":
		return c.item.en, true
	case "count":
		return strconv.Itoa(countNumber(c)), true
	case "pct":
		return strconv.Itoa(20 + c.r.IntN(75)), true
	case "hours":
		return enNumbers[2+c.r.IntN(5)], true
	case "years":
		return enNumbers[2+c.r.IntN(4)], true
	case "ord":
		return enOrdinal(5 + c.r.IntN(25)), true
	case "ordword":
		return pick(c.r, enOrdinalWords), true
	case "year":
		return strconv.Itoa(c.a.pub.Year() + c.r.IntN(3)), true
	case "when":
		return enWhen(c), true
	case "money":
		return enMoney(c), true
	}
	return "", false
}

// countNumber is a count of things that takes the genitive plural in
// Ukrainian (5–20, tens, hundreds), so every language can share it.
func countNumber(c *sentence) int {
	return pick(c.r, []int{5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20, 25, 30, 35, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 500})
}

func enOrdinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

// enTitle is a minister's title, as a headline would capitalize it.
func enTitle(c *sentence, m *minister) string {
	switch {
	case m.post == premier:
		return "Prime Minister"
	case m.nation == "US" && m.post == defence:
		return pick(c.r, []string{"Defense Secretary", "Secretary of Defense"})
	case m.nation == "US":
		return "Secretary of State"
	case m.nation == "GB" && m.post == defence:
		return "Defence Secretary"
	case m.nation == "GB":
		return "Foreign Secretary"
	case m.nation == "FR" && m.post == defence:
		return "Armed Forces Minister"
	case m.post == defence:
		return pick(c.r, []string{"Defence Minister", "Minister of Defence", "Defence Minister"})
	default:
		return pick(c.r, []string{"Foreign Minister", "Minister of Foreign Affairs", "Foreign Minister"})
	}
}

func enAdjFor(n *nation) string {
	switch n.code {
	case "US":
		return "US"
	}
	return n.enAdj
}

func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

// enMinister words a minister with title: "Estonian Defence Minister Hanno
// Pevkur", "Estonia's defence minister Hanno Pevkur"; form "subj" may also
// give "Hanno Pevkur, Estonia's defence minister," and "head" a headline's
// "Estonian defence minister Pevkur".
func enMinister(c *sentence, m *minister, form string) string {
	n := &nations[nationIndex(m.nation)]
	t := enTitle(c, m)
	switch form {
	case "head":
		return enAdjFor(n) + " " + strings.ToLower(t) + " " + m.surname
	case "subj":
		if chance(c.r, 35) {
			return m.name + ", " + possessive(n.en) + " " + strings.ToLower(t) + ","
		}
	}
	switch c.r.IntN(4) {
	case 0:
		return possessive(n.en) + " " + strings.ToLower(t) + " " + m.name
	case 1:
		if strings.HasPrefix(t, "Minister of") {
			return t + " " + m.name
		}
		return t + " " + m.name + " of " + n.en
	default:
		return enAdjFor(n) + " " + t + " " + m.name
	}
}

// enDay writes a date as a day: style 0 "3 June 2024", 1 "June 3, 2024".
func enDay(d time.Time, style int) string {
	if style == 1 {
		return fmt.Sprintf("%s %d, %d", enMonths[d.Month()-1], d.Day(), d.Year())
	}
	return fmt.Sprintf("%d %s %d", d.Day(), enMonths[d.Month()-1], d.Year())
}

// enWhen is a date adverbial: "on 3 June 2024", "in March", "yesterday".
func enWhen(c *sentence) string {
	a := c.a
	d := a.someDate()
	switch c.r.IntN(15) {
	case 0, 1:
		return "on " + enDay(d, 0)
	case 2:
		return "on " + enDay(d, 1)
	case 3:
		d = a.sameYearBefore()
		return fmt.Sprintf("on %d %s", d.Day(), enMonths[d.Month()-1])
	case 4:
		return "on " + d.Format("02/01/2006")
	case 5:
		return "on " + d.Format("2006-01-02")
	case 6:
		return fmt.Sprintf("in %s %d", enMonths[d.Month()-1], d.Year())
	case 7:
		d = a.sameYearBefore()
		return "in " + enMonths[d.Month()-1]
	case 8:
		return fmt.Sprintf("in %d", d.Year())
	case 9:
		return pick(c.r, []string{"last year", "this year"})
	case 10:
		return "yesterday"
	case 11:
		return "on " + enWeekdays[a.recentWeekday().Weekday()]
	case 12:
		return fmt.Sprintf("on the %s of %s", enOrdinal(d.Day()), enMonths[d.Month()-1])
	case 13:
		return fmt.Sprintf("on %d %s %d", d.Day(), enMonthAbbr[d.Month()-1], d.Year())
	default:
		e := d.AddDate(0, 0, 1+c.r.IntN(2))
		if e.Month() != d.Month() {
			return "on " + enDay(d, 0)
		}
		return fmt.Sprintf("between %d and %d %s %d", d.Day(), e.Day(), enMonths[d.Month()-1], d.Year())
	}
}

// enMoney words an amount: "€30 million", "EUR 2.5bn", "91 million Danish
// kroner", "between €2 billion and €3 billion".
func enMoney(c *sentence) string {
	am := chooseAmount(c.r)
	cur := enCurrency[am.cur]
	q := pick(c.r, []string{"", "", "", "", "more than ", "about ", "nearly ", "over ", "up to ", "some "})
	many := func(n int) string {
		if n == 1 && am.dec == "" {
			return cur.one
		}
		return cur.many
	}
	if am.scale == 0 {
		num := group(am.whole, ",")
		switch {
		case cur.sym != "" && chance(c.r, 60):
			return q + cur.sym + num
		case chance(c.r, 30):
			return q + am.cur + " " + num
		default:
			return q + num + " " + many(am.whole)
		}
	}
	scale, short := "million", "m"
	if am.scale == 9 {
		scale, short = "billion", "bn"
	}
	m := am.mantissa(".")
	switch {
	case am.word:
		return q + enNumbers[am.whole] + " " + scale + " " + cur.many
	case am.hi > 0:
		switch {
		case cur.sym != "" && chance(c.r, 40):
			return fmt.Sprintf("%s%d-%d%s", cur.sym, am.whole, am.hi, short)
		case cur.sym != "" && chance(c.r, 50):
			return fmt.Sprintf("between %s%d %s and %s%d %s", cur.sym, am.whole, scale, cur.sym, am.hi, scale)
		case am.hi <= 10 && chance(c.r, 50):
			return fmt.Sprintf("%s to %s %s %s", enNumbers[am.whole], enNumbers[am.hi], scale, cur.many)
		default:
			return fmt.Sprintf("%d to %d %s %s", am.whole, am.hi, scale, cur.many)
		}
	}
	switch k := c.r.IntN(10); {
	case cur.sym != "" && k < 4:
		return q + cur.sym + m + " " + scale
	case cur.sym != "" && k < 6:
		return q + cur.sym + m + short
	case k < 8:
		return q + m + " " + scale + " " + many(2)
	default:
		return q + am.cur + " " + m + " " + scale
	}
}
