package testutil

import (
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

// A VersionedModule is a module a test serves from a file proxy, so that
// the go command downloads it and go/packages reports its version (a local
// replacement would have none): what the analyzers' handling of downloaded
// dependencies (resolve.Peripheral) needs.
type VersionedModule struct {
	Path, Version string
	Files         map[string]string // name → content; go.mod included
}

// ProxyEnv writes mods to a file proxy under a temporary directory and
// returns the environment for the go command that downloads them from it,
// and every other module from the local module cache (no network), into a
// module cache of its own.
func ProxyEnv(tb testing.TB, mods ...VersionedModule) []string {
	tb.Helper()
	tmp := tb.TempDir()
	proxy := filepath.Join(tmp, "proxy")
	for _, m := range mods {
		src := filepath.Join(tmp, "src", m.Path+"@"+m.Version)
		for name, content := range m.Files {
			WriteFile(tb, filepath.Join(src, name), content)
		}
		escaped, err := module.EscapePath(m.Path)
		if err != nil {
			tb.Fatal(err)
		}
		dir := filepath.Join(proxy, escaped, "@v")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			tb.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, m.Version+".zip"))
		if err != nil {
			tb.Fatal(err)
		}
		err = zip.CreateFromDir(f, module.Version{Path: m.Path, Version: m.Version}, src)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			tb.Fatalf("zipping %s: %v", m.Path, err)
		}
		info, _ := json.Marshal(map[string]any{"Version": m.Version, "Time": time.Unix(0, 0).UTC()})
		WriteFile(tb, filepath.Join(dir, m.Version+".info"), string(info))
		WriteFile(tb, filepath.Join(dir, m.Version+".mod"), m.Files["go.mod"])
		WriteFile(tb, filepath.Join(dir, "list"), m.Version+"\n")
	}
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		tb.Fatal(err)
	}
	return append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(filepath.Join(strings.TrimSpace(string(modcache)), "cache", "download")),
		"GOMODCACHE="+filepath.Join(tmp, "modcache"), "GOSUMDB=off", "GOWORK=off", "GOFLAGS=-mod=mod -modcacherw")
}

// WriteFile writes content to name, creating its directory.
func WriteFile(tb testing.TB, name, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}
