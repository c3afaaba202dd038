// Stub of github.com/aws/aws-sdk-go-v2/aws for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package aws provides the core SDK configuration and pointer helpers.
package aws

import "time"

// Config provides service configuration for service clients.
type Config struct {
	Region string
}

func String(v string) *string { return &v }

func ToString(p *string) (v string) {
	if p == nil {
		return v
	}
	return *p
}

func StringSlice(vs []string) []*string {
	ps := make([]*string, len(vs))
	for i := range vs {
		ps[i] = &vs[i]
	}
	return ps
}

func Float64(v float64) *float64 { return &v }

func ToFloat64(p *float64) (v float64) {
	if p == nil {
		return v
	}
	return *p
}

func Int32(v int32) *int32 { return &v }

func Int64(v int64) *int64 { return &v }

func Bool(v bool) *bool { return &v }

func Time(v time.Time) *time.Time { return &v }
