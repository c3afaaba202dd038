package runtable_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/runtable"
)

// generate returns the source of a package of n functions that write tables
// the ways real code does (stores with a table field, helpers given the table
// or the statement, Sprintf names, SQL with comments). Each function writes
// one run table once.
func generate(n int) string {
	var src strings.Builder
	src.WriteString(`package gen

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type store struct {
	c     *dynamodb.Client
	table string
}

func newStore(c *dynamodb.Client, env string) *store { return &store{c: c, table: os.Getenv(env)} }

func (s *store) put(ctx context.Context) {
	s.c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table)})
}

func putTo(ctx context.Context, c *dynamodb.Client, table string) {
	c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
}

func exec(ctx context.Context, db *sql.DB, query string, args ...any) {
	db.ExecContext(ctx, query, args...)
}
`)
	for i := range n {
		fmt.Fprintf(&src, `
func write%[1]d(ctx context.Context, c *dynamodb.Client, db *sql.DB, stage string) {
	newStore(c, "ORDERS_%[1]d_TABLE").put(ctx)
	putTo(ctx, c, fmt.Sprintf("%%s_orders_%[1]d", stage))
	exec(ctx, db, "-- step %[1]d\nINSERT INTO etl.partitions_%[1]d SELECT * FROM staging", stage)
	if stage == "" {
		putTo(ctx, c, stage+"-job-runs-%[1]d-x")
	}
	exec(ctx, db, "UPDATE \"etl\".\"job_runs\" SET step = $1 WHERE id = $2", %[1]d, stage)
}
`, i)
	}
	return src.String()
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	testutil.BenchmarkGenerated(b, func() *analysis.Analyzer { return runtable.New(runtable.DefaultOptions()) }, generate, 100, 1000)
}
