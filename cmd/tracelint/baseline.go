package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A fingerprinter gives each finding an identity that survives moving code
// around: its analyzer, its file (relative to the repository root), the
// text of its line, its message, and a counter that tells identical
// findings apart. Line numbers are not part of it, so adding lines above a
// finding keeps its identity. SARIF's partialFingerprints and the baseline
// use it; findings must be fingerprinted in the order findings() sorts them.
type fingerprinter struct {
	root  string
	lines fileLines
	seen  map[string]int
}

func newFingerprinter(root string, lines fileLines) *fingerprinter {
	return &fingerprinter{root: root, lines: lines, seen: make(map[string]int)}
}

func (f *fingerprinter) of(d jsonDiagnostic) string {
	file, line, _, ok := splitPosn(d.Posn)
	if !ok {
		file = d.Posn
	}
	base := strings.Join([]string{d.analyzer, f.uri(file), f.lines.lineText(file, line), d.Message}, "\x00")
	f.seen[base]++
	sum := sha256.Sum256([]byte(base + "\x00" + strconv.Itoa(f.seen[base])))
	return hex.EncodeToString(sum[:16])
}

// uri is the file's URI relative to the root (slash-separated, escaped),
// or its absolute file: URI outside it.
func (f *fingerprinter) uri(file string) string {
	if rel, ok := f.rel(file); ok {
		return relURI(rel)
	}
	return fileURI(file)
}

// rel returns file relative to the root, when it is below it.
func (f *fingerprinter) rel(file string) (string, bool) {
	if !filepath.IsAbs(file) {
		return "", false
	}
	r, err := filepath.Rel(f.root, file)
	if err != nil || !filepath.IsLocal(r) {
		return "", false
	}
	return r, true
}

// A baseline records findings a team has accepted for now, so that only new
// ones are reported: tracelint -write-baseline=FILE records the current
// findings, tracelint -baseline=FILE hides those (and reports the entries
// that no longer match, so the file can be refreshed).
type baseline struct {
	Tool     string          `json:"tool"`
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Analyzer    string `json:"analyzer"`
	Path        string `json:"path"` // relative to the repository root, for people reading the file
	Message     string `json:"message"`
}

const baselineVersion = 1

func readBaseline(path string) (*baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-baseline: %w", err)
	}
	var b baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("-baseline %s: not a tracelint baseline: %w", path, err)
	}
	if b.Tool != "tracelint" || b.Version != baselineVersion {
		return nil, fmt.Errorf("-baseline %s: not a tracelint baseline of version %d (tool %q, version %d): write it again with -write-baseline", path, baselineVersion, b.Tool, b.Version)
	}
	return &b, nil
}

func writeBaselineFile(path string, entries []baselineEntry) error {
	if entries == nil {
		entries = []baselineEntry{}
	}
	data, err := json.MarshalIndent(baseline{Tool: "tracelint", Version: baselineVersion, Findings: entries}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("-write-baseline: %w", err)
	}
	return nil
}

// fingerprints returns each finding's fingerprint, keyed by findingKey,
// and the baseline entries that describe them.
func fingerprints(diags []jsonDiagnostic, fp *fingerprinter) (map[string]string, []baselineEntry) {
	byKey := make(map[string]string, len(diags))
	entries := make([]baselineEntry, 0, len(diags))
	for _, d := range diags {
		sum := fp.of(d)
		byKey[findingKey(d.analyzer, d)] = sum
		file, _, _, _ := splitPosn(d.Posn)
		path, ok := fp.rel(file)
		if !ok {
			path = file
		}
		entries = append(entries, baselineEntry{Fingerprint: sum, Analyzer: d.analyzer, Path: filepath.ToSlash(path), Message: d.Message})
	}
	return byKey, entries
}

// findingKey identifies a finding within one run (the same finding in a
// package and its test variant has the same key).
func findingKey(analyzer string, d jsonDiagnostic) string {
	return analyzer + "\x00" + d.Posn + "\x00" + d.End + "\x00" + d.Message
}

// applyBaseline hides the findings the baseline records. It returns the
// tree without them, how many it hid and the baseline entries that matched
// nothing (stale).
func applyBaseline(tree jsonTree, b *baseline, byKey map[string]string) (jsonTree, int, []baselineEntry) {
	known := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	matched := make(map[string]bool)
	hidden := make(map[string]bool)
	filtered := tree.filter(func(analyzer string, d jsonDiagnostic) bool {
		k := findingKey(analyzer, d)
		if sum := byKey[k]; known[sum] {
			matched[sum] = true
			hidden[k] = true
			return false
		}
		return true
	})
	var stale []baselineEntry
	for _, e := range b.Findings {
		if !matched[e.Fingerprint] {
			stale = append(stale, e)
		}
	}
	slices.SortFunc(stale, func(a, b baselineEntry) int { return strings.Compare(a.Path+a.Message, b.Path+b.Message) })
	return filtered, len(hidden), stale
}
