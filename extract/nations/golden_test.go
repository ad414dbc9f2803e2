package nations

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kronika/corpus"
	"kronika/extract/token"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// articles are our own article-style texts with the codes each must yield,
// in order of first mention. The golden files hold the full output with
// every mention and offset.
var articles = []struct{ file, lang, want string }{
	{"en-coalition.txt", "en", "EE LU UA BE DK IS LV LT NL GB JP DE US PL"},
	{"en-tricky.txt", "en", "GE JO EG TD NE"},
	{"it-coalizione.txt", "it", "UA BE DK EE LU LT LV NL GB US DE PL"},
	{"it-cronaca.txt", "it", "AU GE TR GR"},
	{"uk-koalitsiya.txt", "uk", "EE LU UA BE DK LV LT NL GB US"},
	{"uk-svit.txt", "uk", "PL TR CN UA GB RU BY"},
}

func readArticle(t testing.TB, file string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestArticles(t *testing.T) {
	for _, a := range articles {
		t.Run(a.file, func(t *testing.T) {
			text := readArticle(t, a.file)
			var e corpus.Entities
			testX.Extract(token.New(text, a.lang, ""), &e)
			codes := make([]string, len(e.Nations))
			for i, n := range e.Nations {
				codes[i] = n.Code
			}
			if got := strings.Join(codes, " "); got != a.want {
				t.Errorf("codes %q, want %q", got, a.want)
			}
			checkOffsets(t, text, e)

			got, err := json.MarshalIndent(e.Nations, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(a.file, ".txt")+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("output differs from %s (run go test -update after checking):\n%s", golden, got)
			}
		})
	}
}
