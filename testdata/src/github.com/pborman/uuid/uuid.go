// Stub of github.com/pborman/uuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package uuid generates and inspects UUIDs.
package uuid

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC
// 4122.
type UUID []byte

func New() string { return NewRandom().String() }

func NewRandom() UUID { return nil }

func NewUUID() UUID { return nil }

func Parse(s string) UUID { return nil }

func (uuid UUID) String() string { return "" }
