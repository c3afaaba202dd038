package markers_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/markers"
)

// generate returns the source of a package of n functions that write
// markers the ways real code does (structs, maps, buffers, wrappers), one
// violation each.
func generate(n int) string {
	var src strings.Builder
	src.WriteString(`package gen

import (
	"bytes"
	"context"
	"encoding/json"
	"path"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type trigger struct {
	EventID   string ` + "`json:\"event_id\"`" + `
	EventTime string ` + "`json:\"event_time\"`" + `
	ETag      string ` + "`json:\"etag\"`" + `
	VersionID string ` + "`json:\"version_id\"`" + `
}

type success struct {
	RunID        string         ` + "`json:\"run_id\"`" + `
	ExecutionArn string         ` + "`json:\"execution_arn\"`" + `
	Trigger      trigger        ` + "`json:\"trigger\"`" + `
	Metrics      map[string]int ` + "`json:\"metrics\"`" + `
}

func putJSON(ctx context.Context, c *s3.Client, key string, v any) {
	b, _ := json.Marshal(v)
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key), Body: bytes.NewReader(b)})
}
`)
	for i := range n {
		fmt.Fprintf(&src, `
func mark%[1]d(ctx context.Context, c *s3.Client, prefix, runID, arn string, t trigger, rows int) {
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(success{RunID: runID, ExecutionArn: arn, Trigger: t, Metrics: map[string]int{"rows": rows}})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(path.Join(prefix, "t%[1]d", "_SUCCESS")), Body: &buf})
	putJSON(ctx, c, prefix+"/_LATEST.json", map[string]any{"run_id": runID, "execution_arn": arn, "promoted_at": rows})
}
`, i)
	}
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return markers.New(markers.DefaultOptions()) }, generate, 100, 1000)
}
