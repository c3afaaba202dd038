package suite

import (
	"slices"
	"testing"
)

func TestNamesSorted(t *testing.T) {
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("names must be sorted and distinct: %q", names)
	}
	for _, n := range names {
		if !Known(n) {
			t.Errorf("Known(%q) = false", n)
		}
	}
	if Known("metricdim") || Known("") {
		t.Error("Known accepts a name that is not an analyzer")
	}
}

func TestClosest(t *testing.T) {
	for _, tc := range []struct {
		name, closest, suggestion string
	}{
		{"metricdim", "metricdims", " (did you mean metricdims?)"},
		{"uuidrunidd", "uuidrunid", " (did you mean uuidrunid?)"},
		{"runtables", "runtable", " (did you mean runtable?)"},
		{"xyz", "", ""}, // far from everything: attributed, no suggestion
		{"metricdims", "metricdims", ""},
	} {
		closest, _ := Closest(tc.name)
		if tc.closest != "" && closest != tc.closest {
			t.Errorf("Closest(%q) = %q, want %q", tc.name, closest, tc.closest)
		}
		if !Known(closest) {
			t.Errorf("Closest(%q) = %q, not an analyzer", tc.name, closest)
		}
		if got := Suggestion(tc.name); got != tc.suggestion {
			t.Errorf("Suggestion(%q) = %q, want %q", tc.name, got, tc.suggestion)
		}
	}
	if d := editDistance("kitten", "sitting"); d != 3 {
		t.Errorf("editDistance(kitten, sitting) = %d, want 3", d)
	}
}
