package logcall

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A Value says what a logged value is made of, as far as the model can tell:
// which struct fields it reads (the request id is the AwsRequestID field of
// a lambdacontext.LambdaContext wherever that came from), which whole
// structs it holds (logging a message logs its MessageId), which parameters
// of the summarised function it comes from, and whether part of it could not
// be followed. Values are what facts record, so they hold names, not
// objects.
type Value struct {
	Fields  []string // FieldKey of every struct field it reads, sorted
	Types   []string // TypeKey of every named struct type whose whole value it holds, sorted
	Params  []int    // parameters of the summarised function it comes from, sorted
	Unknown bool     // part of it comes from code that cannot be followed
}

// Empty reports whether the value holds nothing the model tracks.
func (v Value) Empty() bool {
	return len(v.Fields) == 0 && len(v.Types) == 0 && len(v.Params) == 0 && !v.Unknown
}

// Add merges w into v.
func (v *Value) Add(w Value) {
	v.Fields = mergeSorted(v.Fields, w.Fields)
	v.Types = mergeSorted(v.Types, w.Types)
	for _, p := range w.Params {
		v.addParam(p)
	}
	v.Unknown = v.Unknown || w.Unknown
}

func (v *Value) addField(k string) { v.Fields = mergeSorted(v.Fields, []string{k}) }
func (v *Value) addType(k string)  { v.Types = mergeSorted(v.Types, []string{k}) }

func (v *Value) addParam(p int) {
	if i, found := slices.BinarySearch(v.Params, p); !found {
		v.Params = slices.Insert(v.Params, i, p)
	}
}

func mergeSorted(a, b []string) []string {
	for _, s := range b {
		if i, found := slices.BinarySearch(a, s); !found {
			a = slices.Insert(slices.Clip(a), i, s)
		}
	}
	return a
}

func (v Value) String() string {
	var parts []string
	for _, f := range v.Fields {
		parts = append(parts, "field "+shortKey(f))
	}
	for _, t := range v.Types {
		parts = append(parts, "type "+shortKey(t))
	}
	for _, p := range v.Params {
		parts = append(parts, fmt.Sprintf("param%d", p))
	}
	if v.Unknown {
		parts = append(parts, "unknown")
	}
	return strings.Join(parts, " ")
}

// shortKey drops the directories of the import path from a key:
// github.com/aws/aws-lambda-go/lambdacontext.LambdaContext.AwsRequestID →
// lambdacontext.LambdaContext.AwsRequestID.
func shortKey(k string) string { return k[strings.LastIndexByte(k, '/')+1:] }

// TypeKey returns the key of a named type: "<import path>.<name>".
func TypeKey(obj *types.TypeName) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// FieldKey returns the key of a struct field: "<import path>.<type>.<field>",
// the type being the named struct type that declares it ("" for a field of
// an anonymous struct).
func (m *Model) FieldKey(f *types.Var) string {
	f = f.Origin()
	if k, ok := m.fieldKeys[f]; ok {
		return k
	}
	owner := ""
	if f.Pkg() != nil {
		owner = m.ownerOf(f)
	}
	path := ""
	if f.Pkg() != nil {
		path = f.Pkg().Path()
	}
	k := path + "." + owner + "." + f.Name()
	m.fieldKeys[f] = k
	return k
}

// ownerOf returns the name of the package-level named struct type that
// declares field f.
func (m *Model) ownerOf(f *types.Var) string {
	owners, ok := m.owners[f.Pkg()]
	if !ok {
		owners = make(map[*types.Var]string)
		scope := f.Pkg().Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					owners[st.Field(i)] = name
				}
			}
		}
		m.owners[f.Pkg()] = owners
	}
	return owners[f]
}

// structTypeKey returns the key of the named struct type t is (or points to,
// or holds elements of), if any.
func structTypeKey(t types.Type) (string, bool) {
	if n, ok := resolve.NamedStruct(t); ok {
		return TypeKey(n.Obj()), true
	}
	return "", false
}

// Value returns what the value of e, evaluated in ctx, is made of.
func (m *Model) Value(e ast.Expr, ctx *resolve.Context) Value {
	var v Value
	clear(m.valueSeen)
	m.valueOf(e, ctx, &v, 0)
	return v
}

// FieldValue returns what a field's value is made of.
func (m *Model) FieldValue(f Field) Value {
	if f.Is != nil {
		return *f.Is
	}
	if f.Value == nil {
		return Value{}
	}
	return m.Value(f.Value, f.Ctx)
}

const maxValueDepth = 6

// maxQueries bounds the values a pass follows (generated code, huge
// packages): beyond it, values are unknown, which the analyzers report only
// in strict mode.
const maxQueries = 50000

type valueKey struct {
	expr ast.Expr
	ctx  *resolve.Context
}

func (m *Model) valueOf(e ast.Expr, ctx *resolve.Context, v *Value, depth int) {
	if depth > maxValueDepth {
		v.Unknown = true
		return
	}
	if tv, ok := m.info.Types[e]; ok && (tv.Value != nil || isContext(tv.Type)) {
		return // a constant; a context (what it holds is read with ctx.Value)
	}
	k := valueKey{e, ctx}
	if m.valueSeen[k] {
		return // reached again (s += x): adds nothing new
	}
	m.valueSeen[k] = true
	if m.queries++; m.queries > maxQueries {
		v.Unknown = true // the pass's budget is spent: what is left cannot be followed
		return
	}
	set := m.res().Resolve(e, ctx)
	m.setValue(set, v, depth)
}

// setValue adds what the sources of a value are made of.
func (m *Model) setValue(set resolve.Set, v *Value, depth int) {
	if depth > maxValueDepth {
		v.Unknown = true
		return
	}
	for _, u := range set.Unknowns {
		m.unknownValue(u, v)
	}
	for _, leaf := range set.Leaves {
		m.leafValue(leaf, v, depth)
	}
}

// unknownValue adds what an unfollowable source is: a field read (the
// request id, a message id) or a whole struct (a parameter holding an SQS
// message) is known by its type; anything else is unknown.
func (m *Model) unknownValue(u resolve.Unknown, v *Value) {
	known := false
	if u.Field != nil {
		v.addField(m.FieldKey(u.Field))
		known = true
	}
	if k, ok := structTypeKey(u.Type); ok {
		v.addType(k)
		known = true
	}
	if !known {
		v.Unknown = true
	}
}

func (m *Model) leafValue(leaf resolve.Leaf, v *Value, depth int) {
	switch {
	case leaf.Zero:
		return
	case leaf.Param >= 0:
		v.addParam(leaf.Param)
		return
	}
	if _, ok := resolve.StringConstant(m.info, leaf); ok {
		return
	}
	if tv, ok := m.info.Types[leaf.Expr]; ok && tv.Value != nil {
		return
	}
	if k, ok := structTypeKey(m.leafType(leaf)); ok {
		v.addType(k) // a struct (or a slice of them) logged whole logs its fields
	}
	// A spread leaf stands for every element of a container the resolver
	// cannot list: they are made of what the container is made of.
	expand := !leaf.Spread
	switch x := ast.Unparen(leaf.Expr).(type) {
	case *ast.BinaryExpr:
		m.valueOf(x.X, leaf.Ctx, v, depth+1)
		m.valueOf(x.Y, leaf.Ctx, v, depth+1)
	case *ast.CompositeLit:
		if isContainer(m.info.TypeOf(x)) && expand {
			m.setValue(m.res().Elems(resolve.Set{Leaves: []resolve.Leaf{leaf}}), v, depth+1)
			return
		}
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			m.valueOf(elt, leaf.Ctx, v, depth+1)
		}
	case *ast.CallExpr:
		m.callValue(x, leaf, v, depth, expand)
	case *ast.TypeAssertExpr:
		m.valueOf(x.X, leaf.Ctx, v, depth+1)
	case *ast.Ident, *ast.SelectorExpr, *ast.FuncLit, *ast.BasicLit:
		// functions, method values, constants
	default:
		if isContainer(m.info.TypeOf(leaf.Expr)) && expand {
			m.setValue(m.res().Elems(resolve.Set{Leaves: []resolve.Leaf{leaf}}), v, depth+1)
		}
	}
}

// callValue adds what the result of a call the resolver did not enter is
// made of: what a fact says about another package's function; for the
// standard library, the AWS SDKs and functions known not to carry values
// through, whatever their arguments and receiver are (fmt.Sprintf,
// strings.Join, aws.ToString); the value a context holds (ctx.Value(k)) is
// unknown, and so is the result of code that cannot be followed.
func (m *Model) callValue(call *ast.CallExpr, leaf resolve.Leaf, v *Value, depth int, expand bool) {
	if name := builtinName(m.info, call); name != "" {
		if name == "append" && len(call.Args) > 0 && expand {
			m.setValue(m.res().Elems(resolve.Set{Leaves: []resolve.Leaf{leaf}}), v, depth+1)
		}
		return
	}
	fn := resolve.Callee(m.info, call)
	if fn == nil {
		v.Unknown = true
		return
	}
	if s := m.foreign(fn); s != nil {
		if s.Result != nil {
			m.substitute(*s.Result, call, leaf.Ctx, v, depth)
		}
		return
	}
	if isContextValue(fn) {
		v.Unknown = true
		return
	}
	if !m.Follows(fn) {
		v.Unknown = true
	}
	for _, a := range call.Args {
		m.valueOf(a, leaf.Ctx, v, depth+1)
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil && !resolve.IsMethodExpr(m.info, call) {
		m.valueOf(sel.X, leaf.Ctx, v, depth+1)
	}
}

// substitute adds a summarised value with its parameters replaced by what
// the call's arguments are made of.
func (m *Model) substitute(s Value, call *ast.CallExpr, ctx *resolve.Context, v *Value, depth int) {
	params := s.Params
	s.Params = nil
	v.Add(s)
	for _, p := range params {
		for _, a := range m.argsFor(call, p) {
			m.valueOf(a, ctx, v, depth+1)
		}
	}
}

// argsFor returns the arguments a call binds to parameter p of its callee
// (all trailing ones for a variadic parameter); -1 is the receiver.
func (m *Model) argsFor(call *ast.CallExpr, p int) []ast.Expr {
	fn := resolve.Callee(m.info, call)
	args := call.Args
	if resolve.IsMethodExpr(m.info, call) {
		if len(args) == 0 {
			return nil
		}
		if p < 0 {
			return args[:1]
		}
		args = args[1:]
	} else if p < 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return []ast.Expr{sel.X}
		}
		return nil
	}
	if fn != nil {
		sig := fn.Signature()
		if sig.Variadic() && p == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
			if p < len(args) {
				return args[p:]
			}
			return nil
		}
	}
	if p < len(args) {
		return args[p : p+1]
	}
	return nil
}

func (m *Model) leafType(leaf resolve.Leaf) types.Type {
	t := m.info.TypeOf(leaf.Expr)
	if tuple, ok := t.(*types.Tuple); ok {
		if leaf.Result >= tuple.Len() {
			return nil
		}
		t = tuple.At(leaf.Result).Type()
	}
	return t
}

func isContainer(t types.Type) bool {
	if t == nil {
		return false
	}
	switch types.Unalias(t).Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return true
	}
	return false
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool { return isNamed(t, "context", "Context") }

// isContextValue reports whether fn is context.Context's Value method.
func isContextValue(fn *types.Func) bool {
	if fn.Name() != "Value" || fn.Signature().Recv() == nil {
		return false
	}
	return isNamed(fn.Signature().Recv().Type(), "context", "Context") || fn.Pkg() != nil && fn.Pkg().Path() == "context"
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

// Holds reports whether a value holds the struct field with key field:
// reads it, or holds a whole struct that contains it (logging an SQS event
// logs every message's MessageId).
func (m *Model) Holds(v Value, field string) bool {
	if _, found := slices.BinarySearch(v.Fields, field); found {
		return true
	}
	for _, t := range v.Types {
		if m.typeContains(t, field) {
			return true
		}
	}
	return false
}

// typeContains reports whether values of the named type with key typ hold
// the field with key field (directly, or in nested structs, pointers,
// slices and maps of them, three levels deep).
func (m *Model) typeContains(typ, field string) bool {
	k := [2]string{typ, field}
	if r, ok := m.contains[k]; ok {
		return r
	}
	m.contains[k] = false // cycles
	r := false
	if tn := m.lookupType(typ); tn != nil {
		r = m.structContains(tn.Type(), field, 0)
	}
	m.contains[k] = r
	return r
}

func (m *Model) structContains(t types.Type, field string, depth int) bool {
	if depth > 3 || t == nil {
		return false
	}
	for {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		case *types.Map:
			t = u.Elem()
			continue
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				if m.FieldKey(f) == field || m.structContains(f.Type(), field, depth+1) {
					return true
				}
			}
		}
		return false
	}
}

// lookupType finds the named type with key k in the package or the packages
// it imports, directly or not.
func (m *Model) lookupType(k string) *types.TypeName {
	dot := strings.LastIndexByte(k, '.')
	if dot < 0 {
		return nil
	}
	path, name := k[:dot], k[dot+1:]
	pkg := m.packageByPath(path)
	if pkg == nil {
		return nil
	}
	tn, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	return tn
}

func (m *Model) packageByPath(path string) *types.Package {
	if m.pkgs == nil {
		m.pkgs = make(map[string]*types.Package)
		var add func(p *types.Package)
		add = func(p *types.Package) {
			if _, seen := m.pkgs[p.Path()]; seen {
				return
			}
			m.pkgs[p.Path()] = p
			for _, imp := range p.Imports() {
				add(imp)
			}
		}
		add(m.pkg)
	}
	return m.pkgs[path]
}

// Bind returns v with the parameters of a function that has no caller to
// substitute them (a Lambda handler) replaced by what their types say: a
// whole struct parameter (the event) holds all its fields; others are
// unknown.
func (m *Model) Bind(v Value, sig *types.Signature) Value {
	params := v.Params
	v.Params = nil
	for _, p := range params {
		if p < 0 || p >= sig.Params().Len() {
			v.Unknown = true
			continue
		}
		t := sig.Params().At(p).Type()
		if k, ok := structTypeKey(t); ok {
			v.addType(k)
		} else if !isContext(t) {
			v.Unknown = true
		}
	}
	return v
}
