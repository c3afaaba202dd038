// Stub of github.com/hashicorp/go-uuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package uuid generates random UUIDs as strings.
package uuid

import "io"

func GenerateRandomBytes(size int) ([]byte, error) { return make([]byte, size), nil }

func GenerateUUID() (string, error) { return "", nil }

func GenerateUUIDWithReader(reader io.Reader) (string, error) { return "", nil }

func FormatUUID(buf []byte) (string, error) { return "", nil }
