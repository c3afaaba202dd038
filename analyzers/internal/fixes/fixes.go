// Package fixes holds what the analyzers' suggested fixes share: finding the
// file of a position, the name a file imports a package under, and the one
// in-scope variable that names an identifier (the run id, the execution ARN)
// a fix can use. A fix is offered only when these answers are certain.
package fixes

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// FileOf returns the file of files that contains pos, or nil.
func FileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// ImportName returns the name under which file imports path, if that name
// can qualify an identifier (the import is neither blank nor a dot import).
// An import without a name is assumed to use the last path element, which
// is what the AWS SDK's and the standard library's packages are named.
func ImportName(file *ast.File, path string) (string, bool) {
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
		return path[strings.LastIndex(path, "/")+1:], true
	}
	return "", false
}

// A Scope finds variables in scope at a position of one package.
type Scope struct {
	pkg     *types.Package
	pkgVars []types.Object // package-level string variables, listed once
}

// NewScope returns a Scope for pkg. It is not safe for concurrent use; make
// one per pass.
func NewScope(pkg *types.Package) *Scope { return &Scope{pkg: pkg} }

// SoleString returns the one variable of type string in scope at pos whose
// name satisfies want; none or several mean that no fix is certain.
// Variables declared later in their block and shadowed ones do not count.
func (s *Scope) SoleString(pos token.Pos, want func(string) bool) (string, bool) {
	return s.sole(pos, func(v *types.Var) bool { return want(v.Name()) && isString(v.Type()) }, s.packageStrings())
}

// SoleContext returns the one local variable of type context.Context in
// scope at pos (the handler's ctx parameter); none or several mean that no
// fix is certain.
func (s *Scope) SoleContext(pos token.Pos) (string, bool) {
	return s.sole(pos, func(v *types.Var) bool { return isContext(v.Type()) }, nil)
}

// sole returns the one variable in scope at pos that match accepts, among
// the local scopes and the package-level candidates pkgVars.
func (s *Scope) sole(pos token.Pos, match func(*types.Var) bool, pkgVars []types.Object) (string, bool) {
	pkgScope := s.pkg.Scope()
	innermost := pkgScope.Innermost(pos)
	if innermost == nil {
		return "", false
	}
	var found []string
	consider := func(scope *types.Scope, obj types.Object) {
		v, ok := obj.(*types.Var)
		if !ok || v.Name() == "_" || !match(v) {
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
	for _, v := range pkgVars {
		consider(pkgScope, v)
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// packageStrings lists the package-level string variables once: the package
// scope can be large, and a fix may be computed for every finding.
func (s *Scope) packageStrings() []types.Object {
	if s.pkgVars == nil {
		s.pkgVars = []types.Object{}
		scope := s.pkg.Scope()
		for _, name := range scope.Names() {
			if v, ok := scope.Lookup(name).(*types.Var); ok && isString(v.Type()) {
				s.pkgVars = append(s.pkgVars, v)
			}
		}
	}
	return s.pkgVars
}

// isString reports whether t is string itself: a named string type would
// need a conversion where the fix puts the variable (aws.String(x), a map of
// strings).
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.String
}

func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}
