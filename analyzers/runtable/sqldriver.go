package runtable

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// SQL drivers. A statement is run by a method or function of database/sql,
// pgx v5 (Conn, Tx, pgxpool.Pool and its Conn and Tx, Batch.Queue) or sqlx,
// or by a method of a user-defined interface over them (recognised by a
// driver type among its parameters or results), whose first string
// parameter is the statement. Prepared statements (database/sql and sqlx
// Stmt, sqlx NamedStmt) are followed back to the Prepare call that made
// them. pgx's CopyFrom writes the table its Identifier names.

// driverPackages are the packages whose functions and methods run SQL.
var driverPackages = map[string]bool{sqlPath: true, pgxPath: true, pgxpoolPath: true, sqlxPath: true}

// execNames are the functions and methods that run the statement they are
// given: writes through Exec, and also writes with RETURNING run through the
// query methods.
var execNames = map[string]bool{
	"Exec": true, "ExecContext": true, "Query": true, "QueryContext": true, "QueryRow": true, "QueryRowContext": true,
	"MustExec": true, "MustExecContext": true, "NamedExec": true, "NamedExecContext": true,
	"NamedQuery": true, "NamedQueryContext": true, "Queryx": true, "QueryxContext": true,
	"QueryRowx": true, "QueryRowxContext": true, "Select": true, "SelectContext": true, "Get": true, "GetContext": true,
	"Queue": true, // pgx.Batch
}

// stmtExecNames are the methods of prepared statements that run them.
var stmtExecNames = map[string]bool{
	"Exec": true, "ExecContext": true, "Query": true, "QueryContext": true, "QueryRow": true, "QueryRowContext": true,
	"MustExec": true, "MustExecContext": true, "Queryx": true, "QueryxContext": true,
	"QueryRowx": true, "QueryRowxContext": true, "Select": true, "SelectContext": true, "Get": true, "GetContext": true,
}

// prepareNames make a prepared statement from a statement.
var prepareNames = map[string]bool{
	"Prepare": true, "PrepareContext": true, "Preparex": true, "PreparexContext": true,
	"PrepareNamed": true, "PrepareNamedContext": true,
}

// restmtNames make a transaction's copy of a prepared statement.
var restmtNames = map[string]bool{
	"Stmt": true, "StmtContext": true, "Stmtx": true, "StmtxContext": true, "NamedStmt": true, "NamedStmtContext": true,
}

// A source is a statement expression with the context it is evaluated in;
// owner is the function whose parameters the context binds, and keep says
// whether they stay parameters (they do for the function being checked).
type source struct {
	expr  ast.Expr
	ctx   *resolve.Context
	owner *types.Func
	keep  bool
}

// sqlWrites returns the tables a call of a SQL driver writes, and whether
// the call runs SQL at all.
func (c *checker) sqlWrites(call *ast.CallExpr) ([]write, bool) {
	fn := resolve.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil || resolve.IsMethodExpr(c.info, call) {
		return nil, false
	}
	sig := fn.Signature()
	if !isDriverFunc(fn, sig) {
		return nil, false
	}
	var srcs []source
	switch {
	case fn.Name() == "CopyFrom":
		return c.copyFrom(call, sig), true
	case isStmt(sig.Recv()) && stmtExecNames[fn.Name()]:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			srcs = c.prepared(sel.X, c.walk.Ctx, c.walk.Func, true, 0)
		}
	case execNames[fn.Name()]:
		if i := firstStringParam(sig); i >= 0 && i < len(call.Args) {
			srcs = []source{{call.Args[i], c.walk.Ctx, c.walk.Func, true}}
		}
	default:
		return nil, false
	}
	var out []write
	for _, src := range srcs {
		for _, stmt := range c.fill(c.ev.Eval(src.expr, src.ctx), src.owner, src.keep, 0) {
			out = append(out, c.statementWrites(stmt, "SQL", nil)...)
		}
	}
	return out, true
}

// isDriverFunc reports whether fn belongs to a SQL driver: declared in one of
// the driver packages, or a method of an interface whose signature uses
// their types (type execer interface { ExecContext(...) (sql.Result, error) }).
func isDriverFunc(fn *types.Func, sig *types.Signature) bool {
	if driverPackages[fn.Pkg().Path()] {
		return true
	}
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			if isDriverType(v.Type()) {
				return true
			}
		}
	}
	return false
}

// isDriverType reports whether t is (a pointer to) a named type of a driver
// package, or of pgconn (pgx's CommandTag).
func isDriverType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	return driverPackages[path] || path == pgconnPath
}

// isStmt reports whether a receiver is a prepared statement: database/sql's
// or sqlx's Stmt, or sqlx's NamedStmt.
func isStmt(recv *types.Var) bool {
	return recv != nil && isStmtType(recv.Type())
}

func isStmtType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() {
	case sqlPath:
		return n.Obj().Name() == "Stmt"
	case sqlxPath:
		return n.Obj().Name() == "Stmt" || n.Obj().Name() == "NamedStmt"
	}
	return false
}

// prepared returns the statements a prepared statement x may have been made
// from: the statement given to Prepare (and its variants), through a
// transaction's Stmt, and through struct fields the statement is kept in.
func (c *checker) prepared(x ast.Expr, ctx *resolve.Context, owner *types.Func, keep bool, depth int) []source {
	if depth > maxDepth {
		return nil
	}
	set := c.r.Resolve(x, ctx)
	var out []source
	for _, leaf := range set.Leaves {
		call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
		if !ok || leaf.Spread || leaf.Zero || leaf.Result != 0 || resolve.IsMethodExpr(c.info, call) {
			continue
		}
		fn := resolve.Callee(c.info, call)
		if fn == nil || fn.Pkg() == nil {
			continue
		}
		sig := fn.Signature()
		if sig.Results().Len() == 0 || !isStmtType(sig.Results().At(0).Type()) {
			continue
		}
		switch {
		case prepareNames[fn.Name()]:
			if i := firstStringParam(sig); i >= 0 && i < len(call.Args) {
				out = append(out, source{call.Args[i], leaf.Ctx, owner, keep})
			}
		case restmtNames[fn.Name()] && len(call.Args) > 0:
			out = append(out, c.prepared(call.Args[len(call.Args)-1], leaf.Ctx, owner, keep, depth+1)...)
		}
	}
	for _, u := range set.Unknowns {
		f := c.fieldAt(u.Pos)
		if f == nil || f.Pkg() != c.pass.Pkg || !isStmtType(f.Type()) {
			continue
		}
		for _, st := range c.stores[f] {
			if st.result == 0 {
				out = append(out, c.prepared(st.expr, c.walk.Summary(st.fn), st.fn, false, depth+1)...)
			}
		}
	}
	return out
}

// copyFrom returns the table pgx's CopyFrom(ctx, pgx.Identifier{...}, ...)
// writes.
func (c *checker) copyFrom(call *ast.CallExpr, sig *types.Signature) []write {
	k := -1
	for i := range sig.Params().Len() {
		if n, ok := types.Unalias(sig.Params().At(i).Type()).(*types.Named); ok &&
			n.Obj().Name() == "Identifier" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pgxPath {
			k = i
		}
	}
	if k < 0 || k >= len(call.Args) {
		return nil
	}
	var out []write
	for _, leaf := range c.r.Resolve(call.Args[k], c.walk.Ctx).Leaves {
		lit, ok := ast.Unparen(leaf.Expr).(*ast.CompositeLit)
		if !ok || leaf.Zero || leaf.Spread || len(lit.Elts) == 0 {
			continue
		}
		quals := []name{nil}
		for _, elt := range lit.Elts[:len(lit.Elts)-1] {
			quals = product(product(quals, c.names(elt, leaf.Ctx)), []name{text(".")})
		}
		for _, q := range quals {
			for _, n := range c.names(lit.Elts[len(lit.Elts)-1], leaf.Ctx) {
				out = append(out, write{Op: "SQL COPY", Qual: q, Name: n})
			}
		}
	}
	return out
}

// statementWrites parses a statement whose text may have unknown parts and
// returns the tables it writes whose verb is allowed (nil: any). The
// unknown parts stand in the text as runes of the private use area, which
// the parser takes as identifier characters, and are put back into the
// names it returns. A statement that depends on parameters of the current
// function and has no target yet (a helper running the statement it is
// given) is returned as a write to settle at the function's calls.
func (c *checker) statementWrites(stmt name, op string, allowed map[string]bool) []write {
	sql, parts, ok := render(stmt)
	if !ok {
		return nil
	}
	if rest, ok := strings.CutPrefix(sql, libMarker); ok && op == "SQL" {
		if lib, _, ok := strings.Cut(rest, "*/"); ok {
			op = lib // rendered by a query builder
		}
	}
	var out []write
	for _, t := range SQLTargets(sql) {
		if allowed != nil && !allowed[t.Verb] {
			continue
		}
		w := write{Op: op + " " + t.Verb, Create: t.Creates(), Cols: knownColumns(t.Columns), Partial: !t.Creates()}
		for i, s := range t.Parts {
			n := unplaceholder(s, parts)
			if i == len(t.Parts)-1 {
				w.Name = n
			} else {
				w.Qual = concat(w.Qual, n, text("."))
			}
		}
		out = append(out, w)
	}
	if len(out) == 0 && stmt.hasParams() && startsUnknown(sql) {
		out = append(out, write{Op: op, Stmt: stmt, PartiQL: allowed != nil})
	}
	return out
}

// knownColumns returns cols unless one of them has an unknown part.
func knownColumns(cols []string) []string {
	for _, c := range cols {
		if strings.ContainsFunc(c, isPlaceholder) {
			return nil
		}
	}
	return cols
}

// render writes a statement with placeholders for its unknown parts.
func render(stmt name) (string, []part, bool) {
	var b strings.Builder
	var parts []part
	for _, p := range stmt {
		if p.Kind == textPart {
			b.WriteString(strings.Map(func(r rune) rune {
				if isPlaceholder(r) {
					return '?'
				}
				return r
			}, p.Text))
			continue
		}
		if len(parts) > 0xF8FF-0xE000 {
			return "", nil, false
		}
		b.WriteRune(rune(0xE000 + len(parts)))
		parts = append(parts, p)
	}
	return b.String(), parts, true
}

// startsUnknown reports whether a statement of sql starts with an unknown
// part, so that what kind of statement it is is not known yet.
func startsUnknown(sql string) bool {
	toks := lex(sql)
	for i, t := range toks {
		if (i == 0 || toks[i-1].kind == tSym && toks[i-1].text == ";") &&
			t.kind == tWord && strings.ContainsFunc(t.text, isPlaceholder) {
			return true
		}
	}
	return false
}

// unplaceholder turns the placeholders in s back into the parts they stand
// for.
func unplaceholder(s string, parts []part) name {
	var out name
	start := 0
	for i, r := range s {
		if !isPlaceholder(r) {
			continue
		}
		out = concat(out, text(s[start:i]))
		if k := int(r - 0xE000); k < len(parts) {
			out = append(out, parts[k])
		} else {
			out = append(out, part{Kind: holePart})
		}
		start = i + len(string(r))
	}
	return concat(out, text(s[start:]))
}
