package resolve

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestCommentsContainingShared checks that the analyzers of a package share
// one scan of its comments: after the first, asking again allocates nothing.
func TestCommentsContainingShared(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", `package a

// Doc comment.
func F() {} //tracelint:ignore uuidrunid reason

//tracelint:ignore metricdims
var V = 1
`, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, ResultOf: map[*analysis.Analyzer]any{Analyzer: &Index{}}}
	got := CommentsContaining(pass, "tracelint:ignore")
	if len(got) != 2 || got[0].File != f || got[1].Group == nil {
		t.Fatalf("CommentsContaining = %+v, want the two directives", got)
	}
	if allocs := testing.AllocsPerRun(100, func() { CommentsContaining(pass, "tracelint:ignore") }); allocs != 0 {
		t.Errorf("asking again allocates %.0f times, want 0 (the scan is shared)", allocs)
	}
	byHand := &analysis.Pass{Fset: fset, Files: []*ast.File{f}}
	if n := len(CommentsContaining(byHand, "Doc")); n != 1 {
		t.Errorf("a pass without the index: %d comments, want 1", n)
	}
}
