package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
)

// checkConfig prepares the configuration files (tracelint.yml) for a run
// with args: an analyzer selected explicitly (-metricdims) runs even where
// a file switches it off, and the files that can apply are validated, so
// that a bad file stops the run with its file, line and setting named
// (exit 2) before anything is analysed.
//
// The files that can apply are those from the module root down to the
// working directory and to each directory given as a package pattern, and
// those below them (what ./... reaches); under go vet, those of the one
// package the invocation is for.
func checkConfig(args []string, analyzers []*analysis.Analyzer) error {
	enableSelected(args, analyzers)
	var dirs []string
	switch cfg := vetConfig(args); {
	case cfg == "" && isVetInvocation(args), len(args) > 0 && args[0] == "help":
		return nil // go vet's -V=full and -flags probes, tracelint help: nothing is analysed
	case cfg != "":
		dir, ok := vetPackageDir(cfg)
		if !ok {
			return nil
		}
		dirs = []string{dir}
	default:
		roots := []string{"."}
		for _, arg := range args {
			if dir, ok := patternDir(arg); ok && !slices.Contains(roots, dir) {
				roots = append(roots, dir)
			}
		}
		for _, root := range roots {
			found, err := configDirs(root)
			if err != nil {
				return err
			}
			dirs = append(dirs, found...)
		}
	}
	return config.Validate(dirs, analyzers)
}

// exitConfig prints the problems with the configuration files, one a line
// and with paths relative to the working directory when below it (as
// findings are printed), and exits with the usage status.
func exitConfig(err error) {
	wd, _ := os.Getwd()
	for _, e := range config.Errors(err) {
		var ce *config.Error
		if errors.As(e, &ce) && wd != "" && !isVetInvocation(os.Args[1:]) {
			if rel, err := filepath.Rel(wd, ce.Pos.Path); err == nil && filepath.IsLocal(rel) {
				c := *ce
				c.Pos.Path = rel
				e = &c
			}
		}
		say(os.Stderr, "tracelint: %v\n", e)
	}
	os.Exit(exitUsage)
}

// enableSelected marks the analyzers that args select explicitly
// (-metricdims, -metricdims=true) with config.Enable.
func enableSelected(args []string, analyzers []*analysis.Analyzer) {
	for _, arg := range args {
		if arg == "--" {
			return
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		if on, err := strconv.ParseBool(value); hasValue && (err != nil || !on) {
			continue
		}
		for _, a := range analyzers {
			if a.Name == name {
				config.Enable(a)
			}
		}
	}
}

// vetConfig returns the unitchecker configuration file go vet passes as
// the last argument, or "".
func vetConfig(args []string) string {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return args[len(args)-1]
	}
	return ""
}

// vetPackageDir reads the package directory from go vet's configuration
// file, for a package of a main module (the standard library and the module
// cache are not configured).
func vetPackageDir(cfgFile string) (string, bool) {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return "", false // unitchecker reports it
	}
	var cfg struct {
		Dir           string
		GoFiles       []string
		ModulePath    string
		ModuleVersion string
	}
	if json.Unmarshal(data, &cfg) != nil || cfg.ModulePath == "" || cfg.ModuleVersion != "" {
		return "", false
	}
	if cfg.Dir == "" && len(cfg.GoFiles) > 0 {
		cfg.Dir = filepath.Dir(cfg.GoFiles[0])
	}
	return cfg.Dir, cfg.Dir != ""
}

// patternDir returns the directory a relative or absolute package pattern
// names (./cmd/..., ../other, /abs/dir), if it exists.
func patternDir(pattern string) (string, bool) {
	if !strings.HasPrefix(pattern, ".") && !filepath.IsAbs(pattern) {
		return "", false // an import path
	}
	dir, _, _ := strings.Cut(filepath.ToSlash(pattern), "...")
	dir = filepath.Clean(filepath.FromSlash(dir))
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", false
	}
	return dir, true
}

// configDirs returns root and the directories below it that hold a
// configuration file, skipping what ./... skips (directories starting with
// '.' or '_', testdata, vendor) and nested modules.
func configDirs(root string) ([]string, error) {
	dirs := []string{root}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			return nil // unreadable below: go list reports what matters
		}
		if !d.IsDir() {
			if isConfigFile(d.Name()) && filepath.Dir(path) != root {
				dirs = append(dirs, filepath.Dir(path))
			}
			return nil
		}
		if path == root {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor" {
			return filepath.SkipDir
		}
		if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
			return filepath.SkipDir // another module: ./... stops there
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("looking for configuration files under %s: %w", root, err)
	}
	return dirs, nil
}

func isConfigFile(name string) bool {
	for _, n := range config.FileNames {
		if name == n {
			return true
		}
	}
	return false
}
