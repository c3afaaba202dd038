package snscorrelation

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	pass     *analysis.Pass
	opts     *Options
	required [][]string
	r        *resolve.Resolver
	p        *payload.Extractor // the fields of messages
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
	c := &checker{
		pass:     pass,
		opts:     o,
		r:        r,
		p:        payload.New(pass, r, payload.Options{Helper: payload.HelperFrom[FieldsFact](pass)}),
		setters:  resolve.NewSetters(r),
		rep:      rep,
		reported: make(map[reportKey]bool),
		scope:    fixes.NewScope(pass.Pkg),
		walk:     new(callorder.Walk),
	}
	c.required = requiredFields(o)
	return c
}

// requiredFields is the configured list, plus the strict fields in strict
// mode (those not already required under another spelling).
func requiredFields(o *Options) [][]string {
	reqs := copyReqs(o.Fields)
	if !o.Strict {
		return reqs
	}
	have := make(map[string]bool)
	for _, alts := range reqs {
		for _, a := range alts {
			have[naming.Key(a)] = true
		}
	}
next:
	for _, alts := range o.StrictFields {
		for _, a := range alts {
			if have[naming.Key(a)] {
				continue next
			}
		}
		reqs = append(reqs, append([]string(nil), alts...))
	}
	return reqs
}

func (c *checker) requiredText() string {
	parts := make([]string, len(c.required))
	for i, alts := range c.required {
		parts[i] = strings.Join(alts, "|")
	}
	return strings.Join(parts, ", ")
}

func (c *checker) report(d analysis.Diagnostic) {
	k := reportKey{d.Pos, d.Message}
	if c.reported[k] {
		return // the same message reached from several calls
	}
	c.reported[k] = true
	c.rep.Report(d)
}

// checkCall checks every message one Publish or PublishBatch call can send.
func (c *checker) checkCall(call awsop.Call) {
	c.checkInputs(c.r.Resolve(call.Input, c.walk.Ctx), call.Op.Name == "PublishBatch", fields{}, call.Input, call.Op.Name, nil)
}

// checkInputs checks the messages of Publish inputs (of PublishBatch inputs
// when batch is set), each with the fields extra adds; at is where a
// "cannot verify" about the inputs themselves is reported, op the operation
// that publishes them, callee the wrapper they are passed to, if any.
func (c *checker) checkInputs(inputs resolve.Set, batch bool, extra fields, at ast.Expr, op string, callee *types.Func) {
	kind := fwdInput
	if batch {
		kind = fwdBatch
	}
	rest := resolve.Set{Unknowns: inputs.Unknowns}
	for _, l := range inputs.Leaves {
		if l.Param >= 0 && !l.Spread {
			c.forwardStruct(l, kind, extra) // the callers build it
			continue
		}
		rest.Leaves = append(rest.Leaves, l)
	}
	if !batch {
		c.checkEntries(rest, extra, at, "message", op, callee)
		return
	}
	c.checkEntries(c.r.Elems(c.setters.Field(rest, "PublishBatchRequestEntries")), extra, at, "messages", op, callee)
}

// checkEntries checks messages: PublishInputs or PublishBatchRequestEntries.
func (c *checker) checkEntries(entries resolve.Set, extra fields, at ast.Expr, what, op string, callee *types.Func) {
	unknowns := c.site.Known(entries.Unknowns)
	explained := make(map[resolve.Unknown]bool) // reported at a message already
	for _, entry := range entries.Leaves {
		switch {
		case entry.Param >= 0 && entry.Spread && what == "messages":
			c.forwardStruct(entry, fwdEntries, extra)
		case entry.Param >= 0 && !entry.Spread:
			c.forwardStruct(entry, fwdEntry, extra)
		case entry.Spread:
			unknowns = append(unknowns, resolve.Unknown{Pos: entry.Expr.Pos(), What: c.r.Describe(entry)})
		case entry.Zero && c.reassigned(entry):
			// var in sns.PublishInput, later given a whole value: that
			// value is checked on its own; an element of an empty slice
			// stands for no entry.
		default:
			if u, ok := c.checkEntry(entry, extra, callee); ok {
				explained[u] = true
			}
		}
	}
	unknowns = slices.DeleteFunc(slices.Clone(unknowns), func(u resolve.Unknown) bool { return explained[u] })
	if len(unknowns) > 0 && c.opts.Strict {
		from := "it comes"
		if what == "messages" {
			from = "they come"
		}
		sender := op
		if callee != nil {
			sender = resolve.QualifiedName(callee)
		}
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(),
			Message: fmt.Sprintf("cannot verify the correlation fields of the SNS %s sent by %s: %s from %s (strict mode)",
				what, sender, from, unknowns[0].What),
		})
	}
}

// reassigned reports whether the variable a zero leaf stands for is also
// given whole values (checked as leaves of their own).
func (c *checker) reassigned(zero resolve.Leaf) bool {
	id, ok := zero.Expr.(*ast.Ident)
	if !ok {
		return true // an element of an empty container: no value of its own
	}
	for _, l := range c.r.Resolve(id, zero.Ctx).Leaves {
		if !l.Zero {
			return true
		}
	}
	return false
}

// checkEntry checks one message, a PublishInput or a PublishBatchRequestEntry,
// with the fields extra adds (callee is the wrapper it is passed to, if
// any). Each value its Message may be is checked on its own (a bare
// sentence on the timeout branch, a full alert on the error branch), with
// the keys of its MessageAttributes, which count for every value. It
// returns the unknown a "cannot verify" report named, if any.
func (c *checker) checkEntry(entry resolve.Leaf, extra fields, callee *types.Func) (resolve.Unknown, bool) {
	var named resolve.Unknown
	explained := false
	for _, alt := range c.entryAlternatives(entry) {
		n := alt.fields
		n.Merge(extra)
		var fix func([]string) (analysis.SuggestedFix, bool)
		if alt.plain {
			msgs := alt.msgs
			fix = func(missing []string) (analysis.SuggestedFix, bool) { return c.suggestFix(msgs, missing) }
		}
		if u, ok := c.settle(n, alt.pos, callee, fix); ok && !explained {
			named, explained = u, true
		}
	}
	return named, explained
}

// An alternative is one value a message may be: its fields, where a
// finding about it is reported, its Message values (for a fix) and whether
// it is plain text (fixable).
type alternative struct {
	fields fields
	pos    ast.Node
	msgs   resolve.Set
	plain  bool
}

// entryAlternatives returns the values a message may be, each with the
// keys of the MessageAttributes (one container, whatever path fills it) and
// what applies to them all. A Message that can only be its zero value is
// one alternative without fields; one that cannot be followed is one
// alternative with the unknown.
func (c *checker) entryAlternatives(entry resolve.Leaf) []alternative {
	one := resolve.Set{Leaves: []resolve.Leaf{entry}}
	msgs := c.setters.Field(one, "Message")
	plain, isJSON, structUnknowns := c.structure(c.setters.Field(one, "MessageStructure"))
	var common fields
	common.Unknowns = append(common.Unknowns, structUnknowns...)
	common.Merge(c.p.MapKeys(c.setters.Field(one, "MessageAttributes")))

	var values []resolve.Leaf
	accumulates := false
	for _, m := range msgs.Leaves {
		if !m.Zero {
			values = append(values, m)
			accumulates = accumulates || c.r.Accumulates(m)
		}
	}
	var out []alternative
	add := func(f fields, pos ast.Node, m resolve.Set) {
		f.Merge(common)
		out = append(out, alternative{fields: f, pos: pos, msgs: m, plain: plain && !isJSON})
	}
	if accumulates {
		// msg += "...": the values add to one another, as entries to a
		// map; they are one message.
		var f fields
		for _, m := range values {
			if plain {
				f.Merge(c.p.Message(m))
			}
			if isJSON {
				f.Merge(c.defaultNames(m))
			}
		}
		add(f, c.messagePos(entry, msgs), resolve.Set{Leaves: values})
		values = nil
	}
	for _, m := range values {
		pos := ast.Node(m.Expr)
		if len(values) == 1 {
			pos = c.messagePos(entry, msgs)
		}
		set := resolve.Set{Leaves: []resolve.Leaf{m}}
		if plain {
			for _, f := range c.p.Alternatives(m) {
				add(f, pos, set)
			}
		}
		if isJSON {
			add(c.defaultNames(m), pos, set)
		}
	}
	if len(c.site.Known(msgs.Unknowns)) > 0 || len(out) == 0 {
		var f fields
		f.Unknowns = msgs.Unknowns
		add(f, c.messagePos(entry, msgs), resolve.Set{Unknowns: msgs.Unknowns})
	}
	return out
}

// entryFields returns the fields of one message, over every value its
// Message may be: those of its Message (read as its MessageStructure says)
// and the keys of its MessageAttributes.
func (c *checker) entryFields(entry resolve.Leaf) fields {
	var n fields
	for _, alt := range c.entryAlternatives(entry) {
		n.Merge(alt.fields)
	}
	return n
}

// settle decides about one message whose fields are n: it carries the
// required fields, or its missing fields may come from parameters of the
// current function (forwarded to its callers), or it lacks them (reported
// at pos), or it cannot be told (reported in strict mode). callee is the
// wrapper the message was passed to, if any; fix offers the suggested fix
// for missing fields. It returns the unknown a "cannot verify" report
// named, if any.
func (c *checker) settle(n fields, pos ast.Node, callee *types.Func, fix func([]string) (analysis.SuggestedFix, bool)) (resolve.Unknown, bool) {
	n.Slots = payload.Forwardable(c.walk.Func, n.Slots)
	n.Unknowns = c.site.Known(n.Unknowns)
	missing, verdict := n.Check(c.required, naming.Key)
	if verdict == resolve.Carries && !slices.ContainsFunc(n.Slots, func(s payload.SlotAt) bool { return structural(s.Kind) }) {
		return resolve.Unknown{}, false
	}
	if len(n.Slots) > 0 && len(n.Unknowns) == 0 {
		// The callers decide. A function given whole inputs that adds every
		// field itself is still recorded, so that its callers are not
		// checked as calls of Publish (a decorating client with the
		// operation's shape).
		c.forward(n)
		return resolve.Unknown{}, false
	}
	if verdict == resolve.Carries {
		return resolve.Unknown{}, false
	}
	subject := "SNS message"
	if callee != nil {
		subject += " passed to " + resolve.QualifiedName(callee)
	}
	switch verdict {
	case resolve.Lacks:
		d := analysis.Diagnostic{
			Pos: pos.Pos(), End: pos.End(),
			Message: fmt.Sprintf("%s lacks correlation %s %s (required: %s)",
				subject, plural(len(missing), "field"), strings.Join(missing, ", "), c.requiredText()),
		}
		if fix != nil {
			if f, ok := fix(missing); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{f}
			}
		}
		c.report(d)
	case resolve.CannotTell:
		if c.opts.Strict {
			c.report(analysis.Diagnostic{
				Pos: pos.Pos(), End: pos.End(),
				Message: fmt.Sprintf("cannot verify that the %s carries %s: its fields come from %s (strict mode)",
					subject, strings.Join(missing, ", "), n.Unknowns[0].What),
			})
			return n.Unknowns[0], true
		}
	}
	return resolve.Unknown{}, false
}

// messagePos is where a finding about a message is reported: its Message
// expression in the input literal, else its one source, else the input.
func (c *checker) messagePos(entry resolve.Leaf, msgs resolve.Set) ast.Node {
	lit, isLit := ast.Unparen(entry.Expr).(*ast.CompositeLit)
	if isLit {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Message" {
					return kv.Value
				}
			}
		}
	}
	var sources []ast.Expr
	for _, m := range msgs.Leaves {
		if !m.Zero {
			sources = append(sources, m.Expr)
		}
	}
	if len(sources) == 1 {
		return sources[0]
	}
	return entry.Expr
}

// structure reads MessageStructure: plain when it is never given (or is a
// constant other than "json"), JSON when it is "json"; both may hold. A
// literal that leaves it out does not make the message plain when a value
// is given later.
func (c *checker) structure(s resolve.Set) (plain, isJSON bool, unknowns []resolve.Unknown) {
	unknowns = s.Unknowns
	set := false // some value is given: a zero value is a literal's omitted field
	for _, l := range s.Leaves {
		set = set || !l.Zero
	}
	if !set {
		plain = true
	}
	for _, l := range s.Leaves {
		if l.Zero {
			continue
		}
		v, ok := resolve.StringConstant(c.pass.TypesInfo, l)
		switch {
		case !ok:
			unknowns = append(unknowns, resolve.Unknown{Pos: l.Expr.Pos(), What: "a MessageStructure that is not a constant"})
		case v == "json":
			isJSON = true
		default:
			plain = true
		}
	}
	return plain, isJSON, unknowns
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
