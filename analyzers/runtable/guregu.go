package runtable

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// guregu/dynamo (github.com/guregu/dynamo v1 and v2): a write is
// Table.Put(item), Table.Update(...), Table.Delete(...), a batch's Put and
// Delete (BatchWrite, also PutIn / DeleteIn with their table) and
// DB.CreateTable(name, from). The table is the name given to DB.Table,
// followed from the Table value through variables, struct fields and
// helpers; the attributes are the fields of the item's (or CreateTable's
// model's) type, named by their dynamo tags.

// guregu reports whether lf belongs to either major version.
func isGuregu(lf libFunc) bool { return lf.path == guregu1Path || lf.path == guregu2Path }

// gureguWrites returns the tables a call of guregu/dynamo writes, and
// whether it is one of its writes.
func (c *checker) gureguWrites(call *ast.CallExpr, lf libFunc) ([]write, bool) {
	op := "guregu/dynamo " + lf.name
	var tables []name
	var cols []string
	create := false
	switch {
	case lf.recv == "Table" && (lf.name == "Put" || lf.name == "Update" || lf.name == "Delete"):
		tables = c.dynamoTables(receiver(call))
		if lf.name == "Put" && len(call.Args) == 1 {
			cols = c.itemAttributes(call.Args[0])
		}
	case lf.recv == "DB" && lf.name == "CreateTable" && len(call.Args) == 2:
		tables = c.names(call.Args[0], c.walk.Ctx)
		cols = c.itemAttributes(call.Args[1])
		create = true
	case lf.recv == "BatchWrite" && (lf.name == "Put" || lf.name == "Delete"):
		tables = c.dynamoTables(receiver(call))
		if lf.name == "Put" && len(call.Args) == 1 && !call.Ellipsis.IsValid() {
			cols = c.itemAttributes(call.Args[0])
		}
	case lf.recv == "BatchWrite" && (lf.name == "PutIn" || lf.name == "DeleteIn" || lf.name == "DeleteInRange") && len(call.Args) > 0:
		tables = c.dynamoTables(call.Args[0])
	default:
		return nil, false
	}
	out := make([]write, 0, len(tables))
	for _, t := range tables {
		out = append(out, write{Op: op, Create: create, Name: t, Cols: cols})
	}
	return out, true
}

// dynamoTables returns the names of the tables a guregu/dynamo value (a
// Table, a Batch, a BatchWrite) was made for.
func (c *checker) dynamoTables(x ast.Expr) []name {
	var out []name
	for _, l := range c.chainOf(x, c.walk.Ctx, isGuregu).links {
		if l.fn.recv == "DB" && l.fn.name == "Table" && len(l.args) == 1 {
			out = append(out, c.names(l.args[0], l.ctx)...)
		}
	}
	return dedupNames(out)
}

// itemAttributes returns the attributes of a DynamoDB item: the fields of a
// struct (named by their dynamo, or dynamodbav, tags), the keys of a map
// literal; nil when unknown.
func (c *checker) itemAttributes(v ast.Expr) []string {
	if n, ok := resolve.NamedStruct(c.info.TypeOf(v)); ok {
		return structAttributes(n, "dynamo", "dynamodbav")
	}
	return c.mapLiteralKeys(v, c.walk.Ctx)
}

// structAttributes returns the names under which a struct's exported
// fields are stored, by the first of the tag keys present (a name before
// the first comma; "-" skips the field), embedded structs inlined.
func structAttributes(n *types.Named, keys ...string) []string {
	return fieldColumns(n, func(f *types.Var, tag reflect.StructTag) (string, bool) {
		var t string
		for _, k := range keys {
			if v, ok := tag.Lookup(k); ok {
				t = v
				break
			}
		}
		name, _, _ := strings.Cut(t, ",")
		switch {
		case name == "-" || !f.Exported() && !f.Embedded():
			return "", false
		case f.Embedded() && name == "":
			return "", true
		case name == "":
			return f.Name(), false
		}
		return name, false
	})
}
