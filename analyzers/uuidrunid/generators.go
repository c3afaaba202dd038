package uuidrunid

import (
	"errors"
	"go/token"
	"go/types"
	"strings"
)

// defaultGenerators are the UUID and random-ID generators of the common Go
// libraries, by types.Func.FullName. Must(...) wrappers need no entry: a
// call of the shape func(T, error) T passes its first argument through.
var defaultGenerators = []string{
	"github.com/google/uuid.New",
	"github.com/google/uuid.NewString",
	"github.com/google/uuid.NewRandom",
	"github.com/google/uuid.NewRandomFromReader",
	"github.com/google/uuid.NewUUID",
	"github.com/google/uuid.NewV6",
	"github.com/google/uuid.NewV7",
	"github.com/google/uuid.NewV7FromReader",
	"github.com/gofrs/uuid.NewV1",
	"github.com/gofrs/uuid.NewV4",
	"github.com/gofrs/uuid.NewV6",
	"github.com/gofrs/uuid.NewV7",
	"(*github.com/gofrs/uuid.Gen).NewV1",
	"(*github.com/gofrs/uuid.Gen).NewV4",
	"(*github.com/gofrs/uuid.Gen).NewV6",
	"(*github.com/gofrs/uuid.Gen).NewV7",
	"(github.com/gofrs/uuid.Generator).NewV1",
	"(github.com/gofrs/uuid.Generator).NewV4",
	"(github.com/gofrs/uuid.Generator).NewV6",
	"(github.com/gofrs/uuid.Generator).NewV7",
	"github.com/gofrs/uuid/v5.NewV1",
	"github.com/gofrs/uuid/v5.NewV1AtTime",
	"github.com/gofrs/uuid/v5.NewV4",
	"github.com/gofrs/uuid/v5.NewV6",
	"github.com/gofrs/uuid/v5.NewV6AtTime",
	"github.com/gofrs/uuid/v5.NewV7",
	"github.com/gofrs/uuid/v5.NewV7AtTime",
	"(*github.com/gofrs/uuid/v5.Gen).NewV1",
	"(*github.com/gofrs/uuid/v5.Gen).NewV1AtTime",
	"(*github.com/gofrs/uuid/v5.Gen).NewV4",
	"(*github.com/gofrs/uuid/v5.Gen).NewV6",
	"(*github.com/gofrs/uuid/v5.Gen).NewV6AtTime",
	"(*github.com/gofrs/uuid/v5.Gen).NewV7",
	"(*github.com/gofrs/uuid/v5.Gen).NewV7AtTime",
	"(github.com/gofrs/uuid/v5.Generator).NewV1",
	"(github.com/gofrs/uuid/v5.Generator).NewV1AtTime",
	"(github.com/gofrs/uuid/v5.Generator).NewV4",
	"(github.com/gofrs/uuid/v5.Generator).NewV6",
	"(github.com/gofrs/uuid/v5.Generator).NewV6AtTime",
	"(github.com/gofrs/uuid/v5.Generator).NewV7",
	"(github.com/gofrs/uuid/v5.Generator).NewV7AtTime",
	"github.com/satori/go.uuid.NewV4",
	"github.com/hashicorp/go-uuid.GenerateUUID",
	"github.com/hashicorp/go-uuid.GenerateUUIDWithReader",
	"github.com/pborman/uuid.New",
	"github.com/pborman/uuid.NewRandom",
	"github.com/segmentio/ksuid.New",
	"github.com/segmentio/ksuid.NewRandom",
	"github.com/segmentio/ksuid.NewRandomWithTime",
	"github.com/oklog/ulid.MustNew",
	"github.com/oklog/ulid.New",
	"github.com/oklog/ulid/v2.Make",
	"github.com/oklog/ulid/v2.MustNew",
	"github.com/oklog/ulid/v2.MustNewDefault",
	"github.com/oklog/ulid/v2.New",
	"github.com/rs/xid.New",
	"github.com/lithammer/shortuuid.New",
	"github.com/lithammer/shortuuid/v3.New",
	"github.com/lithammer/shortuuid/v4.New",
	"crypto/rand.Text",
	"crypto/rand.Int",
	// Random numbers formatted into an identifier.
	"math/rand.Int",
	"math/rand.Intn",
	"math/rand.Int31",
	"math/rand.Int31n",
	"math/rand.Int63",
	"math/rand.Int63n",
	"math/rand.Uint32",
	"math/rand.Uint64",
	"(*math/rand.Rand).Int",
	"(*math/rand.Rand).Intn",
	"(*math/rand.Rand).Int31",
	"(*math/rand.Rand).Int31n",
	"(*math/rand.Rand).Int63",
	"(*math/rand.Rand).Int63n",
	"(*math/rand.Rand).Uint32",
	"(*math/rand.Rand).Uint64",
	"math/rand/v2.Int",
	"math/rand/v2.IntN",
	"math/rand/v2.Int32",
	"math/rand/v2.Int32N",
	"math/rand/v2.Int64",
	"math/rand/v2.Int64N",
	"math/rand/v2.Uint",
	"math/rand/v2.UintN",
	"math/rand/v2.Uint32",
	"math/rand/v2.Uint32N",
	"math/rand/v2.Uint64",
	"math/rand/v2.Uint64N",
	"math/rand/v2.N",
	"(*math/rand/v2.Rand).Int",
	"(*math/rand/v2.Rand).IntN",
	"(*math/rand/v2.Rand).Int32",
	"(*math/rand/v2.Rand).Int32N",
	"(*math/rand/v2.Rand).Int64",
	"(*math/rand/v2.Rand).Int64N",
	"(*math/rand/v2.Rand).Uint",
	"(*math/rand/v2.Rand).UintN",
	"(*math/rand/v2.Rand).Uint32",
	"(*math/rand/v2.Rand).Uint32N",
	"(*math/rand/v2.Rand).Uint64",
	"(*math/rand/v2.Rand).Uint64N",
}

// generators is the configured list, indexed.
type generators struct {
	names map[string]bool // FullName → generator
	pkgs  map[string]bool // import paths that declare a generator
}

func newGenerators(list []string) *generators {
	g := &generators{names: make(map[string]bool, len(list)), pkgs: make(map[string]bool)}
	for _, name := range list {
		g.names[name] = true
		if path, ok := funcPackage(name); ok {
			g.pkgs[path] = true
		}
	}
	return g
}

// match reports whether fn (or the generic function it instantiates) is a
// generator, and names it for messages (uuid.NewString).
func (g *generators) match(fn *types.Func) (string, bool) {
	if fn == nil {
		return "", false
	}
	fn = fn.Origin()
	if fn.Pkg() == nil || !g.declares(fn.Pkg().Path()) {
		return "", false // without building FullName: this is asked of every function a package uses
	}
	if !g.names[trimVendor(fn.FullName())] {
		return "", false
	}
	return displayName(fn), true
}

// declares reports whether a package (by import path) declares a generator.
func (g *generators) declares(path string) bool { return g.pkgs[trimVendor(path)] }

// trimVendor drops a vendor directory from an import path or FullName:
// a/vendor/github.com/google/uuid.New is github.com/google/uuid.New.
func trimVendor(s string) string {
	start := 0
	if strings.HasPrefix(s, "(*") {
		start = 2
	} else if strings.HasPrefix(s, "(") {
		start = 1
	}
	rest := s[start:]
	if i := strings.LastIndex(rest, "/vendor/"); i >= 0 {
		rest = rest[i+len("/vendor/"):]
	} else if r, ok := strings.CutPrefix(rest, "vendor/"); ok {
		rest = r
	}
	return s[:start] + rest
}

// displayName is pkg.Func or pkg.Type.Method, with the package's name.
func displayName(fn *types.Func) string {
	name := fn.Name()
	if sig := fn.Signature(); sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// checkFuncName validates a -generators entry: path.Func, (path.Type).Method
// or (*path.Type).Method, as types.Func.FullName spells them.
func checkFuncName(s string) error {
	if _, ok := funcPackage(s); !ok {
		return errors.New(`want a fully qualified function: import/path.Func or (*import/path.Type).Method`)
	}
	return nil
}

// funcPackage returns the import path of a FullName (path.Func,
// (path.Type).Method, (*path.Type).Method); ok is false when s is not one.
func funcPackage(s string) (path string, ok bool) {
	if strings.ContainsAny(s, " \t\"'`,") {
		return "", false
	}
	if rest, isMethod := strings.CutPrefix(s, "("); isMethod {
		inner, method, found := strings.Cut(rest, ").")
		if !found || !token.IsIdentifier(method) {
			return "", false
		}
		s = strings.TrimPrefix(inner, "*") // path.Type
	}
	path, _, ok = splitQualified(s)
	return path, ok
}

// splitQualified splits path.Name at the last dot; the path must be a
// plausible import path and the name an identifier.
func splitQualified(s string) (path, name string, ok bool) {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 {
		return "", "", false
	}
	path, name = s[:i], s[i+1:]
	if !token.IsIdentifier(name) || strings.HasSuffix(path, "/") || strings.HasPrefix(path, "/") ||
		strings.Contains(path, "//") || strings.ContainsAny(path, "()*") {
		return "", "", false
	}
	return path, name, true
}
