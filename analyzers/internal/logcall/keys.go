package logcall

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
	"unicode"
)

// constString returns the string constant e is, if it is one.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// formatKeys returns, for each argument of a printf format, the key written
// just before its verb ("run_id=%s", "RunId: %v", `"run_id":"%s"`), or ""
// when there is none. Verbs that take no argument (%%) are skipped; formats
// with explicit argument indexes or * widths give no keys.
func formatKeys(format string) []string {
	var keys []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			break
		}
		switch format[j] {
		case '%':
			i = j
			continue
		case '[', '*':
			return nil
		}
		keys = append(keys, keyBefore(format[:i]))
		i = j
	}
	return keys
}

// keyBefore returns the name that text ends with, followed by '=' or ':'
// (and optional quotes and spaces): "... run_id=" → "run_id".
func keyBefore(text string) string {
	t := strings.TrimRight(text, ` "'`)
	if t == "" || (t[len(t)-1] != '=' && t[len(t)-1] != ':') {
		return ""
	}
	t = strings.TrimRight(t[:len(t)-1], ` "'`)
	end := len(t)
	start := end
	for start > 0 {
		r := rune(t[start-1])
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '.') {
			start--
			continue
		}
		break
	}
	return t[start:end]
}
