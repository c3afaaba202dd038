// Package docs_test checks the documentation and the newcomer path it
// describes: links that resolve, no reference to files that do not ship,
// the Makefile's promises, and installing tracelint as a Go tool.
package docs_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// markdownFiles are the pages a user reads, relative to the repository root.
func markdownFiles(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob("*.md")
	if err != nil {
		t.Fatal(err)
	}
	files := make([]string, 0, 3+len(docs))
	files = append(files, "README.md", "examples/README.md", "bench/README.md")
	for _, d := range docs {
		files = append(files, "docs/"+d)
	}
	return files
}

var (
	fence = regexp.MustCompile("(?ms)^```.*?^```")
	link  = regexp.MustCompile(`\]\(([^)\s]+)\)`)
)

// TestLinks: every relative link of the README and the docs names a file or
// directory of the repository (and a heading, for an anchor), and no page
// sends the reader to the specification the project is built from, which
// does not ship (its rules are stated in the pages themselves).
func TestLinks(t *testing.T) {
	// The names of the specification's file and folder, spelled in parts so
	// that this file does not itself mention them.
	unshipped := []string{"RULES" + ".md", "shared" + "/", "rule" + " 5"}
	for _, page := range markdownFiles(t) {
		src, err := os.ReadFile(filepath.Join("..", page))
		if err != nil {
			t.Fatal(err)
		}
		text := fence.ReplaceAllString(string(src), "")
		for _, banned := range unshipped {
			if strings.Contains(string(src), banned) {
				t.Errorf("%s mentions %q, which users do not have: state the rule in the page", page, banned)
			}
		}
		for _, m := range link.FindAllStringSubmatch(text, -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, anchor, _ := strings.Cut(target, "#")
			file := filepath.Join("..", filepath.Dir(page), filepath.FromSlash(path))
			if path == "" {
				file = filepath.Join("..", page)
			}
			if _, err := os.Stat(file); err != nil {
				t.Errorf("%s links to %s, which does not exist", page, target)
				continue
			}
			if anchor != "" && strings.HasSuffix(file, ".md") && !slices.Contains(anchors(t, file), anchor) {
				t.Errorf("%s links to %s: %s has no heading with that anchor", page, target, path)
			}
		}
	}
}

// anchors returns the anchors GitHub gives the headings of a Markdown file.
func anchors(t *testing.T, file string) []string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(fence.ReplaceAllString(string(src), ""), "\n") {
		title, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " ")
		if !ok || !strings.HasPrefix(line, "#") {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToLower(title) {
			switch {
			case unicode.IsLetter(r), unicode.IsDigit(r), r == '-', r == '_':
				b.WriteRune(r)
			case r == ' ':
				b.WriteRune('-')
			}
		}
		out = append(out, b.String())
	}
	return out
}

// TestMakefile: the Makefile keeps what the README promises: `make help`
// lists every target, every go test has an explicit timeout, and lint uses
// the custom golangci-lint rather than building a second one.
func TestMakefile(t *testing.T) {
	src, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	makefile := string(src)
	for _, line := range strings.Split(makefile, "\n") {
		if strings.Contains(line, "$(GO) test ") && !strings.Contains(line, "-fuzz=") && !strings.Contains(line, "-list") && !strings.Contains(line, "-timeout") {
			t.Errorf("go test without an explicit -timeout in the Makefile: %s", strings.TrimSpace(line))
		}
	}
	if !regexp.MustCompile(`(?m)^lint:.*\$\(GOLANGCI_CUSTOM\)`).MatchString(makefile) || strings.Contains(makefile, "golangci-lint/v2/cmd/golangci-lint@") {
		t.Error("make lint must reuse the custom golangci-lint ($(GOLANGCI_CUSTOM)), not install a stock one")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make")
	}
	out, err := exec.Command("make", "-s", "-C", "..", "help").CombinedOutput()
	if err != nil {
		t.Fatalf("make help: %v\n%s", err, out)
	}
	phony := regexp.MustCompile(`(?m)^\.PHONY:(.*)$`).FindAllStringSubmatch(makefile, -1)
	for _, p := range phony {
		for _, target := range strings.Fields(p[1]) {
			if target == "all" {
				continue
			}
			if !regexp.MustCompile(`(?m)^  ` + target + ` +\S`).Match(out) {
				t.Errorf("make help does not describe %q:\n%s", target, out)
			}
		}
	}
}

// TestGoToolInstall follows docs/README.md#installing on a throwaway module:
// a replace of tracelint by this checkout, `go get -tool`, then `go tool
// tracelint` finds the module's violation (crypto/rand.Text as a run id:
// standard library only, so it runs offline and quickly).
func TestGoToolInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tracelint as a tool of another module")
	}
	checkout, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/tooluser\n\ngo 1.26.0\n")
	write("job.go", "package job\n\nimport \"crypto/rand\"\n\ntype Input struct{ RunID string }\n\nfunc New() Input { return Input{RunID: rand.Text()} }\n")
	run := func(args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatalf("go %v: %v", args, err)
		}
		return out.String(), code
	}
	for _, args := range [][]string{
		{"mod", "edit", "-replace", "github.com/tracelint/tracelint=" + checkout},
		{"get", "-tool", "github.com/tracelint/tracelint/cmd/tracelint"},
	} {
		if out, code := run(args...); code != 0 {
			t.Fatalf("go %v: exit %d\n%s", args, code, out)
		}
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !strings.Contains(string(gomod), "\ntool github.com/tracelint/tracelint/cmd/tracelint\n") {
		t.Fatalf("go.mod has no tool directive for tracelint (%v):\n%s", err, gomod)
	}
	out, code := run("tool", "tracelint", "./...")
	if code != 3 || !strings.Contains(out, "job.go:7:40: uuidrunid: run identifier RunID is generated by rand.Text") {
		t.Errorf("go tool tracelint ./...: exit %d, want 3 and the finding in job.go:\n%s", code, out)
	}
}
