package strval_test

import (
	"fmt"
	"go/ast"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		ev := strval.New(resolve.New(pass))
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "eval" {
					return true
				}
				var got []string
				for _, t := range ev.Eval(call.Args[0], nil) {
					got = append(got, fmt.Sprintf("%q", t.String()))
				}
				slices.Sort(got)
				got = slices.Compact(got)
				pass.Reportf(call.Pos(), "eval: %s", strings.Join(got, " "))
				return true
			})
		}
		return nil, nil
	},
}

func TestTemplates(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "strval/probe")
}
