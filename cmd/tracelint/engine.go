package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The engine of the standalone command. It loads the packages' metadata
// (go list: names, files, imports; no parsing), computes each package's
// cache key, takes the results of the packages whose key is in the cache,
// and analyses the others with golang.org/x/tools/go/analysis/checker:
// those packages (the roots of the patterns that changed, with their tests)
// are loaded and type-checked from source with all their dependencies,
// whose facts the analyzers need, exactly as without a cache, and analysed
// by one combined analyzer per package (combined.go). Their results are
// stored for the next run.
//
// A run on unchanged code therefore costs go list and hashing the module's
// files; after an edit, the edited package and the packages that import it
// are analysed again. Results are the same as without the cache, finding
// for finding: the key covers everything they depend on (keys.go), and a
// package that had errors, or whose dependencies had, is never stored.

// outcome is what a run found.
type outcome struct {
	tree     jsonTree // root package ID → analyzer → results
	errors   []string // load errors, as go list and the type checker give them
	analysed []string // root packages analysed in this run
	cached   int      // root packages whose results came from the cache
	slowest  []timing // -debug=t
}

// metaMode is what the first load asks of go list: enough to compute keys.
// Not the compiled files: go list -compiled runs cgo, and took a third of
// a cached run on alertmanager; a package's key covers cgo's inputs instead.
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedImports |
	packages.NeedDeps | packages.NeedModule | packages.NeedEmbedFiles | packages.NeedForTest

// analyse runs the selected analyzers on the invocation's packages.
func analyse(inv *invocation, stderr io.Writer) (*outcome, error) {
	env := os.Environ()
	cfg := &packages.Config{Mode: metaMode, Tests: inv.tests, Env: env}
	if inv.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + inv.tags}
	}
	var cache *resultCache
	if inv.cache {
		var err error
		if cache, err = openCache(); err != nil {
			say(stderr, "tracelint: cache unavailable (%v): analysing everything\n", err)
			cache = nil
		}
	}
	out := &outcome{tree: make(jsonTree)}
	if cache == nil {
		return out, out.run(inv, cfg, inv.patterns, nil)
	}
	defer cache.trim()

	start := time.Now()
	meta, err := packages.Load(cfg, inv.patterns...)
	if err != nil {
		return nil, err
	}
	if len(meta) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(inv.patterns, " "))
	}
	k, err := newKeyer(inv, env)
	if err != nil {
		return nil, err
	}
	keys := make(map[string]string) // root ID → key
	var dirty []*packages.Package
	for _, p := range meta {
		key, err := k.key(p)
		if err != nil || hasErrors(p) {
			dirty = append(dirty, p) // analysed again, to report what is wrong
			continue
		}
		keys[p.ID] = key
		if e, ok := cache.get(key); ok && e.ID == p.ID {
			if len(e.Results) > 0 {
				out.tree[p.ID] = e.Results
			}
			out.cached++
			continue
		}
		dirty = append(dirty, p)
	}
	if dbg(inv, 'v') {
		say(stderr, "tracelint: metadata and keys of %d packages in %v\n", len(meta), time.Since(start).Round(time.Millisecond))
	}
	if len(dirty) == 0 {
		return out, nil
	}
	// The patterns that load the changed packages: their import paths (a
	// test variant, and an external test package "x_test", are loaded with
	// the package they test).
	var patterns []string
	for _, p := range dirty {
		path := p.PkgPath
		if p.ForTest != "" {
			path = p.ForTest
		}
		if p.Name == "main" && strings.HasSuffix(p.ID, ".test") || path == "" {
			continue // the generated test main, or a pattern that matched nothing
		}
		if !slices.Contains(patterns, path) {
			patterns = append(patterns, path)
		}
	}
	if len(patterns) == 0 {
		patterns = inv.patterns
	}
	store := func(p *packages.Package, results map[string]json.RawMessage) {
		if key, ok := keys[p.ID]; ok && !anyErrors(p) {
			cache.put(key, cached{ID: p.ID, Results: results})
		}
	}
	return out, out.run(inv, cfg, patterns, store)
}

// run loads patterns from source with everything they depend on, analyses
// them, adds their results to the outcome and hands each root package's
// results to store (when not nil).
func (out *outcome) run(inv *invocation, cfg *packages.Config, patterns []string, store func(*packages.Package, map[string]json.RawMessage)) error {
	load := *cfg
	load.Mode = packages.LoadAllSyntax | packages.NeedModule | packages.NeedEmbedFiles
	start := time.Now()
	pkgs, err := packages.Load(&load, patterns...)
	if err != nil {
		return err
	}
	if len(pkgs) == 0 {
		return fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	for p := range packages.Postorder(pkgs) {
		var msgs []string
		for _, e := range p.Errors {
			msgs = append(msgs, e.Error())
		}
		if p.Module != nil && p.Module.Error != nil {
			msgs = append(msgs, p.Module.Error.Err)
		}
		out.errors = append(out.errors, msgs...)
		if len(msgs) > 0 && slices.Contains(pkgs, p) {
			out.addResult(p.ID, loadKey, mustJSON(jsonError{strings.Join(msgs, "\n")}))
		}
	}
	loaded := time.Now()
	comb := newCombined(inv.analyzers, pkgs)
	graph, err := checker.Analyze([]*analysis.Analyzer{comb.analyzer}, pkgs, &checker.Options{Sequential: dbg(inv, 'p')})
	if err != nil {
		return err
	}
	if dbg(inv, 'v') {
		say(os.Stderr, "tracelint: loaded %d packages in %v, analysed them in %v\n",
			len(pkgs), loaded.Sub(start).Round(time.Millisecond), time.Since(loaded).Round(time.Millisecond))
	}
	results := make(map[*packages.Package]map[string]json.RawMessage)
	for _, act := range graph.Roots {
		results[act.Package] = make(map[string]json.RawMessage)
		for _, a := range inv.analyzers {
			diags, err := comb.outcome(act.Result, act.Err, a)
			if raw, ok := entry(act.Package.Fset, diags, err); ok {
				out.addResult(act.Package.ID, a.Name, raw)
				results[act.Package][a.Name] = raw
			}
		}
	}
	for _, p := range pkgs {
		out.analysed = append(out.analysed, p.ID)
		if store != nil {
			store(p, results[p])
		}
	}
	if dbg(inv, 't') {
		for act := range graph.All() {
			out.slowest = append(out.slowest, comb.timings(act.Result, act.Package)...)
		}
	}
	return nil
}

func (out *outcome) addResult(id, analyzer string, raw json.RawMessage) {
	if out.tree[id] == nil {
		out.tree[id] = make(map[string]json.RawMessage)
	}
	out.tree[id][analyzer] = raw
}

// hasErrors reports whether go list found a problem with the package itself.
func hasErrors(p *packages.Package) bool {
	return len(p.Errors) > 0 || p.Module != nil && p.Module.Error != nil
}

// anyErrors reports whether the package or one of its dependencies did not
// load or type-check: its results may then be incomplete, and are not kept.
func anyErrors(p *packages.Package) bool {
	for dep := range packages.Postorder([]*packages.Package{p}) {
		if hasErrors(dep) || len(dep.TypeErrors) > 0 {
			return true
		}
	}
	return false
}

// dbg reports whether -debug has the letter b.
func dbg(inv *invocation, b byte) bool { return strings.IndexByte(inv.debug, b) >= 0 }
