package runtable_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/runtable"
)

// TestMigrations checks the SQL files that packages of the runtablelibs
// module embed with //go:embed (patterns of files, a quoted name, whole
// directories with and without all:). analysistest reads expectations only
// from Go files and the driver's other files, which never include embedded
// ones, so the findings are compared as file:line: message.
func TestMigrations(t *testing.T) {
	dir := filepath.Join(testutil.Testdata(t), "runtablelibs")
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./migrations", "./migrations/dirs")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	const tail = ": run state lives in Step Functions execution history; use ListExecutions/DescribeExecution"
	want := []string{
		`migrations/dirs/db/1.sql:1: create run-tracking table "glue_job_runs" (migration CREATE TABLE)`,
		`migrations/dirs/db/_drafts/3.sql:1: create run-tracking table "draft_runs" (migration CREATE TABLE)`,
		`migrations/dirs/db/sub/2.SQL:1: write to run-tracking table "run_history" (migration UPDATE)`,
		`migrations/schema.sql:1: create run-tracking table "pipeline_executions" (migration CREATE TABLE)`,
		`migrations/sql/001_job_runs.up.sql:2: create run-tracking table "etl.job_runs" (migration CREATE TABLE)`,
		`migrations/sql/002_job_status.up.sql:2: create run-tracking table "job_status" (migration CREATE TABLE)`,
		`migrations/sql/004_runs_v2.up.sql:1: create run-tracking table "job_runs_v2" (migration CREATE TABLE)`,
		`migrations/sql/004_runs_v2.up.sql:5: write to run-tracking table "legacy_run_history" (migration INSERT)`,
	}
	diags := testutil.Analyze(t, runtable.New(runtable.DefaultOptions()), pkgs)
	got := make([]string, 0, len(diags))
	for _, d := range diags {
		posn := pkgs[0].Fset.Position(d.Pos)
		rel, err := filepath.Rel(dir, posn.Filename)
		if err != nil {
			t.Fatal(err)
		}
		msg, ok := strings.CutSuffix(d.Message, tail)
		if !ok {
			t.Errorf("%s: message %q lacks %q", rel, d.Message, tail)
		}
		got = append(got, filepath.ToSlash(rel)+":"+strconv.Itoa(posn.Line)+": "+msg)
	}
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestMigrationsAtEmbed: with -runtable.migrations-at-embed (set by the
// golangci-lint plugin, which drops findings outside Go files), the findings
// are at the //go:embed directive and name the SQL file and line.
func TestMigrationsAtEmbed(t *testing.T) {
	a := runtable.New(runtable.DefaultOptions())
	if err := a.Flags.Set("migrations-at-embed", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "runtablelibs"), a, "./migrations/atembed")
}
