// Stub of github.com/aws/aws-sdk-go/aws for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package aws provides the core SDK configuration, context and pointer helpers.
package aws

import (
	"context"
	"io"
	"time"
)

// Context is an alias of context.Context (the SDK keeps it for pre-Go 1.7
// compatibility).
type Context = context.Context

// BackgroundContext returns a context that will never be canceled.
func BackgroundContext() Context { return context.Background() }

// Config provides service configuration for service clients.
type Config struct {
	Endpoint   *string
	Region     *string
	MaxRetries *int
}

func NewConfig() *Config { return &Config{} }

func (c *Config) WithRegion(region string) *Config {
	c.Region = &region
	return c
}

func (c *Config) WithEndpoint(endpoint string) *Config {
	c.Endpoint = &endpoint
	return c
}

func String(v string) *string { return &v }

func StringValue(v *string) string {
	if v != nil {
		return *v
	}
	return ""
}

func StringMap(src map[string]string) map[string]*string {
	dst := make(map[string]*string)
	for k, val := range src {
		v := val
		dst[k] = &v
	}
	return dst
}

func Float64(v float64) *float64 { return &v }

func Float64Value(v *float64) float64 {
	if v != nil {
		return *v
	}
	return 0
}

func Int64(v int64) *int64 { return &v }

func Bool(v bool) *bool { return &v }

func Time(v time.Time) *time.Time { return &v }

// ReadSeekCloser wraps a io.Reader returning a ReaderSeekerCloser.
func ReadSeekCloser(r io.Reader) ReaderSeekerCloser {
	return ReaderSeekerCloser{r}
}

// ReaderSeekerCloser represents a reader that can also delegate io.Seeker and
// io.Closer interfaces to the underlying object if they are available.
type ReaderSeekerCloser struct {
	r io.Reader
}

func (r ReaderSeekerCloser) Read(p []byte) (int, error) { return r.r.Read(p) }

func (r ReaderSeekerCloser) Seek(offset int64, whence int) (int64, error) { return 0, nil }

func (r ReaderSeekerCloser) Close() error { return nil }
