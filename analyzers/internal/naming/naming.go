// Package naming splits identifiers and field names into words, so that rules
// about meaning ("this names the run id") do not depend on spelling style:
// execution_arn, executionArn, ExecutionArn and execution-arn are the same name.
package naming

import (
	"strings"
	"unicode"
)

// Words splits s into lower-case words at separators (anything that is not a
// letter or digit) and at camelCase boundaries. An upper-case run is one word,
// except that its last letter starts the next word when a lower-case letter
// follows: "RunID" → [run id], "execARN" → [exec arn], "HTTPServer" → [http server],
// "run_key" → [run key], "jr-123" → [jr 123].
func Words(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			// runId: boundary before I.
			flush(i)
			start = i
		case unicode.IsUpper(prev) && unicode.IsLower(r) && i-1 > start:
			// HTTPServer: boundary before S.
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(rs))
	return words
}

// Snake returns s normalised to lower snake_case: "ExecutionArn" → "execution_arn".
func Snake(s string) string { return strings.Join(Words(s), "_") }

// Key returns the style-insensitive key of a field name: its words joined
// without separators. execution_arn, executionArn, ExecutionArn and
// execution-arn all have the key "executionarn".
func Key(s string) string { return strings.Join(Words(s), "") }
