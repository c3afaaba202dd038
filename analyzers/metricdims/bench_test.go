package metricdims_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/metricdims"
)

// generate returns the source of a package of n functions that build metric
// data the ways real code does (loops, appends, fields set later, helpers).
func generate(n int) string {
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
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return metricdims.New(metricdims.DefaultOptions()) }, generate, 100, 1000)
}
