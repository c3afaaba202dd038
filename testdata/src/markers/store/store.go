package store // want package:`writers\(Client.PutJSON, Client.Touch, Client.MarkSuccess\)`

// Package store wraps S3 for other packages: its exported wrappers reach
// its callers as facts.

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Client writes objects.
type Client struct{ S3 *s3.Client }

func (c *Client) PutJSON(ctx context.Context, key string, v any) error { // want PutJSON:`forwards\(PutObject\(key="{param1}" body=param2:value\)\)`
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = c.S3.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key), Body: bytes.NewReader(b)})
	return err
}

func (c *Client) Touch(ctx context.Context, key string) error { // want Touch:`forwards\(PutObject\(key="{param1}" empty\)\)`
	_, err := c.S3.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key)})
	return err
}

func (c *Client) MarkSuccess(ctx context.Context, prefix string, body []byte) error { // want MarkSuccess:`forwards\(PutObject\(marker=_SUCCESS body=param2:message\)\)`
	_, err := c.S3.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(prefix + "/_SUCCESS"), Body: bytes.NewReader(body)})
	return err
}
