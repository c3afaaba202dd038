// Package opaque exercises what the resolver keeps about values it cannot
// look into: their type and, for field reads, the field.
package opaque

import "resolve/other"

func opaque(v any) {}

type local struct {
	ID   string
	Next *local
}

func fields(p *other.Context, q local) {
	c, _ := other.FromContext()
	opaque(c.RequestID) // want `opaque: field=other.RequestID type=string$`
	id := c.RequestID
	alias := id
	opaque(alias)                    // want `opaque: field=other.RequestID type=string$`
	opaque(c.Inner.Deep)             // want `opaque: field=other.Deep type=string$`
	opaque(p.RequestID)              // want `opaque: field=other.RequestID type=string$`
	opaque(p)                        // want `opaque: type=\*resolve/other.Context$`
	opaque(q.Next.ID)                // want `opaque: field=opaque.ID type=string$`
	opaque(other.Current.Inner.Deep) // want `opaque: field=other.Deep type=string$`
}

func elements(p *other.Context) {
	for _, it := range p.Items {
		opaque(it)    // want `opaque: type=resolve/other.Item$`
		opaque(it.ID) // want `opaque: field=other.ID type=\*string$`
	}
	for _, it := range other.Items() {
		opaque(*it.ID) // want `opaque: field=other.ID type=\*string$`
	}
	items := other.Items()
	opaque(items[0].ID) // want `opaque: field=other.ID type=\*string$`
}

func known() {
	l := local{ID: "x"}
	opaque(l.ID) // want `opaque:$`
}

func changed() {
	l := local{ID: "x"}
	other.Touch(&l)
	// Touch may change l.ID; so may other packages, as ID is exported.
	opaque(l.ID) // want `opaque: changed field=opaque.ID type=string$`
}

// A literal whose calls are not all known (it is returned): its parameter
// is unknown, and still known by its type.
func literal() func(p *other.Context) {
	return func(p *other.Context) {
		opaque(p.RequestID) // want `opaque: field=other.RequestID type=string$`
	}
}
