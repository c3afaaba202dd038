// Package dynamov1 writes DynamoDB tables with SDK v1 (github.com/aws/aws-sdk-go).
package dynamov1

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
)

func operations(ctx context.Context, c *dynamodb.DynamoDB, api dynamodbiface.DynamoDBAPI) {
	c.CreateTable(&dynamodb.CreateTableInput{TableName: aws.String("job_runs")})                        // want `create run-tracking table "job_runs" \(DynamoDB CreateTable\)`
	c.CreateTableWithContext(ctx, &dynamodb.CreateTableInput{TableName: aws.String("etl_runs")})        // want `create run-tracking table "etl_runs" \(DynamoDB CreateTable\)`
	c.PutItemRequest(&dynamodb.PutItemInput{TableName: aws.String("job_runs")})                         // want `write to run-tracking table "job_runs" \(DynamoDB PutItem\)`
	api.PutItemWithContext(ctx, &dynamodb.PutItemInput{TableName: aws.String("job_runs")})              // want `write to run-tracking table "job_runs" \(DynamoDB PutItem\)`
	api.UpdateItem(&dynamodb.UpdateItemInput{TableName: aws.String("run_history")})                     // want `"run_history" \(DynamoDB UpdateItem\)`
	api.DeleteItemWithContext(ctx, &dynamodb.DeleteItemInput{TableName: aws.String("pipeline-runs")})   // want `"pipeline-runs" \(DynamoDB DeleteItem\)`
	api.BatchWriteItem(&dynamodb.BatchWriteItemInput{RequestItems: map[string][]*dynamodb.WriteRequest{ // want `"JobRuns" \(DynamoDB BatchWriteItem\)`
		"JobRuns": {{PutRequest: &dynamodb.PutRequest{}}},
		"orders":  {{PutRequest: &dynamodb.PutRequest{}}},
	}})
	api.TransactWriteItemsWithContext(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []*dynamodb.TransactWriteItem{ // want `"workflow_executions" \(DynamoDB TransactWriteItems\)`
		{Put: &dynamodb.Put{TableName: aws.String("workflow_executions")}},
		{Put: &dynamodb.Put{TableName: aws.String("trade_executions")}},
	}})
	api.ExecuteStatement(&dynamodb.ExecuteStatementInput{Statement: aws.String(`UPDATE "job_runs" SET s = 'x' WHERE id = ?`)})    // want `"job_runs" \(DynamoDB ExecuteStatement UPDATE\)`
	api.BatchExecuteStatementWithContext(ctx, &dynamodb.BatchExecuteStatementInput{Statements: []*dynamodb.BatchStatementRequest{ // want `"etl_runs" \(DynamoDB BatchExecuteStatement INSERT\)`
		{Statement: aws.String(`INSERT INTO "etl_runs" VALUE {'id': ?}`)},
	}})
	api.ExecuteTransaction(&dynamodb.ExecuteTransactionInput{TransactStatements: []*dynamodb.ParameterizedStatement{ // want `"runs" \(DynamoDB ExecuteTransaction DELETE\)`
		{Statement: aws.String(`DELETE FROM "runs" WHERE id = ?`)},
	}})
}

// Setters set the table name too.
func setters(c *dynamodb.DynamoDB) {
	in := &dynamodb.PutItemInput{}
	in.SetTableName(os.Getenv("JOB_RUNS_TABLE"))
	c.PutItem(in) // want `"\$\{JOB_RUNS_TABLE\}" \(DynamoDB PutItem\)`

	c.UpdateItem((&dynamodb.UpdateItemInput{}).SetTableName("run_status"))                                        // want `"run_status" \(DynamoDB UpdateItem\)`
	c.ExecuteStatement((&dynamodb.ExecuteStatementInput{}).SetStatement(`INSERT INTO "job_runs" VALUE {'a': 1}`)) // want `"job_runs" \(DynamoDB ExecuteStatement INSERT\)`
}

func reads(c *dynamodb.DynamoDB) {
	c.GetItem(&dynamodb.GetItemInput{TableName: aws.String("job_runs")})
	c.Query(&dynamodb.QueryInput{TableName: aws.String("job_runs")})
	c.ExecuteStatement(&dynamodb.ExecuteStatementInput{Statement: aws.String(`SELECT * FROM "job_runs"`)})
	c.PutItem(&dynamodb.PutItemInput{TableName: aws.String("orders")})
}
