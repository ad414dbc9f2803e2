package ministers

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b, err := os.ReadFile("/tmp/mdbg/in.txt")
	if err != nil {
		t.Skip()
	}
	x := New()
	for _, blk := range strings.Split(string(b), "\n===\n") {
		lang := "en"
		if strings.HasPrefix(blk, "@") {
			lang = blk[1:3]
			blk = blk[4:]
		}
		ms := extract(x, blk, lang, "2024-06-01")
		fmt.Printf("--- [%s] %.90q\n", lang, blk)
		for _, m := range ms {
			fmt.Printf("   %s/%s/%s/%s %q %v\n", m.Name, m.Nation, m.Role, m.Portfolio, m.Aliases, m.Mentions)
		}
	}
}
