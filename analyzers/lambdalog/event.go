package lambdalog

import (
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
)

// An eventField is a field of a handler's event that must reach its logs.
type eventField struct {
	v    *types.Var
	name string // the configured name it matched ("run_id")
}

func (f eventField) describe() string {
	if naming.Key(f.v.Name()) == naming.Key(f.name) {
		return f.name
	}
	return f.name + " (field " + f.v.Name() + ")"
}

// eventFields returns the fields of a handler's event (its last parameter
// that is not the context) that match the configured names: by name in any
// style or by json tag, promoted fields of embedded structs included.
func (c *checker) eventFields(sig *types.Signature) []eventField {
	if sig == nil || len(c.eventKeys) == 0 {
		return nil
	}
	params := sig.Params()
	if params.Len() == 0 {
		return nil
	}
	t := params.At(params.Len() - 1).Type()
	if isContext(t) {
		return nil
	}
	st, ok := structOf(t)
	if !ok {
		return nil
	}
	var out []eventField
	c.matchFields(st, &out, 0)
	return out
}

func (c *checker) matchFields(st *types.Struct, out *[]eventField, depth int) {
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() && depth < 2 {
			if inner, ok := structOf(f.Type()); ok {
				c.matchFields(inner, out, depth+1)
			}
			continue
		}
		if !f.Exported() {
			continue // encoding/json ignores it: the event cannot fill it
		}
		names := []string{naming.Key(f.Name())}
		if tag, ok := reflect.StructTag(st.Tag(i)).Lookup("json"); ok {
			if name, _, _ := strings.Cut(tag, ","); name != "" && name != "-" {
				names = append(names, naming.Key(name))
			}
		}
		for r, alts := range c.eventKeys {
			if slices.ContainsFunc(alts, func(k string) bool { return slices.Contains(names, k) }) {
				*out = append(*out, eventField{v: f, name: c.opts.EventFields[r][0]})
				break
			}
		}
	}
}

// structOf returns the struct a type is or points to.
func structOf(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	return st, ok
}
