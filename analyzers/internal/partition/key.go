package partition

import (
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// A Key is what the template of an S3 key says about its partition
// segments.
type Key struct {
	// Names are the names of the name=value segments in the key's known
	// text, in order: "raw/dt={}/run_id={}/part.parquet" has dt and run_id.
	// A segment starts the key, follows a '/' or follows a hole (the hole
	// of "%srun_id=%s" ends a prefix).
	Names []string
	// Free are the indexes of the holes that may hold whole segments of
	// their own, so that what they hold is partition text that cannot be
	// read from the template: a hole that stands alone between '/'s, at
	// the start or the end of the key (a prefix, a file name, the whole
	// key). A hole glued to known text within a segment ("dt=" + d,
	// "part-" + n + ".parquet") or formatted as a number is a value.
	Free []int
}

// Has reports whether the key has a segment named name.
func (k Key) Has(name string) bool {
	for _, n := range k.Names {
		if n == name {
			return true
		}
	}
	return false
}

// Read reads the partition segments of a key template.
func Read(t strval.Template) Key {
	var k Key
	for i, p := range t {
		if p.Hole {
			if free(t, i) {
				k.Free = append(k.Free, i)
			}
			continue
		}
		afterHole := i > 0 && t[i-1].Hole
		for j := 0; j < len(p.Text); j++ {
			if p.Text[j] != '=' {
				continue
			}
			name, ok := NameBefore(p.Text[:j+1])
			if !ok {
				continue
			}
			start := j - len(name)
			if start > 0 && p.Text[start-1] == '/' || start == 0 && (i == 0 || afterHole) {
				k.Names = append(k.Names, name)
			}
		}
	}
	return k
}

// free reports whether hole i of t may hold whole segments: it is not
// formatted as a number, and the run of holes it is in is not glued to
// known text of the same segment on either side.
func free(t strval.Template, i int) bool {
	switch strings.TrimLeft(t[i].Verb, "%+-# 0123456789.*[]") {
	case "", "s", "v":
	default:
		return false // %d, %x, %q...: a value
	}
	start, end := i, i
	for start > 0 && t[start-1].Hole {
		start--
	}
	for end+1 < len(t) && t[end+1].Hole {
		end++
	}
	if start > 0 && !strings.HasSuffix(t[start-1].Text, "/") {
		return false // glued to the text before it
	}
	if end+1 < len(t) && !strings.HasPrefix(t[end+1].Text, "/") {
		return false // glued to the text after it
	}
	return true
}
