package markers

import (
	"fmt"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/options"
)

// The -markers.fields flag: every marker with its fields,
//
//	_SUCCESS:run_id,execution_arn,trigger.event_id;_LATEST.json:run_id,schema_version
//
// A marker starts with NAME: and lists its fields separated by ','; markers
// are separated by ';' (a ',' before the next NAME: works too). Spaces
// around items are ignored, so a YAML folded string (fields: >-) may put
// each marker on a line of its own. A field is a path into the JSON body
// (trigger.event_id) and may list alternatives separated by '|'
// (run_id|run_key).

// fieldsFlag binds -markers.fields to Options.Markers.
type fieldsFlag struct{ p *[]Marker }

func (f *fieldsFlag) String() string {
	if f == nil || f.p == nil {
		return ""
	}
	return FormatMarkers(*f.p)
}

func (f *fieldsFlag) Set(s string) error {
	ms, err := ParseMarkers(s)
	if err != nil {
		return err
	}
	*f.p = ms
	return nil
}

// FormatMarkers spells markers as ParseMarkers reads them.
func FormatMarkers(ms []Marker) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.Name + ":" + options.JoinAlternatives(m.Fields)
	}
	return strings.Join(parts, ";")
}

// ParseMarkers reads the value of -markers.fields.
func ParseMarkers(s string) ([]Marker, error) {
	if strings.TrimSpace(s) == "" {
		return nil, fmt.Errorf("empty list: give each marker and its fields, e.g. _SUCCESS:run_id,execution_arn;_LATEST.json:run_id")
	}
	var out []Marker
	seen := make(map[string]bool)
	var fields map[string]string // field key → as given, in the current marker
	for i, item := range splitItems(s) {
		item = strings.TrimSpace(item)
		if item == "" {
			return nil, fmt.Errorf("item %d is empty (stray ',' or ';'?)", i+1)
		}
		name, field, isMarker := strings.Cut(item, ":")
		if isMarker {
			name = strings.TrimSpace(name)
			if err := checkMarkerName(name); err != nil {
				return nil, err
			}
			if seen[name] {
				return nil, fmt.Errorf("marker %q is listed twice", name)
			}
			seen[name] = true
			out = append(out, Marker{Name: name})
			fields = make(map[string]string)
			item = strings.TrimSpace(field)
			if item == "" {
				continue // its fields follow
			}
		}
		if len(out) == 0 {
			return nil, fmt.Errorf("%q comes before any marker name: start with NAME: (e.g. _SUCCESS:%s)", item, item)
		}
		m := &out[len(out)-1]
		alts, err := parseField(item, m.Name, fields)
		if err != nil {
			return nil, err
		}
		m.Fields = append(m.Fields, alts)
	}
	for _, m := range out {
		if len(m.Fields) == 0 {
			return nil, fmt.Errorf("marker %q has no fields: list them after %q", m.Name, m.Name+":")
		}
	}
	return out, nil
}

// splitItems splits s at every ';' and ',', keeping empty items.
func splitItems(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ';' || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// checkMarkerName validates a marker name: the last segment of a key.
func checkMarkerName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("a marker name is empty (want NAME:field,...)")
	case strings.Contains(name, "/"):
		return fmt.Errorf("marker %q: give the file name alone, without '/' (it is matched against the last segment of the key)", name)
	case strings.ContainsAny(name, " \t|"):
		return fmt.Errorf("marker %q: spaces and '|' are not allowed in a marker name", name)
	}
	return nil
}

// parseField reads one required field: alternatives separated by '|', each
// a path of names separated by '.'. fields holds the fields of the marker
// so far, by their style-insensitive path.
func parseField(item, marker string, fields map[string]string) ([]string, error) {
	var alts []string
	for _, alt := range strings.Split(item, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			return nil, fmt.Errorf("marker %q: field %q has an empty alternative (stray '|'?)", marker, item)
		}
		segs := strings.Split(alt, ".")
		keys := make([]string, len(segs))
		for i, seg := range segs {
			if err := options.Identifier(seg); err != nil || strings.ContainsAny(seg, ":/") {
				return nil, fmt.Errorf("marker %q: field %q: %q is not a field name (letters, digits, '_' and '-'; '.' separates nested fields)", marker, alt, seg)
			}
			if keys[i] = naming.Key(seg); keys[i] == "" {
				return nil, fmt.Errorf("marker %q: field %q: %q needs a letter or a digit", marker, alt, seg)
			}
		}
		key := strings.Join(keys, ".")
		if other, dup := fields[key]; dup {
			return nil, fmt.Errorf("marker %q: %q and %q name the same field", marker, other, alt)
		}
		fields[key] = alt
		alts = append(alts, alt)
	}
	return alts, nil
}
