package runpaths

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/partition"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	pass     *analysis.Pass
	opts     *Options
	r        *resolve.Resolver
	ev       *strval.Evaluator
	setters  *resolve.Setters
	rep      *suppress.Reporter
	reported map[reportKey]bool

	// The package's calls, callees first (walk.Func is the function whose
	// calls are being checked, walk.Ctx its summary context), and the
	// writes each function of the package leaves to its callers.
	walk     *callorder.Walk
	forwards map[*types.Func][]Forward
}

type reportKey struct {
	pos token.Pos
	msg string
}

func newChecker(pass *analysis.Pass, o *Options, rep *suppress.Reporter) *checker {
	r := resolve.New(pass)
	c := &checker{
		pass:     pass,
		opts:     o,
		r:        r,
		ev:       strval.New(r),
		setters:  resolve.NewSetters(r),
		rep:      rep,
		reported: make(map[reportKey]bool),
		walk:     new(callorder.Walk),
		forwards: make(map[*types.Func][]Forward),
	}
	c.ev.Import = func(fn *types.Func) ([]strval.Saved, bool) {
		var f KeysFact
		if !pass.ImportObjectFact(fn, &f) {
			return nil, false
		}
		return f.Templates, true
	}
	return c
}

func (c *checker) report(at ast.Node, msg string) {
	k := reportKey{at.Pos(), msg}
	if c.reported[k] {
		return // the same key reached from several calls
	}
	c.reported[k] = true
	c.rep.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: msg})
}

// checkPackage checks every S3 write of the package, function by function,
// callees before callers so that wrappers are known when their call sites
// are checked, and records the wrappers in facts.
func (c *checker) checkPackage() {
	c.walk = callorder.New(c.pass, nil)
	c.walk.Run(c.checkSite)
	var writers []string
	for _, fn := range c.walk.Funcs() {
		if fw := c.forwards[fn]; len(fw) > 0 && fn.Exported() {
			c.pass.ExportObjectFact(fn, &ForwardsFact{Forwards: fw})
			writers = append(writers, fn.Name())
		}
	}
	if len(writers) > 0 {
		c.pass.ExportPackageFact(&WritersFact{Funcs: writers})
	}
}

// checkSite checks a call that may write an S3 object: an operation, or a
// function that writes a key or input its caller gives.
func (c *checker) checkSite(call *ast.CallExpr) {
	info := c.pass.TypesInfo
	if w, ok := s3write.Match(info, call); ok {
		c.checkInputs(c.r.Resolve(w.Input, c.walk.Ctx), w.Op, w.Input, nil)
		return
	}
	callee := resolve.Callee(info, call)
	if callee == nil {
		return
	}
	var fws []Forward
	if c.walk.Process(callee) {
		fws = c.forwards[callee]
	} else if callee.Pkg() != c.pass.Pkg {
		var fact ForwardsFact
		if c.pass.ImportObjectFact(callee, &fact) {
			fws = fact.Forwards
		}
	}
	for _, fw := range fws {
		c.checkForwarded(call, callee, fw)
	}
}

// checkForwarded checks the key a call gives a wrapper that writes it.
func (c *checker) checkForwarded(call *ast.CallExpr, callee *types.Func, fw Forward) {
	op, ok := s3write.OpNamed(fw.Op)
	if !ok {
		return
	}
	if fw.Input >= 0 {
		if arg := payload.Argument(c.pass.TypesInfo, call, fw.Input); arg != nil {
			c.checkInputs(c.r.Resolve(arg, c.walk.Ctx), op, arg, callee)
		}
		return
	}
	var at ast.Node = call
	if p, ok := s3write.FirstParam(fw.Key); ok {
		if arg := payload.Argument(c.pass.TypesInfo, call, p); arg != nil {
			at = arg
		}
	}
	c.checkKeys(c.ev.Bind(fw.Key, callee, call, c.walk.Ctx), op, at, callee)
}

// checkInputs checks the keys of the inputs of one write; at is where a
// "cannot verify" about the inputs themselves is reported, via the wrapper
// they are passed to, if any.
func (c *checker) checkInputs(inputs resolve.Set, op awsop.Op, at ast.Expr, via *types.Func) {
	for _, in := range inputs.Leaves {
		switch {
		case in.Param >= 0 && !in.Spread:
			c.forward(Forward{Op: op.Name, Input: in.Param}) // the callers build it
		case in.Spread:
			c.cannotVerify(at, op, via, "", c.r.Describe(in))
		default:
			keys := c.setters.Field(resolve.Set{Leaves: []resolve.Leaf{in}}, "Key")
			c.checkKeys(c.ev.EvalSet(keys), op, s3write.FieldAt(in, "Key", keys), via)
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
				c.report(at, fmt.Sprintf("partitioned S3 key %q has no %s= segment (%s)", t.String(), c.opts.Segment, s3write.WrittenBy(op, via)))
			}
		case forwarded:
			fwd = append(fwd, t)
		case cannotTell:
			c.cannotVerify(at, op, via, t.String(), what)
		}
	}
	if len(fwd) > 0 {
		c.forward(Forward{Op: op.Name, Input: -1, Key: strval.Save(fwd)})
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
	params := false
	for _, i := range k.Free {
		p := t[i]
		switch {
		case !c.mayHoldSegments(t, i):
			// A value: a table or file name.
		case p.Leaf != nil && p.Leaf.Param >= 0 && !p.Leaf.Spread:
			params = true
		default:
			return cannotTell, c.describeHole(p)
		}
	}
	switch {
	case params:
		return forwarded, ""
	case c.opts.Keys.MatchString(t.String()):
		return lacks, ""
	}
	return complies, ""
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
		return c.r.Describe(*p.Leaf)
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
	c.report(at, fmt.Sprintf("cannot verify that %s has a %s= segment (%s): its partition text comes from %s (strict mode)",
		subject, c.opts.Segment, s3write.WrittenBy(op, via), what))
}

// forward records that the current function leaves a write to its callers.
func (c *checker) forward(f Forward) {
	fn := c.walk.Func
	if fn == nil || f.Input < 0 && len(f.Key) == 0 {
		return // package level, or nothing to give
	}
	for _, g := range c.forwards[fn] {
		if g.equal(f) {
			return
		}
	}
	c.forwards[fn] = append(c.forwards[fn], f)
}
