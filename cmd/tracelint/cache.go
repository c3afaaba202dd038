package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// A resultCache keeps, on disk, the results (findings and analysis errors)
// of each package that was analysed, under the package's key (keys.go): a
// hash of everything the results depend on. A second run on unchanged code
// reads every result and analyses nothing; after an edit, only the packages
// whose key changed (the edited package and those importing it) are
// analysed again.
//
// It lives in $TRACELINT_CACHE when that is a directory name, else in the
// user's cache directory (os.UserCacheDir()/tracelint); TRACELINT_CACHE=off
// or -cache=false disables it. Entries are written atomically (a temporary
// file renamed into place), so concurrent runs share it safely; entries not
// used for trimAge are removed, at most once a day.
type resultCache struct {
	dir string
}

// cacheVersion separates incompatible layouts of the entries.
const cacheVersion = "v1"

const (
	trimAge      = 5 * 24 * time.Hour
	trimInterval = 24 * time.Hour
	touchAfter   = time.Hour // an entry's time is refreshed when older
)

// openCache returns the cache, or nil (with the reason) when it is off or
// unusable: the run then analyses everything, as without a cache.
func openCache() (*resultCache, error) {
	dir := os.Getenv("TRACELINT_CACHE")
	switch dir {
	case "off":
		return nil, nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, err
		}
		dir = filepath.Join(base, "tracelint")
	}
	dir = filepath.Join(dir, cacheVersion)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &resultCache{dir: dir}, nil
}

// cached is one package's entry: its ID and its results (analyzer → raw
// diagnostics or error), as in a jsonTree.
type cached struct {
	ID      string                     `json:"id"`
	Results map[string]json.RawMessage `json:"results"`
}

func (c *resultCache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key)
}

// get returns the entry for key, if there is a readable one.
func (c *resultCache) get(key string) (cached, bool) {
	p := c.path(key)
	data, err := os.ReadFile(p)
	if err != nil {
		return cached{}, false
	}
	var e cached
	if json.Unmarshal(data, &e) != nil {
		return cached{}, false // a damaged entry is a miss
	}
	if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > touchAfter {
		now := time.Now()
		_ = os.Chtimes(p, now, now) // used: keep it past the next trim
	}
	return e, true
}

// put stores the entry for key. A failure to write is not an error of the
// run: the next run analyses the package again.
func (c *resultCache) put(key string, e cached) {
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(mustJSON(e))
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), p) != nil {
		_ = os.Remove(f.Name())
	}
}

// trim removes the entries not used for trimAge, at most once every
// trimInterval (a marker file records the last trim).
func (c *resultCache) trim() {
	marker := filepath.Join(c.dir, "trim.txt")
	if fi, err := os.Stat(marker); err == nil && time.Since(fi.ModTime()) < trimInterval {
		return
	}
	if err := os.WriteFile(marker, []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644); err != nil {
		return
	}
	cutoff := time.Now().Add(-trimAge)
	_ = filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() || path == marker {
			return nil
		}
		if fi, err := d.Info(); err == nil && fi.ModTime().Before(cutoff) {
			_ = os.Remove(path)
		}
		return nil
	})
}
