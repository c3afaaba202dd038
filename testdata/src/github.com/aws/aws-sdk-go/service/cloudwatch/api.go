// Stub of github.com/aws/aws-sdk-go/service/cloudwatch for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package cloudwatch provides the client and types for making API requests to
// Amazon CloudWatch.
package cloudwatch

import (
	"time"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// CloudWatch provides the API operation methods for making requests to the service.
type CloudWatch struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "monitoring" // Name of service.
	EndpointsID = ServiceName  // ID to lookup a service endpoint with.
	ServiceID   = "CloudWatch" // ServiceID is a unique identifier of a specific service.
)

// New creates a new instance of the CloudWatch client with a config provider (for
// example a *session.Session).
func New(p client.ConfigProvider, cfgs ...*aws.Config) *CloudWatch {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &CloudWatch{Client: cl}
}

const (
	// StandardUnitSeconds is a StandardUnit enum value
	StandardUnitSeconds = "Seconds"

	// StandardUnitMilliseconds is a StandardUnit enum value
	StandardUnitMilliseconds = "Milliseconds"

	// StandardUnitBytes is a StandardUnit enum value
	StandardUnitBytes = "Bytes"

	// StandardUnitPercent is a StandardUnit enum value
	StandardUnitPercent = "Percent"

	// StandardUnitCount is a StandardUnit enum value
	StandardUnitCount = "Count"

	// StandardUnitNone is a StandardUnit enum value
	StandardUnitNone = "None"
)

type Dimension struct {
	Name  *string
	Value *string
}

type StatisticSet struct {
	Maximum     *float64
	Minimum     *float64
	SampleCount *float64
	Sum         *float64
}

type MetricDatum struct {
	Counts            []*float64
	Dimensions        []*Dimension
	MetricName        *string
	StatisticValues   *StatisticSet
	StorageResolution *int64
	Timestamp         *time.Time
	Unit              *string
	Value             *float64
	Values            []*float64
}

type PutMetricDataInput struct {
	MetricData []*MetricDatum
	Namespace  *string
}

type PutMetricDataOutput struct{}

type Metric struct {
	Dimensions []*Dimension
	MetricName *string
	Namespace  *string
}

type MetricStat struct {
	Metric *Metric
	Period *int64
	Stat   *string
	Unit   *string
}

type MetricDataQuery struct {
	Expression *string
	Id         *string
	Label      *string
	MetricStat *MetricStat
	Period     *int64
	ReturnData *bool
}

type MetricDataResult struct {
	Id         *string
	Label      *string
	Timestamps []*time.Time
	Values     []*float64
}

type GetMetricDataInput struct {
	EndTime           *time.Time
	MaxDatapoints     *int64
	MetricDataQueries []*MetricDataQuery
	NextToken         *string
	StartTime         *time.Time
}

type GetMetricDataOutput struct {
	MetricDataResults []*MetricDataResult
	NextToken         *string
}

func (s *Dimension) SetName(v string) *Dimension {
	s.Name = &v
	return s
}

func (s *Dimension) SetValue(v string) *Dimension {
	s.Value = &v
	return s
}

func (s *MetricDatum) SetDimensions(v []*Dimension) *MetricDatum {
	s.Dimensions = v
	return s
}

func (s *MetricDatum) SetMetricName(v string) *MetricDatum {
	s.MetricName = &v
	return s
}

func (s *MetricDatum) SetStorageResolution(v int64) *MetricDatum {
	s.StorageResolution = &v
	return s
}

func (s *MetricDatum) SetTimestamp(v time.Time) *MetricDatum {
	s.Timestamp = &v
	return s
}

func (s *MetricDatum) SetUnit(v string) *MetricDatum {
	s.Unit = &v
	return s
}

func (s *MetricDatum) SetValue(v float64) *MetricDatum {
	s.Value = &v
	return s
}

func (s *MetricDatum) SetValues(v []*float64) *MetricDatum {
	s.Values = v
	return s
}

func (s *PutMetricDataInput) SetMetricData(v []*MetricDatum) *PutMetricDataInput {
	s.MetricData = v
	return s
}

func (s *PutMetricDataInput) SetNamespace(v string) *PutMetricDataInput {
	s.Namespace = &v
	return s
}

func (c *CloudWatch) PutMetricDataRequest(input *PutMetricDataInput) (req *request.Request, output *PutMetricDataOutput) {
	output = &PutMetricDataOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "PutMetricData", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *CloudWatch) PutMetricData(input *PutMetricDataInput) (*PutMetricDataOutput, error) {
	req, out := c.PutMetricDataRequest(input)
	return out, req.Send()
}

func (c *CloudWatch) PutMetricDataWithContext(ctx aws.Context, input *PutMetricDataInput, opts ...request.Option) (*PutMetricDataOutput, error) {
	req, out := c.PutMetricDataRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *CloudWatch) GetMetricDataRequest(input *GetMetricDataInput) (req *request.Request, output *GetMetricDataOutput) {
	output = &GetMetricDataOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "GetMetricData", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *CloudWatch) GetMetricData(input *GetMetricDataInput) (*GetMetricDataOutput, error) {
	req, out := c.GetMetricDataRequest(input)
	return out, req.Send()
}

func (c *CloudWatch) GetMetricDataWithContext(ctx aws.Context, input *GetMetricDataInput, opts ...request.Option) (*GetMetricDataOutput, error) {
	req, out := c.GetMetricDataRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}
