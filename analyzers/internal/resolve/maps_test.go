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

// mapsProbe reports, at every call of keys(m) and setfield(v, "F") in the
// test package, the map keys or the field values (with setters) the
// resolver finds.
var mapsProbe = &analysis.Analyzer{
	Name:     "mapsprobe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := resolve.New(pass)
		maps := resolve.NewMaps(r)
		setters := resolve.NewSetters(r)
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
				switch id.Name {
				case "keys":
					entries, rest := maps.Entries(r.Resolve(call.Args[0], nil))
					var parts []string
					for _, e := range entries {
						ks := r.Resolve(e.Key, e.Ctx)
						for _, k := range ks.Leaves {
							if s, ok := resolve.StringConstant(pass.TypesInfo, k); ok {
								parts = append(parts, fmt.Sprintf("%q", s))
							} else {
								parts = append(parts, "key?")
							}
						}
						for _, u := range ks.Unknowns {
							parts = append(parts, "unknown("+u.What+")")
						}
					}
					parts = append(parts, strings.TrimSpace(describe(pass, r, rest)))
					slices.Sort(parts)
					parts = slices.Compact(parts)
					pass.Reportf(call.Pos(), "keys: %s", strings.TrimSpace(strings.Join(parts, " ")))
				case "setfield":
					name := constant.StringVal(pass.TypesInfo.Types[call.Args[1]].Value)
					set := setters.Field(r.Resolve(call.Args[0], nil), name)
					pass.Reportf(call.Pos(), "setfield %s:%s", name, describe(pass, r, set))
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestMapsAndSetters(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), mapsProbe, "resolve/maps")
}
