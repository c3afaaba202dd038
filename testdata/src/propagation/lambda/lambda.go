// Package lambda checks Lambda Invoke calls of SDK v2: the payload is read
// as JSON (json.Marshal of structs and maps, fmt.Sprintf, buffers,
// encoders, constants), each value it may be on its own.
package lambda

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awslambda "github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

type Base struct {
	ExecutionArn string `json:"executionArn"`
}

// Event is what the validator Lambda expects.
type Event struct {
	Base
	RunKey string `json:"run_key"`
	Bucket string `json:"bucket"`
}

type bare struct {
	Bucket string `json:"bucket"`
	RunID  string `json:"-"`
	Arn    string `json:"arn"`
}

func structs(ctx context.Context, c *awslambda.Client, ev Event) error {
	b, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("validate"), Payload: b})
	p, _ := json.Marshal(bare{Bucket: "b"})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("validate"), Payload: p}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(required: execution_arn, run_id\|run_key\)$`
	return nil
}

func maps(ctx context.Context, c *awslambda.Client, arn, runID string) {
	body := map[string]any{"execution_arn": arn}
	body["RunId"] = runID
	b, _ := json.MarshalIndent(body, "", "  ")
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: b})
	nested := map[string]any{"detail": map[string]string{"execution_arn": arn, "run_id": runID}}
	n, _ := json.Marshal(nested) // nested keys count: the function reads what it needs
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: n})
	only, _ := json.Marshal(map[string]string{"executionArn": arn, "bucket": "b"})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: only}) // want `^Lambda Invoke payload lacks run_id\|run_key \(`
}

func texts(ctx context.Context, c *awslambda.Client, arn, runID string) {
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(fmt.Sprintf(`{"execution_arn": %q, "run_id": %q}`, arn, runID))})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(`{"bucket": "b"}`)}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(`{"execution_arn": "` + arn + `", "run_key": "` + runID + `"}`)})
}

func buffers(ctx context.Context, c *awslambda.Client, ev Event) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(ev); err != nil {
		return
	}
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: buf.Bytes()})
	var sb strings.Builder
	sb.WriteString(`{"bucket": "b"}`)
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(sb.String())}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
}

// An invocation without a payload passes nothing; a dry run runs nothing.
func noPayload(ctx context.Context, c *awslambda.Client) {
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f")}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), InvocationType: types.InvocationTypeDryRun})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), InvocationType: types.InvocationTypeEvent}) // want `^Lambda Invoke payload lacks`
}

// Each payload the invocation may send is checked on its own.
func perValue(ctx context.Context, c *awslambda.Client, ev Event, failed bool) {
	payload, _ := json.Marshal(ev)
	if failed {
		payload = []byte(`{"status": "failed"}`) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	}
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: payload})

	msg := fmt.Sprintf(`{"execution_arn": %q, "run_id": %q}`, ev.ExecutionArn, ev.RunKey)
	if failed {
		msg = "failed" // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	}
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(msg)})
}

func async(ctx context.Context, c *awslambda.Client, ev Event) {
	b, _ := json.Marshal(ev)
	c.InvokeAsync(ctx, &awslambda.InvokeAsyncInput{FunctionName: aws.String("f"), InvokeArgs: bytes.NewReader(b)})
	c.InvokeAsync(ctx, &awslambda.InvokeAsyncInput{FunctionName: aws.String("f"), InvokeArgs: strings.NewReader(`{"bucket": "b"}`)}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
	c.InvokeWithResponseStream(ctx, &awslambda.InvokeWithResponseStreamInput{FunctionName: aws.String("f"), Payload: []byte(`{}`)})  // want `^Lambda Invoke payload lacks`
}

// A nested value that cannot be followed may carry the fields: silent.
func nestedUnknown(ctx context.Context, c *awslambda.Client, raw json.RawMessage) {
	b, _ := json.Marshal(map[string]any{"input": stateInput(), "bucket": "b"})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: b})
	d, _ := json.Marshal(map[string]any{"detail": raw})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: d})
	e, _ := json.Marshal(map[string]any{"error": "x", "count": 3})
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: e}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
}

var stateInput func() any

// Values that cannot be followed are silent by default.
func unknowns(ctx context.Context, c *awslambda.Client, r *strings.Reader) {
	c.Invoke(ctx, &awslambda.InvokeInput{FunctionName: aws.String("f"), Payload: []byte(strings.ToUpper("x"))})
	c.InvokeAsync(ctx, &awslambda.InvokeAsyncInput{FunctionName: aws.String("f"), InvokeArgs: r})
}
