// Stub of go.uber.org/zap/zapcore for analysistest; checked against the real module by analyzers/internal/logcall.

// Package zapcore defines the low-level interfaces of zap.
package zapcore

// A Level is a logging priority.
type Level int8

const (
	DebugLevel Level = iota - 1
	InfoLevel
	WarnLevel
	ErrorLevel
)

// A FieldType indicates which member of the Field union struct should be
// used and how it should be serialized.
type FieldType uint8

// A Field is a marshaling operation used to add a key-value pair to a
// logger's context.
type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}

// CheckedEntry is an Entry together with the cores that have agreed to log
// it.
type CheckedEntry struct {
	fields []Field
}

func (ce *CheckedEntry) Write(fields ...Field) { ce.fields = fields }
