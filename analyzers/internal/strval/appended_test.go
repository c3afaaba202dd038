package strval_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// describe evaluates the result of every exported function of the package
// leaf by leaf, as analyzers summarise message helpers, and reports the
// resolver's work and the templates of the last function.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := resolve.New(pass)
		ev := strval.New(r)
		var last []strval.Template
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || !fd.Name.IsExported() {
					continue
				}
				fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				last = nil
				for _, l := range r.Returns(fn, 0, resolve.Summary(fn)).Leaves {
					last = append(last, ev.EvalLeaf(l)...)
				}
			}
		}
		var texts []string
		for _, t := range last {
			texts = append(texts, t.String())
			for _, p := range t {
				for _, a := range p.Appended {
					texts = append(texts, "+"+a.String())
				}
			}
		}
		pass.Reportf(pass.Files[0].Package, "work=%d %s", r.Work(), strings.Join(texts, "|"))
		return nil, nil
	},
}

// TestManyAppendsWork: a string appended to in sixty places (a generated
// describe method: result += indent + "minimum: " + ...) is taken apart
// once. Following it again from every append, in every order, took 25
// seconds of one schema library's package, and gave up on most of it.
func TestManyAppendsWork(t *testing.T) {
	const appends, helpers = 60, 10
	var b strings.Builder
	b.WriteString("package gen\n\nimport \"fmt\"\n\ntype S struct{ A, B *string }\n\n")
	for h := range helpers {
		fmt.Fprintf(&b, "func (s *S) Describe%d(indent string) string {\n\tresult := \"\"\n", h)
		for i := range appends {
			fmt.Fprintf(&b, "\tif s.A != nil {\n\t\tresult += indent + fmt.Sprintf(\"key%d: %%+v\\n\", *s.A)\n\t}\n", i)
		}
		b.WriteString("\treturn result\n}\n\n")
	}
	pkgs := testutil.LoadGOPATH(t, testutil.WriteGOPATH(t, map[string]string{"gen/gen.go": b.String()}), "gen")
	diags := testutil.Analyze(t, describe, pkgs)
	if len(diags) != 1 {
		t.Fatalf("%d diagnostics, want 1", len(diags))
	}
	var work int
	if _, err := fmt.Sscanf(diags[0].Message, "work=%d", &work); err != nil {
		t.Fatal(err)
	}
	// Each helper: its sixty appends, each resolved and evaluated once.
	if max := helpers * appends * 50; work > max {
		t.Errorf("work = %d units, want at most %d", work, max)
	}
	// Every appended text is still listed.
	for _, want := range []string{"+{}key0: {}\n", "+{}key59: {}\n"} {
		if !strings.Contains(diags[0].Message, want) {
			t.Errorf("report lacks appended text %q: %.300s", want, diags[0].Message)
		}
	}
}
