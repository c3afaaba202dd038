// Stub of github.com/aws/jsii-runtime-go for analysistest; checked against the real CDK module by analyzers/propagation.

// Package jsii provides the pointer helpers AWS CDK for Go code uses.
package jsii

// Bool returns a pointer to the provided bool.
func Bool(v bool) *bool { return &v }

// String returns a pointer to the provided string.
func String(v string) *string { return &v }
