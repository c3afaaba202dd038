// Package wrap exercises wrappers of the same package: the key, body or
// input a caller gives is checked at the caller, with what the wrapper
// adds.
package wrap

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type store struct{ client *s3.Client }

// putJSON marshals whatever it is given under whatever key it is given.
func (s *store) putJSON(ctx context.Context, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = s.client.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key), Body: bytes.NewReader(b)})
	return err
}

// put writes a reader under a key.
func (s *store) put(ctx context.Context, key string, r io.Reader) error {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key), Body: r})
	return err
}

// touch writes an empty object: a marker when the key names one.
func (s *store) touch(ctx context.Context, key string) error {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key)})
	return err
}

// markSuccess writes the _SUCCESS marker with the body it is given.
func (s *store) markSuccess(ctx context.Context, prefix string, body []byte) error {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(path.Join(prefix, "_SUCCESS")), Body: bytes.NewReader(body)})
	return err
}

// markLatest writes the _LATEST.json pointer with fields of its own and
// the caller's run id.
func (s *store) markLatest(ctx context.Context, table, runID string) error {
	return s.putJSON(ctx, table+"/_LATEST.json", map[string]any{"run_id": runID, "schema_version": 3}) // want `_LATEST.json marker written by PutObject in wrap.store.putJSON lacks fields glue_job_run_id, execution_arn, promoted_at`
}

// send writes the input it is given.
func send(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) {
	c.PutObject(ctx, in)
}

type successMarker struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
	Trigger      struct {
		EventID   string `json:"event_id"`
		EventTime string `json:"event_time"`
		ETag      string `json:"etag"`
		VersionID string `json:"version_id"`
	} `json:"trigger"`
	Metrics map[string]float64 `json:"metrics"`
}

const full = `{"run_id": "r", "execution_arn": "a", "trigger": {"event_id": "e", "event_time": "t", "etag": "x", "version_id": "v"}, "metrics": {}}`

func callers(ctx context.Context, s *store, c *s3.Client, runID string) {
	s.putJSON(ctx, "out/_SUCCESS", map[string]string{"run_id": runID}) // want `_SUCCESS marker written by PutObject in wrap.store.putJSON lacks fields execution_arn`
	s.putJSON(ctx, "out/_SUCCESS", successMarker{})
	s.putJSON(ctx, "out/data.json", map[string]string{}) // not a marker
	s.put(ctx, "out/_SUCCESS", bytes.NewReader([]byte(full)))
	s.put(ctx, "out/_SUCCESS", bytes.NewReader(nil)) // want `_SUCCESS marker written by PutObject in wrap.store.put is empty`
	s.touch(ctx, "out/_SUCCESS")                     // want `_SUCCESS marker written by PutObject in wrap.store.touch is empty`
	s.touch(ctx, "out/.keep")
	s.markSuccess(ctx, "out", []byte(full))
	s.markSuccess(ctx, "out", []byte(`{"run_id": "r"}`))              // want `_SUCCESS marker written by PutObject in wrap.store.markSuccess lacks fields execution_arn`
	send(ctx, c, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS")}) // want `_SUCCESS marker written by PutObject in wrap.send is empty`
	send(ctx, c, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS"), Body: bytes.NewReader([]byte(full))})
}
