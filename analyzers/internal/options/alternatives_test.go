package options

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAlternativesSet(t *testing.T) {
	var got [][]string
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	v := NewAlternatives(&got, Identifier)
	fs.Var(v, "fields", "")
	if err := fs.Parse([]string{"-fields= execution_arn, run_id | run_key ,timestamp"}); err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"execution_arn"}, {"run_id", "run_key"}, {"timestamp"}}; !cmp.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if s := v.String(); s != "execution_arn,run_id|run_key,timestamp" {
		t.Errorf("String() = %q", s)
	}
	for in, wantErr := range map[string]string{
		"":                "empty list",
		" ":               "empty list",
		"a,":              "item 2 is empty",
		"a,b|":            `item 2 ("b|"): alternative 2 is empty`,
		"|a":              "alternative 1 is empty",
		"a,b|a":           `"a" is listed twice`,
		"run id":          `"run id": character ' ' is not allowed`,
		"run_id|run\"key": `character '"' is not allowed`,
	} {
		err := fs.Parse([]string{"-fields=" + in})
		if err == nil || !strings.Contains(err.Error(), wantErr) || !strings.Contains(err.Error(), "-fields") {
			t.Errorf("Parse(%q) error = %v, want one naming -fields and %q", in, err, wantErr)
		}
	}
	// A failed Set keeps the previous value.
	if want := [][]string{{"execution_arn"}, {"run_id", "run_key"}, {"timestamp"}}; !cmp.Equal(got, want) {
		t.Errorf("after failed sets got %q", got)
	}
}

func TestAlternativesAllowEmpty(t *testing.T) {
	got := [][]string{{"glue_job_run_id"}}
	v := NewAlternatives(&got, Identifier)
	if err := v.Set(""); err == nil {
		t.Fatal("empty value accepted without AllowEmpty")
	}
	v.AllowEmpty = true
	if err := v.Set(" "); err != nil || got != nil {
		t.Fatalf("Set(\" \") = %v, got %q; want no error and no requirements", err, got)
	}
	if v.String() != "" {
		t.Errorf("String() = %q, want empty", v.String())
	}
}

func FuzzSplitAlternatives(f *testing.F) {
	for _, s := range []string{"a,b|c", "a||b", "|", ",", " x | y ", "a,a", "a|b,b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		reqs, err := SplitAlternatives(s, Identifier)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, alts := range reqs {
			if len(alts) == 0 {
				t.Fatalf("SplitAlternatives(%q) = %q: empty requirement", s, reqs)
			}
			for _, a := range alts {
				if a == "" || seen[a] || strings.ContainsAny(a, ",| ") {
					t.Fatalf("SplitAlternatives(%q) = %q: bad name %q", s, reqs, a)
				}
				seen[a] = true
			}
		}
		again, err := SplitAlternatives(JoinAlternatives(reqs), Identifier)
		if err != nil || !cmp.Equal(again, reqs) {
			t.Fatalf("round trip of %q: %q, %v", s, again, err)
		}
	})
}

func TestNewFields(t *testing.T) {
	var got [][]string
	lower := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	v := NewFields(&got, lower)
	if err := v.Set("execution_arn,run_id|run_key"); err != nil || len(got) != 2 {
		t.Fatalf("Set = %v, got %q", err, got)
	}
	for in, wantErr := range map[string]string{
		"run_id,RunId":   `"run_id" and "RunId" name the same field`,
		"run_id|runID":   `"run_id" and "runID" name the same field`,
		"__":             "a field name needs a letter or a digit",
		"run id":         "not allowed",
		"execution_arn,": "item 2 is empty",
	} {
		if err := v.Set(in); err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("Set(%q) = %v, want an error with %q", in, err, wantErr)
		}
	}
	if want := [][]string{{"execution_arn"}, {"run_id", "run_key"}}; !cmp.Equal(got, want) {
		t.Errorf("a rejected value changed the list to %q", got)
	}
}

func TestAlternativesExtend(t *testing.T) {
	got := [][]string{{"execution_arn"}, {"run_id", "run_key"}}
	v := NewAlternatives(&got, Identifier)
	if err := v.Set("+timestamp,+run_key|run_id"); err != nil { // the second is there (in another order)
		t.Fatal(err)
	}
	if want := "execution_arn,run_id|run_key,timestamp"; v.String() != want {
		t.Errorf("after the extension: %q, want %q", v.String(), want)
	}
	if err := v.Set("+run_id|job_run_id"); err == nil || !strings.Contains(err.Error(), `"run_id" is already required (as "run_id|run_key")`) {
		t.Errorf("a name of another requirement: %v", err)
	}
	v.AllowEmpty = true
	if err := v.Set("+"); err == nil || !strings.Contains(err.Error(), "empty list") {
		t.Errorf(`Set("+") with AllowEmpty = %v, want "empty list"`, err)
	}
	if err := v.Set(""); err != nil || got != nil {
		t.Errorf(`Set("") with AllowEmpty = %v, %q`, err, got)
	}
	if err := v.Set("+glue_job_run_id"); err != nil || v.String() != "glue_job_run_id" {
		t.Errorf("extending an empty list: %v, %q", err, v.String())
	}
}
