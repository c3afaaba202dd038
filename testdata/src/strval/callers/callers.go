// Package callers evaluates calls of the key helpers of another package
// through their saved templates.
package callers

import (
	"strval/keys"
)

func eval(s any) {}

func calls(run string, n int) {
	eval(keys.DataKey("orders", run, n))         // want `eval: "curated/orders/run_id={}/part-{}.parquet"$`
	eval(keys.DataKey("orders", "R1", 7))        // want `eval: "curated/orders/run_id=R1/part-{}.parquet"$`
	eval(keys.Quoted("x"))                       // want `eval: "v=\\"x\\""$`
	eval(keys.Marker("out/run_id=" + run))       // want `eval: "out/run_id={}/_SUCCESS"$`
	eval(keys.Env())                             // want `eval: "{}/x"$`
	eval(keys.Either(true, "dt=1"))              // want `eval: "a/dt=1" "b"$`
	eval(keys.T{}.Method("1"))                   // want `eval: "m=1"$`
	eval(keys.T.Method(keys.T{}, "2"))           // want `eval: "m=2"$`
	eval(keys.Variadic("a", "b"))                // want `eval: "{}"$`
	eval(keys.First("a", "b"))                   // want `eval: "{}/{}"$`
	eval("p/" + keys.Marker(keys.Prefix) + "/x") // want `eval: "p/curated/_SUCCESS/x"$`
}
