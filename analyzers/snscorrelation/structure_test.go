package snscorrelation

import "testing"

func TestJSONDefault(t *testing.T) {
	for in, want := range map[string]string{
		`{"default": "run_id=1", "email": "x"}`: "run_id=1",
		`{"default": 1}`:                        "",
		`{"email": "x"}`:                        "",
		`not json`:                              "",
	} {
		got, ok := jsonDefault(in)
		if got != want || ok != (want != "") {
			t.Errorf("jsonDefault(%q) = %q, %v", in, got, ok)
		}
	}
}
