package uuidrunid

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A taint is what a walk found about a value.
type taint struct {
	gen  string // the generator as messages name it: uuid.New, ids.NewRunID (uuid.NewString)
	base string // the generator itself: uuid.NewString
	// params are the parameters of the summarised function the value
	// carries (summary walks only).
	params []int
	// unknown names the first call that could not be followed, for strict
	// mode.
	unknown string
	// calls are the generator calls found (the first one; all of them in a
	// walk that collects them).
	calls []ast.Expr
}

// A walker follows a value back to its sources, through the derivations that
// keep an identifier's text: String(), conversions, fmt.Sprint*, strings and
// encoding functions, slicing, concatenation, helpers.
type walker struct {
	c       *checker
	res     taint
	summary bool // collecting a function's summary: keep going after a generator
	all     bool // collecting every generator call: keep going after one
	seen    map[walkKey]bool
	steps   int
}

type walkKey struct {
	expr   ast.Expr
	ctx    *resolve.Context
	result int
	spread bool
}

// maxWalk bounds the leaves one walk visits.
const maxWalk = 2000

func (c *checker) newWalker(summary bool) *walker {
	return &walker{c: c, summary: summary, seen: make(map[walkKey]bool)}
}

// walkSite follows the value of a site in ctx.
func (c *checker) walkSite(s site, ctx *resolve.Context, summary bool) taint {
	w := c.newWalker(summary)
	w.walkSite(s, ctx)
	return w.res
}

// walkSite follows the value of a site in ctx.
func (w *walker) walkSite(s site, ctx *resolve.Context) {
	c := w.c
	if s.ctx != nil {
		ctx = s.ctx
	}
	switch {
	case s.elems:
		w.set(c.r().Elems(c.r().Resolve(s.value, ctx)))
	case s.result > 0:
		if call, ok := ast.Unparen(s.value).(*ast.CallExpr); ok {
			w.set(c.r().ResolveResult(call, s.result, ctx))
		}
	default:
		w.expr(s.value, ctx)
	}
}

func (w *walker) stop() bool {
	return w.steps > maxWalk || !w.summary && !w.all && w.res.gen != ""
}

// found records a generator found at the call at.
func (w *walker) found(gen, base string, at ast.Expr) {
	if w.res.gen == "" {
		w.res.gen, w.res.base = gen, base
	}
	w.res.calls = append(w.res.calls, at)
}

func (w *walker) unknown(what string) {
	if w.res.unknown == "" {
		w.res.unknown = what
	}
}

// expr follows an expression. Outside summaries, a value that is itself a
// run identifier (a variable, field, parameter or result named like one) is
// not followed: it is checked where it gets its value, so a UUID is reported
// once, where it becomes a run identifier, not at every later use.
func (w *walker) expr(e ast.Expr, ctx *resolve.Context) {
	if w.stop() {
		return
	}
	if !w.summary && w.c.isRunIdentifier(e) {
		return
	}
	if gen := w.c.filledBy(e); gen != "" {
		w.found(gen, gen, e)
	}
	w.set(w.c.r().Resolve(e, ctx))
}

func (w *walker) set(s resolve.Set) {
	for _, l := range s.Leaves {
		w.leaf(l)
	}
}

func (w *walker) leaf(l resolve.Leaf) {
	if w.stop() || l.Zero {
		return
	}
	if l.Path != "" {
		// A field of a parameter (the caller's value: not a parameter
		// flowing through) or of the result of a call.
		if l.Param < 0 {
			w.resultField(l)
		}
		return
	}
	if l.Param >= 0 {
		if w.summary {
			w.res.params = addInts(w.res.params, []int{l.Param})
		}
		return
	}
	k := walkKey{l.Expr, l.Ctx, l.Result, l.Spread}
	if w.seen[k] {
		return
	}
	w.seen[k] = true
	w.steps++
	info := w.c.pass.TypesInfo
	switch x := l.Expr.(type) {
	case *ast.CallExpr:
		w.call(x, l)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			w.expr(x.X, l.Ctx)
			w.expr(x.Y, l.Ctx)
		}
	case *ast.SliceExpr: // s[i:j] of a string
		w.expr(x.X, l.Ctx)
	case *ast.TypeAssertExpr:
		w.expr(x.X, l.Ctx)
	case *ast.CompositeLit:
		if _, isStruct := derefStruct(info.TypeOf(x)); !isStruct {
			w.set(w.c.r().Elems(resolve.Set{Leaves: []resolve.Leaf{l}}))
		}
	case *ast.Ident, *ast.SelectorExpr, *ast.BasicLit, *ast.IndexExpr, *ast.FuncLit, *ast.UnaryExpr:
	default:
		if info.TypeOf(l.Expr) == nil {
			// The arguments a variadic parameter received.
			w.set(w.c.r().Elems(resolve.Set{Leaves: []resolve.Leaf{l}}))
		}
	}
}

func (w *walker) call(x *ast.CallExpr, l resolve.Leaf) {
	info := w.c.pass.TypesInfo
	if tv, ok := info.Types[x.Fun]; ok && tv.IsBuiltin() {
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == "append" {
			for _, arg := range x.Args {
				w.expr(arg, l.Ctx)
			}
		}
		return
	}
	fn := resolve.Callee(info, x)
	if fn == nil {
		w.funcValue(x, l)
		return
	}
	w.callee(fn, x, l)
}

// callee interprets a call of fn that the resolver left as a leaf: a
// generator, a derivation, or a function of another package.
func (w *walker) callee(fn *types.Func, x *ast.CallExpr, l resolve.Leaf) {
	if gen, ok := w.c.gens.match(fn); ok {
		if l.Result == 0 {
			w.found(gen, gen, x)
		}
		return
	}
	sig := fn.Signature()
	args := x.Args
	var recv ast.Expr
	if resolve.IsMethodExpr(w.c.pass.TypesInfo, x) {
		if len(args) == 0 {
			return
		}
		recv, args = args[0], args[1:]
	} else if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil {
		recv = sel.X
	}
	switch {
	case isMust(sig):
		if l.Result == 0 && len(args) > 0 {
			w.expr(args[0], l.Ctx)
		}
	case sig.Recv() != nil && derivingMethod(fn, sig):
		if recv != nil && l.Result == 0 {
			w.expr(recv, l.Ctx)
		}
	case derivingFunc(fn) && l.Result < sig.Results().Len() && stringish(sig.Results().At(l.Result).Type()):
		for _, arg := range args {
			w.expr(arg, l.Ctx)
		}
	case fn.Pkg() != nil && fn.Pkg() != w.c.pass.Pkg:
		var fact GeneratedFact
		if w.c.pass.ImportObjectFact(fn, &fact) {
			if l.Result == 0 {
				if fact.Generator != "" {
					w.found(displayName(fn)+" ("+fact.Generator+")", fact.Generator, x)
				}
				for _, p := range fact.Params {
					for _, arg := range argsFor(sig, x, args, p) {
						w.expr(arg, l.Ctx)
					}
				}
			}
		} else if isInterfaceMethod(sig) {
			w.unknown("the result of " + displayName(fn))
		}
	case isInterfaceMethod(sig):
		w.unknown("the result of " + displayName(fn))
	}
}

// funcValue follows a call of a function value: the functions the value may
// hold, or the function literal called.
func (w *walker) funcValue(x *ast.CallExpr, l resolve.Leaf) {
	if lit, ok := ast.Unparen(x.Fun).(*ast.FuncLit); ok {
		w.funcLit(lit, l.Result, l.Ctx)
		return
	}
	set := w.c.r().Resolve(x.Fun, l.Ctx)
	if len(set.Unknowns) > 0 || len(set.Leaves) == 0 {
		w.unknown("the result of a function value")
	}
	info := w.c.pass.TypesInfo
	for _, f := range set.Leaves {
		var obj types.Object
		switch e := f.Expr.(type) {
		case *ast.FuncLit:
			w.funcLit(e, l.Result, f.Ctx)
			continue
		case *ast.Ident:
			obj = info.Uses[e]
		case *ast.SelectorExpr:
			obj = info.Uses[e.Sel]
		}
		fn, ok := obj.(*types.Func)
		if !ok {
			if !f.Zero {
				w.unknown("the result of a function value")
			}
			continue
		}
		fn = fn.Origin()
		switch gen, isGen := w.c.gens.match(fn); {
		case isGen:
			if l.Result == 0 {
				w.found(gen, gen, x)
			}
		case w.c.decls[fn] != nil:
			// A function of this package: its results, parameters unknown.
			for _, r := range w.c.r().Returns(fn, l.Result, w.c.summary(fn)).Leaves {
				if r.Param < 0 {
					w.leaf(r)
				}
			}
		default:
			var fact GeneratedFact
			if l.Result == 0 && w.c.pass.ImportObjectFact(fn, &fact) && fact.Generator != "" {
				w.found(displayName(fn)+" ("+fact.Generator+")", fact.Generator, x)
			}
		}
	}
}

// funcLit follows the values a function literal returns.
func (w *walker) funcLit(lit *ast.FuncLit, result int, ctx *resolve.Context) {
	t, ok := w.c.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if !ok || result >= t.Results().Len() {
		return
	}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == t.Results().Len():
				w.expr(n.Results[result], ctx)
			case len(n.Results) == 1:
				if call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					w.set(w.c.r().ResolveResult(call, result, ctx))
				}
			}
		}
		return !w.stop()
	})
}

// argsFor returns the arguments bound to parameter p of sig.
func argsFor(sig *types.Signature, call *ast.CallExpr, args []ast.Expr, p int) []ast.Expr {
	n := sig.Params().Len()
	if sig.Variadic() && p == n-1 && !call.Ellipsis.IsValid() {
		if p < len(args) {
			return args[p:]
		}
		return nil
	}
	if p < len(args) {
		return args[p : p+1]
	}
	return nil
}

// isMust reports whether sig is func(T, error) T: a Must wrapper that
// returns its first argument.
func isMust(sig *types.Signature) bool {
	if sig.Recv() != nil || sig.Params().Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	err := types.Universe.Lookup("error").Type()
	return types.Identical(sig.Params().At(1).Type(), err) &&
		types.Identical(sig.Params().At(0).Type(), sig.Results().At(0).Type())
}

// derivingMethod reports whether a method returns its receiver's text or
// bytes: String(), Bytes(), MarshalText(), MarshalBinary(), URN().
func derivingMethod(fn *types.Func, sig *types.Signature) bool {
	if sig.Params().Len() != 0 {
		return false
	}
	switch fn.Name() {
	case "String", "Bytes", "MarshalText", "MarshalBinary", "URN":
		return true
	}
	return false
}

// derivingFunc reports whether fn transforms the text of its arguments:
// the strings and bytes packages, fmt's Sprint and Append functions,
// encodings, path joining and escaping.
func derivingFunc(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "strings", "bytes", "encoding/hex", "encoding/base64", "encoding/base32", "path", "path/filepath", "net/url", "html", "unicode/utf8":
		return true
	case "fmt":
		return strings.HasPrefix(fn.Name(), "Sprint") || strings.HasPrefix(fn.Name(), "Append")
	case "strconv":
		// Quoting keeps a text; formatting a random number makes one.
		return strings.HasPrefix(fn.Name(), "Quote") || strings.HasPrefix(fn.Name(), "Format") ||
			fn.Name() == "Itoa" || fn.Name() == "AppendInt" || fn.Name() == "AppendUint"
	}
	return false
}

func isInterfaceMethod(sig *types.Signature) bool {
	return sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// isRunIdentifier reports whether e (stripped of conversions, pointer
// helpers, String() and the like) is itself a run identifier: a variable,
// parameter, field or map entry named like one, or the result of a function
// named like one. Its value is checked where it is assigned or returned.
func (c *checker) isRunIdentifier(e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = c.strip(e)
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := info.ObjectOf(x).(*types.Var)
		return ok && c.isRunName(v.Name())
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			if sel.Kind() != types.FieldVal {
				return false
			}
			_, ok := c.fieldDesc(sel.Obj(), selectionTag(sel), sel.Recv())
			return ok
		}
		v, ok := info.Uses[x.Sel].(*types.Var)
		return ok && c.isRunName(v.Name())
	case *ast.IndexExpr:
		if !isMap(info.TypeOf(x.X)) {
			return false
		}
		key, ok := constString(info, x.Index)
		return ok && c.isRunName(key)
	case *ast.CallExpr:
		fn := resolve.Callee(info, x)
		if fn == nil || !c.isRunName(fn.Name()) {
			return false
		}
		_, isGen := c.gens.match(fn)
		return !isGen
	}
	return false
}

// strip removes what does not change a value's identity: parentheses,
// conversions, & and *, the AWS SDK's pointer helpers, String() and Bytes().
func (c *checker) strip(e ast.Expr) ast.Expr {
	info := c.pass.TypesInfo
	for i := 0; i < 16; i++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				e = x.X
				continue
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			fn := resolve.Callee(info, x)
			if fn == nil {
				break
			}
			sig := fn.Signature()
			if resolve.IsPointerHelper(fn) && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil && derivingMethod(fn, sig) &&
				!resolve.IsMethodExpr(info, x) {
				e = sel.X
				continue
			}
		}
		return ast.Unparen(e)
	}
	return ast.Unparen(e)
}

// resultField follows a field of the result of a call the resolver does
// not follow: a function of another package whose fact says which fields
// of the struct it returns are generated (ids.NewRun().ID).
func (w *walker) resultField(l resolve.Leaf) {
	call, ok := ast.Unparen(l.Expr).(*ast.CallExpr)
	if !ok || l.Result != 0 {
		return
	}
	fn := resolve.Callee(w.c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == w.c.pass.Pkg {
		return
	}
	var fact GeneratedFact
	if !w.c.pass.ImportObjectFact(fn, &fact) {
		return
	}
	for _, f := range fact.Fields {
		if f.Field == l.Path {
			w.found(displayName(fn)+"()."+f.Field+" ("+f.Generator+")", f.Generator, call)
		}
	}
}
