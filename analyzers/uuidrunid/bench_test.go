package uuidrunid_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/uuidrunid"
)

// generate writes a package of n functions that handle identifiers the ways
// real code does (tokens, object keys, run ids from events and timestamps,
// helpers, one generated run id each), into a GOPATH tree next to the stubs.
func generate(b *testing.B, n int) string {
	b.Helper()
	root := b.TempDir()
	dir := filepath.Join(root, "src", "gen")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var src strings.Builder
	src.WriteString(`package gen

import (
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
	"github.com/google/uuid"
)

type Event struct {
	RunID        string ` + "`json:\"run_id\"`" + `
	ExecutionArn string
	Token        string
	Key          string
}

func runKey(ev Event) string {
	if ev.RunID != "" {
		return ev.RunID
	}
	return time.Now().UTC().Format("20060102T150405Z")
}

func key(runID, table string) string {
	return fmt.Sprintf("%s/run_id=%s/%s.parquet", table, runID, uuid.NewString())
}
`)
	for i := range n {
		fmt.Fprintf(&src, `
func handle%[1]d(ev Event, tables []string) ([]Event, []types.Dimension) {
	var out []Event
	for _, t := range tables {
		e := Event{RunID: runKey(ev), Token: uuid.NewString(), ExecutionArn: ev.ExecutionArn}
		e.Key = key(e.RunID, strings.ToLower(t))
		out = append(out, e)
	}
	retried := Event{RunID: "retry-" + uuid.New().String()[:8]}
	out = append(out, retried)
	dims := []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runKey(ev))}}
	return out, dims
}
`, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "gen.go"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return root
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package; the
// dependencies (fmt, strings, time, the stubs) are analyzed for facts too.
func BenchmarkLargePackage(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("funcs=%d", n), func(b *testing.B) {
			root := generate(b, n)
			stubs, _ := filepath.Abs("../../testdata")
			cfg := &packages.Config{
				Mode: packages.LoadAllSyntax,
				Dir:  root,
				Env:  append(os.Environ(), "GOPATH="+root+string(os.PathListSeparator)+stubs, "GO111MODULE=off", "GOWORK=off"),
			}
			pkgs, err := packages.Load(cfg, "gen")
			if err != nil || packages.PrintErrors(pkgs) > 0 {
				b.Fatalf("load: %v", err)
			}
			b.ResetTimer()
			for b.Loop() {
				res, err := checker.Analyze([]*analysis.Analyzer{uuidrunid.New(uuidrunid.DefaultOptions())}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				if got := len(res.Roots[0].Diagnostics); got != n {
					b.Fatalf("got %d diagnostics, want %d: %v", got, n, res.Roots[0].Diagnostics[:min(3, len(res.Roots[0].Diagnostics))])
				}
			}
		})
	}
}
