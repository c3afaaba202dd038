// Stub of github.com/jackc/pgx/v5/pgconn for analysistest; checked against the real module by analyzers/runtable.

// Package pgconn is a low-level PostgreSQL database driver (only the subset
// the analyzers look at is stubbed).
package pgconn

// CommandTag is the status text returned by PostgreSQL for a query.
type CommandTag struct {
	s string
}

// NewCommandTag makes a CommandTag from s.
func NewCommandTag(s string) CommandTag { return CommandTag{s: s} }

// RowsAffected returns the number of rows affected.
func (ct CommandTag) RowsAffected() int64 { return 0 }

func (ct CommandTag) String() string { return ct.s }
