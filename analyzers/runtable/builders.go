package runtable

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Query builders: squirrel (github.com/Masterminds/squirrel) and goqu
// (github.com/doug-martin/goqu/v9). A builder names its table where it
// starts (sq.Insert("etl_runs"), goqu.Insert("job_runs"),
// goqu.Dialect("postgres").Update(goqu.T("job_runs")), db.From("t").Delete())
// or later (Into, Table, From). The statement is run either by the builder
// (squirrel's Exec, QueryRow... after RunWith(db); goqu's Executor().Exec())
// — a write reported there as "squirrel INSERT" — or rendered with ToSql /
// ToSQL and handed to a driver, where the rendered statement is checked like
// any other, with the library named in the message.

const goquExp = "github.com/doug-martin/goqu/v9/exp"

// libMarker starts a statement rendered from a builder's chain, naming the
// library for the message; the SQL parser skips it as a comment.
const libMarker = "/*tracelint:"

// A built statement is what a builder chain writes.
type built struct {
	lib, verb string
	tables    []name
	cols      []string
}

// squirrelRuns are the methods of squirrel's builders that run the
// statement.
var squirrelRuns = map[string]bool{
	"Exec": true, "ExecContext": true, "Query": true, "QueryContext": true,
	"QueryRow": true, "QueryRowContext": true, "Scan": true, "ScanContext": true,
}

var squirrelBuilders = map[string]string{"InsertBuilder": "INSERT", "UpdateBuilder": "UPDATE", "DeleteBuilder": "DELETE"}

var goquDatasets = map[string]string{"InsertDataset": "INSERT", "UpdateDataset": "UPDATE", "DeleteDataset": "DELETE"}

// builderWrites returns the tables a builder's own run of its statement
// writes, and whether the call is such a run.
func (c *checker) builderWrites(call *ast.CallExpr, lf libFunc) ([]write, bool) {
	var b built
	switch {
	case lf.path == squirrelPath && squirrelBuilders[lf.recv] != "" && squirrelRuns[lf.name]:
		b = c.squirrelStatement(receiver(call), c.walk.Ctx, squirrelBuilders[lf.recv])
	case lf.path == goquExec && lf.recv == "QueryExecutor" && lf.name != "ToSQL":
		b = c.goquStatement(receiver(call), c.walk.Ctx, "")
		if b.verb == "" {
			return nil, false // a select's executor: a read
		}
	default:
		return nil, false
	}
	var out []write
	for _, n := range b.tables {
		q, t := splitTableExpr(n)
		out = append(out, write{Op: b.lib + " " + b.verb, Qual: q, Name: t, Cols: b.cols, Partial: true})
	}
	return out, true
}

// renderedStatement returns the statements a builder's ToSql / ToSQL call
// renders, as text the SQL parser reads; ok is false for other calls.
func (c *checker) renderedStatement(call *ast.CallExpr, fn *types.Func, ctx *resolve.Context) ([]name, bool) {
	lf := libFuncOf(fn)
	var b built
	switch {
	case lf.path == squirrelPath && squirrelBuilders[lf.recv] != "" && (lf.name == "ToSql" || lf.name == "MustSql"):
		b = c.squirrelStatement(receiver(call), ctx, squirrelBuilders[lf.recv])
	case lf.path == goquPath && goquDatasets[lf.recv] != "" && lf.name == "ToSQL":
		b = c.goquStatement(receiver(call), ctx, goquDatasets[lf.recv])
	default:
		return nil, false
	}
	var out []name
	for _, t := range b.tables {
		head := libMarker + b.lib + "*/ "
		switch b.verb {
		case "INSERT", "REPLACE":
			head += b.verb + " INTO "
		case "DELETE":
			head += "DELETE FROM "
		default:
			head += b.verb + " "
		}
		tail := ""
		if len(b.cols) > 0 {
			tail = " (" + strings.Join(b.cols, ", ") + ")"
		}
		out = append(out, concat(text(head), t, text(tail)))
	}
	if len(out) == 0 {
		out = []name{hole()}
	}
	return out, true
}

// squirrelStatement reads a squirrel builder's chain: the table its
// constructor (sq.Insert, sq.StatementBuilder...Update) names, or Into,
// Table and From; the columns of Columns and SetMap.
func (c *checker) squirrelStatement(x ast.Expr, ctx *resolve.Context, verb string) built {
	b := built{lib: "squirrel", verb: verb}
	ch := c.chainOf(x, ctx, inPackages(squirrelPath))
	for _, l := range ch.links {
		switch {
		case (l.fn.recv == "" || l.fn.recv == "StatementBuilderType") && len(l.args) == 1 &&
			(l.fn.name == "Insert" || l.fn.name == "Replace" || l.fn.name == "Update" || l.fn.name == "Delete"):
			b.verb = strings.ToUpper(l.fn.name)
			b.tables = append(b.tables, c.names(l.args[0], l.ctx)...)
		case l.fn.recv != "" && len(l.args) == 1 &&
			(l.fn.name == "Into" && l.fn.recv == "InsertBuilder" || l.fn.name == "Table" && l.fn.recv == "UpdateBuilder" || l.fn.name == "From" && l.fn.recv == "DeleteBuilder"):
			b.tables = append(b.tables, c.names(l.args[0], l.ctx)...)
		case l.fn.recv == "InsertBuilder" && l.fn.name == "Columns":
			for _, a := range l.args {
				if s, ok := c.constant(a, l.ctx); ok {
					b.cols = append(b.cols, s)
				}
			}
		case l.fn.name == "SetMap" && len(l.args) == 1:
			b.cols = append(b.cols, c.mapLiteralKeys(l.args[0], l.ctx)...)
		}
	}
	b.tables = dedupNames(nonEmpty(b.tables))
	return b
}

// goquStatement reads a goqu dataset's chain: goqu.Insert / Update /
// Delete (also of a dialect, a Database or a TxDatabase), a select
// dataset's Insert / Update / Delete with the tables of its From, and Into,
// Table and From; the keys of goqu.Record rows and Cols.
func (c *checker) goquStatement(x ast.Expr, ctx *resolve.Context, verb string) built {
	b := built{lib: "goqu", verb: verb}
	ch := c.chainOf(x, ctx, inPackages(goquPath, goquExec))
	var from []name
	for _, l := range ch.links {
		switch {
		case l.fn.name == "Executor" && goquDatasets[l.fn.recv] != "":
			b.verb = goquDatasets[l.fn.recv]
		case l.fn.recv != "SelectDataset" && len(l.args) == 1 &&
			(l.fn.name == "Insert" || l.fn.name == "Update" || l.fn.name == "Delete"):
			b.verb = strings.ToUpper(l.fn.name)
			b.tables = append(b.tables, c.goquTables(l.args[0], l.ctx)...)
		case l.fn.recv == "SelectDataset" && len(l.args) == 0 &&
			(l.fn.name == "Insert" || l.fn.name == "Update" || l.fn.name == "Delete"):
			b.verb = strings.ToUpper(l.fn.name)
		case l.fn.name == "From" && (l.fn.recv == "SelectDataset" || l.fn.recv == "" || l.fn.recv == "Database" || l.fn.recv == "TxDatabase" || l.fn.recv == "DialectWrapper"):
			for _, a := range l.args {
				from = append(from, c.goquTables(a, l.ctx)...)
			}
		case len(l.args) == 1 && (l.fn.name == "Into" && l.fn.recv == "InsertDataset" ||
			l.fn.name == "Table" && l.fn.recv == "UpdateDataset" || l.fn.name == "From" && l.fn.recv == "DeleteDataset"):
			b.tables = append(b.tables, c.goquTables(l.args[0], l.ctx)...)
		case l.fn.recv == "InsertDataset" && (l.fn.name == "Cols" || l.fn.name == "ColsAppend"):
			for _, a := range l.args {
				if s, ok := c.constant(a, l.ctx); ok {
					b.cols = append(b.cols, s)
				}
			}
		case l.fn.recv == "InsertDataset" && l.fn.name == "Rows" && len(l.args) == 1:
			b.cols = append(b.cols, c.mapLiteralKeys(l.args[0], l.ctx)...)
		}
	}
	if len(b.tables) == 0 {
		b.tables = from
	}
	b.tables = dedupNames(nonEmpty(b.tables))
	return b
}

// goquTables returns the tables a goqu table argument names: a string,
// goqu.T("t"), goqu.I("s.t"), goqu.S("s").Table("t").
func (c *checker) goquTables(e ast.Expr, ctx *resolve.Context) []name {
	if isStringish(c.info.TypeOf(e)) {
		return c.names(e, ctx)
	}
	var out []name
	for _, leaf := range c.r.Resolve(e, ctx).Leaves {
		call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
		if !ok || leaf.Spread || len(call.Args) != 1 {
			continue
		}
		lf := libFuncOf(resolve.Callee(c.info, call))
		switch {
		case lf.path == goquPath && lf.recv == "" && (lf.name == "T" || lf.name == "I"):
			out = append(out, c.names(call.Args[0], leaf.Ctx)...)
		case lf.path == goquExp && lf.name == "Table":
			table := c.names(call.Args[0], leaf.Ctx)
			quals := []name{nil}
			if inner, ok := ast.Unparen(receiver(call)).(*ast.CallExpr); ok && len(inner.Args) == 1 {
				if ilf := libFuncOf(resolve.Callee(c.info, inner)); ilf.path == goquPath && ilf.name == "S" {
					quals = product(c.names(inner.Args[0], leaf.Ctx), []name{text(".")})
				}
			}
			out = append(out, product(quals, table)...)
		}
	}
	return out
}

// nonEmpty drops empty names (sq.Delete("") before From).
func nonEmpty(ns []name) []name {
	out := ns[:0:0]
	for _, n := range ns {
		if len(n) > 0 {
			out = append(out, n)
		}
	}
	return out
}
