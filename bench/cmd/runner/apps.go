package main

import (
	"bytes"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/tracelint/tracelint/bench/internal/corpus"
)

// An appRun is the measurement of one application module: `./...` inside
// the module, as its main module, the way its developers run tracelint.
type appRun struct {
	app                corpus.App
	pkgs               []string
	size               size
	started, finished  time.Time
	loadStart, loadEnd string
	rounds             int

	// tools are tracelint (its result cache off), the floor and
	// go vet -vettool=tracelint (a fresh tool identity per run), all with a
	// warm build cache, measured in alternating rounds.
	tools  []tool
	series []series
	// alone is each analyzer alone (`tracelint -NAME`), one run each.
	alone        []string
	aloneSamples []sample
	actions      []action
	actionsTotal map[string]time.Duration
	// caches are the runs that start from empty caches: cold, then
	// nothing changed, then one file edited.
	caches []cacheRun
}

// A cacheRun follows one command from empty caches: the first run (cold:
// an empty build cache and, for tracelint, an empty result cache), three
// runs on unchanged code (cached), and one after a comment was appended
// to one file of a leaf package (edited).
type cacheRun struct {
	name   string
	cold   sample
	cached series
	edited sample
	// failed is why a run failed (then the later runs are not made): a
	// failure here is a finding to report, not a reason to lose the rest.
	failed string
}

// Indexes of appRun.tools.
const (
	appTracelint = iota
	appFloor
	appVet
)

// measureApp materialises the app (from the module cache, downloading it
// the first time) and measures it.
func measureApp(d corpus.Dirs, b bins, analyzers []string, a corpus.App, o options) *appRun {
	log.Printf("%s: materialising %s", a.Name, a.Pinned())
	dir, err := d.Materialise(a)
	check(err)
	env := d.AppEnv()
	run := &appRun{app: a, started: time.Now().UTC(), loadStart: loadavg(), rounds: o.appRounds}
	run.pkgs = listIn(dir, env, "./...")
	run.size = sizeIn(dir, env, run.pkgs)
	log.Printf("%s: %d packages, %d loaded with dependencies and tests", a.Name, len(run.pkgs), run.size.loadedPkgs)

	run.tools = []tool{
		b.standalone("tracelint", dir, env, b.tracelint, "./..."),
		b.standalone("floor (no-op multichecker)", dir, env, b.noop, "./..."),
		b.govet("go vet -vettool=tracelint", dir, env, b.tracelint, "", "./..."),
	}
	log.Printf("%s: warm-up (not measured): fills the build cache and the page cache", a.Name)
	for _, t := range run.tools {
		_, err := measure(t, -1)
		check(err)
	}
	log.Printf("%s: %d rounds", a.Name, o.appRounds)
	run.series, err = rounds(run.tools, o.appRounds, func(s string) { log.Print(a.Name + ": " + s) })
	check(err)

	if o.breakdown {
		for _, name := range analyzers {
			s, err := measure(b.standalone("tracelint -"+name, dir, env, b.tracelint, "-"+name, "./..."), 0)
			check(err)
			log.Printf("%s: tracelint -%s alone: %.2fs wall, %.0f MiB", a.Name, name, s.wall.Seconds(), mib(s.rss))
			run.alone = append(run.alone, name)
			run.aloneSamples = append(run.aloneSamples, s)
		}
		log.Printf("%s: slowest actions (tracelint -debug=tp, sequential)", a.Name)
		run.actions, run.actionsTotal = slowest(dir, env, b.tracelint, []string{"./..."})
	}
	if o.cold {
		run.caches = measureCaches(b, dir, env, a)
	}
	run.loadEnd = loadavg()
	run.finished = time.Now().UTC()
	return run
}

// measureCaches runs tracelint (with its result cache on) and
// go vet -vettool=tracelint from empty caches: cold, cached (three runs),
// and after editing a.Edit (restored afterwards).
func measureCaches(b bins, dir string, env []string, a corpus.App) []cacheRun {
	tmp, err := os.MkdirTemp("", "bench-caches-")
	check(err)
	defer func() {
		if err := os.RemoveAll(tmp); err != nil {
			log.Printf("removing %s: %v", tmp, err)
		}
	}()
	withEnv := func(extra ...string) []string { return append(env[:len(env):len(env)], extra...) }
	gocache := func(name string) string {
		p := filepath.Join(tmp, name)
		check(os.MkdirAll(p, 0o755))
		return p
	}
	tools := []tool{
		b.standalone("tracelint", dir,
			withEnv("GOCACHE="+gocache("tracelint-gocache"), "TRACELINT_CACHE="+gocache("tracelint-results")),
			b.tracelint, "./..."),
		b.govet("go vet -vettool=tracelint", dir, withEnv("GOCACHE="+gocache("vet-gocache")),
			b.tracelint, "fixed-"+b.stamp, "./..."),
	}
	runs := make([]cacheRun, len(tools))
	fail := func(i int, err error) {
		runs[i].failed = firstLine(err.Error())
		log.Printf("%s: %s failed: %v", a.Name, tools[i].name, err)
	}
	for i, t := range tools {
		log.Printf("%s: cold: %s (empty caches)", a.Name, t.name)
		runs[i].name = t.name
		if runs[i].cold, err = measure(t, 0); err != nil {
			fail(i, err)
			continue
		}
		for j := range 3 {
			s, err := measure(t, j)
			if err != nil {
				fail(i, err)
				break
			}
			runs[i].cached = append(runs[i].cached, s)
		}
		log.Printf("%s: %s cold %.1fs, cached %.2fs", a.Name, t.name, runs[i].cold.wall.Seconds(), median(runs[i].cached.walls()).Seconds())
	}
	// One edit for both: a comment appended to a file of a leaf package,
	// unique to this run so that no earlier cache entry matches.
	path := filepath.Join(dir, filepath.FromSlash(a.Edit))
	orig, err := os.ReadFile(path)
	check(err)
	check(os.WriteFile(path, append(bytes.Clone(orig), "\n// edited by the bench runner "+b.stamp+"\n"...), 0o644))
	for i, t := range tools {
		if runs[i].failed != "" {
			continue
		}
		if runs[i].edited, err = measure(t, 0); err != nil {
			fail(i, err)
			continue
		}
		log.Printf("%s: %s after editing %s: %.2fs", a.Name, t.name, a.Edit, runs[i].edited.wall.Seconds())
	}
	check(os.WriteFile(path, orig, 0o644))
	return runs
}

// listIn lists the packages matching patterns in dir with env.
func listIn(dir string, env []string, patterns ...string) []string {
	cmd := exec.Command("go", append([]string{"list"}, patterns...)...)
	cmd.Dir, cmd.Env = dir, env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("go list %s in %s: %v\n%s", strings.Join(patterns, " "), dir, err, stderr.Bytes())
	}
	return strings.Fields(string(out))
}

// firstLine is the command line and the first line of its output from a
// measure error, for the results.
func firstLine(s string) string {
	lines := strings.SplitN(s, "\n", 3)
	return strings.Join(lines[:min(2, len(lines))], ": ")
}
