// Stub of github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions for analysistest; checked against the real CDK module by analyzers/propagation.

// Package awsstepfunctions is the AWS Step Functions construct library
// (the task inputs and JSON paths only).
package awsstepfunctions

// Type union for task classes that accept multiple types of payload.
type TaskInput interface {
	// payload for the corresponding input type.
	Value() interface{}
}

type jsiiProxy_TaskInput struct{ value interface{} }

func (t *jsiiProxy_TaskInput) Value() interface{} { return t.value }

// Use an object as task input.
func TaskInput_FromObject(obj *map[string]interface{}) TaskInput {
	return &jsiiProxy_TaskInput{value: obj}
}

// Use a literal string as task input.
func TaskInput_FromText(text *string) TaskInput { return &jsiiProxy_TaskInput{value: text} }

// Use a part of the execution data or task context as task input.
func TaskInput_FromJsonPathAt(path *string) TaskInput { return &jsiiProxy_TaskInput{value: path} }

// Instead of using a literal string, get the value from a JSON path.
func JsonPath_StringAt(path *string) *string { return path }

// Use the entire data structure.
func JsonPath_EntirePayload() *string { s := "$"; return &s }

// Return the Execution Id field from the context object.
func JsonPath_ExecutionId() *string { s := "$$.Execution.Id"; return &s }

// Return the Execution Name field from the context object.
func JsonPath_ExecutionName() *string { s := "$$.Execution.Name"; return &s }

// Return the Execution StartTime field from the context object.
func JsonPath_ExecutionStartTime() *string { s := "$$.Execution.StartTime"; return &s }
