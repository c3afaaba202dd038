// Package other has a helper the probe's Helper option knows.
package other

// Helper returns a message with helper_key and the fields of part.
func Helper(part string) string { return "helper_key=1 " + part }

// Unknown is a helper nothing is known about.
func Unknown() string { return "" }
