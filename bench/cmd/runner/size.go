package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"

	"github.com/tracelint/tracelint/bench/internal/corpus"
)

// size is how much code a package set is: the named packages, and
// everything the loader parses and type-checks for them (dependencies,
// standard library included, and the packages' tests, all from source,
// since tracelint's analyzers use facts).
type size struct {
	pkgs, lines             int
	loadedPkgs, loadedLines int
}

func sizeOf(d corpus.Dirs, pkgs []string) size { return sizeIn(d.Bench, d.Env(), pkgs) }

// sizeIn is sizeOf for packages listed in dir with env (an app module).
func sizeIn(dir string, env, pkgs []string) size {
	cmd := exec.Command("go", append([]string{"list", "-deps", "-test",
		"-json=ImportPath,Dir,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,ForTest"}, pkgs...)...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	check(err)
	roots := make(map[string]bool, len(pkgs))
	for _, p := range pkgs {
		roots[p] = true
	}
	var s size
	files := map[string]bool{}
	rootFiles := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Dir, ForTest                     string
			GoFiles, CgoFiles, TestGoFiles, XTestGoFiles []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		s.loadedPkgs++
		names := slices.Concat(p.GoFiles, p.CgoFiles)
		if roots[p.ImportPath] && p.ForTest == "" {
			names = slices.Concat(names, p.TestGoFiles, p.XTestGoFiles)
			for _, f := range names {
				rootFiles[filepath.Join(p.Dir, f)] = true
			}
		}
		for _, f := range names {
			files[filepath.Join(p.Dir, f)] = true
		}
	}
	s.pkgs = len(pkgs)
	s.lines = countLines(rootFiles)
	s.loadedLines = countLines(files)
	return s
}

func countLines(files map[string]bool) int {
	n := 0
	for f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // generated cgo files and the like
		}
		n += bytes.Count(b, []byte("\n"))
	}
	return n
}
