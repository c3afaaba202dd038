package snscorrelation

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// suggestFix offers to add the missing fields to a message that is a map
// literal marshalled with json.Marshal / MarshalIndent, when that is certain
// to be right:
//   - the message has one source, json.Marshal(m), and m one value, a map
//     literal with string keys whose values may be strings (string, any);
//   - every missing field is the execution ARN, the run id or the timestamp,
//     and for each of the first two exactly one in-scope string variable
//     names it (executionArn, runID...);
//   - the timestamp is written time.Now().UTC().Format(time.RFC3339), with
//     the file's import of "time" (added when missing).
func (c *checker) suggestFix(msgs resolve.Set, missing []string) (analysis.SuggestedFix, bool) {
	var none analysis.SuggestedFix
	if len(msgs.Unknowns) > 0 {
		return none, false
	}
	var src *resolve.Leaf
	for i, m := range msgs.Leaves {
		if m.Zero {
			continue
		}
		if src != nil {
			return none, false
		}
		src = &msgs.Leaves[i]
	}
	if src == nil {
		return none, false
	}
	call, ok := src.Expr.(*ast.CallExpr)
	if !ok || src.Result != 0 || !payload.IsJSONMarshal(resolve.Callee(c.pass.TypesInfo, call)) || len(call.Args) == 0 {
		return none, false
	}
	vals := c.r.Resolve(call.Args[0], src.Ctx)
	if len(vals.Unknowns) > 0 || len(vals.Leaves) != 1 {
		return none, false
	}
	lit, ok := ast.Unparen(vals.Leaves[0].Expr).(*ast.CompositeLit)
	if !ok || lit.Incomplete || vals.Leaves[0].Zero {
		return none, false
	}
	mt, ok := types.Unalias(c.pass.TypesInfo.TypeOf(lit)).Underlying().(*types.Map)
	if !ok || !payload.IsStringKind(mt.Key()) || !takesString(mt.Elem()) {
		return none, false
	}
	file := fixes.FileOf(c.pass.Files, lit.Pos())
	if file == nil {
		return none, false
	}

	var elems bytes.Buffer
	var edits []analysis.TextEdit
	for _, req := range missing {
		key := strings.SplitN(req, "|", 2)[0]
		var value string
		switch naming.Key(key) {
		case "executionarn":
			v, ok := c.scope.SoleString(lit.Pos(), naming.IsExecutionARN)
			if !ok {
				return none, false
			}
			value = v
		case "runid", "runkey":
			v, ok := c.scope.SoleString(lit.Pos(), naming.IsRunID)
			if !ok {
				return none, false
			}
			value = v
		case "timestamp":
			timeName, edit, ok := c.timeImport(file, lit.Pos())
			if !ok {
				return none, false
			}
			if edit != nil {
				edits = append(edits, *edit)
			}
			value = fmt.Sprintf("%[1]s.Now().UTC().Format(%[1]s.RFC3339)", timeName)
		default:
			return none, false
		}
		if elems.Len() > 0 || len(lit.Elts) > 0 {
			elems.WriteString(", ")
		}
		fmt.Fprintf(&elems, "%s: %s", strconv.Quote(key), value)
	}
	pos := lit.Lbrace + 1
	if len(lit.Elts) > 0 {
		pos = lit.Elts[len(lit.Elts)-1].End()
	}
	edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: elems.Bytes()})
	return analysis.SuggestedFix{Message: "Add the missing correlation fields", TextEdits: edits}, true
}

// takesString reports whether a map's values can be strings.
func takesString(t types.Type) bool {
	if payload.IsStringKind(t) {
		b, _ := types.Unalias(t).(*types.Basic)
		return b != nil // string itself, not a named string type
	}
	i, ok := types.Unalias(t).Underlying().(*types.Interface)
	return ok && i.Empty()
}

// timeImport returns the name under which the file can use package time at
// pos, and the edit that imports it when the file does not.
func (c *checker) timeImport(file *ast.File, pos token.Pos) (string, *analysis.TextEdit, bool) {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, imp := range file.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != "time" {
			continue
		}
		name := "time"
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name == "_" || name == "." {
			return "", nil, false
		}
		if _, obj := scope.LookupParent(name, pos); obj == nil || !isPkgName(obj, "time") {
			return "", nil, false // shadowed
		}
		return name, nil, true
	}
	// Not imported: "time" must be free at pos and in the file scope.
	if _, obj := scope.LookupParent("time", pos); obj != nil {
		return "", nil, false
	}
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT || !gd.Lparen.IsValid() {
			continue
		}
		// Insert among the standard library imports, in order.
		var last *ast.ImportSpec
		for _, s := range gd.Specs {
			spec, ok := s.(*ast.ImportSpec)
			if !ok {
				continue
			}
			p, _ := strconv.Unquote(spec.Path.Value)
			if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				break // the standard library group ends
			}
			if p > "time" {
				return "time", &analysis.TextEdit{Pos: spec.Pos(), End: spec.Pos(), NewText: []byte("\"time\"\n\t")}, true
			}
			last = spec
		}
		if last != nil {
			return "time", &analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\n\t\"time\"")}, true
		}
		return "time", &analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t\"time\"\n")}, true
	}
	return "", nil, false
}

func isPkgName(obj types.Object, path string) bool {
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == path
}
