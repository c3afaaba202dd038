package payload

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"unicode"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// The keys encoding/json writes for a value. A struct's keys come from its
// type (json tags, field names, embedded structs), whatever its value; a
// map's from its entries; an interface's from the values it holds. Keys of
// nested objects count too (a JSON message carries a field at any depth,
// and has it at its path), but a nested value that cannot be followed does
// not make the message uncertain: only the top level must be known.

// marshalNames returns the keys of json.Marshal(arg) in ctx.
func (e *Extractor) marshalNames(arg ast.Expr, ctx *resolve.Context, depth int) Fields {
	return e.valueNames(e.r.Resolve(arg, ctx), e.pass.TypesInfo.TypeOf(arg), arg.Pos(), depth)
}

// valueNames returns the keys of the JSON encoding of values (of static type
// t) from vals.
func (e *Extractor) valueNames(vals resolve.Set, t types.Type, pos token.Pos, depth int) Fields {
	var n Fields
	unknown := func(what string) { n.Unknown(pos, what) }
	if t == nil {
		unknown("a value of unknown type")
		return n
	}
	if depth > maxDepth {
		unknown("a value nested too deep")
		return n
	}
	if customMarshaler(t) {
		unknown("a value of type " + types.TypeString(t, types.RelativeTo(e.pass.Pkg)) + ", which marshals itself")
		return n
	}
	switch u := deref(t).Underlying().(type) {
	case *types.Struct:
		structKeys(u, &n, "", 0, make(map[*types.Struct]bool))
	case *types.Map:
		if !IsStringKind(u.Key()) {
			return n // numeric keys name no fields
		}
		entries, rest := e.maps.Entries(vals)
		n.Unknowns = append(n.Unknowns, rest.Unknowns...)
		for _, r := range rest.Leaves {
			n.Merge(e.opaqueMap(r, Value))
		}
		for _, en := range entries {
			keys, kf := e.entryKey(en)
			n.Merge(kf)
			if en.Value != nil {
				nested := e.valueNames(e.r.Resolve(en.Value, en.Ctx), e.pass.TypesInfo.TypeOf(en.Value), en.Value.Pos(), depth+1)
				e.nested(&nested, false)
				n.Merge(nestedUnder(nested, keys))
			}
		}
	case *types.Interface:
		n.Unknowns = append(n.Unknowns, vals.Unknowns...)
		for _, l := range vals.Leaves {
			if l.Zero {
				continue // nil: null
			}
			if l.Param >= 0 && !l.Spread {
				e.Slot(&n, l, Value)
				continue
			}
			lt := e.pass.TypesInfo.TypeOf(l.Expr)
			if lt == nil || types.IsInterface(lt) || l.Spread {
				e.unknownAt(&n, l.Expr, e.Describe(l))
				continue
			}
			n.Merge(e.valueNames(resolve.Set{Leaves: []resolve.Leaf{l}}, lt, l.Expr.Pos(), depth+1))
		}
	case *types.Slice, *types.Array:
		// An array has no keys of its own; its elements' keys are nested.
		elem := elemOf(u)
		if isByte(elem) {
			return n // []byte: a base64 string
		}
		if _, isStruct := deref(elem).Underlying().(*types.Struct); isStruct || !needsValues(elem) {
			typeNested(elem, &n, "", 0, make(map[*types.Struct]bool))
			return n
		}
		elems := e.r.Elems(vals)
		for _, l := range elems.Leaves {
			if l.Zero || l.Spread {
				continue
			}
			nested := e.valueNames(resolve.Set{Leaves: []resolve.Leaf{l}}, e.pass.TypesInfo.TypeOf(l.Expr), l.Expr.Pos(), depth+1)
			e.nested(&nested, false)
			n.Merge(nested)
		}
	case *types.TypeParam:
		unknown("a value of a type parameter")
	}
	return n
}

// needsValues reports whether the keys of a type's values depend on the
// values (maps, interfaces), not only on the type.
func needsValues(t types.Type) bool {
	switch deref(t).Underlying().(type) {
	case *types.Map, *types.Interface:
		return true
	}
	return false
}

// nestedUnder returns the fields of a value nested in a map under each of
// keys; under a key that is not known, the value's keys are at no known
// path.
func nestedUnder(nested Fields, keys []string) Fields {
	if len(keys) == 0 {
		nested.Paths = nil
		return nested
	}
	var out Fields
	for _, k := range keys {
		out.Merge(nested.Under(k))
	}
	out.Unknowns = nested.Unknowns
	return out
}

// structKeys adds the keys encoding/json writes for a struct type below
// prefix, and the keys of the struct types nested in its fields below
// theirs.
func structKeys(st *types.Struct, n *Fields, prefix string, depth int, seen map[*types.Struct]bool) {
	if seen[st] || depth > maxDepth {
		return
	}
	seen[st] = true
	defer delete(seen, st)
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if !validTag(name) {
			name = ""
		}
		if f.Embedded() {
			et := deref(f.Type())
			inner, isStruct := et.Underlying().(*types.Struct)
			if !f.Exported() && !isStruct {
				continue
			}
			if name == "" && isStruct {
				structKeys(inner, n, prefix, depth, seen) // promoted to this level
				continue
			}
		} else if !f.Exported() {
			continue
		}
		if name == "" {
			name = f.Name()
		}
		n.AddPath(Join(prefix, name))
		typeNested(f.Type(), n, Join(prefix, name), depth+1, seen)
	}
}

// typeNested adds the keys of the struct types a field's type holds
// (directly, through pointers, in slices, arrays and map values), below
// prefix (the keys of a map's values are at no known path).
func typeNested(t types.Type, n *Fields, prefix string, depth int, seen map[*types.Struct]bool) {
	if depth > maxDepth || customMarshaler(t) {
		return
	}
	switch u := deref(t).Underlying().(type) {
	case *types.Struct:
		structKeys(u, n, prefix, depth, seen)
	case *types.Slice:
		typeNested(u.Elem(), n, prefix, depth+1, seen)
	case *types.Array:
		typeNested(u.Elem(), n, prefix, depth+1, seen)
	case *types.Map:
		var values Fields
		typeNested(u.Elem(), &values, "", depth+1, seen)
		values.Paths = nil
		n.Merge(values)
	}
}

// JSONField returns the name of the field of struct type t that
// encoding/json writes under key (directly, not in an embedded struct).
func JSONField(t types.Type, key string) string {
	if t == nil {
		return ""
	}
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() || f.Embedded() {
			continue
		}
		tag := reflect.StructTag(st.Tag(i)).Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if !validTag(name) {
			name = f.Name()
		}
		if name == key {
			return f.Name()
		}
	}
	return ""
}

// customMarshaler reports whether values of type t encode themselves
// (json.Marshaler or encoding.TextMarshaler, on T or *T).
func customMarshaler(t types.Type) bool {
	for _, m := range []string{"MarshalJSON", "MarshalText"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m)
		if _, ok := obj.(*types.Func); ok {
			return true
		}
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			obj, _, _ = types.LookupFieldOrMethod(p.Elem(), true, nil, m)
			if _, ok := obj.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}

// validTag mirrors encoding/json's check of a tag's name.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !isLetterOrDigit(c):
			return false
		}
	}
	return true
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// IsMapType reports whether t is a map or a pointer to one.
func IsMapType(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := deref(t).Underlying().(*types.Map)
	return ok
}

// IsStringKind reports whether t's underlying type is a string.
func IsStringKind(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isByte(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// elemOf returns the element type of a slice or an array (invalid for
// anything else).
func elemOf(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Slice:
		return t.Elem()
	case *types.Array:
		return t.Elem()
	}
	return types.Typ[types.Invalid]
}
