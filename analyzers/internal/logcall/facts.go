package logcall

import (
	"fmt"
	"slices"
	"strings"
)

// Logged is a key and a value that reach the logs (a field of a line, or of
// a logger derived to write lines).
type Logged struct {
	Key        string
	KeyUnknown bool
	Value      Value
}

func (l Logged) String() string {
	k := l.Key
	switch {
	case l.KeyUnknown:
		k = "?"
	case k == "":
		k = "_"
	}
	return k + "=" + l.Value.String()
}

// FuncFact is the fact the model exports for a function of an analysed
// package that logs, derives or returns a logger, or returns a value worth
// knowing (one read from a struct field or passed in): its Summary.
type FuncFact struct{ Summary }

// AFact marks FuncFact as an analysis fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string { return "logcall(" + f.Summary.String() + ")" }

// PackageFact marks a package the model analysed (it imports a logging
// library, aws-lambda-go, SQS, or a package with facts): a function of it
// without a FuncFact neither logs nor returns a logger. DefaultAdds records
// that the package or one it imports calls slog.SetDefault with a logger
// that adds the Lambda request id (DefaultPlain: with one that does not).
type PackageFact struct {
	HasFacts     bool
	DefaultAdds  bool
	DefaultPlain bool
}

// AFact marks PackageFact as an analysis fact.
func (*PackageFact) AFact() {}

func (f *PackageFact) String() string {
	var parts []string
	if f.HasFacts {
		parts = append(parts, "facts")
	}
	if f.DefaultAdds {
		parts = append(parts, "default-adds-request-id")
	}
	if f.DefaultPlain {
		parts = append(parts, "default-plain")
	}
	return "logcall-package(" + strings.Join(parts, " ") + ")"
}

// A LoggerFact is what a logger a function returns carries (see Logger),
// with expressions replaced by Values.
type LoggerFact struct {
	Logged                          []Logged
	Sources, Adding, MayAdd, Opaque int
	Default                         bool
	Params                          []int
}

func (f *LoggerFact) String() string {
	var parts []string
	for _, l := range f.Logged {
		parts = append(parts, l.String())
	}
	if f.Adding > 0 {
		parts = append(parts, fmt.Sprintf("adds-request-id %d/%d", f.Adding, f.Sources))
	}
	if f.MayAdd > 0 {
		parts = append(parts, "may-add-request-id")
	}
	if f.Default {
		parts = append(parts, "default")
	}
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("from-param%d", p))
	}
	if f.Opaque > 0 {
		parts = append(parts, "opaque")
	}
	return strings.Join(parts, "; ")
}

// A Summary says what a function (or a block of code) puts into the logs,
// counting the functions it calls: same-package functions through their
// bodies, other packages' through their facts.
type Summary struct {
	// Emits is set when it writes log lines.
	Emits bool
	// Logged are the keys and values its lines carry (their own fields and
	// their loggers') and the fields of loggers it derives.
	Logged []Logged
	// RequestIDLines is set when it writes context-aware lines through a
	// logger that adds the Lambda request id; MaybeRequestIDLines when it
	// writes them through a logger the model cannot look into.
	RequestIDLines      bool
	MaybeRequestIDLines bool
	// OpaqueLines is set when it writes lines through a logger built by
	// code the model cannot follow (which may carry anything).
	OpaqueLines bool
	// LoggerParams are the parameters that are loggers it writes lines
	// through: what those loggers carry depends on the caller.
	LoggerParams []LoggerParam
	// Handed is what it hands to code the model cannot follow (a function
	// value, an interface method, a function of a package that was not
	// analysed, a channel).
	Handed Value
	// Returns is set when its first result is a logger: what it carries.
	Returns *LoggerFact
	// Result is set when its first result is a value worth knowing (not a
	// logger): what it is made of.
	Result *Value

	lines []LineRef // the lines it writes in this package, for messages
}

// A LoggerParam is a parameter that is a logger lines are written through;
// Ctx is set for context-aware lines.
type LoggerParam struct {
	Param int
	Ctx   bool
}

// A LineRef is a log line written in this package, with what the model
// knows about the request id on it.
type LineRef struct {
	Call Call
	// CtxAware: the line passes a context; AddsRequestID: its logger
	// surely adds the request id to context-aware lines.
	CtxAware, AddsRequestID bool
	// Values are what its fields are made of.
	Values []Logged
}

// Lines returns the log lines written in this package by the summarised
// code (and the same-package functions it calls), in the order found.
func (s *Summary) Lines() []LineRef { return s.lines }

// maxLines bounds the lines a summary keeps for messages.
const maxLines = 64

// addLines adds lines not there yet: a helper called from many places, or
// through many paths, counts its lines once (copying them at every call
// made summaries grow with the number of paths through the call graph).
func (s *Summary) addLines(lines ...LineRef) {
	for _, l := range lines {
		if len(s.lines) >= maxLines {
			return
		}
		if !slices.ContainsFunc(s.lines, func(have LineRef) bool { return have.Call.Call == l.Call.Call }) {
			s.lines = append(s.lines, l)
		}
	}
}

// carries reports whether the summary says something that callers in
// other packages need to see through: the loggers or values it returns, the
// parameters it logs or hands on, lines through the caller's loggers or that
// add the request id, the fields of the Lambda and SQS types it logs. A
// package whose facts only say that its functions write lines of their own
// does not make the packages importing it worth analysing.
func (s *Summary) carries() bool {
	if s.Returns != nil || s.Result != nil || len(s.LoggerParams) > 0 || s.RequestIDLines || len(s.Handed.Params) > 0 {
		return true
	}
	for _, l := range s.Logged {
		if len(l.Value.Params) > 0 || slices.ContainsFunc(l.Value.Fields, tracked) || slices.ContainsFunc(l.Value.Types, tracked) {
			return true
		}
	}
	return false
}

// tracked reports whether a field or type key belongs to the packages whose
// values the analyzers look for (aws-lambda-go, the SQS types).
func tracked(key string) bool {
	for _, p := range valuePackages {
		if strings.HasPrefix(key, p+"/") || strings.HasPrefix(key, p+".") {
			return true
		}
	}
	return false
}

// empty reports whether the summary says nothing worth a fact.
func (s *Summary) empty() bool {
	return !s.Emits && len(s.Logged) == 0 && !s.RequestIDLines && !s.MaybeRequestIDLines && !s.OpaqueLines &&
		len(s.LoggerParams) == 0 && s.Handed.Empty() && s.Returns == nil && s.Result == nil
}

func (s *Summary) addLogged(l Logged) {
	if l.Value.Empty() && l.Key == "" {
		return
	}
	for i, have := range s.Logged {
		if have.Key == l.Key && have.KeyUnknown == l.KeyUnknown {
			s.Logged[i].Value.Add(l.Value)
			return
		}
	}
	s.Logged = append(s.Logged, l)
	slices.SortFunc(s.Logged, func(a, b Logged) int {
		if c := strings.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		if a.KeyUnknown != b.KeyUnknown {
			if a.KeyUnknown {
				return 1
			}
			return -1
		}
		return 0
	})
}

func (s *Summary) addLoggerParam(p LoggerParam) {
	if !slices.Contains(s.LoggerParams, p) {
		s.LoggerParams = append(s.LoggerParams, p)
	}
}

func (s Summary) String() string {
	var parts []string
	if s.Emits {
		parts = append(parts, "emits")
	}
	for _, l := range s.Logged {
		parts = append(parts, l.String())
	}
	if s.RequestIDLines {
		parts = append(parts, "request-id-lines")
	}
	if s.MaybeRequestIDLines {
		parts = append(parts, "maybe-request-id-lines")
	}
	if s.OpaqueLines {
		parts = append(parts, "opaque-lines")
	}
	for _, p := range s.LoggerParams {
		c := ""
		if p.Ctx {
			c = " ctx"
		}
		parts = append(parts, fmt.Sprintf("lines-through-param%d%s", p.Param, c))
	}
	if !s.Handed.Empty() {
		parts = append(parts, "hands("+s.Handed.String()+")")
	}
	if s.Returns != nil {
		parts = append(parts, "returns-logger("+s.Returns.String()+")")
	}
	if s.Result != nil {
		parts = append(parts, "result("+s.Result.String()+")")
	}
	return strings.Join(parts, "; ")
}
