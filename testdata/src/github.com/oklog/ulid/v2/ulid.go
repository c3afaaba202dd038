// Stub of github.com/oklog/ulid/v2 for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package ulid implements Universally Unique Lexicographically Sortable
// Identifiers.
package ulid

import "io"

// An ULID is a 16 byte Universally Unique Lexicographically Sortable
// Identifier.
type ULID [16]byte

func New(ms uint64, entropy io.Reader) (id ULID, err error) { return id, nil }

func MustNew(ms uint64, entropy io.Reader) ULID { return ULID{} }

func Parse(ulid string) (id ULID, err error) { return id, nil }

func Now() uint64 { return 0 }

func (id ULID) String() string { return "" }

func Make() (id ULID) { return id }
