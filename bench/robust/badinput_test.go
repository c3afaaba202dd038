package robust_test

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tracelint/tracelint/analyzers"
	"github.com/tracelint/tracelint/bench/internal/gen"
)

// gopath writes files (path under src/ → content) into a fresh GOPATH tree
// and returns its root and the environment that loads it next to the
// hermetic SDK stubs, in GOPATH mode.
func gopath(t *testing.T, files map[string]string, extraEnv ...string) (string, []string) {
	t.Helper()
	root := t.TempDir()
	for name, src := range files {
		path := filepath.Join(root, "src", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := dirs.Env(append([]string{"GO111MODULE=off", "GOWORK=off",
		"GOPATH=" + root + string(os.PathListSeparator) + stubs}, extraEnv...)...)
	return root, env
}

// positions returns "file:line analyzer" for every finding, file relative to
// the GOPATH src directory.
func positions(t *testing.T, root, stdout string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for name, ds := range findings(t, stdout) {
		for _, d := range ds {
			parts := strings.Split(d.Posn, ":")
			rel, err := filepath.Rel(filepath.Join(root, "src"), parts[0])
			if err != nil || len(parts) < 2 {
				rel = parts[0]
			}
			out[filepath.ToSlash(rel)+":"+parts[1]+" "+name] = true
		}
	}
	return out
}

const cwImports = `
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
`

// A datum without dimensions: metricdims reports it on the line of the
// literal, whatever else the analyzers do.
const violation = `c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("m")}}})`

func TestTypeErrors(t *testing.T) {
	_, env := gopath(t, map[string]string{
		"typeerr/typeerr.go": `package typeerr

import (
	"context"
` + cwImports + `)

func Put(ctx context.Context, c *cloudwatch.Client) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: undefinedName}}})
	var n int = "not an int"
	_ = aws.String(n)
}
`,
		"usesbroken/uses.go": `package usesbroken

import "typeerr"

var F = typeerr.Put
`,
		"syntaxerr/syntaxerr.go": "package syntaxerr\n\nfunc f( {\n",
	})
	for _, c := range []struct {
		pkg  string
		want []string
	}{
		{"typeerr", []string{"typeerr.go:12:", "undefined: undefinedName", "typeerr.go:13:"}},
		{"usesbroken", []string{"typeerr.go:12:"}},
		{"syntaxerr", []string{"syntaxerr.go:3:"}},
	} {
		for _, json := range []bool{false, true} {
			args := append(strictFlags(), c.pkg)
			if json {
				args = append([]string{"-json"}, args...)
			}
			r := run(t, "", env, 2*time.Minute, args...)
			if r.code != 1 {
				t.Errorf("%s (json=%v): exit %d, want 1 (errors); stderr:\n%s", c.pkg, json, r.code, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("%s (json=%v): the message lacks %q:\n%s", c.pkg, json, w, r.stderr)
				}
			}
		}
	}
}

func TestCgo(t *testing.T) {
	root, env := gopath(t, map[string]string{
		"cgopkg/cgo.go": `package cgopkg

// #include <stdlib.h>
import "C"

import (
	"context"
	"unsafe"
` + cwImports + `)

func PutC(ctx context.Context, c *cloudwatch.Client) {
	p := C.malloc(16)
	defer C.free(unsafe.Pointer(p))
	` + violation + `
}
`,
		"cgopkg/plain.go": `package cgopkg

import (
	"context"
` + cwImports + `)

func Put(ctx context.Context, c *cloudwatch.Client) {
	` + violation + `
}
`,
	})
	cgoOn := goEnv(t, env, "CGO_ENABLED") == "1"
	for _, enabled := range []string{"1", "0"} {
		if enabled == "1" && !cgoOn {
			t.Log("cgo is not available (no C compiler?): checking CGO_ENABLED=0 only")
			continue
		}
		r := run(t, "", append(env, "CGO_ENABLED="+enabled), 3*time.Minute, append([]string{"-json"}, append(strictFlags(), "cgopkg")...)...)
		if r.code != 0 {
			t.Fatalf("CGO_ENABLED=%s: exit %d:\n%s", enabled, r.code, r.stderr)
		}
		got := positions(t, root, r.stdout)
		// Findings in the cgo file are mapped back to its own lines.
		want := map[string]bool{"cgopkg/plain.go:12 metricdims": true, "cgopkg/cgo.go:18 metricdims": enabled == "1"}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("CGO_ENABLED=%s: finding %q present=%v, want %v; got %v", enabled, k, got[k], w, got)
			}
		}
	}
}

func goEnv(t *testing.T, env []string, key string) string {
	cmd := exec.Command("go", "env", key)
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

func TestGenerics(t *testing.T) {
	root, env := gopath(t, map[string]string{
		"generics/generics.go": `package generics

import (
	"context"
` + cwImports + `)

type putter interface {
	PutMetricData(context.Context, *cloudwatch.PutMetricDataInput, ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

// Call hands an operation to a generic wrapper.
func Call[In, Out, O any](ctx context.Context, op func(context.Context, In, ...func(*O)) (Out, error), in In) (Out, error) {
	return op(ctx, in)
}

type Batch[T any] struct{ items []T }

func (b *Batch[T]) Add(x T)    { b.items = append(b.items, x) }
func (b *Batch[T]) Items() []T { return b.items }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Recur[T any](n int, x T) T {
	if n == 0 {
		return x
	}
	return Recur(n-1, x)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[N Number](xs ...N) (s N) {
	for _, x := range xs {
		s += x
	}
	return s
}

func Flush[C putter](ctx context.Context, c C, b *Batch[types.MetricDatum]) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: b.Items()})
}

func Wrapped(ctx context.Context, c *cloudwatch.Client) {
	Call(ctx, c.PutMetricData, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("wrapped")}}})
}

func Mapped(ctx context.Context, c putter, names []string) {
	data := Map(names, func(n string) types.MetricDatum { return types.MetricDatum{MetricName: aws.String(n)} })
	data = Recur(3, data)
	p := Pair[string, []types.MetricDatum]{Key: "k", Val: data}
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: p.Val, Namespace: aws.String(fmt(Sum(1.0, 2.0)))})
}

func fmt(float64) string { return "ns" }

func Batched(ctx context.Context, c *cloudwatch.Client) {
	var b Batch[types.MetricDatum]
	b.Add(types.MetricDatum{MetricName: aws.String("batched")})
	Flush(ctx, c, &b)
}
`,
	})
	r := run(t, "", env, 3*time.Minute, append([]string{"-json"}, append(strictFlags(), "generics")...)...)
	if r.code != 0 {
		t.Fatalf("exit %d:\n%s", r.code, r.stderr)
	}
	for name, ds := range findings(t, r.stdout) {
		for _, d := range ds {
			rel, _ := filepath.Rel(root, d.Posn)
			t.Logf("%s: %s: %s", name, rel, d.Message)
		}
	}
}

func TestBuildTags(t *testing.T) {
	root, env := gopath(t, map[string]string{
		"tagged/a.go": `package tagged

import (
	"context"
` + cwImports + `)

func Put(ctx context.Context, c *cloudwatch.Client) {
	` + violation + `
}
`,
		"tagged/b_integration.go": `//go:build integration

package tagged

import (
	"context"
` + cwImports + `)

func PutIntegration(ctx context.Context, c *cloudwatch.Client) {
	` + violation + `
}
`,
		// Never built: it does not even parse.
		"tagged/c_ignore.go": "//go:build ignore\n\npackage tagged\n\nfunc broken( {\n",
		// Another platform: it does not type-check here.
		"tagged/d_plan9.go": "package tagged\n\nvar _ = undefinedOnThisPlatform\n",
	})
	for _, c := range []struct {
		tags string
		want map[string]bool
	}{
		{"", map[string]bool{"tagged/a.go:12 metricdims": true}},
		{"-tags=integration", map[string]bool{"tagged/a.go:12 metricdims": true, "tagged/b_integration.go:14 metricdims": true}},
	} {
		r := run(t, "", append(env, "GOFLAGS="+c.tags), 2*time.Minute, append([]string{"-json"}, append(strictFlags(), "tagged")...)...)
		if r.code != 0 {
			t.Fatalf("GOFLAGS=%s: exit %d:\n%s", c.tags, r.code, r.stderr)
		}
		got := positions(t, root, r.stdout)
		for k := range c.want {
			if !got[k] {
				t.Errorf("GOFLAGS=%s: missing finding %s; got %v", c.tags, k, got)
			}
		}
		for k := range got {
			if strings.HasPrefix(k, "tagged/") && strings.HasSuffix(k, " metricdims") && !c.want[k] {
				t.Errorf("GOFLAGS=%s: unexpected finding %s", c.tags, k)
			}
		}
	}
}

// pathological generates code at the limits: a literal of many datums, a
// long chain of copies, a long concatenation, a long format, a large map
// literal, deep nesting and mutually recursive helpers.
func pathological(n int) string {
	var b strings.Builder
	b.WriteString(`package huge

import (
	"context"
	"encoding/json"
	stdfmt "fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	cwtypes "github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

var bigData = []cwtypes.MetricDatum{
`)
	for i := range n {
		fmt.Fprintf(&b, "\t{MetricName: aws.String(\"big%d\"), Dimensions: dims(\"r\", \"a\")},\n", i)
	}
	b.WriteString("}\n\nfunc PutBig(ctx context.Context, c *cloudwatch.Client) {\n\tc.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: bigData})\n}\n")

	b.WriteString("\nfunc Chain(ctx context.Context, c *cloudwatch.Client, runID, arn string) {\n\td0 := dims(runID, arn)\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "\td%d := d%d\n", i, i-1)
	}
	fmt.Fprintf(&b, "\tc.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{{MetricName: aws.String(\"chain\"), Dimensions: d%d}}})\n}\n", n-1)

	b.WriteString("\nfunc Concat(ctx context.Context, s *sns.Client, arn string) {\n\tmsg := \"{\"")
	for i := range n / 4 {
		fmt.Fprintf(&b, " +\n\t\t`\"k%d\":\"` + arn + `\",`", i)
	}
	b.WriteString(" + \"}\"\n\ts.Publish(ctx, &sns.PublishInput{Message: aws.String(msg)})\n")
	b.WriteString("\tformat := \"")
	for i := range 200 {
		fmt.Fprintf(&b, "k%d=%%s %%d %%q %%v ", i)
	}
	b.WriteString("\"\n\ts.Publish(ctx, &sns.PublishInput{Message: aws.String(stdfmt.Sprintf(format, arn, 1, arn, arn))})\n")
	b.WriteString("\tm := map[string]any{")
	for i := range n / 4 {
		fmt.Fprintf(&b, "\"f%d\": arn, ", i)
	}
	b.WriteString("}\n\tbody, _ := json.Marshal(m)\n\ts.Publish(ctx, &sns.PublishInput{Message: aws.String(string(body))})\n}\n")

	b.WriteString("\nfunc Nested() int {\n\treturn ")
	b.WriteString(strings.Repeat("(", 500) + "1" + strings.Repeat(")", 500))
	b.WriteString("\n}\n")

	b.WriteString(`
func ping(n int, runID, arn string) []cwtypes.Dimension {
	if n == 0 {
		return dims(runID, arn)
	}
	return pong(n-1, runID, arn)
}

func pong(n int, runID, arn string) []cwtypes.Dimension { return ping(n-1, runID, arn) }

func Recursive(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{{MetricName: aws.String("rec"), Dimensions: ping(9, runID, arn)}}})
}
`)
	return b.String()
}

func TestHugeGeneratedFiles(t *testing.T) {
	src := gen.Source("huge", 2000)
	patho := pathological(4000)
	if !full {
		src, patho = gen.Source("huge", 500), pathological(1000)
	}
	_, env := gopath(t, map[string]string{
		"huge/gen.go":   src,
		"huge/patho.go": "// Code generated by the robustness test. DO NOT EDIT.\n\n" + patho,
	})
	if dir := os.Getenv("ROBUST_WRITE"); dir != "" {
		// Write the package for a manual run instead: ROBUST_WRITE=/tmp/x → /tmp/x/src/huge.
		for name, content := range map[string]string{"gen.go": src, "patho.go": patho} {
			path := filepath.Join(dir, "src", "huge", name)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Skipf("wrote %s/src/huge", dir)
	}
	lines := strings.Count(src, "\n") + strings.Count(patho, "\n")
	r := run(t, "", env, 10*time.Minute, append([]string{"-json"}, append(strictFlags(), "huge")...)...)
	if r.code != 0 {
		t.Fatalf("exit %d:\n%s", r.code, tail(r.stderr))
	}
	n := 0
	for _, ds := range findings(t, r.stdout) {
		n += len(ds)
	}
	t.Logf("%d lines analysed in %v, %d findings", lines, r.elapsed.Round(time.Millisecond), n)
}

// appends generates one function that appends to the same slice in n
// branches, as generated metric emitters do.
func appends(n int) string {
	var b strings.Builder
	b.WriteString(`package appends

import (
	"context"
` + cwImports + `)

func Emit(ctx context.Context, c *cloudwatch.Client, k int) {
	var data []types.MetricDatum
`)
	for i := range n {
		fmt.Fprintf(&b, "\tif k == %d {\n\t\tdata = append(data, types.MetricDatum{MetricName: aws.String(\"m%d\")})\n\t}\n", i, i)
	}
	b.WriteString("\tc.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})\n}\n")
	return b.String()
}

// TestManyAppends: n branches appending to one slice must cost about n,
// not a search over the orders of the appends (1000, the size of a
// generated emitter, took minutes before the resolver handled
// accumulation; now under a second).
func TestManyAppends(t *testing.T) {
	n, limit := 1000, time.Minute
	_, env := gopath(t, map[string]string{"appends/appends.go": appends(n)})
	r := run(t, "", env, limit, append([]string{"-json"}, append(strictFlags(), "appends")...)...)
	if r.code != 0 {
		t.Fatalf("exit %d:\n%s", r.code, tail(r.stderr))
	}
	got := 0
	for _, ds := range findings(t, r.stdout) {
		got += len(ds)
	}
	t.Logf("%d appends analysed in %v, %d findings", n, r.elapsed.Round(time.Millisecond), got)
}

// histogram is how github.com/VividCortex/gohistogram (a dependency of
// go-kit/kit/metrics) renders itself: strings built with += in nested
// loops, returned from an exported function (a message-helper candidate).
func histogram(n int) string {
	var b strings.Builder
	b.WriteString("package histo\n\nimport \"fmt\"\n")
	for i := range n {
		fmt.Fprintf(&b, `
func String%d(counts []int, total int) (str string) {
	str += fmt.Sprintln("Total:", total)
	for i := range counts {
		var bar string
		for j := 0; j < counts[i]*200/total; j++ {
			bar += "."
		}
		str += fmt.Sprintln(i, "\t", bar)
	}
	return
}
`, i)
	}
	return b.String()
}

// TestStringsBuiltInLoops: four 12-line functions must not take a minute
// (snscorrelation once took a minute on gohistogram's).
func TestStringsBuiltInLoops(t *testing.T) {
	n, limit := 4, time.Minute
	_, env := gopath(t, map[string]string{"histo/histo.go": histogram(n)})
	r := run(t, "", env, limit, append([]string{"-json"}, append(strictFlags(), "histo")...)...)
	if r.code != 0 {
		t.Fatalf("exit %d:\n%s", r.code, tail(r.stderr))
	}
	t.Logf("%d functions analysed in %v", n, r.elapsed.Round(time.Millisecond))
}

// malformed are flag values no list, pattern or name flag should accept
// silently or crash on.
var malformed = []string{"", " ", ",", ",,", "a,,b", "a, ,b", "(", "[z-a]", "*", "\x00", "\xff\xfe", "a|", "|", "maybe", "-1",
	strings.Repeat("x", 1<<16), strings.Repeat("a,", 5000)}

// TestMalformedFlagValues sets every flag of every analyzer to malformed
// values in process (no panic; an error must say something), then through
// the command (a usage error naming the flag, or a normal run).
func TestMalformedFlagValues(t *testing.T) {
	type rejected struct{ flag, value string }
	var viaCommand []rejected
	for _, a := range analyzers.All() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			def := f.Value.String()
			defer func() {
				if err := f.Value.Set(def); err != nil && def != "" {
					t.Errorf("-%s.%s: restoring the default %q: %v", a.Name, f.Name, def, err)
				}
			}()
			for _, v := range malformed {
				err := func() (err error) {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("-%s.%s=%.40q: Set panicked: %v", a.Name, f.Name, v, p)
						}
					}()
					return f.Value.Set(v)
				}()
				switch {
				case err != nil && strings.TrimSpace(err.Error()) == "":
					t.Errorf("-%s.%s=%.40q: empty error message", a.Name, f.Name, v)
				case err == nil:
					t.Logf("-%s.%s accepts %.40q", a.Name, f.Name, v)
				}
				if len(viaCommand) < 200 && len(v) < 100 && !strings.Contains(v, "\x00") { // NUL cannot be an argument
					viaCommand = append(viaCommand, rejected{a.Name + "." + f.Name, v})
				}
			}
		})
	}
	_, env := gopath(t, map[string]string{"empty/empty.go": "package empty\n"})
	for _, c := range viaCommand {
		r := run(t, "", env, time.Minute, "-"+c.flag+"="+c.value, "empty")
		switch r.code {
		case 0, 3:
			// Accepted (logged above).
		default:
			if !strings.Contains(r.stderr, "-"+c.flag) {
				t.Errorf("-%s=%.40q: exit %d without naming the flag:\n%s", c.flag, c.value, r.code, tail(r.stderr))
			}
		}
	}
	// A value-taking flag given without a value.
	for _, a := range analyzers.All() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				return
			}
			r := run(t, "", env, time.Minute, "-"+a.Name+"."+f.Name)
			if r.code == 0 || r.code == 3 || !strings.Contains(r.stderr, a.Name+"."+f.Name) {
				t.Errorf("-%s.%s without a value: exit %d, want a usage error naming the flag:\n%s", a.Name, f.Name, r.code, tail(r.stderr))
			}
		})
	}
}

// TestBadPackages: patterns that match nothing, empty directories, import
// cycles and malformed directives end cleanly with a message.
func TestBadPackages(t *testing.T) {
	root, env := gopath(t, map[string]string{
		"nogo/README":        "no Go files here\n",
		"cyclea/a.go":        "package cyclea\n\nimport _ \"cycleb\"\n",
		"cycleb/b.go":        "package cycleb\n\nimport _ \"cyclea\"\n",
		"onlytest/x_test.go": "package onlytest\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
		"directives/d.go": `package directives

import (
	"context"
` + cwImports + `)

//tracelint:ignore
//tracelint:ignore ,,, 
//tracelint:ignore metricdims,metricdims,,unknownanalyzer reason
//tracelint:ignoreXYZ metricdims reason
//tracelint:ignore metricdims	reason // a comment
func Put(ctx context.Context, c *cloudwatch.Client) {
	` + violation + ` //tracelint:ignore metricdims,uuidrunid,snscorrelation,runtable a reason with ünïcödé and \x00
}
`,
	})
	for _, c := range []struct {
		pkg   string
		codes []int
		want  string
	}{
		{"nosuchpackage", []int{1}, "nosuchpackage"},
		{"nogo", []int{1}, "no Go files"},
		{"cyclea", []int{1}, "import cycle"},
		{"onlytest", []int{0, 1, 3}, ""},
		{"directives", []int{0, 3}, ""},
	} {
		r := run(t, "", env, 2*time.Minute, append(strictFlags(), c.pkg)...)
		ok := false
		for _, code := range c.codes {
			ok = ok || r.code == code
		}
		if !ok {
			t.Errorf("%s: exit %d, want one of %v:\n%s", c.pkg, r.code, c.codes, r.stderr)
		}
		if c.want != "" && !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: the message lacks %q:\n%s", c.pkg, c.want, r.stderr)
		}
	}
	_ = root
}
