package uuidrunid_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/uuidrunid"
)

// generate returns the source of a package of n functions that handle
// identifiers the ways real code does (tokens, object keys, run ids from
// events and timestamps, helpers, one generated run id each).
func generate(n int) string {
	var src strings.Builder
	src.WriteString(`package gen

import (
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
	"github.com/google/uuid"
)

type Event struct {
	RunID        string ` + "`json:\"run_id\"`" + `
	ExecutionArn string
	Token        string
	Key          string
}

func runKey(ev Event) string {
	if ev.RunID != "" {
		return ev.RunID
	}
	return time.Now().UTC().Format("20060102T150405Z")
}

func key(runID, table string) string {
	return fmt.Sprintf("%s/run_id=%s/%s.parquet", table, runID, uuid.NewString())
}
`)
	for i := range n {
		fmt.Fprintf(&src, `
func handle%[1]d(ev Event, tables []string) ([]Event, []types.Dimension) {
	var out []Event
	for _, t := range tables {
		e := Event{RunID: runKey(ev), Token: uuid.NewString(), ExecutionArn: ev.ExecutionArn}
		e.Key = key(e.RunID, strings.ToLower(t))
		out = append(out, e)
	}
	retried := Event{RunID: "retry-" + uuid.New().String()[:8]}
	out = append(out, retried)
	dims := []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runKey(ev))}}
	return out, dims
}
`, i)
	}
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package; the
// dependencies (fmt, strings, time, the stubs) are analyzed for facts too.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return uuidrunid.New(uuidrunid.DefaultOptions()) }, generate, 100, 1000)
}
