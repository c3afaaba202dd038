// Package wrapcallers calls the wrappers of other packages: the arguments
// that reach Publish are checked here, at the argument, with the fields the
// wrappers add themselves.
package wrapcallers

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/alerts"
	"snscorrelation/snsrelay"
	"snscorrelation/snswrap"
)

const topic = "arn:aws:sns:eu-west-1:123456789012:etl-alerts"

func str(v string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
}

type alert struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Timestamp    string `json:"timestamp"`
}

func messages(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	snswrap.Send(ctx, c, topic, "job failed") // want `^SNS message passed to snswrap.Send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(required: execution_arn, run_id\|run_key, timestamp\)$`
	snswrap.Send(ctx, c, topic, alerts.Failure(ev, err))
	snswrap.Send(ctx, c, topic, fmt.Sprintf("execution_arn=%s run_id=%s failed", ev.ExecutionArn, ev.RunID)) // want `^SNS message passed to snswrap.Send lacks correlation field timestamp \(`
	// Stamped adds the timestamp.
	snswrap.Stamped(ctx, c, topic, fmt.Sprintf("execution_arn=%s run_id=%s failed", ev.ExecutionArn, ev.RunID))
	snswrap.Stamped(ctx, c, topic, "run_id=1 failed") // want `^SNS message passed to snswrap.Stamped lacks correlation field execution_arn \(`
	// An argument that cannot be followed: silent (strict: cannot verify).
	snswrap.Send(ctx, c, topic, err.Error())

	msg := "job failed"
	msg += " in stage load"
	snswrap.Send(ctx, c, topic, msg) // want `passed to snswrap.Send lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	// The JSON envelope: the detail's keys are nested keys.
	b, _ := json.Marshal(alert{ExecutionArn: ev.ExecutionArn, RunID: ev.RunID})
	snswrap.Envelope(ctx, c, topic, string(b))
	snswrap.Envelope(ctx, c, topic, `{"error": "disk full"}`) // want `^SNS message passed to snswrap.Envelope lacks correlation fields execution_arn, run_id\|run_key \(`
	// A part: only what the argument surely carries counts.
	snswrap.Envelope(ctx, c, topic, err.Error()) // want `passed to snswrap.Envelope lacks correlation fields execution_arn, run_id\|run_key \(`

	n := &snswrap.Notifier{C: c, Topic: topic, ExecutionArn: ev.ExecutionArn}
	n.Alert(ctx, fmt.Sprintf("run_id=%s timestamp=%s load failed", ev.RunID, time.Now().UTC().Format(time.RFC3339)))
	n.Alert(ctx, "run_id=1 load failed") // want `^SNS message passed to snswrap.Notifier.Alert lacks correlation field timestamp \(`

	snswrap.Relay(ctx, c, alerts.Failure(ev, err))
	snswrap.Relay(ctx, c, "stage load failed") // want `^SNS message passed to snswrap.Relay lacks correlation fields execution_arn, run_id\|run_key \(`
	snsrelay.Page(ctx, c, "disk full")         // want `^SNS message passed to snsrelay.Page lacks correlation fields execution_arn, run_id\|run_key \(`
	snsrelay.Page(ctx, c, fmt.Sprintf(`{"execution_arn": %q, "run_key": %q}`, ev.ExecutionArn, ev.RunID))
}

func values(ctx context.Context, c *sns.Client, ev alerts.Event) {
	snswrap.Fields(ctx, c, topic, map[string]string{"execution_arn": ev.ExecutionArn, "run_id": ev.RunID})
	snswrap.Fields(ctx, c, topic, map[string]string{"run_id": ev.RunID, "error": "x"}) // want `^SNS message passed to snswrap.Fields lacks correlation field execution_arn \(`
	m := map[string]string{"error": "x"}
	m["executionArn"] = ev.ExecutionArn
	snswrap.Fields(ctx, c, topic, m) // want `passed to snswrap.Fields lacks correlation field run_id\|run_key \(`

	snswrap.Event(ctx, c, topic, alert{ExecutionArn: ev.ExecutionArn, RunID: ev.RunID, Timestamp: "now"})
	snswrap.Event(ctx, c, topic, ev) // want `^SNS message passed to snswrap.Event lacks correlation field timestamp \(`
	snswrap.Event(ctx, c, topic, map[string]any{"execution_arn": "a", "run_id": "b", "timestamp": "c"})

	snswrap.Detail(ctx, c, topic, alert{})
	snswrap.Detail(ctx, c, topic, map[string]string{"error": "x"}) // want `^SNS message passed to snswrap.Detail lacks correlation fields execution_arn, run_id\|run_key \(`

	snsrelay.Report(ctx, c, ev.ExecutionArn, ev.RunID, map[string]string{"timestamp": "now"})
	snsrelay.Report(ctx, c, ev.ExecutionArn, ev.RunID, map[string]string{"rows": "0"}) // want `^SNS message passed to snsrelay.Report lacks correlation field timestamp \(`
}

func attributes(ctx context.Context, c *sns.Client, ev alerts.Event) {
	attrs := map[string]types.MessageAttributeValue{"execution_arn": str(ev.ExecutionArn), "run_id": str(ev.RunID)}
	snswrap.WithAttributes(ctx, c, topic, `{"timestamp": "now"}`, attrs)
	more := map[string]types.MessageAttributeValue{"execution_arn": str(ev.ExecutionArn), "run_id": str(ev.RunID)}
	snswrap.WithAttributes(ctx, c, topic, "failed", more) // want `^SNS message passed to snswrap.WithAttributes lacks correlation field timestamp \(`
	// attrs was handed to a function of another package before: it may have
	// been filled there (silent).
	snswrap.WithAttributes(ctx, c, topic, "failed", attrs)
	snswrap.WithAttributes(ctx, c, topic, "failed", map[string]types.MessageAttributeValue{"timestamp": str("now")}) // want `passed to snswrap.WithAttributes lacks correlation fields execution_arn, run_id\|run_key \(`
}

func inputs(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	// Input adds the timestamp itself.
	snswrap.Input(ctx, c, &sns.PublishInput{Message: aws.String(fmt.Sprintf("execution_arn=%s run_id=%s", ev.ExecutionArn, ev.RunID))})
	snswrap.Input(ctx, c, &sns.PublishInput{Message: aws.String("failed")}) // want `^SNS message passed to snswrap.Input lacks correlation fields execution_arn, run_id\|run_key \(required: execution_arn, run_id\|run_key, timestamp\)$`
	in := &sns.PublishInput{TopicArn: aws.String(topic)}
	in.Message = aws.String("run_id=1") // want `^SNS message passed to snswrap.Input lacks correlation field execution_arn \(`
	snswrap.Input(ctx, c, in)

	// Notifier.Publish has the shape of Publish but adds the ARN and the
	// timestamp: it is checked as the wrapper it is.
	n := &snswrap.Notifier{C: c, Topic: topic, ExecutionArn: ev.ExecutionArn}
	n.Publish(ctx, &sns.PublishInput{Message: aws.String("run_id=1 failed")})
	n.Publish(ctx, &sns.PublishInput{Message: aws.String("failed")}) // want `^SNS message passed to snswrap.Notifier.Publish lacks correlation field run_id\|run_key \(`

	// Variadic entries: each argument is an entry.
	snswrap.Batch(ctx, c, topic,
		types.PublishBatchRequestEntry{Id: aws.String("1"), Message: aws.String(alerts.Failure(ev, err))},
		types.PublishBatchRequestEntry{Id: aws.String("2"), Message: aws.String("partition failed")}, // want `^SNS message passed to snswrap.Batch lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	)
	entries := []types.PublishBatchRequestEntry{{Id: aws.String("3"), Message: aws.String("spread failed")}} // want `^SNS message passed to snswrap.Batch lacks correlation fields`
	snswrap.Batch(ctx, c, topic, entries...)

	// Variadic messages: each argument is a message, with the run key.
	snswrap.Each(ctx, c, topic, ev.RunID,
		fmt.Sprintf(`{"execution_arn": %q, "timestamp": %q}`, ev.ExecutionArn, "now"),
		"partition 7 failed", // want `^SNS message passed to snswrap.Each lacks correlation fields execution_arn, timestamp \(`
	)
	snswrap.Each(ctx, c, topic, ev.RunID, []string{"a failed", "execution_arn=x timestamp=y"}...) // want `passed to snswrap.Each lacks correlation fields execution_arn, timestamp`
}
