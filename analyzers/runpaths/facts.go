package runpaths

import (
	"fmt"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/partition"
	"github.com/tracelint/tracelint/analyzers/internal/s3write"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// KeysFact records, for an exported function whose result is a string with
// partition text (a key helper), the templates of its result, with the
// parameters it puts into them, so that a call of paths.DataKey(table, run)
// in another package is read as "curated/{table}/dt={run}/part.parquet".
type KeysFact struct {
	s3write.Keys
}

// AFact marks KeysFact as an analysis fact.
func (*KeysFact) AFact() {}

// A Forward is an S3 write a function performs with a key (or a whole
// input) its callers give: the operation, and either the parameter that is
// the input (Input >= 0) or the key's templates, whose parameter holes the
// callers fill.
type Forward struct {
	Op    string // the operation's name (PutObject, Upload...)
	Input int
	Key   []strval.Saved
}

func (f Forward) String() string {
	if f.Input >= 0 {
		return fmt.Sprintf("%s(input=param%d)", f.Op, f.Input)
	}
	return fmt.Sprintf("%s(key=%s)", f.Op, s3write.QuoteAll(f.Key))
}

// ForwardsFact records the S3 writes an exported function performs with
// keys or inputs its callers give.
type ForwardsFact struct {
	Forwards []Forward
}

// AFact marks ForwardsFact as an analysis fact.
func (*ForwardsFact) AFact() {}

func (f *ForwardsFact) String() string { return s3write.FormatForwards(f.Forwards) }

// WritersFact marks a package with exported wrappers (their names are
// listed): packages that import it are checked even when they import no S3
// package.
type WritersFact struct {
	s3write.Writers
}

// AFact marks WritersFact as an analysis fact.
func (*WritersFact) AFact() {}

// keyHelpers returns the candidates for KeysFact: exported string
// functions of a package with partition text in its constants.
func keyHelpers(pass *analysis.Pass) []*types.Func {
	return s3write.KeyHelpers(pass, hasSegment)
}

// hasSegment reports whether text has a partition segment name=.
func hasSegment(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] == '=' {
			if _, ok := partition.NameBefore(text[:i+1]); ok {
				return true
			}
		}
	}
	return false
}

// exportKeyFacts records the templates of the key helpers whose result
// has partition text or parameters in it.
func (c *checker) exportKeyFacts(fns []*types.Func) {
	for _, fn := range fns {
		saved := s3write.SaveKeys(c.R, c.Ev, fn)
		if slices.ContainsFunc(saved, informative) {
			c.Pass.ExportObjectFact(fn, &KeysFact{s3write.Keys{Templates: saved}})
		}
	}
}

// informative reports whether a saved template says more than "unknown":
// it has a partition segment or a parameter in it.
func informative(t strval.Saved) bool {
	for _, p := range t {
		if !p.Hole && hasSegment(p.Text) || p.Hole && p.Param >= 0 {
			return true
		}
	}
	return false
}
