package resolve_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// probe reports, at every call of values/elems/field in the test package,
// what the resolver knows about the argument.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := resolve.New(pass)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, ok := call.Fun.(*ast.Ident)
				if !ok || len(call.Args) == 0 {
					return true
				}
				var set resolve.Set
				switch id.Name {
				case "values":
					set = r.Resolve(call.Args[0], nil)
				case "elems":
					set = r.Elems(r.Resolve(call.Args[0], nil))
				case "field":
					name := constant.StringVal(pass.TypesInfo.Types[call.Args[1]].Value)
					set = r.Field(r.Resolve(call.Args[0], nil), name)
					id.Name += " " + name
				default:
					return true
				}
				pass.Reportf(call.Pos(), "%s:%s", id.Name, describe(pass, r, set))
				return true
			})
		}
		return nil, nil
	},
}

func describe(pass *analysis.Pass, r *resolve.Resolver, s resolve.Set) string {
	var parts []string
	for _, l := range s.Leaves {
		var d string
		if c, ok := resolve.StringConstant(pass.TypesInfo, l); ok {
			d = fmt.Sprintf("%q", c)
		} else if l.Zero {
			d = "zero"
		} else {
			switch e := l.Expr.(type) {
			case *ast.CallExpr:
				if fn := resolve.Callee(pass.TypesInfo, e); fn != nil {
					d = "call " + resolve.QualifiedName(fn)
				} else {
					d = "call " + fmt.Sprint(e.Fun)
				}
			case *ast.BinaryExpr:
				d = "binary"
			case *ast.CompositeLit:
				d = "lit"
			default:
				d = fmt.Sprintf("%T", e)
			}
		}
		if l.Param >= 0 {
			d = fmt.Sprintf("param%d", l.Param)
		}
		if l.Spread {
			d = "spread(" + d + ")"
		}
		parts = append(parts, d)
	}
	for _, u := range s.Unknowns {
		parts = append(parts, "unknown("+u.What+")")
	}
	// Unknowns found while spreading belong to the spread.
	slices.Sort(parts)
	parts = slices.Compact(parts)
	out := strings.Join(parts, " ")
	if out == "" {
		return ""
	}
	return " " + out
}

func TestResolve(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "resolve/probe")
}
