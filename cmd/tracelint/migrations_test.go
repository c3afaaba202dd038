package main_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestEmbeddedMigrations: the SQL files a package embeds with //go:embed are
// read under the command (go/packages) and under go vet (the unit
// configuration), whose ReadFile allows neither, and findings are printed at
// the file and line of the statement.
func TestEmbeddedMigrations(t *testing.T) {
	t.Parallel()
	const dir = "../../testdata/runtablelibs"
	// The command names the analyzer after the position; go vet does not.
	want := []string{
		"migrations/sql/001_job_runs.up.sql:2:1: %screate run-tracking table \"etl.job_runs\" (migration CREATE TABLE)",
		"migrations/dirs/db/1.sql:1:1: %screate run-tracking table \"glue_job_runs\" (migration CREATE TABLE)",
	}
	_, stderr, code := runIn(t, dir, tracelint, "-runtable", "./migrations/...")
	if code != 3 {
		t.Errorf("tracelint exited %d, want 3; stderr:\n%s", code, stderr)
	}
	for _, w := range want {
		if w := fmt.Sprintf(w, "runtable: "); !strings.Contains(stderr, w) {
			t.Errorf("tracelint output lacks %q; got:\n%s", w, stderr)
		}
	}
	_, stderr, code = runIn(t, dir, "go", "vet", "-vettool="+tracelint, "./migrations/...")
	if code == 0 {
		t.Errorf("go vet exited 0; stderr:\n%s", stderr)
	}
	for _, w := range want {
		if w := fmt.Sprintf(w, ""); !strings.Contains(stderr, w) {
			t.Errorf("go vet output lacks %q; got:\n%s", w, stderr)
		}
	}
}
