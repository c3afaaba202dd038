// want package:`wrappers\(Send, Stamped, Envelope, Fields, Event, Detail, WithAttributes, Batch, Each, Input, Notifier.Alert, Notifier.Publish, Relay\)\}$`

// Package snswrap publishes alerts for other packages. Its functions take
// the message, the input, the attributes or a value to marshal as a
// parameter: their facts say which parameters reach Publish, as what, and
// which correlation fields they add themselves, so that their callers are
// checked.
package snswrap

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

// Publisher is the slice of the SNS client the wrappers use.
type Publisher interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
	PublishBatch(ctx context.Context, in *sns.PublishBatchInput, optFns ...func(*sns.Options)) (*sns.PublishBatchOutput, error)
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

func str(v string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
}

// Send publishes the message as it is given.
func Send(ctx context.Context, c Publisher, topic, msg string) error { // want Send:`^forwards\(param3:message\)$`
	_, err := c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(msg)})
	return err
}

// Stamped adds the timestamp as a message attribute.
func Stamped(ctx context.Context, c Publisher, topic, msg string) error { // want Stamped:`^forwards\(param3:message\+timestamp\)$`
	_, err := c.Publish(ctx, &sns.PublishInput{
		TopicArn:          aws.String(topic),
		Message:           &msg,
		MessageAttributes: map[string]types.MessageAttributeValue{"timestamp": str(now())},
	})
	return err
}

// Envelope wraps the caller's JSON document in an envelope with a
// timestamp: the document's keys are nested keys of the message.
func Envelope(ctx context.Context, c Publisher, topic, detail string) error { // want Envelope:`^forwards\(param3:part\+timestamp\)$`
	body := fmt.Sprintf(`{"timestamp": %q, "source": "etl", "detail": %s}`, now(), detail)
	return Send(ctx, c, topic, body)
}

// Fields marshals the caller's fields with a timestamp it adds.
func Fields(ctx context.Context, c Publisher, topic string, fields map[string]string) error { // want Fields:`^forwards\(param3:value\+timestamp\)$`
	fields["timestamp"] = now()
	b, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	return Send(ctx, c, topic, string(b))
}

// Event marshals whatever it is given.
func Event(ctx context.Context, c Publisher, topic string, v any) error { // want Event:`^forwards\(param3:value\)$`
	b, _ := json.Marshal(v)
	_, err := c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(string(b))})
	return err
}

// Detail nests the caller's value under "detail": its keys count where
// they are surely known.
func Detail(ctx context.Context, c Publisher, topic string, detail any) error { // want Detail:`^forwards\(param3:nested\+timestamp\)$`
	b, _ := json.Marshal(map[string]any{"timestamp": now(), "detail": detail})
	return Send(ctx, c, topic, string(b))
}

// WithAttributes publishes the message with the caller's attributes: the
// two together must carry the fields.
func WithAttributes(ctx context.Context, c Publisher, topic, msg string, attrs map[string]types.MessageAttributeValue) error { // want WithAttributes:`^forwards\(param3:message&param4:attributes\)$`
	_, err := c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(msg), MessageAttributes: attrs})
	return err
}

// Batch publishes the entries it is given.
func Batch(ctx context.Context, c Publisher, topic string, entries ...types.PublishBatchRequestEntry) error { // want Batch:`^forwards\(param3:entries\)$`
	_, err := c.PublishBatch(ctx, &sns.PublishBatchInput{TopicArn: aws.String(topic), PublishBatchRequestEntries: entries})
	return err
}

// Each publishes every message it is given on its own, with the run key
// as an attribute.
func Each(ctx context.Context, c Publisher, topic, runKey string, msgs ...string) error { // want Each:`^forwards\(param4:messages\+run_key\)$`
	for _, m := range msgs {
		in := &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(m)}
		in.MessageAttributes = map[string]types.MessageAttributeValue{"run_key": str(runKey)}
		if _, err := c.Publish(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

// Input publishes the caller's input, with a timestamp attribute it adds.
func Input(ctx context.Context, c Publisher, in *sns.PublishInput) error { // want Input:`^forwards\(param2:input\+timestamp\)$`
	if in.MessageAttributes == nil {
		in.MessageAttributes = map[string]types.MessageAttributeValue{}
	}
	in.MessageAttributes["timestamp"] = str(now())
	_, err := c.Publish(ctx, in)
	return err
}

// Notifier publishes to one topic for one execution.
type Notifier struct {
	C            Publisher
	Topic        string
	ExecutionArn string
}

// Alert prefixes the message and adds the execution ARN as an attribute.
func (n *Notifier) Alert(ctx context.Context, msg string) error { // want Alert:`^forwards\(param1:part\+execution_arn\)$`
	_, err := n.C.Publish(ctx, &sns.PublishInput{
		TopicArn:          aws.String(n.Topic),
		Message:           aws.String("[etl] " + msg),
		MessageAttributes: map[string]types.MessageAttributeValue{"execution_arn": str(n.ExecutionArn)},
	})
	return err
}

// Publish has the shape of the SNS operation; it adds the execution ARN and
// the timestamp, so callers need only the run id.
func (n *Notifier) Publish(ctx context.Context, in *sns.PublishInput) (*sns.PublishOutput, error) { // want Publish:`^forwards\(param1:input\+execution_arn\+timestamp\)$`
	in.TopicArn = aws.String(n.Topic)
	in.MessageAttributes = map[string]types.MessageAttributeValue{
		"execution_arn": str(n.ExecutionArn),
		"timestamp":     str(now()),
	}
	return n.C.Publish(ctx, in)
}

// Relay is a wrapper of an unexported wrapper.
func Relay(ctx context.Context, c Publisher, msg string) error { // want Relay:`^forwards\(param2:part\+timestamp\)$`
	return relay(ctx, c, "[relay] "+msg)
}

func relay(ctx context.Context, c Publisher, msg string) error {
	return Stamped(ctx, c, "arn:relay", msg)
}

// Failed builds its text from values: it is reported here, not forwarded
// (a job name in a sentence is not a message).
func Failed(ctx context.Context, c Publisher, topic, job string, err error) error {
	return Send(ctx, c, topic, fmt.Sprintf("Glue job %s failed: %v", job, err)) // want `^SNS message passed to snswrap.Send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(required: execution_arn, run_id\|run_key, timestamp\)$`
}

// Complete adds every field itself: nothing is forwarded, no fact.
func Complete(ctx context.Context, c Publisher, topic, executionArn, runID, detail string) error {
	return Send(ctx, c, topic, fmt.Sprintf("execution_arn=%s run_id=%s timestamp=%s\n%s", executionArn, runID, now(), detail))
}

// Render returns a message: a FieldsFact, no ForwardsFact.
func Render(runID string) string { // want Render:`^fields\(run_id\)\+param0$`
	return "run_id=" + runID
}
