package runtable

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
)

// DefaultPattern is the default of -runtable.pattern: a regular expression
// over a table name normalised to snake_case words (naming.Snake), with a
// trailing "table"/"tbl" word dropped.
//
// It matches a name whose last word is "run" or "runs" (runs, etl_runs,
// job_runs, pipeline-runs, WorkflowRuns); "run" followed by a word that keeps
// state about runs (run_history, run_status, job_run_log); and executions of
// an orchestrator: execution_history and execution_status alone or after
// pipeline, workflow, job, etl, sfn, step_function(s), state_machine or glue
// (pipeline_executions, workflow_executions). Words are whole words, so
// rerun_queue, runway_slots, truncated_rows and brunch-menu do not match, and
// executions of anything else (trade_executions) are domain data.
const DefaultPattern = `^(.+_)?(runs?|run_(history|status|statuses|log|logs|state|states|tracking|tracker|registry|audit|ledger))$` +
	`|^((.+_)?` + orchestrators + `_)?executions?_(history|status|statuses|log|logs|state|states|tracking|tracker|registry|audit|ledger)$` +
	`|^(.+_)?` + orchestrators + `_executions?$`

const orchestrators = `(pipeline|workflow|job|etl|sfn|step_functions?|state_machine|glue)`

// A name is what a table name may be: known text, and parts that are not
// known when the code is analysed.
type name []part

type partKind uint8

const (
	textPart  partKind = iota
	holePart           // a value that cannot be followed
	envPart            // os.Getenv(Env)
	paramPart          // parameter Param of the function being summarised
)

// A part is a piece of a name. Its fields are exported for facts.
type part struct {
	Kind  partKind
	Text  string // textPart
	Env   string // envPart: the variable's name
	Param int    // paramPart
}

func text(s string) name { return name{{Kind: textPart, Text: s}} }

func hole() name { return name{{Kind: holePart}} }

// String renders the name for messages: unknown parts as "*", environment
// variables as ${NAME}, parameters as {paramN}.
func (n name) String() string {
	var b strings.Builder
	for _, p := range n {
		switch p.Kind {
		case textPart:
			b.WriteString(p.Text)
		case envPart:
			b.WriteString("${" + p.Env + "}")
		case paramPart:
			b.WriteString("{param" + strconv.Itoa(p.Param) + "}")
		default:
			b.WriteString("*")
		}
	}
	return b.String()
}

// hasParams reports whether the name depends on a parameter.
func (n name) hasParams() bool {
	for _, p := range n {
		if p.Kind == paramPart {
			return true
		}
	}
	return false
}

// concat joins names, merging adjacent text.
func concat(ns ...name) name {
	var out name
	for _, n := range ns {
		for _, p := range n {
			if p.Kind == textPart {
				if p.Text == "" {
					continue
				}
				if k := len(out); k > 0 && out[k-1].Kind == textPart {
					out[k-1].Text += p.Text
					continue
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// A judge decides whether a table tracks runs: by its name, and by its
// columns where they are visible (see columns.go).
type judge struct {
	re   *regexp.Regexp
	cols columnRules
	pre  prefilter // of re
}

// normalise returns the words of a table name as snake_case, without a
// leading DynamoDB table ARN (arn:...:table/NAME), a trailing version word
// ("v2": a new version of a table is the same table) or a trailing "table"
// or "tbl" word: "JobRunsTable", "job-runs" and "job_runs_v2" are all
// "job_runs".
func normalise(s string) string {
	if i := strings.LastIndex(s, ":table/"); i >= 0 {
		s = s[i+len(":table/"):]
	}
	words := naming.Words(s)
	for range 2 { // job_runs_v2_table, job_runs_table_v2
		if n := len(words); n > 1 && isVersionWord(words[n-1]) {
			words = words[:n-1]
		}
		if n := len(words); n > 0 && (words[n-1] == "table" || words[n-1] == "tbl") {
			words = words[:n-1]
		}
	}
	return strings.Join(words, "_")
}

// isVersionWord reports whether a word is a version: v1, v2, v10.
func isVersionWord(w string) bool {
	if len(w) < 2 || w[0] != 'v' {
		return false
	}
	for _, r := range w[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// envTableName returns the table name an environment variable's name
// implies: JOB_RUNS_TABLE and JOB_RUNS_TABLE_NAME imply job_runs. Trailing
// NAME and ARN words are dropped, then a trailing TABLE or TBL.
func envTableName(v string) string {
	words := naming.Words(v)
	for n := len(words); n > 0 && (words[n-1] == "name" || words[n-1] == "arn"); n = len(words) {
		words = words[:n-1]
	}
	if n := len(words); n > 0 && (words[n-1] == "table" || words[n-1] == "tbl") {
		words = words[:n-1]
	}
	return strings.Join(words, "_")
}

// matches reports whether a normalised name is a run table.
func (j judge) matches(s string) bool { return s != "" && j.re.MatchString(s) }

// isRunTable reports whether every value the name can take is a run table's
// name:
//   - a name with no unknown parts is normalised and matched;
//   - a name that is one environment variable is judged by what the
//     variable's name implies (os.Getenv("JOB_RUNS_TABLE") is job_runs);
//   - otherwise the name is judged on its known end, the text after its last
//     unknown part: that text must start a new word (after a separator, or
//     with an upper-case letter followed by a lower-case one), and the pattern
//     must match it both alone and after another word, so that whatever the
//     unknown beginning is, the name ends the same way: "{env}_job_runs" is a
//     run table, "{env}_executions" and "job_runs_{env}" are not judged.
func (j judge) isRunTable(n name) bool {
	if len(n) == 1 && n[0].Kind == envPart {
		return j.matches(envTableName(n[0].Env))
	}
	last := -1
	for i, p := range n {
		if p.Kind != textPart {
			last = i
		}
	}
	if last < 0 {
		var b strings.Builder
		for _, p := range n {
			b.WriteString(p.Text)
		}
		return j.matches(normalise(b.String()))
	}
	if last == len(n)-1 {
		return false // the end is unknown
	}
	tail := n[last+1].Text
	if !startsWord(tail) {
		return false
	}
	t := normalise(tail)
	return j.matches(t) && j.matches("x_"+t)
}

// startsWord reports whether s, appended to any text, starts a new word.
func startsWord(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return false
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true // a separator
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsUpper(r) && unicode.IsLower(next)
}

// mentions reports whether some run of up to six consecutive words of s is
// a run table's name: "INSERT INTO job_runs", "_job_runs" and
// "JOB_RUNS_TABLE" all mention one.
func (j judge) mentions(s string) bool {
	words := naming.Words(s)
	if len(words) > 256 {
		words = words[:256]
	}
	if j.pre.ok && !containsAny(strings.Join(words, "_"), j.pre.need...) {
		return false // every window is a substring of the whole
	}
	for i := range words {
		for k := i + 1; k <= len(words) && k <= i+6; k++ {
			if j.matches(strings.Join(words[i:k], "_")) {
				return true
			}
		}
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
