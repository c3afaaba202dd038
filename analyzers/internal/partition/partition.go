// Package partition reads Hive-style partition segments, name=value, in S3
// keys and paths: in plain text (NameBefore), in the constant format of a
// fmt.Sprintf that builds a key (FormatValues), and in the templates strval
// evaluates a key to (Read). uuidrunid uses it to find the value after
// run_id= in a path; runpaths to check that a partitioned key has a run_id=
// segment.
package partition

import "strings"

// NameBefore returns the partition name text ends with: "raw/run_id=" →
// "run_id". The name is the run of letters, digits, '_' and '-' right
// before a final '=' ("--run-key=" → "--run-key"); ok is false when text
// does not end in '=' or nothing precedes it.
func NameBefore(text string) (name string, ok bool) {
	rest, ok := strings.CutSuffix(text, "=")
	if !ok {
		return "", false
	}
	i := len(rest)
	for i > 0 && isNameByte(rest[i-1]) {
		i--
	}
	if i == len(rest) {
		return "", false
	}
	return rest[i:], true
}

func isNameByte(ch byte) bool {
	return ch == '_' || ch == '-' || ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
}
