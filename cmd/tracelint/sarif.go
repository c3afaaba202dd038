package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot      = "%SRCROOT%"
	infoURI      = "https://github.com/tracelint/tracelint"
	fingerprint  = "tracelint/v1"
	automationID = "tracelint/"
)

// writeSARIF writes the run's findings (diags, already filtered by any
// baseline) and problems as SARIF where inv says: a file or standard output.
// errs are the load errors, for the invocation's notifications; status is
// the run's exit status, recorded in the log.
func writeSARIF(inv *invocation, diags []jsonDiagnostic, problems []problem, errs []string, status int, suite []*analysis.Analyzer, fps map[string]string, lines fileLines) error {
	root, err := sarifRoot(inv.sarifRoot)
	if err != nil {
		return err
	}
	log := newConverter(newFingerprinter(root, lines), fps, suite).convert(diags, problems, errs)
	log.Runs[0].Invocations[0].ExitCode = status
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if inv.sarifFile == "" {
		_, err = os.Stdout.Write(data)
	} else if err = os.WriteFile(inv.sarifFile, data, 0o644); err != nil {
		err = fmt.Errorf("writing SARIF: %w", err)
	}
	return err
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
	fp    *fingerprinter    // for paths relative to the root, and lines
	fps   map[string]string // finding key → fingerprint (fingerprints)
	suite []*analysis.Analyzer
}

func newConverter(fp *fingerprinter, fps map[string]string, suite []*analysis.Analyzer) *converter {
	return &converter{fp: fp, fps: fps, suite: suite}
}

// convert builds the SARIF log of a run: a rule per analyzer of the suite,
// a result per finding (diags as findings() returns them: each once, in
// order), and the load errors and analysis failures as the invocation's
// notifications (which make it unsuccessful).
func (c *converter) convert(diags []jsonDiagnostic, problems []problem, errs []string) *sarifLog {
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

	inv := sarifInvocation{ExecutionSuccessful: len(errs) == 0 && len(problems) == 0}
	for _, e := range errs {
		inv.Notifications = append(inv.Notifications, sarifNotification{Level: "error", Message: sarifText{e}})
	}
	for _, p := range problems {
		if p.analyzer == loadKey {
			continue // among errs
		}
		inv.Notifications = append(inv.Notifications, sarifNotification{
			Level: "error", Message: sarifText{fmt.Sprintf("%s: %s: %s", p.pkg, p.analyzer, p.message)},
		})
	}

	for _, d := range diags {
		loc := c.location(d.Posn, d.End)
		idx, ok := ruleIndex[d.analyzer]
		if !ok { // an analyzer outside the suite: give it a rule of its own
			idx = len(run.Tool.Driver.Rules)
			ruleIndex[d.analyzer] = idx
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule(&analysis.Analyzer{Name: d.analyzer, Doc: d.analyzer}))
		}
		res := sarifResult{
			RuleID:              d.analyzer,
			RuleIndex:           idx,
			Level:               "error",
			Message:             sarifText{d.Message},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{fingerprint: c.fps[findingKey(d.analyzer, d)]},
		}
		for i, r := range d.Related {
			rl := c.location(r.Posn, r.End)
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
func (c *converter) location(posn, end string) sarifLocation {
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
	if r, ok := c.fp.rel(file); ok {
		art = sarifArtifactLocation{URI: relURI(r), URIBaseID: srcRoot}
	}
	return sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art, Region: region}}
}

// utf16Column converts a 1-based byte column to a 1-based UTF-16 column.
func (c *converter) utf16Column(file string, line, col int) int {
	lines := c.fp.lines.of(file)
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
