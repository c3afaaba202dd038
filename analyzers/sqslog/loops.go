package sqslog

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A loop is a loop over the messages of an SQS batch.
type loop struct {
	node  ast.Node // *ast.RangeStmt or *ast.ForStmt
	body  *ast.BlockStmt
	batch ast.Expr         // the slice of messages
	elem  types.Type       // the message type (events.SQSMessage, types.Message, *sqs.Message)
	fn    *types.Func      // the function declaration it is in (nil at package level)
	ctx   *resolve.Context // fn's summary context
}

// isMessage reports whether t is an SQS message: aws-lambda-go's
// events.SQSMessage, SDK v2's types.Message, SDK v1's sqs.Message, or a
// pointer to one.
func isMessage(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "github.com/aws/aws-lambda-go/events.SQSMessage", awsop.V2Prefix + "sqs/types.Message", awsop.V1Prefix + "sqs.Message":
		return true
	}
	return false
}

// messages returns the message type of a slice (or array) of messages.
func messages(t types.Type) (types.Type, bool) {
	if t == nil {
		return nil, false
	}
	var elem types.Type
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return nil, false
	}
	return elem, isMessage(elem)
}

// asLoop returns the loop over messages a statement is: a range over a
// slice of messages, or a three-clause loop whose condition is i < len(x)
// for such a slice x.
func (c *checker) asLoop(n ast.Node) (loop, bool) {
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.RangeStmt:
		if elem, ok := messages(info.TypeOf(n.X)); ok {
			return loop{node: n, body: n.Body, batch: n.X, elem: elem}, true
		}
	case *ast.ForStmt:
		cond, ok := n.Cond.(*ast.BinaryExpr)
		if !ok || (cond.Op != token.LSS && cond.Op != token.LEQ && cond.Op != token.NEQ) {
			return loop{}, false
		}
		call, ok := ast.Unparen(cond.Y).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return loop{}, false
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "len" {
			return loop{}, false
		} else if _, builtin := info.Uses[id].(*types.Builtin); !builtin {
			return loop{}, false
		}
		if elem, ok := messages(info.TypeOf(call.Args[0])); ok {
			return loop{node: n, body: n.Body, batch: call.Args[0], elem: elem}, true
		}
	}
	return loop{}, false
}

// received reports whether the batch a loop ranges over was received: read
// from events.SQSEvent.Records or a ReceiveMessage output's Messages, handed
// in as a parameter, or returned by another function. A slice the code
// builds itself (a batch of messages to delete or to retry) is not.
func (c *checker) received(l loop) bool {
	set := c.r.Resolve(l.batch, l.ctx)
	for _, u := range set.Unknowns {
		if u.Field != nil && isBatchField(u.Field) {
			return true
		}
	}
	for _, leaf := range set.Leaves {
		if leaf.Zero {
			continue
		}
		if leaf.Param >= 0 {
			return true
		}
		if call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr); ok {
			if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && (tv.IsBuiltin() || tv.IsType()) {
				continue // append, make, a conversion: built here
			}
			return true
		}
	}
	return false
}

// isBatchField reports whether f is events.SQSEvent.Records or the Messages
// of a ReceiveMessage output of either SDK.
func isBatchField(f *types.Var) bool {
	if f.Pkg() == nil {
		return false
	}
	switch f.Pkg().Path() + "." + f.Name() {
	case "github.com/aws/aws-lambda-go/events.Records", awsop.V2Prefix + "sqs.Messages", awsop.V1Prefix + "sqs.Messages":
		_, ok := messages(f.Type())
		return ok
	}
	return false
}
