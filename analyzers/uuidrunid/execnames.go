package uuidrunid

import (
	"go/ast"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
)

// Step Functions execution names. The run id is the execution name; a team
// that names its executions with a UUID (StartExecution with Name:
// aws.String(uuid.NewString())) uses what AWS uses, and so does the run id
// it takes from that name:
//
//	name := uuid.NewString()
//	c.StartExecution(ctx, &sfn.StartExecutionInput{Name: aws.String(name), ...})
//	runID := name // the execution name
//
// A generator call whose value becomes (part of) the name of an execution
// started in the package is not reported where its value is a run id.

var startExecution = awsop.NewMatcher(
	awsop.Op{Service: "sfn", Name: "StartExecution"},
	awsop.Op{Service: "sfn", Name: "StartSyncExecution"},
)

// execNames returns the generator calls whose value becomes the name of an
// execution started in the package, computed once.
func (c *checker) execNames() map[ast.Expr]bool {
	if c.execs != nil {
		return c.execs
	}
	c.execs = make(map[ast.Expr]bool)
	c.collectAll() // every StartExecution call is collected with the sites
	for _, call := range c.execCalls {
		m, ok := startExecution.Match(c.pass.TypesInfo, call)
		if !ok {
			continue
		}
		w := c.newWalker(true)
		w.all = true
		w.set(c.r().Field(c.r().Resolve(m.Input, nil), "Name"))
		for _, g := range w.res.calls {
			c.execs[g] = true
		}
	}
	return c.execs
}

// execName reports whether every generator call a run identifier's value
// comes from names an execution.
func (c *checker) execName(s site) bool {
	names := c.execNames()
	if len(names) == 0 {
		return false
	}
	w := c.newWalker(false)
	w.all = true
	w.walkSite(s, nil)
	for _, g := range w.res.calls {
		if !names[g] {
			return false
		}
	}
	return len(w.res.calls) > 0
}
