package logcall

import (
	"strings"
)

const logrusPath = "github.com/sirupsen/logrus"

// logrus classifies github.com/sirupsen/logrus: the package functions (the
// standard logger), *logrus.Logger, *logrus.Entry and the FieldLogger
// interfaces: WithField(key, value), WithFields(logrus.Fields{...}),
// WithError(err), WithContext(ctx) derive an entry; Info, Infof, Infoln (and
// every other level, Print and Warning), Log, Logf and Logln emit.
func (c *classifier) logrus() bool {
	name := c.fn.Name()
	args := c.args()
	c.out.Lib = Logrus
	// Any receiver: *Logger, *Entry, and the interfaces FieldLogger is
	// made of (StdLogger, InfoLogger...), whose methods calls through a
	// FieldLogger resolve to.
	switch name {
	case "WithField":
		if len(args) == 2 {
			c.keyed(args[0], args[1])
		}
		return c.derive()
	case "WithFields":
		if len(args) == 1 {
			c.holder(FormMap, args[0])
		}
		return c.derive()
	case "WithError":
		if len(args) == 1 {
			c.named("error", args[0])
		}
		return c.derive()
	case "WithContext":
		if len(args) == 1 {
			c.out.Ctx = args[0]
		}
		return c.derive()
	case "WithTime", "StandardLogger":
		return c.derive()
	case "NewEntry":
		if len(args) == 1 {
			c.out.Kind = Derive
			c.out.Logger = args[0]
			return true
		}
		return false
	case "New":
		if c.isFunc() {
			c.out.Kind = Construct
			return true
		}
		return false
	}
	if rest, ok := strings.CutPrefix(name, "Log"); ok && (rest == "" || rest == "f" || rest == "ln") {
		if len(args) == 0 {
			return false
		}
		name, args = "Info"+rest, args[1:]
	}
	for _, suffix := range []string{"ln", "f", ""} {
		base, ok := strings.CutSuffix(name, suffix)
		if !ok || !logrusLevels[base] {
			continue
		}
		if suffix == "f" {
			if len(args) == 0 {
				return false
			}
			c.printf(args[0], args[1:])
		} else {
			c.values(args)
		}
		return c.emit()
	}
	return false
}

var logrusLevels = map[string]bool{
	"Trace": true, "Debug": true, "Info": true, "Print": true, "Warn": true, "Warning": true,
	"Error": true, "Fatal": true, "Panic": true,
}
