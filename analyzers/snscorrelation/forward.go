package snscorrelation

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Wrappers. Real code rarely calls Publish where the message is built: a
// helper takes the message, the whole input, the message attributes or a
// value it marshals as a parameter and publishes it. Such a function
// forwards that parameter; its callers are checked instead, at the
// argument, with the fields the wrapper adds itself (attributes, a JSON
// envelope) taken into account. Forwarding is computed for every function of
// the package, callees before callers, and exported as a fact for exported
// ones, so wrappers in other packages, and wrappers of wrappers, count too.

// What a forwarded parameter is to the message: the kinds of the payload
// package (the message text, a part of it, a marshalled value, the
// attributes map...) and the structures of this operation.
type fwdKind = payload.Kind

const (
	fwdInput    fwdKind = payload.Custom + iota // a PublishInput
	fwdBatch                                    // a PublishBatchInput
	fwdEntries                                  // PublishBatchRequestEntries (also variadic)
	fwdEntry                                    // one PublishBatchRequestEntry
	fwdEnvelope                                 // a message published with MessageStructure "json"

	fwdMessage    = payload.Message  // the whole message text
	fwdMessages   = payload.Messages // messages published one by one (a slice, also variadic)
	fwdPart       = payload.Part     // part of the message text: only the fields it surely carries count
	fwdHole       = payload.Hole     // a value in the text ("run %s failed"): no fields when forwarding, a part for FieldsFact
	fwdValue      = payload.Value    // a value marshalled as the message (a map, an interface)
	fwdNested     = payload.Nested   // a value nested in a marshalled message: only the keys it surely has count
	fwdAttributes = payload.Keys     // the MessageAttributes map
)

var fwdNames = map[fwdKind]string{
	fwdInput: "input", fwdBatch: "batch", fwdEntries: "entries", fwdEntry: "entry",
	fwdMessage: "message", fwdMessages: "messages", fwdPart: "part", fwdHole: "hole",
	fwdValue: "value", fwdNested: "nested", fwdAttributes: "attributes", fwdEnvelope: "envelope",
}

// structural reports whether an argument of this kind holds whole messages
// (inputs, entries), which are checked where they are built.
func structural(k fwdKind) bool { return k >= fwdInput && k <= fwdEntry }

// A Slot is a parameter that supplies (part of) a message, and what it is to
// the message.
type Slot struct {
	Param int
	Kind  fwdKind
}

func (s Slot) String() string { return fmt.Sprintf("param%d:%s", s.Param, fwdNames[s.Kind]) }

// A Forward is one message a function publishes whose fields come partly
// from its callers: the parameters that supply them, and the required
// fields the function adds itself.
type Forward struct {
	Slots []Slot
	Has   []string // sorted, as spelled in the code
}

func (f Forward) String() string {
	parts := make([]string, len(f.Slots))
	for i, s := range f.Slots {
		parts[i] = s.String()
	}
	out := strings.Join(parts, "&")
	for _, h := range f.Has {
		out += "+" + h
	}
	return out
}

func (f Forward) equal(g Forward) bool {
	return slices.Equal(f.Slots, g.Slots) && slices.Equal(f.Has, g.Has)
}

// ForwardsFact records, for an exported function, the messages it publishes
// with parts given by its callers, so that alerts.Send(ctx, c, topic, "job
// failed") in another package is checked.
type ForwardsFact struct {
	Forwards []Forward
}

// AFact marks ForwardsFact as an analysis fact.
func (*ForwardsFact) AFact() {}

func (f *ForwardsFact) String() string {
	parts := make([]string, len(f.Forwards))
	for i, fw := range f.Forwards {
		parts[i] = fw.String()
	}
	return "forwards(" + strings.Join(parts, ", ") + ")"
}

// WrappersFact marks a package that has exported wrappers: packages that
// import it are checked for calls even when they import no SNS package.
type WrappersFact struct {
	Funcs []string
}

// AFact marks WrappersFact as an analysis fact.
func (*WrappersFact) AFact() {}

func (f *WrappersFact) String() string { return "wrappers(" + strings.Join(f.Funcs, ", ") + ")" }

// fields is what is known about the fields of a message or of a part of
// one (see payload.Fields).
type fields = payload.Fields

// checkPackage checks every call that publishes, function by function,
// callees before callers so that wrappers are known when their call sites
// are checked, and exports the facts of exported wrappers.
func (c *checker) checkPackage() {
	c.forwards = make(map[*types.Func][]Forward)
	c.walk = callorder.New(c.pass, nil)
	c.walk.Run(c.checkSite)
	callorder.ExportForwards(c.pass, c.walk, c.forwards,
		func(fws []Forward) analysis.Fact { return &ForwardsFact{Forwards: fws} },
		func(names []string) analysis.Fact { return &WrappersFact{Funcs: names} })
	callorder.ExportMakes(c.pass, c.r, c.walk, []string{"Publish", "PublishBatch"}, c.forwardsOf, c.makes,
		func(fws map[string][]Forward) analysis.Fact {
			return &MakesFact{Publish: fws["Publish"], PublishBatch: fws["PublishBatch"]}
		})
}

// MakesFact records, for an exported function that returns a client as an
// interface (func NewAlerter(c API) API returning a decorator), what its
// Publish and PublishBatch do on the value it returns, so that calls of
// them in other packages are checked as calls of the decorator.
type MakesFact struct {
	Publish, PublishBatch []Forward
}

// AFact marks MakesFact as an analysis fact.
func (*MakesFact) AFact() {}

func (f *MakesFact) String() string {
	var parts []string
	for _, m := range []struct {
		name string
		fws  []Forward
	}{{"Publish", f.Publish}, {"PublishBatch", f.PublishBatch}} {
		if len(m.fws) == 0 {
			continue
		}
		fws := make([]string, len(m.fws))
		for i, fw := range m.fws {
			fws[i] = fw.String()
		}
		parts = append(parts, m.name+": "+strings.Join(fws, ", "))
	}
	return "makes(" + strings.Join(parts, "; ") + ")"
}

// makes returns what a method of the value a function of another package
// makes forwards, from its MakesFact.
func (c *checker) makes(fn *types.Func, method string) []Forward {
	var fact MakesFact
	if !c.pass.ImportObjectFact(fn, &fact) {
		return nil
	}
	switch method {
	case "Publish":
		return fact.Publish
	case "PublishBatch":
		return fact.PublishBatch
	}
	return nil
}

// checkSite checks a call that may publish: a wrapper, or Publish itself.
// A wrapper with the shape of Publish (Publish(ctx, in)) is checked as a
// wrapper, so that the fields it adds count; so is a call through an
// interface whose receiver may hold such a decorator.
func (c *checker) checkSite(call *ast.CallExpr) {
	op, isOp := publish.Match(c.pass.TypesInfo, call)
	if callee := resolve.Callee(c.pass.TypesInfo, call); callee != nil {
		// Behind an interface, the client may be a decorator.
		targets := callorder.Targets(c.r, call, callee, c.walk.Ctx, isOp, c.forwardsOf, c.makes)
		for _, t := range targets {
			c.checkForwarded(call, t.Fn, t.Forward)
		}
		if len(targets) > 0 {
			return
		}
	}
	if isOp {
		c.checkCall(op)
	}
}

// forwardsOf returns what callee forwards: from its body for a function of
// this package (processed first), from its fact otherwise.
func (c *checker) forwardsOf(callee *types.Func) []Forward {
	var fact ForwardsFact
	return callorder.Forwards(c.pass, c.walk, callee, c.forwards, &fact, func() []Forward { return fact.Forwards })
}

// forward records that the current function publishes a message whose
// fields n has, with slots its callers fill.
func (c *checker) forward(n fields) {
	if c.walk.Func == nil || len(n.Slots) == 0 {
		return
	}
	var fw Forward
	for _, s := range n.Slots {
		fw.Slots = append(fw.Slots, Slot(s.Slot))
	}
	slices.SortFunc(fw.Slots, func(a, b Slot) int { return cmp.Or(cmp.Compare(a.Param, b.Param), cmp.Compare(a.Kind, b.Kind)) })
	// Only the required fields matter to callers.
	for _, name := range n.Sorted() {
		if c.isRequired(name) {
			fw.Has = append(fw.Has, name)
		}
	}
	for _, g := range c.forwards[c.walk.Func] {
		if g.equal(fw) {
			return
		}
	}
	c.forwards[c.walk.Func] = append(c.forwards[c.walk.Func], fw)
}

func (c *checker) isRequired(name string) bool {
	k := naming.Key(name)
	for _, alts := range c.required {
		for _, a := range alts {
			if naming.Key(a) == k {
				return true
			}
		}
	}
	return false
}

// forwardStruct handles an input or entry that is a parameter of the
// current function: its messages are checked where the callers build them,
// with the fields the function sets on it itself (in.MessageAttributes[k]
// = v, in.SetMessage(...)) and extra.
func (c *checker) forwardStruct(l resolve.Leaf, kind fwdKind, extra fields) {
	var n fields
	n.Merge(extra)
	// What this function adds to the messages it is given (attributes,
	// a message set on every entry), without the caller's values.
	own := c.r.Received(l) // an element, for the entries
	switch kind {
	case fwdInput, fwdEntry, fwdEntries:
		n.Merge(c.entryFields(own))
	case fwdBatch:
		entries := c.r.Elems(c.setters.Field(resolve.Set{Leaves: []resolve.Leaf{own}}, "PublishBatchRequestEntries"))
		var added resolve.Set
		for i, e := range entries.Leaves {
			switch {
			case e.Zero && e.Param < 0 && !c.isDecl(e):
				n.Merge(c.entryFields(entries.Leaves[i])) // one of the caller's entries
			case e.Param < 0:
				added.Leaves = append(added.Leaves, e) // an entry this function adds
			}
		}
		c.checkEntries(added, extra, l.Expr, "messages", "", nil)
	}
	c.p.Slot(&n, l, kind)
	c.settle(n, l.Expr, nil, nil)
}

// checkForwarded checks the arguments a call passes for one message a
// wrapper publishes.
func (c *checker) checkForwarded(call *ast.CallExpr, callee *types.Func, fw Forward) {
	sig := callee.Signature()
	if len(fw.Slots) == 0 || resolve.IsMethodExpr(c.pass.TypesInfo, call) {
		return
	}
	// What the wrapper does with the arguments handed to it is what its
	// forwards say: that they escape into it is no unknown.
	site := c.site
	c.site = callorder.SiteOf(call, callee)
	defer func() { c.site = site }()

	var extra fields
	for _, h := range fw.Has {
		extra.Add(h)
	}
	var whole, elems *Slot
	var at ast.Expr
	for i, s := range fw.Slots {
		switch {
		case structural(s.Kind):
			if whole != nil {
				return
			}
			whole = &fw.Slots[i]
		case s.Kind == fwdMessages:
			if elems != nil {
				return
			}
			elems = &fw.Slots[i]
		default:
			arg := callorder.Arg(call, sig, s.Param)
			if arg == nil {
				return
			}
			if at == nil {
				at = arg
			}
			extra.Merge(c.argFields(arg, s.Kind))
		}
	}
	switch {
	case whole != nil && elems != nil:
	case whole != nil:
		c.checkWholeArg(call, callee, sig, *whole, extra)
	case elems != nil:
		c.checkMessagesArg(call, callee, sig, *elems, extra)
	default:
		c.settle(extra, at, callee, nil)
	}
}

// elements returns the elements a call passes for the slice parameter p:
// the arguments of a variadic parameter, or the elements of the argument.
// at is where a finding about them all is reported.
func (c *checker) elements(call *ast.CallExpr, sig *types.Signature, p int) (els resolve.Set, args []ast.Expr, at ast.Expr) {
	if p < 0 || p >= sig.Params().Len() || p >= len(call.Args) {
		return els, nil, nil
	}
	if sig.Variadic() && p == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		return els, call.Args[p:], call.Args[p]
	}
	return c.r.Elems(c.r.Resolve(call.Args[p], c.walk.Ctx)), nil, call.Args[p]
}

// argFields returns the fields an argument brings to the message, read as
// what its parameter is to it.
func (c *checker) argFields(arg ast.Expr, kind fwdKind) fields {
	set := c.r.Resolve(arg, c.walk.Ctx)
	var n fields
	switch kind {
	case fwdMessage, fwdPart:
		n = c.p.MessageSet(set)
	case fwdValue, fwdNested:
		n = c.p.Encoded(set, c.pass.TypesInfo.TypeOf(arg), arg.Pos())
	case fwdAttributes:
		n = c.p.MapKeys(set)
	case fwdEnvelope:
		n.Unknowns = append(n.Unknowns, set.Unknowns...)
		for _, l := range set.Leaves {
			n.Merge(c.defaultNames(l))
		}
	}
	if kind == fwdPart || kind == fwdNested {
		n.Sure(true)
	}
	return n
}

// checkWholeArg checks the inputs or entries a call passes to a wrapper
// that publishes them, with extra (the fields the wrapper adds).
func (c *checker) checkWholeArg(call *ast.CallExpr, callee *types.Func, sig *types.Signature, s Slot, extra fields) {
	if s.Kind == fwdEntries {
		els, args, at := c.elements(call, sig, s.Param)
		for _, a := range args {
			more := c.r.Resolve(a, c.walk.Ctx)
			els.Leaves = append(els.Leaves, more.Leaves...)
			els.Unknowns = append(els.Unknowns, more.Unknowns...)
		}
		if at != nil {
			c.checkEntries(els, extra, at, "messages", "", callee)
		}
		return
	}
	arg := callorder.Arg(call, sig, s.Param)
	if arg == nil {
		return
	}
	set := c.r.Resolve(arg, c.walk.Ctx)
	switch s.Kind {
	case fwdInput:
		c.checkInputs(set, false, extra, arg, "", callee)
	case fwdBatch:
		c.checkInputs(set, true, extra, arg, "", callee)
	case fwdEntry:
		c.checkEntries(set, extra, arg, "message", "", callee)
	}
}

// checkMessagesArg checks the messages a call passes to a wrapper that
// publishes each of them: every argument of a variadic parameter, every
// element of a slice.
func (c *checker) checkMessagesArg(call *ast.CallExpr, callee *types.Func, sig *types.Signature, s Slot, extra fields) {
	one := func(set resolve.Set, at ast.Expr) {
		var n fields
		n.Merge(extra)
		n.Merge(c.p.MessageSet(set))
		c.settle(n, at, callee, nil)
	}
	els, args, at := c.elements(call, sig, s.Param)
	for _, a := range args {
		one(c.r.Resolve(a, c.walk.Ctx), a)
	}
	if args != nil {
		return
	}
	for _, l := range els.Leaves {
		if l.Zero {
			continue
		}
		one(resolve.Set{Leaves: []resolve.Leaf{l}}, l.Expr)
	}
	if len(els.Unknowns) > 0 && at != nil {
		one(resolve.Set{Unknowns: els.Unknowns}, at)
	}
}

// isDecl reports whether a zero leaf is a variable declared without a value
// (var in sns.PublishInput), not a value the function was given.
func (c *checker) isDecl(l resolve.Leaf) bool {
	id, ok := l.Expr.(*ast.Ident)
	return ok && c.pass.TypesInfo.Defs[id] != nil
}
