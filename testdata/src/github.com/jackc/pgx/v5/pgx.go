// Stub of github.com/jackc/pgx/v5 for analysistest; checked against the real module by analyzers/runtable.

// Package pgx is a PostgreSQL database driver (only the subset the analyzers
// look at is stubbed).
package pgx

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
)

// Conn is a PostgreSQL connection handle.
type Conn struct {
	closed bool
}

// Connect establishes a connection with a PostgreSQL server.
func Connect(ctx context.Context, connString string) (*Conn, error) { return &Conn{}, nil }

// Close closes a connection.
func (c *Conn) Close(ctx context.Context) error { return nil }

// Exec executes sql.
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// Query sends a query to the server and returns a Rows to read the results.
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }

// QueryRow is a convenience wrapper over Query.
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row { return nil }

// CopyFrom uses the PostgreSQL copy protocol to perform bulk data insertion.
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	return 0, nil
}

// Begin starts a transaction.
func (c *Conn) Begin(ctx context.Context) (Tx, error) { return nil, nil }

// SendBatch sends all queued queries to the server at once.
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { return nil }

// Identifier a PostgreSQL identifier or name.
type Identifier []string

// Sanitize returns a sanitized string safe for SQL interpolation.
func (ident Identifier) Sanitize() string { return "" }

// Rows is the result set returned from Query.
type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
}

// Row is one row of a query result.
type Row interface {
	Scan(dest ...any) error
}

// CopyFromSource is the interface used by CopyFrom as the source for copy data.
type CopyFromSource interface {
	Next() bool
	Values() ([]any, error)
	Err() error
}

// CopyFromRows returns a CopyFromSource interface over the provided rows slice.
func CopyFromRows(rows [][]any) CopyFromSource { return nil }

// Tx represents a database transaction.
type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	Exec(ctx context.Context, sql string, arguments ...any) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
	Conn() *Conn
}

// QueuedQuery is a query that has been queued for execution via a Batch.
type QueuedQuery struct {
	SQL       string
	Arguments []any
}

// Batch queries are a way of bundling multiple queries together.
type Batch struct {
	QueuedQueries []*QueuedQuery
}

// Queue queues a query to batch b.
func (b *Batch) Queue(query string, arguments ...any) *QueuedQuery {
	qq := &QueuedQuery{SQL: query, Arguments: arguments}
	b.QueuedQueries = append(b.QueuedQueries, qq)
	return qq
}

// BatchResults reads the results of a batch.
type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Close() error
}
