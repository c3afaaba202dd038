package main

import (
	"strings"
	"testing"
	"time"

	"github.com/tracelint/tracelint/bench/internal/corpus"
)

// A run that measures only one of the two sections keeps the other from
// the previous results file.
func TestMarkdownKeepsTheSectionNotMeasured(t *testing.T) {
	old := "# SDK from an earlier run\n\n" + appsMarker + "\n\n# Apps from an earlier run\n"
	r := fakeReport()

	got := r.markdown(old, false, true)
	if !strings.HasPrefix(got, "# SDK from an earlier run\n") || strings.Contains(got, "Apps from an earlier run") {
		t.Errorf("-corpus none: want the old SDK section and the new apps section, got:\n%s", got)
	}
	if !strings.Contains(got, "## snsctl: github.com/aws-controllers-k8s/sns-controller@v1.12.0") {
		t.Errorf("-corpus none: no snsctl section in:\n%s", got)
	}
	if n := strings.Count(got, appsMarker); n != 1 {
		t.Errorf("-corpus none: %d markers, want 1", n)
	}

	got = r.markdown("# SDK without apps\n", false, false)
	if got != "# SDK without apps\n" {
		t.Errorf("nothing measured: want the old file unchanged, got:\n%s", got)
	}
}

// The apps section reports what was measured: ratios against the floor,
// the cache runs and the analyzers alone.
func TestAppsMarkdown(t *testing.T) {
	got := fakeReport().appsMarkdown()
	for _, want := range []string{
		"| snsctl | 2 (300) | 10.00 s, 1000 MiB | 10.90 s, 1100 MiB | +9% | +10% | 12.00 s, 500 MiB | 0.50 s | 0.80 s |",
		"snsctl wall +9% (within the target), peak RSS +10% (within the target), cached 0.50 s (under a second)",
		"| tracelint | 30.00 s, 40.00 s CPU, 1200 MiB | 10.90 s, 21.80 s CPU, 1100 MiB | 0.50 s,",
		"| metricdims | 10.50 s |",
		"github.com/aws-controllers-k8s/runtime is replaced by v0.62.0", // the replacement is named
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

func fakeReport() *report {
	s := func(wall float64, rss int64) sample {
		return sample{wall: time.Duration(wall * float64(time.Second)), cpu: time.Duration(wall * 2 * float64(time.Second)), rss: rss << 20}
	}
	app := corpus.Apps[0]
	run := &appRun{
		app: app, pkgs: []string{"a", "b"}, size: size{pkgs: 2, lines: 100, loadedPkgs: 300, loadedLines: 1000},
		rounds: 1, tools: []tool{{name: "tracelint"}, {name: "floor (no-op multichecker)"}, {name: "go vet -vettool=tracelint"}},
		series: []series{{s(10.9, 1100)}, {s(10, 1000)}, {s(12, 500)}},
		alone:  []string{"metricdims"}, aloneSamples: []sample{s(10.5, 1000)},
		caches: []cacheRun{
			{name: "tracelint", cold: sample{wall: 30 * time.Second, cpu: 40 * time.Second, rss: 1200 << 20},
				cached: series{s(0.5, 50), s(0.5, 50), s(0.6, 50)}, edited: s(2, 300)},
			{name: "go vet -vettool=tracelint", cold: s(60, 900), cached: series{s(0.8, 60)}, edited: s(3, 400)},
		},
	}
	return &report{apps: []*appRun{run}, analyzers: []string{"metricdims"}}
}
