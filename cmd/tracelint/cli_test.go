package main

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/google/go-cmp/cmp"

	"github.com/tracelint/tracelint/analyzers/metricdims"
	"github.com/tracelint/tracelint/analyzers/runtable"
	"github.com/tracelint/tracelint/analyzers/uuidrunid"
)

func testSuite() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		metricdims.New(metricdims.DefaultOptions()),
		runtable.New(runtable.DefaultOptions()),
		uuidrunid.New(uuidrunid.DefaultOptions()),
	}
}

func TestParseArgs(t *testing.T) {
	type want struct {
		format, sarifFile string
		patterns          []string
		analyzers         []string
	}
	all := []string{"metricdims", "runtable", "uuidrunid"}
	for args, w := range map[string]want{
		"":                                {"text", "", []string{"."}, all},
		"./...":                           {"text", "", []string{"./..."}, all},
		"-json ./...":                     {"json", "", []string{"./..."}, all},
		"-format=json ./...":              {"json", "", []string{"./..."}, all},
		"-format=sarif ./...":             {"sarif", "", []string{"./..."}, all},
		"-sarif=out.sarif ./...":          {"sarif", "out.sarif", []string{"./..."}, all},
		"-sarif ./...":                    {"sarif", "", []string{"./..."}, all}, // standard output; ./... stays a pattern
		"-sarif=- ./...":                  {"sarif", "", []string{"./..."}, all},
		"-metricdims ./a ./b":             {"text", "", []string{"./a", "./b"}, []string{"metricdims"}},
		"-metricdims=false ./...":         {"text", "", []string{"./..."}, []string{"runtable", "uuidrunid"}},
		"-metricdims -uuidrunid=true .":   {"text", "", []string{"."}, []string{"metricdims", "uuidrunid"}},
		"-metricdims.strict -tags=x ./..": {"text", "", []string{"./.."}, all},
	} {
		inv, err := parseArgs(strings.Fields(args), testSuite())
		if err != nil {
			t.Errorf("parseArgs(%q): %v", args, err)
			continue
		}
		got := want{inv.format, inv.sarifFile, inv.patterns, analyzersOf(inv.analyzers)}
		if diff := cmp.Diff(w, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("parseArgs(%q) (-want +got):\n%s", args, diff)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	for args, want := range map[string]string{
		"-sarif=./... ./...":            `"./..." is a package pattern, not a file: write -sarif=FILE`,
		"-sarif= ./...":                 "want -sarif (standard output) or -sarif=FILE",
		"-format=xml ./...":             `invalid value "xml" for flag -format: want text, json or sarif`,
		"-format=json -sarif=x ./...":   "-format=json cannot be combined with -sarif",
		"-sarif-root=. ./...":           "-sarif-root needs -sarif or -format=sarif",
		"-sarif=x -fix ./...":           "-fix cannot be combined with SARIF output",
		"-diff ./...":                   "-diff needs -fix",
		"-json -fix ./...":              "-fix cannot be combined with -json",
		"-baseline=a -write-baseline=b": "-baseline and -write-baseline cannot be combined",
		"./... -json":                   "flag -json after the package patterns: put flags before the packages",
		"out.sarif ./...":               "out.sarif is not a package: write -sarif=out.sarif to name the SARIF file",
		"-metricdims.dimensions= ./...": `invalid value "" for flag -metricdims.dimensions: empty list`,
		"-nosuch ./...":                 "flag provided but not defined: -nosuch",
		"-debug=x ./...":                `invalid value "x" for flag -debug`,
	} {
		_, err := parseArgs(strings.Fields(args), testSuite())
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseArgs(%q) error = %v, want %q", args, err, want)
		}
	}
}
