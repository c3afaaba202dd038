package resolve_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
	"testing"
	"time"

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
		parts := resolve.New(pass)
		parts.FollowParams()
		for _, f := range pass.Files {
			var fn *types.Func // the function declaration being inspected
			ast.Inspect(f, func(n ast.Node) bool {
				if fd, ok := n.(*ast.FuncDecl); ok {
					fn, _ = pass.TypesInfo.Defs[fd.Name].(*types.Func)
				}
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
				case "summary":
					set = r.Resolve(call.Args[0], resolve.Summary(fn))
				case "parts":
					set = parts.Resolve(call.Args[0], resolve.Summary(fn))
				case "partElems":
					set = parts.Elems(parts.Resolve(call.Args[0], resolve.Summary(fn)))
				case "added", "partsAdded":
					// What the function adds below a value it is given, at
					// the path (fields, [] for elements).
					r := r
					if id.Name == "partsAdded" {
						r = parts
					}
					path := constant.StringVal(pass.TypesInfo.Types[call.Args[1]].Value)
					got := r.Resolve(call.Args[0], resolve.Summary(fn))
					set = resolve.Set{Unknowns: got.Unknowns}
					for _, l := range got.Leaves {
						at := resolve.Set{Leaves: []resolve.Leaf{r.Received(l)}}
						for _, step := range strings.Split(path, ".") {
							if step == "[]" {
								at = r.Elems(at)
							} else {
								at = r.Field(at, step)
							}
						}
						set.Leaves = append(set.Leaves, at.Leaves...)
						set.Unknowns = append(set.Unknowns, at.Unknowns...)
					}
					id.Name += " " + path
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
			if l.Path != "" {
				d += "." + l.Path
			}
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

// opaqueProbe reports, at every call of opaque, the type and field the
// resolver keeps for each source of the argument it cannot follow.
var opaqueProbe = &analysis.Analyzer{
	Name:     "opaque",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := resolve.New(pass)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "opaque" {
					return true
				}
				var parts []string
				for _, u := range r.Resolve(call.Args[0], nil).Unknowns {
					d := fmt.Sprintf("type=%v", u.Type)
					if u.Changed {
						d = "changed"
					}
					if u.Field != nil {
						d = fmt.Sprintf("field=%s.%s %s", u.Field.Pkg().Name(), u.Field.Name(), d)
					}
					parts = append(parts, " "+d)
				}
				pass.Reportf(call.Pos(), "opaque:%s", strings.Join(parts, ""))
				return true
			})
		}
		return nil, nil
	},
}

// TestOpaque: a field of a value the resolver cannot look into is still
// known by its field and type.
func TestOpaque(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), opaqueProbe, "resolve/opaque")
}

func TestResolve(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "resolve/probe")
}

// TestManyAppends: a slice appended to in a thousand branches (a generated
// metric emitter) has a thousand elements, found in one pass over the
// appends. Following each append's base again took minutes, then ended in
// "value too complex to follow".
func TestManyAppends(t *testing.T) {
	const n = 1000
	var b strings.Builder
	b.WriteString("package appends\n\nfunc elems(any) {}\n\nfunc f(k int) {\n\tvar data []string\n")
	for i := range n {
		fmt.Fprintf(&b, "\tif k == %d {\n\t\tdata = append(data, \"s%d\")\n\t}\n", i, i)
	}
	b.WriteString("\telems(data)\n}\n")
	pkgs := testutil.LoadGOPATH(t, testutil.WriteGOPATH(t, map[string]string{"appends/appends.go": b.String()}), "appends")
	start := time.Now()
	diags := testutil.Analyze(t, probe, pkgs)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	if len(diags) != 1 {
		t.Fatalf("%d diagnostics, want 1", len(diags))
	}
	msg := diags[0].Message
	if strings.Contains(msg, "unknown(") {
		t.Errorf("elements not all known: %.300s", msg)
	}
	for _, want := range []string{`"s0"`, `"s499"`, fmt.Sprintf(`"s%d"`, n-1)} {
		if !strings.Contains(msg, want) {
			t.Errorf("elements lack %s", want)
		}
	}
	if got := strings.Count(msg, `"s`); got != n {
		t.Errorf("%d elements, want %d", got, n)
	}
}

func TestIsPointerHelper(t *testing.T) {
	str := types.Typ[types.String]
	fn := func(path, name string, in, out types.Type) *types.Func {
		pkg := types.NewPackage(path, "x")
		sig := types.NewSignatureType(nil, nil, nil,
			types.NewTuple(types.NewVar(0, pkg, "v", in)), types.NewTuple(types.NewVar(0, pkg, "", out)), false)
		return types.NewFunc(0, pkg, name, sig)
	}
	ptr := types.NewPointer(str)
	for _, c := range []struct {
		fn   *types.Func
		want bool
	}{
		{fn("github.com/aws/aws-sdk-go-v2/aws", "String", str, ptr), true},
		{fn("github.com/aws/aws-sdk-go/aws", "StringValue", ptr, str), true},
		{fn("github.com/aws/jsii-runtime-go", "String", str, ptr), true},
		{fn("github.com/aws/jsii-runtime-go", "Sprintf", str, str), false},
		{fn("example.com/aws", "String", str, ptr), false},
	} {
		if got := resolve.IsPointerHelper(c.fn); got != c.want {
			t.Errorf("IsPointerHelper(%s) = %v, want %v", c.fn.FullName(), got, c.want)
		}
	}
}
