package payload_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// probe reports, at every call of message/messageAnyDepth (with
// NestedUnknowns)/alternatives/keys/encoded/check
// in the test package, what the extractor knows about the argument, and at
// every function whose name starts with "summarise" the summary of its
// result. A function named Helper of another package is known to return
// helper_key plus the fields of its first argument.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := resolve.New(pass)
		helper := func(fn *types.Func) (payload.Summary, bool) {
			if fn.Name() != "Helper" {
				return payload.Summary{}, false
			}
			return payload.Summary{Keys: []string{"helper_key"}, Paths: []string{"helper_key"}, Params: []int{0}}, true
		}
		e := payload.New(pass, r, payload.Options{Helper: helper})
		anyDepth := payload.New(pass, r, payload.Options{Helper: helper, NestedUnknowns: true})
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fd.Name.Name, "readerOf") {
					// What a reader a function returns reads, its
					// parameters being slots.
					fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
					rds := e.Reads(r.Returns(fn, 0, resolve.Summary(fn)))
					reads := make([]string, 0, len(rds))
					for _, rd := range rds {
						reads = append(reads, show(rd.Fields))
					}
					pass.Reportf(fd.Name.Pos(), "reads %s", strings.Join(reads, " | "))
				}
				if fd, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fd.Name.Name, "summarise") {
					fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
					n := e.MessageSet(r.Returns(fn, 0, resolve.Summary(fn)))
					s := n.Summary()
					n.Slots = payload.Forwardable(fn, n.Slots) // what callers are left to check
					pass.Reportf(fd.Name.Pos(), "summary keys(%s) paths(%s) params%v incomplete=%v slots(%s)",
						strings.Join(s.Keys, ", "), strings.Join(s.Paths, ", "), s.Params, s.Incomplete, slots(n))
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, ok := call.Fun.(*ast.Ident)
				if !ok || len(call.Args) == 0 {
					return true
				}
				arg := call.Args[0]
				set := r.Resolve(arg, nil)
				switch id.Name {
				case "message":
					pass.Reportf(call.Pos(), "%s", show(e.MessageSet(set)))
				case "messageAnyDepth":
					pass.Reportf(call.Pos(), "%s", show(anyDepth.MessageSet(set)))
				case "alternatives":
					var alts []string
					for _, l := range set.Leaves {
						for _, a := range e.Alternatives(l) {
							alts = append(alts, show(a))
						}
					}
					pass.Reportf(call.Pos(), "%s", strings.Join(alts, " | "))
				case "reads":
					var reads []string
					for _, rd := range e.Reads(set) {
						if rd.Empty {
							reads = append(reads, "empty")
							continue
						}
						reads = append(reads, show(rd.Fields))
					}
					pass.Reportf(call.Pos(), "%s", strings.Join(reads, " | "))
				case "supplied":
					// supplied(arg, kind): what the argument brings for a slot.
					k, _ := strconv.Atoi(pass.TypesInfo.Types[call.Args[1]].Value.ExactString())
					pass.Reportf(call.Pos(), "%s", show(e.Supplied(arg, nil, payload.Kind(k))))
				case "keys":
					pass.Reportf(call.Pos(), "%s", show(e.MapKeys(set)))
				case "encoded":
					pass.Reportf(call.Pos(), "%s", show(e.Encoded(set, pass.TypesInfo.TypeOf(arg), arg.Pos())))
				case "check":
					// check(msg, "a|b,c.d"): the verdict on paths.
					req := pass.TypesInfo.Types[call.Args[1]].Value.ExactString()
					var reqs [][]string
					for _, item := range strings.Split(strings.Trim(req, `"`), ",") {
						reqs = append(reqs, strings.Split(item, "|"))
					}
					missing, verdict := e.MessageSet(set).CheckPaths(reqs, naming.Key)
					pass.Reportf(call.Pos(), "verdict %d missing(%s)", verdict, strings.Join(missing, ", "))
				}
				return true
			})
		}
		return nil, nil
	},
}

// show renders what is known about a payload.
func show(n payload.Fields) string {
	paths := make([]string, 0, len(n.Paths))
	for p := range n.Paths {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	out := fmt.Sprintf("has(%s) paths(%s)", strings.Join(n.Sorted(), ", "), strings.Join(paths, ", "))
	if len(n.Slots) > 0 {
		out += " slots(" + slots(n) + ")"
	}
	if len(n.Unknowns) > 0 {
		out += " unknown(" + n.Unknowns[0].What + ")"
	}
	return out
}

func slots(n payload.Fields) string {
	parts := make([]string, 0, len(n.Slots))
	for _, s := range n.Slots {
		parts = append(parts, fmt.Sprintf("param%d:%s", s.Param, s.Kind))
	}
	return strings.Join(parts, ", ")
}

func TestExtractor(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "payload/probe", "payload/readers")
}

func TestKindString(t *testing.T) {
	for k, want := range map[payload.Kind]string{payload.Message: "message", payload.Keys: "keys", payload.Custom + 1: "kind33"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func TestCheckPaths(t *testing.T) {
	var f payload.Fields
	f.AddPath("run_id")
	f.AddPath("trigger.eventId")
	f.AddKey("metrics")
	missing, verdict := f.CheckPaths([][]string{{"run_id"}, {"trigger.event_id"}, {"Metrics"}, {"event_id"}, {"trigger.etag"}}, naming.Key)
	if verdict != resolve.Lacks || !slices.Equal(missing, []string{"event_id", "trigger.etag"}) {
		t.Errorf("CheckPaths = %q, %v; want [event_id trigger.etag], Lacks", missing, verdict)
	}
	if !f.Has["eventId"] || !f.Has["metrics"] {
		t.Errorf("Has = %v: a path's last key and a top-level key are names at any depth", f.Has)
	}
	f.Unknown(0, "x")
	if _, verdict := f.CheckPaths([][]string{{"trigger.etag"}}, naming.Key); verdict != resolve.CannotTell {
		t.Errorf("with an unknown source: %v, want CannotTell", verdict)
	}
	under := f.Under("outer")
	if !under.Paths["outer.trigger.eventId"] || under.Paths["run_id"] || !f.Paths["run_id"] {
		t.Errorf("Under: %v (original %v)", under.Paths, f.Paths)
	}
}

func TestSure(t *testing.T) {
	var f payload.Fields
	f.Unknown(0, "x")
	for i, k := range []payload.Kind{payload.Message, payload.Value, payload.Hole, payload.Keys, payload.Custom} {
		f.AddSlot(payload.SlotAt{Slot: payload.Slot{Param: i, Kind: k}})
	}
	isolated, inText := f, f
	isolated.Slots = slices.Clone(f.Slots)
	isolated.Sure(true)
	inText.Slots = slices.Clone(f.Slots)
	inText.Sure(false)
	kinds := func(f payload.Fields) []payload.Kind {
		out := make([]payload.Kind, 0, len(f.Slots))
		for _, s := range f.Slots {
			out = append(out, s.Kind)
		}
		return out
	}
	if got, want := kinds(isolated), []payload.Kind{payload.Part, payload.Nested, payload.Hole}; !slices.Equal(got, want) || len(isolated.Unknowns) != 0 {
		t.Errorf("Sure(true) kinds = %v, want %v, and no unknowns", got, want)
	}
	if got, want := kinds(inText), []payload.Kind{payload.Hole, payload.Nested, payload.Hole}; !slices.Equal(got, want) {
		t.Errorf("Sure(false) kinds = %v, want %v", got, want)
	}
}

func TestHelperFact(t *testing.T) {
	for _, c := range []struct {
		s      payload.Summary
		want   string
		export bool
	}{
		{payload.Summary{Keys: []string{"run_id", "timestamp"}, Params: []int{0, 2}}, "fields(run_id, timestamp)+param0+param2", true},
		{payload.Summary{Keys: []string{"error"}, Incomplete: true}, "fields(error) incomplete", true},
		{payload.Summary{}, "fields()", true}, // a result known to carry nothing
		{payload.Summary{Incomplete: true}, "fields() incomplete", false},
	} {
		f, ok := payload.NewHelperFact(c.s)
		if got := f.String(); got != c.want || ok != c.export {
			t.Errorf("NewHelperFact(%+v) = %q, %v; want %q, %v", c.s, got, ok, c.want, c.export)
		}
		if back := f.Summary(); !slices.Equal(back.Keys, c.s.Keys) || back.Incomplete != c.s.Incomplete {
			t.Errorf("Summary() = %+v, want %+v", back, c.s)
		}
	}
}
