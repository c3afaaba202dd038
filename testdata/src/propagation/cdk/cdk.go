// Package cdk checks a state machine defined with the AWS CDK for Go:
// GlueStartJobRun task arguments and LambdaInvoke task payloads built with
// TaskInput_FromObject, in the JSONPath and JSONata forms.
package cdk

import (
	sfn "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	tasks "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

func glueTasks(scope constructs.Construct) {
	tasks.NewGlueStartJobRun(scope, jsii.String("Load"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("load"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn": sfn.JsonPath_StringAt(jsii.String("$$.Execution.Id")),
			"--run-key":       sfn.JsonPath_ExecutionName(),
		}),
	})
	tasks.NewGlueStartJobRun(scope, jsii.String("Raw"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("raw"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{ // want `^GlueStartJobRun task arguments lack --run-key \(required: --execution-arn, --run-key\)$`
			"--execution-arn": sfn.JsonPath_ExecutionId(),
		}),
	})
	tasks.NewGlueStartJobRun(scope, jsii.String("Bare"), &tasks.GlueStartJobRunProps{ // want `^GlueStartJobRun task arguments lack --execution-arn, --run-key \(`
		GlueJobName: jsii.String("bare"),
	})
	// A key whose value is a JSON path ends in ".$".
	tasks.GlueStartJobRun_JsonPath(scope, jsii.String("Paths"), &tasks.GlueStartJobRunJsonPathProps{
		GlueJobName: jsii.String("paths"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn.$": "$$.Execution.Id",
			"--run-key.$":       "$.run_id",
		}),
	})
	tasks.GlueStartJobRun_Jsonata(scope, jsii.String("Jsonata"), &tasks.GlueStartJobRunJsonataProps{
		GlueJobName: jsii.String("jsonata"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{ // want `^GlueStartJobRun task arguments lack --execution-arn \(`
			"--run-key": "{% $states.context.Execution.Name %}",
		}),
	})
}

// Objects built in steps, and props in a variable, are followed.
func built(scope constructs.Construct, stage string) {
	args := map[string]interface{}{"--stage": stage}
	args["--execution-arn"] = sfn.JsonPath_ExecutionId()
	props := &tasks.GlueStartJobRunProps{GlueJobName: jsii.String("staged")}
	props.Arguments = sfn.TaskInput_FromObject(&args) // want `^GlueStartJobRun task arguments lack --run-key \(`
	tasks.NewGlueStartJobRun(scope, jsii.String("Staged"), props)
}

func lambdaTasks(scope constructs.Construct) {
	tasks.NewLambdaInvoke(scope, jsii.String("Validate"), &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{
			"execution_arn": sfn.JsonPath_ExecutionId(),
			"runId.$":       "$$.Execution.Name",
			"bucket":        "raw",
		}),
	})
	tasks.NewLambdaInvoke(scope, jsii.String("Notify"), &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"bucket": "raw"}), // want `^LambdaInvoke task payload lacks execution_arn, run_id\|run_key \(required: execution_arn, run_id\|run_key\)$`
	})
	tasks.LambdaInvoke_Jsonata(scope, jsii.String("Text"), &tasks.LambdaInvokeJsonataProps{
		Payload: sfn.TaskInput_FromText(jsii.String(`{"execution_arn": "{% $states.context.Execution.Id %}"}`)), // want `^LambdaInvoke task payload lacks run_id\|run_key \(`
	})
	// Values taken from the state may carry the fields, nested: not known here.
	tasks.NewLambdaInvoke(scope, jsii.String("Forward"), &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"input.$": "$", "bucket": "raw"}),
	})
	tasks.NewLambdaInvoke(scope, jsii.String("Detail"), &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"detail": sfn.JsonPath_StringAt(jsii.String("$.detail"))}),
	})
	// Nested objects count.
	tasks.NewLambdaInvoke(scope, jsii.String("Nested"), &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{
			"run": map[string]interface{}{"execution_arn.$": "$$.Execution.Id", "run_id.$": "$$.Execution.Name"},
		}),
	})
	tasks.NewLambdaInvoke(scope, jsii.String("Context"), &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"started.$": "$$.Execution.StartTime"}), // want `^LambdaInvoke task payload lacks execution_arn, run_id\|run_key \(`
	})
	// Without Payload the task passes the whole state input: not known here.
	tasks.NewLambdaInvoke(scope, jsii.String("State"), &tasks.LambdaInvokeProps{})
	tasks.LambdaInvoke_JsonPath(scope, jsii.String("At"), &tasks.LambdaInvokeJsonPathProps{
		Payload: sfn.TaskInput_FromJsonPathAt(jsii.String("$.detail")),
	})
}

// glueTask is a wrapper: its callers' arguments are checked.
func glueTask(scope constructs.Construct, id string, args map[string]interface{}) tasks.GlueStartJobRun {
	args["--execution-arn"] = sfn.JsonPath_ExecutionId()
	return tasks.NewGlueStartJobRun(scope, jsii.String(id), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String(id),
		Arguments:   sfn.TaskInput_FromObject(&args),
	})
}

func lambdaTask(scope constructs.Construct, id string, payload sfn.TaskInput) tasks.LambdaInvoke {
	return tasks.NewLambdaInvoke(scope, jsii.String(id), &tasks.LambdaInvokeProps{Payload: payload})
}

func wrapped(scope constructs.Construct) {
	glueTask(scope, "a", map[string]interface{}{"--run-key.$": "$$.Execution.Name"})
	glueTask(scope, "b", map[string]interface{}{"--day": "1"}) // want `^GlueStartJobRun task arguments passed to cdk.glueTask lack --run-key \(`
	lambdaTask(scope, "c", sfn.TaskInput_FromObject(&map[string]interface{}{"execution_arn.$": "$$.Execution.Id", "run_id.$": "$$.Execution.Name"}))
	lambdaTask(scope, "d", sfn.TaskInput_FromObject(&map[string]interface{}{"x": 1})) // want `^LambdaInvoke task payload passed to cdk.lambdaTask lacks execution_arn, run_id\|run_key \(`
}
