// Stub of go.uber.org/zap for analysistest; checked against the real module by analyzers/internal/logcall.

// Package zap provides fast, structured, leveled logging.
package zap

import (
	"fmt"

	"go.uber.org/zap/zapcore"
)

// Field is an alias for Field.
type Field = zapcore.Field

// An Option configures a Logger.
type Option interface {
	apply(*Logger)
}

// A Logger provides fast, leveled, structured logging.
type Logger struct {
	fields []Field
}

// A SugaredLogger wraps the base Logger functionality in a slower, but less
// verbose, API.
type SugaredLogger struct {
	base *Logger
}

var global = &Logger{}

func L() *Logger        { return global }
func S() *SugaredLogger { return global.Sugar() }
func NewNop() *Logger   { return &Logger{} }

func NewProduction(options ...Option) (*Logger, error) { return &Logger{}, nil }

func Must(logger *Logger, err error) *Logger {
	if err != nil {
		panic(err)
	}
	return logger
}

func String(key string, val string) Field         { return Field{Key: key, String: val} }
func Int(key string, val int) Field               { return Field{Key: key, Integer: int64(val)} }
func Any(key string, value interface{}) Field     { return Field{Key: key, Interface: value} }
func Stringer(key string, val fmt.Stringer) Field { return Field{Key: key, Interface: val} }
func Error(err error) Field                       { return Field{Key: "error", Interface: err} }
func Namespace(key string) Field                  { return Field{Key: key} }
func Dict(key string, val ...Field) Field         { return Field{Key: key, Interface: val} }

func (log *Logger) Debug(msg string, fields ...Field) {}
func (log *Logger) Info(msg string, fields ...Field)  {}
func (log *Logger) Warn(msg string, fields ...Field)  {}
func (log *Logger) Error(msg string, fields ...Field) {}

func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field) {}

func (log *Logger) With(fields ...Field) *Logger {
	return &Logger{fields: append(append([]Field(nil), log.fields...), fields...)}
}

func (log *Logger) Named(s string) *Logger { return log }

func (log *Logger) Check(lvl zapcore.Level, msg string) *zapcore.CheckedEntry {
	return &zapcore.CheckedEntry{}
}

func (log *Logger) Sugar() *SugaredLogger { return &SugaredLogger{base: log} }

func (log *Logger) Sync() error { return nil }

func (s *SugaredLogger) Debug(args ...interface{})                                        {}
func (s *SugaredLogger) Info(args ...interface{})                                         {}
func (s *SugaredLogger) Error(args ...interface{})                                        {}
func (s *SugaredLogger) Infof(template string, args ...interface{})                       {}
func (s *SugaredLogger) Errorf(template string, args ...interface{})                      {}
func (s *SugaredLogger) Infoln(args ...interface{})                                       {}
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})                   {}
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{})                   {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Logw(lvl zapcore.Level, msg string, keysAndValues ...interface{}) {}

func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger { return s }
func (s *SugaredLogger) Named(name string) *SugaredLogger        { return s }
func (s *SugaredLogger) Desugar() *Logger                        { return s.base }
func (s *SugaredLogger) Sync() error                             { return nil }
