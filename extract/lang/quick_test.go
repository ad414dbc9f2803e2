package lang

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"kronika/corpus"
	"kronika/corpus/gen"
)

// Texts the rules must decide, and how.
var clearCases = []struct{ name, want, text string }{
	{"en report", "en", "The foreign ministers of the Baltic states said on Monday that they would ask the European Union for a faster timetable for the new sanctions package. The proposal, which was drafted in Vilnius, has the support of Poland and Finland, but several member states are still waiting for a legal opinion from the Commission before they commit to it."},
	{"en with Italian names", "en", "Italy's defence minister met his counterparts in Rome to discuss the procurement of radar systems. The talks at Palazzo Baracchini were described by officials as constructive, and a joint statement is expected by the end of the week. Ministero della Difesa sources said that the contracts have been signed with two companies from Lombardia."},
	{"it cronaca", "it", "Il consiglio comunale di Torino ha approvato ieri sera il bilancio di previsione per il prossimo anno, dopo una seduta durata più di sei ore. Secondo l'assessore al bilancio, le risorse destinate ai trasporti pubblici sono state aumentate del dieci per cento, mentre i fondi per la manutenzione delle strade restano quelli dell'anno scorso."},
	{"it politica estera", "it", "Il ministro degli Esteri ha incontrato a Varsavia il suo omologo polacco per discutere della ricostruzione dell'Ucraina e delle nuove sanzioni contro la Russia. Nel corso dell'incontro sono stati firmati due memorandum sulla cooperazione energetica, che secondo fonti diplomatiche saranno estesi anche alla Moldavia nei prossimi mesi."},
	{"uk новини", "uk", "Міністр цифрової трансформації повідомив, що до кінця року в усіх областях запрацюють нові центри надання адміністративних послуг. За його словами, уряд уже виділив кошти на обладнання, а частину витрат покриють міжнародні партнери, зокрема Естонія та Данія, які мають досвід у цій галузі."},
}

// Texts the rules must leave to the model: other languages, including the
// ones closest to ours, and samples whose evidence is thin or mixed.
// deferCases are texts the rules must leave to the model. foreign marks a
// text in another language, which the detector as a whole must not take
// for English, Italian or Ukrainian.
var deferCases = []struct {
	name, text string
	foreign    bool
}{
	{"ru", "Министр иностранных дел заявил в понедельник, что правительство рассмотрит новые предложения о поставках энергоносителей. По его словам, переговоры с европейскими партнёрами продолжатся на следующей неделе, а окончательное решение будет принято до конца года.", true},
	{"be", "Міністр замежных спраў заявіў у панядзелак, што ўрад разгледзіць новыя прапановы аб пастаўках энерганосьбітаў. Паводле яго словаў, перамовы з эўрапейскімі партнэрамі працягнуцца на наступным тыдні, а канчатковае рашэньне будзе прынятае да канца году.", true},
	{"bg", "Министърът на външните работи заяви в понеделник, че правителството ще разгледа новите предложения за доставки на енергийни ресурси. Според него преговорите с европейските партньори ще продължат следващата седмица, а окончателното решение ще бъде взето до края на годината.", true},
	{"sr", "Министар спољних послова изјавио је у понедељак да ће влада размотрити нове предлоге о испорукама енергената. Према његовим речима, преговори са европским партнерима наставиће се наредне недеље, а коначна одлука биће донета до краја године.", true},
	{"es", "El ministro de Asuntos Exteriores afirmó el lunes que el Gobierno estudiará las nuevas propuestas sobre el suministro de energía. Según sus palabras, las negociaciones con los socios europeos continuarán la próxima semana y la decisión final se tomará antes de que termine el año.", true},
	{"pt", "O ministro dos Negócios Estrangeiros afirmou na segunda-feira que o Governo vai analisar as novas propostas sobre o fornecimento de energia. Segundo ele, as negociações com os parceiros europeus vão continuar na próxima semana e a decisão final será tomada antes do fim do ano.", true},
	{"fr", "Le ministre des Affaires étrangères a déclaré lundi que le gouvernement examinerait les nouvelles propositions sur l'approvisionnement en énergie. Selon lui, les négociations avec les partenaires européens se poursuivront la semaine prochaine et la décision finale sera prise avant la fin de l'année.", true},
	{"ro", "Ministrul de externe a declarat luni că guvernul va analiza noile propuneri privind furnizarea de energie. Potrivit acestuia, negocierile cu partenerii europeni vor continua săptămâna viitoare, iar decizia finală va fi luată înainte de sfârșitul anului, după consultări cu toate părțile.", true},
	{"ca", "El ministre d'Afers Exteriors va afirmar dilluns que el govern estudiarà les noves propostes sobre el subministrament d'energia. Segons les seves paraules, les negociacions amb els socis europeus continuaran la setmana vinent i la decisió final es prendrà abans que acabi l'any.", true},
	{"de", "Der Außenminister sagte am Montag, die Regierung werde die neuen Vorschläge zur Energieversorgung prüfen. Nach seinen Worten werden die Verhandlungen mit den europäischen Partnern in der kommenden Woche fortgesetzt, und die endgültige Entscheidung soll noch vor Ende des Jahres fallen.", true},
	{"pl", "Minister spraw zagranicznych oświadczył w poniedziałek, że rząd przeanalizuje nowe propozycje dotyczące dostaw energii. Jego zdaniem negocjacje z europejskimi partnerami będą kontynuowane w przyszłym tygodniu, a ostateczna decyzja zapadnie przed końcem roku.", true},
	{"en quoting it at length", "The minister answered in Italian: «Il governo ha deciso di sostenere le imprese che sono state colpite dalla crisi, anche con nuovi fondi per le regioni del Sud e per le famiglie più povere della nostra Italia, che sono le prime vittime dell'inflazione.» He said nothing else to the reporters.", false},
	{"a list of names", "Guido Crosetto; Antonio Tajani; Annalena Baerbock; Radosław Sikorski; Kaja Kallas; Dmytro Kuleba; Rustem Umerov; Mykhailo Fedorov; Lloyd Austin; Antony Blinken; Olaf Scholz; Emmanuel Macron; Pedro Sánchez; Mark Rutte; Ursula von der Leyen; Josep Borrell.", false},
	{"headline only", "Ministers agree new package", false},
	{"uk with a Russian quote", "Посол зачитав заяву російською: «Мы не признаём эти решения и оставляем за собой право на ответ». Міністерство закордонних справ України назвало цю заяву провокацією і викликало посла для пояснень.", false},
}

func TestQuickDecides(t *testing.T) {
	idx := newMarkerIndex()
	for _, c := range clearCases {
		got, conf, ok := idx.quick(Sample(c.text, DefaultSampleRunes))
		if !ok || got != c.want {
			t.Errorf("%s: quick = %q, %v (%.2f), want %q", c.name, got, ok, conf, c.want)
		}
		if ok && (conf <= 0.5 || conf > 1) {
			t.Errorf("%s: confidence %.2f", c.name, conf)
		}
	}
}

func TestQuickDefers(t *testing.T) {
	idx := newMarkerIndex()
	for _, c := range deferCases {
		if got, conf, ok := idx.quick(Sample(c.text, DefaultSampleRunes)); ok {
			t.Errorf("%s: quick decided %q (%.2f); it must leave this text to the model", c.name, got, conf)
		}
	}
	// And the detector as a whole still gets the neighbours right.
	d := detector(t)
	for _, c := range deferCases {
		if !c.foreign {
			continue
		}
		if got, _ := d.Detect(c.text, ""); got == "en" || got == "it" || got == "uk" {
			t.Errorf("%s detected as %q", c.name, got)
		}
	}
}

// labelledTexts are full articles with known languages: the embedded
// sample, the evaluation set, and generated articles.
func labelledTexts(t *testing.T) (texts, langs []string) {
	texts, langs = labelled(t)
	f, err := os.Open(filepath.Join("..", "..", "testdata", "eval", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, corpus.MaxLineBytes)
	for sc.Scan() {
		var g struct{ Lang, Text string }
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		texts, langs = append(texts, g.Text), append(langs, g.Lang)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for d := range gen.Articles(300, 7) {
		texts, langs = append(texts, d.Text), append(langs, gen.LangOf(d))
	}
	return texts, langs
}

// Wherever the rules decide, they say what the model says, and they decide
// most full articles — else they would not be worth having.
func TestQuickAgreesWithModel(t *testing.T) {
	texts, langs := labelledTexts(t)
	model := New(Options{ModelOnly: true})
	idx := newMarkerIndex()
	decided := 0
	for i, text := range texts {
		sample := Sample(text, DefaultSampleRunes)
		q, _, ok := idx.quick(sample)
		if !ok {
			continue
		}
		decided++
		if m, _ := model.Detect(text, ""); q != m || q != langs[i] {
			t.Errorf("text %d (%s): rules %q, model %q", i, langs[i], q, m)
		}
	}
	share := float64(decided) / float64(len(texts))
	t.Logf("rules decided %d of %d articles (%.1f%%)", decided, len(texts), 100*share)
	if share < 0.9 {
		t.Errorf("rules decided %.1f%% of full articles, want ≥ 90%%", 100*share)
	}
}

func BenchmarkDetectModelOnly(b *testing.B) {
	d := New(Options{ModelOnly: true})
	d.Detect(article, "")
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(article, "")
	}
}
