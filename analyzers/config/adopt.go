package config

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Adopt makes analyzer a honour the configuration files, and returns it.
// An analyzer's New ends with
//
//	return config.Adopt(a, New, opts)
//
// where a is the analyzer New built from opts, with every option bound to a
// flag of a.Flags. No other code is needed: settings reach the analyzer
// through its own flags, so they are validated exactly as flags are.
//
// Adopt changes two things on a:
//
//   - Each flag value records the values it is explicitly set to (on the
//     command line, by go vet, by the golangci-lint plugin), in order.
//   - Run first looks up the configuration of the pass's package (cheap:
//     a few stat calls, cached per directory). When no file has settings
//     for a, a runs as it is. Otherwise a fresh analyzer, newAnalyzer(opts),
//     takes the files' settings through its flags, outermost file first,
//     then the recorded explicit values on top, and runs the pass. The
//     fresh analyzer is kept for the next package with the same
//     configuration. Nothing shared is modified while analysing.
//
// A file that switches a off for a directory makes Run a no-op there
// (unless a driver forced it on with Enable). opts must not be modified
// after New returns.
func Adopt[O any](a *analysis.Analyzer, newAnalyzer func(O) *analysis.Analyzer, opts O) *analysis.Analyzer {
	b := &binding{
		a:       a,
		run:     a.Run,
		fresh:   func() *analysis.Analyzer { return newAnalyzer(opts) },
		configs: map[string]*configured{},
	}
	a.Flags.VisitAll(func(f *flag.Flag) {
		r := recorded{Value: f.Value, b: b, name: f.Name}
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
			f.Value = &recordedBool{r}
		} else {
			f.Value = &r
		}
	})
	a.Run = b.runPass
	return a
}

// binding is what Adopt keeps about one analyzer.
type binding struct {
	a     *analysis.Analyzer
	run   func(*analysis.Pass) (any, error) // the analyzer's own Run
	fresh func() *analysis.Analyzer         // a new, unconfigured instance

	mu      sync.Mutex
	sets    []flagSet              // explicit flag values, in order
	forced  bool                   // Enable: the files cannot switch it off
	gen     int                    // counts changes to sets and forced
	configs map[string]*configured // by chain key and gen
}

type flagSet struct{ name, value string }

// configured is the analyzer as a configuration makes it.
type configured struct {
	enabled  bool
	analyzer *analysis.Analyzer // nil: the adopted analyzer itself
	err      error
}

// asIs is the configuration of an analyzer no file configures.
var asIs = &configured{enabled: true}

// maxConfigs bounds the configurations kept per analyzer (a monorepo has
// a handful; a long gopls session editing the files makes more).
const maxConfigs = 64

func (b *binding) runPass(pass *analysis.Pass) (any, error) {
	if pass.Analyzer != b.a {
		// A fresh instance running a pass of the analyzer the driver runs
		// (or a driver that does not say which analyzer runs): as is.
		return b.run(pass)
	}
	chain, err := ForPass(pass)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.a.Name, err)
	}
	c := b.configure(chain)
	switch {
	case c.err != nil:
		return nil, c.err
	case !c.enabled:
		return nil, nil
	case c.analyzer == nil:
		return b.run(pass)
	}
	return c.analyzer.Run(pass)
}

// configure returns the analyzer as chain configures it, from the cache
// when it can.
func (b *binding) configure(chain *Chain) *configured {
	if chain.Empty() {
		return asIs
	}
	b.mu.Lock()
	key := fmt.Sprint(b.gen, "\x00", chain.key)
	c := b.configs[key]
	sets, forced := append([]flagSet(nil), b.sets...), b.forced
	b.mu.Unlock()
	if c != nil {
		return c
	}
	c = b.build(chain, sets, forced)
	b.mu.Lock()
	if len(b.configs) >= maxConfigs {
		clear(b.configs)
	}
	b.configs[key] = c
	b.mu.Unlock()
	return c
}

// build applies the files' sections for the analyzer to a fresh instance,
// outermost file first, then the explicit flag values.
func (b *binding) build(chain *Chain, sets []flagSet, forced bool) *configured {
	c := &configured{enabled: true}
	var fresh *analysis.Analyzer
	var errs []error
	for _, f := range chain.Files {
		s := f.section(b.a.Name)
		if s == nil {
			continue
		}
		if s.enabled != nil {
			c.enabled = *s.enabled
		}
		for _, st := range s.settings {
			if fresh == nil {
				fresh = b.fresh()
			}
			if err := apply(fresh, st); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if fresh != nil {
		for _, set := range sets {
			if err := fresh.Flags.Set(set.name, set.value); err != nil {
				errs = append(errs, fmt.Errorf("-%s.%s=%s on top of the configuration files: %w", b.a.Name, set.name, set.value, err))
			}
		}
	}
	if forced {
		c.enabled = true
	}
	c.analyzer, c.err = fresh, errors.Join(errs...)
	return c
}

// apply sets the flag a setting names.
func apply(a *analysis.Analyzer, st setting) error {
	name := a.Name + "." + st.name
	f := a.Flags.Lookup(st.name)
	if f == nil {
		var names []string
		a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		return &Error{Pos: st.pos, Setting: name, Err: fmt.Errorf("unknown setting (%s has: enabled, %s)", a.Name, strings.Join(names, ", "))}
	}
	s, err := FlagValue(f, st.value)
	if err == nil {
		err = f.Value.Set(s)
	}
	if err != nil {
		return &Error{Pos: st.pos, Setting: name, Err: err}
	}
	return nil
}

func (b *binding) record(name, value string) {
	b.mu.Lock()
	b.sets = append(b.sets, flagSet{name, value})
	b.gen++
	b.mu.Unlock()
}

// recorded is a flag value of an adopted analyzer: it records the values
// it is set to, so that they can be given again, over the configuration
// files' settings, to the fresh instances those settings make.
type recorded struct {
	flag.Value
	b    *binding
	name string
}

func (r *recorded) Set(s string) error {
	if err := r.Value.Set(s); err != nil {
		return err
	}
	r.b.record(r.name, s)
	return nil
}

// String is safe on the zero value, which the flag package makes to tell
// whether a default is worth printing.
func (r *recorded) String() string {
	if r == nil || r.Value == nil {
		return ""
	}
	return r.Value.String()
}

// IsListFlag passes on the marker of list flags (options.List).
func (r *recorded) IsListFlag() bool {
	l, ok := r.Value.(interface{ IsListFlag() bool })
	return ok && l.IsListFlag()
}

// Get passes on flag.Getter.
func (r *recorded) Get() any {
	if g, ok := r.Value.(flag.Getter); ok {
		return g.Get()
	}
	return r.String()
}

// recordedBool is a recorded boolean flag: -strict alone means true.
type recordedBool struct{ recorded }

func (r *recordedBool) IsBoolFlag() bool { return true }

func (r *recordedBool) String() string {
	if r == nil || r.Value == nil {
		return "false"
	}
	return r.Value.String()
}

// bindingOf finds the binding of an adopted analyzer through its flags.
func bindingOf(a *analysis.Analyzer) *binding {
	var b *binding
	a.Flags.VisitAll(func(f *flag.Flag) {
		switch v := f.Value.(type) {
		case *recorded:
			b = v.b
		case *recordedBool:
			b = v.b
		}
	})
	return b
}

// Adopted reports whether a reads the configuration files (its New calls
// Adopt). An analyzer without flags cannot be told apart and counts as not
// adopted.
func Adopted(a *analysis.Analyzer) bool { return bindingOf(a) != nil }

// Enable records that a driver runs a because it was asked to explicitly
// (tracelint -metricdims, enabled: true in .golangci.yml): a file that
// switches it off does not apply to it.
func Enable(a *analysis.Analyzer) {
	if b := bindingOf(a); b != nil {
		b.mu.Lock()
		b.forced = true
		b.gen++
		b.mu.Unlock()
	}
}

// Validate checks the configuration that applies to packages in each of
// dirs against analyzers (errors name files by absolute path; Errors splits
// them, for a driver that prints paths its own way): the files' shape, the analyzer names, and every
// setting of an analyzer in the list, applied to the flags of a fresh
// instance (the analyzers themselves are not changed). It returns all the
// problems, each naming the file, line and setting. A driver calls it once
// before analysing, so that a bad file stops the run with a clear error
// instead of failing every package.
func Validate(dirs []string, analyzers []*analysis.Analyzer) error {
	var errs []error
	seen := map[string]bool{} // by error text: files shared by several dirs
	add := func(err error) {
		for _, e := range unjoin(err) {
			if !seen[e.Error()] {
				seen[e.Error()] = true
				errs = append(errs, e)
			}
		}
	}
	for _, dir := range dirs {
		chain, err := Files(dir)
		add(err)
		if chain == nil {
			continue
		}
		for _, a := range analyzers {
			if !hasSection(chain, a.Name) {
				continue
			}
			b := bindingOf(a)
			if b == nil {
				add(fmt.Errorf("%s: cannot be configured: its New does not call config.Adopt", a.Name))
				continue
			}
			add(b.build(chain, nil, false).err)
		}
	}
	return errors.Join(errs...)
}

func hasSection(chain *Chain, analyzer string) bool {
	for _, f := range chain.Files {
		if f.section(analyzer) != nil {
			return true
		}
	}
	return false
}

// Errors returns the problems Validate (or Files) found, one by one.
func Errors(err error) []error { return unjoin(err) }

// unjoin splits errors.Join's result into its errors.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}
