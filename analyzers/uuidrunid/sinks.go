package uuidrunid

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/partition"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	pass *analysis.Pass
	opts *Options
	gens *generators
	rep  *suppress.Reporter

	resolver *resolve.Resolver // built on first use
	strvals  *strval.Evaluator

	funcs     []*types.Func // declared in this package, in source order
	decls     map[*types.Func]*ast.FuncDecl
	pkgLevel  []*ast.GenDecl // top-level declarations other than functions
	sites     map[*ast.FuncDecl][]site
	params    map[*types.Func][]int // sink parameters, memoised
	generated map[resultKey]string  // generator a local function returns, memoised
	summaries map[*types.Func]*resolve.Context
	names     map[string]bool
	reported  map[token.Pos]bool
	findings  []finding
	consts    *constScan
	execCalls []*ast.CallExpr         // StartExecution calls, collected with the sites
	execs     map[ast.Expr]bool       // generator calls that name executions (execnames.go)
	fills     map[types.Object]string // byte slices filled with random bytes (fills.go)
	collected bool                    // every function's sites are collected
}

func newChecker(pass *analysis.Pass, o *Options, gens *generators, rep *suppress.Reporter) *checker {
	c := &checker{
		pass:      pass,
		opts:      o,
		gens:      gens,
		rep:       rep,
		decls:     make(map[*types.Func]*ast.FuncDecl),
		sites:     make(map[*ast.FuncDecl][]site),
		params:    make(map[*types.Func][]int),
		generated: make(map[resultKey]string),
		summaries: make(map[*types.Func]*resolve.Context),
		names:     make(map[string]bool),
		reported:  make(map[token.Pos]bool),
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if fn, ok := pass.TypesInfo.Defs[d.Name].(*types.Func); ok {
					c.decls[fn] = d
					c.funcs = append(c.funcs, fn)
				}
			case *ast.GenDecl:
				c.pkgLevel = append(c.pkgLevel, d)
			}
		}
	}
	return c
}

// r returns the resolver, building the package's index on first use (a
// package with no candidate sink never pays for it).
func (c *checker) r() *resolve.Resolver {
	if c.resolver == nil {
		c.resolver = resolve.New(c.pass)
		c.resolver.FollowParams() // fields of structs other packages return
	}
	return c.resolver
}

func (c *checker) sv() *strval.Evaluator {
	if c.strvals == nil {
		c.strvals = strval.New(c.r())
	}
	return c.strvals
}

func (c *checker) summary(fn *types.Func) *resolve.Context {
	ctx, ok := c.summaries[fn]
	if !ok {
		ctx = resolve.Summary(fn)
		c.summaries[fn] = ctx
	}
	return ctx
}

// isRunName reports whether a name means run identity.
func (c *checker) isRunName(name string) bool {
	ok, seen := c.names[name]
	if !seen {
		ok = name != "" && name != "_" && c.opts.Names.MatchString(naming.Snake(name))
		c.names[name] = ok
	}
	return ok
}

// A sinkKind says how a site makes its value a run identifier.
type sinkKind int

const (
	sinkNamed     sinkKind = iota // known when collected: desc is set
	sinkArg                       // the argument for a parameter of a call
	sinkDimension                 // the Value of a CloudWatch dimension, if its Name means run id
	sinkPath                      // the operand after "<name>=" in a concatenation, if the left side ends so
	sinkMapKey                    // a map entry whose key is a variable holding a constant
	sinkGlue                      // a Glue StartJobRun call: its --run-key argument
)

// A site is a place where a value may become a run identifier.
type site struct {
	kind   sinkKind
	desc   string   // what the run identifier is, for messages
	value  ast.Expr // the value (reported here)
	result int      // which result of value, a multi-value call
	elems  bool     // the elements of value (a range variable)
	ctx    *resolve.Context

	probe ast.Expr // sinkDimension: the Name; sinkPath: the left operand; sinkMapKey: the key

	// sinkArg
	call   *ast.CallExpr
	param  int
	pname  string
	callee *types.Func
}

// sitesOf returns the candidate sites of a function declaration (nil: the
// package-level declarations), collected once.
func (c *checker) sitesOf(decl *ast.FuncDecl) []site {
	if s, ok := c.sites[decl]; ok {
		return s
	}
	var out []site
	if decl == nil {
		for _, d := range c.pkgLevel {
			c.collect(d, nil, &out)
		}
	} else {
		c.collect(decl, decl, &out)
	}
	c.sites[decl] = out
	return out
}

// collect appends the candidate sites under root, in source order; decl is
// the function whose return statements are sites (nil inside function
// literals and at package level).
//
// A plain AST walk rather than the shared inspector: every package exports
// SinkParamsFact, so this runs in most packages of a build, and walking the
// few functions it looks at costs less than building the package's inspector.
func (c *checker) collect(root ast.Node, decl *ast.FuncDecl, out *[]site) {
	info := c.pass.TypesInfo
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			if decl != nil {
				c.collect(n, nil, out) // its returns are the literal's, not decl's
				return false
			}
		case *ast.AssignStmt:
			switch {
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					c.destination(lhs, n.Rhs[i], 0, out)
				}
			case len(n.Rhs) == 1:
				if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
					for i, lhs := range n.Lhs {
						c.destination(lhs, call, i, out)
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if _, ok := info.Defs[name].(*types.Var); !ok || !c.isRunName(name.Name) {
					continue // constants cannot be generated
				}
				switch {
				case len(n.Values) == len(n.Names):
					*out = append(*out, site{kind: sinkNamed, desc: name.Name, value: n.Values[i]})
				case len(n.Values) == 1:
					*out = append(*out, site{kind: sinkNamed, desc: name.Name, value: n.Values[0], result: i})
				}
			}
		case *ast.RangeStmt:
			if id, ok := n.Value.(*ast.Ident); ok && c.isRunName(id.Name) {
				*out = append(*out, site{kind: sinkNamed, desc: id.Name, value: n.X, elems: true})
			}
		case *ast.CompositeLit:
			c.compositeLit(n, out)
		case *ast.CallExpr:
			c.callSites(n, out)
		case *ast.BinaryExpr:
			c.concatenation(n, out)
		case *ast.ReturnStmt:
			if decl != nil {
				c.returnSites(n, decl, out)
			}
		}
		return true
	})
}

// destination records lhs = value when lhs names a run identifier.
func (c *checker) destination(lhs, value ast.Expr, result int, out *[]site) {
	info := c.pass.TypesInfo
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if _, ok := info.ObjectOf(l).(*types.Var); ok && c.isRunName(l.Name) {
			*out = append(*out, site{kind: sinkNamed, desc: l.Name, value: value, result: result})
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[l]; sel != nil {
			if sel.Kind() == types.FieldVal {
				if desc, ok := c.fieldDesc(sel.Obj(), selectionTag(sel), sel.Recv()); ok {
					*out = append(*out, site{kind: sinkNamed, desc: desc, value: value, result: result})
				}
			}
		} else if v, ok := info.Uses[l.Sel].(*types.Var); ok && c.isRunName(v.Name()) {
			*out = append(*out, site{kind: sinkNamed, desc: l.Sel.Name, value: value, result: result})
		}
	case *ast.IndexExpr:
		if isMap(info.TypeOf(l.X)) {
			c.mapEntry(l.Index, value, result, out)
		}
	}
}

// mapEntry records m[key] = value (or a literal's key: value) when the key
// names a run identifier.
func (c *checker) mapEntry(key, value ast.Expr, result int, out *[]site) {
	if s, ok := constString(c.pass.TypesInfo, key); ok {
		if c.isRunName(s) {
			*out = append(*out, site{kind: sinkNamed, desc: strconv.Quote(s), value: value, result: result})
		}
		return
	}
	switch ast.Unparen(key).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		// A variable that may hold a constant key: decided later.
		*out = append(*out, site{kind: sinkMapKey, probe: key, value: value, result: result})
	}
}

// fieldDesc says whether a field is a run identifier, by its name, by the
// name one of its tags gives it, or by its name after the name of the
// struct type it is a field of (owner): the ID of a Run, the Key of a
// PipelineRun.
func (c *checker) fieldDesc(obj types.Object, tag string, owner types.Type) (string, bool) {
	if obj == nil {
		return "", false
	}
	if c.isRunName(obj.Name()) {
		return obj.Name(), true
	}
	st := reflect.StructTag(tag)
	for _, key := range c.opts.Tags {
		name, _, _ := strings.Cut(st.Get(key), ",")
		if c.isRunName(name) {
			return fmt.Sprintf("%s (%s:%q)", obj.Name(), key, name), true
		}
	}
	if n := typeName(owner); n != "" && c.isRunName(n+capitalize(obj.Name())) {
		return n + "." + obj.Name(), true
	}
	return "", false
}

// selectionTag returns the tag of the field a selection ends in.
func selectionTag(sel *types.Selection) string {
	t := sel.Recv()
	idx := sel.Index()
	for i, k := range idx {
		st, ok := derefStruct(t)
		if !ok || k >= st.NumFields() {
			return ""
		}
		if i == len(idx)-1 {
			return st.Tag(k)
		}
		t = st.Field(k).Type()
	}
	return ""
}

func (c *checker) compositeLit(lit *ast.CompositeLit, out *[]site) {
	info := c.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Struct:
		if awsop.IsShape(t, "cloudwatch", "Dimension") {
			name, value := resolve.LiteralField(lit, u, "Name"), resolve.LiteralField(lit, u, "Value")
			if name != nil && value != nil {
				*out = append(*out, site{kind: sinkDimension, probe: name, value: value})
			}
			return
		}
		for i, elt := range lit.Elts {
			k, value := i, elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				k, value = fieldIndex(u, id.Name), kv.Value
			}
			if k < 0 || k >= u.NumFields() {
				continue
			}
			if desc, ok := c.fieldDesc(u.Field(k), u.Tag(k), t); ok {
				*out = append(*out, site{kind: sinkNamed, desc: desc, value: value})
			}
		}
	case *types.Map:
		if !isString(u.Key()) {
			return
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				c.mapEntry(kv.Key, kv.Value, 0, out)
			}
		}
	}
}

func fieldIndex(st *types.Struct, name string) int {
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return i
		}
	}
	return -1
}

var startJobRun = awsop.NewMatcher(awsop.Op{Service: "glue", Name: "StartJobRun"})

// callSites records the run-identifier arguments of a call: for parameters
// named like a run id, for parameters a helper uses as one, after
// "run_id=" in a Sprintf format, and the Glue job arguments.
func (c *checker) callSites(call *ast.CallExpr, out *[]site) {
	info := c.pass.TypesInfo
	tv, ok := info.Types[call.Fun]
	if ok && tv.IsType() && len(call.Args) == 1 {
		// RunID(x): a value of a type named like a run identifier.
		if n := typeName(tv.Type); n != "" && c.isRunName(n) && carrier(tv.Type) {
			*out = append(*out, site{kind: sinkNamed, desc: n + " (type)", value: call.Args[0]})
		}
		return
	}
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return
	}
	if name, value, ok := c.setenv(call); ok {
		*out = append(*out, site{kind: sinkNamed, desc: "environment variable " + name, value: value})
	}
	if _, ok := startJobRun.Match(info, call); ok {
		*out = append(*out, site{kind: sinkGlue, call: call})
	}
	if _, ok := startExecution.Match(info, call); ok {
		c.execCalls = append(c.execCalls, call)
	}
	if v, gen := c.randomFill(call); v != nil {
		if c.fills == nil {
			c.fills = make(map[types.Object]string)
		}
		c.fills[v] = gen
	}
	callee := resolve.Callee(info, call)
	if callee != nil && callee.Pkg() != nil && callee.Pkg().Path() == "fmt" && callee.Name() == "Sprintf" && len(call.Args) > 1 {
		if format, ok := constString(info, call.Args[0]); ok {
			for _, v := range partition.FormatValues(format) {
				if v.Arg+1 < len(call.Args) && c.isRunName(v.Name) {
					desc := v.Name + "= in a path"
					if strings.HasPrefix(format, v.Name+"=%") {
						desc = envEntry(v.Name+"=", v.Name)
					}
					*out = append(*out, site{kind: sinkNamed, desc: desc, value: call.Args[v.Arg+1]})
				}
			}
		}
	}
	sig, ok := types.Unalias(tv.Type).Underlying().(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return
	}
	// The type of T.M (a method expression) takes the receiver first; the
	// callee's parameters (and facts) are shifted by one against it.
	shift := 0
	if resolve.IsMethodExpr(info, call) {
		shift = 1
	}
	var fact SinkParamsFact
	hasFact := callee != nil && callee.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(callee, &fact)
	local := callee != nil && c.decls[callee] != nil
	n := sig.Params().Len()
	for i, arg := range call.Args {
		p := i
		if sig.Variadic() && p >= n-1 {
			p = n - 1
		}
		if p >= n {
			break
		}
		pv := sig.Params().At(p)
		if !carrier(pv.Type()) {
			continue // an int or a struct is not an identifier
		}
		pname := pv.Name()
		param := p - shift
		if c.isRunName(pname) || param >= 0 && (hasFact && containsInt(fact.Params, param) || local) {
			*out = append(*out, site{kind: sinkArg, value: arg, call: call, param: param, pname: pname, callee: callee})
		}
	}
}

// concatenation records the right operand of left + right when left ends
// in "<name>=" with name meaning run identity: run_id= in an S3 key.
func (c *checker) concatenation(b *ast.BinaryExpr, out *[]site) {
	info := c.pass.TypesInfo
	if b.Op != token.ADD || !isString(info.TypeOf(b)) {
		return
	}
	left := ast.Unparen(b.X)
	for {
		if s, ok := constString(info, left); ok {
			if name, ok := partitionKey(s, c.isRunName); ok {
				*out = append(*out, site{kind: sinkNamed, desc: envEntry(s, name), value: b.Y})
			}
			return
		}
		inner, ok := left.(*ast.BinaryExpr)
		if !ok || inner.Op != token.ADD {
			break
		}
		left = ast.Unparen(inner.Y) // the text right before: the last operand
	}
	if _, ok := left.(*ast.BasicLit); ok {
		return
	}
	*out = append(*out, site{kind: sinkPath, probe: left, value: b.Y})
}

// returnSites records the values a function returns as a run identifier:
// every result of a function named like one (NewRunID), and named results
// (runID string).
func (c *checker) returnSites(ret *ast.ReturnStmt, decl *ast.FuncDecl, out *[]site) {
	fn, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok {
		return
	}
	results := fn.Signature().Results()
	for i := range results.Len() {
		var desc string
		switch {
		case c.isRunName(results.At(i).Name()):
			desc = results.At(i).Name()
		case i == 0 && c.isRunName(fn.Name()):
			desc = "returned by " + fn.Name()
		default:
			continue
		}
		switch {
		case len(ret.Results) == results.Len():
			*out = append(*out, site{kind: sinkNamed, desc: desc, value: ret.Results[i]})
		case len(ret.Results) == 1:
			*out = append(*out, site{kind: sinkNamed, desc: desc, value: ret.Results[0], result: i})
		}
	}
}

// sink decides whether a site makes its value a run identifier, and says
// which.
func (c *checker) sink(s *site) (string, bool) {
	switch s.kind {
	case sinkNamed:
		return s.desc, true
	case sinkArg:
		fname := "a function value"
		if s.callee != nil {
			fname = displayName(s.callee)
		}
		if c.isRunName(s.pname) {
			return fmt.Sprintf("%s (parameter of %s)", s.pname, fname), true
		}
		if s.callee == nil {
			return "", false
		}
		var fact SinkParamsFact
		isSink := c.decls[s.callee] != nil && containsInt(c.sinkParams(s.callee), s.param) ||
			s.callee.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(s.callee, &fact) && containsInt(fact.Params, s.param)
		if !isSink {
			return "", false
		}
		pname := s.pname
		if pname == "" || pname == "_" {
			pname = fmt.Sprintf("parameter %d", s.param)
		}
		return fmt.Sprintf("%s (used as a run identifier by %s)", pname, fname), true
	case sinkDimension:
		if !c.constants().runName {
			return "", false
		}
		for _, leaf := range c.r().Resolve(s.probe, s.ctx).Leaves {
			if name, ok := resolve.StringConstant(c.pass.TypesInfo, leaf); ok && c.isRunName(name) {
				return "dimension " + name, true
			}
		}
	case sinkPath:
		if !c.constants().partition {
			return "", false // no text in the package can end in "run_id="
		}
		for _, t := range c.sv().Eval(s.probe, s.ctx) {
			if len(t) == 0 || t[len(t)-1].Hole {
				continue
			}
			if name, ok := partitionKey(t[len(t)-1].Text, c.isRunName); ok {
				return name + "= in a path", true
			}
		}
	case sinkMapKey:
		if !c.constants().runName {
			return "", false // no constant in the package can be the key
		}
		set := c.r().Resolve(s.probe, s.ctx)
		for _, leaf := range set.Leaves {
			if key, ok := resolve.StringConstant(c.pass.TypesInfo, leaf); ok && c.isRunName(key) {
				return strconv.Quote(key), true
			}
		}
	}
	return "", false
}

// constScan says which string constants the package has, so that sites
// whose decision needs the resolver (a key held in a variable, text before a
// concatenation) are decided without it when no constant could make them
// sinks: the resolver's index is then never built in most packages that only
// record facts (the standard library among them).
type constScan struct {
	runName   bool // some string constant means run identity ("run_id", "--run-key", "RunId")
	partition bool // some string constant ends in "<run name>=" ("raw/run_id=")
}

func (c *checker) constants() constScan {
	if c.consts != nil {
		return *c.consts
	}
	var cs constScan
	for _, tv := range c.pass.TypesInfo.Types {
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			continue
		}
		s := constant.StringVal(tv.Value)
		if len(s) > 256 {
			continue
		}
		if !cs.partition && strings.HasSuffix(s, "=") {
			_, cs.partition = partitionKey(s, c.isRunName)
		}
		if !cs.runName && len(s) < 64 && c.isRunName(s) {
			cs.runName = true
		}
		if cs.runName && cs.partition {
			break
		}
	}
	c.consts = &cs
	return cs
}

// sinkParams returns the parameters of a function of this package that it
// uses as run identifiers, directly or by passing them to such a parameter.
func (c *checker) sinkParams(fn *types.Func) []int {
	if p, ok := c.params[fn]; ok {
		return p // computed, or in progress (recursion: nil)
	}
	c.params[fn] = nil
	decl := c.decls[fn]
	if decl == nil || decl.Body == nil {
		return nil
	}
	ctx := c.summary(fn)
	var params []int
	for _, s := range c.sitesOf(decl) {
		if s.kind == sinkGlue {
			for _, g := range c.glueSites(s.call, ctx) {
				params = addInts(params, c.walkSite(g, ctx, true).params)
			}
			continue
		}
		s.ctx = ctx
		if _, ok := c.sink(&s); !ok {
			continue
		}
		params = addInts(params, c.walkSite(s, ctx, true).params)
	}
	c.params[fn] = params
	return params
}

// glueSites lists the run-identifier arguments (--run-key, --run-id) given
// to a Glue StartJobRun call: the entries of the map literals its Arguments
// come from (through variables and fields). Index assignments into the map
// (args["--run-key"] = v) are map-key sites of their own.
func (c *checker) glueSites(call *ast.CallExpr, ctx *resolve.Context) []site {
	m, ok := startJobRun.Match(c.pass.TypesInfo, call)
	if !ok {
		return nil
	}
	info := c.pass.TypesInfo
	var out []site
	for _, leaf := range c.r().Field(c.r().Resolve(m.Input, ctx), "Arguments").Leaves {
		lit, ok := ast.Unparen(leaf.Expr).(*ast.CompositeLit)
		if !ok || leaf.Zero || leaf.Spread || leaf.Ctx != ctx || !isMap(info.TypeOf(lit)) {
			continue // built in a helper: checked there, or at its callers
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if key, ok := constString(info, kv.Key); ok && c.isRunName(key) {
				out = append(out, site{kind: sinkNamed, desc: key + " of glue " + m.Op.Name, value: kv.Value, ctx: ctx})
			}
		}
	}
	return out
}

// partitionKey reports whether text ends in "<name>=" (an S3 partition such
// as run_id=) with name meaning run identity.
func partitionKey(text string, isRunName func(string) bool) (string, bool) {
	name, ok := partition.NameBefore(text)
	if !ok || !isRunName(name) {
		return "", false
	}
	return name, true
}

func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func isMap(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := types.Unalias(t).Underlying().(*types.Map)
	return ok
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// stringish reports whether t can carry an identifier's text or bytes:
// a string, a byte slice or array, a slice of strings, or a pointer to one.
func stringish(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isByte(u.Elem()) || isString(u.Elem())
	case *types.Array:
		return isByte(u.Elem())
	case *types.Pointer:
		return isString(u.Elem())
	}
	return false
}

// carrier reports whether a parameter of type t can receive an identifier:
// text or bytes, or an interface (any, fmt.Stringer).
func carrier(t types.Type) bool {
	if s, ok := types.Unalias(t).(*types.Slice); ok && !isByte(s.Elem()) {
		t = s.Elem() // a variadic parameter
	}
	return stringish(t) || types.IsInterface(t)
}

func isByte(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	return st, ok
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

func addInts(list, more []int) []int {
	for _, x := range more {
		if !containsInt(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// typeName returns the name of a named type (or of the type a pointer
// points to), or "".
func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// setenv returns the name and value of an environment variable named like
// a run identifier that a call sets: os.Setenv("RUN_ID", v).
func (c *checker) setenv(call *ast.CallExpr) (string, ast.Expr, bool) {
	fn := resolve.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Name() != "Setenv" || len(call.Args) != 2 {
		return "", nil, false
	}
	if p := fn.Pkg().Path(); p != "os" && p != "syscall" {
		return "", nil, false
	}
	name, ok := constString(c.pass.TypesInfo, call.Args[0])
	if !ok || !c.isRunName(name) {
		return "", nil, false
	}
	return name, call.Args[1], true
}

// envEntry says how to name a "<name>=" text: an environment entry
// ("RUN_ID=" + id, for exec.Cmd.Env) when it is the whole text and the name
// is in capitals, a segment of a path otherwise.
func envEntry(text, name string) string {
	if text == name+"=" && strings.ToUpper(name) == name {
		return "environment variable " + name
	}
	return name + "= in a path"
}
