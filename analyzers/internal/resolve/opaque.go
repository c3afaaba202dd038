package resolve

import (
	"fmt"
	"go/types"
)

// Values the resolver cannot look into (a result of another package's
// function, a parameter, a variable of another package) are Unknowns; so
// are their fields and elements. An Unknown keeps the type of the value it
// stands for and, for a field read, the field: lc.AwsRequestID is "the
// AwsRequestID field of a lambdacontext.LambdaContext" wherever lc came from,
// and m.MessageId of a range over out.Messages is the MessageId of an SQS
// message. Analyzers that ask what a value is (a request id, a message id)
// rather than how it was built read it from there.

// opaqueField returns the Unknown for field name of a leaf whose fields the
// resolver cannot list.
func (r *Resolver) opaqueField(leaf Leaf, name string) Unknown {
	u := Unknown{Pos: leaf.Expr.Pos(), What: fmt.Sprintf("field %s of %s", name, r.describe(leaf)), Type: r.leafType(leaf)}
	return r.selectField(u, name)
}

// opaqueFields returns the Unknowns for field name of values that could not
// be followed; those of unknown type stay as they are.
func (r *Resolver) opaqueFields(us []Unknown, name string) []Unknown {
	if !anyTyped(us) {
		return us
	}
	out := make([]Unknown, len(us))
	for i, u := range us {
		out[i] = r.selectField(u, name)
	}
	return out
}

// opaqueElems returns the Unknowns for the elements of containers that could
// not be followed: an element is no longer the field its container was.
func opaqueElems(us []Unknown) []Unknown {
	if !anyTyped(us) {
		return us
	}
	out := make([]Unknown, len(us))
	for i, u := range us {
		u.Type = elemType(u.Type)
		u.Field = nil
		out[i] = u
	}
	return out
}

func anyTyped(us []Unknown) bool {
	for _, u := range us {
		if u.Type != nil {
			return true
		}
	}
	return false
}

// selectField narrows u to its field name: the field and its type, or no
// type when u's type has no such field.
func (r *Resolver) selectField(u Unknown, name string) Unknown {
	if u.Type == nil {
		return u
	}
	obj, _, _ := types.LookupFieldOrMethod(u.Type, true, r.pkg, name)
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() {
		u.Type, u.Field = nil, nil
		return u
	}
	u.Type, u.Field = f.Type(), f
	return u
}

// leafType returns the type of the value a leaf stands for.
func (r *Resolver) leafType(leaf Leaf) types.Type {
	var t types.Type
	switch {
	case leaf.Zero:
		t = leaf.typ
	default:
		t = r.info.TypeOf(leaf.Expr)
		if tuple, ok := t.(*types.Tuple); ok {
			if leaf.Result >= tuple.Len() {
				return nil
			}
			t = tuple.At(leaf.Result).Type()
		}
	}
	if leaf.Spread {
		t = elemType(t)
	}
	return t
}

// NamedStruct returns the named struct type t is, points to or holds
// elements of, through pointers, slices, arrays and named slice types a few
// levels deep: Run, *Run, []*Run, [2]Run and Runs (a []Run) all give Run.
func NamedStruct(t types.Type) (*types.Named, bool) {
	for range 4 {
		if t == nil {
			return nil, false
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		case *types.Named:
			switch under := u.Underlying().(type) {
			case *types.Struct:
				return u, true
			case *types.Slice:
				t = under
				continue
			}
		}
		return nil, false
	}
	return nil, false
}

// elemType returns the element type of a slice, array, map, or pointer to an
// array; nil for anything else.
func elemType(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	case *types.Pointer:
		if a, ok := types.Unalias(u.Elem()).Underlying().(*types.Array); ok {
			return a.Elem()
		}
	}
	return nil
}
