package htmltext

import (
	"strings"
	"testing"
)

// extractCase is one page and the exact text expected from it.
type extractCase struct {
	name string
	page string
	want string
}

func runExtractCases(t *testing.T, tests []extractCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractString(tt.page, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("\n got %q\nwant %q", a.Text, tt.want)
			}
		})
	}
}

func rulesPage(title, body string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body>" + furniture + body + "</body></html>"
}

// teaserStream is a column of story cards with blurbs long enough to look
// like prose: what a portal prints around (or instead of) the article.
var teaserStream = `<ul class="stream">` +
	`<li class="item"><div class="title"><a href="/s/1">Harbour cranes to be replaced by electric models</a></div><p>The port authority said on Wednesday that the eight diesel cranes on the eastern quay would be retired over the next three years and replaced by electric ones bought with a regional grant, which also covers new substations, cables and training for crane drivers, mechanics and electricians.</p></li>` +
	`<li class="item"><div class="title"><a href="/s/2">Night buses return to the western suburbs</a></div><p>After a pause of two winters, the city transport company will run four night lines again from October, with buses every forty minutes between midnight and five in the morning, and tickets, passes and the mobile app will work on them exactly as they do on day lines.</p></li>` +
	`<li class="item"><div class="title"><a href="/s/3">School canteens switch to local suppliers</a></div><p>Forty primary schools will buy fruit, bread and dairy from farms within fifty kilometres under a pilot scheme that the education office approved at its meeting on Monday, with menus, prices and delivery times to be agreed by each school, parents' committee and supplier.</p></li>` +
	`</ul>`

// TestStoryInFurnitureWrapper: a page that shows its article in an
// overlay or modal view (a wrapper whose class names furniture) above a
// stream of teasers that holds more text than the story keeps the article
// when the wrapper holds the headline and a whole story in an <article>;
// boxes of teaser cards and sign-up modals are still dropped.
func TestStoryInFurnitureWrapper(t *testing.T) {
	p := paras
	story := `<h1>Grid operator finishes the northern repairs</h1><article>` +
		"<p>" + strings.Join(p[0:6], "</p><p>") + "</p></article>"
	tests := []extractCase{
		{"article in an overlay beside a teaser stream",
			rulesPage("Grid operator finishes the northern repairs", strings.Repeat(teaserStream, 3)+
				`<div class="page-overlay"><div class="modal-stack">`+story+`</div></div>`),
			strings.Join(p[0:6], "\n\n")},
		{"sign-up modal and teaser cards still go",
			rulesPage("Grid operator finishes the northern repairs", `<h1>Grid operator finishes the northern repairs</h1><div class="story-body">`+
				"<p>"+strings.Join(p[0:4], "</p><p>")+"</p></div>"+
				`<div class="modal"><h2>Stay informed</h2><p>Get the morning briefing with the top stories of the day, every weekday, straight to your inbox.</p></div>`+
				`<div class="related-stories"><article><h3><a href="/r/1">Substation fire under investigation</a></h3><p>Investigators are looking at a faulty transformer after a fire at the southern substation on Friday night.</p></article>`+
				`<article><h3><a href="/r/2">Tariffs to stay frozen until spring</a></h3><p>The regulator confirmed that household tariffs would not change before the end of March, despite higher import costs.</p></article></div>`),
			strings.Join(p[0:4], "\n\n")},
		{"next story printed below the article still goes",
			rulesPage("Grid operator finishes the northern repairs", `<h1>Grid operator finishes the northern repairs</h1><div class="story-body">`+
				"<p>"+strings.Join(p[0:5], "</p><p>")+"</p></div>"+
				`<div class="more-stories"><h1>Heating season to start a week early</h1><article>`+
				"<p>"+strings.Join(p[8:14], "</p><p>")+"</p></article></div>"),
			strings.Join(p[0:5], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestProseWithInlineImage: a body paragraph that opens with an inline
// picture is prose, not a caption; short captions and captions that name
// the photographer, set in the same block as their photo, still go.
func TestProseWithInlineImage(t *testing.T) {
	p := paras
	lead := "The regional council voted on Thursday evening to close the old river bridge to lorries from next month, after inspectors found deep cracks in two of its supporting piers."
	body := func(inner string) string {
		return rulesPage("Bridge closed to lorries", `<div class="article-body">`+inner+`</div>`)
	}
	tests := []extractCase{
		{"paragraph opening with a floated photo stays",
			body(`<p><img src="/img/bridge.jpg" alt="bridge">` + lead + `</p><p>` + strings.Join(p[0:3], "</p><p>") + `</p>`),
			lead + "\n\n" + strings.Join(p[0:3], "\n\n")},
		{"short caption in the photo's block goes",
			body(`<p>` + p[0] + `</p><p><img src="/img/bridge.jpg"><br>The bridge seen from the northern bank on Monday.</p><p>` + strings.Join(p[1:3], "</p><p>") + `</p>`),
			strings.Join(p[0:3], "\n\n")},
		{"long caption with an agency credit goes",
			body(`<p>` + p[0] + `</p><p><img src="/img/piers.jpg">Inspectors climb down to the second pier of the old river bridge on Tuesday morning to measure the cracks found during the spring survey of the structure. (AP Photo/Jane Roe)</p><p>` + strings.Join(p[1:3], "</p><p>") + `</p>`),
			strings.Join(p[0:3], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestRepeatedParagraphInBody: a paragraph that follows text of its own
// container is part of the body even when a later paragraph repeats it; a
// summary box repeated by the body's first paragraph still goes.
func TestRepeatedParagraphInBody(t *testing.T) {
	p := paras
	body := func(inner string) string {
		return rulesPage("Repeated paragraph", `<div class="article-body">`+inner+`</div>`)
	}
	tests := []extractCase{
		{"paragraph repeated in a later section stays",
			body(`<div><p>` + p[0] + `</p><p>` + p[1] + `</p><p>` + p[2] + `</p></div><h2>Timeline</h2><div><p>` + p[2] + `</p><p>` + p[3] + `</p></div>`),
			strings.Join(p[0:3], "\n\n") + "\n\nTimeline\n\n" + p[2] + "\n\n" + p[3]},
		{"summary repeated by the body still goes",
			body(`<div class="summary"><p>` + p[5] + `</p></div><div class="text"><p>` + p[5] + `</p><p>` + p[6] + `</p><p>` + p[7] + `</p></div>`),
			strings.Join(p[5:8], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestUtilityClasses: framework utility classes ("text-12", "text-lg",
// "lg:text-26") say how text looks, not what it is, so their word "text"
// does not save a byline paragraph from its byline class.
func TestUtilityClasses(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"text-12", true}, {"text-2xl", true}, {"text-gray-700", true}, {"text-center", true},
		{"text-lg", true}, {"lg:text-26", true}, {"max-w-[550px]", true}, {"w-1/2", true},
		{"hover:underline", true},
		{"text-body", false}, {"text-content", false}, {"article-text", false},
		{"story-text", false}, {"postContent-2", false}, {"text", false}, {"text-", false},
	} {
		if got := utilityClass(tt.name); got != tt.want {
			t.Errorf("utilityClass(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	p := paras
	tests := []extractCase{
		{"byline with a text size class goes, body paragraphs with one stay",
			rulesPage("Utility classes", `<h1 class="text-45 font-bold">Utility classes</h1>`+
				`<p class="article-byline text-12 leading-120">By Giulia Conti, a correspondent who has covered the energy ministry and the national grid since the winter of 2019.</p>`+
				`<div class="article-body">`+`<p class="text-lg">`+strings.Join(p[0:4], `</p><p class="text-lg">`)+`</p></div>`),
			strings.Join(p[0:4], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestTextWords: text written without spaces counts one word per two
// characters, so a sentence in Chinese or Japanese is not mistaken for a
// short byline because it has few spaces; a real dateline still is one.
func TestTextWords(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"The council met on Monday.", 5},
		{"市议会周一批准了新的供水计划。", 7},
		{"東京 の 市場", 3},
	} {
		if got := textWords(tt.s); got != tt.want {
			t.Errorf("textWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"市政府在2023年开始修建的新桥梁将于明年春天通车，预计每天可以减少两万辆汽车的绕行。", false},
		{"2024年3月5日 10:30", true},
		{"Published 5 March 2024", true},
		{"In 2023 the crossing handled one train a day.", false},
	} {
		if got := isByline(tt.s); got != tt.want {
			t.Errorf("isByline(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	sentence := "市政府在2023年开始修建的新桥梁将于明年春天通车，预计每天可以减少两万辆汽车的绕行。"
	more := []string{
		"工程师表示，桥梁的主体结构已经完成，目前正在进行路面和照明设备的安装工作，整个工程进展顺利。",
		"当地居民对新桥梁的建设表示欢迎，许多人认为这将大大缩短他们每天上下班所需要的时间和费用。",
		"交通部门还计划在桥梁两端增设公交车站，并开通三条新的公交线路，方便没有汽车的居民出行。",
	}
	runExtractCases(t, []extractCase{
		{"dated sentence in Chinese opens the body, dateline goes",
			rulesPage("新桥梁", `<div class="article-body"><p>2024年3月5日 10:30</p><p>`+sentence+`</p><p>`+strings.Join(more, "</p><p>")+`</p></div>`),
			sentence + "\n\n" + strings.Join(more, "\n\n")},
	})
}

// Italian and Ukrainian paragraphs for the rules below, written for these
// tests.
var (
	itParas = []string{
		"Il consiglio comunale ha approvato giovedì sera il piano per riaprire il vecchio mercato coperto, chiuso da sei anni dopo i danni causati dall'alluvione di novembre.",
		"I lavori partiranno in primavera e dureranno circa diciotto mesi, con un costo stimato di quattro milioni di euro coperto in gran parte da fondi regionali.",
		"Secondo l'assessore, i banchi saranno assegnati con un bando aperto ai produttori della provincia, con una quota riservata alle aziende agricole giovani.",
		"Le associazioni dei commercianti hanno chiesto che il cantiere non blocchi le strade del centro durante le settimane delle feste di dicembre.",
		"Il progetto prevede anche una piccola piazza coperta per i concerti estivi e un parcheggio per le biciclette accanto all'ingresso principale.",
	}
	ukParas = []string{
		"Міська рада в четвер ухвалила програму ремонту трьох шкіл на лівому березі, які постраждали від зимових обстрілів і досі працюють лише частково.",
		"За словами директорки департаменту освіти, підрядників оберуть на відкритих торгах до кінця квітня, а перші класи відкриють уже у вересні.",
		"Батьки учнів попросили встановити в кожній школі укриття з запасом води та генератором, щоб заняття не переривалися під час тривог.",
		"Кошти на ремонт надійдуть з міського бюджету та від двох міжнародних донорів, які вже фінансували подібні роботи в сусідніх громадах.",
		"Після ремонту в школах також облаштують нові їдальні, спортивні зали та кабінети інформатики з сучасним обладнанням для старших класів.",
	}
)

// TestSectionHeadingsInH1: some editors set every heading of a post in
// <h1>. An h1 after the first paragraph of the body is a section heading
// and stays; the headline above the body still goes.
func TestSectionHeadingsInH1(t *testing.T) {
	it := itParas
	tests := []extractCase{
		{"h1 section headings after the first paragraph stay",
			rulesPage("Riapre il mercato coperto", `<h1>Riapre il mercato coperto</h1><div class="post-body">`+
				`<p>`+it[0]+`</p><p>`+it[1]+`</p><h1>Chi potrà vendere</h1><p>`+it[2]+`</p><p>`+it[3]+`</p>`+
				`<h1>Una piazza per i concerti</h1><p>`+it[4]+`</p></div>`),
			it[0] + "\n\n" + it[1] + "\n\nChi potrà vendere\n\n" + it[2] + "\n\n" + it[3] + "\n\nUna piazza per i concerti\n\n" + it[4]},
		{"the headline in the body container above the first paragraph goes",
			rulesPage("Riapre il mercato coperto", `<div class="post-body"><h1>Il mercato coperto riaprirà dopo sei anni</h1>`+
				`<p>`+strings.Join(it[0:4], "</p><p>")+`</p></div>`),
			strings.Join(it[0:4], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestLinkedSubheadings: a subheading that is a link (a review of several
// products, each heading linking to its product) is a heading of the body
// when a paragraph of prose follows it in the same container. Linked
// headings over short blurbs, and "Read also:" headings, still go.
func TestLinkedSubheadings(t *testing.T) {
	uk := ukParas
	review := []string{
		"The first model is the lightest of the group and folds flat in a few seconds, which makes it the easiest to carry on a train, though its small wheels rattle on cobbles and its brakes need adjusting after a month.",
		"The second model costs twice as much but has a battery that lasted a full week of commuting in our test, a sturdy rack for a child seat, and lights that stay on for a minute after the bike stops.",
	}
	guides := []string{
		"La prima guida è la più completa del gruppo e segue dodici itinerari a piedi tra i rioni, con mappe chiare e orari aggiornati dei musei, anche se le foto sono piccole e la carta si strappa facilmente.",
		"La seconda costa meno ma propone soltanto sei passeggiate lungo il fiume, tutte con indicazioni precise sui trasporti pubblici, un capitolo sui mercati di quartiere e un elenco di bar aperti la domenica.",
	}
	tests := []extractCase{
		{"linked product headings over long reviews stay",
			rulesPage("Two city bikes", `<h1>Two city bikes</h1><div class="review-body"><p>`+paras[0]+`</p><p>`+paras[1]+`</p>`+
				`<h3><a href="https://shop.example/fold">Fold One ($450)</a></h3><p>`+review[0]+`</p>`+
				`<h3><a href="https://shop.example/cargo">Cargo Two ($900)</a></h3><p>`+review[1]+`</p></div>`),
			paras[0] + "\n\n" + paras[1] + "\n\nFold One ($450)\n\n" + review[0] + "\n\nCargo Two ($900)\n\n" + review[1]},
		{"linked headings with a colon inside a quoted title stay",
			rulesPage("Due guide", `<h1>Due guide</h1><div class="review-body"><p>`+itParas[0]+`</p><p>`+itParas[1]+`</p>`+
				`<h3><a href="https://libri.example/roma">«Roma: la città eterna» (25 euro)</a></h3><p>`+guides[0]+`</p>`+
				`<h3><a href="https://books.example/kyiv">“Kyiv: A Walking Guide” ($18)</a></h3><p>`+guides[1]+`</p></div>`),
			itParas[0] + "\n\n" + itParas[1] + "\n\n«Roma: la città eterna» (25 euro)\n\n" + guides[0] + "\n\n“Kyiv: A Walking Guide” ($18)\n\n" + guides[1]},
		{"linked headings over short blurbs and read-also headings go",
			rulesPage("Ремонт шкіл", `<h1>Ремонт шкіл</h1><div class="article-body"><p>`+strings.Join(uk[0:4], "</p><p>")+`</p>`+
				`<h3><a href="/n/1">Новий міст відкриють у травні</a></h3><p>Рух мостом відновлять після перевірки опор, яку інженери завершать до кінця місяця.</p>`+
				`<h3><a href="/n/2">Трамваї повертаються на Подільську</a></h3><p>Перший рейс заплановано на понеділок зранку, а повний графік оприлюднять у неділю.</p>`+
				`<h3><a href="/n/3">Читайте також: ціни на хліб</a></h3><p>`+uk[4]+`</p></div>`),
			strings.Join(uk[0:4], "\n\n") + "\n\nРух мостом відновлять після перевірки опор, яку інженери завершать до кінця місяця.\n\nПерший рейс заплановано на понеділок зранку, а повний графік оприлюднять у неділю.\n\n" + uk[4]},
	}
	runExtractCases(t, tests)
}

// TestHeadingSlugIDs: an id made from the title of its section (as
// documentation and blog generators write them) says what the section is
// about, so a furniture word in it ("sharing", "related") does not prune
// the section. Short ids and ids that do not spell the heading still count.
func TestHeadingSlugIDs(t *testing.T) {
	p := paras
	tests := []extractCase{
		{"section whose id spells its heading stays",
			rulesPage("Grid notes", `<h1>Grid notes</h1><div class="document"><p>`+strings.Join(p[0:3], "</p><p>")+`</p>`+
				`<div id="sharing-spare-capacity-with-neighbours"><h2>Sharing spare capacity with neighbours</h2>`+
				`<p>`+p[3]+`</p><p>`+p[4]+`</p></div></div>`),
			strings.Join(p[0:3], "\n\n") + "\n\nSharing spare capacity with neighbours\n\n" + strings.Join(p[3:5], "\n\n")},
		{"furniture ids that do not spell their heading, and short ids, still go",
			rulesPage("Grid notes", `<h1>Grid notes</h1><div class="document"><p>`+strings.Join(p[0:3], "</p><p>")+`</p>`+
				`<div id="related-stories-box"><h2>Leggi anche</h2><p>`+itParas[0]+`</p></div>`+
				`<div id="comments"><h2>Comments</h2><p>`+itParas[1]+`</p></div></div>`),
			strings.Join(p[0:3], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestSlideshows: a photo slideshow inside an article — a box with a slide
// counter ("1 / 4", or "1/12 Title" on every slide) and the captions —
// goes; fractions in a recipe stay, and so does a slideshow that is the
// whole article.
func TestSlideshows(t *testing.T) {
	p := paras
	captions := []string{
		"Engineers lower a new transformer onto its base at the northern substation, which was rebuilt over the winter after a fire.",
		"The control room of the substation, where two operators now watch the whole eastern network from a single wall of screens.",
		"A mobile turbine arrives by lorry at the edge of the town, where it will cover the evening peak until the repairs are finished.",
	}
	body := func(inner string) string {
		return rulesPage("Substation rebuilt", `<h1>Substation rebuilt</h1><div class="article-body">`+inner+`</div>`)
	}
	tests := []extractCase{
		{"slideshow with a counter line goes",
			body(`<p>` + strings.Join(p[0:3], "</p><p>") + `</p><div class="media"><div class="count">1 / 4</div>` +
				`<div><h2>` + captions[0] + `</h2><p>` + captions[1] + `</p></div></div><p>` + strings.Join(p[3:5], "</p><p>") + `</p>`),
			strings.Join(p[0:5], "\n\n")},
		{"numbered slide captions go",
			body(`<p>` + strings.Join(p[0:4], "</p><p>") + `</p><div class="box"><ul>` +
				`<li><h3><span>1/12</span> New transformer</h3><p>` + captions[0] + `</p></li>` +
				`<li><h3><span>2/12</span> Control room</h3><p>` + captions[1] + `</p></li>` +
				`<li><h3><span>3/12</span> Mobile turbine</h3><p>` + captions[2] + `</p></li></ul></div>`),
			strings.Join(p[0:4], "\n\n")},
		{"recipe fractions stay",
			rulesPage("Torta di mele", `<h1>Torta di mele</h1><div class="article-body"><p>`+strings.Join(itParas[0:3], "</p><p>")+`</p>`+
				`<ul><li>1/2 cucchiaino di cannella in polvere</li><li>3/4 di bicchiere di latte intero</li><li>1/3 di bustina di lievito</li></ul><p>`+itParas[3]+`</p></div>`),
			strings.Join(itParas[0:3], "\n\n") + "\n\n1/2 cucchiaino di cannella in polvere\n3/4 di bicchiere di latte intero\n1/3 di bustina di lievito\n\n" + itParas[3]},
		{"a ratio in a table cell stays",
			body(`<p>` + strings.Join(p[0:3], "</p><p>") + `</p><table><tr><td>Turbines delivered</td><td>5/9</td></tr>` +
				`<tr><td>Substations repaired</td><td>12/20</td></tr></table><p>` + strings.Join(p[3:5], "</p><p>") + `</p>`),
			strings.Join(p[0:3], "\n\n") + "\n\nTurbines delivered\n\n5/9\n\nSubstations repaired\n\n12/20\n\n" + strings.Join(p[3:5], "\n\n")},
		{"a slideshow that is the whole article stays",
			body(`<p>` + p[0] + `</p><ul>` +
				`<li><h3>1/4 New transformer</h3><p>` + captions[0] + `</p></li>` +
				`<li><h3>2/4 Control room</h3><p>` + captions[1] + `</p></li>` +
				`<li><h3>3/4 Mobile turbine</h3><p>` + captions[2] + `</p></li></ul>`),
			p[0] + "\n\n1/4 New transformer\n\n" + captions[0] + "\n\n2/4 Control room\n\n" + captions[1] + "\n\n3/4 Mobile turbine\n\n" + captions[2]},
	}
	runExtractCases(t, tests)
	for _, tt := range []struct {
		s        string
		i, n     int
		lone, ok bool
	}{
		{"1 / 5", 1, 5, true, true}, {"2/50 United", 2, 50, false, true}, {"3 of 12", 3, 12, true, true},
		{"4 di 9", 4, 9, true, true}, {"2 з 7", 2, 7, true, true}, {"24/7 service", 0, 0, false, false},
		{"7/3", 0, 0, false, false}, {"1/2cup", 0, 0, false, false}, {"12345/99999", 0, 0, false, false},
	} {
		i, n, lone, ok := slideCounter(tt.s)
		if i != tt.i || n != tt.n || lone != tt.lone || ok != tt.ok {
			t.Errorf("slideCounter(%q) = %d, %d, %v, %v; want %d, %d, %v, %v", tt.s, i, n, lone, ok, tt.i, tt.n, tt.lone, tt.ok)
		}
	}
}

// TestImageInsideSentence: an image after words of the same line (a
// formula, a symbol) sits inside a sentence, so its paragraph is not a
// caption; a photo at the start of a short caption still makes it one.
func TestImageInsideSentence(t *testing.T) {
	p := paras
	formula := "The load on each line is then given by the ratio <img src=\"/f/1.svg\" alt=\"P/V\"> and never exceeds the rated value."
	body := func(inner string) string {
		return rulesPage("Line loads", `<h1>Line loads</h1><div class="article-body">`+inner+`</div>`)
	}
	tests := []extractCase{
		{"paragraph with a formula image inside stays",
			body(`<p>` + p[0] + `</p><p>` + formula + `</p><p>` + strings.Join(p[1:3], "</p><p>") + `</p>`),
			p[0] + "\n\nThe load on each line is then given by the ratio and never exceeds the rated value.\n\n" + strings.Join(p[1:3], "\n\n")},
		{"photo opening a short caption still goes",
			body(`<p>` + p[0] + `</p><p><img src="/p/line.jpg">Il cantiere della nuova linea visto dall'alto.</p><p>` + strings.Join(p[1:3], "</p><p>") + `</p>`),
			strings.Join(p[0:3], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestMetaLine: above the body, a line of fields set apart by bars or
// bullets with a date among them (site, time, update, authors) is page
// data however long it is; a sentence, a line without a date, and a line
// inside the body stay.
func TestMetaLine(t *testing.T) {
	it := itParas
	meta := "Cronaca | 12 marzo 2024, 10:15 • Aggiornato il 13 marzo 2024 alle 08:40 | Di Giulia Conti e Marco Bianchi, con la redazione locale"
	noDate := "Cronaca | Economia • Lavoro | Mercati e consumi nella provincia, con le notizie dei comuni e delle associazioni di categoria"
	body := func(inner string) string {
		return rulesPage("Riapre il mercato coperto", `<h1>Riapre il mercato coperto</h1><div class="article-body">`+inner+`</div>`)
	}
	tests := []extractCase{
		{"long dateline with bars and bullets goes",
			body(`<p>` + meta + `</p><p>` + strings.Join(it[0:4], "</p><p>") + `</p>`),
			strings.Join(it[0:4], "\n\n")},
		{"line without a date, and a dateline inside the body, stay",
			body(`<p>` + noDate + `</p><p>` + strings.Join(it[0:2], "</p><p>") + `</p><p>` + meta + `</p><p>` + it[2] + `</p>`),
			noDate + "\n\n" + strings.Join(it[0:2], "\n\n") + "\n\n" + meta + "\n\n" + it[2]},
	}
	runExtractCases(t, tests)
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{meta, true}, {noDate, false},
		{"Il ministero | la regione • il comune hanno firmato l'accordo il 12 marzo 2024.", false},
		{"Київ | 5 березня 2024, 14:20 | Автор: Олена Коваль", true},
	} {
		if got := metaLine(tt.s); got != tt.want {
			t.Errorf("metaLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestTeaserMark(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Read also: prices of bread", true},
		{"Читайте також: ціни на хліб", true},
		{"Leggi anche » Il nuovo ponte", true},
		{"News | Grid repairs", true},
		{"“Until Dawn: Rush of Blood” ($20)", false},
		{"«Roma: la città eterna» (25 euro)", false},
		{"„Київ: путівник“ (200 грн)", false},
		{"«Книга „Київ: путівник“» вийшла", false},
		{"\"Kyiv: A Walking Guide\" ($18)", false},
		{"Sony’s PlayStation VR: a review", true},
		{"How the fund works", false},
		{"«Roma» e Milano: le due città", true},
	} {
		if got := teaserMark(tt.s); got != tt.want {
			t.Errorf("teaserMark(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestTitledStory: a page that prints the next stories in full below the
// article (infinite scroll) keeps the story whose heading repeats the
// page's title, even when a later story is longer; a headline in a header
// above the body changes nothing.
func TestTitledStory(t *testing.T) {
	p := paras
	story := func(title string, ps []string) string {
		return `<article class="list__item"><header class="list__header"><h2>` + title + `</h2></header>` +
			`<div class="detail__content"><p>` + strings.Join(ps, "</p><p>") + `</p></div></article>`
	}
	runExtractCases(t, []extractCase{
		{"the titled story before a longer next one",
			rulesPage("Grid operator finishes the northern repairs",
				story("Grid operator finishes the northern repairs", p[0:6])+story("Donors pledge more for district heating", p[6:16])),
			strings.Join(p[0:6], "\n\n")},
		{"the longest story when no heading repeats the title",
			rulesPage("Energy news of the week",
				story("Grid operator finishes the northern repairs", p[0:6])+story("Donors pledge more for district heating", p[6:16])),
			strings.Join(p[6:16], "\n\n")},
		{"a headline in a header above the body",
			rulesPage("Grid operator finishes the northern repairs",
				`<header class="page-head"><h1>Grid operator finishes the northern repairs</h1></header>`+
					`<div class="story-body"><p>`+strings.Join(p[0:6], "</p><p>")+`</p></div>`),
			strings.Join(p[0:6], "\n\n")},
	})
}

// TestBodyInFurnitureNamedBoxes: an article body split into boxes whose
// class names furniture ("intext-links", a style for links in running
// text) inside a content-named container is the article; a related-links
// box of the same name beside a real body is still dropped.
func TestBodyInFurnitureNamedBoxes(t *testing.T) {
	p := paras
	box := func(ps []string) string {
		return `<div class="intext-links"><p>` + strings.Join(ps, "</p><p>") + "</p></div>"
	}
	ad := `<div class="adunit"><div id="slot-7"></div></div>`
	related := `<div class="intext-links"><ul><li><a href="/r/1">Grid repairs finished in the north</a></li><li><a href="/r/2">Heating tariffs stay frozen</a></li></ul></div>`
	tests := []extractCase{
		{"body split into two boxes around an ad",
			rulesPage("Donors pledge new turbines", `<h1>Donors pledge new turbines</h1><div class="article__markdown print">`+
				box(p[0:4])+ad+box(p[4:8])+`</div>`+
				`<div class="old-browser-info"><p>You are using an outdated browser with limited functions and security gaps; please update it or switch to another one.</p></div>`),
			strings.Join(p[0:8], "\n\n")},
		{"a links box beside the body still goes",
			rulesPage("Donors pledge new turbines", `<h1>Donors pledge new turbines</h1><div class="article-content">`+
				"<p>"+strings.Join(p[0:5], "</p><p>")+"</p>"+related+`</div>`),
			strings.Join(p[0:5], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestJoinersKept: zero-width joiners and non-joiners between letters are
// part of the spelling (Persian, Indic scripts) and stay; elsewhere, like
// other zero-width characters, they are dropped.
func TestJoinersKept(t *testing.T) {
	body := func(s string) string {
		return rulesPage("Joiners", "<article><p>"+s+" "+paras[0]+"</p></article>")
	}
	tests := []extractCase{
		{"non-joiner inside a Persian word", body("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"), "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 " + paras[0]},
		{"joiner inside a Devanagari word", body("\u0915\u094d\u200d\u0937"), "\u0915\u094d\u200d\u0937 " + paras[0]},
		{"non-joiner at a word's edge goes", body("\u200cword\u200c"), "word " + paras[0]},
		{"zero-width space inside a word goes", body("Kyi\u200bv"), "Kyiv " + paras[0]},
	}
	runExtractCases(t, tests)
}

// TestNoscriptFallback: a page that renders its post by script and prints
// it for script-less readers only inside <noscript> gives that text; a
// page with a real body keeps it and ignores its <noscript> blocks.
func TestNoscriptFallback(t *testing.T) {
	p := paras
	post := "<p>" + strings.Join(p[0:5], "</p><p>") + "</p>"
	tests := []extractCase{
		{"post only in noscript",
			rulesPage("Safer downloads", `<div class="post"><h1>Safer downloads</h1><div class="post-body">`+
				`<script type="text/template">`+post+`</script><NoScript>`+post+`</NoScript></div></div>`),
			strings.Join(p[0:5], "\n\n")},
		{"real body with a noscript pixel and notice",
			rulesPage("Safer downloads", `<h1>Safer downloads</h1><article>`+"<p>"+strings.Join(p[5:9], "</p><p>")+"</p></article>"+
				`<noscript><img src="/pixel.gif" alt=""><p>Please enable JavaScript in your browser settings to see the comments, the photo galleries and the live updates on this page.</p></noscript>`),
			strings.Join(p[5:9], "\n\n")},
	}
	runExtractCases(t, tests)
}

// TestCommentSectionsByName: a readers' comment section goes whether its
// class names it in English, in another language ("comentarios",
// "komentarze", "kommentarer", glued onto a prefix) or only its microdata
// says so (itemtype Comment, itemprop commentText); an opinion column whose
// class has the word keeps its text.
func TestCommentSectionsByName(t *testing.T) {
	p := paras
	// The section sits inside the story's container, as on pages that
	// print the comments under the text.
	story := func(section string) string {
		return rulesPage("Grid notes", `<h1>Grid notes</h1><div class="story"><p>`+strings.Join(p[0:4], "</p><p>")+`</p>`+section+`</div>`)
	}
	comment := `<p>` + itParas[0] + `</p><p>` + itParas[1] + `</p>`
	want := strings.Join(p[0:4], "\n\n")
	tests := []extractCase{
		{"Portuguese class glued to a prefix",
			story(`<div id="boxComentarios" class="glbComentarios"><div class="glbComentarios-lista">` + comment + `</div></div>`), want},
		{"Polish class", story(`<section class="komentarze-lista">` + comment + `</section>`), want},
		{"Norwegian class", story(`<div class="kommentarer">` + comment + `</div>`), want},
		{"microdata comment type",
			story(`<div class="thread"><div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Anna</span>` + comment + `</div></div>`), want},
		{"microdata comment with its own text property",
			story(`<div class="thread"><div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Anna</span><div itemprop="text">` + comment + `</div></div></div>`), want},
		{"microdata comment text",
			story(`<div class="thread"><p itemprop="commentText">` + itParas[0] + `</p><p itemprop="commentText">` + itParas[1] + `</p></div>`), want},
		// German and Polish papers also name an opinion column so.
		{"opinion column named Kommentar stays",
			rulesPage("Grid notes", `<h1>Grid notes</h1><div class="kommentar-text"><p>`+strings.Join(p[0:4], "</p><p>")+`</p></div>`), want},
	}
	runExtractCases(t, tests)
}
