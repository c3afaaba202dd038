// Stub of github.com/sirupsen/logrus for analysistest; checked against the real module by analyzers/internal/logcall.

// Package logrus is a structured logger for Go.
package logrus

import (
	"context"
	"io"
	"os"
)

// Fields type, used to pass to WithFields.
type Fields map[string]any

// Level type.
type Level uint32

// Logger is the logger.
type Logger struct {
	Out io.Writer
}

// An entry is the final or intermediate Logrus logging entry.
type Entry struct {
	Logger  *Logger
	Data    Fields
	Context context.Context
}

// FieldLogger generalizes the Entry and Logger types.
type FieldLogger interface {
	WithField(key string, value any) *Entry
	WithFields(fields Fields) *Entry
	WithError(err error) *Entry

	Info(args ...any)
	Infof(format string, args ...any)
	Infoln(args ...any)
	Warn(args ...any)
	Error(args ...any)
	Errorf(format string, args ...any)
}

var std = New()

func New() *Logger                   { return &Logger{Out: os.Stderr} }
func StandardLogger() *Logger        { return std }
func NewEntry(logger *Logger) *Entry { return &Entry{Logger: logger, Data: Fields{}} }

func WithField(key string, value any) *Entry { return std.WithField(key, value) }
func WithFields(fields Fields) *Entry        { return std.WithFields(fields) }
func WithError(err error) *Entry             { return std.WithError(err) }
func WithContext(ctx context.Context) *Entry { return std.WithContext(ctx) }
func Info(args ...any)                       {}
func Infof(format string, args ...any)       {}
func Warn(args ...any)                       {}
func Errorf(format string, args ...any)      {}

func (logger *Logger) WithField(key string, value any) *Entry { return NewEntry(logger) }
func (logger *Logger) WithFields(fields Fields) *Entry        { return NewEntry(logger) }
func (logger *Logger) WithError(err error) *Entry             { return NewEntry(logger) }
func (logger *Logger) WithContext(ctx context.Context) *Entry { return NewEntry(logger) }
func (logger *Logger) Info(args ...any)                       {}
func (logger *Logger) Infof(format string, args ...any)       {}
func (logger *Logger) Errorf(format string, args ...any)      {}
func (logger *Logger) Infoln(args ...any)                     {}
func (logger *Logger) Warn(args ...any)                       {}
func (logger *Logger) Error(args ...any)                      {}
func (logger *Logger) Log(level Level, args ...any)           {}

func (entry *Entry) WithField(key string, value any) *Entry { return entry }
func (entry *Entry) WithFields(fields Fields) *Entry        { return entry }
func (entry *Entry) WithError(err error) *Entry             { return entry }
func (entry *Entry) WithContext(ctx context.Context) *Entry { return entry }
func (entry *Entry) Info(args ...any)                       {}
func (entry *Entry) Infof(format string, args ...any)       {}
func (entry *Entry) Warn(args ...any)                       {}
func (entry *Entry) Error(args ...any)                      {}
func (entry *Entry) Errorf(format string, args ...any)      {}
func (entry *Entry) Infoln(args ...any)                     {}
