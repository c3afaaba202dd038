// Package suppress implements the directive that silences a tracelint
// finding at one place, with a stated reason:
//
//	//tracelint:ignore metricdims,uuidrunid fleet-wide gauge, not per run
//
// A directive at the end of a line of code covers that line. A directive on
// a line of its own (possibly among other comment lines right above the
// code) covers the code that starts on the next line: the statement,
// declaration, composite-literal element or other syntax that begins there,
// through its last line. A finding is suppressed when the lines it spans
// (its position to its end) meet the lines a directive for its analyzer
// covers, so a directive inside a reported literal applies to it too.
//
// It is implemented inside each analyzer, so it works the same under the
// tracelint command, go vet, golangci-lint and gopls. Each analyzer named
// in a directive reports it when it has no reason or suppresses nothing, so
// stale suppressions do not pile up. Problems with the directive itself (an
// analyzer name that does not exist, no name, "// tracelint:ignore" with a
// space) are reported once, by the analyzer the name is closest to.
package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suite"
)

// Prefix starts a directive.
const Prefix = "//tracelint:ignore"

// spaced matches what looks like a directive but is not one: a space
// between "//" and "tracelint:ignore" (gofmt leaves it in place, and the
// directive it was meant to be silently does nothing).
var spaced = regexp.MustCompile(`^//\s+tracelint:ignore(\s|$)`)

// A Reporter reports an analyzer's findings except those a directive
// suppresses. Create one per pass with New, report through it, and call
// Finish at the end of the pass.
type Reporter struct {
	pass       *analysis.Pass
	analyzer   string
	directives []*directive
	problems   []analysis.Diagnostic // malformed directives this analyzer reports
}

type directive struct {
	pos      token.Pos
	end      token.Pos
	file     *token.File
	from, to int // the lines the directive covers
	reason   string
	used     bool
}

// New collects the directives that name analyzer in the pass's files.
func New(pass *analysis.Pass, analyzer string) *Reporter {
	r := &Reporter{pass: pass, analyzer: analyzer}
	var (
		file  *ast.File
		tf    *token.File
		lines map[int]lineCode
	)
	for _, c := range resolve.CommentsContaining(pass, "tracelint:ignore") {
		names, reason, ok := parse(c.Text)
		if !ok {
			r.checkSpaced(c.Comment)
			continue
		}
		r.checkNames(c.Comment, names)
		if !slices.Contains(names, analyzer) {
			continue
		}
		if c.File != file {
			file, lines = c.File, nil
			if tf = pass.Fset.File(c.File.FileStart); tf != nil {
				lines = codeLines(c.File, tf)
			}
		}
		if tf == nil {
			continue
		}
		d := &directive{pos: c.Pos(), end: c.End(), file: tf, reason: reason}
		d.from, d.to = covered(tf, lines, c.Comment, c.Group)
		r.directives = append(r.directives, d)
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
		r.directives = append(r.directives, &directive{pos: pos, end: tf.Pos(start + len(line)), file: tf, from: covers, to: covers, reason: reason})
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

// owner is the analyzer that reports a problem with a directive whose first
// name is name: that analyzer, or the closest one for a misspelling, or the
// first of the suite when there is no name.
func owner(name string) string {
	if name == "" {
		return suite.Names()[0]
	}
	if suite.Known(name) {
		return name
	}
	closest, _ := suite.Closest(name)
	return closest
}

// checkNames records, for the analyzer that owns them, the names of a
// directive that are not analyzers, or the lack of any name.
func (r *Reporter) checkNames(c *ast.Comment, names []string) {
	if len(names) == 0 {
		if owner("") == r.analyzer {
			r.problem(c, "tracelint:ignore directive names no analyzer: "+Prefix+" <analyzer> <reason>")
		}
		return
	}
	for _, name := range names {
		if name == r.analyzer || suite.Known(name) || owner(name) != r.analyzer {
			continue
		}
		more := suite.Suggestion(name)
		if more == "" {
			more = " (analyzers: " + strings.Join(suite.Names(), ", ") + ")"
		}
		r.problem(c, fmt.Sprintf("tracelint:ignore directive names %q, which is not a tracelint analyzer%s", name, more))
	}
}

// checkSpaced records "// tracelint:ignore ..." for the analyzer that owns it.
func (r *Reporter) checkSpaced(c *ast.Comment) {
	if !spaced.MatchString(c.Text) {
		return
	}
	_, rest, _ := strings.Cut(c.Text, "tracelint:ignore")
	names, _, _ := parse(Prefix + rest)
	first := ""
	if len(names) > 0 {
		first = names[0]
	}
	if owner(first) == r.analyzer {
		r.problem(c, `"// tracelint:ignore" is not a directive and suppresses nothing: write `+Prefix+` without a space after //`)
	}
}

func (r *Reporter) problem(c *ast.Comment, msg string) {
	r.problems = append(r.problems, analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Category: "directive", Message: msg})
}

// lineCode describes the code on one line: where it starts, and where the
// largest syntax node starting there ends (NoPos when none starts there,
// as on a line that begins with a closing brace).
type lineCode struct {
	first, end token.Pos
}

// codeLines maps each line of f holding code to the code on it, so that a
// directive can tell a trailing comment from one on its own line and find
// the extent of what it stands above.
func codeLines(f *ast.File, tf *token.File) map[int]lineCode {
	lines := make(map[int]lineCode)
	inFile := func(p token.Pos) bool { return p.IsValid() && int(p) >= tf.Base() && int(p) <= tf.Base()+tf.Size() }
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment, *ast.File:
			return n != nil
		}
		if start := n.Pos(); inFile(start) {
			l := tf.Line(start)
			lc, ok := lines[l]
			switch {
			case !ok || start < lc.first:
				lines[l] = lineCode{first: start, end: n.End()}
			case start == lc.first && n.End() > lc.end:
				lc.end = n.End()
				lines[l] = lc
			}
		}
		if last := n.End() - 1; inFile(last) {
			l := tf.Line(last)
			if lc, ok := lines[l]; !ok || last < lc.first {
				lines[l] = lineCode{first: last}
			}
		}
		return true
	})
	return lines
}

// covered returns the lines directive c (in comment group cg) covers: its
// own line when it trails code; otherwise the code right below the comment
// lines it stands among, from the line after them through the end of the
// syntax that starts there.
func covered(tf *token.File, lines map[int]lineCode, c *ast.Comment, cg *ast.CommentGroup) (from, to int) {
	line := tf.Line(c.Pos())
	if lc, ok := lines[line]; ok && lc.first < c.Pos() {
		return line, line // a trailing comment
	}
	// Skip the rest of the comment lines of the group (other directives,
	// a doc comment), but not a blank line: code after a gap is not meant.
	next := line + 1
	for _, other := range cg.List {
		if other.Pos() > c.Pos() {
			if l := tf.Line(other.Pos()); l == next {
				next = tf.Line(other.End()) + 1
			}
		}
	}
	to = next
	if lc, ok := lines[next]; ok && lc.end.IsValid() {
		to = max(next, tf.Line(lc.end))
	}
	return next, to
}

// Report reports d unless a directive with a reason for this analyzer
// covers a line d spans.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if tf := r.pass.Fset.File(d.Pos); tf != nil && len(r.directives) > 0 {
		first := tf.Line(d.Pos)
		last := first
		if d.End.IsValid() && int(d.End) >= tf.Base() && int(d.End) <= tf.Base()+tf.Size() {
			last = max(first, tf.Line(d.End))
		}
		suppressed := false
		for _, dir := range r.directives {
			if dir.file == tf && dir.reason != "" && dir.from <= last && first <= dir.to {
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
// suppressed nothing in this pass, and the malformed directives it owns.
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
	for _, d := range r.problems {
		r.pass.Report(d)
	}
}
