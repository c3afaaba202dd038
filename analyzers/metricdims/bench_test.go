package metricdims_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/metricdims"
)

// generate writes a package of n functions that build metric data the ways
// real code does (loops, appends, fields set later, helpers), into a GOPATH
// tree next to the SDK stubs.
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

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

func dims(runID, arn string) []types.Dimension {
	return []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}, {Name: aws.String("ExecutionArn"), Value: aws.String(arn)}}
}
`)
	for i := range n {
		fmt.Fprintf(&src, `
func emit%[1]d(ctx context.Context, c *cloudwatch.Client, runID, arn string, parts []string) {
	var data []types.MetricDatum
	for _, p := range parts {
		d := types.MetricDatum{MetricName: aws.String("m%[1]d")}
		d.Dimensions = append(dims(runID, arn), types.Dimension{Name: aws.String("Partition"), Value: aws.String(p)})
		data = append(data, d)
	}
	if len(parts) == 0 {
		data = append(data, types.MetricDatum{MetricName: aws.String("empty%[1]d")})
	}
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
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
				res, err := checker.Analyze([]*analysis.Analyzer{metricdims.New(metricdims.DefaultOptions())}, pkgs, nil)
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
