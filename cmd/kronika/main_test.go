package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kronika/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// kronika runs one command line in-process.
func kronika(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func parseRecords(t *testing.T, out string) []corpus.Record {
	t.Helper()
	var recs []corpus.Record
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r corpus.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line is not a record: %v\n%s", err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

// TestExtractSampleGolden pins the whole analysis of the embedded sample
// corpus; run with -update after an intended change and review the diff.
func TestExtractSampleGolden(t *testing.T) {
	code, out, errOut := kronika(t, "", "extract")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs := parseRecords(t, out)
	if len(recs) != 21 {
		t.Fatalf("%d records, want 21", len(recs))
	}
	for _, r := range recs {
		runes := []rune(r.Text)
		check := func(kind string, ms []corpus.Mention) {
			for _, m := range ms {
				if m.Start < 0 || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
					t.Errorf("%s %s mention %q at [%d,%d) does not slice the text", r.ID, kind, m.Text, m.Start, m.End)
				}
			}
		}
		for _, n := range r.Entities.Nations {
			check("nation", n.Mentions)
		}
		for _, m := range r.Entities.Ministers {
			check("minister", m.Mentions)
		}
		for _, d := range r.Entities.Dates {
			check("date", d.Mentions)
		}
		for _, m := range r.Entities.Money {
			check("money", m.Mentions)
		}
	}
	golden := filepath.Join("testdata", "extract-sample.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/kronika -run Golden -update)", err)
	}
	if out != string(want) {
		wantRecs := parseRecords(t, string(want))
		for i := range min(len(recs), len(wantRecs)) {
			g, _ := json.Marshal(recs[i].Entities)
			w, _ := json.Marshal(wantRecs[i].Entities)
			if !bytes.Equal(g, w) || recs[i].Lang != wantRecs[i].Lang || recs[i].Published != wantRecs[i].Published {
				t.Errorf("%s differs from the golden file:\n got %s\nwant %s", recs[i].ID, g, w)
			}
		}
		t.Error("extract output differs from testdata/extract-sample.golden.jsonl (review, then -update)")
	}
}

func TestExtractBadInputKeepsLines(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Il ministro della Difesa ucraino ha ringraziato l'Estonia e il Lussemburgo per il sostegno."), 0o644)
	bin := filepath.Join(dir, "img.txt")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644)
	stdin := "{\"id\":\"s1\",\"text\":\"Estonia\"}\nnot json\n{\"id\":\"s3\",\"text\":\"Lussemburgo\"}\n"
	code, out, errOut := kronika(t, stdin, "extract", good, bin, "-", filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1 when some input failed", code)
	}
	recs := parseRecords(t, out)
	want := []struct{ id, err string }{{"good", ""}, {"img", "binary"}, {"s1", ""}, {"stdin-2", "not a JSON object"}, {"s3", ""}, {"missing", "no such file"}}
	if len(recs) != len(want) {
		t.Fatalf("%d lines, want one per input document (%d)", len(recs), len(want))
	}
	for i, w := range want {
		if recs[i].ID != w.id || (w.err == "") != (recs[i].Error == "") || !strings.Contains(recs[i].Error, w.err) {
			t.Errorf("line %d: id=%q error=%q, want id=%q error containing %q", i+1, recs[i].ID, recs[i].Error, w.id, w.err)
		}
	}
	if !strings.Contains(errOut, "3 extracted, 3 failed") || !strings.Contains(errOut, "img.txt") {
		t.Errorf("stderr lacks the summary or the failing file:\n%s", errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"nosuchcommand"},
		{"search", "--size", "many"},
		{"export", "--format", "xml"},
		{"search", "a", "b"},
		{"--log-format", "yaml", "extract"},
		{"compact", "--segments", "0"},
	} {
		if code, _, errOut := kronika(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d (%q), want 2 with a message", args, code, errOut)
		}
	}
}

func TestIngestSearchStatsExport(t *testing.T) {
	data := t.TempDir()
	report := filepath.Join(t.TempDir(), "run.json")
	code, _, errOut := kronika(t, "", "ingest", "--data", data, "--report", report)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "21 ingested (21 new") {
		t.Errorf("summary line: %s", errOut)
	}
	var rep map[string]any
	b, err := os.ReadFile(report)
	if err != nil || json.Unmarshal(b, &rep) != nil {
		t.Fatalf("report: %v %s", err, b)
	}
	for _, k := range []string{"new", "updated", "unchanged", "duplicates", "failed", "failures", "seconds"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("report lacks %q", k)
		}
	}
	// Again: nothing new.
	if code, _, errOut = kronika(t, "", "ingest", "--data", data); code != 0 || !strings.Contains(errOut, "(0 new, 0 updated, 21 unchanged") {
		t.Errorf("second ingest: exit %d, %s", code, errOut)
	}
	// What follows searches the compacted index.
	if code, _, errOut = kronika(t, "", "compact", "--data", data, "--segments", "1"); code != 0 || !regexp.MustCompile(`index compacted in \S+: segments [1-9]\d* → 1\n`).MatchString(errOut) {
		t.Errorf("compact: exit %d, %s", code, errOut)
	}
	code, out, _ := kronika(t, "", "stats", "--data", data, "--json")
	var st struct {
		Store struct{ Documents, Duplicates int }
		Index struct{ Documents, Segments int }
	}
	if code != 0 || json.Unmarshal([]byte(out), &st) != nil {
		t.Fatalf("stats: exit %d %s", code, out)
	}
	if st.Store.Documents != 21 || st.Index.Documents != st.Store.Documents-st.Store.Duplicates {
		t.Errorf("stats %+v: want 21 stored and index = store − duplicates", st)
	}
	if st.Index.Segments != 1 {
		t.Errorf("stats after compact: %d segments, want 1", st.Index.Segments)
	}
	// Cross-lingual: the Ukrainian name finds the Italian and English articles too.
	code, out, errOut = kronika(t, "", "search", "--data", data, "--json", "Люксембург")
	if code != 0 {
		t.Fatalf("search: %d %s", code, errOut)
	}
	var res struct {
		Total int
		Hits  []struct {
			ID, Lang string
			Matched  []string
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	langs := map[string]bool{}
	for _, h := range res.Hits {
		langs[h.Lang] = true
	}
	if !langs["it"] || !langs["en"] || !langs["uk"] {
		t.Errorf("Люксембург found languages %v, want it, en and uk", langs)
	}
	code, out, _ = kronika(t, "", "export", "--data", data)
	if code != 0 || len(parseRecords(t, out)) != 21 {
		t.Errorf("export: exit %d, %d records", code, len(parseRecords(t, out)))
	}
	code, out, _ = kronika(t, "", "search", "--data", data, "--nation", "EE", "--lang", "it")
	if code != 0 || !strings.Contains(out, "results") || strings.Contains(out, " · en · ") {
		t.Errorf("filtered search: exit %d\n%s", code, out)
	}
	if code, _, errOut = kronika(t, "", "search", "--data", data, "/.*/"); code != 2 {
		t.Errorf("a costly regexp query: exit %d (%s), want 2", code, errOut)
	}
}

func TestServeEndToEnd(t *testing.T) {
	data := t.TempDir()
	if code, _, errOut := kronika(t, "", "ingest", "--data", data); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var errb bytes.Buffer
	go func() {
		done <- run(ctx, []string{"serve", "--data", data, "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &errb)
	}()
	var info serverInfo
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, err := os.ReadFile(filepath.Join(data, "server.json"))
		if err == nil && json.Unmarshal(b, &info) == nil && info.Addr != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not start: %s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	base := "http://" + info.Addr
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/api/documents/en-01-coalition-launch"); code != 200 || !strings.Contains(body, `"entities"`) {
		t.Errorf("document: %d %s", code, body)
	}
	if code, body := get("/api/documents/no-such-id"); code != 404 {
		t.Errorf("missing document: %d %s, want 404", code, body)
	}
	if code, body := get("/api/search?q=Umarov"); code != 200 || !strings.Contains(body, "minister:Rustem Umerov") {
		t.Errorf("cross-lingual search: %d %s", code, body)
	}
	// While the server holds the index, ingest hands documents to it and
	// search asks it; new documents are searchable at once.
	extra := filepath.Join(t.TempDir(), "new.txt")
	os.WriteFile(extra, []byte("Il Portogallo aderisce alla coalizione\n\nIl governo portoghese ha annunciato l'adesione alla coalizione per le tecnologie dell'informazione a sostegno dell'Ucraina."), 0o644)
	if code, _, errOut := kronika(t, "", "ingest", "--data", data, extra); code != 0 {
		t.Fatalf("ingest while serving: %s", errOut)
	}
	if code, body := get("/api/search?nation=PT"); code != 200 || !strings.Contains(body, `"id":"new"`) {
		t.Errorf("new document not searchable through the server: %d %s", code, body)
	}
	if code, out, errOut := kronika(t, "", "search", "--data", data, "--json", "Portogallo"); code != 0 || !strings.Contains(out, `"new"`) {
		t.Errorf("CLI search while serving: %d %s %s", code, out, errOut)
	}
	// A page token the server refuses is the user's mistake here too.
	if code, _, errOut := kronika(t, "", "search", "--data", data, "--after", "garbage", "coalition"); code != 2 || !strings.Contains(errOut, "search_after") {
		t.Errorf("a bad page token while serving: exit %d (%s), want 2", code, errOut)
	}
	if code, out, _ := kronika(t, "", "stats", "--data", data, "--json"); code != 0 || !strings.Contains(out, `"documents": 22`) {
		t.Errorf("stats while serving: %d %s", code, out)
	}
	// compact asks the server, which holds the index, to merge it.
	if code, _, errOut := kronika(t, "", "compact", "--data", data); code != 0 || !regexp.MustCompile(`index compacted in \S+: segments [1-9]\d* → [12]\n`).MatchString(errOut) {
		t.Errorf("compact while serving: exit %d, %s", code, errOut)
	}
	if code, body := get("/api/search?nation=PT"); code != 200 || !strings.Contains(body, `"id":"new"`) {
		t.Errorf("after compacting: %d %s", code, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exit %d: %s", code, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := os.Stat(filepath.Join(data, "server.json")); !os.IsNotExist(err) {
		t.Error("server.json left behind")
	}
}

// An index damaged outside our control (a disk filled up, files removed)
// is reported with its remedy, and reindex rebuilds it from the store.
func TestReindexRepairsADamagedIndex(t *testing.T) {
	data := t.TempDir()
	if code, _, errOut := kronika(t, "", "ingest", "--data", data); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	ixPath := filepath.Join(data, "index.bleve")
	if err := os.WriteFile(filepath.Join(ixPath, "index_meta.json"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := kronika(t, "", "stats", "--data", data)
	if code == 0 || !strings.Contains(errOut, "kronika reindex") {
		t.Fatalf("stats over a damaged index: exit %d, %s", code, errOut)
	}
	if code, _, errOut = kronika(t, "", "reindex", "--data", data, "--compact"); code != 0 || !strings.Contains(errOut, "21 documents re-extracted") ||
		!strings.Contains(errOut, "index compacted in ") {
		t.Fatalf("reindex --compact: exit %d, %s", code, errOut)
	}
	code, out, _ := kronika(t, "", "stats", "--data", data, "--json")
	var st struct {
		Store struct{ Documents, Duplicates int }
		Index struct{ Documents int }
	}
	if code != 0 || json.Unmarshal([]byte(out), &st) != nil {
		t.Fatalf("stats after reindex: exit %d %s", code, out)
	}
	if st.Index.Documents != st.Store.Documents-st.Store.Duplicates || st.Index.Documents == 0 {
		t.Errorf("after reindex %+v: want index = store − duplicates", st)
	}
}

// TestLoadtestHelpListsItsFlags: the load test parses its own flags, so its
// help must come from its own flag set, not cobra's empty one.
func TestLoadtestHelpListsItsFlags(t *testing.T) {
	code, out, _ := kronika(t, "", "loadtest", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, flag := range []string{"-clients", "-duration", "-ingest-while", "-n "} {
		if !strings.Contains(out, flag) {
			t.Errorf("help does not list %s:\n%s", flag, out)
		}
	}
}
