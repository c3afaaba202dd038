// Package migrations embeds SQL migrations the ways Go services do: an
// embed.FS handed to a migration runner, and a schema in a string.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"io/fs"
)

//go:embed sql/*.up.sql sql/*.down.sql
var files embed.FS

//go:embed "schema.sql"
var schema string

// Up runs the up migrations in order, as a hand-written runner does.
func Up(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, schema); err != nil {
		return err
	}
	names, err := fs.Glob(files, "sql/*.up.sql")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, string(b)); err != nil {
			return err
		}
	}
	return nil
}
