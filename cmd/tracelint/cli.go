package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An invocation is a command line of the standalone command, parsed.
type invocation struct {
	patterns []string

	tests bool   // -test: analyse test files too
	tags  string // -tags: build tags

	format    string // "text", "json" or "sarif" (-json, -format, -sarif)
	sarifFile string // with format sarif: "" for standard output
	sarifRoot string // -sarif-root
	context   int    // -c: lines of context around a finding (-1: none)

	fix, diff bool // -fix, -diff: apply or show the suggested fixes

	baseline      string // -baseline: report only findings not recorded there
	writeBaseline string // -write-baseline: record the findings there

	cache   bool // -cache: reuse the results of unchanged packages
	verbose bool // -v: say what was analysed and what came from the cache

	debug                       string // -debug: t (timing), p (sequential)
	cpuprofile, memprofile, trc string

	version bool
	help    []string // "tracelint help [analyzer...]"

	analyzers []*analysis.Analyzer // the analyzers to run
	// settings are the analyzer flags given on the command line, as given:
	// with configuration files, a flag is applied over each package's
	// files, so the value it leaves in the flag set is not all it means.
	settings []string
}

// errHelp is returned for -h, -help and -help=true: usage on standard
// output, exit status 0.
var errHelp = errors.New("help requested")

// parseArgs parses the standalone command's arguments with a flag set of its
// own (never the global one): the output and engine flags, an enable flag
// per analyzer (-metricdims: only the analyzers named; -metricdims=false:
// all but those) and every analyzer flag as -<analyzer>.<flag>.
func parseArgs(args []string, suite []*analysis.Analyzer) (*invocation, error) {
	inv := &invocation{tests: true, format: "text", context: -1, cache: cacheDefault()}
	fs := flag.NewFlagSet("tracelint", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed once, by the caller
	fs.BoolVar(&inv.tests, "test", inv.tests, "also analyse test files (the packages' test variants)")
	fs.StringVar(&inv.tags, "tags", "", "comma-separated build tags, as for go build")
	jsonOut := fs.Bool("json", false, "print findings as JSON on standard output (exit 0 unless there are errors)")
	format := fs.String("format", "", "output format: text, json or sarif")
	sarif := &sarifFlag{}
	fs.Var(sarif, "sarif", "write SARIF 2.1.0 to `FILE` (-sarif alone: standard output); findings are still printed")
	fs.StringVar(&inv.sarifRoot, "sarif-root", "", "directory SARIF URIs are relative to (default: the repository root)")
	fs.IntVar(&inv.context, "c", -1, "print each finding with `N` lines of context")
	fs.BoolVar(&inv.fix, "fix", false, "apply the suggested fixes")
	fs.BoolVar(&inv.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.StringVar(&inv.baseline, "baseline", "", "report only the findings not recorded in the baseline `FILE`")
	fs.StringVar(&inv.writeBaseline, "write-baseline", "", "record the current findings in the baseline `FILE` and exit 0")
	fs.BoolVar(&inv.cache, "cache", inv.cache, "reuse the results of packages whose code, dependencies and settings did not change (TRACELINT_CACHE=off disables)")
	fs.BoolVar(&inv.verbose, "v", false, "print how many packages were analysed and how many came from the cache")
	fs.StringVar(&inv.debug, "debug", "", "debug `flags`: t prints the slowest analysis actions, p analyses sequentially")
	fs.StringVar(&inv.cpuprofile, "cpuprofile", "", "write a CPU profile to `FILE`")
	fs.StringVar(&inv.memprofile, "memprofile", "", "write a memory profile to `FILE`")
	fs.StringVar(&inv.trc, "trace", "", "write an execution trace to `FILE`")
	fs.BoolVar(&inv.version, "version", false, "print the version and exit")

	enable := make(map[string]*triState, len(suite))
	for _, a := range suite {
		enable[a.Name] = new(triState)
		fs.Var(enable[a.Name], a.Name, "enable the "+a.Name+" analyzer (only the analyzers named run; -"+a.Name+"=false: all but it)")
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			fs.Var(&given{Value: f.Value, name: name, log: &inv.settings}, name, f.Usage)
		})
	}

	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, errHelp
		}
		return nil, err
	}
	inv.patterns = fs.Args()
	if len(inv.patterns) > 0 && inv.patterns[0] == "help" {
		inv.help = inv.patterns[1:]
		return inv, nil
	}

	switch *format {
	case "", "text":
	case "json":
		inv.format = "json"
	case "sarif":
		inv.format = "sarif"
	default:
		return nil, fmt.Errorf("invalid value %q for flag -format: want text, json or sarif", *format)
	}
	if *jsonOut {
		if inv.format == "sarif" {
			return nil, errors.New("-json cannot be combined with SARIF output")
		}
		inv.format = "json"
	}
	if sarif.set {
		if inv.format == "json" && *format == "json" || *jsonOut {
			return nil, errors.New("-format=json cannot be combined with -sarif")
		}
		inv.format, inv.sarifFile = "sarif", sarif.file
	}
	if inv.sarifRoot != "" && inv.format != "sarif" {
		return nil, errors.New("-sarif-root needs -sarif or -format=sarif")
	}
	if inv.fix {
		for name, set := range map[string]bool{"-json": *jsonOut, "SARIF output": inv.format == "sarif", "-baseline": inv.baseline != "", "-write-baseline": inv.writeBaseline != ""} {
			if set {
				return nil, fmt.Errorf("-fix cannot be combined with %s", name)
			}
		}
	} else if inv.diff {
		return nil, errors.New("-diff needs -fix")
	}
	if inv.baseline != "" && inv.writeBaseline != "" {
		return nil, errors.New("-baseline and -write-baseline cannot be combined: -write-baseline records every current finding")
	}
	if strings.Trim(inv.debug, "tpv") != "" {
		return nil, fmt.Errorf("invalid value %q for flag -debug: want letters of t (timing), p (sequential), v (verbose)", inv.debug)
	}
	for _, p := range inv.patterns {
		if strings.HasPrefix(p, "-") {
			return nil, fmt.Errorf("flag %s after the package patterns: put flags before the packages", p)
		}
		if ext := filepath.Ext(p); (ext == ".sarif" || ext == ".json") && !isDir(p) {
			return nil, fmt.Errorf("%s is not a package: write -sarif=%s to name the SARIF file", p, p)
		}
	}
	if len(inv.patterns) == 0 && !inv.version {
		inv.patterns = []string{"."}
	}
	inv.analyzers = selectAnalyzers(suite, enable)
	for _, a := range suite {
		if e := enable[a.Name]; *e != unset {
			// Selected by name, an analyzer runs even where a
			// configuration file switches it off (config.Enable).
			inv.settings = append(inv.settings, a.Name+"="+e.String())
		}
	}
	return inv, nil
}

// selectAnalyzers applies the enable flags, with go vet's semantics: if any
// is true, only those run; otherwise all run except those set false.
func selectAnalyzers(suite []*analysis.Analyzer, enable map[string]*triState) []*analysis.Analyzer {
	var on, off []*analysis.Analyzer
	for _, a := range suite {
		switch *enable[a.Name] {
		case setTrue:
			on = append(on, a)
		case setFalse:
			off = append(off, a)
		}
	}
	if len(on) > 0 {
		return on
	}
	return slices.DeleteFunc(slices.Clone(suite), func(a *analysis.Analyzer) bool { return slices.Contains(off, a) })
}

// given records the values an analyzer flag is given, as given, for the
// cache key: with configuration files, a value such as "+X" is applied over
// each package's files, so the value it leaves is not all it means.
type given struct {
	flag.Value
	name string
	log  *[]string
}

func (g *given) Set(s string) error {
	*g.log = append(*g.log, g.name+"="+s)
	return g.Value.Set(s)
}

func (g *given) IsBoolFlag() bool {
	b, ok := g.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// A triState is an analyzer's enable flag: unset, true or false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return ""
}

func (t *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("want true or false")
	}
	if b {
		*t = setTrue
	} else {
		*t = setFalse
	}
	return nil
}

func (*triState) IsBoolFlag() bool { return true }

// sarifFlag is -sarif: alone, SARIF on standard output; -sarif=FILE, to a
// file. It is a boolean flag to the flag package, so "-sarif ./..." leaves
// ./... a package pattern instead of taking it for the file name.
type sarifFlag struct {
	set  bool
	file string
}

func (s *sarifFlag) String() string { return s.file }

func (s *sarifFlag) Set(v string) error {
	s.set = true
	switch v {
	case "true", "-":
		s.file = ""
	case "", "false":
		return errors.New("want -sarif (standard output) or -sarif=FILE")
	default:
		if isPackagePattern(v) {
			return fmt.Errorf("%q is a package pattern, not a file: write -sarif=FILE", v)
		}
		s.file = v
	}
	return nil
}

func (*sarifFlag) IsBoolFlag() bool { return true }

// isPackagePattern reports whether v reads as a package pattern rather than
// a file name: ./..., ./cmd/..., or an existing directory.
func isPackagePattern(v string) bool {
	return strings.Contains(v, "...") || isDir(v)
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// cacheDefault is whether the cache is on unless -cache says otherwise:
// TRACELINT_CACHE=off turns it off.
func cacheDefault() bool {
	return os.Getenv("TRACELINT_CACHE") != "off"
}

// usage prints the command's usage: how to run it, the output and engine
// flags, and where the analyzers' own flags are described.
func usage(w io.Writer, suite []*analysis.Analyzer) {
	var b strings.Builder
	b.WriteString(`tracelint checks Go code against the AWS traceability rules.

Usage:
  tracelint [flags] [packages]        analyse packages (default: the current directory)
  tracelint help [analyzer]           describe the analyzers and their flags
  go vet -vettool=$(which tracelint) [packages]

Output: findings as path:line:col: analyzer: message on standard error; exit
status 0 clean, 3 findings, 1 errors (load, type-check, analysis), 2 usage.

Flags:
  -json                 findings as JSON on standard output
  -format=text|json|sarif
  -sarif[=FILE]         SARIF 2.1.0 to FILE (or standard output); -sarif-root=DIR
  -c N                  print N lines of context around each finding
  -fix [-diff]          apply (or print as a diff) the suggested fixes
  -baseline=FILE        report only findings not recorded in FILE
  -write-baseline=FILE  record the current findings in FILE
  -test=false           do not analyse test files
  -tags=a,b             build tags
  -cache=false          analyse everything again (default: reuse unchanged packages' results)
  -v                    say what was analysed and what came from the cache
  -version              print the version
  -<analyzer>           run only the analyzers named (-<analyzer>=false: all but it)
  -<analyzer>.<flag>    an analyzer's setting (tracelint help <analyzer>)

Analyzers:
`)
	for _, a := range suite {
		short, _, _ := strings.Cut(a.Doc, "\n")
		fmt.Fprintf(&b, "  %-16s %s\n", a.Name, short)
	}
	b.WriteString("\nSettings can also come from tracelint.yml (docs/config.md).\n")
	_, _ = io.WriteString(w, b.String())
}

// help prints "tracelint help": the analyzers, or the named ones' docs and
// flags. An unknown name is an error.
func help(w io.Writer, suite []*analysis.Analyzer, names []string) error {
	if len(names) == 0 {
		usage(w, suite)
		return nil
	}
	var b strings.Builder
	for _, name := range names {
		i := slices.IndexFunc(suite, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			return fmt.Errorf("no analyzer named %q", name)
		}
		a := suite[i]
		fmt.Fprintf(&b, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
		if a.URL != "" {
			fmt.Fprintf(&b, "\nDocumentation: %s\n", a.URL)
		}
		b.WriteString("\nFlags:\n")
		a.Flags.VisitAll(func(f *flag.Flag) {
			def := f.DefValue
			if def == "" {
				def = `""`
			}
			fmt.Fprintf(&b, "  -%s.%s (default %s)\n    \t%s\n", a.Name, f.Name, def, f.Usage)
		})
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
