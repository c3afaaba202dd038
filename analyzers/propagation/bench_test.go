package propagation_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/propagation"
)

// generate returns the source of a package of n functions that start Glue
// jobs and invoke Lambda functions the ways real code does (maps filled
// after construction, copied from a base, marshalled events, wrappers).
// Every function starts one job that lacks --run-key.
func generate(n int) string {
	var src strings.Builder
	src.WriteString(`package gen

import (
	"context"
	"encoding/json"
	"maps"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

type event struct {
	ExecutionArn string ` + "`json:\"execution_arn\"`" + `
	RunID        string ` + "`json:\"run_id\"`" + `
}

func start(ctx context.Context, c *glue.Client, job string, args map[string]string) error {
	_, err := c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String(job), Arguments: args})
	return err
}
`)
	for i := range n {
		fmt.Fprintf(&src, `
func run%[1]d(ctx context.Context, c *glue.Client, l *lambda.Client, ev event) {
	base := map[string]string{"--execution-arn": ev.ExecutionArn, "--run-key": ev.RunID}
	args := map[string]string{"--stage": "s%[1]d"}
	maps.Copy(args, base)
	start(ctx, c, "job%[1]d", args)
	partial := map[string]string{"--execution-arn": ev.ExecutionArn}
	partial["--day"] = "d%[1]d"
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("j%[1]d"), Arguments: partial})
	b, _ := json.Marshal(ev)
	l.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("f%[1]d"), Payload: b})
}
`, i)
	}
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return propagation.New(propagation.DefaultOptions()) }, generate, 100, 1000)
}
