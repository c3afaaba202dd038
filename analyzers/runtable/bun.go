package runtable

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// bun (github.com/uptrace/bun): a write is Exec (or Scan, which runs an
// INSERT ... RETURNING too) of an InsertQuery, UpdateQuery, DeleteQuery,
// MergeQuery or CreateTableQuery. The table is the one the query's chain
// names with Table, TableExpr or ModelTableExpr, else the table of the
// model given to Model: the table: option of its bun.BaseModel field's tag
// (bun:"table:etl.job_runs,alias:r"), else bun's naming of the type
// (PipelineRun → pipeline_runs). Statements run through bun's DB, Tx and
// Conn (ExecContext, NewRaw(...).Exec) are checked like database/sql's.

var bunQueries = map[string]string{
	"InsertQuery": "INSERT", "UpdateQuery": "UPDATE", "DeleteQuery": "DELETE",
	"MergeQuery": "MERGE", "CreateTableQuery": "CREATE TABLE",
}

var bunRawRuns = map[string]bool{
	"Exec": true, "ExecContext": true, "Query": true, "QueryContext": true, "QueryRow": true, "QueryRowContext": true,
}

// bunWrites returns the tables a call of bun writes, and whether it is one
// of its writes.
func (c *checker) bunWrites(call *ast.CallExpr, lf libFunc) ([]write, bool) {
	switch {
	case (lf.recv == "DB" || lf.recv == "Tx" || lf.recv == "Conn" || lf.recv == "IDB" || lf.recv == "IConn") && bunRawRuns[lf.name]:
		i := firstStringParam(resolveSig(c, call))
		if i < 0 || i >= len(call.Args) {
			return nil, true
		}
		return c.bunStatementWrites(call.Args[i]), true
	case lf.recv == "RawQuery" && (lf.name == "Exec" || lf.name == "Scan"):
		var out []write
		for _, l := range c.chainOf(receiver(call), c.walk.Ctx, inPackages(bunPath)).links {
			if l.fn.name == "NewRaw" && len(l.args) > 0 {
				saved := c.walk.Ctx
				c.walk.Ctx = l.ctx
				out = append(out, c.bunStatementWrites(l.args[0])...)
				c.walk.Ctx = saved
			}
		}
		return out, true
	case bunQueries[lf.recv] != "" && (lf.name == "Exec" || lf.name == "Scan"):
	default:
		return nil, false
	}
	verb := bunQueries[lf.recv]
	op := "bun " + verb
	create := verb == "CREATE TABLE"
	ch := c.chainOf(receiver(call), c.walk.Ctx, inPackages(bunPath))
	var out []write
	for _, l := range ch.links {
		switch {
		case l.fn.name == "Table":
			for _, a := range l.args {
				for _, n := range c.names(a, l.ctx) {
					q, t := splitTableExpr(n)
					out = append(out, write{Op: op, Create: create, Qual: q, Name: t})
				}
			}
		case (l.fn.name == "TableExpr" || l.fn.name == "ModelTableExpr") && len(l.args) > 0:
			for _, n := range c.names(l.args[0], l.ctx) {
				q, t := splitTableExpr(n)
				out = append(out, write{Op: op, Create: create, Qual: q, Name: t})
			}
		}
	}
	if len(out) > 0 {
		return out, true
	}
	for _, l := range ch.links {
		if l.fn.name == "Model" && len(l.args) == 1 {
			saved := c.walk.Ctx
			c.walk.Ctx = l.ctx
			out = append(out, c.bunValueWrites(l.args[0], op, create)...)
			c.walk.Ctx = saved
		}
	}
	return out, true
}

func resolveSig(c *checker, call *ast.CallExpr) *types.Signature {
	if sig, ok := types.Unalias(c.info.TypeOf(call.Fun)).Underlying().(*types.Signature); ok {
		return sig
	}
	return types.NewSignatureType(nil, nil, nil, nil, nil, false)
}

// bunStatementWrites returns the writes of a statement run through bun.
func (c *checker) bunStatementWrites(e ast.Expr) []write {
	stmts := c.names(e, c.walk.Ctx)
	out := make([]write, 0, len(stmts))
	for _, stmt := range stmts {
		out = append(out, c.statementWrites(stmt, "bun", nil)...)
	}
	return out
}

// bunValueWrites returns the writes of a bun model value to its table; a
// value that is a parameter whose type names no table is settled by the
// callers.
func (c *checker) bunValueWrites(v ast.Expr, op string, create bool) []write {
	if n, ok := resolve.NamedStruct(c.info.TypeOf(v)); ok {
		q, t := splitTableExpr(text(bunTableName(n)))
		return []write{{Op: op, Create: create, Qual: q, Name: t, Cols: bunColumns(n)}}
	}
	for _, leaf := range c.r.Resolve(v, c.walk.Ctx).Leaves {
		if leaf.Param >= 0 && !leaf.Spread {
			return []write{{Op: op, Create: create, Model: "bun", Param: leaf.Param}}
		}
	}
	return nil
}

// bunTableName returns a bun model's table: its BaseModel field's tag, or
// bun's naming of the type.
func bunTableName(n *types.Named) string {
	if st, ok := n.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if !isBunBaseModel(st.Field(i).Type()) {
				continue
			}
			tag := reflect.StructTag(st.Tag(i)).Get("bun")
			if t := tagOption(tag, "table", ","); t != "" && t != "-" {
				return t
			}
			if first, _, _ := strings.Cut(tag, ","); first != "" && !strings.Contains(first, ":") {
				return first
			}
		}
	}
	return plural(bunUnderscore(n.Obj().Name()))
}

func isBunBaseModel(t types.Type) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Name() == "BaseModel" && n.Obj().Pkg() != nil &&
		(n.Obj().Pkg().Path() == bunPath || n.Obj().Pkg().Path() == bunPath+"/schema")
}

// bunColumns returns the columns of a bun model: its exported fields but the
// BaseModel, named by the tag's first element or bun's naming.
func bunColumns(n *types.Named) []string {
	return fieldColumns(n, func(f *types.Var, tag reflect.StructTag) (string, bool) {
		t := tag.Get("bun")
		first, _, _ := strings.Cut(t, ",")
		switch {
		case isBunBaseModel(f.Type()) || first == "-" || !f.Exported() && !f.Embedded():
			return "", false
		case f.Embedded() || tagOption(t, "extend", ",") != "":
			return "", true
		case first != "" && !strings.Contains(first, ":"):
			return first, false
		}
		return bunUnderscore(f.Name()), false
	})
}
