// Stub of github.com/rs/xid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package xid is a globally unique id generator suited for web scale.
package xid

const rawLen = 12

// ID represents a unique request id.
type ID [rawLen]byte

func New() ID { return ID{} }

func FromString(id string) (ID, error) { return ID{}, nil }

func (id ID) String() string { return "" }
