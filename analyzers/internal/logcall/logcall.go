// Package logcall is tracelint's model of logging calls: which calls write a
// log line or derive a logger, which keys and values a line carries (its own
// and those its logger was derived with, also in helpers of other packages),
// and whether it passes a context a handler can read. Calls are recognised
// by type for log, log/slog, go.uber.org/zap, github.com/rs/zerolog,
// github.com/sirupsen/logrus, fmt printing to os.Stdout/os.Stderr, and
// aws-lambda-go's request-id loggers (lambdacontext.NewLogHandler and
// NewLogger, which add the Lambda request id to context-aware lines).
//
// The model has three layers:
//
//   - Classify: one call on its own (library, kind, own fields, the logger
//     it is made on, its context). Pure type information.
//   - Model: one package, through a resolver: what a call's fields and its
//     logger carry (Fields, Logger, Line), what a value is made of (Value:
//     the struct fields it reads, the structs it holds, the parameters it
//     comes from), and what a function or a block of code puts into the logs
//     (Summary), following same-package helpers through their bodies and
//     other packages' through facts.
//   - Analyzer: computes the facts (FuncFact, PackageFact) once per package
//     for every analyzer that requires it, and hands each the imported
//     facts it may need (they can only be read during its own pass).
//
// An analyzer that asks "which log keys carry this value?" (uuidrunid's
// run_id sink) walks the calls of a function: for a logging call, Fields
// (or Line, with the logger's) gives each key and value expression; for a
// call of a helper, Summary(callee).Logged gives the keys its parameters are
// logged under (Value.Params). "Does this value reach a log call?" is the
// same walk, or Summarize over a block and Holds on its Logged values.
package logcall

import (
	"go/ast"
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Analyzer computes the model's facts for every package of the build and,
// as its result, the *Package that New needs. Analyzers using the model
// require it (and resolve.Analyzer).
var Analyzer = &analysis.Analyzer{
	Name:             "tracelintlogcall",
	Doc:              "model of logging calls shared by the tracelint analyzers (internal)",
	Requires:         []*analysis.Analyzer{resolve.Analyzer},
	FactTypes:        []analysis.Fact{new(FuncFact), new(PackageFact)},
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Package](),
}

// Package is the model's per-package result: the facts of other packages it
// may need and the summaries of this package's functions, both read-only
// once the pass is done (analyzers share it concurrently).
type Package struct {
	relevant    bool
	facts       map[*types.Func]*Summary // of the functions of other packages this package calls
	analysed    map[*types.Package]bool  // packages of callees the model analysed
	summaries   map[*types.Func]*Summary // of this package's functions, computed by the pass
	defaultAdds adds
}

// Relevant reports whether the package imports a logging library,
// aws-lambda-go, SQS or a package with the model's facts; a Model of any
// other package knows nothing about it.
func (p *Package) Relevant() bool { return p.relevant }

// adds says whether the slog default logger adds the request id.
type adds int

const (
	addsNone adds = iota
	addsSome
	addsAll
)

// loggingLibraries are the import paths (and path prefixes) of the logging
// libraries: importing one makes a package of the code being checked worth
// modelling.
var loggingLibraries = []string{"log", "log/slog", zapPath, zerologPath, logrusPath}

// modelled are the module paths whose packages the model knows by name and
// never analyses.
var modelled = []string{zapPath, zerologPath, logrusPath, "github.com/aws/aws-lambda-go"}

func run(pass *analysis.Pass) (any, error) {
	p := &Package{}
	if awsop.InStd(pass) || awsop.InSDK(pass.Pkg) || underAny(pass.Pkg.Path(), modelled) || !relevant(pass) {
		return p, nil // one import check for packages that cannot log
	}
	p.relevant = true
	p.facts = make(map[*types.Func]*Summary)
	p.analysed = make(map[*types.Package]bool)
	p.summaries = make(map[*types.Func]*Summary)
	m := newModel(pass, nil, p)
	fact := &PackageFact{}
	m.snapshot(fact)
	m.defaults(fact)
	for _, fn := range m.candidates() {
		s := m.Summary(fn)
		if !s.empty() {
			pass.ExportObjectFact(fn, &FuncFact{Summary: *s})
			fact.HasFacts = fact.HasFacts || s.carries()
		}
	}
	// The summaries computed here are shared with the analyzers using the
	// model; they never change again.
	for fn, s := range m.summaries {
		p.summaries[fn] = s
	}
	pass.ExportPackageFact(fact)
	return p, nil
}

// relevant reports whether the package imports aws-lambda-go, SQS, or a
// package with the model's facts, or imports a logging library and is not
// peripheral (a downloaded dependency that reaches neither AWS nor a
// database, see resolve.Peripheral). Libraries that only log for themselves
// hold nothing the analyzers look for (a request id, a message, a logger
// derived with them), and following values through them would cost more
// than everything else (a build pulls in hundreds): calls into them are
// calls of code the model does not follow.
func relevant(pass *analysis.Pass) bool {
	peripheral := resolve.Peripheral(pass)
	for _, imp := range pass.Pkg.Imports() {
		if underAny(imp.Path(), valuePackages) || !peripheral && underAny(imp.Path(), loggingLibraries) {
			return true
		}
		var f PackageFact
		if pass.ImportPackageFact(imp, &f) && (f.HasFacts || f.DefaultAdds || f.DefaultPlain) {
			return true
		}
	}
	return false
}

func underAny(path string, prefixes []string) bool {
	for _, p := range prefixes {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// snapshot reads, while the pass may, the facts of every function of
// another package that the package uses (calls it, or hands it on as a
// value), and which of their packages the model analysed; and the slog
// default the imported packages set. It reads the type information, not
// the syntax: no inspector is built for it.
func (m *Model) snapshot(fact *PackageFact) {
	pass := m.pass
	seenPkg := make(map[*types.Package]bool)
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			continue
		}
		fn = fn.Origin()
		if !seenPkg[fn.Pkg()] {
			seenPkg[fn.Pkg()] = true
			var pf PackageFact
			if pass.ImportPackageFact(fn.Pkg(), &pf) {
				m.shared.analysed[fn.Pkg()] = true
			}
		}
		if _, done := m.shared.facts[fn]; done || !m.shared.analysed[fn.Pkg()] {
			continue
		}
		var f FuncFact
		if pass.ImportObjectFact(fn, &f) {
			s := f.Summary
			m.shared.facts[fn] = &s
		} else {
			m.shared.facts[fn] = nil
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		var f PackageFact
		if pass.ImportPackageFact(imp, &f) {
			fact.DefaultAdds = fact.DefaultAdds || f.DefaultAdds
			fact.DefaultPlain = fact.DefaultPlain || f.DefaultPlain
		}
	}
}

// candidates returns the exported functions whose summary may be worth a
// fact: those that write log lines, derive or return loggers, or call
// functions that do (of this package or, by their facts, of others); and,
// in a package that imports aws-lambda-go or SQS, those whose result may
// carry what they read (func RequestID(ctx) string). A cheap walk of the
// syntax decides, so that a package that imports log for one call does not
// summarise its whole API.
func (m *Model) candidates() []*types.Func {
	values := importsAny(m.pkg, valuePackages)
	direct := make(map[*types.Func]bool)
	callees := make(map[*types.Func][]*types.Func)
	for _, fn := range m.funcs {
		if isLoggerType(firstResult(fn)) {
			direct[fn] = true
		}
		ast.Inspect(m.decls[fn].Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || direct[fn] {
				return !direct[fn]
			}
			if _, ok := Classify(m.info, call); ok {
				direct[fn] = true
				return false
			}
			callee := resolve.Callee(m.info, call)
			switch {
			case callee == nil:
			case m.decls[callee.Origin()] != nil:
				callees[fn] = append(callees[fn], callee.Origin())
			case m.foreign(callee) != nil:
				direct[fn] = true
				return false
			}
			return true
		})
	}
	// Callers of logging functions log too.
	for changed := true; changed; {
		changed = false
		for fn, cs := range callees {
			if direct[fn] {
				continue
			}
			for _, c := range cs {
				if direct[c] {
					direct[fn], changed = true, true
					break
				}
			}
		}
	}
	var out []*types.Func
	for _, fn := range m.funcs {
		if fn.Exported() && (direct[fn] || values && firstResult(fn) != nil && carriesIdentifiers(firstResult(fn))) {
			out = append(out, fn)
		}
	}
	return out
}

// valuePackages are the packages whose values (the request id, message ids)
// helpers may read and return.
var valuePackages = []string{"github.com/aws/aws-lambda-go", awsop.V2Prefix + "sqs", awsop.V1Prefix + "sqs"}

func importsAny(pkg *types.Package, prefixes []string) bool {
	for _, imp := range pkg.Imports() {
		if underAny(imp.Path(), prefixes) {
			return true
		}
	}
	return false
}

// firstResult returns the type of fn's first result, or nil.
func firstResult(fn *types.Func) types.Type {
	if res := fn.Signature().Results(); res.Len() > 0 {
		return res.At(0).Type()
	}
	return nil
}

// defaults records the slog default logger the package sets
// (slog.SetDefault(lambdacontext.NewLogger()) in main or init), with those
// of the packages it imports.
func (m *Model) defaults(fact *PackageFact) {
	for _, fn := range m.funcs {
		ast.Inspect(m.decls[fn].Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			callee := resolve.Callee(m.info, call)
			if callee == nil || callee.Pkg() == nil || callee.Pkg().Path() != "log/slog" || callee.Name() != "SetDefault" {
				return true
			}
			l := m.Logger(call.Args[0], nil)
			if l.AddsRequestID() {
				fact.DefaultAdds = true
			} else {
				fact.DefaultPlain = true
			}
			return true
		})
	}
	switch {
	case fact.DefaultAdds && !fact.DefaultPlain:
		m.shared.defaultAdds = addsAll
	case fact.DefaultAdds:
		m.shared.defaultAdds = addsSome
	}
}

// A Model answers questions about the logging calls of one package. Create
// one per analyzer pass with New; it is not safe for concurrent use.
type Model struct {
	pass   *analysis.Pass
	info   *types.Info
	pkg    *types.Package
	r      *resolve.Resolver
	shared *Package
	maps   *resolve.Maps

	funcs      []*types.Func // declared with a body, in source order
	decls      map[*types.Func]*ast.FuncDecl
	summaries  map[*types.Func]*Summary
	inProgress map[*types.Func]bool
	dynActive  map[dynKey]bool
	loggerSeen map[loggerKey]bool
	valueSeen  map[valueKey]bool
	queries    int // values followed so far (see maxQueries)

	fieldKeys map[*types.Var]string
	owners    map[*types.Package]map[*types.Var]string
	contains  map[[2]string]bool
	pkgs      map[string]*types.Package
}

// New returns the model of the pass's package. The pass's analyzer must
// require Analyzer; r is the analyzer's resolver for the package.
func New(pass *analysis.Pass, r *resolve.Resolver) *Model {
	p, ok := pass.ResultOf[Analyzer].(*Package)
	if !ok {
		panic("analyzer " + pass.Analyzer.Name + " uses the logging model but does not require logcall.Analyzer")
	}
	return newModel(pass, r, p)
}

func newModel(pass *analysis.Pass, r *resolve.Resolver, p *Package) *Model {
	m := &Model{
		pass:       pass,
		info:       pass.TypesInfo,
		pkg:        pass.Pkg,
		r:          r,
		shared:     p,
		decls:      make(map[*types.Func]*ast.FuncDecl),
		summaries:  make(map[*types.Func]*Summary),
		inProgress: make(map[*types.Func]bool),
		dynActive:  make(map[dynKey]bool),
		loggerSeen: make(map[loggerKey]bool),
		valueSeen:  make(map[valueKey]bool),
		fieldKeys:  make(map[*types.Var]string),
		owners:     make(map[*types.Package]map[*types.Var]string),
		contains:   make(map[[2]string]bool),
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				m.decls[fn] = fd
				m.funcs = append(m.funcs, fn)
			}
		}
	}
	return m
}

// Resolver returns the model's resolver.
func (m *Model) Resolver() *resolve.Resolver { return m.res() }

// res returns the resolver, building the package's index on first use: a
// package whose functions do not log never pays for it.
func (m *Model) res() *resolve.Resolver {
	if m.r == nil {
		m.r = resolve.New(m.pass)
	}
	return m.r
}

// Package returns the shared per-package result the model reads.
func (m *Model) Package() *Package { return m.shared }

// foreign returns the summary of another package's function from its fact,
// or nil.
func (m *Model) foreign(fn *types.Func) *Summary {
	if fn.Pkg() == m.pkg {
		return nil
	}
	return m.shared.facts[fn.Origin()]
}

// Follows reports whether the model knows what a function without a
// summary does: nothing that reaches the logs. True for the standard
// library, the AWS SDKs, the libraries the model knows by name, SDK-shaped
// interface methods (Op(ctx, *svc.OpInput)), and the functions of packages
// it analysed; false for code it cannot see (function values, other
// interface methods, packages it did not analyse).
func (m *Model) Follows(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return true // error.Error and other universe methods
	}
	if isAbstract(fn) {
		return sdkShaped(fn)
	}
	path := fn.Pkg().Path()
	switch {
	case fn.Pkg() == m.pkg:
		return m.decls[fn.Origin()] == nil // no body here: assembly, linkname
	case isStd(path), strings.HasPrefix(path, "github.com/aws/aws-sdk-go"), underAny(path, modelled):
		return true
	}
	return m.shared.analysed[fn.Pkg()]
}

// sdkShaped reports whether an interface method takes an input of an AWS
// SDK service package (a narrow interface over the SDK): it calls AWS, it
// does not log.
func sdkShaped(fn *types.Func) bool {
	params := fn.Signature().Params()
	for i := range params.Len() {
		t := params.At(i).Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		path := n.Obj().Pkg().Path()
		if strings.HasPrefix(path, awsop.V2Prefix) || strings.HasPrefix(path, awsop.V1Prefix) {
			return true
		}
	}
	return false
}

var stdCache sync.Map // import path → bool

// isStd reports whether path is a package of the standard library: its
// first element has no dot and it is a directory under GOROOT/src.
func isStd(path string) bool {
	if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
		return false
	}
	if v, ok := stdCache.Load(path); ok {
		b, _ := v.(bool)
		return b
	}
	goroot := filepath.Clean(build.Default.GOROOT)
	fi, err := os.Stat(filepath.Join(goroot, "src", filepath.FromSlash(path)))
	std := goroot != "." && err == nil && fi.IsDir()
	stdCache.Store(path, std)
	return std
}
