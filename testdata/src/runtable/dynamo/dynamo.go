// Package dynamo writes DynamoDB tables with SDK v2: every write operation,
// every source of a table name, look-alike names and reads.
package dynamo

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

const runsTable = "etl_runs"

// ---- every write operation

func operations(ctx context.Context, c *ddb.Client) {
	c.CreateTable(ctx, &ddb.CreateTableInput{TableName: aws.String("job_runs")})                  // want `^create run-tracking table "job_runs" \(DynamoDB CreateTable\): run state lives in Step Functions execution history; use ListExecutions/DescribeExecution$`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("job_runs")})                          // want `^write to run-tracking table "job_runs" \(DynamoDB PutItem\): run state lives in Step Functions execution history; use ListExecutions/DescribeExecution$`
	c.UpdateItem(ctx, &ddb.UpdateItemInput{TableName: aws.String("run_status")})                  // want `write to run-tracking table "run_status" \(DynamoDB UpdateItem\)`
	c.DeleteItem(ctx, &ddb.DeleteItemInput{TableName: aws.String("WorkflowRuns")})                // want `write to run-tracking table "WorkflowRuns" \(DynamoDB DeleteItem\)`
	c.BatchWriteItem(ctx, &ddb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{ // want `write to run-tracking table "pipeline-runs" \(DynamoDB BatchWriteItem\)` `write to run-tracking table "run_history" \(DynamoDB BatchWriteItem\)`
		"pipeline-runs": {{PutRequest: &types.PutRequest{}}},
		"orders":        {{PutRequest: &types.PutRequest{}}},
		"run_history":   {{DeleteRequest: &types.DeleteRequest{}}},
	}})
	c.TransactWriteItems(ctx, &ddb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{ // want `"execution_history" \(DynamoDB TransactWriteItems\)` `"pipeline_executions" \(DynamoDB TransactWriteItems\)` `"workflow_executions" \(DynamoDB TransactWriteItems\)` `"runs" \(DynamoDB TransactWriteItems\)`
		{Put: &types.Put{TableName: aws.String("execution_history")}},
		{Update: &types.Update{TableName: aws.String("pipeline_executions")}},
		{Delete: &types.Delete{TableName: aws.String("workflow_executions")}},
		{ConditionCheck: &types.ConditionCheck{TableName: aws.String("runs")}},
		{Put: &types.Put{TableName: aws.String("trade_executions")}},
	}})
	c.ExecuteStatement(ctx, &ddb.ExecuteStatementInput{Statement: aws.String(`INSERT INTO "job_runs" VALUE {'id': ?}`)}) // want `write to run-tracking table "job_runs" \(DynamoDB ExecuteStatement INSERT\)`
	c.BatchExecuteStatement(ctx, &ddb.BatchExecuteStatementInput{Statements: []types.BatchStatementRequest{              // want `"etl_runs" \(DynamoDB BatchExecuteStatement UPDATE\)` `"job_runs" \(DynamoDB BatchExecuteStatement DELETE\)`
		{Statement: aws.String(`UPDATE "etl_runs" SET state = 'done' WHERE id = ?`)},
		{Statement: aws.String(`delete from job_runs where id = ?`)},
		{Statement: aws.String(`SELECT * FROM "job_runs" WHERE id = ?`)},
	}})
	c.ExecuteTransaction(ctx, &ddb.ExecuteTransactionInput{TransactStatements: []types.ParameterizedStatement{ // want `"run_status" \(DynamoDB ExecuteTransaction INSERT\)`
		{Statement: aws.String(`INSERT INTO "run_status" VALUE {'id': ?}`)},
		{Statement: aws.String(`EXISTS(SELECT * FROM "job_runs" WHERE id = ?)`)},
	}})
}

// ---- reads and domain tables stay silent

func silent(ctx context.Context, c *ddb.Client, key map[string]types.AttributeValue) {
	c.GetItem(ctx, &ddb.GetItemInput{TableName: aws.String("job_runs"), Key: key})
	c.Query(ctx, &ddb.QueryInput{TableName: aws.String("job_runs")})
	c.ExecuteStatement(ctx, &ddb.ExecuteStatementInput{Statement: aws.String(`SELECT * FROM "job_runs"`)})
	for _, table := range []string{"trade_executions", "orders", "runway_slots", "truncated_rows", "brunch-menu", "rerun_queue"} {
		c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(table)})
	}
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("TradeExecutions")})
	c.CreateTable(ctx, &ddb.CreateTableInput{TableName: aws.String("rerun_queue")})
	c.PutItem(ctx, &ddb.PutItemInput{})
}

// ---- every source of a name

type config struct {
	RunsTable string
	Orders    string
}

type store struct {
	db    *ddb.Client
	table string
}

func newStore(db *ddb.Client) *store {
	return &store{db: db, table: os.Getenv("JOB_RUNS_TABLE")}
}

func (s *store) save(ctx context.Context) {
	s.db.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(s.table)}) // want `write to run-tracking table "\$\{JOB_RUNS_TABLE\}" \(DynamoDB PutItem\)`
}

type named struct {
	db   *ddb.Client
	name *string
}

func newNamed(db *ddb.Client, table string) *named { return &named{db: db, name: aws.String(table)} }

func (n *named) put(ctx context.Context) {
	n.db.PutItem(ctx, &ddb.PutItemInput{TableName: n.name}) // want `write to run-tracking table "glue_job_runs" \(DynamoDB PutItem\)`
}

func useNamed(ctx context.Context, db *ddb.Client) {
	newNamed(db, "orders").put(ctx)
	newNamed(db, "glue_job_runs").put(ctx)
}

func sources(ctx context.Context, c *ddb.Client, env string, cond bool) {
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(runsTable)})                           // want `"etl_runs" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("etl" + "_" + "runs")})                // want `"etl_runs" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(env + "-job-runs")})                   // want `"\*-job-runs" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(fmt.Sprintf("%s_job_runs", env))})     // want `"\*_job_runs" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(fmt.Sprintf("%s-%s", env, "runs"))})   // want `"\*-runs" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(os.Getenv("RUNS_TABLE_NAME"))})        // want `"\$\{RUNS_TABLE_NAME\}" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(os.Getenv("STAGE") + "_run_history")}) // want `"\$\{STAGE\}_run_history" \(DynamoDB PutItem\)`
	if v, ok := os.LookupEnv("PIPELINE_EXECUTIONS_TABLE"); ok {
		c.PutItem(ctx, &ddb.PutItemInput{TableName: &v}) // want `"\$\{PIPELINE_EXECUTIONS_TABLE\}" \(DynamoDB PutItem\)`
	}
	cfg := config{RunsTable: "JobRunsTable", Orders: "orders"}
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(cfg.RunsTable)}) // want `"JobRunsTable" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(cfg.Orders)})
	table := "orders"
	if cond {
		table = "job_runs"
	}
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(table)}) // want `"job_runs" \(DynamoDB PutItem\)`
	in := &ddb.PutItemInput{}
	in.TableName = aws.String("arn:aws:dynamodb:eu-west-1:123456789012:table/job_runs")
	c.PutItem(ctx, in) // want `"arn:aws:dynamodb:eu-west-1:123456789012:table/job_runs" \(DynamoDB PutItem\)`

	// Unknown or undecided names are silent.
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(env)})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("job_runs_" + env)})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(env + "runs")})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(env + "_executions")})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(os.Getenv("ORDERS_TABLE"))})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(os.Getenv(env))})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(fmt.Sprintf("%d_runs", 3))}) // want `"\*_runs" \(DynamoDB PutItem\)`
}

// ---- helpers of the package: the caller's argument is judged at the call

func putTo(ctx context.Context, c *ddb.Client, table string) error {
	_, err := c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(table)})
	return err
}

func record(ctx context.Context, c *ddb.Client, kind string) error {
	return putTo(ctx, c, kind+"_runs") // want `"\*_runs" \(DynamoDB PutItem via dynamo.putTo\)`
}

func helpers(ctx context.Context, c *ddb.Client) {
	putTo(ctx, c, "etl_runs") // want `"etl_runs" \(DynamoDB PutItem via dynamo.putTo\)`
	putTo(ctx, c, "orders")
	record(ctx, c, "glue")
}

// ---- calls through interfaces and embedded clients

type runWriter interface {
	PutItem(ctx context.Context, in *ddb.PutItemInput, optFns ...func(*ddb.Options)) (*ddb.PutItemOutput, error)
}

type narrow interface {
	UpdateItem(ctx context.Context, in *ddb.UpdateItemInput) (*ddb.UpdateItemOutput, error)
}

type embedded struct{ *ddb.Client }

func receivers(ctx context.Context, w runWriter, n narrow, e embedded) {
	w.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("job_runs")})       // want `"job_runs" \(DynamoDB PutItem\)`
	n.UpdateItem(ctx, &ddb.UpdateItemInput{TableName: aws.String("job_runs")}) // want `"job_runs" \(DynamoDB UpdateItem\)`
	e.DeleteItem(ctx, &ddb.DeleteItemInput{TableName: aws.String("job_runs")}) // want `"job_runs" \(DynamoDB DeleteItem\)`
}

func generic[C runWriter](ctx context.Context, c C) {
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("job_runs")}) // want `"job_runs" \(DynamoDB PutItem\)`
}

func input() *ddb.PutItemInput {
	return &ddb.PutItemInput{TableName: aws.String("run_status")}
}

func built(ctx context.Context, c *ddb.Client) {
	c.PutItem(ctx, input()) // want `"run_status" \(DynamoDB PutItem\)`
	items := map[string][]types.WriteRequest{}
	items["etl_runs"] = []types.WriteRequest{{PutRequest: &types.PutRequest{}}}
	c.BatchWriteItem(ctx, &ddb.BatchWriteItemInput{RequestItems: items}) // want `"etl_runs" \(DynamoDB BatchWriteItem\)`
}

// A helper that sends the input it is given: the input is checked at its
// calls.
func send(ctx context.Context, c *ddb.Client, in *ddb.PutItemInput) error {
	_, err := c.PutItem(ctx, in)
	return err
}

func sendAll(ctx context.Context, c *ddb.Client, in *ddb.PutItemInput) error {
	return send(ctx, c, in)
}

func statement(ctx context.Context, c *ddb.Client, stmt string) error {
	_, err := c.ExecuteStatement(ctx, &ddb.ExecuteStatementInput{Statement: aws.String(stmt)})
	return err
}

func forwarding(ctx context.Context, c *ddb.Client) {
	send(ctx, c, &ddb.PutItemInput{TableName: aws.String("job_runs")})    // want `"job_runs" \(DynamoDB PutItem via dynamo.send\)`
	sendAll(ctx, c, &ddb.PutItemInput{TableName: aws.String("etl_runs")}) // want `"etl_runs" \(DynamoDB PutItem via dynamo.sendAll\)`
	send(ctx, c, &ddb.PutItemInput{TableName: aws.String("orders")})
	statement(ctx, c, `UPDATE "job_runs" SET s = 1 WHERE id = 'a'`) // want `"job_runs" \(DynamoDB ExecuteStatement UPDATE via dynamo.statement\)`
	statement(ctx, c, `SELECT * FROM "job_runs"`)
}

// ---- a map of table names: a constant key selects its entry only

func tableMap(ctx context.Context, c *ddb.Client, kind string) {
	tables := map[string]string{"orders": "orders", "runs": "job_runs"}
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(tables["orders"])})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(tables["runs"])}) // want `write to run-tracking table "job_runs" \(DynamoDB PutItem\)`
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String(tables[kind])})   // want `write to run-tracking table "job_runs" \(DynamoDB PutItem\)`
}

// items: the attributes of a PutItem's Item are the table's visible
// columns.
func items(ctx context.Context, c *ddb.Client, v types.AttributeValue) {
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("job_state"), Item: map[string]types.AttributeValue{ // want `"job_state" \(DynamoDB PutItem\)`
		"run_id": v, "status": v, "started_at": v,
	}})
	item := map[string]types.AttributeValue{"model": v, "accuracy": v}
	item["loss"] = v
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("training_runs"), Item: item})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("orders"), Item: map[string]types.AttributeValue{"order_id": v, "status": v}})
	c.PutItem(ctx, &ddb.PutItemInput{TableName: aws.String("job_runs"), Item: map[string]types.AttributeValue{"run_id": v}}) // want `"job_runs" \(DynamoDB PutItem\)`
}
