// Command tracelint checks Go code against the AWS traceability rules: run
// identifiers, metric dimensions, alert correlation fields and run tables.
//
//	tracelint ./...                               # all analyzers
//	tracelint -metricdims.dimensions=RunId,Stage ./...
//	tracelint -sarif=tracelint.sarif ./...        # SARIF 2.1.0 for code scanning
//	go vet -vettool=$(which tracelint) ./...      # the same, through go vet
//
// It is a standard go/analysis multichecker: -json, -fix, -diff and
// per-analyzer flags come from golang.org/x/tools, and nothing here touches
// global flags, so it works unchanged as a vet tool.
//
// SARIF output is added in front of the multichecker without changing it:
// a pre-scan takes -sarif=FILE, -format=sarif and -sarif-root=DIR out of the
// arguments, and tracelint runs itself again with -json and the remaining
// arguments and converts the result (see docs/ci.md). Arguments without
// those flags, and every invocation by go vet, go to multichecker.Main as
// they are.
package main

import (
	"fmt"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/tracelint/tracelint/analyzers"
)

func main() {
	args := os.Args[1:]
	if err := checkConfig(args, analyzers.All()); err != nil {
		exitConfig(err)
	}
	if isVetInvocation(args) {
		multichecker.Main(analyzers.All()...)
	}
	out, rest, err := scanArgs(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tracelint: %v\n", err)
		os.Exit(exitUsage)
	}
	if out.sarif {
		os.Exit(runSARIF(out, rest, analyzers.All()))
	}
	if !slices.Equal(rest, args) { // -format=text or -format=json was given
		os.Args = append(os.Args[:1], rest...)
	}
	multichecker.Main(analyzers.All()...)
}
