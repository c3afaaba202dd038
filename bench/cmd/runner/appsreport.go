package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// appsMarkdown is the application modules' section of the results file.
func (r *report) appsMarkdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	first, last := r.apps[0], r.apps[len(r.apps)-1]
	names := make([]string, len(r.apps))
	for i, a := range r.apps {
		names[i] = a.app.Name
	}
	p("%s\n\n# Application modules\n\n", appsMarker)
	if r.note != "" {
		p("> **%s**\n\n", r.note)
	}
	p("Measured %s UTC (%.0f min) with `make bench` (`cd bench && go run ./cmd/runner -apps %s -app-rounds %d`).\n",
		first.started.Format("2006-01-02 15:04"), last.finished.Sub(first.started).Minutes(), strings.Join(names, ","), first.rounds)
	p("Each module is analysed as its developers run tracelint: `./...` inside the module, as the main module,\n")
	p("tests included, from a copy of the pinned version in `bench/work/apps/<name>` (see `bench/README.md`).\n\n")
	r.environment(p, first.loadStart, last.loadEnd)
	p("\n")

	p("## Summary (median of the rounds; ratios are medians of the ratios within each round)\n\n")
	p("| module | packages (loaded with dependencies and tests) | floor | tracelint | wall vs floor | peak RSS vs floor | go vet -vettool=tracelint, warm | tracelint, cached | go vet -vettool=tracelint, cached |\n")
	p("|---|---|---|---|---|---|---|---|---|\n")
	for _, a := range r.apps {
		tl, fl, vet := a.series[appTracelint], a.series[appFloor], a.series[appVet]
		tlCached, vetCached := "-", "-"
		for _, c := range a.caches {
			switch {
			case c.failed != "":
			case c.name == "tracelint":
				tlCached = secs(median(c.cached.walls()))
			case c.name == "go vet -vettool=tracelint":
				vetCached = secs(median(c.cached.walls()))
			}
		}
		p("| %s | %d (%d) | %s, %s | %s, %s | %s | %s | %s, %s | %s | %s |\n", a.app.Name, len(a.pkgs), a.size.loadedPkgs,
			secs(median(fl.walls())), mibs(median(fl.rsss())), secs(median(tl.walls())), mibs(median(tl.rsss())),
			pct(ratio(tl, fl, wallOf)), pct(ratio(tl, fl, rssOf)),
			secs(median(vet.walls())), mibs(median(vet.rsss())), tlCached, vetCached)
	}
	p("\n**Target** (tracelint over the floor: at most +10%% wall, +15%% peak RSS; a cached re-run under a second):\n")
	for _, a := range r.apps {
		tl, fl := a.series[appTracelint], a.series[appFloor]
		wall, rss := ratio(tl, fl, wallOf), ratio(tl, fl, rssOf)
		p("%s wall %s (%s), peak RSS %s (%s)", a.app.Name, pct(wall), verdict(wall, 0.10), pct(rss), verdict(rss, 0.15))
		for _, c := range a.caches {
			if c.name == "tracelint" && c.failed == "" {
				cached := median(c.cached.walls())
				state := "under a second"
				if cached >= time.Second {
					state = "over a second"
				}
				p(", cached %s (%s)", secs(cached), state)
			}
		}
		p(";\n")
	}
	p("\n")

	for _, a := range r.apps {
		r.appMarkdown(p, a)
	}

	p("## Method (application modules)\n\n")
	p("- The modules are pinned in `bench/internal/corpus/apps.go` and copied once from the module cache\n")
	p("  (downloaded from the module proxy) into `bench/work/apps/<name>`, with placeholders for generated files\n")
	p("  the module zip does not hold; `k8sdeps` lives in `bench/apps/k8sdeps`. Every measured command runs\n")
	p("  offline (`GOPROXY=off`, `GOWORK=off`, `GOFLAGS=-mod=mod`) in the module's directory.\n")
	p("- Rounds: tracelint (result cache off: `TRACELINT_CACHE=off`), the floor and go vet -vettool=tracelint\n")
	p("  (a fresh tool identity per run, so go vet analyses everything with a warm build cache), after one\n")
	p("  unmeasured warm-up run of each; the order rotates by one each round.\n")
	p("- Caches: each command from an empty build cache (`GOCACHE`) and, for tracelint, an empty result cache\n")
	p("  (`TRACELINT_CACHE=<dir>`): cold (the first run), cached (three runs on unchanged code, median), and one\n")
	p("  run after a comment was appended to one file of a leaf package (restored afterwards). The floor has no\n")
	p("  cache: it loads everything on every run.\n")
	p("- Peak RSS is that of the largest single process (go vet runs one process per package).\n")
	return b.String()
}

// appMarkdown is one module's subsection.
func (r *report) appMarkdown(p func(string, ...any), a *appRun) {
	p("## %s: %s\n\n", a.app.Name, a.app.Pinned())
	p("%s. %d packages, %s lines with their tests; loaded with dependencies and tests: %d packages, %s lines.\n",
		a.app.Shape, len(a.pkgs), thousands(a.size.lines), a.size.loadedPkgs, thousands(a.size.loadedLines))
	for _, r := range a.app.Replace {
		p("In the work copy, %s is replaced by %s: %s.\n", r.Module, r.Version, r.Why)
	}
	for _, name := range slices.Sorted(maps.Keys(a.app.Placeholders)) {
		p("`%s` is an empty placeholder: %s.\n", name, a.app.Placeholders[name])
	}
	p("Load average %s at the start, %s at the end.\n\n", a.loadStart, a.loadEnd)

	floor := a.series[appFloor]
	p("| command (%d rounds, warm build cache) | wall | CPU (user+sys) | peak RSS | wall vs floor | CPU vs floor | peak RSS vs floor |\n", a.rounds)
	p("|---|---|---|---|---|---|---|\n")
	for i, t := range a.tools {
		s := a.series[i]
		p("| %s | %s | %s | %s | %s | %s | %s |\n", t.name,
			spreadOf(s.walls(), secs), spreadOf(s.cpus(), secs), spreadOf(s.rsss(), mibs),
			pct(ratio(s, floor, wallOf)), pct(ratio(s, floor, cpuOf)), pct(ratio(s, floor, rssOf)))
	}
	p("\n")

	if len(a.caches) > 0 {
		p("| command | cold: empty caches | warm build cache, analysis re-run | cached: nothing changed (median of 3) | one file edited |\n")
		p("|---|---|---|---|---|\n")
		run := func(s sample) string { return fmt.Sprintf("%s, %s CPU, %s", secs(s.wall), secs(s.cpu), mibs(s.rss)) }
		for _, c := range a.caches {
			warm := warmOf(a.tools, a.series, c.name)
			if c.failed != "" {
				p("| %s | failed: `%s` | %s | - | - |\n", c.name, strings.ReplaceAll(c.failed, "|", "\\|"), warm)
				continue
			}
			p("| %s | %s | %s | %s, %s CPU, %s | %s |\n", c.name, run(c.cold), warm,
				secs(median(c.cached.walls())), secs(median(c.cached.cpus())), mibs(median(c.cached.rsss())), run(c.edited))
		}
		p("| floor (no-op multichecker) | - | %s | - (no cache) | - |\n\n", medians(floor))
		p("The edited file is `%s` (a comment appended).\n\n", a.app.Edit)
	}

	if len(a.alone) > 0 {
		p("Each analyzer alone (`tracelint -NAME ./...`, one run each, after the rounds), against the median floor:\n\n")
		p("| analyzer | wall | CPU | peak RSS | wall vs floor | RSS vs floor |\n|---|---|---|---|---|---|\n")
		fw, fr := median(floor.walls()), median(floor.rsss())
		for i, name := range a.alone {
			s := a.aloneSamples[i]
			p("| %s | %s | %s | %s | %s | %s |\n", name, secs(s.wall), secs(s.cpu), mibs(s.rss),
				pct(s.wall.Seconds()/max(fw.Seconds(), 1e-9)), pct(float64(s.rss)/float64(max(fr, 1))))
		}
		p("\n")
	}
	if len(a.actions) > 0 {
		p("The slowest analysis actions (one sequential run, `tracelint -json -debug=tp ./...`; the driver prints the\n")
		p("actions that make up 90%% of the total):\n\n")
		actionsMarkdown(p, a.actions, a.actionsTotal)
		p(".\n\n")
	}
}
