package dates

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"kronika/extract/token"
)

// Grain is the calendar unit that a word such as "week" or "тиждень" names.
type Grain uint8

// Grains.
const (
	Day Grain = iota + 1
	Week
	Month
	Year
	Quarter // a quarter of a year; its value is the year it lies in
	Season  // a season, from Unit.Month; its value is the year it begins in
	Hour    // hours and minutes count only to tell the day: "3 hours ago"
	Minute
)

// Feast is a holiday whose date moves from year to year: a number of days
// from Easter Sunday (Western or Orthodox), or the Nth weekday of a month.
type Feast struct {
	Easter   bool         // Offset days from Western (Gregorian) Easter Sunday
	Orthodox bool         // Offset days from Orthodox (Julian computus) Easter Sunday
	Offset   int          // days after Easter; negative before
	Month    int          // with Nth and Weekday: the Nth Weekday of Month
	Nth      int          // 1–5, or -1 for the last one
	Weekday  time.Weekday // the weekday counted
}

// Unit describes a unit word: "days" is {Day, 1, true}, "fortnight" is
// {Day, 14, false}.
type Unit struct {
	Grain  Grain
	Count  int  // how many grains one unit is; 0 means 1
	Plural bool // a plural form ("days") cannot stand for "one day" on its own
	Month  int  // a season's first month
	// Weekend marks the weekend, which counts as the week it ends: "last
	// weekend" is last week, but there is no "first weekend of May" here.
	Weekend bool
}

// Language is one language's date vocabulary. It is pure data: the engine
// in dates.go reads it and knows no language itself, so adding a language
// means writing one more value of this type (see en.go, it.go, uk.go).
//
// Every word is written in its token Norm form: lower case, with "'" for
// every apostrophe. A word with an apostrophe inside ("п'ятниця",
// "quest'anno") is matched across the three tokens the tokenizer makes of it.
// Phrases ("day before yesterday", "new year's day") are written as text;
// they are split with the shared tokenizer.
type Language struct {
	Code string // ISO 639-1

	Months         [12][]string // every inflected form of each month name
	MonthAbbrevs   [12][]string // abbreviations; they may take a trailing dot
	Weekdays       [7][]string  // indexed by time.Weekday (Sunday = 0)
	WeekdayAbbrevs [7][]string  // accepted only in front of a full date
	// MonthAdjectives are the adjectives of the months in every form
	// ("жовтневого"): with a year after them, a noun between or not, they
	// name that month of it ("жовтневого вечора 2023 року"); with a noun
	// and no year, that month of the year the anchor and the tense give
	// ("після травневих виборів"); alone they name none.
	MonthAdjectives [12][]string
	// Indefinites before a month's adjective make it some month of no
	// year: "одного жовтневого вечора".
	Indefinites []string
	// CapCalendar says the language writes weekday and month names with a
	// capital, so that one may begin a name ("The Sunday Times"). Where
	// they are written in lower case, a capital name after a weekday is
	// the clause's subject ("martedì Čaputová ha accettato", "Lunedì
	// Haddad aveva"), and a month with a capital inside a sentence is part
	// of a name ("il decreto Agosto").
	CapCalendar bool

	// NeedCap are month or weekday forms, or feasts, that are also common
	// words ("may", "march", "natale" native): in running text they count
	// only when written with a capital.
	NeedCap []string
	// NeedContext are month forms that are also common words ("May",
	// "лютий" fierce): alone they need a preposition or modifier before
	// them; next to a day number or a year they are always dates.
	NeedContext []string
	// WeakAbbrevs are abbreviations that are also words ("set", "ago"):
	// they need a dot or a following year.
	WeakAbbrevs []string

	Holidays        map[string][2]int // fixed-date feasts: "christmas eve": {12, 24}
	Feasts          map[string]Feast  // movable feasts: "easter", "thanksgiving"
	Fillers         []string          // words that may sit in a bare date expression: "at", "pm"
	RelativeDays    map[string]int    // "yesterday": -1
	RelativePhrases map[string]int    // "day before yesterday": -2
	// ToldDays are the days counted from the last day the text tells of,
	// not from the anchor: "the day before": -1, "наступного дня": 1. A
	// leading article must stand before the phrase ("day after day" is
	// none); the phrase must end its clause, or a one-word phrase its
	// phrase, as "the day after the vote" and "напередодні саміту" count
	// from the event they name.
	ToldDays      map[string]int
	RelativeYears map[string]int // single words meaning a year: "торік": -1
	Units         map[string]Unit
	// Aliases are phrases read as one word: "fine settimana" → "weekend".
	Aliases map[string]string

	PrefixLast, PrefixThis, PrefixNext    []string // "last week", "минулого тижня"
	PrefixBeforeLast                      []string // "позаминулого року": two back
	PostfixLast, PostfixThis, PostfixNext []string // "l'anno scorso"
	Ago                                   []string // "3 days ago", "3 giorni fa"
	Hence                                 []string // one- or two-word phrases after a count: "from now", "hence"
	AfterNext                             []string // "the week after next", "Friday after next": two ahead
	BeforeLast                            []string // "the week before last": two back
	In                                    []string // "in 3 days", "tra 3 giorni", "через 3 дні"

	YearPreps  []string // words after which a bare 4-digit number is a year
	MonthPreps []string // words after which an ambiguous month name is a month
	// PluralEndings end the plural of a noun that a number counts: a
	// number before a noun without one ("March 10 election") is a day.
	PluralEndings []string
	DateContext   []string // words after which "3/4" is a date
	YearNouns     []string // "the year 2024"
	YearSuffixes  []string // "2024 року", "2024 р."
	YearVerbs     []string // "2024 was …"
	Determiners   []string // "the 2024 budget"

	Ordinals map[string]int // day words: "third", "primo", "першого"
	// Nth are the ordinals that count weekdays in a month and quarters in
	// a year ("the first Monday of March", "il terzo trimestre", "третій
	// квартал"); the last one is -1.
	Nth map[string]int
	// QuarterLetters are written tight before a quarter's number: "Q3".
	QuarterLetters []string
	// DayNouns follow a bare day number to make it a day of the month:
	// "15 числа".
	DayNouns []string
	// PartOf join a share to its whole: "40% of 2000", "5 з 2000".
	PartOf []string
	// YearObjects follow a bare year used as an object: "lists 2023 as".
	YearObjects []string
	// Shifts are the words of moving something in time, after which
	// "to" makes a bare number a year: "postponed to 2027", "pushed back
	// to 2064" (but "rose to 2031").
	Shifts []string
	// ShiftPresent are the finite present forms of Shifts ("slips",
	// "slitta"): with "to" they move a date ahead, as a passive of Shifts
	// does, with no auxiliary before them: "il prestito slitta al 15
	// dicembre". Ukrainian has none: its "до" after such a verb is a
	// deadline that already lies ahead.
	ShiftPresent []string
	// IntentNouns are the words of Future that are also nouns, which
	// say nothing of time after an article: "a central promise before
	// the September 8 election".
	IntentNouns []string
	// ScheduledPresent are verbs in the simple present that news writes
	// for what is on the calendar: "the president takes office on March
	// 1", "Uruguay votes on Sunday". They speak of the future, but not
	// right after an article, a number or an owner ("the votes on
	// Sunday", "60 votes to 19", "Sunday's vote").
	ScheduledPresent []string
	// Fiscal words beside a pair of years make it a fiscal year, which
	// the guideline counts among plans, not dates: "the 2024/25 budget",
	// "fiscal year 2023-24", "бюджет на 2024/25 фінансовий рік".
	Fiscal []string
	// FutureInPast are words of Future that speak of a future seen from
	// a past, which lies on either side of the anchor: "said the tax
	// rise in July would stay", "said he would travel in September".
	FutureInPast []string
	// Reporting are the pasts of verbs of saying: a "would" a few words
	// after one reports a plan told just before the news, and a weekday it
	// governs is the one ahead ("The party said its council would choose
	// a candidate on Sunday" of a Tuesday is next Sunday), where "It
	// would be easy" or "he would not say on Thursday" report nothing.
	Reporting []string
	// Charges are words of FutureInPast that charge someone with a task,
	// which is to come: a date after them is the task's ("доручила
	// міністрові вже в четвер винести зміни" lies on its nearer side),
	// but a date before them is when the charge was given, behind ("у
	// п'ятницю доручила міністрові").
	Charges []string
	// AttributiveFuture are words of Future that also follow a noun to
	// describe it: "a bond due in June", "the summit planned for May".
	// Told in a past sentence, such a date lies on either side of the
	// anchor.
	AttributiveFuture []string
	OrdinalSuffixes   []string // written right after the digits: "3rd"
	DashOrdinals      []string // written after digits and a dash: "19-го"
	// The dash endings a day of the month takes written without its
	// month ("до 25-го", "на 25-е"); the others are of a noun left out
	// ("на 25-му, передостанньому місці"). Empty: any.
	BareDayOrdinals []string
	Numbers         map[string]int // count words: "two", "due", "два", "a"

	RangeFrom, RangeTo, RangeAnd []string // "from 15 to 16", "between 2022 and 2024"
	Of                           []string // "19th of September", "giugno del 2023"
	Articles                     []string // skipped before a date: "the", "il"

	PeriodParts []string // "early", "fine", "наприкінці": a month or year follows

	// The tense of the clause decides whether a date without a year lies
	// before or after the anchor: the nearest marker in the sentence wins.
	Future         []string // words of the future: "will", "prossimo", "буде"
	FutureSuffixes []string // verb endings of the future tense ("-rà", "-тиме")
	Past           []string // words of the past: "was", "aveva", "був"
	PastSuffixes   []string // verb endings of the past ("-ed", "-ato", "-ла")
	Auxiliaries    []string // "be", "essere", and adverbs that stand between: a participle after "will be", "would otherwise be" is future
	// FuturePhrases are phrases that speak of the future although their
	// first word alone does not: "set to", "about to".
	FuturePhrases []string
	// ModalFuture are verbs of obligation that speak of the future before
	// an infinitive, one of InfinitiveEndings: "має скласти присягу 29
	// травня" is to take the oath.
	ModalFuture []string
	// Negations before a word of ModalFuture make it tell what cannot or
	// need not be, a state in the present, no future: "не можуть
	// отримати від 24 лютого" is since 24 February.
	Negations         []string
	InfinitiveEndings []string
	// InfinitiveMarkers open an infinitive: a participle after one and an
	// auxiliary is no past ("to be presented to parliament on February
	// 17").
	InfinitiveMarkers []string
	// DueLinkers before an infinitive make it what is still to be done
	// ("una mozione da votare martedì"): a past verb before them tells
	// when the thing was set, and the date after lies on either side of
	// the anchor.
	DueLinkers []string
	// InfinitiveLinkers join an infinitive to the verb that governs it:
	// "hanno concordato di rivedersi a ottobre".
	InfinitiveLinkers []string
	// Nowadays are a word and the "today" after it that mean "these days",
	// no date: "Magnus Brunner, oggi commissario", "mentre oggi il Brent
	// vale …".
	Nowadays []string
	// ContrastNow are a word and the "today" after it that mean "these
	// days" when a word of Formers stands before them in the sentence: the
	// present set against a past post ("ex ministro della Sanità e oggi
	// presidente della Generalitat", "gli allora premier …, che oggi").
	ContrastNow []string
	// Todays are the words for the day itself that also mean "these
	// days" ("today", "oggi"), which a part of the day ("tonight",
	// "stamattina") never does.
	Todays []string
	// NextOfYear are the words of PrefixNext that, before a month, name
	// it in the year after the anchor's, "this" naming the one in the
	// anchor's year: "an election due next April" of March is the April
	// of the year after. Italian "il prossimo aprile" is the April coming.
	NextOfYear []string
	Formers    []string
	// NotVerbs are two words whose second ends like a verb and is none:
	// "value added tax".
	NotVerbs []string
	// Comparatives before a word of the future compare what happens with
	// what was planned or wanted, which puts nothing ahead: "As expected,
	// the bank cut rates on Thursday", "Giovedì, come vuole la tradizione,
	// i ministri hanno presentato …". A future form ("come sarà"), a
	// modifier ("as next week's vote") and "as soon as" keep their tense.
	Comparatives []string
	// NotFuture are two words whose first is a word of the future and which
	// together speak of place, not time: "next door", "next to".
	NotFuture []string
	// NotConjunctions are two words whose second is a conjunction that
	// joins no clauses there: "ще й приймає" is "also hosts", one clause
	// with its verb.
	NotConjunctions []string
	// Conjunctions start a clause: the tense of the clause of a date is
	// looked for up to them ("could start in the second quarter if the
	// outlook did not worsen").
	Conjunctions []string
	// Deadline words put a date with no tense marker around it in the
	// future: "until", "entro".
	Deadline []string
	// Starts are the words of something that begins on a date; like
	// Deadline words they put it ahead, or, after a past verb, which tells
	// when the start was set, on its nearer side: "called a strike
	// starting Tuesday", "new fares effective on 1 March".
	Starts []string
	// SameYear phrases after a day or month without a year give it the
	// year of the date written before it: "23 червня того ж року", "in
	// June of the same year".
	SameYear []string
	// Demonstratives before a month or a day without a year give it the
	// year of the date written before it too: "That September", "in quel
	// 12 settembre", "того вересня". One that is also a conjunction
	// ("said that September …") counts only at a sentence's start or after
	// a month preposition. Before a weekday a demonstrative points at a
	// day the story has told of, and the weekday gives no date: "Quel
	// sabato pomeriggio".
	Demonstratives []string
	// Since words put the date they govern in the past whatever the verb
	// ("has been short of gas since February"), unless a future word
	// says otherwise.
	Since []string
	// When words open a clause of time; one right after a date tells the
	// date's tense when the date's own clause does not: "ніч на 4 грудня,
	// коли Юн оголосив", "since April, when the judge ordered".
	When []string
	// Degree words before a word of the future make it an adjective that
	// says nothing of tense: "il nome più atteso", "the most expected".
	Degree []string
	// PastBe are the finite pasts of "to be", which no future auxiliary
	// comes before: in "il nome più atteso era" the future word before
	// "era" does not make it future as "sarà" makes "sarà firmato".
	PastBe []string
	// BeParticiples are the participles of "to be", too short for a
	// participle's ending to tell: after a past auxiliary they make a
	// past ("è stata a Tripoli a gennaio").
	BeParticiples []string
	// Habitual words before a weekday make it a weekly habit, no date:
	// "every Thursday", "il giovedì e il venerdì le code…", "кожного
	// четверга".
	Habitual []string
	// Scheduled words put a date that no future marker governs on
	// whichever side of the anchor it is nearer to: "called a strike for
	// 9 February", "the data for March".
	Scheduled []string
	// Nights name the night before the day a Scheduled word then gives,
	// which is no day ahead: "в ніч на четвер" is the night to Thursday.
	Nights []string
	// StatusAt words before a Scheduled word make its day the one a count
	// stands at, which is no day ahead: "станом на суботу" is as of
	// Saturday.
	StatusAt []string
	// Superlatives before "in N years" make it the span a record or a
	// first counts back over, which is no year ahead: "the first
	// increase in eight years", "the highest level in ten years".
	Superlatives []string
	// DayNames are the words that, capitalized right before a weekday, make
	// it a named day that is no date in itself: "Whit Monday", "Black
	// Friday", "Чорна п'ятниця".
	DayNames []string
	// NameHeads, capitalized right after a feast, make it part of a name:
	// "the Good Friday Agreement", "Christmas Island".
	NameHeads []string
	// Afters before a date whose clause's own verb is in the present make
	// the date the start of what still goes on, which lies behind: "яка
	// після 7 жовтня тримає під рушницею резервістів" (since 7 October).
	Afters []string
	// DayParts are the parts of a day, which only a day has: before a
	// date preposition they make a plain number after it a day of the
	// month wherever its sentence goes on ("La sera del 28 ha lasciato");
	// after a feast that ends with a weekday they make it a greeting
	// ("Good Friday morning.").
	DayParts []string
	// Befores before a date whose clause's own verb is in the present
	// make the date what the state told leads up to, which lies ahead:
	// "партія, яка залишається головною силою перед жовтневими
	// виборами" of February is this October.
	Befores []string
	// Subordinators after a date open a clause of another event when a
	// subject follows them (a name, a pronoun, an article): the verb
	// beyond tells when that happened, not on which side the date lies.
	// "will triple the levy from Sunday after President Zelenskiy signed
	// the bill" is the coming Sunday.
	Subordinators []string
	// HolidayNouns name public holidays as such: a feast listed right
	// after one is that holiday, the same each year, and no date: "two
	// public holidays, Easter Monday and VE Day".
	HolidayNouns []string
	// Editions are the nouns of what is held once in a term, so that a
	// year right after them names that one: "election results 2024",
	// "elezioni 2027", "вибори-2026".
	Editions []string
	// NumberWords name things by a number written after them (a room, a
	// flight, a page, a street's house) or dial one (a phone's). Before a
	// four-digit number, or before the name that number follows, they
	// make it that thing's number, not the year an event's name ends with
	// ("Parigi 2024"): "Room 2024", "Volo 1950", "Via Roma 2030", "il
	// volo AZ 2024", "Call 2025 for help".
	NumberWords []string
	// Covers before a month make it the period a figure or a report
	// covers ("звіт про зайнятість за вересень"), which a future verb
	// does not send ahead: what is to be published is mostly the month
	// just past, and the month lies on its nearer side.
	Covers []string
	// Agents open the agent of a passive: after a word of Future that is
	// a participle they make it tell who foresaw or awaits something, not
	// when: "le piattaforme previste dalle conclusioni del Consiglio del
	// 28 giugno". A date right after them keeps the future: "previsto dal
	// 1° gennaio".
	Agents []string
	// Apart are the words that set an event a count of units from the
	// time of writing, its date after them: "five months before a general
	// election in April", "a otto mesi dal voto di ottobre", "за два
	// тижні до виборів 16 листопада". The value says on which side of
	// the anchor the date lies: 1 ahead ("before"), -1 behind ("after"),
	// 0 either ("a otto mesi dal").
	Apart map[string]int
	// StateVerbs are present forms of being in a state; right after a
	// RangeFrom phrase they make it the start of a state that holds now,
	// which lies behind: "che da luglio è ministro" (since July). They
	// are verbs in the present wherever they stand: "La sentenza del 26
	// maggio resta vincolante finché …".
	StateVerbs []string
	// Lasting are the pasts of verbs of lasting or of holding a post
	// ("led", "served", "ran", "rimase"): right before a Deadline word
	// they tell that the thing went on up to the date, which thus lies
	// behind: "who led the country until May", "The exhibition ran until
	// 30 September". A past verb of setting a term tells only when the
	// term was set: "extended the ban until May". Only the Deadline
	// words of Until, which tell how long, count: "by" tells what is done
	// by a date ("were aiming to close a deal by December").
	Lasting []string
	// Until are the Deadline words that tell how long something went on
	// ("until", "fino", "до"), those Lasting reads.
	Until []string
	// Countdown are verbs of what remains before a date, after the date
	// that an Until word opens a few words before: "до виборів 31
	// березня залишилося менше двох місяців" counts down to a date
	// ahead, whatever the verb's form.
	Countdown []string
	// Rates are the Deadline words that, with an article and a unit after
	// them, make a rate, no deadline: "paid by the month".
	Rates []string
	// Conditionals are the particles that make a past form a conditional
	// ("мали б", "міг би"), which tells what would or should be, as
	// "would" does: a date it governs lies on either side of the anchor.
	Conditionals []string
	// Modals are the auxiliaries a bare infinitive follows ("will",
	// "would"): a past form right after that infinitive is a participle
	// that modifies the noun after it, no past tense ("would publish
	// updated estimates on July 22").
	Modals []string
	// DayDesignations follow a weekday that a decision makes a day of
	// something ("declared Wednesday a day of mourning", "ha proclamato
	// mercoledì giornata di lutto", "оголосив середу днем жалоби"):
	// such a day lies on its nearer side of the anchor, whatever the
	// tense of the decision, since a day is named so ahead of it or on
	// it. Only a weekday with no preposition of its own counts: "у
	// середу днем" is Wednesday in the daytime.
	DayDesignations []string
	// InForce are the phrases of being in force ("in vigore", "in
	// force"): between a noun and a RangeFrom word before a date, with no
	// verb of their own, they tell a state that began then, on either side
	// of the anchor, whatever the sentence's verb says of the noun: "che
	// dovrebbe trasformare la tregua in vigore dal 12 gennaio" of 20
	// January is this January.
	InForce []string
	// Back are the words of being back: after a present of "to be" and
	// before a date's preposition they tell a return ahead, as news
	// writes what is on the calendar in the present: "We're back on
	// Monday", "Parliament is back on 2 September".
	Back []string
	// Later are the words that, after a count of days or weeks opening a
	// sentence, carry the story on from the day it told last: "Pochi
	// giorni dopo, il 5 gennaio, …", "Two weeks later, on 3 March, …".
	// The sentence's dates without a year take that day's year.
	Later []string
	// Causes are the conjunctions of cause and concession ("because",
	// "although"): the clause they open after a date tells why, or despite
	// what, something happened, in a tense of its own, so the search for
	// the sentence's verb stops there: "the plant shut down in June because
	// it could not pay" is no June ahead.
	Causes []string
	// Eves are the words of the eve of an event ("eve", "vigilia",
	// "напередодні"): a date of the event they stand before, in the same
	// phrase, follows what the sentence tells by a little, so it lies on
	// the nearer side of the anchor whatever the verb's tense: "загострився
	// напередодні саміту ЄС 23–24 червня" of 22 June is tomorrow's summit.
	Eves []string
	// SetDate are the verbs of fixing a day, which take the date as their
	// object with no preposition between, and a Scheduled word or one of
	// YearObjects after it: "judges set September 23 for the hearing",
	// "fixed 3 May as the deadline". The day fixed lies ahead of the
	// fixing, which news tells soon after, so ahead of the anchor, whatever
	// the tense of the verb. Without the "for" or "as" the date may be when
	// something was set ("the price set March 3"), and Italian writes the
	// day something was done with an article: "il prezzo fissato il 21
	// febbraio".
	SetDate []string
	// DeadlineNouns name a deadline; a SetDate verb sets one with its date
	// before it or after "of": "set an October deadline", "set a deadline
	// of 15 June".
	DeadlineNouns []string
	// Pronouns are the subject pronouns, which no number counts: a number
	// before one ends a date ("On July 4 he suspended the decree", where
	// a lower-case word after a day may otherwise be what it counts).
	Pronouns []string
	// DecadeEndings follow a year after a dash or an apostrophe and make
	// it a decade, which is no date: "1980's", "1980-х", "1990-ті".
	DecadeEndings []string
	// PresentEndings end only verbs in the present ("-ються", "-ують"): such
	// a verb is the clause's own tense, which sends the date to the
	// nearest rule rather than to another clause's verb.
	PresentEndings []string
	// EventRelatives open a relative clause of place or time, after a
	// comma, about the event a date belongs to: "del referendum del 6
	// aprile, nel quale gli elettori hanno respinto", "the vote of 6
	// April, in which". Its verb tells when the event was, whatever the
	// sentence's own verb says of what is done about it.
	EventRelatives []string
	// Relatives open a clause whose subject they are; a word right after
	// one with a RelativePresentEnding is a verb in the present: "the
	// fiscal year that ends in March", "a minister who faces a vote".
	// Elsewhere English "-s" ends plural nouns too.
	Relatives              []string
	RelativePresentEndings []string
	// Asides are the relatives that open a clause set off by commas,
	// which describes a noun and holds its own verb: "Meloni, who chairs
	// the G7 this year, will host", "Мелоні, яка цього року головує в
	// G7, проведе".
	Asides []string
	// PresentAux are the present forms of "to be" after which a past
	// participle is a present passive: "ballots are counted on 20 March",
	// and a word with one of ProgressiveEndings a present progressive:
	// "the conference she is hosting on 10 July".
	PresentAux         []string
	ProgressiveEndings []string
	// PerfectAux are the auxiliaries of a present perfect ("has", "have"):
	// what it has done may be set for a date on either side ("Organisers
	// have trimmed the meeting to a dinner on 24 June"), so such a date
	// lies on its nearer side.
	PerfectAux []string
	// PastAuxiliaries are past words only before a participle: "è stato
	// firmato", "ha detto" are past; "è l'ultimo passaggio prima del
	// vertice del 24 giugno", "ha 40 anni" are present.
	PastAuxiliaries []string
	// NotTense are words that look like a tense form but are none:
	// "united", "però", "коли".
	NotTense []string
	// A perfective verb in the present form speaks of the future
	// ("підпише", "проведуть", "знизиться"). It is recognized as one of
	// PerfectivePrefixes, a stem of a letter or more and one of
	// PerfectiveEndings, or a prefix and one of PerfectiveRoots, the
	// present forms of simple verbs that any prefix makes perfective
	// ("з-росте", "об-ере"); never when the word holds one of
	// ImperfectiveStems: prefixed verbs of motion stay imperfective
	// ("проводить", "приходить"). A prefix, a stem and one of
	// PerfectivePastEndings is a past form: "підписав", "ухвалений".
	PerfectivePrefixes    []string
	PerfectiveEndings     []string
	PerfectiveRoots       []string
	PerfectivePastEndings []string
	PastOnlyPrefixes      []string // prefixes that mark only a past form: "с-хвалив"
	ImperfectiveStems     []string
	// NounMarkers are articles and the like: a word after them that ends
	// like a verb form is a noun ("il campionato", "the proposed law").
	NounMarkers []string
	// ModifierPreps are prepositions after which a past form that a word
	// follows modifies that word: no verb stands right after a
	// preposition, so "talks on frozen assets", "aid for displaced
	// families" tell no past.
	ModifierPreps []string
	Quantity      []string // "more than 2000": a number, not a year
	// AfterDay are prepositions that may follow a bare day after its
	// weekday: "lunedì 27 alla Sardegna", "Monday 27 in Rome".
	AfterDay []string
	// Approximate words make a count vague: "almost ten years ago" names
	// no definite year.
	Approximate  []string
	NotAfterYear []string // "2024 soldiers": a number, not a year
	// NotAfterBareYear are such words only after a number without a year
	// preposition: "2000 per day", but "nel 2021 per rispondere".
	NotAfterBareYear []string
	Copyright        []string // "Copyright 2024": the year after it is one

	// NounModifiers says a feast's name may modify a following noun
	// ("Christmas market"), which then is no date.
	NounModifiers bool
	// MonthFirst says the language writes "September 19" as well as
	// "19 September".
	MonthFirst bool
	// USNumeric says the language is written by people who put the month
	// first in numeric dates (07/26/2024); the order is then decided per
	// text from the evidence it gives.
	USNumeric bool
	// YearAround are words or two-word phrases that lead to a year as to
	// a count, of time or of a topic: "around", "about", "up to". Where
	// counts of thousands are grouped ("about 2,000.", "up to 2,000."),
	// four bare digits that close their phrase after one are a year: "due
	// around 2028.", "anger about 2020.", "capacity grows up to 2030.".
	YearAround []string
}

type flag uint64

const (
	fMonth flag = 1 << iota
	fMonthAbbr
	fWeekday
	fWeekdayAbbr
	fNeedCap
	fNeedCtx
	fWeakAbbr
	fRelDay
	fPhrase
	fRelYear
	fUnit
	fPreLast
	fPreThis
	fPreNext
	fPreLast2
	fPostLast
	fPostThis
	fPostNext
	fAgo
	fHence
	fIn
	fYearPrep
	fMonthPrep
	fDateCtx
	fYearNoun
	fYearSuffix
	fYearVerb
	fDet
	fOrdinal
	fNumber
	fRangeFrom
	fRangeTo
	fRangeAnd
	fOf
	fArticle
	fPeriod
	fFuture
	fQuantity
	fApprox
	fAfterDay
	fNotAfterYear
	fNotAfterBareYear
	fCopyright
	fHoliday
	fFiller
	fPast
	fAux
	fNth
	fQuarterLetter
	fDayNoun
	fYearObject
	fNotTense
	fPresentAux
	fPerfectAux
	fPastAuxiliary
	fAlias
	fPhrasePart // a word of a phrase or feast name
	fDeadline
	fScheduled
	fFuturePhrase
	fPartOf
	fConjunction
	fNounMarker
	fShift
)

const (
	fPre  = fPreLast | fPreThis | fPreNext | fPreLast2
	fPost = fPostLast | fPostThis | fPostNext
)

// word is everything the lexicon knows about one norm.
type word struct {
	key    string
	flags  flag
	month  int8 // 1–12 with fMonth
	wday   int8 // time.Weekday with fWeekday
	rel    int8 // day offset with fRelDay, year offset with fRelYear
	ord    int8 // day with fOrdinal
	nth    int8 // with fNth: 1–5, -1 for the last
	num    int16
	unit   Unit
	since  bool // with Since words
	when   bool // with When words
	degree bool // with Degree words
	pastBe bool // with PastBe words
	beenP  bool // with BeParticiples
	habit  bool // with Habitual words
	modal  bool // with ModalFuture words
	intent bool // with IntentNouns
	sched  bool // with ScheduledPresent
	fiscal bool // with Fiscal
	// 1–12 with MonthAdjectives: a flag of its own would need a 65th bit
	adjMonth int8
	// with FutureInPast
	futurePast bool
	attrib     bool // with AttributiveFuture
	charge     bool // with Charges
}

type phrase struct {
	keys    []string // the norms after the first one
	rel     int      // day offset, or month*100+day for a feast
	feast   int      // 1 + index into lexicon.feasts for a movable feast
	alias   *word    // the word an alias stands for
	told    bool     // rel counts from the last day told (ToldDays)
	article bool     // an article must stand before it
}

// lexicon is the lookup form of one or more Languages.
type lexicon struct {
	words          map[string]*word
	phrases        map[string][]phrase // by first norm, longest first
	holidays       map[string][]phrase
	hence          map[string][]string // first norm → second norms ("" for a one-word phrase)
	aliases        map[string][]phrase
	futurePhrases  map[string][][]string
	sameYear       [][]string
	demonstratives []string
	feasts         []Feast
	afterNext      [][]string
	designations   [][]string
	inForce        [][]string
	capCalendar    bool
	beforeLast     [][]string
	perfPrefixes   []string
	infinitives    []string
	infMarkers     map[string]bool
	infLinkers     map[string]bool
	nowadays       map[[2]string]bool // Nowadays as the pair of their keys
	contrastNow    map[[2]string]bool // ContrastNow as the pair of their keys
	todays         map[string]bool
	nextOfYear     map[string]bool
	notVerbs       map[[2]string]bool // NotVerbs as the pair of their keys
	modifierPreps  map[string]bool
	holidayNouns   map[string]bool
	eventRelatives map[[2]string]bool // EventRelatives as pairs of keys, "" first for one word
	notFuture      map[[2]string]bool // NotFuture as the pair of their keys
	notConj        map[[2]string]bool // NotConjunctions as the pair of their keys
	comparatives   map[string]bool
	formers        map[string]bool
	nights         map[string]bool
	statusAt       map[string]bool
	superlatives   map[string]bool
	dayNames       map[string]bool
	nameHeads      map[string]bool
	stateVerbs     map[string]bool
	lasting        map[string]bool
	reporting      map[string]bool
	shiftPresent   map[string]bool
	until          map[string]bool
	countdown      map[string]bool
	rates          map[string]bool
	afters         map[string]bool
	befores        map[string]bool
	dayParts       map[string]bool
	indefinites    map[string]bool
	subordinators  map[string]bool
	editions       map[string]bool
	numberWords    map[string]bool
	covers         map[string]bool
	apart          map[string]int
	agents         map[string]bool
	pronouns       map[string]bool
	modals         map[string]bool
	conditionals   map[string]bool
	dueLinkers     map[string]bool
	negations      map[string]bool
	back           map[string]bool
	setDate        map[string]bool
	deadlineNouns  map[string]bool
	causes         map[string]bool
	eves           map[string]bool
	later          map[string]bool
	pastPrefixes   []string
	imperfStems    []string
	ordSuffix      map[string]bool
	dashOrd        map[string]bool
	bareDayOrd     map[string]bool
	endings        map[string][]ending // by last letter
	monthFirst     bool
	pluralEndings  []string
	presentEndings []string
	relatives      []string
	asides         map[string]bool
	relPresent     []string
	progressive    []string
	decadeEndings  map[string]bool
	nounModifiers  bool
	usNumeric      bool
	yearAround     map[string]bool
	yearAroundPair map[[2]string]bool // YearAround's two-word phrases
}

func newLexicon(langs ...*Language) *lexicon {
	lx := &lexicon{
		words:         make(map[string]*word, 1024),
		phrases:       make(map[string][]phrase),
		holidays:      make(map[string][]phrase),
		hence:         make(map[string][]string),
		aliases:       make(map[string][]phrase),
		endings:       make(map[string][]ending),
		futurePhrases: make(map[string][][]string),
		ordSuffix:     make(map[string]bool),
		dashOrd:       make(map[string]bool),
	}
	for _, l := range langs {
		lx.add(l)
	}
	// The modifier letter apostrophe (U+02BC), usual in Ukrainian, is a
	// letter to the tokenizer and stays inside the word: "пʼятниця".
	for k, w := range lx.words {
		if strings.Contains(k, "'") {
			alt := strings.ReplaceAll(k, "'", "ʼ")
			if lx.words[alt] == nil {
				lx.words[alt] = w
			}
		}
	}
	// Phrases last: their words may be compounds of words added above.
	for _, l := range langs {
		for k, v := range l.RelativePhrases {
			if ks := lx.phraseKeys(k); len(ks) >= 2 {
				lx.known(ks)
				lx.get(ks[0]).flags |= fPhrase
				lx.phrases[ks[0]] = insertPhrase(lx.phrases[ks[0]], phrase{keys: ks[1:], rel: v})
			}
		}
		for k, v := range l.ToldDays {
			ks := lx.phraseKeys(k)
			article := len(ks) >= 2 && slices.Contains(l.Articles, ks[0])
			if article {
				ks = ks[1:]
			}
			if len(ks) >= 1 {
				lx.known(ks)
				lx.get(ks[0]).flags |= fPhrase
				lx.phrases[ks[0]] = insertPhrase(lx.phrases[ks[0]], phrase{keys: ks[1:], rel: v, told: true, article: article})
			}
		}
		for k, md := range l.Holidays {
			if ks := lx.phraseKeys(k); len(ks) >= 1 {
				lx.known(ks)
				lx.get(ks[0]).flags |= fHoliday
				lx.holidays[ks[0]] = insertPhrase(lx.holidays[ks[0]], phrase{keys: ks[1:], rel: md[0]*100 + md[1]})
			}
		}
		for _, k := range sortedKeys(l.Feasts) {
			if ks := lx.phraseKeys(k); len(ks) >= 1 {
				lx.known(ks)
				lx.feasts = append(lx.feasts, l.Feasts[k])
				lx.get(ks[0]).flags |= fHoliday
				lx.holidays[ks[0]] = insertPhrase(lx.holidays[ks[0]], phrase{keys: ks[1:], feast: len(lx.feasts)})
			}
		}
		lx.capCalendar = lx.capCalendar || l.CapCalendar
		for _, p := range l.AfterNext {
			lx.afterNext = append(lx.afterNext, lx.phraseKeys(p))
		}
		for _, p := range l.BeforeLast {
			lx.beforeLast = append(lx.beforeLast, lx.phraseKeys(p))
		}
		for _, p := range l.DayDesignations {
			lx.designations = append(lx.designations, lx.phraseKeys(p))
		}
		for _, p := range l.InForce {
			lx.inForce = append(lx.inForce, lx.phraseKeys(p))
		}
	}
	// Aliases last of all: what they stand for must be known.
	for _, l := range langs {
		for k, to := range l.Aliases {
			ks := lx.phraseKeys(k)
			w := lx.words[to]
			if len(ks) < 2 || w == nil {
				continue
			}
			lx.get(ks[0]).flags |= fAlias
			lx.aliases[ks[0]] = insertPhrase(lx.aliases[ks[0]], phrase{keys: ks[1:], alias: w})
		}
	}
	return lx
}

// known enters the words of a phrase, so that a text made of them alone is
// recognized as a bare date expression.
func (lx *lexicon) known(ks []string) {
	for _, k := range ks {
		if k != "'" {
			lx.get(k).flags |= fPhrasePart
		}
	}
}

// phraseKeys splits a phrase into the keys its lexemes will have.
func (lx *lexicon) phraseKeys(text string) []string {
	toks := token.New(text, "", "").Tokens
	var ks []string
	for i := 0; i < len(toks); i++ {
		if i+2 < len(toks) && toks[i].Kind == token.Word && toks[i+1].Norm == "'" && toks[i+2].Kind == token.Word {
			if w := lx.compound(toks[i].Norm, toks[i+2].Norm); w != nil {
				ks = append(ks, w.key)
				i += 2
				continue
			}
		}
		ks = append(ks, toks[i].Norm)
	}
	return ks
}

func (lx *lexicon) get(k string) *word {
	w := lx.words[k]
	if w == nil {
		w = &word{key: k}
		lx.words[k] = w
	}
	return w
}

func (lx *lexicon) flag(f flag, ks ...string) {
	for _, k := range ks {
		lx.get(k).flags |= f
	}
}

func (lx *lexicon) add(l *Language) {
	for m, forms := range l.Months {
		for _, k := range forms {
			w := lx.get(k)
			w.flags |= fMonth
			if w.month == 0 {
				w.month = int8(m + 1)
			}
		}
	}
	for m, forms := range l.MonthAdjectives {
		for _, k := range forms {
			lx.get(k).adjMonth = int8(m + 1)
		}
	}
	for m, forms := range l.MonthAbbrevs {
		for _, k := range forms {
			w := lx.get(k)
			if w.month == 0 {
				w.month = int8(m + 1)
				w.flags |= fMonth | fMonthAbbr
			}
		}
	}
	for d, forms := range l.Weekdays {
		for _, k := range forms {
			w := lx.get(k)
			if w.flags&fWeekday == 0 {
				w.wday = int8(d)
			}
			w.flags |= fWeekday
		}
	}
	for d, forms := range l.WeekdayAbbrevs {
		for _, k := range forms {
			w := lx.get(k)
			if w.flags&fWeekday == 0 {
				w.wday = int8(d)
				w.flags |= fWeekday | fWeekdayAbbr
			}
		}
	}
	lx.flag(fNeedCap, l.NeedCap...)
	lx.flag(fNeedCtx, l.NeedContext...)
	lx.flag(fWeakAbbr, l.WeakAbbrevs...)
	for k, v := range l.RelativeDays {
		w := lx.get(k)
		w.flags |= fRelDay
		w.rel = int8(v)
	}
	for k, v := range l.RelativeYears {
		w := lx.get(k)
		w.flags |= fRelYear
		w.rel = int8(v)
	}
	lx.flag(fFiller, l.Fillers...)
	for k, v := range l.Nth {
		w := lx.get(k)
		w.flags |= fNth
		if w.nth == 0 {
			w.nth = int8(v)
		}
	}
	lx.flag(fQuarterLetter, l.QuarterLetters...)
	lx.flag(fDayNoun, l.DayNouns...)
	lx.flag(fYearObject, l.YearObjects...)
	lx.flag(fShift, l.Shifts...)
	lx.flag(fShift, l.ShiftPresent...)
	lx.shiftPresent = stringSet(lx.shiftPresent, l.ShiftPresent)
	lx.flag(fNotTense, l.NotTense...)
	lx.flag(fPresentAux, l.PresentAux...)
	lx.flag(fPerfectAux, l.PerfectAux...)
	lx.flag(fPastAuxiliary, l.PastAuxiliaries...)
	lx.flag(fDeadline, l.Deadline...)
	lx.flag(fDeadline, l.Starts...)
	for _, p := range l.SameYear {
		ts := token.New(p, "", "").Tokens
		ks := make([]string, len(ts))
		for i, t := range ts {
			ks[i] = t.Norm
		}
		lx.sameYear = append(lx.sameYear, ks)
	}
	// the words that carry a mark of their own
	for _, m := range []struct {
		words []string
		mark  func(*word)
	}{
		{l.Since, func(w *word) { w.since = true }},
		{l.When, func(w *word) { w.when = true }},
		{l.Degree, func(w *word) { w.degree = true }},
		{l.IntentNouns, func(w *word) { w.intent = true }},
		{l.ScheduledPresent, func(w *word) { w.sched = true }},
		{l.Fiscal, func(w *word) { w.fiscal = true }},
		{l.FutureInPast, func(w *word) { w.futurePast = true }},
		{l.Charges, func(w *word) { w.charge = true }},
		{l.AttributiveFuture, func(w *word) { w.attrib = true }},
		{l.PastBe, func(w *word) { w.pastBe = true }},
		{l.BeParticiples, func(w *word) { w.beenP = true }},
		{l.Habitual, func(w *word) { w.habit = true }},
	} {
		for _, k := range m.words {
			m.mark(lx.get(k))
		}
	}
	for _, d := range l.Demonstratives {
		lx.demonstratives = append(lx.demonstratives, token.New(d, "", "").Tokens[0].Norm)
	}
	lx.flag(fScheduled, l.Scheduled...)
	lx.flag(fPartOf, l.PartOf...)
	lx.flag(fConjunction, l.Conjunctions...)
	for _, p := range l.FuturePhrases {
		if ks := splitSpace(p); len(ks) >= 2 {
			lx.get(ks[0]).flags |= fFuturePhrase
			lx.futurePhrases[ks[0]] = append(lx.futurePhrases[ks[0]], ks[1:])
		}
	}
	for _, k := range l.ModalFuture {
		lx.get(k).modal = true
	}
	lx.nowadays = pairSet(lx.nowadays, l.Nowadays)
	lx.contrastNow = pairSet(lx.contrastNow, l.ContrastNow)
	lx.todays = stringSet(lx.todays, l.Todays)
	lx.nextOfYear = stringSet(lx.nextOfYear, l.NextOfYear)
	lx.notVerbs = pairSet(lx.notVerbs, l.NotVerbs)
	lx.modifierPreps = stringSet(lx.modifierPreps, l.ModifierPreps)
	lx.notFuture = pairSet(lx.notFuture, l.NotFuture)
	lx.notConj = pairSet(lx.notConj, l.NotConjunctions)
	lx.comparatives = stringSet(lx.comparatives, l.Comparatives)
	lx.formers = stringSet(lx.formers, l.Formers)
	lx.nights = stringSet(lx.nights, l.Nights)
	lx.statusAt = stringSet(lx.statusAt, l.StatusAt)
	lx.superlatives = stringSet(lx.superlatives, l.Superlatives)
	lx.dayNames = stringSet(lx.dayNames, l.DayNames)
	lx.nameHeads = stringSet(lx.nameHeads, l.NameHeads)
	lx.stateVerbs = stringSet(lx.stateVerbs, l.StateVerbs)
	lx.lasting = stringSet(lx.lasting, l.Lasting)
	lx.reporting = stringSet(lx.reporting, l.Reporting)
	lx.until = stringSet(lx.until, l.Until)
	lx.countdown = stringSet(lx.countdown, l.Countdown)
	lx.rates = stringSet(lx.rates, l.Rates)
	lx.afters = stringSet(lx.afters, l.Afters)
	lx.befores = stringSet(lx.befores, l.Befores)
	lx.dayParts = stringSet(lx.dayParts, l.DayParts)
	lx.indefinites = stringSet(lx.indefinites, l.Indefinites)
	lx.subordinators = stringSet(lx.subordinators, l.Subordinators)
	lx.editions = stringSet(lx.editions, l.Editions)
	lx.numberWords = stringSet(lx.numberWords, l.NumberWords)
	lx.covers = stringSet(lx.covers, l.Covers)
	lx.holidayNouns = stringSet(lx.holidayNouns, l.HolidayNouns)
	lx.eventRelatives = pairSet(lx.eventRelatives, l.EventRelatives)
	for _, w := range l.EventRelatives {
		if ks := splitSpace(w); len(ks) == 1 {
			if lx.eventRelatives == nil {
				lx.eventRelatives = map[[2]string]bool{}
			}
			lx.eventRelatives[[2]string{"", ks[0]}] = true
		}
	}
	lx.agents = stringSet(lx.agents, l.Agents)
	for k, v := range l.Apart {
		if lx.apart == nil {
			lx.apart = map[string]int{}
		}
		lx.apart[k] = v
	}
	lx.pronouns = stringSet(lx.pronouns, l.Pronouns)
	lx.modals = stringSet(lx.modals, l.Modals)
	lx.conditionals = stringSet(lx.conditionals, l.Conditionals)
	lx.dueLinkers = stringSet(lx.dueLinkers, l.DueLinkers)
	lx.negations = stringSet(lx.negations, l.Negations)
	lx.back = stringSet(lx.back, l.Back)
	lx.setDate = stringSet(lx.setDate, l.SetDate)
	lx.deadlineNouns = stringSet(lx.deadlineNouns, l.DeadlineNouns)
	lx.causes = stringSet(lx.causes, l.Causes)
	lx.eves = stringSet(lx.eves, l.Eves)
	lx.later = stringSet(lx.later, l.Later)
	lx.infinitives = append(lx.infinitives, l.InfinitiveEndings...)
	lx.infMarkers = stringSet(lx.infMarkers, l.InfinitiveMarkers)
	lx.infLinkers = stringSet(lx.infLinkers, l.InfinitiveLinkers)
	lx.perfPrefixes = append(lx.perfPrefixes, l.PerfectivePrefixes...)
	for _, e := range l.PerfectiveEndings {
		lx.addEnding(e, endPerfective)
	}
	for _, e := range l.PerfectiveRoots {
		lx.addEnding(e, endPerfRoot)
	}
	for _, e := range l.PerfectivePastEndings {
		lx.addEnding(e, endPerfPast)
		if len(l.PastOnlyPrefixes) > 0 {
			lx.addEnding(e, endPastOnly)
		}
	}
	lx.pastPrefixes = append(lx.pastPrefixes, l.PastOnlyPrefixes...)
	lx.flag(fNounMarker, l.NounMarkers...)
	lx.imperfStems = append(lx.imperfStems, l.ImperfectiveStems...)
	for k, u := range l.Units {
		w := lx.get(k)
		w.flags |= fUnit
		if u.Count == 0 {
			u.Count = 1
		}
		if w.unit.Grain == 0 {
			w.unit = u
		}
	}
	lx.flag(fPreLast, l.PrefixLast...)
	lx.flag(fPreThis, l.PrefixThis...)
	lx.flag(fPreNext, l.PrefixNext...)
	lx.flag(fPreLast2, l.PrefixBeforeLast...)
	lx.flag(fPostLast, l.PostfixLast...)
	lx.flag(fPostThis, l.PostfixThis...)
	lx.flag(fPostNext, l.PostfixNext...)
	lx.flag(fAgo, l.Ago...)
	for _, h := range l.Hence {
		ks := splitSpace(h)
		switch len(ks) {
		case 1:
			lx.get(ks[0]).flags |= fHence
			lx.hence[ks[0]] = append(lx.hence[ks[0]], "")
		case 2:
			lx.get(ks[0]).flags |= fHence
			lx.hence[ks[0]] = append(lx.hence[ks[0]], ks[1])
		}
	}
	lx.flag(fIn, l.In...)
	lx.flag(fYearPrep, l.YearPreps...)
	lx.flag(fMonthPrep, l.MonthPreps...)
	lx.flag(fDateCtx, l.DateContext...)
	lx.flag(fYearNoun, l.YearNouns...)
	lx.flag(fYearSuffix, l.YearSuffixes...)
	lx.flag(fYearVerb, l.YearVerbs...)
	lx.flag(fDet, l.Determiners...)
	for k, v := range l.Ordinals {
		w := lx.get(k)
		w.flags |= fOrdinal
		if w.ord == 0 {
			w.ord = int8(v)
		}
	}
	for _, k := range l.OrdinalSuffixes {
		lx.ordSuffix[k] = true
	}
	for _, k := range l.DashOrdinals {
		lx.dashOrd[k] = true
	}
	lx.bareDayOrd = stringSet(lx.bareDayOrd, l.BareDayOrdinals)
	for k, v := range l.Numbers {
		w := lx.get(k)
		w.flags |= fNumber
		if w.num == 0 {
			w.num = int16(v)
		}
	}
	lx.flag(fRangeFrom, l.RangeFrom...)
	lx.flag(fRangeTo, l.RangeTo...)
	lx.flag(fRangeAnd, l.RangeAnd...)
	lx.flag(fOf, l.Of...)
	lx.flag(fArticle, l.Articles...)
	lx.flag(fPeriod, l.PeriodParts...)
	lx.flag(fFuture, l.Future...)
	lx.flag(fFuture, l.ScheduledPresent...)
	for _, e := range l.FutureSuffixes {
		lx.addEnding(e, endFuture)
	}
	lx.flag(fPast, l.Past...)
	lx.flag(fAux, l.Auxiliaries...)
	for _, e := range l.PastSuffixes {
		lx.addEnding(e, endPast)
	}
	lx.flag(fQuantity, l.Quantity...)
	lx.flag(fApprox, l.Approximate...)
	lx.flag(fAfterDay, l.AfterDay...)
	lx.flag(fNotAfterYear, l.NotAfterYear...)
	lx.flag(fNotAfterBareYear, l.NotAfterBareYear...)
	lx.flag(fCopyright, l.Copyright...)
	lx.monthFirst = lx.monthFirst || l.MonthFirst
	lx.pluralEndings = append(lx.pluralEndings, l.PluralEndings...)
	lx.presentEndings = append(lx.presentEndings, l.PresentEndings...)
	lx.relatives = append(lx.relatives, l.Relatives...)
	lx.asides = stringSet(lx.asides, l.Asides)
	lx.relPresent = append(lx.relPresent, l.RelativePresentEndings...)
	lx.progressive = append(lx.progressive, l.ProgressiveEndings...)
	lx.decadeEndings = stringSet(lx.decadeEndings, l.DecadeEndings)
	lx.nounModifiers = lx.nounModifiers || l.NounModifiers
	lx.usNumeric = lx.usNumeric || l.USNumeric
	lx.yearAround = stringSet(lx.yearAround, l.YearAround)
	lx.yearAroundPair = pairSet(lx.yearAroundPair, l.YearAround)
}

// compound looks up a word written with an apostrophe inside, which the
// tokenizer splits into three tokens, without allocating.
func (lx *lexicon) compound(a, b string) *word {
	var buf [96]byte
	if len(a)+len(b)+1 > len(buf) {
		return nil
	}
	k := append(buf[:0], a...)
	k = append(k, '\'')
	k = append(k, b...)
	return lx.words[string(k)]
}

// insertPhrase keeps phrases longest first, so that "ieri l'altro" wins
// over "ieri", and the order does not depend on map iteration.
func insertPhrase(ps []phrase, p phrase) []phrase {
	ps = append(ps, p)
	for i := len(ps) - 1; i > 0 && less(ps[i-1], ps[i]); i-- {
		ps[i], ps[i-1] = ps[i-1], ps[i]
	}
	return ps
}

func less(a, b phrase) bool {
	if len(a.keys) != len(b.keys) {
		return len(a.keys) < len(b.keys)
	}
	for i := range a.keys {
		if a.keys[i] != b.keys[i] {
			return a.keys[i] > b.keys[i]
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func splitSpace(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// Kinds of ending rules, in the order they are tried.
const (
	endFuture     = iota // a future ending: "-rà", "-тиме"
	endPerfective        // a perfective prefix, a stem and an ending: "з-низ-иться"
	endPerfRoot          // a perfective prefix and a root: "з-росте"
	endPerfPast          // a perfective prefix, a stem and a past ending: "під-пис-ав"
	endPastOnly          // a past-only prefix, a stem and a past ending: "с-хвал-ив"
	endPast              // a past ending: "-ato", "-ла"
	endKinds
)

type ending struct {
	suffix string
	kind   uint8
}

// addEnding files an ending under its last letter, so that a word is
// compared only with the endings it may have.
func (lx *lexicon) addEnding(suffix string, kind uint8) {
	if suffix == "" {
		return
	}
	_, n := utf8.DecodeLastRuneInString(suffix)
	last := suffix[len(suffix)-n:]
	lx.endings[last] = append(lx.endings[last], ending{suffix, kind})
}

// endingTense reports the tense that the ending of word k marks: +1
// future, -1 past, 0 none.
func (lx *lexicon) endingTense(k string) int {
	_, n := utf8.DecodeLastRuneInString(k)
	best := uint8(endKinds)
	for _, e := range lx.endings[k[len(k)-n:]] {
		if e.kind >= best || len(k) <= len(e.suffix) || k[len(k)-len(e.suffix):] != e.suffix {
			continue
		}
		var ok bool
		switch e.kind {
		case endFuture:
			ok = len(k) > len(e.suffix)+1
		case endPast:
			ok = len(k) > len(e.suffix)+2 // a stem of three letters: "voted", not "shed"
		case endPerfective, endPerfPast:
			ok = lx.prefixed(k, lx.perfPrefixes, len(e.suffix), 1)
		case endPerfRoot:
			ok = lx.prefixed(k, lx.perfPrefixes, len(e.suffix), 0)
		case endPastOnly:
			ok = lx.prefixed(k, lx.pastPrefixes, len(e.suffix), 1)
		}
		if ok {
			best = e.kind
		}
	}
	switch best {
	case endFuture, endPerfective, endPerfRoot:
		return 1
	case endPerfPast, endPastOnly, endPast:
		return -1
	}
	return 0
}

// prefixed reports a word made of one of prefixes, a stem of at least
// minStem bytes and an ending of endLen bytes, with no imperfective stem
// inside.
func (lx *lexicon) prefixed(k string, prefixes []string, endLen, minStem int) bool {
	stemEnd := len(k) - endLen
	for _, p := range prefixes {
		if len(p)+minStem > stemEnd || k[:len(p)] != p {
			continue
		}
		for _, st := range lx.imperfStems {
			if strings.Contains(k, st) {
				return false
			}
		}
		return true
	}
	return false
}

// weekdayIndex maps time.Weekday to 0 = Monday … 6 = Sunday (ISO order).
func weekdayIndex(d time.Weekday) int { return (int(d) + 6) % 7 }

// endsWithAny reports a word that ends in one of endings after a stem of
// three letters at least ("hosting", but not "sing"), as the lexicons'
// verb endings are read.
func endsWithAny(key string, endings []string) bool {
	for _, e := range endings {
		if len(key) >= len(e)+3 && strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}

// stringSet adds the strings ws to set, made on the first one.
func stringSet(set map[string]bool, ws []string) map[string]bool {
	for _, w := range ws {
		if set == nil {
			set = map[string]bool{}
		}
		set[w] = true
	}
	return set
}

// pairSet adds the two-word phrases ps to set as pairs of their keys.
func pairSet(set map[[2]string]bool, ps []string) map[[2]string]bool {
	for _, p := range ps {
		if ks := splitSpace(p); len(ks) == 2 {
			if set == nil {
				set = map[[2]string]bool{}
			}
			set[[2]string{ks[0], ks[1]}] = true
		}
	}
	return set
}
