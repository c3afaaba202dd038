// Package keys has key helpers whose templates the test analyzer saves in
// facts: parameters stay holes that callers fill.
package keys

import (
	"fmt"
	"os"
	"path"
)

// Prefix is a constant of this package.
const Prefix = "curated"

func DataKey(table, runID string, part int) string { // want DataKey:`templates\("curated/{param0}/run_id={param1}/part-{param2}.parquet"\)`
	return fmt.Sprintf("%s/%s/run_id=%s/part-%05d.parquet", Prefix, table, runID, part)
}

func Quoted(v string) string { // want Quoted:`templates\("v=\\"{param0}\\""\)`
	return fmt.Sprintf("v=%q", v)
}

func Marker(prefix string) string { // want Marker:`templates\("{param0}/_SUCCESS"\)`
	return path.Join(prefix, "_SUCCESS")
}

func Env() string { // want Env:`templates\("{}/x"\)`
	return os.Getenv("BASE") + "/x"
}

func Either(b bool, s string) string { // want Either:`templates\("a/{param1}", "b"\)`
	if b {
		return "a/" + s
	}
	return "b"
}

func (T) Method(s string) string { // want Method:`templates\("m={param0}"\)`
	return "m=" + s
}

// T has a method with a template.
type T struct{}

func Variadic(parts ...string) string { // want Variadic:`templates\("{}"\)`
	return path.Join(parts...)
}

// First's parts[0] is an element of the variadic parameter: not bound.
func First(parts ...string) string { // want First:`templates\("{}/{}"\)`
	return os.Getenv("X") + "/" + parts[0]
}
