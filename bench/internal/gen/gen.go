// Package gen generates Go packages that exercise every tracelint rule the
// way real code does (loops, appends, fields set later, helpers, JSON and
// Sprintf messages, run identifiers, table writes), compliant and violating,
// against the SDK v2 packages of the repository's hermetic stubs
// (testdata/src) and github.com/google/uuid.
package gen

import (
	"fmt"
	"strings"
)

const header = `package %s

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	cwtypes "github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/google/uuid"
)

// Clients are the AWS clients and database a step uses.
type Clients struct {
	CW   *cloudwatch.Client
	SNS  *sns.Client
	DDB  *dynamodb.Client
	Glue *glue.Client
	SFN  *sfn.Client
	DB   *sql.DB
}

type alert struct {
	ExecutionArn  string ` + "`json:\"execution_arn\"`" + `
	RunID         string ` + "`json:\"run_id\"`" + `
	GlueJobRunID  string ` + "`json:\"glue_job_run_id,omitempty\"`" + `
	Timestamp     string ` + "`json:\"timestamp\"`" + `
	Error         string ` + "`json:\"error\"`" + `
}

func dims(runID, arn string) []cwtypes.Dimension {
	return []cwtypes.Dimension{
		{Name: aws.String("RunId"), Value: aws.String(runID)},
		{Name: aws.String("ExecutionArn"), Value: aws.String(arn)},
	}
}

func standaloneRunID() string { return time.Now().UTC().Format("20060102T150405Z") }

var _ = fmt.Sprintf
var _ = json.Marshal
var _ = uuid.NewString
`

// Source returns a package named pkg with n step functions. About one in
// five steps breaks each rule.
func Source(pkg string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, header, pkg)
	for i := range n {
		bad := i%5 == 0
		runID := "standaloneRunID()"
		if bad {
			runID = "uuid.NewString()"
		}
		dimsExpr := "append(dims(runID, arn), cwtypes.Dimension{Name: aws.String(\"Partition\"), Value: aws.String(p)})"
		if bad {
			dimsExpr = "[]cwtypes.Dimension{{Name: aws.String(\"Partition\"), Value: aws.String(p)}}"
		}
		msg := "alert{ExecutionArn: arn, RunID: runID, Timestamp: time.Now().UTC().Format(time.RFC3339), Error: err.Error()}"
		if bad {
			msg = "map[string]string{\"error\": err.Error(), \"step\": \"%[1]d\"}"
		}
		table := "orders"
		if bad {
			table = "pipeline_runs"
		}
		fmt.Fprintf(&b, `
func step%[1]d(ctx context.Context, c Clients, arn string, parts []string) error {
	runID := %[2]s
	var data []cwtypes.MetricDatum
	for _, p := range parts {
		d := cwtypes.MetricDatum{MetricName: aws.String("rows%[1]d"), Value: aws.Float64(float64(len(p)))}
		d.Dimensions = %[3]s
		data = append(data, d)
	}
	if len(parts) == 0 {
		data = append(data, cwtypes.MetricDatum{MetricName: aws.String("empty%[1]d"), Dimensions: dims(runID, arn)})
	}
	if _, err := c.CW.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{Namespace: aws.String("etl"), MetricData: data}); err != nil {
		body, _ := json.Marshal(`+msg+`)
		_, _ = c.SNS.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("arn:aws:sns:eu-west-1:1:alerts"), Message: aws.String(string(body))})
		return err
	}
	out, err := c.Glue.StartJobRun(ctx, &glue.StartJobRunInput{
		JobName:   aws.String("job%[1]d"),
		Arguments: map[string]string{"--run-key": runID, "--execution-arn": arn},
	})
	if err != nil {
		text := fmt.Sprintf(`+"`"+`{"execution_arn":%%q,"run_id":%%q,"timestamp":%%q,"error":%%q}`+"`"+`, arn, runID, time.Now().UTC().Format(time.RFC3339), err)
		_, _ = c.SNS.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("arn:aws:sns:eu-west-1:1:alerts"), Message: aws.String(text)})
		return err
	}
	item := map[string]ddbtypes.AttributeValue{
		"id":     &ddbtypes.AttributeValueMemberS{Value: runID},
		"job":    &ddbtypes.AttributeValueMemberS{Value: aws.ToString(out.JobRunId)},
	}
	if _, err := c.DDB.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("%[4]s"), Item: item}); err != nil {
		return err
	}
	_, err = c.DB.ExecContext(ctx, "INSERT INTO %[4]s (id, execution_arn) VALUES ($1, $2)", runID, arn)
	return err
}
`, i, runID, dimsExpr, table)
	}
	return b.String()
}
