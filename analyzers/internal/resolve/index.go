package resolve

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"weak"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer computes, once per package and only when first asked, the
// package-wide index of assignments that the resolver follows. Every tracelint
// analyzer requires it, so the index (and the AST inspector, see Inspector) is
// built at most once per package however many analyzers run, and not at all in
// packages that no analyzer looks into. It also tells, at once and for every
// package, whether the package reaches AWS or a database (see Peripheral).
var Analyzer = &analysis.Analyzer{
	Name:             "tracelintresolve",
	Doc:              "index of assignments shared by the tracelint analyzers (internal)",
	Run:              func(pass *analysis.Pass) (any, error) { return &Index{pass: pass, reach: reaches(pass)}, nil },
	RunDespiteErrors: true,
	ResultType:       reflectTypeOfIndex,
	FactTypes:        []analysis.Fact{new(ReachFact)},
}

// Index is the result of Analyzer for one package: it builds the package's
// assignment index and AST inspector on first use and shares them between
// the analyzers running on the package. It is safe for concurrent use.
//
// The driver keeps every analyzer's result until the whole run ends, for
// every package of the build. The index and the inspector are as large as
// the package's syntax, so the Index holds them only weakly: each analyzer
// holds them while it runs (a Resolver holds its package's index data; an
// analyzer holds the inspector it got), and once no analyzer of the package
// runs they are garbage like the rest of its work. An analyzer that starts
// after that builds them again.
type Index struct {
	pass  *analysis.Pass
	reach bool // see Peripheral

	mu       sync.Mutex
	data     weak.Pointer[indexData]
	in       weak.Pointer[inspector.Inspector]
	comments map[string][]Comment // see CommentsContaining
}

// indexData records where every variable of a package, and every field or
// element reachable from one, is assigned.
type indexData struct {
	pass *analysis.Pass
	in   *inspector.Inspector // kept alive with the data (Setters, Maps use it)

	assigns map[types.Object][]source // variable → values assigned to it
	paths   map[pathKey][]source      // variable.path → values assigned there
	aliases map[types.Object][]types.Object
	escapes map[types.Object]escape // variables that code we cannot see may change
	decls   map[*types.Func]*ast.FuncDecl
	params  map[*types.Var]paramRef     // parameters and receivers of every function
	zero    map[types.Object]*ast.Ident // variables declared without a value

	// pathAliases records pointers into places below variables (see
	// received.go); filled, the loops that assign every element of a
	// slice held at a place (see filled.go).
	pathAliases map[pathKey][]types.Object
	filled      map[pathKey][]bound

	// Function literals and their calls (see funcs.go): the call of a
	// literal called where it is written, the variables a literal is
	// assigned to, and the calls of variables.
	litDirect map[*ast.FuncLit]*ast.CallExpr
	litVars   map[*ast.FuncLit][]*types.Var
	litVar    map[types.Object]bool
	varCalls  map[types.Object][]*ast.CallExpr

	// passes records pointers handed to functions of this package: what
	// the callee assigns through that parameter (p.F = ...) is followed as
	// assigned to the variable; a callee that lets it escape makes the
	// variable escape.
	passes map[types.Object][]passRef
}

// A paramRef locates a parameter: of fn, or of the function literal lit.
type paramRef struct {
	fn  *types.Func
	lit *ast.FuncLit
	idx int // -1 for a receiver
}

type passRef struct {
	param  types.Object
	call   *ast.CallExpr
	callee *types.Func
	fn     string // for messages
}

// A source is one value assigned to a variable or path.
type source struct {
	expr   ast.Expr
	result int  // which result of a multi-value call expr is assigned; -1: not followed
	elems  bool // the variable takes the elements of expr (range)
}

// A pathKey names a place below a variable: steps are field names or "[]"
// (any element), joined by ".".
type pathKey struct {
	root  types.Object
	steps string
}

type escape struct {
	pos  token.Pos
	call string
}

// get returns the package's index data, building it if no analyzer holds it.
func (ix *Index) get() *indexData {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if d := ix.data.Value(); d != nil {
		return d
	}
	d := &indexData{
		pass:    ix.pass,
		in:      ix.inspectorLocked(),
		assigns: make(map[types.Object][]source),
		paths:   make(map[pathKey][]source),
		aliases: make(map[types.Object][]types.Object),
		escapes: make(map[types.Object]escape),
		decls:   make(map[*types.Func]*ast.FuncDecl),
		params:  make(map[*types.Var]paramRef),
		zero:    make(map[types.Object]*ast.Ident),
		passes:  make(map[types.Object][]passRef),

		pathAliases: make(map[pathKey][]types.Object),
		filled:      make(map[pathKey][]bound),
		litDirect:   make(map[*ast.FuncLit]*ast.CallExpr),
		litVars:     make(map[*ast.FuncLit][]*types.Var),
		litVar:      make(map[types.Object]bool),
		varCalls:    make(map[types.Object][]*ast.CallExpr),
	}
	d.scan()
	d.propagateWrites()
	ix.data = weak.Make(d)
	return d
}

// inspectorLocked returns the package's inspector, building it if no
// analyzer holds it; ix.mu is held.
func (ix *Index) inspectorLocked() *inspector.Inspector {
	if in := ix.in.Value(); in != nil {
		return in
	}
	in := inspector.New(ix.pass.Files)
	ix.in = weak.Make(in)
	return in
}

// propagateWrites marks as escaped every variable handed to a function of
// this package that lets the parameter it lands in escape.
func (ix *indexData) propagateWrites() {
	for changed := true; changed; {
		changed = false
		for v, refs := range ix.passes {
			if _, done := ix.escapes[v]; done {
				continue
			}
			for _, ref := range refs {
				if _, esc := ix.escapes[ref.param]; esc {
					ix.escapes[v] = escape{pos: ref.call.Pos(), call: ref.fn}
					changed = true
					break
				}
			}
		}
	}
}

func (ix *indexData) addParams(fn *types.Func, lit *ast.FuncLit, ft *ast.FuncType, recv *ast.FieldList) {
	info := ix.pass.TypesInfo
	if recv != nil {
		for _, f := range recv.List {
			for _, name := range f.Names {
				if v, ok := info.Defs[name].(*types.Var); ok {
					ix.params[v] = paramRef{fn, lit, -1}
				}
			}
		}
	}
	i := 0
	for _, f := range ft.Params.List {
		if len(f.Names) == 0 {
			i++
			continue
		}
		for _, name := range f.Names {
			if v, ok := info.Defs[name].(*types.Var); ok {
				ix.params[v] = paramRef{fn, lit, i}
			}
			i++
		}
	}
}

func (ix *indexData) scan() {
	info := ix.pass.TypesInfo
	in := ix.in
	filter := []ast.Node{
		(*ast.FuncDecl)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
		(*ast.RangeStmt)(nil),
		(*ast.ForStmt)(nil),
		(*ast.CallExpr)(nil),
		(*ast.FuncLit)(nil),
	}
	in.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				ix.addParams(fn, nil, n.Type, n.Recv)
				if n.Body != nil {
					ix.decls[fn] = n
				}
			}
		case *ast.FuncLit:
			ix.addParams(nil, n, n.Type, nil)
		case *ast.AssignStmt:
			ix.assignStmt(n)
		case *ast.ValueSpec:
			ix.valueSpec(n)
		case *ast.RangeStmt:
			if n.Value != nil {
				ix.assignTo(n.Value, source{expr: n.X, elems: true})
			}
			if n.Key != nil {
				// Keys are indexes or map keys: nothing this package follows.
				ix.assignTo(n.Key, source{expr: n.Key, result: -1})
			}
			ix.fills(n, n.Body)
		case *ast.ForStmt:
			ix.fills(n, n.Body)
		case *ast.CallExpr:
			ix.call(n)
			switch fun := ast.Unparen(n.Fun).(type) {
			case *ast.FuncLit:
				ix.litDirect[fun] = n
			case *ast.Ident:
				if v, ok := info.Uses[fun].(*types.Var); ok {
					ix.varCalls[v] = append(ix.varCalls[v], n)
				}
			}
		}
	})
}

// call records the variables a call may modify: a pointer (or the address of
// a variable) passed to a function that may write through it.
func (ix *indexData) call(call *ast.CallExpr) {
	info := ix.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return
	}
	fn := calleeFunc(info, call)
	if fn != nil && readOnly(fn) {
		return
	}
	name := "a function value"
	if fn != nil {
		name = qualifiedName(fn)
	}
	var sig *types.Signature
	if fn != nil {
		sig = fn.Signature()
	}
	// A concrete function of this package: whether it writes through the
	// parameter is known once the whole package is scanned.
	local := fn != nil && fn.Pkg() == ix.pass.Pkg && !isInterfaceMethod(fn)
	mark := func(e ast.Expr, param types.Object) {
		e = stripConversions(info, e)
		var v types.Object
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			v = rootVar(info, u.X)
		} else if isPointer(info.TypeOf(e)) {
			v = rootVar(info, e)
		}
		if v == nil {
			return
		}
		if param != nil && local {
			ix.passes[v] = append(ix.passes[v], passRef{param: param, call: call, callee: fn, fn: name})
			return
		}
		if _, seen := ix.escapes[v]; !seen {
			ix.escapes[v] = escape{pos: call.Pos(), call: name}
		}
	}
	shift := 0
	if IsMethodExpr(info, call) {
		shift = 1 // T.M(recv, args...): the receiver comes first
	}
	paramAt := func(i int) types.Object {
		i -= shift
		if sig == nil || sig.Params().Len() == 0 {
			return nil
		}
		if i < 0 {
			return sig.Recv()
		}
		if i >= sig.Params().Len() {
			i = sig.Params().Len() - 1
		}
		return sig.Params().At(i)
	}
	for i, arg := range call.Args {
		mark(arg, paramAt(i))
	}
	// A pointer-receiver method called on an addressable variable.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig != nil && sig.Recv() != nil {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && isPointer(sig.Recv().Type()) {
			if _, isIface := types.Unalias(sig.Recv().Type()).Underlying().(*types.Interface); !isIface {
				x := stripConversions(info, sel.X)
				if isPointer(info.TypeOf(x)) {
					mark(x, sig.Recv()) // p.M() or (*T)(&v).M()
				} else {
					mark(&ast.UnaryExpr{Op: token.AND, X: x}, sig.Recv()) // v.M(): &v
				}
			}
		}
	}
}

func (ix *indexData) assignStmt(n *ast.AssignStmt) {
	switch {
	case len(n.Lhs) == len(n.Rhs):
		for i, lhs := range n.Lhs {
			rhs := n.Rhs[i]
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				// x op= y: the new value is x op y.
				op := opAssign[n.Tok]
				rhs = &ast.BinaryExpr{X: lhs, OpPos: n.TokPos, Op: op, Y: rhs}
			}
			ix.assignTo(lhs, source{expr: rhs})
		}
	case len(n.Rhs) == 1:
		// a, b := f() / v, ok := m[k] / v, ok := x.(T) / v, ok := <-ch
		for i, lhs := range n.Lhs {
			src := source{expr: n.Rhs[0], result: i}
			if _, isCall := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); !isCall && i > 0 {
				src = source{expr: n.Rhs[0], result: -1} // the ok of comma-ok
			}
			ix.assignTo(lhs, src)
		}
	}
}

var opAssign = map[token.Token]token.Token{
	token.ADD_ASSIGN: token.ADD, token.SUB_ASSIGN: token.SUB, token.MUL_ASSIGN: token.MUL,
	token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM, token.AND_ASSIGN: token.AND,
	token.OR_ASSIGN: token.OR, token.XOR_ASSIGN: token.XOR, token.SHL_ASSIGN: token.SHL,
	token.SHR_ASSIGN: token.SHR, token.AND_NOT_ASSIGN: token.AND_NOT,
}

func (ix *indexData) valueSpec(n *ast.ValueSpec) {
	switch {
	case len(n.Values) == len(n.Names):
		for i, name := range n.Names {
			ix.assignTo(name, source{expr: n.Values[i]})
		}
	case len(n.Values) == 1:
		for i, name := range n.Names {
			ix.assignTo(name, source{expr: n.Values[0], result: i})
		}
	}
	if len(n.Values) == 0 {
		// var x T: the zero value, which carries nothing, but its fields
		// and elements may be assigned later.
		for _, name := range n.Names {
			ix.assignTo(name, source{})
		}
	}
}

// assignTo records src as a value of the place lhs denotes.
func (ix *indexData) assignTo(lhs ast.Expr, src source) {
	info := ix.pass.TypesInfo
	root, steps, ok := accessPath(info, lhs)
	if !ok || root == nil {
		return
	}
	if star, isStar := ast.Unparen(lhs).(*ast.StarExpr); isStar {
		// *p = x replaces what p points to: whoever handed p over can no
		// longer tell what it holds.
		if _, seen := ix.escapes[root]; !seen {
			ix.escapes[root] = escape{pos: star.Pos(), call: "an assignment through *" + root.Name()}
		}
	}
	if steps == "" {
		if src.expr == nil {
			if id, ok := lhs.(*ast.Ident); ok {
				ix.zero[root] = id
			}
			return
		}
		ix.assigns[root] = append(ix.assigns[root], src)
		// p := &x, or q := p for pointers: p and x are the same place.
		if src.result == 0 && !src.elems {
			if target := aliasTarget(info, src.expr); target != nil && target != root {
				ix.aliases[target] = append(ix.aliases[target], root)
				ix.aliases[root] = append(ix.aliases[root], target)
			}
		}
		if src.result == 0 {
			ix.pathAlias(root, src.expr, src.elems) // p := &x.f[i], for _, p := range x.ptrs
		}
		if lit, ok := ast.Unparen(src.expr).(*ast.FuncLit); ok && src.result == 0 && !src.elems {
			if v, ok := root.(*types.Var); ok {
				ix.litVars[lit] = append(ix.litVars[lit], v)
				ix.litVar[v] = true
			}
		}
		return
	}
	k := pathKey{root, steps}
	ix.paths[k] = append(ix.paths[k], src)
}

// accessPath splits a place expression into its root variable and the path
// below it: d.Dimensions → (d, "Dimensions"), in.MetricData[i].Dimensions →
// (in, "MetricData.[].Dimensions"). Promoted fields spell out the embedded
// fields they go through.
func accessPath(info *types.Info, e ast.Expr) (types.Object, string, bool) {
	var steps []string
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			steps = append(steps, "[]")
			e = x.X
		case *ast.SelectorExpr:
			sel := info.Selections[x]
			if sel == nil {
				// A qualified identifier: pkg.Var.
				obj, _ := info.Uses[x.Sel].(*types.Var)
				if obj == nil {
					return nil, "", false
				}
				slicesReverse(steps)
				return obj, strings.Join(steps, "."), true
			}
			if sel.Kind() != types.FieldVal {
				return nil, "", false
			}
			names := fieldNames(sel)
			for i := len(names) - 1; i >= 0; i-- {
				steps = append(steps, names[i])
			}
			e = x.X
		case *ast.Ident:
			if x.Name == "_" {
				return nil, "", false
			}
			obj := info.ObjectOf(x)
			v, ok := obj.(*types.Var)
			if !ok {
				return nil, "", false
			}
			slicesReverse(steps)
			return v, strings.Join(steps, "."), true
		default:
			return nil, "", false
		}
	}
}

func slicesReverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// fieldNames lists the fields a selection goes through, embedded ones first.
func fieldNames(sel *types.Selection) []string {
	t := sel.Recv()
	var names []string
	for _, idx := range sel.Index() {
		st, ok := derefStruct(t)
		if !ok {
			return []string{sel.Obj().Name()}
		}
		f := st.Field(idx)
		names = append(names, f.Name())
		t = f.Type()
	}
	return names
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	return st, ok
}

// rootVar returns the variable at the root of a place expression, if any.
func rootVar(info *types.Info, e ast.Expr) types.Object {
	root, _, ok := accessPath(info, e)
	if !ok {
		return nil
	}
	return root
}

// aliasTarget returns x for &x and p for a pointer variable p.
func aliasTarget(info *types.Info, e ast.Expr) types.Object {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
			v, _ := info.ObjectOf(id).(*types.Var)
			if v != nil {
				return v
			}
		}
		return nil
	}
	if id, ok := e.(*ast.Ident); ok && isPointer(info.TypeOf(id)) {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			return v
		}
	}
	return nil
}

// stripConversions removes parentheses and conversions: (*T)(&v) is &v.
func stripConversions(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}

func isInterfaceMethod(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil {
		return false
	}
	return types.IsInterface(sig.Recv().Type())
}

func isPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}

// readOnly reports whether fn is known not to modify what its pointer
// arguments point to: formatting, logging and encoding functions of the
// standard library, the logging libraries tracelint models (zap, zerolog,
// logrus: their methods log or return a derived logger), and the AWS SDK (its operations read their inputs; its
// helpers take and dereference pointers), except its unmarshalers.
func readOnly(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return true
	}
	path := fn.Pkg().Path()
	if strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/") || strings.HasPrefix(path, "github.com/aws/aws-sdk-go/") {
		return !strings.HasPrefix(fn.Name(), "Unmarshal") && !strings.HasPrefix(fn.Name(), "Decode")
	}
	if isOperationShaped(fn) {
		return true // a user interface over an AWS operation
	}
	if strings.HasPrefix(path, "github.com/aws/aws-cdk-go/") || strings.HasPrefix(path, "github.com/aws/jsii-runtime-go") {
		return true // the AWS CDK for Go hands values to its JavaScript runtime, which copies them
	}
	switch path {
	case "fmt":
		return !strings.Contains(fn.Name(), "scan") && !strings.Contains(fn.Name(), "Scan")
	case "log", "log/slog", "errors", "strings", "strconv", "sort", "slices", "maps", "reflect",
		"go.uber.org/zap", "go.uber.org/zap/zapcore", "github.com/rs/zerolog", "github.com/rs/zerolog/log",
		"github.com/sirupsen/logrus", "github.com/aws/aws-lambda-go/lambdacontext":
		return true
	case "encoding/json", "encoding/xml":
		return strings.HasPrefix(fn.Name(), "Marshal") || fn.Name() == "Encode" || fn.Name() == "Valid"
	}
	return false
}

// isOperationShaped reports whether fn has the shape of an AWS SDK operation
// (v2: Op(ctx, *svc.OpInput, ...), v1: Op/OpWithContext/OpRequest with
// *svc.OpInput), as user-defined interfaces over the SDK do. Operations read
// their input.
func isOperationShaped(fn *types.Func) bool {
	sig := fn.Signature()
	for i := range sig.Params().Len() {
		p, ok := types.Unalias(sig.Params().At(i).Type()).(*types.Pointer)
		if !ok {
			continue
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		path := n.Obj().Pkg().Path()
		if !strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/service/") && !strings.HasPrefix(path, "github.com/aws/aws-sdk-go/service/") {
			continue
		}
		op, ok := strings.CutSuffix(n.Obj().Name(), "Input")
		if ok && (fn.Name() == op || fn.Name() == op+"WithContext" || fn.Name() == op+"Request") {
			return true
		}
	}
	return false
}
