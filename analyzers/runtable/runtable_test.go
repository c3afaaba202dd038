package runtable_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/runtable"
)

func TestDynamoDB(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/dynamo")
}

func TestDynamoDBV1(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/dynamov1")
}

func TestDatabaseSQL(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/sqldb")
}

func TestPgx(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/pgxpkg")
}

func TestSqlx(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/sqlxpkg")
}

// TestFacts checks helpers and names of other packages, known through facts,
// and that a package importing no database package is still checked when
// it imports one with facts.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/tables", "runtable/store", "runtable/app", "runtable/alias", "runtable/app2", "runtable/consts", "runtable/app3")
}

func TestSuppress(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runtable.Analyzer, "runtable/suppress")
}

func TestCustomPatternFlag(t *testing.T) {
	a := runtable.New(runtable.DefaultOptions())
	if err := a.Flags.Set("pattern", `^(.+_)?(batches|job_log)$`); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "runtable/custom")
	// The shared Analyzer keeps its default.
	if got := runtable.Analyzer.Flags.Lookup("pattern").Value.String(); got != runtable.DefaultPattern {
		t.Errorf("runtable.Analyzer pattern = %q after configuring another instance", got)
	}
}

func TestBadFlagValues(t *testing.T) {
	a := runtable.New(runtable.DefaultOptions())
	for _, v := range []string{"", "(runs", "job_runs[", `\`} {
		if err := a.Flags.Set("pattern", v); err == nil {
			t.Errorf("Set(pattern, %q) succeeded, want an error", v)
		}
	}
	if got := a.Flags.Lookup("pattern").Value.String(); got != runtable.DefaultPattern {
		t.Errorf("pattern = %q after bad values, want the default", got)
	}
}

// TestRealModules runs the analyzer in module mode against the real
// DynamoDB modules (v2 and v1), database/sql, pgx v5 and sqlx, so the
// hermetic stubs cannot hide a drift from the real APIs. `make deps` fills
// the module cache first.
func TestRealModules(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "mod"), runtable.Analyzer, "./runtable/...")
}

// runtablelibs runs the analyzer in module mode over packages of the
// runtablelibs module, which requires the real libraries.
func runtablelibs(t *testing.T, patterns ...string) {
	t.Helper()
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "runtablelibs"), runtable.Analyzer, patterns...)
}

func TestGorm(t *testing.T) { runtablelibs(t, "./gormruns/...") }

func TestQueryBuilders(t *testing.T) { runtablelibs(t, "./builders/...") }

func TestGureguDynamo(t *testing.T) { runtablelibs(t, "./dynamolib/...") }

func TestBun(t *testing.T) { runtablelibs(t, "./bunruns/...") }

// TestEnt checks an application's calls of ent's generated client (the
// code under testdata/runtablelibs/ent is entc's output, unchanged).
func TestEnt(t *testing.T) { runtablelibs(t, "./entapp") }

// TestSqlc: sqlc's generated code runs constant statements through
// database/sql (its DBTX interface), which the driver support covers; the
// findings are at the generated call that runs each statement.
func TestSqlc(t *testing.T) { runtablelibs(t, "./sqlcdb") }
