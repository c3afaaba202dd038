package resolve_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

type probeFact struct{}

func (*probeFact) AFact() {}

// TestPeripheral: in module mode, a downloaded dependency that reaches
// neither AWS nor a database is peripheral; one that imports AWS, or a
// package of the main module, is not.
func TestPeripheral(t *testing.T) {
	var mu sync.Mutex
	got := make(map[string]bool)
	probe := &analysis.Analyzer{
		Name:      "peripheralprobe",
		Doc:       "test",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(probeFact)}, // run on dependencies too
		Run: func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			got[pass.Pkg.Path()] = resolve.Peripheral(pass)
			return nil, nil
		},
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  filepath.Join(testutil.Testdata(t), "mod"),
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./uuidrunid", "./metricdims")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	if _, err := checker.Analyze([]*analysis.Analyzer{probe}, pkgs, nil); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"github.com/google/uuid":                          true,  // versioned, std only
		"github.com/aws/aws-sdk-go-v2/service/cloudwatch": false, // imports AWS
		"example.com/tracelintmod/uuidrunid":              false, // the main module
		"example.com/tracelintmod/metricdims":             false,
	} {
		p, ok := got[path]
		switch {
		case !ok:
			t.Errorf("%s was not analysed", path)
		case p != want:
			t.Errorf("Peripheral(%s) = %v, want %v", path, p, want)
		}
	}
}
