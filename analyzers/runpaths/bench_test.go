package runpaths_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/runpaths"
)

// generate returns the source of a package of n functions that build keys
// the ways real code does (Sprintf, path.Join, helpers, branches,
// wrappers), one violation each.
func generate(n int) string {
	var src strings.Builder
	src.WriteString(`package gen

import (
	"bytes"
	"context"
	"fmt"
	"path"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func put(ctx context.Context, c *s3.Client, key string, b []byte) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key), Body: bytes.NewReader(b)})
}

func runKey(table, runID, day string) string { return fmt.Sprintf("curated/%s/run_id=%s/dt=%s", table, runID, day) }
`)
	for i := range n {
		fmt.Fprintf(&src, `
func write%[1]d(ctx context.Context, c *s3.Client, table, runID, day string, parts [][]byte, retry bool) {
	for j, p := range parts {
		key := path.Join(runKey(table, runID, day), fmt.Sprintf("part-%%05d.parquet", j))
		if retry {
			key = runKey(table, runID, day) + "/retry.parquet"
		}
		put(ctx, c, key, p)
	}
	put(ctx, c, "raw/t%[1]d/dt="+day+"/rejects.json", nil)
}
`, i)
	}
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return runpaths.New(runpaths.DefaultOptions()) }, generate, 100, 1000)
}
