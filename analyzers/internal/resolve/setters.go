package resolve

import (
	"go/ast"
	"go/types"
	"strings"
)

// Setters follows the field setters of the AWS SDK for Go v1, which v1 code
// uses as often as field assignments:
//
//	in := &sns.PublishInput{}
//	in.SetMessage(msg)                                 // in.Message = &msg
//	in := (&sns.PublishInput{}).SetMessage(msg).SetTopicArn(topic)
//
// The Index sees neither (the SDK's functions only read their arguments as
// far as it is concerned); Setters keeps its own index of setter calls,
// built on first use. It is meant to be created per pass and is not safe for
// concurrent use.
type Setters struct {
	r     *Resolver
	built bool
	calls map[pathKey][]setterCall // place of a value → setters called on it
}

type setterCall struct {
	field string
	arg   ast.Expr
}

// NewSetters returns the setter index of the resolver's package.
func NewSetters(r *Resolver) *Setters { return &Setters{r: r} }

// V1Setter reports whether fn is a setter of the AWS SDK for Go v1,
// func (s *T) SetF(v X) *T on a struct T of a service package that has a
// field F, and returns F.
func V1Setter(fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil || !strings.HasPrefix(fn.Pkg().Path(), "github.com/aws/aws-sdk-go/service/") {
		return "", false
	}
	field, ok := strings.CutPrefix(fn.Name(), "Set")
	if !ok || field == "" {
		return "", false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return "", false
	}
	recv := sig.Recv().Type()
	if !types.Identical(recv, sig.Results().At(0).Type()) {
		return "", false
	}
	st, ok := derefStruct(recv)
	if !ok {
		return "", false
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == field {
			return field, true
		}
	}
	return "", false
}

// Field is Resolver.Field that also counts the values given to v1 setters:
// SetName(v) called on a place the value passed through, or in a chain of
// setters that builds the value. new(T) counts as a zero T whose fields are
// assigned later (v1 code often starts with in := new(sns.PublishInput)).
func (st *Setters) Field(s Set, name string) Set {
	st.build()
	out := Set{Unknowns: st.r.opaqueFields(s.Unknowns, name)}
	for _, leaf := range s.Leaves {
		out.addAll(st.field(leaf, name, 0))
	}
	return st.r.dedup(out)
}

func (st *Setters) field(leaf Leaf, name string, depth int) Set {
	var out Set
	if call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr); ok && !leaf.Spread && !leaf.Zero && depth < 32 {
		if field, ok := V1Setter(calleeFunc(st.r.info, call)); ok && len(call.Args) == 1 {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				// A chain: the value is the receiver, with one more field set.
				st.r.reset()
				if field == name {
					out.addAll(st.r.resolve(call.Args[0], leaf.Ctx, nil))
				}
				recv := st.r.resolve(sel.X, leaf.Ctx, leaf.via)
				out.Unknowns = append(out.Unknowns, recv.Unknowns...)
				for _, l := range recv.Leaves {
					out.addAll(st.field(l, name, depth+1))
				}
				return out
			}
		}
	}
	if call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr); ok && !leaf.Spread && builtinName(st.r.info, call) == "new" {
		leaf.Zero = true // new(T) points to a zero T: only later assignments count
	}
	out.addAll(st.r.Field(Set{Leaves: []Leaf{leaf}}, name))
	out.addAll(st.at(leaf, name))
	return out
}

// at returns the values given to setters of field name at the places the
// leaf passed through, in the context of each place.
func (st *Setters) at(leaf Leaf, name string) Set {
	var s Set
	for _, p := range leaf.via {
		for _, k := range st.r.placesOf(p.root, p.steps) {
			for _, c := range st.calls[k] {
				if c.field == name {
					st.r.reset()
					s.addAll(st.r.resolve(c.arg, p.ctx, []place{p.then(name)}))
				}
			}
		}
	}
	return s
}

func (st *Setters) build() {
	if st.built {
		return
	}
	st.built = true
	st.calls = make(map[pathKey][]setterCall)
	in := st.r.index.in
	in.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return
		}
		field, ok := V1Setter(calleeFunc(st.r.info, call))
		if !ok || len(call.Args) != 1 {
			return
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		root, steps, ok := accessPath(st.r.info, sel.X)
		if !ok || root == nil {
			return
		}
		k := pathKey{root, steps}
		st.calls[k] = append(st.calls[k], setterCall{field: field, arg: call.Args[0]})
	})
}
