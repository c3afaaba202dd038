package logcall_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/logcall"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// probe reports what the model knows at every logging call of the test
// package (emit: the line's fields, own then carried; derive: the call's own
// fields), what value(x) is made of, and the summary of every function whose
// name starts with "sum".
var probe = &analysis.Analyzer{
	Name:     "logprobe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer, logcall.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := logcall.New(pass, resolve.New(pass))
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncDecl:
					if strings.HasPrefix(n.Name.Name, "sum") {
						fn, _ := pass.TypesInfo.Defs[n.Name].(*types.Func)
						pass.Reportf(n.Name.Pos(), "summary: %s", m.Summary(fn))
					}
				case *ast.CallExpr:
					if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "value" && len(n.Args) == 1 {
						pass.Reportf(n.Pos(), "value: %s", m.Value(n.Args[0], nil))
						return true
					}
					c, ok := logcall.Classify(pass.TypesInfo, n)
					if !ok {
						if logged := m.Logged(n, nil); len(logged) > 0 {
							pass.Reportf(n.Lparen, "logs: %s", fields(pass, m, logged))
						}
						return true
					}
					switch c.Kind {
					case logcall.Emit:
						line := m.Line(c, nil)
						pass.Reportf(n.Lparen, "emit %s %s: %s%s", c.Lib, c.Name, fields(pass, m, line.Fields), loggerInfo(line))
					case logcall.Derive:
						pass.Reportf(n.Lparen, "derive %s %s: %s", c.Lib, c.Name, fields(pass, m, m.Fields(c, nil)))
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func fields(pass *analysis.Pass, m *logcall.Model, fs []logcall.Field) string {
	parts := make([]string, 0, len(fs))
	for _, f := range fs {
		k := f.Key
		switch {
		case f.KeyUnknown:
			k = "?"
		case k == "":
			k = "_"
		}
		v := m.FieldValue(f)
		d := v.String()
		if f.Value != nil {
			if tv, ok := pass.TypesInfo.Types[f.Value]; ok && tv.Value != nil {
				d = tv.Value.ExactString()
			}
		}
		if d == "" {
			d = "-"
		}
		parts = append(parts, k+"="+d)
	}
	return strings.Join(parts, ", ")
}

func loggerInfo(line logcall.Line) string {
	var parts []string
	if line.CtxAware {
		parts = append(parts, "ctx")
	}
	l := line.Logger
	if l.Default {
		parts = append(parts, "default")
	}
	if l.AddsRequestID() {
		parts = append(parts, "adds-request-id")
	} else if l.Adding > 0 || l.MayAdd > 0 {
		parts = append(parts, "may-add-request-id")
	}
	for _, p := range l.Params {
		parts = append(parts, fmt.Sprintf("logger-param%d", p))
	}
	if len(l.Unknowns) > 0 {
		parts = append(parts, "logger-unknown")
	}
	if l.Opaque > 0 {
		parts = append(parts, "logger-opaque")
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, " ") + "]"
}

func TestLibraries(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "logcall/libs")
}

func TestDerived(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "logcall/derived", "logcall/use")
}

// TestFacts checks the facts the model exports for helpers of another
// package: what they log, the loggers they return, the values they return.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), logcall.Analyzer, "logcall/helpers", "logcall/quiet")
}

// TestRealModules runs the model in module mode over the real zap, zerolog,
// logrus and aws-lambda-go (testdata/logs), so that the stubs cannot hide a
// drift from the real APIs.
func TestRealModules(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "logs"), probe, "./logcallmod")
}
