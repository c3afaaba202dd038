package options

import "sync"

// Derived holds a value computed from an option (the index of a list, what
// a pattern requires), so that an analyzer computes it once rather than in
// every pass: a build has thousands of passes. It computes it again when
// the option changes; options are replaced when set, never changed in
// place, so Equal sees the change. It is safe for concurrent use.
type Derived[K, V any] struct {
	Equal func(a, b K) bool
	Make  func(K) V

	mu  sync.Mutex
	key K
	val V
	ok  bool
}

// Get returns the value derived from key.
func (d *Derived[K, V]) Get(key K) V {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.ok || !d.Equal(d.key, key) {
		d.key, d.val, d.ok = key, d.Make(key), true
	}
	return d.val
}
