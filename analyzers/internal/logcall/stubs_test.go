package logcall_test

import (
	"path/filepath"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// The logging library stubs under testdata/src (GOPATH mode, for
// analysistest) must be exact subsets of the real modules, which the
// module-mode testdata module testdata/logs requires. The aws-lambda-go and
// SQS stubs are checked with the other AWS stubs by analyzers/internal/sdkstub.
var libraryStubs = []string{
	"go.uber.org/zap",
	"go.uber.org/zap/zapcore",
	"github.com/rs/zerolog",
	"github.com/rs/zerolog/log",
	"github.com/sirupsen/logrus",
}

const stubHeader = "// Stub of %s for analysistest; checked against the real module by analyzers/internal/logcall."

func TestStubsMatchRealModules(t *testing.T) {
	testdata := testutil.Testdata(t)
	testutil.CompareStubs(t, testutil.Stubs{
		Src:    filepath.Join(testdata, "src"),
		Header: stubHeader,
		Paths:  libraryStubs,
		Module: filepath.Join(testdata, "logs"),
		Env:    []string{"GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"},
	})
}
