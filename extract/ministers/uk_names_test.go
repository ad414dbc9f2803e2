package ministers

import (
	"slices"
	"testing"
)

// Paradigms of names as Ukrainian news declines them: nominative,
// genitive, dative, instrumental.
var ukParadigms = []struct {
	fem                bool
	nom, gen, dat, ins string
}{
	{false, "рустем", "рустема", "рустему", "рустемом"},
	{false, "умєров", "умєрова", "умєрову", "умєровим"},
	{false, "дмитро", "дмитра", "дмитру", "дмитром"},
	{false, "михайло", "михайла", "михайлу", "михайлом"},
	{false, "кулеба", "кулеби", "кулебі", "кулебою"},
	{false, "шмигаль", "шмигаля", "шмигалю", "шмигалем"},
	{false, "андрій", "андрія", "андрію", "андрієм"},
	{false, "сибіга", "сибіги", "сибізі", "сибігою"},
	{false, "шевченко", "шевченка", "шевченку", "шевченком"},
	{false, "марченко", "марченка", "марченку", "марченком"},
	{false, "зеленський", "зеленського", "зеленському", "зеленським"},
	{false, "сольський", "сольського", "сольському", "сольським"},
	{false, "ігор", "ігоря", "ігорю", "ігорем"},
	{false, "олексій", "олексія", "олексію", "олексієм"},
	{false, "стрілець", "стрільця", "стрільцю", "стрільцем"},
	{false, "певкур", "певкура", "певкуру", "певкуром"},
	{false, "федоров", "федорова", "федорову", "федоровим"},
	{false, "денис", "дениса", "денису", "денисом"},
	{false, "олег", "олега", "олегу", "олегом"},
	// a к after a vowel ends the name; after a consonant a name in -ко declines
	{false, "ковальчук", "ковальчука", "ковальчуку", "ковальчуком"},
	{false, "ерік", "еріка", "еріку", "еріком"},
	{false, "новак", "новака", "новаку", "новаком"},
	{false, "бойко", "бойка", "бойку", "бойком"},
	{false, "марко", "марка", "марку", "марком"},
	{true, "катерина", "катерини", "катерині", "катериною"},
	{true, "ольга", "ольги", "ользі", "ольгою"},
	{true, "юлія", "юлії", "юлії", "юлією"},
	{true, "стефанішина", "стефанішиної", "стефанішиній", "стефанішиною"},
	{true, "черногоренко", "черногоренко", "черногоренко", "черногоренко"},
	{true, "бакес", "бакес", "бакес", "бакес"},
	{true, "зеленська", "зеленської", "зеленській", "зеленською"},
	{true, "калмикова", "калмикової", "калмиковій", "калмиковою"},
}

func TestUkrainianFormsRoundTrip(t *testing.T) {
	for _, p := range ukParadigms {
		forms := ukForms(p.nom, p.fem)
		if forms[0] != p.nom {
			t.Errorf("ukForms(%q)[0] = %q, want the nominative first", p.nom, forms[0])
		}
		for _, c := range []struct {
			form string
			c    gcase
		}{{p.gen, caseGen}, {p.dat, caseDat}, {p.ins, caseIns}} {
			if !slices.Contains(forms, c.form) {
				t.Errorf("ukForms(%q, fem=%v) = %v lacks %q", p.nom, p.fem, forms, c.form)
			}
			if got := ukNominative(c.form, c.c); got != p.nom {
				t.Errorf("ukNominative(%q, case %d) = %q, want %q", c.form, c.c, got, p.nom)
			}
		}
	}
}

// Foreign names in -о, -і and consonants do not decline. (A dative in -і
// is ambiguous: "Катерині" is Катерина, so "Мелоні" after a dative title
// would read as "Мелона"; the table of officials settles known names.)
func TestUkrainianNominativeLeavesOthersAlone(t *testing.T) {
	for _, s := range []string{"ханно", "юріко", "мелоні", "крозетто", "backes", "rustem"} {
		for _, c := range []gcase{caseAny, caseNom, caseGen, caseIns} {
			if got := ukNominative(s, c); got != s {
				t.Errorf("ukNominative(%q, %d) = %q, want it unchanged", s, c, got)
			}
		}
	}
}

func TestUkrainianAgreement(t *testing.T) {
	cases := []struct {
		first string
		c     gcase
		want  bool
	}{
		{"рустема", caseGen, true}, {"іларіон", caseGen, false}, {"рустем", caseNom, true},
		{"рустемом", caseIns, true}, {"ханно", caseIns, true}, {"андрій", caseDat, false},
		{"катерина", caseAny, true}, {"hanno", caseGen, true},
	}
	for _, c := range cases {
		if got := ukAgrees(c.first, c.c); got != c.want {
			t.Errorf("ukAgrees(%q, %d) = %v, want %v", c.first, c.c, got, c.want)
		}
	}
}

func TestPatronymic(t *testing.T) {
	for _, s := range []string{"енверович", "олександрівна", "енверовича", "enverovych", "yuriivna"} {
		if !isPatronymic(s) {
			t.Errorf("isPatronymic(%q) = false", s)
		}
	}
	for _, s := range []string{"рустем", "umerov", "ivanova"} {
		if isPatronymic(s) {
			t.Errorf("isPatronymic(%q) = true", s)
		}
	}
}
