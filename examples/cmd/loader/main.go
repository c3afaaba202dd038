// Command loader is the Lambda function a Step Functions task state invokes to
// load the partitions of one run into the curated zone, emitting CloudWatch
// metrics along the way. The S3 work itself is stubbed out; the metric calls are
// what the example is about.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"log/slog"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"

	"github.com/tracelint/tracelint/examples/internal/telemetry"
)

// metricsAPI is the narrow slice of the CloudWatch client the loader uses, so
// tests can substitute a fake.
type metricsAPI interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

// Event is the task payload built by the state machine:
//
//	"Payload": {"execution_arn.$": "$$.Execution.Id", "run_id.$": "$$.Execution.Name", ...}
type Event struct {
	ExecutionArn string   `json:"execution_arn"`
	RunID        string   `json:"run_id"`
	Bucket       string   `json:"bucket"`
	Partitions   []string `json:"partitions"`
}

// partitionResult stands in for what the real S3 read/transform/write returns.
type partitionResult struct {
	Rows, Rejected int
	Bytes          int64
	Took           time.Duration
}

var metrics metricsAPI

func handler(ctx context.Context, event Event) error {
	if event.ExecutionArn == "" || event.RunID == "" {
		return errors.New("loader: event lacks execution_arn or run_id")
	}
	log := slog.With("run_id", event.RunID, "execution_arn", event.ExecutionArn)
	start := time.Now()

	results := make(map[string]partitionResult, len(event.Partitions))
	var rows, rejected int
	var bytes int64
	for _, p := range event.Partitions {
		r := loadPartition(ctx, event.Bucket, event.RunID, p)
		results[p] = r
		rows, rejected, bytes = rows+r.Rows, rejected+r.Rejected, bytes+r.Bytes
	}
	log.Info("partitions loaded", "count", len(results), "rows", rows)

	return errors.Join(
		emitRowsLoaded(ctx, metrics, event, rows),
		emitPartitionDurations(ctx, metrics, event, results),
		emitStageDuration(ctx, metrics, time.Since(start)),
		emitRejectedRows(ctx, metrics, event.RunID, rejected),
		emitBytesWritten(ctx, metrics, event, bytes),
	)
}

// loadPartition would copy s3://bucket/raw/run_id=RUN/partition=P/ to the curated zone.
func loadPartition(_ context.Context, _, _, _ string) partitionResult {
	return partitionResult{Rows: 1000, Rejected: 3, Bytes: 64 << 10, Took: 2 * time.Second}
}

// emitRowsLoaded is compliant: the dimensions come from telemetry.RunDimensions.
func emitRowsLoaded(ctx context.Context, api metricsAPI, ev Event, rows int) error {
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{
		Namespace: aws.String(telemetry.Namespace),
		MetricData: []types.MetricDatum{{
			MetricName: aws.String("RowsLoaded"),
			Dimensions: telemetry.RunDimensions(ev.RunID, ev.ExecutionArn),
			Value:      aws.Float64(float64(rows)),
			Unit:       types.StandardUnitCount,
		}},
	})
	return err
}

// emitPartitionDurations is compliant: one datum per partition, built in a loop
// with append; each extends the run dimensions with a Partition dimension.
func emitPartitionDurations(ctx context.Context, api metricsAPI, ev Event, results map[string]partitionResult) error {
	var data []types.MetricDatum
	for _, p := range ev.Partitions {
		data = append(data, types.MetricDatum{
			MetricName: aws.String("PartitionLoadSeconds"),
			Dimensions: append(telemetry.RunDimensions(ev.RunID, ev.ExecutionArn),
				types.Dimension{Name: aws.String("Partition"), Value: aws.String(p)}),
			Value: aws.Float64(results[p].Took.Seconds()),
			Unit:  types.StandardUnitSeconds,
		})
	}
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{
		Namespace:  aws.String(telemetry.Namespace),
		MetricData: data,
	})
	return err
}

// emitStageDuration VIOLATES rule 4: telemetry.StageDimensions (another package)
// returns only a Stage dimension, so the datum has neither RunId nor ExecutionArn.
func emitStageDuration(ctx context.Context, api metricsAPI, took time.Duration) error {
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{
		Namespace: aws.String(telemetry.Namespace),
		MetricData: []types.MetricDatum{{ // demo: metricdims
			MetricName: aws.String("StageDurationSeconds"),
			Dimensions: telemetry.StageDimensions("load"),
			Value:      aws.Float64(took.Seconds()),
			Unit:       types.StandardUnitSeconds,
		}},
	})
	return err
}

// emitRejectedRows VIOLATES rule 4: the inline dimensions have RunId but no
// ExecutionArn.
func emitRejectedRows(ctx context.Context, api metricsAPI, runID string, rejected int) error {
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{
		Namespace: aws.String(telemetry.Namespace),
		MetricData: []types.MetricDatum{
			{ // demo: metricdims
				MetricName: aws.String("RowsRejected"),
				Dimensions: []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}},
				Value:      aws.Float64(float64(rejected)),
				Unit:       types.StandardUnitCount,
			},
		},
	})
	return err
}

// emitBytesWritten is compliant: the datum starts without dimensions and gets
// both correlation dimensions appended after construction.
func emitBytesWritten(ctx context.Context, api metricsAPI, ev Event, bytes int64) error {
	d := types.MetricDatum{
		MetricName: aws.String("BytesWritten"),
		Value:      aws.Float64(float64(bytes)),
		Unit:       types.StandardUnitBytes,
	}
	d.Dimensions = append(d.Dimensions,
		types.Dimension{Name: aws.String(telemetry.DimRunID), Value: aws.String(ev.RunID)},
		types.Dimension{Name: aws.String(telemetry.DimExecutionArn), Value: aws.String(ev.ExecutionArn)},
	)
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{
		Namespace:  aws.String(telemetry.Namespace),
		MetricData: []types.MetricDatum{d},
	})
	return err
}

// main wires the real client. Deployed, it would call lambda.Start(handler);
// this module does not depend on aws-lambda-go, so it runs one event read from
// stdin instead (handy for local runs).
func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	metrics = cloudwatch.NewFromConfig(cfg)

	var event Event
	if err := json.NewDecoder(os.Stdin).Decode(&event); err != nil {
		log.Fatal(err)
	}
	if err := handler(ctx, event); err != nil {
		log.Fatal(err)
	}
}
