package lambdalog

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/tracelint/tracelint/analyzers/internal/logcall"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A handler is a function registered with aws-lambda-go.
type handler struct {
	fn   *types.Func      // a declared function or method (nil for a literal)
	lit  *ast.FuncLit     // a function literal
	ctx  *resolve.Context // the context the literal's free variables are evaluated in
	sig  *types.Signature
	name string
	pos  token.Pos // where it is reported: its name, or the literal's func keyword
	end  token.Pos
	// wrappers are functions of other packages the handler was handed to
	// (middleware): what they log counts, and an unfollowable one makes
	// the verdict uncertain.
	wrappers []*types.Func
	opaque   bool // wrapped by code the model cannot follow
}

// registrations maps the functions of package lambda that register a
// handler to the index of the handler argument.
var registrations = map[string]int{
	"Start":                   0,
	"StartWithOptions":        0,
	"StartHandler":            0,
	"StartHandlerFunc":        0,
	"NewHandler":              0,
	"NewHandlerWithOptions":   0,
	"NewFunction":             0,
	"StartWithContext":        1,
	"StartHandlerWithContext": 1,
}

// registered returns the index of the handler argument when call registers
// a handler with aws-lambda-go.
func registered(info *types.Info, call *ast.CallExpr) (int, bool) {
	fn := resolve.Callee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != lambdaPackage || fn.Signature().Recv() != nil {
		return 0, false
	}
	idx, ok := registrations[fn.Name()]
	if !ok || idx >= len(call.Args) {
		return 0, false
	}
	return idx, true
}

// handlers returns the handlers a registration's argument may hold: the
// functions and literals the resolver traces it to, through lambda's own
// NewHandler and through middleware (same-package wrappers are followed
// into the literal they return; other packages' are recorded as wrappers).
func (c *checker) handlers(arg ast.Expr, ctx *resolve.Context) []handler {
	var out []handler
	c.collect(c.r.Resolve(arg, ctx), nil, false, &out, 0)
	return out
}

func (c *checker) collect(set resolve.Set, wrappers []*types.Func, opaque bool, out *[]handler, depth int) {
	if depth > 4 {
		return
	}
	info := c.pass.TypesInfo
	for _, leaf := range set.Leaves {
		if leaf.Zero || leaf.Param >= 0 {
			continue
		}
		switch x := ast.Unparen(leaf.Expr).(type) {
		case *ast.FuncLit:
			sig, _ := info.TypeOf(x).(*types.Signature)
			*out = append(*out, handler{lit: x, ctx: leaf.Ctx, sig: sig, name: "function literal", pos: x.Type.Func, end: x.Type.End(), wrappers: wrappers, opaque: opaque})
			continue
		case *ast.Ident, *ast.SelectorExpr:
			if fn := funcOf(info, x); fn != nil {
				*out = append(*out, c.declared(fn, wrappers, opaque))
				continue
			}
		case *ast.CallExpr:
			if idx, ok := registered(info, x); ok {
				// lambda.NewHandler(fn): the handler is fn.
				c.collect(c.r.Resolve(x.Args[idx], leaf.Ctx), wrappers, opaque, out, depth+1)
				continue
			}
			if fn := resolve.Callee(info, x); fn != nil && fn.Pkg() != c.pass.Pkg {
				// Middleware of another package: the handlers are the
				// functions it is handed.
				w := slices.Concat(wrappers, []*types.Func{fn})
				for _, a := range x.Args {
					if _, isFunc := types.Unalias(info.TypeOf(a)).Underlying().(*types.Signature); isFunc || implementsHandler(info.TypeOf(a)) {
						c.collect(c.r.Resolve(a, leaf.Ctx), w, opaque || !c.m.Follows(fn) && c.m.Summary(fn) == nil, out, depth+1)
					}
				}
				continue
			}
		}
		// A value of a type implementing lambda.Handler: its Invoke method.
		if t := info.TypeOf(leaf.Expr); t != nil {
			if inv := invokeMethod(t); inv != nil {
				*out = append(*out, c.declared(inv, wrappers, opaque))
			}
		}
	}
}

// declared returns the handler for a declared function or method.
func (c *checker) declared(fn *types.Func, wrappers []*types.Func, opaque bool) handler {
	h := handler{fn: fn, sig: fn.Signature(), name: fn.Name(), pos: fn.Pos(), end: fn.Pos() + token.Pos(len(fn.Name())), wrappers: wrappers, opaque: opaque}
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != "" {
			h.name = n + "." + fn.Name()
		}
	}
	return h
}

// funcOf returns the function an identifier or selector names (a function,
// or a method value x.M).
func funcOf(info *types.Info, e ast.Expr) *types.Func {
	switch x := e.(type) {
	case *ast.Ident:
		fn, _ := info.Uses[x].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			if sel.Kind() == types.MethodVal || sel.Kind() == types.MethodExpr {
				fn, _ := sel.Obj().(*types.Func)
				return fn
			}
			return nil
		}
		fn, _ := info.Uses[x.Sel].(*types.Func)
		return fn
	}
	return nil
}

// invokeMethod returns the Invoke(ctx, []byte) ([]byte, error) method of a
// concrete type implementing lambda.Handler.
func invokeMethod(t types.Type) *types.Func {
	if types.IsInterface(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Invoke")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == lambdaPackage {
		return nil
	}
	if !isInvoke(fn.Signature()) {
		return nil
	}
	return fn
}

func implementsHandler(t types.Type) bool { return t != nil && invokeMethod(t) != nil }

// isInvoke reports whether sig is lambda.Handler's Invoke.
func isInvoke(sig *types.Signature) bool {
	if sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	b, ok := sig.Params().At(1).Type().(*types.Slice)
	return ok && isContext(sig.Params().At(0).Type()) && types.Identical(b, types.NewSlice(types.Typ[types.Byte]))
}

func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

func namedOf(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// summary returns what a handler puts into the logs, with what the
// middleware it was handed to logs.
func (c *checker) summary(h handler) *logcall.Summary {
	var s *logcall.Summary
	if h.lit != nil {
		s = c.m.Summarize(h.lit.Body, h.ctx)
	} else {
		s = c.m.Summary(h.fn)
	}
	return s
}
