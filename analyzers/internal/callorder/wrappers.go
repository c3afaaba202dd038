package callorder

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// What the analyzers that follow wrappers share: a wrapper is a function
// that hands a parameter to an operation; what it forwards is learned from
// its body (for a function of the package, processed before its callers)
// or from an object fact (for one of another package), and its callers are
// checked at the argument. The forwards themselves, and their facts, are
// each analyzer's own types.

// Forwards returns what callee forwards: from local, filled from its body,
// for a function of this package (processed first), from its fact
// otherwise. fact is the analyzer's fact type (a pointer) and get reads the
// forwards out of it once imported.
func Forwards[F any](pass *analysis.Pass, w *Walk, callee *types.Func, local map[*types.Func][]F, fact analysis.Fact, get func() []F) []F {
	if w.Process(callee) {
		return local[callee]
	}
	if callee.Pkg() == pass.Pkg {
		return nil
	}
	if pass.ImportObjectFact(callee, fact) {
		return get()
	}
	return nil
}

// ExportForwards exports, for every exported function of the walk that
// forwards something, the object fact objectFact(its forwards), and when
// there is one, the package fact packageFact(their names, as
// Func or Type.Method), so that importers of the package know to look for
// calls.
func ExportForwards[F any](pass *analysis.Pass, w *Walk, forwards map[*types.Func][]F,
	objectFact func([]F) analysis.Fact, packageFact func([]string) analysis.Fact) {
	var exported []string
	for _, fn := range w.Funcs() {
		if fws := forwards[fn]; len(fws) > 0 && fn.Exported() {
			pass.ExportObjectFact(fn, objectFact(fws))
			exported = append(exported, strings.TrimPrefix(resolve.QualifiedName(fn), pass.Pkg.Name()+"."))
		}
	}
	if len(exported) > 0 {
		pass.ExportPackageFact(packageFact(exported))
	}
}

// ImportsFact reports whether the package imports a package with the
// package fact of fact's type (a package with exported wrappers).
func ImportsFact(pass *analysis.Pass, fact analysis.Fact) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, fact) {
			return true
		}
	}
	return false
}

// A Site is the wrapper call whose arguments are being checked: what the
// wrapper does with what it is handed is known from its forwards, so the
// resolver's note that an argument escapes into it is no unknown.
type Site struct {
	pos token.Pos
	by  string // the suffix of the resolver's escape unknowns at the call
}

// SiteOf returns the site of a call of callee.
func SiteOf(call *ast.CallExpr, callee *types.Func) *Site {
	return &Site{pos: call.Pos(), by: " by " + resolve.QualifiedName(callee)}
}

// Known drops from unknowns the escapes of arguments into the call ("m may
// be filled by jobs.Start"). A nil Site drops nothing. (The resolver
// records the first escape of a variable only: a later one into other code
// is not seen.)
func (s *Site) Known(unknowns []resolve.Unknown) []resolve.Unknown {
	if s == nil {
		return unknowns
	}
	return slices.DeleteFunc(slices.Clone(unknowns), func(u resolve.Unknown) bool {
		return u.Pos == s.pos && strings.HasSuffix(u.What, s.by) &&
			(strings.Contains(u.What, " may be changed by ") || strings.Contains(u.What, " may be filled by "))
	})
}

// Arg returns the argument a call of a function of signature sig passes
// for parameter p, or nil when there is none or p is the variadic
// parameter given as a list.
func Arg(call *ast.CallExpr, sig *types.Signature, p int) ast.Expr {
	if p < 0 || p >= sig.Params().Len() || p >= len(call.Args) {
		return nil
	}
	if sig.Variadic() && p == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		return nil
	}
	return call.Args[p]
}
