package runtable

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// ent (entgo.io/ent) generates, for each entity, a package holding the
// table's name (jobrun.Table = "job_runs") and builders whose Save / Exec
// run sqlgraph.CreateNode, BatchCreate, UpdateNode(s) or DeleteNodes with a
// spec made from that name; its migrate package creates every table of
// Tables in Schema.Create. runtable reads those writes in the generated
// files (ast.IsGenerated) but does not report them there, where nobody
// edits: they become facts of the builders' context-taking methods
// (JobRunCreate.Save, Exec, ...) and of Schema.Create, and are reported at
// the application's calls: client.JobRun.Create().SetStatus(s).Save(ctx).

// entSpecs are sqlgraph's write functions, with the verb for messages.
var entSpecs = map[string]string{
	"CreateNode": "INSERT", "BatchCreate": "INSERT", "UpdateNode": "UPDATE", "UpdateNodes": "UPDATE", "DeleteNodes": "DELETE",
}

// entWrites returns the tables a call of ent's generated code writes
// (deferred to the callers of the generated methods), and whether it is
// such a call.
func (c *checker) entWrites(call *ast.CallExpr, lf libFunc) ([]write, bool) {
	switch {
	case lf.path == sqlgraphPath && lf.recv == "" && entSpecs[lf.name] != "":
		if len(call.Args) != 3 {
			return nil, true
		}
		op := "ent " + entSpecs[lf.name]
		spec := c.r.Resolve(call.Args[2], c.walk.Ctx)
		if lf.name == "BatchCreate" {
			spec = c.r.Elems(c.set.Field(spec, "Nodes"))
		}
		var out []write
		for _, n := range c.entSpecTables(spec) {
			out = append(out, write{Op: op, Name: n, Deferred: true})
		}
		return out, true
	case lf.path == entSchema && (lf.recv == "Migrate" || lf.recv == "Atlas") && lf.name == "Create":
		var out []write
		for _, n := range c.entSchemaTables() {
			q, t := splitTableExpr(n)
			out = append(out, write{Op: "ent schema", Create: true, Qual: q, Name: t, Deferred: true})
		}
		return out, true
	}
	return nil, false
}

// entSpecTables returns the tables of sqlgraph specs: the first argument of
// NewCreateSpec / NewUpdateSpec / NewDeleteSpec, or the Table (of Node) of
// a spec literal.
func (c *checker) entSpecTables(spec resolve.Set) []name {
	var out []name
	var lits resolve.Set
	for _, leaf := range spec.Leaves {
		call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
		if !ok || leaf.Spread {
			lits.Leaves = append(lits.Leaves, leaf)
			continue
		}
		lf := libFuncOf(resolve.Callee(c.info, call))
		if lf.path == sqlgraphPath && len(call.Args) > 0 &&
			(lf.name == "NewCreateSpec" || lf.name == "NewUpdateSpec" || lf.name == "NewDeleteSpec") {
			out = append(out, c.names(call.Args[0], leaf.Ctx)...)
		}
	}
	if len(lits.Leaves) > 0 {
		out = append(out, c.setNames(c.set.Field(lits, "Table"))...)
		out = append(out, c.setNames(c.set.Field(c.set.Field(lits, "Node"), "Table"))...)
	}
	return dedupNames(knownNames(out))
}

// knownNames drops names with unknown parts.
func knownNames(ns []name) []name {
	out := ns[:0:0]
	for _, n := range ns {
		if len(n) == 1 && n[0].Kind == textPart {
			out = append(out, n)
		}
	}
	return out
}

// entSchemaTables returns the names of the tables that the package-level
// []*schema.Table variables of the package (ent's migrate.Tables) hold.
func (c *checker) entSchemaTables() []name {
	var out []name
	scope := c.pass.Pkg.Scope()
	for _, nm := range scope.Names() {
		v, ok := scope.Lookup(nm).(*types.Var)
		if !ok {
			continue
		}
		s, ok := types.Unalias(v.Type()).(*types.Slice)
		if !ok || !isNamed(s.Elem(), entSchema, "Table") {
			continue
		}
		id := c.varDecls[v]
		if id == nil {
			continue
		}
		tables := c.r.Elems(c.r.Resolve(id, nil))
		out = append(out, c.setNames(c.set.Field(tables, "Name"))...)
	}
	return dedupNames(knownNames(out))
}

// inGenerated reports whether fn is declared in a generated file.
func (c *checker) inGenerated(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if c.generated == nil {
		c.generated = make(map[*token.File]bool)
		for _, f := range c.pass.Files {
			if tf := c.pass.Fset.File(f.FileStart); tf != nil {
				c.generated[tf] = ast.IsGenerated(f)
			}
		}
	}
	return c.generated[c.pass.Fset.File(fn.Pos())]
}

// deferWrite records a write of generated code for the function being
// checked and for its receiver's type, whose context-taking methods carry
// it (see exportTypeWrites).
func (c *checker) deferWrite(w write) {
	c.record(w)
	fn := c.walk.Func
	if fn == nil {
		return
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil {
			tn := n.Obj()
			for _, old := range c.typeWrites[tn] {
				if old.key() == w.key() {
					return
				}
			}
			c.typeWrites[tn] = append(c.typeWrites[tn], w)
		}
	}
}

// typeWritesOf returns the deferred writes a method of generated code
// carries for its type: those of the type's methods, for an exported
// method that takes a context.Context (Save, SaveX, Exec, ExecX).
func (c *checker) typeWritesOf(fn *types.Func) []write {
	sig := fn.Signature()
	if sig.Recv() == nil || !c.inGenerated(fn) {
		return nil
	}
	n := namedOf(sig.Recv().Type())
	if n == nil {
		return nil
	}
	for v := range sig.Params().Variables() {
		if isNamed(v.Type(), "context", "Context") {
			return c.typeWrites[n.Obj()]
		}
	}
	return nil
}
