// Package config reads tracelint's configuration file, tracelint.yml (or
// .tracelint.yml), and applies it to the analyzers of the suite under every
// driver: the tracelint command, go vet -vettool, the golangci-lint plugin
// and gopls.
//
// The file maps analyzer names to their settings, named as the analyzer's
// flags without the analyzer prefix, plus "enabled":
//
//	metricdims:
//	  dimensions: [+Stage]          # -metricdims.dimensions=+Stage: the defaults and Stage
//	  strict: true                  # -metricdims.strict
//	uuidrunid:
//	  enabled: false                # uuidrunid does not run here
//
// For a package, the files from its module's root down to its directory
// apply, each over the one above: a setting in a deeper file replaces the
// inherited value, or, for a list written with a leading '+', extends it.
// Dependencies outside the main modules (in the module cache) are never
// configured. Flags set explicitly (on the command line, or by the
// golangci-lint plugin from .golangci.yml) win over the files.
//
// An analyzer takes part by calling Adopt as the last step of its New; see
// Adopt for how the settings reach a pass without touching shared state.
// A driver that can fail before analysing calls Validate (the tracelint
// command exits 2 with the file, line and setting named).
package config

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/tracelint/tracelint/analyzers/internal/suite"
)

// FileNames are the names of a configuration file. A directory holds at
// most one of them.
var FileNames = []string{"tracelint.yml", ".tracelint.yml"}

// A File is a parsed configuration file.
type File struct {
	Path     string
	sections []*section // in the file's order
}

// A Pos is a place in a configuration file.
type Pos struct {
	Path      string
	Line, Col int
}

func (p Pos) String() string {
	return p.Path + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// section is one analyzer's block.
type section struct {
	analyzer string
	pos      Pos
	enabled  *bool
	settings []setting // in the file's order
}

// setting is one flag's value, decoded from YAML (bool, string, int,
// float64, []any, ...).
type setting struct {
	name  string
	value any
	pos   Pos // of the setting's name
}

// An Error is a problem with a configuration file, at a position when it
// has one.
type Error struct {
	Pos     Pos
	Setting string // "analyzer.setting", "analyzer" or ""
	Err     error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.Path)
	if e.Pos.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Pos.Line))
		if e.Pos.Col > 0 {
			b.WriteString(":" + strconv.Itoa(e.Pos.Col))
		}
	}
	b.WriteString(": ")
	if e.Setting != "" {
		b.WriteString(e.Setting + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// ReadFile reads and parses a configuration file.
func ReadFile(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Pos: Pos{Path: path}, Err: err}
	}
	return Parse(path, data)
}

// yamlLine finds the line in the YAML parser's error messages.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse parses the contents of a configuration file. It checks the file's
// shape and the analyzer names; settings are checked by applying them to
// an analyzer's flags (Validate, or the analyzer itself when it runs). With
// an error, the file holds the sections that could be read, so that their
// settings can be checked too.
func Parse(path string, data []byte) (*File, error) {
	f := &File{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &Error{Pos: Pos{Path: path, Line: line}, Err: errors.New(m[2])}
		}
		return nil, &Error{Pos: Pos{Path: path}, Err: err}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return f, nil // empty, or only comments
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return f, nil
	}
	if top.Kind != yaml.MappingNode {
		return nil, f.errorf(top, "", "want a mapping of analyzer names to their settings")
	}
	var errs []error
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, value := top.Content[i], top.Content[i+1]
		name := key.Value
		if prev := seen[name]; prev != nil {
			errs = append(errs, f.errorf(key, name, "given twice (also on line %d)", prev.Line))
			continue
		}
		seen[name] = key
		if !suite.Known(name) {
			errs = append(errs, f.errorf(key, "", "unknown analyzer %q%s (analyzers: %s)", name, suite.Suggestion(name), strings.Join(suite.Names(), ", ")))
			continue
		}
		s, err := f.parseSection(key, value)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		f.sections = append(f.sections, s)
	}
	return f, errors.Join(errs...)
}

func (f *File) parseSection(key, value *yaml.Node) (*section, error) {
	s := &section{analyzer: key.Value, pos: f.pos(key)}
	if value.Kind == yaml.ScalarNode && value.Tag == "!!null" {
		return s, nil // "metricdims:" alone: the defaults
	}
	if value.Kind != yaml.MappingNode {
		return nil, f.errorf(value, s.analyzer, "want a mapping of setting names to values")
	}
	var errs []error
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(value.Content); i += 2 {
		k, v := value.Content[i], value.Content[i+1]
		name := s.analyzer + "." + k.Value
		if prev := seen[k.Value]; prev != nil {
			errs = append(errs, f.errorf(k, name, "given twice (also on line %d)", prev.Line))
			continue
		}
		seen[k.Value] = k
		var decoded any
		if err := v.Decode(&decoded); err != nil {
			errs = append(errs, f.errorf(v, name, "%v", err))
			continue
		}
		if k.Value == "enabled" {
			b, ok := decoded.(bool)
			if !ok {
				errs = append(errs, f.errorf(v, name, "want true or false, got %s", Text(decoded)))
				continue
			}
			s.enabled = &b
			continue
		}
		s.settings = append(s.settings, setting{name: k.Value, value: decoded, pos: f.pos(k)})
	}
	return s, errors.Join(errs...)
}

func (f *File) pos(n *yaml.Node) Pos { return Pos{Path: f.Path, Line: n.Line, Col: n.Column} }

func (f *File) errorf(n *yaml.Node, setting, format string, args ...any) error {
	return &Error{Pos: f.pos(n), Setting: setting, Err: fmt.Errorf(format, args...)}
}

// section returns the block of an analyzer, or nil.
func (f *File) section(analyzer string) *section {
	i := slices.IndexFunc(f.sections, func(s *section) bool { return s.analyzer == analyzer })
	if i < 0 {
		return nil
	}
	return f.sections[i]
}
