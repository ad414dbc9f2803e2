package ministers

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"

	"kronika/corpus"
	"kronika/extract/token"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	if os.Getenv("ZZCPU") == "" {
		t.Skip()
	}
	x := New()
	for _, a := range [][2]string{{"en_ramstein.txt", "en"}, {"it_coalizione.txt", "it"}, {"uk_koalitsiia.txt", "uk"}, {"en_kyiv_visit.txt", "en"}, {"it_governo.txt", "it"}, {"uk_uriad.txt", "uk"}} {
		text := readArticle(t, a[0])
		for len(text) < 3000 {
			text += "\n\n" + readArticle(t, a[0])
		}
		d := token.New(text, a[1], "2024-06-01")
		nations := fakeNations(d)
		n := 20000
		for i := 0; i < 2000; i++ {
			e := corpus.Entities{Nations: nations}
			x.Extract(d, &e)
		}
		best := 1e18
		for rep := 0; rep < 3; rep++ {
			c0 := cpuNow()
			for i := 0; i < n; i++ {
				e := corpus.Entities{Nations: nations}
				x.Extract(d, &e)
			}
			el := float64(cpuNow() - c0)
			if el < best {
				best = el
			}
		}
		fmt.Printf("%-20s %6.1f MB/s (cpu)\n", a[0], float64(len(text)*n)/best*1e9/1e6)
	}
}
