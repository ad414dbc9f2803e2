package htmltext

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		value string
		want  hint
	}{
		{"entry-content clearfix", hint{positive: true, body: true}},
		{"post hentry comments-open", hint{positive: true, negative: true, comment: true, hardNeg: true}},
		{"article-meta", hint{negative: true, leafNeg: true, hardNeg: true}},
		{"sharedaddy sd-sharing-enabled", hint{negative: true, leafNeg: true, hardNeg: true}},
		{"relatedPosts", hint{negative: true, leafNeg: true, hardNeg: true}},
		{"field field--name-body field--label-hidden", hint{positive: true, negative: true, body: true, hardNeg: true}},
		{"screen-reader-text", hint{negative: true, hidden: true, hardNeg: true}},
		{"c-7f3a", hint{}},
		{"articleBody", hint{positive: true, body: true}},
		{"col-md-8", hint{}},
		{"commentlist", hint{negative: true, comment: true, hardNeg: true}},
		// Header blocks and summaries: soft hints judged by content.
		{"article-header", hint{negative: true}},
		{"contentHeader has-sharing with-comments", hint{negative: true}},
		{"contentHeader__abstract", hint{lead: true}},
		{"teaser-text", hint{lead: true}},
		{"news-teaser related", hint{negative: true, hardNeg: true, leafNeg: true, lead: true}},
		{"c-article__intro", hint{lead: true}},
	}
	for _, tt := range tests {
		var h hint
		classify(&h, tt.value)
		if h != tt.want {
			t.Errorf("classify(%q) = %+v, want %+v", tt.value, h, tt.want)
		}
	}
}

func TestSplitName(t *testing.T) {
	got := splitName(nil, "postContent-2_mainBODY")
	want := []string{"post", "content", "main", "body"}
	if len(got) != len(want) {
		t.Fatalf("splitName = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("splitName = %q, want %q", got, want)
		}
	}
}

func TestSquash(t *testing.T) {
	tests := map[string]string{
		"Article__Body": "articlebody", "article-body": "articlebody", "c-7f3a": "c7f3a",
		"Стаття_Текст": "статтятекст", "città": "città", "a\xffb": "ab", "": "",
		"\u0130x": "ix", // İ lower-cases to a plain i
	}
	for in, want := range tests {
		if got := string(squash(nil, in)); got != want {
			t.Errorf("squash(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHiddenClass(t *testing.T) {
	tests := map[string]bool{
		"sr-only": true, "foo visually-hidden": true, "Screen_Reader_Text": true,
		"hidden-xs": false, "shadow": false, "": false,
	}
	for in, want := range tests {
		if got := hiddenClass(in); got != want {
			t.Errorf("hiddenClass(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNegativeSubstring(t *testing.T) {
	tests := map[string]string{
		"relatedposts": "related", "sharebar": "sharebar", "xxcommentlist": "comment",
		"articlebody": "", "ab": "", "читайтетакожблок": "читайтетакож",
	}
	for in, want := range tests {
		if got := negativeSubstring([]byte(in)); got != want {
			t.Errorf("negativeSubstring(%q) = %q, want %q", in, got, want)
		}
	}
}
