package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIsVetInvocation(t *testing.T) {
	for args, want := range map[string]bool{
		"-V=full": true,
		"-flags":  true,
		"--flags": true,
		"-metricdims.dimensions=RunId /tmp/go-build1/b001/vet.cfg": true,
		"/tmp/go-build1/b001/vet.cfg":                              true,
		"./...":                                                    false,
		"-sarif=out.sarif ./...":                                   false,
		"-json ./...":                                              false,
		"":                                                         false,
		"-metricdims.flags-like=1 ./...":                           false,
	} {
		if got := isVetInvocation(strings.Fields(args)); got != want {
			t.Errorf("isVetInvocation(%q) = %v, want %v", args, got, want)
		}
	}
}

func TestScanArgs(t *testing.T) {
	for _, tc := range []struct {
		args string
		out  output
		rest string
	}{
		{"./...", output{}, "./..."},
		{"-metricdims.strict -json ./...", output{}, "-metricdims.strict -json ./..."},
		{"-sarif=out.sarif ./...", output{sarif: true, sarifFile: "out.sarif"}, "./..."},
		{"-sarif out.sarif -metricdims.strict ./...", output{sarif: true, sarifFile: "out.sarif"}, "-metricdims.strict ./..."},
		{"--sarif=out.sarif ./...", output{sarif: true, sarifFile: "out.sarif"}, "./..."},
		{"-format=sarif -test=false ./...", output{sarif: true}, "-test=false ./..."},
		{"-format sarif ./...", output{sarif: true}, "./..."},
		{"-format=sarif -sarif=x.sarif -sarif-root=.. ./...", output{sarif: true, sarifFile: "x.sarif", root: ".."}, "./..."},
		{"-sarif=- ./...", output{sarif: true, sarifFile: "-"}, "./..."},
		// Flags after the packages are the multichecker's business, but ours
		// are taken out wherever they are.
		{"./... -sarif=out.sarif", output{sarif: true, sarifFile: "out.sarif"}, "./..."},
		{"-format=text ./...", output{}, "./..."},
		{"-format=json ./...", output{}, "-json ./..."},
		{"-metricdims.dimensions RunId,Stage ./...", output{}, "-metricdims.dimensions RunId,Stage ./..."},
		{"-sarif=x.sarif -- -format=json", output{sarif: true, sarifFile: "x.sarif"}, "-- -format=json"},
	} {
		out, rest, err := scanArgs(strings.Fields(tc.args))
		if err != nil {
			t.Errorf("scanArgs(%q): %v", tc.args, err)
			continue
		}
		if out != tc.out {
			t.Errorf("scanArgs(%q) output = %+v, want %+v", tc.args, out, tc.out)
		}
		if diff := cmp.Diff(strings.Fields(tc.rest), rest); diff != "" {
			t.Errorf("scanArgs(%q) rest (-want +got):\n%s", tc.args, diff)
		}
	}
}

func TestScanArgsErrors(t *testing.T) {
	for args, want := range map[string]string{
		"-sarif":                         "flag needs an argument: -sarif",
		"-sarif= ./...":                  "flag -sarif needs a non-empty value",
		"-format=xml ./...":              `invalid value "xml" for flag -format: want text, json or sarif`,
		"-format=json -sarif=x ./...":    "-format=json cannot be combined with -sarif",
		"-sarif-root=. ./...":            "-sarif-root needs -sarif=FILE or -format=sarif",
		"-sarif=x -fix ./...":            "SARIF output cannot be combined with -fix",
		"-format=sarif -diff ./...":      "SARIF output cannot be combined with -diff",
		"-format=sarif -json=true ./...": "SARIF output cannot be combined with -json",
	} {
		_, _, err := scanArgs(strings.Fields(args))
		if err == nil || err.Error() != want {
			t.Errorf("scanArgs(%q) error = %v, want %q", args, err, want)
		}
	}
}
