// Package app uses the store's helpers and the tables' names.
package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"runtable/store"
	"runtable/tables"
)

func run(ctx context.Context, s *store.Store, c tables.Config) {
	s.Put(ctx, "job_runs", nil)            // want `"job_runs" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, tables.Runs, nil)           // want `"job_runs" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, tables.RunsTable, nil)      // want `"\$\{JOB_RUNS_TABLE\}" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, tables.History(), nil)      // want `"\$\{STAGE\}_run_history" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, tables.For("etl"), nil)     // want `"\*_runs" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, c.Runs, nil)                // want `"etl_runs" \(DynamoDB PutItem via store.Store.Put\)` `"\$\{RUNS_TABLE\}" \(DynamoDB PutItem via store.Store.Put\)`
	s.Save(ctx, "pipeline_runs")           // want `"pipeline_runs" \(DynamoDB PutItem via store.Store.Save\)`
	s.Insert(ctx, "etl", "job_runs", "r1") // want `"etl.job_runs" \(SQL INSERT via store.Store.Insert\)`
	store.Create(ctx, nil, "job_runs")     // want `create run-tracking table "job_runs_table" \(DynamoDB CreateTable via store.Create\)`

	s.Put(ctx, tables.Orders, nil)
	s.Put(ctx, tables.OrdersTable, nil)
	s.Put(ctx, tables.Table("job_runs"), nil) // tables.Table has no fact: its result is unknown here
	s.Put(ctx, c.Orders, nil)
	s.Get(ctx, "job_runs")
	s.Runs(ctx)
	store.Create(ctx, nil, "orders")
}

func helpers(ctx context.Context) {
	store.Exec(ctx, nil, `DELETE FROM job_runs`)                                            // want `"job_runs" \(SQL DELETE via store.Exec\)`
	store.Send(ctx, nil, &dynamodb.UpdateItemInput{TableName: aws.String("pipeline_runs")}) // want `"pipeline_runs" \(DynamoDB UpdateItem via store.Send\)`
	store.Exec(ctx, nil, `DELETE FROM orders`)
}

func reads(ctx context.Context) {
	store.Read(ctx, nil, "job_runs")
}
