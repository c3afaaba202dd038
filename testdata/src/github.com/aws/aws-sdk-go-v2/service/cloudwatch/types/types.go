// Stub of github.com/aws/aws-sdk-go-v2/service/cloudwatch/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the CloudWatch API data types.
package types

import "time"

type StandardUnit string

// Enum values for StandardUnit
const (
	StandardUnitSeconds         StandardUnit = "Seconds"
	StandardUnitMicroseconds    StandardUnit = "Microseconds"
	StandardUnitMilliseconds    StandardUnit = "Milliseconds"
	StandardUnitBytes           StandardUnit = "Bytes"
	StandardUnitKilobytes       StandardUnit = "Kilobytes"
	StandardUnitMegabytes       StandardUnit = "Megabytes"
	StandardUnitGigabytes       StandardUnit = "Gigabytes"
	StandardUnitTerabytes       StandardUnit = "Terabytes"
	StandardUnitBits            StandardUnit = "Bits"
	StandardUnitKilobits        StandardUnit = "Kilobits"
	StandardUnitMegabits        StandardUnit = "Megabits"
	StandardUnitGigabits        StandardUnit = "Gigabits"
	StandardUnitTerabits        StandardUnit = "Terabits"
	StandardUnitPercent         StandardUnit = "Percent"
	StandardUnitCount           StandardUnit = "Count"
	StandardUnitBytesSecond     StandardUnit = "Bytes/Second"
	StandardUnitKilobytesSecond StandardUnit = "Kilobytes/Second"
	StandardUnitMegabytesSecond StandardUnit = "Megabytes/Second"
	StandardUnitGigabytesSecond StandardUnit = "Gigabytes/Second"
	StandardUnitTerabytesSecond StandardUnit = "Terabytes/Second"
	StandardUnitBitsSecond      StandardUnit = "Bits/Second"
	StandardUnitKilobitsSecond  StandardUnit = "Kilobits/Second"
	StandardUnitMegabitsSecond  StandardUnit = "Megabits/Second"
	StandardUnitGigabitsSecond  StandardUnit = "Gigabits/Second"
	StandardUnitTerabitsSecond  StandardUnit = "Terabits/Second"
	StandardUnitCountSecond     StandardUnit = "Count/Second"
	StandardUnitNone            StandardUnit = "None"
)

// Values returns all known values for StandardUnit.
func (StandardUnit) Values() []StandardUnit {
	return []StandardUnit{
		"Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
		"Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits",
		"Gigabits", "Terabits", "Percent", "Count", "Bytes/Second",
		"Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second",
		"Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
		"Gigabits/Second", "Terabits/Second", "Count/Second", "None",
	}
}

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
	MetricName        *string
	Counts            []float64
	Dimensions        []Dimension
	StatisticValues   *StatisticSet
	StorageResolution *int32
	Timestamp         *time.Time
	Unit              StandardUnit
	Value             *float64
	Values            []float64
}

type Entity struct {
	Attributes    map[string]string
	KeyAttributes map[string]string
}

type EntityMetricData struct {
	Entity     *Entity
	MetricData []MetricDatum
}

type Metric struct {
	Dimensions []Dimension
	MetricName *string
	Namespace  *string
}

type MetricStat struct {
	Metric *Metric
	Period *int32
	Stat   *string
	Unit   StandardUnit
}

type MetricDataQuery struct {
	Id         *string
	AccountId  *string
	Expression *string
	Label      *string
	MetricStat *MetricStat
	Period     *int32
	ReturnData *bool
}

type MetricDataResult struct {
	Id         *string
	Label      *string
	Timestamps []time.Time
	Values     []float64
}
