package uuidrunid

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/fixes"
)

// timestamp is the standalone run id, with the time package's name.
func timestamp(timePkg string) string {
	return timePkg + `.Now().UTC().Format("20060102T150405Z")`
}

// planFixes computes the suggested fix of every finding that has a direct
// generator call, when the edit is certain to compile: the time package is
// (or can be) imported under a usable name, and the generator's import is
// removed exactly when the replaced call was its last use. When several
// fixable calls are a file's only uses of a generator package, no single fix
// can know whether the import stays, and none is offered for them.
func (c *checker) planFixes() map[ast.Expr]analysis.SuggestedFix {
	out := make(map[ast.Expr]analysis.SuggestedFix)
	byFile := make(map[*ast.File][]ast.Expr)
	for _, f := range c.findings {
		if f.fix == nil {
			continue
		}
		if file := fixes.FileOf(c.pass.Files, f.fix.Pos()); file != nil {
			byFile[file] = append(byFile[file], f.fix)
		}
	}
	if len(byFile) == 0 {
		return out
	}
	uses := c.importUses()
	for file, calls := range byFile {
		for i, call := range calls {
			if fix, ok := c.fixFor(file, call, calls, i, uses); ok {
				for _, f := range c.findings {
					if f.fix == call {
						out[f.value] = fix
					}
				}
			}
		}
	}
	return out
}

// importUses records where each imported package name is used.
func (c *checker) importUses() map[*types.PkgName][]token.Pos {
	uses := make(map[*types.PkgName][]token.Pos)
	for id, obj := range c.pass.TypesInfo.Uses {
		if pn, ok := obj.(*types.PkgName); ok {
			uses[pn] = append(uses[pn], id.Pos())
		}
	}
	return uses
}

func (c *checker) fixFor(file *ast.File, call ast.Expr, calls []ast.Expr, self int, uses map[*types.PkgName][]token.Pos) (analysis.SuggestedFix, bool) {
	tf := c.pass.Fset.File(file.FileStart)
	if tf == nil {
		return analysis.SuggestedFix{}, false
	}
	within := func(pos token.Pos, e ast.Expr) bool { return e.Pos() <= pos && pos < e.End() }

	// The packages the call names, and whether their import must go.
	var remove []*ast.ImportSpec
	names := make(map[*types.PkgName]bool)
	ast.Inspect(call, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				names[pn] = true
			}
		}
		return true
	})
	for pn := range names {
		inFile, inCall, inFixes := 0, 0, 0
		for _, pos := range uses[pn] {
			if pos < file.FileStart || pos > file.FileEnd {
				continue
			}
			inFile++
			if within(pos, call) {
				inCall++
			}
			for i, other := range calls {
				if i != self && within(pos, other) {
					inFixes++
					break
				}
			}
		}
		switch {
		case inCall == inFile:
			spec := importSpec(file, pn)
			if spec == nil {
				return analysis.SuggestedFix{}, false
			}
			remove = append(remove, spec)
		case inCall+inFixes == inFile:
			return analysis.SuggestedFix{}, false // the other fixes decide
		}
	}
	if len(remove) > 1 {
		return analysis.SuggestedFix{}, false
	}

	// The name of the time package at the call.
	timeName, add, ok := c.timeName(file, call.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	var removeSpec *ast.ImportSpec
	if len(remove) == 1 {
		removeSpec = remove[0]
	}
	more, ok := importEdits(file, tf, removeSpec, add)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	edits := append([]analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(timestamp(timeName))}}, more...)
	return analysis.SuggestedFix{
		Message:   "Use the UTC timestamp as the run identifier",
		TextEdits: edits,
	}, true
}

// importSpec returns the import of file that declares pn.
func importSpec(file *ast.File, pn *types.PkgName) *ast.ImportSpec {
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path != pn.Imported().Path() {
			continue
		}
		name := pn.Imported().Name()
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if name == pn.Name() {
			return spec
		}
	}
	return nil
}

// timeName returns the name the time package has at pos, and whether it has
// to be imported; ok is false when no name is usable (a dot or blank
// import, or "time" meaning something else there).
func (c *checker) timeName(file *ast.File, pos token.Pos) (name string, add, ok bool) {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", false, false
	}
	for _, spec := range file.Imports {
		if path, err := strconv.Unquote(spec.Path.Value); err != nil || path != "time" {
			continue
		}
		name = "time"
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if name == "." || name == "_" {
			continue
		}
		_, obj := scope.LookupParent(name, pos)
		if pn, isPkg := obj.(*types.PkgName); isPkg && pn.Imported().Path() == "time" {
			return name, false, true
		}
	}
	if _, obj := scope.LookupParent("time", pos); obj != nil {
		return "", false, false // "time" is taken
	}
	return "time", true, true
}

// importEdits removes an import spec and adds the time import. A spec is
// removed with its line, only when nothing else is on it; the time import
// goes into the file's first import block, in sorted position, or into a new
// declaration.
func importEdits(file *ast.File, tf *token.File, remove *ast.ImportSpec, add bool) ([]analysis.TextEdit, bool) {
	var edits []analysis.TextEdit
	var removed [2]token.Pos
	if remove != nil {
		start, end, ok := specLines(file, tf, remove)
		if !ok {
			return nil, false
		}
		removed = [2]token.Pos{start, end}
		edits = append(edits, analysis.TextEdit{Pos: start, End: end})
	}
	if !add {
		return edits, true
	}
	const spec = `"time"`
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			// import "x": add a declaration after it, unless it is the one
			// removed, which the time import then replaces.
			if remove != nil && len(gd.Specs) == 1 && gd.Specs[0] == remove {
				edits[0] = analysis.TextEdit{Pos: remove.Pos(), End: remove.End(), NewText: []byte(spec)}
				return edits, true
			}
			return append(edits, analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + spec)}), true
		}
		// The first block of specs (up to a blank line).
		var block []*ast.ImportSpec
		for i, s := range gd.Specs {
			is, ok := s.(*ast.ImportSpec)
			if !ok {
				return nil, false
			}
			if i > 0 && tf.Line(is.Pos()) > tf.Line(gd.Specs[i-1].End())+1 {
				break
			}
			block = append(block, is)
		}
		var ins analysis.TextEdit
		switch {
		case len(block) == 0:
			ins = analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + spec)}
		default:
			ins = analysis.TextEdit{Pos: block[len(block)-1].End(), End: block[len(block)-1].End(), NewText: []byte("\n\t" + spec)}
			for _, s := range block {
				if s.Path.Value > spec {
					start := tf.LineStart(tf.Line(s.Pos()))
					ins = analysis.TextEdit{Pos: start, End: start, NewText: []byte("\t" + spec + "\n")}
					break
				}
			}
		}
		if remove != nil && ins.Pos >= removed[0] && ins.Pos <= removed[1] {
			// The insertion point is the removed line: replace the spec.
			edits[0] = analysis.TextEdit{Pos: remove.Pos(), End: remove.End(), NewText: []byte(spec)}
			return edits, true
		}
		return append(edits, ins), true
	}
	// No imports at all: a declaration after the package clause.
	return append(edits, analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + spec)}), true
}

// specLines returns the lines an import spec (or its one-spec declaration)
// occupies, when nothing else shares them.
func specLines(file *ast.File, tf *token.File, spec *ast.ImportSpec) (token.Pos, token.Pos, bool) {
	if spec.Doc != nil {
		return 0, 0, false
	}
	var node ast.Node = spec
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for i, s := range gd.Specs {
			if s != spec {
				continue
			}
			if !gd.Lparen.IsValid() {
				if gd.Doc != nil {
					return 0, 0, false
				}
				node = gd
			}
			first, last := tf.Line(spec.Pos()), tf.Line(spec.End())
			if i > 0 && tf.Line(gd.Specs[i-1].End()) == first || i+1 < len(gd.Specs) && tf.Line(gd.Specs[i+1].Pos()) == last {
				return 0, 0, false // another spec on the same line
			}
		}
	}
	first, last := tf.Line(node.Pos()), tf.Line(node.End())
	if last >= tf.LineCount() {
		return 0, 0, false
	}
	for _, decl := range file.Decls {
		if decl.Pos() <= node.Pos() && node.End() <= decl.End() {
			continue // the declaration of the spec
		}
		if decl.Pos() < node.Pos() && tf.Line(decl.End()) >= first || decl.Pos() > node.End() && tf.Line(decl.Pos()) <= last {
			return 0, 0, false
		}
	}
	if node == spec {
		// Parentheses on the same lines: import ("x").
		for _, decl := range file.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Lparen.IsValid() && gd.Pos() <= spec.Pos() && spec.End() <= gd.End() &&
				(tf.Line(gd.Lparen) == first || tf.Line(gd.Rparen) == last) {
				return 0, 0, false
			}
		}
	}
	return tf.LineStart(first), tf.LineStart(last + 1), true
}
