package options

import (
	"slices"
	"strings"
	"testing"
)

// TestDerived checks that the value is computed once per option value, and
// again when the option changes.
func TestDerived(t *testing.T) {
	made := 0
	d := &Derived[[]string, string]{
		Equal: slices.Equal[[]string],
		Make:  func(l []string) string { made++; return strings.Join(l, "+") },
	}
	list := []string{"a", "b"}
	if got := d.Get(list); got != "a+b" {
		t.Fatalf("Get = %q", got)
	}
	if allocs := testing.AllocsPerRun(100, func() { d.Get(list) }); allocs != 0 || made != 1 {
		t.Errorf("asking again: %.0f allocations, %d computations; want 0 and 1", allocs, made)
	}
	if got := d.Get([]string{"a", "b", "c"}); got != "a+b+c" || made != 2 {
		t.Errorf("after a change: %q after %d computations, want a+b+c after 2", got, made)
	}
}
