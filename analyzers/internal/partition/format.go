package partition

import (
	"strconv"
	"strings"
)

// A Value is a verb of a fmt format whose argument is a partition value: it
// directly follows "<name>=".
type Value struct {
	Arg  int    // index of the argument after the format
	Name string // the partition name before '='
}

// FormatValues returns the verbs of a fmt format that directly follow
// "<name>=" ("raw/dt=%s/run_id=%s/%s" → dt: argument 0, run_id: argument
// 1), with explicit argument indexes ("%[2]s") and '*' widths counted as fmt
// counts them.
func FormatValues(format string) []Value {
	var out []Value
	arg, textStart := 0, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		text := format[textStart:i]
		i++
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		index := func() {
			if i < len(format) && format[i] == '[' {
				if j := strings.IndexByte(format[i:], ']'); j > 0 {
					if n, err := strconv.Atoi(format[i+1 : i+j]); err == nil && n > 0 {
						arg = n - 1
					}
					i += j + 1
				}
			}
		}
		number := func() {
			index()
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		number()
		if i < len(format) && format[i] == '.' {
			i++
			number()
		}
		index()
		if i >= len(format) {
			break
		}
		if name, ok := NameBefore(text); ok {
			out = append(out, Value{Arg: arg, Name: name})
		}
		arg++
		textStart = i + 1
	}
	return out
}
