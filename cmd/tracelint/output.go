package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// printText prints the findings for people, on w (standard error, as go
// vet does): path:line:col: analyzer: message, paths relative to the
// working directory when below it, sorted by file and position, each with
// context lines when asked; then the analysis errors; then a count per
// analyzer.
func printText(w io.Writer, diags []jsonDiagnostic, problems []problem, context int) {
	wd, _ := os.Getwd()
	lines := newFileLines()
	for _, d := range diags {
		file, line, col, ok := splitPosn(d.Posn)
		if !ok {
			say(w, "%s: %s: %s\n", d.Posn, d.analyzer, d.Message)
			continue
		}
		say(w, "%s:%d:%d: %s: %s\n", shortPath(wd, file), line, col, d.analyzer, d.Message)
		if context >= 0 {
			src := lines.of(file)
			for l := max(line-context, 1); l <= min(line+context, len(src)); l++ {
				say(w, "%d\t%s\n", l, src[l-1])
			}
		}
	}
	for _, p := range problems {
		if p.analyzer == loadKey {
			continue // printed as the loader reported them
		}
		say(w, "%s: %s: %s\n", p.pkg, p.analyzer, p.message)
	}
	if summary := countLine(diags); summary != "" {
		say(w, "%s\n", summary)
	}
}

// countLine is "tracelint: 3 findings (metricdims 2, runtable 1)", or "".
func countLine(diags []jsonDiagnostic) string {
	if len(diags) == 0 {
		return ""
	}
	counts := make(map[string]int)
	for _, d := range diags {
		counts[d.analyzer]++
	}
	parts := make([]string, 0, len(counts))
	for _, a := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%s %d", a, counts[a]))
	}
	return fmt.Sprintf("tracelint: %d %s (%s)", len(diags), plural(len(diags), "finding"), strings.Join(parts, ", "))
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// shortPath is path relative to the working directory when it is below it
// (as go vet prints paths), else path.
func shortPath(wd, path string) string {
	if wd == "" {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}

// printJSON prints the tree as the -json output: indented, packages and
// analyzers in order (encoding/json sorts map keys).
func printJSON(w io.Writer, tree jsonTree) error {
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// fileLines reads source files once each, for context lines and
// fingerprints.
type fileLines map[string][]string

func newFileLines() fileLines { return make(fileLines) }

func (fl fileLines) of(file string) []string {
	lines, ok := fl[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		fl[file] = lines
	}
	return lines
}

// lineText is a line's text without surrounding space.
func (fl fileLines) lineText(file string, line int) string {
	if lines := fl.of(file); line >= 1 && line <= len(lines) {
		return strings.TrimSpace(lines[line-1])
	}
	return ""
}

// say prints on w: the command's messages and findings have nowhere else to
// go when writing to standard error fails, so errors are ignored.
func say(w io.Writer, format string, args ...any) {
	_, _ = fmt.Fprintf(w, format, args...)
}
