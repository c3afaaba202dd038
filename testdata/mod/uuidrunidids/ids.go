package uuidrunidids // want package:`helpers\(NewID\)`

// Package uuidrunidids is a helper package of the module-mode tests: its
// facts cross package boundaries against the real uuid modules.

import (
	"github.com/google/uuid"
)

// NewID wraps the real google/uuid.
func NewID() string { // want NewID:`generated\(uuid.NewRandom\)`
	return uuid.Must(uuid.NewRandom()).String()
}

type Input struct {
	RunID string
}

// Start stores its parameter as the run id.
func Start(id string) Input { // want Start:`runid\(param0\)`
	return Input{RunID: id}
}
