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

// Implementations returns the functions a call may run that a body or a
// fact can tell about: its callee and, for a method of an interface, the
// methods of the concrete values the receiver may hold (a decorating
// client stored where the interface is expected: h.api = &metrics.Traced{}),
// as the resolver finds them in ctx. makers are the functions of other
// packages whose results the receiver may be when their type is the
// interface (api := metrics.NewTraced(c) returning the interface): their
// facts (see Concrete) tell what the method of the value they make does.
func Implementations(r *resolve.Resolver, call *ast.CallExpr, callee *types.Func, ctx *resolve.Context) (fns, makers []*types.Func) {
	fns = []*types.Func{callee}
	recv := callee.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return fns, nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return fns, nil
	}
	for _, l := range r.Resolve(sel.X, ctx).Leaves {
		if l.Zero || l.Spread || l.Path != "" {
			continue
		}
		t := r.TypeOf(l)
		if t == nil {
			continue
		}
		if !types.IsInterface(t) {
			if m := methodOf(t, callee); m != nil && !slices.Contains(fns, m) {
				fns = append(fns, m)
			}
			continue
		}
		if c, ok := ast.Unparen(l.Expr).(*ast.CallExpr); ok && l.Result == 0 {
			if fn := resolve.Callee(r.Info(), c); fn != nil && !slices.Contains(makers, fn) {
				makers = append(makers, fn)
			}
		}
	}
	return fns, makers
}

// methodOf returns the method of type t that a call of the interface
// method m runs.
func methodOf(t types.Type, m *types.Func) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
	if fn, ok := obj.(*types.Func); ok {
		return fn.Origin()
	}
	return nil
}

// Concrete returns, for a function of this package whose result is an
// interface with a method named method, the methods of that name of the
// concrete values it returns (evaluated in ctx), and the functions of other
// packages whose results (of the interface type) it returns: the analyzer
// records what those methods do in a fact on fn, so that calls of the
// method on the value fn makes are checked in other packages.
func Concrete(r *resolve.Resolver, fn *types.Func, ctx *resolve.Context, method string) (methods, makers []*types.Func) {
	res := fn.Signature().Results()
	if res.Len() == 0 || !types.IsInterface(res.At(0).Type()) {
		return nil, nil
	}
	obj, _, _ := types.LookupFieldOrMethod(res.At(0).Type(), true, fn.Pkg(), method)
	m, ok := obj.(*types.Func)
	if !ok {
		return nil, nil
	}
	for _, l := range r.Returns(fn, 0, ctx).Leaves {
		if l.Zero || l.Spread || l.Path != "" {
			continue
		}
		t := r.TypeOf(l)
		switch {
		case t == nil:
		case !types.IsInterface(t):
			if cm := methodOf(t, m); cm != nil && !slices.Contains(methods, cm) {
				methods = append(methods, cm)
			}
		default:
			if c, ok := ast.Unparen(l.Expr).(*ast.CallExpr); ok && l.Result == 0 {
				if mk := resolve.Callee(r.Info(), c); mk != nil && mk.Pkg() != fn.Pkg() && !slices.Contains(makers, mk) {
					makers = append(makers, mk)
				}
			}
		}
	}
	return methods, makers
}

// A Target is a function a call runs, with one of its forwards: the call's
// arguments are checked as that wrapper's.
type Target[F any] struct {
	Fn      *types.Func
	Forward F
}

// Targets returns the wrappers a call of callee runs, each with its
// forwards: callee's own (forwardsOf: from its body or its fact) and, when
// the call has the operation's shape (op) and goes through an interface,
// those of the methods of the concrete values its receiver may hold and of
// the values that functions of other packages make (makes: from their
// facts, for the method called, see ExportMakes). No target: the call is
// checked as the operation (or not at all).
func Targets[F any](r *resolve.Resolver, call *ast.CallExpr, callee *types.Func, ctx *resolve.Context, op bool,
	forwardsOf func(*types.Func) []F, makes func(maker *types.Func, method string) []F) []Target[F] {
	fns, makers := []*types.Func{callee}, []*types.Func(nil)
	if op {
		fns, makers = Implementations(r, call, callee, ctx)
	}
	var out []Target[F]
	for _, fn := range fns {
		for _, fw := range forwardsOf(fn) {
			out = append(out, Target[F]{fn, fw})
		}
	}
	for _, mk := range makers {
		for _, fw := range makes(mk, callee.Name()) {
			out = append(out, Target[F]{callee, fw})
		}
	}
	return out
}

// ExportMakes exports, for every exported function of the walk that
// returns as an interface a value whose methods named in methods forward (a
// decorating client behind func NewTraced(c API) API), fact(what each
// forwards, by method name); makes reads the fact of a function of another
// package whose result such a function returns.
func ExportMakes[F any](pass *analysis.Pass, r *resolve.Resolver, w *Walk, methods []string,
	forwardsOf func(*types.Func) []F, makes func(maker *types.Func, method string) []F, fact func(map[string][]F) analysis.Fact) {
	for _, fn := range w.Funcs() {
		if !fn.Exported() {
			continue
		}
		byMethod := make(map[string][]F)
		for _, method := range methods {
			ms, makers := Concrete(r, fn, w.Summary(fn), method)
			for _, m := range ms {
				byMethod[method] = append(byMethod[method], forwardsOf(m)...)
			}
			for _, mk := range makers {
				byMethod[method] = append(byMethod[method], makes(mk, method)...)
			}
			if len(byMethod[method]) == 0 {
				delete(byMethod, method)
			}
		}
		if len(byMethod) > 0 {
			pass.ExportObjectFact(fn, fact(byMethod))
		}
	}
}
