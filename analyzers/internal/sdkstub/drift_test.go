package sdkstub

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

// moduleRoot is the root of the tracelint module, relative to this package's
// directory (the working directory of `go test`).
const moduleRoot = "../../.."

// stubPrefix is the import path prefix of the stub packages checked here.
const stubPrefix = "github.com/aws"

// stubHeader is the first line every stub file must start with.
const stubHeader = "// Stub of %s for analysistest; checked against the real SDK by analyzers/internal/sdkstub."

var stubSrc = filepath.Join(moduleRoot, "testdata", "src")

// TestStubsMatchRealSDK checks every exported object declared in a stub
// package under testdata/src/github.com/aws against the real SDK package with
// the same import path.
func TestStubsMatchRealSDK(t *testing.T) {
	paths := findStubPackages(t)
	if len(paths) == 0 {
		t.Fatalf("no stub packages found under %s", filepath.Join(stubSrc, stubPrefix))
	}
	checkDepsFile(t, paths)
	stubs := checkStubs(t, paths)
	reals := loadReal(t, paths)
	for _, path := range paths {
		stub, real := stubs[path], reals[path]
		if stub == nil || real == nil {
			continue // already reported
		}
		t.Run(path, func(t *testing.T) { comparePackages(t, stub, real) })
	}
}

// findStubPackages returns the sorted import paths of all directories under
// testdata/src/github.com/aws that contain Go files.
func findStubPackages(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	root := filepath.Join(stubSrc, filepath.FromSlash(stubPrefix))
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isGoSource(d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(stubSrc, filepath.Dir(p))
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

func isGoSource(name string) bool {
	return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
}

// stubImporter type-checks stub packages from testdata/src on demand and
// delegates standard library imports to the default importer. Stubs must not
// import anything else.
type stubImporter struct {
	t    *testing.T
	fset *token.FileSet
	std  types.Importer
	pkgs map[string]*types.Package
}

func (si *stubImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := si.pkgs[path]; ok {
		if pkg == nil {
			return nil, fmt.Errorf("stub package %s failed to type-check", path)
		}
		return pkg, nil
	}
	dir := filepath.Join(stubSrc, filepath.FromSlash(path))
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
			return nil, fmt.Errorf("%s is neither a stub under %s nor a standard library package", path, stubSrc)
		}
		return si.std.Import(path)
	}
	si.pkgs[path] = nil // mark in progress / failed
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
	header := []byte(fmt.Sprintf(stubHeader, path))
	var files []*ast.File
	for _, e := range entries {
		if e.IsDir() || !isGoSource(e.Name()) {
			continue
		}
		filename := filepath.Join(dir, e.Name())
		src, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		if first, _, _ := bytes.Cut(src, []byte("\n")); !bytes.Equal(first, header) {
			si.t.Errorf("%s: first line is %q, want %q", filename, first, header)
		}
		f, err := parser.ParseFile(si.fset, filename, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	var errs []error
	conf := types.Config{
		Importer: si,
		Error:    func(err error) { errs = append(errs, err) },
	}
	pkg, _ := conf.Check(path, si.fset, files, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("type-checking stub %s: %w", path, errorsJoin(errs))
	}
	return pkg, nil
}

func errorsJoin(errs []error) error {
	var b strings.Builder
	for _, err := range errs {
		b.WriteString("\n\t")
		b.WriteString(err.Error())
	}
	return fmt.Errorf("%s", b.String())
}

// checkStubs type-checks all stub packages.
func checkStubs(t *testing.T, paths []string) map[string]*types.Package {
	t.Helper()
	fset := token.NewFileSet()
	si := &stubImporter{
		t:    t,
		fset: fset,
		std:  importer.ForCompiler(fset, "gc", nil),
		pkgs: map[string]*types.Package{},
	}
	out := map[string]*types.Package{}
	for _, path := range paths {
		pkg, err := si.Import(path)
		if err != nil {
			t.Errorf("stub %s: %v", path, err)
			continue
		}
		out[path] = pkg
	}
	return out
}

// loadReal loads the real SDK packages with the given import paths from the
// module cache, through the requirements of the root module.
func loadReal(t *testing.T, paths []string) map[string]*types.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  moduleRoot,
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatalf("loading real SDK packages: %v", err)
	}
	out := map[string]*types.Package{}
	reported := map[string]bool{}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			for _, e := range p.Errors {
				t.Errorf("real package %s: %v (is its module required by %s/go.mod?)", p.PkgPath, e, moduleRoot)
			}
			reported[p.PkgPath] = true
			continue
		}
		out[p.PkgPath] = p.Types
	}
	for _, path := range paths {
		if out[path] == nil && !reported[path] {
			t.Errorf("real package %s was not loaded", path)
		}
	}
	return out
}

// qualifier prints package-level objects qualified by package name only, so
// that types from the stub and the real universe print identically.
func qualifier(p *types.Package) string { return p.Name() }

func typeString(typ types.Type) string { return types.TypeString(typ, qualifier) }

// comparePackages reports every exported object declared in stub that is
// missing from real or whose type differs.
func comparePackages(t *testing.T, stub, real *types.Package) {
	t.Helper()
	if stub.Name() != real.Name() {
		t.Errorf("%s: stub package name %s, real package name %s", stub.Path(), stub.Name(), real.Name())
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
			t.Errorf("%s: declared in stub (%s) but missing from real package %s", id, objString(obj), real.Path())
			continue
		}
		if kind(obj) != kind(robj) {
			t.Errorf("%s: stub declares a %s (%s), real package declares a %s (%s)", id, kind(obj), objString(obj), kind(robj), objString(robj))
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			rc := robj.(*types.Const)
			compareType(t, id, obj.Type(), rc.Type())
			if obj.Val().ExactString() != rc.Val().ExactString() {
				t.Errorf("%s: stub value %s, real value %s", id, obj.Val().ExactString(), rc.Val().ExactString())
			}
		case *types.Var, *types.Func:
			compareType(t, id, obj.Type(), robj.Type())
		case *types.TypeName:
			compareTypeNames(t, id, obj, robj.(*types.TypeName))
		}
	}
}

func compareType(t *testing.T, id string, stub, real types.Type) {
	t.Helper()
	if s, r := typeString(stub), typeString(real); s != r {
		t.Errorf("%s: stub type %s, real type %s", id, s, r)
	}
}

func compareTypeNames(t *testing.T, id string, stub, real *types.TypeName) {
	t.Helper()
	if stub.IsAlias() != real.IsAlias() {
		t.Errorf("%s: stub alias=%t (%s), real alias=%t (%s)", id, stub.IsAlias(), objString(stub), real.IsAlias(), objString(real))
		return
	}
	if stub.IsAlias() {
		compareType(t, id, types.Unalias(stub.Type()), types.Unalias(real.Type()))
		return
	}
	sn, ok1 := stub.Type().(*types.Named)
	rn, ok2 := real.Type().(*types.Named)
	if !ok1 || !ok2 {
		compareType(t, id, stub.Type(), real.Type())
		return
	}
	if s, r := typeParamsString(sn), typeParamsString(rn); s != r {
		t.Errorf("%s: stub type parameters %s, real type parameters %s", id, s, r)
	}

	switch su := sn.Underlying().(type) {
	case *types.Struct:
		ru, ok := rn.Underlying().(*types.Struct)
		if !ok {
			t.Errorf("%s: stub underlying type %s, real underlying type %s", id, typeString(su), typeString(rn.Underlying()))
			break
		}
		compareStructs(t, id, su, ru)
	case *types.Interface:
		ru, ok := rn.Underlying().(*types.Interface)
		if !ok {
			t.Errorf("%s: stub underlying type %s, real underlying type %s", id, typeString(su), typeString(rn.Underlying()))
			break
		}
		compareInterfaces(t, id, su, ru)
	default:
		compareType(t, id+" (underlying)", su, rn.Underlying())
	}

	// Methods declared on the stub type.
	for m := range sn.Methods() {
		if !m.Exported() {
			continue
		}
		mid := id + "." + m.Name()
		rm := findMethod(rn, m.Name())
		if rm == nil {
			t.Errorf("%s: method declared in stub (%s) but not declared on the real type", mid, typeString(m.Type()))
			continue
		}
		if s, r := ptrRecv(m), ptrRecv(rm); s != r {
			t.Errorf("%s: stub pointer receiver=%t, real pointer receiver=%t", mid, s, r)
		}
		compareType(t, mid, m.Type(), rm.Type())
	}
}

func typeParamsString(n *types.Named) string {
	var parts []string
	for tp := range n.TypeParams().TypeParams() {
		parts = append(parts, tp.Obj().Name()+" "+typeString(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func compareStructs(t *testing.T, id string, stub, real *types.Struct) {
	t.Helper()
	for f := range stub.Fields() {
		if !f.Exported() {
			continue
		}
		fid := id + "." + f.Name()
		var rf *types.Var
		for g := range real.Fields() {
			if g.Name() == f.Name() {
				rf = g
				break
			}
		}
		if rf == nil {
			t.Errorf("%s: field declared in stub (%s) but missing from the real struct", fid, typeString(f.Type()))
			continue
		}
		if f.Embedded() != rf.Embedded() {
			t.Errorf("%s: stub embedded=%t, real embedded=%t", fid, f.Embedded(), rf.Embedded())
		}
		compareType(t, fid, f.Type(), rf.Type())
	}
}

// compareInterfaces checks every method of the stub interface, including
// unexported marker methods such as dynamodb types.AttributeValue's
// isAttributeValue, which make the interface sealed.
func compareInterfaces(t *testing.T, id string, stub, real *types.Interface) {
	t.Helper()
	for m := range stub.Methods() {
		mid := id + "." + m.Name()
		var rm *types.Func
		for n := range real.Methods() {
			if n.Name() == m.Name() {
				rm = n
				break
			}
		}
		if rm == nil {
			t.Errorf("%s: interface method declared in stub (%s) but missing from the real interface", mid, typeString(m.Type()))
			continue
		}
		compareType(t, mid, m.Type(), rm.Type())
	}
}

func findMethod(n *types.Named, name string) *types.Func {
	for m := range n.Methods() {
		if m.Name() == name {
			return m
		}
	}
	return nil
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
