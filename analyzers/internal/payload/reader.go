package payload

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Payloads read from an io.Reader: the body of an S3 object (PutObject, the
// upload managers) is a reader made from the payload, and may be nothing at
// all (no Body, nil, an empty string, http.NoBody), which a marker file must
// not be.

// A Read is one value an io.Reader may read: the fields it carries, and
// whether it is surely empty (no bytes at all).
type Read struct {
	Fields
	Empty bool
}

// Reads returns what the io.Reader values in s may read, one Read per value
// (each alternative of the text a reader is made from counts on its own):
//
//   - bytes.NewReader, strings.NewReader, bytes.NewBuffer and
//     bytes.NewBufferString of a payload: the payload's fields;
//   - a bytes.Buffer variable handed over as a reader: what the package
//     writes into it (a json.Encoder made on it, Write, fmt.Fprintf);
//   - io.NopCloser, bufio.NewReader(Size) and the SDKs' ReadSeekCloser
//     around a reader: that reader's;
//   - a helper of another package: what the analyzer's facts say;
//   - no reader (a nil or absent Body), nil or empty text, an empty buffer
//     and http.NoBody: an empty Read;
//   - a parameter of the function being summarised: a Reader slot.
//
// An empty s (a nil Body) is one empty Read.
func (e *Extractor) Reads(s resolve.Set) []Read {
	return e.reads(s, 0)
}

func (e *Extractor) reads(s resolve.Set, depth int) []Read {
	var out []Read
	var followed []token.Pos // calls a buffer read here is handed to, whose effect is known
	for _, l := range s.Leaves {
		if v := e.buffers().inits[l.Expr]; v != nil && e.buffers().vars[v] != nil {
			followed = append(followed, e.buffers().vars[v].calls...)
		}
		out = append(out, e.readsOf(l, depth)...)
	}
	var unknown Read
	for _, u := range s.Unknowns {
		switch {
		case e.isNoBody(u.Pos):
			out = append(out, Read{Empty: true})
		case !slices.Contains(followed, u.Pos):
			unknown.Unknowns = append(unknown.Unknowns, u)
		}
	}
	if len(unknown.Unknowns) > 0 {
		out = append(out, unknown)
	}
	if len(out) == 0 {
		out = append(out, Read{Empty: true}) // nil
	}
	return out
}

// readsOf returns what one reader value may read.
func (e *Extractor) readsOf(l resolve.Leaf, depth int) []Read {
	var r Read
	switch {
	case l.Param >= 0 && !l.Spread:
		e.Slot(&r.Fields, l, Reader)
		return []Read{r}
	case l.Spread:
		e.unknownAt(&r.Fields, l.Expr, e.Describe(l))
		return []Read{r}
	case depth > maxDepth:
		e.unknownAt(&r.Fields, l.Expr, "a reader nested too deep")
		return []Read{r}
	}
	if v := e.buffers().inits[l.Expr]; v != nil {
		f, empty := e.bufferContent(v, l.Expr, l.Ctx, depth+1)
		return []Read{{Fields: f, Empty: empty}}
	}
	if l.Zero {
		return []Read{{Empty: true}} // a nil reader
	}
	if call, ok := l.Expr.(*ast.CallExpr); ok && l.Result == 0 {
		fn := resolve.Callee(e.pass.TypesInfo, call)
		switch {
		case fn == nil:
		case isTextReader(fn) && len(call.Args) == 1:
			return e.texts(e.r.Resolve(call.Args[0], l.Ctx))
		case isReaderWrapper(fn) && len(call.Args) >= 1:
			return e.reads(e.r.Resolve(call.Args[0], l.Ctx), depth+1)
		case e.fromHelper(fn, call, l.Ctx, &r.Fields):
			return []Read{r}
		}
	}
	e.unknownAt(&r.Fields, l.Expr, e.Describe(l))
	return []Read{r}
}

// texts returns what a reader made from the payload values in s reads.
func (e *Extractor) texts(s resolve.Set) []Read {
	var out []Read
	for _, l := range s.Leaves {
		if e.emptyLeaf(l) {
			out = append(out, Read{Empty: true})
			continue
		}
		for _, f := range e.Alternatives(l) {
			out = append(out, Read{Fields: f})
		}
	}
	if len(s.Unknowns) > 0 {
		out = append(out, Read{Fields: Fields{Names: resolve.Names{Unknowns: s.Unknowns}}})
	}
	if len(out) == 0 {
		out = append(out, Read{Empty: true}) // nil
	}
	return out
}

// emptyText reports whether the text value of e (a string or []byte) is
// surely empty: nil, "", []byte{} on every path.
func (e *Extractor) emptyText(x ast.Expr, ctx *resolve.Context) bool {
	s := e.r.Resolve(x, ctx)
	if len(s.Unknowns) > 0 {
		return false
	}
	for _, l := range s.Leaves {
		if !e.emptyLeaf(l) {
			return false
		}
	}
	return true
}

// emptyLeaf reports whether a text value is surely empty.
func (e *Extractor) emptyLeaf(l resolve.Leaf) bool {
	if l.Param >= 0 || l.Spread {
		return false
	}
	if l.Zero {
		return true
	}
	if s, ok := resolve.StringConstant(e.pass.TypesInfo, l); ok {
		return s == ""
	}
	lit, ok := ast.Unparen(l.Expr).(*ast.CompositeLit)
	return ok && len(lit.Elts) == 0
}

// isTextReader reports whether fn makes a reader of a string or []byte.
func isTextReader(fn *types.Func) bool {
	return isFunc(fn, "bytes", "NewReader") || isFunc(fn, "strings", "NewReader") ||
		isFunc(fn, "bytes", "NewBuffer") || isFunc(fn, "bytes", "NewBufferString")
}

// isReaderWrapper reports whether fn returns a reader that reads what its
// first argument reads.
func isReaderWrapper(fn *types.Func) bool {
	return isFunc(fn, "io", "NopCloser") || isFunc(fn, "io/ioutil", "NopCloser") ||
		isFunc(fn, "bufio", "NewReader") || isFunc(fn, "bufio", "NewReaderSize") ||
		isFunc(fn, "github.com/aws/aws-sdk-go/aws", "ReadSeekCloser") ||
		isFunc(fn, "github.com/aws/aws-sdk-go-v2/feature/s3/manager", "ReadSeekCloser")
}

// isNoBody reports whether the unknown at pos is the variable http.NoBody
// (the resolver does not follow variables of other packages).
func (e *Extractor) isNoBody(pos token.Pos) bool {
	if e.noBody == nil {
		e.noBody = make(map[token.Pos]bool)
		if importsPath(e.pass.Pkg, "net/http") {
			for id, obj := range e.pass.TypesInfo.Uses {
				if v, ok := obj.(*types.Var); ok && v.Name() == "NoBody" && v.Pkg() != nil && v.Pkg().Path() == "net/http" {
					e.noBody[id.Pos()] = true
				}
			}
		}
	}
	return e.noBody[pos]
}

func importsPath(pkg *types.Package, path string) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

// handedAsReader reports whether a buffer use (node, the buffer expression
// whose parent is parent) hands the buffer over as an io.Reader that cannot
// write it: a field of a struct literal, an argument, or the variable of
// such an interface type (the Body of an S3 input). What reads it reads
// what the package writes into it.
func (e *Extractor) handedAsReader(parent, node ast.Node) bool {
	info := e.pass.TypesInfo
	x, ok := node.(ast.Expr)
	if !ok {
		return false
	}
	switch p := parent.(type) {
	case *ast.KeyValueExpr:
		if p.Value != x {
			return false
		}
		if id, ok := p.Key.(*ast.Ident); ok {
			if f, ok := info.ObjectOf(id).(*types.Var); ok && f.IsField() {
				return readOnly(f.Type())
			}
		}
	case *ast.CallExpr:
		sig, ok := types.Unalias(info.TypeOf(p.Fun)).(*types.Signature)
		if !ok {
			return false
		}
		for i, a := range p.Args {
			if a != x {
				continue
			}
			switch {
			case sig.Variadic() && i >= sig.Params().Len()-1:
				if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
					return readOnly(s.Elem())
				}
			case i < sig.Params().Len():
				return readOnly(sig.Params().At(i).Type())
			}
		}
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs == x && len(p.Lhs) == len(p.Rhs) && p.Tok == token.ASSIGN {
				return readOnly(info.TypeOf(p.Lhs[i]))
			}
		}
	}
	return false
}

// readOnly reports whether t is an interface that reads (has Read) and
// cannot write (has no method whose name starts with Write, no Reset or
// Truncate): io.Reader, io.ReadSeeker, io.ReadCloser.
func readOnly(t types.Type) bool {
	if t == nil {
		return false
	}
	it, ok := types.Unalias(t).Underlying().(*types.Interface)
	if !ok {
		return false
	}
	reads := false
	for m := range it.Methods() {
		switch name := m.Name(); {
		case name == "Read":
			reads = true
		case len(name) >= 5 && name[:5] == "Write", name == "Reset", name == "Truncate", name == "ReadFrom":
			return false
		}
	}
	return reads
}

// Supplied returns the fields an argument brings to a payload through a
// parameter of kind k (what a wrapper's slot says the parameter is),
// evaluated in ctx. A part or nested value brings only what it surely has.
func (e *Extractor) Supplied(arg ast.Expr, ctx *resolve.Context, k Kind) Fields {
	set := e.r.Resolve(arg, ctx)
	var n Fields
	switch k {
	case Message, Part:
		n = e.MessageSet(set)
	case Value, Nested:
		n = e.Encoded(set, e.pass.TypesInfo.TypeOf(arg), arg.Pos())
	case Keys:
		n = e.MapKeys(set)
	case Reader:
		for _, r := range e.Reads(set) {
			n.Merge(r.Fields)
		}
	default:
		n.Unknown(arg.Pos(), "an argument of an unknown kind")
	}
	if k == Part || k == Nested {
		n.Sure(true)
	}
	return n
}

// SuppliesNothing reports whether an argument for a parameter of kind k
// surely brings no bytes at all: an empty text for a message, a reader
// that reads nothing.
func (e *Extractor) SuppliesNothing(arg ast.Expr, ctx *resolve.Context, k Kind) bool {
	switch k {
	case Message:
		return e.emptyText(arg, ctx)
	case Reader:
		for _, r := range e.Reads(e.r.Resolve(arg, ctx)) {
			if !r.Empty {
				return false
			}
		}
		return true
	}
	return false
}
