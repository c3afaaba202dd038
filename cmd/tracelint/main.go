// Command tracelint checks Go code against the AWS traceability rules: run
// identifiers, metric dimensions, alert correlation fields and run tables.
//
//	tracelint ./...                               # all analyzers
//	tracelint -metricdims.dimensions=RunId,Stage ./...
//	go vet -vettool=$(which tracelint) ./...      # the same, through go vet
//
// It is a standard go/analysis multichecker: -json, -fix, -diff and
// per-analyzer flags come from golang.org/x/tools, and nothing here touches
// global flags, so it works unchanged as a vet tool.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/tracelint/tracelint/analyzers"
)

func main() { multichecker.Main(analyzers.All()...) }
