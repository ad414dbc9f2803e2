package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"kronika/corpus"
	"kronika/corpus/gen"
	"kronika/index"
	"kronika/pipeline"
)

// The crash-safety proof: `kronika ingest` killed with SIGKILL at random
// moments, again and again, then run to completion, leaves every input
// document stored exactly once and indexed exactly once (duplicates
// stored but not indexed), with store and index in agreement.
//
//	go test ./cmd/kronika -run TestCrash -v                      # 12 rounds
//	go test ./cmd/kronika -run TestCrash -crash.rounds 200       # or KRONIKA_CRASH_ROUNDS=200
//	go test ./cmd/kronika -run TestCrash -crash.seed 1234        # replay a failure
var (
	crashRounds = flag.Int("crash.rounds", envInt("KRONIKA_CRASH_ROUNDS", 12), "kill-and-restart rounds of TestCrashSafety (env KRONIKA_CRASH_ROUNDS)")
	crashSeed   = flag.Uint64("crash.seed", 0, "seed of TestCrashSafety's corpus-independent choices (kill delays, batch sizes); 0 picks one and logs it")
)

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// TestMain removes the binary the tests built.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if testBinary.dir != "" {
		_ = os.RemoveAll(testBinary.dir)
	}
	os.Exit(code)
}

// testBinary is the kronika binary, built once per test run (or taken
// from KRONIKA_BIN, to test a release build).
var testBinary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func kronikaBinary(t *testing.T) string {
	t.Helper()
	testBinary.once.Do(func() {
		if p := os.Getenv("KRONIKA_BIN"); p != "" {
			testBinary.path = p
			return
		}
		dir, err := os.MkdirTemp("", "kronika-bin-")
		if err != nil {
			testBinary.err = err
			return
		}
		testBinary.dir = dir
		testBinary.path = filepath.Join(dir, "kronika")
		out, err := exec.Command("go", "build", "-o", testBinary.path, ".").CombinedOutput()
		if err != nil {
			testBinary.err = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if testBinary.err != nil {
		t.Fatal(testBinary.err)
	}
	return testBinary.path
}

// childResult is one finished kronika process.
type childResult struct {
	code    int
	stdout  string
	stderr  string
	elapsed time.Duration
	maxRSS  int64 // peak resident memory in bytes (VmHWM)
}

// runKronika runs the binary to completion (bounded by ctx) and returns
// what it did; a run cut short by ctx fails the test.
func runKronika(t *testing.T, ctx context.Context, stdin []byte, args ...string) childResult {
	t.Helper()
	cmd := exec.CommandContext(ctx, kronikaBinary(t), args...)
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("kronika %s: %v", strings.Join(args, " "), err)
	}
	// The child's own peak memory is its VmHWM. (Its rusage would not
	// do: ru_maxrss also counts the test process, whose memory the child
	// shared until exec.) Polled while it runs; growth in its last few
	// milliseconds may be missed.
	stopPoll := make(chan struct{})
	peak := make(chan int64, 1)
	go func() {
		var hwm int64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			hwm = max(hwm, vmHWM(cmd.Process.Pid))
			select {
			case <-stopPoll:
				peak <- hwm
				return
			case <-tick.C:
			}
		}
	}()
	err := cmd.Wait()
	close(stopPoll)
	res := childResult{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start), maxRSS: <-peak}
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("kronika %s: did not finish within the time limit (%s)\nstderr:\n%s", strings.Join(args, " "), res.elapsed.Round(time.Millisecond), tail(res.stderr))
	case errors.As(err, &ee):
		res.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("kronika %s: %v", strings.Join(args, " "), err)
	}
	return res
}

// vmHWM reads the peak resident memory of a running process, in bytes;
// 0 when it cannot be read (the process has exited).
func vmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb * 1024
			}
		}
	}
	return 0
}

func tail(s string) string {
	const n = 4000
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// crashCorpus is the input of the crash test and what the store and index
// must hold after it.
type crashCorpus struct {
	sources []string
	docs    int                 // documents in the input, repeats included
	ids     map[string]bool     // distinct ids
	nonce   map[string]string   // id → the made-up word only its title (and its duplicates' titles) holds
	group   map[string][]string // original id → itself and the ids that copy its text
}

// Words for the generated articles, written for this test.
var crashWords = map[string][]string{
	"en": strings.Fields(`the ministry said on monday that the new package of support would reach the front before winter
		officials from several partner countries met in the capital to agree on training air defence ammunition and repairs
		engineers will build a second factory while the fund pays for drones radars and demining equipment this year`),
	"it": strings.Fields(`il ministero ha annunciato lunedì che il nuovo pacchetto di aiuti arriverà al fronte prima dell'inverno
		i rappresentanti dei paesi partner si sono riuniti nella capitale per concordare addestramento difesa aerea munizioni
		gli ingegneri costruiranno una seconda fabbrica mentre il fondo paga droni radar e sminamento quest'anno`),
	"uk": strings.Fields(`міністерство повідомило в понеділок що новий пакет допомоги надійде на фронт до зими
		представники країн партнерів зустрілися в столиці щоб погодити навчання протиповітряну оборону боєприпаси та ремонт
		інженери побудують другий завод а фонд оплатить дрони радари й розмінування цього року`),
}

var crashLangs = []string{"en", "it", "uk"}

// nonceWord is a made-up word no language stems, unique per n.
func nonceWord(n int) string {
	const letters = "bcdfghjklmnpqrstvwz"
	var b strings.Builder
	b.WriteString("zq")
	for {
		b.WriteByte(letters[n%len(letters)])
		n /= len(letters)
		if n == 0 {
			break
		}
	}
	b.WriteString("x")
	return b.String()
}

// articleWords draws a text of 12–20 sentences.
func articleWords(rng *rand.Rand, lang string) []string {
	vocab := crashWords[lang]
	var out []string
	for range 12 + rng.IntN(9) {
		n := 8 + rng.IntN(8)
		for i := range n {
			w := vocab[rng.IntN(len(vocab))]
			if i == n-1 {
				w += "."
			}
			out = append(out, w)
		}
	}
	return out
}

// nearCopy changes three words of a text and adds a sentence: the same
// story republished with small edits.
func nearCopy(rng *rand.Rand, words []string, lang string) []string {
	out := slices.Clone(words)
	vocab := crashWords[lang]
	for range 3 {
		i := rng.IntN(len(out))
		w := vocab[rng.IntN(len(vocab))]
		if strings.HasSuffix(out[i], ".") {
			w += "."
		}
		out[i] = w
	}
	return append(out, vocab[rng.IntN(len(vocab))], vocab[rng.IntN(len(vocab))]+".")
}

// writeCrashCorpus writes nJSONL made-up articles as JSONL and nTxt as
// .txt files, plus exact copies, near copies and repeated lines of some of
// them, and nGen articles of the shared generator (corpus/gen) in the
// JSONL and a quarter as many as .txt files.
func writeCrashCorpus(t *testing.T, dir string, nJSONL, nTxt, nGen int, seed uint64) *crashCorpus {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 77))
	c := &crashCorpus{ids: map[string]bool{}, nonce: map[string]string{}, group: map[string][]string{}}
	type art struct {
		id, lang, title string
		words           []string
		line            []byte
	}
	var arts []art
	var jsonl bytes.Buffer
	add := func(a art) {
		d := corpus.Document{ID: a.id, Source: "crash-test", Title: a.title, Lang: "",
			Published: fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28)), Text: strings.Join(a.words, " ")}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		a.line = append(b, '\n')
		jsonl.Write(a.line)
		arts = append(arts, a)
		c.ids[a.id] = true
		c.docs++
	}
	for i := range nJSONL {
		lang := crashLangs[i%3]
		id := fmt.Sprintf("crash-%04d", i)
		nonce := nonceWord(i)
		c.nonce[id] = nonce
		c.group[id] = []string{id}
		add(art{id: id, lang: lang, title: fmt.Sprintf("%s %s %s", crashWords[lang][3], nonce, crashWords[lang][9]), words: articleWords(rng, lang)})
	}
	// Exact copies under new ids, near copies, and repeated lines (same id,
	// same content), scattered through the file.
	for k := range 12 {
		orig := arts[rng.IntN(nJSONL)]
		id := fmt.Sprintf("crash-copy-%02d", k)
		c.group[orig.id] = append(c.group[orig.id], id)
		add(art{id: id, lang: orig.lang, title: orig.title, words: orig.words})
	}
	for k := range 12 {
		orig := arts[rng.IntN(nJSONL)]
		id := fmt.Sprintf("crash-near-%02d", k)
		c.group[orig.id] = append(c.group[orig.id], id)
		add(art{id: id, lang: orig.lang, title: orig.title, words: nearCopy(rng, orig.words, orig.lang)})
	}
	// Realistic articles from the shared generator: entity-dense text in
	// the three languages, as extraction meets it in production.
	for i := range nGen {
		d := gen.Article(i, seed)
		d.ID = "g-" + d.ID
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		jsonl.Write(append(b, '\n'))
		c.ids[d.ID] = true
		c.docs++
	}
	for range 8 {
		jsonl.Write(arts[rng.IntN(len(arts))].line)
		c.docs++
	}
	path := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(path, jsonl.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c.sources = append(c.sources, path)

	// A directory of .txt files: a short first line is the title.
	txtDir := filepath.Join(dir, "txt")
	if err := os.MkdirAll(txtDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range nTxt {
		lang := crashLangs[(i+1)%3]
		id := fmt.Sprintf("txt-%04d", i)
		nonce := nonceWord(100000 + i)
		c.nonce[id] = nonce
		c.group[id] = []string{id}
		body := fmt.Sprintf("%s %s %s\n\n%s\n", crashWords[lang][5], nonce, crashWords[lang][12], strings.Join(articleWords(rng, lang), " "))
		if err := os.WriteFile(filepath.Join(txtDir, id+".txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		c.ids[id] = true
		c.docs++
	}
	// Two .txt files that repeat a JSONL article's text word for word.
	for k := range 2 {
		orig := arts[k*7]
		id := fmt.Sprintf("txt-copy-%d", k)
		if err := os.WriteFile(filepath.Join(txtDir, id+".txt"), []byte(strings.Join(orig.words, " ")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		c.group[orig.id] = append(c.group[orig.id], id)
		c.ids[id] = true
		c.docs++
	}
	for i := nGen; i < nGen+nGen/4; i++ {
		d := gen.Article(i, seed)
		id := "gtxt-" + d.ID
		if err := os.WriteFile(filepath.Join(txtDir, id+".txt"), gen.TextFile(d), 0o644); err != nil {
			t.Fatal(err)
		}
		c.ids[id] = true
		c.docs++
	}
	c.sources = append(c.sources, txtDir)
	return c
}

// statsJSON is the part of `kronika stats --json` the tests read.
type statsJSON struct {
	Store corpus.Counts `json:"store"`
	Index struct {
		Documents int `json:"documents"`
	} `json:"index"`
}

func readStats(t *testing.T, ctx context.Context, data string) statsJSON {
	t.Helper()
	r := runKronika(t, ctx, nil, "stats", "--json", "--data", data)
	if r.code != 0 {
		t.Fatalf("stats: exit %d\n%s", r.code, tail(r.stderr))
	}
	var s statsJSON
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	return s
}

// killAfter starts kronika with args and kills it with SIGKILL after
// delay; it reports whether the kill ended it (false: it had finished).
func killAfter(t *testing.T, ctx context.Context, delay time.Duration, args ...string) bool {
	t.Helper()
	cmd := exec.CommandContext(ctx, kronikaBinary(t), args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.NewTimer(delay)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("kronika %s failed before the kill: %v\n%s", strings.Join(args, " "), err, tail(errb.String()))
		}
		return false
	case <-timer.C:
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := <-done
		var ee *exec.ExitError
		return errors.As(err, &ee) && !ee.Exited()
	}
}

// exportedIDs checks that `kronika export` lists every input id exactly
// once and returns each id's duplicate_of.
func exportedIDs(t *testing.T, ctx context.Context, data string, in *crashCorpus) map[string]string {
	t.Helper()
	r := runKronika(t, ctx, nil, "export", "--data", data)
	if r.code != 0 {
		t.Fatalf("export: exit %d\n%s", r.code, tail(r.stderr))
	}
	seen := map[string]int{}
	dupOf := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var rec corpus.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("export line: %v", err)
		}
		seen[rec.ID]++
		dupOf[rec.ID] = rec.DuplicateOf
	}
	for id := range in.ids {
		if seen[id] != 1 {
			t.Errorf("export lists %s %d times", id, seen[id])
		}
	}
	if len(seen) != len(in.ids) {
		t.Errorf("export lists %d ids, the input has %d", len(seen), len(in.ids))
	}
	return dupOf
}

func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	seed := *crashSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("crash seed %d: replay with -crash.seed %d", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	work := t.TempDir()
	in := writeCrashCorpus(t, work, 160, 40, 120, 20240601)
	ingestArgs := func(data string, extra ...string) []string {
		args := append([]string{"ingest"}, in.sources...)
		return append(append(args, "--data", data, "--log-level", "error", "--progress", "never"), extra...)
	}

	// A reference run, never interrupted, says how long a run takes and
	// what the store must end up holding.
	ref := filepath.Join(work, "ref")
	r := runKronika(t, ctx, nil, ingestArgs(ref)...)
	if r.code != 0 {
		t.Fatalf("reference ingest: exit %d\n%s", r.code, tail(r.stderr))
	}
	full := r.elapsed
	refStats := readStats(t, ctx, ref)
	t.Logf("reference run: %s, store %+v, index %d", full.Round(time.Millisecond), refStats.Store, refStats.Index.Documents)

	// Each round starts from an empty data directory, kills one to three
	// runs at random moments (a later kill may land in the recovery of
	// the one before), then lets a run finish and checks the result.
	var landed struct{ empty, pending, caughtUp, finished int }
	var data string
	var dupOf map[string]string
	for round := range *crashRounds {
		data = filepath.Join(work, fmt.Sprintf("data-%02d", round))
		kills := 1 + rng.IntN(3)
		for k := range kills {
			// Small batches put many store→index hand-overs in a run, so
			// kills land between them as often as inside them.
			batch := []int{4, 16, 64, 256}[rng.IntN(4)]
			workers := 1 + rng.IntN(4)
			delay := time.Duration(rng.Int64N(int64(full + full/5)))
			killed := killAfter(t, ctx, delay, ingestArgs(data, "--batch", strconv.Itoa(batch), "--workers", strconv.Itoa(workers))...)
			s := readStats(t, ctx, data)
			// The store is written first: the index never holds a
			// document the store does not, nor a duplicate.
			if s.Index.Documents > s.Store.Documents-s.Store.Duplicates {
				t.Fatalf("round %d kill %d: index holds %d documents, the store only %d non-duplicates (%+v)",
					round, k, s.Index.Documents, s.Store.Documents-s.Store.Duplicates, s.Store)
			}
			switch {
			case !killed:
				landed.finished++
			case s.Store.Documents == 0:
				landed.empty++
			case s.Store.Pending > 0:
				landed.pending++
			default:
				landed.caughtUp++
			}
			t.Logf("round %2d kill %d: batch %3d, workers %d, after %6s (killed=%-5v): store %3d docs, %2d dups, %3d pending; index %3d",
				round, k, batch, workers, delay.Round(time.Millisecond), killed, s.Store.Documents, s.Store.Duplicates, s.Store.Pending, s.Index.Documents)
		}
		// The run after the last crash completes the work.
		r := runKronika(t, ctx, nil, ingestArgs(data)...)
		if r.code != 0 {
			t.Fatalf("round %d: final ingest: exit %d\n%s", round, r.code, tail(r.stderr))
		}
		s := readStats(t, ctx, data)
		if s.Store.Documents != len(in.ids) {
			t.Errorf("round %d: store holds %d documents, the input %d distinct ids", round, s.Store.Documents, len(in.ids))
		}
		if s.Index.Documents != s.Store.Documents-s.Store.Duplicates {
			t.Errorf("round %d: index holds %d documents, store %d minus %d duplicates", round, s.Index.Documents, s.Store.Documents, s.Store.Duplicates)
		}
		if s.Store.Pending != 0 || s.Store.Failures != 0 {
			t.Errorf("round %d: store after the final run: %+v", round, s.Store)
		}
		if s.Store != refStats.Store || s.Index.Documents != refStats.Index.Documents {
			t.Errorf("round %d: after crashes: store %+v, index %d; uninterrupted: store %+v, index %d",
				round, s.Store, s.Index.Documents, refStats.Store, refStats.Index.Documents)
		}
		dupOf = exportedIDs(t, ctx, data, in)
		if t.Failed() {
			t.Fatalf("round %d failed; replay with -crash.seed %d", round, seed)
		}
	}
	t.Logf("%d rounds: %d kills before the first stored batch, %d with index work pending, %d with the index caught up; %d runs finished before their kill",
		*crashRounds, landed.empty, landed.pending, landed.caughtUp, landed.finished)
	// 14 exact and 12 near copies were written; each must be found.
	if d := refStats.Store.Duplicates; d < 26 {
		t.Errorf("%d duplicates found, the input holds at least 26", d)
	}
	s := readStats(t, ctx, data)

	// Each sampled article is found once by its title's made-up word: one
	// hit, the one copy of its group that is not a duplicate.
	ix, err := index.Open(filepath.Join(data, "index.bleve"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(in.nonce))
	for id := range in.nonce {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	sample := ids[:0:0]
	for i, id := range ids {
		if i%7 == 0 || len(in.group[id]) > 1 {
			sample = append(sample, id)
		}
	}
	for _, id := range sample {
		res, err := ix.Search(ctx, index.Query{Q: in.nonce[id], Size: 10, NoFacets: true})
		if err != nil {
			t.Fatalf("search %s: %v", in.nonce[id], err)
		}
		var originals []string
		for _, g := range in.group[id] {
			if dupOf[g] == "" {
				originals = append(originals, g)
			}
		}
		if res.Total != 1 || len(res.Hits) != 1 || len(originals) != 1 || res.Hits[0].ID != originals[0] {
			got := make([]string, len(res.Hits))
			for i, h := range res.Hits {
				got[i] = h.ID
			}
			t.Errorf("search %q (title of %s, group %v, not duplicates %v): %d hits %v", in.nonce[id], id, in.group[id], originals, res.Total, got)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d titles searched, each found once", len(sample))

	// The same batch again adds nothing.
	report := filepath.Join(work, "report.json")
	r = runKronika(t, ctx, nil, ingestArgs(data, "--report", report)...)
	if r.code != 0 {
		t.Fatalf("second full run: exit %d\n%s", r.code, tail(r.stderr))
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var sum pipeline.Summary
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Updated != 0 || sum.Failed != 0 || sum.Duplicates != 0 || sum.Unchanged != in.docs {
		t.Errorf("second full run: %s; want 0 new and %d unchanged", sum.String(), in.docs)
	}
	if s2 := readStats(t, ctx, data); s2.Store != s.Store || s2.Index.Documents != s.Index.Documents {
		t.Errorf("second full run changed the counts: %+v → %+v", s, s2)
	}
}
