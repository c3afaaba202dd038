// Stub of github.com/aws/constructs-go/constructs/v10 for analysistest; checked against the real CDK module by analyzers/propagation.

// Package constructs is the constructs programming model (no methods of
// Construct are stubbed).
package constructs

// Represents the building block of the construct graph.
type Construct interface{}
