// Package probe exercises the AWS operation matcher: every matched call is
// reported with its operation, SDK and input argument.
package probe

import (
	"context"

	cw "github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	cwv1 "github.com/aws/aws-sdk-go/service/cloudwatch"
	"github.com/aws/aws-sdk-go/service/cloudwatch/cloudwatchiface"
)

type api interface {
	PutMetricData(ctx context.Context, in *cw.PutMetricDataInput, optFns ...func(*cw.Options)) (*cw.PutMetricDataOutput, error)
}

type narrow interface {
	PutMetricData(ctx context.Context, in *cw.PutMetricDataInput) (*cw.PutMetricDataOutput, error)
}

// renamed has the v2 shape under another name: the shape decides.
type renamed interface {
	Send(ctx context.Context, in *cw.PutMetricDataInput, optFns ...func(*cw.Options)) (*cw.PutMetricDataOutput, error)
}

type embedded struct{ *cw.Client }

func validate(in *cw.PutMetricDataInput) error            { return nil }
func send(ctx context.Context, in *cw.PutMetricDataInput) {}
func put(c *cw.Client, in *cw.PutMetricDataInput)         {}
func wrap[I, O any](ctx context.Context, f func(context.Context, I, ...func(*cw.Options)) (O, error), in I) {
}

func calls(ctx context.Context, c *cw.Client, a api, n narrow, r renamed, e embedded, v1 *cwv1.CloudWatch, v1i cloudwatchiface.CloudWatchAPI) {
	in := &cw.PutMetricDataInput{}
	c.PutMetricData(ctx, in)                       // want `cloudwatch.PutMetricData v2 in`
	a.PutMetricData(ctx, in)                       // want `cloudwatch.PutMetricData v2 in`
	n.PutMetricData(ctx, in)                       // want `cloudwatch.PutMetricData v2 in`
	r.Send(ctx, in)                                // want `cloudwatch.PutMetricData v2 in`
	e.PutMetricData(ctx, in)                       // want `cloudwatch.PutMetricData v2 in`
	wrap(ctx, c.PutMetricData, in)                 // want `cloudwatch.PutMetricData v2 in`
	c.GetMetricData(ctx, &cw.GetMetricDataInput{}) // not in the matcher
	validate(in)                                   // takes the input, but is no operation
	send(ctx, in)                                  // no options and not named after the operation
	put(c, in)

	v1in := &cwv1.PutMetricDataInput{}
	v1.PutMetricData(v1in)                  // want `cloudwatch.PutMetricData v1 v1in`
	v1.PutMetricDataWithContext(ctx, v1in)  // want `cloudwatch.PutMetricData v1 v1in`
	v1.PutMetricDataRequest(v1in)           // want `cloudwatch.PutMetricData v1 v1in`
	v1i.PutMetricDataWithContext(ctx, v1in) // want `cloudwatch.PutMetricData v1 v1in`
}

func generic[C api](ctx context.Context, c C, in *cw.PutMetricDataInput) {
	c.PutMetricData(ctx, in) // want `cloudwatch.PutMetricData v2 in`
}
