package partition_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/partition"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

func TestNameBefore(t *testing.T) {
	for text, want := range map[string]string{
		"raw/run_id=":  "run_id",
		"run_id=":      "run_id",
		"x/dt-2=":      "dt-2",
		"--run-key=":   "--run-key",
		"a b=":         "b",
		"=":            "",
		"raw/=":        "",
		"run_id":       "",
		"run_id=x":     "",
		"año=":         "o", // the name is what precedes '=' (callers check where it starts)
		"s3://b/ds=v=": "v",
	} {
		got, ok := partition.NameBefore(text)
		if got != want || ok != (want != "") {
			t.Errorf("NameBefore(%q) = %q, %t; want %q", text, got, ok, want)
		}
	}
}

// tmpl builds a template from a spec where {} is a hole formatted with %s
// and {d} one formatted with %d.
func tmpl(spec string) strval.Template {
	var t strval.Template
	for spec != "" {
		i := strings.IndexByte(spec, '{')
		if i < 0 {
			t = append(t, strval.Part{Text: spec})
			break
		}
		if i > 0 {
			t = append(t, strval.Part{Text: spec[:i]})
		}
		j := strings.IndexByte(spec[i:], '}') + i
		verb := "%s"
		if spec[i+1:j] != "" {
			verb = "%" + spec[i+1:j]
		}
		t = append(t, strval.Part{Hole: true, Verb: verb})
		spec = spec[j+1:]
	}
	return t
}

func TestRead(t *testing.T) {
	for spec, want := range map[string]string{
		"raw/dt=2024-01-01/part-0.parquet":      "names [dt] free []",
		"raw/dt={}/run_id={}/part-{d}.parquet":  "names [dt run_id] free []",
		"dt={}/run_id={}/part-0.parquet":        "names [dt run_id] free []",
		"{}/dt={}/part.parquet":                 "names [dt] free [0]",
		"{}run_id={}/x":                         "names [run_id] free []",
		"raw/dt={}/{}":                          "names [dt] free [3]",
		"raw/dt={}/{}.parquet":                  "names [dt] free []",
		"raw/dt={}/{d}":                         "names [dt] free []",
		"{}":                                    "names [] free [0]",
		"reports/summary.csv":                   "names [] free []",
		"reports/x=1.csv":                       "names [x] free []",
		"tmp/{}/part.json":                      "names [] free [1]",
		"raw/table_dt=1/x":                      "names [table_dt] free []",
		"raw/my run_id=1/x":                     "names [] free []",
		"raw/{}/{}/y=2/x":                       "names [y] free [1 3]",
		"a={}{}/b":                              "names [a] free []",
		"{}{}/b":                                "names [] free [0 1]",
		"raw/year={d}/month={02d}/day={02d}/{}": "names [year month day] free [7]",
	} {
		k := partition.Read(tmpl(spec))
		if got := fmt.Sprintf("names %v free %v", k.Names, k.Free); got != want {
			t.Errorf("Read(%q) = %s, want %s", spec, got, want)
		}
	}
	if k := partition.Read(tmpl("x/run_id={}/y")); !k.Has("run_id") || k.Has("run") {
		t.Errorf("Has: %v", k.Names)
	}
	if got := partition.Read(tmpl("dt={}/run_id={}/x")).Names; !slices.Equal(got, []string{"dt", "run_id"}) {
		t.Errorf("Names in order: %v", got)
	}
}
