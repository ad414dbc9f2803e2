package extract

import (
	"kronika/extract/dates"
	"kronika/extract/lang"
	"kronika/extract/ministers"
	"kronika/extract/money"
	"kronika/extract/nations"
)

// Kit holds Kronika's own extractors, built once: the Analyzer that runs
// them and the lookups that search uses to resolve names across languages.
type Kit struct {
	Nations   *nations.Extractor
	Ministers *ministers.Extractor
	Dates     *dates.Extractor
	Money     *money.Extractor
	Detector  *lang.Detector
}

// NewKit builds every extractor and the language detector.
func NewKit(detect lang.Options) *Kit {
	return &Kit{
		Nations:   nations.New(),
		Ministers: ministers.New(),
		Dates:     dates.New(),
		Money:     money.New(),
		Detector:  lang.New(detect),
	}
}

// Analyzer runs the kit: nations first, because ministers read the nation
// mentions around their titles and money reads the ministers' nations for
// a bare "$"; money before dates, which leave a number read as an amount
// to it ("до 1500 манатів").
func (k *Kit) Analyzer() *Analyzer {
	return New(Options{
		Detector:   k.Detector,
		Dateline:   k.Dates.Dateline,
		Extractors: []Extractor{k.Nations, k.Ministers, k.Money, k.Dates},
	})
}

// Default is the Analyzer with Kronika's own extractors.
func Default() *Analyzer { return NewKit(lang.Options{}).Analyzer() }

// Nations resolves a name of a nation in any language or form to its ISO
// code, for cross-lingual search.
func (k *Kit) NationCodes(term string) []string {
	if c, ok := k.Nations.Lookup(term); ok {
		return []string{c}
	}
	return nil
}

// MinisterNames resolves any spelling of a known minister to the canonical
// name, for cross-lingual search.
func (k *Kit) MinisterNames(term string) []string {
	if n, ok := k.Ministers.Lookup(term); ok {
		return []string{n}
	}
	return nil
}

// NationName is a nation's English name, for display.
func (k *Kit) NationName(code string) string { return k.Nations.Name(code, "en") }
