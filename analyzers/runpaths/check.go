package runpaths

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/partition"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	*s3write.Checker[Forward]
	opts *Options
}

func newChecker(pass *analysis.Pass, o *Options, rep *suppress.Reporter) *checker {
	newKeys := func() s3write.KeysFact { return new(KeysFact) }
	return &checker{Checker: s3write.NewChecker[Forward](pass, rep, newKeys), opts: o}
}

// checkPackage checks every S3 write of the package and records its
// wrappers in facts.
func (c *checker) checkPackage() {
	c.Run(s3write.Hooks[Forward]{
		Write: func(w s3write.Write) {
			c.checkInputs(c.R.Resolve(w.Input, c.Walk.Ctx), w.Op, w.Input, nil)
		},
		Forwarded:    c.checkForwarded,
		ForwardsFact: func() analysis.Fact { return new(ForwardsFact) },
		Forwards: func(f analysis.Fact) []Forward {
			if ff, ok := f.(*ForwardsFact); ok {
				return ff.Forwards
			}
			return nil
		},
		ObjectFact:  func(fws []Forward) analysis.Fact { return &ForwardsFact{Forwards: fws} },
		PackageFact: func(names []string) analysis.Fact { return &WritersFact{s3write.Writers{Funcs: names}} },
	})
}

// checkForwarded checks the key a call gives a wrapper that writes it.
func (c *checker) checkForwarded(call *ast.CallExpr, callee *types.Func, fw Forward) {
	op, ok := s3write.OpNamed(fw.Op)
	if !ok {
		return
	}
	if fw.Input >= 0 {
		if arg := payload.Argument(c.Pass.TypesInfo, call, fw.Input); arg != nil {
			c.checkInputs(c.R.Resolve(arg, c.Walk.Ctx), op, arg, callee)
		}
		return
	}
	var at ast.Node = call
	if p, ok := s3write.FirstParam(fw.Key); ok {
		if arg := payload.Argument(c.Pass.TypesInfo, call, p); arg != nil {
			at = arg
		}
	}
	c.checkKeys(c.Ev.Bind(fw.Key, callee, call, c.Walk.Ctx), op, at, callee)
}

// checkInputs checks the keys of the inputs of one write; at is where a
// "cannot verify" about the inputs themselves is reported, via the wrapper
// they are passed to, if any.
func (c *checker) checkInputs(inputs resolve.Set, op awsop.Op, at ast.Expr, via *types.Func) {
	inputs.Unknowns = c.Known(inputs.Unknowns)
	for _, in := range inputs.Leaves {
		switch {
		case in.Param >= 0 && !in.Spread:
			c.Forward(Forward{Op: op.Name, Input: in.Param}) // the callers build it
		case in.Spread:
			c.cannotVerify(at, op, via, "", c.R.Describe(in))
		default:
			keys := c.Setters.Field(resolve.Set{Leaves: []resolve.Leaf{in}}, "Key")
			keys.Unknowns = c.Known(keys.Unknowns)
			c.checkKeys(c.Ev.EvalSet(keys), op, s3write.FieldAt(in, "Key", keys), via)
		}
	}
	if len(inputs.Unknowns) > 0 {
		c.cannotVerify(at, op, via, "", inputs.Unknowns[0].What)
	}
}

// checkKeys checks the templates a key may be, each on its own: the first
// that lacks the segment is reported at at; templates that depend on
// parameters of the current function are left to its callers.
func (c *checker) checkKeys(keys []strval.Template, op awsop.Op, at ast.Node, via *types.Func) {
	var fwd []strval.Template
	lacked := false
	for _, t := range keys {
		switch v, what := c.judge(t); v {
		case lacks:
			if !lacked {
				lacked = true
				c.Report(at, fmt.Sprintf("partitioned S3 key %q has no %s= segment (%s)", t.String(), c.opts.Segment, s3write.WrittenBy(op, via)))
			}
		case forwarded:
			fwd = append(fwd, t)
		case cannotTell:
			c.cannotVerify(at, op, via, t.String(), what)
		}
	}
	if len(fwd) > 0 {
		c.Forward(Forward{Op: op.Name, Input: -1, Key: strval.Save(fwd)})
	}
}

// A verdict is what one key template says.
type verdict int

const (
	complies   verdict = iota // has the segment, or is out of scope
	lacks                     // in scope and surely without the segment
	forwarded                 // decided by the parameters of the current function
	cannotTell                // partition text that cannot be followed
)

// judge decides about one key template; for cannotTell it also says where
// the text that cannot be followed comes from.
func (c *checker) judge(t strval.Template) (verdict, string) {
	k := partition.Read(t)
	if k.Has(c.opts.Segment) {
		return complies, ""
	}
	// The parts that may hold segments of their own: the key is in scope
	// if it is with them rendered as segments, and what they hold decides.
	var open []int
	for _, i := range k.Free {
		if c.mayHoldSegments(t, i) {
			open = append(open, i)
		}
	}
	if len(open) == 0 {
		if c.opts.Keys.MatchString(t.String()) {
			return lacks, ""
		}
		return complies, ""
	}
	if !c.opts.Keys.MatchString(render(t, open)) {
		return complies, "" // a metadata file or a folder, whatever the parts hold
	}
	for _, i := range open {
		if p := t[i]; p.Leaf == nil || p.Leaf.Param < 0 || p.Leaf.Spread {
			return cannotTell, c.describeHole(p)
		}
	}
	return forwarded, ""
}

// render renders a key template for the scope expression with the holes
// open rendered as segments of their own ("{}={}/{}") and the others as
// "{}".
func render(t strval.Template, open []int) string {
	var b strings.Builder
	for i, p := range t {
		switch {
		case !p.Hole:
			b.WriteString(p.Text)
		case slices.Contains(open, i):
			b.WriteString("{}={}/{}")
		default:
			b.WriteString("{}")
		}
	}
	return b.String()
}

// describeHole says where the text of a hole comes from.
func (c *checker) describeHole(p strval.Part) string {
	switch {
	case p.Unknown != nil && p.Unknown.What != "":
		return p.Unknown.What
	case p.Leaf != nil:
		if id, ok := p.Leaf.Expr.(*ast.Ident); ok && p.Leaf.Param >= 0 {
			return "parameter " + id.Name
		}
		return c.R.Describe(*p.Leaf)
	}
	return "a value too complex to follow"
}

// cannotVerify reports, in strict mode, a key whose partition text cannot
// be followed (key is its template, "" when the input itself is unknown).
func (c *checker) cannotVerify(at ast.Node, op awsop.Op, via *types.Func, key, what string) {
	if !c.opts.Strict {
		return
	}
	subject := "the S3 key"
	if key != "" && key != "{}" {
		subject = fmt.Sprintf("S3 key %q", key)
	}
	c.Report(at, fmt.Sprintf("cannot verify that %s has a %s= segment (%s): its partition text comes from %s (strict mode)",
		subject, c.opts.Segment, s3write.WrittenBy(op, via), what))
}
