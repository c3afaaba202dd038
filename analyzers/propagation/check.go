package propagation

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// A target is where the identifiers are handed over, which decides what is
// required and how keys match.
type target uint8

const (
	glueSDK    target = iota + 1 // Glue StartJobRun Arguments
	lambdaSDK                    // Lambda Invoke Payload
	glueCDK                      // GlueStartJobRun task Arguments
	lambdaCDK                    // LambdaInvoke task Payload
	numTargets = lambdaCDK
)

var targetNames = map[target]string{glueSDK: "glue", lambdaSDK: "lambda", glueCDK: "cdk-glue", lambdaCDK: "cdk-lambda"}

func (t target) String() string { return targetNames[t] }

func (t target) glue() bool { return t == glueSDK || t == glueCDK }

func (t target) cdk() bool { return t == glueCDK || t == lambdaCDK }

// subject names what a finding is about.
func (t target) subject() string {
	switch t {
	case glueSDK:
		return "Glue StartJobRun arguments"
	case lambdaSDK:
		return "Lambda Invoke payload"
	case glueCDK:
		return "GlueStartJobRun task arguments"
	}
	return "LambdaInvoke task payload"
}

// fields is what is known about the keys of arguments or a payload.
type fields = payload.Fields

type checker struct {
	pass     *analysis.Pass
	opts     *Options
	r        *resolve.Resolver
	p        *payload.Extractor
	setters  *resolve.Setters
	rep      *suppress.Reporter
	reported map[reportKey]bool
	scope    *fixes.Scope // in-scope identifiers, for fixes

	// The package's calls, callees first: walk.Func is the function whose
	// calls are being checked (nil outside checkPackage) and walk.Ctx its
	// summary context (its parameters resolve to Param leaves, which its
	// callers check); and what each function of the package forwards.
	walk     *callorder.Walk
	forwards map[*types.Func][]Forward
	site     *callorder.Site // the wrapper call whose arguments are being checked
}

type reportKey struct {
	pos token.Pos
	msg string
}

func newChecker(pass *analysis.Pass, o *Options, rep *suppress.Reporter) *checker {
	r := resolve.New(pass)
	return &checker{
		pass: pass,
		opts: o,
		r:    r,
		// Payload fields count at any depth, so a nested value that cannot
		// be followed may carry them.
		p:        payload.New(pass, r, payload.Options{Helper: payload.HelperFrom[FieldsFact](pass), NestedUnknowns: true}),
		setters:  resolve.NewSetters(r),
		rep:      rep,
		reported: make(map[reportKey]bool),
		scope:    fixes.NewScope(pass.Pkg),
		walk:     new(callorder.Walk),
	}
}

func (c *checker) report(d analysis.Diagnostic) {
	k := reportKey{d.Pos, d.Message}
	if c.reported[k] {
		return // the same value reached from several calls
	}
	c.reported[k] = true
	c.rep.Report(d)
}

// check tests the keys n has against what t requires.
func (c *checker) check(t target, n fields) ([]string, resolve.Verdict) {
	if t.glue() {
		reqs := make([][]string, len(c.opts.GlueArguments))
		for i, a := range c.opts.GlueArguments {
			reqs[i] = []string{a}
		}
		return n.Check(reqs, argKey(t))
	}
	return n.Check(c.opts.LambdaFields, naming.Key)
}

// argKey returns how a Glue argument key is compared for t: exactly, after
// dropping the ".$" a CDK key ends with when its value is a JSON path
// ("--run-key.$": "$$.Execution.Name").
func argKey(t target) func(string) string {
	if t == glueCDK {
		return func(k string) string { return strings.TrimSuffix(k, ".$") }
	}
	return nil
}

// required spells what t requires, for findings.
func (c *checker) required(t target) string {
	if t.glue() {
		return strings.Join(c.opts.GlueArguments, ", ")
	}
	return strings.ReplaceAll(options.JoinAlternatives(c.opts.LambdaFields), ",", ", ")
}

// isRequired reports whether name is one of t's required keys.
func (c *checker) isRequired(t target, name string) bool {
	if t.glue() {
		k := name
		if key := argKey(t); key != nil {
			k = key(name)
		}
		for _, a := range c.opts.GlueArguments {
			if a == k {
				return true
			}
		}
		return false
	}
	for _, alts := range c.opts.LambdaFields {
		for _, a := range alts {
			if naming.Key(a) == naming.Key(name) {
				return true
			}
		}
	}
	return false
}

// settle decides about one value handed to t whose keys are n: it carries
// the required keys, or its missing keys may come from parameters of the
// current function (forwarded to its callers), or it lacks them (reported
// at pos), or it cannot be told (reported in strict mode). callee is the
// wrapper the value was passed to, if any; fix offers the suggested fix for
// missing keys.
func (c *checker) settle(t target, n fields, pos ast.Node, callee *types.Func, fix func([]string) (analysis.SuggestedFix, bool)) {
	n.Slots = payload.Forwardable(c.walk.Func, n.Slots)
	n.Unknowns = c.site.Known(n.Unknowns)
	missing, verdict := c.check(t, n)
	if len(n.Slots) > 0 && len(n.Unknowns) == 0 {
		// The callers decide; a function that adds every key itself is
		// still recorded, so that its callers are not checked as calls of
		// the operation (a decorating client with the operation's shape).
		c.forward(t, n)
		return
	}
	if verdict == resolve.Carries {
		return
	}
	subject := t.subject()
	if callee != nil {
		subject += " passed to " + resolve.QualifiedName(callee)
	}
	switch verdict {
	case resolve.Lacks:
		verb := "lack"
		if !t.glue() {
			verb = "lacks"
		}
		d := analysis.Diagnostic{
			Pos: pos.Pos(), End: pos.End(),
			Message: fmt.Sprintf("%s %s %s (required: %s)", subject, verb, strings.Join(missing, ", "), c.required(t)),
		}
		if fix != nil {
			if f, ok := fix(missing); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{f}
			}
		}
		c.report(d)
	case resolve.CannotTell:
		if c.opts.Strict {
			verb, from := "carry", "they come"
			if !t.glue() {
				verb, from = "carries", "it comes"
			}
			c.report(analysis.Diagnostic{
				Pos: pos.Pos(), End: pos.End(),
				Message: fmt.Sprintf("cannot verify that the %s %s %s: %s from %s (strict mode)",
					subject, verb, strings.Join(missing, ", "), from, n.Unknowns[0].What),
			})
		}
	}
}

// unknown reports, in strict mode, values handed to t that cannot be
// followed at all (an input from another package).
func (c *checker) unknown(t target, at ast.Node, unknowns []resolve.Unknown, callee *types.Func) {
	unknowns = c.site.Known(unknowns)
	if len(unknowns) == 0 || !c.opts.Strict {
		return
	}
	subject := t.subject()
	if callee != nil {
		subject += " passed to " + resolve.QualifiedName(callee)
	}
	from := "they come"
	if !t.glue() {
		from = "it comes"
	}
	c.report(analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(),
		Message: fmt.Sprintf("cannot verify the %s: %s from %s (strict mode)", subject, from, unknowns[0].What),
	})
}

// values drops the zero values of a field that is also given values (a
// literal without Arguments whose Arguments are assigned later): each other
// value is checked on its own, and the zero value stands for none of them.
func values(s resolve.Set) []resolve.Leaf {
	var out []resolve.Leaf
	for _, l := range s.Leaves {
		if !l.Zero {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return s.Leaves
	}
	return out
}

// posOf is where a finding about one of the values vals of field name of
// in is reported: the field in in's literal when it has the only value,
// else the value's source, else in.
func posOf(in resolve.Leaf, name string, vals []resolve.Leaf, v resolve.Leaf) ast.Node {
	if len(vals) == 1 {
		if lit, ok := ast.Unparen(in.Expr).(*ast.CompositeLit); ok && !in.Zero {
			if e := keyed(lit, name); e != nil {
				return e
			}
		}
	}
	if !v.Zero {
		return v.Expr
	}
	return in.Expr
}

// keyed returns the value given for field name in a keyed literal, or nil.
func keyed(lit *ast.CompositeLit, name string) ast.Expr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}
