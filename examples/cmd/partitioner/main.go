// Command partitioner is the Lambda function a Step Functions task state
// invokes to list the partitions of one day before the loaders run.
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
)

// Input is the task payload built by the state machine:
//
//	"Payload": {"execution_arn.$": "$$.Execution.Id", "run_id.$": "$$.Execution.Name", "date.$": "$.date"}
type Input struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Date         string `json:"date"`
}

// Output lists the partitions for the Map state that runs the loaders.
type Output struct {
	Partitions []string `json:"partitions"`
}

// partition logs the run id, but neither the request id nor the execution ARN.
func partition(ctx context.Context, in Input) (Output, error) { // demo: lambdalog
	log.Printf("partitioning run %s for %s", in.RunID, in.Date)
	var out Output
	for h := range 24 {
		out.Partitions = append(out.Partitions, fmt.Sprintf("date=%s/hour=%02d", in.Date, h))
	}
	return out, nil
}

func main() {
	lambda.Start(partition)
}
