package runtable_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
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
	src := filepath.Join(testdata(t), "src")
	fset := token.NewFileSet()
	si := &stubImporter{src: src, fset: fset, std: importer.ForCompiler(fset, "gc", nil), pkgs: map[string]*types.Package{}}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: filepath.Join(testdata(t), "mod")}
	reals, err := packages.Load(cfg, driverStubs...)
	if err != nil {
		t.Fatalf("loading the real packages: %v", err)
	}
	real := map[string]*types.Package{}
	for _, p := range reals {
		for _, e := range p.Errors {
			t.Errorf("real package %s: %v (is its module required by testdata/mod/go.mod? run make deps)", p.PkgPath, e)
		}
		real[p.PkgPath] = p.Types
	}
	for _, path := range driverStubs {
		stub, err := si.Import(path)
		if err != nil {
			t.Errorf("stub %s: %v", path, err)
			continue
		}
		if real[path] == nil {
			t.Errorf("real package %s not loaded", path)
			continue
		}
		t.Run(path, func(t *testing.T) { comparePackages(t, stub, real[path]) })
	}
}

type stubImporter struct {
	src  string
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func (si *stubImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := si.pkgs[path]; ok {
		if pkg == nil {
			return nil, fmt.Errorf("import cycle or broken stub %s", path)
		}
		return pkg, nil
	}
	dir := filepath.Join(si.src, filepath.FromSlash(path))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return si.std.Import(path) // the standard library
	}
	si.pkgs[path] = nil
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		name := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if first, _, _ := bytes.Cut(data, []byte("\n")); string(first) != fmt.Sprintf(stubHeader, path) {
			return nil, fmt.Errorf("%s: first line %q, want %q", name, first, fmt.Sprintf(stubHeader, path))
		}
		f, err := parser.ParseFile(si.fset, name, data, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: si}
	pkg, err := conf.Check(path, si.fset, files, nil)
	if err != nil {
		return nil, err
	}
	si.pkgs[path] = pkg
	return pkg, nil
}

func typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

func comparePackages(t *testing.T, stub, real *types.Package) {
	if stub.Name() != real.Name() {
		t.Errorf("package name %s, real %s", stub.Name(), real.Name())
	}
	for _, name := range stub.Scope().Names() {
		obj := stub.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		robj := real.Scope().Lookup(name)
		if robj == nil {
			t.Errorf("%s: not in the real package", name)
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			rc, ok := robj.(*types.Const)
			if !ok || rc.Val().ExactString() != obj.Val().ExactString() || typeString(rc.Type()) != typeString(obj.Type()) {
				t.Errorf("%s: stub %s, real %s", name, obj, robj)
			}
		case *types.Func, *types.Var:
			if typeString(obj.Type()) != typeString(robj.Type()) {
				t.Errorf("%s: stub %s, real %s", name, typeString(obj.Type()), typeString(robj.Type()))
			}
		case *types.TypeName:
			rt, ok := robj.(*types.TypeName)
			if !ok {
				t.Errorf("%s: a type in the stub, not in the real package", name)
				continue
			}
			compareTypes(t, name, obj, rt)
		}
	}
}

func compareTypes(t *testing.T, name string, stub, real *types.TypeName) {
	sn, ok1 := stub.Type().(*types.Named)
	rn, ok2 := real.Type().(*types.Named)
	if !ok1 || !ok2 {
		t.Errorf("%s: not a named type", name)
		return
	}
	switch su := sn.Underlying().(type) {
	case *types.Struct:
		ru, ok := rn.Underlying().(*types.Struct)
		if !ok {
			t.Errorf("%s: a struct in the stub only", name)
			return
		}
		for f := range su.Fields() {
			if !f.Exported() {
				continue
			}
			var rf *types.Var
			for g := range ru.Fields() {
				if g.Name() == f.Name() {
					rf = g
				}
			}
			if rf == nil || rf.Embedded() != f.Embedded() || typeString(rf.Type()) != typeString(f.Type()) {
				t.Errorf("%s.%s: stub field %s, real %v", name, f.Name(), typeString(f.Type()), rf)
			}
		}
	case *types.Interface:
		ru, ok := rn.Underlying().(*types.Interface)
		if !ok {
			t.Errorf("%s: an interface in the stub only", name)
			return
		}
		for m := range su.Methods() {
			var rm *types.Func
			for n := range ru.Methods() {
				if n.Name() == m.Name() {
					rm = n
				}
			}
			if rm == nil || typeString(rm.Type()) != typeString(m.Type()) {
				t.Errorf("%s.%s: stub method %s, real %v", name, m.Name(), typeString(m.Type()), rm)
			}
		}
	default:
		if typeString(su) != typeString(rn.Underlying()) {
			t.Errorf("%s: stub underlying %s, real %s", name, typeString(su), typeString(rn.Underlying()))
		}
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
			t.Errorf("%s.%s: method not declared on the real type", name, m.Name())
			continue
		}
		_, sp := types.Unalias(m.Signature().Recv().Type()).(*types.Pointer)
		_, rp := types.Unalias(rm.Signature().Recv().Type()).(*types.Pointer)
		if sp != rp || typeString(m.Type()) != typeString(rm.Type()) {
			t.Errorf("%s.%s: stub %s (pointer receiver %t), real %s (pointer receiver %t)", name, m.Name(),
				typeString(m.Type()), sp, typeString(rm.Type()), rp)
		}
	}
}
