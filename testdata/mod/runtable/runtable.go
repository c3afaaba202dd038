// Package runtable runs the runtable analyzer against the real DynamoDB
// modules of SDK v2 and v1.
package runtable

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	dynamodbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
)

type runsAPI interface {
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
}

type store struct {
	api   runsAPI
	table string
}

func newStore(api runsAPI) *store { return &store{api: api, table: os.Getenv("JOB_RUNS_TABLE")} }

func (s *store) save(ctx context.Context, item map[string]types.AttributeValue) error {
	_, err := s.api.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: item}) // want `write to run-tracking table "\$\{JOB_RUNS_TABLE\}" \(DynamoDB PutItem\)`
	return err
}

func v2(ctx context.Context, c *dynamodb.Client, stage string) {
	c.CreateTable(ctx, &dynamodb.CreateTableInput{TableName: aws.String(fmt.Sprintf("%s-pipeline-runs", stage))}) // want `create run-tracking table "\*-pipeline-runs" \(DynamoDB CreateTable\)`
	c.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String("run_status")})                             // want `"run_status" \(DynamoDB UpdateItem\)`
	c.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{            // want `"etl_runs" \(DynamoDB BatchWriteItem\)`
		"etl_runs": {{PutRequest: &types.PutRequest{}}},
	}})
	c.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{ // want `"WorkflowRuns" \(DynamoDB TransactWriteItems\)`
		{Update: &types.Update{TableName: aws.String("WorkflowRuns")}},
		{Put: &types.Put{TableName: aws.String("trade_executions")}},
	}})
	c.ExecuteStatement(ctx, &dynamodb.ExecuteStatementInput{Statement: aws.String(`INSERT INTO "job_runs" VALUE {'id': ?}`)}) // want `"job_runs" \(DynamoDB ExecuteStatement INSERT\)`
	c.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("job_runs")})
	c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("orders")})
}

func v1(ctx context.Context, api dynamodbiface.DynamoDBAPI) {
	api.PutItemWithContext(ctx, &dynamodbv1.PutItemInput{TableName: awsv1.String("job_runs")}) // want `"job_runs" \(DynamoDB PutItem\)`
	in := &dynamodbv1.DeleteItemInput{}
	in.SetTableName("run_history")
	api.DeleteItem(in)                                                                                                // want `"run_history" \(DynamoDB DeleteItem\)`
	api.BatchExecuteStatement(&dynamodbv1.BatchExecuteStatementInput{Statements: []*dynamodbv1.BatchStatementRequest{ // want `"etl_runs" \(DynamoDB BatchExecuteStatement DELETE\)`
		{Statement: awsv1.String(`DELETE FROM "etl_runs" WHERE id = ?`)},
	}})
	api.Query(&dynamodbv1.QueryInput{TableName: awsv1.String("job_runs")})
}
