package uuidrunid_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// stubHeader starts every file of the generator stubs under testdata/src.
const stubHeader = "// Stub of %s for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules)."

// TestStubsMatchRealModules checks every exported declaration of the
// generator stubs (testdata/src/github.com/google/uuid, ...) against the
// real module of the same import path, which the module-mode test package
// testdata/mod/uuidrunid* requires: a stub that drifts from the real API would
// let the analyzer pass its tests and miss real code.
func TestStubsMatchRealModules(t *testing.T) {
	src := filepath.Join(testdata(t), "src")
	paths := stubPackages(t, src)
	if len(paths) < 12 {
		t.Fatalf("found %d generator stub packages under %s, want every default family: %v", len(paths), src, paths)
	}
	fset := token.NewFileSet()
	std := importer.ForCompiler(fset, "gc", nil)
	stubs := make(map[string]*types.Package)
	for _, path := range paths {
		pkg, err := checkStub(fset, std, src, path)
		if err != nil {
			t.Errorf("stub %s: %v", path, err)
			continue
		}
		stubs[path] = pkg
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  filepath.Join(testdata(t), "mod"),
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	reals, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	for _, real := range reals {
		if len(real.Errors) > 0 {
			t.Errorf("real package %s: %v (is it required by testdata/mod/go.mod?)", real.PkgPath, real.Errors[0])
			continue
		}
		if stub := stubs[real.PkgPath]; stub != nil {
			t.Run(real.PkgPath, func(t *testing.T) { compareStub(t, stub, real.Types) })
		}
	}
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

// checkStub type-checks one stub package (stubs import only the standard
// library).
func checkStub(fset *token.FileSet, std types.Importer, src, path string) (*types.Package, error) {
	dir := filepath.Join(src, filepath.FromSlash(path))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: std}
	return conf.Check(path, fset, files, nil)
}

func qualifier(p *types.Package) string { return p.Name() }

func typeString(t types.Type) string { return types.TypeString(t, qualifier) }

// compareStub reports every exported declaration of stub that the real
// package lacks or declares differently.
func compareStub(t *testing.T, stub, real *types.Package) {
	if stub.Name() != real.Name() {
		t.Errorf("package name: stub %s, real %s", stub.Name(), real.Name())
	}
	for _, name := range stub.Scope().Names() {
		obj := stub.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		robj := real.Scope().Lookup(name)
		if robj == nil {
			t.Errorf("%s: declared in the stub, missing from the real package", name)
			continue
		}
		if fmt.Sprintf("%T", obj) != fmt.Sprintf("%T", robj) {
			t.Errorf("%s: stub declares a %T, real package a %T", name, obj, robj)
			continue
		}
		tn, ok := obj.(*types.TypeName)
		if !ok {
			if s, r := typeString(obj.Type()), typeString(robj.Type()); s != r {
				t.Errorf("%s: stub type %s, real type %s", name, s, r)
			}
			continue
		}
		rtn := robj.(*types.TypeName)
		if s, r := typeString(tn.Type().Underlying()), typeString(rtn.Type().Underlying()); s != r && !isStruct(tn.Type()) {
			t.Errorf("%s: stub underlying type %s, real %s", name, s, r)
		}
		sn, ok1 := tn.Type().(*types.Named)
		rn, ok2 := rtn.Type().(*types.Named)
		if !ok1 || !ok2 {
			continue
		}
		for m := range sn.Methods() {
			if !m.Exported() {
				continue
			}
			var rm *types.Func
			for n := range rn.Methods() {
				if n.Name() == m.Name() {
					rm = n
				}
			}
			if rm == nil {
				t.Errorf("%s.%s: method declared in the stub, missing from the real type", name, m.Name())
				continue
			}
			if s, r := typeString(m.Type()), typeString(rm.Type()); s != r || ptrRecv(m) != ptrRecv(rm) {
				t.Errorf("%s.%s: stub %s (pointer receiver %t), real %s (pointer receiver %t)", name, m.Name(), s, ptrRecv(m), r, ptrRecv(rm))
			}
		}
	}
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

func ptrRecv(m *types.Func) bool {
	_, ok := m.Signature().Recv().Type().(*types.Pointer)
	return ok
}
