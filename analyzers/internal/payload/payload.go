// Package payload knows which fields a serialized payload carries: an SNS
// message, a Lambda invocation payload, an S3 marker body. Payloads are
// followed from a value to where they are made:
//
//   - string literals and constants: the keys of a JSON document at any
//     depth, key=value and key: value pairs in plain text;
//   - fmt.Sprintf / Sprint and concatenation: the constant parts (a JSON
//     template's keys with their nesting), and the values that fill holes
//     when they are payloads themselves;
//   - json.Marshal, json.MarshalIndent and json.Encoder: structs by their
//     json tags (embedded structs promoted, json:"-" skipped, nested struct
//     types below their key), maps by their keys (also assigned after
//     construction, copied with maps.Copy, handed to local helpers),
//     interfaces by the values they hold;
//   - bytes.Buffer and strings.Builder contents;
//   - maps whose keys are the fields (message attributes, Glue arguments);
//   - helpers of the same package by their bodies (through the resolver),
//     of other packages by what the analyzer's facts say (Options.Helper).
//
// Which fields are required, and how names match, is the analyzer's
// business: Fields records every key at any depth (Has) and with its
// nesting (Paths, "trigger.event_id"), and the parameters of the function
// being summarised that supply the rest (Slots), so that a wrapper's
// callers can be checked at the argument.
//
// A payload that may be one of several values (a bare sentence on one
// branch, a JSON document on another) can be checked value by value with
// Alternatives; what different paths add to one and the same map or
// struct counts together within its value.
package payload

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// maxDepth bounds how far payloads are followed into each other (a hole of a
// template filled by a marshalled map whose values are maps...).
const maxDepth = 6

// Options configure an Extractor.
type Options struct {
	// Helper returns what the result of a function of another package
	// carries, from the analyzer's facts; nil when there are none.
	Helper func(fn *types.Func) (Summary, bool)
	// NestedUnknowns makes a value nested in a payload that cannot be
	// followed (an interface from an unknown source, a type that marshals
	// itself, an unquoted JSON value of a template) an unknown of the
	// payload. By default it contributes nothing: only the top level must
	// be known, for analyzers that want the fields there. Analyzers that
	// accept fields at any depth set it, so that a payload whose fields may
	// sit in such a value is not ruled to lack them.
	NestedUnknowns bool
}

// An Extractor finds the fields of payloads in one package. It is meant to
// be created per pass and is not safe for concurrent use.
type Extractor struct {
	pass *analysis.Pass
	r    *resolve.Resolver
	ev   *strval.Evaluator
	maps *resolve.Maps
	bufs *buffers // built on first use
	opts Options

	// ranges maps the key variables of range statements over maps to the
	// maps (built on first use); active holds the map copies and merges
	// being followed, so that maps copied into each other end.
	ranges map[*types.Var]ast.Expr
	active map[ast.Expr]bool

	noBody map[token.Pos]bool // uses of http.NoBody, found on first use
}

// New returns an extractor over the resolver's package.
func New(pass *analysis.Pass, r *resolve.Resolver, opts Options) *Extractor {
	return &Extractor{pass: pass, r: r, ev: strval.New(r), maps: resolve.NewMaps(r), opts: opts, active: make(map[ast.Expr]bool)}
}

// Maps returns the map-entry index the extractor uses, for analyzers that
// read map entries themselves.
func (e *Extractor) Maps() *resolve.Maps { return e.maps }

// Message returns the fields a message value carries (one leaf of a
// Message field, of a helper's result, of a hole: a string, []byte or
// *string), merged over the values it may be.
func (e *Extractor) Message(l resolve.Leaf) Fields { return e.messageNames(l, 0) }

// MessageSet returns the fields of the message values in s, merged, with
// the unknowns of s.
func (e *Extractor) MessageSet(s resolve.Set) Fields {
	var n Fields
	n.Unknowns = append(n.Unknowns, s.Unknowns...)
	for _, l := range s.Leaves {
		n.Merge(e.messageNames(l, 0))
	}
	return n
}

// Encoded returns the keys of the JSON encoding of the values in vals, of
// static type t, as a value handed to the payload (pos is where it is).
func (e *Extractor) Encoded(vals resolve.Set, t types.Type, pos token.Pos) Fields {
	return e.valueNames(vals, t, pos, 1)
}

// Marshalled returns the keys of json.Marshal(arg), arg evaluated in ctx.
func (e *Extractor) Marshalled(arg ast.Expr, ctx *resolve.Context) Fields {
	return e.marshalNames(arg, ctx, 1)
}

// Slot records in n that the parameter leaf l is kind to the payload.
func (e *Extractor) Slot(n *Fields, l resolve.Leaf, kind Kind) {
	n.AddSlot(SlotAt{Slot{l.Param, kind}, l.Expr.Pos(), e.Describe(l)})
}

// Describe names an unfollowable leaf for findings.
func (e *Extractor) Describe(l resolve.Leaf) string {
	if id, ok := l.Expr.(*ast.Ident); ok && l.Param >= 0 {
		return "parameter " + id.Name
	}
	if l.Param >= 0 {
		return "a parameter"
	}
	return e.r.Describe(l)
}

// nested keeps what a value nested in a payload surely brings (see
// Fields.Sure), and its unknowns when Options.NestedUnknowns is set.
func (e *Extractor) nested(n *Fields, isolated bool) {
	unknowns := n.Unknowns
	n.Sure(isolated)
	if e.opts.NestedUnknowns {
		n.Unknowns = unknowns
	}
}

func (e *Extractor) unknownAt(n *Fields, at ast.Node, what string) {
	n.Unknown(at.Pos(), what)
}
