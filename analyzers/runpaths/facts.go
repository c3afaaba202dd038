package runpaths

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

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
	Templates []strval.Saved
}

// AFact marks KeysFact as an analysis fact.
func (*KeysFact) AFact() {}

func (f *KeysFact) String() string { return "keys(" + s3write.QuoteAll(f.Templates) + ")" }

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

func (f Forward) equal(g Forward) bool { return f.String() == g.String() }

// ForwardsFact records the S3 writes an exported function performs with
// keys or inputs its callers give.
type ForwardsFact struct {
	Forwards []Forward
}

// AFact marks ForwardsFact as an analysis fact.
func (*ForwardsFact) AFact() {}

func (f *ForwardsFact) String() string {
	parts := make([]string, len(f.Forwards))
	for i, fw := range f.Forwards {
		parts[i] = fw.String()
	}
	return "forwards(" + strings.Join(parts, ", ") + ")"
}

// WritersFact marks a package with exported wrappers (their names are
// listed): packages that import it are checked even when they import no S3
// package.
type WritersFact struct {
	Funcs []string
}

// AFact marks WritersFact as an analysis fact.
func (*WritersFact) AFact() {}

func (f *WritersFact) String() string { return "writers(" + strings.Join(f.Funcs, ", ") + ")" }

// importsWriters reports whether the package imports a package with
// exported wrappers.
func importsWriters(pass *analysis.Pass) bool { return s3write.ImportsFact(pass, new(WritersFact)) }

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
		saved := s3write.SaveKeys(c.r, c.ev, fn)
		if slices.ContainsFunc(saved, informative) {
			c.pass.ExportObjectFact(fn, &KeysFact{Templates: saved})
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
