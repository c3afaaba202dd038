// Package other provides values from another package.
package other

const Name = "other-const"

var Mutable = "other-var"

func Make() []string { return []string{"made"} }
func NewID() string  { return "id" }
