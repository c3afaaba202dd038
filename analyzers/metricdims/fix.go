package metricdims

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// suggestFix offers to add the missing dimensions to a datum literal, when
// that is certain to be right:
//   - the datum is a composite literal whose Dimensions field is absent or is
//     itself a composite literal (no variables or helpers to reason about);
//   - every missing name is the run id or the execution ARN, and exactly one
//     in-scope string variable names each of those that is needed;
//   - the file imports the aws helper package (and, to add the field, the
//     package that declares Dimension) under a usable name.
func (c *checker) suggestFix(sdk awsop.SDK, datum resolve.Leaf, missing []string) (analysis.SuggestedFix, bool) {
	lit, ok := datum.Expr.(*ast.CompositeLit)
	if !ok || lit.Incomplete {
		return analysis.SuggestedFix{}, false
	}
	if _, ok := structOf(c.pass.TypesInfo.TypeOf(lit)); !ok {
		return analysis.SuggestedFix{}, false
	}
	var dimsLit *ast.CompositeLit
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return analysis.SuggestedFix{}, false // positional literal: leave it alone
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Dimensions" {
			dimsLit, ok = ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				return analysis.SuggestedFix{}, false
			}
		}
	}
	if dimsLit == nil && c.hasLaterDimensions(datum) {
		return analysis.SuggestedFix{}, false
	}

	file := fixes.FileOf(c.pass.Files, lit.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	awsPath, typesPath := "github.com/aws/aws-sdk-go-v2/aws", awsop.V2Prefix+"cloudwatch/types"
	elemType := "Dimension"
	if sdk == awsop.V1 {
		awsPath, typesPath, elemType = "github.com/aws/aws-sdk-go/aws", awsop.V1Prefix+"cloudwatch", "*Dimension"
	}
	awsName, ok := fixes.ImportName(file, awsPath)
	if !ok {
		return analysis.SuggestedFix{}, false
	}

	// One in-scope identifier per missing name.
	var elems bytes.Buffer
	for i, dim := range missing {
		var want func(string) bool
		switch {
		case naming.IsRunID(dim):
			want = naming.IsRunID
		case naming.IsExecutionARN(dim):
			want = naming.IsExecutionARN
		default:
			return analysis.SuggestedFix{}, false
		}
		ident, ok := c.scope.SoleString(lit.Pos(), want)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		if i > 0 {
			elems.WriteString(", ")
		}
		fmt.Fprintf(&elems, "{Name: %s.String(%s), Value: %s.String(%s)}", awsName, strconv.Quote(dim), awsName, ident)
	}

	var edit analysis.TextEdit
	switch {
	case dimsLit != nil && len(dimsLit.Elts) > 0:
		last := dimsLit.Elts[len(dimsLit.Elts)-1]
		edit = analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + elems.String())}
	case dimsLit != nil:
		edit = analysis.TextEdit{Pos: dimsLit.Lbrace + 1, End: dimsLit.Lbrace + 1, NewText: elems.Bytes()}
	default:
		typesName, ok := fixes.ImportName(file, typesPath)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		ptr := ""
		if elemType[0] == '*' {
			ptr, elemType = "*", elemType[1:]
		}
		field := fmt.Sprintf("Dimensions: []%s%s.%s{%s}", ptr, typesName, elemType, elems.String())
		if len(lit.Elts) > 0 {
			last := lit.Elts[len(lit.Elts)-1]
			edit = analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + field)}
		} else {
			edit = analysis.TextEdit{Pos: lit.Lbrace + 1, End: lit.Lbrace + 1, NewText: []byte(field)}
		}
	}
	return analysis.SuggestedFix{
		Message:   "Add the missing dimensions",
		TextEdits: []analysis.TextEdit{edit},
	}, true
}

// hasLaterDimensions reports whether the datum gets dimensions after it is
// built (d.Dimensions = ...), in which case adding a field is not certain.
func (c *checker) hasLaterDimensions(datum resolve.Leaf) bool {
	dims := c.r.Field(resolve.Set{Leaves: []resolve.Leaf{datum}}, "Dimensions")
	for _, l := range dims.Leaves {
		if !l.Zero {
			return true
		}
	}
	return len(dims.Unknowns) > 0
}

func structOf(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	return st, ok
}
