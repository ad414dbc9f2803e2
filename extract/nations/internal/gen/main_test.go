package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedFileIsCurrent regenerates the gazetteer and compares it with
// the committed file, so that an edit to data/ without `go generate` fails.
func TestGeneratedFileIsCurrent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gazetteer_gen.go")
	if err := run("../../data", out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../gazetteer_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("gazetteer_gen.go is stale: run go generate ./extract/nations")
	}
}

// TestRejectsBadTables feeds the generator broken tables.
func TestRejectsBadTables(t *testing.T) {
	good := map[string]string{
		"en.tsv":   "UA\tUkraine\t\tUkrainian\t\nEE\tEstonia\t\tEstonian\t\n",
		"it.tsv":   "UA\tUcraina\t\tucraino\t\nEE\tEstonia\t\testone\t\n",
		"uk.tsv":   "UA\tУкраїна\t\tукраїнський\tукраїнець\nEE\tЕстонія\t\tестонський\tестонець\n",
		"stop.tsv": "en\tInterfax-Ukraine\n",
	}
	write := func(t *testing.T, files map[string]string) string {
		dir := t.TempDir()
		for name, body := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	if err := run(write(t, good), filepath.Join(t.TempDir(), "out.go")); err != nil {
		t.Fatalf("good tables: %v", err)
	}
	tests := []struct{ name, file, body, want string }{
		{"columns", "en.tsv", "UA\tUkraine\n", "columns"},
		{"bad code", "en.tsv", "ua\tUkraine\t\t\t\n", "bad code"},
		{"unknown code", "it.tsv", "XX\tBoh\t\t\t\n", "not in en.tsv"},
		{"unknown guard", "en.tsv", "UA\tUkraine[nope]\t\t\t\n", "unknown guard"},
		{"missing language", "uk.tsv", "UA\tУкраїна\t\t\t\n", "lacks a name"},
		{"two names", "en.tsv", "UA\tUkraine;Ukraina\t\t\t\nEE\tEstonia\t\t\t\n", "exactly one name"},
		{"claimed twice", "en.tsv", "UA\tUkraine\t\t\t\nEE\tEstonia\tUkraine\t\t\n", "claimed by"},
		{"bad adjective", "uk.tsv", "UA\tУкраїна\t\tукраїнська\t\nEE\tЕстонія\t\t\t\n", "masculine"},
		{"bad stop language", "stop.tsv", "fr\tBonjour\n", "unknown language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{}
			for k, v := range good {
				files[k] = v
			}
			files[tt.file] = tt.body
			err := run(write(t, files), filepath.Join(t.TempDir(), "out.go"))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}
