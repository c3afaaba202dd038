// Package jobargs builds Glue arguments and Lambda events without importing
// Glue or Lambda: its exported helpers get facts saying which keys their
// results carry.
package jobargs

import (
	"encoding/json"
	"fmt"
)

// For returns the arguments every job gets.
func For(executionArn, runKey string) map[string]string { // want For:`^fields\(--execution-arn, --run-key\)$`
	return map[string]string{"--execution-arn": executionArn, "--run-key": runKey}
}

// Stage returns the stage argument only.
func Stage(stage string) map[string]string { // want Stage:`^fields\(--stage\)$`
	args := map[string]string{}
	args["--stage"] = stage
	return args
}

// With adds the run key to the arguments it is given.
func With(args map[string]string, runKey string) map[string]string { // want With:`^fields\(--run-key\) incomplete$`
	args["--run-key"] = runKey
	return args
}

// Event returns the payload of the validator Lambda.
func Event(arn, runID string) ([]byte, error) { // want Event:`^fields\(execution_arn, run_id\)$`
	return json.Marshal(map[string]string{"execution_arn": arn, "run_id": runID})
}

// Note returns a payload with a text the caller gives.
func Note(text string) []byte { // want Note:`^fields\(note\)\+param0$`
	return []byte(fmt.Sprintf("note=%s\n%s", "x", text))
}

// Name is a string helper of a package that starts no work: no fact.
func Name(run string) string { return "run_id=" + run }

// Config is not a payload helper: no fact for a function nothing is known of.
func Config() map[string]string { return load() }

var load = func() map[string]string { return nil }
