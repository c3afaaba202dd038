package plugin

import (
	"regexp"
	"slices"
	"testing"

	"github.com/tracelint/tracelint/analyzers/markers"
	"github.com/tracelint/tracelint/analyzers/runpaths"
)

// TestS3Settings: the markers and runpaths settings reach their flags,
// validated as the flags validate them, and leave the package-level
// analyzers alone.
func TestS3Settings(t *testing.T) {
	as, err := build(t, map[string]any{
		"markers": map[string]any{
			// A YAML folded string: one marker per line.
			"fields": "_SUCCESS:run_id,execution_arn,trigger.event_id; _MANIFEST.json:run_id|run_key,files",
			"strict": true,
		},
		"runpaths": map[string]any{"segment": "run_key", "keys": `^curated/.*=`, "strict": true},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := flagValues(as[slices.Index(names(as), markers.Name)])
	if m["fields"] != "_SUCCESS:run_id,execution_arn,trigger.event_id;_MANIFEST.json:run_id|run_key,files" || m["strict"] != "true" {
		t.Errorf("markers flags after settings: %v", m)
	}
	r := flagValues(as[slices.Index(names(as), runpaths.Name)])
	if r["segment"] != "run_key" || r["keys"] != `^curated/.*=` || r["strict"] != "true" {
		t.Errorf("runpaths flags after settings: %v", r)
	}
	if got := flagValues(markers.Analyzer)["fields"]; got != markers.FormatMarkers(markers.DefaultOptions().Markers) {
		t.Errorf("package-level markers.Analyzer changed: %v", got)
	}
	if got := flagValues(runpaths.Analyzer)["segment"]; got != "run_id" {
		t.Errorf("package-level runpaths.Analyzer changed: %v", got)
	}
}

func TestBadS3Settings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"markers": map[string]any{"fields": ""}}, `markers\.fields: empty list`},
		{map[string]any{"markers": map[string]any{"fields": "run_id,execution_arn"}}, `markers\.fields: "run_id" comes before any marker name`},
		{map[string]any{"markers": map[string]any{"fields": []any{"_SUCCESS:run_id"}}}, `markers\.fields: want a string, got \["_SUCCESS:run_id"\]`},
		{map[string]any{"markers": map[string]any{"fields": "_SUCCESS:run_id,runId"}}, `markers\.fields: marker "_SUCCESS": "run_id" and "runId" name the same field`},
		{map[string]any{"runpaths": map[string]any{"segment": "run_id="}}, `runpaths\.segment: give the name alone`},
		{map[string]any{"runpaths": map[string]any{"segment": ""}}, `runpaths\.segment: empty segment name`},
		{map[string]any{"runpaths": map[string]any{"keys": "(dt="}}, `runpaths\.keys: not a valid regular expression`},
		{map[string]any{"runpaths": map[string]any{"segments": "run_id"}}, `runpaths\.segments: unknown setting \(runpaths has: enabled, keys, segment, strict\)`},
	} {
		_, err := build(t, tc.settings)
		if err == nil {
			t.Errorf("settings %v accepted, want an error matching %s", tc.settings, tc.want)
			continue
		}
		if !regexp.MustCompile(tc.want).MatchString(err.Error()) {
			t.Errorf("settings %v: error %q does not match %s", tc.settings, err, tc.want)
		}
	}
}
