// Package probe exercises string templates: the test analyzer reports the
// templates of every eval argument, holes shown as {}.
package probe

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"resolve/other"
)

func eval(s any) {}

const prefix = "etl_"

func templates(env, runID string, n int, cond bool) {
	eval("plain")                                                             // want `eval: "plain"$`
	eval(prefix + "runs")                                                     // want `eval: "etl_runs"$`
	eval(other.Name + "/" + env)                                              // want `eval: "other-const/{}"$`
	eval(fmt.Sprintf("s3://bucket/run_id=%s/part-%04d.parquet", runID, n))    // want `eval: "s3://bucket/run_id={}/part-{}.parquet"$`
	eval(fmt.Sprintf(`{"execution_arn": %q, "n": %d, "pct": 100%%}`, env, n)) // want `eval: "{\\"execution_arn\\": \\"{}\\", \\"n\\": {}, \\"pct\\": 100%}"$`
	eval(fmt.Sprint("a", 1, "b"))                                             // want `eval: "a{}b"$`
	eval(aws.String(os.Getenv("RUNS_TABLE")))                                 // want `eval: "{}"$`
	name := "job_runs"
	if cond {
		name = prefix + name
	}
	eval(name) // want `eval: "etl_job_runs" "etl_{}" "job_runs"$`
	var msg string
	msg += "x="
	msg += runID
	eval(msg) // want `eval: "" "x=" "x={}" "{}" "{}x=" "{}x={}" "{}{}" "{}{}x="$`
}

func joins(table, runID, file string, parts []string) {
	eval(path.Join("raw", table, "dt=2024-01-01", "run_id="+runID, file)) // want `eval: "raw/{}/dt=2024-01-01/run_id={}/{}"$`
	eval(path.Join("s3-prefix/", "/dt=x/", "", "part-0.parquet"))         // want `eval: "s3-prefix/dt=x/part-0.parquet"$`
	eval(path.Join("out", "run_id="+runID+"/"))                           // want `eval: "out/run_id={}"$`
	eval(filepath.Join(table, "year=2024", file))                         // want `eval: "{}/year=2024/{}"$`
	eval(path.Join(parts...))                                             // want `eval: "{}"$`
	eval(strings.Join([]string{"raw", "dt=" + table, file}, "/"))         // want `eval: "raw/dt={}/{}"$`
	eval(strings.Join(parts, "/"))                                        // want `eval: "{}"$`
	eval(strings.Join([]string{"a", "b"}, table))                         // want `eval: "{}"$`
}
