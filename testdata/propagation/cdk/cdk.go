// Package cdk runs the propagation analyzer against the real AWS CDK for
// Go: a state machine whose Glue and Lambda tasks are checked at
// definition time.
package cdk

import (
	sfn "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	tasks "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

func Define(scope constructs.Construct) sfn.IChainable {
	load := tasks.NewGlueStartJobRun(scope, jsii.String("Load"), &tasks.GlueStartJobRunProps{
		GlueJobName:        jsii.String("load"),
		IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn": sfn.JsonPath_ExecutionId(),
			"--run-key":       sfn.JsonPath_ExecutionName(),
		}),
	})
	compact := tasks.NewGlueStartJobRun(scope, jsii.String("Compact"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("compact"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{ // want `^GlueStartJobRun task arguments lack --run-key \(required: --execution-arn, --run-key\)$`
			"--execution-arn": sfn.JsonPath_StringAt(jsii.String("$$.Execution.Id")),
		}),
	})
	validate := tasks.LambdaInvoke_Jsonata(scope, jsii.String("Validate"), &tasks.LambdaInvokeJsonataProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{ // want `^LambdaInvoke task payload lacks run_id\|run_key \(`
			"execution_arn": "{% $states.context.Execution.Id %}",
		}),
	})
	return load.Next(compact).Next(validate)
}
