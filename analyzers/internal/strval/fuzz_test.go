package strval_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// The file set and importer are shared by every input: type-checking fmt's
// export data once keeps each fuzz input cheap.
var (
	fuzzMu   sync.Mutex
	fuzzFset = token.NewFileSet()
	fuzzImp  = importer.ForCompiler(fuzzFset, "gc", nil)
)

// sprintfTemplates evaluates fmt.Sprintf(format, arg, 42, c, "lit") in a
// function whose parameter arg is unknown and c is a constant.
func sprintfTemplates(t *testing.T, format string) []strval.Template {
	t.Helper()
	return evalReturn(t, "package p\n\nimport \"fmt\"\n\nconst c = \"const\"\n\nfunc f(arg string) string {\n\treturn fmt.Sprintf("+
		strconv.Quote(format)+", arg, 42, c, \"lit\")\n}\n")
}

// evalReturn type-checks src (package p, which may import std packages) and
// evaluates the expression of its first return statement.
func evalReturn(t *testing.T, src string) []strval.Template {
	t.Helper()
	fuzzMu.Lock()
	defer fuzzMu.Unlock()
	file, err := parser.ParseFile(fuzzFset, "p.go", src, 0)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Scopes:     map[ast.Node]*types.Scope{},
	}
	files := []*ast.File{file}
	pkg, err := (&types.Config{Importer: fuzzImp}).Check("p", fuzzFset, files, info)
	if err != nil {
		t.Fatalf("type-check: %v", err)
	}
	pass := &analysis.Pass{
		Fset: fuzzFset, Files: files, Pkg: pkg, TypesInfo: info,
		ResultOf: map[*analysis.Analyzer]any{},
	}
	index, err := resolve.Analyzer.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	pass.ResultOf[resolve.Analyzer] = index
	var ret *ast.ReturnStmt
	ast.Inspect(file, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok && ret == nil {
			ret = r
		}
		return ret == nil
	})
	return strval.New(resolve.New(pass)).Eval(ret.Results[0], nil)
}

// FuzzSprintf feeds arbitrary format strings to the Sprintf evaluation: it
// must not panic, must return at least one template, and a format without
// verbs is its own text.
func FuzzSprintf(f *testing.F) {
	for _, s := range []string{
		`{"execution_arn":%q,"run_id":%s,"n":%d}`, "run_id=%s/part=%v/", "%", "%%", "100%", "%[2]s %[1]s",
		"%*d", "%-10.3v", "%!", "%s%s%s%s%s%s", "%q", "\x00%q", "%[", "%[9]s", "%.*s", "%#+ 0v", "ü%sü",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		ts := sprintfTemplates(t, format)
		if len(ts) == 0 {
			t.Fatalf("Sprintf(%q): no templates", format)
		}
		if !strings.Contains(format, "%") {
			if got, ok := ts[0].Known(); len(ts) != 1 || !ok || got != format {
				t.Fatalf("Sprintf(%q) without verbs = %v, want the format itself", format, ts)
			}
		}
		for _, tmpl := range ts {
			_ = tmpl.String()
			_ = tmpl.Texts()
		}
	})
}

// TestSprintfTemplates pins what the fuzz helper evaluates, so the fuzz
// target is known to exercise the evaluator.
func TestSprintfTemplates(t *testing.T) {
	for format, want := range map[string]string{
		"run_id=%s/x=%s/":     "run_id={}/x={}/",
		`{"k":%q,"n":%d}`:     `{"k":"{}","n":{}}`,
		"plain":               "plain",
		"100%%":               "100%",
		"%s|%s|%s|%s":         "{}|{}|const|lit",
		"%s %s %s %s %s (%%)": "{} {} const lit {} (%)",
	} {
		ts := sprintfTemplates(t, format)
		got := make([]string, 0, len(ts))
		for _, tmpl := range ts {
			got = append(got, tmpl.String())
		}
		if fmt.Sprint(got) != fmt.Sprint([]string{want}) {
			t.Errorf("Sprintf(%q) = %q, want %q", format, got, want)
		}
	}
}

// TestFanOutIsBounded evaluates a string built over many levels, each
// assigned in several branches from the level below twice: without a bound
// on the work of one evaluation, following every alternative is exponential
// in the number of levels.
func TestFanOutIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("package p\n\nfunc f(c int, s string) string {\n\tx0 := s\n")
	const levels, branches = 12, 6
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "\tvar x%d string\n\tswitch c {\n", i)
		for k := range branches {
			fmt.Fprintf(&b, "\tcase %d:\n\t\tx%d = x%d + \"%c\" + x%d\n", k, i, i-1, 'a'+k, i-1)
		}
		b.WriteString("\t}\n")
	}
	fmt.Fprintf(&b, "\treturn x%d\n}\n", levels)
	start := time.Now()
	ts := evalReturn(t, b.String())
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("evaluation took %v", d)
	}
	bounded := false
	for _, tmpl := range ts {
		for _, p := range tmpl {
			bounded = bounded || p.Unknown != nil && p.Unknown.What == "value too complex to follow"
		}
	}
	if !bounded {
		t.Errorf("no hole says the value was too complex: %v", ts)
	}
}
