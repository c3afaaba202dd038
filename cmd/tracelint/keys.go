package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"hash"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/config"
)

// A keyer computes a package's cache key: a hash of everything its results
// depend on, so that a result read back under the same key is the result
// the analysis would give now.
//
//   - the tracelint binary (its contents: a rebuilt analyzer is another
//     tool), the analyzers that run and every one of their settings;
//   - the go command's environment for the build (version, GOOS, GOARCH,
//     cgo and its compiler and flags, GOFLAGS, experiments), the build tags
//     and whether tests count;
//   - the package: its ID, path and name, the names and contents of its Go
//     files (cgo's among them), other files (C sources and headers, ...) and
//     embedded files, and the configuration files (tracelint.yml) that
//     apply to its directory;
//   - the keys of the packages it imports, so that a change anywhere below
//     (a fact of a helper in another package) changes every key above it.
//
// Files under GOROOT, the module cache and the build cache are identified by
// their path alone: their directories name the version or the hash of what
// they hold.
type keyer struct {
	base      []byte // what every key shares
	immutable []string
	memo      map[*packages.Package]string
	fileSums  map[string]string
}

// newKeyer hashes what every package's key shares.
func newKeyer(inv *invocation, env []string) (*keyer, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	if err := hashFile(h, exe); err != nil {
		return nil, err
	}
	h.Write(fmt.Appendf(nil, "tests=%v tags=%q settings=%q\n", inv.tests, inv.tags, inv.settings))
	for _, a := range inv.analyzers {
		h.Write(fmt.Appendf(nil, "analyzer %s\n", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) { h.Write(fmt.Appendf(nil, "  %s=%q\n", f.Name, f.Value.String())) })
	}
	goenv, err := goEnv(env, "GOVERSION", "GOOS", "GOARCH", "CGO_ENABLED", "GOFLAGS", "GOEXPERIMENT", "GOAMD64", "GOARM64", "GOROOT", "GOMODCACHE", "GOCACHE", "GOWORK",
		"CC", "CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS") // what cgo's output depends on besides the files
	if err != nil {
		return nil, err
	}
	for _, k := range slices.Sorted(maps.Keys(goenv)) {
		h.Write(fmt.Appendf(nil, "%s=%q\n", k, goenv[k]))
	}
	k := &keyer{base: h.Sum(nil), memo: make(map[*packages.Package]string), fileSums: make(map[string]string)}
	for _, dir := range []string{goenv["GOROOT"], goenv["GOMODCACHE"], goenv["GOCACHE"]} {
		if dir != "" && dir != "off" {
			k.immutable = append(k.immutable, filepath.Clean(dir)+string(filepath.Separator))
		}
	}
	return k, nil
}

// goEnv runs go env for keys, in the run's environment.
func goEnv(env []string, keys ...string) (map[string]string, error) {
	cmd := exec.Command("go", append([]string{"env", "-json"}, keys...)...)
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	vals := make(map[string]string)
	if err := json.Unmarshal(out, &vals); err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	return vals, nil
}

// key returns p's key.
func (k *keyer) key(p *packages.Package) (string, error) {
	if key, ok := k.memo[p]; ok {
		return key, nil
	}
	h := sha256.New()
	h.Write(k.base)
	h.Write(fmt.Appendf(nil, "package %q %q %q\n", p.ID, p.PkgPath, p.Name))
	for _, group := range [][]string{p.GoFiles, p.OtherFiles, p.EmbedFiles} {
		for _, f := range slices.Sorted(slices.Values(group)) {
			sum, err := k.fileSum(f)
			if err != nil {
				return "", err
			}
			h.Write(fmt.Appendf(nil, "file %q %s\n", f, sum))
		}
		h.Write([]byte("--\n"))
	}
	if dir := pkgDir(p); dir != "" && !k.isImmutable(dir) {
		chain, _ := config.Files(dir) // a bad file fails the run before this
		h.Write(fmt.Appendf(nil, "config %s\n", chain.Fingerprint()))
	}
	for _, e := range p.Errors {
		h.Write(fmt.Appendf(nil, "error %q\n", e.Error()))
	}
	for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
		sub, err := k.key(p.Imports[path])
		if err != nil {
			return "", err
		}
		h.Write(fmt.Appendf(nil, "import %q %s\n", path, sub))
	}
	key := hex.EncodeToString(h.Sum(nil))
	k.memo[p] = key
	return key, nil
}

func (k *keyer) isImmutable(path string) bool {
	for _, dir := range k.immutable {
		if strings.HasPrefix(path+string(filepath.Separator), dir) {
			return true
		}
	}
	return false
}

// fileSum identifies a file's contents: its hash, or "" for a file whose
// path identifies them.
func (k *keyer) fileSum(name string) (string, error) {
	if k.isImmutable(name) {
		return "", nil
	}
	if sum, ok := k.fileSums[name]; ok {
		return sum, nil
	}
	h := sha256.New()
	if err := hashFile(h, name); err != nil {
		return "", err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	k.fileSums[name] = sum
	return sum, nil
}

func hashFile(h hash.Hash, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	_, err = io.Copy(h, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// pkgDir is the directory of a package's Go files, or "".
func pkgDir(p *packages.Package) string {
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return ""
}

// analyzersOf lists the names of analyzers, for messages.
func analyzersOf(as []*analysis.Analyzer) []string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	return names
}
