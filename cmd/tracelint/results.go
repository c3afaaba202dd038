package main

import (
	"cmp"
	"encoding/json"
	"go/token"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The results of a run, as the -json output shows them and the cache keeps
// them: the multichecker's schema, package ID → analyzer → the analyzer's
// diagnostics, or {"error": ...} when it failed. A package that did not
// load has the pseudo-analyzer "load" with {"error": ...}.
type jsonTree map[string]map[string]json.RawMessage

// loadKey is the pseudo-analyzer of a package's load errors in a jsonTree.
const loadKey = "load"

type (
	jsonDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"` // file:line:col
		End            string        `json:"end"`
		Message        string        `json:"message"`
		SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated `json:"related,omitempty"`

		analyzer string // not in the JSON: the key it is found under
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
)

// entry encodes an analyzer's result on a package: its diagnostics, or its
// error. ok is false when there is nothing to record (no diagnostics).
func entry(fset *token.FileSet, diags []analysis.Diagnostic, err error) (json.RawMessage, bool) {
	if err != nil {
		return mustJSON(jsonError{err.Error()}), true
	}
	if len(diags) == 0 {
		return nil, false
	}
	out := make([]jsonDiagnostic, 0, len(diags))
	for _, d := range diags {
		jd := jsonDiagnostic{
			Category: d.Category,
			Posn:     fset.Position(d.Pos).String(),
			End:      fset.Position(cmp.Or(d.End, d.Pos)).String(),
			Message:  d.Message,
		}
		for _, fix := range d.SuggestedFixes {
			jf := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
			for _, e := range fix.TextEdits {
				jf.Edits = append(jf.Edits, jsonEdit{
					Filename: fset.Position(e.Pos).Filename,
					Start:    fset.Position(e.Pos).Offset,
					End:      fset.Position(e.End).Offset,
					New:      string(e.NewText),
				})
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, jsonRelated{
				Posn:    fset.Position(r.Pos).String(),
				End:     fset.Position(cmp.Or(r.End, r.Pos)).String(),
				Message: r.Message,
			})
		}
		out = append(out, jd)
	}
	return mustJSON(out), true
}

func mustJSON(v any) json.RawMessage {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain structs of strings and ints
	}
	return data
}

// A problem is an error the run met: a package that did not load, or an
// analyzer that failed on one.
type problem struct {
	pkg, analyzer, message string
}

// findings returns the diagnostics of the tree, each once (a file of a
// package and of its test variant is reported by both), sorted by file,
// line, column, analyzer and message, and the problems.
func (tree jsonTree) findings() ([]jsonDiagnostic, []problem) {
	var diags []jsonDiagnostic
	var problems []problem
	seen := make(map[string]bool)
	for _, pkg := range slices.Sorted(maps.Keys(tree)) {
		for _, analyzer := range slices.Sorted(maps.Keys(tree[pkg])) {
			raw := tree[pkg][analyzer]
			var failed jsonError
			if isObject(raw) {
				if json.Unmarshal(raw, &failed) == nil {
					problems = append(problems, problem{pkg, analyzer, failed.Err})
				}
				continue
			}
			var list []jsonDiagnostic
			if err := json.Unmarshal(raw, &list); err != nil {
				problems = append(problems, problem{pkg, analyzer, "unreadable findings: " + err.Error()})
				continue
			}
			for _, d := range list {
				key := analyzer + "\x00" + d.Posn + "\x00" + d.End + "\x00" + d.Message
				if seen[key] {
					continue
				}
				seen[key] = true
				d.analyzer = analyzer
				diags = append(diags, d)
			}
		}
	}
	slices.SortFunc(diags, compareDiagnostics)
	return diags, problems
}

func compareDiagnostics(a, b jsonDiagnostic) int {
	af, al, ac, _ := splitPosn(a.Posn)
	bf, bl, bc, _ := splitPosn(b.Posn)
	return cmp.Or(strings.Compare(af, bf), cmp.Compare(al, bl), cmp.Compare(ac, bc),
		strings.Compare(a.analyzer, b.analyzer), strings.Compare(a.Message, b.Message))
}

func isObject(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	return strings.HasPrefix(s, "{")
}

// withoutRepeats returns the tree for -json: a package's test variant
// ("p [p.test]") no longer repeats the findings its package ("p") reports
// in the files they share.
func (tree jsonTree) withoutRepeats() jsonTree {
	out := make(jsonTree, len(tree))
	base := func(id string) (string, bool) {
		b, variant, ok := strings.Cut(id, " [")
		return b, ok && strings.HasSuffix(variant, ".test]")
	}
	for id, byAnalyzer := range tree {
		b, isVariant := base(id)
		plain, ok := tree[b]
		if !isVariant || !ok {
			out[id] = byAnalyzer
			continue
		}
		kept := make(map[string]json.RawMessage)
		for analyzer, raw := range byAnalyzer {
			var mine, theirs []jsonDiagnostic
			if isObject(raw) || json.Unmarshal(raw, &mine) != nil || json.Unmarshal(plain[analyzer], &theirs) != nil {
				kept[analyzer] = raw
				continue
			}
			seen := make(map[string]bool, len(theirs))
			for _, d := range theirs {
				seen[d.Posn+"\x00"+d.End+"\x00"+d.Message] = true
			}
			mine = slices.DeleteFunc(mine, func(d jsonDiagnostic) bool { return seen[d.Posn+"\x00"+d.End+"\x00"+d.Message] })
			if len(mine) > 0 {
				kept[analyzer] = mustJSON(mine)
			}
		}
		if len(kept) > 0 {
			out[id] = kept
		}
	}
	return out
}

// filter returns the tree with only the diagnostics keep accepts.
func (tree jsonTree) filter(keep func(analyzer string, d jsonDiagnostic) bool) jsonTree {
	out := make(jsonTree, len(tree))
	for id, byAnalyzer := range tree {
		kept := make(map[string]json.RawMessage)
		for analyzer, raw := range byAnalyzer {
			var list []jsonDiagnostic
			if isObject(raw) || json.Unmarshal(raw, &list) != nil {
				kept[analyzer] = raw
				continue
			}
			list = slices.DeleteFunc(list, func(d jsonDiagnostic) bool { return !keep(analyzer, d) })
			if len(list) > 0 {
				kept[analyzer] = mustJSON(list)
			}
		}
		if len(kept) > 0 {
			out[id] = kept
		}
	}
	return out
}
