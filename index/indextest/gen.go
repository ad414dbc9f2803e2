// Package indextest generates synthetic corpus records for benchmarks and
// load tests of the index: a multilingual mix of English, Italian and
// Ukrainian articles with nations, ministers, dates and euro amounts, with
// skewed (Zipf) word and entity frequencies like real news.
package indextest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"kronika/corpus"
)

type nation struct {
	code            string
	en, it, uk, uk2 string // uk2: an inflected Ukrainian form
}

// nations are facts: ISO codes and country names.
var nations = []nation{
	{"UA", "Ukraine", "Ucraina", "Україна", "України"},
	{"EE", "Estonia", "Estonia", "Естонія", "Естонії"},
	{"LU", "Luxembourg", "Lussemburgo", "Люксембург", "Люксембургу"},
	{"DK", "Denmark", "Danimarca", "Данія", "Данії"},
	{"DE", "Germany", "Germania", "Німеччина", "Німеччини"},
	{"FR", "France", "Francia", "Франція", "Франції"},
	{"IT", "Italy", "Italia", "Італія", "Італії"},
	{"PL", "Poland", "Polonia", "Польща", "Польщі"},
	{"LT", "Lithuania", "Lituania", "Литва", "Литви"},
	{"LV", "Latvia", "Lettonia", "Латвія", "Латвії"},
	{"NL", "Netherlands", "Paesi Bassi", "Нідерланди", "Нідерландів"},
	{"GB", "United Kingdom", "Regno Unito", "Велика Британія", "Великої Британії"},
	{"US", "United States", "Stati Uniti", "США", "США"},
	{"CA", "Canada", "Canada", "Канада", "Канади"},
	{"SE", "Sweden", "Svezia", "Швеція", "Швеції"},
	{"FI", "Finland", "Finlandia", "Фінляндія", "Фінляндії"},
	{"NO", "Norway", "Norvegia", "Норвегія", "Норвегії"},
	{"CZ", "Czechia", "Cechia", "Чехія", "Чехії"},
	{"BE", "Belgium", "Belgio", "Бельгія", "Бельгії"},
	{"ES", "Spain", "Spagna", "Іспанія", "Іспанії"},
	{"PT", "Portugal", "Portogallo", "Португалія", "Португалії"},
	{"RO", "Romania", "Romania", "Румунія", "Румунії"},
	{"JP", "Japan", "Giappone", "Японія", "Японії"},
	{"AU", "Australia", "Australia", "Австралія", "Австралії"},
}

type minister struct{ name, uk, nation string }

// ministers are facts: names of people who held ministerial posts.
var ministers = []minister{
	{"Rustem Umerov", "Рустем Умєров", "UA"},
	{"Hanno Pevkur", "Ганно Певкур", "EE"},
	{"Yuriko Backes", "Юріко Бакес", "LU"},
	{"Troels Lund Poulsen", "Троельс Лунд Поульсен", "DK"},
	{"Boris Pistorius", "Борис Пісторіус", "DE"},
	{"Guido Crosetto", "Гвідо Крозетто", "IT"},
	{"Władysław Kosiniak-Kamysz", "Владислав Косіняк-Камиш", "PL"},
	{"Laurynas Kasčiūnas", "Лауринас Касчюнас", "LT"},
	{"Andris Sprūds", "Андріс Спрудс", "LV"},
	{"Lloyd Austin", "Ллойд Остін", "US"},
	{"Grant Shapps", "Грант Шаппс", "GB"},
	{"Denys Shmyhal", "Денис Шмигаль", "UA"},
}

// Vocabulary written for the generator, by language.
var words = map[string][]string{
	"en": strings.Fields(`defence ministry support coalition drones package agreement meeting capability
training air ammunition production industry contract delivery funding partners allies security
equipment systems artillery vehicles demining cyber communications logistics maintenance
reconstruction energy infrastructure investment budget procurement announcement contribution
summit cooperation minister officials week month year plan strategy agreement joint fund
winter armoured radar missiles shells frontline repair factory engineers volunteers`),
	"it": strings.Fields(`difesa ministero sostegno coalizione droni pacchetto accordo riunione capacità
addestramento aerea munizioni produzione industria contratto consegna finanziamento partner
alleati sicurezza equipaggiamento sistemi artiglieria veicoli sminamento informatica
comunicazioni logistica manutenzione ricostruzione energia infrastrutture investimento bilancio
acquisti annuncio contributo vertice cooperazione ministro funzionari settimana mese anno piano
strategia fondo inverno corazzati radar missili proiettili fronte riparazione fabbrica ingegneri`),
	"uk": strings.Fields(`оборони міністерство підтримки коаліції дронів пакет угоди зустрічі спроможності
навчання протиповітряної боєприпасів виробництва промисловості контракту постачання фінансування
партнерів союзників безпеки обладнання систем артилерії техніки розмінування кібербезпеки
зв'язку логістики обслуговування відбудови енергетики інфраструктури інвестицій бюджету
закупівель оголошення внеску саміту співпраці міністр посадовці тижня місяця року плану
стратегії фонду зими бронетехніки радарів ракет снарядів фронту ремонту заводу інженерів`),
}

var sources = []string{"ministry", "newswire", "mil.example.ua", "difesa.example.it", "defence.example.ee",
	"army.example.lu", "agency.example.dk", "daily.example.com", "press.example.pl", "portal.example.lt"}

var euroWord = map[string]string{"en": "euros", "it": "euro", "uk": "євро"}

// GenerateRecords returns n synthetic records, the same for the same
// seed. IDs are "gen-<seed>-<i>".
func GenerateRecords(n int, seed uint64) []corpus.Record {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	wordZipf := map[string]*rand.Zipf{}
	for lang, ws := range words {
		wordZipf[lang] = rand.NewZipf(rng, 1.1, 2, uint64(len(ws)-1))
	}
	nationZipf := rand.NewZipf(rng, 1.3, 1, uint64(len(nations)-1))
	langs := []string{"en", "it", "uk", "en", "it", "uk", "en", "it", "uk", "und"}
	out := make([]corpus.Record, n)
	for i := range out {
		lang := langs[rng.IntN(len(langs))]
		textLang := lang
		if lang == "und" {
			textLang = "en"
		}
		pick := func() string { return words[textLang][wordZipf[textLang].Uint64()] }
		name := func(nt nation) string {
			switch textLang {
			case "it":
				return nt.it
			case "uk":
				if rng.IntN(2) == 0 {
					return nt.uk2
				}
				return nt.uk
			}
			return nt.en
		}
		r := corpus.Record{
			ID:     fmt.Sprintf("gen-%d-%d", seed, i),
			Lang:   lang,
			Source: sources[rng.IntN(len(sources))],
			Entities: corpus.Entities{
				Nations: []corpus.Nation{}, Ministers: []corpus.Minister{}, Dates: []corpus.Date{}, Money: []corpus.Money{},
			},
		}
		r.URL = "https://" + r.Source + "/" + r.ID
		year, month, day := 2022+rng.IntN(3), 1+rng.IntN(12), 1+rng.IntN(28)
		if rng.IntN(20) > 0 { // one in twenty undated
			r.Published = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
		}

		// nations: Ukraine in most articles plus a few others
		seen := map[string]bool{}
		var body strings.Builder
		addNation := func(nt nation) string {
			form := name(nt)
			if !seen[nt.code] {
				seen[nt.code] = true
				r.Entities.Nations = append(r.Entities.Nations, corpus.Nation{Code: nt.code, Name: nt.en})
			}
			k := len(r.Entities.Nations) - 1
			for j := range r.Entities.Nations {
				if r.Entities.Nations[j].Code == nt.code {
					k = j
				}
			}
			r.Entities.Nations[k].Mentions = append(r.Entities.Nations[k].Mentions, corpus.Mention{Text: form})
			return form
		}
		first := nations[0]
		if rng.IntN(5) == 0 {
			first = nations[nationZipf.Uint64()]
		}
		title := []string{addNation(first)}
		for range 4 + rng.IntN(4) {
			title = append(title, pick())
		}
		r.Title = strings.Join(title, " ")

		sentences := 8 + rng.IntN(20)
		for s := range sentences {
			if s > 0 {
				body.WriteString(" ")
			}
			nw := 8 + rng.IntN(12)
			for w := range nw {
				if w > 0 {
					body.WriteString(" ")
				}
				switch {
				case w == 2 && rng.IntN(3) == 0:
					body.WriteString(addNation(nations[nationZipf.Uint64()]))
				case w == 4 && rng.IntN(8) == 0:
					m := ministers[rng.IntN(len(ministers))]
					form := m.name
					if textLang == "uk" {
						form = m.uk
					}
					body.WriteString(form)
					found := false
					for j := range r.Entities.Ministers {
						if r.Entities.Ministers[j].Name == m.name {
							r.Entities.Ministers[j].Mentions = append(r.Entities.Ministers[j].Mentions, corpus.Mention{Text: form})
							found = true
						}
					}
					if !found {
						r.Entities.Ministers = append(r.Entities.Ministers, corpus.Minister{
							Name: m.name, Nation: m.nation, Role: corpus.RoleMinister, Mentions: []corpus.Mention{{Text: form}}})
					}
				case w == 6 && rng.IntN(6) == 0:
					amount := float64(1+rng.IntN(500)) * 1e6
					text := fmt.Sprintf("%d million %s", int(amount/1e6), euroWord[textLang])
					body.WriteString(text)
					r.Entities.Money = append(r.Entities.Money, corpus.Money{Amount: amount, Currency: "EUR", Mentions: []corpus.Mention{{Text: text}}})
				case w == 7 && rng.IntN(6) == 0:
					v := fmt.Sprintf("%04d-%02d", year-rng.IntN(2), 1+rng.IntN(12))
					if rng.IntN(2) == 0 {
						v += fmt.Sprintf("-%02d", 1+rng.IntN(28))
					}
					body.WriteString(v)
					r.Entities.Dates = append(r.Entities.Dates, corpus.Date{Value: v, Mentions: []corpus.Mention{{Text: v}}})
				default:
					body.WriteString(pick())
				}
			}
			body.WriteString(".")
		}
		r.Text = body.String()
		out[i] = r
	}
	return out
}
