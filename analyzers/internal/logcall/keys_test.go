package logcall

import (
	"slices"
	"testing"
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
