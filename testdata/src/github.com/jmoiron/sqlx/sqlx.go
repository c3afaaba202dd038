// Stub of github.com/jmoiron/sqlx for analysistest; checked against the real module by analyzers/runtable.

// Package sqlx provides general purpose extensions to database/sql (only the
// subset the analyzers look at is stubbed).
package sqlx

import (
	"context"
	"database/sql"
)

// Bind types.
const (
	UNKNOWN = iota
	QUESTION
	DOLLAR
	NAMED
	AT
)

// Execer is an interface used by MustExec and LoadFile.
type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

// ExecerContext is an interface used by MustExecContext and LoadFileContext.
type ExecerContext interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

// Queryer is an interface used by Get and Select.
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

type binder interface {
	DriverName() string
	Rebind(string) string
	BindNamed(string, interface{}) (string, []interface{}, error)
}

// Ext is a union interface which can bind, query, and exec.
type Ext interface {
	binder
	Queryer
	Execer
}

// Row is a reimplementation of sql.Row.
type Row struct {
	err error
}

// Rows is a wrapper around sql.Rows.
type Rows struct {
	*sql.Rows
}

// DB is a wrapper around sql.DB.
type DB struct {
	*sql.DB
	driverName string
}

// Open is the same as sql.Open, but returns an *sqlx.DB instead.
func Open(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }

// Connect to a database and verify with a ping.
func Connect(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }

// NewDb returns a new sqlx DB wrapper for a pre-existing *sql.DB.
func NewDb(db *sql.DB, driverName string) *DB { return &DB{DB: db, driverName: driverName} }

// DriverName returns the driverName passed to the Open function for this DB.
func (db *DB) DriverName() string { return db.driverName }

// Rebind transforms a query from QUESTION to the DB driver's bindvar type.
func (db *DB) Rebind(query string) string { return query }

// BindNamed binds a query using the DB driver's bindvar type.
func (db *DB) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	return query, nil, nil
}

// NamedExec using this DB.
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// NamedExecContext using this DB.
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

// NamedQuery using this DB.
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error) { return nil, nil }

// Select using this DB.
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }

// Get using this DB.
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }

// Queryx queries the database and returns an *sqlx.Rows.
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error) { return nil, nil }

// QueryRowx queries the database and returns an *sqlx.Row.
func (db *DB) QueryRowx(query string, args ...interface{}) *Row { return nil }

// MustExec (panic) runs MustExec using this database.
func (db *DB) MustExec(query string, args ...interface{}) sql.Result { return nil }

// MustExecContext (panic) runs MustExec using this database.
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}

// Preparex returns an sqlx.Stmt instead of a sql.Stmt.
func (db *DB) Preparex(query string) (*Stmt, error) { return &Stmt{}, nil }

// PrepareNamed returns an sqlx.NamedStmt.
func (db *DB) PrepareNamed(query string) (*NamedStmt, error) { return &NamedStmt{}, nil }

// Beginx begins a transaction and returns an *sqlx.Tx instead of an *sql.Tx.
func (db *DB) Beginx() (*Tx, error) { return &Tx{}, nil }

// MustBegin starts a transaction, and panics on error.
func (db *DB) MustBegin() *Tx { return &Tx{} }

// Tx is an sqlx wrapper around sql.Tx with extra functionality.
type Tx struct {
	*sql.Tx
	driverName string
}

// DriverName returns the driverName used by the DB which began this transaction.
func (tx *Tx) DriverName() string { return tx.driverName }

// Rebind a query within a transaction's bindvar type.
func (tx *Tx) Rebind(query string) string { return query }

// BindNamed binds a query within a transaction's bindvar type.
func (tx *Tx) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	return query, nil, nil
}

// NamedExec a named query within a transaction.
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// MustExec runs MustExec within a transaction.
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result { return nil }

// Queryx within a transaction.
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error) { return nil, nil }

// QueryRowx within a transaction.
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row { return nil }

// Preparex a statement within a transaction.
func (tx *Tx) Preparex(query string) (*Stmt, error) { return &Stmt{}, nil }

// Stmtx returns a version of the prepared statement which runs within a transaction.
func (tx *Tx) Stmtx(stmt interface{}) *Stmt { return &Stmt{} }

// Stmt is an sqlx wrapper around sql.Stmt with extra functionality.
type Stmt struct {
	*sql.Stmt
	unsafe bool
}

// MustExec (panic) using this statement.
func (s *Stmt) MustExec(args ...interface{}) sql.Result { return nil }

// NamedStmt is a prepared statement that executes named queries.
type NamedStmt struct {
	Params      []string
	QueryString string
	Stmt        *Stmt
}

// Exec executes a named statement using the struct passed.
func (n *NamedStmt) Exec(arg interface{}) (sql.Result, error) { return nil, nil }

// MustExec execs a NamedStmt, panicing on error.
func (n *NamedStmt) MustExec(arg interface{}) sql.Result { return nil }

// MustExec execs the query using e and panics if there was an error.
func MustExec(e Execer, query string, args ...interface{}) sql.Result { return nil }

// MustExecContext execs the query using e and panics if there was an error.
func MustExecContext(ctx context.Context, e ExecerContext, query string, args ...interface{}) sql.Result {
	return nil
}

// NamedExec uses BindStruct to get a query executable by the driver and
// then runs Exec on the result.
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error) { return nil, nil }

// Rebind a query from the default bindtype (QUESTION) to the target bindtype.
func Rebind(bindType int, query string) string { return query }

// In expands slice values in args, returning the modified query string and a
// new arg list that can be executed by a database.
func In(query string, args ...interface{}) (string, []interface{}, error) { return query, args, nil }
