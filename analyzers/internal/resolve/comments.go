package resolve

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Comment is a comment of the package, with the file and group it is in.
type Comment struct {
	File  *ast.File
	Group *ast.CommentGroup
	*ast.Comment
}

// CommentsContaining returns the comments of the pass's files whose text
// contains substr, in file order. Every analyzer looks for its suppression
// directives in every package it runs on; scanning all the comments of a
// package once per analyzer cost more than most analyzers' own work there,
// so the scan is made once per package and substring and shared. A pass
// without the Index (one built by hand) scans each time.
func CommentsContaining(pass *analysis.Pass, substr string) []Comment {
	ix, ok := pass.ResultOf[Analyzer].(*Index)
	if !ok {
		return scanComments(pass.Files, substr)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	found, done := ix.comments[substr]
	if !done {
		found = scanComments(pass.Files, substr)
		if ix.comments == nil {
			ix.comments = make(map[string][]Comment)
		}
		ix.comments[substr] = found
	}
	return found
}

func scanComments(files []*ast.File, substr string) []Comment {
	var found []Comment
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.Contains(c.Text, substr) {
					found = append(found, Comment{File: f, Group: cg, Comment: c})
				}
			}
		}
	}
	return found
}
