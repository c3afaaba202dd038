package p

import "strings"

// Callees are checked before their callers: c's call first, then b's call of
// c, then a's call of b.

func a() {
	b() // want `3 in a`
	_ = []int{} // want `literal in a`
}

func b() {
	c() // want `2 in b`
}

func c() {
	strings.ToUpper("") // want `1 in c`
}

// A recursive call does not wait for itself; a function literal's calls are
// its declaration's.
func r(n int) {
	func() { // want `4 in r`
		r(n - 1) // want `5 in r`
	}()
}

// Calls in package-level initialisers come last, outside any function.
var x = d() // want `7 outside`

var y = []int{} // want `literal outside`

func d() int {
	return len("d") // want `6 in d`
}
