// Stub of github.com/segmentio/ksuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package ksuid implements K-Sortable Unique IDentifiers.
package ksuid

import "time"

const byteLength = 20

// KSUIDs are 20 bytes.
type KSUID [byteLength]byte

var Nil KSUID

func New() KSUID { return Nil }

func NewRandom() (ksuid KSUID, err error) { return Nil, nil }

func NewRandomWithTime(t time.Time) (ksuid KSUID, err error) { return Nil, nil }

func Parse(s string) (KSUID, error) { return Nil, nil }

func (i KSUID) String() string { return "" }

func (i KSUID) Bytes() []byte { return i[:] }
