// Stub of github.com/aws/aws-sdk-go/aws/session for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package session provides configuration for the SDK's service clients.
package session

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// A Session provides a central location to create service clients from.
type Session struct {
	Config   *aws.Config
	Handlers request.Handlers
}

func New(cfgs ...*aws.Config) *Session {
	s, _ := NewSession(cfgs...)
	return s
}

func NewSession(cfgs ...*aws.Config) (*Session, error) {
	c := aws.NewConfig()
	for _, cfg := range cfgs {
		if cfg != nil {
			c = cfg
		}
	}
	return &Session{Config: c}, nil
}

func Must(sess *Session, err error) *Session {
	if err != nil {
		panic(err)
	}
	return sess
}

func (s *Session) ClientConfig(service string, cfgs ...*aws.Config) client.Config {
	return client.Config{Config: s.Config, Handlers: s.Handlers, SigningName: service}
}
