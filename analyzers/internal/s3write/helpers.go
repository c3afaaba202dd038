package s3write

import (
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/payload"
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

// KeyHelpers returns the exported functions and methods of the package that
// have a body and return a string first (payload.Helpers), when some string
// constant of the package is relevant; nil otherwise.
func KeyHelpers(pass *analysis.Pass, relevant func(constant string) bool) []*types.Func {
	out := payload.Helpers(pass, isString)
	if len(out) == 0 || !HasConstant(pass, relevant) {
		return nil
	}
	return out
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
