// Package suppress implements the directive that silences a tracelint
// finding at one place, with a stated reason:
//
//	//tracelint:ignore metricdims,uuidrunid fleet-wide gauge, not per run
//
// A directive applies to findings of the named analyzers on its own line
// (trailing comment) or, when it stands alone on a line, on the next line.
// It is implemented inside each analyzer, so it works the same under the
// tracelint command, go vet and golangci-lint. A directive without a reason,
// or one that suppresses nothing, is itself reported by each analyzer it
// names, so stale suppressions do not pile up.
package suppress

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Prefix starts a directive.
const Prefix = "//tracelint:ignore"

// A Reporter reports an analyzer's findings except those a directive
// suppresses. Create one per pass with New, report through it, and call
// Finish at the end of the pass.
type Reporter struct {
	pass       *analysis.Pass
	analyzer   string
	directives []*directive
}

type directive struct {
	pos    token.Pos
	end    token.Pos
	file   *token.File
	line   int // the line the directive covers
	reason string
	used   bool
}

// New collects the directives that name analyzer in the pass's files.
func New(pass *analysis.Pass, analyzer string) *Reporter {
	r := &Reporter{pass: pass, analyzer: analyzer}
	for _, f := range pass.Files {
		var mine []*ast.Comment
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, Prefix) {
					mine = append(mine, c)
				}
			}
		}
		if len(mine) == 0 {
			continue
		}
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		var codeLines map[int]token.Pos // line → position of the first code on it
		for _, c := range mine {
			names, reason, ok := parse(c.Text)
			if !ok || !slices.Contains(names, analyzer) {
				continue
			}
			if codeLines == nil {
				codeLines = firstCodeOnLines(f, tf)
			}
			line := tf.Line(c.Pos())
			if first, ok := codeLines[line]; !ok || first > c.Pos() {
				line++ // alone on its line: it covers the next one
			}
			r.directives = append(r.directives, &directive{pos: c.Pos(), end: c.End(), file: tf, line: line, reason: reason})
		}
	}
	return r
}

// AddLineDirectives collects the directives that name the reporter's
// analyzer in a file that is not Go (a SQL migration the package embeds),
// written after that language's line-comment marker, e.g. for SQL:
//
//	-- tracelint:ignore runtable legacy table, dropped in the next release
//
// As in Go files, a directive covers its own line when it follows a
// statement there, and the next line when it stands alone. tf is the file
// as added to the pass's FileSet and content its text.
func (r *Reporter) AddLineDirectives(tf *token.File, content []byte, marker string) {
	lines := strings.Split(string(content), "\n")
	offset := 0
	for i, line := range lines {
		start := offset
		offset += len(line) + 1
		at := strings.Index(line, marker)
		if at < 0 {
			continue
		}
		body := strings.TrimLeft(line[at+len(marker):], " \t")
		if !strings.HasPrefix(body, "tracelint:ignore") {
			continue
		}
		names, reason, ok := parse("//" + body)
		if !ok || !slices.Contains(names, r.analyzer) {
			continue
		}
		covers := i + 1 // token lines are 1-based
		if strings.TrimSpace(line[:at]) == "" {
			covers++ // alone on its line
		}
		pos := tf.Pos(start + at)
		r.directives = append(r.directives, &directive{pos: pos, end: tf.Pos(start + len(line)), file: tf, line: covers, reason: reason})
	}
}

// parse splits "//tracelint:ignore a,b reason..." into names and reason.
func parse(text string) (names []string, reason string, ok bool) {
	rest, ok := strings.CutPrefix(text, Prefix)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil, "", false // e.g. //tracelint:ignored
	}
	// A comment after the directive ("... // note") is not part of its
	// reason; a URL in the reason ("see https://...") is.
	for _, sep := range []string{" //", "\t//"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return nil, "", true
	}
	for _, n := range strings.Split(fields[0], ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names, strings.Join(fields[1:], " "), true
}

// firstCodeOnLines maps each line of f holding code to where that code
// starts, so a directive can tell a trailing comment from one on its own line.
func firstCodeOnLines(f *ast.File, tf *token.File) map[int]token.Pos {
	lines := make(map[int]token.Pos)
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment, *ast.File:
			return n != nil
		}
		for _, p := range []token.Pos{n.Pos(), n.End() - 1} {
			if !p.IsValid() || int(p) < tf.Base() || int(p) > tf.Base()+tf.Size() {
				continue
			}
			l := tf.Line(p)
			if first, ok := lines[l]; !ok || p < first {
				lines[l] = p
			}
		}
		return true
	})
	return lines
}

// Report reports d unless a directive with a reason covers its line.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if tf := r.pass.Fset.File(d.Pos); tf != nil {
		line := tf.Line(d.Pos)
		suppressed := false
		for _, dir := range r.directives {
			if dir.file == tf && dir.line == line && dir.reason != "" {
				dir.used = true
				suppressed = true
			}
		}
		if suppressed {
			return
		}
	}
	r.pass.Report(d)
}

// Finish reports the directives naming this analyzer that lack a reason or
// suppressed nothing in this pass.
func (r *Reporter) Finish() {
	for _, dir := range r.directives {
		switch {
		case dir.reason == "":
			r.pass.Report(analysis.Diagnostic{
				Pos: dir.pos, End: dir.end, Category: "directive",
				Message: "tracelint:ignore directive for " + r.analyzer + " needs a reason: " +
					Prefix + " " + r.analyzer + " <why this finding does not apply>",
			})
		case !dir.used:
			r.pass.Report(analysis.Diagnostic{
				Pos: dir.pos, End: dir.end, Category: "directive",
				Message: "tracelint:ignore directive for " + r.analyzer + " suppresses nothing: remove it",
			})
		}
	}
}
