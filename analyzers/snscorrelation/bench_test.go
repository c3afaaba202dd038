package snscorrelation_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/snscorrelation"
)

// generate writes a package of n functions that build SNS messages the ways
// real code does (maps filled after construction, json.Marshal, Sprintf,
// attributes, batches), into a GOPATH tree next to the SDK stubs. Every
// function sends exactly one message that lacks a field.
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
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

type alert struct {
	ExecutionArn string ` + "`json:\"execution_arn\"`" + `
	RunID        string ` + "`json:\"run_id\"`" + `
	Timestamp    string ` + "`json:\"timestamp\"`" + `
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }
`)
	for i := range n {
		fmt.Fprintf(&src, `
func notify%[1]d(ctx context.Context, c *sns.Client, arn, runID string, parts []string) {
	body := map[string]any{"execution_arn": arn, "stage": "s%[1]d"}
	body["run_id"] = runID
	body["timestamp"] = now()
	b, _ := json.Marshal(body)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))})
	a, _ := json.Marshal(alert{ExecutionArn: arn, RunID: runID, Timestamp: now()})
	var entries []types.PublishBatchRequestEntry
	for _, p := range parts {
		entries = append(entries, types.PublishBatchRequestEntry{Id: aws.String(p), Message: aws.String(string(a))})
	}
	entries = append(entries, types.PublishBatchRequestEntry{Id: aws.String("x"), Message: aws.String(fmt.Sprintf("execution_arn=%%s run_id=%%s", arn, runID))})
	c.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: entries})
}
`, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "gen.go"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return root
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
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
				res, err := checker.Analyze([]*analysis.Analyzer{snscorrelation.New(snscorrelation.DefaultOptions())}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				if got := len(res.Roots[0].Diagnostics); got != n {
					b.Fatalf("got %d diagnostics, want %d", got, n)
				}
			}
		})
	}
}
