package partition

import (
	"strings"
	"unicode/utf8"
)

// A Value is a verb of a fmt format whose argument is a partition value: it
// directly follows "<name>=".
type Value struct {
	Arg  int    // index of the argument after the format
	Name string // the partition name before '='
}

// FormatValues returns the verbs of a fmt format that directly follow
// "<name>=" ("raw/dt=%s/run_id=%s/%s" → dt: argument 0, run_id: argument
// 1). The format is scanned the way fmt.Sprintf scans it (flags, explicit
// argument indexes such as "%[2]s", '*' widths and precisions, "%5%"), so
// the argument numbers are the ones fmt uses; verbs fmt rejects (BADINDEX)
// take no argument and are not reported, nor are %T and %p, which print a
// type and an address rather than the value.
func FormatValues(format string) []Value {
	var out []Value
	end := len(format)
	arg, textStart := 0, 0
	for i := 0; i < end; {
		if format[i] != '%' {
			i++
			continue
		}
		text := format[textStart:i]
		i++
		for i < end && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		good, afterIndex := true, false
		argIndex := func() { // fmt's (*pp).argNumber
			afterIndex = false
			if i >= end || format[i] != '[' {
				return
			}
			n, width, ok := parseArgNumber(format[i:])
			i += width
			if ok && n >= 0 {
				arg, afterIndex = n, true
			} else {
				good, afterIndex = false, ok
			}
		}
		number := func() (present bool) { // fmt's parsenum
			for n := 0; i < end && '0' <= format[i] && format[i] <= '9'; i++ {
				if n > 1e6 {
					i = end // fmt gives up on the rest of the format
					return false
				}
				n = n*10 + int(format[i]-'0')
				present = true
			}
			return present
		}
		argIndex()
		if i < end && format[i] == '*' {
			i++
			arg++
			afterIndex = false
		} else if number() && afterIndex {
			good = false // "%[3]2d"
		}
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				good = false // "%[3].2d"
			}
			argIndex()
			if i < end && format[i] == '*' {
				i++
				arg++
				afterIndex = false
			} else {
				number()
			}
		}
		if !afterIndex {
			argIndex()
		}
		if i >= end {
			break // %!(NOVERB)
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		textStart = i
		if verb == '%' || !good {
			continue // a percent sign, or %!v(BADINDEX): no argument taken
		}
		if name, ok := NameBefore(text); ok && verb != 'T' && verb != 'p' {
			out = append(out, Value{Arg: arg, Name: name})
		}
		arg++
	}
	return out
}

// parseArgNumber mirrors fmt's: the zero-based index of "[n]" at the start
// of s, how many bytes the bracket takes, and whether it is well formed.
func parseArgNumber(s string) (index, width int, ok bool) {
	if len(s) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] == ']' {
			n, digits := 0, 0
			for _, c := range []byte(s[1:i]) {
				if c < '0' || c > '9' || n > 1e6 {
					return 0, i + 1, false
				}
				n = n*10 + int(c-'0')
				digits++
			}
			if digits == 0 {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}
