package uuidrunid_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// stubHeader starts every file of the generator stubs under testdata/src.
const stubHeader = "// Stub of %s for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules)."

// TestStubsMatchRealModules checks every exported declaration of the
// generator stubs (testdata/src/github.com/google/uuid, ...) against the
// real module of the same import path, which the module-mode test package
// testdata/mod/uuidrunid* requires: a stub that drifts from the real API would
// let the analyzer pass its tests and miss real code.
func TestStubsMatchRealModules(t *testing.T) {
	testdata := testutil.Testdata(t)
	src := filepath.Join(testdata, "src")
	paths := stubPackages(t, src)
	if len(paths) < 12 {
		t.Fatalf("found %d generator stub packages under %s, want every default family: %v", len(paths), src, paths)
	}
	testutil.CompareStubs(t, testutil.Stubs{
		Src:    src,
		Header: stubHeader,
		Paths:  paths,
		Module: filepath.Join(testdata, "mod"),
		Env:    []string{"GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"},
	})
}

// stubPackages lists the import paths of the directories under src whose Go
// files carry the generator stub header.
func stubPackages(t *testing.T, src string) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(filepath.Join(src, "github.com"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		rel, err := filepath.Rel(src, filepath.Dir(p))
		if err != nil {
			return err
		}
		path := filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(data, []byte(fmt.Sprintf(stubHeader, path))) && !slices.Contains(paths, path) {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	return paths
}
