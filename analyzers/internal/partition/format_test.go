package partition_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/partition"
)

func TestFormatValues(t *testing.T) {
	for format, want := range map[string][]partition.Value{
		"raw/run_id=%s/%s.parquet":             {{0, "run_id"}},
		"%s/run_id=%s/":                        {{1, "run_id"}},
		"run_id=%s/part-%s":                    {{0, "run_id"}},
		"dt=%[2]s/run_key=%[1]s/":              {{1, "dt"}, {0, "run_key"}},
		"%*d/run_id=%s":                        {{2, "run_id"}},
		"%-8.*f|run_id=%v":                     {{2, "run_id"}},
		"100%% run_id=%s":                      {{0, "run_id"}},
		"request_id=%s/run_id=%q":              {{0, "request_id"}, {1, "run_id"}},
		"x/execution_name=%s":                  {{0, "execution_name"}},
		"run_id = %s":                          nil,
		"trace_id=%s":                          {{0, "trace_id"}},
		"%srun_id=%s":                          {{1, "run_id"}},
		"run_id=":                              nil,
		"run_id=%":                             nil,
		"rerun_id=%s":                          {{0, "rerun_id"}},
		"dt=%s/%s":                             {{0, "dt"}},
		"a b=%s":                               {{0, "b"}},
		"=%s":                                  nil,
		"--run-key=%s":                         {{0, "--run-key"}},
		"run_id=%[3]s":                         {{2, "run_id"}},
		"run_id=%[x]s":                         nil,
		"run_id=%[1%s":                         nil,
		"run_id=%T/dt=%s":                      {{1, "dt"}},
		"%5%run_id=%s":                         {{0, "run_id"}},
		"%d%d%d%d/run_id=%06.2f/job_run_id=%s": {{4, "run_id"}, {5, "job_run_id"}},
	} {
		if got := partition.FormatValues(format); !slices.Equal(got, want) {
			t.Errorf("FormatValues(%q) = %v, want %v", format, got, want)
		}
	}
}

// marker formats as "@<n>@" under every verb, width and flag, so that the
// fuzz oracle sees where fmt put an argument whatever the verb does to a
// string (%X hex-encodes it, %.1s truncates it).
type marker int

func (m marker) Format(f fmt.State, _ rune) { fmt.Fprintf(f, "@%d@", int(m)) }

// FuzzFormatValues checks FormatValues against what fmt itself substitutes:
// each reported argument, formatted with a marker, lands right after
// "<name>=" in fmt.Sprintf's output.
func FuzzFormatValues(f *testing.F) {
	for _, s := range []string{"raw/run_id=%s/%s", "dt=%[2]s/run_key=%[1]s/", "%*d/run_id=%s", "%%run_id=%v", "run_id=%[9]s", "%!", "%[1", "%.*[2]s run_id=%s", "dt=%[1]s00000000=%007X0", "run_id=%.1s"} {
		f.Add(s)
	}
	markers := regexp.MustCompile(`@(\d+)@`)
	f.Fuzz(func(t *testing.T, format string) {
		sinks := partition.FormatValues(format)
		args := make([]any, 8)
		for i := range args {
			args[i] = marker(i)
		}
		if strings.Contains(format, "*") {
			return // width arguments would need ints
		}
		out := fmt.Sprintf(format, args...)
		for _, s := range sinks {
			if s.Arg < 0 {
				t.Fatalf("FormatValues(%q): negative argument %d", format, s.Arg)
			}
			if s.Arg >= len(args) {
				continue
			}
			want := s.Name + "=" + fmt.Sprintf("@%d@", s.Arg)
			if !strings.Contains(out, want) && !strings.Contains(out, "%!") && markers.MatchString(out) {
				t.Fatalf("FormatValues(%q) says argument %d follows %s=, but fmt gives %q", format, s.Arg, s.Name, out)
			}
		}
	})
}
