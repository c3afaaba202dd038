package propagation

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// glueFix offers to add the missing arguments to a StartJobRunInput, when
// that is certain to be right:
//   - the arguments are one map literal (map[string]string in SDK v2,
//     map[string]*string in v1), or the input is a keyed literal without
//     Arguments that is given none later;
//   - every missing key names the execution ARN or the run id, and exactly
//     one in-scope string variable names each (executionArn, runID...);
//   - in SDK v1, the file imports the aws helper package under a usable
//     name (values are aws.String(x)).
func (c *checker) glueFix(in, args resolve.Leaf, missing []string) (analysis.SuggestedFix, bool) {
	var none analysis.SuggestedFix
	inLit, ok := ast.Unparen(in.Expr).(*ast.CompositeLit)
	if !ok || in.Zero {
		return none, false
	}
	file := fixes.FileOf(c.pass.Files, inLit.Pos())
	if file == nil {
		return none, false
	}
	v1 := isV1Input(c.pass.TypesInfo.TypeOf(inLit))
	awsName := ""
	if v1 {
		if awsName, ok = fixes.ImportName(file, "github.com/aws/aws-sdk-go/aws"); !ok {
			return none, false
		}
	}
	var elems bytes.Buffer
	for i, key := range missing {
		var want func(string) bool
		switch {
		case naming.IsExecutionARN(key):
			want = naming.IsExecutionARN
		case naming.IsRunID(key):
			want = naming.IsRunID
		default:
			return none, false
		}
		ident, ok := c.scope.SoleString(inLit.Pos(), want)
		if !ok {
			return none, false
		}
		if v1 {
			ident = awsName + ".String(" + ident + ")"
		}
		if i > 0 {
			elems.WriteString(", ")
		}
		fmt.Fprintf(&elems, "%s: %s", strconv.Quote(key), ident)
	}

	var edit analysis.TextEdit
	switch lit, isLit := ast.Unparen(args.Expr).(*ast.CompositeLit); {
	case !args.Zero && isLit && c.isArgumentsMap(lit, v1):
		if len(lit.Elts) > 0 {
			last := lit.Elts[len(lit.Elts)-1]
			edit = analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + elems.String())}
		} else {
			edit = analysis.TextEdit{Pos: lit.Lbrace + 1, End: lit.Lbrace + 1, NewText: elems.Bytes()}
		}
	case args.Zero && args.Expr == in.Expr && !c.hasLaterArguments(in) && keyedWithout(inLit, "Arguments"):
		mapType := "map[string]string"
		if v1 {
			mapType = "map[string]*string"
		}
		field := fmt.Sprintf("Arguments: %s{%s}", mapType, elems.String())
		if len(inLit.Elts) > 0 {
			last := inLit.Elts[len(inLit.Elts)-1]
			edit = analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + field)}
		} else {
			edit = analysis.TextEdit{Pos: inLit.Lbrace + 1, End: inLit.Lbrace + 1, NewText: []byte(field)}
		}
	default:
		return none, false
	}
	return analysis.SuggestedFix{
		Message:   "Add the missing Glue arguments " + strings.Join(missing, ", "),
		TextEdits: []analysis.TextEdit{edit},
	}, true
}

// isV1Input reports whether t is the SDK v1 StartJobRunInput.
func isV1Input(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == awsop.V1Prefix+"glue"
}

// isArgumentsMap reports whether lit is a map of the Arguments field's own
// type, map[string]string (v2) or map[string]*string (v1), whose entries
// are keyed by constants.
func (c *checker) isArgumentsMap(lit *ast.CompositeLit, v1 bool) bool {
	if lit.Incomplete {
		return false
	}
	m, ok := types.Unalias(c.pass.TypesInfo.TypeOf(lit)).(*types.Map)
	if !ok || !isBasicString(m.Key()) {
		return false
	}
	if v1 {
		p, ok := types.Unalias(m.Elem()).(*types.Pointer)
		return ok && isBasicString(p.Elem())
	}
	return isBasicString(m.Elem())
}

func isBasicString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.String
}

// keyedWithout reports whether lit is a keyed struct literal without the
// field name.
func keyedWithout(lit *ast.CompositeLit, name string) bool {
	if lit.Incomplete {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
			return false
		}
	}
	return true
}

// hasLaterArguments reports whether the input gets arguments after it is
// built (in.Arguments = args, in.SetArguments(args)), in which case adding
// a field is not certain.
func (c *checker) hasLaterArguments(in resolve.Leaf) bool {
	args := c.setters.Field(resolve.Set{Leaves: []resolve.Leaf{in}}, "Arguments")
	for _, l := range args.Leaves {
		if !l.Zero {
			return true
		}
	}
	return len(args.Unknowns) > 0
}
