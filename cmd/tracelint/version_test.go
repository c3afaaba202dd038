package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// TestVersionInstalled: a tracelint installed with go install, or run as a
// tool of another module with go tool, prints the module version it was
// built from. The version comes from a module proxy in a directory that
// serves this checkout's committed tree (HEAD) as v0.0.1-test; the
// dependencies come from the module cache, offline.
func TestVersionInstalled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tracelint from a module proxy")
	}
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, ".git")); err != nil {
		t.Skip("not a git checkout: the proxy serves the committed tree")
	}
	const version = "v0.0.1-test"
	tmp := t.TempDir()
	proxy := filepath.Join(tmp, "proxy")
	dir := filepath.Join(proxy, "github.com", "tracelint", "tracelint", "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	if err := zip.CreateFromVCS(&zipped, module.Version{Path: "github.com/tracelint/tracelint", Version: version}, root, "HEAD", ""); err != nil {
		t.Fatalf("zipping HEAD: %v", err)
	}
	gomod, err := exec.Command("git", "-C", root, "show", "HEAD:go.mod").Output()
	if err != nil {
		t.Fatal(err)
	}
	info, _ := json.Marshal(map[string]any{"Version": version, "Time": time.Now().UTC()})
	for name, data := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": info,
		version + ".mod":  gomod,
		version + ".zip":  zipped.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(filepath.Join(strings.TrimSpace(string(modcache)), "cache", "download")),
		"GOMODCACHE="+filepath.Join(tmp, "modcache"), "GOSUMDB=off", "GOWORK=off",
		// -trimpath: the compiled dependencies do not depend on where
		// this test's module cache is, so the build cache serves them.
		"GOFLAGS=-trimpath -modcacherw", "GOBIN="+filepath.Join(tmp, "bin"))
	run := func(dir string, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	run(tmp, "go", "install", "github.com/tracelint/tracelint/cmd/tracelint@"+version)
	if got := run(tmp, filepath.Join(tmp, "bin", "tracelint"), "-version"); !strings.HasPrefix(got, "tracelint "+version+" ") {
		t.Errorf("go install: -version printed %q, want the module version %s", got, version)
	}

	user := filepath.Join(tmp, "user")
	if err := os.MkdirAll(user, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(user, "go.mod"), []byte("module example.com/user\n\ngo 1.26.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run(user, "go", "get", "-tool", "github.com/tracelint/tracelint/cmd/tracelint@"+version)
	if got := run(user, "go", "tool", "tracelint", "-version"); !strings.HasPrefix(got, "tracelint "+version+" ") {
		t.Errorf("go tool: -version printed %q, want the module version %s", got, version)
	}
}
