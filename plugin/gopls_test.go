package plugin

import (
	"bytes"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGoplsCheck runs `gopls check` of the gopls built by `make gopls`
// (tracelint's analyzers appended to gopls's own) on every file of a copy
// of examples/ with tracelint.yml files, and compares its warnings with the
// tracelint command's findings: what an editor shows is what CI reports,
// configuration included.
func TestGoplsCheck(t *testing.T) {
	t.Parallel()
	gopls := integrationBinary(t, "TRACELINT_GOPLS", "gopls-tracelint-*", "make gopls")
	tracelint := buildTracelint(t)
	dir := copyExamples(t)
	writeExampleConfig(t, dir)
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	all := tracelintFindings(t, tracelint, dir)
	checkExampleConfigShows(t, all)
	want := map[finding]bool{}
	for f := range all {
		_, msg, _ := strings.Cut(f.Message, ": ") // "analyzer: message"
		want[finding{File: f.File, Line: f.Line, Message: msg}] = true
	}
	if len(want) == 0 {
		t.Fatal("tracelint reports nothing on examples/: nothing to compare")
	}

	cmd := command(dir, gopls, append([]string{"check", "-severity=warning"}, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gopls check: %v\n%s\n%s", err, out, stderr.Bytes())
	}
	// file:line:col[-[line:]col]: message
	diag := regexp.MustCompile(`^(.*?):(\d+):(\d+)(?:-(?:\d+:)?\d+)?: (.*)$`)
	got := map[finding]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if line == "" {
			continue
		}
		m := diag.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("unexpected gopls check output line %q", line)
			continue
		}
		n, _ := strconv.Atoi(m[2])
		got[finding{File: rel(t, dir, m[1]), Line: n, Message: m[4]}] = true
	}
	if diff := cmp.Diff(sortedFindings(want), sortedFindings(got)); diff != "" {
		t.Errorf("gopls check warnings differ from tracelint's findings (-want +got):\n%s\nstderr:\n%s", diff, stderr.Bytes())
	}
}
