package resolve

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Because the analyzers export facts, the drivers run them on every package
// of the build: a controller-runtime operator brings in client-go, the
// Kubernetes API types with their generated deep-copy code, gRPC and
// protobuf. Summarising every exported helper of those packages (which
// message fields a String method returns, which parameters a setter stores
// as a run identifier) cost several times what loading them costs, and no
// caller ever needs those summaries: a third-party library that never
// touches AWS or a database does not build alerts, run identifiers or table
// names for AWS code.
//
// So helper summaries are skipped in peripheral packages: packages of a
// downloaded dependency module (one with a version: not the main module, a
// workspace module or a local replacement) that do not import, directly or
// through their imports, any package of the AWS SDKs and tools
// (github.com/aws/...) or of a SQL database library. Calls are still
// checked wherever an analyzer's own import check says so; only the
// summaries for callers are skipped.

// ReachFact marks a package that imports, directly or through its imports,
// an AWS package or a SQL database library.
type ReachFact struct{}

// AFact marks ReachFact as an analysis fact.
func (*ReachFact) AFact() {}

func (*ReachFact) String() string { return "reaches AWS or a database" }

// reachPrefixes are the import paths (and the trees below them) that make a
// package relevant to the rules. database/sql counts, not its driver
// interfaces (database/sql/driver), which any type with a Scan or Value
// method imports.
var reachPrefixes = []string{
	"github.com/aws",
	"github.com/jackc/pgx",
	"github.com/jmoiron/sqlx",
	"gorm.io/gorm",
	"github.com/uptrace/bun",
	"entgo.io/ent",
	"github.com/Masterminds/squirrel",
	"github.com/doug-martin/goqu",
	"github.com/guregu/dynamo",
}

func reachable(path string) bool {
	if path == "database/sql" {
		return true
	}
	for _, p := range reachPrefixes {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// reaches computes, and exports as a fact, whether the package reaches AWS
// or a database. (A pass built by hand may have no fact functions.)
func reaches(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if reachable(imp.Path()) || pass.ImportPackageFact != nil && pass.ImportPackageFact(imp, new(ReachFact)) {
			if pass.ExportPackageFact != nil {
				pass.ExportPackageFact(&ReachFact{})
			}
			return true
		}
	}
	return false
}

// Peripheral reports whether the package of pass is a downloaded dependency
// that reaches neither AWS nor a database (see above): analyzers skip
// summarising its helpers. When the driver does not say which module the
// package belongs to, the package is not peripheral.
func Peripheral(pass *analysis.Pass) bool {
	ix := indexOf(pass)
	return !ix.reach && pass.Module != nil && pass.Module.Version != ""
}
