// Command backfill re-runs the curate Glue job for past days, outside Step
// Functions. An orchestrated run passes its execution name as --run-key; a
// standalone run has none, so its run id is the UTC timestamp. Two shortcuts
// that invent run ids with UUIDs, and a compaction job started without the
// run's identifiers, are left in on purpose (see README.md).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/google/uuid"

	"github.com/tracelint/tracelint/examples/internal/runs"
)

// glueAPI is the narrow slice of the Glue client the command uses.
type glueAPI interface {
	StartJobRun(ctx context.Context, in *glue.StartJobRunInput, optFns ...func(*glue.Options)) (*glue.StartJobRunOutput, error)
}

// runKey is compliant: the execution name when there is one, the UTC
// timestamp otherwise.
func runKey(fromFlag string) string {
	if fromFlag != "" {
		return fromFlag
	}
	return runs.Standalone()
}

// startCurate is compliant: the run key travels as --run-key; the UUID is
// only a request token, which is not a run identifier.
func startCurate(ctx context.Context, api glueAPI, executionArn, runKey, day string) error {
	_, err := api.StartJobRun(ctx, &glue.StartJobRunInput{
		JobName: aws.String("curate"),
		Arguments: map[string]string{
			"--run-key":       runKey,
			"--execution-arn": executionArn,
			"--day":           day,
			"--request-token": uuid.NewString(),
		},
	})
	return err
}

// startCompaction compacts a backfilled day: the job gets the day but
// neither the execution ARN nor the run key, so nothing it writes, logs or
// measures can be tied back to the run that asked for it (violation).
func startCompaction(ctx context.Context, api glueAPI, day string) error {
	_, err := api.StartJobRun(ctx, &glue.StartJobRunInput{
		JobName:   aws.String("compact"),
		Arguments: map[string]string{"--day": day}, // demo: propagation
	})
	return err
}

// retry gives a retried day a run id of its own: a UUID that nothing in AWS
// knows (violation).
func retry(ctx context.Context, api glueAPI, executionArn, day string) error {
	retryRunKey := "retry-" + uuid.NewString() // demo: uuidrunid
	return startCurate(ctx, api, executionArn, retryRunKey, day)
}

// scratchPrefix names the S3 scratch partition after a UUID instead of the
// run (violation); a UUID elsewhere in a key would be fine.
func scratchPrefix(day string) string {
	return fmt.Sprintf("scratch/day=%s/run_id=%s/", day, uuid.New().String()) // demo: uuidrunid
}

// objectKey is compliant: the UUID names the object, not the run.
func objectKey(runKey, day string) string {
	return fmt.Sprintf("curated/day=%s/run_id=%s/%s.parquet", day, runKey, uuid.NewString())
}

// previewPayload builds a Lambda payload with a made-up run id (violation,
// found through the fact tracelint records for runs.NewPayload).
func previewPayload(day string) ([]byte, error) {
	return json.Marshal(runs.NewPayload("", uuid.NewString(), day)) // demo: uuidrunid
}

func main() {
	day := flag.String("day", "", "day to backfill (YYYY-MM-DD)")
	key := flag.String("run-key", "", "run key (the Step Functions execution name); the UTC timestamp when empty")
	arn := flag.String("execution-arn", "", "Step Functions execution ARN, when orchestrated")
	retried := flag.Bool("retry", false, "retry a failed day")
	preview := flag.Bool("preview", false, "print the Lambda payload and exit")
	flag.Parse()

	if *preview {
		out, err := previewPayload(*day)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(string(out), scratchPrefix(*day), objectKey(runKey(*key), *day))
		return
	}
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	api := glue.NewFromConfig(cfg)
	if *retried {
		err = retry(ctx, api, *arn, *day)
	} else {
		err = startCurate(ctx, api, *arn, runKey(*key), *day)
	}
	if err != nil {
		log.Fatal(err)
	}
	if err := startCompaction(ctx, api, *day); err != nil {
		log.Fatal(err)
	}
}
