// Stub of github.com/aws/aws-sdk-go/service/glue for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package glue provides the client and types for making API requests to AWS
// Glue.
package glue

import (
	"time"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// Glue provides the API operation methods for making requests to the service.
type Glue struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "glue"      // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
	ServiceID   = "Glue"      // ServiceID is a unique identifier of a specific service.
)

// New creates a new instance of the Glue client with a config provider (for
// example a *session.Session).
func New(p client.ConfigProvider, cfgs ...*aws.Config) *Glue {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &Glue{Client: cl}
}

type StartJobRunInput struct {
	AllocatedCapacity     *int64
	Arguments             map[string]*string
	JobName               *string
	JobRunId              *string
	MaxCapacity           *float64
	NumberOfWorkers       *int64
	SecurityConfiguration *string
	Timeout               *int64
}

type StartJobRunOutput struct {
	JobRunId *string
}

type JobRun struct {
	Arguments    map[string]*string
	Attempt      *int64
	CompletedOn  *time.Time
	ErrorMessage *string
	Id           *string
	JobName      *string
	JobRunState  *string
	StartedOn    *time.Time
}

type GetJobRunInput struct {
	JobName              *string
	PredecessorsIncluded *bool
	RunId                *string
}

type GetJobRunOutput struct {
	JobRun *JobRun
}

func (s *StartJobRunInput) SetArguments(v map[string]*string) *StartJobRunInput {
	s.Arguments = v
	return s
}

func (s *StartJobRunInput) SetJobName(v string) *StartJobRunInput {
	s.JobName = &v
	return s
}

func (c *Glue) StartJobRunRequest(input *StartJobRunInput) (req *request.Request, output *StartJobRunOutput) {
	output = &StartJobRunOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "StartJobRun", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *Glue) StartJobRun(input *StartJobRunInput) (*StartJobRunOutput, error) {
	req, out := c.StartJobRunRequest(input)
	return out, req.Send()
}

func (c *Glue) StartJobRunWithContext(ctx aws.Context, input *StartJobRunInput, opts ...request.Option) (*StartJobRunOutput, error) {
	req, out := c.StartJobRunRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *Glue) GetJobRunRequest(input *GetJobRunInput) (req *request.Request, output *GetJobRunOutput) {
	output = &GetJobRunOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "GetJobRun", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *Glue) GetJobRun(input *GetJobRunInput) (*GetJobRunOutput, error) {
	req, out := c.GetJobRunRequest(input)
	return out, req.Send()
}

func (c *Glue) GetJobRunWithContext(ctx aws.Context, input *GetJobRunInput, opts ...request.Option) (*GetJobRunOutput, error) {
	req, out := c.GetJobRunRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}
