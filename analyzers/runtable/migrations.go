package runtable

import (
	"go/ast"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Migration files: SQL files a package embeds with //go:embed (a string, a
// []byte or an embed.FS handed to golang-migrate, goose or a hand-written
// runner) are the schema the program creates. Their statements are checked
// like statements run through a driver, and a finding is reported at the
// file and line of the statement.
//
// No driver lists embedded files among a pass's files (go/packages,
// go vet's unit configuration and gopls keep them apart from OtherFiles), so
// pass.ReadFile refuses them. The Go toolchain defines exactly which files a
// //go:embed directive embeds: its patterns, resolved against the directory
// of the Go file that holds it. The analyzer resolves them the same way and
// reads the files itself when the driver will not.

// Bounds on the work one package's migrations cost.
const (
	maxMigrationFiles = 1000
	maxMigrationBytes = 4 << 20
)

// checkMigrations reports the run tables that the SQL files embedded by the
// package create or write.
func checkMigrations(pass *analysis.Pass, j judge, rep *suppress.Reporter, atEmbed bool) {
	if !awsop.ImportsAny(pass.Pkg, "embed") {
		return // every //go:embed needs the import
	}
	files, directives := embeddedSQLFiles(pass)
	if len(files) == 0 {
		return
	}
	type found struct {
		file   string
		target SQLTarget
	}
	var all []found
	contents := make(map[string][]byte)
	created := make(map[string]bool) // tables some embedded file creates
	for _, file := range files {
		data := readEmbedded(pass, file)
		if data == nil {
			continue
		}
		contents[file] = data
		for _, t := range SQLTargets(string(data)) {
			all = append(all, found{file, t})
			if t.Creates() {
				created[strings.ToLower(t.Name())] = true
			}
		}
	}
	tokFiles := make(map[string]*token.File)
	seen := make(map[string]bool) // file and table of the writes reported
	for _, f := range all {
		t := f.target
		name := text(t.Parts[len(t.Parts)-1])
		if !t.Creates() {
			// A table the migrations create is judged where it is created;
			// ALTER TABLE and seed rows of other tables once per file.
			k := f.file + "\x00" + strings.ToLower(t.Name())
			if created[strings.ToLower(t.Name())] || seen[k] {
				continue
			}
			seen[k] = true
		}
		if !j.isRunTableWith(name, t.Columns, !t.Creates()) {
			continue
		}
		verb := "write to"
		if t.Creates() {
			verb = "create"
		}
		const tail = ": run state lives in Step Functions execution history; use ListExecutions/DescribeExecution"
		if atEmbed {
			data := contents[f.file]
			line := strings.Count(string(data[:t.Offset]), "\n") + 1
			rep.Report(analysis.Diagnostic{
				Pos: directives[f.file],
				Message: verb + " run-tracking table " + strconv.Quote(t.Name()) + " (migration " + t.Verb + " at " +
					embedRel(pass, directives[f.file], f.file) + ":" + strconv.Itoa(line) + ")" + tail,
			})
			continue
		}
		tf := tokFiles[f.file]
		if tf == nil {
			data := contents[f.file]
			tf = pass.Fset.AddFile(f.file, -1, len(data))
			tf.SetLinesForContent(data)
			tokFiles[f.file] = tf
			rep.AddLineDirectives(tf, data, "--")
		}
		rep.Report(analysis.Diagnostic{
			Pos:     tf.Pos(t.Offset),
			Message: verb + " run-tracking table " + strconv.Quote(t.Name()) + " (migration " + t.Verb + ")" + tail,
		})
	}
}

// embedRel returns file relative to the directory of the Go file holding
// the directive at pos, as the directive's patterns name it.
func embedRel(pass *analysis.Pass, pos token.Pos, file string) string {
	if tf := pass.Fset.File(pos); tf != nil {
		if rel, err := filepath.Rel(filepath.Dir(tf.Name()), file); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(file)
}

// readEmbedded returns the contents of an embedded file: through the
// driver's ReadFile when it allows the file, else from the file system.
func readEmbedded(pass *analysis.Pass, file string) []byte {
	if pass.ReadFile != nil {
		if data, err := pass.ReadFile(file); err == nil {
			return data
		}
	}
	info, err := os.Stat(file)
	if err != nil || !info.Mode().IsRegular() || info.Size() > maxMigrationBytes {
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	return data
}

// embeddedSQLFiles returns the .sql files the //go:embed directives of the
// package's files embed, sorted and without repeats, and the position of
// the first directive that embeds each.
func embeddedSQLFiles(pass *analysis.Pass) ([]string, map[string]token.Pos) {
	var out []string
	at := make(map[string]token.Pos)
	for _, f := range pass.Files {
		var dir string
		var declAt map[*ast.Comment]token.Pos
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				args, ok := strings.CutPrefix(c.Text, "//go:embed")
				if !ok || args == "" || args[0] != ' ' && args[0] != '\t' {
					continue
				}
				if dir == "" {
					tf := pass.Fset.File(f.FileStart)
					if tf == nil {
						break
					}
					dir = filepath.Dir(tf.Name())
				}
				for _, pattern := range embedPatterns(args) {
					files := globSQL(dir, pattern)
					for _, file := range files {
						if _, ok := at[file]; !ok {
							if declAt == nil {
								declAt = embedDecls(f)
							}
							at[file] = declAt[c]
							if !at[file].IsValid() {
								at[file] = c.Pos()
							}
						}
					}
					out = append(out, files...)
					if len(out) > maxMigrationFiles {
						break
					}
				}
			}
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > maxMigrationFiles {
		out = out[:maxMigrationFiles]
	}
	return out, at
}

// embedDecls maps the comments of the package-level variable declarations'
// doc comments to the position of the variable they document: where a
// finding about the files a //go:embed directive embeds is reported.
func embedDecls(f *ast.File) map[*ast.Comment]token.Pos {
	out := make(map[*ast.Comment]token.Pos)
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs, ok := spec.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for _, doc := range []*ast.CommentGroup{gd.Doc, vs.Doc} {
				if doc == nil {
					continue
				}
				for _, c := range doc.List {
					if _, seen := out[c]; !seen {
						out[c] = vs.Pos()
					}
				}
			}
		}
	}
	return out
}

// embedPatterns splits the arguments of a //go:embed directive: patterns
// separated by spaces, each possibly a Go string literal.
func embedPatterns(args string) []string {
	var out []string
	s := strings.TrimSpace(args)
	for s != "" {
		var p string
		switch s[0] {
		case '"', '`':
			end := 1
			for end < len(s) && (s[end] != s[0] || s[0] == '"' && s[end-1] == '\\') {
				end++
			}
			if end >= len(s) {
				return out // unterminated: the compiler rejects it
			}
			q, err := strconv.Unquote(s[:end+1])
			if err != nil {
				return out
			}
			p, s = q, s[end+1:]
		default:
			i := strings.IndexAny(s, " \t")
			if i < 0 {
				i = len(s)
			}
			p, s = s[:i], s[i:]
		}
		out = append(out, p)
		s = strings.TrimSpace(s)
	}
	return out
}

// globSQL returns the .sql files a //go:embed pattern embeds, resolved
// against dir as the go command does: a pattern names files or directories
// (path.Match syntax); a directory embeds the files below it, except those
// whose names start with '.' or '_' unless the pattern starts with "all:".
func globSQL(dir, pattern string) []string {
	all := false
	if p, ok := strings.CutPrefix(pattern, "all:"); ok {
		pattern, all = p, true
	}
	if pattern == "" || strings.HasPrefix(pattern, "/") || strings.Contains(pattern, "..") {
		return nil // invalid in //go:embed
	}
	matches, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range matches {
		info, err := os.Stat(m)
		switch {
		case err != nil:
		case info.Mode().IsRegular():
			if isSQLFile(m) {
				out = append(out, m)
			}
		case info.IsDir():
			_ = filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				if err != nil || len(out) > maxMigrationFiles {
					return filepath.SkipDir
				}
				if path != m && !all && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type().IsRegular() && isSQLFile(path) {
					out = append(out, path)
				}
				return nil
			})
		}
	}
	return out
}

func isSQLFile(path string) bool { return strings.EqualFold(filepath.Ext(path), ".sql") }
