package suppress

import (
	"fmt"
	"go/token"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tracelint/tracelint/analyzers/internal/suite"
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

func TestAddLineDirectives(t *testing.T) {
	src := "-- tracelint:ignore runtable legacy table\nCREATE TABLE job_runs (id int); -- tracelint:ignore runtable kept\n-- tracelint:ignore other x\n-- tracelint:ignore runtable\n"
	fset := token.NewFileSet()
	tf := fset.AddFile("m.sql", -1, len(src))
	tf.SetLinesForContent([]byte(src))
	r := &Reporter{analyzer: "runtable"}
	r.AddLineDirectives(tf, []byte(src), "--")
	got := make([]string, 0, len(r.directives))
	for _, d := range r.directives {
		got = append(got, fmt.Sprintf("%d:%d %s", tf.Line(d.pos), d.from, d.reason))
	}
	want := []string{"1:2 legacy table", "2:2 kept", "4:5 "}
	if !cmp.Equal(got, want) {
		t.Errorf("directives = %q, want %q", got, want)
	}
}

// TestOwner: a problem with a directive is reported by exactly one analyzer:
// the one it names, the closest to a misspelt name, the suite's first when it
// names none.
func TestOwner(t *testing.T) {
	first := suite.Names()[0]
	for name, want := range map[string]string{"": first, "metricdims": "metricdims", "metricdimz": "metricdims", "uuidrunld": "uuidrunid"} {
		if got := owner(name); got != want {
			t.Errorf("owner(%q) = %q, want %q", name, got, want)
		}
	}
}
