package htmltext

import (
	"fmt"
	"strings"
	"testing"
)

// paras are prose paragraphs for synthetic layouts; each is long enough to
// count as a paragraph and distinct enough for shingle scoring.
var paras = func() []string {
	subjects := []string{"The ministry", "Local officials", "The operator", "Analysts in Kyiv", "The commission", "Several donors", "The council", "Engineers"}
	verbs := []string{"said on Tuesday that", "confirmed that", "warned that", "expect that", "reported that", "announced that", "argued that", "estimated that"}
	objects := []string{"repairs to the northern substations would take until April", "the new fund would start paying out in the second quarter",
		"winter demand had peaked earlier than in previous years", "imports from neighbouring grids covered most of the shortfall",
		"the tender for mobile turbines had attracted eleven bidders", "a second phase of the programme would focus on district heating",
		"households in frontline towns would receive generators first", "the price cap on electricity would stay in place until summer"}
	var out []string
	for i := 0; i < 16; i++ {
		out = append(out, fmt.Sprintf("%s %s %s, and paragraph %d adds detail about costs, timing and the people affected.",
			subjects[i%8], verbs[(i*3)%8], objects[(i*5)%8], i+1))
	}
	return out
}()

const furniture = `<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a></nav>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Headline one about a thing</a></li><li><a href="/b">Headline two about a thing</a></li></ul>
<p>Sign up for the evening newsletter to get the day's top stories delivered to your inbox.</p></div>`

func TestStructures(t *testing.T) {
	wrap := func(body string) string {
		return "<!doctype html><html><head><title>Structure test</title></head><body>" + furniture + body +
			`<footer><p>Copyright 2024 Example Media. All rights reserved. Terms and privacy.</p></footer></body></html>`
	}
	join := func(ps []string, open, close, sep string) string {
		var b strings.Builder
		for i, p := range ps {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(open + p + close)
		}
		return b.String()
	}
	p := paras
	tests := []struct {
		name string
		page string
		want string
	}{
		{"sections with subheadings", wrap("<article>" +
			"<section><h2>Repairs</h2>" + join(p[0:3], "<p>", "</p>", "") + "</section>" +
			"<section><h2>Money</h2>" + join(p[3:6], "<p>", "</p>", "") + "</section>" +
			"<section><h2>Next steps</h2>" + join(p[6:9], "<p>", "</p>", "") + "</section></article>"),
			"Repairs\n\n" + strings.Join(p[0:3], "\n\n") + "\n\nMoney\n\n" + strings.Join(p[3:6], "\n\n") + "\n\nNext steps\n\n" + strings.Join(p[6:9], "\n\n")},
		{"div paragraphs", wrap(`<div class="x1">` + join(p[0:6], "<div>", "</div>", "") + "</div>"), strings.Join(p[0:6], "\n\n")},
		{"loose text between blocks", wrap(`<div id="c">` + p[0] + "<p>" + p[1] + "</p>" + p[2] + "<p>" + p[3] + "</p></div>"), strings.Join(p[0:4], "\n\n")},
		{"one p with br breaks", wrap(`<div class="c"><p>` + join(p[0:5], "", "", "<br><br>") + "</p></div>"), strings.Join(p[0:5], "\n\n")},
		{"wrapped paragraphs", wrap(`<div class="b">` + join(p[0:5], `<div class="para"><p>`, "</p></div>", "") + "</div>"), strings.Join(p[0:5], "\n\n")},
		{"blockquote and list", wrap("<div>" + "<p>" + p[0] + "</p><blockquote><p>" + p[1] + "</p></blockquote><ul><li>first point of the list</li><li>second point of the list</li></ul><p>" + p[2] + "</p></div>"),
			p[0] + "\n\n" + p[1] + "\n\nfirst point of the list\nsecond point of the list\n\n" + p[2]},
		{"two paragraphs only", wrap(`<div class="story">` + join(p[0:2], "<p>", "</p>", "") + "</div>"), strings.Join(p[0:2], "\n\n")},
		{"inline links in prose", wrap(`<div>` + join(p[0:4], "<p>", ` See <a href="/r">the report</a>.</p>`, "") + "</div>"),
			join(p[0:4], "", " See the report.", "\n\n")},
		{"body split by ads", wrap(`<div class="post">` + join(p[0:3], "<p>", "</p>", "") + `<div class="ad-slot">Advertisement</div>` +
			join(p[3:6], "<p>", "</p>", "") + `<div class="promo-box"><a href="/sub">Subscribe now</a></div>` + join(p[6:8], "<p>", "</p>", "") + "</div>"),
			strings.Join(p[0:8], "\n\n")},
		{"layout table", wrap(`<table><tr><td class="nav"><a href="/1">One</a><br><a href="/2">Two</a></td><td>` + join(p[0:4], "", "", "<br><br>") + "</td></tr></table>"),
			strings.Join(p[0:4], "\n\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractString(tt.page, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if f1, pr, rc := shingleF1(a.Text, tt.want); f1 < 0.95 {
				t.Errorf("F1 %.3f (p %.3f r %.3f)\n got %q\nwant %q", f1, pr, rc, a.Text, tt.want)
			}
			if a.Text != tt.want {
				t.Logf("layout differs:\n got %q\nwant %q", a.Text, tt.want)
			}
		})
	}
}

// TestInBodyRules checks the per-paragraph rules applied inside the chosen
// container: what real pages put in an article body that must be kept
// (anchors, long linked sentences, dated sentences, intros set as headings,
// drop caps, linked subheadings) and what must go (photo credits, link
// lines, embedded posts).
func TestInBodyRules(t *testing.T) {
	p := paras
	join := func(ps []string, open, close, sep string) string {
		var b strings.Builder
		for i, p := range ps {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(open + p + close)
		}
		return b.String()
	}
	body := func(inner string) string {
		return "<!doctype html><html><head><title>Rules test</title></head><body>" + furniture +
			`<div class="article-body">` + inner + `</div></body></html>`
	}
	runExtractCases(t, []extractCase{
		{"named anchor is not a link",
			body(`<p><a name="costs">` + p[0] + `</a></p><p>` + p[1] + `</p><p>` + p[2] + `</p>`),
			strings.Join(p[0:3], "\n\n")},
		{"sentence mostly linked stays, link line goes",
			body(`<p>` + p[0] + `</p><p>The agency said, <a href="/r">in a report published on Monday, that repairs would cost far more than planned.</a></p>` +
				`<p><a href="/other">Read more about the repair programme here</a></p><p>` + p[1] + `</p>`),
			p[0] + "\n\nThe agency said, in a report published on Monday, that repairs would cost far more than planned.\n\n" + p[1]},
		{"dated sentence opens the body, dateline goes",
			body(`<p>Posted 12 March 2024, 09:15</p><p>In 2023 the crossing handled one train a day.</p><p>` + p[0] + `</p><p>` + p[1] + `</p>`),
			"In 2023 the crossing handled one train a day.\n\n" + p[0] + "\n\n" + p[1]},
		{"intro set as a heading stays, box title goes",
			body(`<h2>Repair crews across the region worked through the weekend to restore power to villages cut off by the storm on Friday night.</h2>` +
				`<p>` + p[0] + `</p><h3>Related stories</h3><ul><li><a href="/x">Storm damage mapped</a></li><li><a href="/y">Who pays for repairs</a></li></ul><p>` + p[1] + `</p>`),
			"Repair crews across the region worked through the weekend to restore power to villages cut off by the storm on Friday night.\n\n" + p[0] + "\n\n" + p[1]},
		{"drop cap in its own element",
			body(`<span class="cap">T</span><p>he council met on Monday to approve the budget for the new water treatment plant, which will serve twelve villages.</p><p>` + p[0] + `</p>`),
			"The council met on Monday to approve the budget for the new water treatment plant, which will serve twelve villages.\n\n" + p[0]},
		{"photo credit goes, agency in a sentence stays",
			body(`<p>` + p[0] + `</p><p>Photograph by Jane Roe / Example Agency</p><p>AFP / Marco Bianchi</p>` +
				`<p>Reuters reported that the talks would resume in Geneva next week after a pause of almost a month.</p><p>` + p[1] + `</p>`),
			p[0] + "\n\nReuters reported that the talks would resume in Geneva next week after a pause of almost a month.\n\n" + p[1]},
		{"embedded post goes",
			body(`<p>` + p[0] + `</p><blockquote class="twitter-tweet"><p>Big day for the valley! The new line is finally open and trains are running on time.</p>&mdash; Some Account (@someaccount)</blockquote><p>` + p[1] + `</p>`),
			p[0] + "\n\n" + p[1]},
		{"caption box around a photo goes",
			body(`<p>` + p[0] + `</p><div class="media"><a href="/img/1"><img src="/1.jpg"></a><div class="media__text"><div>Goats on the island before they were moved to the mainland.</div>` +
				`<div>Photograph by Jane Roe</div></div></div><p>` + p[1] + `</p>`),
			p[0] + "\n\n" + p[1]},
		{"caption ending with its credit goes, long paragraph with a credit stays",
			body(`<p>` + p[0] + `</p><p>Doctors examine a child in the ward on Monday. Photo: Jane Roe/Example Agency</p><p>` + p[1] + ` ` + p[2] + ` ` + p[3] + `Foto: Studio Riva</p>`),
			p[0] + "\n\n" + p[1] + " " + p[2] + " " + p[3] + "Foto: Studio Riva"},
		{"byline under the standfirst goes",
			`<!doctype html><html><head><title>Rules test</title></head><body>` + furniture + `<h1>Grid repairs</h1><div class="standfirst"><p>` + p[4] +
				`</p></div><div class="article-body"><p>By Jane Doe</p><p>` + p[0] + `</p><p>` + p[1] + `</p></div></body></html>`,
			p[4] + "\n\n" + p[0] + "\n\n" + p[1]},
		{"summary repeated as the first paragraph",
			body(`<div class="summary"><p>` + p[0] + `</p></div><div class="text"><p>` + p[0] + `</p><p>` + p[1] + `</p><p>` + p[2] + `</p></div>`),
			strings.Join(p[0:3], "\n\n")},
		{"linked subheadings do not sink the body",
			body(`<div class="text-editor"><h3><a href="/fund">How the fund works</a></h3>` +
				join(p[0:2], "<p>", ` Details are in <a href="/r">the programme's published annual report and its annexes</a>.</p>`, "") +
				`<h3><a href="/apply">How to apply</a></h3>` +
				join(p[2:4], "<p>", ` Details are in <a href="/r">the programme's published annual report and its annexes</a>.</p>`, "") + `</div>`),
			// The linked subheadings are headings of the body (see
			// TestLinkedSubheadings), so they stay too.
			"How the fund works\n\n" + join(p[0:2], "", " Details are in the programme's published annual report and its annexes.", "\n\n") +
				"\n\nHow to apply\n\n" + join(p[2:4], "", " Details are in the programme's published annual report and its annexes.", "\n\n")},
	})
}

// TestScriptRenderedArticle: an article page whose body is filled in by
// script has no article text in its HTML; its declared summary is used
// rather than returning nothing, but only on a page that says it is an
// article.
func TestScriptRenderedArticle(t *testing.T) {
	desc := "The regional council approved a plan on Tuesday to rebuild three bridges damaged by the spring floods before the end of next year."
	page := func(ogType string) string {
		return `<!doctype html><html><head><title>Bridges to be rebuilt</title><meta property="og:type" content="` + ogType +
			`"><meta name="description" content="` + desc + `"></head><body><nav><a href="/">Home</a></nav>` +
			`<div id="app"></div><script>window.render()</script></body></html>`
	}
	for _, tt := range []struct {
		ogType, want string
	}{
		{"article", desc},
		{"website", ""},
	} {
		a, err := ExtractString(page(tt.ogType), "", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != tt.want {
			t.Errorf("og:type %s: got %q, want %q", tt.ogType, a.Text, tt.want)
		}
	}
}
