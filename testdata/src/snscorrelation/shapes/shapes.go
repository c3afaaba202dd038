// Package shapes exercises the ways real code builds SNS messages, each with
// a violating and a compliant form.
package shapes

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"snscorrelation/alerts"
)

const topic = "arn:aws:sns:eu-west-1:123456789012:etl-alerts"

const (
	failedText = "Glue job failed"
	pairsText  = "job failed execution_arn=arn:aws:states:eu-west-1:1:execution:sm:x run_id=20240101T000000Z timestamp=2024-01-01T00:00:00Z"
	keyTS      = "timestamp"
)

func now() string { return time.Now().UTC().Format(time.RFC3339) }

func literals(ctx context.Context, c *sns.Client) {
	c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String("Glue job failed")}) // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp \(required: execution_arn, run_id\|run_key, timestamp\)$`
	c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(`{"execution_arn": "arn:x", "run_id": "r", "timestamp": "t"}`)})
	// Keys at any depth, in any style.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"detail": {"executionArn": "arn:x", "RunKey": "r"}, "Timestamp": "t"}`)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"execution_arn": "arn:x", "run_id": "r"}`)}) // want `^SNS message lacks correlation field timestamp \(required: execution_arn, run_id\|run_key, timestamp\)$`
	// Values do not count: only keys.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"fields": ["execution_arn", "run_id", "timestamp"]}`)}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(failedText)})                                             // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(pairsText)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("execution-arn: arn:x\nrun_key: r\ntimestamp: t")})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("ExecutionArn=arn:aws:states:x runId=1 timestamp=2024")})
	// An ARN's colons and words in prose are not fields.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed: arn:aws:states:eu-west-1:1:execution:run_id at timestamp")}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	var empty string
	c.Publish(ctx, &sns.PublishInput{Message: &empty})             // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topic)}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
}

func formatted(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf("Glue job %s failed: %v", ev.RunID, err))}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf(`{"execution_arn": %q, "run_id": %q, "timestamp": %q, "error": %q}`, ev.ExecutionArn, ev.RunID, now(), err))})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf("execution_arn=%s run_id=%s failed", ev.ExecutionArn, ev.RunID))}) // want `lacks correlation field timestamp \(`
	// A key given by a constant argument is known text.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf("execution_arn: %s\nrun_id:%s\n%s: %v", ev.ExecutionArn, ev.RunID, keyTS, now()))})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf("execution_arn: %s\nrun_id:%s\n%s: %v", ev.ExecutionArn, ev.RunID, ev.GlueJobRunID, now()))}) // want `lacks correlation field timestamp \(`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf("execution_arn: %s\nrun_id:%s\ntimestamp: %v", ev.ExecutionArn, ev.RunID, now()))})

	msg := "run failed: execution_arn=" + ev.ExecutionArn + " run_key=" + ev.RunID
	msg += " timestamp=" + now()
	c.Publish(ctx, &sns.PublishInput{Message: &msg})
	short := "run " + ev.RunID + " failed"
	c.Publish(ctx, &sns.PublishInput{Message: &short}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprint("execution_arn=", ev.ExecutionArn, " run_id=", ev.RunID, " timestamp=", now()))})

	// A hole filled by a message carries that message's fields.
	body, _ := json.Marshal(map[string]string{"execution_arn": ev.ExecutionArn, "run_id": ev.RunID, "timestamp": now()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(fmt.Sprintf("ALERT %s", body))})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("ALERT " + string(body))})
	// A hole filled by an unknown value is a value, not fields.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("ALERT " + err.Error())}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
}

type alert struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id,omitempty"`
	Timestamp    string `json:"timestamp"`
	Error        string `json:"error"`
	internal     string
}

type base struct {
	ExecutionArn string
	RunKey       string
}

type embedded struct {
	base
	Timestamp time.Time
	Stage     string `json:"stage"`
}

type hidden struct {
	ExecutionArn string `json:"-"`
	Meta         base   `json:"-"`
	Dash         string `json:"-,"` // the key "-"
	RunID        string `json:"run_id"`
	Timestamp    string `json:"timestamp"`
}

// An unexported embedded struct: its exported fields are promoted, its
// name is no key.
type runKey struct{ Value string }

type promoted struct {
	runKey
	ExecutionArn string
	Timestamp    string
}

type withAny struct {
	Message string `json:"message"`
	Detail  any    `json:"detail"`
}

type nested struct {
	Error   string `json:"error"`
	Context alert  `json:"context"`
}

type selfMarshal struct{ Text string }

func (s selfMarshal) MarshalJSON() ([]byte, error) { return []byte(s.Text), nil }

func marshalled(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	b1, _ := json.Marshal(alert{ExecutionArn: ev.ExecutionArn, RunID: ev.RunID, Timestamp: now(), internal: "x"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b1))})

	b2, _ := json.MarshalIndent(hidden{RunID: ev.RunID, Timestamp: now()}, "", "  ")
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b2))}) // want `^SNS message lacks correlation field execution_arn \(`

	b3, _ := json.Marshal(&embedded{base: base{ExecutionArn: ev.ExecutionArn, RunKey: ev.RunID}, Timestamp: time.Now()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b3))})

	b3b, _ := json.Marshal(promoted{ExecutionArn: ev.ExecutionArn, Timestamp: now()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b3b))}) // want `^SNS message lacks correlation field run_id\|run_key \(`

	// The keys are the struct's: what an interface field holds is not followed.
	b4, _ := json.Marshal(withAny{Message: "failed", Detail: map[string]string{"execution_arn": ev.ExecutionArn}})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b4))}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	b5, _ := json.Marshal(nested{Error: err.Error()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b5))})

	// A type that marshals itself cannot be read.
	b6, _ := json.Marshal(selfMarshal{Text: "failed"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b6))})

	// Maps: literal keys and keys assigned later.
	m := map[string]any{"execution_arn": ev.ExecutionArn}
	m["run_id"] = ev.RunID
	m[keyTS] = now()
	b7, _ := json.Marshal(m)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b7))})

	m2 := map[string]string{"error": err.Error()}
	m2["run_id"] = ev.RunID
	b8, _ := json.Marshal(m2)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b8))}) // want `^SNS message lacks correlation fields execution_arn, timestamp \(`

	m3 := map[string]string{"error": err.Error()}
	addCorrelation(m3, ev)
	b9, _ := json.Marshal(m3)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b9))})

	// Keys in a loop over a constant list.
	m4 := map[string]string{}
	for _, k := range []string{"execution_arn", "run_id", "timestamp"} {
		m4[k] = ""
	}
	b10, _ := json.Marshal(m4)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b10))})

	// Keys that cannot be followed: silent.
	m5 := map[string]string{}
	m5[strings.ToLower(ev.RunID)] = "x"
	b11, _ := json.Marshal(m5)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b11))})

	m6 := map[string]string{"error": ""}
	fill(m6)
	b12, _ := json.Marshal(m6)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b12))})

	// Nested map values count.
	b13, _ := json.Marshal(map[string]any{"error": "x", "correlation": map[string]string{"execution_arn": "", "run_id": "", "timestamp": ""}})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b13))})
}

func addCorrelation(m map[string]string, ev alerts.Event) {
	m["execution_arn"] = ev.ExecutionArn
	m["run_id"] = ev.RunID
	m["timestamp"] = now()
}

var fill = func(m map[string]string) { m["execution_arn"] = "" }

func buffers(ctx context.Context, c *sns.Client, ev alerts.Event, w func(*bytes.Buffer)) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(alert{ExecutionArn: ev.ExecutionArn, RunID: ev.RunID, Timestamp: now()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(buf.String())})

	buf2 := new(bytes.Buffer)
	enc := json.NewEncoder(buf2)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]string{"error": "x"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(buf2.String())}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	var sb strings.Builder
	sb.WriteString("execution_arn=" + ev.ExecutionArn)
	fmt.Fprintf(&sb, " run_id=%s", ev.RunID)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(sb.String())}) // want `^SNS message lacks correlation field timestamp \(`

	buf3 := bytes.NewBufferString(`{"execution_arn": "a", "run_id": "b", "timestamp": "c"}`)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(buf3.Bytes()))})

	// Handed to code that may write: unknown.
	var buf4 bytes.Buffer
	w(&buf4)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(buf4.String())})
}

func failureMessage(ev alerts.Event, err error) string {
	return fmt.Sprintf(`{"execution_arn": %q, "run_id": %q, "timestamp": %q, "error": %q}`, ev.ExecutionArn, ev.RunID, now(), err)
}

func textMessage(err error) *string { return aws.String("failed: " + err.Error()) }

// keyed assigns a key given by its caller.
func keyed(key, value string) string {
	m := map[string]string{}
	m[key] = value
	b, _ := json.Marshal(m)
	return string(b)
}

func helpers(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(failureMessage(ev, err))})
	c.Publish(ctx, &sns.PublishInput{Message: textMessage(err)})                                    // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(keyed("execution_arn", ev.ExecutionArn))}) // want `^SNS message lacks correlation fields run_id\|run_key, timestamp \(`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Failure(ev, err))})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Text("load"))})                     // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Pairs(ev.ExecutionArn, ev.RunID))}) // want `^SNS message lacks correlation field timestamp \(`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Wrap(alerts.Failure(ev, err)))})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Wrap("disk full"))}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Forward("disk full"))})
	c.Publish(ctx, &sns.PublishInput{Message: alerts.Pointer(ev)})                       // want `^SNS message lacks correlation field timestamp \(`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Kind("load").String())}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	b, _ := alerts.Encoded(alerts.Alert{})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))})

	m := alerts.Fields(ev)
	m["run_id"] = ev.RunID
	b2, _ := json.Marshal(m)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b2))}) // want `^SNS message lacks correlation field timestamp \(`
	b3, _ := json.Marshal(alerts.Named("run_id", ev.RunID))
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b3))})
}

// Inputs built in variables, with fields assigned later, and by helpers.
func inputs(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	in := &sns.PublishInput{TopicArn: aws.String(topic)}
	in.Message = aws.String("plain failure") // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(ctx, in)

	var in2 sns.PublishInput
	in2.TopicArn = aws.String(topic)
	in2.Message = aws.String(failureMessage(ev, err))
	c.Publish(ctx, &in2)

	c.Publish(ctx, buildInput(alerts.Failure(ev, err)))
	c.Publish(ctx, buildInput("failed"))
}

func buildInput(msg string) *sns.PublishInput {
	return &sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(msg)} // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
}
