package awsop_test

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// probe reports every call matcher matches with its operation, SDK and input.
func probe(matcher *awsop.Matcher) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "probe",
		Doc:  "test",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if m, ok := matcher.Match(pass.TypesInfo, call); ok {
							pass.Reportf(call.Pos(), "%s %s %s", m.Op, m.SDK, types.ExprString(m.Input))
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

func TestMatch(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe(awsop.NewMatcher(awsop.Op{Service: "cloudwatch", Name: "PutMetricData"})), "awsop/probe")
}

// TestMatchUploads: the upload managers are matched by their input type,
// and apart from PutObject, whose input the v2 manager shares.
func TestMatchUploads(t *testing.T) {
	m := awsop.NewMatcher(
		awsop.Op{Service: "s3", Name: "PutObject"},
		awsop.Op{Service: "s3", Name: "CopyObject"},
		awsop.Op{Service: "s3", Name: "CreateMultipartUpload"},
		awsop.S3Upload,
	)
	analysistest.Run(t, testutil.Testdata(t), probe(m), "awsop/uploads")
	want := []string{
		"github.com/aws/aws-sdk-go-v2/feature/s3/manager",
		"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager",
		"github.com/aws/aws-sdk-go-v2/service/s3",
		"github.com/aws/aws-sdk-go/service/s3",
		"github.com/aws/aws-sdk-go/service/s3/s3manager",
	}
	if got := slices.Sorted(slices.Values(m.Packages())); !slices.Equal(got, want) {
		t.Errorf("Packages() = %q, want %q", got, want)
	}
}

// TestPutObjectAloneIgnoresUploads: a matcher without S3Upload does not
// take the v2 upload manager, which shares PutObject's input, for PutObject.
func TestPutObjectAloneIgnoresUploads(t *testing.T) {
	m := awsop.NewMatcher(awsop.Op{Service: "s3", Name: "PutObject"})
	diags := testutil.Analyze(t, probe(m), testutil.LoadGOPATH(t, testutil.Testdata(t), "awsop/uploads"))
	for _, d := range diags {
		if strings.Contains(d.Message, "Upload") {
			t.Errorf("PutObject matcher matched an upload: %s", d.Message)
		}
	}
	if len(diags) != 3 {
		t.Errorf("PutObject matcher found %d calls, want 3 (v2 PutObject, v1 PutObject and PutObjectWithContext)", len(diags))
	}
}

func TestImportsAndSDK(t *testing.T) {
	pkg := types.NewPackage("example.com/x", "x")
	pkg.SetImports([]*types.Package{types.NewPackage("github.com/aws/aws-sdk-go-v2/service/cloudwatch/types", "types")})
	if !awsop.ImportsAny(pkg, awsop.V2Prefix+"cloudwatch") {
		t.Error("ImportsAny misses a subpackage import")
	}
	if awsop.ImportsAny(pkg, awsop.V2Prefix+"cloud") {
		t.Error("ImportsAny matched a mere prefix of a path element")
	}
	for path, want := range map[string]bool{
		"github.com/aws/aws-sdk-go-v2/service/sns": true, "github.com/aws/aws-sdk-go": true,
		"github.com/aws/smithy-go/middleware": true, "github.com/aws/smithy-go": true,
		"github.com/aws/smithy-gopher": false, "github.com/aws/aws-lambda-go/lambda": false, "example.com/x": false,
	} {
		if got := awsop.InSDK(types.NewPackage(path, "p")); got != want {
			t.Errorf("InSDK(%s) = %v, want %v", path, got, want)
		}
	}
}

// TestInStd: a package of the standard library is recognised by where its
// files are, a GOPATH package with a std-like path is not.
func TestInStd(t *testing.T) {
	probe := &analysis.Analyzer{
		Name: "instdprobe",
		Doc:  "test",
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Reportf(pass.Files[0].Package, "%s %v", pass.Pkg.Path(), awsop.InStd(pass))
			return nil, nil
		},
	}
	root := testutil.WriteGOPATH(t, map[string]string{"strs/strs.go": "package strs\n"})
	diags := testutil.Analyze(t, probe, testutil.LoadGOPATH(t, root, "strings", "strs"))
	got := make([]string, 0, len(diags))
	for _, d := range diags {
		got = append(got, d.Message)
	}
	slices.Sort(got)
	if want := []string{"strings true", "strs false"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
