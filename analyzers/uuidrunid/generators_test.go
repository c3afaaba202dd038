package uuidrunid

import (
	"slices"
	"testing"
)

// TestGeneratorIndex checks that the configured list is indexed once per
// analyzer, not in every pass, and again when the option changes.
func TestGeneratorIndex(t *testing.T) {
	var x generatorIndex
	list := slices.Clone(defaultGenerators)
	first := x.of(list)
	if allocs := testing.AllocsPerRun(100, func() { x.of(list) }); allocs != 0 {
		t.Errorf("indexing the unchanged list again allocates %.0f times, want 0", allocs)
	}
	if x.of(slices.Clone(list)) != first {
		t.Error("an equal list was indexed again")
	}
	changed := append(slices.Clone(list), "example.com/ids.New")
	if g := x.of(changed); g == first || !g.declares("example.com/ids") {
		t.Error("a changed list was not indexed again")
	}
}
