package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Exit statuses of tracelint (docs/ci.md). The multichecker uses the same
// values in its text mode.
const (
	exitClean    = 0 // no findings
	exitError    = 1 // a package did not load or type-check, an analysis failed
	exitUsage    = 2 // bad flag or flag value
	exitFindings = 3 // findings, and no errors
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot      = "%SRCROOT%"
	infoURI      = "https://github.com/tracelint/tracelint"
	fingerprint  = "tracelint/v1"
	automationID = "tracelint/"
)

// runSARIF runs tracelint again with -json and the remaining arguments,
// converts its findings to SARIF, writes it as out says, prints the
// findings as text on standard error for the CI log, and returns the exit
// status: errors (1) take precedence over findings (3).
func runSARIF(out output, args []string, suite []*analysis.Analyzer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "tracelint: %v\n", err)
		return exitError
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(exe, append([]string{"-json"}, args...)...)
	cmd.Stdin = os.Stdin
	cmd.Stdout = &stdout
	cmd.Stderr = io.MultiWriter(os.Stderr, &stderr)
	code := exitClean
	var exit *exec.ExitError
	if err := cmd.Run(); errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		fmt.Fprintf(os.Stderr, "tracelint: %v\n", err)
		return exitError
	}
	if code == exitUsage {
		return code // the usage message is on standard error already
	}
	var tree jsonTree
	if stdout.Len() > 0 {
		if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
			_, _ = os.Stdout.Write(stdout.Bytes()) // not findings (e.g. help): show it as it is
			return max(code, exitError)
		}
	}
	root, err := sarifRoot(out.root)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tracelint: %v\n", err)
		return exitUsage
	}
	conv := newConverter(root, suite)
	log := conv.convert(tree, code, stderr.String())
	status := exitStatus(log)
	log.Runs[0].Invocations[0].ExitCode = status
	for _, d := range conv.findings {
		fmt.Fprintf(os.Stderr, "%s: %s\n", d.Posn, d.Message)
	}
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		fmt.Fprintf(os.Stderr, "tracelint: %v\n", err)
		return exitError
	}
	data = append(data, '\n')
	if out.sarifFile == "" || out.sarifFile == "-" {
		_, err = os.Stdout.Write(data)
	} else {
		err = os.WriteFile(out.sarifFile, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "tracelint: writing SARIF: %v\n", err)
		return exitError
	}
	return status
}

// exitStatus is tracelint's exit status for a converted run: errors take
// precedence over findings.
func exitStatus(log *sarifLog) int {
	switch run := log.Runs[0]; {
	case !run.Invocations[0].ExecutionSuccessful:
		return exitError
	case len(run.Results) > 0:
		return exitFindings
	}
	return exitClean
}

// sarifRoot is the directory SARIF URIs are relative to: the -sarif-root
// directory, else the repository root (the nearest directory above the
// working directory that holds .git), else the working directory.
func sarifRoot(flagRoot string) (string, error) {
	if flagRoot != "" {
		root, err := filepath.Abs(flagRoot)
		if err != nil {
			return "", err
		}
		if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
			return "", fmt.Errorf("-sarif-root %s: not a directory", flagRoot)
		}
		return root, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd, nil
		}
		dir = parent
	}
}

// jsonTree is the multichecker's -json output: package ID → analyzer →
// diagnostics, or {"error": ...} when the analysis failed.
type jsonTree map[string]map[string]json.RawMessage

type jsonDiagnostic struct {
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
	Category string `json:"category"`
	Related  []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`

	analyzer string
}

// The SARIF 2.1.0 subset tracelint writes: what GitHub code scanning reads.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool              sarifTool         `json:"tool"`
		AutomationDetails sarifAutomation   `json:"automationDetails"`
		Invocations       []sarifInvocation `json:"invocations"`
		ColumnKind        string            `json:"columnKind"`
		Results           []sarifResult     `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string          `json:"id"`
		Name                 string          `json:"name"`
		ShortDescription     sarifText       `json:"shortDescription"`
		FullDescription      sarifText       `json:"fullDescription"`
		Help                 sarifHelp       `json:"help"`
		HelpURI              string          `json:"helpUri,omitempty"`
		DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
		Properties           sarifRuleProps  `json:"properties"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifHelp struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	sarifRuleProps struct {
		Tags      []string `json:"tags"`
		Precision string   `json:"precision"`
		Severity  string   `json:"problem.severity"`
	}
	sarifAutomation struct {
		ID string `json:"id"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		ExitCode            int                 `json:"exitCode"` // tracelint's exit status
		Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level   string    `json:"level"`
		Message sarifText `json:"message"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifText            `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           sarifRegion           `json:"region"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

type converter struct {
	root     string
	suite    []*analysis.Analyzer
	lines    map[string][]string // file → its lines, for columns and fingerprints
	findings []jsonDiagnostic    // deduplicated, sorted: what the text output shows
}

func newConverter(root string, suite []*analysis.Analyzer) *converter {
	return &converter{root: root, suite: suite, lines: map[string][]string{}}
}

// convert builds the SARIF log from the multichecker's JSON tree, the exit
// status of that run and its standard error.
func (c *converter) convert(tree jsonTree, code int, stderr string) *sarifLog {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "tracelint",
			InformationURI: infoURI,
			Version:        version(),
		}},
		AutomationDetails: sarifAutomation{ID: automationID},
		ColumnKind:        "utf16CodeUnits",
		Results:           []sarifResult{},
	}
	ruleIndex := map[string]int{}
	for i, a := range c.suite {
		ruleIndex[a.Name] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule(a))
	}

	inv := sarifInvocation{ExecutionSuccessful: code == exitClean}
	if code != exitClean {
		msg := strings.TrimSpace(stderr)
		if msg == "" {
			msg = "tracelint -json exited with status " + strconv.Itoa(code)
		}
		inv.Notifications = append(inv.Notifications, sarifNotification{Level: "error", Message: sarifText{msg}})
	}

	seen := map[string]bool{}
	for _, pkg := range slices.Sorted(maps.Keys(tree)) {
		for _, analyzer := range slices.Sorted(maps.Keys(tree[pkg])) {
			raw := tree[pkg][analyzer]
			var failed struct {
				Error string `json:"error"`
			}
			if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
				if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
					inv.ExecutionSuccessful = false
					inv.Notifications = append(inv.Notifications, sarifNotification{
						Level: "error", Message: sarifText{fmt.Sprintf("%s: %s: %s", pkg, analyzer, failed.Error)},
					})
				}
				continue
			}
			var diags []jsonDiagnostic
			if err := json.Unmarshal(raw, &diags); err != nil {
				inv.ExecutionSuccessful = false
				inv.Notifications = append(inv.Notifications, sarifNotification{
					Level: "error", Message: sarifText{fmt.Sprintf("%s: %s: unreadable findings: %v", pkg, analyzer, err)},
				})
				continue
			}
			for _, d := range diags {
				// A file of a package and of its test variant is reported twice.
				key := analyzer + "\x00" + d.Posn + "\x00" + d.End + "\x00" + d.Message
				if seen[key] {
					continue
				}
				seen[key] = true
				d.analyzer = analyzer
				c.findings = append(c.findings, d)
			}
		}
	}
	slices.SortFunc(c.findings, func(a, b jsonDiagnostic) int {
		af, al, ac, _ := splitPosn(a.Posn)
		bf, bl, bc, _ := splitPosn(b.Posn)
		return cmp.Or(strings.Compare(af, bf), cmp.Compare(al, bl), cmp.Compare(ac, bc),
			strings.Compare(a.analyzer, b.analyzer), strings.Compare(a.Message, b.Message))
	})

	occurrences := map[string]int{}
	for _, d := range c.findings {
		loc, file, line := c.location(d.Posn, d.End)
		idx, ok := ruleIndex[d.analyzer]
		if !ok { // an analyzer outside the suite: give it a rule of its own
			idx = len(run.Tool.Driver.Rules)
			ruleIndex[d.analyzer] = idx
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule(&analysis.Analyzer{Name: d.analyzer, Doc: d.analyzer}))
		}
		// The fingerprint ignores line numbers, so that a finding keeps its
		// identity (and its alert) when lines are added above it.
		base := strings.Join([]string{d.analyzer, loc.PhysicalLocation.ArtifactLocation.URI, c.lineText(file, line), d.Message}, "\x00")
		occurrences[base]++
		sum := sha256.Sum256([]byte(base + "\x00" + strconv.Itoa(occurrences[base])))
		res := sarifResult{
			RuleID:              d.analyzer,
			RuleIndex:           idx,
			Level:               "error",
			Message:             sarifText{d.Message},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{fingerprint: hex.EncodeToString(sum[:16])},
		}
		for i, r := range d.Related {
			rl, _, _ := c.location(r.Posn, r.End)
			id := i + 1
			rl.ID, rl.Message = &id, &sarifText{r.Message}
			res.RelatedLocations = append(res.RelatedLocations, rl)
		}
		run.Results = append(run.Results, res)
	}
	run.Invocations = []sarifInvocation{inv}
	return &sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}
}

// rule describes an analyzer: the first line of its Doc is the short
// description, the rest the full one.
func rule(a *analysis.Analyzer) sarifRule {
	short, full, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n")
	full = strings.Join(strings.Fields(full), " ")
	if full == "" {
		full = short
	}
	help := short + "\n\n" + full
	md := "**" + short + "**\n\n" + full
	if a.URL != "" {
		help += "\n\nDocumentation: " + a.URL
		md += "\n\n[Documentation](" + a.URL + ")"
	}
	return sarifRule{
		ID:                   a.Name,
		Name:                 a.Name,
		ShortDescription:     sarifText{short},
		FullDescription:      sarifText{full},
		Help:                 sarifHelp{Text: help, Markdown: md},
		HelpURI:              a.URL,
		DefaultConfiguration: sarifRuleConfig{Level: "error"},
		Properties:           sarifRuleProps{Tags: []string{"traceability"}, Precision: "high", Severity: "error"},
	}
}

// location converts file:line:col positions to a SARIF location with a URI
// relative to the root (absolute file: URI outside it) and UTF-16 columns.
func (c *converter) location(posn, end string) (loc sarifLocation, file string, line int) {
	file, line, col, ok := splitPosn(posn)
	if !ok {
		file = posn
	}
	region := sarifRegion{StartLine: max(line, 1)}
	if ok {
		region.StartColumn = c.utf16Column(file, line, col)
	}
	if efile, eline, ecol, ok := splitPosn(end); ok && efile == file && eline >= line {
		region.EndLine = eline
		region.EndColumn = c.utf16Column(file, eline, ecol)
	}
	art := sarifArtifactLocation{URI: fileURI(file)}
	if r, err := filepath.Rel(c.root, file); err == nil && filepath.IsAbs(file) && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		art = sarifArtifactLocation{URI: relURI(r), URIBaseID: srcRoot}
	}
	return sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art, Region: region}}, file, line
}

func (c *converter) fileLines(file string) []string {
	lines, ok := c.lines[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c.lines[file] = lines
	}
	return lines
}

// lineText is the line's text without surrounding space.
func (c *converter) lineText(file string, line int) string {
	if lines := c.fileLines(file); line >= 1 && line <= len(lines) {
		return strings.TrimSpace(lines[line-1])
	}
	return ""
}

// utf16Column converts a 1-based byte column to a 1-based UTF-16 column.
func (c *converter) utf16Column(file string, line, col int) int {
	lines := c.fileLines(file)
	if line < 1 || line > len(lines) || col < 1 || col-1 > len(lines[line-1]) {
		return col
	}
	n := 1
	for _, r := range lines[line-1][:col-1] {
		if r >= 0x10000 {
			n += 2 // a surrogate pair
		} else {
			n++ // also each byte of an invalid sequence
		}
	}
	return n
}

// splitPosn splits file:line:col (file may itself contain colons).
func splitPosn(posn string) (file string, line, col int, ok bool) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(posn[:i], ':')
	if j < 0 {
		return "", 0, 0, false
	}
	line, err1 := strconv.Atoi(posn[j+1 : i])
	col, err2 := strconv.Atoi(posn[i+1:])
	if err1 != nil || err2 != nil {
		return "", 0, 0, false
	}
	return posn[:j], line, col, true
}

// relURI escapes a relative, slash-separated path as a URI reference.
func relURI(rel string) string {
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func fileURI(file string) string {
	if !filepath.IsAbs(file) {
		return relURI(file)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()
}

// version is the module version tracelint was built from, if known.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}
