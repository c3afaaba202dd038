package main

import (
	"errors"
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The command hands the driver (x/tools' checker) one analyzer, combined,
// that runs the selected analyzers in turn on each package, instead of the
// analyzers themselves. The driver makes an action for every analyzer with
// facts on every package of the build and starts a goroutine for each
// dependency of each action: with the suite's nine analyzers that take part
// in facts (seven with rules, the resolver's index and the logging model),
// that machinery alone cost half as much as all the analyzers' own work on
// a controller-runtime operator. One action per package costs what one
// analyzer costs (bench/RESULTS.md measures the floor that way).
//
// Inside the combined action each analyzer gets a pass of its own, as under
// any driver: the results of the analyzers it requires on the same package,
// the facts it exported on the dependencies (every fact type belongs to one
// analyzer, so the combined fact table holds them all without clashes), its
// own diagnostics and errors. An analyzer without facts runs on the root
// packages only, as the driver runs it. go vet, golangci-lint and gopls run
// the analyzers themselves.

// combined is the analyzer that runs the selected ones.
type combined struct {
	analyzer *analysis.Analyzer
	order    []*analysis.Analyzer // the selected analyzers and their requirements, requirements first
	// everywhere are the analyzers that run on every package: those with
	// facts and what they require.
	everywhere map[*analysis.Analyzer]bool
	factTypes  map[*analysis.Analyzer]map[reflect.Type]bool
	roots      map[*types.Package]bool
	illTyped   map[*types.Package]bool // the package or a dependency has errors
}

// combinedResult is what each analyzer did on one package.
type combinedResult struct {
	runs map[*analysis.Analyzer]*analyzerRun
}

// analyzerRun is one analyzer's pass on one package.
type analyzerRun struct {
	result any
	err    error
	diags  []analysis.Diagnostic
	took   time.Duration
}

// newCombined returns the analyzer that runs selected on pkgs (the roots)
// and, for facts, on their dependencies.
func newCombined(selected []*analysis.Analyzer, pkgs []*packages.Package) *combined {
	c := &combined{
		everywhere: make(map[*analysis.Analyzer]bool),
		factTypes:  make(map[*analysis.Analyzer]map[reflect.Type]bool),
		roots:      make(map[*types.Package]bool),
		illTyped:   make(map[*types.Package]bool),
	}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if c.factTypes[a] != nil {
			return
		}
		c.factTypes[a] = make(map[reflect.Type]bool)
		for _, req := range a.Requires {
			visit(req)
		}
		for _, f := range a.FactTypes {
			c.factTypes[a][reflect.TypeOf(f)] = true
		}
		c.order = append(c.order, a)
	}
	for _, a := range selected {
		visit(a)
	}
	var mark func(a *analysis.Analyzer)
	mark = func(a *analysis.Analyzer) {
		c.everywhere[a] = true
		for _, req := range a.Requires {
			mark(req)
		}
	}
	var factTypes []analysis.Fact
	for _, a := range c.order {
		if len(a.FactTypes) > 0 {
			mark(a)
		}
		factTypes = append(factTypes, a.FactTypes...)
	}
	for _, p := range pkgs {
		c.roots[p.Types] = true
	}
	for p := range packages.Postorder(pkgs) {
		c.illTyped[p.Types] = p.IllTyped
	}
	c.analyzer = &analysis.Analyzer{
		Name:             "tracelint",
		Doc:              "the selected tracelint analyzers, one after the other",
		Run:              c.run,
		RunDespiteErrors: true, // each analyzer decides (see run)
		FactTypes:        factTypes,
		ResultType:       reflect.TypeFor[*combinedResult](),
	}
	return c
}

// run runs the analyzers on one package.
func (c *combined) run(pass *analysis.Pass) (any, error) {
	root := c.roots[pass.Pkg]
	res := &combinedResult{runs: make(map[*analysis.Analyzer]*analyzerRun, len(c.order))}
	for _, a := range c.order {
		if !root && !c.everywhere[a] {
			continue
		}
		run := &analyzerRun{}
		res.runs[a] = run
		inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
		var failed []string
		for _, req := range a.Requires {
			r := res.runs[req]
			if r.err != nil {
				failed = append(failed, req.Name+"@"+pass.Pkg.Path())
			}
			inputs[req] = r.result
		}
		switch {
		case failed != nil:
			slices.Sort(failed)
			run.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		case c.illTyped[pass.Pkg] && !a.RunDespiteErrors:
			run.err = errors.New("analysis skipped due to errors in package")
		default:
			start := time.Now()
			run.result, run.err = a.Run(c.pass(pass, a, inputs, run))
			run.took = time.Since(start)
			if got := reflect.TypeOf(run.result); run.err == nil && got != a.ResultType {
				run.err = fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
					pass.Pkg.Path(), a.Name, got, a.ResultType)
			}
		}
	}
	return res, nil
}

// pass returns a's pass on the package of the combined pass.
func (c *combined) pass(pass *analysis.Pass, a *analysis.Analyzer, inputs map[*analysis.Analyzer]any, run *analyzerRun) *analysis.Pass {
	own := c.factTypes[a]
	return &analysis.Pass{
		Analyzer:     a,
		Fset:         pass.Fset,
		Files:        pass.Files,
		OtherFiles:   pass.OtherFiles,
		IgnoredFiles: pass.IgnoredFiles,
		Pkg:          pass.Pkg,
		TypesInfo:    pass.TypesInfo,
		TypesSizes:   pass.TypesSizes,
		TypeErrors:   pass.TypeErrors,
		Module:       pass.Module,
		ResultOf:     inputs,
		ReadFile:     pass.ReadFile,
		Report: func(d analysis.Diagnostic) {
			pass.Report(d) // the driver checks the suggested fixes
			run.diags = append(run.diags, d)
		},
		ImportObjectFact:  pass.ImportObjectFact,
		ExportObjectFact:  pass.ExportObjectFact,
		ImportPackageFact: pass.ImportPackageFact,
		ExportPackageFact: pass.ExportPackageFact,
		AllObjectFacts: func() []analysis.ObjectFact {
			return slices.DeleteFunc(pass.AllObjectFacts(), func(f analysis.ObjectFact) bool { return !own[reflect.TypeOf(f.Fact)] })
		},
		AllPackageFacts: func() []analysis.PackageFact {
			return slices.DeleteFunc(pass.AllPackageFacts(), func(f analysis.PackageFact) bool { return !own[reflect.TypeOf(f.Fact)] })
		},
	}
}

// outcome returns what analyzer a found on the package of a combined
// action whose result and error are given.
func (c *combined) outcome(result any, err error, a *analysis.Analyzer) ([]analysis.Diagnostic, error) {
	if err != nil {
		return nil, err
	}
	res, _ := result.(*combinedResult)
	if res == nil || res.runs[a] == nil {
		return nil, nil
	}
	return res.runs[a].diags, res.runs[a].err
}

// timing is the time one analyzer took on one package (-debug=t).
type timing struct {
	took time.Duration
	name string // analyzer@package, as the driver names its actions
}

func (t timing) String() string { return t.name }

// timings returns the time each analyzer took on the package of a combined
// action.
func (c *combined) timings(result any, pkg *packages.Package) []timing {
	res, _ := result.(*combinedResult)
	if res == nil {
		return nil
	}
	var out []timing
	for _, a := range c.order {
		if run := res.runs[a]; run != nil {
			out = append(out, timing{took: run.took, name: a.Name + "@" + pkg.String()})
		}
	}
	return out
}
