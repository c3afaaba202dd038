// Package keyhelpers builds marker keys for other packages; it imports no
// S3 package, and its helpers' templates reach its callers as facts.
package keyhelpers

import "path"

// Success is the marker's file name.
const Success = "_SUCCESS"

func SuccessKey(prefix string) string { // want SuccessKey:`keys\("{param0}/_SUCCESS"\)`
	return path.Join(prefix, Success)
}

func LatestKey(table string) string { // want LatestKey:`keys\("tables/{param0}/_LATEST.json"\)`
	return "tables/" + table + "/_LATEST.json"
}

func DataKey(prefix, name string) string { // want DataKey:`keys\("{param0}/{param1}"\)`
	return prefix + "/" + name
}

func Describe(prefix string) string {
	return "marker " + Success + " under " + prefix
}
