// Stub of github.com/aws/aws-sdk-go/aws/client for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package client implements the base client used by the v1 service clients.
package client

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
)

// A ConfigProvider provides a generic way for a service client to receive the
// ClientConfig without circular dependencies.
type ConfigProvider interface {
	ClientConfig(serviceName string, cfgs ...*aws.Config) Config
}

// A Config provides configuration to a service client instance.
type Config struct {
	Config        *aws.Config
	Handlers      request.Handlers
	Endpoint      string
	SigningRegion string
	SigningName   string
}

// A Client implements the base client request and response handling used by
// all service clients.
type Client struct {
	Config   aws.Config
	Handlers request.Handlers
}
