package runpaths

import (
	"go/ast"
	"go/constant"
	"go/token"
	"regexp"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// Parts of a key that cannot be followed. A key is mostly built from values
// the analyzer cannot see (a table name in a struct field, a day from the
// event), and most of them are plain names: "curated/" + cfg.Table +
// "/dt=" + day + "/part-0.parquet" has no run_id= segment whatever the table
// is called. A part that may itself hold partition segments is one that
// stands for a location: the whole key, or a value named like a prefix or a
// path (cfg.OutputPrefix, os.Getenv("OUTPUT_PREFIX"), dir), or like a run
// identifier. Only those make a key's partition text "cannot be followed".

// pathName matches, against naming.Snake of a name, the names of values
// that may hold whole segments of a key.
var pathName = regexp.MustCompile(`(^|_)(prefix|prefixes|path|paths|dir|dirs|directory|folder|location|loc|uri|url|key|keys|root|base|dest|destination|target|output|outputs|partition|partitions|layout)(_|$)`)

// mayHoldSegments reports whether the free hole i of t may hold partition
// segments of its own.
func (c *checker) mayHoldSegments(t strval.Template, i int) bool {
	if len(t) == 1 {
		return true // the whole key
	}
	name, ok := c.holeName(t[i])
	if !ok {
		return true // nothing says what it is
	}
	snake := naming.Snake(name)
	return pathName.MatchString(snake) || naming.RunIDPattern.MatchString(snake)
}

// holeName returns the name of the value that fills a hole: a variable,
// field or parameter, the function whose result it is, the variable an
// os.Getenv reads.
func (c *checker) holeName(p strval.Part) (string, bool) {
	var e ast.Expr
	switch {
	case p.Leaf != nil:
		e = p.Leaf.Expr
	case p.Unknown != nil && p.Unknown.Pos.IsValid():
		e = c.exprAt(p.Unknown.Pos)
	}
	if e == nil {
		return "", false
	}
	return c.exprName(e)
}

// exprName names an expression: x, s.Field, f(...), m["key"],
// os.Getenv("NAME"); path.Base and filepath.Base name one segment: "".
func (c *checker) exprName(e ast.Expr) (string, bool) {
	info := c.Pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x.Name, true
	case *ast.SelectorExpr:
		return x.Sel.Name, true
	case *ast.StarExpr:
		return c.exprName(x.X)
	case *ast.IndexExpr:
		if tv, ok := info.Types[x.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		return c.exprName(x.X)
	case *ast.CallExpr:
		fn := resolve.Callee(info, x)
		if fn == nil {
			return "", false
		}
		if fn.Pkg() != nil && (fn.Pkg().Path() == "path" || fn.Pkg().Path() == "path/filepath") && (fn.Name() == "Base" || fn.Name() == "Ext") {
			return "", true // one segment: a file name
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "os" && (fn.Name() == "Getenv" || fn.Name() == "LookupEnv") && len(x.Args) == 1 {
			if tv, ok := info.Types[x.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				return constant.StringVal(tv.Value), true
			}
			return "", false
		}
		return fn.Name(), true
	}
	return "", false
}

// exprAt returns the expression that starts at pos in the package's
// syntax, as the resolver reports an unknown there: the whole selector,
// call or index expression whose first operand is at pos.
func (c *checker) exprAt(pos token.Pos) ast.Expr {
	for _, f := range c.Pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, pos, pos)
		if len(path) == 0 {
			return nil
		}
		cur, ok := path[0].(ast.Expr)
		if !ok {
			return nil
		}
		for _, n := range path[1:] {
			var operand ast.Expr // the operand of n that starts it
			switch p := n.(type) {
			case *ast.SelectorExpr:
				operand = p.X
			case *ast.CallExpr:
				operand = p.Fun
			case *ast.IndexExpr:
				operand = p.X
			case *ast.StarExpr:
				operand = p.X
			case *ast.ParenExpr:
				operand = p.X
			}
			if operand == nil || operand != cur {
				return cur
			}
			cur, _ = n.(ast.Expr)
		}
		return cur
	}
	return nil
}
