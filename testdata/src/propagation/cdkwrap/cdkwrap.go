// want package:`wrappers\(GlueTask, LambdaTask\)\}$`

// Package cdkwrap has exported CDK task helpers: GlueTask stamps the
// execution ARN on the arguments it is given; LambdaTask passes the
// payload it is given.
package cdkwrap

import (
	sfn "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	tasks "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

// GlueTask starts the job with the caller's arguments and the execution ARN.
func GlueTask(scope constructs.Construct, job string, args map[string]interface{}) tasks.GlueStartJobRun { // want GlueTask:`^forwards\(cdk-glue:param2:keys\+--execution-arn\.\$\)$`
	args["--execution-arn.$"] = "$$.Execution.Id"
	return tasks.NewGlueStartJobRun(scope, jsii.String(job), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String(job),
		Arguments:   sfn.TaskInput_FromObject(&args),
	})
}

// LambdaTask invokes with the caller's payload.
func LambdaTask(scope constructs.Construct, id string, props *tasks.LambdaInvokeProps) tasks.LambdaInvoke { // want LambdaTask:`^forwards\(cdk-lambda:param2:props\)$`
	return tasks.NewLambdaInvoke(scope, jsii.String(id), props)
}

// RunArgs returns the run's arguments as an object.
func RunArgs() *map[string]interface{} { // want RunArgs:`^fields\(--execution-arn.\$, --run-key.\$\)$`
	return &map[string]interface{}{"--execution-arn.$": "$$.Execution.Id", "--run-key.$": "$$.Execution.Name"}
}
