package probe

import "resolve/other"

// What a function adds to what it is given (Received), pointers into
// places (path aliases), and slices made then filled at every index.

type datum struct {
	Name string
	Dims []string
}

type input struct {
	Data  []datum
	Ptrs  []*datum
	Attrs map[string]string
}

func added(v any, path string) {}
func summary(v any)            {}

// stamp appends to the dimensions of every datum it is given.
func stamp(data ...datum) {
	for i := range data {
		data[i].Dims = append(data[i].Dims, "RunId", "ExecutionArn")
	}
	added(data, "[].Dims.[]") // want `added \[\]\.Dims\.\[\]: "ExecutionArn" "RunId" unknown\(field Dims of a parameter\) zero$`
	added(data, "[].Name")    // want `added \[\]\.Name: zero$`
}

// decorate adds to the datums of the input it is given, through pointers
// into it, and to its map.
func decorate(in *input) {
	for _, d := range in.Ptrs {
		d.Dims = append(d.Dims, "viaRange")
	}
	first := &in.Data[0]
	first.Name = "viaAddr"
	in.Attrs["run_id"] = "r"
	added(in, "Ptrs.[].Dims.[]") // want `added Ptrs\.\[\]\.Dims\.\[\]: "viaRange" unknown\(field Ptrs of a parameter\) zero$`
	added(in, "Data.[].Name")    // want `added Data\.\[\]\.Name: "viaAddr" zero$`
	added(in, "Data.[].Dims")    // want `added Data\.\[\]\.Dims: zero$`
}

// copies does not add to what it is given: its range variable is a copy.
func copies(data []datum) {
	for _, d := range data {
		d.Name = "copy"
	}
	added(data, "[].Name") // want `added \[\]\.Name: zero$`
}

func filled(names []string, n int) {
	a := make([]datum, len(names))
	for i, name := range names {
		a[i] = datum{Name: name}
	}
	elems(a) // want `elems: lit$`

	b := make([]datum, n)
	for i := range n {
		b[i] = datum{Name: "b"}
	}
	elems(b) // want `elems: lit$`

	c := make([]datum, n)
	for i := 0; i < len(c); i++ {
		c[i] = datum{Name: "c"}
	}
	elems(c) // want `elems: lit$`

	d := make([]datum, len(names))
	for i := range d {
		d[i] = datum{Name: "d"}
	}
	elems(d) // want `elems: lit$`

	var arr [2]datum
	for i := range arr {
		arr[i] = datum{Name: "arr"}
	}
	elems(arr) // want `elems: lit$`
}

// notFilled: some index may keep its zero value.
func notFilled(names []string, n int) {
	a := make([]datum, len(names)+1)
	for i, name := range names {
		a[i] = datum{Name: name}
	}
	elems(a) // want `elems: lit zero$`

	b := make([]datum, n)
	for i := range names {
		b[i] = datum{Name: "b"}
	}
	elems(b) // want `elems: lit zero$`

	c := make([]datum, len(names))
	for i, name := range names {
		if name == "" {
			continue
		}
		c[i] = datum{Name: name}
	}
	elems(c) // want `elems: lit zero$`

	d := make([]datum, len(names))
	for i := range names {
		if i > 0 {
			d[i] = datum{Name: "d"}
		}
	}
	elems(d) // want `elems: lit zero$`

	e := make([]datum, len(names))
	for i := 0; i < len(names); i += 2 {
		e[i] = datum{Name: "e"}
	}
	elems(e) // want `elems: lit zero$`

	f := make([]datum, len(names))
	for i := range names {
		f[i] = datum{Name: "f"}
		i++
	}
	elems(f) // want `elems: lit zero$`
}

// Fields of values that cannot be followed: what the package stores there.
type client struct {
	dims  []string
	topic string
	edits []string
	Name  string
}

func newClient(stage string) *client {
	c := &client{dims: []string{"RunId", "ExecutionArn"}}
	c.topic = "alerts-" + stage
	return &client{Name: "named"}
}

func (c *client) setEdits(e string) { c.edits = append(c.edits, e) }

func (c *client) send() {
	elems(c.dims)   // want `elems: "ExecutionArn" "RunId"$`
	values(c.topic) // want `values: binary$`
	values(c.edits) // want `values: unknown\(parameter c\)$`
	values(c.Name)  // want `values: "named" unknown\(field Name, which other packages may set\)$`
	summary(c.dims) // want `summary: lit$`
}

func parts(v any)     {}
func partElems(v any) {}

type metric struct{ Name string }

// Parts of parameters, for an analyzer that checks them at the callers.
func partsOf(in *input, data []datum, toDatum func(metric) datum, ms []metric) {
	partElems(in.Data)      // want `partElems: spread\(param0.Data\)$`
	parts(in.Data[0].Dims)  // want `parts: param0.Data.\[\].Dims$`
	parts(data[1])          // want `parts: spread\(param1\)$`
	partElems(data[1].Dims) // want `partElems: spread\(param1.\[\].Dims\)$`
	for _, m := range ms {
		parts(toDatum(m)) // want `parts: param2.\(\)$`
	}
	summary(in.Data) // want `summary: unknown\(field Data of a parameter\)$`
}

// A range variable is a copy of each element: what is assigned to it
// belongs to it, not to the slice.
func rangeCopy() {
	src := []datum{{Name: "a"}}
	var out []datum
	for _, d := range src {
		d.Dims = append(d.Dims, "x")
		out = append(out, d)
	}
	elems(out[0].Dims) // want `elems: "x"$`
	elems(src[0].Dims) // want `elems:$`
}

func partsAdded(v any, path string) {}

// copyStamp copies the datums of the input it is given, adding to each.
func copyStamp(in *input) {
	var out []datum
	for _, d := range in.Data {
		d.Dims = append(d.Dims, "RunId")
		out = append(out, d)
		parts(d.Dims)     // want `parts: call append param0.Data.\[\].Dims$`
		partElems(d.Dims) // want `partElems: "RunId" spread\(param0.Data.\[\].Dims\)$`
	}
	partElems(out)                // want `partElems: param0.Data.\[\]$`
	partsAdded(out[0], "Dims.[]") // want `partsAdded Dims\.\[\]: "RunId" spread\(param0.Data.\[\].Dims\) zero$`
}

// Function values.
type runner struct {
	newID func() string
	name  func(int) string
}

func newRunner() *runner { return &runner{newID: other.NewID, name: strconvName} }

func strconvName(i int) string { return "name" }

func (r *runner) start() {
	values(r.newID()) // want `values: call &\{r newID\}$`
	values(r.name(1)) // want `values: "name"$`
	f := r.name
	values(f(2)) // want `values: "name"$`
}

func (r *runner) label(prefix string) string { return prefix + "-label" }

func closures(cond bool) {
	send := func(d datum) string { return d.Name }
	values(send(datum{Name: "sent"}))  // want `values: "sent"$`
	values(send(datum{Name: "again"})) // want `values: "again"$`

	each := func(d datum) {
		values(d.Name) // want `values: "one" "two"$`
	}
	each(datum{Name: "one"})
	each(datum{Name: "two"})

	direct := func(s string) string { return s + "!" }("x")
	values(direct) // want `values: binary$`

	r := &runner{}
	m := r.label
	values(m("p")) // want `values: binary$`

	var maybe func() string
	if cond {
		maybe = func() string { return "lit" }
	} else {
		maybe = other.NewID
	}
	values(maybe()) // want `values: "lit" call maybe$`
}

func flush[T any](items []T, toDatum func(T) datum) {
	for _, it := range items {
		field(toDatum(it), "Name") // want `field Name: unknown\(field Name of result of a function value\)$`
		parts(toDatum(it).Name)    // want `parts: param1.\(\).Name$`
	}
}

func useFlush(ms []metric) {
	flush(ms, func(m metric) datum { return datum{Name: "flushed"} })
}
