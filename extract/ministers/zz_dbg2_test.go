package ministers_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"kronika/extract/ministers"
	"kronika/extract/nations"
)

func TestZZDebug2(t *testing.T) {
	b, err := os.ReadFile("/tmp/mdbg/in2.txt")
	if err != nil {
		t.Skip()
	}
	nx, mx := nations.New(), ministers.New()
	for _, blk := range strings.Split(string(b), "\n===\n") {
		lang := "en"
		if strings.HasPrefix(blk, "@") {
			lang = blk[1:3]
			blk = blk[4:]
		}
		e := pipeline(nx, mx, blk, lang, "2024-06-01")
		fmt.Printf("--- [%s] %.80q\n", lang, blk)
		for _, m := range e.Ministers {
			fmt.Printf("   %s/%s/%s/%s %q %v\n", m.Name, m.Nation, m.Role, m.Portfolio, m.Aliases, m.Mentions)
		}
	}
}
