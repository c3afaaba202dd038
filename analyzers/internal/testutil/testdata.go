package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// Testdata returns the absolute path of the module's testdata directory
// (GOPATH root of the analysistest suites, with the hermetic stubs in
// testdata/src and the module-mode packages in testdata/mod). It walks up
// from the working directory of `go test` (the package directory) to the
// directory holding the tracelint go.mod.
func Testdata(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if fileExists(filepath.Join(dir, "go.mod")) && fileExists(filepath.Join(dir, "testdata", "src")) {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("testutil.Testdata: no go.mod with a testdata/src directory above the working directory")
		}
		dir = parent
	}
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}
