package store // want package:`writers\(Client.Put, Send\)`

// Package store wraps S3 for other packages: its exported wrappers reach its
// callers as facts.

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Client writes objects to one bucket.
type Client struct {
	S3     *s3.Client
	Bucket string
}

func (c *Client) Put(ctx context.Context, key, body string) error { // want Put:`forwards\(PutObject\(key="{param1}"\)\)`
	_, err := c.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(c.Bucket), Key: aws.String(key), Body: strings.NewReader(body)})
	return err
}

func Send(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error { // want Send:`forwards\(PutObject\(input=param2\)\)`
	_, err := c.PutObject(ctx, in)
	return err
}

func (c *Client) Archive(ctx context.Context, dt string) error {
	return c.Put(ctx, "archive/dt="+dt+"/all.json", "{}") // want `partitioned S3 key "archive/dt={}/all.json" has no run_id= segment \(written by PutObject in store.Client.Put\)`
}
