package logcall

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestFormatKeys(t *testing.T) {
	for format, want := range map[string][]string{
		"run_id=%s execution_arn=%s": {"run_id", "execution_arn"},
		"RunId: %v, took %d ms":      {"RunId", ""},
		`{"run_id":"%s","n":%d}`:     {"run_id", "n"},
		"100%% done for %s":          {""},
		"request %s":                 {""},
		"id=%-10s|%[1]s":             nil,
		"width %*d":                  nil,
		"trailing %":                 nil,
		"request-id = '%s'":          {"request-id"},
		"message.id=%s receipt=%q\n": {"message.id", "receipt"},
		"":                           nil,
		"é=%s":                       {""},
	} {
		if got := formatKeys(format); !slices.Equal(got, want) {
			t.Errorf("formatKeys(%q) = %q, want %q", format, got, want)
		}
	}
}

func TestIsDependency(t *testing.T) {
	for _, c := range []struct {
		m    *analysis.Module
		want bool
	}{
		{nil, false}, // Bazel nogo, GOPATH mode: the code being checked
		{&analysis.Module{Path: "example.com/app", Main: true}, false},
		{&analysis.Module{Path: "example.com/lib"}, false}, // workspace module
		{&analysis.Module{Path: "example.com/lib", Version: "v1.2.3", Replace: &analysis.Module{Path: "../lib"}}, false},
		{&analysis.Module{Path: "go.uber.org/zap", Version: "v1.27.1"}, true},
	} {
		if got := isDependency(c.m); got != c.want {
			t.Errorf("isDependency(%+v) = %t, want %t", c.m, got, c.want)
		}
	}
}
