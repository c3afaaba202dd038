package runtable

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// gorm (gorm.io/gorm). A write is a method of *gorm.DB that creates, saves,
// updates or deletes rows (Create, CreateInBatches, Save, FirstOrCreate,
// Updates, Update, UpdateColumn(s), Delete), AutoMigrate on the DB or its
// Migrator (which creates the table, as Migrator().CreateTable does), and
// Exec with a statement. The table is the one the chain of calls that built
// the *gorm.DB names with Table(...) (also inside Scopes), else the table of
// the model given to Model(...), else the table of the value written. A
// model's table is its TableName() string method's result, else gorm's
// naming of the type (PipelineRun → pipeline_runs) under the
// NamingStrategy that gorm.Open is given in the package, when that is a
// literal.

// gormRowWrites are the methods of *gorm.DB that write rows, with the index
// of the argument holding the value written (-1: none).
var gormRowWrites = map[string]int{
	"Create": 0, "CreateInBatches": 0, "Save": 0, "FirstOrCreate": 0, "Delete": 0,
	"Updates": 0, "Update": -1, "UpdateColumn": -1, "UpdateColumns": 0,
}

// gormWrites returns the tables a call of gorm writes, and whether the call
// is one of gorm's writes.
func (c *checker) gormWrites(call *ast.CallExpr, lf libFunc) ([]write, bool) {
	switch {
	case lf.path == gormPath && lf.recv == "DB" && lf.name == "Exec" && len(call.Args) > 0:
		stmts := c.names(call.Args[0], c.walk.Ctx)
		out := make([]write, 0, len(stmts))
		for _, stmt := range stmts {
			out = append(out, c.statementWrites(stmt, "gorm Exec", nil)...)
		}
		return out, true
	case lf.path == gormPath && (lf.recv == "DB" || lf.recv == "Migrator") && (lf.name == "AutoMigrate" || lf.name == "CreateTable" && lf.recv == "Migrator"):
		var out []write
		for _, arg := range call.Args {
			out = append(out, c.gormValueWrites(arg, "gorm "+lf.name, true)...)
		}
		return out, true
	case lf.path == gormPath && lf.recv == "DB":
		dest, ok := gormRowWrites[lf.name]
		if !ok {
			return nil, false
		}
		op := "gorm " + lf.name
		ch := c.chainOf(receiver(call), c.walk.Ctx, inPackages(gormPath))
		c.addScopes(&ch)
		var cols []string
		var valueType types.Type
		if dest >= 0 && dest < len(call.Args) {
			valueType = c.info.TypeOf(call.Args[dest])
			cols = c.gormValueColumns(call.Args[dest])
		}
		var out []write
		for _, l := range ch.links {
			if l.fn.name == "Table" && l.fn.recv == "DB" && len(l.args) > 0 {
				for _, n := range c.names(l.args[0], l.ctx) {
					q, t := splitTableExpr(n)
					out = append(out, write{Op: op, Qual: q, Name: t, Cols: cols, Partial: cols != nil && !isStructValue(valueType)})
				}
			}
		}
		if len(out) > 0 {
			return out, true
		}
		for _, l := range ch.links {
			if l.fn.name == "Model" && l.fn.recv == "DB" && len(l.args) > 0 {
				out = append(out, c.gormValueWrites(l.args[0], op, false)...)
			}
		}
		if len(out) > 0 || dest < 0 || dest >= len(call.Args) {
			return out, true
		}
		return c.gormValueWrites(call.Args[dest], op, false), true
	}
	return nil, false
}

// isStructValue reports whether t is a struct, or a pointer, slice or
// array of them: a model whose fields are all the row's columns.
func isStructValue(t types.Type) bool {
	_, ok := resolve.NamedStruct(t)
	return ok
}

// addScopes adds to a chain the calls that the scopes given to its
// Scopes(...) calls make on the *gorm.DB they are handed: func literals,
// functions of the package and functions returned by helpers of the package
// (byTable("job_runs")).
func (c *checker) addScopes(ch *chain) {
	for _, l := range ch.links {
		if l.fn.name != "Scopes" || l.fn.recv != "DB" {
			continue
		}
		for _, arg := range l.args {
			for _, leaf := range c.r.Resolve(arg, l.ctx).Leaves {
				var results []ast.Expr
				switch x := ast.Unparen(leaf.Expr).(type) {
				case *ast.FuncLit:
					ast.Inspect(x.Body, func(n ast.Node) bool {
						if _, ok := n.(*ast.FuncLit); ok {
							return false
						}
						if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) == 1 {
							results = append(results, r.Results[0])
						}
						return true
					})
					for _, r := range results {
						inner := c.chainOf(r, leaf.Ctx, inPackages(gormPath))
						ch.links = append(ch.links, inner.links...)
					}
				case *ast.Ident, *ast.SelectorExpr:
					fn, ok := c.info.Uses[identOf(x)].(*types.Func)
					if !ok || !c.walk.Local(fn) {
						continue
					}
					inner := c.chainOfSet(c.r.Returns(fn, 0, c.walk.Summary(fn)), inPackages(gormPath))
					ch.links = append(ch.links, inner.links...)
				}
			}
		}
	}
}

func identOf(e ast.Expr) *ast.Ident {
	switch x := e.(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// gormValueWrites returns the writes of a model value (or a value whose
// type is the model) to its table. A value that is a parameter of the
// current function whose type names no table (any, a type parameter) is a
// write its callers settle with the type of what they pass.
func (c *checker) gormValueWrites(v ast.Expr, op string, create bool) []write {
	t := c.info.TypeOf(v)
	if st, ok := resolve.NamedStruct(t); ok {
		names := c.gormTableNames(t)
		out := make([]write, 0, len(names))
		for _, n := range names {
			q, tbl := splitTableExpr(n)
			out = append(out, write{Op: op, Create: create, Qual: q, Name: tbl, Cols: gormColumns(st)})
		}
		return out
	}
	for _, leaf := range c.r.Resolve(v, c.walk.Ctx).Leaves {
		if leaf.Param >= 0 && !leaf.Spread {
			return []write{{Op: op, Create: create, Model: "gorm", Param: leaf.Param}}
		}
	}
	return nil
}

// gormValueColumns returns the columns a value written by gorm sets: the
// fields of a model, the keys of a map literal; nil when unknown.
func (c *checker) gormValueColumns(v ast.Expr) []string {
	if st, ok := resolve.NamedStruct(c.info.TypeOf(v)); ok {
		return gormColumns(st)
	}
	return c.mapLiteralKeys(v, c.walk.Ctx)
}

// mapLiteralKeys returns the constant keys of the map literals a value may
// be; nil unless every source is such a literal.
func (c *checker) mapLiteralKeys(v ast.Expr, ctx *resolve.Context) []string {
	set := c.r.Resolve(v, ctx)
	if len(set.Leaves) == 0 || !set.Complete() {
		return nil
	}
	var keys []string
	for _, leaf := range set.Leaves {
		lit, ok := ast.Unparen(leaf.Expr).(*ast.CompositeLit)
		if !ok || leaf.Spread || leaf.Zero {
			return nil
		}
		if _, ok := types.Unalias(c.info.TypeOf(lit)).Underlying().(*types.Map); !ok {
			return nil
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil
			}
			k, ok := c.constant(kv.Key, leaf.Ctx)
			if !ok {
				return nil
			}
			keys = append(keys, k)
		}
	}
	return keys
}

// gormTableNames returns the names of a model's table: its TableName()
// method's results, or gorm's naming of the type under the package's
// naming strategies.
func (c *checker) gormTableNames(t types.Type) []name {
	n, _ := resolve.NamedStruct(t)
	if ns, ok := c.tableNameMethod(n); ok {
		return ns
	}
	var out []name
	for _, s := range c.gormNamings() {
		if !s.known {
			out = append(out, hole())
			continue
		}
		base := gormDBName(n.Obj().Name(), s.NoLowerCase)
		if !s.SingularTable {
			base = plural(base)
		}
		out = append(out, text(s.TablePrefix+base))
	}
	return out
}

// tableNameMethod returns the values of a model's TableName method (value
// or pointer receiver, promoted from an embedded struct too): evaluated when
// it is declared in this package, from its fact otherwise (run tables only:
// another name is unknown). ok is false when the type has no such method.
func (c *checker) tableNameMethod(n *types.Named) ([]name, bool) {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "TableName")
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil, false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isStringish(sig.Results().At(0).Type()) {
		return []name{hole()}, true // TableName(namer) and other forms: unknown
	}
	fn = fn.Origin()
	if c.walk.Local(fn) {
		ctx := c.walk.Summary(fn)
		return c.fill(c.evalSet(c.r.Returns(fn, 0, ctx)), fn, false, 0), true
	}
	var fact TableNamesFact
	if c.pass.ImportObjectFact(fn, &fact) {
		return fact.Names, true
	}
	return []name{hole()}, true
}

// A gormNaming is a schema.NamingStrategy the package gives gorm.Open.
type gormNaming struct {
	known         bool // false: not a literal, or with a NameReplacer
	TablePrefix   string
	SingularTable bool
	NoLowerCase   bool
}

// gormNamings returns the naming strategies of the package's gorm.Open
// calls (gorm's default when there is none), computed once per pass.
func (c *checker) gormNamings() []gormNaming {
	if c.namings != nil {
		return c.namings
	}
	var out []gormNaming
	visit := func(call *ast.CallExpr, fn *types.Func) {
		lf := libFuncOf(resolve.Callee(c.info, call))
		if lf.path != gormPath || lf.recv != "" || lf.name != "Open" {
			return
		}
		for _, opt := range call.Args[min(1, len(call.Args)):] {
			for _, leaf := range c.r.Resolve(opt, c.walk.Summary(fn)).Leaves {
				out = append(out, c.gormNamingOf(leaf))
			}
		}
	}
	for _, fn := range c.walk.Funcs() {
		for _, call := range c.walk.Calls(fn) {
			visit(call, fn)
		}
	}
	for _, call := range c.walk.Outside() {
		visit(call, nil)
	}
	if len(out) == 0 {
		out = []gormNaming{{known: true}}
	}
	c.namings = out
	return out
}

// gormNamingOf reads the NamingStrategy of a gorm.Config literal.
func (c *checker) gormNamingOf(leaf resolve.Leaf) gormNaming {
	lit, ok := ast.Unparen(leaf.Expr).(*ast.CompositeLit)
	if !ok || leaf.Spread || !isNamed(c.info.TypeOf(lit), gormPath, "Config") {
		return gormNaming{} // another gorm.Option, or a config that cannot be read
	}
	st, _ := types.Unalias(c.info.TypeOf(lit)).Underlying().(*types.Struct)
	v := resolve.LiteralField(lit, st, "NamingStrategy")
	if v == nil {
		return gormNaming{known: true}
	}
	set := c.r.Resolve(v, leaf.Ctx)
	if len(set.Leaves) != 1 || !set.Complete() {
		return gormNaming{}
	}
	ns, ok := ast.Unparen(set.Leaves[0].Expr).(*ast.CompositeLit)
	if !ok || !isNamed(c.info.TypeOf(ns), gormSchema, "NamingStrategy") {
		return gormNaming{}
	}
	g := gormNaming{known: true}
	for _, kv := range ns.Elts {
		kve, ok := kv.(*ast.KeyValueExpr)
		if !ok {
			return gormNaming{}
		}
		key, _ := kve.Key.(*ast.Ident)
		tv := c.info.Types[kve.Value]
		switch {
		case key == nil:
			return gormNaming{}
		case key.Name == "TablePrefix":
			s, ok := c.constant(kve.Value, set.Leaves[0].Ctx)
			if !ok {
				return gormNaming{}
			}
			g.TablePrefix = s
		case key.Name == "SingularTable" || key.Name == "NoLowerCase":
			if tv.Value == nil {
				return gormNaming{}
			}
			b := tv.Value.ExactString() == "true"
			if key.Name == "SingularTable" {
				g.SingularTable = b
			} else {
				g.NoLowerCase = b
			}
		case key.Name == "NameReplacer":
			if !tv.IsNil() {
				return gormNaming{}
			}
		}
	}
	return g
}

// gormColumns returns the columns of a gorm model: its exported fields,
// embedded structs' fields inlined, named by a column tag or gorm's naming.
func gormColumns(n *types.Named) []string {
	return fieldColumns(n, func(f *types.Var, tag reflect.StructTag) (string, bool) {
		t := tag.Get("gorm")
		if t == "-" || strings.HasPrefix(t, "-:") || !f.Exported() {
			return "", false
		}
		if f.Embedded() || tagOption(t, "embedded", ";") != "" {
			return "", true
		}
		if col := tagOption(t, "column", ";"); col != "" {
			return col, false
		}
		return gormDBName(f.Name(), false), false
	})
}

// fieldColumns returns the columns (or attributes) a model struct's fields
// map to: column names a field's name and tag give it ("" skips the field),
// or, when inline says so and the field is a struct, its own fields'.
func fieldColumns(n *types.Named, column func(f *types.Var, tag reflect.StructTag) (name string, inline bool)) []string {
	cols := []string{}
	var add func(st *types.Struct, depth int)
	add = func(st *types.Struct, depth int) {
		for i := range st.NumFields() {
			f := st.Field(i)
			name, inline := column(f, reflect.StructTag(st.Tag(i)))
			if inner, ok := types.Unalias(derefType(f.Type())).Underlying().(*types.Struct); ok && inline && depth < 4 {
				add(inner, depth+1)
				continue
			}
			if name != "" {
				cols = append(cols, name)
			}
		}
	}
	if st, ok := n.Underlying().(*types.Struct); ok {
		add(st, 0)
	}
	return cols
}

// tagOption returns the value of key in a tag of key:value options
// separated by sep (gorm: "column:run_id;not null"); "-" for a bare key.
func tagOption(tag, key, sep string) string {
	for _, opt := range strings.Split(tag, sep) {
		k, v, hasValue := strings.Cut(strings.TrimSpace(opt), ":")
		if strings.EqualFold(k, key) {
			if !hasValue {
				return "-"
			}
			return v
		}
	}
	return ""
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
