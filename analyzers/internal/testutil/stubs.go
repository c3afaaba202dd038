package testutil

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// Stubs describes a set of hermetic stub packages under a GOPATH src
// directory and the module whose requirements provide the real packages
// they copy.
type Stubs struct {
	Src    string   // GOPATH src directory holding the stubs (Testdata(t)/src)
	Header string   // first line of every stub file, with %s for the package's import path
	Paths  []string // import paths of the stub packages to check
	Module string   // directory of the module that requires the real packages
	Env    []string // extra environment for loading the real packages (appended to os.Environ())
}

// CompareStubs type-checks every stub package of s, loads the real package
// of the same import path in module mode and compares them (ComparePackages)
// in a subtest named by the import path.
func CompareStubs(t *testing.T, s Stubs) {
	t.Helper()
	stubs := CheckStubs(t, s.Src, s.Header, s.Paths)
	reals := LoadReal(t, s.Module, s.Env, s.Paths)
	for _, path := range s.Paths {
		stub, real := stubs[path], reals[path]
		if stub == nil || real == nil {
			continue // already reported
		}
		t.Run(path, func(t *testing.T) { ComparePackages(t, stub, real) })
	}
}

// CheckStubs type-checks the stub packages paths under src. Every non-test
// Go file of a stub must start with the line fmt.Sprintf(header, path).
// Stubs may import other stubs under src and the standard library, nothing
// else. A stub that fails is reported on tb and missing from the result.
func CheckStubs(tb testing.TB, src, header string, paths []string) map[string]*types.Package {
	tb.Helper()
	fset := token.NewFileSet()
	si := &stubImporter{
		src:    src,
		header: header,
		fset:   fset,
		std:    importer.ForCompiler(fset, "gc", nil),
		pkgs:   map[string]*types.Package{},
	}
	out := map[string]*types.Package{}
	for _, path := range paths {
		pkg, err := si.Import(path)
		if err != nil {
			tb.Errorf("stub %s: %v", path, err)
			continue
		}
		out[path] = pkg
	}
	return out
}

// LoadReal loads the real packages with the given import paths in module
// mode from the module in dir (extra environment env appended to
// os.Environ()). A package that does not load is reported on tb and missing
// from the result.
func LoadReal(tb testing.TB, dir string, env []string, paths []string) map[string]*types.Package {
	tb.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
	}
	if len(env) > 0 {
		cfg.Env = append(os.Environ(), env...)
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		tb.Fatalf("loading the real packages: %v", err)
	}
	out := map[string]*types.Package{}
	reported := map[string]bool{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			for _, e := range p.Errors {
				tb.Errorf("real package %s: %v (is its module required by %s? make deps downloads it)", p.PkgPath, e, filepath.Join(dir, "go.mod"))
			}
			reported[p.PkgPath] = true
			continue
		}
		out[p.PkgPath] = p.Types
	}
	for _, path := range paths {
		if out[path] == nil && !reported[path] {
			tb.Errorf("real package %s was not loaded", path)
		}
	}
	return out
}

// IsGoSource reports whether name is a non-test Go file.
func IsGoSource(name string) bool {
	return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
}

// stubImporter type-checks stub packages from src on demand and delegates
// standard library imports to the default importer.
type stubImporter struct {
	src    string
	header string
	fset   *token.FileSet
	std    types.Importer
	pkgs   map[string]*types.Package
}

func (si *stubImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := si.pkgs[path]; ok {
		if pkg == nil {
			return nil, fmt.Errorf("stub package %s failed to type-check (or imports itself)", path)
		}
		return pkg, nil
	}
	dir := filepath.Join(si.src, filepath.FromSlash(path))
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
			return nil, fmt.Errorf("%s is neither a stub under %s nor a standard library package", path, si.src)
		}
		return si.std.Import(path)
	}
	si.pkgs[path] = nil // in progress, or failed
	pkg, err := si.check(path, dir)
	if err != nil {
		return nil, err
	}
	si.pkgs[path] = pkg
	return pkg, nil
}

func (si *stubImporter) check(path, dir string) (*types.Package, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	header := []byte(fmt.Sprintf(si.header, path))
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !IsGoSource(e.Name()) {
			continue
		}
		filename := filepath.Join(dir, e.Name())
		src, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		if first, _, _ := bytes.Cut(src, []byte("\n")); !bytes.Equal(first, header) {
			return nil, fmt.Errorf("%s: first line is %q, want %q", filename, first, header)
		}
		f, err := parser.ParseFile(si.fset, filename, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	var errs []string
	conf := types.Config{
		Importer: si,
		Error:    func(err error) { errs = append(errs, "\n\t"+err.Error()) },
	}
	pkg, _ := conf.Check(path, si.fset, files, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("type-checking stub %s:%s", path, strings.Join(errs, ""))
	}
	return pkg, nil
}

// qualifier prints package-level objects qualified by package name only, so
// that types from the stub and the real universe print identically.
func qualifier(p *types.Package) string { return p.Name() }

func typeString(typ types.Type) string { return types.TypeString(typ, qualifier) }

// ComparePackages reports on tb every exported object declared in stub that
// is missing from real or declared differently: its kind, type, constant
// value, alias-ness, type parameters, exported struct fields, interface
// methods (unexported marker methods included) and exported methods with
// their receivers.
func ComparePackages(tb testing.TB, stub, real *types.Package) {
	tb.Helper()
	if stub.Name() != real.Name() {
		tb.Errorf("%s: stub package name %s, real package name %s", stub.Path(), stub.Name(), real.Name())
	}
	scope := stub.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		id := stub.Path() + "." + name
		robj := real.Scope().Lookup(name)
		if robj == nil {
			tb.Errorf("%s: declared in stub (%s) but missing from real package %s", id, objString(obj), real.Path())
			continue
		}
		if kind(obj) != kind(robj) {
			tb.Errorf("%s: stub declares a %s (%s), real package declares a %s (%s)", id, kind(obj), objString(obj), kind(robj), objString(robj))
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			rc, _ := robj.(*types.Const)
			compareType(tb, id, obj.Type(), rc.Type())
			if obj.Val().ExactString() != rc.Val().ExactString() {
				tb.Errorf("%s: stub value %s, real value %s", id, obj.Val().ExactString(), rc.Val().ExactString())
			}
		case *types.Var, *types.Func:
			compareType(tb, id, obj.Type(), robj.Type())
		case *types.TypeName:
			rtn, _ := robj.(*types.TypeName)
			compareTypeNames(tb, id, obj, rtn)
		}
	}
}

func compareType(tb testing.TB, id string, stub, real types.Type) {
	tb.Helper()
	if s, r := typeString(stub), typeString(real); s != r {
		tb.Errorf("%s: stub type %s, real type %s", id, s, r)
	}
}

func compareTypeNames(tb testing.TB, id string, stub, real *types.TypeName) {
	tb.Helper()
	if stub.IsAlias() != real.IsAlias() {
		tb.Errorf("%s: stub alias=%t (%s), real alias=%t (%s)", id, stub.IsAlias(), objString(stub), real.IsAlias(), objString(real))
		return
	}
	if stub.IsAlias() {
		compareType(tb, id, types.Unalias(stub.Type()), types.Unalias(real.Type()))
		return
	}
	sn, ok1 := stub.Type().(*types.Named)
	rn, ok2 := real.Type().(*types.Named)
	if !ok1 || !ok2 {
		compareType(tb, id, stub.Type(), real.Type())
		return
	}
	if s, r := typeParamsString(sn), typeParamsString(rn); s != r {
		tb.Errorf("%s: stub type parameters %s, real type parameters %s", id, s, r)
	}

	switch su := sn.Underlying().(type) {
	case *types.Struct:
		ru, ok := rn.Underlying().(*types.Struct)
		if !ok {
			tb.Errorf("%s: stub underlying type %s, real underlying type %s", id, typeString(su), typeString(rn.Underlying()))
			break
		}
		compareStructs(tb, id, su, ru)
	case *types.Interface:
		ru, ok := rn.Underlying().(*types.Interface)
		if !ok {
			tb.Errorf("%s: stub underlying type %s, real underlying type %s", id, typeString(su), typeString(rn.Underlying()))
			break
		}
		compareInterfaces(tb, id, su, ru)
	default:
		compareType(tb, id+" (underlying)", su, rn.Underlying())
	}

	// Methods declared on the stub type.
	for m := range sn.Methods() {
		if !m.Exported() {
			continue
		}
		mid := id + "." + m.Name()
		rm := byName(rn.Methods(), m.Name())
		if rm == nil {
			tb.Errorf("%s: method declared in stub (%s) but not declared on the real type", mid, typeString(m.Type()))
			continue
		}
		if s, r := ptrRecv(m), ptrRecv(rm); s != r {
			tb.Errorf("%s: stub pointer receiver=%t, real pointer receiver=%t", mid, s, r)
		}
		compareType(tb, mid, m.Type(), rm.Type())
	}
}

func typeParamsString(n *types.Named) string {
	var parts []string
	for tp := range n.TypeParams().TypeParams() {
		parts = append(parts, tp.Obj().Name()+" "+typeString(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func compareStructs(tb testing.TB, id string, stub, real *types.Struct) {
	tb.Helper()
	for f := range stub.Fields() {
		if !f.Exported() {
			continue
		}
		fid := id + "." + f.Name()
		rf := byName(real.Fields(), f.Name())
		if rf == nil {
			tb.Errorf("%s: field declared in stub (%s) but missing from the real struct", fid, typeString(f.Type()))
			continue
		}
		if f.Embedded() != rf.Embedded() {
			tb.Errorf("%s: stub embedded=%t, real embedded=%t", fid, f.Embedded(), rf.Embedded())
		}
		compareType(tb, fid, f.Type(), rf.Type())
	}
}

// compareInterfaces checks every method of the stub interface, including
// unexported marker methods such as dynamodb types.AttributeValue's
// isAttributeValue, which make the interface sealed.
func compareInterfaces(tb testing.TB, id string, stub, real *types.Interface) {
	tb.Helper()
	for m := range stub.Methods() {
		mid := id + "." + m.Name()
		rm := byName(real.Methods(), m.Name())
		if rm == nil {
			tb.Errorf("%s: interface method declared in stub (%s) but missing from the real interface", mid, typeString(m.Type()))
			continue
		}
		compareType(tb, mid, m.Type(), rm.Type())
	}
}

// byName returns the first object of all named name, or the zero value (nil).
func byName[O types.Object](all iter.Seq[O], name string) O {
	for o := range all {
		if o.Name() == name {
			return o
		}
	}
	var none O
	return none
}

func ptrRecv(m *types.Func) bool {
	_, ok := types.Unalias(m.Signature().Recv().Type()).(*types.Pointer)
	return ok
}

func kind(obj types.Object) string {
	switch obj.(type) {
	case *types.Const:
		return "constant"
	case *types.Var:
		return "variable"
	case *types.Func:
		return "function"
	case *types.TypeName:
		return "type"
	}
	return fmt.Sprintf("%T", obj)
}

func objString(obj types.Object) string { return types.ObjectString(obj, qualifier) }
