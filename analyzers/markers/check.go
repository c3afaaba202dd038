package markers

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	*s3write.Checker[Forward]
	opts    *Options
	markers map[string]*Marker
	p       *payload.Extractor
}

func newChecker(pass *analysis.Pass, o *Options, rep *suppress.Reporter) *checker {
	newKeys := func() s3write.KeysFact { return new(KeysFact) }
	c := &checker{
		Checker: s3write.NewChecker[Forward](pass, rep, newKeys),
		opts:    o,
		markers: make(map[string]*Marker, len(o.Markers)),
	}
	for i := range o.Markers {
		c.markers[o.Markers[i].Name] = &o.Markers[i]
	}
	c.p = payload.New(pass, c.R, payload.Options{Helper: payload.HelperFrom[BodyFact](pass)})
	return c
}

// checkPackage checks every S3 write of the package and records its
// wrappers in facts.
func (c *checker) checkPackage() {
	c.Run(s3write.Hooks[Forward]{
		Write: func(w s3write.Write) {
			c.checkInputs(c.R.Resolve(w.Input, c.Walk.Ctx), w.Op, nil)
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

// checkInputs checks the objects one write may write, via the wrapper they
// are passed to, if any. An input that cannot be followed is no evidence
// of a marker: it is not reported, in strict mode either.
func (c *checker) checkInputs(inputs resolve.Set, op awsop.Op, via *types.Func) {
	for _, in := range inputs.Leaves {
		switch {
		case in.Param >= 0 && !in.Spread:
			c.Forward(Forward{Op: op.Name, Input: in.Param}) // the callers build it
		case in.Spread:
		default:
			c.checkInput(in, op, via)
		}
	}
}

// checkInput checks one input: for each marker its key may name, the body.
func (c *checker) checkInput(in resolve.Leaf, op awsop.Op, via *types.Func) {
	one := resolve.Set{Leaves: []resolve.Leaf{in}}
	keys := c.Setters.Field(one, "Key")
	keys.Unknowns = c.Known(keys.Unknowns)
	keyAt := s3write.FieldAt(in, "Key", keys)
	var theirs []strval.Template // whose file names the callers give
	checked := make(map[string]bool)
	for _, t := range c.Ev.EvalSet(keys) {
		switch m, kind := c.markerOf(t); kind {
		case named:
			if !checked[m.Name] {
				checked[m.Name] = true
				c.checkBody(m, in, keyAt, op, via)
			}
		case byCallers:
			theirs = append(theirs, t)
		}
	}
	if len(theirs) > 0 && s3write.HasBody(op) {
		// Whether this is a marker is the callers' to say: so is its body.
		f, empty := c.body(in)
		c.Forward(c.bodyForward(Forward{Op: op.Name, Input: -1, Key: strval.Save(theirs)}, f, empty))
	}
}

// A keyKind says what a key template says about markers.
type keyKind int

const (
	notMarker keyKind = iota // another object, or a file name that cannot be followed
	named                    // the key names a marker
	byCallers                // the file name comes from a parameter of the current function
)

// markerOf reads which marker a key template names: its last segment, after
// the last '/'. A file name that comes whole from a parameter is the
// callers'; one that cannot be followed names no marker (every key that
// cannot be followed would otherwise be one). Text after a hole that is a
// marker's name is read as the marker (prefix + "_SUCCESS", the prefix
// ending in '/').
func (c *checker) markerOf(t strval.Template) (*Marker, keyKind) {
	if len(t) == 0 {
		return nil, notMarker
	}
	isParam := func(p strval.Part) bool { return p.Hole && p.Leaf != nil && p.Leaf.Param >= 0 && !p.Leaf.Spread }
	last := t[len(t)-1]
	if last.Hole {
		whole := len(t) == 1 || !t[len(t)-2].Hole && strings.HasSuffix(t[len(t)-2].Text, "/")
		if isParam(last) && whole {
			return nil, byCallers
		}
		return nil, notMarker
	}
	if i := strings.LastIndexByte(last.Text, '/'); i >= 0 {
		return c.kind(c.markers[last.Text[i+1:]])
	}
	m := c.markers[last.Text]
	if m != nil && len(t) > 1 && isParam(t[len(t)-2]) {
		return nil, byCallers // the parameter says whether a directory ends before the name
	}
	return c.kind(m)
}

func (c *checker) kind(m *Marker) (*Marker, keyKind) {
	if m == nil {
		return nil, notMarker
	}
	return m, named
}

// body returns what the Body of one input carries, merged over the values
// it may be, and whether it is surely empty.
func (c *checker) body(in resolve.Leaf) (payload.Fields, bool) {
	var f payload.Fields
	empty := true
	for _, rd := range c.p.Reads(c.bodies(in)) {
		f.Merge(rd.Fields)
		empty = empty && rd.Empty
	}
	return f, empty
}

// bodies returns the values the Body of one input may be. A body left out
// of the literal but assigned later (in.Body = r) is the assigned one.
func (c *checker) bodies(in resolve.Leaf) resolve.Set {
	s := c.Setters.Field(resolve.Set{Leaves: []resolve.Leaf{in}}, "Body")
	s.Unknowns = c.Known(s.Unknowns)
	if slices.ContainsFunc(s.Leaves, func(l resolve.Leaf) bool { return !l.Zero }) {
		s.Leaves = slices.DeleteFunc(slices.Clone(s.Leaves), func(l resolve.Leaf) bool { return l.Zero })
	}
	return s
}

// checkBody checks the body of one input written under marker m's name.
func (c *checker) checkBody(m *Marker, in resolve.Leaf, keyAt ast.Expr, op awsop.Op, via *types.Func) {
	if !s3write.HasBody(op) {
		// A copy or a multipart upload: the body is not in this call.
		if c.opts.Strict {
			c.Report(keyAt, fmt.Sprintf("cannot verify that the %s marker %s carries %s: its body is not part of the call (strict mode)",
				m.Name, s3write.WrittenBy(op, via), requiredText(m)))
		}
		return
	}
	bodies := c.bodies(in)
	at := s3write.FieldAt(in, "Body", bodies)
	if at == in.Expr {
		at = keyAt // no Body in the literal: the key says what is written
	}
	c.judge(m, c.p.Reads(bodies), at, op, via)
}

// judge decides about the values a marker's body may be, each on its own:
// empty or lacking fields (reported at at, once), carrying them, or left
// to the callers of the current function when parameters supply the rest.
func (c *checker) judge(m *Marker, reads []payload.Read, at ast.Node, op awsop.Op, via *types.Func) {
	reported := false
	for _, rd := range reads {
		if rd.Empty {
			if !reported {
				reported = true
				c.Report(at, fmt.Sprintf("%s marker %s is empty: it must carry %s", m.Name, s3write.WrittenBy(op, via), requiredText(m)))
			}
			continue
		}
		missing, verdict := rd.CheckPaths(m.Fields, naming.Key)
		if verdict == resolve.Carries {
			continue
		}
		if slots := payload.Forwardable(c.Walk.Func, rd.Slots); len(slots) > 0 && len(rd.Unknowns) == 0 {
			c.Forward(c.bodyForward(Forward{Op: op.Name, Input: -1, Marker: m.Name}, rd.Fields, false))
			continue
		}
		switch verdict {
		case resolve.Lacks:
			if !reported {
				reported = true
				c.Report(at, fmt.Sprintf("%s marker %s lacks %s %s (required: %s)", m.Name, s3write.WrittenBy(op, via),
					plural(len(missing), "field"), strings.Join(missing, ", "), requiredText(m)))
			}
		case resolve.CannotTell:
			if c.opts.Strict {
				c.Report(at, fmt.Sprintf("cannot verify that the %s marker %s carries %s: its body comes from %s (strict mode)",
					m.Name, s3write.WrittenBy(op, via), strings.Join(missing, ", "), rd.Unknowns[0].What))
			}
		}
	}
}

// bodyForward completes a forward with the body: the parameters of the
// current function that supply it, and what it carries itself.
func (c *checker) bodyForward(fw Forward, f payload.Fields, empty bool) Forward {
	for _, s := range payload.Forwardable(c.Walk.Func, f.Slots) {
		fw.Body = append(fw.Body, s.Slot)
	}
	for p := range f.Paths {
		fw.Has = append(fw.Has, p)
	}
	slices.Sort(fw.Has)
	fw.Empty = empty
	fw.Incomplete = len(f.Unknowns) > 0
	return fw
}

// checkForwarded checks what a call gives a wrapper that writes it.
func (c *checker) checkForwarded(call *ast.CallExpr, callee *types.Func, fw Forward) {
	op, ok := s3write.OpNamed(fw.Op)
	if !ok || resolve.IsMethodExpr(c.Pass.TypesInfo, call) && fw.Input < 0 && len(fw.Body) > 0 {
		return
	}
	info := c.Pass.TypesInfo
	if fw.Input >= 0 {
		if arg := payload.Argument(info, call, fw.Input); arg != nil {
			c.checkInputs(c.R.Resolve(arg, c.Walk.Ctx), op, callee)
		}
		return
	}
	// The body: what the wrapper writes itself, and what the arguments
	// bring.
	var f payload.Fields
	for _, p := range fw.Has {
		f.AddPath(p)
	}
	if fw.Incomplete {
		f.Unknown(call.Pos(), "part of the body written by "+resolve.QualifiedName(callee))
	}
	var at ast.Node = call
	empty := fw.Empty || len(fw.Has) == 0 && !fw.Incomplete // nothing of its own
	for i, s := range fw.Body {
		arg := payload.Argument(info, call, s.Param)
		if arg == nil {
			return
		}
		if i == 0 {
			at = arg
		}
		f.Merge(c.p.Supplied(arg, c.Walk.Ctx, s.Kind))
		empty = empty && c.p.SuppliesNothing(arg, c.Walk.Ctx, s.Kind)
	}
	f.Unknowns = c.Known(f.Unknowns)
	read := payload.Read{Fields: f, Empty: empty && (fw.Empty || len(fw.Body) > 0)}
	if fw.Marker != "" {
		if m := c.markers[fw.Marker]; m != nil {
			c.judge(m, []payload.Read{read}, at, op, callee)
		}
		return
	}
	if len(fw.Body) == 0 {
		if p, ok := s3write.FirstParam(fw.Key); ok {
			if arg := payload.Argument(info, call, p); arg != nil {
				at = arg
			}
		}
	}
	var again []strval.Template
	checked := make(map[string]bool)
	for _, t := range c.Ev.Bind(fw.Key, callee, call, c.Walk.Ctx) {
		switch m, kind := c.markerOf(t); kind {
		case named:
			if !checked[m.Name] {
				checked[m.Name] = true
				c.judge(m, []payload.Read{read}, at, op, callee)
			}
		case byCallers:
			again = append(again, t)
		}
	}
	if len(again) > 0 {
		c.Forward(c.bodyForward(Forward{Op: fw.Op, Input: -1, Key: strval.Save(again)}, f, read.Empty))
	}
}

// requiredText lists a marker's fields for findings.
func requiredText(m *Marker) string {
	parts := make([]string, len(m.Fields))
	for i, alts := range m.Fields {
		parts[i] = strings.Join(alts, "|")
	}
	return strings.Join(parts, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
