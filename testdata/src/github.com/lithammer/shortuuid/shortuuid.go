// Stub of github.com/lithammer/shortuuid for analysistest; checked against the real module by analyzers/uuidrunid (TestStubsMatchRealModules).

// Package shortuuid generates concise, unambiguous, URL-safe UUIDs.
package shortuuid

func New() string { return "" }

func NewWithNamespace(name string) string { return "" }
