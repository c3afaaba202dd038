// Package quiet imports no logging library: the model does not analyse it
// and exports no fact.
package quiet

// Upper is not analysed.
func Upper(s string) string { return s }
