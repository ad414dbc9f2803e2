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
