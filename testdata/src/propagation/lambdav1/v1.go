// Package lambdav1 checks Lambda invocations of SDK v1: Invoke,
// InvokeWithContext, InvokeRequest and InvokeAsync, payloads given with
// setters.
package lambdav1

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/lambda"
)

type event struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
}

func invokes(ctx context.Context, c *lambda.Lambda, ev event) {
	b, _ := json.Marshal(ev)
	c.Invoke(&lambda.InvokeInput{FunctionName: aws.String("f"), Payload: b})
	c.InvokeWithContext(ctx, &lambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(`{"execution_arn": "a"}`)}) // want `^Lambda Invoke payload lacks run_id\|run_key \(required: execution_arn, run_id\|run_key\)$`
	req, _ := c.InvokeRequest(&lambda.InvokeInput{FunctionName: aws.String("f")})                                           // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	req.Send()
	c.Invoke(&lambda.InvokeInput{FunctionName: aws.String("f"), InvocationType: aws.String(lambda.InvocationTypeDryRun)})
}

func setters(c *lambda.Lambda, ev event) {
	in := &lambda.InvokeInput{}
	in.SetFunctionName("f")
	b, _ := json.Marshal(map[string]string{"bucket": "b"}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	in.SetPayload(b)
	c.Invoke(in)

	ok, _ := json.Marshal(ev)
	c.Invoke((&lambda.InvokeInput{}).SetFunctionName("f").SetPayload(ok))
}

func async(c *lambda.Lambda, ev event) {
	b, _ := json.Marshal(ev)
	c.InvokeAsync(&lambda.InvokeAsyncInput{FunctionName: aws.String("f"), InvokeArgs: bytes.NewReader(b)})
	c.InvokeAsyncWithContext(context.Background(), &lambda.InvokeAsyncInput{FunctionName: aws.String("f"), InvokeArgs: strings.NewReader("{}")}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
}
