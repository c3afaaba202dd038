package sdkstub

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// stubPrefix is the import path prefix of the stub packages checked here.
const stubPrefix = "github.com/aws"

// stubHeader is the first line every stub file must start with.
const stubHeader = "// Stub of %s for analysistest; checked against the real SDK by analyzers/internal/sdkstub."

// TestStubsMatchRealSDK checks every exported object declared in a stub
// package under testdata/src/github.com/aws against the real SDK package with
// the same import path.
func TestStubsMatchRealSDK(t *testing.T) {
	testdata := testutil.Testdata(t)
	src := filepath.Join(testdata, "src")
	paths := findStubPackages(t, src)
	if len(paths) == 0 {
		t.Fatalf("no stub packages found under %s", filepath.Join(src, stubPrefix))
	}
	checkDepsFile(t, paths)
	// The real SDK packages load through the requirements of the root module.
	testutil.CompareStubs(t, testutil.Stubs{
		Src:    src,
		Header: stubHeader,
		Paths:  paths,
		Module: filepath.Dir(testdata),
	})
}

// cdkStubs are the directories under src/github.com/aws that stub the AWS
// CDK for Go, not an SDK: analyzers/propagation checks them against the CDK
// module its testdata requires (the root module does not require the CDK,
// which is large).
var cdkStubs = []string{"aws-cdk-go", "constructs-go", "jsii-runtime-go"}

// findStubPackages returns the sorted import paths of all directories under
// src/github.com/aws that contain Go files, except the CDK's.
func findStubPackages(t *testing.T, src string) []string {
	t.Helper()
	seen := map[string]bool{}
	root := filepath.Join(src, filepath.FromSlash(stubPrefix))
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && filepath.Dir(p) == root && slices.Contains(cdkStubs, d.Name()) {
			return filepath.SkipDir
		}
		if d.IsDir() || !testutil.IsGoSource(d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(src, filepath.Dir(p))
		if err != nil {
			return err
		}
		seen[filepath.ToSlash(rel)] = true
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", root, err)
	}
	paths := make([]string, 0, len(seen))
	for p := range seen {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return paths
}

// checkDepsFile verifies that deps.go blank-imports the real package of every
// stub, so that `go mod tidy` keeps the modules this test loads.
func checkDepsFile(t *testing.T, paths []string) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "deps.go", nil, parser.ImportsOnly)
	if err != nil {
		t.Fatalf("parsing deps.go: %v", err)
	}
	imported := map[string]bool{}
	for _, imp := range f.Imports {
		imported[strings.Trim(imp.Path.Value, `"`)] = true
	}
	for _, path := range paths {
		if !imported[path] {
			t.Errorf("deps.go does not import %q; add it so that go mod tidy keeps its module", path)
		}
	}
}
