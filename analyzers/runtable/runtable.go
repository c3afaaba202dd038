// Package runtable defines an analyzer that reports code creating or writing
// a separate run-tracking table (a table whose name says it tracks runs:
// job_runs, etl_runs, run_history, pipeline_executions...) in DynamoDB or a
// SQL database. Step Functions already keeps every run: ListExecutions,
// DescribeExecution and GetExecutionHistory are the record, and a table of
// runs duplicates it, drifts from it and splits the audit trail.
//
// Writes are recognised by type: DynamoDB operations of SDK v2 and v1 by
// their input types (CreateTable, PutItem, UpdateItem, DeleteItem,
// BatchWriteItem, TransactWriteItems and the PartiQL ExecuteStatement,
// BatchExecuteStatement and ExecuteTransaction), SQL by the methods of
// database/sql, pgx v5 and sqlx (and interfaces over them) that run a
// statement, whose target table is parsed from the statement text; the
// writes of gorm, bun, ent's generated code, squirrel, goqu and
// guregu/dynamo by the types of their APIs (gorm.go, bun.go, ent.go,
// builders.go, guregu.go); and the SQL migration files a package embeds
// with //go:embed (migrations.go). Table names are followed through
// constants, concatenation, fmt.Sprintf, variables, struct fields, helpers
// of the same package, os.Getenv and facts of other packages; a table whose
// columns are visible is judged by them too (columns.go). Reads are never
// reported.
package runtable

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "runtable"

const doc = `report code that creates or writes a separate run-tracking table

A table whose name says it tracks runs (runs, job_runs, etl_runs,
pipeline-runs, run_history, run_status, execution_history,
pipeline_executions, ...) duplicates the Step Functions execution history
(ListExecutions, DescribeExecution, GetExecutionHistory), drifts from it and
splits the audit trail. Reported: DynamoDB CreateTable, PutItem, UpdateItem,
DeleteItem, BatchWriteItem, TransactWriteItems and PartiQL INSERT, UPDATE and
DELETE (SDK v2 and v1), and SQL CREATE TABLE, ALTER TABLE, INSERT, UPDATE,
DELETE, MERGE, REPLACE, UPSERT and COPY ... FROM run through database/sql,
pgx v5 or sqlx, the writes of gorm, bun, ent, squirrel, goqu and
guregu/dynamo, and CREATE TABLE in SQL migrations embedded with //go:embed,
on such a table. A table whose columns keep run state (a run id, a status
and a start or end time) is one whatever its name. Reads are not reported.
Suppress a finding with //tracelint:ignore runtable <reason> (in SQL files:
-- tracelint:ignore runtable <reason>).`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// Pattern matches the names of run-tracking tables, normalised to
	// snake_case words without a trailing "table" word (see DefaultPattern).
	Pattern *regexp.Regexp
	// RunIDColumn, StatusColumn and TimeColumn match the names of columns
	// (and DynamoDB attributes), normalised to snake_case words, that
	// identify a run, keep its status and keep when it started or ended:
	// together they make a table a run table whatever its name, and a table
	// whose name says runs but whose visible columns have neither a status
	// nor a time column is a domain table (see columns.go).
	RunIDColumn  *regexp.Regexp
	StatusColumn *regexp.Regexp
	TimeColumn   *regexp.Regexp
	// MigrationsAtEmbed reports the findings in embedded SQL migrations at
	// the //go:embed directive that embeds the file (naming the file and
	// line in the message) instead of in the SQL file: for drivers that show
	// findings only in Go files (golangci-lint drops the others, gopls
	// cannot map them).
	MigrationsAtEmbed bool
}

// DefaultOptions returns the rule as the product specification states it.
func DefaultOptions() Options {
	r := defaultColumnRules()
	return Options{Pattern: regexp.MustCompile(DefaultPattern), RunIDColumn: r.runID, StatusColumn: r.status, TimeColumn: r.time}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &opts // a copy; a Regexp is immutable and safe to share
	def := DefaultOptions()
	for _, p := range []struct{ got, def **regexp.Regexp }{
		{&o.Pattern, &def.Pattern}, {&o.RunIDColumn, &def.RunIDColumn},
		{&o.StatusColumn, &def.StatusColumn}, {&o.TimeColumn, &def.TimeColumn},
	} {
		if *p.got == nil {
			*p.got = *p.def
		}
	}
	// The pattern's prefilter derived once, not in every pass.
	prefilters := &options.Derived[*regexp.Regexp, prefilter]{
		Equal: func(a, b *regexp.Regexp) bool { return a == b },
		Make:  newPrefilter,
	}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/runtable.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(TableNamesFact), new(WritesFact), new(PackageFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o, prefilters.Get(o.Pattern)) },
	}
	a.Flags.Var(options.NewRegexp(&o.Pattern), "pattern",
		"regular expression over a table name in snake_case (JobRunsTable → job_runs) that marks a run-tracking table")
	a.Flags.Var(options.NewRegexp(&o.RunIDColumn), "runid-column",
		"regular expression over a column name in snake_case that identifies a run (with a status and a time column, the table is a run table whatever its name)")
	a.Flags.Var(options.NewRegexp(&o.StatusColumn), "status-column",
		"regular expression over a column name in snake_case that keeps a run's status")
	a.Flags.Var(options.NewRegexp(&o.TimeColumn), "time-column",
		"regular expression over a column name in snake_case that keeps when a run started or ended")
	a.Flags.BoolVar(&o.MigrationsAtEmbed, "migrations-at-embed", o.MigrationsAtEmbed,
		"report findings in embedded SQL migrations at their //go:embed directive (for drivers that show findings only in Go files)")
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

// Import paths of the packages through which code writes tables.
const (
	pgxPath     = "github.com/jackc/pgx/v5"
	pgconnPath  = "github.com/jackc/pgx/v5/pgconn"
	pgxpoolPath = "github.com/jackc/pgx/v5/pgxpool"
	sqlxPath    = "github.com/jmoiron/sqlx"
	sqlPath     = "database/sql"
)

var writerPackages = []string{
	awsop.V2Prefix + "dynamodb", awsop.V1Prefix + "dynamodb",
	sqlPath, pgxPath, sqlxPath,
	gormPath, bunPath, squirrelPath, goquPath, guregu1Path, sqlgraphPath, entSchema,
}

func run(pass *analysis.Pass, o *Options, pre prefilter) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InSDK(pass.Pkg) || awsop.InStd(pass) || isDriverPackage(pass.Pkg.Path()) || isLibraryPackage(pass.Pkg.Path()) {
		return nil, nil // the SDKs, the standard library (database/sql too), drivers and libraries themselves
	}
	j := judge{re: o.Pattern, cols: columnRules{runID: o.RunIDColumn, status: o.StatusColumn, time: o.TimeColumn}, pre: pre}
	checkMigrations(pass, j, rep, o.MigrationsAtEmbed)
	// Packages that can neither write a table (directly or through a helper
	// of an imported package) nor define a run table's name cost one look at
	// their imports (and, failing that, at their string literals).
	writes := awsop.ImportsAny(pass.Pkg, writerPackages...)
	names := false
	for _, imp := range pass.Pkg.Imports() {
		var f PackageFact
		if pass.ImportPackageFact(imp, &f) {
			writes = writes || f.Writes
			names = names || f.Names
		}
	}
	if !writes && !names && (resolve.Peripheral(pass) || !mentionsRunTable(pass, j)) {
		return nil, nil
	}
	c := newChecker(pass, j, rep)
	c.checkPackage()
	c.exportFacts()
	return nil, nil
}

// mentionsRunTable reports whether some short string literal without spaces
// reads like (part of) a run table's name or an environment variable naming
// one: only then can the package's exported values name a run table. (Long
// literals and literals with spaces are messages and statements, not names;
// a statement in a constant needs no fact.)
//
// It runs in most packages of a build, so it walks the syntax itself, and
// stops at the first hit, rather than building the shared inspector.
func mentionsRunTable(pass *analysis.Pass, j judge) bool {
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || len(lit.Value) > maxNameLiteral {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || strings.ContainsFunc(s, unicode.IsSpace) {
				return true // names have no spaces
			}
			found = j.mentions(s)
			return !found
		})
	}
	return found
}

// maxNameLiteral is the longest literal (quotes included) that
// mentionsRunTable looks at.
const maxNameLiteral = 66

// isDriverPackage reports whether path is a SQL driver's own package.
func isDriverPackage(path string) bool {
	for _, p := range []string{sqlPath, pgxPath, sqlxPath} {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// isStringish reports whether t is a string type or a pointer to one, as
// table names and statements are (*string in the AWS SDKs).
func isStringish(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
