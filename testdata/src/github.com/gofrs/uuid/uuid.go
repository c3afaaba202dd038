// Stub of github.com/gofrs/uuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package uuid provides implementations of the Universally Unique Identifier
// (UUID), as specified in RFC-9562.
package uuid

import "time"

// Size of a UUID in bytes.
const Size = 16

// UUID is an array type to represent the value of a UUID, as defined in
// RFC-9562.
type UUID [Size]byte

// Nil is the nil UUID, that has all 128 bits set to zero.
var Nil = UUID{}

func NewV1() (UUID, error) { return Nil, nil }

func NewV3(ns UUID, name string) UUID { return Nil }

func NewV4() (UUID, error) { return Nil, nil }

func NewV5(ns UUID, name string) UUID { return Nil }

func NewV6() (UUID, error) { return Nil, nil }

func NewV7() (UUID, error) { return Nil, nil }

func FromString(text string) (UUID, error) { return Nil, nil }

func Must(u UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return u
}

func (u UUID) Bytes() []byte { return u[:] }

func (u UUID) String() string { return "" }

// Gen is a reference UUID generator based on the specifications laid out in
// RFC-9562 and DCE 1.1.
type Gen struct {
	epochFunc func() time.Time
}

func NewGen() *Gen { return &Gen{epochFunc: time.Now} }

func (g *Gen) NewV4() (UUID, error) { return Nil, nil }
