package s3write

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// Key helpers. Keys are often built by a function of another package
// (paths.DataKey(table, runID)); an analyzer records the templates of such a
// function's result in a fact of its own (strval.Saved), and evaluates a
// call of it by binding them to the call's arguments (strval.Evaluator's
// Import). Any package may declare key helpers, S3 import or not, so the
// candidates are found cheaply first: exported functions returning a string,
// in a package whose constants have the text the analyzer looks for.

// KeyHelpers returns the exported functions (and exported methods of
// exported types) of the package that have a body and return a string
// first, when some string constant of the package is relevant; nil
// otherwise.
func KeyHelpers(pass *analysis.Pass, relevant func(constant string) bool) []*types.Func {
	var out []*types.Func
	for _, fn := range ExportedFuncs(pass) {
		if res := fn.Signature().Results(); res.Len() > 0 && isString(res.At(0).Type()) {
			out = append(out, fn)
		}
	}
	if len(out) == 0 || !HasConstant(pass, relevant) {
		return nil
	}
	return out
}

// ExportedFuncs returns the functions of the package that other packages
// can call and that have a body: exported functions and exported methods
// of exported types, in source order.
func ExportedFuncs(pass *analysis.Pass) []*types.Func {
	var out []*types.Func
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && exportedRecv(fn) {
				out = append(out, fn)
			}
		}
	}
	return out
}

// exportedRecv reports whether fn is a function or a method of an exported
// type (a method of an unexported type cannot be called from elsewhere by
// name).
func exportedRecv(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return true
	}
	t := recv.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Exported()
}

// HasConstant reports whether some string constant of the package (a
// literal, a constant of this or another package used here) is relevant.
func HasConstant(pass *analysis.Pass, relevant func(string) bool) bool {
	for _, tv := range pass.TypesInfo.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			if s := constant.StringVal(tv.Value); len(s) <= 1024 && relevant(s) {
				return true
			}
		}
	}
	return false
}

// SaveKeys returns the saved templates of fn's (first) result.
func SaveKeys(r *resolve.Resolver, ev *strval.Evaluator, fn *types.Func) []strval.Saved {
	return strval.Save(ev.EvalSet(r.Returns(fn, 0, resolve.Summary(fn))))
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// QuoteAll renders saved templates for facts' String methods.
func QuoteAll(ts []strval.Saved) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = strconv.Quote(t.String())
	}
	return strings.Join(parts, ", ")
}

// FirstParam returns the first parameter hole of saved templates: the
// argument a finding about a forwarded key is reported at.
func FirstParam(ts []strval.Saved) (int, bool) {
	for _, t := range ts {
		for _, p := range t {
			if p.Hole && p.Param >= 0 {
				return p.Param, true
			}
		}
	}
	return 0, false
}
