package runtable

import (
	"go/ast"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

func dynamoOp(name string) awsop.Op { return awsop.Op{Service: "dynamodb", Name: name} }

// sdkItemAttributes returns the attributes of a PutItem's Item: the keys of
// a map literal (with entries assigned later), or the fields of the struct
// given to attributevalue.MarshalMap (dynamodbav tags); nil when unknown.
func (c *checker) sdkItemAttributes(item resolve.Set) []string {
	if len(item.Leaves) == 0 || !item.Complete() {
		return nil
	}
	var attrs []string
	var lits resolve.Set
	for _, leaf := range item.Leaves {
		call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
		if !ok || leaf.Spread || leaf.Zero {
			lits.Leaves = append(lits.Leaves, leaf)
			continue
		}
		fn := resolve.Callee(c.info, call)
		if fn == nil || fn.Pkg() == nil || fn.Name() != "MarshalMap" || len(call.Args) != 1 ||
			!strings.HasSuffix(fn.Pkg().Path(), "/dynamodb/attributevalue") && !strings.HasSuffix(fn.Pkg().Path(), "/dynamodb/dynamodbattribute") {
			return nil
		}
		n, ok := resolve.NamedStruct(c.info.TypeOf(call.Args[0]))
		if !ok {
			return nil
		}
		attrs = append(attrs, structAttributes(n, "dynamodbav", "json")...)
	}
	if len(lits.Leaves) > 0 {
		entries, rest := c.maps.Entries(lits)
		if len(rest.Leaves) > 0 || !rest.Complete() {
			return nil
		}
		for _, e := range entries {
			k, ok := c.constant(e.Key, e.Ctx)
			if !ok {
				return nil
			}
			attrs = append(attrs, k)
		}
	}
	return attrs
}

// dynamoWrites matches the DynamoDB operations that create or write a table,
// in both SDKs.
var dynamoWrites = awsop.NewMatcher(
	dynamoOp("CreateTable"), dynamoOp("PutItem"), dynamoOp("UpdateItem"), dynamoOp("DeleteItem"),
	dynamoOp("BatchWriteItem"), dynamoOp("TransactWriteItems"),
	dynamoOp("ExecuteStatement"), dynamoOp("BatchExecuteStatement"), dynamoOp("ExecuteTransaction"),
)

// transactParts are the members of a TransactWriteItem that name a table.
var transactParts = []string{"Put", "Update", "Delete", "ConditionCheck"}

// partiQLWrites are the PartiQL statements that write a table.
var partiQLWrites = map[string]bool{"INSERT": true, "UPDATE": true, "DELETE": true}

// directWrites returns the tables a call writes itself, and whether it is
// a write operation at all: a DynamoDB operation or a SQL statement run
// through a database driver.
func (c *checker) directWrites(call *ast.CallExpr) ([]write, bool) {
	if m, ok := dynamoWrites.Match(c.info, call); ok {
		return c.dynamoWrites(m), true
	}
	return c.sqlWrites(call)
}

func (c *checker) dynamoWrites(m awsop.Call) []write {
	return c.dynamoInputWrites(m.Op.Name, c.r.Resolve(m.Input, c.walk.Ctx))
}

// dynamoInputWrites returns the tables written by the DynamoDB operation
// opName with the given input. An input that is a parameter of the current
// function is a write its callers settle (a helper that sends the input it
// is given).
func (c *checker) dynamoInputWrites(opName string, input resolve.Set) []write {
	op := "DynamoDB " + opName
	var out []write
	for _, l := range input.Leaves {
		if l.Param >= 0 && !l.Spread {
			out = append(out, write{Op: op, Forward: true, Param: l.Param, DynamoOp: opName})
		}
	}
	tables := func(names []name, create bool) {
		for _, n := range names {
			out = append(out, write{Op: op, Create: create, Name: n})
		}
	}
	statements := func(s resolve.Set) {
		for _, stmt := range c.setNames(s) {
			out = append(out, c.statementWrites(stmt, op, partiQLWrites)...)
		}
	}
	switch opName {
	case "CreateTable":
		tables(c.setNames(c.set.Field(input, "TableName")), true)
	case "PutItem":
		cols := c.sdkItemAttributes(c.set.Field(input, "Item"))
		for _, n := range c.setNames(c.set.Field(input, "TableName")) {
			out = append(out, write{Op: op, Name: n, Cols: cols})
		}
	case "UpdateItem", "DeleteItem":
		tables(c.setNames(c.set.Field(input, "TableName")), false)
	case "BatchWriteItem":
		entries, _ := c.maps.Entries(c.set.Field(input, "RequestItems"))
		for _, e := range entries {
			tables(c.names(e.Key, e.Ctx), false)
		}
	case "TransactWriteItems":
		items := c.r.Elems(c.set.Field(input, "TransactItems"))
		for _, part := range transactParts {
			tables(c.setNames(c.set.Field(c.set.Field(items, part), "TableName")), false)
		}
	case "ExecuteStatement":
		statements(c.set.Field(input, "Statement"))
	case "BatchExecuteStatement":
		statements(c.set.Field(c.r.Elems(c.set.Field(input, "Statements")), "Statement"))
	case "ExecuteTransaction":
		statements(c.set.Field(c.r.Elems(c.set.Field(input, "TransactStatements")), "Statement"))
	}
	return out
}
