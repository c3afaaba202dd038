// Package awsop recognises calls of AWS SDK operations by the type of their
// input, not by the spelling of the receiver or method: a call through a
// user-defined interface (how AWS is faked in tests), an embedded client, a
// type-parameter receiver or a generic wrapper that is handed the operation as
// a function value all count.
//
// SDK v2: Op(ctx, *svc.OpInput, ...func(*svc.Options)) on any receiver (any
// method name, as the shape is unambiguous), and Op(ctx, *svc.OpInput) on an
// interface that drops the options. SDK v1 (github.com/aws/aws-sdk-go):
// Op(*svc.OpInput), OpWithContext(ctx, *svc.OpInput, ...request.Option) and
// OpRequest(*svc.OpInput).
//
// Operations of the SDKs' higher-level packages are matched the same way, by
// their input type: the S3 upload managers (S3Upload).
package awsop

import (
	"go/ast"
	"go/build"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Import path prefixes of the two SDKs' service packages.
const (
	V2Prefix = "github.com/aws/aws-sdk-go-v2/service/"
	V1Prefix = "github.com/aws/aws-sdk-go/service/"
)

// SDK tells the two AWS SDKs for Go apart.
type SDK int

// The SDKs.
const (
	V2 SDK = iota + 1 // github.com/aws/aws-sdk-go-v2
	V1                // github.com/aws/aws-sdk-go
)

func (s SDK) String() string {
	if s == V1 {
		return "v1"
	}
	return "v2"
}

// An Op names an AWS operation: the service package name shared by both SDKs
// ("cloudwatch", "sns", "dynamodb") and the operation ("PutMetricData").
type Op struct {
	Service string
	Name    string
}

func (op Op) String() string { return op.Service + "." + op.Name }

// A Call is a matched operation call.
type Call struct {
	Op    Op
	SDK   SDK
	Call  *ast.CallExpr
	Input ast.Expr // the argument that carries *svc.OpInput
}

// S3Upload is the S3 upload managers' Upload, an object write (PutObject,
// or a multipart upload for a large body) matched like an operation: SDK v2
// feature/s3/manager Uploader.Upload(ctx, *s3.PutObjectInput,
// ...func(*manager.Uploader)) and feature/s3/transfermanager
// Client.UploadObject(ctx, *transfermanager.UploadObjectInput,
// ...func(*transfermanager.Options)); SDK v1 s3manager
// Uploader.Upload(*s3manager.UploadInput, ...func(*s3manager.Uploader)) and
// UploadWithContext(ctx, *s3manager.UploadInput, ...). Interfaces with these
// methods (s3manageriface.UploaderAPI, a narrow interface of one's own)
// count, as for service operations.
var S3Upload = Op{Service: "s3", Name: "Upload"}

// v2Features is the import path prefix of SDK v2's higher-level packages.
const v2Features = "github.com/aws/aws-sdk-go-v2/feature/"

// A feature is an operation of a higher-level package of an SDK, recognised
// by its input type like a service operation.
type feature struct {
	op     Op
	sdk    SDK
	input  inputKey // the type of the input: *input.path.input.name
	method string   // the method's name, required when nothing else tells
	// options is, for SDK v2, the type the variadic option functions take
	// (...func(*manager.Uploader)); the method may then have any name.
	options inputKey
}

var features = []feature{
	{op: S3Upload, sdk: V2, input: inputKey{V2Prefix + "s3", "PutObjectInput"}, method: "Upload",
		options: inputKey{v2Features + "s3/manager", "Uploader"}},
	{op: S3Upload, sdk: V2, input: inputKey{v2Features + "s3/transfermanager", "UploadObjectInput"}, method: "UploadObject",
		options: inputKey{v2Features + "s3/transfermanager", "Options"}},
	{op: S3Upload, sdk: V1, input: inputKey{V1Prefix + "s3/s3manager", "UploadInput"}, method: "Upload"},
}

// A Matcher matches calls of a fixed set of operations.
type Matcher struct {
	ops      map[inputKey]Op
	features map[inputKey][]feature
}

type inputKey struct {
	path string // package path of the input type
	name string // OpInput
}

// NewMatcher returns a matcher for ops.
func NewMatcher(ops ...Op) *Matcher {
	m := &Matcher{ops: make(map[inputKey]Op, 2*len(ops)), features: make(map[inputKey][]feature)}
	for _, op := range ops {
		isFeature := false
		for _, f := range features {
			if f.op == op {
				m.features[f.input] = append(m.features[f.input], f)
				isFeature = true
			}
		}
		if isFeature {
			continue
		}
		m.ops[inputKey{V2Prefix + op.Service, op.Name + "Input"}] = op
		m.ops[inputKey{V1Prefix + op.Service, op.Name + "Input"}] = op
	}
	return m
}

// Packages returns the import paths of the service packages the matcher's
// operations live in, for a cheap "does this package care" check.
func (m *Matcher) Packages() []string {
	seen := make(map[string]bool)
	var out []string
	add := func(path string) {
		if path != "" && !seen[path] {
			seen[path] = true
			out = append(out, path)
		}
	}
	for k := range m.ops {
		add(k.path)
	}
	for k, fs := range m.features {
		add(k.path)
		for _, f := range fs {
			add(f.options.path)
		}
	}
	return out
}

// Match reports whether call invokes one of the matcher's operations, directly
// or by handing the operation to a generic wrapper as a function value.
func (m *Matcher) Match(info *types.Info, call *ast.CallExpr) (Call, bool) {
	tv, ok := info.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return Call{}, false
	}
	sig, ok := types.Unalias(tv.Type).Underlying().(*types.Signature)
	if !ok {
		return Call{}, false
	}
	name := ""
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		name = fn.Name()
	}
	if op, sdk, idx, ok := m.matchSignature(sig, name); ok && idx < len(call.Args) {
		return Call{Op: op, SDK: sdk, Call: call, Input: call.Args[idx]}, true
	}
	return m.matchWrapper(info, call)
}

// matchSignature reports whether a function of this signature and name is an
// operation call, and which parameter is the input.
func (m *Matcher) matchSignature(sig *types.Signature, name string) (Op, SDK, int, bool) {
	params := sig.Params()
	for i := range params.Len() {
		key, ok := inputOf(params.At(i).Type())
		if !ok {
			continue
		}
		for _, f := range m.features[key] {
			if f.matches(sig, name, i) {
				return f.op, f.sdk, i, true
			}
		}
		op, ok := m.ops[key]
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(key.path, V2Prefix):
			if i == 1 && isContext(params.At(0).Type()) &&
				(name == op.Name && params.Len() == 2 || isV2Options(sig, key.path)) {
				return op, V2, i, true
			}
		default:
			switch {
			case i == 0 && (name == op.Name || name == op.Name+"Request"):
				return op, V1, i, true
			case i == 1 && name == op.Name+"WithContext" && isContext(params.At(0).Type()):
				return op, V1, i, true
			}
		}
	}
	return Op{}, 0, 0, false
}

// matchWrapper matches a generic helper that is handed an operation as a
// function value and its input as another argument:
//
//	call(ctx, client.PutMetricData, input)
func (m *Matcher) matchWrapper(info *types.Info, call *ast.CallExpr) (Call, bool) {
	for _, arg := range call.Args {
		fsig, ok := types.Unalias(info.TypeOf(arg)).(*types.Signature)
		if !ok {
			continue
		}
		name := ""
		if sel, ok := ast.Unparen(arg).(*ast.SelectorExpr); ok {
			name = sel.Sel.Name
		}
		op, sdk, idx, ok := m.matchSignature(fsig, name)
		if !ok {
			continue
		}
		want := fsig.Params().At(idx).Type()
		for _, in := range call.Args {
			if in != arg && types.Identical(info.TypeOf(in), want) {
				return Call{Op: op, SDK: sdk, Call: call, Input: in}, true
			}
		}
	}
	return Call{}, false
}

// inputOf returns the key of t when it is a pointer to a named type.
func inputOf(t types.Type) (inputKey, bool) {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return inputKey{}, false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return inputKey{}, false
	}
	return inputKey{n.Obj().Pkg().Path(), n.Obj().Name()}, true
}

// matches reports whether a function of this signature and name, whose
// parameter i is the feature's input, performs the feature's operation.
// SDK v2: Method(ctx, in, ...func(*Options)) under any name, or
// Method(ctx, in) named as the feature's method (a narrow interface). SDK v1:
// Method(in, ...) and MethodWithContext(ctx, in, ...).
func (f feature) matches(sig *types.Signature, name string, i int) bool {
	params := sig.Params()
	if f.sdk == V1 {
		return i == 0 && name == f.method ||
			i == 1 && name == f.method+"WithContext" && isContext(params.At(0).Type())
	}
	if i != 1 || !isContext(params.At(0).Type()) {
		return false
	}
	return name == f.method && params.Len() == 2 || isOptionsOf(sig, f.options)
}

func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Name() == "Context" &&
		(n.Obj().Pkg().Path() == "context" || n.Obj().Pkg().Path() == "github.com/aws/aws-sdk-go/aws")
}

// isV2Options reports whether sig ends in ...func(*svc.Options) of the
// input's own service package.
func isV2Options(sig *types.Signature, path string) bool {
	return isOptionsOf(sig, inputKey{path, "Options"})
}

// isOptionsOf reports whether sig is (ctx, input, ...func(*T)) for the named
// type T that opts names.
func isOptionsOf(sig *types.Signature, opts inputKey) bool {
	params := sig.Params()
	if !sig.Variadic() || params.Len() != 3 {
		return false
	}
	s, ok := params.At(2).Type().(*types.Slice)
	if !ok {
		return false
	}
	f, ok := types.Unalias(s.Elem()).Underlying().(*types.Signature)
	if !ok || f.Params().Len() != 1 {
		return false
	}
	p, ok := types.Unalias(f.Params().At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == opts.name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == opts.path
}

// IsShape reports whether t is the API type name of service in either SDK:
// v2's service/<service>/types.<name> or v1's service/<service>.<name>
// (IsShape(t, "cloudwatch", "Dimension")).
func IsShape(t types.Type, service, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != name {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == V2Prefix+service+"/types" || path == V1Prefix+service
}

// ImportsAny reports whether pkg imports a package whose path is one of
// paths or below one of them: the fast path that lets an analyzer skip a
// package that cannot contain what it looks for.
func ImportsAny(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if imp.Path() == p || strings.HasPrefix(imp.Path(), p+"/") {
				return true
			}
		}
	}
	return false
}

// InSDK reports whether pkg is part of an AWS SDK itself, which the
// analyzers never need to look into: the SDKs and smithy-go, the runtime
// of the v2 SDK's generated clients.
func InSDK(pkg *types.Package) bool {
	for _, root := range []string{"github.com/aws/aws-sdk-go-v2", "github.com/aws/aws-sdk-go", "github.com/aws/smithy-go"} {
		if p := pkg.Path(); p == root || strings.HasPrefix(p, root+"/") {
			return true
		}
	}
	return false
}

// InStd reports whether pass analyses a package of the standard library
// (its files are under GOROOT/src), which declares no AWS calls, run
// tables, run identifiers or message helpers: the analyzers, which run on
// every dependency because they use facts, skip it. A package with no files
// counts; when the files' location is unknown, or the binary's GOROOT is not
// the one the code was loaded from, the answer is false and the package is
// analysed as any other.
func InStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	f := pass.Fset.File(pass.Files[0].FileStart)
	goroot := filepath.Clean(build.Default.GOROOT)
	if f == nil || goroot == "." {
		return false
	}
	return strings.HasPrefix(filepath.Clean(f.Name()), filepath.Join(goroot, "src")+string(filepath.Separator))
}
