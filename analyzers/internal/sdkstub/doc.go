// Package sdkstub keeps the hand-written AWS SDK stubs under
// testdata/src/github.com/aws honest.
//
// The analyzers in this repository are tested with analysistest, which loads
// test inputs in GOPATH mode from testdata/src. To keep those tests hermetic
// and fast we do not vendor the real AWS SDKs there; instead we write small
// stub packages with the same import paths, package names, type names, field
// names, field types and method signatures as the real SDK (v1
// github.com/aws/aws-sdk-go and v2 github.com/aws/aws-sdk-go-v2), but only for
// the subset the analyzers look at.
//
// Stubs are only useful if they match the real API: an analyzer that matches
// on (*cloudwatch.Client).PutMetricData or on the type of
// types.MetricDatum.Value would silently pass its tests against a wrong stub
// and then miss real code. The test in this package type-checks every stub
// package, loads the corresponding real package (the root module requires the
// real SDK modules for exactly this purpose) and fails for every exported
// object declared in a stub that is missing from the real package or whose type
// differs from the real one.
//
// The package has no non-test code.
package sdkstub
