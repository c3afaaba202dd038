package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
)

var sarifSuite = []*analysis.Analyzer{
	{Name: "alpha", Doc: "report alpha things\n\nAlpha things are\nbad.", URL: "https://example.com/alpha.md"},
	{Name: "beta", Doc: "report beta things"},
}

// tree builds a -json tree: entries are analyzer, posn, end, message.
func tree(pkg string, entries ...[4]string) jsonTree {
	byAnalyzer := map[string][]map[string]string{}
	for _, e := range entries {
		byAnalyzer[e[0]] = append(byAnalyzer[e[0]], map[string]string{"posn": e[1], "end": e[2], "message": e[3]})
	}
	t := jsonTree{pkg: {}}
	for a, diags := range byAnalyzer {
		raw, _ := json.Marshal(diags)
		t[pkg][a] = raw
	}
	return t
}

// convertTree converts a -json tree as a run does: each finding once, in
// order, fingerprinted relative to root.
func convertTree(root string, tr jsonTree, errs []string) *sarifLog {
	diags, problems := tr.findings()
	lines := newFileLines()
	fps, _ := fingerprints(diags, newFingerprinter(root, lines))
	return newConverter(newFingerprinter(root, lines), fps, sarifSuite).convert(diags, problems, errs)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestConvertResults(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "svc dir", "main.go")
	// The finding on line 3 starts after "é" (2 bytes, 1 UTF-16 unit) and
	// "𝄞" (4 bytes, 2 UTF-16 units).
	writeFile(t, src, "package main\n\nvar s = \"é𝄞\"; var x = 1\n")
	outside := filepath.Join(t.TempDir(), "gen.go")
	writeFile(t, outside, "package main\n")

	tr := tree("example.com/svc",
		[4]string{"beta", src + ":3:20", src + ":3:28", "beta finding"},
		[4]string{"alpha", src + ":3:20", src + ":3:28", "alpha finding"},
		[4]string{"gamma", outside + ":1:1", outside + ":1:8", "outside the root"},
	)
	// The test variant of the package repeats a finding.
	for k, v := range tree("example.com/svc [example.com/svc.test]", [4]string{"alpha", src + ":3:20", src + ":3:28", "alpha finding"}) {
		tr[k] = v
	}
	log := convertTree(root, tr, nil)
	run := log.Runs[0]
	if !run.Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful = false")
	}
	type res struct {
		Rule, URI, Base, Msg string
		Index                int
		Region               sarifRegion
	}
	got := make([]res, 0, len(run.Results))
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		got = append(got, res{r.RuleID, loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID, r.Message.Text, r.RuleIndex, loc.Region})
		if r.Level != "error" || len(r.PartialFingerprints[fingerprint]) != 32 {
			t.Errorf("result %+v: level %q, fingerprints %v", r.RuleID, r.Level, r.PartialFingerprints)
		}
	}
	want := []res{
		{"alpha", "svc%20dir/main.go", srcRoot, "alpha finding", 0, sarifRegion{3, 17, 3, 25}},
		{"beta", "svc%20dir/main.go", srcRoot, "beta finding", 1, sarifRegion{3, 17, 3, 25}},
		{"gamma", "file://" + filepath.ToSlash(outside), "", "outside the root", 2, sarifRegion{1, 1, 1, 8}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	ids := make([]string, 0, len(run.Tool.Driver.Rules))
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"alpha", "beta", "gamma"}, ids); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	alpha := run.Tool.Driver.Rules[0]
	if alpha.ShortDescription.Text != "report alpha things" || alpha.FullDescription.Text != "Alpha things are bad." ||
		alpha.HelpURI != "https://example.com/alpha.md" || !strings.Contains(alpha.Help.Text, "https://example.com/alpha.md") {
		t.Errorf("rule alpha: %+v", alpha)
	}
	if beta := run.Tool.Driver.Rules[1]; beta.FullDescription.Text != "report beta things" || beta.HelpURI != "" {
		t.Errorf("rule beta: %+v", beta)
	}
	// The test variant's repeat is one finding.
	if diags, _ := tr.findings(); len(diags) != 3 {
		t.Errorf("findings: %+v", diags)
	}
}

// TestFingerprints: stable for the same input, distinct for repeated
// identical findings, unchanged when lines are added above a finding.
func TestFingerprints(t *testing.T) {
	root := t.TempDir()
	a := filepath.Join(root, "a.go")
	b := filepath.Join(root, "b.go")
	line := "\tput(datum{}) // same code twice\n"
	writeFile(t, a, "package p\n\n"+line+line)
	writeFile(t, b, "package p\n\n// two\n// more lines\n"+line+line)
	prints := func(file string, first int) []string {
		tr := tree("p",
			[4]string{"alpha", fmt.Sprintf("%s:%d:2", file, first), "", "datum lacks X"},
			[4]string{"alpha", fmt.Sprintf("%s:%d:2", file, first+1), "", "datum lacks X"},
		)
		out := make([]string, 0, 2)
		for _, r := range convertTree(root, tr, nil).Runs[0].Results {
			out = append(out, r.PartialFingerprints[fingerprint])
		}
		return out
	}
	pa, pa2 := prints(a, 3), prints(a, 3)
	if diff := cmp.Diff(pa, pa2); diff != "" {
		t.Errorf("fingerprints differ between identical runs:\n%s", diff)
	}
	if pa[0] == pa[1] {
		t.Errorf("two findings share a fingerprint: %v", pa)
	}
	// Same content in another file: other fingerprints (the path counts).
	pb := prints(b, 5)
	if pb[0] == pa[0] {
		t.Error("fingerprint ignores the file")
	}
	// Lines added above: same fingerprints.
	writeFile(t, a, "package p\n\n// two\n// more lines\n"+line+line)
	if diff := cmp.Diff(pa, prints(a, 5)); diff != "" {
		t.Errorf("fingerprints changed when lines were added above (-before +after):\n%s", diff)
	}
}

func TestConvertErrors(t *testing.T) {
	root := t.TempDir()
	tr := jsonTree{"example.com/broken": {"alpha": json.RawMessage(`{"error": "analysis skipped due to errors in package"}`)}}
	log := convertTree(root, tr, nil)
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notifications) != 1 ||
		inv.Notifications[0].Message.Text != "example.com/broken: alpha: analysis skipped due to errors in package" {
		t.Errorf("invocation: %+v", inv)
	}
	// A failed run (e.g. a package that does not load) with findings
	// elsewhere: errors win.
	src := filepath.Join(root, "x.go")
	writeFile(t, src, "package x\n")
	log = convertTree(root, tree("x", [4]string{"alpha", src + ":1:1", "", "m"}), []string{"x.go:1:1: undefined: y"})
	inv = log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || inv.Notifications[0].Message.Text != "x.go:1:1: undefined: y" || len(log.Runs[0].Results) != 1 {
		t.Errorf("invocation %+v, results %d", inv, len(log.Runs[0].Results))
	}
	if inv := convertTree(root, jsonTree{}, nil).Runs[0].Invocations[0]; !inv.ExecutionSuccessful {
		t.Errorf("clean run: %+v", inv)
	}
}

func TestSplitPosn(t *testing.T) {
	for posn, want := range map[string]string{
		"/a/b.go:3:4":      "/a/b.go 3 4 true",
		`C:\a\b.go:10:2`:   `C:\a\b.go 10 2 true`,
		"-":                " 0 0 false",
		"/a/b.go:x:1":      " 0 0 false",
		"/a/b:c.go:12:100": "/a/b:c.go 12 100 true",
	} {
		f, l, c, ok := splitPosn(posn)
		if got := fmt.Sprint(f, " ", l, " ", c, " ", ok); got != want {
			t.Errorf("splitPosn(%q) = %s, want %s", posn, got, want)
		}
	}
}
