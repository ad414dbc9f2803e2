package bench

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"syscall"
	"time"
)

// start prepares a measure: garbage from the previous one is collected and
// returned to the OS, and the peak-RSS mark is reset, so each row's peak is
// its own (plus what the process holds between stages: the corpus, the
// kit's tables and language models).
func (b *bench) start(label, unit string, workers int) *Measure {
	b.settle()
	return &Measure{Label: label, Unit: unit, Workers: workers, cpu0: cpuTime()}
}

// settle collects garbage, returns it to the OS and resets the peak-RSS
// mark, keeping the run's peak so far.
func (b *bench) settle() {
	b.peak = max(b.peak, peakRSSMiB())
	runtime.GC()
	debug.FreeOSMemory()
	resetPeakRSS()
}

// finish fills the throughput figures of m.
func (b *bench) finish(m *Measure, count int, size int64, elapsed time.Duration) *Measure {
	m.Count, m.Bytes = count, size
	m.Seconds = elapsed.Seconds()
	if m.Seconds > 0 {
		m.PerSec = float64(count) / m.Seconds
		m.MBPerSec = float64(size) / (1 << 20) / m.Seconds
	}
	if b.rep.PerRowRSS {
		m.PeakRSSMiB = peakRSSMiB()
	}
	if m.cpu0 > 0 && count > 0 {
		m.CPUMSPerItem = float64((cpuTime() - m.cpu0).Microseconds()) / 1000 / float64(count)
	}
	return m
}

// cpuTime is the CPU time (user and system) the process has used so far;
// unlike wall time, it does not grow when other processes take the
// machine's cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAvg is the one-minute load average, or 0 where /proc is unavailable.
func loadAvg() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := bytes.Fields(data)
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(string(f[0]), 64)
	return v
}

// percentile returns the q-quantile (0..1) of ds in milliseconds, by the
// nearest-rank method; ds is sorted in place.
func percentile(ds []time.Duration, q float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	i := int(q*float64(len(ds))+0.5) - 1
	i = max(0, min(i, len(ds)-1))
	return float64(ds[i].Microseconds()) / 1000
}

func ratio(ok, n int) *float64 {
	if n == 0 {
		return nil
	}
	f := float64(ok) / float64(n)
	return &f
}

// resetPeakRSS resets the kernel's high-water mark of this process's
// resident set (Linux ≥ 4.0: writing 5 to /proc/self/clear_refs) and
// reports whether it could.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSSMiB reads VmHWM, the peak resident set since the process started
// or the last reset; 0 where /proc is unavailable.
func peakRSSMiB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Bytes()
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			f := bytes.Fields(rest)
			if len(f) == 0 {
				return 0
			}
			kb, err := strconv.ParseFloat(string(f[0]), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}
