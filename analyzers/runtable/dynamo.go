package runtable

import (
	"go/ast"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

func dynamoOp(name string) awsop.Op { return awsop.Op{Service: "dynamodb", Name: name} }

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
	case "PutItem", "UpdateItem", "DeleteItem":
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
