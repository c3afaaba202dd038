package payload

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Messages written into a bytes.Buffer or strings.Builder and read back with
// String() or Bytes(), or read by whatever the buffer is handed to as an
// io.Reader (a field, parameter or variable of an interface type that can
// read but not write it: the Body of an S3 PutObjectInput): the content is
// what the package writes into the variable (WriteString, Write,
// fmt.Fprintf, io.WriteString, a json.Encoder made on it, NewBufferString).
// Any other use of the variable (handing it to a function, storing it
// elsewhere) makes the content unknown.

// buffers records, per buffer variable of the package, what is written into
// it.
type buffers struct {
	vars map[*types.Var]*bufInfo
	// inits maps the expressions a buffer variable is declared or
	// assigned with (new(bytes.Buffer), &bytes.Buffer{}, the name of var
	// buf bytes.Buffer) to the variable, so that a reader the resolver
	// follows back to one of them is known as the buffer.
	inits map[ast.Expr]*types.Var
}

type bufInfo struct {
	writes  []bufWrite
	defined bool             // declared or assigned in a way that is followed
	escape  *resolve.Unknown // why the content cannot be known
	// calls are the calls the variable is handed to whose effect is
	// followed (json.NewEncoder(&buf), fmt.Fprintf(&buf, ...), a reader
	// parameter): the resolver's "may be changed by" there is known.
	calls []token.Pos
}

// A bufWrite is one write: text (a string or []byte value), a value encoded
// as JSON, or the constant format of fmt.Fprintf.
type bufWrite struct {
	text   ast.Expr
	encode ast.Expr
	format ast.Expr
}

func (b *bufInfo) escapes(pos token.Pos, what string) {
	if b.escape == nil {
		b.escape = &resolve.Unknown{Pos: pos, What: what}
	}
}

// isBufferRead reports whether fn is (*bytes.Buffer).String / Bytes or
// (*strings.Builder).String.
func isBufferRead(fn *types.Func) bool {
	if fn == nil || fn.Name() != "String" && fn.Name() != "Bytes" {
		return false
	}
	sig := fn.Signature()
	return sig.Recv() != nil && isBufferType(sig.Recv().Type())
}

func isBufferType(t types.Type) bool {
	return isNamed(deref(t), "bytes", "Buffer") || isNamed(deref(t), "strings", "Builder")
}

func isEncoderType(t types.Type) bool { return isNamed(deref(t), "encoding/json", "Encoder") }

func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// bufferNames returns the fields of the content of the buffer that
// buf.String() or buf.Bytes() reads, evaluated in ctx (the context of the
// read: the buffer is a variable of the same function).
func (e *Extractor) bufferNames(call *ast.CallExpr, ctx *resolve.Context, depth int) Fields {
	var n Fields
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		e.unknownAt(&n, call, "a buffer that is not a variable")
		return n
	}
	n, _ = e.bufferContent(bufferVar(e.pass.TypesInfo, sel.X), call, ctx, depth)
	return n
}

// bufferContent returns the fields of what is written into buffer variable
// v, evaluated in ctx (at is where a read of it is, for unknowns), and
// whether nothing is written into it at all.
func (e *Extractor) bufferContent(v *types.Var, at ast.Node, ctx *resolve.Context, depth int) (Fields, bool) {
	var n Fields
	info := e.buffers().vars[v]
	switch {
	case v == nil || info == nil:
		e.unknownAt(&n, at, "a buffer that is not a variable")
		return n, false
	case info.escape != nil:
		n.Unknowns = append(n.Unknowns, *info.escape)
		return n, false
	case !info.defined:
		e.unknownAt(&n, at, "buffer "+v.Name()+", whose content is not followed")
		return n, false
	}
	empty := true
	for _, w := range info.writes {
		if w.text != nil && e.emptyText(w.text, ctx) {
			continue // bytes.NewBuffer(nil)
		}
		empty = false
		switch {
		case w.encode != nil:
			n.Merge(e.marshalNames(w.encode, ctx, depth))
		case w.format != nil:
			var m Fields
			for _, l := range e.r.Resolve(w.format, ctx).Leaves {
				if s, ok := resolve.StringConstant(e.pass.TypesInfo, l); ok {
					for _, frag := range formatFragments(s) {
						m.addKeys(FragmentKeys(frag.text, frag.beforeHole))
					}
				}
			}
			n.Merge(m)
		default:
			text := e.r.Resolve(w.text, ctx)
			whole := len(info.writes) == 1 // the write is the whole message
			if whole {
				n.Unknowns = append(n.Unknowns, text.Unknowns...)
			}
			for _, l := range text.Leaves {
				switch {
				case l.Spread && l.Param >= 0:
					// The elements of a parameter written one after the
					// other: one message, not one per element.
					if whole {
						e.unknownAt(&n, l.Expr, e.Describe(l))
					}
				case whole:
					n.Merge(e.messageNames(l, depth))
				default:
					n.Merge(e.partNames(l, depth, false))
				}
			}
		}
	}
	return n, empty
}

type fragment struct {
	text       string
	beforeHole bool
}

// formatFragments splits a fmt format at its verbs.
func formatFragments(format string) []fragment {
	var out []fragment
	start := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		out = append(out, fragment{format[start:i], true})
		j := i + 1
		for j < len(format) && slices.Contains([]byte("+-# 0123456789.*[]"), format[j]) {
			j++
		}
		start = j + 1
		i = j
	}
	if start < len(format) {
		out = append(out, fragment{format[start:], false})
	}
	return out
}

// bufferVar returns the variable a buffer expression names (buf, &buf,
// *p), or nil.
func bufferVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				e = x.X
				continue
			}
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.Ident:
			v, ok := info.ObjectOf(x).(*types.Var)
			if ok && !v.IsField() && isBufferType(v.Type()) {
				return v
			}
		}
		return nil
	}
}

// buffers builds, on first use, the writes into every buffer variable.
func (e *Extractor) buffers() *buffers {
	if e.bufs != nil {
		return e.bufs
	}
	b := &buffers{vars: make(map[*types.Var]*bufInfo), inits: make(map[ast.Expr]*types.Var)}
	e.bufs = b
	info := e.pass.TypesInfo
	type use struct {
		v     *types.Var
		stack []ast.Node
	}
	var encUses []use
	encoders := make(map[*types.Var]*types.Var) // encoder variable → buffer variable
	in := resolve.Inspector(e.pass)
	in.WithStack([]ast.Node{(*ast.Ident)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		v, ok := info.ObjectOf(n.(*ast.Ident)).(*types.Var)
		if !ok || v.IsField() {
			return true
		}
		switch {
		case isBufferType(v.Type()):
			bi := b.vars[v]
			if bi == nil {
				bi = &bufInfo{}
				b.vars[v] = bi
			}
			e.bufferUse(b, v, bi, stack, encoders)
		case isEncoderType(v.Type()):
			encUses = append(encUses, use{v, slices.Clone(stack)})
		}
		return true
	})
	for _, u := range encUses {
		if bv, ok := encoders[u.v]; ok {
			e.encoderUse(b.vars[bv], u.stack)
		}
	}
	return b
}

// up returns the expression that stands for the node at stack[i] once
// parentheses, & and * around it are removed, and the index of its parent.
func up(stack []ast.Node, i int) (ast.Node, int) {
	e := stack[i]
	j := i - 1
	for j >= 0 {
		switch x := stack[j].(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			e = x
			j--
			continue
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				e = x
				j--
				continue
			}
		}
		break
	}
	return e, j
}

// bufferUse classifies one use of a buffer variable.
func (e *Extractor) bufferUse(b *buffers, v *types.Var, bi *bufInfo, stack []ast.Node, encoders map[*types.Var]*types.Var) {
	id := stack[len(stack)-1]
	node, p := up(stack, len(stack)-1)
	if p < 0 {
		return
	}
	if e.handedAsReader(stack[p], node) {
		if call, ok := stack[p].(*ast.CallExpr); ok {
			bi.calls = append(bi.calls, call.Pos())
		}
		return // read, as its String() is
	}
	switch parent := stack[p].(type) {
	case *ast.SelectorExpr:
		if parent.X != node || p == 0 {
			break
		}
		call, ok := stack[p-1].(*ast.CallExpr)
		if !ok || call.Fun != parent {
			break
		}
		switch parent.Sel.Name {
		case "String", "Bytes", "Len", "Cap", "Reset", "Grow", "Truncate", "Available", "AvailableBuffer", "WriteByte", "WriteRune":
			return
		case "WriteString", "Write":
			if len(call.Args) == 1 {
				bi.writes = append(bi.writes, bufWrite{text: call.Args[0]})
				return
			}
		}
		bi.escapes(call.Pos(), v.Name()+" may be written by its method "+parent.Sel.Name)
		return
	case *ast.CallExpr:
		if ex, ok := node.(ast.Expr); !ok || !slices.Contains(parent.Args, ex) {
			break
		}
		fn := resolve.Callee(e.pass.TypesInfo, parent)
		name := "a function value"
		if fn != nil {
			name = resolve.QualifiedName(fn)
		}
		first := len(parent.Args) > 0 && parent.Args[0] == node
		followed := func() { bi.calls = append(bi.calls, parent.Pos()) }
		switch {
		case fn == nil:
		case isFunc(fn, "encoding/json", "NewEncoder"):
			if e.encoderOf(v, bi, stack[:p+1], encoders) {
				followed()
				return
			}
		case first && isFunc(fn, "fmt", "Fprintf") && len(parent.Args) >= 2:
			bi.writes = append(bi.writes, bufWrite{format: parent.Args[1]})
			followed()
			return
		case first && (isFunc(fn, "fmt", "Fprint") || isFunc(fn, "fmt", "Fprintln")):
			for _, a := range parent.Args[1:] {
				bi.writes = append(bi.writes, bufWrite{text: a})
			}
			followed()
			return
		case first && isFunc(fn, "io", "WriteString") && len(parent.Args) == 2:
			bi.writes = append(bi.writes, bufWrite{text: parent.Args[1]})
			followed()
			return
		}
		bi.escapes(parent.Pos(), v.Name()+" may be written by "+name)
		return
	case *ast.AssignStmt:
		for i, lhs := range parent.Lhs {
			if lhs != node {
				continue
			}
			if len(parent.Lhs) == len(parent.Rhs) && (parent.Tok == token.DEFINE || parent.Tok == token.ASSIGN) && node == id {
				e.bufferInit(b, v, bi, parent.Rhs[i])
				return
			}
		}
	case *ast.ValueSpec:
		for i, name := range parent.Names {
			if name != node {
				continue
			}
			switch len(parent.Values) {
			case 0:
				bi.defined = true
				b.inits[name] = v // the resolver's zero value of var buf bytes.Buffer
				return
			case len(parent.Names):
				e.bufferInit(b, v, bi, parent.Values[i])
				return
			}
		}
	case *ast.ReturnStmt:
		return // the caller's variable is another one
	case *ast.Field:
		bi.escapes(id.Pos(), "buffer "+v.Name()+", a parameter")
		return
	}
	bi.escapes(id.Pos(), "buffer "+v.Name()+", used where its writes cannot be followed")
}

// bufferInit records the value a buffer variable is declared or assigned with.
func (e *Extractor) bufferInit(b *buffers, v *types.Var, bi *bufInfo, rhs ast.Expr) {
	x := ast.Unparen(rhs)
	b.inits[x] = v
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
		b.inits[x] = v
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		if len(x.Elts) == 0 {
			bi.defined = true
			return
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
			if b, ok := e.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
				bi.defined = true
				return
			}
		}
		fn := resolve.Callee(e.pass.TypesInfo, x)
		if (isFunc(fn, "bytes", "NewBufferString") || isFunc(fn, "bytes", "NewBuffer")) && len(x.Args) == 1 {
			bi.defined = true
			bi.writes = append(bi.writes, bufWrite{text: x.Args[0]})
			return
		}
	}
	bi.escapes(rhs.Pos(), "buffer "+v.Name()+", whose initial content is not followed")
}

// encoderOf handles json.NewEncoder(buf): an Encode on the new encoder, or
// an encoder variable whose uses are classified later. stack ends at the
// NewEncoder call.
func (e *Extractor) encoderOf(v *types.Var, bi *bufInfo, stack []ast.Node, encoders map[*types.Var]*types.Var) bool {
	node, p := up(stack, len(stack)-1)
	if p < 0 {
		return false
	}
	switch parent := stack[p].(type) {
	case *ast.SelectorExpr:
		if p == 0 {
			return false
		}
		call, ok := stack[p-1].(*ast.CallExpr)
		if !ok || call.Fun != parent {
			return false
		}
		return e.encoderMethod(bi, parent.Sel.Name, call)
	case *ast.AssignStmt:
		for i, rhs := range parent.Rhs {
			if rhs == node && len(parent.Lhs) == len(parent.Rhs) {
				if id, ok := parent.Lhs[i].(*ast.Ident); ok {
					if ev, ok := e.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
						encoders[ev] = v
						return true
					}
				}
			}
		}
	case *ast.ValueSpec:
		for i, val := range parent.Values {
			if val == node && len(parent.Names) == len(parent.Values) {
				if ev, ok := e.pass.TypesInfo.Defs[parent.Names[i]].(*types.Var); ok {
					encoders[ev] = v
					return true
				}
			}
		}
	}
	return false
}

func (e *Extractor) encoderMethod(bi *bufInfo, method string, call *ast.CallExpr) bool {
	switch method {
	case "Encode":
		if len(call.Args) == 1 {
			bi.writes = append(bi.writes, bufWrite{encode: call.Args[0]})
			return true
		}
	case "SetIndent", "SetEscapeHTML":
		return true
	}
	return false
}

// encoderUse classifies one use of an encoder variable made on a buffer.
func (e *Extractor) encoderUse(bi *bufInfo, stack []ast.Node) {
	if bi == nil {
		return
	}
	id := stack[len(stack)-1]
	node, p := up(stack, len(stack)-1)
	if p < 0 {
		return
	}
	switch parent := stack[p].(type) {
	case *ast.SelectorExpr:
		if p > 0 && parent.X == node {
			if call, ok := stack[p-1].(*ast.CallExpr); ok && call.Fun == parent && e.encoderMethod(bi, parent.Sel.Name, call) {
				return
			}
		}
	case *ast.AssignStmt:
		if ex, ok := node.(ast.Expr); ok && slices.Contains(parent.Lhs, ex) && node == id {
			return // its definition
		}
	case *ast.ValueSpec:
		if ident, ok := id.(*ast.Ident); ok && slices.Contains(parent.Names, ident) {
			return
		}
	}
	bi.escapes(id.Pos(), "a JSON encoder used where its writes cannot be followed")
}

func isFunc(fn *types.Func, path, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name
}
