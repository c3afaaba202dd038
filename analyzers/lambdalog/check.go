package lambdalog

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/logcall"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	pass      *analysis.Pass
	opts      *Options
	r         *resolve.Resolver
	m         *logcall.Model
	rep       *suppress.Reporter
	eventKeys [][]string // naming.Key of each event-field requirement's alternatives
	reported  map[reportKey]bool
	fixScope  *fixScope
}

type reportKey struct {
	pos token.Pos
	msg string
}

func (c *checker) report(d analysis.Diagnostic) {
	k := reportKey{d.Pos, d.Message}
	if c.reported[k] {
		return // the same handler registered twice, the same line reached from two handlers
	}
	c.reported[k] = true
	c.rep.Report(d)
}

// check finds the registrations of the package and checks every handler
// they register.
func (c *checker) check() {
	seen := make(map[handlerKey]bool)
	resolve.Inspector(c.pass).Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return
		}
		idx, ok := registered(c.pass.TypesInfo, call)
		if !ok {
			return
		}
		for _, h := range c.handlers(call.Args[idx], nil) {
			k := handlerKey{h.fn, h.lit}
			if seen[k] {
				continue
			}
			seen[k] = true
			c.checkHandler(h, call)
		}
	})
}

type handlerKey struct {
	fn  *types.Func
	lit *ast.FuncLit
}

// checkHandler checks one handler registered at reg.
func (c *checker) checkHandler(h handler, reg *ast.CallExpr) {
	local := h.lit != nil || h.fn.Pkg() == c.pass.Pkg
	s := c.summary(h)
	if s == nil {
		return // another package's function the model knows nothing about
	}
	sums := []*logcall.Summary{s}
	for _, w := range h.wrappers {
		if ws := c.m.Summary(w); ws != nil {
			sums = append(sums, ws)
		}
	}
	at, end := h.pos, h.end
	if !local {
		at, end = reg.Pos(), reg.End() // the handler is another package's: report where it is registered
	}
	plain := c.plainLines(s, h)

	emits := false
	for _, x := range sums {
		emits = emits || x.Emits
	}
	rid := c.requestID(sums, h)
	if !emits && rid != resolve.Carries {
		if c.opts.Strict {
			c.report(analysis.Diagnostic{Pos: at, End: end, Message: fmt.Sprintf(
				"Lambda handler %s writes no log line of its own, so nothing ties its work to the request id (strict mode)", h.name)})
		}
		return
	}
	switch {
	case rid == resolve.Lacks && plain > 0 && plain == len(s.Lines()):
		// Every line of its own was reported for losing the request id
		// that its logger adds: one fix each, nothing to add here.
	case rid == resolve.Lacks:
		c.report(analysis.Diagnostic{Pos: at, End: end, Message: fmt.Sprintf(
			"Lambda handler %s never logs the request id (lambdacontext AwsRequestID)%s; derive its logger with it "+
				"(logger.With(\"request_id\", lc.AwsRequestID)) or log through lambdacontext.NewLogHandler with context-aware calls",
			h.name, c.lacking(s))})
	case rid == resolve.CannotTell:
		if c.opts.Strict {
			c.report(analysis.Diagnostic{Pos: at, End: end, Message: fmt.Sprintf(
				"cannot verify that Lambda handler %s logs the request id: its logging goes through code that cannot be followed (strict mode)", h.name)})
		}
	}
	c.checkEvent(h, sums, at, end)
}

// requestID returns whether a handler's logging carries the request id.
func (c *checker) requestID(sums []*logcall.Summary, h handler) resolve.Verdict {
	maybe := h.opaque
	for i, s := range sums {
		if s.RequestIDLines {
			return resolve.Carries
		}
		for _, l := range s.Logged {
			if c.holdsRequestID(c.bind(l.Value, h, i)) {
				return resolve.Carries
			}
		}
		if s.MaybeRequestIDLines || s.OpaqueLines || c.holdsRequestID(c.bind(s.Handed, h, i)) {
			maybe = true
		}
	}
	if maybe {
		return resolve.CannotTell
	}
	return resolve.Lacks
}

func (c *checker) holdsRequestID(v logcall.Value) bool {
	return c.m.Holds(v, logcall.RequestIDField)
}

// lacking names the handler's log lines in this package: ": its log calls
// at main.go:21 and main.go:30 lack it".
func (c *checker) lacking(s *logcall.Summary) string {
	var where []string
	seen := make(map[string]bool)
	for _, l := range s.Lines() {
		p := c.pass.Fset.Position(l.Call.Call.Pos())
		w := fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
		if !seen[w] {
			seen[w] = true
			where = append(where, w)
		}
	}
	switch {
	case len(where) == 0:
		return ""
	case len(where) > 3:
		where = append(where[:3], fmt.Sprintf("%d more", len(where)-3))
	}
	list := strings.Join(where[:len(where)-1], ", ")
	if list != "" {
		list += " and "
	}
	list += where[len(where)-1]
	calls := "calls"
	if len(seen) == 1 {
		calls = "call"
	}
	return fmt.Sprintf(": its log %s at %s lack%s it", calls, list, plural(len(seen), "s", ""))
}

// plainLines reports the lines a handler writes without a context through a
// logger that adds the request id only to context-aware lines, and returns
// how many of its lines are such. A line that carries the request id in a
// field of its own (a logger derived With("request_id", lc.AwsRequestID))
// loses nothing.
func (c *checker) plainLines(s *logcall.Summary, h handler) int {
	n := 0
	for _, l := range s.Lines() {
		if !l.AddsRequestID || l.CtxAware || l.Call.Lib != logcall.Slog {
			continue
		}
		if slices.ContainsFunc(l.Values, func(v logcall.Logged) bool { return c.holdsRequestID(c.bind(v.Value, h, 0)) }) {
			continue
		}
		call := l.Call.Call
		name := l.Call.Name
		d := analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("%s without a context loses the request id that lambdacontext's log handler adds: "+
				"use the ...Context form with the handler's ctx", name),
		}
		if fix, ok := c.contextFix(call); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		c.report(d)
		n++
	}
	return n
}

// checkEvent reports the fields of the handler's event (run_id,
// execution_arn) that never reach its logs.
func (c *checker) checkEvent(h handler, sums []*logcall.Summary, at, end token.Pos) {
	fields := c.eventFields(h.sig)
	if len(fields) == 0 {
		return
	}
	var missing, unsure []string
	for _, f := range fields {
		key := c.m.FieldKey(f.v)
		switch c.eventVerdict(sums, key, h) {
		case resolve.Lacks:
			missing = append(missing, f.describe())
		case resolve.CannotTell:
			unsure = append(unsure, f.describe())
		}
	}
	if len(missing) > 0 {
		c.report(analysis.Diagnostic{Pos: at, End: end, Message: fmt.Sprintf(
			"Lambda handler %s never logs its event's %s: add %s to its log lines or to the logger it derives",
			h.name, strings.Join(missing, " and "), plural(len(missing), "it", "them"))})
	}
	if len(unsure) > 0 && c.opts.Strict {
		c.report(analysis.Diagnostic{Pos: at, End: end, Message: fmt.Sprintf(
			"cannot verify that Lambda handler %s logs its event's %s: it is handed to code that cannot be followed (strict mode)",
			h.name, strings.Join(unsure, " and "))})
	}
}

func (c *checker) eventVerdict(sums []*logcall.Summary, key string, h handler) resolve.Verdict {
	maybe := false
	for i, s := range sums {
		for _, l := range s.Logged {
			if c.m.Holds(c.bind(l.Value, h, i), key) {
				return resolve.Carries
			}
		}
		if c.m.Holds(c.bind(s.Handed, h, i), key) || s.OpaqueLines {
			maybe = true
		}
	}
	if maybe {
		return resolve.CannotTell
	}
	return resolve.Lacks
}

// bind replaces the parameters in a value of the handler's own summary
// (sums[0]; a declared handler has no caller to substitute them) by what the
// handler's parameters are: its event holds all its fields. The values of a
// middleware's summary keep their parameters: the middleware is handed
// the handler, not the event.
func (c *checker) bind(v logcall.Value, h handler, i int) logcall.Value {
	if i != 0 || h.sig == nil || len(v.Params) == 0 {
		return v
	}
	return c.m.Bind(v, h.sig)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
