package metricdims

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
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

	file := c.fileOf(lit.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	awsPath, typesPath := "github.com/aws/aws-sdk-go-v2/aws", awsop.V2Prefix+"cloudwatch/types"
	elemType := "Dimension"
	if sdk == awsop.V1 {
		awsPath, typesPath, elemType = "github.com/aws/aws-sdk-go/aws", awsop.V1Prefix+"cloudwatch", "*Dimension"
	}
	awsName, ok := importName(file, awsPath)
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
		ident, ok := c.soleStringInScope(lit.Pos(), want)
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
		typesName, ok := importName(file, typesPath)
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

func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// importName returns the name under which file imports path, if it is
// usable in a qualified identifier (not blank, not dot).
func importName(file *ast.File, path string) (string, bool) {
	for _, imp := range file.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || p != path {
			continue
		}
		if imp.Name != nil {
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				return "", false
			}
			return imp.Name.Name, true
		}
		return pathBase(path), true
	}
	return "", false
}

// pathBase is the package name the SDK's packages are declared with: the
// last element of the import path.
func pathBase(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

// soleStringInScope returns the one string variable in scope at pos whose
// name satisfies want; none or several means no fix.
func (c *checker) soleStringInScope(pos token.Pos, want func(string) bool) (string, bool) {
	pkgScope := c.pass.Pkg.Scope()
	innermost := pkgScope.Innermost(pos)
	var found []string
	consider := func(scope *types.Scope, obj types.Object) {
		v, ok := obj.(*types.Var)
		if !ok || !want(v.Name()) || !isStringType(v.Type()) {
			return
		}
		if scope != pkgScope && v.Pos() > pos {
			return // declared later in the block
		}
		if _, resolved := innermost.LookupParent(v.Name(), pos); resolved != obj {
			return // shadowed
		}
		found = append(found, v.Name())
	}
	for scope := innermost; scope != nil && scope != pkgScope && scope != types.Universe; scope = scope.Parent() {
		for _, name := range scope.Names() { // local scopes are small
			consider(scope, scope.Lookup(name))
		}
	}
	for _, v := range c.packageStringVars() {
		consider(pkgScope, v)
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// packageStringVars lists the package-level string variables once per pass
// (the package scope can be large; it is scanned for every fix otherwise).
func (c *checker) packageStringVars() []types.Object {
	if c.pkgVars == nil {
		c.pkgVars = []types.Object{}
		scope := c.pass.Pkg.Scope()
		for _, name := range scope.Names() {
			if v, ok := scope.Lookup(name).(*types.Var); ok && isStringType(v.Type()) {
				c.pkgVars = append(c.pkgVars, v)
			}
		}
	}
	return c.pkgVars
}

func isStringType(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}
