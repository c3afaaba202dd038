package sqslog_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/sqslog"
)

// TestLambda covers loops over events.SQSEvent.Records, by range and by
// index, with each logging library and with helpers.
func TestLambda(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), sqslog.Analyzer, "sqslog/lambda")
}

// TestPoller covers loops over ReceiveMessage output (SDK v2 and v1),
// helpers of another package (facts), loops that only delete.
func TestPoller(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), sqslog.Analyzer, "sqslog/poller", "sqslog/v1")
}

// TestLookalikes: slices of messages a package builds itself are not
// consumed batches.
func TestLookalikes(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), sqslog.Analyzer, "sqslog/lookalikes")
}

func TestStrict(t *testing.T) {
	opts := sqslog.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), sqslog.New(opts), "sqslog/strict")
}

// TestNotStrict: loops that hand their messages to code that cannot be
// followed are silent by default.
func TestNotStrict(t *testing.T) {
	pkgs := testutil.LoadGOPATH(t, testutil.Testdata(t), "sqslog/strict")
	for _, d := range testutil.Analyze(t, sqslog.New(sqslog.DefaultOptions()), pkgs) {
		t.Errorf("reported without -strict: %s", d.Message)
	}
}

func TestSuppress(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), sqslog.Analyzer, "sqslog/suppress")
}

func TestFieldsFlag(t *testing.T) {
	a := sqslog.New(sqslog.DefaultOptions())
	if err := a.Flags.Set("fields", "MessageId"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "sqslog/custom")
	if got := sqslog.Analyzer.Flags.Lookup("fields").Value.String(); got != "MessageId,ReceiptHandle" {
		t.Errorf("sqslog.Analyzer fields = %q after configuring another instance", got)
	}
}

func TestBadFlagValues(t *testing.T) {
	a := sqslog.New(sqslog.DefaultOptions())
	for _, v := range []string{"", "MessageId,,ReceiptHandle", "messageId", "Message-Id", "MessageId,MessageId"} {
		if err := a.Flags.Set("fields", v); err == nil {
			t.Errorf("Set(fields, %q) succeeded, want an error", v)
		}
	}
}

// TestRealModules runs the analyzer in module mode against the real
// aws-lambda-go, aws-sdk-go-v2 sqs and aws-sdk-go v1 (testdata/logs).
func TestRealModules(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "logs"), sqslog.Analyzer, "./sqslogmod/...")
}
