// Command runstate is the Lambda step that records what a run produced. Run
// state itself (started, succeeded, failed) is not its business: Step
// Functions keeps it, and ListExecutions / DescribeExecution /
// GetExecutionHistory answer every question about runs. Three places that
// keep a run table of their own anyway are left in on purpose (see
// README.md).
package main

import (
	"context"
	"database/sql"
	"log"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/tracelint/tracelint/examples/internal/ddbutil"
)

// Event is the Lambda input the state machine passes.
type Event struct {
	ExecutionArn string   `json:"execution_arn"`
	RunID        string   `json:"run_id"`
	Partitions   []string `json:"partitions"`
}

// ddbAPI is the narrow slice of the DynamoDB client the command uses.
type ddbAPI interface {
	ddbutil.PutAPI
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
}

// manifest records which partitions a run wrote: domain data, keyed by the
// run id and the execution ARN, not a copy of the run's state.
type manifest struct {
	api   ddbAPI
	table string
}

func newManifest(api ddbAPI) *manifest {
	return &manifest{api: api, table: os.Getenv("PARTITION_MANIFEST_TABLE")}
}

// record is compliant: the partition manifest is not a run table.
func (m *manifest) record(ctx context.Context, ev Event, partition string) error {
	_, err := m.api.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(m.table),
		Item: map[string]types.AttributeValue{
			"partition":     &types.AttributeValueMemberS{Value: partition},
			"run_id":        &types.AttributeValueMemberS{Value: ev.RunID},
			"execution_arn": &types.AttributeValueMemberS{Value: ev.ExecutionArn},
		},
	})
	return err
}

// runTracker keeps a table of runs next to Step Functions (violation).
type runTracker struct {
	api   ddbAPI
	table string
}

func newRunTracker(api ddbAPI) *runTracker {
	return &runTracker{api: api, table: os.Getenv("JOB_RUNS_TABLE")}
}

// markSucceeded writes the run's status into the run table (violation):
// DescribeExecution already says the execution succeeded.
func (t *runTracker) markSucceeded(ctx context.Context, ev Event) error {
	_, err := t.api.UpdateItem(ctx, &dynamodb.UpdateItemInput{ // demo: runtable
		TableName:        aws.String(t.table),
		Key:              map[string]types.AttributeValue{"run_id": &types.AttributeValueMemberS{Value: ev.RunID}},
		UpdateExpression: aws.String("SET run_status = :s, finished_at = :t"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":s": &types.AttributeValueMemberS{Value: "SUCCEEDED"},
			":t": &types.AttributeValueMemberS{Value: time.Now().UTC().Format(time.RFC3339)},
		},
	})
	return err
}

// previousRun is compliant: reading the legacy run table (during the
// migration to ListExecutions) is not reported.
func (t *runTracker) previousRun(ctx context.Context, runID string) (*dynamodb.GetItemOutput, error) {
	return t.api.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(t.table),
		Key:       map[string]types.AttributeValue{"run_id": &types.AttributeValueMemberS{Value: runID}},
	})
}

// auditRun goes through the shared helper, with a run table as the
// argument (violation): the finding is at the call, since ddbutil.Put itself
// is fine.
func auditRun(ctx context.Context, api ddbAPI, ev Event) error {
	return ddbutil.Put(ctx, api, "pipeline-runs", map[string]types.AttributeValue{ // demo: runtable
		"run_id": &types.AttributeValueMemberS{Value: ev.RunID},
	})
}

const upsertRun = `
-- name: UpsertRun :exec
INSERT INTO "etl"."job_runs" (run_id, execution_arn, status)
VALUES ($1, $2, 'RUNNING')
ON CONFLICT (run_id) DO UPDATE SET status = EXCLUDED.status`

// startRun mirrors the run into Postgres (violation).
func startRun(ctx context.Context, db *sql.DB, ev Event) error {
	_, err := db.ExecContext(ctx, upsertRun, ev.RunID, ev.ExecutionArn) // demo: runtable
	return err
}

// loadPartitions is compliant: writing domain tables, and reading the old
// run table, are fine.
func loadPartitions(ctx context.Context, db *sql.DB, ev Event) error {
	for _, p := range ev.Partitions {
		if _, err := db.ExecContext(ctx, `INSERT INTO etl.partitions (partition, run_id, execution_arn) VALUES ($1, $2, $3)`,
			p, ev.RunID, ev.ExecutionArn); err != nil {
			return err
		}
	}
	rows, err := db.QueryContext(ctx, `SELECT run_id FROM etl.job_runs WHERE status = 'RUNNING'`)
	if err != nil {
		return err
	}
	return rows.Close()
}

// archiveLegacyRuns is the one-off migration that retires the old run
// table: the finding is suppressed with the reason.
func archiveLegacyRuns(ctx context.Context, db *sql.DB) error {
	//tracelint:ignore runtable one-off migration: moves the legacy run table into cold storage before it is dropped
	_, err := db.ExecContext(ctx, `DELETE FROM etl.job_runs WHERE finished_at < now() - interval '1 year'`)
	return err
}

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	api := dynamodb.NewFromConfig(cfg)
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	ev := Event{ExecutionArn: os.Getenv("EXECUTION_ARN"), RunID: os.Getenv("RUN_ID")}
	m := newManifest(api)
	for _, p := range ev.Partitions {
		if err := m.record(ctx, ev, p); err != nil {
			log.Fatal(err)
		}
	}
	t := newRunTracker(api)
	if _, err := t.previousRun(ctx, ev.RunID); err != nil {
		log.Print(err)
	}
	for _, step := range []func() error{
		func() error { return t.markSucceeded(ctx, ev) },
		func() error { return auditRun(ctx, api, ev) },
		func() error { return startRun(ctx, db, ev) },
		func() error { return loadPartitions(ctx, db, ev) },
		func() error { return archiveLegacyRuns(ctx, db) },
	} {
		if err := step(); err != nil {
			log.Fatal(err)
		}
	}
}
