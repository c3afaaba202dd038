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
