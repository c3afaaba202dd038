package runtable_test

import (
	"path/filepath"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// The SQL driver stubs under testdata/src (GOPATH mode, for analysistest)
// must be exact subsets of the real modules, which testdata/mod requires.
var driverStubs = []string{
	"github.com/jackc/pgx/v5",
	"github.com/jackc/pgx/v5/pgconn",
	"github.com/jackc/pgx/v5/pgxpool",
	"github.com/jmoiron/sqlx",
}

const stubHeader = "// Stub of %s for analysistest; checked against the real module by analyzers/runtable."

// TestStubsMatchRealModules type-checks every driver stub and compares each
// exported object it declares (constants, functions, types, their fields and
// methods, interface methods) with the real package of the same path.
func TestStubsMatchRealModules(t *testing.T) {
	testdata := testutil.Testdata(t)
	testutil.CompareStubs(t, testutil.Stubs{
		Src:    filepath.Join(testdata, "src"),
		Header: stubHeader,
		Paths:  driverStubs,
		Module: filepath.Join(testdata, "mod"),
	})
}
