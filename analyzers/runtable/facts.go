package runtable

import (
	"go/types"
	"slices"
	"strings"
)

// WritesFact records, for an exported function or method, the tables it
// creates or writes whose names depend on its parameters, so that its
// callers in other packages are checked with the arguments they pass:
// store.Put(ctx, "job_runs", item) is reported at the call.
type WritesFact struct {
	Writes []write
}

// AFact marks WritesFact as an analysis fact.
func (*WritesFact) AFact() {}

func (f *WritesFact) String() string {
	parts := make([]string, len(f.Writes))
	for i, w := range f.Writes {
		parts[i] = w.String()
	}
	return "writes(" + strings.Join(parts, "; ") + ")"
}

// TableNamesFact records the run-table names that an exported function's
// result, package-level variable or struct field may hold, so that other
// packages can judge config.RunsTable() or cfg.RunsTable.
type TableNamesFact struct {
	Names []name
}

// AFact marks TableNamesFact as an analysis fact.
func (*TableNamesFact) AFact() {}

func (f *TableNamesFact) String() string {
	parts := make([]string, len(f.Names))
	for i, n := range f.Names {
		parts[i] = n.String()
	}
	return "tables(" + strings.Join(parts, ", ") + ")"
}

// PackageFact marks a package that exports WritesFacts (Writes) or
// TableNamesFacts (Names), so that a package importing none of the database
// packages is looked at only when one of its imports has such facts.
type PackageFact struct {
	Writes bool
	Names  bool
}

// AFact marks PackageFact as an analysis fact.
func (*PackageFact) AFact() {}

func (f *PackageFact) String() string {
	var kinds []string
	if f.Writes {
		kinds = append(kinds, "writes")
	}
	if f.Names {
		kinds = append(kinds, "names")
	}
	return "runtable(" + strings.Join(kinds, ", ") + ")"
}

// exportFacts exports the facts of the package's exported functions,
// variables and struct fields.
func (c *checker) exportFacts() {
	var pf PackageFact
	for _, fn := range c.walk.Funcs() {
		if !exportable(fn) {
			continue
		}
		if ws := c.factWrites(fn); len(ws) > 0 {
			c.pass.ExportObjectFact(fn, &WritesFact{Writes: ws})
			pf.Writes = true
		}
		sig := fn.Signature()
		if sig.Results().Len() > 0 && isStringish(sig.Results().At(0).Type()) {
			ctx := c.walk.Summary(fn)
			c.walk.Func, c.walk.Ctx = fn, ctx
			// The parameters are whatever callers in other packages pass:
			// unknown, not what the package's own calls pass.
			ns := c.fill(c.evalSet(c.r.Returns(fn, 0, ctx)), fn, true, 0)
			for i := range ns {
				ns[i] = ns[i].withoutParams()
			}
			pf.Names = c.exportNames(fn, ns) || pf.Names
		}
	}
	c.walk.Func, c.walk.Ctx = nil, nil
	scope := c.pass.Pkg.Scope()
	for _, nm := range scope.Names() {
		switch obj := scope.Lookup(nm).(type) {
		case *types.Var:
			if id := c.varDecls[obj]; id != nil && obj.Exported() && isStringish(obj.Type()) {
				pf.Names = c.exportNames(obj, c.fill(c.ev.Eval(id, nil), nil, false, 0)) || pf.Names
			}
		case *types.TypeName:
			st, ok := obj.Type().Underlying().(*types.Struct)
			if !ok || obj.IsAlias() || !obj.Exported() {
				continue
			}
			for f := range st.Fields() {
				if f.Exported() && isStringish(f.Type()) && len(c.stores[f]) > 0 {
					pf.Names = c.exportNames(f, c.fieldValues(f, 0)) || pf.Names
				}
			}
		}
	}
	if pf.Writes || pf.Names {
		c.pass.ExportPackageFact(&pf)
	}
}

// factWrites returns the writes an exported function's fact records: those
// that depend on its parameters and, for a method of generated code, the
// deferred writes of its type.
func (c *checker) factWrites(fn *types.Func) []write {
	ws := slices.Clone(c.writes[fn])
	for _, w := range c.typeWritesOf(fn) {
		if !slices.ContainsFunc(ws, func(o write) bool { return o.key() == w.key() }) {
			ws = append(ws, w)
		}
	}
	return ws
}

// exportNames exports the run-table names among ns as obj's fact.
func (c *checker) exportNames(obj types.Object, ns []name) bool {
	var runs []name
	for _, n := range ns {
		if c.j.isRunTable(n) {
			runs = append(runs, n)
		}
	}
	if len(runs) == 0 {
		return false
	}
	slices.SortFunc(runs, func(a, b name) int { return strings.Compare(a.String(), b.String()) })
	c.pass.ExportObjectFact(obj, &TableNamesFact{Names: runs})
	return true
}

// exportable reports whether facts about fn can be used by other packages:
// an exported function, or an exported method of an exported type.
func exportable(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil {
		return true
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Exported()
}

// withoutParams replaces parameters by unknown parts.
func (n name) withoutParams() name {
	out := make(name, len(n))
	for i, p := range n {
		if p.Kind == paramPart {
			p = part{Kind: holePart}
		}
		out[i] = p
	}
	return out
}
