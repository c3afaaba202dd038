package config

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// A Chain is the configuration that applies to the packages of one
// directory: the files from the module root down to it, outermost first.
type Chain struct {
	Files []*File
	key   string // the files' paths, sizes and modification times
}

// Empty reports whether no file applies.
func (c *Chain) Empty() bool { return c == nil || len(c.Files) == 0 }

// Fingerprint identifies the configuration's contents: it changes when a
// file is added, removed or modified. A driver that caches analysis results
// across runs must include it in the cache key of a package.
func (c *Chain) Fingerprint() string {
	if c.Empty() {
		return ""
	}
	sum := sha256.Sum256([]byte(c.key))
	return hex.EncodeToString(sum[:8])
}

// Files returns the configuration that applies to packages in dir: the
// configuration files from the root of the module containing dir (the
// nearest directory above it with a go.mod) down to dir itself. With an
// error, the chain (when not nil) holds what could be read.
func Files(dir string) (*Chain, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	return cache.chain(dir, "")
}

// ForPass returns the configuration that applies to the package of pass,
// or nil when none can: the driver gives no module (Bazel nogo), the
// package is outside a module (the standard library, GOPATH mode) or in a
// dependency taken from the module cache.
func ForPass(pass *analysis.Pass) (*Chain, error) {
	m := pass.Module
	if m == nil || m.Path == "" || m.Version != "" {
		return nil, nil
	}
	dir := packageDir(pass)
	if dir == "" {
		return nil, nil
	}
	return cache.chain(dir, m.Dir)
}

// packageDir is the directory of the package's source files. Positions
// are taken through //line directives, so cgo's generated files count as
// the files they were generated from.
func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		name := pass.Fset.Position(f.Package).Filename
		if strings.HasSuffix(name, ".go") && filepath.IsAbs(name) {
			return filepath.Dir(name)
		}
	}
	return ""
}

// cache keeps, per directory, the chain found there for a short while, and
// the parsed files by path, revalidated by size and modification time. Its
// size is bounded: it is emptied when it grows past its limits. A
// long-running driver (gopls) sees a file change within chainTTL.
var cache = &fileCache{dirs: map[string]dirEntry{}, files: map[string]fileEntry{}}

const (
	chainTTL = 2 * time.Second
	maxDirs  = 4096
	maxFiles = 1024
)

type fileCache struct {
	mu    sync.Mutex
	dirs  map[string]dirEntry
	files map[string]fileEntry
}

type dirEntry struct {
	chain   *Chain
	err     error
	expires time.Time
}

type fileEntry struct {
	size    int64
	modTime time.Time
	file    *File
	err     error
}

// chain returns the chain for dir, whose module root is root ("" when
// unknown: the nearest directory with a go.mod).
func (c *fileCache) chain(dir, root string) (*Chain, error) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.dirs[dir]
	c.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.chain, e.err
	}
	chain, err := c.load(dir, root)
	c.mu.Lock()
	if len(c.dirs) >= maxDirs {
		clear(c.dirs)
	}
	c.dirs[dir] = dirEntry{chain: chain, err: err, expires: now.Add(chainTTL)}
	c.mu.Unlock()
	return chain, err
}

// load walks up from dir to the module root, collecting configuration
// files, and parses them (or takes them from the cache).
func (c *fileCache) load(dir, root string) (*Chain, error) {
	if root != "" && !within(dir, root) {
		root = "" // a package outside its module's directory (symbolic links): find the root
	}
	var found []string // innermost first
	var infos []fs.FileInfo
	here0 := 0 // how many of found are dir's own
	for d := dir; ; {
		var here []string
		for _, name := range FileNames {
			path := filepath.Join(d, name)
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				here = append(here, path)
				infos = append(infos, fi)
			}
		}
		if len(here) > 1 {
			return nil, &Error{Pos: Pos{Path: here[1]}, Err: fmt.Errorf("%s is there too: keep one of them", filepath.Base(here[0]))}
		}
		found = append(found, here...)
		if d == dir {
			here0 = len(found)
		}
		if d == root {
			break
		}
		if root == "" {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				break
			}
		}
		parent := filepath.Dir(d)
		if parent == d { // no module above dir: only its own file applies
			found, infos = found[:min(len(found), here0)], infos[:min(len(infos), here0)]
			break
		}
		d = parent
	}
	slices.Reverse(found)
	slices.Reverse(infos)
	chain := &Chain{}
	var key strings.Builder
	var errs []error
	for i, path := range found {
		f, err := c.file(path, infos[i])
		if err != nil {
			errs = append(errs, err)
		}
		if f == nil {
			continue
		}
		chain.Files = append(chain.Files, f)
		fmt.Fprintf(&key, "%s\x00%d\x00%d\n", path, infos[i].Size(), infos[i].ModTime().UnixNano())
	}
	chain.key = key.String()
	return chain, errors.Join(errs...) // with an error, what could be read
}

// file returns the parsed file at path, parsing it again when it changed.
func (c *fileCache) file(path string, fi fs.FileInfo) (*File, error) {
	c.mu.Lock()
	e, ok := c.files[path]
	c.mu.Unlock()
	if ok && e.size == fi.Size() && e.modTime.Equal(fi.ModTime()) {
		return e.file, e.err
	}
	f, err := ReadFile(path)
	c.mu.Lock()
	if len(c.files) >= maxFiles {
		clear(c.files)
	}
	c.files[path] = fileEntry{size: fi.Size(), modTime: fi.ModTime(), file: f, err: err}
	c.mu.Unlock()
	return f, err
}

// within reports whether dir is root or below it.
func within(dir, root string) bool {
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
