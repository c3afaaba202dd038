package resolve

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
)

// Names is what is known about the set of names a value carries (dimension
// names, message keys): the names some source provides, the sources that could
// not be followed, and, when summarising a function, the parameters whose
// names flow into its result.
type Names struct {
	Has      map[string]bool
	Unknowns []Unknown
	Params   []int
}

// Add records a name.
func (n *Names) Add(name string) {
	if n.Has == nil {
		n.Has = make(map[string]bool)
	}
	n.Has[name] = true
}

// Merge adds everything m knows to n.
func (n *Names) Merge(m Names) {
	for name := range m.Has {
		n.Add(name)
	}
	n.Unknowns = append(n.Unknowns, m.Unknowns...)
	for _, p := range m.Params {
		if !slices.Contains(n.Params, p) {
			n.Params = append(n.Params, p)
		}
	}
}

// Sorted returns the names in order.
func (n Names) Sorted() []string {
	out := make([]string, 0, len(n.Has))
	for name := range n.Has {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// A Verdict is the three-valued answer to "does the value carry what is required".
type Verdict int

const (
	// Carries means every requirement is met by some source.
	Carries Verdict = iota
	// Lacks means every source is known and some requirement is met by none.
	Lacks
	// CannotTell means some requirement is unmet by the known sources, and some
	// source could not be followed.
	CannotTell
)

// Check tests names against requirements. Each requirement is a list of
// alternatives ("run_id|run_key" is two); key maps a name to the form it is
// compared in (nil for exact comparison). It returns the unmet requirements,
// spelled as given (alternatives joined by "|").
func (n Names) Check(required [][]string, key func(string) string) ([]string, Verdict) {
	if key == nil {
		key = func(s string) string { return s }
	}
	have := make(map[string]bool, len(n.Has))
	for name := range n.Has {
		have[key(name)] = true
	}
	var missing []string
	for _, alts := range required {
		if !slices.ContainsFunc(alts, func(a string) bool { return have[key(a)] }) {
			missing = append(missing, strings.Join(alts, "|"))
		}
	}
	switch {
	case len(missing) == 0:
		return nil, Carries
	case len(n.Unknowns) > 0:
		return missing, CannotTell
	}
	return missing, Lacks
}

// StringConstant returns the string constant a leaf is, if it is one.
func StringConstant(info *types.Info, leaf Leaf) (string, bool) {
	if leaf.Spread || leaf.Zero {
		return "", false
	}
	var v constant.Value
	if tv, ok := info.Types[leaf.Expr]; ok {
		v = tv.Value
	} else if id, ok := leaf.Expr.(*ast.Ident); ok {
		if c, ok := info.ObjectOf(id).(*types.Const); ok {
			v = c.Val()
		}
	}
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}
