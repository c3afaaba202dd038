// Stub of github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks for analysistest; checked against the real CDK module by analyzers/propagation.

// Package awsstepfunctionstasks holds the Step Functions tasks of the AWS
// CDK (Glue StartJobRun and Lambda Invoke only).
package awsstepfunctionstasks

import (
	"github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	"github.com/aws/constructs-go/constructs/v10"
)

// Starts an AWS Glue job in a Task state (no methods stubbed).
type GlueStartJobRun interface{}

// Properties for starting an AWS Glue job as a task.
type GlueStartJobRunProps struct {
	Comment     *string
	StateName   *string
	ResultPath  *string
	GlueJobName *string
	Arguments   awsstepfunctions.TaskInput
}

// Properties for starting an AWS Glue job as a task using JSONata.
type GlueStartJobRunJsonataProps struct {
	Comment     *string
	StateName   *string
	Outputs     interface{}
	GlueJobName *string
	Arguments   awsstepfunctions.TaskInput
}

// Properties for starting an AWS Glue job as a task using JSONPath.
type GlueStartJobRunJsonPathProps struct {
	Comment     *string
	StateName   *string
	ResultPath  *string
	GlueJobName *string
	Arguments   awsstepfunctions.TaskInput
}

type jsiiProxy_GlueStartJobRun struct{}

func NewGlueStartJobRun(scope constructs.Construct, id *string, props *GlueStartJobRunProps) GlueStartJobRun {
	return &jsiiProxy_GlueStartJobRun{}
}

// Starts an AWS Glue job in a Task state using JSONata.
func GlueStartJobRun_Jsonata(scope constructs.Construct, id *string, props *GlueStartJobRunJsonataProps) GlueStartJobRun {
	return &jsiiProxy_GlueStartJobRun{}
}

// Starts an AWS Glue job in a Task state using JSONPath.
func GlueStartJobRun_JsonPath(scope constructs.Construct, id *string, props *GlueStartJobRunJsonPathProps) GlueStartJobRun {
	return &jsiiProxy_GlueStartJobRun{}
}

// Invoke a Lambda function as a Task (no methods stubbed).
type LambdaInvoke interface{}

// Properties for invoking a Lambda function with LambdaInvoke.
type LambdaInvokeProps struct {
	Comment             *string
	StateName           *string
	ResultPath          *string
	Payload             awsstepfunctions.TaskInput
	PayloadResponseOnly *bool
}

// Properties for invoking a Lambda function with LambdaInvoke using JSONata.
type LambdaInvokeJsonataProps struct {
	Comment             *string
	StateName           *string
	Outputs             interface{}
	Payload             awsstepfunctions.TaskInput
	PayloadResponseOnly *bool
}

// Properties for invoking a Lambda function with LambdaInvoke using JSONPath.
type LambdaInvokeJsonPathProps struct {
	Comment             *string
	StateName           *string
	ResultPath          *string
	Payload             awsstepfunctions.TaskInput
	PayloadResponseOnly *bool
}

type jsiiProxy_LambdaInvoke struct{}

func NewLambdaInvoke(scope constructs.Construct, id *string, props *LambdaInvokeProps) LambdaInvoke {
	return &jsiiProxy_LambdaInvoke{}
}

// Invoke a Lambda function as a Task using JSONata.
func LambdaInvoke_Jsonata(scope constructs.Construct, id *string, props *LambdaInvokeJsonataProps) LambdaInvoke {
	return &jsiiProxy_LambdaInvoke{}
}

// Invoke a Lambda function as a Task using JSONPath.
func LambdaInvoke_JsonPath(scope constructs.Construct, id *string, props *LambdaInvokeJsonPathProps) LambdaInvoke {
	return &jsiiProxy_LambdaInvoke{}
}
