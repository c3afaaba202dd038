package options

import (
	"flag"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestListSet(t *testing.T) {
	var got []string
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(NewList(&got, Identifier), "dimensions", "")
	if err := fs.Parse([]string{"-dimensions= RunId, ExecutionArn"}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"RunId", "ExecutionArn"}; !cmp.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for in, wantErr := range map[string]string{
		"":            "empty list",
		"RunId,":      "item 2 is empty",
		"RunId,RunId": `"RunId" is listed twice`,
		"Run Id":      `"Run Id": character ' ' is not allowed`,
	} {
		err := fs.Parse([]string{"-dimensions=" + in})
		if err == nil || !strings.Contains(err.Error(), wantErr) || !strings.Contains(err.Error(), "-dimensions") {
			t.Errorf("Parse(%q) error = %v, want one naming -dimensions and %q", in, err, wantErr)
		}
	}
}

func TestRegexpSet(t *testing.T) {
	var re *regexp.Regexp
	v := NewRegexp(&re)
	if err := v.Set("(^|_)runs?$"); err != nil || re == nil || !re.MatchString("etl_runs") {
		t.Fatalf("Set: %v %v", err, re)
	}
	if err := v.Set("("); err == nil || !strings.Contains(err.Error(), "not a valid regular expression") {
		t.Errorf("Set(\"(\") = %v", err)
	}
}

func FuzzSplitList(f *testing.F) {
	for _, s := range []string{"RunId,ExecutionArn", "a|b,c", ",", " x ", "a,,b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		items, err := SplitList(s, Identifier)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, it := range items {
			if it == "" || seen[it] || strings.ContainsAny(it, ", ") {
				t.Fatalf("SplitList(%q) = %q: bad item %q", s, items, it)
			}
			seen[it] = true
		}
	})
}

// TestListExtend: a leading '+' appends to the current value (the defaults
// included) instead of replacing it, skips items already there, and never
// writes into the array of the slice it started from.
func TestListExtend(t *testing.T) {
	defaults := make([]string, 2, 8) // spare capacity: an append in place would show
	copy(defaults, []string{"RunId", "ExecutionArn"})
	got := defaults
	v := NewList(&got, Identifier)
	if err := v.Set("+Stage, +Region"); err != nil {
		t.Fatal(err)
	}
	if want := []string{"RunId", "ExecutionArn", "Stage", "Region"}; !cmp.Equal(got, want) {
		t.Errorf("after +Stage,+Region: %q, want %q", got, want)
	}
	if all := defaults[:4]; all[2] != "" {
		t.Errorf("Set wrote into the original array: %q", all)
	}
	if err := v.Set("+RunId,Env"); err != nil { // RunId is there already
		t.Fatal(err)
	}
	if want := "RunId,ExecutionArn,Stage,Region,Env"; v.String() != want {
		t.Errorf("after +RunId,Env: %q, want %q", v.String(), want)
	}
	if err := v.Set("Only"); err != nil || !cmp.Equal(got, []string{"Only"}) {
		t.Errorf("a value without '+' replaces: %q, %v", got, err)
	}
	for in, wantErr := range map[string]string{
		"+":             "empty list",
		"+a,":           "item 2 is empty",
		"+a b":          `"a b": character ' ' is not allowed`,
		"+Stage,+Stage": `"Stage" is listed twice`,
	} {
		if err := v.Set(in); err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("Set(%q) = %v, want an error containing %q", in, err, wantErr)
		}
	}
}
