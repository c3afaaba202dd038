package runtable

import (
	"go/ast"
	"go/types"
)

func (c *checker) bunWrites(call *ast.CallExpr, lf libFunc) ([]write, bool) { return nil, false }

func (c *checker) bunValueWrites(v ast.Expr, op string, create bool) []write { return nil }

var _ types.Type
