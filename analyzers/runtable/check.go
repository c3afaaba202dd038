package runtable

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// A write is a table that an operation creates or writes. Its fields are
// exported for WritesFact.
type write struct {
	Op     string // "DynamoDB PutItem", "SQL INSERT", "DynamoDB ExecuteStatement UPDATE"
	Create bool   // the operation creates the table
	Qual   name   // what qualifies the table's name, with its trailing dot ("etl.")
	Name   name   // the table's own name: what is judged
	// Cols are the table's columns (or the item's attributes) when the
	// write shows them: a CREATE TABLE's definitions, an INSERT's column
	// list, the fields of a model; nil when they are not visible. Partial
	// says they may be only some of them (an INSERT's list).
	Cols    []string
	Partial bool

	// Writes known only with the arguments of a call of the function:
	//   - Stmt is a statement whose text depends on parameters (a helper
	//     that runs the statement it is given), parsed once the arguments
	//     are known; Op is then "SQL" or "DynamoDB <operation>", and PartiQL
	//     limits the statements to INSERT, UPDATE and DELETE;
	//   - Forward is set when parameter Param is the input of the DynamoDB
	//     operation DynamoOp (a helper that sends the input it is given).
	//   - Model names the library ("gorm", "bun") whose naming gives the
	//     table of the type of the argument for parameter Param (a helper
	//     that writes the model value it is given).
	Stmt     name
	PartiQL  bool
	Forward  bool
	Param    int
	DynamoOp string
	Model    string
	// Deferred marks a write of generated code (ent's builders): reported
	// at the application's calls of the generated methods, not inside them.
	Deferred bool
}

// display is the table's full name for messages.
func (w write) display() string {
	return concat(w.Qual, w.Name).withoutParams().String() // parameters are unknown in messages
}

func (w write) key() string { return w.String() }

// String describes the write for facts.
func (w write) String() string {
	switch {
	case w.Forward:
		return fmt.Sprintf("%s input {param%d}", w.Op, w.Param)
	case w.Model != "":
		return fmt.Sprintf("%s model {param%d}", w.Op, w.Param)
	case len(w.Stmt) > 0:
		return w.Op + " statement " + w.Stmt.String()
	}
	return w.Op + " " + concat(w.Qual, w.Name).String()
}

type checker struct {
	pass *analysis.Pass
	info *types.Info
	j    judge
	r    *resolve.Resolver
	ev   *strval.Evaluator
	maps *resolve.Maps
	set  *resolve.Setters
	rep  *suppress.Reporter

	// The package's calls, callees first: walk.Func is the function being
	// checked (nil outside functions) and walk.Ctx its summary context.
	walk   *callorder.Walk
	writes map[*types.Func][]write // writes of a function that depend on its parameters

	stores    map[*types.Var][]store          // values stored into struct fields
	fieldSels map[token.Pos]*ast.SelectorExpr // field selections by the position of their root
	qualVars  map[token.Pos]*types.Var        // pkg.Var of other packages by the position of Var
	varDecls  map[*types.Var]*ast.Ident       // package-level variables' declaring identifiers
	callers   map[*types.Func][]site          // calls of the package's functions, built on first use

	namings    []gormNaming                // of the package's gorm.Open calls, on first use
	generated  map[*token.File]bool        // generated files, on first use
	typeWrites map[*types.TypeName][]write // deferred writes of generated types' methods

	fieldMemo map[*types.Var][]name
	paramMemo map[paramKey][]name
	busy      map[any]bool

	reported map[reportKey]bool
}

// A store is a value put into a struct field: in a composite literal or by
// an assignment, in function fn (nil in a package-level initialiser).
type store struct {
	expr   ast.Expr
	result int // which result of a multi-value call expr is stored
	fn     *types.Func
}

// A site is a call of a function of the package, in function fn.
type site struct {
	call *ast.CallExpr
	fn   *types.Func
}

type paramKey struct {
	fn  *types.Func
	idx int
}

type reportKey struct {
	pos token.Pos
	msg string
}

func newChecker(pass *analysis.Pass, j judge, rep *suppress.Reporter) *checker {
	r := resolve.New(pass)
	return &checker{
		pass:       pass,
		info:       pass.TypesInfo,
		j:          j,
		r:          r,
		ev:         strval.New(r),
		maps:       resolve.NewMaps(r),
		set:        resolve.NewSetters(r),
		rep:        rep,
		writes:     make(map[*types.Func][]write),
		typeWrites: make(map[*types.TypeName][]write),
		stores:     make(map[*types.Var][]store),
		fieldSels:  make(map[token.Pos]*ast.SelectorExpr),
		qualVars:   make(map[token.Pos]*types.Var),
		varDecls:   make(map[*types.Var]*ast.Ident),
		fieldMemo:  make(map[*types.Var][]name),
		paramMemo:  make(map[paramKey][]name),
		busy:       make(map[any]bool),
		reported:   make(map[reportKey]bool),
	}
}

// scan indexes the package in one pass over its syntax: the calls of every
// function (the walk), the values stored into struct fields, field
// selections and qualified variables.
func (c *checker) scan() {
	c.walk = callorder.New(c.pass, c.index,
		(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.SelectorExpr)(nil), (*ast.ValueSpec)(nil))
}

// index records what one node stores or selects; fn is the function whose
// body holds it (nil at package level).
func (c *checker) index(n ast.Node, fn *types.Func) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		c.literalStores(n, fn)
	case *ast.AssignStmt:
		c.assignStores(n, fn)
	case *ast.SelectorExpr:
		if sel := c.info.Selections[n]; sel != nil {
			if sel.Kind() == types.FieldVal {
				if _, seen := c.fieldSels[n.Pos()]; !seen {
					c.fieldSels[n.Pos()] = n // the outermost field selection at this root
				}
			}
		} else if v, ok := c.info.Uses[n.Sel].(*types.Var); ok && v.Pkg() != c.pass.Pkg {
			c.qualVars[n.Sel.Pos()] = v
		}
	case *ast.ValueSpec:
		if fn == nil {
			for _, id := range n.Names {
				if v, ok := c.info.Defs[id].(*types.Var); ok {
					c.varDecls[v] = id
				}
			}
		}
	}
}

// literalStores records the fields set in a struct literal.
func (c *checker) literalStores(lit *ast.CompositeLit, fn *types.Func) {
	t := c.info.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := c.info.Uses[id].(*types.Var); ok && f.IsField() {
					c.stores[f] = append(c.stores[f], store{expr: kv.Value, fn: fn})
				}
			}
			continue
		}
		if i < st.NumFields() {
			f := st.Field(i)
			c.stores[f] = append(c.stores[f], store{expr: elt, fn: fn})
		}
	}
}

// assignStores records x.f = v.
func (c *checker) assignStores(as *ast.AssignStmt, fn *types.Func) {
	if as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		s := c.info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			continue
		}
		f, ok := s.Obj().(*types.Var)
		if !ok {
			continue
		}
		switch {
		case len(as.Lhs) == len(as.Rhs):
			c.stores[f] = append(c.stores[f], store{expr: as.Rhs[i], fn: fn})
		case len(as.Rhs) == 1:
			if _, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); isCall {
				c.stores[f] = append(c.stores[f], store{expr: as.Rhs[0], result: i, fn: fn})
			}
		}
	}
}

// checkPackage checks every call, function by function, callees before
// callers so that the writes of helpers are known at their call sites.
func (c *checker) checkPackage() {
	c.scan()
	c.walk.Run(c.checkSite)
}

// checkSite checks a call that may write a table: an operation, or a helper
// whose writes depend on its parameters.
func (c *checker) checkSite(call *ast.CallExpr) {
	if ws, ok := c.libWrites(call); ok {
		for _, w := range ws {
			c.settle(call, w, "")
		}
		return
	}
	if ws, ok := c.directWrites(call); ok {
		for _, w := range ws {
			c.settle(call, w, "")
		}
		return // a driver's own writes are not looked into
	}
	callee := resolve.Callee(c.info, call)
	if callee == nil || resolve.IsMethodExpr(c.info, call) {
		return
	}
	var helper []write
	if c.walk.Process(callee) {
		helper = slices.Concat(c.writes[callee], c.typeWritesOf(callee))
	} else if callee.Pkg() != c.pass.Pkg {
		var fact WritesFact
		if c.pass.ImportObjectFact(callee, &fact) {
			helper = fact.Writes
		}
	}
	if len(helper) == 0 {
		return
	}
	args := make(map[int][]name)
	for _, w := range helper {
		var ws []write
		switch {
		case w.Forward:
			ws = c.forwarded(w, call, callee)
		case w.Model != "":
			ws = c.modelArg(w, call, callee)
		default:
			ws = c.substitute(w, call, callee, args)
		}
		for _, sw := range ws {
			c.settle(call, sw, resolve.QualifiedName(callee))
		}
	}
}

// forwarded returns the writes of the DynamoDB input a call passes to a
// helper that sends it.
func (c *checker) forwarded(w write, call *ast.CallExpr, callee *types.Func) []write {
	sig := callee.Signature()
	if w.Param < 0 || w.Param >= len(call.Args) || w.Param >= sig.Params().Len() ||
		sig.Variadic() && w.Param == sig.Params().Len()-1 {
		return nil
	}
	return c.dynamoInputWrites(w.DynamoOp, c.r.Resolve(call.Args[w.Param], c.walk.Ctx))
}

// modelArg returns the writes of the model value a call passes to a helper
// that writes the value it is given.
func (c *checker) modelArg(w write, call *ast.CallExpr, callee *types.Func) []write {
	sig := callee.Signature()
	if w.Param < 0 || w.Param >= len(call.Args) || w.Param >= sig.Params().Len() {
		return nil
	}
	arg := call.Args[w.Param]
	if sig.Variadic() && w.Param == sig.Params().Len()-1 {
		if call.Ellipsis.IsValid() {
			return nil
		}
		var out []write
		for _, a := range call.Args[w.Param:] {
			out = append(out, c.modelWrites(w.Model, a, w.Op, w.Create)...)
		}
		return out
	}
	return c.modelWrites(w.Model, arg, w.Op, w.Create)
}

// modelWrites returns the writes of a model value by the naming of lib.
func (c *checker) modelWrites(lib string, v ast.Expr, op string, create bool) []write {
	switch lib {
	case "gorm":
		return c.gormValueWrites(v, op, create)
	case "bun":
		return c.bunValueWrites(v, op, create)
	}
	return nil
}

// substitute replaces the parameters of callee in w by what the call passes.
func (c *checker) substitute(w write, call *ast.CallExpr, callee *types.Func, args map[int][]name) []write {
	sig := callee.Signature()
	arg := func(i int) []name {
		if got, ok := args[i]; ok {
			return got
		}
		var got []name
		if i < 0 || i >= sig.Params().Len() || i >= len(call.Args) || sig.Variadic() && i == sig.Params().Len()-1 {
			got = []name{hole()}
		} else {
			got = c.names(call.Args[i], c.walk.Ctx)
		}
		args[i] = got
		return got
	}
	if len(w.Stmt) > 0 {
		stmts := substituteName(w.Stmt, arg)
		out := make([]write, 0, len(stmts))
		for _, stmt := range stmts {
			out = append(out, write{Op: w.Op, Stmt: stmt, PartiQL: w.PartiQL})
		}
		return out
	}
	quals := substituteName(w.Qual, arg)
	names := substituteName(w.Name, arg)
	var out []write
	for _, q := range quals {
		for _, n := range names {
			if len(out) < maxNames {
				out = append(out, write{Op: w.Op, Create: w.Create, Qual: q, Name: n, Cols: w.Cols, Partial: w.Partial, Deferred: w.Deferred})
			}
		}
	}
	return out
}

func substituteName(n name, arg func(int) []name) []name {
	acc := []name{nil}
	for _, p := range n {
		alts := []name{{p}}
		if p.Kind == paramPart {
			alts = arg(p.Param)
		}
		acc = product(acc, alts)
	}
	return acc
}

// settle reports a write to a run table at call, or, when whether it is one
// depends on the parameters of the current function, records it for the
// function's callers.
func (c *checker) settle(call *ast.CallExpr, w write, via string) {
	if w.Deferred && c.inGenerated(c.walk.Func) {
		c.deferWrite(w)
		return
	}
	switch {
	case w.Forward, w.Model != "":
		c.record(w)
		return
	case len(w.Stmt) > 0:
		if w.Stmt.hasParams() {
			c.record(w)
			return
		}
		var allowed map[string]bool
		if w.PartiQL {
			allowed = partiQLWrites
		}
		for _, sw := range c.statementWrites(w.Stmt, w.Op, allowed) {
			c.settle(call, sw, via)
		}
		return
	}
	if c.j.isRunTableWith(w.Name, w.Cols, w.Partial) {
		op := w.Op
		if via != "" {
			op += " via " + via
		}
		verb := "write to"
		if w.Create {
			verb = "create"
		}
		c.report(call, fmt.Sprintf("%s run-tracking table %q (%s): run state lives in Step Functions execution history; use ListExecutions/DescribeExecution",
			verb, w.display(), op))
		return
	}
	if w.Name.hasParams() {
		c.record(w)
	}
}

// record adds a write that depends on the parameters of the current
// function to the function's writes, for its callers.
func (c *checker) record(w write) {
	if c.walk.Func == nil {
		return
	}
	for _, old := range c.writes[c.walk.Func] {
		if old.key() == w.key() {
			return
		}
	}
	c.writes[c.walk.Func] = append(c.writes[c.walk.Func], w)
}

func (c *checker) report(call *ast.CallExpr, msg string) {
	k := reportKey{call.Pos(), msg}
	if c.reported[k] {
		return
	}
	c.reported[k] = true
	c.rep.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: msg})
}
