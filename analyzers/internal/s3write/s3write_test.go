package s3write_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

type helperFact struct{}

func (*helperFact) AFact()         {}
func (*helperFact) String() string { return "helper" }

// probe reports every write with what s3write says about it, and marks the
// key helper candidates with a fact.
var probe = &analysis.Analyzer{
	Name:      "probe",
	Doc:       "test",
	Requires:  []*analysis.Analyzer{resolve.Analyzer},
	FactTypes: []analysis.Fact{new(helperFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, fn := range s3write.KeyHelpers(pass, func(s string) bool { return strings.HasSuffix(s, "/x") }) {
			pass.ExportObjectFact(fn, new(helperFact))
		}
		r := resolve.New(pass)
		setters := resolve.NewSetters(r)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				w, ok := s3write.Match(pass.TypesInfo, call)
				if !ok {
					return true
				}
				in := r.Resolve(w.Input, nil)
				at := types.ExprString(w.Input)
				if len(in.Leaves) == 1 {
					keys := setters.Field(in, "Key")
					at = types.ExprString(s3write.FieldAt(in.Leaves[0], "Key", keys))
				}
				pass.Reportf(call.Pos(), "write %s body=%t key=%s", s3write.Describe(w.Op), w.HasBody(), at)
				return true
			})
		}
		return nil, nil
	},
}

func TestWrites(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "s3write/probe")
}

func TestOpNamed(t *testing.T) {
	for _, op := range []awsop.Op{s3write.PutObject, s3write.CopyObject, s3write.CreateMultipartUpload, s3write.Upload} {
		if got, ok := s3write.OpNamed(op.Name); !ok || got != op {
			t.Errorf("OpNamed(%q) = %v, %t", op.Name, got, ok)
		}
	}
	if _, ok := s3write.OpNamed("GetObject"); ok {
		t.Error("OpNamed(GetObject) succeeded")
	}
	if got := s3write.WrittenBy(s3write.Upload, nil); got != "written by upload manager" {
		t.Errorf("WrittenBy = %q", got)
	}
	pkg := types.NewPackage("example.com/store", "store")
	fn := types.NewFunc(0, pkg, "Put", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	if got := s3write.WrittenBy(s3write.PutObject, fn); got != "written by PutObject in store.Put" {
		t.Errorf("WrittenBy via = %q", got)
	}
}

func TestFirstParamAndQuote(t *testing.T) {
	saved := []strval.Saved{
		{{Text: "raw/"}, {Hole: true, Param: -1}},
		{{Text: "a/"}, {Hole: true, Param: 2}, {Text: "/", Param: -1}, {Hole: true, Param: 1}},
	}
	if p, ok := s3write.FirstParam(saved); !ok || p != 2 {
		t.Errorf("FirstParam = %d, %t; want 2", p, ok)
	}
	if _, ok := s3write.FirstParam(saved[:1]); ok {
		t.Error("FirstParam found a parameter in a template without one")
	}
	if got, want := s3write.QuoteAll(saved), fmt.Sprintf("%q, %q", "raw/{}", "a/{param2}/{param1}"); got != want {
		t.Errorf("QuoteAll = %s, want %s", got, want)
	}
}
