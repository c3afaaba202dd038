package runtable

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// A prefilter holds, when ok, substrings one of which every string a
// pattern matches contains (see needles).
type prefilter struct {
	need []string
	ok   bool
}

func newPrefilter(re *regexp.Regexp) prefilter {
	need, ok := needles(re)
	return prefilter{need, ok}
}

// needles returns substrings one of which every string re matches
// contains, so that a string containing none of them cannot match; ok is
// false when re can match without any fixed text (".*", "[a-z]+_log") and no
// such list exists.
//
// mentionsRunTable runs in most packages of a build and looks at every short
// literal: the pattern is matched against up to six windows of words for
// each, which cost more than the rest of the analyzer on literal-heavy code
// (table-driven tests). One substring test on the literal's normalised words
// rules out nearly all of them first, for any pattern a user configures.
func needles(re *regexp.Regexp) (list []string, ok bool) {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false // cannot happen: re compiled from the same text
	}
	return required(tree.Simplify())
}

// required returns the needles of one node of a parsed pattern.
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			if !foldsLikeLower(lit) {
				return nil, false
			}
			// The text searched is lower case (see mentions).
			lit = strings.ToLower(lit)
		}
		return []string{lit}, lit != ""
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		// Any one part's needles will do: take the part whose shortest
		// needle is longest (the most selective).
		var best []string
		for _, sub := range re.Sub {
			if list, ok := required(sub); ok && shortest(list) > shortest(best) {
				best = list
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			list, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, list...)
		}
		return weakest(all), true
	}
	return nil, false // character classes, any character, empty matches, anchors, optional parts
}

func shortest(list []string) int {
	if list == nil {
		return 0
	}
	n := len(list[0])
	for _, s := range list[1:] {
		n = min(n, len(s))
	}
	return n
}

// weakest sorts list and drops the needles that contain another: a string
// that contains "_execution" contains "execution".
func weakest(list []string) []string {
	slices.Sort(list)
	list = slices.Compact(list)
	return slices.DeleteFunc(list, func(s string) bool {
		return slices.ContainsFunc(list, func(o string) bool { return o != s && strings.Contains(s, o) })
	})
}

// foldsLikeLower reports whether matching s case-insensitively is finding
// strings.ToLower(s) in lower-case text: true of ASCII without k and s,
// whose case-folding orbits hold the Kelvin sign and the long s (which
// ToLower leaves as they are).
func foldsLikeLower(s string) bool {
	for i := range len(s) {
		switch c := s[i] | 0x20; {
		case s[i] >= utf8.RuneSelf, c == 'k', c == 's':
			return false
		}
	}
	return true
}
