package payload

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestTextKeys(t *testing.T) {
	for in, want := range map[string][]string{
		`{"execution_arn": "a", "run_id": "b"}`:                        {"execution_arn", "run_id"},
		` [{"a": {"b": [1, {"c": null}]}}] `:                           {"a", "b", "c"},
		`{"msg": "error: x=1"}`:                                        {"msg"},
		`{"a\"b": 1, "\u0041": 2}`:                                     {"A", `a"b`},
		"Glue job failed":                                              nil,
		"execution_arn=arn:aws:states:x:1:execution:sm:n run_id=1":     {"execution_arn", "run_id"},
		"https://console.aws.amazon.com/states/home?region=eu-west-1#": {"region"},
		"ExecutionArn: arn:aws:states\nRunId:\t1\nnote: a==b, c != d":  {"ExecutionArn", "RunId", "note"},
		"failed at 12:30: disk full":                                   nil,
		"arn:aws:states:eu-west-1:1:execution:sm:run_id":               nil,
		`{"execution_arn": "a", `:                                      {"execution_arn"},
		`'run_id': 'x', "timestamp" : 1`:                               {"run_id", "timestamp"},
		"x := 1; y += 2; z <= 3":                                       nil,
		"key-=v .dots.=v 9lives=v _u=v":                                {"_u", "dots", "lives"}, // key-= is an operator
		`"":1 "a`:                                                      nil,
		"":                                                             nil,
		`"run_id"`:                                                     nil,
		"{not json, \"run_id\": 1":                                     {"run_id"},
	} {
		got := TextKeys(in)
		if len(got) == 0 {
			got = nil
		}
		if !cmp.Equal(got, want) {
			t.Errorf("textKeys(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFragmentKeysBeforeHole(t *testing.T) {
	if got := FragmentKeys("\nrun_id:", true); !cmp.Equal(got, []string{"run_id"}) {
		t.Errorf("before a hole: %q", got)
	}
	if got := FragmentKeys("\nrun_id:", false); len(got) != 0 {
		t.Errorf("at the end of the text: %q", got)
	}
	// The closing quote of a value that fills a hole is not a key's.
	if got := FragmentKeys(`", "run_id": "`, true); !cmp.Equal(got, []string{"run_id"}) {
		t.Errorf("between holes: %q", got)
	}
	if got := FragmentKeys(`_arn": `, false); len(got) != 0 {
		t.Errorf("a key that starts in a hole: %q", got)
	}
}

func TestFormatFragments(t *testing.T) {
	got := formatFragments("run_id=%s 100%% %-8.2f|%v")
	want := []fragment{{"run_id=", true}, {" 100%% ", true}, {"|", true}}
	if !cmp.Equal(got, want, cmp.AllowUnexported(fragment{})) {
		t.Errorf("formatFragments = %+v, want %+v", got, want)
	}
}

var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*[A-Za-z0-9_]$|^[A-Za-z_]$`)

// FuzzTextKeys checks that scanning never panics, returns sorted distinct
// non-empty keys, finds every key of a JSON object, and finds a plain key in
// key=value and key: value pairs embedded in text.
func FuzzTextKeys(f *testing.F) {
	for _, seed := range [][2]string{
		{`{"execution_arn": "a"}`, "run_id"},
		{"run_id=1 timestamp: x", "ExecutionArn"},
		{`"a": "b": "c"`, "a.b"},
		{"\\\"x\\\":", "_"},
		{"{\"\xff\": 1}", "k-1"},
		{"'':'' ==", "x"},
		{"[[[[[[[[", "é"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, text, key string) {
		for _, got := range [][]string{TextKeys(text), FragmentKeys(text, true), FragmentKeys(text, false)} {
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Fatalf("keys of %q not sorted and distinct: %q", text, got)
			}
			for _, k := range got {
				if k == "" {
					t.Fatalf("empty key in %q: %q", text, got)
				}
			}
		}
		if key == "" || !utf8.ValidString(key) {
			return
		}
		doc, err := json.Marshal(map[string]any{key: []any{text, map[string]int{"inner": 1}}})
		if err != nil {
			t.Fatal(err)
		}
		if got := TextKeys(string(doc)); !slices.Contains(got, key) || !slices.Contains(got, "inner") {
			t.Fatalf("textKeys(%s) = %q, want %q and inner", doc, got, key)
		}
		if !plainKey.MatchString(key) || len(key) > maxKey {
			return
		}
		safe := strings.Map(func(r rune) rune {
			if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
				return ' '
			}
			return r
		}, text)
		for _, s := range []string{key + "=v", "x " + key + ": v", safe + " " + key + "=v " + text} {
			if got := TextKeys(s); !slices.Contains(got, key) && !isJSONDoc(s) {
				t.Fatalf("textKeys(%q) = %q, want %q", s, got, key)
			}
		}
	})
}

func isJSONDoc(s string) bool {
	_, _, ok := jsonKeys(s)
	return ok
}

// TestScanIsLinear guards against scans that look back to the start of the
// text for every colon (a quadratic scan takes minutes on these inputs).
func TestScanIsLinear(t *testing.T) {
	for _, unit := range []string{`":`, ` :`, "a=", `'a':`, "\\\":", "\\", "{\"a\":", "aaaaaaaa", " "} {
		s := strings.Repeat(unit, 50000)
		start := time.Now()
		TextKeys(s)
		FragmentKeys(s+"=", true)
		FragmentKeys(s+`":`, true)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("scanning %d × %q took %v", 50000, unit, d)
		}
	}
}
