// Package probe exercises the value resolver: the test analyzer reports,
// for every probe call, what the resolver knows about its argument.
package probe

import (
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"

	"resolve/other"
)

func values(v any)          {}
func elems(v any)           {}
func field(v any, f string) {}

const local = "local"

type pair struct {
	Name  *string
	Items []string
	inner
}

type inner struct{ Deep string }

func constants() {
	values(local)                         // want `values: "local"$`
	values(other.Name)                    // want `values: "other-const"$`
	values(other.Mutable)                 // want `values: unknown\(variable other.Mutable\)$`
	values(aws.String(local))             // want `values: "local"$`
	values(aws.ToString(aws.String("x"))) // want `values: "x"$`
	type myString string
	values(string(myString("conv"))) // want `values: "conv"$`
	values(nil)                      // want `values:$`
}

func locals(cond bool) {
	s := "a"
	if cond {
		s = "b"
	}
	p := &s
	values(*p) // want `values: "a" "b"$`
	var t string
	values(t) // want `values: binary zero$`
	t += "suffix"
	values(t) // want `values: binary zero$`
}

func sliceElems(xs []string, cond bool) {
	out := []string{"lit"}
	for range xs {
		out = append(out, "loop")
	}
	if cond {
		out = append(out, xs...)
	}
	extra := make([]string, 2)
	extra[0] = "indexed"
	out = append(out, extra...)
	elems(out)          // want `elems: "indexed" "lit" "loop" unknown\(parameter xs\) zero$`
	elems(other.Make()) // want `elems: spread\(call other.Make\)$`
	elems(out[1:])      // want `elems: "indexed" "lit" "loop" unknown\(parameter xs\) zero$`
	values(out[0])      // want `values: "indexed" "lit" "loop" unknown\(parameter xs\) zero$`
}

func fields() {
	a := pair{Name: aws.String("lit")}
	a.Name = aws.String("later")
	a.Deep = "promoted"
	field(a, "Name") // want `field Name: "later" "lit"$`
	field(a, "Deep") // want `field Deep: "promoted" zero$`
	b := &pair{}
	c := b
	c.Items = append(c.Items, "via-alias")
	field(b, "Items") // want `field Items: call append zero$`
	elems(b.Items)    // want `elems: "via-alias"$`
	ps := []*pair{{}, {}}
	for _, p := range ps {
		p.Name = aws.String("range-assigned")
	}
	for i := range ps {
		ps[i].Items = []string{"index-assigned"}
	}
	elems(ps[0].Items) // want `elems: "index-assigned"$`
}

func helpers(x string) {
	values(ret("bound")) // want `values: "bound" "fixed"$`
	values(named())      // want `values: "named"$`
	a, b := two()
	values(a)                   // want `values: "first"$`
	values(b)                   // want `values: "second"$`
	elems(variadic("v1", "v2")) // want `elems: "v1" "v2"$`
	values(ret(x))              // want `values: "fixed" unknown\(parameter x\)$`
	raw, _ := json.Marshal(map[string]string{})
	values(string(raw))               // want `values: call json.Marshal$`
	values(fmt.Sprintf("%s", "v"))    // want `values: call fmt.Sprintf$`
	f := func(p string) { values(p) } // want `values: ""$`
	f("")
	g := func(p string) { values(p) } // want `values: unknown\(parameter p\)$`
	run(g)
}

func run(f func(string)) { f("run") }

func ret(s string) string {
	if s == "" {
		return "fixed"
	}
	return s
}

func named() (out string) {
	out = "named"
	return
}

func two() (string, string) { return "first", "second" }

func variadic(xs ...string) []string { return xs }

func escapes() {
	p := pair{Name: aws.String("before")}
	mutate(&p)
	field(p, "Name") // want `field Name: "before" "mutated"$`
	r := pair{Name: aws.String("kept")}
	replace(&r)
	field(r, "Name") // want `field Name: "kept" unknown\(r may be changed by probe.replace\)$`
	u := pair{}
	unknownCode(&u)
	field(u, "Name") // want `field Name: unknown\(u may be changed by probe.unknownCode\) zero$`
	q := pair{Name: aws.String("kept")}
	fmt.Println(&q)
	readOnly(&q)
	field(q, "Name") // want `field Name: "kept"$`
}

func mutate(p *pair)  { p.Name = aws.String("mutated") }
func replace(p *pair) { *p = pair{} }

var hook func(*pair)

func unknownCode(p *pair) { hook(p) }
func readOnly(p *pair)    { fmt.Println(p.Name) }

func typeSwitch(v any) {
	switch x := v.(type) {
	case string:
		values(x) // want `values: unknown\(variable x\)$`
	}
}

func recursive(n int) []string {
	if n == 0 {
		return []string{"base"}
	}
	return append(recursive(n-1), "step")
}

func useRecursive() {
	elems(recursive(3)) // want `elems: "base" "step" unknown\(result of recursive recursive\)$`
}

type recv struct{ name string }

func (r *recv) get(prefix string) string { return prefix + r.name }

func methodExpr() {
	r := &recv{name: "n"}
	values((*recv).get(r, "p")) // want `values: call probe.recv.get$`
	values(r.get("p"))          // want `values: binary$`
}

func mapLookup(k string) {
	tables := map[string]string{"runs": "job_runs", "orders": "orders"}
	tables["late"] = "late_table"
	values(tables["orders"]) // want `values: "orders"$`
	values(tables["late"])   // want `values: "late_table"$`
	values(tables[k])        // want `values: "job_runs" "late_table" "orders"$`
	values(tables["none"])   // want `values:$`
}
