package snscorrelation_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/snscorrelation"
)

// generate returns the source of a package of n functions that build SNS
// messages the ways real code does (maps filled after construction,
// json.Marshal, Sprintf, attributes, batches). Every function sends exactly
// one message that lacks a field.
func generate(n int) string {
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
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return snscorrelation.New(snscorrelation.DefaultOptions()) }, generate, 100, 1000)
}
