package resolve

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestIndexIsReleased: the driver keeps every analyzer's result until the
// run ends, for every package of the build; the index data and inspector
// (as large as the package's syntax) must not stay with it. While a
// resolver holds them they are shared; once nothing does they are garbage,
// and the next user builds them again.
func TestIndexIsReleased(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n\nfunc F() string { s := \"a\"; return s }\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info, ResultOf: map[*analysis.Analyzer]any{}}
	ix := &Index{pass: pass}
	pass.ResultOf[Analyzer] = ix

	func() {
		r := New(pass)
		if again := New(pass); again.index != r.index {
			t.Fatal("two resolvers of one package built the index twice while one held it")
		}
		runtime.GC()
		if ix.data.Value() != r.index {
			t.Fatal("the index was released while a resolver held it")
		}
	}()
	runtime.GC()
	if ix.data.Value() != nil || ix.in.Value() != nil {
		t.Error("the index data or inspector outlived every resolver: the driver would keep it for the whole run")
	}
	if New(pass).index == nil {
		t.Error("no index after it was released")
	}
}
