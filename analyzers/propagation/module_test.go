package propagation_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/propagation"
)

// The module-mode tests run against the real modules from the module proxy
// (testdata/propagation has its own go.mod; `make deps` downloads them), so
// that the hermetic stubs can never hide a drift from the real API.

// TestRealSDK checks code against aws-sdk-go-v2's glue and lambda modules
// and aws-sdk-go (v1).
func TestRealSDK(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "propagation"), propagation.Analyzer, "./sdkv2", "./sdkv1")
}

// TestRealCDK checks a state machine defined with the real AWS CDK for Go.
// Loading it from source is the cost of this test: the awsstepfunctions and
// awsstepfunctionstasks packages depend on about 250 packages of the CDK
// (some 8,700 files, about 30 s and 1.2 GB to load and type-check), so it
// is the only test that loads the CDK from source, and it loads one package.
func TestRealCDK(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the AWS CDK for Go from source (about 30 s)")
	}
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "propagation"), propagation.Analyzer, "./cdk")
}

// cdkStubs are the stub packages of the AWS CDK for Go under testdata/src,
// checked against the real module required by testdata/propagation (the
// root module does not require the CDK, so analyzers/internal/sdkstub
// leaves them out).
var cdkStubs = []string{
	"github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions",
	"github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctionstasks",
	"github.com/aws/constructs-go/constructs/v10",
	"github.com/aws/jsii-runtime-go",
}

func TestCDKStubsMatchRealCDK(t *testing.T) {
	testdata := testutil.Testdata(t)
	testutil.CompareStubs(t, testutil.Stubs{
		Src:    filepath.Join(testdata, "src"),
		Header: "// Stub of %s for analysistest; checked against the real CDK module by analyzers/propagation.",
		Paths:  cdkStubs,
		Module: filepath.Join(testdata, "propagation"),
	})
}
