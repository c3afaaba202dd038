// Command runner measures tracelint on the benchmark corpus and writes
// bench/RESULTS.md (see bench/README.md). From bench/:
//
//	go run ./cmd/runner                        # everything, 5 rounds
//	go run ./cmd/runner -rounds 3 -note "..."  # fewer rounds, a note on top
//
// In one run it measures, alternating the tools in every round:
// tracelint (all analyzers) against the floor (a no-op multichecker with the
// same loader) and the floor plus the inspector, go vet and
// go vet -vettool=tracelint with a warm build cache; go vet -vettool=tracelint
// and go vet cold (empty build cache) and cached; the growth of the cost
// with the number of packages; and the analyzers' hot paths (go test -bench).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/tracelint/tracelint/bench/internal/corpus"
)

// vetwrap: go vet caches analysis results under the tool's identity
// (`tool -V=full`), so a second go vet of unchanged packages analyses
// nothing. To measure the analysis with a warm build cache, each run goes
// through this binary started with BENCH_VETWRAP_TOOL set: it reports a
// fresh identity (BENCH_VETWRAP_ID) and execs the real tool for everything
// else. That is what CI pays when the build cache is restored but the tool
// (or the code) changed.
func vetwrap() {
	tool := os.Getenv("BENCH_VETWRAP_TOOL")
	if tool == "" {
		return
	}
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		fmt.Printf("vetwrap version devel buildID=%s\n", os.Getenv("BENCH_VETWRAP_ID"))
		os.Exit(0)
	}
	err := syscall.Exec(tool, append([]string{tool}, os.Args[1:]...), os.Environ())
	fmt.Fprintln(os.Stderr, "vetwrap:", err)
	os.Exit(2)
}

// options are the runner's flags.
type options struct {
	rounds, growthRounds, appRounds     int
	cold, gobench, breakdown, vet, down bool
	corpus, apps, out, note             string
}

func main() {
	vetwrap()
	var o options
	flag.IntVar(&o.rounds, "rounds", 5, "measured rounds on the SDK corpus (each runs every tool once)")
	flag.IntVar(&o.growthRounds, "growth-rounds", 0, "rounds for the growth sets (default: -rounds)")
	flag.IntVar(&o.appRounds, "app-rounds", 3, "measured rounds on each application module")
	flag.BoolVar(&o.cold, "cold", true, "measure go vet (and tracelint on the apps) with an empty build cache (slow: compiles std and the corpus)")
	flag.BoolVar(&o.gobench, "gobench", true, "run the analyzers' hot-path benchmarks (go test -bench ./hotpath)")
	flag.BoolVar(&o.breakdown, "breakdown", true, "also measure each analyzer alone, and the slowest analysis actions (one sequential run)")
	flag.BoolVar(&o.vet, "vet", true, "measure go vet and go vet -vettool=tracelint with a warm build cache in the rounds")
	flag.StringVar(&o.out, "out", "RESULTS.md", "results file (also printed)")
	flag.StringVar(&o.note, "note", "", "note printed at the top of the results (e.g. that the machine was loaded)")
	flag.BoolVar(&o.down, "download", true, "download the corpus modules first (needs the module proxy)")
	flag.StringVar(&o.corpus, "corpus", "all", `the SDK corpus: "all", "light" (the relevant corpus without SDK v1), "none" (keep its section of the results file) or comma-separated package patterns (for quick checks)`)
	flag.StringVar(&o.apps, "apps", "all", `the application modules: "all", "none" (keep their section of the results file) or comma-separated names (`+strings.Join(corpus.AppNames(), ", ")+`)`)
	prepare := flag.Bool("prepare", false, "only download and materialise the -apps modules (bench/work/apps), then exit")
	flag.Parse()
	if o.growthRounds == 0 {
		o.growthRounds = o.rounds
	}
	apps, err := corpus.SelectApps(o.apps)
	check(err)
	if o.appRounds < 1 || o.rounds < 1 {
		log.Fatal("-rounds and -app-rounds must be at least 1")
	}
	log.SetFlags(log.Ltime)

	d, err := corpus.Find()
	check(err)
	if *prepare {
		for _, a := range apps {
			dir, err := d.Materialise(a)
			check(err)
			log.Printf("%s: %s in %s", a.Name, a.Pinned(), dir)
		}
		return
	}
	r := &report{started: time.Now().UTC(), loadStart: loadavg(), note: o.note, rounds: o.rounds, growthRounds: o.growthRounds}
	if o.down {
		log.Print("downloading the corpus modules")
		check(d.Download())
	}
	binDir := filepath.Join(d.Bench, "bin")
	check(os.MkdirAll(binDir, 0o755))
	log.Print("building tracelint and the floor")
	tracelint, noop, err := d.Build(binDir)
	check(err)
	self, err := os.Executable()
	check(err)
	r.describe(d, tracelint)
	b := bins{tracelint: tracelint, noop: noop, self: self,
		vetTool: strings.TrimSpace(goOut(d, "env", "GOTOOLDIR")) + "/vet",
		stamp:   strconv.Itoa(os.Getpid()) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)}

	if o.corpus != "none" {
		measureSDK(d, b, r, o)
	}
	for _, a := range apps {
		r.apps = append(r.apps, measureApp(d, b, r.analyzers, a, o))
	}
	r.loadEnd = loadavg()
	r.finished = time.Now().UTC()

	path := o.out
	if !filepath.IsAbs(path) {
		path = filepath.Join(d.Bench, path)
	}
	old, _ := os.ReadFile(path)
	md := r.markdown(string(old), o.corpus != "none", len(apps) > 0)
	fmt.Print(md)
	check(os.WriteFile(path, []byte(md), 0o644))
	log.Printf("wrote %s", path)
}

// measureSDK measures the SDK corpus (the -corpus packages) into r.
func measureSDK(d corpus.Dirs, b bins, r *report, o options) {
	logf := func(s string) { log.Print(s) }
	tracelint, noop, vetTool, stamp := b.tracelint, b.noop, b.vetTool, b.stamp
	r.corpusName = o.corpus
	patterns := corpus.All()
	switch o.corpus {
	case "all":
	case "light":
		patterns = corpus.Light()
	default:
		patterns = strings.Split(o.corpus, ",")
	}
	pkgs, err := d.List(patterns...)
	check(err)
	relevant, err := d.List(corpus.Relevant...)
	check(err)
	inCorpus := make(map[string]bool, len(pkgs))
	for _, p := range pkgs {
		inCorpus[p] = true
	}
	relevant = slices.DeleteFunc(relevant, func(p string) bool { return !inCorpus[p] })
	r.corpus = sizeOf(d, pkgs)
	r.relevantPkgs = len(relevant)
	log.Printf("corpus: %d packages (%d relevant), %d loaded with dependencies and tests",
		len(pkgs), len(relevant), r.corpus.loadedPkgs)

	standalone := func(name, bin string, pkgs []string, extraEnv ...string) tool {
		return b.standalone(name, d.Bench, d.Env(extraEnv...), bin, pkgs...)
	}
	govet := func(name, realTool, id string, extraEnv ...string) tool {
		return b.govet(name, d.Bench, d.Env(extraEnv...), realTool, id, pkgs...)
	}

	tools := []tool{
		standalone("tracelint", tracelint, pkgs),
		standalone("floor (no-op multichecker)", noop, pkgs),
		standalone("floor + inspect", noop, pkgs, "NOOP_MODE=inspect"),
	}
	if o.vet {
		tools = append(tools,
			govet("go vet", vetTool, ""),
			govet("go vet -vettool=tracelint", tracelint, ""))
	}
	r.mainTools = len(tools)
	if o.breakdown {
		for _, name := range r.analyzers {
			tools = append(tools, standalone("tracelint -"+name, tracelint, append([]string{"-" + name}, pkgs...)))
		}
	}
	log.Print("warm-up (not measured): fills the build cache and the page cache")
	for _, t := range tools {
		if _, err := measure(t, -1); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("corpus: %d rounds", o.rounds)
	r.tools = tools
	r.series, err = rounds(tools, o.rounds, logf)
	check(err)

	if o.cold {
		for _, c := range []struct{ name, tool string }{
			{"go vet -vettool=tracelint", tracelint},
			{"go vet", vetTool},
		} {
			cache, err := os.MkdirTemp("", "bench-gocache-")
			check(err)
			// The same identity for the cold run and the cached runs after it.
			t := govet(c.name, c.tool, "fixed-"+stamp, "GOCACHE="+cache)
			log.Printf("cold: %s with an empty build cache", c.name)
			s, err := measure(t, 0)
			check(err)
			cached := make(series, 0, 3)
			for i := range 3 {
				x, err := measure(t, i)
				check(err)
				cached = append(cached, x)
			}
			r.cold = append(r.cold, coldResult{name: c.name, cold: s, cached: cached})
			log.Printf("cold %.1fs, cached %.2fs", s.wall.Seconds(), median(cached.walls()).Seconds())
			if err := os.RemoveAll(cache); err != nil {
				log.Printf("removing %s: %v", cache, err)
			}
		}
	}

	// Growth: evenly spaced subsets of the corpus; the whole corpus is the
	// last point, measured above.
	for _, n := range []int{1, 10} {
		set := spread(pkgs, n)
		g := growth{pkgs: set, size: sizeOf(d, set)}
		log.Printf("growth: %d packages (%d loaded), %d rounds", n, g.size.loadedPkgs, o.growthRounds)
		ss, err := rounds([]tool{standalone("tracelint", tracelint, set), standalone("floor", noop, set)}, o.growthRounds, logf)
		check(err)
		g.tracelint, g.floor = ss[0], ss[1]
		r.growth = append(r.growth, g)
	}
	r.growth = append(r.growth, growth{pkgs: pkgs, size: r.corpus, tracelint: r.series[0], floor: r.series[1]})

	if o.breakdown {
		log.Print("breakdown: slowest actions (tracelint -debug=tp, sequential)")
		r.actions, r.actionsTotal = slowest(d.Bench, d.Env(), tracelint, pkgs)
	}

	if o.gobench {
		log.Print("hot paths: go test -bench ./hotpath")
		cmd := exec.Command("go", "test", "-run=^$", "-bench=.", "-benchtime=5x", "-count=1", "-benchmem", "./hotpath")
		cmd.Dir = d.Bench
		cmd.Env = d.Env()
		outb, err := cmd.CombinedOutput()
		if err != nil {
			log.Fatalf("go test -bench: %v\n%s", err, outb)
		}
		r.gobench = benchLines(string(outb))
	}
}

// spread picks n packages evenly spaced over the list.
func spread(pkgs []string, n int) []string {
	if n >= len(pkgs) {
		return pkgs
	}
	out := make([]string, n)
	for i := range n {
		out[i] = pkgs[i*len(pkgs)/n+len(pkgs)/(2*n)]
	}
	return out
}

func benchLines(out string) []string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "Benchmark") || strings.HasPrefix(l, "goos:") || strings.HasPrefix(l, "cpu:") {
			lines = append(lines, l)
		}
	}
	return lines
}

func goOut(d corpus.Dirs, args ...string) string {
	cmd := exec.Command("go", args...)
	cmd.Dir = d.Bench
	cmd.Env = d.Env()
	cmd.Stderr = io.Discard
	out, err := cmd.Output()
	check(err)
	return string(out)
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

type action struct {
	d        time.Duration
	analyzer string
	pkg      string
}

// slowest runs tracelint sequentially with -debug=tp, which prints the
// analysis actions (analyzer@package) that account for 90% of the time, and
// returns the ten slowest and the total time per analyzer over those printed.
func slowest(dir string, env []string, tracelint string, pkgs []string) ([]action, map[string]time.Duration) {
	cmd := exec.Command(tracelint, append([]string{"-json", "-debug=tp"}, pkgs...)...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdout = io.Discard
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("tracelint -debug=tp: %v\n%s", err, stderr.String())
	}
	var all []action
	total := map[string]time.Duration{}
	for _, line := range strings.Split(stderr.String(), "\n") {
		dur, what, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		an, pkg, ok := strings.Cut(what, "@")
		dd, err := time.ParseDuration(dur)
		if !ok || err != nil {
			continue
		}
		all = append(all, action{dd, an, pkg})
		total[an] += dd
	}
	sort.Slice(all, func(i, j int) bool { return all[i].d > all[j].d })
	return all[:min(10, len(all))], total
}
