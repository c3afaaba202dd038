package resolve_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// The regression tests of this file prove that a pathology of real code is
// fixed by the work the resolver does (Resolver.Work), not by a wall time:
// each fails with its fix undone.

// summarise returns an analyzer that summarises the first result of every
// exported function of the package, as the analyzers do for their facts,
// looks into the fields of what it returns, and reports the pass's work
// (and, with limit > 0, how many summaries found the budget spent).
func summarise(limit int) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "summarise",
		Doc:      "test",
		Requires: []*analysis.Analyzer{resolve.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			r := resolve.New(pass)
			if limit > 0 {
				r.SetWorkLimit(limit)
			}
			summaries, spent := 0, 0
			for _, f := range pass.Files {
				for _, d := range f.Decls {
					fd, ok := d.(*ast.FuncDecl)
					if !ok || !fd.Name.IsExported() {
						continue
					}
					fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
					if !ok || fn.Signature().Results().Len() == 0 {
						continue
					}
					s := r.Returns(fn, 0, resolve.Summary(fn))
					s = r.Field(s, "Name")
					summaries++
					for _, u := range s.Unknowns {
						if strings.Contains(u.What, "budget") {
							spent++
							break
						}
					}
				}
			}
			pass.Reportf(pass.Files[0].Package, "summaries=%d spent=%d work=%d", summaries, spent, r.Work())
			return nil, nil
		},
	}
}

// workOf loads src as package "gen" and runs a over it, returning the one
// report's numbers.
func workOf(t *testing.T, a *analysis.Analyzer, src string) (summaries, spent, work int) {
	t.Helper()
	pkgs := testutil.LoadGOPATH(t, testutil.WriteGOPATH(t, map[string]string{"gen/gen.go": src}), "gen")
	diags := testutil.Analyze(t, a, pkgs)
	if len(diags) != 1 {
		t.Fatalf("%d diagnostics, want 1", len(diags))
	}
	if _, err := fmt.Sscanf(diags[0].Message, "summaries=%d spent=%d work=%d", &summaries, &spent, &work); err != nil {
		t.Fatalf("%q: %v", diags[0].Message, err)
	}
	return summaries, spent, work
}

// TestSelfAssignedFieldWork: a field assigned in many places from its own
// value (t.line = t.line[:0], t.line = append(t.line[:t.pos], ...), as a
// terminal's line editor does) and read by many exported methods through
// the receiver. The values assigned at a place were followed back into the
// same place with no cycle check, until each query's step bound: x/term took
// 80 seconds, k8s.io/apimachinery/pkg/runtime minutes.
func TestSelfAssignedFieldWork(t *testing.T) {
	const assigns, readers = 30, 40
	var b strings.Builder
	b.WriteString("package gen\n\ntype T struct {\n\tline []rune\n\tpos  int\n\tName string\n}\n\nfunc (t *T) handle(k int) (line string, ok bool) {\n\tswitch k {\n")
	for i := range assigns {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "\tcase %d:\n\t\tt.line = t.line[:0]\n", i)
		case 1:
			fmt.Fprintf(&b, "\tcase %d:\n\t\tt.line = append(t.line[:t.pos], t.line[t.pos+1:]...)\n", i)
		default:
			fmt.Fprintf(&b, "\tcase %d:\n\t\tt.line = append(t.line, rune(k))\n\t\tt.Name = string(t.line)\n", i)
		}
	}
	b.WriteString("\tdefault:\n\t\tline, ok = string(t.line), true\n\t}\n\treturn\n}\n\n")
	for i := range readers {
		fmt.Fprintf(&b, "func (t *T) Read%d() (*T, string) {\n\tfor {\n\t\tif l, ok := t.handle(%d); ok {\n\t\t\treturn t, l\n\t\t}\n\t}\n}\n\n", i, i)
	}
	summaries, spent, work := workOf(t, summarise(0), b.String())
	if summaries != readers || spent != 0 {
		t.Errorf("summaries=%d spent=%d, want %d and 0", summaries, spent, readers)
	}
	// Each summary visits the receiver, the field's 30 assignments and
	// their operands a few times: a few thousand units. (Following each
	// place back into itself took the whole budget, billions of units
	// without it.)
	if max := readers * 5000; work > max {
		t.Errorf("work = %d units, want at most %d (a place followed back into itself?)", work, max)
	}
}

// TestPassBudget: a package whose every helper is expensive, each within
// the bound of one query (a string built over levels of branches), is
// bounded as a whole: past the pass's budget every query answers at once
// that the budget is spent, and the pass still ends with the summaries made
// before kept.
func TestPassBudget(t *testing.T) {
	const helpers, levels = 200, 12
	var b strings.Builder
	b.WriteString("package gen\n\n")
	for h := range helpers {
		fmt.Fprintf(&b, "func Helper%d(k int) string {\n\tx0 := \"a\"\n", h)
		for l := 1; l <= levels; l++ {
			fmt.Fprintf(&b, "\tx%d := x%d\n\tif k == %d {\n\t\tx%d = x%d + \"b\"\n\t} else {\n\t\tx%d = x%d + \"c\"\n\t}\n", l, l-1, l, l, l-1, l, l-1)
		}
		fmt.Fprintf(&b, "\treturn x%d\n}\n\n", levels)
	}
	const limit = 20000
	summaries, spent, work := workOf(t, summarise(limit), b.String())
	if summaries != helpers {
		t.Fatalf("%d summaries, want %d: the pass did not finish", summaries, helpers)
	}
	if spent == 0 || spent == helpers {
		t.Errorf("%d of %d summaries found the budget spent, want some but not all", spent, helpers)
	}
	// A query that starts within the budget may finish its current step.
	if work > 2*limit {
		t.Errorf("work = %d units, want at most about the budget (%d)", work, limit)
	}
}
