// Package resolve follows values through Go code so that analyzers can ask
// what an expression may hold: which composite literals, constants and calls
// its value can come from, what is assigned to its fields after construction,
// and which elements a slice collects (literals, append in loops and
// branches, index assignments).
//
// The resolver is flow-insensitive and works on "may" sets: every assignment
// in the package counts, whatever branch it is on. An analyzer that reports
// only what no source provides therefore never reports a value that some path
// makes correct. Whatever it cannot follow (a parameter, a function of
// another package without a fact, a variable whose address is handed to
// unknown code) is recorded as an Unknown, so an analyzer can tell "known to
// be missing" from "cannot tell".
//
// Calls to functions declared in the same package are followed into their
// bodies with their parameters bound to the call's arguments; calls into other
// packages are leaves that analyzers interpret through their own facts.
package resolve

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

var reflectTypeOfIndex = reflect.TypeFor[*Index]()

// A Context binds the parameters of a function that the resolver entered
// through a call, or marks the function whose result is being summarised.
type Context struct {
	fn     *types.Func
	call   *ast.CallExpr // nil for a summary context
	caller *Context      // context of call's arguments
	depth  int

	// A function literal's frame (fn is nil): the literal, the context it
	// was created in (its free variables are that context's), and its
	// signature. recv is the receiver of a method value called through a
	// variable (f := c.send; f(d)), evaluated in closure.
	lit     *ast.FuncLit
	closure *Context
	sig     *types.Signature
	recv    ast.Expr
}

// signature returns the signature of the function a frame is of.
func (c *Context) signature() *types.Signature {
	if c.fn != nil {
		return c.fn.Signature()
	}
	return c.sig
}

// Summary returns the context for summarising fn's results: its parameters
// resolve to Param leaves instead of unknowns.
func Summary(fn *types.Func) *Context { return &Context{fn: fn} }

// A Leaf is a value the resolver does not take further: a constant, a
// composite literal, a call of a function of another package, an operator
// expression. Analyzers interpret leaves; the resolver still answers
// Field and Elems questions about them.
type Leaf struct {
	Expr ast.Expr
	Ctx  *Context // the context Expr is evaluated in
	// Result is the index of the result of a multi-value call that Expr is.
	Result int
	// Param is the index of the parameter of the summarised function that
	// the leaf is, or -1.
	Param int
	// Spread marks a container (slice, map) whose elements the resolver
	// could not list: the leaf stands for "every element of Expr".
	Spread bool
	// Path is set, in a resolver that follows parameters (FollowParams),
	// on a part of parameter Param: the fields ("Data"), elements ("[]")
	// and call results ("()") that lead from the parameter to the value,
	// joined by "."; with Spread, the leaf is every element of that part.
	Path string
	// Zero marks a zero value (a variable declared without one, a field a
	// literal leaves out, an element of an array or of make([]T, n)): it
	// carries nothing, but values assigned into it later do.
	Zero bool

	typ types.Type // of a Zero leaf or a parameter's part: its type (see TypeOf)
	// given marks a Zero leaf that stands for a value the function was
	// given (see Received): its fields and elements are the caller's.
	given bool

	via []place // the places the value was stored in on its way
}

// A place is a variable (or a path below it) that a value passed through; its
// later assignments (d.Dimensions = ...) belong to the value too.
type place struct {
	root  types.Object
	steps string
	ctx   *Context // the context root is a variable of
}

func (p place) then(step string) place {
	if p.steps == "" {
		return place{p.root, step, p.ctx}
	}
	return place{p.root, p.steps + "." + step, p.ctx}
}

// An Unknown is a source of the value that cannot be followed.
type Unknown struct {
	Pos  token.Pos
	What string // e.g. "parameter dims", "result of metrics.Build"
	// Type is the type of the value that could not be followed, when it is
	// known (a parameter, a variable of another package, a field of such a
	// value, an element of one); nil otherwise.
	Type types.Type
	// Field is the struct field the value was read from when it is a field
	// of a value the resolver cannot look into: lc.AwsRequestID of
	// lc, _ := lambdacontext.FromContext(ctx), m.MessageId of a parameter
	// m. Analyzers that care about what a value is rather than where it
	// was built recognise it by its field (see opaque.go).
	Field *types.Var
	// Changed marks an Unknown that is not a source of the value but says
	// that code the resolver cannot see may change it after it was built
	// (a pointer to it was handed to such code); the value's sources are
	// listed as well. Analyzers of immutable values (loggers) ignore it.
	Changed bool
}

// A Set is what is known about a value: the leaves it may come from, and the
// sources that could not be followed. A set with no Unknowns is complete.
type Set struct {
	Leaves   []Leaf
	Unknowns []Unknown
}

// Complete reports whether every source of the value is known.
func (s Set) Complete() bool { return len(s.Unknowns) == 0 }

// merge adds t to s, counting its leaves against the pass's budget: copying
// large sets is where a blow-up spends its time.
//
// Once the budget is spent, the leaves are dropped (the unknowns, among them
// the spent budget's, are kept, so no analyzer takes the value for known):
// otherwise unwinding a blown-up query copies its sets again at every level.
func (r *Resolver) merge(s *Set, t Set) {
	if !r.charge(len(t.Leaves)) {
		s.Unknowns = append(s.Unknowns, t.Unknowns...)
		if len(t.Leaves) > 0 {
			s.unknown(t.Leaves[0].Expr.Pos(), budgetSpent)
		}
		return
	}
	s.addAll(t)
}

func (s *Set) addAll(t Set) {
	s.Leaves = append(s.Leaves, t.Leaves...)
	s.Unknowns = append(s.Unknowns, t.Unknowns...)
}

func (s *Set) unknown(pos token.Pos, format string, args ...any) {
	s.Unknowns = append(s.Unknowns, Unknown{Pos: pos, What: fmt.Sprintf(format, args...)})
}

// changed records that code the resolver cannot see may change the value.
func (s *Set) changed(pos token.Pos, format string, args ...any) {
	s.Unknowns = append(s.Unknowns, Unknown{Pos: pos, What: fmt.Sprintf(format, args...), Changed: true})
}

// maxCallDepth keeps the resolver linear on recursive helpers (see also
// budget.go).
const maxCallDepth = 4

// A Resolver answers questions about values in one package. It is cheap and
// meant to be created per analysis pass; it is not safe for concurrent use.
type Resolver struct {
	info  *types.Info
	pkg   *types.Package
	index *indexData
	steps int // of the current query
	// work is the pass's total, bounded by maxWork (budget.go).
	work, maxWork int
	stack         map[visitKey]bool
	ctxs          map[ctxKey]*Context
	params        bool                   // FollowParams
	maps          *Maps                  // built on the first lookup with a constant key
	stores        map[*types.Var][]store // built on first use (stores.go)
	storedMemo    map[*types.Var]storedResult
	varUses       map[types.Object]int // uses of variables holding function literals (funcs.go)
}

// mapLookup resolves m[key] for a constant key: the values of the entries
// whose key is key or not a constant, and the elements of maps whose entries
// cannot be listed.
func (r *Resolver) mapLookup(x *ast.IndexExpr, key constant.Value, ctx *Context, via []place) Set {
	if r.maps == nil {
		r.maps = NewMaps(r)
	}
	entries, rest := r.maps.Entries(r.resolve(x.X, ctx, via))
	var s Set
	for _, e := range entries {
		if k := r.info.Types[e.Key].Value; k != nil && k.Kind() == key.Kind() && !constant.Compare(k, token.EQL, key) {
			continue
		}
		if e.Value == nil {
			s.unknown(e.Key.Pos(), "a map entry changed in place")
			continue
		}
		r.merge(&s, r.resolve(e.Value, e.Ctx, nil))
	}
	r.merge(&s, r.elems(rest))
	return s
}

type ctxKey struct {
	fn      *types.Func
	call    *ast.CallExpr
	caller  *Context
	lit     *ast.FuncLit
	closure *Context
	recv    ast.Expr
}

// enterCall returns the context for fn entered through call from caller.
// Contexts are interned, so that the same call reached twice is recognised
// (cycle detection compares contexts by identity).
func (r *Resolver) enterCall(fn *types.Func, call *ast.CallExpr, caller *Context, depth int) *Context {
	return r.intern(ctxKey{fn: fn, call: call, caller: caller}, depth)
}

func (r *Resolver) intern(k ctxKey, depth int) *Context {
	if c, ok := r.ctxs[k]; ok {
		return c
	}
	c := &Context{fn: k.fn, call: k.call, caller: k.caller, depth: depth, lit: k.lit, closure: k.closure, recv: k.recv}
	if k.lit != nil {
		c.sig, _ = r.info.TypeOf(k.lit).(*types.Signature)
	}
	r.ctxs[k] = c
	return c
}

type visitKey struct {
	node any
	ctx  *Context
	op   byte
}

// New returns a resolver for the package of pass, which must require Analyzer.
func New(pass *analysis.Pass) *Resolver {
	return &Resolver{info: pass.TypesInfo, pkg: pass.Pkg, index: indexOf(pass).get(), stack: make(map[visitKey]bool), ctxs: make(map[ctxKey]*Context), maxWork: maxWork}
}

// Info returns the type information of the resolver's package.
func (r *Resolver) Info() *types.Info { return r.info }

// enter guards against cycles and runaway work; it returns false (and records
// why in s) when the value must not be followed further.
func (r *Resolver) enter(key visitKey, pos token.Pos, s *Set) bool {
	if r.stack[key] {
		return false // a cycle adds nothing new
	}
	r.steps++
	if !r.charge(1) {
		s.unknown(pos, budgetSpent)
		return false
	}
	if r.steps > maxSteps {
		s.unknown(pos, "value too complex to follow")
		return false
	}
	r.stack[key] = true
	return true
}

func (r *Resolver) leave(key visitKey) { delete(r.stack, key) }

// Reset starts a new query: the step budget applies per query.
func (r *Resolver) reset() { r.steps = 0 }

// Resolve returns the sources of the value of e evaluated in ctx (nil for
// the function e appears in, with its parameters unknown).
func (r *Resolver) Resolve(e ast.Expr, ctx *Context) Set {
	if r.Exhausted() {
		return spent(e.Pos())
	}
	r.reset()
	return r.dedup(r.resolve(e, ctx, nil))
}

func (r *Resolver) resolve(e ast.Expr, ctx *Context, via []place) Set {
	var s Set
	if e == nil {
		return s
	}
	if r.Exhausted() {
		return spent(e.Pos()) // unwind at once
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return r.resolve(x.X, ctx, via)
	case *ast.StarExpr:
		return r.resolve(x.X, ctx, via)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return r.resolve(x.X, ctx, via)
		}
	case *ast.SliceExpr:
		if !isString(r.info.TypeOf(x.X)) {
			return r.resolve(x.X, ctx, via)
		}
	case *ast.Ident:
		return r.ident(x, ctx, via)
	case *ast.SelectorExpr:
		if sel := r.info.Selections[x]; sel != nil {
			if sel.Kind() == types.FieldVal {
				base := r.resolve(x.X, ctx, via)
				names := fieldNames(sel)
				if f := r.storedField(sel.Recv(), sel.Obj().Name()); f != nil && len(names) == 1 && len(base.Unknowns) > 0 && !spentIn(base.Unknowns) {
					if stores, ok := r.stored(f, x.Sel.Pos()); ok {
						// The value cannot be followed: its field is what
						// the package stores into it.
						base.Unknowns = nil
						out := r.fields(base, names)
						r.merge(&out, stores)
						return out
					}
				}
				return r.fields(base, names)
			}
			break // a method value is a leaf
		}
		if v, ok := r.info.Uses[x.Sel].(*types.Var); ok {
			return r.variable(x.Sel, v, ctx, via) // pkg.Var
		}
		// pkg.Const, pkg.Func: a leaf, as the whole selector (the type
		// information records constant values there).
	case *ast.IndexExpr:
		if tv, ok := r.info.Types[x.X]; ok && !tv.IsValue() {
			break // instantiation f[T]
		}
		switch types.Unalias(r.info.TypeOf(x.X)).Underlying().(type) {
		case *types.Basic: // s[i] of a string: a byte, not followed
		case *types.Map:
			if key := r.info.Types[x.Index].Value; key != nil {
				return r.mapLookup(x, key, ctx, via) // m["k"]: only k's entries
			}
			return r.elems(r.resolve(x.X, ctx, via))
		default:
			return r.elems(r.resolve(x.X, ctx, via))
		}
	case *ast.CallExpr:
		return r.call(x, 0, ctx, via)
	}
	if tv, ok := r.info.Types[e]; ok && tv.Value == nil && isNil(tv) {
		return s // nil carries nothing
	}
	s.Leaves = append(s.Leaves, Leaf{Expr: e, Ctx: ctx, Param: -1, via: via})
	return s
}

func isNil(tv types.TypeAndValue) bool { return tv.IsNil() }

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func (r *Resolver) ident(id *ast.Ident, ctx *Context, via []place) Set {
	var s Set
	obj := r.info.ObjectOf(id)
	switch obj := obj.(type) {
	case *types.Nil:
		return s
	case *types.Var:
		return r.variable(id, obj, ctx, via)
	}
	// Constants, functions, types: leaves (analyzers read constant values
	// from the type information).
	s.Leaves = append(s.Leaves, Leaf{Expr: id, Ctx: ctx, Param: -1, via: via})
	return s
}

func (r *Resolver) variable(id *ast.Ident, v *types.Var, ctx *Context, via []place) Set {
	var s Set
	if v.Pkg() != r.pkg && v.Pkg() != nil {
		s.unknown(id.Pos(), "variable %s.%s", v.Pkg().Name(), v.Name())
		s.Unknowns[len(s.Unknowns)-1].Type = v.Type()
		return s
	}
	key := visitKey{v, ctx, 'v'}
	if !r.enter(key, id.Pos(), &s) {
		return s
	}
	defer r.leave(key)

	via = append(via[:len(via):len(via)], place{root: v, ctx: ctx})
	ref, isParam := r.index.params[v]
	if isParam {
		switch {
		case ref.lit != nil:
			r.merge(&s, r.litParam(ref.lit, ref.idx, v, id, ctx, via))
		case findFrame(ctx, ref.fn) != nil && findFrame(ctx, ref.fn).call != nil:
			r.merge(&s, r.argument(findFrame(ctx, ref.fn), ref.idx, via))
		case ref.fn != nil && findFrame(ctx, ref.fn) != nil:
			s.Leaves = append(s.Leaves, Leaf{Expr: id, Ctx: ctx, Param: ref.idx, via: via})
		default:
			s.unknown(id.Pos(), "parameter %s", v.Name())
			s.Unknowns[len(s.Unknowns)-1].Type = v.Type()
		}
	}
	for _, alias := range r.withAliases(v) {
		if e, ok := r.index.escapes[alias]; ok {
			s.changed(e.pos, "%s may be changed by %s", alias.Name(), e.call)
			break
		}
	}
	srcs := r.index.assigns[v]
	if decl := r.index.zero[v]; decl != nil {
		// The zero value stands where the variable is declared.
		s.Leaves = append(s.Leaves, Leaf{Expr: decl, Ctx: ctx, Param: -1, Zero: true, typ: v.Type(), via: via})
	} else if len(srcs) == 0 && !isParam && !v.IsField() {
		// Declared where no value is recorded: a type switch, select or
		// range over something the index does not follow.
		s.unknown(id.Pos(), "variable %s", v.Name())
		s.Unknowns[len(s.Unknowns)-1].Type = v.Type()
	}
	for _, src := range srcs {
		if r.Exhausted() {
			break // unwind at once: what is left is the spent budget's unknown
		}
		r.merge(&s, r.source(src, ctx, via))
	}
	return s
}

func (r *Resolver) source(src source, ctx *Context, via []place) Set {
	switch {
	case src.elems:
		// The variable takes each element: what is assigned below it
		// belongs to the element (a copy of it, or the element itself
		// through a pointer, see received.go), not to the container.
		els := r.elems(r.resolve(src.expr, ctx, nil))
		for i := range els.Leaves {
			l := &els.Leaves[i]
			switch {
			case !l.Spread:
				l.via = append(l.via[:len(l.via):len(l.via)], via...)
			case r.params && l.Param >= 0:
				*l = r.element(*l, via) // one element of a parameter's part
			}
		}
		return els
	case src.result < 0:
		var s Set
		s.unknown(src.expr.Pos(), "value not followed")
		return s
	case src.result > 0:
		if call, ok := ast.Unparen(src.expr).(*ast.CallExpr); ok {
			return r.call(call, src.result, ctx, via)
		}
		var s Set
		s.unknown(src.expr.Pos(), "multi-value expression")
		return s
	}
	return r.resolve(src.expr, ctx, via)
}

// findFrame returns the frame of fn in ctx's chain: the function a
// variable belongs to is the one ctx is of, or one it was called from, or
// (for a function literal's frame) one the literal was created in.
func findFrame(ctx *Context, fn *types.Func) *Context {
	if fn == nil {
		return nil
	}
	for c := ctx; c != nil; {
		switch {
		case c.fn == fn:
			return c
		case c.lit != nil:
			c = c.closure
		case c.call == nil:
			return nil
		default:
			c = c.caller
		}
	}
	return nil
}

// argument resolves the value bound to parameter idx of the call in frame.
func (r *Resolver) argument(frame *Context, idx int, via []place) Set {
	var s Set
	call := frame.call
	if idx < 0 {
		if frame.recv != nil {
			return r.resolve(frame.recv, frame.closure, via) // a method value's receiver
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return r.resolve(sel.X, frame.caller, via)
		}
		s.unknown(call.Pos(), "receiver")
		return s
	}
	sig := frame.signature()
	if sig == nil {
		s.unknown(call.Pos(), "argument %d", idx)
		return s
	}
	if sig.Variadic() && idx == sig.Params().Len()-1 {
		if call.Ellipsis.IsValid() {
			return r.resolve(call.Args[len(call.Args)-1], frame.caller, via)
		}
		// The variadic parameter is a slice of the remaining arguments.
		var lit ast.CompositeLit
		lit.Elts = call.Args[idx:]
		lit.Lbrace = call.Lparen
		s.Leaves = append(s.Leaves, Leaf{Expr: &variadicArgs{lit}, Ctx: frame.caller, Param: -1, via: via})
		return s
	}
	if idx >= len(call.Args) {
		s.unknown(call.Pos(), "argument %d", idx)
		return s
	}
	return r.resolve(call.Args[idx], frame.caller, via)
}

// variadicArgs stands for the slice that a variadic parameter receives.
type variadicArgs struct{ ast.CompositeLit }

// call resolves result number result of a call.
func (r *Resolver) call(call *ast.CallExpr, result int, ctx *Context, via []place) Set {
	var s Set
	leaf := func() Set {
		s.Leaves = append(s.Leaves, Leaf{Expr: call, Ctx: ctx, Result: result, Param: -1, via: via})
		return s
	}
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return r.resolve(call.Args[0], ctx, via) // conversion
	}
	fn := calleeFunc(r.info, call)
	if fn == nil {
		return r.funcValueCall(call, result, ctx, via)
	}
	if IsPointerHelper(fn) && len(call.Args) == 1 {
		return r.resolve(call.Args[0], ctx, via)
	}
	decl := r.index.decl(fn)
	if decl == nil || IsMethodExpr(r.info, call) {
		// Another package, a builtin, or T.Method(recv, ...) whose
		// arguments are shifted: the analyzer decides.
		return leaf()
	}
	if findFrame(ctx, fn) != nil {
		s.unknown(call.Pos(), "result of recursive %s", fn.Name())
		return s
	}
	depth := 0
	if ctx != nil {
		depth = ctx.depth + 1
	}
	if depth > maxCallDepth {
		s.unknown(call.Pos(), "result of %s (calls nested too deep)", fn.Name())
		return s
	}
	key := visitKey{decl, ctx, 'c'}
	if !r.enter(key, call.Pos(), &s) {
		return s
	}
	defer r.leave(key)
	inner := r.enterCall(fn, call, ctx, depth)
	r.merge(&s, r.returns(decl, fn, result, inner))
	return s
}

// Returns resolves result number result of fn, declared in this package, in
// ctx (typically Summary(fn)).
func (r *Resolver) Returns(fn *types.Func, result int, ctx *Context) Set {
	if r.Exhausted() {
		return spent(fn.Pos())
	}
	r.reset()
	decl := r.index.decl(fn)
	if decl == nil {
		var s Set
		s.unknown(fn.Pos(), "function %s has no body", fn.Name())
		return s
	}
	return r.dedup(r.returns(decl, fn, result, ctx))
}

func (r *Resolver) returns(decl *ast.FuncDecl, fn *types.Func, result int, ctx *Context) Set {
	return r.returnsOf(decl.Body, fn.Signature(), result, ctx)
}

// returnsOf resolves result number result of the function with body and
// signature sig (a declaration's or a literal's) in ctx.
func (r *Resolver) returnsOf(body *ast.BlockStmt, sig *types.Signature, result int, ctx *Context) Set {
	var s Set
	if body == nil || result >= sig.Results().Len() {
		return s
	}
	named := sig.Results().At(result)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are not ours
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == 0:
				// A bare return of named results: their assignments count.
			case len(n.Results) == sig.Results().Len():
				r.merge(&s, r.resolve(n.Results[result], ctx, nil))
			case len(n.Results) == 1:
				if c, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					r.merge(&s, r.call(c, result, ctx, nil))
				}
			}
		}
		return true
	})
	if named.Name() != "" && named.Name() != "_" {
		for _, src := range r.index.assigns[named] {
			r.merge(&s, r.source(src, ctx, nil))
		}
	}
	return s
}

// Field returns the sources of field name of every value in s, including
// values assigned to that field after the value was built.
func (r *Resolver) Field(s Set, name string) Set {
	if r.Exhausted() {
		return r.dedup(Set{Unknowns: append(s.Unknowns[:len(s.Unknowns):len(s.Unknowns)], spent(token.NoPos).Unknowns...)})
	}
	r.reset()
	out := Set{Unknowns: r.opaqueFields(s.Unknowns, name)}
	for _, leaf := range s.Leaves {
		if r.Exhausted() {
			break // unwind at once: what is left is the spent budget's unknown
		}
		one := Set{Leaves: []Leaf{leaf}}
		r.merge(&out, r.fields(one, r.promotedPath(leaf, name)))
	}
	return r.dedup(out)
}

// promotedPath spells out the embedded fields through which name is reached
// in the leaf's type: Deep in struct{ inner } is inner.Deep.
func (r *Resolver) promotedPath(leaf Leaf, name string) []string {
	t := r.TypeOf(leaf)
	if t == nil {
		return []string{name}
	}
	obj, index, _ := types.LookupFieldOrMethod(t, true, r.pkg, name)
	if _, ok := obj.(*types.Var); !ok || len(index) < 2 {
		return []string{name}
	}
	var names []string
	for _, i := range index {
		st, ok := derefStruct(t)
		if !ok {
			return []string{name}
		}
		names = append(names, st.Field(i).Name())
		t = st.Field(i).Type()
	}
	return names
}

func (r *Resolver) fields(s Set, names []string) Set {
	for _, name := range names {
		s = r.field(s, name)
	}
	return s
}

func (r *Resolver) field(s Set, name string) Set {
	out := Set{Unknowns: r.opaqueFields(s.Unknowns, name)}
	if !r.charge(len(s.Leaves)) {
		out.unknown(token.NoPos, budgetSpent)
		return out
	}
	for _, leaf := range s.Leaves {
		if r.Exhausted() {
			break // unwind at once: what is left is the spent budget's unknown
		}
		via := make([]place, 0, len(leaf.via))
		for _, p := range leaf.via {
			via = append(via, p.then(name))
		}
		zero := leaf.Zero
		if lit, ok := r.compositeLit(leaf.Expr); ok && !zero {
			zero = true
			if st, ok := derefStruct(r.info.TypeOf(lit)); ok {
				if v := LiteralField(lit, st, name); v != nil {
					r.merge(&out, r.resolve(v, leaf.Ctx, via))
					zero = false
				}
			}
		} else if !zero {
			if stores, ok := r.storedOf(leaf, name); ok {
				r.merge(&out, stores)
			} else if part, ok := r.paramPart(leaf, name); ok {
				out.Leaves = append(out.Leaves, part)
			} else {
				out.Unknowns = append(out.Unknowns, r.opaqueField(leaf, name))
			}
		}
		if zero {
			// The field holds its zero value, but what is assigned into it
			// later (d.F.G = x) is found through the places it stands for.
			out.Leaves = append(out.Leaves, Leaf{Expr: leaf.Expr, Ctx: leaf.Ctx, Param: -1, Zero: true, given: leaf.given, typ: r.fieldType(leaf, name), via: via})
		}
		r.merge(&out, r.assignedAt(via))
	}
	return out
}

// TypeOf returns the type of the value a leaf stands for (for a Spread
// leaf, of the container): the type of its expression, or of the part or
// zero value it is.
func (r *Resolver) TypeOf(l Leaf) types.Type {
	if l.typ != nil {
		return l.typ
	}
	return r.info.TypeOf(l.Expr)
}

// fieldType returns the type of field name of the struct a leaf holds.
func (r *Resolver) fieldType(leaf Leaf, name string) types.Type {
	t := r.TypeOf(leaf)
	if st, ok := derefStruct(t); ok {
		for i := range st.NumFields() {
			if st.Field(i).Name() == name {
				return st.Field(i).Type()
			}
		}
	}
	return nil
}

// assignedAt returns the values assigned at the places a value passed through.
func (r *Resolver) assignedAt(places []place) Set {
	var s Set
	for _, p := range places {
		if r.Exhausted() {
			break // unwind at once: what is left is the spent budget's unknown
		}
		r.merge(&s, r.assignedBelow(p.root, p.steps, p.ctx))
	}
	return s
}

// assignedBelow returns the values assigned at root.steps in ctx: directly,
// through aliases (p := &x), and inside functions of this package that root
// is handed to by pointer (addDims(&d) assigning d.Dimensions), evaluated
// with that call's arguments.
func (r *Resolver) assignedBelow(root types.Object, steps string, ctx *Context) Set {
	var s Set
	guard := visitKey{pathKey{root, steps}, ctx, 'a'}
	if !r.enter(guard, root.Pos(), &s) {
		return s
	}
	defer r.leave(guard)
	for _, v := range r.withAliases(root) {
		if r.Exhausted() {
			break // unwind at once: what is left is the spent budget's unknown
		}
		for _, src := range r.index.paths[pathKey{v, steps}] {
			if r.Exhausted() {
				break // unwind at once: what is left is the spent budget's unknown
			}
			r.merge(&s, r.source(src, ctx, []place{{v, steps, ctx}}))
		}
		if e, ok := r.index.escapes[v]; ok {
			s.changed(e.pos, "%s may be changed by %s", v.Name(), e.call)
			continue // what the callees do no longer matters
		}
		for _, ref := range r.index.passes[v] {
			key := visitKey{ref.call, ctx, 'p'}
			if !r.enter(key, ref.call.Pos(), &s) {
				continue
			}
			depth := 0
			if ctx != nil {
				depth = ctx.depth + 1
			}
			if depth <= maxCallDepth && findFrame(ctx, ref.callee) == nil {
				inner := r.enterCall(ref.callee, ref.call, ctx, depth)
				r.merge(&s, r.assignedBelow(ref.param, steps, inner))
			} else {
				s.changed(ref.call.Pos(), "%s may be changed by %s", v.Name(), ref.fn)
			}
			r.leave(key)
		}
		for _, k := range r.aliasesBelow(v, steps) {
			r.merge(&s, r.assignedBelow(k.root, k.steps, ctx))
		}
	}
	return s
}

func (r *Resolver) withAliases(v types.Object) []types.Object {
	out := []types.Object{v}
	for i := 0; i < len(out) && i < 8; i++ {
		for _, a := range r.index.aliases[out[i]] {
			if !containsObj(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

func containsObj(list []types.Object, o types.Object) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}

// Elems returns the sources of the elements of every slice, array or map
// value in s. A container the resolver cannot enumerate (the result of a
// function of another package, a parameter) is returned as a Spread leaf for
// the analyzer to interpret.
func (r *Resolver) Elems(s Set) Set {
	if r.Exhausted() {
		return r.dedup(Set{Unknowns: append(s.Unknowns[:len(s.Unknowns):len(s.Unknowns)], spent(token.NoPos).Unknowns...)})
	}
	r.reset()
	return r.dedup(r.elems(s))
}

func (r *Resolver) elems(s Set) Set {
	out := Set{Unknowns: opaqueElems(s.Unknowns)}
	if !r.charge(len(s.Leaves)) {
		out.unknown(token.NoPos, budgetSpent)
		return out
	}
	acc := newAccumulation(s)
	for _, leaf := range s.Leaves {
		if r.Exhausted() {
			break // unwind at once: what is left is the spent budget's unknown
		}
		via := make([]place, 0, len(leaf.via))
		for _, p := range leaf.via {
			via = append(via, p.then("[]"))
		}
		key := visitKey{leaf.Expr, leaf.Ctx, 'e'}
		if !r.enter(key, leaf.Expr.Pos(), &out) {
			continue
		}
		expr := leaf.Expr
		if leaf.Zero {
			expr = nil // an empty container: only later assignments count
		}
		switch x := expr.(type) {
		case nil:
			// A nil slice or map has no elements; an array has zero ones,
			// which later assignments (a[0].F = x) may fill. A container
			// the function was given has the caller's elements.
			if et := elemType(leaf.typ); leaf.given && et != nil {
				out.Leaves = append(out.Leaves, Leaf{Expr: leaf.Expr, Ctx: leaf.Ctx, Param: -1, Zero: true, given: true, typ: et, via: via})
			} else if arr, ok := underlying(leaf.typ).(*types.Array); ok && arr.Len() > 0 && !r.filled(nil, leaf.via) {
				out.Leaves = append(out.Leaves, Leaf{Expr: leaf.Expr, Ctx: leaf.Ctx, Param: -1, Zero: true, typ: arr.Elem(), via: via})
			}
		case *variadicArgs:
			for _, elt := range x.Elts {
				r.merge(&out, r.resolve(elt, leaf.Ctx, via))
			}
		case *ast.CompositeLit:
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				r.merge(&out, r.resolve(elt, leaf.Ctx, via))
			}
		case *ast.CallExpr:
			switch builtinName(r.info, x) {
			case "append":
				if len(x.Args) > 0 {
					r.merge(&out, r.elems(acc.base(r, x.Args[0], leaf.Ctx, leaf.via)))
				}
				for i, arg := range x.Args[1:] {
					if x.Ellipsis.IsValid() && i == len(x.Args)-2 {
						r.merge(&out, r.elems(r.resolve(arg, leaf.Ctx, nil)))
					} else {
						r.merge(&out, r.resolve(arg, leaf.Ctx, via))
					}
				}
			case "make":
				// make([]T, n): n zero elements, which later assignments
				// (s[i].F = x) may fill, unless a loop replaces every one
				// (s[i] = x for every index): then they never reach a use.
				if s, ok := underlying(r.info.TypeOf(x)).(*types.Slice); ok && len(x.Args) > 1 && !isZeroConst(r.info, x.Args[1]) && !r.filled(x.Args[1], leaf.via) {
					out.Leaves = append(out.Leaves, Leaf{Expr: x, Ctx: leaf.Ctx, Param: -1, Zero: true, typ: s.Elem(), via: via})
				}
			case "new":
			default:
				leaf.Spread = true
				out.Leaves = append(out.Leaves, leaf)
			}
		default:
			out.Leaves = append(out.Leaves, r.spread(leaf))
		}
		r.leave(key)
		r.merge(&out, r.assignedAt(via))
	}
	return out
}

func underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return types.Unalias(t).Underlying()
}

func isZeroConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == "0"
}

// compositeLit returns the composite literal e is, if any.
func (r *Resolver) compositeLit(e ast.Expr) (*ast.CompositeLit, bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	return lit, ok
}

// LiteralField returns the expression given for field name in a struct
// literal, or nil when the field is left at its zero value.
func LiteralField(lit *ast.CompositeLit, st *types.Struct, name string) ast.Expr {
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
			continue
		}
		if i < st.NumFields() && st.Field(i).Name() == name {
			return elt
		}
	}
	return nil
}

// describe names a leaf for messages.
func (r *Resolver) describe(leaf Leaf) string {
	if call, ok := leaf.Expr.(*ast.CallExpr); ok {
		if fn := calleeFunc(r.info, call); fn != nil {
			return "result of " + qualifiedName(fn)
		}
		return "result of a function value"
	}
	if leaf.Param >= 0 {
		return "a parameter"
	}
	return "an expression"
}

// Describe says in a few words where an unfollowable value comes from.
func (r *Resolver) Describe(leaf Leaf) string { return r.describe(leaf) }

// qualifiedName returns pkg.Func or pkg.Type.Method, using package names.
func qualifiedName(fn *types.Func) string {
	if sig := fn.Signature(); sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return pkgName(fn.Pkg()) + n.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return pkgName(fn.Pkg()) + fn.Name()
}

func pkgName(p *types.Package) string {
	if p == nil {
		return ""
	}
	return p.Name() + "."
}

// QualifiedName returns pkg.Func or pkg.Type.Method for messages.
func QualifiedName(fn *types.Func) string { return qualifiedName(fn) }

func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return nil
	}
	return fn.Origin()
}

// Callee returns the function a call statically or dynamically names
// (interface methods included), or nil.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn := calleeFunc(info, call)
	return fn
}

// Argument returns the argument a call passes for parameter p of its callee
// (shifted for a method expression, T.M(recv, args...)), or nil.
func Argument(info *types.Info, call *ast.CallExpr, p int) ast.Expr {
	if IsMethodExpr(info, call) {
		p++
	}
	if p < 0 || p >= len(call.Args) {
		return nil
	}
	return call.Args[p]
}

// IsMethodExpr reports whether call calls a method expression, T.M(recv,
// args...), whose arguments are shifted by one against the method's
// parameters.
func IsMethodExpr(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.MethodExpr
}

func builtinName(info *types.Info, call *ast.CallExpr) string {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return ""
	}
	if b, ok := info.Uses[id].(*types.Builtin); ok {
		return b.Name()
	}
	return ""
}

// IsPointerHelper reports whether fn is one of the AWS SDK helpers that only
// take or dereference a pointer (aws.String, aws.ToString, aws.StringValue...),
// or one of the AWS CDK's (jsii.String, jsii.Ptr).
func IsPointerHelper(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "github.com/aws/aws-sdk-go-v2/aws", "github.com/aws/aws-sdk-go/aws", "github.com/aws/jsii-runtime-go":
	default:
		return false
	}
	sig := fn.Signature()
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return false
	}
	in, out := sig.Params().At(0).Type(), sig.Results().At(0).Type()
	if p, ok := in.(*types.Pointer); ok && types.Identical(p.Elem(), out) {
		return true
	}
	if p, ok := out.(*types.Pointer); ok && types.Identical(p.Elem(), in) {
		return true
	}
	return false
}

func (ix *indexData) decl(fn *types.Func) *ast.FuncDecl { return ix.decls[fn] }

// dedup merges leaves that are the same value reached along different paths,
// keeping every place they passed through, and drops repeated unknowns; the
// leaves count against the pass's budget.
func (r *Resolver) dedup(s Set) Set {
	r.charge(len(s.Leaves))
	return s.dedup()
}

func (s Set) dedup() Set {
	type key struct {
		expr   ast.Expr
		ctx    *Context
		result int
		param  int
		spread bool
		zero   bool
		given  bool
		typ    types.Type
		path   string
	}
	seen := make(map[key]int, len(s.Leaves))
	var leaves []Leaf
	for _, l := range s.Leaves {
		k := key{l.Expr, l.Ctx, l.Result, l.Param, l.Spread, l.Zero, l.given, l.typ, l.Path}
		if i, ok := seen[k]; ok {
			for _, p := range l.via {
				if !containsPlace(leaves[i].via, p) {
					leaves[i].via = append(leaves[i].via, p)
				}
			}
			continue
		}
		seen[k] = len(leaves)
		l.via = append([]place(nil), l.via...)
		leaves = append(leaves, l)
	}
	type ukey struct {
		pos  token.Pos
		what string
	}
	useen := make(map[ukey]bool)
	var unknowns []Unknown
	for _, u := range s.Unknowns {
		if !useen[ukey{u.Pos, u.What}] {
			useen[ukey{u.Pos, u.What}] = true
			unknowns = append(unknowns, u)
		}
	}
	return Set{Leaves: leaves, Unknowns: unknowns}
}

func containsPlace(ps []place, p place) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}
