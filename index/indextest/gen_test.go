package indextest

import (
	"reflect"
	"testing"
)

func TestGenerateRecordsDeterministic(t *testing.T) {
	a, b := GenerateRecords(50, 7), GenerateRecords(50, 7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different records")
	}
	c := GenerateRecords(50, 8)
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds, same records")
	}
	ids := map[string]bool{}
	langs := map[string]int{}
	for _, r := range a {
		if ids[r.ID] {
			t.Errorf("duplicate id %s", r.ID)
		}
		ids[r.ID] = true
		langs[r.Lang]++
		if r.Title == "" || len(r.Text) < 100 || len(r.Entities.Nations) == 0 {
			t.Errorf("thin record %+v", r)
		}
	}
	if langs["en"] == 0 || langs["it"] == 0 || langs["uk"] == 0 {
		t.Errorf("languages %v", langs)
	}
}
