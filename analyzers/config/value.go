package config

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"
)

// FlagValue renders a structured setting (decoded from YAML or JSON: bool,
// string, a number, a list of strings) in the command-line syntax of flag f,
// checking that its kind fits the flag: a boolean for a boolean flag, a list
// (or one comma-separated string) for a list flag (a value with an
// IsListFlag method, such as options.List), a string or a number for any
// other flag. The flag's own Set does the rest of the validation.
//
// Both the configuration file and the golangci-lint plugin's settings go
// through it, so a setting means the same in either place.
func FlagValue(f *flag.Flag, v any) (string, error) {
	isBool, isList := false, false
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok {
		isBool = b.IsBoolFlag()
	}
	if l, ok := f.Value.(interface{ IsListFlag() bool }); ok {
		isList = l.IsListFlag()
	}
	want := "a string"
	switch {
	case isBool:
		want = "true or false"
	case isList:
		want = "a list of strings"
	}
	switch v := v.(type) {
	case bool:
		if isBool {
			return strconv.FormatBool(v), nil
		}
	case string:
		if !isBool {
			return v, nil // a list may be given in its flag syntax, comma-separated
		}
	case json.Number, int, int64, uint64, float64:
		if !isBool && !isList {
			return fmt.Sprint(v), nil
		}
	case []any:
		if !isList {
			break
		}
		items := make([]string, 0, len(v))
		for i, item := range v {
			s, ok := item.(string)
			if !ok {
				return "", fmt.Errorf("item %d: want a string, got %s", i+1, Text(item))
			}
			if strings.Contains(s, ",") {
				return "", fmt.Errorf("item %d (%q) contains a comma; give each item separately", i+1, s)
			}
			items = append(items, s)
		}
		return strings.Join(items, ","), nil // an empty list is rejected by the flag
	}
	return "", fmt.Errorf("want %s, got %s", want, Text(v))
}

// Text renders a decoded value for an error message, as JSON (which is
// also YAML flow syntax).
func Text(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSpace(b.String())
}
