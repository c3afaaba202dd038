// Package suite names the analyzers of the tracelint suite, for the shared
// packages that must know them all but cannot import package analyzers,
// which imports every analyzer and so the shared packages themselves: the
// directive checks (a //tracelint:ignore naming an analyzer that does not
// exist) and the configuration file (a section for an unknown analyzer).
//
// TestSuiteNames in package analyzers keeps this list equal to the names of
// analyzers.All(): add a new analyzer's name here when adding it there.
package suite

import "slices"

// names is sorted.
var names = []string{
	"lambdalog",
	"markers",
	"metricdims",
	"propagation",
	"runpaths",
	"runtable",
	"snscorrelation",
	"sqslog",
	"uuidrunid",
}

// Names returns the analyzers' names, sorted.
func Names() []string { return slices.Clone(names) }

// Known reports whether name is an analyzer of the suite.
func Known(name string) bool {
	_, found := slices.BinarySearch(names, name)
	return found
}

// Closest returns the analyzer whose name is nearest to name by edit
// distance (the first in order on a tie) and that distance. An unknown name
// is attributed to the closest analyzer, so that exactly one analyzer
// reports a misspelling, and the suggestion is only shown when it is close.
func Closest(name string) (closest string, distance int) {
	distance = -1
	for _, n := range names {
		if d := editDistance(name, n); distance < 0 || d < distance {
			closest, distance = n, d
		}
	}
	return closest, distance
}

// Suggestion returns " (did you mean X?)" when an analyzer's name is within
// a third of name's length of it, else "".
func Suggestion(name string) string {
	closest, d := Closest(name)
	if d > 0 && d <= max(1, len(name)/3) {
		return " (did you mean " + closest + "?)"
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, in bytes
// (analyzer names are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
