package uuidrunid

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
)

func isRunName(s string) bool { return naming.RunIDPattern.MatchString(naming.Snake(s)) }

func TestFormatSinks(t *testing.T) {
	for format, want := range map[string][]formatSink{
		"raw/run_id=%s/%s.parquet":             {{0, "run_id"}},
		"%s/run_id=%s/":                        {{1, "run_id"}},
		"run_id=%s/part-%s":                    {{0, "run_id"}},
		"dt=%[2]s/run_key=%[1]s/":              {{0, "run_key"}},
		"%*d/run_id=%s":                        {{2, "run_id"}},
		"%-8.*f|run_id=%v":                     {{2, "run_id"}},
		"100%% run_id=%s":                      {{0, "run_id"}},
		"request_id=%s/run_id=%q":              {{1, "run_id"}},
		"x/execution_name=%s":                  {{0, "execution_name"}},
		"run_id = %s":                          nil,
		"trace_id=%s":                          nil,
		"%srun_id=%s":                          {{1, "run_id"}},
		"run_id=":                              nil,
		"run_id=%":                             nil,
		"rerun_id=%s":                          nil,
		"--run-key=%s":                         {{0, "--run-key"}},
		"run_id=%[3]s":                         {{2, "run_id"}},
		"run_id=%[x]s":                         {{0, "run_id"}},
		"%d%d%d%d/run_id=%06.2f/job_run_id=%s": {{4, "run_id"}, {5, "job_run_id"}},
	} {
		if got := formatSinks(format, isRunName); !slices.Equal(got, want) {
			t.Errorf("formatSinks(%q) = %v, want %v", format, got, want)
		}
	}
}

// FuzzFormatSinks checks formatSinks against what fmt itself substitutes:
// each reported argument, formatted with a marker, lands right after
// "<name>=" in fmt.Sprintf's output.
func FuzzFormatSinks(f *testing.F) {
	for _, s := range []string{"raw/run_id=%s/%s", "dt=%[2]s/run_key=%[1]s/", "%*d/run_id=%s", "%%run_id=%v", "run_id=%[9]s", "%!", "%[1", "%.*[2]s run_id=%s"} {
		f.Add(s)
	}
	marker := regexp.MustCompile(`@(\d+)@`)
	f.Fuzz(func(t *testing.T, format string) {
		sinks := formatSinks(format, isRunName)
		args := make([]any, 8)
		for i := range args {
			args[i] = fmt.Sprintf("@%d@", i)
		}
		if strings.Contains(format, "*") {
			return // width arguments would need ints
		}
		out := fmt.Sprintf(format, args...)
		for _, s := range sinks {
			if s.arg < 0 {
				t.Fatalf("formatSinks(%q): negative argument %d", format, s.arg)
			}
			if s.arg >= len(args) {
				continue
			}
			want := s.name + "=" + fmt.Sprintf("@%d@", s.arg)
			if !strings.Contains(out, want) && !strings.Contains(out, "%!") && marker.MatchString(out) {
				t.Fatalf("formatSinks(%q) says argument %d follows %s=, but fmt gives %q", format, s.arg, s.name, out)
			}
		}
	})
}

func TestTrimVendor(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/google/uuid.New":                                "github.com/google/uuid.New",
		"example.com/app/vendor/github.com/google/uuid.New":         "github.com/google/uuid.New",
		"(*example.com/app/vendor/github.com/gofrs/uuid.Gen).NewV4": "(*github.com/gofrs/uuid.Gen).NewV4",
		"(app/vendor/x.io/y.T).M":                                   "(x.io/y.T).M",
		"vendor/golang.org/x/net/idna":                              "golang.org/x/net/idna",
		"crypto/rand.Text":                                          "crypto/rand.Text",
	} {
		if got := trimVendor(in); got != want {
			t.Errorf("trimVendor(%q) = %q, want %q", in, got, want)
		}
	}
}
