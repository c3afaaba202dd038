// Stub of github.com/satori/go.uuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package uuid provides implementation of Universally Unique Identifier (UUID).
package uuid

// Size of a UUID in bytes.
const Size = 16

// UUID representation compliant with specification described in RFC 4122.
type UUID [Size]byte

// Nil is special form of UUID that is specified to have all 128 bits set to
// zero.
var Nil = UUID{}

func NewV1() UUID { return Nil }

func NewV4() UUID { return Nil }

func FromString(input string) (u UUID, err error) { return Nil, nil }

func Must(u UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return u
}

func (u UUID) Bytes() []byte { return u[:] }

func (u UUID) String() string { return "" }
