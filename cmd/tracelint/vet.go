package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// vetFlagError checks the analyzer flags go vet passes to each of its
// per-package runs (everything before the configuration file), so that an
// invalid value is reported before the multichecker, whose flag set would
// print its whole usage text, once per package. Setting a flag twice (here
// and in the multichecker) gives the same value: every flag value of the
// suite replaces its value, or extends a list without repeating items.
func vetFlagError(args []string, suite []*analysis.Analyzer) error {
	if vetConfig(args) == "" {
		return nil // the -V=full and -flags probes
	}
	fs := flag.NewFlagSet("tracelint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	for _, a := range suite {
		fs.Bool(a.Name, false, "")
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	// The multichecker's own flags, which go vet may pass.
	for _, name := range []string{"json", "fix", "diff", "v", "test", "flags"} {
		fs.Bool(name, false, "")
	}
	for _, name := range []string{"V", "debug", "tags", "cpuprofile", "memprofile", "trace"} {
		fs.String(name, "", "")
	}
	fs.Int("c", -1, "")
	var flags []string
	for _, arg := range args[:len(args)-1] {
		if strings.HasPrefix(arg, "-") {
			flags = append(flags, arg)
		}
	}
	err := fs.Parse(flags)
	if err != nil && strings.Contains(err.Error(), "flag provided but not defined") {
		return nil // the multichecker's business (a flag of a newer go vet)
	}
	return err
}

// reportVetFlagError prints err once per go vet run: go vet starts one
// process per package, all children of the same go command, and the first
// to create the marker file prints; the others only fail.
func reportVetFlagError(err error) {
	sum := sha256.Sum256([]byte(err.Error()))
	marker := filepath.Join(os.TempDir(), fmt.Sprintf("tracelint-vet-%d-%s", os.Getppid(), hex.EncodeToString(sum[:6])))
	f, ferr := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if ferr != nil && errors.Is(ferr, os.ErrExist) {
		return
	}
	if f != nil {
		_ = f.Close()
	}
	say(os.Stderr, "tracelint: %v (run 'tracelint -help' for usage)\n", err)
}

// versionLine is what -version prints: the module version tracelint was
// built from (a release, the pseudo-version go install or go tool
// resolved, or "(devel)" for a checkout), the VCS revision when the build
// recorded one, and the Go version.
func versionLine() string {
	v, rev, dirty := "(devel)", "", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	line := "tracelint " + v
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		line += " " + rev
		if dirty {
			line += "+dirty"
		}
	}
	return line + " " + runtime.Version()
}
