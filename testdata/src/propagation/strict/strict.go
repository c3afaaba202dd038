// Package strict checks strict mode: values that cannot be followed are
// reported ("cannot verify"), and so are CDK task values not bound to the
// execution.
package strict

import (
	"context"
	"os"

	sfn "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	tasks "github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

var loadArgs func() map[string]string

func unknowns(ctx context.Context, c *glue.Client, l *lambda.Client, payload func() []byte) {
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: loadArgs()}) // want `^cannot verify that the Glue StartJobRun arguments carry --execution-arn, --run-key: they come from result of a function value \(strict mode\)$`
	args := map[string]string{"--execution-arn": os.Getenv("EXECUTION_ARN")}
	fill(args)
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: args}) // want `^cannot verify that the Glue StartJobRun arguments carry --run-key: they come from args may be filled by a function value \(strict mode\)$`
	l.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("f"), Payload: payload()})    // want `^cannot verify that the Lambda Invoke payload carries execution_arn, run_id\|run_key: it comes from result of a function value \(strict mode\)$`
	// Known to lack: reported as in the default mode.
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load")}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

var fill func(map[string]string)

func bindings(scope constructs.Construct, arn *string) {
	tasks.NewGlueStartJobRun(scope, jsii.String("Ok"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("ok"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn": sfn.JsonPath_StringAt(jsii.String("$.execution_arn")),
			"--run-key.$":     "$$.Execution.Name",
		}),
	})
	tasks.NewGlueStartJobRun(scope, jsii.String("Swapped"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("swapped"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn": sfn.JsonPath_ExecutionName(),                          // want `^--execution-arn is bound to JsonPath_ExecutionName\(\), not to the execution ARN \(\$\$.Execution.Id or a state path\) \(strict mode\)$`
			"--run-key":       sfn.JsonPath_StringAt(jsii.String("$$.Execution.Id")), // want `^--run-key is bound to \$\$.Execution.Id, not to the run id \(\$\$.Execution.Name or a state path\) \(strict mode\)$`
		}),
	})
	tasks.NewGlueStartJobRun(scope, jsii.String("Constant"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("constant"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn": "arn:aws:states:eu-west-1:123456789012:execution:etl:manual", // want `^--execution-arn is bound to the constant "arn:aws:states:eu-west-1:123456789012:execution:etl:manual", not to the execution ARN`
			"--run-key.$":     "$$.Execution.StartTime",                                     // want `^--run-key is bound to \$\$.Execution.StartTime, not to the run id`
		}),
	})
	tasks.NewGlueStartJobRun(scope, jsii.String("Param"), &tasks.GlueStartJobRunProps{
		GlueJobName: jsii.String("param"),
		Arguments: sfn.TaskInput_FromObject(&map[string]interface{}{
			"--execution-arn": arn, // want `^cannot verify that --execution-arn is bound to the execution ARN \(\$\$.Execution.Id or a state path\): it comes from parameter arn \(strict mode\)$`
			"--run-key":       "{% $states.context.Execution.Name %}",
		}),
	})
	tasks.LambdaInvoke_Jsonata(scope, jsii.String("Lambda"), &tasks.LambdaInvokeJsonataProps{
		Payload: sfn.TaskInput_FromObject(&map[string]interface{}{
			"execution_arn": "{% $states.context.Execution.Id %}",
			"run_id":        "{% $states.context.Execution.StartTime %}", // want `^run_id is bound to "\{% \$states.context.Execution.StartTime %\}", not to the run id`
		}),
	})
	// Without Payload, the whole state input is passed.
	tasks.NewLambdaInvoke(scope, jsii.String("State"), &tasks.LambdaInvokeProps{}) // want `^cannot verify that the LambdaInvoke task payload carries execution_arn, run_id\|run_key: it comes from the state input \(a LambdaInvoke without Payload passes all of it\) \(strict mode\)$`
}
