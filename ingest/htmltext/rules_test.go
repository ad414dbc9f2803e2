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
