package fix

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/cloudwatch"
)

// SDK v1: pointer elements.
func v1(c *cloudwatch.CloudWatch, runKey, sfnExecutionArn string) {
	c.PutMetricData(&cloudwatch.PutMetricDataInput{MetricData: []*cloudwatch.MetricDatum{
		{MetricName: aws.String("V1")}, // want `metric "V1" lacks dimensions`
	}})
}
