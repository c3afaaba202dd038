package s3write

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// A Checker is the part of an analyzer of S3 writes that does not depend on
// what it checks: it walks the package's calls callees first, hands every
// write to the analyzer, and hands every call of a function that leaves
// writes to its callers (a wrapper, of this package or another) to the
// analyzer with each of the wrapper's forwards. F is the analyzer's record
// of such a write (its Forward), which it keeps in facts of its own.
type Checker[F fmt.Stringer] struct {
	Pass    *analysis.Pass
	R       *resolve.Resolver
	Ev      *strval.Evaluator // Import reads the analyzer's key facts
	Setters *resolve.Setters
	// Walk is the package's calls, callees first: Walk.Func is the function
	// whose calls are being checked, Walk.Ctx its summary context.
	Walk *callorder.Walk
	// Site is the wrapper call whose arguments are being checked (nil for
	// an operation's): that they escape into the wrapper is what its
	// forwards say, so Known drops those unknowns.
	Site *callorder.Site

	rep      *suppress.Reporter
	reported map[reportKey]bool
	forwards map[*types.Func][]F
}

type reportKey struct {
	pos token.Pos
	msg string
}

// Hooks is what an analyzer does with the package's writes.
type Hooks[F fmt.Stringer] struct {
	// Write checks an S3 write call.
	Write func(Write)
	// Forwarded checks a call of callee, which leaves fw to its callers.
	Forwarded func(call *ast.CallExpr, callee *types.Func, fw F)
	// ForwardsFact is a new fact of the analyzer's ForwardsFact type, and
	// Forwards the forwards it holds once imported (for functions of other
	// packages).
	ForwardsFact func() analysis.Fact
	Forwards     func(analysis.Fact) []F
	// ObjectFact and PackageFact make the facts exported for the package's
	// wrappers: the forwards of one, the names of all.
	ObjectFact  func([]F) analysis.Fact
	PackageFact func([]string) analysis.Fact
}

// Keys is the content of an analyzer's fact about a key helper: the saved
// templates of its result.
type Keys struct {
	Templates []strval.Saved
}

func (k *Keys) String() string { return "keys(" + QuoteAll(k.Templates) + ")" }

// Saved returns the templates.
func (k *Keys) Saved() []strval.Saved { return k.Templates }

// A KeysFact is an analyzer's fact type that embeds Keys.
type KeysFact interface {
	analysis.Fact
	Saved() []strval.Saved
}

// NewChecker returns the shared part of a checker for one pass; newKeys
// returns a new fact of the analyzer's KeysFact type, through which key
// helpers of other packages are read.
func NewChecker[F fmt.Stringer](pass *analysis.Pass, rep *suppress.Reporter, newKeys func() KeysFact) *Checker[F] {
	r := resolve.New(pass)
	c := &Checker[F]{
		Pass:     pass,
		R:        r,
		Ev:       strval.New(r),
		Setters:  resolve.NewSetters(r),
		Walk:     new(callorder.Walk),
		rep:      rep,
		reported: make(map[reportKey]bool),
		forwards: make(map[*types.Func][]F),
	}
	c.Ev.Import = func(fn *types.Func) ([]strval.Saved, bool) {
		f := newKeys()
		if !pass.ImportObjectFact(fn, f) {
			return nil, false
		}
		return f.Saved(), true
	}
	return c
}

// Report reports a finding at at, once (the same write is reached from
// several calls).
func (c *Checker[F]) Report(at ast.Node, msg string) {
	k := reportKey{at.Pos(), msg}
	if c.reported[k] {
		return
	}
	c.reported[k] = true
	c.rep.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: msg})
}

// Known drops from unknowns the escapes of the arguments into the wrapper
// call being checked.
func (c *Checker[F]) Known(unknowns []resolve.Unknown) []resolve.Unknown {
	return c.Site.Known(unknowns)
}

// Forward records that the function being checked leaves a write to its
// callers (once; nothing at package level).
func (c *Checker[F]) Forward(f F) {
	fn := c.Walk.Func
	if fn == nil {
		return
	}
	for _, g := range c.forwards[fn] {
		if g.String() == f.String() {
			return
		}
	}
	c.forwards[fn] = append(c.forwards[fn], f)
}

// Run checks every write of the package, function by function, callees
// before callers so that wrappers are known when their call sites are
// checked, and exports the wrappers' forwards.
func (c *Checker[F]) Run(h Hooks[F]) {
	info := c.Pass.TypesInfo
	c.Walk = callorder.New(c.Pass, nil)
	c.Walk.Run(func(call *ast.CallExpr) {
		if w, ok := Match(info, call); ok {
			h.Write(w)
			return
		}
		callee := resolve.Callee(info, call)
		if callee == nil {
			return
		}
		fact := h.ForwardsFact()
		c.Site = callorder.SiteOf(call, callee)
		for _, fw := range callorder.Forwards(c.Pass, c.Walk, callee, c.forwards, fact, func() []F { return h.Forwards(fact) }) {
			h.Forwarded(call, callee, fw)
		}
		c.Site = nil
	})
	callorder.ExportForwards(c.Pass, c.Walk, c.forwards, h.ObjectFact, h.PackageFact)
}

// Applies reports whether an analyzer of S3 writes has anything to do in
// the package: writes is set when the package imports an S3 package or a
// package with a writersFact (of the analyzer's WritersFact type); skip is
// set for the SDKs and the standard library, which write nothing.
func Applies(pass *analysis.Pass, writersFact analysis.Fact) (writes, skip bool) {
	if awsop.InSDK(pass.Pkg) || awsop.InStd(pass) {
		return false, true
	}
	return Imports(pass.Pkg) || callorder.ImportsFact(pass, writersFact), false
}

// Writers is the content of an analyzer's package fact marking a package
// with exported functions that leave writes to their callers: packages that
// import it are checked even when they import no S3 package themselves.
type Writers struct {
	Funcs []string
}

func (w *Writers) String() string { return "writers(" + strings.Join(w.Funcs, ", ") + ")" }

// FormatForwards renders forwards for an analyzer's ForwardsFact.
func FormatForwards[F fmt.Stringer](fws []F) string {
	parts := make([]string, len(fws))
	for i, fw := range fws {
		parts[i] = fw.String()
	}
	return "forwards(" + strings.Join(parts, ", ") + ")"
}
