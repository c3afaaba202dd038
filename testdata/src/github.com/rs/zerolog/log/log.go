// Stub of github.com/rs/zerolog/log for analysistest; checked against the real module by analyzers/internal/logcall.

// Package log provides a global logger for zerolog.
package log

import (
	"context"

	"github.com/rs/zerolog"
)

// Logger is the global logger.
var Logger = zerolog.New(nil)

func With() zerolog.Context                   { return Logger.With() }
func Ctx(ctx context.Context) *zerolog.Logger { return zerolog.Ctx(ctx) }
func Debug() *zerolog.Event                   { return Logger.Debug() }
func Info() *zerolog.Event                    { return Logger.Info() }
func Warn() *zerolog.Event                    { return Logger.Warn() }
func Error() *zerolog.Event                   { return Logger.Error() }
func Err(err error) *zerolog.Event            { return Logger.Err(err) }
func Print(v ...interface{})                  { Logger.Print(v...) }
func Printf(format string, v ...interface{})  { Logger.Printf(format, v...) }
