package nations

import (
	"strings"

	"kronika/extract/token"
)

//go:generate go run ./internal/gen -data data -out gazetteer_gen.go

// lang is the language a written form belongs to.
type lang uint8

const (
	langEN lang = iota
	langIT
	langUK
	nLangs
	langOther // a document in none of the three languages, or unknown
)

var langCodes = [nLangs]string{"en", "it", "uk"}

func parseLang(s string) lang {
	for i, c := range langCodes {
		if s == c {
			return lang(i)
		}
	}
	return langOther
}

// kind says how a written form refers to a state.
type kind uint8

const (
	kindName    kind = iota // a name: must be capitalized
	kindAcronym             // USA, U.S., США: must be in capitals
	kindAdj                 // adjective: case rules depend on language
	kindDemonym             // a noun for the people: Danes, естонці
	kindStop                // a phrase that is not a nation mention at all
)

// guard names a context check that a form must pass.
type guard uint8

const (
	guardNone             guard = iota
	guardPerson                 // Chad, Jordan: not when it reads as a person's name
	guardGeorgia                // Georgia: not the US state
	guardNotIt                  // Monaco: in Italian it means Munich
	guardSurname                // Russo, Greco: a surname when capitalized mid-sentence
	guardNotSentenceStart       // Того: a common word at the start of a sentence
	guardPrefix                 // Sino-, italo-, українсько-: only before a hyphen
	guardFirstName              // Israel, Cuba: not when a surname follows (Israel Katz)
	guardAnyCase                // росія, рф: some media write these names in lower case
	guardTurkey                 // Turkey: not the bird of a document about food
)

// form is one written form of the generated gazetteer.
type form struct {
	text  string
	code  string // "" for a stop phrase
	lang  lang
	kind  kind
	guard guard
}

// country is a state and its display names.
type country struct {
	code  string
	names [nLangs]string
}

// entry is what a trie node knows about a form that ends there.
type entry struct {
	country int16 // index into countries, -1 for a stop phrase
	lang    lang
	kind    kind
	guard   guard
}

// node is a trie node keyed by token Norm.
type node struct {
	next    map[string]int32
	entries []entry
}

// maxDepth bounds the tokens of one form, so a match needs no allocation.
const maxDepth = 16

// trie is the gazetteer: forms as sequences of token norms.
type trie struct {
	nodes []node
}

func (t *trie) insert(norms []string, e entry) {
	cur := int32(0)
	for _, n := range norms {
		nd := &t.nodes[cur]
		nx, ok := nd.next[n]
		if !ok {
			if nd.next == nil {
				nd.next = map[string]int32{}
			}
			nx = int32(len(t.nodes))
			nd.next[n] = nx
			t.nodes = append(t.nodes, node{})
		}
		cur = nx
	}
	nd := &t.nodes[cur]
	for _, old := range nd.entries {
		if old == e {
			return
		}
	}
	nd.entries = append(nd.entries, e)
}

// norms tokenizes a form the same way documents are tokenized, so that
// apostrophes, hyphens and dots in names match the document's tokens.
func norms(text string) []string {
	d := token.New(text, "", "")
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = key(t.Norm)
	}
	return out
}

// modifierApostrophe is U+02BC, the apostrophe Ukrainian orthography
// recommends. Unicode counts it as a letter, so "Обʼєднані" is one token
// where "Об'єднані" is three; the gazetteer holds both shapes.
const modifierApostrophe = "\u02bc"

// variants lists the written shapes of a form that tokenize differently.
func variants(text string) []string {
	if strings.Contains(text, "'") {
		return []string{text, strings.ReplaceAll(text, "'", modifierApostrophe)}
	}
	return []string{text}
}

// key is the trie key of a token norm. Ukrainian ґ is folded into г, since
// foreign names are written either way (Бельгія, Бельґія); the fold
// allocates only for the rare token that has a ґ (whose UTF-8 lead byte
// 0xD2 no other common Ukrainian letter shares).
func key(norm string) string {
	if strings.IndexByte(norm, 0xD2) < 0 || !strings.Contains(norm, "ґ") {
		return norm
	}
	return strings.ReplaceAll(norm, "ґ", "г")
}

// filterBits sizes the prefilter: 2^18 bits (32 KB) keeps it sparse for the
// gazetteer's first words.
const filterBits = 1 << 18

// prefilter is a one-hash Bloom filter over the trie's first-level keys. It
// answers "certainly not a first word" for most tokens of a text without
// a map lookup, which is most of the extractor's time.
type prefilter [filterBits / 64]uint64

func filterHash(s string) uint32 {
	h := uint32(len(s)) * 0x9E3779B1
	h ^= uint32(s[0]) * 0x85EBCA77
	h ^= uint32(s[len(s)/2]) * 0xC2B2AE3D
	h ^= uint32(s[len(s)-1]) * 0x27D4EB2F
	h ^= h >> 15
	return h % filterBits
}

func (f *prefilter) add(s string) {
	h := filterHash(s)
	f[h/64] |= 1 << (h % 64)
}

// mayHave reports whether s may be a first-level key; s must be non-empty.
func (f *prefilter) mayHave(s string) bool {
	h := filterHash(s)
	return f[h/64]&(1<<(h%64)) != 0
}
