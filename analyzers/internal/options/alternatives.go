package options

import (
	"fmt"
	"slices"
	"strings"
)

// Alternatives is a comma-separated list of requirements, each a name or
// several alternative names joined by '|', any one of which satisfies it:
// "execution_arn,run_id|run_key,timestamp" is three requirements, the second
// met by run_id or by run_key. Setting it replaces the current value (the
// defaults at first); a value starting with '+' adds requirements to it.
type Alternatives struct {
	p     *[][]string
	check func(string) error
	key   func(string) string // see NewFields
	// AllowEmpty accepts the empty string as "no requirements" (for lists
	// that add to another one and may be switched off).
	AllowEmpty bool
}

// NewAlternatives returns a flag value that stores into p; check, when not
// nil, validates every name.
func NewAlternatives(p *[][]string, check func(name string) error) *Alternatives {
	return &Alternatives{p: p, check: check}
}

// NewFields returns Alternatives of field names that match in any style:
// key maps a name to the form names are compared in (naming.Key). A name
// must be an Identifier whose key is not empty, and no two names of the
// list may have the same key (run_id and runId are the same field).
func NewFields(p *[][]string, key func(string) string) *Alternatives {
	check := func(name string) error {
		if err := Identifier(name); err != nil {
			return err
		}
		if key(name) == "" {
			return fmt.Errorf("a field name needs a letter or a digit")
		}
		return nil
	}
	return &Alternatives{p: p, check: check, key: key}
}

// String returns the list as it would be given on the command line.
func (a *Alternatives) String() string {
	if a == nil || a.p == nil {
		return ""
	}
	return JoinAlternatives(*a.p)
}

// Set parses and validates a list, replacing the current one or, after a
// leading '+', extending it.
func (a *Alternatives) Set(s string) error {
	reqs, err := a.Parse(s)
	if err != nil {
		return err
	}
	if a.key != nil {
		seen := make(map[string]string)
		for _, alts := range reqs {
			for _, name := range alts {
				if other, dup := seen[a.key(name)]; dup {
					return fmt.Errorf("%q and %q name the same field", other, name)
				}
				seen[a.key(name)] = name
			}
		}
	}
	*a.p = reqs
	return nil
}

// Parse returns the value Set would store for s, without storing it, so a
// flag type that embeds Alternatives can check the result as a whole.
//
// An extension ("+glue_job_run_id") adds the requirements that are not
// already there; a name that already stands in a different requirement is
// an error, since it would be required twice.
func (a *Alternatives) Parse(s string) ([][]string, error) {
	more, extend := cutExtension(s)
	if !extend && a.AllowEmpty && strings.TrimSpace(s) == "" {
		return nil, nil
	}
	reqs, err := SplitAlternatives(more, a.check)
	if err != nil || !extend {
		return reqs, err
	}
	out := slices.Clone(*a.p) // a new slice: *a.p may share its array
	for _, alts := range reqs {
		if slices.ContainsFunc(out, func(have []string) bool { return sameNames(have, alts) }) {
			continue
		}
		for _, have := range out {
			for _, name := range alts {
				if slices.Contains(have, name) {
					return nil, fmt.Errorf("%q is already required (as %q)", name, strings.Join(have, "|"))
				}
			}
		}
		out = append(out, alts)
	}
	return out, nil
}

// sameNames reports whether two requirements list the same alternatives.
func sameNames(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(name string) bool { return !slices.Contains(b, name) })
}

// JoinAlternatives spells requirements as SplitAlternatives reads them.
func JoinAlternatives(reqs [][]string) string {
	parts := make([]string, len(reqs))
	for i, alts := range reqs {
		parts[i] = strings.Join(alts, "|")
	}
	return strings.Join(parts, ",")
}

// SplitAlternatives parses a comma-separated list of requirements whose
// alternatives are separated by '|'. Names are trimmed, must be non-empty,
// may appear only once in the whole list, and must pass check when it is not
// nil.
func SplitAlternatives(s string, check func(string) error) ([][]string, error) {
	items, err := SplitList(s, nil)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	reqs := make([][]string, 0, len(items))
	for i, item := range items {
		var alts []string
		for j, name := range strings.Split(item, "|") {
			name = strings.TrimSpace(name)
			if name == "" {
				return nil, fmt.Errorf("item %d (%q): alternative %d is empty (stray '|'?)", i+1, item, j+1)
			}
			if seen[name] {
				return nil, fmt.Errorf("%q is listed twice", name)
			}
			seen[name] = true
			if check != nil {
				if err := check(name); err != nil {
					return nil, fmt.Errorf("%q: %w", name, err)
				}
			}
			alts = append(alts, name)
		}
		reqs = append(reqs, alts)
	}
	return reqs, nil
}
