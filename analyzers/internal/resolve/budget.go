package resolve

import "go/token"

// The resolver's work is bounded twice. A query (Resolve, Field, Elems,
// Returns...) may take maxSteps steps: past them the rest of its value is
// "too complex to follow". A pass may take maxWork units of work over all its
// queries: a package with thousands of helpers, each just within the bound
// of one query, must not cost minutes either. Past it every further query
// answers at once that the package's budget is spent, which analyzers treat
// as any value they cannot follow: silent by default, "cannot verify" in
// strict mode. What was found before is kept, and the pass finishes.
//
// A unit is a step (entering a variable, call or place) or a leaf handled by
// Field, Elems or a query's merge of its results, so the count follows the
// time spent, including the copying of large sets.
const (
	maxSteps = 20000
	maxWork  = 4_000_000
)

// budgetSpent is the reason given for values left unresolved once the
// pass's budget is spent.
const budgetSpent = "the analysis budget of this package is spent"

// charge records n units of work and reports whether the pass's budget
// still holds.
func (r *Resolver) charge(n int) bool {
	r.work += n
	return r.work <= r.maxWork
}

// Exhausted reports whether the pass's budget is spent: every further query
// returns an unknown at once. Analyzers that loop over many functions may
// stop early.
func (r *Resolver) Exhausted() bool { return r.work > r.maxWork }

// Charge lets code built on the resolver (string evaluation) count its own
// work against the pass's budget; it reports whether the budget still holds.
func (r *Resolver) Charge(n int) bool { return r.charge(n) }

// Work returns the units of work the resolver has done in this pass, for
// tests that prove a fixed blow-up by a count rather than a wall time.
func (r *Resolver) Work() int { return r.work }

// spent returns the answer to a query made after the budget is spent.
func spent(pos token.Pos) Set {
	return Set{Unknowns: []Unknown{{Pos: pos, What: budgetSpent}}}
}

// SetWorkLimit replaces the pass's budget (for tests of the budget itself).
func (r *Resolver) SetWorkLimit(units int) { r.maxWork = units }

// spentIn reports whether some unknown is the spent budget's.
func spentIn(us []Unknown) bool {
	for _, u := range us {
		if u.What == budgetSpent {
			return true
		}
	}
	return false
}
