package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/tracelint/tracelint/bench/internal/corpus"
)

type coldResult struct {
	name   string
	cold   sample
	cached series
}

type growth struct {
	pkgs             []string
	size             size
	tracelint, floor series
}

type report struct {
	started, finished  time.Time
	loadStart, loadEnd string
	note               string
	rounds             int
	growthRounds       int

	machine, goVersion, xtools, commit string
	analyzers                          []string
	modules                            []string

	corpus       size
	corpusName   string
	relevantPkgs int
	tools        []tool
	series       []series
	cold         []coldResult
	growth       []growth
	gobench      []string
	mainTools    int // r.tools[mainTools:] are the analyzers alone
	actions      []action
	actionsTotal map[string]time.Duration

	apps []*appRun
}

func (r *report) describe(d corpus.Dirs, tracelint string) {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/(1<<20))
		}
	}
	kernel := runtime.GOOS
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		kernel = "Linux " + strings.TrimSpace(string(b))
	}
	r.machine = fmt.Sprintf("%s, %d logical CPUs%s, %s", cpu, runtime.NumCPU(), mem, kernel)
	r.goVersion = strings.TrimSpace(goOut(d, "version"))
	r.xtools, _ = corpus.ModuleVersion(tracelint, "golang.org/x/tools")
	if out, err := exec.Command("git", "-C", d.Root, "rev-parse", "--short", "HEAD").Output(); err == nil {
		r.commit = strings.TrimSpace(string(out))
		if st, err := exec.Command("git", "-C", d.Root, "status", "--porcelain", "--", "analyzers", "cmd", "go.mod").Output(); err == nil && len(st) > 0 {
			r.commit += " + uncommitted changes in analyzers/, cmd/ or go.mod"
		}
	}
	// The analyzers are the boolean flags that enable one ("enable X analysis").
	if out, err := exec.Command(tracelint, "-flags").Output(); err == nil {
		var flags []struct {
			Name  string
			Bool  bool
			Usage string
		}
		if json.Unmarshal(out, &flags) == nil {
			for _, f := range flags {
				if f.Bool && !strings.Contains(f.Name, ".") && strings.HasPrefix(f.Usage, "enable ") {
					r.analyzers = append(r.analyzers, f.Name)
				}
			}
		}
	}
	// The versions of the corpus modules.
	list := goOut(d, append([]string{"list", "-f", "{{with .Module}}{{.Path}} {{.Version}}{{end}}"}, corpus.All()...)...)
	seen := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(list), "\n") {
		if l = strings.TrimSpace(l); l != "" && !seen[l] {
			seen[l] = true
			r.modules = append(r.modules, l)
		}
	}
	sort.Strings(r.modules)
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func spreadOf[T int64 | time.Duration](xs []T, f func(T) string) string {
	if len(xs) < 2 {
		return f(median(xs))
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return fmt.Sprintf("%s (%s–%s)", f(median(xs)), strings.TrimSuffix(f(lo), " s"), f(hi))
}

func mibs(b int64) string { return fmt.Sprintf("%.0f MiB", mib(b)) }

func pct(r float64) string {
	if r == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%+.0f%%", (r-1)*100)
}

func verdict(r, limit float64) string {
	if r-1 <= limit+1e-9 { // exactly at the limit is within it
		return "within the target"
	}
	return "over the target"
}

// appsMarker separates the SDK corpus's results from the application
// modules' in the results file, so that a run measuring only one of them
// (-corpus none or -apps none) keeps the other's section as it was.
const appsMarker = "<!-- application modules: bench/cmd/runner -apps -->"

// markdown is the results file: the SDK corpus's section (measured now, or
// kept from old) and the application modules' section (likewise).
func (r *report) markdown(old string, sdk, apps bool) string {
	oldSDK, oldApps, found := strings.Cut(old, appsMarker)
	if !found {
		oldSDK, oldApps = old, ""
	} else {
		oldApps = appsMarker + oldApps
	}
	var out string
	switch {
	case sdk:
		out = r.sdkMarkdown()
	case strings.TrimSpace(oldSDK) != "":
		out = oldSDK
	default:
		out = "# tracelint: speed on real code\n\nThe SDK corpus was not measured (`-corpus none`).\n\n"
	}
	switch {
	case apps:
		out += r.appsMarkdown()
	case oldApps != "":
		out += oldApps
	}
	return out
}

// environment prints the table rows that say where and what was measured.
func (r *report) environment(p func(string, ...any), loadStart, loadEnd string) {
	p("| | |\n|---|---|\n")
	p("| machine | %s |\n", r.machine)
	p("| load average (1, 5, 15 min) | %s at the start, %s at the end |\n", loadStart, loadEnd)
	p("| Go | %s |\n", r.goVersion)
	p("| golang.org/x/tools | %s (tracelint and the floor) |\n", r.xtools)
	p("| tracelint | commit %s; analyzers: %s |\n", r.commit, strings.Join(r.analyzers, ", "))
}

func (r *report) sdkMarkdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# tracelint: speed on real code\n\n")
	if r.note != "" {
		p("> **%s**\n\n", r.note)
	}
	p("Measured %s UTC (%.0f min) with `make bench` (`cd bench && go run ./cmd/runner -rounds %d -corpus %s`).\n\n",
		r.started.Format("2006-01-02 15:04"), r.finished.Sub(r.started).Minutes(), r.rounds, r.corpusName)
	r.environment(p, r.loadStart, r.loadEnd)
	p("| corpus | %d packages (%d relevant to the rules, %d unrelated), %s lines with their tests; loaded with dependencies and tests: %d packages, %s lines |\n",
		r.corpus.pkgs, r.relevantPkgs, r.corpus.pkgs-r.relevantPkgs, thousands(r.corpus.lines), r.corpus.loadedPkgs, thousands(r.corpus.loadedLines))
	p("| corpus modules | %s |\n\n", strings.Join(r.modules, ", "))

	p("## Whole corpus, standalone (%d rounds, tools alternating; median (min–max))\n\n", r.rounds)
	p("| command | wall | CPU (user+sys) | peak RSS | wall vs floor | CPU vs floor | peak RSS vs floor |\n")
	p("|---|---|---|---|---|---|---|\n")
	floor := r.series[1]
	for i, t := range r.tools[:r.mainTools] {
		s := r.series[i]
		p("| %s | %s | %s | %s | %s | %s | %s |\n", t.name,
			spreadOf(s.walls(), secs), spreadOf(s.cpus(), secs), spreadOf(s.rsss(), mibs),
			pct(ratio(s, floor, wallOf)), pct(ratio(s, floor, cpuOf)), pct(ratio(s, floor, rssOf)))
	}
	p("\nRatios are medians of the ratios within each round. The floor is `bench/cmd/noop`: the same\n")
	p("x/tools multichecker with one analyzer that does nothing but declares a fact type, so it loads\n")
	p("exactly what tracelint loads (every package and dependency from source). \"floor + inspect\" adds\n")
	p("`inspect.Analyzer`, for reference: what tracelint would pay if its analyzers required it rather than\n")
	p("building their shared inspector only in packages that pass their import check. The go vet rows run with a warm build\n")
	p("cache and a fresh tool identity per run, so the analysis is not served from go vet's cache.\n\n")

	tl, ins := r.series[0], r.series[2] // tracelint, floor + inspect
	wall, rss, cpu := ratio(tl, floor, wallOf), ratio(tl, floor, rssOf), ratio(tl, floor, cpuOf)
	p("**Target** (tracelint over the floor: at most +10%% wall, +15%% peak RSS): wall %s (%s), peak RSS %s (%s); CPU %s.\n\n",
		pct(wall), verdict(wall, 0.10), pct(rss), verdict(rss, 0.15), pct(cpu))

	if len(r.tools) > r.mainTools {
		p("## Where the time goes\n\n")
		p("Each analyzer alone (`tracelint -NAME`, in the same rounds), against the floor:\n\n")
		p("| analyzer | wall | CPU | peak RSS | wall vs floor | CPU vs floor | RSS vs floor |\n|---|---|---|---|---|---|---|\n")
		for i, t := range r.tools[r.mainTools:] {
			s := r.series[r.mainTools+i]
			p("| %s | %s | %s | %s | %s | %s | %s |\n", strings.TrimPrefix(t.name, "tracelint -"),
				secs(median(s.walls())), secs(median(s.cpus())), mibs(median(s.rsss())),
				pct(ratio(s, floor, wallOf)), pct(ratio(s, floor, cpuOf)), pct(ratio(s, floor, rssOf)))
		}
		if len(r.actions) > 0 {
			p("\nThe slowest analysis actions (one sequential run, `tracelint -json -debug=tp`; the driver prints the actions\n")
			p("that make up 90%% of the total):\n\n")
			actionsMarkdown(p, r.actions, r.actionsTotal)
			p(" (`inspect` is the inspector, `tracelintresolve` the shared resolver index).\n\n")
		}
	}

	if len(r.cold) > 0 {
		p("## go vet -vettool=tracelint (how CI runs it incrementally)\n\n")
		p("| command | cold: empty build cache | warm build cache, analysis re-run | cached: nothing changed |\n|---|---|---|---|\n")
		for _, c := range r.cold {
			warm := warmOf(r.tools, r.series, c.name)
			p("| %s | %s, %s CPU, %s | %s | %s, %s CPU, %s |\n", c.name,
				secs(c.cold.wall), secs(c.cold.cpu), mibs(c.cold.rss), warm,
				secs(median(c.cached.walls())), secs(median(c.cached.cpus())), mibs(median(c.cached.rsss())))
		}
		p("\nCold compiles the standard library and the corpus for export data and analyses every package\n")
		p("and dependency (one process per package: peak RSS is the largest one). Warm is what CI pays with\n")
		p("a restored build cache when the tool or the code changed (here: everything is analysed again;\n")
		p("a pull request re-analyses only the changed packages and their dependents). Cached is go vet\n")
		p("serving every result from the build cache (median of 3).\n\n")
	}

	p("## Growth with the number of packages (%d rounds; the last row is the whole corpus above)\n\n", r.growthRounds)
	p("| packages | lines | loaded packages | loaded lines | tracelint wall | floor wall | wall vs floor | tracelint CPU | CPU per 100k loaded lines | tracelint peak RSS | peak RSS vs floor |\n")
	p("|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, g := range r.growth {
		cpu := median(g.tracelint.cpus())
		p("| %d | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", g.size.pkgs, thousands(g.size.lines),
			g.size.loadedPkgs, thousands(g.size.loadedLines), secs(median(g.tracelint.walls())), secs(median(g.floor.walls())),
			pct(ratio(g.tracelint, g.floor, wallOf)), secs(cpu),
			secs(time.Duration(float64(cpu)*1e5/float64(max(g.size.loadedLines, 1)))),
			mibs(median(g.tracelint.rsss())), pct(ratio(g.tracelint, g.floor, rssOf)))
	}
	p("\nThe subsets are evenly spaced over the corpus package list: ")
	for i, g := range r.growth[:len(r.growth)-1] {
		if i > 0 {
			p("; ")
		}
		if len(g.pkgs) == 1 {
			p("1: `%s`", g.pkgs[0])
		} else {
			p("%d: `%s`, ...", len(g.pkgs), g.pkgs[0])
		}
	}
	p(". What grows is the code loaded (dependencies and tests included), so the cost is\n")
	p("compared per loaded line.\n\n")

	if len(r.gobench) > 0 {
		p("## Analyzer hot paths (`go test -bench . ./hotpath`)\n\n```\n%s\n```\n\n", strings.Join(r.gobench, "\n"))
		p("Each analyzer alone (with the shared resolver and inspector it builds) on one generated package of\n")
		p("n functions that exercise every rule; loading happens once, outside the timed loop.\n\n")
	}

	p("## Closing note\n\n")
	insWall, insRSS := ratio(ins, floor, wallOf), ratio(ins, floor, rssOf)
	p("- tracelint costs %s wall and %s peak RSS over the floor on this corpus: wall %s (at most +10%%), peak RSS %s (at most +15%%).\n",
		pct(wall), pct(rss), verdict(wall, 0.10), verdict(rss, 0.15))
	p("- Because the analyzers use facts, the driver runs them on every loaded package (%d here: dependencies and\n", r.corpus.loadedPkgs)
	p("  the standard library included). Requiring `inspect.Analyzer` would build and keep an inspector for each\n")
	p("  of them: floor + inspect costs %s wall and %s peak RSS over the floor. tracelint's analyzers share one\n", pct(insWall), pct(insRSS))
	p("  inspector that is built only after a package passes their import check (`resolve.Inspector`).\n")
	if len(r.tools) > r.mainTools {
		worst, worstCPU := "", 0.0
		for i, t := range r.tools[r.mainTools:] {
			if c := ratio(r.series[r.mainTools+i], floor, cpuOf); c > worstCPU {
				worst, worstCPU = strings.TrimPrefix(t.name, "tracelint -"), c
			}
		}
		p("- Of the analyzers alone, %s costs the most: %s CPU over the floor", worst, pct(worstCPU))
		if len(r.actions) > 0 {
			p("; the slowest single action is %s on %s (%s sequential)", r.actions[0].analyzer, r.actions[0].pkg, secs(r.actions[0].d))
		}
		p(".\n")
	}
	p("- The floor (loading and type-checking every package from source) takes %s of tracelint's wall time.\n\n",
		fmt.Sprintf("%.0f%%", 100/max(wall, 1e-9)))

	p("## Method\n\n")
	p("- `bench/go.mod` pins the corpus modules (downloaded from the module proxy); `bench/go.work` adds the\n")
	p("  bundled `examples/` module. Every measured command runs offline (`GOPROXY=off`) in that workspace.\n")
	p("- tracelint is built from the repository root, the floor (`bench/cmd/noop`) from the bench module; the\n")
	p("  runner checks that both link the same golang.org/x/tools.\n")
	p("- One warm-up run of every command (not measured), then rounds in which every command runs once, the\n")
	p("  order rotating by one each round. Wall time is measured around the process; CPU time and peak RSS\n")
	p("  come from the child's rusage (user+sys of the process and the processes it waited for, such as\n")
	p("  `go list` and go vet's per-package tool runs; peak RSS of the largest single process).\n")
	p("- Both standalone commands analyse test files too (the driver's default, like go vet).\n")
	return b.String()
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), ",")
}

// actionsMarkdown prints the slowest analysis actions and, after them, the
// start of a sentence giving their total per analyzer (the caller ends it).
func actionsMarkdown(p func(string, ...any), actions []action, total map[string]time.Duration) {
	p("| time | analyzer | package |\n|---|---|---|\n")
	for _, a := range actions {
		p("| %s | %s | %s |\n", secs(a.d), a.analyzer, a.pkg)
	}
	names := make([]string, 0, len(total))
	for n := range total {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return total[names[i]] > total[names[j]] })
	p("\nTotal over the printed actions, per analyzer: ")
	for i, n := range names {
		if i > 0 {
			p(", ")
		}
		p("%s %s", n, secs(total[n]))
	}
}

// warmOf is the medians of the series of the tool named name, or "-".
func warmOf(tools []tool, ss []series, name string) string {
	for i, t := range tools {
		if t.name == name {
			return medians(ss[i])
		}
	}
	return "-"
}

// medians is "wall, CPU CPU, peak RSS", each the median of s.
func medians(s series) string {
	return fmt.Sprintf("%s, %s CPU, %s", secs(median(s.walls())), secs(median(s.cpus())), mibs(median(s.rsss())))
}
