// Package testutil holds the helpers the analyzers' tests and benchmarks
// share: the testdata directory (Testdata), loading and analyzing a
// generated package next to the hermetic stubs (WriteGOPATH, LoadGOPATH,
// Analyze), and checking the stubs under testdata/src against the real
// modules (CheckStubs, LoadReal, ComparePackages, CompareStubs).
//
// It is imported only by _test.go files; no analyzer may depend on it.
package testutil
