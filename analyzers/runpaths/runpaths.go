// Package runpaths defines an analyzer that reports S3 data objects written
// under Hive-style partitioned keys (raw/orders/dt=2024-01-01/part-0.parquet)
// without a run_id= segment, which ties every output to the run that wrote
// it.
//
// Writes are PutObject, CopyObject (its destination), CreateMultipartUpload
// and the upload managers, of both SDKs, matched by input type. Keys are
// evaluated into templates (strval): constants, concatenation, fmt.Sprintf,
// path.Join, strings.Join, helpers of the same package (by their bodies) and
// of other packages (by facts recording their result's templates, KeysFact).
// Wrappers that write a key or an input their callers give forward it: the
// callers are checked at the argument (ForwardsFact for wrappers of other
// packages).
package runpaths

import (
	"fmt"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "runpaths"

const doc = `report S3 data objects written under partitioned keys without a run_id= segment

An object written under a key with Hive-style partition segments
(raw/orders/dt=2024-01-01/part-0.parquet) must carry a run_id= segment, anywhere
in the key (dt=D/run_id=R/part-0.parquet), so that every output can be traced
to the Step Functions execution that wrote it. Writes: PutObject, CopyObject
(destination), CreateMultipartUpload and the upload managers, of both SDKs.
Keys without partition segments (scratch files, reports) and metadata files
(_SUCCESS, .crc) are out of scope; keys whose partition text cannot be
followed are reported only in strict mode. Suppress a finding with
//tracelint:ignore runpaths <reason>.`

// DefaultKeys matches the keys in scope, rendered with "{}" for the parts
// that are not constant: a name=value directory segment, and a file name
// that does not start with '_' or '.' (Hadoop's hidden metadata files:
// _SUCCESS, _LATEST.json, .crc).
var DefaultKeys = regexp.MustCompile(`(^|/)[^/=]+=[^/]*/(.*/)?[^/_.][^/]*$`)

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// Segment is the name of the partition segment every key in scope must
	// have (exact, case-sensitive, as the Glue catalog and Athena read
	// partition names from the path).
	Segment string
	// Keys chooses the keys in scope, matched against the key with its
	// non-constant parts rendered as "{}".
	Keys *regexp.Regexp
	// Strict reports keys whose partition text cannot be followed.
	Strict bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{Segment: "run_id", Keys: DefaultKeys}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{Segment: opts.Segment, Keys: opts.Keys, Strict: opts.Strict}
	if o.Keys == nil {
		o.Keys = DefaultKeys
	}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/runpaths.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(KeysFact), new(ForwardsFact), new(WritersFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(&segmentFlag{&o.Segment}, "segment",
		"name of the partition segment every partitioned key must have (NAME=value/, exact)")
	a.Flags.Var(options.NewRegexp(&o.Keys), "keys",
		`regular expression choosing the keys in scope, matched against the key with non-constant parts as "{}" `+
			`(default: a name=value/ segment and a file name not starting with _ or .)`)
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report keys whose partition text cannot be followed ("cannot verify")`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

// segmentFlag is the -segment flag: one partition name.
type segmentFlag struct{ p *string }

func (f *segmentFlag) String() string {
	if f == nil || f.p == nil {
		return ""
	}
	return *f.p
}

func (f *segmentFlag) Set(s string) error {
	if err := CheckSegment(s); err != nil {
		return err
	}
	*f.p = s
	return nil
}

// CheckSegment validates a partition segment name: letters, digits, '_'
// and '-', as a name before '=' in a key is read.
func CheckSegment(s string) error {
	if s == "" {
		return fmt.Errorf("empty segment name: give the partition name, e.g. run_id")
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
		case r == '=' || r == '/':
			return fmt.Errorf("give the name alone, without %q (run_id, not run_id=)", r)
		default:
			return fmt.Errorf("character %q is not allowed in a partition name (letters, digits, '_' and '-')", r)
		}
	}
	return nil
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
	// Any package may declare key helpers; they need no S3 import (except
	// in dependencies that reach neither AWS nor a database: see
	// resolve.Peripheral).
	var helpers []*types.Func
	if !resolve.Peripheral(pass) {
		helpers = keyHelpers(pass)
	}
	if !writes && len(helpers) == 0 {
		return nil, nil // a look at the imports and declarations
	}
	c := newChecker(pass, o, rep)
	c.exportKeyFacts(helpers)
	if writes {
		c.checkPackage()
	}
	return nil, nil
}
