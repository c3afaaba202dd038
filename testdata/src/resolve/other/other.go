// Package other provides values from another package.
package other

const Name = "other-const"

var Mutable = "other-var"

func Make() []string { return []string{"made"} }
func NewID() string  { return "id" }

// Context is an opaque value of another package with fields.
type Context struct {
	RequestID string
	Inner     Inner
	Items     []Item
}

type Inner struct{ Deep string }

type Item struct{ ID *string }

func FromContext() (*Context, bool) { return &Context{}, true }

func Items() []Item { return nil }

var Current Context

// Touch may change what it is handed.
func Touch(p any) {}
