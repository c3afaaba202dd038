// Package plugin is tracelint's golangci-lint module plugin. It registers the
// linter "tracelint", which runs the analyzers of analyzers.All(), configured
// from the linter's settings.
//
// Build a golangci-lint that includes it with `golangci-lint custom` (see
// .custom-gcl.yml) or, without access to github.com, with `make golangci`;
// docs/ci.md shows the .golangci.yml that enables it.
//
// The settings map an analyzer's name to its settings: `enabled` (default
// true) and any of the analyzer's flags, named without the analyzer prefix
// and validated exactly as the flag validates them:
//
//	settings:
//	  metricdims:
//	    dimensions: [RunId, ExecutionArn, Stage]  # -metricdims.dimensions=RunId,ExecutionArn,Stage
//	    strict: true                              # -metricdims.strict
//
// A list flag takes a YAML list (or one comma-separated string), a boolean
// flag a boolean, any other flag a string. An unknown analyzer or setting,
// a value of the wrong kind and a value the flag rejects (a bad regular
// expression, an empty list item) fail with an error that names the setting.
//
// golangci-lint passes no flags to plugins, and other linters in the same
// process may use the package-level analyzers, so the plugin builds fresh
// analyzers (see registry) and sets their flags from the settings.
//
// The analyzers also read tracelint.yml files per package, as under every
// driver (package config); the settings here win over the files, as flags
// do on the command line, and `enabled: true` keeps an analyzer on where a
// file switches it off.
package plugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers"
	"github.com/tracelint/tracelint/analyzers/config"
)

// Name is the linter's name in golangci-lint: the key under
// linters.settings.custom, in linters.enable and in //nolint:tracelint.
const Name = "tracelint"

func init() { register.Plugin(Name, New) }

// Settings are the linter's settings as golangci-lint passes them: analyzer
// name → a mapping of setting name to value. Analyzers without an entry run
// with their defaults.
type Settings map[string]json.RawMessage

// New is the plugin's constructor, called by golangci-lint with the
// linter's settings. It validates all settings and builds the analyzers.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	as, err := s.Analyzers()
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return &linter{analyzers: as}, nil
}

type linter struct{ analyzers []*analysis.Analyzer }

// BuildAnalyzers returns the configured analyzers.
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) { return l.analyzers, nil }

// GetLoadMode asks for type information: every analyzer resolves calls and
// values through it.
func (l *linter) GetLoadMode() string { return register.LoadModeTypesInfo }

// Analyzers returns the enabled analyzers of the suite, in the order of
// analyzers.All(), each a fresh instance configured from s. All problems
// are reported together, each naming its setting as analyzer.setting.
func (s Settings) Analyzers() ([]*analysis.Analyzer, error) {
	suite := analyzers.All()
	names := make([]string, 0, len(suite))
	for _, a := range suite {
		names = append(names, a.Name)
	}
	var errs []error
	for _, name := range slices.Sorted(maps.Keys(s)) {
		if !slices.Contains(names, name) {
			errs = append(errs, fmt.Errorf("unknown analyzer %q (analyzers: %s)", name, strings.Join(names, ", ")))
		}
	}
	var out []*analysis.Analyzer
	for _, shared := range suite {
		raw, configured := s[shared.Name]
		a := shared
		if fresh := registry[shared.Name]; fresh != nil {
			a = fresh()
		} else if configured {
			errs = append(errs, fmt.Errorf("%s: cannot be configured: the analyzer has no entry in the registry of package %s", shared.Name, "github.com/tracelint/tracelint/plugin"))
			continue
		}
		enabled := true
		if configured {
			var err error
			if enabled, err = apply(a, raw); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		if enabled {
			out = append(out, a)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// apply sets the flags of a from its settings and reports whether a is
// enabled. Settings of a disabled analyzer are validated too.
func apply(a *analysis.Analyzer, raw json.RawMessage) (enabled bool, err error) {
	enabled = true
	if isNull(raw) {
		return enabled, nil
	}
	var settings map[string]json.RawMessage
	if err := json.Unmarshal(raw, &settings); err != nil {
		return false, fmt.Errorf("%s: want a mapping of setting names to values, got %s", a.Name, raw)
	}
	var errs []error
	for _, key := range slices.Sorted(maps.Keys(settings)) {
		value := settings[key]
		if key == "enabled" {
			if err := json.Unmarshal(value, &enabled); err != nil || isNull(value) {
				errs = append(errs, fmt.Errorf("%s.enabled: want true or false, got %s", a.Name, value))
			} else if enabled {
				config.Enable(a) // enabled here: a tracelint.yml cannot switch it off
			}
			continue
		}
		f := lookup(a, key)
		if f == nil {
			errs = append(errs, fmt.Errorf("%s.%s: unknown setting (%s has: %s)", a.Name, key, a.Name, strings.Join(settingNames(a), ", ")))
			continue
		}
		s, err := flagString(f, value)
		if err == nil {
			err = f.Value.Set(s)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s.%s: %w", a.Name, f.Name, err))
		}
	}
	return enabled, errors.Join(errs...)
}

// lookup finds the flag a setting names. golangci-lint's configuration
// loader lowercases keys, so a flag named in camelCase still matches.
func lookup(a *analysis.Analyzer, key string) *flag.Flag {
	if f := a.Flags.Lookup(key); f != nil {
		return f
	}
	var found *flag.Flag
	a.Flags.VisitAll(func(f *flag.Flag) {
		if found == nil && strings.EqualFold(f.Name, key) {
			found = f
		}
	})
	return found
}

// settingNames lists what an analyzer accepts: enabled and its flags.
func settingNames(a *analysis.Analyzer) []string {
	names := []string{"enabled"}
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// flagString renders a settings value as the flag's command-line syntax,
// checking that its kind fits the flag (config.FlagValue: the same rules as
// for tracelint.yml).
func flagString(f *flag.Flag, raw json.RawMessage) (string, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return "", fmt.Errorf("unreadable value %s: %w", raw, err)
	}
	return config.FlagValue(f, v)
}

func isNull(raw json.RawMessage) bool {
	return len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null"
}
