// Package suppress checks the //tracelint:ignore directive.
package suppress

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

func f(ctx context.Context, c *cloudwatch.Client) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		//tracelint:ignore metricdims fleet-wide gauge, aggregated across runs by the scaling alarm
		{MetricName: aws.String("Backlog")},
		{MetricName: aws.String("Trailing")}, //tracelint:ignore uuidrunid,metricdims shared dashboard metric
		//tracelint:ignore metricdims // want `tracelint:ignore directive for metricdims needs a reason`
		{MetricName: aws.String("NoReason")}, // want `metric "NoReason" lacks dimensions`
		//tracelint:ignore snscorrelation a directive for another analyzer does not suppress this one
		{MetricName: aws.String("Other")}, // want `metric "Other" lacks dimensions`
	}})
	//tracelint:ignore metricdims nothing to suppress here // want `tracelint:ignore directive for metricdims suppresses nothing: remove it`
	_ = 1
}

// Directives above the first line of a multi-line statement or element
// cover all of it; one inside a reported literal covers that literal.
func multiline(ctx context.Context, c *cloudwatch.Client) {
	//tracelint:ignore metricdims the whole statement: a fleet-wide gauge
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Statement")},
	}})
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{
		MetricName: aws.String("Inside"),
		//tracelint:ignore metricdims inside the datum it is about
		Dimensions: []types.Dimension{
			{Name: aws.String("RunId"), Value: aws.String("r")},
		},
	}}})
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		//tracelint:ignore metricdims above a multi-line element
		{
			MetricName: aws.String("Element"),
		},
		{ // want `metric "Next" lacks dimensions`
			MetricName: aws.String("Next"),
		},
	}})
	// Stacked directives, each for its analyzer, cover the code below them.
	//tracelint:ignore snscorrelation stacked above the one for metricdims (checked by snscorrelation, which this test does not run)
	//tracelint:ignore metricdims stacked under another directive
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Stacked")}}})

	//tracelint:ignore metricdims a blank line separates it from the code // want `tracelint:ignore directive for metricdims suppresses nothing`

	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Gap")}}}) // want `metric "Gap" lacks dimensions`
}

// Directives that are not what they look like are reported once, by the
// analyzer their name is closest to (the suite's first for a directive without one).
func malformed(ctx context.Context, c *cloudwatch.Client) {
	//tracelint:ignore metricdimz misspelt // want `tracelint:ignore directive names "metricdimz", which is not a tracelint analyzer \(did you mean metricdims\?\)`
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Typo")}}}) // want `metric "Typo" lacks dimensions`
	// tracelint:ignore metricdims a space after the slashes // want `"// tracelint:ignore" is not a directive and suppresses nothing: write //tracelint:ignore without a space after //`
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Spaced")}}}) // want `metric "Spaced" lacks dimensions`
	_ = 2
}
