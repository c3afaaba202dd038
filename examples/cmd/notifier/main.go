// Command notifier is the Lambda function a Step Functions Catch state invokes
// when a stage fails: it publishes the failure alert to SNS, and a batch of
// per-partition alerts for partial failures.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"github.com/tracelint/tracelint/examples/internal/alerting"
)

// snsAPI is the narrow slice of the SNS client the notifier uses, so tests
// can substitute a fake.
type snsAPI interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
	PublishBatch(ctx context.Context, in *sns.PublishBatchInput, optFns ...func(*sns.Options)) (*sns.PublishBatchOutput, error)
}

// Event is the Catch payload built by the state machine:
//
//	"Parameters": {"execution_arn.$": "$$.Execution.Id", "run_id.$": "$$.Execution.Name",
//	               "glue_job_run_id.$": "$.JobRunId", "stage": "load", "error.$": "$.Cause"}
type Event struct {
	ExecutionArn string            `json:"execution_arn"`
	RunID        string            `json:"run_id"`
	GlueJobRunID string            `json:"glue_job_run_id"`
	Stage        string            `json:"stage"`
	Error        string            `json:"error"`
	Partitions   map[string]string `json:"failed_partitions"`
}

var (
	client    snsAPI
	topicArn  = os.Getenv("ALERT_TOPIC_ARN")
	publisher = &alerting.Publisher{TopicArn: os.Getenv("NOTICE_TOPIC_ARN")}
)

func handler(ctx context.Context, ev Event) error {
	if ev.ExecutionArn == "" || ev.RunID == "" {
		return errors.New("notifier: event lacks execution_arn or run_id")
	}
	cause := errors.New(ev.Error)
	return errors.Join(
		publishFailure(ctx, client, ev, cause),
		publishPartitions(ctx, client, ev),
		publishSummary(ctx, client, ev.Stage, cause),
		publishPlainText(ctx, client, ev),
		publishWithAttributes(ctx, client, ev, cause),
		publishRetry(ctx, publisher, ev),
	)
}

// publishFailure is compliant: the message comes from
// alerting.FailureMessage in another package (known through its fact).
func publishFailure(ctx context.Context, c snsAPI, ev Event, cause error) error {
	_, err := c.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(topicArn),
		Subject:  aws.String(alerting.Summary(ev.Stage, cause)),
		Message:  aws.String(alerting.FailureMessage(ev.ExecutionArn, ev.RunID, ev.GlueJobRunID, ev.Stage, cause)),
	})
	return err
}

// publishPartitions sends one entry per failed partition. The first entry
// is compliant (a map with all correlation keys); the second forgets the
// timestamp.
func publishPartitions(ctx context.Context, c snsAPI, ev Event) error {
	var entries []types.PublishBatchRequestEntry
	i := 0
	for partition, reason := range ev.Partitions {
		body := map[string]string{
			"execution_arn": ev.ExecutionArn,
			"run_id":        ev.RunID,
			"partition":     partition,
			"reason":        reason,
		}
		body["timestamp"] = time.Now().UTC().Format(time.RFC3339)
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		entries = append(entries, types.PublishBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), Message: aws.String(string(b))})
		i++
	}
	entries = append(entries, types.PublishBatchRequestEntry{
		Id:      aws.String("summary"),
		Message: aws.String(fmt.Sprintf("execution_arn=%s run_id=%s failed_partitions=%d", ev.ExecutionArn, ev.RunID, len(ev.Partitions))), // demo: snscorrelation
	})
	_, err := c.PublishBatch(ctx, &sns.PublishBatchInput{TopicArn: aws.String(topicArn), PublishBatchRequestEntries: entries})
	return err
}

// publishSummary uses the human summary as the alert body: it carries no
// correlation field (known through the fact of alerting.Summary).
func publishSummary(ctx context.Context, c snsAPI, stage string, cause error) error {
	_, err := c.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(topicArn),
		Message:  aws.String(alerting.Summary(stage, cause)), // demo: snscorrelation
	})
	return err
}

// publishPlainText sends free text that names the run but not as fields.
func publishPlainText(ctx context.Context, c snsAPI, ev Event) error {
	msg := "Run " + ev.RunID + " of " + ev.ExecutionArn + " failed in stage " + ev.Stage
	_, err := c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topicArn), Message: aws.String(msg)}) // demo: snscorrelation
	return err
}

// publishWithAttributes is compliant: the body is plain text, the
// correlation fields travel as message attributes (subscription filter
// policies can match on them).
func publishWithAttributes(ctx context.Context, c snsAPI, ev Event, cause error) error {
	str := func(v string) types.MessageAttributeValue {
		return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
	}
	_, err := c.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(topicArn),
		Message:  aws.String(alerting.Summary(ev.Stage, cause)),
		MessageAttributes: map[string]types.MessageAttributeValue{
			"execution_arn": str(ev.ExecutionArn),
			"run_id":        str(ev.RunID),
			"timestamp":     str(time.Now().UTC().Format(time.RFC3339)),
		},
	})
	return err
}

// publishRetry announces that the stage will be retried, through the shared
// alerting.Publisher, which stamps the time itself: the JSON notice is
// compliant, the plain-text one names the run in prose only.
func publishRetry(ctx context.Context, p *alerting.Publisher, ev Event) error {
	if len(ev.Partitions) > 0 {
		notice, err := json.Marshal(map[string]any{
			"execution_arn": ev.ExecutionArn,
			"run_id":        ev.RunID,
			"stage":         ev.Stage,
			"partitions":    len(ev.Partitions),
		})
		if err != nil {
			return err
		}
		return p.Notify(ctx, string(notice))
	}
	return p.Notify(ctx, fmt.Sprintf("Stage %s of run %s will be retried", ev.Stage, ev.RunID)) // demo: snscorrelation
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client = sns.NewFromConfig(cfg)
	publisher.Client = client
	if err := handler(context.Background(), Event{ExecutionArn: os.Getenv("EXECUTION_ARN"), RunID: os.Getenv("RUN_ID"), Stage: "load", Error: "example"}); err != nil {
		log.Fatal(err)
	}
}
