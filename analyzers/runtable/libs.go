package runtable

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Import paths of the ORMs, query builders and DynamoDB helpers whose
// writes runtable knows. Their APIs are recognised by the package path and
// name of a method's receiver type (or a function's package), never by the
// spelling of the code that calls them.
const (
	gormPath     = "gorm.io/gorm"
	gormSchema   = "gorm.io/gorm/schema"
	bunPath      = "github.com/uptrace/bun"
	squirrelPath = "github.com/Masterminds/squirrel"
	goquPath     = "github.com/doug-martin/goqu/v9"
	goquExec     = "github.com/doug-martin/goqu/v9/exec"
	guregu1Path  = "github.com/guregu/dynamo"
	guregu2Path  = "github.com/guregu/dynamo/v2"
	sqlgraphPath = "entgo.io/ent/dialect/sql/sqlgraph"
	entSchema    = "entgo.io/ent/dialect/sql/schema"
)

// libraryModules are the modules of those libraries, whose own packages are
// never analysed.
var libraryModules = []string{"gorm.io", bunPath, squirrelPath, "github.com/doug-martin/goqu", guregu1Path, "entgo.io/ent"}

// A libFunc is a function or method of a library: the package path, the
// name of the receiver's named type ("" for a function) and the name.
type libFunc struct {
	path, recv, name string
}

// libFuncOf describes fn for matching.
func libFuncOf(fn *types.Func) libFunc {
	if fn == nil || fn.Pkg() == nil {
		return libFunc{}
	}
	lf := libFunc{path: fn.Pkg().Path(), name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil {
			lf.recv = n.Obj().Name()
		}
	}
	return lf
}

// namedOf returns the named type t is or points to.
func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// isNamed reports whether t is (a pointer to) the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// libWrites returns the tables a call of one of the libraries creates or
// writes, and whether it is such a call.
func (c *checker) libWrites(call *ast.CallExpr) ([]write, bool) {
	fn := resolve.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil || resolve.IsMethodExpr(c.info, call) {
		return nil, false
	}
	lf := libFuncOf(fn)
	switch lf.path {
	case gormPath:
		return c.gormWrites(call, lf)
	case bunPath:
		return c.bunWrites(call, lf)
	case squirrelPath, goquExec:
		return c.builderWrites(call, lf)
	case guregu1Path, guregu2Path:
		return c.gureguWrites(call, lf)
	case sqlgraphPath, entSchema:
		return c.entWrites(call, lf)
	}
	return nil, false
}

// A link is a call of a library that helped build a value: db.Table("x")
// in db.Table("x").Create(&r).
type link struct {
	call *ast.CallExpr
	fn   libFunc
	args []ast.Expr
	ctx  *resolve.Context
}

// maxLinks bounds the calls one chain collects.
const maxLinks = 64

// A chain is what built a library value: the calls of the library that
// made it, and the parameters of the current function it came from (a
// helper given the value by its caller).
type chain struct {
	links  []link
	params []int
}

// chainOf follows the value of x back through the calls of the library
// (lib reports whether a function belongs to it) that built it: receivers
// of its methods, variables, helpers of the package and the values stored
// into struct fields of the package.
func (c *checker) chainOf(x ast.Expr, ctx *resolve.Context, lib func(libFunc) bool) chain {
	return c.chainFrom(c.r.Resolve(x, ctx), c.selectedField(x), lib)
}

// chainOfSet is chainOf for the values of a resolved set.
func (c *checker) chainOfSet(start resolve.Set, lib func(libFunc) bool) chain {
	return c.chainFrom(start, nil, lib)
}

func (c *checker) chainFrom(start resolve.Set, startField *types.Var, lib func(libFunc) bool) chain {
	var ch chain
	seen := make(map[ast.Expr]bool)
	var walk func(set resolve.Set, field *types.Var, depth int)
	follow := func(x ast.Expr, ctx *resolve.Context, depth int) {
		if depth > maxDepth+4 || len(ch.links) >= maxLinks || seen[x] {
			return
		}
		seen[x] = true
		walk(c.r.Resolve(x, ctx), c.selectedField(x), depth)
	}
	walk = func(set resolve.Set, field *types.Var, depth int) {
		for _, leaf := range set.Leaves {
			if leaf.Param >= 0 && !leaf.Spread {
				ch.params = append(ch.params, leaf.Param)
				continue
			}
			call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
			if !ok || leaf.Spread || leaf.Zero || resolve.IsMethodExpr(c.info, call) {
				continue
			}
			lf := libFuncOf(resolve.Callee(c.info, call))
			if !lib(lf) {
				continue
			}
			ch.links = append(ch.links, link{call: call, fn: lf, args: call.Args, ctx: leaf.Ctx})
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && lf.recv != "" {
				follow(sel.X, leaf.Ctx, depth+1)
			}
		}
		for _, u := range set.Unknowns {
			f := field // x.f: the field whose value the resolver could not follow
			if f == nil {
				f = c.fieldAt(u.Pos)
			}
			if f == nil || f.Pkg() != c.pass.Pkg {
				continue
			}
			for _, st := range c.stores[f] {
				if st.result == 0 {
					follow(st.expr, c.walk.Summary(st.fn), depth+1)
				}
			}
		}
	}
	walk(start, startField, 0)
	return ch
}

// selectedField returns the field x selects (x is s.f), if any.
func (c *checker) selectedField(x ast.Expr) *types.Var {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s := c.info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
		f, _ := s.Obj().(*types.Var)
		return f
	}
	return nil
}

// receiver returns the receiver expression of a method call.
func receiver(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// inPackages returns a test for functions of the given packages.
func inPackages(paths ...string) func(libFunc) bool {
	return func(lf libFunc) bool {
		for _, p := range paths {
			if lf.path == p {
				return true
			}
		}
		return false
	}
}

// isLibraryPackage reports whether path belongs to one of the libraries.
func isLibraryPackage(path string) bool {
	for _, m := range libraryModules {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}

// tableArg returns the names a table argument may hold: a name in the form
// "schema.table alias" or "table AS alias" keeps only the table's name,
// split into its qualifier and itself.
func splitTableExpr(n name) (qual, table name) {
	// The alias: text after the first space of the last text part.
	out := make(name, 0, len(n))
	for _, p := range n {
		if p.Kind == textPart {
			if i := strings.IndexAny(p.Text, " \t\n"); i >= 0 {
				if t := p.Text[:i]; t != "" {
					out = append(out, part{Kind: textPart, Text: t})
				}
				break
			}
		}
		out = append(out, p)
	}
	// The qualifier: text up to the last dot of the last text part.
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Kind != textPart {
			continue
		}
		if j := strings.LastIndexByte(out[i].Text, '.'); j >= 0 {
			qual = concat(out[:i], text(out[i].Text[:j+1]))
			table = concat(text(out[i].Text[j+1:]), out[i+1:])
			return qual, unquoteName(table)
		}
	}
	return nil, unquoteName(out)
}

// unquoteName removes the quotes around a known name: "job_runs", `x`.
func unquoteName(n name) name {
	if len(n) != 1 || n[0].Kind != textPart {
		return n
	}
	s := n[0].Text
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '`' && s[len(s)-1] == '`') {
		return text(s[1 : len(s)-1])
	}
	return n
}
