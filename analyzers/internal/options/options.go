// Package options provides the flag values that tracelint analyzers bind their
// Options structs to. Every value is validated when it is set, so a bad value
// fails at start-up with a message naming the flag and the problem (the flag
// package prints `invalid value "x" for flag -metricdims.dimensions: ...` and
// the process exits non-zero), whether it came from the command line, go vet,
// the golangci-lint plugin or a tracelint.yml file (which set the same flags).
//
// A list value given with a leading '+' extends the current list instead of
// replacing it: -uuidrunid.generators=+example.com/ids.New keeps the default
// generators and adds one. Items already on the list are not added again, so
// applying the same extension twice (a file and then the command line) is
// harmless.
package options

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// List is a comma-separated list of non-empty, distinct items, each checked
// by an optional validator. Setting it replaces the current value (the
// defaults at first); a value starting with '+' adds to it.
type List struct {
	p     *[]string
	check func(string) error
}

// NewList returns a flag value that stores into p.
func NewList(p *[]string, check func(item string) error) *List {
	return &List{p: p, check: check}
}

// String returns the list as it would be given on the command line.
func (l *List) String() string {
	if l == nil || l.p == nil {
		return ""
	}
	return strings.Join(*l.p, ",")
}

// Set parses and validates a list, replacing the current one, or, after a
// leading '+', appending the items not already on it.
func (l *List) Set(s string) error {
	more, extend := cutExtension(s)
	items, err := SplitList(more, l.check)
	if err != nil {
		return err
	}
	if extend {
		// A new slice: the current one may share its array with the
		// Options the analyzer was built from.
		items = slices.Concat(*l.p, slices.DeleteFunc(items, func(item string) bool { return slices.Contains(*l.p, item) }))
	}
	*l.p = items
	return nil
}

// cutExtension reports whether s extends a list ("+a,b" or "+a,+b") and
// returns the items without their '+'.
func cutExtension(s string) (items string, extend bool) {
	rest, extend := strings.CutPrefix(strings.TrimSpace(s), "+")
	if !extend {
		return s, false
	}
	parts := strings.Split(rest, ",")
	for i, p := range parts {
		parts[i] = strings.TrimPrefix(strings.TrimSpace(p), "+")
	}
	return strings.Join(parts, ","), true
}

// SplitList parses a comma-separated list: items are trimmed, must be
// non-empty and distinct, and pass check when it is not nil.
func SplitList(s string, check func(string) error) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, fmt.Errorf("empty list: give at least one item")
	}
	var items []string
	seen := make(map[string]bool)
	for i, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			return nil, fmt.Errorf("item %d is empty (stray comma?)", i+1)
		}
		if seen[item] {
			return nil, fmt.Errorf("%q is listed twice", item)
		}
		seen[item] = true
		if check != nil {
			if err := check(item); err != nil {
				return nil, fmt.Errorf("%q: %w", item, err)
			}
		}
		items = append(items, item)
	}
	return items, nil
}

// Regexp is a regular expression flag value; it must compile.
type Regexp struct {
	p **regexp.Regexp
}

// NewRegexp returns a flag value that stores into p.
func NewRegexp(p **regexp.Regexp) *Regexp { return &Regexp{p: p} }

// String returns the pattern.
func (r *Regexp) String() string {
	if r == nil || r.p == nil || *r.p == nil {
		return ""
	}
	return (*r.p).String()
}

// Set compiles and stores a pattern.
func (r *Regexp) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty pattern")
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return fmt.Errorf("not a valid regular expression: %w", err)
	}
	*r.p = re
	return nil
}

// Identifier checks that s looks like a name: letters, digits, '_', '-', '.', ':' and '/'.
// CloudWatch dimension names, JSON keys and table names all fit.
func Identifier(s string) error {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("_-.:/", r):
		default:
			return fmt.Errorf("character %q is not allowed in a name", r)
		}
	}
	return nil
}
