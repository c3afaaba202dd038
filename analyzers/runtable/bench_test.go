package runtable_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/runtable"
)

// generate writes a package of n functions that write tables the ways real
// code does (stores with a table field, helpers given the table or the
// statement, Sprintf names, SQL with comments), into a GOPATH tree next to
// the stubs. Each function writes one run table once.
func generate(b *testing.B, n int) string {
	b.Helper()
	root := b.TempDir()
	dir := filepath.Join(root, "src", "gen")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
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
	if err := os.WriteFile(filepath.Join(dir, "gen.go"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return root
}

// BenchmarkLargePackage measures the analyzer alone (loading and
// type-checking happen once, outside the loop) on a generated package.
func BenchmarkLargePackage(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("funcs=%d", n), func(b *testing.B) {
			root := generate(b, n)
			stubs, _ := filepath.Abs("../../testdata")
			cfg := &packages.Config{
				Mode: packages.LoadAllSyntax,
				Dir:  root,
				Env:  append(os.Environ(), "GOPATH="+root+string(os.PathListSeparator)+stubs, "GO111MODULE=off", "GOWORK=off"),
			}
			pkgs, err := packages.Load(cfg, "gen")
			if err != nil || packages.PrintErrors(pkgs) > 0 {
				b.Fatalf("load: %v", err)
			}
			b.ResetTimer()
			for b.Loop() {
				res, err := checker.Analyze([]*analysis.Analyzer{runtable.New(runtable.DefaultOptions())}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				if got := len(res.Roots[0].Diagnostics); got != n {
					b.Fatalf("got %d diagnostics, want %d", got, n)
				}
			}
		})
	}
}
