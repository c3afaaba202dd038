// Stub of github.com/rs/zerolog for analysistest; checked against the real module by analyzers/internal/logcall.

// Package zerolog provides a fast and simple logger dedicated to JSON output.
package zerolog

import (
	"context"
	"fmt"
	"io"
)

// Level defines log levels.
type Level int8

// A Logger represents an active logging object that generates lines of JSON
// output to an io.Writer.
type Logger struct {
	w       io.Writer
	context []byte
}

// Context configures a new sub-logger with contextual fields.
type Context struct {
	l Logger
}

// Event represents a log event.
type Event struct {
	buf []byte
	ctx context.Context
}

type ctxKey struct{}

func New(w io.Writer) Logger { return Logger{w: w} }
func Nop() Logger            { return New(nil) }
func Dict() *Event           { return &Event{} }

func Ctx(ctx context.Context) *Logger {
	if l, ok := ctx.Value(ctxKey{}).(*Logger); ok {
		return l
	}
	return &Logger{}
}

func (l Logger) WithContext(ctx context.Context) context.Context {
	return context.WithValue(ctx, ctxKey{}, &l)
}

func (l Logger) With() Context          { return Context{l} }
func (l Logger) Level(lvl Level) Logger { return l }

func (l *Logger) Trace() *Event                { return &Event{} }
func (l *Logger) Debug() *Event                { return &Event{} }
func (l *Logger) Info() *Event                 { return &Event{} }
func (l *Logger) Warn() *Event                 { return &Event{} }
func (l *Logger) Error() *Event                { return &Event{} }
func (l *Logger) Err(err error) *Event         { return &Event{} }
func (l *Logger) Fatal() *Event                { return &Event{} }
func (l *Logger) Log() *Event                  { return &Event{} }
func (l *Logger) WithLevel(level Level) *Event { return &Event{} }

func (l *Logger) Print(v ...interface{})                 {}
func (l *Logger) Printf(format string, v ...interface{}) {}

func (l *Logger) UpdateContext(update func(c Context) Context) {}

func (c Context) Logger() Logger                                { return c.l }
func (c Context) Str(key, val string) Context                   { return c }
func (c Context) Int(key string, i int) Context                 { return c }
func (c Context) Interface(key string, i interface{}) Context   { return c }
func (c Context) Any(key string, i interface{}) Context         { return c }
func (c Context) Err(err error) Context                         { return c }
func (c Context) Fields(fields interface{}) Context             { return c }
func (c Context) Ctx(ctx context.Context) Context               { return c }
func (c Context) Timestamp() Context                            { return c }
func (c Context) Stringer(key string, val fmt.Stringer) Context { return c }

func (e *Event) Str(key, val string) *Event                   { return e }
func (e *Event) Strs(key string, vals []string) *Event        { return e }
func (e *Event) Int(key string, i int) *Event                 { return e }
func (e *Event) Interface(key string, i interface{}) *Event   { return e }
func (e *Event) Any(key string, i interface{}) *Event         { return e }
func (e *Event) Stringer(key string, val fmt.Stringer) *Event { return e }
func (e *Event) Err(err error) *Event                         { return e }
func (e *Event) Fields(fields interface{}) *Event             { return e }
func (e *Event) Dict(key string, dict *Event) *Event          { return e }
func (e *Event) Ctx(ctx context.Context) *Event               { e.ctx = ctx; return e }
func (e *Event) Timestamp() *Event                            { return e }
func (e *Event) Msg(msg string)                               {}
func (e *Event) Msgf(format string, v ...interface{})         {}
func (e *Event) Send()                                        {}
