package suppress

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text   string
		names  []string
		reason string
		ok     bool
	}{
		{"//tracelint:ignore metricdims fleet-wide gauge", []string{"metricdims"}, "fleet-wide gauge", true},
		{"//tracelint:ignore a,b  two  words ", []string{"a", "b"}, "two words", true},
		{"//tracelint:ignore metricdims", []string{"metricdims"}, "", true},
		{"//tracelint:ignore", nil, "", true},
		{"//tracelint:ignored metricdims x", nil, "", false},
		{"//tracelint:ignore metricdims see https://example.com/x // note", []string{"metricdims"}, "see https://example.com/x", true},
		{"//tracelint:ignore metricdims // want `...`", []string{"metricdims"}, "", true},
	} {
		names, reason, ok := parse(tc.text)
		if ok != tc.ok || reason != tc.reason || !cmp.Equal(names, tc.names) {
			t.Errorf("parse(%q) = %q, %q, %v; want %q, %q, %v", tc.text, names, reason, ok, tc.names, tc.reason, tc.ok)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"//tracelint:ignore metricdims reason", "//tracelint:ignore ,,", "//tracelint:ignore\ta\tb", "//tracelint:ignore x //"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		names, _, _ := parse(s)
		for _, n := range names {
			if n == "" {
				t.Fatalf("parse(%q) returned an empty analyzer name", s)
			}
		}
	})
}
