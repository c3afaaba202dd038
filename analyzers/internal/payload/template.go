package payload

import (
	"strconv"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// Texts built from templates: fmt.Sprintf and concatenation, evaluated by
// strval into known text and holes.

// templateNames scans the templates a string expression evaluates to,
// merged.
func (e *Extractor) templateNames(l resolve.Leaf, depth int) Fields {
	var n Fields
	for _, f := range e.templateAlternatives(l, depth) {
		n.Merge(f)
	}
	return n
}

// templateAlternatives returns the fields of each template a string
// expression evaluates to.
func (e *Extractor) templateAlternatives(l resolve.Leaf, depth int) []Fields {
	ts := e.ev.EvalLeaf(l)
	out := make([]Fields, 0, len(ts))
	for _, t := range ts {
		out = append(out, e.templateFields(t, depth))
	}
	return out
}

// templateFields scans one template: a text without holes as a whole
// message, the text around holes for key patterns, and the values that fill
// holes when they are messages themselves (a marshalled map, a helper's
// message). When the template is a JSON document with values for holes,
// the keys have their paths, and what fills a hole is below the key it is
// the value of.
func (e *Extractor) templateFields(t strval.Template, depth int) Fields {
	var n Fields
	if s, ok := t.Known(); ok {
		n.addText(s)
		return n
	}
	if len(t) == 1 {
		return e.holeNames(t[0], depth, true, true)
	}
	holes := make(map[int]Fields)
	var keys []string
	for i, p := range t {
		if p.Hole {
			holes[i] = e.holeNames(p, depth, false, isolated(t, i))
			continue
		}
		for _, k := range FragmentKeys(p.Text, i+1 < len(t) && t[i+1].Hole) {
			n.Add(k)
			keys = append(keys, k)
		}
	}
	paths, at, isJSON := templatePaths(t)
	if !isJSON {
		n.addKeys(keys)
	}
	for _, p := range paths {
		n.AddPath(p)
	}
	for i := range t { // in order: facts made from the fields must not vary
		h, ok := holes[i]
		if !ok {
			continue
		}
		if isJSON {
			path, ok := at[i]
			if !ok {
				h.Paths = nil // in a string: no keys of its own at any path
			}
			h = h.Under(path)
		}
		n.Merge(h)
	}
	return n
}

// holeNames returns the fields of the value filling a hole. When the hole is
// the whole message, what cannot be followed is unknown; a hole within
// known text is a value (the run id after "run_id=", an error text) unless
// it is recognisably a message, and contributes only the fields it surely
// has. isolated says whether the hole may hold a message (see isolated).
func (e *Extractor) holeNames(p strval.Part, depth int, whole, isolated bool) Fields {
	var n Fields
	if p.Leaf != nil && e.unexpandable(*p.Leaf) {
		// strval expands concatenations and fmt.Sprint* itself; one left
		// in a hole is a cycle (s += ... in a loop) or past its bounds.
		// Expanding it again here would redo that work at every level.
		if whole {
			e.unknownAt(&n, p.Leaf.Expr, "a value built in a loop")
		}
		return n
	}
	switch {
	case p.Leaf != nil && !whole:
		return e.partNames(*p.Leaf, depth+1, isolated)
	case p.Leaf != nil:
		return e.messageNames(*p.Leaf, depth+1)
	case !whole:
	case p.Unknown != nil:
		n.Unknowns = append(n.Unknowns, *p.Unknown)
	default:
		n.Unknowns = append(n.Unknowns, resolve.Unknown{What: "a value too complex to follow"})
	}
	return n
}

// isolated reports whether hole i of a template may hold a message rather
// than a value: it is at the start or the end of the text ("[etl] " + msg),
// next to a line break ("Alert:\n%s\n-- etl"), or an unquoted JSON value
// (`{"timestamp": %q, "detail": %s}`). A hole within a sentence ("run %s
// failed") or right after a key (`run_id=%s`, "error: %v", `"detail": "%s"`)
// holds a value.
func isolated(t strval.Template, i int) bool {
	text := func(j int) (string, bool) {
		if j < 0 || j >= len(t) || t[j].Hole {
			return "", false
		}
		return t[j].Text, true
	}
	before, hasBefore := text(i - 1)
	after, hasAfter := text(i + 1)
	b := strings.TrimRight(before, " \t")
	a := strings.TrimLeft(after, " \t")
	if key, ok := strings.CutSuffix(b, ":"); ok && strings.HasSuffix(strings.TrimRight(key, " \t"), `"`) {
		return hasAfter && a != "" && strings.ContainsRune("},]", rune(a[0])) // a JSON value
	}
	if b != "" && strings.ContainsRune("=:\"'", rune(b[len(b)-1])) {
		return false // the value of a key
	}
	switch {
	case i == 0 || i == len(t)-1:
		return true
	case !hasBefore || !hasAfter:
		return false // next to another hole
	}
	return strings.HasSuffix(b, "\n") || strings.HasPrefix(a, "\n") || strings.HasPrefix(a, "\r\n")
}

// holeMark starts the text that stands for a hole in templatePaths: a
// control character, which a JSON string must escape, so no key or value
// of the template itself starts with it.
const holeMark = "\x00"

// templatePaths reads a template as a JSON document whose holes are values
// or parts of strings: `{"run_id": "%s", "trigger": %s}`. It returns the
// paths of the keys, and the path of the key each hole outside a string is
// the value of (the top, "", for a hole that is an element of a top-level
// array); isJSON is false when the template is no such document.
func templatePaths(t strval.Template) (paths []string, at map[int]string, isJSON bool) {
	var b strings.Builder
	inString := false
	for i, p := range t {
		if p.Hole {
			if inString {
				b.WriteString(`\u0000`)
			} else {
				b.WriteString(`"\u0000` + strconv.Itoa(i) + `"`) // holeMark and the hole's index
			}
			continue
		}
		inString = scanQuotes(p.Text, inString)
		b.WriteString(p.Text)
	}
	v, ok := decodeJSON(b.String())
	if !ok {
		return nil, nil, false
	}
	at = make(map[int]string)
	seen := make(map[string]bool)
	collectTemplate(v, "", seen, at, 0)
	for p := range seen {
		paths = append(paths, p)
	}
	return paths, at, true
}

// scanQuotes returns whether the end of text is inside a JSON string, given
// whether its start is.
func scanQuotes(text string, inString bool) bool {
	for i := 0; i < len(text); i++ {
		switch {
		case inString && text[i] == '\\':
			i++
		case text[i] == '"':
			inString = !inString
		}
	}
	return inString
}

// collectTemplate is collectKeys for a template with hole marks: keys made
// with a hole are not keys of the template, and a hole's value records its
// path.
func collectTemplate(v any, prefix string, paths map[string]bool, at map[int]string, depth int) {
	if depth > 64 {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == "" || strings.Contains(k, holeMark) {
				continue
			}
			p := Join(prefix, k)
			paths[p] = true
			collectTemplate(x, p, paths, at, depth+1)
		}
	case []any:
		for _, x := range v {
			collectTemplate(x, prefix, paths, at, depth+1)
		}
	case string:
		if rest, ok := strings.CutPrefix(v, holeMark); ok {
			if i, err := strconv.Atoi(rest); err == nil {
				at[i] = prefix
			}
		}
	}
}
