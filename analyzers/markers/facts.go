package markers

import (
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// KeysFact records, for an exported function whose result is a key that
// may name a marker (paths.SuccessKey(prefix)), the templates of its
// result, with the parameters it puts into them.
type KeysFact struct {
	s3write.Keys
}

// AFact marks KeysFact as an analysis fact.
func (*KeysFact) AFact() {}

// BodyFact records, for an exported function whose result is a marker body
// (a []byte or string document, an io.Reader, a map that callers marshal),
// which fields it carries, so that a call of markerbody.Success(...) in
// another package is known.
type BodyFact struct {
	payload.HelperFact
}

// AFact marks BodyFact as an analysis fact.
func (*BodyFact) AFact() {}

// A Forward is an object a function writes with parts its callers give:
// the whole input (Input >= 0), or the key (Key: its templates, whose
// parameter holes the callers fill, when they decide whether it is a
// marker; Marker: the marker when the function's own key decides) and the
// body (Body: the parameters that supply it, with what each is to it; Has:
// the paths the function's own part of the body carries; Empty: the
// function writes no body; Incomplete: part of its body cannot be
// followed).
type Forward struct {
	Op         string
	Input      int
	Key        []strval.Saved
	Marker     string
	Body       []payload.Slot
	Has        []string
	Empty      bool
	Incomplete bool
}

func (f Forward) String() string {
	if f.Input >= 0 {
		return fmt.Sprintf("%s(input=param%d)", f.Op, f.Input)
	}
	var parts []string
	if f.Marker != "" {
		parts = append(parts, "marker="+f.Marker)
	} else {
		parts = append(parts, "key="+s3write.QuoteAll(f.Key))
	}
	for _, s := range f.Body {
		parts = append(parts, fmt.Sprintf("body=param%d:%s", s.Param, s.Kind))
	}
	if len(f.Has) > 0 {
		parts = append(parts, "has="+strings.Join(f.Has, "+"))
	}
	if f.Empty {
		parts = append(parts, "empty")
	}
	if f.Incomplete {
		parts = append(parts, "incomplete")
	}
	return f.Op + "(" + strings.Join(parts, " ") + ")"
}

// ForwardsFact records the objects an exported function writes with parts
// its callers give.
type ForwardsFact struct {
	Forwards []Forward
}

// AFact marks ForwardsFact as an analysis fact.
func (*ForwardsFact) AFact() {}

func (f *ForwardsFact) String() string { return s3write.FormatForwards(f.Forwards) }

// WritersFact marks a package with exported wrappers (their names are
// listed): packages that import it are checked even when they import no S3
// package.
type WritersFact struct {
	s3write.Writers
}

// AFact marks WritersFact as an analysis fact.
func (*WritersFact) AFact() {}

// keyHelpers returns the candidates for KeysFact: exported string
// functions of a package whose constants end in a marker name.
func keyHelpers(pass *analysis.Pass, o *Options) []*types.Func {
	return s3write.KeyHelpers(pass, func(s string) bool {
		for _, m := range o.Markers {
			if strings.HasSuffix(s, m.Name) {
				return true
			}
		}
		return false
	})
}

// exportKeyFacts records the templates of the key helpers whose result may
// name a marker.
func (c *checker) exportKeyFacts(fns []*types.Func) {
	for _, fn := range fns {
		saved := s3write.SaveKeys(c.R, c.Ev, fn)
		if slices.ContainsFunc(saved, c.mayNameMarker) {
			c.Pass.ExportObjectFact(fn, &KeysFact{s3write.Keys{Templates: saved}})
		}
	}
}

// mayNameMarker reports whether a saved template ends in a marker's name
// or in a parameter.
func (c *checker) mayNameMarker(t strval.Saved) bool {
	if len(t) == 0 {
		return false
	}
	last := t[len(t)-1]
	if last.Hole {
		// The file name is the parameter (path.Join(prefix, name)).
		return last.Param >= 0 && (len(t) == 1 || !t[len(t)-2].Hole && strings.HasSuffix(t[len(t)-2].Text, "/"))
	}
	for name := range c.markers {
		if strings.HasSuffix(last.Text, name) {
			return true
		}
	}
	return false
}

// bodyHelpers returns the candidates for BodyFact: exported functions
// whose first result can be a marker body, in a package that mentions a
// required field (a constant, a struct field or json tag) somewhere.
func bodyHelpers(pass *analysis.Pass, o *Options) []*types.Func {
	out := payload.Helpers(pass, isBodyType)
	if len(out) == 0 || !mentionsFields(pass, o) {
		return nil
	}
	return out
}

// isBodyType reports whether a helper's result of type t can be a marker
// body or become one: a document (string, []byte), a reader, a map with
// string keys that the caller marshals.
func isBodyType(t types.Type) bool {
	return payload.IsMessageType(t) || payload.IsStringKeyedMap(t) || isReader(t)
}

// isReader reports whether t is an interface with a Read method.
func isReader(t types.Type) bool {
	if _, ok := types.Unalias(t).Underlying().(*types.Interface); !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Read")
	_, ok := obj.(*types.Func)
	return ok
}

// mentionsFields reports whether a string constant of the package, or a
// field name or json tag of a struct type it declares at package level,
// is (in any style) one of the names the markers require.
func mentionsFields(pass *analysis.Pass, o *Options) bool {
	names := make(map[string]bool)
	for _, m := range o.Markers {
		for _, alts := range m.Fields {
			for _, a := range alts {
				for _, seg := range strings.Split(a, ".") {
					names[naming.Key(seg)] = true
				}
			}
		}
	}
	var buf [64]byte
	required := func(s string) bool { return len(s) < len(buf) && names[styleKey(s, buf[:0])] }
	if s3write.HasConstant(pass, required) {
		return true
	}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			tag, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
			if required(st.Field(i).Name()) || tag != "" && required(tag) {
				return true
			}
		}
	}
	return false
}

// styleKey is naming.Key for the constants of every package a build
// loads: the letters and digits of s, lower-cased, in buf; naming.Key for
// text that is not ASCII.
func styleKey(s string, buf []byte) string {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 0x80:
			return naming.Key(s)
		case b >= 'A' && b <= 'Z':
			buf = append(buf, b+'a'-'A')
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			buf = append(buf, b)
		}
	}
	return string(buf)
}

// exportBodyFacts records what the body helpers' results carry.
func (c *checker) exportBodyFacts(fns []*types.Func) {
	for _, fn := range fns {
		t := fn.Signature().Results().At(0).Type()
		values := c.R.Returns(fn, 0, resolve.Summary(fn))
		var f payload.Fields
		switch {
		case payload.IsMessageType(t):
			f = c.p.MessageSet(values)
		case isReader(t):
			for _, rd := range c.p.Reads(values) {
				f.Merge(rd.Fields)
			}
		default:
			f = c.p.Encoded(values, t, fn.Pos())
		}
		if hf, ok := payload.NewHelperFact(f.Summary()); ok {
			c.Pass.ExportObjectFact(fn, &BodyFact{hf})
		}
	}
}
