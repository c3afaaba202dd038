package payload

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A Kind says what a parameter of the function being summarised is to a
// payload, so that the function's callers can be checked at the argument.
type Kind uint8

// The kinds the extractor finds. Analyzers number the kinds of their own
// (a whole operation input, an envelope) from Custom on.
const (
	Message  Kind = iota + 1 // the whole message text
	Messages                 // messages sent one by one (a slice, also variadic)
	Part                     // part of the message text: only the fields it surely carries count
	Hole                     // a value in the text ("run %s failed"): no fields of its own
	Value                    // a value encoded as the message (a map, an interface)
	Nested                   // a value nested in an encoded message: only the keys it surely has count
	Keys                     // a map whose keys are fields (message attributes)
	Reader                   // an io.Reader the payload is read from (an S3 object body)

	// Custom is the first kind an analyzer may define for itself.
	Custom Kind = 32
)

var kindNames = map[Kind]string{
	Message: "message", Messages: "messages", Part: "part", Hole: "hole",
	Value: "value", Nested: "nested", Keys: "keys", Reader: "reader",
}

func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return "kind" + strconv.Itoa(int(k))
}

// A Slot is a parameter of the function being summarised that supplies
// (part of) a payload, and what it is to the payload. It is what facts
// record.
type Slot struct {
	Param int
	Kind  Kind
}

// A SlotAt is a Slot found in the code: where, and how to name it in a
// finding.
type SlotAt struct {
	Slot
	Pos  token.Pos
	What string
}

// Fields is what is known about the fields of a payload or of a part of
// one: the names some source provides (Has: every key at any depth, as
// spelled in the code), the sources that could not be followed (Unknowns),
// the paths of the keys (Paths), and the parameters of the summarised
// function that supply the rest (Slots).
//
// A path is the keys from the top of the document down to a key, joined by
// '.': trigger.event_id is the key event_id of the object under the key
// trigger. Arrays are transparent (the keys of the objects in an array
// under metrics are under metrics), and text that is not a JSON document
// has its keys at the top.
type Fields struct {
	resolve.Names
	Paths map[string]bool
	Slots []SlotAt
}

// Join returns the path of key under prefix.
func Join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// AddPath records a key at path (the key is its last segment).
func (f *Fields) AddPath(path string) {
	if f.Paths == nil {
		f.Paths = make(map[string]bool)
	}
	f.Paths[path] = true
	f.Add(path[strings.LastIndexByte(path, '.')+1:])
}

// AddKey records a key at the top level.
func (f *Fields) AddKey(key string) {
	if key == "" {
		f.Add(key)
		return
	}
	if f.Paths == nil {
		f.Paths = make(map[string]bool)
	}
	f.Paths[key] = true
	f.Add(key)
}

// AddSlot records a parameter slot (once).
func (f *Fields) AddSlot(s SlotAt) {
	if !slices.ContainsFunc(f.Slots, func(t SlotAt) bool { return t.Slot == s.Slot }) {
		f.Slots = append(f.Slots, s)
	}
}

// Unknown records a source that cannot be followed.
func (f *Fields) Unknown(pos token.Pos, what string) {
	f.Unknowns = append(f.Unknowns, resolve.Unknown{Pos: pos, What: what})
}

// Merge adds everything g knows to f.
func (f *Fields) Merge(g Fields) {
	f.Names.Merge(g.Names)
	for p := range g.Paths {
		if f.Paths == nil {
			f.Paths = make(map[string]bool, len(g.Paths))
		}
		f.Paths[p] = true
	}
	for _, s := range g.Slots {
		f.AddSlot(s)
	}
}

// Under returns f with its paths moved below prefix (a value nested under
// a key).
func (f Fields) Under(prefix string) Fields {
	if prefix == "" || len(f.Paths) == 0 {
		return f
	}
	paths := make(map[string]bool, len(f.Paths))
	for p := range f.Paths {
		paths[Join(prefix, p)] = true
	}
	f.Paths = paths
	return f
}

// Sure keeps what a part of a payload surely brings: what cannot be
// followed brings nothing, and a parameter that would be a whole message or
// value is only a part of one. An isolated part (one that may be the
// caller's message, decorated by the text around it) stays a Part; any
// other is a value in the text, a Hole.
func (f *Fields) Sure(isolated bool) {
	f.Unknowns = nil
	slots := f.Slots
	f.Slots = nil
	for _, s := range slots {
		switch s.Kind {
		case Message, Part:
			s.Kind = Hole
			if isolated {
				s.Kind = Part
			}
		case Value:
			s.Kind = Nested
		case Hole, Nested:
		default:
			continue
		}
		f.AddSlot(s)
	}
}

// Summary returns what a function's result carries, for a fact of the
// helper: parameters that fill holes of the text are Params, parameters
// that are the whole of it make it incomplete, nested ones add nothing.
func (f Fields) Summary() Summary {
	var s Summary
	s.Keys = f.Sorted()
	for p := range f.Paths {
		s.Paths = append(s.Paths, p)
	}
	slices.Sort(s.Paths)
	s.Incomplete = len(f.Unknowns) > 0
	for _, sl := range f.Slots {
		switch sl.Kind {
		case Part, Hole:
			if !slices.Contains(s.Params, sl.Param) {
				s.Params = append(s.Params, sl.Param)
			}
		case Nested:
		default:
			s.Incomplete = true
		}
	}
	return s
}

// Forwardable returns the slots that fn, the function being summarised,
// can leave to its callers: not a value in the text, and a part only when
// the parameter can hold a message (a string, []byte or *string; an error
// or a number in the text is a value without fields).
func Forwardable(fn *types.Func, slots []SlotAt) []SlotAt {
	if fn == nil {
		return nil
	}
	sig := fn.Signature()
	var out []SlotAt
	for _, s := range slots {
		if s.Param < 0 || s.Param >= sig.Params().Len() || s.Kind == Hole {
			continue
		}
		if s.Kind == Part && !IsMessageType(sig.Params().At(s.Param).Type()) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// A Summary is what a helper's result carries, as an analyzer's fact
// records it for callers in other packages.
type Summary struct {
	Keys []string // every key at any depth, sorted, as spelled in the code
	// Paths are the keys with their nesting (see Fields); nil when the
	// fact does not record them (the keys are then known at no path).
	Paths []string
	// Params are the indexes of parameters whose values are parts of the
	// result (they fill holes of its text): the fields an argument surely
	// carries are added at the call.
	Params []int
	// Incomplete is set when part of the result could not be followed.
	Incomplete bool
}

// CheckPaths tests the paths against requirements as resolve.Names.Check
// tests names: each requirement is a list of alternative paths
// ("trigger.event_id"), compared segment by segment in the form key gives
// (nil for exact comparison).
func (f Fields) CheckPaths(required [][]string, key func(string) string) ([]string, resolve.Verdict) {
	if key == nil {
		key = func(s string) string { return s }
	}
	norm := func(p string) string {
		segs := strings.Split(p, ".")
		for i, s := range segs {
			segs[i] = key(s)
		}
		return strings.Join(segs, ".")
	}
	have := resolve.Names{Unknowns: f.Unknowns}
	for p := range f.Paths {
		have.Add(norm(p))
	}
	return have.Check(required, norm)
}
