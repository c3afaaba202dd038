// Stub of github.com/google/uuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package uuid generates and inspects UUIDs.
package uuid

import "io"

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC
// 9562.
type UUID [16]byte

var (
	NameSpaceDNS = Must(Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	Nil          UUID // empty UUID, all zeros
)

func Parse(s string) (UUID, error) { return Nil, nil }

func MustParse(s string) UUID { return Nil }

func Must(uuid UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return uuid
}

func New() UUID { return Must(NewRandom()) }

func NewString() string { return Must(NewRandom()).String() }

func NewRandom() (UUID, error) { return Nil, nil }

func NewRandomFromReader(r io.Reader) (UUID, error) { return Nil, nil }

func NewUUID() (UUID, error) { return Nil, nil }

func NewV6() (UUID, error) { return Nil, nil }

func NewV7() (UUID, error) { return Nil, nil }

func NewV7FromReader(r io.Reader) (UUID, error) { return Nil, nil }

func NewSHA1(space UUID, data []byte) UUID { return Nil }

func NewMD5(space UUID, data []byte) UUID { return Nil }

func (uuid UUID) String() string { return "" }

func (uuid UUID) URN() string { return "urn:uuid:" + uuid.String() }

func (uuid UUID) MarshalText() ([]byte, error) { return nil, nil }

func (uuid UUID) MarshalBinary() ([]byte, error) { return uuid[:], nil }
