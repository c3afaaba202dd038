package snscorrelation

import (
	"encoding/json"
	"go/ast"

	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Messages published with MessageStructure "json": a JSON object with a
// message per protocol, whose "default" message is the one every
// subscriber without its own gets.

// defaultNames returns the fields of the "default" message of a message
// published with MessageStructure "json".
func (c *checker) defaultNames(l resolve.Leaf) fields {
	var n fields
	switch {
	case l.Zero:
		return n
	case l.Param >= 0 && !l.Spread:
		c.p.Slot(&n, l, fwdEnvelope)
		return n
	}
	if s, ok := resolve.StringConstant(c.pass.TypesInfo, l); ok {
		if def, ok := jsonDefault(s); ok {
			for _, k := range payload.TextKeys(def) {
				n.Add(k)
			}
		} else {
			n.Unknown(l.Expr.Pos(), `a JSON message structure without a "default" message`)
		}
		return n
	}
	call, ok := l.Expr.(*ast.CallExpr)
	if !ok || l.Result != 0 || !payload.IsJSONMarshal(resolve.Callee(c.pass.TypesInfo, call)) || len(call.Args) == 0 {
		n.Unknown(l.Expr.Pos(), "a JSON message structure that cannot be read")
		return n
	}
	arg := call.Args[0]
	vals := c.r.Resolve(arg, l.Ctx)
	n.Unknowns = append(n.Unknowns, vals.Unknowns...)
	found := false
	for _, v := range vals.Leaves {
		if v.Zero {
			continue
		}
		t := c.pass.TypesInfo.TypeOf(v.Expr)
		switch {
		case payload.IsMapType(t):
			entries, rest := c.p.Maps().Entries(resolve.Set{Leaves: []resolve.Leaf{v}})
			n.Unknowns = append(n.Unknowns, rest.Unknowns...)
			for _, r := range rest.Leaves {
				n.Unknown(r.Expr.Pos(), c.p.Describe(r))
			}
			for _, e := range entries {
				keys := c.r.Resolve(e.Key, e.Ctx)
				for _, k := range keys.Leaves {
					if s, ok := resolve.StringConstant(c.pass.TypesInfo, k); ok && s == "default" && e.Value != nil {
						found = true
						n.Merge(c.p.MessageSet(resolve.Set{Leaves: c.r.Resolve(e.Value, e.Ctx).Leaves}))
					}
				}
			}
		case payload.JSONField(t, "default") != "":
			found = true
			n.Merge(c.p.MessageSet(c.r.Field(resolve.Set{Leaves: []resolve.Leaf{v}}, payload.JSONField(t, "default"))))
		default:
			n.Unknown(v.Expr.Pos(), "a JSON message structure that cannot be read")
		}
	}
	if !found && len(n.Unknowns) == 0 {
		n.Unknown(arg.Pos(), `a JSON message structure without a "default" message`)
	}
	return n
}

// jsonDefault returns the "default" message of a JSON message structure
// (MessageStructure "json"): the string value of the top-level key
// "default".
func jsonDefault(s string) (string, bool) {
	var envelope map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &envelope); err != nil {
		return "", false
	}
	raw, ok := envelope["default"]
	if !ok {
		return "", false
	}
	var def string
	if err := json.Unmarshal(raw, &def); err != nil {
		return "", false
	}
	return def, true
}
