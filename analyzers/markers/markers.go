// Package markers defines an analyzer that reports S3 marker files written
// without the correlation identifiers they must carry: by default a
// _SUCCESS marker carries run_id, execution_arn, trigger.event_id,
// trigger.event_time, trigger.etag, trigger.version_id and metrics, and a
// _LATEST.json pointer carries run_id, glue_job_run_id, execution_arn,
// promoted_at and schema_version. An empty _SUCCESS (the Hadoop habit) is a
// finding too.
//
// A marker is an object written (PutObject, the upload managers, of both
// SDKs) under a key whose last segment is the marker's name; keys are
// evaluated into templates (strval: constants, concatenation, fmt.Sprintf,
// path.Join, helpers, KeysFact for helpers of other packages). Bodies are
// read with the shared payload package: readers of JSON documents,
// json.Marshal and json.Encoder of structs (by their json tags, nested
// structs below their key) and maps, Sprintf templates, buffers, helpers
// (BodyFact for helpers of other packages). Field names match in any style
// (execution_arn, executionArn), nested fields segment by segment.
//
// Wrappers that write a key, a body or an input their callers give forward
// it: the callers are checked at the argument (ForwardsFact for wrappers of
// other packages).
package markers

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "markers"

const doc = `report S3 marker files (_SUCCESS, _LATEST.json) without their correlation fields

An object written under a key whose last segment is a marker's name
(PutObject, the upload managers, of both SDKs) must carry the marker's fields
in its JSON body: _SUCCESS: run_id, execution_arn, trigger.event_id,
trigger.event_time, trigger.etag, trigger.version_id, metrics; _LATEST.json:
run_id, glue_job_run_id, execution_arn, promoted_at, schema_version. Nested
names are paths into the JSON (trigger.event_id); names match in any style
(execution_arn, executionArn). An empty _SUCCESS, the Hadoop habit, is
reported. Strict mode also reports marker bodies that cannot be followed.
Suppress a finding with //tracelint:ignore markers <reason>.`

// A Marker is a metadata file and the fields its body must carry.
type Marker struct {
	// Name is the file name: the last segment of the key (exact).
	Name string
	// Fields are the required fields, each a list of alternatives; a
	// field is a path into the JSON body ("trigger.event_id").
	Fields [][]string
}

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	Markers []Marker
	// Strict reports marker bodies (and keys of writes that may be
	// markers) that cannot be followed.
	Strict bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{Markers: []Marker{
		{Name: "_SUCCESS", Fields: [][]string{
			{"run_id"}, {"execution_arn"},
			{"trigger.event_id"}, {"trigger.event_time"}, {"trigger.etag"}, {"trigger.version_id"},
			{"metrics"},
		}},
		{Name: "_LATEST.json", Fields: [][]string{
			{"run_id"}, {"glue_job_run_id"}, {"execution_arn"}, {"promoted_at"}, {"schema_version"},
		}},
	}}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{Markers: copyMarkers(opts.Markers), Strict: opts.Strict}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/markers.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(KeysFact), new(BodyFact), new(ForwardsFact), new(WritersFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(&fieldsFlag{&o.Markers}, "fields",
		"the markers and their fields: NAME:field,field;NAME:field (a field is a path into the JSON body, "+
			"trigger.event_id; '|' separates alternatives; names match in any style)")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report marker bodies that cannot be followed ("cannot verify")`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

func copyMarkers(ms []Marker) []Marker {
	out := make([]Marker, len(ms))
	for i, m := range ms {
		out[i] = Marker{Name: m.Name, Fields: make([][]string, len(m.Fields))}
		for j, alts := range m.Fields {
			out[i].Fields[j] = append([]string(nil), alts...)
		}
	}
	return out
}

func run(pass *analysis.Pass, o *Options) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	// Writes are checked in packages that import an S3 package or a
	// package with exported wrappers (known by its package fact).
	writes, skip := s3write.Applies(pass, new(WritersFact))
	if skip {
		return nil, nil
	}
	// Any package may declare key or body helpers; they need no S3 import
	// (except in dependencies that reach neither AWS nor a database: see
	// resolve.Peripheral).
	var keys, bodies []*types.Func
	if !resolve.Peripheral(pass) {
		keys, bodies = keyHelpers(pass, o), bodyHelpers(pass, o)
	}
	if !writes && len(keys) == 0 && len(bodies) == 0 {
		return nil, nil // a look at the imports and declarations
	}
	c := newChecker(pass, o, rep)
	c.exportKeyFacts(keys)
	c.exportBodyFacts(bodies)
	if writes {
		c.checkPackage()
	}
	return nil, nil
}
