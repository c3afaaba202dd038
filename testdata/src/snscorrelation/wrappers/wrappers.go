// Package wrappers checks wrappers of the same package: functions and
// methods that publish a message, input or attributes they are given are
// followed through their bodies, and their callers are checked instead.
package wrappers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/alerts"
)

const topic = "arn:aws:sns:eu-west-1:123456789012:etl-alerts"

func now() string { return time.Now().UTC().Format(time.RFC3339) }

func str(v string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
}

type notifier struct {
	c     *sns.Client
	topic string
	arn   string
}

// send publishes the message as it is.
func (n *notifier) send(ctx context.Context, msg string) error {
	_, err := n.c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(n.topic), Message: aws.String(msg)})
	return err
}

// alert decorates the message: it is still the caller's message.
func (n *notifier) alert(ctx context.Context, msg string) error {
	return n.send(ctx, fmt.Sprintf("[etl]\n%s\n-- sent by the loader", msg))
}

// withARN adds the execution ARN as an attribute, from its receiver.
func (n *notifier) withARN(ctx context.Context, msg []byte) error {
	_, err := n.c.Publish(ctx, &sns.PublishInput{
		Message:           aws.String(string(msg)),
		MessageAttributes: map[string]types.MessageAttributeValue{"execution_arn": str(n.arn)},
	})
	return err
}

// stampedFields adds the timestamp to the caller's map.
func (n *notifier) stampedFields(ctx context.Context, fields map[string]any) error {
	fields["timestamp"] = now()
	b, _ := json.Marshal(fields)
	return n.withARN(ctx, b)
}

// jobFailed builds its message from values (words of a sentence, values of
// keys): reported here.
func (n *notifier) jobFailed(ctx context.Context, job, runID string) error {
	n.send(ctx, "Glue job "+job+" failed")                                       // want `^SNS message passed to wrappers.notifier.send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	n.send(ctx, fmt.Sprintf("job failed: %s", job))                              // want `^SNS message passed to wrappers.notifier.send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	n.send(ctx, fmt.Sprintf(`{"job": "%s", "run_id": %q}`, job, runID))          // want `^SNS message passed to wrappers.notifier.send lacks correlation fields execution_arn, timestamp \(`
	return n.send(ctx, fmt.Sprintf("Glue job %s failed\nrun_id=%s", job, runID)) // want `^SNS message passed to wrappers.notifier.send lacks correlation fields execution_arn, timestamp \(`
}

// failedWith ends its text with an error: an error is a value, not a
// message, wherever it stands.
func (n *notifier) failedWith(ctx context.Context, err error) error {
	return n.send(ctx, fmt.Sprint("load failed\n", err)) // want `^SNS message passed to wrappers.notifier.send lacks correlation fields`
}

func callers(ctx context.Context, n *notifier, ev alerts.Event, err error) {
	n.send(ctx, "disk full") // want `^SNS message passed to wrappers.notifier.send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(required: execution_arn, run_id\|run_key, timestamp\)$`
	n.send(ctx, alerts.Failure(ev, err))
	n.alert(ctx, "disk full") // want `^SNS message passed to wrappers.notifier.alert lacks correlation fields`
	n.alert(ctx, alerts.Failure(ev, err))
	n.withARN(ctx, []byte(`{"run_id": "r", "timestamp": "t"}`))
	n.withARN(ctx, []byte(`{"run_id": "r"}`)) // want `^SNS message passed to wrappers.notifier.withARN lacks correlation field timestamp \(`
	n.stampedFields(ctx, map[string]any{"run_key": ev.RunID})
	n.stampedFields(ctx, map[string]any{"error": err.Error()}) // want `^SNS message passed to wrappers.notifier.stampedFields lacks correlation field run_id\|run_key \(`
	n.jobFailed(ctx, "load", ev.RunID)
	n.failedWith(ctx, err)
	// An argument that cannot be followed: silent.
	n.send(ctx, err.Error())
}

// publishInput publishes an input it is given, adding the run id with a
// setter-free assignment of the attributes.
func publishInput(ctx context.Context, c *sns.Client, in *sns.PublishInput, runID string) error {
	in.MessageAttributes = map[string]types.MessageAttributeValue{"run_id": str(runID)}
	_, err := c.Publish(ctx, in)
	return err
}

// publishEntry publishes one entry it is given.
func publishEntry(ctx context.Context, c *sns.Client, e types.PublishBatchRequestEntry) error {
	_, err := c.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: []types.PublishBatchRequestEntry{e}})
	return err
}

// publishBatch publishes the caller's batch input.
func publishBatch(ctx context.Context, c *sns.Client, in *sns.PublishBatchInput) error {
	in.TopicArn = aws.String(topic)
	_, err := c.PublishBatch(ctx, in)
	return err
}

func structs(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	publishInput(ctx, c, &sns.PublishInput{Message: aws.String(`{"execution_arn": "a", "timestamp": "t"}`)}, ev.RunID)
	publishInput(ctx, c, &sns.PublishInput{Message: aws.String(`{"execution_arn": "a"}`)}, ev.RunID) // want `^SNS message passed to wrappers.publishInput lacks correlation field timestamp \(`
	publishEntry(ctx, c, types.PublishBatchRequestEntry{Id: aws.String("1"), Message: aws.String(alerts.Failure(ev, err))})
	publishEntry(ctx, c, types.PublishBatchRequestEntry{Id: aws.String("2"), Message: aws.String("entry failed")}) // want `^SNS message passed to wrappers.publishEntry lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	publishBatch(ctx, c, &sns.PublishBatchInput{PublishBatchRequestEntries: []types.PublishBatchRequestEntry{
		{Id: aws.String("3"), Message: aws.String(alerts.Failure(ev, err))},
		{Id: aws.String("4"), Message: aws.String("batch failed")}, // want `^SNS message passed to wrappers.publishBatch lacks correlation fields`
	}})
}

// Wrappers of wrappers, and recursion.
func retry(ctx context.Context, n *notifier, attempts int, msg string) error {
	if err := n.alert(ctx, msg); err != nil && attempts > 0 {
		return retry(ctx, n, attempts-1, msg)
	}
	return nil
}

func escalate(ctx context.Context, n *notifier, msg string) error {
	return retry(ctx, n, 3, "[ESCALATED] "+msg)
}

func chains(ctx context.Context, n *notifier, ev alerts.Event, err error) {
	retry(ctx, n, 1, "disk full") // want `^SNS message passed to wrappers.retry lacks correlation fields`
	retry(ctx, n, 1, alerts.Failure(ev, err))
	escalate(ctx, n, "disk full") // want `^SNS message passed to wrappers.escalate lacks correlation fields`
	escalate(ctx, n, alerts.Failure(ev, err))
}

// A wrapper called from a closure and through a goroutine is still checked.
func deferred(ctx context.Context, n *notifier, ev alerts.Event) {
	go n.send(ctx, "background failure") // want `passed to wrappers.notifier.send lacks correlation fields`
	func() {
		n.send(ctx, fmt.Sprintf("execution_arn=%s run_id=%s timestamp=%s", ev.ExecutionArn, ev.RunID, now()))
	}()
}

// Buffers: the one write of a parameter is the caller's message; lines
// written in a loop are one message, not one per line (unknown); a
// parameter written after other text is a value, as at any hole.
func (n *notifier) buffered(ctx context.Context, msg string) error {
	var b strings.Builder
	b.WriteString(msg)
	return n.send(ctx, b.String())
}

func (n *notifier) lines(ctx context.Context, lines ...string) error {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
	}
	return n.send(ctx, b.String())
}

func (n *notifier) headed(ctx context.Context, msg string) error {
	var b bytes.Buffer
	b.WriteString("ALERT ")
	b.WriteString(msg)
	return n.send(ctx, b.String()) // want `^SNS message passed to wrappers.notifier.send lacks correlation fields`
}

var fillText func(*string)

// escaped writes text that a function value may fill: unknown.
func (n *notifier) escaped(ctx context.Context) error {
	var text string
	fillText(&text)
	var b strings.Builder
	b.WriteString(text)
	return n.send(ctx, b.String())
}

func buffers(ctx context.Context, n *notifier, ev alerts.Event, err error) {
	n.buffered(ctx, "disk full") // want `^SNS message passed to wrappers.notifier.buffered lacks correlation fields`
	n.buffered(ctx, alerts.Failure(ev, err))
	n.lines(ctx, "execution_arn=a", "run_id=b", "timestamp=c")
	n.lines(ctx, "disk", "full")
	n.headed(ctx, alerts.Failure(ev, err))
}

// structured publishes a JSON message structure it is given: only its
// "default" message counts.
func structured(ctx context.Context, c *sns.Client, envelope string) error {
	_, err := c.Publish(ctx, &sns.PublishInput{MessageStructure: aws.String("json"), Message: aws.String(envelope)})
	return err
}

func envelopes(ctx context.Context, c *sns.Client) {
	structured(ctx, c, `{"default": "execution_arn=a run_id=b timestamp=c", "email": "failed"}`)
	structured(ctx, c, `{"default": "failed", "execution_arn": "a", "run_id": "b", "timestamp": "c"}`) // want `^SNS message passed to wrappers.structured lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
}

// Compliant look-alikes: functions with a message parameter that do not
// publish it, or publish something else.
func logOnly(msg string) { fmt.Println(msg) }

func publishesOwn(ctx context.Context, c *sns.Client, ev alerts.Event, msg string) error {
	logOnly(msg)
	_, err := c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Failure(ev, fmt.Errorf("%s", msg)))})
	return err
}

func lookAlikes(ctx context.Context, c *sns.Client, ev alerts.Event) {
	logOnly("disk full")
	publishesOwn(ctx, c, ev, "disk full")
}
