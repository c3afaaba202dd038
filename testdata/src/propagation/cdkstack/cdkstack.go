// Package cdkstack calls the CDK task helpers of cdkwrap: they are checked
// through their facts.
package cdkstack

import (
	sfn "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	tasks "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks"
	"github.com/aws/constructs-go/constructs/v10"

	"propagation/cdkwrap"
)

func define(scope constructs.Construct) {
	cdkwrap.GlueTask(scope, "load", map[string]interface{}{"--run-key.$": "$$.Execution.Name"})
	cdkwrap.GlueTask(scope, "compact", map[string]interface{}{"--day": "1"}) // want `^GlueStartJobRun task arguments passed to cdkwrap.GlueTask lack --run-key \(`
	cdkwrap.LambdaTask(scope, "notify", &tasks.LambdaInvokeProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{"bucket": "raw"}), // want `^LambdaInvoke task payload passed to cdkwrap.LambdaTask lacks execution_arn, run_id\|run_key \(`
	})
	// Payload fields match in any style: --run-key is run_key.
	cdkwrap.LambdaTask(scope, "validate", &tasks.LambdaInvokeProps{Payload: sfn.TaskInput_FromObject(cdkwrap.RunArgs())})
}
