// Package sdkv1 runs the propagation analyzer against the real aws-sdk-go
// (v1) Glue and Lambda packages.
package sdkv1

import (
	"bytes"
	"encoding/json"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/glue"
	"github.com/aws/aws-sdk-go/service/glue/glueiface"
	"github.com/aws/aws-sdk-go/service/lambda"
	"github.com/aws/aws-sdk-go/service/lambda/lambdaiface"
)

func start(api glueiface.GlueAPI, arn, runKey string) {
	api.StartJobRun(&glue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: aws.StringMap(map[string]string{"--execution-arn": arn, "--run-key": runKey}),
	})
	in := (&glue.StartJobRunInput{}).SetJobName("load").SetArguments(map[string]*string{"--run-key": aws.String(runKey)}) // want `^Glue StartJobRun arguments lack --execution-arn \(`
	api.StartJobRun(in)
}

func invoke(api lambdaiface.LambdaAPI, arn, runID string) {
	b, _ := json.Marshal(map[string]string{"execution_arn": arn, "run_id": runID})
	api.Invoke(&lambda.InvokeInput{FunctionName: aws.String("validate"), Payload: b})
	api.InvokeAsync(&lambda.InvokeAsyncInput{FunctionName: aws.String("notify"), InvokeArgs: bytes.NewReader([]byte(`{"bucket": "b"}`))}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(`
}
