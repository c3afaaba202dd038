// Command tracelint checks Go code against the AWS traceability rules: run
// identifiers, metric dimensions, alert and payload correlation fields, S3
// markers and partition paths, log fields and run tables.
//
//	tracelint ./...                               # all analyzers
//	tracelint -metricdims.dimensions=+Stage ./... # configure an analyzer
//	tracelint -sarif=tracelint.sarif ./...        # SARIF 2.1.0 for code scanning
//	tracelint -baseline=tracelint.baseline ./...  # only findings not recorded there
//	go vet -vettool=$(which tracelint) ./...      # the same, through go vet
//
// Two drivers share the analyzers. Under go vet (a unitchecker
// configuration file as the last argument, or go vet's -V=full and -flags
// probes), the process is x/tools' multichecker, as go vet expects. The
// standalone command has an engine of its own (engine.go): it keeps each
// package's results in a cache keyed by everything they depend on, so a run
// on unchanged code analyses nothing and an edit re-analyses only the
// packages it affects; it prints findings as path:line:col: analyzer:
// message, JSON, or SARIF, and filters them through a baseline. -fix and
// -diff are left to the multichecker. Nothing here touches the global flag
// set before the multichecker does, so go vet's protocol is unchanged.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/tracelint/tracelint/analyzers"
)

// Exit statuses of tracelint (docs/ci.md). The multichecker uses the same
// values in its text mode.
const (
	exitClean    = 0 // no findings
	exitError    = 1 // a package did not load or type-check, an analysis failed
	exitUsage    = 2 // bad flag or flag value
	exitFindings = 3 // findings, and no errors
)

func main() {
	args := os.Args[1:]
	suite := analyzers.All()
	if isVetInvocation(args) {
		vetMain(args, suite)
	}
	os.Exit(command(args, suite, os.Stdout, os.Stderr))
}

// command runs the standalone command and returns its exit status.
func command(args []string, suite []*analysis.Analyzer, stdout, stderr io.Writer) int {
	inv, err := parseArgs(args, suite)
	switch {
	case errors.Is(err, errHelp):
		usage(stdout, suite)
		return exitClean
	case err != nil:
		say(stderr, "tracelint: %v\nrun 'tracelint -help' for usage\n", err)
		return exitUsage
	case inv.help != nil:
		if err := help(stdout, suite, inv.help); err != nil {
			say(stderr, "tracelint: %v\n", err)
			return exitUsage
		}
		return exitClean
	case inv.version:
		say(stdout, "%s\n", versionLine())
		return exitClean
	}
	if err := checkConfig(args, suite); err != nil {
		exitConfig(err)
	}
	if inv.fix {
		fixMain(args, inv)
	}
	stop, err := profile(inv)
	if err != nil {
		say(stderr, "tracelint: %v\n", err)
		return exitUsage
	}
	defer stop()
	return report(inv, suite, stdout, stderr)
}

// report analyses and prints the results as inv asks, and returns the exit
// status: errors (1) before findings (3); -json and -write-baseline exit 0
// unless there are errors.
func report(inv *invocation, suite []*analysis.Analyzer, stdout, stderr io.Writer) int {
	start := time.Now()
	out, err := analyse(inv, stderr)
	if err != nil {
		say(stderr, "tracelint: %v\n", err)
		return exitError
	}
	for _, e := range out.errors {
		say(stderr, "%s\n", e)
	}
	tree := out.tree
	diags, problems := tree.findings()

	var fps map[string]string
	var entries []baselineEntry
	lines := newFileLines()
	if inv.baseline != "" || inv.writeBaseline != "" || inv.format == "sarif" {
		root, err := sarifRoot(inv.sarifRoot)
		if err != nil {
			say(stderr, "tracelint: %v\n", err)
			return exitUsage
		}
		fps, entries = fingerprints(diags, newFingerprinter(root, lines))
	}
	failed := len(out.errors) > 0 || len(problems) > 0
	if inv.writeBaseline != "" {
		if err := writeBaselineFile(inv.writeBaseline, entries); err != nil {
			say(stderr, "tracelint: %v\n", err)
			return exitError
		}
		say(stderr, "tracelint: recorded %d %s in %s\n", len(entries), plural(len(entries), "finding"), inv.writeBaseline)
		if failed {
			return exitError
		}
		return exitClean
	}
	var note string
	if inv.baseline != "" {
		b, err := readBaseline(inv.baseline)
		if err != nil {
			say(stderr, "tracelint: %v\n", err)
			return exitUsage
		}
		var hidden int
		var stale []baselineEntry
		tree, hidden, stale = applyBaseline(tree, b, fps)
		diags, _ = tree.findings()
		note = fmt.Sprintf("tracelint: %d %s hidden by the baseline %s", hidden, plural(hidden, "finding"), inv.baseline)
		if len(stale) > 0 {
			note += fmt.Sprintf("; %d of its entries no longer match any finding (refresh it with -write-baseline)", len(stale))
		}
	}

	status := exitClean
	switch {
	case failed:
		status = exitError
	case len(diags) > 0 && inv.format != "json":
		status = exitFindings
	}
	switch inv.format {
	case "json":
		if err := printJSON(stdout, tree.withoutRepeats()); err != nil {
			say(stderr, "tracelint: %v\n", err)
			return exitError
		}
	case "sarif":
		printText(stderr, diags, problems, inv.context)
		if err := writeSARIF(inv, diags, problems, out.errors, status, suite, fps, lines); err != nil {
			say(stderr, "tracelint: %v\n", err)
			return exitError
		}
	default:
		printText(stderr, diags, problems, inv.context)
	}
	if note != "" {
		say(stderr, "%s\n", note)
	}
	if dbg(inv, 'v') {
		for _, id := range slices.Sorted(slices.Values(out.analysed)) {
			say(stderr, "tracelint: analysed %s\n", id)
		}
	}
	if inv.verbose || dbg(inv, 'v') {
		say(stderr, "tracelint: %d %s analysed, %d from the cache, in %v\n",
			len(out.analysed), plural(len(out.analysed), "package"), out.cached, time.Since(start).Round(time.Millisecond))
	}
	if dbg(inv, 't') {
		printSlowest(stderr, out, inv)
	}
	return status
}

// vetMain runs the multichecker for go vet. An invalid flag value is checked
// first, so that go vet shows the error once instead of the multichecker's
// usage text for every package.
func vetMain(args []string, suite []*analysis.Analyzer) {
	if err := checkConfig(args, suite); err != nil {
		exitConfig(err)
	}
	if err := vetFlagError(args, suite); err != nil {
		reportVetFlagError(err)
		os.Exit(exitUsage)
	}
	multichecker.Main(suite...)
}

// fixMain leaves -fix and -diff to the multichecker, which applies or
// prints the suggested fixes from a fresh analysis (no cache: the fixes'
// offsets must be current). Build tags go through GOFLAGS, as the
// multichecker's loader reads them there; the engine's own flags are
// dropped.
func fixMain(args []string, inv *invocation) {
	rest := make([]string, 0, len(args))
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && slices.Contains([]string{"cache", "v", "tags"}, name) {
			continue
		}
		rest = append(rest, arg)
	}
	if inv.tags != "" {
		if err := os.Setenv("GOFLAGS", strings.TrimSpace(os.Getenv("GOFLAGS")+" -tags="+inv.tags)); err != nil {
			say(os.Stderr, "tracelint: %v\n", err)
			os.Exit(exitError)
		}
	}
	os.Args = append(os.Args[:1], rest...)
	multichecker.Main(analyzers.All()...)
}

// profile starts the profiles -cpuprofile, -memprofile and -trace ask for;
// stop writes them.
func profile(inv *invocation) (stop func(), err error) {
	var stops []func()
	stop = func() {
		for _, s := range slices.Backward(stops) {
			s()
		}
	}
	if inv.cpuprofile != "" {
		f, err := os.Create(inv.cpuprofile)
		if err != nil {
			return stop, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return stop, err
		}
		stops = append(stops, func() { pprof.StopCPUProfile(); _ = f.Close() })
	}
	if inv.trc != "" {
		f, err := os.Create(inv.trc)
		if err != nil {
			return stop, err
		}
		if err := trace.Start(f); err != nil {
			return stop, err
		}
		stops = append(stops, func() { trace.Stop(); _ = f.Close() })
	}
	if inv.memprofile != "" {
		f, err := os.Create(inv.memprofile)
		if err != nil {
			return stop, err
		}
		stops = append(stops, func() {
			runtime.GC()
			_ = pprof.WriteHeapProfile(f)
			_ = f.Close()
		})
	}
	return stop, nil
}

// printSlowest prints the analysis actions that took 90% of the time
// (-debug=t; with p, sequentially, so the times are not scheduler noise).
func printSlowest(w io.Writer, out *outcome, inv *invocation) {
	if !dbg(inv, 'p') {
		say(w, "%s\n", "tracelint: Warning: times are mostly GC/scheduler noise; use -debug=tp to disable parallelism")
	}
	list := slices.Clone(out.slowest)
	var total time.Duration
	for _, t := range list {
		total += t.took
	}
	slices.SortFunc(list, func(a, b timing) int { return int(b.took - a.took) })
	var sum time.Duration
	for _, t := range list {
		say(w, "%s\t%s\n", t.took, t)
		sum += t.took
		if sum >= total*9/10 {
			break
		}
	}
	if total > sum {
		say(w, "%s\tall others\n", total-sum)
	}
}
