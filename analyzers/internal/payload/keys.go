package payload

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// Field names found in message text. A message is free text, so "fields" are
// what an engineer, a subscription filter or a consumer would read as one:
// the keys of a JSON document, and key=value or key: value pairs in plain
// text.

// TextKeys returns the field names a complete message text carries: the
// keys of a JSON object (or array) at any depth when the whole text is one,
// the keys found by FragmentKeys otherwise. The result is sorted and has no
// duplicates.
func TextKeys(s string) []string {
	keys, _ := textKeys(s)
	return keys
}

// textKeys is TextKeys with the paths of the keys (see Fields.Paths): the
// nesting of a JSON document, every key at the top level otherwise.
func textKeys(s string) (keys, paths []string) {
	if keys, paths, ok := jsonKeys(s); ok {
		return keys, paths
	}
	keys = FragmentKeys(s, false)
	return keys, keys
}

// jsonKeys decodes s as one JSON object or array and returns its keys at any
// depth and their paths; ok is false when s is not such a document.
func jsonKeys(s string) (keys, paths []string, ok bool) {
	v, ok := decodeJSON(s)
	if !ok {
		return nil, nil, false
	}
	seen := make(map[string]bool)
	seenPaths := make(map[string]bool)
	collectKeys(v, "", seen, seenPaths, 0)
	return slices.Sorted(maps.Keys(seen)), slices.Sorted(maps.Keys(seenPaths)), true
}

// decodeJSON decodes s when it is one JSON object or array.
func decodeJSON(s string) (any, bool) {
	t := strings.TrimSpace(s)
	if t == "" || t[0] != '{' && t[0] != '[' || !json.Valid([]byte(t)) {
		return nil, false
	}
	dec := json.NewDecoder(strings.NewReader(t))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	return v, true
}

// collectKeys adds the keys of v and their paths below prefix. Arrays are
// transparent: the keys of the objects in an array under "metrics" have
// paths under "metrics".
func collectKeys(v any, prefix string, seen, paths map[string]bool, depth int) {
	if depth > 64 {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			p := prefix
			if k != "" {
				seen[k] = true
				p = Join(prefix, k)
				paths[p] = true
			}
			collectKeys(x, p, seen, paths, depth+1)
		}
	case []any:
		for _, x := range v {
			collectKeys(x, prefix, seen, paths, depth+1)
		}
	}
}

// FragmentKeys scans text that may be only part of a message (the known
// text between the holes of a template) for key patterns:
//
//   - a quoted key followed by a colon: "execution_arn": (JSON), 'run_id':
//   - key=value: run_id=20240101T000000Z, also in a URL query;
//   - key: value, where the colon is followed by a space or a tab (so that
//     ARNs, URLs and times are not read as keys), or ends the fragment
//     before a hole when beforeHole is set ("run_id:%s").
//
// A plain key is a run of letters, digits, '_', '-' and '.' starting with a
// letter or '_'. The result is sorted and has no duplicates.
func FragmentKeys(s string, beforeHole bool) []string {
	seen := make(map[string]bool)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '=':
			if i+1 < len(s) && s[i+1] == '=' {
				i++ // ==
				continue
			}
			j := spaceBefore(s, i)
			if j > 0 && strings.IndexByte("=!<>:+-*/%&|^", s[j-1]) >= 0 && j == i {
				continue // <=, !=, :=, += ...
			}
			if k := plainKeyBefore(s, j); k != "" {
				seen[k] = true
			}
		case ':':
			j := spaceBefore(s, i)
			if j > 0 && (s[j-1] == '"' || s[j-1] == '\'') {
				if k, ok := quotedKeyBefore(s, j-1); ok {
					seen[k] = true
				}
				continue
			}
			if j != i {
				continue // "key : value" is not a plain pair
			}
			next := i + 1
			if next < len(s) && (s[next] == ' ' || s[next] == '\t') || next == len(s) && beforeHole {
				if k := plainKeyBefore(s, i); k != "" {
					seen[k] = true
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// maxKey bounds the length of a key: scanning back for one stops there, so
// that scanning stays linear in the text.
const maxKey = 128

// plainKeyBefore returns the plain key that ends at s[end-1], if any.
func plainKeyBefore(s string, end int) string {
	start := end
	for start > 0 && isKeyByte(s[start-1]) {
		start--
		if end-start > maxKey {
			return ""
		}
	}
	// A key starts with a letter or '_'.
	for start < end && !isKeyStart(s[start]) {
		start++
	}
	k := strings.TrimRight(s[start:end], "-.")
	if k == "" {
		return ""
	}
	return k
}

// quotedKeyBefore returns the key quoted by the quote at s[close], when
// the opening quote is found on the same line and the key is non-empty.
func quotedKeyBefore(s string, closeQuote int) (string, bool) {
	q := s[closeQuote]
	open := -1
	for j := closeQuote - 1; j >= 0; j-- {
		if s[j] == '\n' || s[j] == '\r' || closeQuote-j > maxKey {
			return "", false
		}
		if s[j] == q && !escaped(s, j) {
			open = j
			break
		}
	}
	if open < 0 || closeQuote-open < 2 {
		return "", false
	}
	raw := s[open+1 : closeQuote]
	if strings.ContainsAny(raw, "{}[],") {
		return "", false // the close of a value and the start of the next key, across a hole
	}
	if q == '"' && strings.IndexByte(raw, '\\') >= 0 {
		var k string
		if err := json.Unmarshal([]byte(`"`+raw+`"`), &k); err != nil || k == "" {
			return "", false
		}
		return k, true
	}
	if !utf8.ValidString(raw) {
		return "", false
	}
	return raw, true
}

// escaped reports whether s[i] is preceded by an odd number of backslashes
// (looking back at most maxKey bytes).
func escaped(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\' && n <= maxKey; j-- {
		n++
	}
	return n%2 == 1
}

// spaceBefore returns where the run of spaces and tabs that ends at s[i-1]
// starts (at most maxKey bytes back).
func spaceBefore(s string, i int) int {
	j := i
	for j > 0 && i-j < maxKey && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return j
}

func isKeyStart(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

func isKeyByte(b byte) bool {
	return isKeyStart(b) || b >= '0' && b <= '9' || b == '-' || b == '.'
}
