package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// configModule writes a module that uses only the standard library
// (crypto/rand.Text is a default uuidrunid generator, so loading is quick)
// with configuration files at three levels:
//
//	tracelint.yml        generators: [+example.com/ids.New]  (the defaults and one more)
//	off/tracelint.yml    enabled: false
//	own/.tracelint.yml   generators: [example.com/ids.New]   (crypto/rand.Text no longer counts)
//
// Each of ./, off/ and own/ holds the same run id made by rand.Text.
func configModule(t *testing.T, extra string) string {
	t.Helper()
	archive := txtar.Parse([]byte(`
-- go.mod --
module example.com/cfg

go 1.24
-- tracelint.yml --
uuidrunid:
  generators: [+example.com/ids.New]
-- root.go --
package cfg

import "crypto/rand"

type Input struct{ RunID string }

func New() Input { return Input{RunID: rand.Text()} }
-- off/tracelint.yml --
uuidrunid:
  enabled: false
-- off/off.go --
package off

import "crypto/rand"

type Input struct{ RunID string }

func New() Input { return Input{RunID: rand.Text()} }
-- own/.tracelint.yml --
uuidrunid:
  generators: [example.com/ids.New]
-- own/own.go --
package own

import "crypto/rand"

type Input struct{ RunID string }

func New() Input { return Input{RunID: rand.Text()} }
`))
	// extra replaces files of the same name.
	for _, f := range txtar.Parse([]byte(extra)).Files {
		archive.Files = slices.DeleteFunc(archive.Files, func(g txtar.File) bool { return g.Name == f.Name })
		archive.Files = append(archive.Files, f)
	}
	dir := t.TempDir()
	fsys, err := txtar.FS(archive)
	if err == nil {
		err = os.CopyFS(dir, fsys)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// reportedFiles lists the files (relative to dir, slash-separated) with a
// uuidrunid finding in tracelint's or go vet's text output.
func reportedFiles(dir, out string) []string {
	var files []string
	for _, m := range regexp.MustCompile(`(?m)^(\S+?\.go):\d+:\d+: (?:uuidrunid: )?run identifier RunID`).FindAllStringSubmatch(out, -1) {
		f := m[1]
		if rel, err := filepath.Rel(dir, f); err == nil && filepath.IsAbs(f) {
			f = rel
		}
		if f = filepath.ToSlash(filepath.Clean(f)); !slices.Contains(files, f) {
			files = append(files, f)
		}
	}
	slices.Sort(files)
	return files
}

// TestConfigFile: the command and go vet -vettool read the files per
// package, a deeper file over the one above; flags on the command line win
// over the files (a '+' extends what the file made), and an analyzer
// selected by name runs where a file switches it off.
func TestConfigFile(t *testing.T) {
	t.Parallel()
	dir := configModule(t, "")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{nil, []string{"root.go"}},
		{[]string{"-uuidrunid.generators=+crypto/rand.Text"}, []string{"own/own.go", "root.go"}},
		{[]string{"-uuidrunid"}, []string{"off/off.go", "root.go"}},
	} {
		args := append(append([]string(nil), tc.args...), "./...")
		_, stderr, code := runIn(t, dir, tracelint, args...)
		if got := reportedFiles(dir, stderr); code != 3 || !slices.Equal(got, tc.want) {
			t.Errorf("tracelint %v: exit %d, findings in %q, want 3 and %q\n%s", args, code, got, tc.want, stderr)
		}
	}
	// The same through go vet (one process per package), with a flag.
	_, stderr, _ := runIn(t, dir, "go", "vet", "-vettool="+tracelint, "-uuidrunid.generators=+crypto/rand.Text", "./...")
	if got, want := reportedFiles(dir, stderr), []string{"own/own.go", "root.go"}; !slices.Equal(got, want) {
		t.Errorf("go vet: findings in %q, want %q\n%s", got, want, stderr)
	}
}

// TestConfigFileErrors: a bad setting stops the command (exit 2) and go
// vet, naming the file, the line and the setting.
func TestConfigFileErrors(t *testing.T) {
	t.Parallel()
	dir := configModule(t, "-- own/.tracelint.yml --\nuuidrunid:\n  generators: [example.com/ids.New, \"\"]\n")
	want := filepath.FromSlash("own/.tracelint.yml:2:3: uuidrunid.generators: item 2 is empty (stray comma?)")
	_, stderr, code := runIn(t, dir, tracelint, "./...")
	if code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("tracelint with a bad file: exit %d, want 2 and an error containing %q:\n%s", code, want, stderr)
	}
	_, stderr, code = runIn(t, dir, "go", "vet", "-vettool="+tracelint, "./own")
	if code == 0 || !strings.Contains(stderr, want) {
		t.Errorf("go vet with a bad file: exit %d, want an error containing %q:\n%s", code, want, stderr)
	}
}
